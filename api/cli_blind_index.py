"""`aanwas keys blind-index-rotate`: a new blind-index key and every stored blind index
recomputed under it (api/security/reindex.py), while the API serves: lookups ask under both
keys until the re-index is done. The pseudonym key is split off first and never changes, so
the audit log's pseudonyms stay as they are. Every step is on record (resource
`blindeindexsleutel`), naming no key."""

from __future__ import annotations

import argparse
import sys

from api.cli_common import sessions
from api.settings import get_settings

RESOURCE = "blindeindexsleutel"
_AGAIN = (
    "interrupted: lookups go on under both keys; run `aanwas keys blind-index-rotate` again "
    "to finish"
)


def _record(action: str, reason: str, outcome: str = "allow") -> None:
    from api.cli_keys import _on_record

    _on_record(action, None, reason, outcome, RESOURCE)


def rotate(args: argparse.Namespace) -> int:
    from api.cli_kek import ProgressBar, stoppable
    from api.cli_keys import _why
    from api.security import reindex
    from api.security.blind_index_keys import KEY_FILE, read_key
    from api.security.crypto import KeyMaterialMissing, load_keyring
    from api.security.envelope import Envelope
    from api.security.kek import load_kek_provider

    if args.batch < 1 or args.pause < 0:
        print("--batch must be at least 1 and --pause at least 0", file=sys.stderr)
        return 2
    settings = get_settings()
    if settings.blind_index_key:
        reason = (
            "the blind-index key comes from AANWAS_BLIND_INDEX_KEY: move it to "
            f"{KEY_FILE} in the keys folder (and the pseudonym key beside it) to rotate it here"
        )
        _record("blindeindexsleutel_vervangen", f"niet vervangen: {reason}", "deny")
        print(f"blind-index key not replaced: {reason}", file=sys.stderr)
        return 1
    keys_dir = settings.keys_dir
    try:
        load_keyring(settings)  # in development: made on first use, like the server does
        split = reindex.keep_pseudonym_key(keys_dir)
        fresh = reindex.begin(keys_dir)
        key = read_key(keys_dir / KEY_FILE)
        envelope = Envelope(load_kek_provider(settings), load_keyring(settings).cipher())
    except (KeyMaterialMissing, OSError) as failed:
        reason = _why(failed)
        _record("blindeindexsleutel_vervangen", f"niet vervangen: {reason}", "error")
        print(f"blind-index key not replaced: {reason}", file=sys.stderr)
        return 1
    if split:
        _record(
            "pseudoniemsleutel_afgesplitst",
            "pseudoniemsleutel afgesplitst van de oude blinde-indexsleutel",
        )
    with sessions()() as session:
        total = reindex.to_reindex(session)
    _record(
        "blindeindexsleutel_vervangen" if fresh else "herindexeren_hervat",
        f"nieuwe blinde-indexsleutel; {total} indexen te herberekenen, opzoeken onder beide "
        "sleutels tot het klaar is"
        if fresh
        else f"herindexeren onder de nieuwe sleutel hervat; {total} indexen",
    )
    try:
        with stoppable() as stopped, ProgressBar(total, "re-index", "rows") as advance:
            done = reindex.reindex(
                sessions(),
                envelope,
                key,
                batch=args.batch,
                pause=args.pause,
                stop=stopped,
                progress=advance,
            )
    except KeyboardInterrupt:  # a second Ctrl-C: the batch in hand is undone
        _record("herindexeren_onderbroken", "direct gestopt")
        print(_AGAIN, file=sys.stderr)
        return 130
    counts = ", ".join(f"{t}: {n}" for t, n in sorted(done.changed.items())) or "geen"
    not_intact = ", ".join(f"{t}: {n}" for t, n in sorted(done.not_intact.items())) or "geen"
    summary = f"geherindexeerd: {counts}; niet te openen: {not_intact}"
    print(
        f"re-indexed in {done.seconds:.1f} s: {counts}; not intact: {not_intact}", file=sys.stderr
    )
    if done.interrupted:
        _record("herindexeren_onderbroken", summary)
        print(_AGAIN, file=sys.stderr)
        return 130
    reindex.finish(keys_dir)
    _record("geherindexeerd", f"{summary}; de vorige sleutel is verwijderd")
    return 0


def add_commands(keys: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rotating = keys.add_parser(
        "blind-index-rotate",
        help="a new blind-index key and every blind index recomputed under it (on record); "
        "lookups use both keys meanwhile; an interrupted run is run again to finish",
    )
    from api.cli_kek import batch_arguments

    batch_arguments(rotating, "rows")
    rotating.set_defaults(handler=rotate)
