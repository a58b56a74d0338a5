"""Facts about a youth that the covenant policy needs."""

from __future__ import annotations

from sqlalchemy.orm import Session


def case_facts(session: Session, jongere_id: str | None) -> dict[str, bool]:
    """The state of the youth's PGA case that switches covenants on (pga, zvh, riec).

    PGA cases, escalations to the ZVH and RIEC-meldingen do not exist yet (a later issue adds
    them), so no youth has any: the pga, zvh and riec covenants permit nothing through this API
    until then, except a party's own data.
    """
    _ = (session, jongere_id)
    return {"pga_actief": False, "opgeschaald_zvh": False, "riec_melding": False}
