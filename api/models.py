"""Imports every model so Alembic and the tests see the whole schema."""

from api.jeugdgroepen.models import Groepslid, Jeugdgroep
from api.jongeren.models import Jongere, Samenvoeging
from api.overleggen.models import Agendapunt, Overleg
from api.referentie.models import SignaalCategorie
from api.security.idempotency import IdempotencyRecord
from api.security.models import AuditRecord, OAuthClient
from api.signalen.models import Signaal

__all__ = [
    "Agendapunt",
    "AuditRecord",
    "Groepslid",
    "IdempotencyRecord",
    "Jeugdgroep",
    "Jongere",
    "OAuthClient",
    "Overleg",
    "Samenvoeging",
    "Signaal",
    "SignaalCategorie",
]
