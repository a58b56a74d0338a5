"""`aanwas keys ...`: the token-signing keyset (api.security.signing_keys) from the command
line. Every change, and every change refused, is on record as an admin action naming the
operator and the key id, never key material. Running servers see a change at their next
request: a new primary signs the next token, a withdrawn key's tokens are refused."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import Any

from api import cli_blind_index, cli_kek
from api.cli_common import operator, sessions
from api.settings import get_settings

RESOURCE = "tokensleutel"
_KID_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # a JWK thumbprint, base64url


def _on_record(
    action: str, kid: str | None, reason: str, outcome: str = "allow", resource: str = RESOURCE
) -> None:
    from api.security import audit

    with sessions()() as session:
        audit.append_admin(
            session,
            audit.Access(action, resource, kid),
            f"{reason} (beheer)",
            outcome=outcome,
            operator=operator(),
        )
        session.commit()
        audit.seal_all(session)  # no worker may be running


def signing_rows() -> list[dict[str, Any]]:
    """The token-signing keys by kid, the primary first, with when each was made."""
    from api.security.signing_keys import load_keyset

    keyset = load_keyset(get_settings())
    return [
        {
            "kid": kid,
            "primair": kid == keyset.primary_kid,
            "aangemaaktOp": keyset.created.get(kid),
        }
        for kid in keyset.kids
    ]


def signing_list(args: argparse.Namespace) -> int:
    """The keys by kid, the primary first marked as such, with when each was made: what
    verifies now (the JWKS publishes exactly these)."""
    from api.security.crypto import KeyMaterialMissing

    try:
        rows = signing_rows()
    except (KeyMaterialMissing, OSError) as unusable:
        print(f"no signing keys: {unusable}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rows))
        return 0
    for row in rows:
        role = "primair (ondertekent)" if row["primair"] else "verifieert"
        print(f"{row['kid']}\t{role}\t{row['aangemaaktOp'] or '-'}")
    return 0


def signing_rotate(_args: argparse.Namespace) -> int:
    """A new primary key signs from now on; the old one keeps verifying the tokens it signed
    until it is withdrawn. Prints the new kid."""
    from api.security.crypto import KeyMaterialMissing
    from api.security.signing_keys import KeysetRefused, change_keyset, load_keyset

    settings = get_settings()
    try:
        old = load_keyset(settings).primary_kid
        keyset = change_keyset(settings, "rotate")
    except (KeysetRefused, KeyMaterialMissing, OSError) as refused:
        reason = _why(refused)
        _on_record("sleutel_vervangen", None, f"tokensleutel niet vervangen: {reason}", "error")
        print(f"key not replaced: {reason}", file=sys.stderr)
        return 1
    new = keyset.primary_kid
    _on_record(
        "sleutel_vervangen",
        new,
        f"tokensleutel {old} vervangen door {new}; {old} verifieert tot hij wordt ingetrokken",
    )
    print(new)
    return 0


def signing_withdraw(args: argparse.Namespace) -> int:
    """The key no longer verifies: tokens it signed are refused (401) and it leaves the JWKS.
    The primary cannot be withdrawn (rotate first)."""
    from api.security.crypto import KeyMaterialMissing
    from api.security.signing_keys import KeysetRefused, change_keyset

    kid = args.kid if _KID_SHAPE.fullmatch(args.kid) else None
    if kid is None:
        print("not a key id; `aanwas keys signing-list` shows them", file=sys.stderr)
        return 2
    try:
        keyset = change_keyset(get_settings(), "withdraw", kid)
    except (KeysetRefused, KeyMaterialMissing, OSError) as refused:
        reason = _why(refused)
        outcome = "deny" if isinstance(refused, KeysetRefused) else "error"
        _on_record("sleutel_ingetrokken", kid, f"tokensleutel niet ingetrokken: {reason}", outcome)
        print(f"key not withdrawn: {reason}", file=sys.stderr)
        return 1
    _on_record(
        "sleutel_ingetrokken",
        kid,
        f"tokensleutel {kid} ingetrokken; tokens die hij ondertekende worden geweigerd "
        f"(primair: {keyset.primary_kid})",
    )
    print(f"withdrawn: {kid}; still verifying: {', '.join(keyset.kids)}", file=sys.stderr)
    return 0


def reseal(args: argparse.Namespace) -> int:
    """Seals the values sealed before the data keys again, under their subject's data key."""
    from api.security.crypto import load_keyring
    from api.security.envelope import Envelope
    from api.security.kek import load_kek_provider
    from api.security.reseal import reseal as reseal_all

    settings = get_settings()
    envelope = Envelope(load_kek_provider(settings), load_keyring(settings).cipher())
    done = reseal_all(sessions(), envelope, batch=args.batch)
    not_intact = sum(done.not_intact.values())
    reason = f"{done.values} waarden onder hun datasleutel opnieuw versleuteld"
    _on_record(
        "opnieuw_versleuteld", None, f"{reason}; {not_intact} niet intact", "allow", "datasleutel"
    )
    print(f"resealed: {done.values} values", file=sys.stderr)
    for name, count in sorted(done.not_intact.items()):
        print(f"not intact, left as they are: {name}: {count}", file=sys.stderr)
    return 0


def _why(refused: Exception) -> str:
    if isinstance(refused, OSError):  # a read-only keys folder: say so, without the path's text
        return f"the keys folder cannot be written ({refused.strerror or type(refused).__name__})"
    return str(refused)


def listing_command(
    keys: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    what: str,
    handler: Callable[[argparse.Namespace], int],
    as_json: str,
) -> None:
    """A command that lists keys, as text or (--json) as JSON."""
    command = keys.add_parser(name, help=what)
    command.add_argument("--json", action="store_true", help=as_json)
    command.set_defaults(handler=handler)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser("keys", help="key management").add_subparsers(
        dest="keys_command", required=True
    )
    listing_command(
        keys,
        "signing-list",
        "the token-signing keys by kid (the primary signs, all verify)",
        signing_list,
        "as one JSON array",
    )
    keys.add_parser(
        "signing-rotate",
        help="a new primary token-signing key (on record); the old keeps verifying; prints its kid",
    ).set_defaults(handler=signing_rotate)
    withdraw = keys.add_parser(
        "signing-withdraw",
        help="withdraw a token-signing key (on record): its tokens are refused at once",
    )
    withdraw.add_argument(
        "kid",
        help="the key id (from `aanwas keys signing-list`); a kid is base64url and may start "
        "with '-': put `--` before it (signing-withdraw -- KID)",
    )
    withdraw.set_defaults(handler=signing_withdraw)
    resealing = keys.add_parser(
        "reseal",
        help="seal values from before the data keys (v1) again under their subject's data key; "
        "batches commit on their own, so an interrupted run is simply run again",
    )
    resealing.add_argument("--batch", type=int, default=500, help="rows per transaction")
    resealing.set_defaults(handler=reseal)
    cli_kek.add_commands(keys)
    cli_blind_index.add_commands(keys)
