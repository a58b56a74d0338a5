"""The one place that names modules of the generated SDK (aanwas_api, from the OpenAPI
document by tools/generate_sdk.sh): when operationIds change, only the imports here do."""

from __future__ import annotations

from aanwas_api import Client
from aanwas_api.api.signalen import create_signaal as push_signaal
from aanwas_api.api.signalen import create_signalen_bulk as push_signalen_bulk
from aanwas_api.api.signalen import get_signaal, list_signalen
from aanwas_api.models import BulkResultaat, SignaalNieuw, SignalenBulk

# Pushes that create data: each gets an Idempotency-Key, so that a retry cannot store it twice.
# The document's server is /v1: the generated operations' paths are relative to it.
API_PREFIX = "/v1"
BULK_PATH = "/signalen/bulk"
PUSH_PATHS = frozenset({f"{API_PREFIX}/signalen", f"{API_PREFIX}{BULK_PATH}"})

__all__ = [
    "API_PREFIX",
    "BULK_PATH",
    "PUSH_PATHS",
    "BulkResultaat",
    "Client",
    "SignaalNieuw",
    "SignalenBulk",
    "get_signaal",
    "list_signalen",
    "push_signaal",
    "push_signalen_bulk",
]
