from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JongereZoekvraag")


@_attrs_define
class JongereZoekvraag:
    """Finding a youth by BSN. The BSN travels in the body, never in a URL.

    Attributes:
        bsn (str):
    """

    bsn: str

    def to_dict(self) -> dict[str, Any]:
        bsn = self.bsn

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bsn": bsn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bsn = d.pop("bsn")

        jongere_zoekvraag = cls(
            bsn=bsn,
        )

        return jongere_zoekvraag
