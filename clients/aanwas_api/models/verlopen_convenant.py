from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="VerlopenConvenant")


@_attrs_define
class VerlopenConvenant:
    """
    Attributes:
        client_id (str):
        organisatie (None | str):
        convenant (str):
        geldig_tot (str):
        records (int):
        ids (list[int]): De eerste 50 record-id's
    """

    client_id: str
    organisatie: None | str
    convenant: str
    geldig_tot: str
    records: int
    ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        organisatie: None | str
        organisatie = self.organisatie

        convenant = self.convenant

        geldig_tot = self.geldig_tot

        records = self.records

        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
                "organisatie": organisatie,
                "convenant": convenant,
                "geldigTot": geldig_tot,
                "records": records,
                "ids": ids,
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

        convenant = d.pop("convenant")

        geldig_tot = d.pop("geldigTot")

        records = d.pop("records")

        ids = cast(list[int], d.pop("ids"))

        verlopen_convenant = cls(
            client_id=client_id,
            organisatie=organisatie,
            convenant=convenant,
            geldig_tot=geldig_tot,
            records=records,
            ids=ids,
        )

        return verlopen_convenant
