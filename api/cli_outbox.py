"""`aanwas outbox list|opnieuw`: derived work the worker gave up on (after outbox.MAX_ATTEMPTS
failed attempts, e.g. while a dependency was broken) waits for an operator, who sees it and,
once the cause is mended, hands it back to the worker, on record."""

from __future__ import annotations

import argparse
import json
import sys

from api.cli_common import operator, sessions


def outbox_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from api.outbox import MAX_ATTEMPTS, OutboxJob

    query = select(OutboxJob).order_by(OutboxJob.id)
    if not args.alle:
        query = query.where(OutboxJob.pogingen >= MAX_ATTEMPTS)
    with sessions()() as session:
        rows = [
            {
                "id": job.id,
                "soort": job.soort,
                "sleutel": job.sleutel,
                "aanleiding": job.aanleiding,
                "pogingen": job.pogingen,
                "vastgelopen": job.pogingen >= MAX_ATTEMPTS,
                "verzoekId": job.request_id,
                "aangemaaktOp": job.aangemaakt_op.isoformat(),
            }
            for job in session.scalars(query)
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        print(
            f"{row['id']}\t{row['soort']}\t{row['sleutel']}\t{row['aanleiding']}\t"
            f"{row['pogingen']} pogingen\t{row['aangemaaktOp']}"
        )
    if not rows:
        print("geen vastgelopen taken" if not args.alle else "geen taken", file=sys.stderr)
    return 0


def outbox_retry(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from api.outbox import MAX_ATTEMPTS, OutboxJob
    from api.security import audit

    if not args.ids and not args.vastgelopen:
        print("noem taak-ids of --vastgelopen", file=sys.stderr)
        return 2
    with sessions()() as session:
        query = select(OutboxJob).where(OutboxJob.pogingen >= MAX_ATTEMPTS)
        if args.ids:
            query = query.where(OutboxJob.id.in_(args.ids))
        jobs = list(session.scalars(query))
        unknown = set(args.ids) - {job.id for job in jobs}
        if unknown:
            print(
                f"geen vastgelopen taak: {', '.join(str(i) for i in sorted(unknown))}",
                file=sys.stderr,
            )
            return 1
        for job in jobs:
            job.pogingen = 0
            audit.append_admin(
                session,
                audit.Access("retry", "outbox", str(job.id)),
                f"vastgelopen {job.soort}-taak opnieuw aan de worker gegeven (beheer)",
                org=job.org,
                operator=operator(),
            )
        session.commit()
        audit.seal_all(session)  # no server may be running to seal the records
    print(f"{len(jobs)} taak/taken opnieuw aan de worker gegeven", file=sys.stderr)
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = commands.add_parser(
        "outbox", help="derived work the worker gave up on, and handing it back"
    ).add_subparsers(dest="outbox_command", required=True)
    listing = outbox.add_parser("list", help="jobs left after repeated failures (or --alle)")
    listing.add_argument("--alle", action="store_true", help="every job still to do")
    listing.add_argument("--json", action="store_true", help="as one JSON array")
    listing.set_defaults(handler=outbox_list)
    retry = outbox.add_parser("opnieuw", help="hand stuck jobs back to the worker (on record)")
    retry.add_argument("ids", nargs="*", type=int, help="the jobs (from `outbox list`)")
    retry.add_argument("--vastgelopen", action="store_true", help="every stuck job")
    retry.set_defaults(handler=outbox_retry)
