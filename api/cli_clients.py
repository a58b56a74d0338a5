"""`aanwas clients disable|enable|list`: a client's tokens stop (or start again) working at
once, on record; and who is registered."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from api.cli_common import operator, sessions
from api.settings import get_settings


def clients_set_active(args: argparse.Namespace) -> int:
    from api.security import audit
    from api.security.clients import set_client_active

    active = args.clients_command == "enable"
    with sessions()() as session:
        client = set_client_active(session, args.client_id, active, operator=operator())
        if client is None:
            print(f"no client '{args.client_id}'", file=sys.stderr)
            return 1
        session.commit()
        audit.seal_all(session)  # no server may be running to seal the record
    # Every API process reads a client's status at most this long after it changed: once
    # this wait is over, no process honours (or refuses) the client's tokens any more.
    time.sleep(get_settings().client_status_seconds)
    print(f"client {args.client_id} {'enabled' if active else 'disabled'}", file=sys.stderr)
    return 0


def read_public_key(path: str) -> dict[str, object] | None:
    """The client's public key file as a JWK Set, or None after saying what is wrong."""
    from api.security.client_keys import KeyNotAccepted, public_jwks

    try:
        with open(path, encoding="utf-8") as file:
            text = file.read(64 * 1024)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read public key file {path}: {type(exc).__name__}", file=sys.stderr)
        return None
    try:
        return public_jwks(text)
    except KeyNotAccepted as exc:
        print(f"public key not accepted: {exc}", file=sys.stderr)
        return None


def checked_jwks_uri(uri: str) -> str | None:
    """The client's JWKS URL, or None after saying what is wrong with it."""
    from api.security.client_jwks import check_jwks_uri
    from api.security.client_keys import KeyNotAccepted

    try:
        return check_jwks_uri(uri, production=get_settings().environment == "production")
    except KeyNotAccepted as exc:
        print(f"JWKS URL not accepted: {exc}", file=sys.stderr)
        return None


def clients_list(args: argparse.Namespace) -> int:
    from api.security.clients import all_clients

    with sessions()() as session:
        rows: list[dict[str, Any]] = [
            {
                "clientId": client.client_id,
                "naam": client.name,
                "organisatie": client.org,
                "rollen": list(client.roles),
                "actief": client.active,
                "authenticatie": client.auth_method,
                "jwksUri": client.jwks_uri,
                "geregistreerdOp": client.created_at.isoformat(),
            }
            for client in all_clients(session)
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        state = "actief" if row["actief"] else "uitgeschakeld"
        roles = ",".join(str(role) for role in row["rollen"])
        print(f"{row['clientId']}\t{row['organisatie']}\t{roles}\t{state}")
    return 0


def add_commands(clients: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text in (
        ("disable", "refuse the client's tokens, also those already issued (on record)"),
        ("enable", "honour the client's tokens again (on record)"),
    ):
        command = clients.add_parser(name, help=help_text)
        command.add_argument("client_id")
        command.set_defaults(handler=clients_set_active)
    listing = clients.add_parser("list", help="registered clients and whether they are enabled")
    listing.add_argument("--json", action="store_true", help="as one JSON array")
    listing.set_defaults(handler=clients_list)
