from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_signaal import AgendaSignaal
    from ..models.uitkomst import Uitkomst


T = TypeVar("T", bound="Agendapunt")


@_attrs_define
class Agendapunt:
    """A youth on the agenda as this participant may see them: fields it may not see are absent.

    Attributes:
        volgorde (int):
        jongere_id (str):
        voornamen (None | str | Unset):
        achternaam (None | str | Unset):
        signalen (list[AgendaSignaal] | None | Unset):
        uitkomst (None | Uitkomst | Unset): Wat het overleg over deze jongere besloot, als deze deelnemer dat mag zien
    """

    volgorde: int
    jongere_id: str
    voornamen: None | str | Unset = UNSET
    achternaam: None | str | Unset = UNSET
    signalen: list[AgendaSignaal] | None | Unset = UNSET
    uitkomst: None | Uitkomst | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.uitkomst import Uitkomst  # noqa: PLC0415

        volgorde = self.volgorde

        jongere_id = self.jongere_id

        voornamen: None | str | Unset
        if isinstance(self.voornamen, Unset):
            voornamen = UNSET
        else:
            voornamen = self.voornamen

        achternaam: None | str | Unset
        if isinstance(self.achternaam, Unset):
            achternaam = UNSET
        else:
            achternaam = self.achternaam

        signalen: list[dict[str, Any]] | None | Unset
        if isinstance(self.signalen, Unset):
            signalen = UNSET
        elif isinstance(self.signalen, list):
            signalen = []
            for signalen_type_0_item_data in self.signalen:
                signalen_type_0_item = signalen_type_0_item_data.to_dict()
                signalen.append(signalen_type_0_item)

        else:
            signalen = self.signalen

        uitkomst: dict[str, Any] | None | Unset
        if isinstance(self.uitkomst, Unset):
            uitkomst = UNSET
        elif isinstance(self.uitkomst, Uitkomst):
            uitkomst = self.uitkomst.to_dict()
        else:
            uitkomst = self.uitkomst

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "volgorde": volgorde,
                "jongereId": jongere_id,
            }
        )
        if voornamen is not UNSET:
            field_dict["voornamen"] = voornamen
        if achternaam is not UNSET:
            field_dict["achternaam"] = achternaam
        if signalen is not UNSET:
            field_dict["signalen"] = signalen
        if uitkomst is not UNSET:
            field_dict["uitkomst"] = uitkomst

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_signaal import AgendaSignaal  # noqa: PLC0415
        from ..models.uitkomst import Uitkomst  # noqa: PLC0415

        d = dict(src_dict)
        volgorde = d.pop("volgorde")

        jongere_id = d.pop("jongereId")

        def _parse_voornamen(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voornamen = _parse_voornamen(d.pop("voornamen", UNSET))

        def _parse_achternaam(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        achternaam = _parse_achternaam(d.pop("achternaam", UNSET))

        def _parse_signalen(data: object) -> list[AgendaSignaal] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signalen_type_0 = []
                _signalen_type_0 = data
                for signalen_type_0_item_data in _signalen_type_0:
                    signalen_type_0_item = AgendaSignaal.from_dict(
                        signalen_type_0_item_data
                    )

                    signalen_type_0.append(signalen_type_0_item)

                return signalen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgendaSignaal] | None | Unset, data)

        signalen = _parse_signalen(d.pop("signalen", UNSET))

        def _parse_uitkomst(data: object) -> None | Uitkomst | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uitkomst_type_0 = Uitkomst.from_dict(data)

                return uitkomst_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Uitkomst | Unset, data)

        uitkomst = _parse_uitkomst(d.pop("uitkomst", UNSET))

        agendapunt = cls(
            volgorde=volgorde,
            jongere_id=jongere_id,
            voornamen=voornamen,
            achternaam=achternaam,
            signalen=signalen,
            uitkomst=uitkomst,
        )

        return agendapunt
