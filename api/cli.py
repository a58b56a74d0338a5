"""`aanwas`: register clients, read the audit log, migrate, serve. Same database as the server."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from api import cli_audit, cli_clients, cli_keys, cli_outbox, cli_retentie
from api.cli_common import api_failure, api_url, known_roles, operator, sessions
from api.settings import get_settings

if TYPE_CHECKING:
    pass


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def clients_add(args: argparse.Namespace) -> int:
    from api.security import audit
    from api.security.clients import register_client, register_key_client

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
    public_jwks = jwks_uri = None
    if args.public_key is not None:
        public_jwks = cli_clients.read_public_key(args.public_key)
        if public_jwks is None:
            return 2
    if args.jwks_uri is not None:
        jwks_uri = cli_clients.checked_jwks_uri(args.jwks_uri)
        if jwks_uri is None:
            return 2
    with sessions()() as session:
        if public_jwks is not None or jwks_uri is not None:
            client_id = register_key_client(
                session,
                org=args.org,
                roles=roles,
                public_jwks=public_jwks,
                jwks_uri=jwks_uri,
                name=args.name,
                operator=operator(),
            )
            shown = {"clientId": client_id, "tokenEndpointAuthMethod": "private_key_jwt"}
        else:
            client_id, secret = register_client(
                session, org=args.org, roles=roles, name=args.name, operator=operator()
            )
            shown = {"clientId": client_id, "clientSecret": secret}
        session.commit()
        audit.seal_all(session)  # no server may be running to seal the registration's record
    print(json.dumps(shown))
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
    import httpx

    url = (args.url or api_url()).rstrip("/")
    try:
        # Before registering the demo clients: a server that is not up leaves nothing behind.
        httpx.get(f"{url}/v1/health", timeout=10).raise_for_status()
        with sessions()() as session:
            summary = seed(session, url, count=args.jongeren)
    except httpx.HTTPError as failed:
        print(f"aanwas demo seed: {api_failure(url, failed)}", file=sys.stderr)
        return 1
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 0


def openapi(_args: argparse.Namespace) -> int:
    from api.main import create_app

    print(json.dumps(create_app(serving=False).openapi(), indent=2, ensure_ascii=False))
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
    from api.opa_process import OpaSupervisor, find_opa_binary
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
            opa = OpaSupervisor(settings, find_opa_binary(settings), log_path)
            opa.start()
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
            opa.stop()
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
    add = clients.add_parser(
        "add", help="register a client; prints its id and secret once (or registers its key)"
    )
    add.add_argument("--org", required=True, help="organisation code, e.g. politie")
    add.add_argument("--role", required=True, action="append", help="repeat or comma-separate")
    add.add_argument("--name")
    method = add.add_mutually_exclusive_group()
    method.add_argument(
        "--public-key",
        metavar="FILE",
        help="PEM public key or JWK (Set) file: the client authenticates with private_key_jwt, "
        "no secret",
    )
    method.add_argument(
        "--jwks-uri",
        metavar="URL",
        help="https URL where the client publishes its public keys (a JWK Set): "
        "private_key_jwt, the key chosen by the assertion's kid, no secret",
    )
    add.set_defaults(handler=clients_add)
    cli_clients.add_commands(clients)
    cli_outbox.add_commands(commands)
    cli_keys.add_commands(commands)
    cli_retentie.add_commands(commands)

    audit_cmd = commands.add_parser("audit", help="the access log").add_subparsers(
        dest="audit_command", required=True
    )
    tail = audit_cmd.add_parser("tail", help="print the newest audit records as JSON lines")
    tail.add_argument("-n", type=int, default=20)
    tail.set_defaults(handler=cli_audit.audit_tail)
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
    verify.set_defaults(handler=cli_audit.audit_verify)
    audit_cmd.add_parser("checkpoint", help="sign the chain's end now").set_defaults(
        handler=cli_audit.audit_checkpoint
    )
    key_cmd = audit_cmd.add_parser("sleutel", help="print the checkpoint public key")
    key_cmd.add_argument(
        "--alle",
        action="store_true",
        help="also the earlier keys kept after key rotations (current first), for verifying "
        "an export that spans a rotation",
    )
    key_cmd.set_defaults(handler=cli_audit.audit_key)
    audit_cmd.add_parser(
        "sleutel-vervangen",
        help="replace the checkpoint signing key (on record); prints the new public key",
    ).set_defaults(handler=cli_audit.audit_rotate_key)
    export = audit_cmd.add_parser("export", help="the log with its checkpoints as NDJSON")
    export.add_argument("--vanaf", type=_moment, help="ISO date or time (UTC)")
    export.add_argument("--tot", type=_moment, help="ISO date or time (UTC), exclusive")
    export.add_argument(
        "--periode",
        type=cli_audit.period,
        help="instead of --vanaf/--tot: 2026, 2026-H1, 2026-Q3, 2026-05, 2026-05-14 or FROM/TO",
    )
    export.set_defaults(handler=cli_audit.audit_export)
    refusals = audit_cmd.add_parser(
        "weigeringen", help="refused requests (tokens, 400s, throttled), counted per minute"
    )
    refusals.add_argument("--vanaf", type=_moment, help="ISO date or time (UTC)")
    refusals.add_argument("--tot", type=_moment, help="ISO date or time (UTC), exclusive")
    refusals.add_argument("-n", type=int, default=100, help="at most this many rows")
    refusals.set_defaults(handler=cli_audit.audit_refusals)
    cut = audit_cmd.add_parser(
        "afkappen", help="remove records past the retention period, under a signed cut-over"
    )
    cut.add_argument("--dagen", type=int, help="retention in days (default: the setting)")
    cut.set_defaults(handler=cli_audit.audit_cut_over)

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
    demo_seed_cmd.add_argument(
        "--url", help="the running API (default: AANWAS_API_URL, else AANWAS_HOST:AANWAS_PORT)"
    )
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
