"""`aanwas clients disable|enable|list|rotate-secret|set-key`: a client's tokens stop (or
start again) working at once, its secret or key is replaced, all on record; and who is
registered."""

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


def clients_rotate_secret(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from api.security import audit
    from api.security.clients import ClientChangeRefused, rotate_client_secret

    if not 0 <= args.overlap_hours <= 24 * 30:
        print("--overlap-hours must be between 0 and 720 (30 days)", file=sys.stderr)
        return 2
    overlap = timedelta(hours=args.overlap_hours)
    with sessions()() as session:
        try:
            secret = rotate_client_secret(session, args.client_id, overlap, operator=operator())
        except ClientChangeRefused as refused:
            print(str(refused), file=sys.stderr)
            return 2
        session.commit()
        audit.seal_all(session)
    print(json.dumps({"clientId": args.client_id, "clientSecret": secret}))
    print(
        f"the previous secret works for {args.overlap_hours:g} more hour(s): "
        "deploy the new one at the partner before then",
        file=sys.stderr,
    )
    return 0


def clients_set_key(args: argparse.Namespace) -> int:
    from api.security import audit
    from api.security.clients import ClientChangeRefused, set_client_key

    public_jwks = jwks_uri = None
    if args.public_key is not None:
        public_jwks = read_public_key(args.public_key)
        if public_jwks is None:
            return 2
    else:
        jwks_uri = checked_jwks_uri(args.jwks_uri)
        if jwks_uri is None:
            return 2
    with sessions()() as session:
        try:
            set_client_key(
                session,
                args.client_id,
                public_jwks=public_jwks,
                jwks_uri=jwks_uri,
                operator=operator(),
            )
        except ClientChangeRefused as refused:
            print(str(refused), file=sys.stderr)
            return 2
        session.commit()
        audit.seal_all(session)
    print(json.dumps({"clientId": args.client_id, "tokenEndpointAuthMethod": "private_key_jwt"}))
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
    rotate = clients.add_parser(
        "rotate-secret",
        help="a new secret, printed once; the previous one keeps working for --overlap-hours "
        "(on record)",
    )
    rotate.add_argument("client_id")
    rotate.add_argument(
        "--overlap-hours",
        type=float,
        default=24.0,
        help="how long the previous secret still works (default 24; 0: not at all)",
    )
    rotate.set_defaults(handler=clients_rotate_secret)
    set_key = clients.add_parser(
        "set-key",
        help="replace the client's public key or JWKS URL (a secret client becomes a key "
        "client; its secret stops working) (on record)",
    )
    set_key.add_argument("client_id")
    new_key = set_key.add_mutually_exclusive_group(required=True)
    new_key.add_argument("--public-key", metavar="FILE", help="PEM public key or JWK (Set) file")
    new_key.add_argument("--jwks-uri", metavar="URL", help="where the client publishes its keys")
    set_key.set_defaults(handler=clients_set_key)
