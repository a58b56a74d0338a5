from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReeksWeigeringen")


@_attrs_define
class ReeksWeigeringen:
    """
    Attributes:
        client_id (None | str): Leeg als een geweigerd token niemand noemde
        organisatie (None | str):
        vanaf (str):
        tot (str):
        weigeringen (int):
    """

    client_id: None | str
    organisatie: None | str
    vanaf: str
    tot: str
    weigeringen: int

    def to_dict(self) -> dict[str, Any]:
        client_id: None | str
        client_id = self.client_id

        organisatie: None | str
        organisatie = self.organisatie

        vanaf = self.vanaf

        tot = self.tot

        weigeringen = self.weigeringen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "organisatie": organisatie,
                "vanaf": vanaf,
                "tot": tot,
                "weigeringen": weigeringen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        def _parse_organisatie(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisatie = _parse_organisatie(d.pop("organisatie"))

        vanaf = d.pop("vanaf")

        tot = d.pop("tot")

        weigeringen = d.pop("weigeringen")

        reeks_weigeringen = cls(
            client_id=client_id,
            organisatie=organisatie,
            vanaf=vanaf,
            tot=tot,
            weigeringen=weigeringen,
        )

        return reeks_weigeringen
