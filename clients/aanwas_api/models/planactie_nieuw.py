from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.planactie_nieuw_domein import PlanactieNieuwDomein
from ..models.planactie_nieuw_eigenaar import PlanactieNieuwEigenaar

T = TypeVar("T", bound="PlanactieNieuw")


@_attrs_define
class PlanactieNieuw:
    """
    Attributes:
        domein (PlanactieNieuwDomein):
        omschrijving (str):
        eigenaar (PlanactieNieuwEigenaar):
        deadline (datetime.date):
    """

    domein: PlanactieNieuwDomein
    omschrijving: str
    eigenaar: PlanactieNieuwEigenaar
    deadline: datetime.date

    def to_dict(self) -> dict[str, Any]:
        domein = self.domein.value

        omschrijving = self.omschrijving

        eigenaar = self.eigenaar.value

        deadline = self.deadline.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domein": domein,
                "omschrijving": omschrijving,
                "eigenaar": eigenaar,
                "deadline": deadline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domein = PlanactieNieuwDomein(d.pop("domein"))

        omschrijving = d.pop("omschrijving")

        eigenaar = PlanactieNieuwEigenaar(d.pop("eigenaar"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        planactie_nieuw = cls(
            domein=domein,
            omschrijving=omschrijving,
            eigenaar=eigenaar,
            deadline=deadline,
        )

        return planactie_nieuw
