from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.uitkomst_nieuw_soort import UitkomstNieuwSoort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.afspraak_nieuw import AfspraakNieuw


T = TypeVar("T", bound="UitkomstNieuw")


@_attrs_define
class UitkomstNieuw:
    """What the meeting decided about one youth on its agenda; one outcome per agenda item.

    Attributes:
        soort (UitkomstNieuwSoort): `besluit`: een besluit met afspraken (elk overleg); `professioneel_oordeel`: het
            signaaloverleg heeft sterke vermoedens (met `redenen`; de deelnemers van het overleg gaven het oordeel, de
            doelgroeptoets neemt het mee); `aanmelden_pga`: het signaaloverleg meldt de jongere aan voor de persoonsgerichte
            aanpak.
        besluit (str): Het besluit in woorden
        afspraken (list[AfspraakNieuw] | Unset): Afspraken met een eigenaar en een datum; die van een ico worden
            planacties van de open casus van de jongere
        redenen (list[str] | None | Unset): Alleen bij `professioneel_oordeel`, en daar verplicht: waarom de
            professionals sterke vermoedens hebben
    """

    soort: UitkomstNieuwSoort
    besluit: str
    afspraken: list[AfspraakNieuw] | Unset = UNSET
    redenen: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        soort = self.soort.value

        besluit = self.besluit

        afspraken: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.afspraken, Unset):
            afspraken = []
            for afspraken_item_data in self.afspraken:
                afspraken_item = afspraken_item_data.to_dict()
                afspraken.append(afspraken_item)

        redenen: list[str] | None | Unset
        if isinstance(self.redenen, Unset):
            redenen = UNSET
        elif isinstance(self.redenen, list):
            redenen = self.redenen

        else:
            redenen = self.redenen

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "soort": soort,
                "besluit": besluit,
            }
        )
        if afspraken is not UNSET:
            field_dict["afspraken"] = afspraken
        if redenen is not UNSET:
            field_dict["redenen"] = redenen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.afspraak_nieuw import AfspraakNieuw  # noqa: PLC0415

        d = dict(src_dict)
        soort = UitkomstNieuwSoort(d.pop("soort"))

        besluit = d.pop("besluit")

        _afspraken = d.pop("afspraken", UNSET)
        afspraken: list[AfspraakNieuw] | Unset = UNSET
        if _afspraken is not UNSET:
            afspraken = []
            for afspraken_item_data in _afspraken:
                afspraken_item = AfspraakNieuw.from_dict(afspraken_item_data)

                afspraken.append(afspraken_item)

        def _parse_redenen(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redenen_type_0 = cast(list[str], data)

                return redenen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        redenen = _parse_redenen(d.pop("redenen", UNSET))

        uitkomst_nieuw = cls(
            soort=soort,
            besluit=besluit,
            afspraken=afspraken,
            redenen=redenen,
        )

        return uitkomst_nieuw
