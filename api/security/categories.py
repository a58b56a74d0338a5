"""Data categories of DOMAIN.md, and the one place a stored field declares its category.

A model column holding personal data carries ``info=personal(<category>)``. The gate decrypts a
field only when the policy decision permits its category; a test walks every model and fails when
a column looks personal but declares no category, or declares one and is stored in plain text.
"""

from __future__ import annotations

from typing import Any, Literal

Category = Literal[
    "identiteit",
    "contact",
    "signaal",
    "risico",
    "politie",
    "justitie",
    "jeugdbescherming",
    "reclassering",
    "onderwijs",
    "zorg",
    "financieel",
    "plan",
    "maatregel",
    "meta",
]

PERSONAL_CATEGORIES: frozenset[str] = frozenset(Category.__args__) - {"meta"}  # type: ignore[attr-defined]


def personal(category: Category, *, encrypted: bool = True) -> dict[str, Any]:
    """Column info for a personal field: its category, and whether it is sealed per field."""
    if category == "meta":
        raise ValueError("meta is not personal data")
    return {"category": category, "encrypted": encrypted}


def not_personal(why: str) -> dict[str, Any]:
    """Column info for a field whose name sounds personal but whose content is not; says why."""
    return {"not_personal": why}
