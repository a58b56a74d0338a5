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

from api.security.categories import PERSONAL_CATEGORIES


class PolicyEngineUnavailable(Exception):
    """OPA could not give a usable decision. The request is refused with 503."""


@dataclass(frozen=True)
class Decision:
    allow: bool
    reason: str
    categories: frozenset[str] = field(default_factory=frozenset)
    covenants: tuple[str, ...] = ()
    decision_id: str | None = None


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
        package, _, rule = decision_path.rpartition("/")
        self._package = package.replace("/", ".")
        self._rule = rule

    def decide(self, question: dict[str, Any]) -> Decision:
        try:
            response = self._client.query_rule(
                input_data=question, package_path=self._package, rule_name=self._rule
            )
        except (requests.RequestException, ValueError) as exc:
            raise PolicyEngineUnavailable(type(exc).__name__) from None
        return _read_decision(response)

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
    decision_id = response.get("decision_id")
    if not isinstance(result, dict) or not isinstance(result.get("allow"), bool):
        raise PolicyEngineUnavailable("malformed decision")
    categories = result.get("categories", [])
    covenants = result.get("covenants", [])
    reason = result.get("reason")
    if (
        not isinstance(categories, list)
        or not all(isinstance(c, str) and c in PERSONAL_CATEGORIES for c in categories)
        or not isinstance(covenants, list)
        or not all(isinstance(c, str) for c in covenants)
        or not isinstance(reason, str)
    ):
        raise PolicyEngineUnavailable("malformed decision")
    allow = result["allow"]
    return Decision(
        allow=allow,
        reason=reason,
        categories=frozenset(categories) if allow else frozenset(),
        covenants=tuple(covenants),
        decision_id=decision_id if isinstance(decision_id, str) else None,
    )
