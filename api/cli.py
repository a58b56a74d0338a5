"""`aanwas`: register clients, read the audit log, migrate, serve. Same database as the server."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from api.settings import get_settings

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from api.security.audit import Access
    from api.security.audit.keys import SigningKey


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def known_roles() -> dict[str, list[str]]:
    """Organisations and their roles, from the policy's reference data (one source for both)."""
    path = get_settings().policies_dir / "referentie" / "data.json"
    roles: dict[str, list[str]] = json.loads(path.read_text())["rollen"]
    return roles


_LOGIN_SHAPE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def operator() -> str:
    """Who runs this command, for the audit record of what it does: the login behind sudo if
    there is one, else the account's (`cli:<login>`). Only a login's shape is stored: the log
    keeps no text it cannot vouch for."""
    # SUDO_USER only as root: anyone else could set it to any name.
    behind_sudo = os.environ.get("SUDO_USER") if os.geteuid() == 0 else None
    try:
        login = behind_sudo or getpass.getuser()
    except (KeyError, OSError):  # an account without a name (a container's bare uid)
        login = ""
    return f"cli:{login}" if _LOGIN_SHAPE.fullmatch(login) else "cli:onbekend"


def _sessions() -> sessionmaker[Session]:
    from api.db import ensure_migrated, make_engine, session_factory

    engine = make_engine(get_settings().database_url)
    ensure_migrated(engine)
    return session_factory(engine)


def clients_add(args: argparse.Namespace) -> int:
    from api.security import audit
    from api.security.clients import register_client

    roles = [role for part in args.role for role in part.split(",") if role]
    allowed = known_roles().get(args.org)
    if allowed is None:
        print(
            f"unknown organisation '{args.org}'; known: {', '.join(known_roles())}", file=sys.stderr
        )
        return 2
    unknown = [role for role in roles if role not in allowed]
    if unknown:
        print(
            f"organisation '{args.org}' has no role {', '.join(unknown)}; "
            f"its roles: {', '.join(allowed)}",
            file=sys.stderr,
        )
        return 2
    with _sessions()() as session:
        client_id, secret = register_client(
            session, org=args.org, roles=roles, name=args.name, operator=operator()
        )
        session.commit()
        audit.seal_all(session)  # no server may be running to seal the registration's record
    print(json.dumps({"clientId": client_id, "clientSecret": secret}))
    return 0


def _admin_on_record(
    session: Session, access: Access, reason: str, *, outcome: str = "allow"
) -> None:
    """An admin action through the CLI goes on record with what it changed in this session and
    who ran it, and is sealed at once: no server's sealer may be running."""
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

    with _sessions()() as session:
        _record_cli_read(session, "read")
        for entry in audit.latest(session, args.n):
            print(json.dumps(audit.as_json(entry), ensure_ascii=False))
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
            for public in audit.keys.load_public_keys(Path(path).read_text()):
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
        with _sessions()() as session:
            _record_cli_read(session, "verify")
            result = audit.verify_database(session, keys, trusted, workers=args.processen)
    print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    return 0 if result.intact else 1


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
    with _sessions()() as session:
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
        with _sessions()() as session:
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
    with _sessions()() as session:
        audit.seal_all(session)
        audit.checkpoint(session, current)
        session.commit()
    try:
        old, new = rotate_signing_key(settings.keys_dir)
    except OSError as unwritable:  # a read-only keys folder
        return refused(unwritable.strerror or str(unwritable), current.key_id)
    with _sessions()() as session:
        _admin_on_record(
            session,
            audit.Access("sleutel_vervangen", "auditsleutel", new.key_id),
            f"auditsleutel {old.key_id} vervangen door {new.key_id} (beheer)",
        )
        audit.checkpoint(session, new)
        session.commit()
    print(new.public_pem(), end="")
    return 0


def audit_export(args: argparse.Namespace) -> int:
    from api.security import audit

    with _sessions()() as session:
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
    with _sessions()() as session:
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


def db_upgrade(_args: argparse.Namespace) -> int:
    from api.db import migrate

    migrate(get_settings().database_url)
    print("database schema is up to date", file=sys.stderr)
    return 0


def demo_seed(args: argparse.Namespace) -> int:
    from api.demo import seed

    settings = get_settings()
    if settings.environment == "production":
        print("demo data is for development only", file=sys.stderr)
        return 2
    with _sessions()() as session:
        summary = seed(session, args.url, count=args.jongeren)
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0


def openapi(_args: argparse.Namespace) -> int:
    from api.main import create_app

    print(json.dumps(create_app().openapi(), indent=2, ensure_ascii=False))
    return 0


def _exit_on_sigterm() -> None:
    """SIGTERM (docker stop, systemd) ends the process through SystemExit, so that what serve
    started (OPA, the worker) is stopped in its `finally`. uvicorn handles the signal while it
    serves and raises it again, to this handler, once it has shut down."""
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.db import migrate
    from api.opa_process import find_opa_binary, start_opa, stop_opa
    from api.worker.process import WorkerProcess

    settings = get_settings()
    if args.migrate:
        migrate(settings.database_url)
    _exit_on_sigterm()
    opa = None
    worker = WorkerProcess() if settings.run_worker and args.worker else None
    try:
        if settings.manage_opa:
            log_path = settings.keys_dir.parent / "opa.log"
            opa = start_opa(settings, find_opa_binary(settings), log_path)
            print(f"OPA serves {settings.opa_url}; its log: {log_path}", file=sys.stderr)
        if worker is not None:
            worker.start()
        uvicorn.run(
            "api.main:create_app",
            factory=True,
            host=settings.host,
            port=settings.port,
            proxy_headers=True,
            workers=args.workers,
        )
    finally:
        if worker is not None:
            worker.stop()
        if opa is not None:
            stop_opa(opa)
    return 0


def work(_args: argparse.Namespace) -> int:
    """The worker in the foreground, for a deployment that runs it apart from the API
    processes (docker/compose.yaml): until SIGTERM or Ctrl-C."""
    import signal
    import threading

    from api.db import ensure_migrated, make_engine
    from api.worker.context import WorkerContext
    from api.worker.rounds import Worker

    settings = get_settings()
    ensure_migrated(make_engine(settings.database_url, settings.database_role))
    stopping = threading.Event()
    for caught in (signal.SIGTERM, signal.SIGINT):
        signal.signal(caught, lambda *_: stopping.set())
    print("worker: outbox jobs, audit sealing and checkpoints", file=sys.stderr)
    Worker(WorkerContext.build(settings)).run(stopping.is_set)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aanwas", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    clients = commands.add_parser("clients", help="OAuth clients").add_subparsers(
        dest="clients_command", required=True
    )
    add = clients.add_parser("add", help="register a client; prints its id and secret once")
    add.add_argument("--org", required=True, help="organisation code, e.g. politie")
    add.add_argument("--role", required=True, action="append", help="repeat or comma-separate")
    add.add_argument("--name")
    add.set_defaults(handler=clients_add)

    audit_cmd = commands.add_parser("audit", help="the access log").add_subparsers(
        dest="audit_command", required=True
    )
    tail = audit_cmd.add_parser("tail", help="print the newest audit records as JSON lines")
    tail.add_argument("-n", type=int, default=20)
    tail.set_defaults(handler=audit_tail)
    verify = audit_cmd.add_parser(
        "verify", help="check the hash chain and the signed checkpoints; names the first break"
    )
    verify.add_argument("--bestand", help="an export (NDJSON) instead of the database")
    verify.add_argument("--sleutel", action="append", help="public key PEM (repeatable)")
    verify.add_argument("--checkpoint", help="a checkpoint kept earlier (JSON): prove append-only")
    verify.add_argument(
        "--periode", action="store_true", help="the export covers a period, not the whole log"
    )
    verify.add_argument(
        "--processen",
        type=int,
        default=os.cpu_count() or 1,
        help="SQLite: check a long chain in this many processes at once (default: one per "
        "core); PostgreSQL uses parallel workers of its own",
    )
    verify.set_defaults(handler=audit_verify)
    audit_cmd.add_parser("checkpoint", help="sign the chain's end now").set_defaults(
        handler=audit_checkpoint
    )
    key_cmd = audit_cmd.add_parser("sleutel", help="print the checkpoint public key")
    key_cmd.add_argument(
        "--alle",
        action="store_true",
        help="also the earlier keys kept after key rotations (current first), for verifying "
        "an export that spans a rotation",
    )
    key_cmd.set_defaults(handler=audit_key)
    audit_cmd.add_parser(
        "sleutel-vervangen",
        help="replace the checkpoint signing key (on record); prints the new public key",
    ).set_defaults(handler=audit_rotate_key)
    export = audit_cmd.add_parser("export", help="the log with its checkpoints as NDJSON")
    export.add_argument("--vanaf", type=_moment, help="ISO date or time (UTC)")
    export.add_argument("--tot", type=_moment, help="ISO date or time (UTC), exclusive")
    export.set_defaults(handler=audit_export)
    cut = audit_cmd.add_parser(
        "afkappen", help="remove records past the retention period, under a signed cut-over"
    )
    cut.add_argument("--dagen", type=int, help="retention in days (default: the setting)")
    cut.set_defaults(handler=audit_cut_over)

    db = commands.add_parser("db", help="database schema").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="apply all migrations").set_defaults(handler=db_upgrade)

    commands.add_parser("openapi", help="print the OpenAPI document").set_defaults(handler=openapi)

    demo = commands.add_parser("demo", help="fictional demo data").add_subparsers(
        dest="demo_command", required=True
    )
    demo_seed_cmd = demo.add_parser(
        "seed", help="register demo partners and push their signals through the running API"
    )
    demo_seed_cmd.add_argument("--url", default="http://127.0.0.1:8000", help="the running API")
    demo_seed_cmd.add_argument("--jongeren", type=int, default=36, help="how many youths")
    demo_seed_cmd.set_defaults(handler=demo_seed)

    serve_cmd = commands.add_parser("serve", help="serve the API (and a managed OPA)")
    serve_cmd.add_argument("--no-migrate", dest="migrate", action="store_false")
    serve_cmd.add_argument(
        "--no-worker",
        dest="worker",
        action="store_false",
        help="do not start the worker beside the server (run `aanwas worker` apart)",
    )
    serve_cmd.add_argument(
        "--workers",
        type=int,
        default=1,
        help="API processes (uvicorn workers) sharing the port; PostgreSQL only for more than one",
    )
    serve_cmd.set_defaults(handler=serve)
    commands.add_parser(
        "worker", help="do derived work and seal the audit log, in the foreground"
    ).set_defaults(handler=work)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
