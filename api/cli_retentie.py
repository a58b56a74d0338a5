"""`aanwas retentie [--dry-run]`: destroys the data of every youth whose every purpose has lapsed
(api/retentie/job.py; the worker does the same on a timer). Prints per youth the pseudonym of the
audit log, the ground, the last relevant event and the day the data was kept until: never a
name, a BSN or an id that leads to one."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from api.cli_common import operator, sessions
from api.settings import get_settings


def retentie(args: argparse.Namespace) -> int:
    from api.retentie.job import covenants_from, run, today_in_amsterdam
    from api.security import audit
    from api.security.crypto import load_keyring

    if args.peildatum is not None and args.peildatum > today_in_amsterdam() and not args.dry_run:
        print(
            "a --peildatum after today would destroy data before its time; "
            "use it with --dry-run to see what would go by then",
            file=sys.stderr,
        )
        return 2
    settings = get_settings()
    covenants = covenants_from(settings.policies_dir)
    if not covenants:
        print(
            f"no covenants under {settings.policies_dir / 'convenanten'}; "
            "set AANWAS_POLICIES_DIR to the policies the server uses",
            file=sys.stderr,
        )
        return 2
    factory = sessions()
    pseudonyms = load_keyring(settings).pseudonyms()
    outcomes = run(
        factory,
        covenants,
        pseudonyms.digest,
        today=args.peildatum,
        dry_run=args.dry_run,
        operator=operator(),
    )
    if not args.dry_run and outcomes:
        with factory() as session:
            audit.seal_all(session)  # no server may be running to seal the records
    for outcome in outcomes:
        line = outcome.as_line()
        print(
            json.dumps(line, ensure_ascii=False)
            if args.json
            else "\t".join(
                [
                    line["pseudoniem"],
                    line["grond"],
                    f"laatste gebeurtenis {line['laatsteGebeurtenis']}",
                    f"bewaren tot {line['bewarenTot']}",
                    ",".join(line["convenanten"]),
                ]
            )
        )
    verb = "zou vernietigen" if args.dry_run else "vernietigd"
    print(f"retentie: {len(outcomes)} jongere(n) {verb}", file=sys.stderr)
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "retentie",
        help="destroy the data of youths whose retention has lapsed (crypto-shredding)",
    )
    command.add_argument(
        "--dry-run", action="store_true", help="list what would go; change nothing"
    )
    command.add_argument("--json", action="store_true", help="one JSON object per youth")
    command.add_argument(
        "--peildatum",
        type=date.fromisoformat,
        default=None,
        help="judge as on this day (YYYY-MM-DD, Amsterdam; default today); a day after today "
        "only with --dry-run (what would go by then)",
    )
    command.set_defaults(handler=retentie)
