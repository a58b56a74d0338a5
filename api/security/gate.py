"""The one gate every read or write of personal data passes.

authenticate -> ask OPA with caller, action, resource facts and purpose -> touch only permitted
rows and reveal only permitted fields -> audit record in the same transaction -> respond.

A route handling personal data takes ``gate: GateAccess`` (gate_routes.py); that is the only way
to get a database session that can see personal tables *and* the cipher to open them. Fields are
opened through a :class:`Permit`, which exists only after an allow decision and reveals only the
categories that decision permitted.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect as inspect_model
from sqlalchemy.orm import Session

from api import outbox
from api.db import Base, insert_rows, with_defaults
from api.problems import Problem
from api.runtime import Runtime
from api.security import audit
from api.security.audit import Access, current_trace
from api.security.audit.record import activity_of
from api.security.crypto import FieldIntegrityError, FieldPlace
from api.security.permit import Permit
from api.security.policy import Decision, PolicyEngineUnavailable
from api.security.principal import Principal
from api.security.vernietigd import refuse_if_destroyed
from api.tijd import vandaag

MANAGEMENT_PACKAGE = "aanwas.beheer"
WRITES = frozenset({"create", "update", "delete"})
SUPERVISION_PACKAGE = "aanwas.toezicht"
CORRECTION_PACKAGE = "aanwas.correctie"
logger = logging.getLogger(__name__)


class AuditUnavailable(Exception):
    """The audit record could not be written, so the access must not happen."""


def policy_engine_unavailable() -> Problem:
    return Problem(
        503,
        "Beleidsengine niet beschikbaar",
        "Er kan nu niet worden vastgesteld wat is toegestaan; daarom wordt niets verstrekt.",
        type_="beleidsengine-niet-beschikbaar",
        headers={"Retry-After": "5"},
    )


@dataclass
class _Attempt:
    access: Access
    decision: Decision


class Gate:
    def __init__(
        self,
        runtime: Runtime,
        session: Session,
        principal: Principal,
        purpose: str | None,
        request_id: str,
    ) -> None:
        self.session = session
        self.principal = principal
        self.purpose = purpose
        self._runtime = runtime
        self._request_id = request_id
        self._attempt: _Attempt | None = None
        self._bulk_decisions: dict[str, Decision] = {}
        self._decided = False
        self._journal: list[dict[str, Any]] = []
        self.success_status = 200
        self.finished = False
        self._stored: list[Base] = []
        self._permits: list[Permit] = []
        self._keys = runtime.envelope.keys_for(session)

    # -- deciding --------------------------------------------------------------------------
    def _question(self, access: Access, resource: dict[str, Any]) -> dict[str, Any]:
        return {
            "subject": {
                "client_id": self.principal.client_id,
                "user": self.principal.user,
                "org": self.principal.org,
                "roles": list(self.principal.roles),
            },
            "action": access.action,
            "purpose": self.purpose,
            "resource": {"type": access.resource_type, **resource},
        }

    def _decide(
        self, access: Access, question: dict[str, Any], package: str | None = None
    ) -> Decision:
        try:
            decision = self._runtime.policy.decide(question, package=package)
        except PolicyEngineUnavailable as failure:
            reason = f"beleidsengine niet beschikbaar ({failure})"
            self._record_alone(access, "error", reason, None, 503)
            raise policy_engine_unavailable() from None
        if self._runtime.note_revision(decision.revision):
            # The covenants or rules changed (or this process just started): on record once.
            self._journal.append(
                audit.record_values(
                    request_id=self._request_id,
                    principal=None,
                    purpose=None,
                    access=Access("load", "beleidsrevisie", decision.revision),
                    outcome="allow",
                    reason=f"beleidsrevisie {decision.revision} in gebruik genomen",
                    pseudonym=None,
                    activity_id=None,
                )
            )
        return decision

    def authorize(self, access: Access, resource: dict[str, Any]) -> Permit:
        """Asks the policy; audits the answer; returns a Permit or raises 403/503."""
        decision = self._decide(access, self._question(access, resource))
        self._settle(access, decision)
        # A youth whose data is destroyed: 410 Gone, to whoever may see that youth (one place).
        refuse_if_destroyed(self.session, access.jongere_id)
        return self._permit(access, decision)

    def _permit(self, access: Access, decision: Decision) -> Permit:
        """The Permit of an allowed access, tied to its audit record (the newest journaled)."""
        permit = Permit(decision, self._keys, self._journal[-1], access.jongere_id)
        self._permits.append(permit)
        return permit

    def authorize_management(self, access: Access) -> None:
        """Managing reference data (no personal data, no purpose): decided by the policy's
        aanwas.beheer package and audited like any access; raises 403/503 when refused."""
        self._authorize_package(access, MANAGEMENT_PACKAGE)

    def authorize_supervision(self, access: Access) -> None:
        """Reading the audit log: decided by the policy's aanwas.toezicht package (the privacy
        officer only); the query itself is recorded like any access."""
        self._authorize_package(access, SUPERVISION_PACKAGE)

    def authorize_inzage(self, access: Access) -> Permit:
        """A data subject's request (AVG art. 15 inzage, art. 17 erasure), decided by
        aanwas.toezicht: the one way the privacy officer opens personal content. The Permit
        notes every field shown, so the record names the youth and what the document showed."""
        self._authorize_package(access, SUPERVISION_PACKAGE)
        refuse_if_destroyed(self.session, access.jongere_id)
        assert self._attempt is not None  # settled as allowed, or raised
        return self._permit(access, self._attempt.decision)

    def authorize_correction(self, access: Access, resource: dict[str, Any]) -> Permit:
        """A correction request (AVG art. 16), decided by aanwas.correctie on the item's
        supplier and category: the officer files it, the supplier alone answers it."""
        question = self._question(access, resource)
        self._settle(access, self._decide(access, question, package=CORRECTION_PACKAGE))
        refuse_if_destroyed(self.session, access.jongere_id)
        assert self._attempt is not None  # settled as allowed, or raised
        return self._permit(access, self._attempt.decision)

    def _authorize_package(self, access: Access, package: str) -> None:
        question = self._question(access, {})
        self._settle(access, self._decide(access, question, package=package))

    def _settle(self, access: Access, decision: Decision) -> None:
        """A denial is recorded on its own and raised as 403; an allow is journaled and becomes
        the request's attempt (what finish() reports if the request later fails)."""
        if not decision.allow:
            self._record_alone(access, "deny", decision.reason, decision, 403)
            raise Problem(403, "Geen toegang", decision.reason, type_="geen-toegang")
        self._attempt = _Attempt(access, decision)
        self._decided = True
        self._write_audit(access, "allow", decision.reason, decision, None)

    def authorize_item(self, access: Access, resource: dict[str, Any]) -> Permit | Problem:
        """For one item of a bulk request: the policy's answer, audited in this transaction,
        as a Permit or as the 403 problem for that item (nothing is raised for a denial).

        Items that ask the same question share one decision, so a bulk of a thousand signals
        costs one policy call, not a thousand. An unavailable policy engine fails the whole
        request (503) and nothing of it is stored."""
        question = self._question(access, resource)
        key = json.dumps(question, sort_keys=True)
        decision = self._bulk_decisions.get(key)
        if decision is None:
            decision = self._bulk_decisions[key] = self._decide(access, question)
        outcome = "allow" if decision.allow else "deny"
        self._decided = True
        self._write_audit(
            access, outcome, decision.reason, decision, None if decision.allow else 403
        )
        if not decision.allow:
            return Problem(403, "Geen toegang", decision.reason, type_="geen-toegang")
        self._attempt = _Attempt(access, decision)
        return self._permit(access, decision)

    def came_to_nothing(self, access: Access, status: int) -> None:
        """An allowed access that came to nothing and is tried again (with another decision):
        its record says so, with the status it would have had."""
        own = self._journal_entry_of(access)
        if own is not None:
            own.update(http_status=status, reason=f"{own['reason']}; verzoek zonder resultaat")
        self._attempt = None

    def record_item_failure(self, access: Access, permit: Permit, status: int) -> None:
        """An allowed item that came to nothing (a conflict): said so in the log as well."""
        reason = f"{permit.decision.reason}; verzoek zonder resultaat"
        self._write_audit(access, "allow", reason, permit.decision, status)

    # -- what the system derives itself ----------------------------------------------------------
    def open_for_derivation(self, table: str, column: str, row_id: str, sealed: str) -> str:
        """Opens a sealed field for a derivation the system makes (the doelgroeptoets reads the
        date of birth); the value is used there and never returned to the caller."""
        return self._keys.open(sealed, FieldPlace(table, column, row_id))

    def cause(self) -> outbox.Cause:
        """This request, as the cause of work the worker derives after it commits."""
        trace = current_trace.get()
        return outbox.Cause(
            request_id=self._request_id,
            client_id=self.principal.client_id,
            org=self.principal.org,
            roles=self.principal.roles,
            user=self.principal.user,
            purpose=self.purpose,
            trace_id=trace.trace_id if trace else None,
            span_id=trace.span_id if trace else None,
        )

    def record_derivation(self, access: Access, reason: str) -> None:
        """Logs a record the system derived during this request (no party decided on it; the
        request that changed its inputs did), in the same transaction."""
        self._write_audit(access, "derived", reason, None, None)

    # -- writing personal data ---------------------------------------------------------------
    def seal(self, row: Base, column: str, plaintext: str, category: str | None = None) -> None:
        """Encrypts a value into its column under its data subject's key, bound to this table,
        column and row. `category` overrides the column's for rows whose kind decides it."""
        if self._attempt is None:
            raise RuntimeError("seal() before an allow decision")
        info = inspect_model(type(row)).columns[column].info
        if not info.get("encrypted"):
            raise ValueError(f"{row.__tablename__}.{column} is not an encrypted column")
        if (category or info.get("category")) not in self._attempt.decision.categories:
            raise RuntimeError(f"{row.__tablename__}.{column}: category not permitted")
        row_id = str(getattr(row, "id"))  # noqa: B009  (every personal table has an `id`)
        place = FieldPlace(row.__tablename__, column, row_id)
        subject = self._keys.subject_of(row, self._stored)
        setattr(row, column, self._keys.seal(plaintext, place, subject))

    def forget_data_keys(self, subject: tuple[str, str], dek_ids: list[str]) -> None:
        """Drops a subject's destroyed data keys from this process's cache at once."""
        self._runtime.envelope.forget(subject, dek_ids)

    def pseudonym(self, jongere_id: str) -> str | None:
        """The youth as the audit log names them (for the privacy officer's queries)."""
        return self._runtime.pseudonym(jongere_id)

    def audit_key(self) -> Any:
        return self._runtime.audit_key.current()

    def sessions_factory(self) -> Any:
        return self._runtime.sessions

    def audit_verification_keys(self) -> dict[str, Any]:
        return audit.verification_keys(
            self._runtime.settings.keys_dir, self._runtime.audit_key.current()
        )

    def covenant_texts(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The covenants the policy engine holds, and their status ({} when malformed)."""
        try:
            texts = self._runtime.policy.read("convenanten")
            statuses = self._runtime.policy.read("aanwas/convenanten/status")
        except PolicyEngineUnavailable:
            raise policy_engine_unavailable() from None
        return (texts if isinstance(texts, dict) else {}), (
            statuses if isinstance(statuses, dict) else {}
        )

    def expired_covenants(self) -> dict[str, str]:
        """Covenants whose validity ended before today: {code: last day}."""
        texts, statuses = self.covenant_texts()
        today = vandaag().isoformat()
        return {
            code: str(text.get("geldig_tot"))
            for code, text in (texts or {}).items()
            if isinstance(text, dict)
            and not (statuses or {}).get(code, {}).get("vanKracht", False)
            and str(text.get("geldig_tot", "9999")) < today
        }

    def blind_index_bsn(self, bsn: str) -> str:
        return self._runtime.bsn_index.digest(bsn)

    def blind_indexes_bsn(self, bsn: str) -> list[str]:
        """What a lookup by BSN asks for: its index, and during a re-index its old one too."""
        return self._runtime.bsn_index.candidates(bsn)

    def blind_index_pand(self, postcode: str, huisnummer: str) -> str:
        """A premises as a closure finds it: postcode and house number, normalised (spaces,
        hyphens and case do not matter: 2132 ab 12-A is 2132AB 12a)."""
        return self._runtime.pand_index.digest(premises(postcode, huisnummer))

    def blind_indexes_pand(self, postcode: str, huisnummer: str) -> list[str]:
        """What a lookup of a premises asks for (as blind_indexes_bsn)."""
        return self._runtime.pand_index.candidates(premises(postcode, huisnummer))

    def keyed_digest(self, purpose: str, value: str) -> str:
        """A keyed hash for matching values that must not be stored (idempotency keys)."""
        return self._runtime.digests.digest(f"{purpose}\x1f{value}")

    # -- the audit record ---------------------------------------------------------------------
    def _write_audit(
        self,
        access: Access,
        outcome: str,
        reason: str,
        decision: Decision | None,
        status: int | None,
    ) -> None:
        """Journals a record; it is appended to the chain when the request's transaction
        commits (or alone, with what came before it, when the request is refused)."""
        self._journal.append(self._record_values(access, outcome, reason, decision, status))

    def _record_values(
        self,
        access: Access,
        outcome: str,
        reason: str,
        decision: Decision | None,
        status: int | None,
    ) -> dict[str, Any]:
        return audit.record_values(
            request_id=self._request_id,
            principal=self.principal,
            purpose=self.purpose,
            access=access,
            outcome=outcome,
            reason=reason,
            pseudonym=self._runtime.pseudonym(access.jongere_id),
            activity_id=activity_of(self.purpose),
            decision=decision,
            http_status=status,
        )

    def refuse_before_deciding(self, access: Access, reason: str, status: int) -> None:
        """Records a request refused on its form before the policy was asked (a reused
        Idempotency-Key): a refused attempt is on record like any other. The caller raises."""
        self._record_alone(access, "deny", reason, None, status)

    def record_afterwards(self, access: Access, outcome: str, reason: str, status: int) -> None:
        """Records what became of a request after its response began (an export whose stream
        broke off), in a transaction of its own: the request's records are committed already
        and say what was decided then."""
        with self._runtime.sessions() as session:
            self._runtime.commit_with_records(
                session, [self._record_values(access, outcome, reason, None, status)]
            )

    def store(self, row: Base) -> None:
        """A new row, written when the request commits (or by write_stored), after every
        decision: the transaction writes at its end only (on SQLite the write lock is held
        from the first write to the commit). Its column defaults (an id, a time) are set now,
        so the answer shows the row as it will be stored."""
        with_defaults(row)
        self._stored.append(row)

    def write_stored(self) -> None:
        """Writes the rows stored so far, now (a bulk item in its savepoint)."""
        rows, self._stored = self._stored, []
        if rows:
            insert_rows(self.session.connection(), rows)

    def _rollback(self) -> None:
        self._stored = []
        self._keys.rolled_back()
        self.session.rollback()

    def _commit_with_journal(self) -> None:
        try:
            self._runtime.commit_with_records(self.session, self._journal)
        except Exception as exc:
            self._rollback()
            raise AuditUnavailable(type(exc).__name__) from None
        self._keys.committed()
        self._journal = []

    def _record_alone(
        self,
        access: Access,
        outcome: str,
        reason: str,
        decision: Decision | None,
        status: int,
    ) -> None:
        """Audits a refusal in a transaction of its own, with the records the request made
        before it (an allowed first read stays on record when a second one is refused)."""
        self._rollback()
        # What the request decided before this came to nothing with it.
        for earlier in self._journal:
            if earlier["http_status"] is None:
                earlier["http_status"] = status
                earlier["reason"] = f"{earlier['reason']}; verzoek zonder resultaat"
        self._write_audit(access, outcome, reason, decision, status)
        self._commit_with_journal()
        # Everything the request decided is on record now, with how it ended: finish() must not
        # record the earlier allowed attempt a second time.
        self._attempt = None

    def finish(self, failure: BaseException | None) -> None:
        """Commits data and audit together, or undoes both and logs the failed attempt; then
        gives the session back. Once per request."""
        if self.finished:
            raise RuntimeError("the gate of this request is settled already")
        self.finished = True
        try:
            self._settle_request(failure)
        finally:
            self.session.close()

    def _settle_request(self, failure: BaseException | None) -> None:
        if failure is None:
            if not self._decided:
                # A route took the gate but never asked the policy: nothing it did may stand.
                self._rollback()
                raise RuntimeError("a personal-data route finished without a policy decision")
            try:
                self.write_stored()
                self._keys.write_new()  # the data keys made for it, after every savepoint
            except Exception as exc:
                self._settle_request(exc)  # undone, and the failure on record
                raise
            # The request succeeds: its allowed accesses are on record with the status it sends,
            # one record per youth whose data the answer shows.
            for entry in self._journal:
                if entry["decision"] == "allow" and entry["http_status"] is None:
                    entry["http_status"] = self.success_status
            self._journal = self._per_data_subject()
            self._commit_with_journal()
            return
        self._rollback()
        if self._attempt is None:
            if self._journal:  # allowed items of a bulk before an unavailable policy engine
                self._commit_with_journal()
            return  # refused before or at the decision; that is already on record
        attempt = self._attempt
        if isinstance(failure, Problem) and failure.status < 500:
            # Allowed, but the request itself came to nothing (unknown id, a conflict).
            outcome, reason = "allow", f"{attempt.decision.reason}; verzoek zonder resultaat"
        elif isinstance(failure, FieldIntegrityError):
            outcome, reason = "error", "opgeslagen gegevens niet intact"
        else:
            outcome, reason = "error", "verzoek afgebroken"
        status = failure.status if isinstance(failure, Problem) else 500
        # The attempt's own record says how it ended (one record per access); what the request
        # decided before it is kept and marked as without result.
        own = self._journal_entry_of(attempt.access)
        if own is not None:
            own.update(decision=outcome, reason=reason, http_status=status)
        else:
            self._write_audit(attempt.access, outcome, reason, attempt.decision, status)
        for earlier in self._journal:
            if earlier["http_status"] is None:
                earlier["http_status"] = status
                earlier["reason"] = f"{earlier['reason']}; verzoek zonder resultaat"
        self._commit_with_journal()

    def _per_data_subject(self) -> list[dict[str, Any]]:
        """The journal with each allowed access that showed personal data as one record per
        youth it showed: that youth's pseudonym, the categories and the fields shown (a list of
        signals about 37 youths is 37 records). A write keeps the categories it was allowed to
        write (the answer shows less than was stored). An access that showed nothing stays as
        it is."""
        shown = {id(permit.record): permit.shown for permit in self._permits if permit.shown}
        if not shown:
            return self._journal
        journal: list[dict[str, Any]] = []
        for entry in self._journal:
            per_youth = shown.get(id(entry))
            if per_youth is None:
                journal.append(entry)
                continue
            for youth, (categories, fields) in sorted(
                per_youth.items(), key=lambda item: item[0] or ""
            ):
                pseudonym = self._runtime.pseudonym(youth)
                journal.append(
                    {
                        **entry,
                        "jongere_pseudoniem": pseudonym,
                        "resource_id": pseudonym
                        if entry["resource_type"] == "jongere"
                        else entry["resource_id"],
                        "categories": entry["categories"]
                        if entry["action"] in WRITES
                        else sorted(categories),
                        "fields": sorted(fields),
                    }
                )
        return journal

    def _journal_entry_of(self, access: Access) -> dict[str, Any] | None:
        for entry in reversed(self._journal):
            if (
                entry["action"],
                entry["resource_type"],
                entry["resource_id"],
                entry["decision"],
                entry["http_status"],
            ) == (access.action, access.resource_type, access.resource_id, "allow", None):
                found: dict[str, Any] = entry
                return found
        return None


def premises(postcode: str, huisnummer: str) -> str:
    """A premises' postcode and house number as its blind index takes them: spaces, hyphens
    and case do not matter (2132 ab 12-A is 2132AB 12a)."""
    return "|".join(
        "".join(part.split()).replace("-", "").lower() for part in (postcode, huisnummer)
    )
