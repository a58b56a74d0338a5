"""What the privacy officer's reports look like, so the OpenAPI document can say it."""

from __future__ import annotations

from pydantic import Field

from api.schemas import ApiModel


class Verificatiesleutel(ApiModel):
    key_id: str
    public_key: str = Field(description="PEM (SubjectPublicKeyInfo)")


class AuditSleutel(ApiModel):
    """The key that signs new checkpoints, and every key that may have signed one here."""

    key_id: str
    public_key: str = Field(description="PEM (SubjectPublicKeyInfo)")
    verification_keys: list[Verificatiesleutel]


class VeelJongeren(ApiModel):
    client_id: str
    organisatie: str | None
    uur: str = Field(description="Het uur (ISO 8601), UTC")
    jongeren: int


class BuitenKantoortijd(ApiModel):
    client_id: str
    organisatie: str | None
    records: int
    ids: list[int] = Field(description="De eerste 50 record-id's")


class ReeksWeigeringen(ApiModel):
    client_id: str | None = Field(description="Leeg als een geweigerd token niemand noemde")
    organisatie: str | None
    vanaf: str
    tot: str
    weigeringen: int


class VerlopenConvenant(ApiModel):
    client_id: str
    organisatie: str | None
    convenant: str
    geldig_tot: str
    records: int
    ids: list[int] = Field(description="De eerste 50 record-id's")


class AuditBijzonderheden(ApiModel):
    """Opvallende toegang in een periode (vanaf, tot: ISO 8601)."""

    vanaf: str
    tot: str
    veel_jongeren: list[VeelJongeren]
    buiten_kantoortijd: list[BuitenKantoortijd]
    reeks_weigeringen: list[ReeksWeigeringen]
    verlopen_convenant: list[VerlopenConvenant]


class AuditRecordWeergave(ApiModel):
    """One record of the log as the privacy officer reads it (reading.as_json)."""

    id: int
    seq: int | None = Field(description="Plaats in de keten; leeg tot de record verzegeld is")
    time: str = Field(description="ISO 8601")
    request_id: str
    client_id: str | None
    org: str | None
    roles: list[str]
    user: str | None
    action: str
    resource_type: str
    resource_id: str | None
    jongere_pseudoniem: str | None
    purpose: str | None
    activity_id: str | None
    decision: str = Field(description="allow, deny, error of derived")
    reason: str | None
    categories: list[str]
    fields: list[str] | None
    covenants: list[str]
    decision_id: str | None
    policy_revision: str | None
    basis: str | None
    http_status: int | None
    trace_id: str | None
    span_id: str | None
    prev_hash: str | None
    record_hash: str | None
