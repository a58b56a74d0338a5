from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jongere_identiteit import JongereIdentiteit


T = TypeVar("T", bound="SignaalNieuw")


@_attrs_define
class SignaalNieuw:
    """
    Attributes:
        jongere (JongereIdentiteit):
        categorie (str): Code van de signalenkaart, zie GET /v1/signaalcategorieen.
        waargenomen_op (datetime.date):
        omschrijving (None | str | Unset):
        wijk (None | str | Unset):
    """

    jongere: JongereIdentiteit
    categorie: str
    waargenomen_op: datetime.date
    omschrijving: None | str | Unset = UNSET
    wijk: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jongere = self.jongere.to_dict()

        categorie = self.categorie

        waargenomen_op = self.waargenomen_op.isoformat()

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        wijk: None | str | Unset
        if isinstance(self.wijk, Unset):
            wijk = UNSET
        else:
            wijk = self.wijk

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jongere": jongere,
                "categorie": categorie,
                "waargenomenOp": waargenomen_op,
            }
        )
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if wijk is not UNSET:
            field_dict["wijk"] = wijk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jongere_identiteit import JongereIdentiteit  # noqa: PLC0415

        d = dict(src_dict)
        jongere = JongereIdentiteit.from_dict(d.pop("jongere"))

        categorie = d.pop("categorie")

        waargenomen_op = datetime.date.fromisoformat(d.pop("waargenomenOp"))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        def _parse_wijk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wijk = _parse_wijk(d.pop("wijk", UNSET))

        signaal_nieuw = cls(
            jongere=jongere,
            categorie=categorie,
            waargenomen_op=waargenomen_op,
            omschrijving=omschrijving,
            wijk=wijk,
        )

        return signaal_nieuw
