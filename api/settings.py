"""Every knob is an environment variable prefixed ``AANWAS_`` (see the README)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

CHECKOUT = Path(__file__).resolve().parent.parent
DATA_DIR = CHECKOUT / "data"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AANWAS_", extra="ignore")

    environment: Literal["development", "production"] = "development"
    database_url: str = f"sqlite:///{DATA_DIR / 'aanwas.db'}"

    # Keys: in development generated on first start into keys_dir (git-ignored); in production
    # they must be provisioned, from the environment or as files in a mounted keys_dir.
    keys_dir: Path = DATA_DIR / "keys"
    field_encryption_key: str | None = Field(default=None, repr=False)
    blind_index_key: str | None = Field(default=None, repr=False)
    pseudonym_key: str | None = Field(default=None, repr=False)
    token_signing_key: str | None = Field(default=None, repr=False)
    # Who holds the key-encryption keys that wrap every data subject's data key (docs/keys.md):
    # the keyset file in keys_dir, or a PKCS#11 token.
    kek_provider: Literal["file", "pkcs11"] = "file"
    # The KEKs in a PKCS#11 token (AANWAS_KEK_PROVIDER=pkcs11; docs/keys.md): the module's path,
    # the token's label, and its user PIN, preferably as a file (a mounted secret).
    pkcs11_module: str | None = None
    pkcs11_token_label: str | None = None
    pkcs11_pin: str | None = Field(default=None, repr=False)
    pkcs11_pin_file: Path | None = None

    issuer: str = "http://127.0.0.1:8000"
    audience: str = "aanwas-api"
    token_lifetime_seconds: int = Field(default=300, ge=30, le=600)
    # A token is honoured only while its client is enabled; each process reads a client's
    # status at most this often (`aanwas clients disable` waits as long before it is done).
    client_status_seconds: float = Field(default=1.0, gt=0, le=5)
    # Failed client authentications at the token endpoint, in a sliding window: more than
    # this many from one address, or for one client from one address, get 429 + Retry-After.
    token_failure_window_seconds: int = Field(default=60, ge=1, le=3600)
    token_failures_per_address: int = Field(default=30, ge=1)
    token_failures_per_client_address: int = Field(default=10, ge=1)
    # private_key_jwt: a client assertion may expire at most this far ahead (RFC 7523, short).
    client_assertion_max_seconds: int = Field(default=300, ge=30, le=600)
    # private_key_jwt with a JWKS URL (api/security/client_jwks.py): a client's fetched keys are
    # used this long; an unknown `kid` fetches again at once, but one client's URL is fetched
    # at most once per refetch period; a fetch gives up after the timeout.
    client_jwks_cache_seconds: float = Field(default=300, gt=0, le=86400)
    client_jwks_refetch_seconds: float = Field(default=30, ge=0, le=3600)
    client_jwks_timeout_seconds: float = Field(default=3, gt=0, le=30)

    # PostgreSQL connections each API process keeps (api/db.py): N processes hold N times this,
    # which must stay under the server's max_connections with room for the worker and the CLI.
    db_pool_size: int = Field(default=40, ge=1, le=200)

    opa_url: str = "http://127.0.0.1:8181"
    opa_timeout_seconds: float = Field(default=0.5, gt=0, le=5)
    opa_decision_path: str = "aanwas/gate/decision"

    # `aanwas serve` starts OPA as a child process on loopback unless this is off (production
    # points opa_url at a sidecar instead).
    manage_opa: bool = True
    # `aanwas serve` starts the worker (api/worker) beside it unless this is off: then run
    # `aanwas worker` once for all API processes (docker/compose.yaml).
    run_worker: bool = True
    opa_binary: str | None = None
    policies_dir: Path = CHECKOUT / "policies"
    # The managed OPA's log (decision log included) is rotated past this size, keeping this
    # many older files (api/opa_log.py).
    opa_log_max_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    opa_log_keep: int = Field(default=3, ge=1, le=50)

    # The audit chain is signed (an Ed25519 checkpoint) every this many records or seconds,
    # whichever comes first; the key lives in keys_dir (audit-signing-key.pem), not the database.
    audit_checkpoint_records: int = Field(default=1000, ge=1)
    audit_checkpoint_seconds: float = Field(default=60, gt=0)
    # The worker runs the retention job (crypto-shredding, docs/retentie.md) this often; 0: never
    # (run `aanwas retentie` from a scheduler of your own instead).
    retentie_interval_seconds: float = Field(default=24 * 3600, ge=0)
    # How long audit records are kept; `aanwas audit afkappen` removes older ones, signed.
    audit_retention_days: int = Field(default=7 * 365, ge=365)
    # PostgreSQL: the role the API acts as (SET ROLE on every connection), one that may not
    # UPDATE or DELETE audit records; migration 0008 creates `aanwas_api` for this.
    database_role: str | None = Field(default=None, pattern=r"^[a-z_][a-z0-9_]{0,62}$")

    # Request bodies larger than this are refused with 413 before they are read in full
    # (api/limits.py); bulk pushes (paths ending in /bulk, up to 1000 signals) get the larger one.
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_bulk_body_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)

    # /.well-known/security.txt (RFC 9116): where to report a vulnerability (a mailto: or
    # https: URI, the municipality's CERT or CISO office), and how many days ahead its Expires
    # lies (computed per request, so it never goes stale; RFC 9116 advises under a year).
    security_contact: str = Field(
        default="mailto:security@aanwas.example", pattern=r"^(mailto:[^@\s]+@[^@\s]+|https://\S+)$"
    )
    security_txt_days: int = Field(default=180, ge=1, le=365)
    # Its Policy line: the published SECURITY.md (the repository named in publiccode.yml).
    security_policy_url: str = Field(
        default="https://code.gemeente.example/aanwas/blob/main/SECURITY.md",
        pattern=r"^https://\S+$",
    )

    host: str = "127.0.0.1"
    port: int = 8000
    # Where the `aanwas` commands that call the running API find it (demo seed); unset, the
    # host and port above, where `aanwas serve` listens.
    api_url: str | None = None


@lru_cache
def get_settings() -> Settings:
    return Settings()
