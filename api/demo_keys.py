"""The demo's partner system that authenticates with its key, not a secret (private_key_jwt,
docs/clients.md): registered with its public key, it gets a token with a client assertion
signed by its private key, over HTTP, and reads the signals its role may see."""

from __future__ import annotations

import time
import uuid

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from joserfc import jwt
from joserfc.jwk import ECKey
from sqlalchemy.orm import Session

from api.security.client_assertion import ASSERTION_TYPE
from api.security.client_keys import public_jwks
from api.security.clients import register_key_client


def key_partner(session: Session, http: httpx.Client) -> dict[str, str | int]:
    """Registers the partner with a fresh P-256 key, gets its token and lists signals; returns
    its client id, its private key (PEM: demo data, development only) and what it saw."""
    private = ec.generate_private_key(ec.SECP256R1())
    key = ECKey.import_key(private)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    client_id = register_key_client(
        session,
        org="politie",
        roles=["partner_system"],
        public_jwks=public_jwks(public_pem.decode("ascii")),
        name="demo politie (sleutel)",
    )
    session.commit()
    now = int(time.time())
    claims = {
        "iss": client_id,
        "sub": client_id,
        "aud": f"{str(http.base_url).rstrip('/')}/oauth/token",
        "iat": now,
        "exp": now + 60,
        "jti": str(uuid.uuid4()),
    }
    token = http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": jwt.encode({"alg": "ES256"}, claims, key, algorithms=["ES256"]),
        },
    )
    token.raise_for_status()
    headers = {
        "Authorization": f"Bearer {token.json()['access_token']}",
        "Doelbinding": "signalering",
    }
    listed = http.get("/v1/signalen", headers=headers)
    listed.raise_for_status()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return {
        "clientId": client_id,
        "privateKeyPem": pem.decode("ascii"),
        "signalenGezien": len(listed.json()["items"]),
    }
