from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CasusTaakAfhandeling")


@_attrs_define
class CasusTaakAfhandeling:
    """
    Attributes:
        reden (str): Wat er besloten is; vastgelegd in de casus.
    """

    reden: str

    def to_dict(self) -> dict[str, Any]:
        reden = self.reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reden": reden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reden = d.pop("reden")

        casus_taak_afhandeling = cls(
            reden=reden,
        )

        return casus_taak_afhandeling
