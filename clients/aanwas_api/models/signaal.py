from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jongere_weergave import JongereWeergave


T = TypeVar("T", bound="Signaal")


@_attrs_define
class Signaal:
    """A signal as this caller may see it. Fields the caller may not see are left out.

    Attributes:
        id (str):
        jongere_id (str):
        bron_organisatie (str):
        geregistreerd_op (datetime.datetime):
        categorie (None | str | Unset):
        omschrijving (None | str | Unset):
        waargenomen_op (datetime.date | None | Unset):
        wijk (None | str | Unset):
        jongere (JongereWeergave | None | Unset):
    """

    id: str
    jongere_id: str
    bron_organisatie: str
    geregistreerd_op: datetime.datetime
    categorie: None | str | Unset = UNSET
    omschrijving: None | str | Unset = UNSET
    waargenomen_op: datetime.date | None | Unset = UNSET
    wijk: None | str | Unset = UNSET
    jongere: JongereWeergave | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.jongere_weergave import JongereWeergave  # noqa: PLC0415

        id = self.id

        jongere_id = self.jongere_id

        bron_organisatie = self.bron_organisatie

        geregistreerd_op = self.geregistreerd_op.isoformat()

        categorie: None | str | Unset
        if isinstance(self.categorie, Unset):
            categorie = UNSET
        else:
            categorie = self.categorie

        omschrijving: None | str | Unset
        if isinstance(self.omschrijving, Unset):
            omschrijving = UNSET
        else:
            omschrijving = self.omschrijving

        waargenomen_op: None | str | Unset
        if isinstance(self.waargenomen_op, Unset):
            waargenomen_op = UNSET
        elif isinstance(self.waargenomen_op, datetime.date):
            waargenomen_op = self.waargenomen_op.isoformat()
        else:
            waargenomen_op = self.waargenomen_op

        wijk: None | str | Unset
        if isinstance(self.wijk, Unset):
            wijk = UNSET
        else:
            wijk = self.wijk

        jongere: dict[str, Any] | None | Unset
        if isinstance(self.jongere, Unset):
            jongere = UNSET
        elif isinstance(self.jongere, JongereWeergave):
            jongere = self.jongere.to_dict()
        else:
            jongere = self.jongere

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "jongereId": jongere_id,
                "bronOrganisatie": bron_organisatie,
                "geregistreerdOp": geregistreerd_op,
            }
        )
        if categorie is not UNSET:
            field_dict["categorie"] = categorie
        if omschrijving is not UNSET:
            field_dict["omschrijving"] = omschrijving
        if waargenomen_op is not UNSET:
            field_dict["waargenomenOp"] = waargenomen_op
        if wijk is not UNSET:
            field_dict["wijk"] = wijk
        if jongere is not UNSET:
            field_dict["jongere"] = jongere

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jongere_weergave import JongereWeergave  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        jongere_id = d.pop("jongereId")

        bron_organisatie = d.pop("bronOrganisatie")

        geregistreerd_op = datetime.datetime.fromisoformat(d.pop("geregistreerdOp"))

        def _parse_categorie(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        categorie = _parse_categorie(d.pop("categorie", UNSET))

        def _parse_omschrijving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        omschrijving = _parse_omschrijving(d.pop("omschrijving", UNSET))

        def _parse_waargenomen_op(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                waargenomen_op_type_0 = datetime.date.fromisoformat(data)

                return waargenomen_op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        waargenomen_op = _parse_waargenomen_op(d.pop("waargenomenOp", UNSET))

        def _parse_wijk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wijk = _parse_wijk(d.pop("wijk", UNSET))

        def _parse_jongere(data: object) -> JongereWeergave | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                jongere_type_0 = JongereWeergave.from_dict(data)

                return jongere_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JongereWeergave | None | Unset, data)

        jongere = _parse_jongere(d.pop("jongere", UNSET))

        signaal = cls(
            id=id,
            jongere_id=jongere_id,
            bron_organisatie=bron_organisatie,
            geregistreerd_op=geregistreerd_op,
            categorie=categorie,
            omschrijving=omschrijving,
            waargenomen_op=waargenomen_op,
            wijk=wijk,
            jongere=jongere,
        )

        return signaal
