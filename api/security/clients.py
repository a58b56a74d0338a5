"""OAuth clients: registering, disabling and enabling one (admin actions, on record in the same
transaction), finding one, and whether it is enabled now (ClientStatus, asked per request)."""

from __future__ import annotations

import secrets
import threading
import time
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from api.db import utcnow
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
    client_secret = secrets.token_urlsafe(32)
    client_id = _register(
        session,
        org=org,
        roles=roles,
        name=name,
        operator=operator,
        secret_hash=hash_client_secret(client_secret),
    )
    return client_id, client_secret


def register_key_client(
    session: Session,
    *,
    org: str,
    roles: list[str],
    public_jwks: dict[str, Any] | None = None,
    jwks_uri: str | None = None,
    name: str | None = None,
    operator: str | None = None,
) -> str:
    """Registers a client that authenticates with client assertions signed by its key
    (private_key_jwt); it has no secret. Either `public_jwks` (from client_keys.public_jwks)
    or `jwks_uri` (checked by client_jwks.check_jwks_uri), where it publishes its keys."""
    if (public_jwks is None) == (jwks_uri is None):
        raise ValueError("a key client registers either its keys or a JWKS URL")
    return _register(
        session,
        org=org,
        roles=roles,
        name=name,
        operator=operator,
        public_jwks=public_jwks,
        jwks_uri=jwks_uri,
    )


def _register(
    session: Session,
    *,
    org: str,
    roles: list[str],
    name: str | None,
    operator: str | None,
    secret_hash: str | None = None,
    public_jwks: dict[str, Any] | None = None,
    jwks_uri: str | None = None,
) -> str:
    client_id = f"{org}-{secrets.token_hex(6)}"
    session.add(
        OAuthClient(
            client_id=client_id,
            name=name or client_id,
            org=org,
            roles=roles,
            secret_hash=secret_hash,
            public_jwks=public_jwks,
            jwks_uri=jwks_uri,
            active=True,
        )
    )
    method = ""
    if public_jwks is not None:
        method = ", met sleutel (private_key_jwt)"
    elif jwks_uri is not None:
        method = ", met JWKS-adres (private_key_jwt)"
    # An admin action: on record, in the same transaction as the registration.
    audit.append_admin(
        session,
        audit.Access("register", "client", client_id),
        f"client geregistreerd met rol(len) {', '.join(roles)}{method} (beheer)",
        org=org,
        operator=operator,
    )
    return client_id


def find_client(session: Session, client_id: str) -> OAuthClient | None:
    return session.scalars(select(OAuthClient).where(OAuthClient.client_id == client_id)).first()


def set_client_active(
    session: Session, client_id: str, active: bool, *, operator: str | None = None
) -> OAuthClient | None:
    """Disables or enables a client (an admin action, on record in the same transaction).
    Tokens already issued to it stop (or start again) working within ClientStatus.seconds.
    None when there is no such client. The caller commits."""
    client = find_client(session, client_id)
    if client is None:
        return None
    client.active = active
    audit.append_admin(
        session,
        audit.Access("enable" if active else "disable", "client", client_id),
        f"client {'ingeschakeld' if active else 'uitgeschakeld'} (beheer)",
        org=client.org,
        operator=operator,
    )
    return client


class ClientChangeRefused(ValueError):
    """A change to a client that is not made; the message names the fix."""


def rotate_client_secret(
    session: Session, client_id: str, overlap: timedelta, *, operator: str | None = None
) -> str:
    """A new secret for a secret client (returned once); the previous one keeps working for
    `overlap` (zero: not at all). On record in the same transaction; the caller commits."""
    client = _existing(session, client_id)
    if client.secret_hash is None:
        raise ClientChangeRefused(
            f"client {client_id} authenticates with a key, not a secret: "
            "replace its key with `aanwas clients set-key`"
        )
    client_secret = secrets.token_urlsafe(32)
    client.previous_secret_hash = client.secret_hash if overlap > timedelta(0) else None
    client.previous_secret_until = utcnow() + overlap if overlap > timedelta(0) else None
    client.secret_hash = hash_client_secret(client_secret)
    hours = overlap.total_seconds() / 3600
    audit.append_admin(
        session,
        audit.Access("rotate", "client", client_id),
        f"nieuw clientgeheim; het vorige geldt nog {hours:g} uur (beheer)",
        org=client.org,
        operator=operator,
    )
    return client_secret


def set_client_key(
    session: Session,
    client_id: str,
    *,
    public_jwks: dict[str, Any] | None = None,
    jwks_uri: str | None = None,
    operator: str | None = None,
) -> None:
    """Replaces how a client proves itself by a key: its public key(s) or its JWKS URL. A
    secret client becomes a key client and its secret stops working at once (on record)."""
    if (public_jwks is None) == (jwks_uri is None):
        raise ValueError("a key client registers either its keys or a JWKS URL")
    client = _existing(session, client_id)
    had_secret = client.secret_hash is not None
    client.public_jwks, client.jwks_uri = public_jwks, jwks_uri
    client.secret_hash = client.previous_secret_hash = client.previous_secret_until = None
    how = "sleutel" if public_jwks is not None else "JWKS-adres"
    audit.append_admin(
        session,
        audit.Access("rotate", "client", client_id),
        f"nieuwe {how} (private_key_jwt){'; het clientgeheim vervalt' if had_secret else ''}"
        " (beheer)",
        org=client.org,
        operator=operator,
    )


def _existing(session: Session, client_id: str) -> OAuthClient:
    client = find_client(session, client_id)
    if client is None:
        raise ClientChangeRefused(f"no client '{client_id}': see `aanwas clients list`")
    return client


def all_clients(session: Session) -> list[OAuthClient]:
    return list(session.scalars(select(OAuthClient).order_by(OAuthClient.client_id)))


class ClientStatusUnavailable(Exception):
    """The client's status could not be read (the database is down): the request is refused
    with 503, never let through on a status we do not know."""


class ClientStatus:
    """Whether a client is enabled, read from the database at most once per `seconds` per
    client and process. A token says who it was issued to, not whether that client may still
    act: a disabled client's tokens must stop working at once, not when they expire. The short
    memory keeps the hot path cheap; `aanwas clients disable` waits as long before it reports
    done, so "at once" holds for every process."""

    def __init__(self, sessions: sessionmaker[Session], seconds: float) -> None:
        self._sessions = sessions
        self.seconds = seconds
        self._read: dict[str, tuple[bool, float]] = {}
        self._lock = threading.Lock()

    def remembered(self, client_id: str) -> bool | None:
        """The status read less than `seconds` ago, or None: then `read` it (from a thread)."""
        with self._lock:
            known = self._read.get(client_id)
        if known is not None and time.monotonic() - known[1] < self.seconds:
            return known[0]
        return None

    def read(self, client_id: str) -> bool:
        """Reads the status; an unknown client is not enabled. Raises ClientStatusUnavailable."""
        try:
            with self._sessions() as session:
                active = session.scalar(
                    select(OAuthClient.active).where(OAuthClient.client_id == client_id)
                )
        except SQLAlchemyError as exc:
            raise ClientStatusUnavailable(type(exc).__name__) from exc
        enabled = bool(active)
        with self._lock:
            if len(self._read) > self.REMEMBERED:
                self._read.clear()
            self._read[client_id] = (enabled, time.monotonic())
        return enabled

    REMEMBERED = 10_000
