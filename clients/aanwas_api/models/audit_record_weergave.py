from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuditRecordWeergave")


@_attrs_define
class AuditRecordWeergave:
    """One record of the log as the privacy officer reads it (reading.as_json).

    Attributes:
        id (int):
        seq (int | None): Plaats in de keten; leeg tot de record verzegeld is
        time (str): ISO 8601
        request_id (str):
        client_id (None | str):
        org (None | str):
        roles (list[str]):
        user (None | str):
        action (str):
        resource_type (str):
        resource_id (None | str):
        jongere_pseudoniem (None | str):
        purpose (None | str):
        activity_id (None | str):
        decision (str): allow, deny, error of derived
        reason (None | str):
        categories (list[str]):
        fields (list[str] | None):
        covenants (list[str]):
        decision_id (None | str):
        policy_revision (None | str):
        basis (None | str):
        http_status (int | None):
        trace_id (None | str):
        span_id (None | str):
        prev_hash (None | str):
        record_hash (None | str):
    """

    id: int
    seq: int | None
    time: str
    request_id: str
    client_id: None | str
    org: None | str
    roles: list[str]
    user: None | str
    action: str
    resource_type: str
    resource_id: None | str
    jongere_pseudoniem: None | str
    purpose: None | str
    activity_id: None | str
    decision: str
    reason: None | str
    categories: list[str]
    fields: list[str] | None
    covenants: list[str]
    decision_id: None | str
    policy_revision: None | str
    basis: None | str
    http_status: int | None
    trace_id: None | str
    span_id: None | str
    prev_hash: None | str
    record_hash: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seq: int | None
        seq = self.seq

        time = self.time

        request_id = self.request_id

        client_id: None | str
        client_id = self.client_id

        org: None | str
        org = self.org

        roles = self.roles

        user: None | str
        user = self.user

        action = self.action

        resource_type = self.resource_type

        resource_id: None | str
        resource_id = self.resource_id

        jongere_pseudoniem: None | str
        jongere_pseudoniem = self.jongere_pseudoniem

        purpose: None | str
        purpose = self.purpose

        activity_id: None | str
        activity_id = self.activity_id

        decision = self.decision

        reason: None | str
        reason = self.reason

        categories = self.categories

        fields: list[str] | None
        if isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        covenants = self.covenants

        decision_id: None | str
        decision_id = self.decision_id

        policy_revision: None | str
        policy_revision = self.policy_revision

        basis: None | str
        basis = self.basis

        http_status: int | None
        http_status = self.http_status

        trace_id: None | str
        trace_id = self.trace_id

        span_id: None | str
        span_id = self.span_id

        prev_hash: None | str
        prev_hash = self.prev_hash

        record_hash: None | str
        record_hash = self.record_hash

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "seq": seq,
                "time": time,
                "requestId": request_id,
                "clientId": client_id,
                "org": org,
                "roles": roles,
                "user": user,
                "action": action,
                "resourceType": resource_type,
                "resourceId": resource_id,
                "jongerePseudoniem": jongere_pseudoniem,
                "purpose": purpose,
                "activityId": activity_id,
                "decision": decision,
                "reason": reason,
                "categories": categories,
                "fields": fields,
                "covenants": covenants,
                "decisionId": decision_id,
                "policyRevision": policy_revision,
                "basis": basis,
                "httpStatus": http_status,
                "traceId": trace_id,
                "spanId": span_id,
                "prevHash": prev_hash,
                "recordHash": record_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_seq(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seq = _parse_seq(d.pop("seq"))

        time = d.pop("time")

        request_id = d.pop("requestId")

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        def _parse_org(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org = _parse_org(d.pop("org"))

        roles = cast(list[str], d.pop("roles"))

        def _parse_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user = _parse_user(d.pop("user"))

        action = d.pop("action")

        resource_type = d.pop("resourceType")

        def _parse_resource_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_id = _parse_resource_id(d.pop("resourceId"))

        def _parse_jongere_pseudoniem(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        jongere_pseudoniem = _parse_jongere_pseudoniem(d.pop("jongerePseudoniem"))

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        def _parse_activity_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        activity_id = _parse_activity_id(d.pop("activityId"))

        decision = d.pop("decision")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        categories = cast(list[str], d.pop("categories"))

        def _parse_fields(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = cast(list[str], data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        fields = _parse_fields(d.pop("fields"))

        covenants = cast(list[str], d.pop("covenants"))

        def _parse_decision_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_id = _parse_decision_id(d.pop("decisionId"))

        def _parse_policy_revision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        policy_revision = _parse_policy_revision(d.pop("policyRevision"))

        def _parse_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        basis = _parse_basis(d.pop("basis"))

        def _parse_http_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        http_status = _parse_http_status(d.pop("httpStatus"))

        def _parse_trace_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trace_id = _parse_trace_id(d.pop("traceId"))

        def _parse_span_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        span_id = _parse_span_id(d.pop("spanId"))

        def _parse_prev_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_hash = _parse_prev_hash(d.pop("prevHash"))

        def _parse_record_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        record_hash = _parse_record_hash(d.pop("recordHash"))

        audit_record_weergave = cls(
            id=id,
            seq=seq,
            time=time,
            request_id=request_id,
            client_id=client_id,
            org=org,
            roles=roles,
            user=user,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            jongere_pseudoniem=jongere_pseudoniem,
            purpose=purpose,
            activity_id=activity_id,
            decision=decision,
            reason=reason,
            categories=categories,
            fields=fields,
            covenants=covenants,
            decision_id=decision_id,
            policy_revision=policy_revision,
            basis=basis,
            http_status=http_status,
            trace_id=trace_id,
            span_id=span_id,
            prev_hash=prev_hash,
            record_hash=record_hash,
        )

        return audit_record_weergave
