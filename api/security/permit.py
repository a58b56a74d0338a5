"""What an allow decision lets a request see, and what the request showed with it.

A Permit opens fields only of the categories its decision permitted. Every field it opens is
noted per youth, so that the request's audit record can say, per youth the response carried,
which categories and which fields (table.column) were shown: one record per data subject, as
the Logboek Dataverwerkingen asks (Gate.settle expands the record).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect as inspect_model

from api.db import Base
from api.security.crypto import FieldPlace
from api.security.envelope import DataKeyDestroyed, FieldKeys
from api.security.policy import Decision


class Permit:
    def __init__(
        self,
        decision: Decision,
        keys: FieldKeys,
        record: dict[str, Any] | None = None,
        jongere_id: str | None = None,
    ) -> None:
        self.decision = decision
        self._keys = keys
        # The audit record of the decision, and the youth the request is about (if one).
        self.record = record
        self._jongere_id = jongere_id
        # Per youth (None: a row of no youth): the categories and fields shown.
        self.shown: dict[str | None, tuple[set[str], set[str]]] = {}

    @property
    def categories(self) -> frozenset[str]:
        return self.decision.categories

    @property
    def only_provided_by(self) -> str | None:
        """For lists: the organisation whose rows alone may be shown (None: every row)."""
        return self.decision.only_provided_by

    def may_see(self, category: str) -> bool:
        return category == "meta" or category in self.decision.categories

    def reveal(
        self, row: Base, column: str, category: str | None = None, youth: str | None = None
    ) -> tuple[bool, Any]:
        """(visible, value) of one field: opened when its category is permitted, else hidden.
        `category` overrides the column's for rows whose kind decides it (a prosecution is
        justitie, an administrative measure maatregel); `youth` names the youth a row is about
        when the row itself does not (an escalation's reason, in a list across youths). A value
        whose data key is destroyed is hidden; one that does not open otherwise raises."""
        info = inspect_model(type(row)).columns[column].info
        category = category or info.get("category", "meta")
        if not self.may_see(category):
            return False, None
        value = getattr(row, column)
        if value is not None and info.get("encrypted"):
            place = FieldPlace(row.__tablename__, column, str(getattr(row, "id")))  # noqa: B009
            try:
                value = self._keys.open(value, place)
            except DataKeyDestroyed:  # its subject's keys are destroyed: gone, like erased
                return False, None
        if category != "meta":
            self._note(row, column, category, youth)
        return True, value

    def _note(self, row: Base, column: str, category: str, youth: str | None = None) -> None:
        youth = youth or _youth_of(row) or self._jongere_id
        categories, fields = self.shown.setdefault(youth, (set(), set()))
        categories.add(category)
        fields.add(f"{row.__tablename__}.{column}")


def _youth_of(row: Base) -> str | None:
    """The youth a row is about: the column its model names in `youth_column` (a youth's own
    record names `id`), else `jongere_id` where the row has one."""
    youth = getattr(row, getattr(type(row), "youth_column", "jongere_id"), None)
    return str(youth) if youth is not None else None
