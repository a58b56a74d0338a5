from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.signalen_bulk_signalen_item import SignalenBulkSignalenItem


T = TypeVar("T", bound="SignalenBulk")


@_attrs_define
class SignalenBulk:
    """Up to 1,000 signals; each is validated, decided and stored on its own.

    Attributes:
        signalen (list[SignalenBulkSignalenItem]): Signalen zoals bij POST /signalen
    """

    signalen: list[SignalenBulkSignalenItem]

    def to_dict(self) -> dict[str, Any]:
        signalen = []
        for signalen_item_data in self.signalen:
            signalen_item = signalen_item_data.to_dict()
            signalen.append(signalen_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "signalen": signalen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signalen_bulk_signalen_item import SignalenBulkSignalenItem  # noqa: PLC0415

        d = dict(src_dict)
        signalen = []
        _signalen = d.pop("signalen")
        for signalen_item_data in _signalen:
            signalen_item = SignalenBulkSignalenItem.from_dict(signalen_item_data)

            signalen.append(signalen_item)

        signalen_bulk = cls(
            signalen=signalen,
        )

        return signalen_bulk
