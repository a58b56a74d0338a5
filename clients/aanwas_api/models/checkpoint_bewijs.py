from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckpointBewijs")


@_attrs_define
class CheckpointBewijs:
    """A checkpoint kept from an earlier verification (as `aanwas audit checkpoint` prints).

    Attributes:
        soort (Literal['checkpoint']):
        seq (int):
        hash_ (str):
        made_at (str):
        key_id (str):
        signature (str):
    """

    soort: Literal["checkpoint"]
    seq: int
    hash_: str
    made_at: str
    key_id: str
    signature: str

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort

        seq = self.seq

        hash_ = self.hash_

        made_at = self.made_at

        key_id = self.key_id

        signature = self.signature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "seq": seq,
                "hash": hash_,
                "madeAt": made_at,
                "keyId": key_id,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        soort = cast(Literal["checkpoint"], d.pop("soort"))
        if soort != "checkpoint":
            raise ValueError(f"soort must match const 'checkpoint', got '{soort}'")

        seq = d.pop("seq")

        hash_ = d.pop("hash")

        made_at = d.pop("madeAt")

        key_id = d.pop("keyId")

        signature = d.pop("signature")

        checkpoint_bewijs = cls(
            soort=soort,
            seq=seq,
            hash_=hash_,
            made_at=made_at,
            key_id=key_id,
            signature=signature,
        )

        return checkpoint_bewijs
