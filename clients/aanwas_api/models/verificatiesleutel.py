from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Verificatiesleutel")


@_attrs_define
class Verificatiesleutel:
    """
    Attributes:
        key_id (str):
        public_key (str): PEM (SubjectPublicKeyInfo)
    """

    key_id: str
    public_key: str

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        public_key = self.public_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keyId": key_id,
                "publicKey": public_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("keyId")

        public_key = d.pop("publicKey")

        verificatiesleutel = cls(
            key_id=key_id,
            public_key=public_key,
        )

        return verificatiesleutel
