"""The audit log: one record per processing of personal data (allowed, denied, failed or
derived), token issued or refused, admin action, and query of the log itself. Never personal
content.

A request's records are written in its own transaction, with bound parameters, just before it
commits: the records and the data they describe stand or fall together ("no record, no
access"). Writing takes no lock. Moments later the worker (api/worker) gives committed records
their place in the hash chain, serialised by the chain's head row in the database, and signs
the chain's end in checkpoints.

One job a module: record (building and writing a record), chain (the canonical encoding, the
hashes and walking a chain; pure functions), keys (the checkpoint signing key), sealing
(chaining committed records, checkpoints), verify (the log in the database), reading,
retention and export. This module names what the rest of the API uses.
"""

from api.security.audit.chain import hashable
from api.security.audit.export import export_lines, read_export
from api.security.audit.reading import as_json, latest
from api.security.audit.record import (
    Access,
    Trace,
    append,
    append_admin,
    current_trace,
    record_values,
)
from api.security.audit.retention import CutOverRefused, cut_over
from api.security.audit.sealing import (
    CHECKPOINTS_AT_ONCE,
    SEAL_BATCH,
    Sealer,
    as_checkpoint,
    checkpoint,
    checkpoint_due,
    newest_valid_checkpoint,
    seal_all,
    seal_pending,
)
from api.security.audit.verify import (
    record_at,
    row_values,
    stored_records,
    verification_keys,
    verify_database,
)

__all__ = [
    "CHECKPOINTS_AT_ONCE",
    "SEAL_BATCH",
    "Access",
    "CutOverRefused",
    "Sealer",
    "Trace",
    "append",
    "append_admin",
    "as_checkpoint",
    "as_json",
    "checkpoint",
    "checkpoint_due",
    "current_trace",
    "cut_over",
    "export_lines",
    "hashable",
    "latest",
    "newest_valid_checkpoint",
    "read_export",
    "record_at",
    "record_values",
    "row_values",
    "seal_all",
    "seal_pending",
    "stored_records",
    "verification_keys",
    "verify_database",
]
