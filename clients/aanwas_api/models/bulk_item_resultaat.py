from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_item_resultaat_probleem_type_0 import (
        BulkItemResultaatProbleemType0,
    )


T = TypeVar("T", bound="BulkItemResultaat")


@_attrs_define
class BulkItemResultaat:
    """
    Attributes:
        index (int): Positie van het signaal in het verzoek, vanaf 0
        status (int): 201, of de status van het probleem met dit signaal
        id (None | str | Unset):
        jongere_id (None | str | Unset):
        probleem (BulkItemResultaatProbleemType0 | None | Unset): RFC 9457 problem details voor dit signaal
    """

    index: int
    status: int
    id: None | str | Unset = UNSET
    jongere_id: None | str | Unset = UNSET
    probleem: BulkItemResultaatProbleemType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_item_resultaat_probleem_type_0 import (
            BulkItemResultaatProbleemType0,  # noqa: PLC0415
        )

        index = self.index

        status = self.status

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        jongere_id: None | str | Unset
        if isinstance(self.jongere_id, Unset):
            jongere_id = UNSET
        else:
            jongere_id = self.jongere_id

        probleem: dict[str, Any] | None | Unset
        if isinstance(self.probleem, Unset):
            probleem = UNSET
        elif isinstance(self.probleem, BulkItemResultaatProbleemType0):
            probleem = self.probleem.to_dict()
        else:
            probleem = self.probleem

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index": index,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if jongere_id is not UNSET:
            field_dict["jongereId"] = jongere_id
        if probleem is not UNSET:
            field_dict["probleem"] = probleem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_item_resultaat_probleem_type_0 import (
            BulkItemResultaatProbleemType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        index = d.pop("index")

        status = d.pop("status")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_jongere_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jongere_id = _parse_jongere_id(d.pop("jongereId", UNSET))

        def _parse_probleem(
            data: object,
        ) -> BulkItemResultaatProbleemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                probleem_type_0 = BulkItemResultaatProbleemType0.from_dict(data)

                return probleem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkItemResultaatProbleemType0 | None | Unset, data)

        probleem = _parse_probleem(d.pop("probleem", UNSET))

        bulk_item_resultaat = cls(
            index=index,
            status=status,
            id=id,
            jongere_id=jongere_id,
            probleem=probleem,
        )

        return bulk_item_resultaat
