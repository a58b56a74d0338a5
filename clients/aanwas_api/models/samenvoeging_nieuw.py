from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SamenvoegingNieuw")


@_attrs_define
class SamenvoegingNieuw:
    """Merge another record of the same youth into this one (e.g. one registered without BSN).

    Attributes:
        bron_jongere_id (str): Het op te heffen record
    """

    bron_jongere_id: str

    def to_dict(self) -> dict[str, Any]:
        bron_jongere_id = self.bron_jongere_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bronJongereId": bron_jongere_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bron_jongere_id = d.pop("bronJongereId")

        samenvoeging_nieuw = cls(
            bron_jongere_id=bron_jongere_id,
        )

        return samenvoeging_nieuw
