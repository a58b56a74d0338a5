"""`aanwas audit ...`: the access log from the command line. Every command that reads or
changes the log is itself on record, naming the operator who ran it (api.cli.operator)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from api.cli_common import operator, sessions
from api.settings import get_settings

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from api.security.audit import Access
    from api.security.audit.keys import SigningKey


def _admin_on_record(
    session: Session, access: Access, reason: str, *, outcome: str = "allow"
) -> None:
    """An admin action through the CLI goes on record with what it changed in this session and
    who ran it, and is sealed at once: no worker may be running."""
    from api.security import audit

    audit.append_admin(session, access, reason, outcome=outcome, operator=operator())
    session.commit()
    audit.seal_all(session)


def _record_cli_read(session: Session, action: str, detail: str | None = None) -> None:
    """Reading the log from the command line is a query of the log like any other: on record
    (the operator acts for no organisation; the record says it came through the CLI)."""
    from api.security import audit

    _admin_on_record(
        session, audit.Access(action, "auditlog", detail), "via de beheer-CLI (aanwas audit)"
    )


def audit_tail(args: argparse.Namespace) -> int:
    from api.security import audit

    with sessions()() as session:
        _record_cli_read(session, "read")
        for entry in audit.latest(session, args.n):
            print(json.dumps(audit.as_json(entry), ensure_ascii=False))
    return 0


def audit_refusals(args: argparse.Namespace) -> int:
    """The refused requests, in bounded form (audit_refusals), newest minute first, as JSON
    lines; reading them is on record like any read of the log."""
    from sqlalchemy import select

    from api.security.models import AuditRefusal

    query = select(AuditRefusal).order_by(AuditRefusal.minute.desc(), AuditRefusal.id.desc())
    if args.vanaf is not None:
        query = query.where(AuditRefusal.minute >= args.vanaf)
    if args.tot is not None:
        query = query.where(AuditRefusal.minute < args.tot)
    with sessions()() as session:
        _record_cli_read(session, "read", "weigeringen")
        for row in session.scalars(query.limit(args.n)):
            entry = {
                "minuut": row.minute.isoformat(),
                "aanroeper": row.caller,
                "route": row.route,
                "reden": row.reason,
                "status": row.http_status,
                "aantal": row.aantal,
                "requestIds": row.request_ids,
                "pseudoniemen": row.pseudoniemen,
            }
            print(json.dumps(entry, ensure_ascii=False))
    return 0


def _audit_key() -> SigningKey:
    from api.security.audit.keys import load_or_create_signing_key

    settings = get_settings()
    return load_or_create_signing_key(
        settings.keys_dir, production=settings.environment == "production"
    )


def audit_verify(args: argparse.Namespace) -> int:
    """Checks the chain and every checkpoint signature; exit 0 when intact, 1 when not."""
    from api.security import audit

    keys: dict[str, Ed25519PublicKey] = {}
    trusted = None
    # What the verifier is given must be readable: a file that is not what it should be is a
    # mistake to point out (exit 2), not a log that fails verification (exit 1).
    option, path = "", ""
    try:
        for path in args.sleutel or []:
            option = "--sleutel"
            for public in audit.keys.load_public_keys(_key_pems(Path(path).read_text())):
                keys[audit.keys.key_id(public)] = public
        if args.checkpoint:
            option, path = "--checkpoint", args.checkpoint
            trusted = audit.chain.Checkpoint.from_json(json.loads(Path(path).read_text()))
        if args.bestand:
            # Offline, on the privacy officer's own machine: an export and the public key(s).
            if not keys:
                print(
                    "--bestand needs --sleutel (the public key, see `aanwas audit sleutel`)",
                    file=sys.stderr,
                )
                return 2
            option, path = "--bestand", args.bestand
            with open(path, encoding="utf-8") as handle:
                records, marks = audit.read_export(iter(handle))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"{option} {path}: not usable ({_why_unusable(exc)})", file=sys.stderr)
        return 2
    if args.bestand:
        result = audit.chain.verify(
            records,
            marks,
            keys,
            trusted=trusted,
            partial=args.periode,
        )
    else:
        settings = get_settings()
        key = _audit_key()
        keys = {**audit.verification_keys(settings.keys_dir, key), **keys}
        with sessions()() as session:
            _record_cli_read(session, "verify")
            result = audit.verify_database(session, keys, trusted, workers=args.processen)
    print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    return 0 if result.intact else 1


def _key_pems(text: str) -> str:
    """The PEM blocks in a --sleutel file: PEM as `aanwas audit sleutel` prints it, or the JSON
    that `GET /v1/audit/sleutel` answers (publicKey and every verificationKeys[].publicKey)."""
    if not text.lstrip().startswith("{"):
        return text
    answer = json.loads(text)
    pems = [answer["publicKey"]] if "publicKey" in answer else []
    pems += [entry["publicKey"] for entry in answer.get("verificationKeys", [])]
    if not all(isinstance(pem, str) for pem in pems):
        raise TypeError("publicKey is not text")
    return "\n".join(pems)


def _why_unusable(exc: Exception) -> str:
    """Why a file cannot be used, never what is in it: the system's words, the JSON parser's
    (which name a place, not content), our own, or else only the kind of error (int() and the
    like quote the value they could not read)."""
    from api.security.audit.keys import UnusableInput

    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg}, line {exc.lineno}"
    if isinstance(exc, UnusableInput):
        return str(exc)
    return type(exc).__name__


def audit_checkpoint(_args: argparse.Namespace) -> int:
    """Signs the chain's end now and prints the checkpoint: keep it, and later pass it to
    `audit verify --checkpoint` to prove the log was only appended to since."""
    from api.security import audit

    key = _audit_key()
    asked = audit.Access("checkpoint", "auditlog", key.key_id)
    with sessions()() as session:
        audit.seal_all(session)
        try:
            # On record like every admin action, and in the same transaction as the checkpoint,
            # which covers its own record (the log's end is signed, not the moment before it):
            # an "allow" record means the checkpoint exists.
            audit.append_admin(
                session,
                asked,
                "checkpoint op verzoek via de beheer-CLI (aanwas audit)",
                operator=operator(),
            )
            audit.seal_pending(session)
            mark = audit.checkpoint(session, key)
            session.commit()
        except Exception as exc:
            session.rollback()
            _admin_on_record(
                session, asked, f"checkpoint mislukt: {type(exc).__name__}", outcome="error"
            )
            print(f"no checkpoint made: {type(exc).__name__}", file=sys.stderr)
            return 1
        print(json.dumps(audit.as_checkpoint(mark).as_json(), indent=2))
    return 0


def audit_key(args: argparse.Namespace) -> int:
    """Prints the public key that verifies the checkpoints (PEM); with --alle also the earlier
    keys kept after rotations, which an export's older checkpoints are signed with."""
    from api.security import audit

    key = _audit_key()
    if not args.alle:
        print(key.public_pem(), end="")
        return 0
    for public in audit.verification_keys(get_settings().keys_dir, key).values():
        print(audit.keys.public_pem(public), end="")
    return 0


def audit_rotate_key(_args: argparse.Namespace) -> int:
    """Replaces the checkpoint signing key. The chain's end is signed with the old key first;
    the old public key is kept in KEYS_DIR/audit-verify/ so its checkpoints keep verifying; the
    rotation is on record (an admin action) and the first checkpoint after it is signed with
    the new key. Running servers sign and verify with the new key from their next checkpoint."""
    from api.security import audit
    from api.security.audit.keys import rotate_signing_key

    settings = get_settings()

    def refused(reason: str, key_id: str | None = None) -> int:
        """A rotation that failed is an admin action too: on record, and the operator told."""
        with sessions()() as session:
            _admin_on_record(
                session,
                audit.Access("sleutel_vervangen", "auditsleutel", key_id),
                f"auditsleutel niet vervangen: {reason} (beheer)",
                outcome="error",
            )
        print(f"key not replaced: {reason}", file=sys.stderr)
        return 1

    try:
        current = _audit_key()
    except (OSError, ValueError) as unusable:  # none in production, or not an Ed25519 key
        return refused(str(unusable))
    with sessions()() as session:
        audit.seal_all(session)
        audit.checkpoint(session, current)
        session.commit()
    try:
        old, new = rotate_signing_key(settings.keys_dir)
    except OSError as unwritable:  # a read-only keys folder
        return refused(unwritable.strerror or str(unwritable), current.key_id)
    with sessions()() as session:
        _admin_on_record(
            session,
            audit.Access("sleutel_vervangen", "auditsleutel", new.key_id),
            f"auditsleutel {old.key_id} vervangen door {new.key_id} (beheer)",
        )
        audit.checkpoint(session, new)
        session.commit()
    print(new.public_pem(), end="")
    return 0


_HALVES = {"H1": (1, 7), "H2": (7, 13)}
_QUARTERS = {f"Q{q}": (3 * q - 2, 3 * q + 1) for q in range(1, 5)}


def period(value: str) -> tuple[datetime | None, datetime | None]:
    """`--periode`: a year (2026), half year (2026-H1), quarter (2026-Q3), month (2026-05), day
    (2026-05-14) or FROM/TO (ISO dates or times, UTC; TO exclusive, either side may be empty),
    as the [from, to) it covers."""

    def moment(text: str) -> datetime:
        parsed = datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def month(year: int, number: int) -> datetime:
        return datetime(year + (number - 1) // 12, (number - 1) % 12 + 1, 1, tzinfo=UTC)

    try:
        if "/" in value:
            start, _, end = value.partition("/")
            span = (moment(start) if start else None, moment(end) if end else None)
            if span[0] and span[1] and span[0] >= span[1]:
                raise ValueError
            return span
        year_text, _, part = value.partition("-")
        year = int(year_text)
        if len(year_text) != 4:
            raise ValueError
        if not part:
            return month(year, 1), month(year, 13)
        if part.upper() in _HALVES or part.upper() in _QUARTERS:
            first, after = {**_HALVES, **_QUARTERS}[part.upper()]
            return month(year, first), month(year, after)
        if len(part) == 2 and 1 <= int(part) <= 12:
            return month(year, int(part)), month(year, int(part) + 1)
        day = moment(value)
        return day, day + timedelta(days=1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a period: {value!r} (e.g. 2026, 2026-H1, 2026-Q3, 2026-05, 2026-05-14, "
            "2026-01-01/2026-04-01)"
        ) from None


def audit_export(args: argparse.Namespace) -> int:
    from api.security import audit

    if args.periode:
        if args.vanaf or args.tot:
            print("--periode or --vanaf/--tot, not both", file=sys.stderr)
            return 2
        args.vanaf, args.tot = args.periode
    with sessions()() as session:
        period = f"{args.vanaf.isoformat() if args.vanaf else ''}/"
        period += args.tot.isoformat() if args.tot else ""
        _record_cli_read(session, "export", period[:64])
        for line in audit.export_lines(session, args.vanaf, args.tot):
            print(json.dumps(line, ensure_ascii=False))
    return 0


def audit_cut_over(args: argparse.Namespace) -> int:
    """Removes records older than the retention period under a signed cut-over; the cut-over
    itself is on record (an admin action) and verification starts after it."""
    from datetime import timedelta

    from api.db import utcnow
    from api.security import audit

    settings = get_settings()
    days = args.dagen if args.dagen is not None else settings.audit_retention_days
    if days < 365:
        print("audit records are kept at least a year", file=sys.stderr)
        return 2
    before = utcnow() - timedelta(days=days)
    key = _audit_key()
    with sessions()() as session:
        audit.seal_all(session)
        try:
            mark = audit.cut_over(
                session, key, before, audit.verification_keys(settings.keys_dir, key)
            )
        except audit.CutOverRefused as refused:
            print(f"not cut: the log does not verify ({refused}); nothing removed", file=sys.stderr)
            return 1
        reason = (
            f"bewaartermijn {days} dagen: records tot en met {mark.seq} verwijderd"
            if mark
            else f"bewaartermijn {days} dagen: niets te verwijderen"
        )
        cut = audit.Access("afkappen", "auditlog", str(mark.seq) if mark else None)
        _admin_on_record(session, cut, reason)
    print(reason, file=sys.stderr)
    return 0
