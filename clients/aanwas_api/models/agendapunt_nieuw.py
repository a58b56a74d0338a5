from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AgendapuntNieuw")


@_attrs_define
class AgendapuntNieuw:
    """
    Attributes:
        jongere_id (str):
    """

    jongere_id: str

    def to_dict(self) -> dict[str, Any]:
        jongere_id = self.jongere_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jongereId": jongere_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jongere_id = d.pop("jongereId")

        agendapunt_nieuw = cls(
            jongere_id=jongere_id,
        )

        return agendapunt_nieuw
