from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verificatie_eerste_breuk_type_0 import VerificatieEersteBreukType0
    from ..models.verificatie_problemen_item import VerificatieProblemenItem


T = TypeVar("T", bound="Verificatie")


@_attrs_define
class Verificatie:
    """
    Attributes:
        intact (bool):
        records (int):
        checkpoints (int):
        nog_te_verzegelen (int): Records van zojuist, nog niet in de keten
        problemen (list[VerificatieProblemenItem]):
        eerste_seq (int | None | Unset):
        laatste_seq (int | None | Unset):
        laatste_hash (None | str | Unset):
        eerste_breuk (None | Unset | VerificatieEersteBreukType0):
    """

    intact: bool
    records: int
    checkpoints: int
    nog_te_verzegelen: int
    problemen: list[VerificatieProblemenItem]
    eerste_seq: int | None | Unset = UNSET
    laatste_seq: int | None | Unset = UNSET
    laatste_hash: None | str | Unset = UNSET
    eerste_breuk: None | Unset | VerificatieEersteBreukType0 = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.verificatie_eerste_breuk_type_0 import VerificatieEersteBreukType0  # noqa: PLC0415

        intact = self.intact

        records = self.records

        checkpoints = self.checkpoints

        nog_te_verzegelen = self.nog_te_verzegelen

        problemen = []
        for problemen_item_data in self.problemen:
            problemen_item = problemen_item_data.to_dict()
            problemen.append(problemen_item)

        eerste_seq: int | None | Unset
        if isinstance(self.eerste_seq, Unset):
            eerste_seq = UNSET
        else:
            eerste_seq = self.eerste_seq

        laatste_seq: int | None | Unset
        if isinstance(self.laatste_seq, Unset):
            laatste_seq = UNSET
        else:
            laatste_seq = self.laatste_seq

        laatste_hash: None | str | Unset
        if isinstance(self.laatste_hash, Unset):
            laatste_hash = UNSET
        else:
            laatste_hash = self.laatste_hash

        eerste_breuk: dict[str, Any] | None | Unset
        if isinstance(self.eerste_breuk, Unset):
            eerste_breuk = UNSET
        elif isinstance(self.eerste_breuk, VerificatieEersteBreukType0):
            eerste_breuk = self.eerste_breuk.to_dict()
        else:
            eerste_breuk = self.eerste_breuk

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intact": intact,
                "records": records,
                "checkpoints": checkpoints,
                "nogTeVerzegelen": nog_te_verzegelen,
                "problemen": problemen,
            }
        )
        if eerste_seq is not UNSET:
            field_dict["eersteSeq"] = eerste_seq
        if laatste_seq is not UNSET:
            field_dict["laatsteSeq"] = laatste_seq
        if laatste_hash is not UNSET:
            field_dict["laatsteHash"] = laatste_hash
        if eerste_breuk is not UNSET:
            field_dict["eersteBreuk"] = eerste_breuk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verificatie_eerste_breuk_type_0 import VerificatieEersteBreukType0  # noqa: PLC0415
        from ..models.verificatie_problemen_item import VerificatieProblemenItem  # noqa: PLC0415

        d = dict(src_dict)
        intact = d.pop("intact")

        records = d.pop("records")

        checkpoints = d.pop("checkpoints")

        nog_te_verzegelen = d.pop("nogTeVerzegelen")

        problemen = []
        _problemen = d.pop("problemen")
        for problemen_item_data in _problemen:
            problemen_item = VerificatieProblemenItem.from_dict(problemen_item_data)

            problemen.append(problemen_item)

        def _parse_eerste_seq(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        eerste_seq = _parse_eerste_seq(d.pop("eersteSeq", UNSET))

        def _parse_laatste_seq(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        laatste_seq = _parse_laatste_seq(d.pop("laatsteSeq", UNSET))

        def _parse_laatste_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        laatste_hash = _parse_laatste_hash(d.pop("laatsteHash", UNSET))

        def _parse_eerste_breuk(
            data: object,
        ) -> None | Unset | VerificatieEersteBreukType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eerste_breuk_type_0 = VerificatieEersteBreukType0.from_dict(data)

                return eerste_breuk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificatieEersteBreukType0, data)

        eerste_breuk = _parse_eerste_breuk(d.pop("eersteBreuk", UNSET))

        verificatie = cls(
            intact=intact,
            records=records,
            checkpoints=checkpoints,
            nog_te_verzegelen=nog_te_verzegelen,
            problemen=problemen,
            eerste_seq=eerste_seq,
            laatste_seq=laatste_seq,
            laatste_hash=laatste_hash,
            eerste_breuk=eerste_breuk,
        )

        return verificatie
