"""The status flow of a PGA case, in one table: every allowed transition and nothing else.

aangemeld -> actief -> opgeschaald_zvh -> afgesloten; a case returns from the ZVH to actief,
and a case may be closed from any open status (the youth moves away, turns 22, or is done).
"""

from __future__ import annotations

AANGEMELD = "aangemeld"
ACTIEF = "actief"
OPGESCHAALD_ZVH = "opgeschaald_zvh"
AFGESLOTEN = "afgesloten"

OVERGANGEN: dict[str, tuple[str, ...]] = {
    AANGEMELD: (ACTIEF, AFGESLOTEN),
    ACTIEF: (OPGESCHAALD_ZVH, AFGESLOTEN),
    OPGESCHAALD_ZVH: (ACTIEF, AFGESLOTEN),
    AFGESLOTEN: (),
}

STATUSSEN = tuple(OVERGANGEN)
OPEN_STATUSSEN = tuple(status for status in STATUSSEN if status != AFGESLOTEN)


def allowed(van: str, naar: str) -> bool:
    return naar in OVERGANGEN[van]
