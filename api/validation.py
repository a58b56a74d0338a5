"""Input checks shared by the domain schemas."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator

from api.runtime import current_runtime


def elfproef(bsn: str) -> bool:
    """The BSN eleven-test: 9 digits, weights 9..2 and -1, sum divisible by 11."""
    if len(bsn) != 9 or not bsn.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(bsn[:8], range(9, 1, -1), strict=True))
    total -= int(bsn[8])
    return total % 11 == 0 and bsn != "000000000"


def check_bsn(value: str) -> str:
    value = value.strip()
    if not elfproef(value):
        raise ValueError("geen geldig BSN (9 cijfers, elfproef)")
    return value


def check_not_future(value: date) -> date:
    if value > date.today():
        raise ValueError("datum ligt in de toekomst")
    return value


def check_signal_category(code: str) -> str:
    if code not in current_runtime.get().reference.signal_categories():
        raise ValueError("onbekende signaalcategorie; zie GET /v1/signaalcategorieen")
    return code


Bsn = Annotated[str, AfterValidator(check_bsn)]
PastDate = Annotated[date, AfterValidator(check_not_future)]
