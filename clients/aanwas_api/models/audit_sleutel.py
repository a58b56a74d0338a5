from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.verificatiesleutel import Verificatiesleutel


T = TypeVar("T", bound="AuditSleutel")


@_attrs_define
class AuditSleutel:
    """The key that signs new checkpoints, and every key that may have signed one here.

    Attributes:
        key_id (str):
        public_key (str): PEM (SubjectPublicKeyInfo)
        verification_keys (list[Verificatiesleutel]):
    """

    key_id: str
    public_key: str
    verification_keys: list[Verificatiesleutel]

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        public_key = self.public_key

        verification_keys = []
        for verification_keys_item_data in self.verification_keys:
            verification_keys_item = verification_keys_item_data.to_dict()
            verification_keys.append(verification_keys_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keyId": key_id,
                "publicKey": public_key,
                "verificationKeys": verification_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verificatiesleutel import Verificatiesleutel  # noqa: PLC0415

        d = dict(src_dict)
        key_id = d.pop("keyId")

        public_key = d.pop("publicKey")

        verification_keys = []
        _verification_keys = d.pop("verificationKeys")
        for verification_keys_item_data in _verification_keys:
            verification_keys_item = Verificatiesleutel.from_dict(
                verification_keys_item_data
            )

            verification_keys.append(verification_keys_item)

        audit_sleutel = cls(
            key_id=key_id,
            public_key=public_key,
            verification_keys=verification_keys,
        )

        return audit_sleutel
