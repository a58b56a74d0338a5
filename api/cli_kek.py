"""`aanwas keys rotate | rewrap | kek-retire | list`: the key-encryption keys (KEKs) that wrap
the data keys, through whichever provider the settings name (a key file or a PKCS#11 token).

A rotation makes a new primary KEK: every process wraps new data keys under it at its next use.
`rewrap` wraps the older data keys again under the primary, in batches that commit on their own,
with a progress bar; Ctrl-C or SIGTERM stops it after the batch in hand, and a second run goes
on with what is left. A KEK is retired only when it is not the primary and wraps no data key.
Every event, and every refusal, is on record (resource `kek`), naming key ids, never keys."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from api.cli_common import sessions
from api.settings import get_settings

if TYPE_CHECKING:
    from api.security.kek import KeyEncryptionKeys

RESOURCE = "kek"


def _record(action: str, kid: str | None, reason: str, outcome: str = "allow") -> None:
    from api.cli_keys import _on_record

    _on_record(action, kid, reason, outcome, RESOURCE)


def _provider() -> KeyEncryptionKeys:
    from api.security.kek import load_kek_provider

    return load_kek_provider(get_settings())


def _usage() -> dict[str, int]:
    from api.security.rewrap import deks_per_kek

    with sessions()() as session:
        return deks_per_kek(session)


def _counted(usage: dict[str, int]) -> str:
    return ", ".join(f"{kid}: {n}" for kid, n in sorted(usage.items())) or "geen"


def kek_rows() -> list[dict[str, Any]]:
    """The KEKs as `keys list` shows them: the primary first, each with the DEKs it wraps; a
    key id that DEKs name but the provider does not hold is listed as missing."""
    keks = _provider()
    held = keks.keys()  # the provider's keyset, not a dict
    usage = _usage()
    rows: list[dict[str, Any]] = [
        {
            "provider": keks.provider,
            "kid": info.kid,
            "aangemaaktOp": info.created,
            "primair": info.primary,
            "datasleutels": usage.pop(info.kid, 0),
        }
        for info in held
    ]
    for kid, count in sorted(usage.items()):  # wrapped by a KEK the provider lost
        rows.append(
            {
                "provider": keks.provider,
                "kid": kid,
                "aangemaaktOp": None,
                "primair": False,
                "datasleutels": count,
                "ontbreekt": True,
            }
        )
    return rows


def listing(args: argparse.Namespace) -> int:
    """The KEKs (provider, kid, made at, primary, DEKs wrapped) and the token-signing keys."""
    from api.cli_keys import signing_rows
    from api.security.crypto import KeyMaterialMissing
    from api.security.kek import KekUnavailable

    try:
        keks = kek_rows()
        signing = signing_rows()
    except (KeyMaterialMissing, KekUnavailable, OSError) as unusable:
        print(f"keys not readable: {unusable}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"keks": keks, "tokensleutels": signing}))
        return 0
    print("key-encryption keys (KEKs)")
    for row in keks:
        role = (
            "MISSING: restore the keyset that held it"
            if row.get("ontbreekt")
            else "primary (wraps new data keys)"
            if row["primair"]
            else "unwraps"
        )
        print(
            f"  {row['provider']}\t{row['kid']}\t{role}\t{row['aangemaaktOp'] or '-'}\t"
            f"{row['datasleutels']} data keys"
        )
    print("token-signing keys")
    for row in signing:
        role = "primary (signs)" if row["primair"] else "verifies"
        print(f"  {row['kid']}\t{role}\t{row['aangemaaktOp'] or '-'}")
    return 0


def rotate(_args: argparse.Namespace) -> int:
    """A new primary KEK wraps every new data key from now on; prints its kid."""
    from api.cli_keys import _why
    from api.security.crypto import KeyMaterialMissing
    from api.security.kek import KekRefused, KekUnavailable

    try:
        keks = _provider()
        old = keks.primary()
        new = keks.rotate()
    except (KekRefused, KekUnavailable, KeyMaterialMissing, OSError) as failed:
        reason = _why(failed)
        _record("kek_vervangen", None, f"KEK niet vervangen: {reason}", "error")
        print(f"KEK not replaced: {reason}", file=sys.stderr)
        return 1
    waiting = _usage().get(old, 0)
    _record(
        "kek_vervangen",
        new,
        f"KEK {old} vervangen door {new} (provider {keks.provider}); {waiting} datasleutels "
        f"nog onder {old} tot `aanwas keys rewrap`",
    )
    print(new)
    print(f"{waiting} data keys still wrapped by {old}: run `aanwas keys rewrap`", file=sys.stderr)
    return 0


def rewrap(args: argparse.Namespace) -> int:
    """Wraps the data keys of older KEKs again under the primary (see the module)."""
    from api.security.crypto import KeyMaterialMissing
    from api.security.kek import KekUnavailable
    from api.security.rewrap import rewrap as rewrap_all

    if args.batch < 1 or args.pause < 0:
        print("--batch must be at least 1 and --pause at least 0", file=sys.stderr)
        return 2
    try:
        keks = _provider()
        primary = keks.primary()
    except (KeyMaterialMissing, KekUnavailable, OSError) as unusable:
        print(f"no KEKs: {unusable}", file=sys.stderr)
        return 1
    usage = _usage()
    older = {kid: n for kid, n in usage.items() if kid != primary}
    total = sum(older.values())
    if args.dry_run:
        print(
            json.dumps({"primair": primary, "datasleutelsPerKek": usage, "teHerverpakken": total})
        )
        return 0
    if total == 0:
        print(f"nothing to rewrap: every data key is wrapped by {primary}", file=sys.stderr)
        return 0
    _record(
        "herverpakken_gestart",
        primary,
        f"{total} datasleutels onder oudere KEKs ({_counted(older)}) naar {primary}",
    )
    try:
        with stoppable() as stopped, ProgressBar(total) as advance:
            done = rewrap_all(
                sessions(), keks, batch=args.batch, pause=args.pause, stop=stopped, progress=advance
            )
    except KekUnavailable as missing:
        left = _left(primary)
        _record("herverpakt", None, f"herverpakken gestopt: {missing}; {left} nog te doen", "error")
        print(f"rewrap stopped: {missing}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # a second Ctrl-C: the batch in hand is undone
        left = _left(primary)
        _record("herverpakken_onderbroken", primary, f"direct gestopt; {left} nog te doen")
        print(f"stopped at once: {left} left; run `aanwas keys rewrap` again", file=sys.stderr)
        return 130
    left = _left(primary)
    summary = (
        f"{done.rewrapped} datasleutels herverpakt naar {primary} "
        f"({done.per_second():,.0f} per seconde), {done.changed_meanwhile} intussen door een "
        f"ander proces gewijzigd, {len(done.damaged)} niet uit te pakken; {left} nog te doen"
    )
    print(
        f"rewrapped: {done.rewrapped} data keys in {done.seconds:.1f} s "
        f"({done.per_second():,.0f}/s); {left} left",
        file=sys.stderr,
    )
    for dek_id in done.damaged:
        print(f"does not unwrap, left as it is: data key {dek_id}", file=sys.stderr)
    if done.interrupted:
        _record("herverpakken_onderbroken", primary, summary)
        print("interrupted: run `aanwas keys rewrap` again to go on", file=sys.stderr)
        return 130
    _record("herverpakt", primary, summary)
    return 0


def _left(primary: str) -> int:
    from api.security.rewrap import still_to_rewrap

    with sessions()() as session:
        return still_to_rewrap(session, primary)


@contextmanager
def stoppable() -> Iterator[Any]:
    """Ctrl-C or SIGTERM: stop after the batch in hand (a second one stops at once; the batch
    in hand is then undone)."""
    asked: list[int] = []

    def ask(signum: int, _frame: FrameType | None) -> None:
        if asked:
            raise KeyboardInterrupt
        asked.append(signum)

    before = {s: signal.signal(s, ask) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield lambda: bool(asked)
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


class ProgressBar:
    """A bar on stderr: how many of how many, the rate, and the expected time left."""

    def __init__(self, total: int, what: str = "rewrap", unit: str = "data keys") -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            Task,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f} {unit}/s" if speed else f"- {unit}/s")

        self._bar = Progress(
            TextColumn(what),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self._task = self._bar.add_task(what, total=total)

    def __enter__(self) -> ProgressBar:
        self._bar.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._bar.stop()

    def __call__(self, done: int) -> None:
        self._bar.advance(self._task, done)

    def expected_seconds_left(self) -> float | None:
        """What the bar shows as the time left (None until it has a rate)."""
        left: float | None = self._bar.tasks[0].time_remaining
        return left


def retire(args: argparse.Namespace) -> int:
    """Removes a KEK from the provider: refused for the primary, for a KEK that still wraps
    data keys (run rewrap first) and for a kid the provider does not hold."""
    from api.cli_keys import _KID_SHAPE, _why
    from api.security.crypto import KeyMaterialMissing
    from api.security.kek import KekRefused, KekUnavailable

    kid = args.kid
    if not _KID_SHAPE.fullmatch(kid):
        print("not a key id; `aanwas keys list` shows the KEKs", file=sys.stderr)
        return 2
    try:
        keks = _provider()
        held = keks.keys()  # the provider's keyset, not a dict
        if kid not in {info.kid for info in held}:
            raise KekRefused(f"no KEK {kid}: `aanwas keys list` shows the KEKs")
        wrapping = _usage().get(kid, 0)
        if wrapping and kid != keks.primary():  # the primary: the provider says why not
            raise KekRefused(
                f"KEK {kid} still wraps {wrapping} data keys: run `aanwas keys rewrap` first"
            )
        keks.retire(kid)
    except (KekRefused, KekUnavailable, KeyMaterialMissing, OSError) as refused:
        reason = _why(refused)
        outcome = "deny" if isinstance(refused, KekRefused | KekUnavailable) else "error"
        _record("kek_ingetrokken", kid, f"KEK niet ingetrokken: {reason}", outcome)
        print(f"KEK not retired: {reason}", file=sys.stderr)
        return 1
    _record("kek_ingetrokken", kid, f"KEK {kid} ingetrokken (provider {keks.provider})")
    print(f"retired: {kid}", file=sys.stderr)
    return 0


def batch_arguments(command: argparse.ArgumentParser, what: str) -> None:
    """--batch and --pause of a command that works through a table in batches."""
    command.add_argument("--batch", type=int, default=500, help=f"{what} per transaction")
    command.add_argument(
        "--pause", type=float, default=0.0, help="seconds between batches, to spare the database"
    )


def add_commands(keys: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from api.cli_keys import listing_command

    listing_command(
        keys,
        "list",
        "the KEKs (provider, kid, made, primary, data keys wrapped) and signing keys",
        listing,
        "as one JSON object",
    )
    keys.add_parser(
        "rotate",
        aliases=["kek-rotate"],
        help="a new primary KEK (on record): new data keys are wrapped by it at once; "
        "prints its kid",
    ).set_defaults(handler=rotate)
    rewrapping = keys.add_parser(
        "rewrap",
        help="wrap the data keys of older KEKs again under the primary, with a progress bar; "
        "batches commit on their own, Ctrl-C stops it and a second run goes on",
    )
    batch_arguments(rewrapping, "data keys")
    rewrapping.add_argument(
        "--dry-run", action="store_true", help="only show how many data keys each KEK wraps"
    )
    rewrapping.set_defaults(handler=rewrap)
    retiring = keys.add_parser(
        "kek-retire",
        help="retire a KEK (on record) once it wraps no data key and is not the primary",
    )
    retiring.add_argument("kid", help="the KEK's id (from `aanwas keys list`)")
    retiring.set_defaults(handler=retire)
