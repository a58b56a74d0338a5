from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="VeelJongeren")


@_attrs_define
class VeelJongeren:
    """
    Attributes:
        client_id (str):
        organisatie (None | str):
        uur (str): Het uur (ISO 8601), UTC
        jongeren (int):
    """

    client_id: str
    organisatie: None | str
    uur: str
    jongeren: int

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        organisatie: None | str
        organisatie = self.organisatie

        uur = self.uur

        jongeren = self.jongeren

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "organisatie": organisatie,
                "uur": uur,
                "jongeren": jongeren,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        def _parse_organisatie(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisatie = _parse_organisatie(d.pop("organisatie"))

        uur = d.pop("uur")

        jongeren = d.pop("jongeren")

        veel_jongeren = cls(
            client_id=client_id,
            organisatie=organisatie,
            uur=uur,
            jongeren=jongeren,
        )

        return veel_jongeren
