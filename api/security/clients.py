"""OAuth clients: registering one (an admin action, on record in the same transaction) and
finding one by id."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.security import audit
from api.security.models import OAuthClient, hash_client_secret


def register_client(
    session: Session,
    *,
    org: str,
    roles: list[str],
    name: str | None = None,
    operator: str | None = None,
) -> tuple[str, str]:
    """Registers a client; returns (client_id, client_secret). The secret is shown only once.
    `operator`: who registered it (the login at the command line), for the record."""
    client_id = f"{org}-{secrets.token_hex(6)}"
    client_secret = secrets.token_urlsafe(32)
    session.add(
        OAuthClient(
            client_id=client_id,
            name=name or client_id,
            org=org,
            roles=roles,
            secret_hash=hash_client_secret(client_secret),
            active=True,
        )
    )
    # An admin action: on record, in the same transaction as the registration.
    audit.append_admin(
        session,
        audit.Access("register", "client", client_id),
        f"client geregistreerd met rol(len) {', '.join(roles)} (beheer)",
        org=org,
        operator=operator,
    )
    return client_id, client_secret


def find_client(session: Session, client_id: str) -> OAuthClient | None:
    return session.scalars(select(OAuthClient).where(OAuthClient.client_id == client_id)).first()
