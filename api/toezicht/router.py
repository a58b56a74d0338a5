"""/v1/audit: the privacy officer's routes (organisation privacy, role privacy_officer, purpose
toezicht; a youth's records also for inzage). Nobody else reads the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import AwareDatetime, BeforeValidator, Field

from api.openapi_docs import problems
from api.pagination import UUID_PATTERN, uuid_path
from api.problems import Problem
from api.schemas import ApiModel
from api.security import audit
from api.security.audit import Access
from api.security.gate_routes import GateAccess, GatedRoute
from api.toezicht import schemas, service
from api.validation import iso_datetime_only

router = APIRouter(prefix="/audit", tags=["audit"], route_class=GatedRoute)

# The cursor is a record id, a 32-bit integer column on PostgreSQL: a larger one was a 500.
Na = Annotated[int, Query(ge=0, le=2**31 - 1, description="Cursor: records na dit record-id")]
Limiet = Annotated[int, Query(ge=1, le=service.MAX_PAGE, description="Hoeveel records")]
Moment = Annotated[
    AwareDatetime | None,
    BeforeValidator(iso_datetime_only),
    Query(description="ISO 8601, met tijdzone"),
]


class AuditPagina(ApiModel):
    items: list[schemas.AuditRecordWeergave]
    volgende: int | None = Field(
        default=None, description="Cursor voor de volgende pagina (`na`), of leeg aan het eind"
    )


class Verificatie(ApiModel):
    intact: bool
    records: int
    eerste_seq: int | None = None
    laatste_seq: int | None = None
    laatste_hash: str | None = None
    checkpoints: int
    nog_te_verzegelen: int = Field(description="Records van zojuist, nog niet in de keten")
    eerste_breuk: dict[str, Any] | None = None
    problemen: list[dict[str, Any]]


class CheckpointBewijs(ApiModel):
    """A checkpoint kept from an earlier verification (as `aanwas audit checkpoint` prints)."""

    soort: Literal["checkpoint"]
    seq: int = Field(ge=1)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    made_at: str = Field(max_length=40)
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    signature: str = Field(max_length=200)


@router.get(
    "",
    operation_id="listAudit",
    summary="Audit-records, te filteren, met een cursor (alleen de privacy officer)",
    response_model=AuditPagina,
    responses=problems(400, 401, 403, 503),
)
def lijst(
    gate: GateAccess,
    na: Na = 0,
    limiet: Limiet = 100,
    jongere_id: Annotated[str | None, Query(alias="jongereId", pattern=UUID_PATTERN)] = None,
    organisatie: Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$")] = None,
    client_id: Annotated[str | None, Query(alias="clientId", max_length=64)] = None,
    rol: Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$")] = None,
    actie: Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$")] = None,
    doel: Annotated[str | None, Query(pattern=r"^[a-z_]{1,40}$")] = None,
    beslissing: Annotated[Literal["allow", "deny", "error", "derived"] | None, Query()] = None,
    verzoek_id: Annotated[
        str | None,
        Query(
            alias="verzoekId",
            pattern=r"^[0-9a-fA-F-]{36}$",
            description="Het X-Request-ID waarmee de API het verzoek beantwoordde",
        ),
    ] = None,
    vanaf: Moment = None,
    tot: Moment = None,
) -> AuditPagina:
    wanted = service.AuditFilter(
        jongere_pseudoniem=gate.pseudonym(jongere_id) if jongere_id else None,
        org=organisatie,
        client_id=client_id,
        rol=rol,
        actie=actie,
        doel=doel,
        beslissing=beslissing,
        verzoek_id=verzoek_id.lower() if verzoek_id else None,  # as the log stores it
        vanaf=vanaf,
        tot=tot,
    )
    items, following = service.list_records(gate, wanted, na, limiet, jongere_id)
    return AuditPagina(items=items, volgende=following)


@router.get(
    "/jongeren/{jongereId}",
    operation_id="listAuditVanJongere",
    summary="Wie heeft de gegevens van deze jongere verwerkt (basis voor een inzageverzoek)",
    response_model=AuditPagina,
    responses=problems(400, 401, 403, 503),
)
def van_jongere(
    jongere_id: Annotated[str, uuid_path("jongereId")],
    gate: GateAccess,
    na: Na = 0,
    limiet: Limiet = 100,
) -> AuditPagina:
    items, following = service.youth_records(gate, jongere_id, na, limiet)
    return AuditPagina(items=items, volgende=following)


@router.get(
    "/verificatie",
    operation_id="verifyAudit",
    summary="De hele hash-keten en alle ondertekende checkpoints controleren",
    response_model=Verificatie,
    responses=problems(401, 403, 503),
)
def verificatie(gate: GateAccess) -> Verificatie:
    return Verificatie.model_validate(service.verify(gate, None))


@router.post(
    "/verificatie",
    operation_id="verifyAuditSindsCheckpoint",
    summary="Controleren, en bewijzen dat sinds een eerder checkpoint alleen is toegevoegd",
    response_model=Verificatie,
    responses=problems(400, 401, 403, 503),
)
def verificatie_sinds(body: CheckpointBewijs, gate: GateAccess) -> Verificatie:
    trusted = audit.chain.Checkpoint(
        body.soort, body.seq, body.hash, body.made_at, body.key_id, body.signature
    )
    return Verificatie.model_validate(service.verify(gate, trusted))


@router.get(
    "/export",
    operation_id="exportAudit",
    summary="De audit-log van een periode als NDJSON (met checkpoints, offline te verifieren) "
    "of CSV, gestreamd",
    responses={
        200: {
            "content": {"application/x-ndjson": {}, "text/csv": {}},
            "description": "De records",
        },
        **problems(400, 401, 403, 503),
    },
)
def export(
    gate: GateAccess,
    formaat: Annotated[Literal["ndjson", "csv"], Query()] = "ndjson",
    vanaf: Moment = None,
    tot: Moment = None,
) -> StreamingResponse:
    # The period exported is part of the record, in UTC: two times with microseconds fit the
    # column (an offset would not).
    try:
        period: str | None = "/".join(audit.chain.timestamp(m) if m else "" for m in (vanaf, tot))
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00: before the year 1 in UTC
        period = None
    exported = Access("export", "auditlog", period)
    # Decided first, so that whoever asks is on record, also when the period is refused.
    gate.authorize_supervision(exported)
    if period is None:
        raise Problem(
            400,
            "Ongeldige invoer",
            "vanaf/tot: buiten het bereik van de log.",
            type_="ongeldige-invoer",
            extra={
                "invalidParams": [
                    {"name": "vanaf" if _beyond(vanaf) else "tot", "reason": "buiten bereik"}
                ]
            },
        )
    # The export is on record (committed with the gate) before a single line is streamed; the
    # stream reads in a session of its own.
    sessions = gate.sessions_factory()

    def lines() -> Iterator[str]:
        chunks = 0
        try:
            with sessions() as session:
                produce = service.export_ndjson if formaat == "ndjson" else service.export_csv
                for chunk in produce(session, vanaf, tot):
                    yield chunk
                    chunks += 1
        except Exception as exc:
            # Not for a receiver that goes away: the stream is then dropped, not failed, and
            # its record (the export allowed, 200) is what stands.
            gate.record_afterwards(
                exported, "error", f"export afgebroken na {chunks} delen: {type(exc).__name__}", 500
            )
            raise

    media = "application/x-ndjson" if formaat == "ndjson" else "text/csv"
    name = f"audit-export.{'ndjson' if formaat == 'ndjson' else 'csv'}"
    return StreamingResponse(
        lines(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _beyond(moment: datetime | None) -> bool:
    """Whether a time has no UTC spelling within the years 1 to 9999."""
    if moment is None:
        return False
    try:
        audit.chain.timestamp(moment)
    except OverflowError:
        return True
    return False


@router.get(
    "/bijzonderheden",
    operation_id="getAuditBijzonderheden",
    summary="Opvallende toegang: veel jongeren per uur, buiten kantoortijd, reeksen weigeringen, "
    "lezen onder een verlopen convenant",
    response_model=schemas.AuditBijzonderheden,
    responses=problems(400, 401, 403, 503),
)
def bijzonderheden(
    gate: GateAccess,
    vanaf: Moment = None,
    tot: Moment = None,
    jongeren_per_uur: Annotated[int, Query(alias="jongerenPerUur", ge=1, le=10_000)] = 20,
    weigeringen_per_10_minuten: Annotated[
        int, Query(alias="weigeringenPer10Minuten", ge=1, le=10_000)
    ] = 5,
) -> dict[str, Any]:
    limits = service.Thresholds(
        youths_per_hour=jongeren_per_uur, denials_per_10_minutes=weigeringen_per_10_minuten
    )
    return service.report(gate, vanaf, tot, limits)


@router.get(
    "/sleutel",
    operation_id="getAuditSleutel",
    summary="De publieke sleutels waarmee de checkpoints zijn ondertekend (PEM)",
    description=(
        "`publicKey` ondertekent nieuwe checkpoints. `verificationKeys` bevat elke sleutel "
        "waarmee checkpoints in dit logboek ondertekend kunnen zijn: de huidige eerst, daarna "
        "de eerdere die bij het vervangen van de sleutel zijn bewaard. Een export die over een "
        "vervanging heen loopt, verifieert offline met alle sleutels samen (`aanwas audit "
        "verify --bestand ... --sleutel`, herhaalbaar, of een bestand met meerdere PEM-blokken)."
    ),
    response_model=schemas.AuditSleutel,
    responses=problems(401, 403, 503),
)
def sleutel(gate: GateAccess) -> dict[str, Any]:
    gate.authorize_supervision(Access("read", "auditlog"))
    key = gate.audit_key()
    return {
        "keyId": key.key_id,
        "publicKey": key.public_pem(),
        "verificationKeys": [
            {"keyId": key_id, "publicKey": audit.keys.public_pem(public)}
            for key_id, public in gate.audit_verification_keys().items()
        ],
    }
