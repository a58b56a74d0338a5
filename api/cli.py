"""`aanwas`: register clients, read the audit log, migrate, serve. Same database as the server."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.orm import Session, sessionmaker

from api.settings import get_settings


def known_roles() -> dict[str, list[str]]:
    """Organisations and their roles, from the policy's reference data (one source for both)."""
    path = get_settings().policies_dir / "referentie" / "data.json"
    roles: dict[str, list[str]] = json.loads(path.read_text())["rollen"]
    return roles


def _sessions() -> sessionmaker[Session]:
    from api.db import ensure_migrated, make_engine, session_factory

    engine = make_engine(get_settings().database_url)
    ensure_migrated(engine)
    return session_factory(engine)


def clients_add(args: argparse.Namespace) -> int:
    from api.security.tokens import register_client

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
        client_id, secret = register_client(session, org=args.org, roles=roles, name=args.name)
        session.commit()
    print(json.dumps({"clientId": client_id, "clientSecret": secret}))
    return 0


def audit_tail(args: argparse.Namespace) -> int:
    from api.security import audit

    with _sessions()() as session:
        for entry in audit.latest(session, args.n):
            print(json.dumps(audit.as_json(entry), ensure_ascii=False))
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


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.db import migrate
    from api.opa_process import find_opa_binary, start_opa, stop_opa

    settings = get_settings()
    if args.migrate:
        migrate(settings.database_url)
    opa = None
    if settings.manage_opa:
        log_path = settings.keys_dir.parent / "opa.log"
        opa = start_opa(settings, find_opa_binary(settings), log_path)
        print(f"OPA serves {settings.opa_url}; its log: {log_path}", file=sys.stderr)
    try:
        uvicorn.run(
            "api.main:create_app",
            factory=True,
            host=settings.host,
            port=settings.port,
            proxy_headers=True,
        )
    finally:
        if opa is not None:
            stop_opa(opa)
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
    serve_cmd.set_defaults(handler=serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
