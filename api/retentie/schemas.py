"""An erasure request (AVG art. 17) and what was done, as the OpenAPI document describes them."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from api.inzage.schemas import KENMERK_PATTERN
from api.schemas import ApiModel

KENMERK_DESCRIPTION = (
    "Het kenmerk van het schriftelijke verzoek tot wissing dat dit uitvoert (geen "
    "persoonsgegeven; staat in de audit-record van de vernietiging)"
)


class VernietigingVraag(ApiModel):
    """The documented request of the data subject this erasure carries out."""

    kenmerk: str = Field(
        pattern=KENMERK_PATTERN, description=KENMERK_DESCRIPTION, examples=["AVG-2026-0043"]
    )


class Vernietiging(ApiModel):
    """What was done: the youth's data key is destroyed, their fields can no longer be opened,
    their BSN no longer finds them; the tombstone and the audit log remain."""

    jongere_id: str
    kenmerk: str
    grond: str = Field(description="verzoek_betrokkene")
    vernietigd_op: date = Field(description="De dag (Europe/Amsterdam) van de vernietiging")
    toelichting: list[str]
