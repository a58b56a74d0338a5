from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.buiten_kantoortijd import BuitenKantoortijd
    from ..models.reeks_weigeringen import ReeksWeigeringen
    from ..models.veel_jongeren import VeelJongeren
    from ..models.verlopen_convenant import VerlopenConvenant


T = TypeVar("T", bound="AuditBijzonderheden")


@_attrs_define
class AuditBijzonderheden:
    """Opvallende toegang in een periode (vanaf, tot: ISO 8601).

    Attributes:
        vanaf (str):
        tot (str):
        veel_jongeren (list[VeelJongeren]):
        buiten_kantoortijd (list[BuitenKantoortijd]):
        reeks_weigeringen (list[ReeksWeigeringen]):
        verlopen_convenant (list[VerlopenConvenant]):
    """

    vanaf: str
    tot: str
    veel_jongeren: list[VeelJongeren]
    buiten_kantoortijd: list[BuitenKantoortijd]
    reeks_weigeringen: list[ReeksWeigeringen]
    verlopen_convenant: list[VerlopenConvenant]

    def to_dict(self) -> dict[str, Any]:
        vanaf = self.vanaf

        tot = self.tot

        veel_jongeren = []
        for veel_jongeren_item_data in self.veel_jongeren:
            veel_jongeren_item = veel_jongeren_item_data.to_dict()
            veel_jongeren.append(veel_jongeren_item)

        buiten_kantoortijd = []
        for buiten_kantoortijd_item_data in self.buiten_kantoortijd:
            buiten_kantoortijd_item = buiten_kantoortijd_item_data.to_dict()
            buiten_kantoortijd.append(buiten_kantoortijd_item)

        reeks_weigeringen = []
        for reeks_weigeringen_item_data in self.reeks_weigeringen:
            reeks_weigeringen_item = reeks_weigeringen_item_data.to_dict()
            reeks_weigeringen.append(reeks_weigeringen_item)

        verlopen_convenant = []
        for verlopen_convenant_item_data in self.verlopen_convenant:
            verlopen_convenant_item = verlopen_convenant_item_data.to_dict()
            verlopen_convenant.append(verlopen_convenant_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vanaf": vanaf,
                "tot": tot,
                "veelJongeren": veel_jongeren,
                "buitenKantoortijd": buiten_kantoortijd,
                "reeksWeigeringen": reeks_weigeringen,
                "verlopenConvenant": verlopen_convenant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.buiten_kantoortijd import BuitenKantoortijd  # noqa: PLC0415
        from ..models.reeks_weigeringen import ReeksWeigeringen  # noqa: PLC0415
        from ..models.veel_jongeren import VeelJongeren  # noqa: PLC0415
        from ..models.verlopen_convenant import VerlopenConvenant  # noqa: PLC0415

        d = dict(src_dict)
        vanaf = d.pop("vanaf")

        tot = d.pop("tot")

        veel_jongeren = []
        _veel_jongeren = d.pop("veelJongeren")
        for veel_jongeren_item_data in _veel_jongeren:
            veel_jongeren_item = VeelJongeren.from_dict(veel_jongeren_item_data)

            veel_jongeren.append(veel_jongeren_item)

        buiten_kantoortijd = []
        _buiten_kantoortijd = d.pop("buitenKantoortijd")
        for buiten_kantoortijd_item_data in _buiten_kantoortijd:
            buiten_kantoortijd_item = BuitenKantoortijd.from_dict(
                buiten_kantoortijd_item_data
            )

            buiten_kantoortijd.append(buiten_kantoortijd_item)

        reeks_weigeringen = []
        _reeks_weigeringen = d.pop("reeksWeigeringen")
        for reeks_weigeringen_item_data in _reeks_weigeringen:
            reeks_weigeringen_item = ReeksWeigeringen.from_dict(
                reeks_weigeringen_item_data
            )

            reeks_weigeringen.append(reeks_weigeringen_item)

        verlopen_convenant = []
        _verlopen_convenant = d.pop("verlopenConvenant")
        for verlopen_convenant_item_data in _verlopen_convenant:
            verlopen_convenant_item = VerlopenConvenant.from_dict(
                verlopen_convenant_item_data
            )

            verlopen_convenant.append(verlopen_convenant_item)

        audit_bijzonderheden = cls(
            vanaf=vanaf,
            tot=tot,
            veel_jongeren=veel_jongeren,
            buiten_kantoortijd=buiten_kantoortijd,
            reeks_weigeringen=reeks_weigeringen,
            verlopen_convenant=verlopen_convenant,
        )

        return audit_bijzonderheden
