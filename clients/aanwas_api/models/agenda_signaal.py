from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AgendaSignaal")


@_attrs_define
class AgendaSignaal:
    """
    Attributes:
        categorie (str):
        waargenomen_op (datetime.date):
        bron_organisatie (str):
    """

    categorie: str
    waargenomen_op: datetime.date
    bron_organisatie: str

    def to_dict(self) -> dict[str, Any]:
        categorie = self.categorie

        waargenomen_op = self.waargenomen_op.isoformat()

        bron_organisatie = self.bron_organisatie

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "categorie": categorie,
                "waargenomenOp": waargenomen_op,
                "bronOrganisatie": bron_organisatie,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categorie = d.pop("categorie")

        waargenomen_op = datetime.date.fromisoformat(d.pop("waargenomenOp"))

        bron_organisatie = d.pop("bronOrganisatie")

        agenda_signaal = cls(
            categorie=categorie,
            waargenomen_op=waargenomen_op,
            bron_organisatie=bron_organisatie,
        )

        return agenda_signaal
