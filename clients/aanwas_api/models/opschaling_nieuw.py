from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.opschaling_nieuw_soort import OpschalingNieuwSoort

T = TypeVar("T", bound="OpschalingNieuw")


@_attrs_define
class OpschalingNieuw:
    """
    Attributes:
        soort (OpschalingNieuwSoort): `zvh`: naar het Zorg- en Veiligheidshuis (ICO, het OM schuift aan); `riec`: een
            RIEC-melding aan team ondermijning.
        reden (str): Waarom; vastgelegd in de casus.
    """

    soort: OpschalingNieuwSoort
    reden: str

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort.value

        reden = self.reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "reden": reden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soort = OpschalingNieuwSoort(d.pop("soort"))

        reden = d.pop("reden")

        opschaling_nieuw = cls(
            soort=soort,
            reden=reden,
        )

        return opschaling_nieuw
