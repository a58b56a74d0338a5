from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.afhandeling_uitkomst import AfhandelingUitkomst
from ..types import UNSET, Unset

T = TypeVar("T", bound="Afhandeling")


@_attrs_define
class Afhandeling:
    """
    Attributes:
        uitkomst (AfhandelingUitkomst): gecorrigeerd: de leverancier heeft het gegeven gecorrigeerd (een identiteitsveld
            met PATCH /v1/jongeren/{jongereId}); afgewezen: met reden
        toelichting (None | str | Unset): Verplicht bij afgewezen (AVG art. 12 lid 4); versleuteld opgeslagen
    """

    uitkomst: AfhandelingUitkomst
    toelichting: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uitkomst = self.uitkomst.value

        toelichting: None | str | Unset
        if isinstance(self.toelichting, Unset):
            toelichting = UNSET
        else:
            toelichting = self.toelichting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uitkomst": uitkomst,
            }
        )
        if toelichting is not UNSET:
            field_dict["toelichting"] = toelichting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uitkomst = AfhandelingUitkomst(d.pop("uitkomst"))

        def _parse_toelichting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        toelichting = _parse_toelichting(d.pop("toelichting", UNSET))

        afhandeling = cls(
            uitkomst=uitkomst,
            toelichting=toelichting,
        )

        return afhandeling
