"""Imports every model so Alembic and the tests see the whole schema."""

from api.beoordeling.models import Antecedent, Doelgroeptoets, Factor, ProfessioneelOordeel
from api.casussen.models import Casus, Opschaling, Perspectiefplan, Planactie, Statuswijziging
from api.correctie.models import Correctieverzoek
from api.jeugdgroepen.models import Groepslid, Groepsstap, Jeugdgroep
from api.jongeren.models import Jongere, Samenvoeging
from api.maatregelen.models import Maatregel
from api.outbox import OutboxJob
from api.overleggen.models import Agendapunt, Overleg, OverlegUitkomst
from api.referentie.models import SignaalCategorie, SignaalCategorieVersie
from api.security.data_keys import DataKey
from api.security.idempotency import IdempotencyRecord
from api.security.models import AuditRecord, OAuthClient
from api.signalen.models import Signaal

__all__ = [
    "Agendapunt",
    "Antecedent",
    "AuditRecord",
    "Casus",
    "Correctieverzoek",
    "DataKey",
    "Doelgroeptoets",
    "Factor",
    "Groepslid",
    "Groepsstap",
    "IdempotencyRecord",
    "Jeugdgroep",
    "Jongere",
    "Maatregel",
    "OAuthClient",
    "Opschaling",
    "OutboxJob",
    "Overleg",
    "OverlegUitkomst",
    "Perspectiefplan",
    "Planactie",
    "ProfessioneelOordeel",
    "Samenvoeging",
    "Signaal",
    "SignaalCategorie",
    "SignaalCategorieVersie",
    "Statuswijziging",
]
