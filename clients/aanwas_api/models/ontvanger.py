from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Ontvanger")


@_attrs_define
class Ontvanger:
    """An organisation that received the youth's data, summed up over its accesses.

    Attributes:
        organisatie (None | str):
        categorieen (list[str]):
        doelen (list[str]):
        convenanten (list[str]):
        keren (int):
        eerste (str):
        laatste (str):
    """

    organisatie: None | str
    categorieen: list[str]
    doelen: list[str]
    convenanten: list[str]
    keren: int
    eerste: str
    laatste: str

    def to_dict(self) -> dict[str, Any]:
        organisatie: None | str
        organisatie = self.organisatie

        categorieen = self.categorieen

        doelen = self.doelen

        convenanten = self.convenanten

        keren = self.keren

        eerste = self.eerste

        laatste = self.laatste

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisatie": organisatie,
                "categorieen": categorieen,
                "doelen": doelen,
                "convenanten": convenanten,
                "keren": keren,
                "eerste": eerste,
                "laatste": laatste,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_organisatie(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisatie = _parse_organisatie(d.pop("organisatie"))

        categorieen = cast(list[str], d.pop("categorieen"))

        doelen = cast(list[str], d.pop("doelen"))

        convenanten = cast(list[str], d.pop("convenanten"))

        keren = d.pop("keren")

        eerste = d.pop("eerste")

        laatste = d.pop("laatste")

        ontvanger = cls(
            organisatie=organisatie,
            categorieen=categorieen,
            doelen=doelen,
            convenanten=convenanten,
            keren=keren,
            eerste=eerste,
            laatste=laatste,
        )

        return ontvanger
