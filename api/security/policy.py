"""May they, for this purpose? Asks the Open Policy Agent server; fails closed.

The covenant rules live in ``policies/`` as Rego and data. This module only carries the question
to OPA and reads the answer strictly: an unreachable, slow, erroring or undefined answer, or one
that does not have the expected shape, is never an allow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from opa_client import OpaClient
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from api.security.categories import PERSONAL_CATEGORIES


class PolicyEngineUnavailable(Exception):
    """OPA could not give a usable decision. The request is refused with 503."""


@dataclass(frozen=True)
class Decision:
    allow: bool
    reason: str
    categories: frozenset[str] = field(default_factory=frozenset)
    covenants: tuple[str, ...] = ()
    # "convenant" (a covenant permits it) or "eigen_gegevens" (the caller provided it itself)
    basis: str | None = None
    # For lists: only rows this organisation provided may be shown (None: no row filter).
    only_provided_by: str | None = None
    # Per category, a narrowing of what may be shown, in words (e.g. police data as counts only).
    restrictions: dict[str, str] = field(default_factory=dict)
    # For involvement: organisations whose involvement this caller may not learn of.
    hidden_involvement: tuple[str, ...] = ()
    # Escalation kinds (zvh, riec) the caller may learn of in a case: their covenant's parties.
    visible_escalations: frozenset[str] = field(default_factory=frozenset)
    revision: str | None = None
    decision_id: str | None = None


DECIDING_AT_ONCE = 64


class PolicyEngine:
    def __init__(self, url: str, *, decision_path: str, timeout_seconds: float) -> None:
        parts = urlsplit(url)
        self._client = OpaClient(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or (443 if parts.scheme == "https" else 8181),
            ssl=parts.scheme == "https",
            timeout=timeout_seconds,
            retries=0,  # a retry would stretch the timeout the caller relies on
        )
        # Policy traffic goes straight to OPA: never through a proxy named in the environment
        # (HTTP_PROXY could otherwise route every decision through someone else's hands), and
        # without looking those variables up on every request.
        self._client._session.trust_env = False
        # A kept-alive connection for each request thread that may be deciding at once
        # (AnyIO's default pool runs 40): with requests' default of 10, under load the
        # connections of other threads were closed after each decision, and their next
        # decision paid for a new TCP connection (found by bench/audit_request.py).
        adapter = HTTPAdapter(
            pool_connections=1,
            pool_maxsize=DECIDING_AT_ONCE,
            max_retries=Retry(total=0, raise_on_status=False),
        )
        self._client._session.mount("http://", adapter)
        self._client._session.mount("https://", adapter)
        package, _, rule = decision_path.rpartition("/")
        self._package = package.replace("/", ".")
        self._rule = rule

    def decide(self, question: dict[str, Any], *, package: str | None = None) -> Decision:
        """The gate's decision, or with `package` another package's `decision` rule."""
        try:
            response = self._client.query_rule(
                input_data=question,
                package_path=package or self._package,
                rule_name=self._rule,
            )
        except (requests.RequestException, ValueError) as exc:
            raise PolicyEngineUnavailable(type(exc).__name__) from None
        return _read_decision(response)

    def read(self, path: str) -> Any:
        """A document OPA holds (covenant texts, their status); fails like a decision."""
        try:
            response = self._client.get_data(path)
        except (requests.RequestException, ValueError) as exc:
            raise PolicyEngineUnavailable(type(exc).__name__) from None
        except Exception as exc:  # the client raises its own error type for a missing document
            raise PolicyEngineUnavailable(type(exc).__name__) from None
        if not isinstance(response, dict) or "result" not in response:
            raise PolicyEngineUnavailable("undefined document")
        return response["result"]

    def healthy(self) -> bool:
        try:
            return bool(self._client.check_health())
        except requests.RequestException:
            return False

    def close(self) -> None:
        self._client.close_connection()


def _read_decision(response: Any) -> Decision:
    if not isinstance(response, dict) or "result" not in response:
        # OPA answers {} for an undefined decision: that is a broken policy, never an allow.
        raise PolicyEngineUnavailable("undefined decision")
    result = response["result"]
    if not isinstance(result, dict) or not isinstance(result.get("allow"), bool):
        raise PolicyEngineUnavailable("malformed decision")
    try:
        return _strict_decision(result, response.get("decision_id"))
    except (TypeError, ValueError, KeyError):
        raise PolicyEngineUnavailable("malformed decision") from None


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")
    return value


def _optional_string(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("expected a string or null")
    return value


def _strict_decision(result: dict[str, Any], decision_id: Any) -> Decision:
    """Reads every field with its expected type; anything unexpected is an engine failure."""
    allow: bool = result["allow"]
    reason = result["reason"]
    if not isinstance(reason, str):
        raise TypeError("reason")
    categories = _strings(result.get("categories", []))
    if not set(categories) <= PERSONAL_CATEGORIES:
        raise ValueError("unknown category")
    row_filter = result.get("row_filter")
    only_provided_by = None
    if row_filter is not None:
        if not isinstance(row_filter, dict) or set(row_filter) != {"provided_by"}:
            raise ValueError("row_filter")
        only_provided_by = _optional_string(row_filter["provided_by"])
        if only_provided_by is None:
            raise ValueError("row_filter")
    restrictions = result.get("restrictions", {})
    if not isinstance(restrictions, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in restrictions.items()
    ):
        raise TypeError("restrictions")
    return Decision(
        allow=allow,
        reason=reason,
        categories=frozenset(categories) if allow else frozenset(),
        covenants=tuple(_strings(result.get("covenants", []))),
        basis=_optional_string(result.get("basis")) if allow else None,
        only_provided_by=only_provided_by if allow else None,
        restrictions=dict(restrictions) if allow else {},
        hidden_involvement=tuple(_strings(result.get("hidden_involvement", []))),
        visible_escalations=frozenset(_strings(result.get("visible_escalations", [])))
        if allow
        else frozenset(),
        revision=_optional_string(result.get("revision")),
        decision_id=decision_id if isinstance(decision_id, str) else None,
    )
