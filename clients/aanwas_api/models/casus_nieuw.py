from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.casusregisseur import Casusregisseur


T = TypeVar("T", bound="CasusNieuw")


@_attrs_define
class CasusNieuw:
    """
    Attributes:
        jongere_id (str):
        casusregisseur (Casusregisseur):
        reden (str): Waarom; vastgelegd in de casus.
    """

    jongere_id: str
    casusregisseur: Casusregisseur
    reden: str

    def to_dict(self) -> dict[str, Any]:
        jongere_id = self.jongere_id

        casusregisseur = self.casusregisseur.to_dict()

        reden = self.reden

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jongereId": jongere_id,
                "casusregisseur": casusregisseur,
                "reden": reden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.casusregisseur import Casusregisseur  # noqa: PLC0415

        d = dict(src_dict)
        jongere_id = d.pop("jongereId")

        casusregisseur = Casusregisseur.from_dict(d.pop("casusregisseur"))

        reden = d.pop("reden")

        casus_nieuw = cls(
            jongere_id=jongere_id,
            casusregisseur=casusregisseur,
            reden=reden,
        )

        return casus_nieuw
