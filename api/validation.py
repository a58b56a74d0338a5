"""Input checks shared by the domain schemas."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

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


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$"
)


def iso_date_only(value: Any) -> Any:
    """Pydantic would read a number (0, 1764633600) as a date, and a date decides who is in the
    target group: a date is an ISO string (YYYY-MM-DD) or nothing. Code passes date objects."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("geen datum; verwacht een ISO 8601-datum (JJJJ-MM-DD)")
    return value


def iso_datetime_only(value: Any) -> Any:
    """As iso_date_only, for moments: an ISO 8601 date-time string (or a date alone)."""
    if value is None or isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not (
        _ISO_DATETIME.fullmatch(value) or _ISO_DATE.fullmatch(value)
    ):
        raise ValueError("geen tijdstip; verwacht ISO 8601 (JJJJ-MM-DDTuu:mm:ssZ)")
    return value


Bsn = Annotated[str, AfterValidator(check_bsn)]
IsoDate = Annotated[date, BeforeValidator(iso_date_only)]
IsoDateTime = Annotated[datetime, BeforeValidator(iso_datetime_only)]
PastDate = Annotated[IsoDate, AfterValidator(check_not_future)]
