from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Samenvoeging")


@_attrs_define
class Samenvoeging:
    """
    Attributes:
        id (str):
        doel_jongere_id (str):
        bron_jongere_id (str):
        verplaatste_signalen (int):
        samengevoegd_op (datetime.datetime):
        teruggedraaid_op (datetime.datetime | None | Unset):
    """

    id: str
    doel_jongere_id: str
    bron_jongere_id: str
    verplaatste_signalen: int
    samengevoegd_op: datetime.datetime
    teruggedraaid_op: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        doel_jongere_id = self.doel_jongere_id

        bron_jongere_id = self.bron_jongere_id

        verplaatste_signalen = self.verplaatste_signalen

        samengevoegd_op = self.samengevoegd_op.isoformat()

        teruggedraaid_op: None | str | Unset
        if isinstance(self.teruggedraaid_op, Unset):
            teruggedraaid_op = UNSET
        elif isinstance(self.teruggedraaid_op, datetime.datetime):
            teruggedraaid_op = self.teruggedraaid_op.isoformat()
        else:
            teruggedraaid_op = self.teruggedraaid_op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "doelJongereId": doel_jongere_id,
                "bronJongereId": bron_jongere_id,
                "verplaatsteSignalen": verplaatste_signalen,
                "samengevoegdOp": samengevoegd_op,
            }
        )
        if teruggedraaid_op is not UNSET:
            field_dict["teruggedraaidOp"] = teruggedraaid_op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        doel_jongere_id = d.pop("doelJongereId")

        bron_jongere_id = d.pop("bronJongereId")

        verplaatste_signalen = d.pop("verplaatsteSignalen")

        samengevoegd_op = datetime.datetime.fromisoformat(d.pop("samengevoegdOp"))

        def _parse_teruggedraaid_op(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                teruggedraaid_op_type_0 = datetime.datetime.fromisoformat(data)

                return teruggedraaid_op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        teruggedraaid_op = _parse_teruggedraaid_op(d.pop("teruggedraaidOp", UNSET))

        samenvoeging = cls(
            id=id,
            doel_jongere_id=doel_jongere_id,
            bron_jongere_id=bron_jongere_id,
            verplaatste_signalen=verplaatste_signalen,
            samengevoegd_op=samengevoegd_op,
            teruggedraaid_op=teruggedraaid_op,
        )

        return samenvoeging
