from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Vernietiging")


@_attrs_define
class Vernietiging:
    """What was done: the youth's data key is destroyed, their fields can no longer be opened,
    their BSN no longer finds them; the tombstone and the audit log remain.

        Attributes:
            jongere_id (str):
            kenmerk (str):
            grond (str): verzoek_betrokkene
            vernietigd_op (datetime.date): De dag (Europe/Amsterdam) van de vernietiging
            toelichting (list[str]):
    """

    jongere_id: str
    kenmerk: str
    grond: str
    vernietigd_op: datetime.date
    toelichting: list[str]

    def to_dict(self) -> dict[str, Any]:
        jongere_id = self.jongere_id

        kenmerk = self.kenmerk

        grond = self.grond

        vernietigd_op = self.vernietigd_op.isoformat()

        toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jongereId": jongere_id,
                "kenmerk": kenmerk,
                "grond": grond,
                "vernietigdOp": vernietigd_op,
                "toelichting": toelichting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jongere_id = d.pop("jongereId")

        kenmerk = d.pop("kenmerk")

        grond = d.pop("grond")

        vernietigd_op = datetime.date.fromisoformat(d.pop("vernietigdOp"))

        toelichting = cast(list[str], d.pop("toelichting"))

        vernietiging = cls(
            jongere_id=jongere_id,
            kenmerk=kenmerk,
            grond=grond,
            vernietigd_op=vernietigd_op,
            toelichting=toelichting,
        )

        return vernietiging
