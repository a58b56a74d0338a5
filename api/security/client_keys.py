"""The public keys a client may register for private_key_jwt (RFC 7523): EC P-256 or RSA of at
least 2048 bits, public parts only, as a JWK Set with a `kid` per key."""

from __future__ import annotations

import json
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet, RSAKey

MIN_RSA_BITS = 2048


class KeyNotAccepted(ValueError):
    """The file holds no public key we accept; the message names the fix."""


def public_jwks(text: str) -> dict[str, Any]:
    """A client's public key from a PEM file or a JWK (or JWK Set) JSON file, as a JWK Set:
    EC P-256 or RSA of at least 2048 bits, public parts only, each with a `kid`."""
    stripped = text.strip()
    if stripped.startswith("-----BEGIN"):
        if "PRIVATE KEY" in stripped.split("\n", 1)[0]:
            raise KeyNotAccepted(
                "this is a private key: register its public half (openssl pkey -pubout)"
            )
        try:
            loaded = serialization.load_pem_public_key(stripped.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise KeyNotAccepted("not a PEM public key") from exc
        keys: list[ECKey | RSAKey]
        if isinstance(loaded, ec.EllipticCurvePublicKey):
            keys = [ECKey.import_key(loaded)]
        elif isinstance(loaded, rsa.RSAPublicKey):
            keys = [RSAKey.import_key(loaded)]
        else:
            raise KeyNotAccepted("only EC P-256 and RSA keys are accepted")
    else:
        try:
            data = json.loads(stripped)
        except ValueError as exc:
            raise KeyNotAccepted("neither a PEM public key nor a JWK (JSON)") from exc
        entries = data.get("keys") if isinstance(data, dict) and "keys" in data else [data]
        if not isinstance(entries, list) or not entries:
            raise KeyNotAccepted("a JWK Set without keys")
        keys = [_jwk(entry) for entry in entries]
    for key in keys:
        _check(key)
        key.ensure_kid()
    return dict(KeySet(list[Any](keys)).as_dict(private=False))


def _jwk(entry: Any) -> ECKey | RSAKey:
    if not isinstance(entry, dict) or entry.get("kty") not in ("EC", "RSA"):
        raise KeyNotAccepted("only EC P-256 and RSA keys (kty EC or RSA) are accepted")
    if "d" in entry:
        raise KeyNotAccepted("this JWK holds a private key: register its public half")
    try:
        return ECKey.import_key(entry) if entry["kty"] == "EC" else RSAKey.import_key(entry)
    except (JoseError, ValueError, KeyError, TypeError) as exc:
        raise KeyNotAccepted("not a valid JWK") from exc


def _check(key: ECKey | RSAKey) -> None:
    if isinstance(key, ECKey) and key.curve_name != "P-256":
        raise KeyNotAccepted("EC keys must be on curve P-256 (ES256)")
    if isinstance(key, RSAKey) and key.raw_value.key_size < MIN_RSA_BITS:
        raise KeyNotAccepted(f"RSA keys must have at least {MIN_RSA_BITS} bits")
