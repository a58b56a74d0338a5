"""A case as one caller may see it: the plan's content only where the decision permits the `plan`
category, escalations only those whose covenant names the caller, every sealed field opened
through the caller's Permit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from api.casussen import perspectief, schemas, statussen, taken
from api.casussen.models import Casus, Opschaling, Perspectiefplan, Planactie, Statuswijziging
from api.maatregelen.models import Maatregel, category_of
from api.security.gate import Gate
from api.security.permit import Permit


def present(gate: Gate, permit: Permit, casus: Casus, *, details: bool = True) -> schemas.Casus:
    fields: dict[str, Any] = {}
    if details and permit.may_see("plan"):
        items = gate.session.scalars(
            select(Planactie)
            .where(Planactie.casus_id == casus.id)
            .order_by(Planactie.deadline, Planactie.id)
        ).all()
        fields["plan"] = [present_item(permit, item) for item in items]
        plan = gate.session.scalars(
            select(Perspectiefplan).where(Perspectiefplan.casus_id == casus.id)
        ).first()
        if plan is not None:
            fields["perspectiefplan"] = perspectief.present(permit, plan)
        escalations = gate.session.scalars(
            select(Opschaling)
            .where(Opschaling.casus_id == casus.id)
            .order_by(Opschaling.gestart_op, Opschaling.id)
        ).all()
        # Only escalations whose covenant names the caller (pga partners do not learn of a
        # RIEC-melding).
        fields["opschalingen"] = [
            present_escalation(permit, e)
            for e in escalations
            if e.soort in permit.decision.visible_escalations
        ]
        steps = gate.session.scalars(
            select(Statuswijziging)
            .where(Statuswijziging.casus_id == casus.id)
            .order_by(Statuswijziging.op, Statuswijziging.id)
        ).all()
        fields["taken"] = taken.of_case(gate, permit, casus.id)
        fields["maatregelen"] = linked_measures(gate, permit, casus.id)
        fields["historie"] = [
            schemas.Statusstap(
                van=step.van_status,
                naar=step.naar_status,
                reden=permit.reveal(step, "reden")[1],
                door=step.door_org,
                regie=step.regie,
                op=step.op,
            )
            for step in steps
        ]
    return schemas.Casus(
        id=casus.id,
        jongere_id=casus.jongere_id,
        status=casus.status,
        toegestane_overgangen=list(statussen.OVERGANGEN[casus.status]),
        casusregisseur=schemas.Regisseur(
            id=casus.casusregisseur_id,
            naam=casus.casusregisseur_naam,
            email=casus.casusregisseur_email,
        ),
        regie=casus.regie,
        doelgroeptoets_id=casus.doelgroeptoets_id,
        geopend_op=casus.geopend_op,
        gewijzigd_op=casus.gewijzigd_op,
        **fields,
    )


def linked_measures(gate: Gate, permit: Permit, casus_id: str) -> list[str]:
    """The ids of the measures that serve the case, as far as the caller may see measures of
    their kind (a prosecution is justitie data) or imposed them itself."""
    rows = gate.session.execute(
        select(Maatregel.id, Maatregel.soort, Maatregel.opgelegd_door)
        .where(Maatregel.casus_id == casus_id)
        .order_by(Maatregel.ingangsdatum, Maatregel.id)
    ).all()
    return [
        row.id
        for row in rows
        if permit.may_see(category_of(row.soort)) or row.opgelegd_door == gate.principal.org
    ]


def present_item(permit: Permit, item: Planactie) -> schemas.Planactie:
    fields = {
        column: permit.reveal(item, column)[1]
        for column in ("domein", "omschrijving", "deadline", "status")
    }
    return schemas.Planactie(
        id=item.id, eigenaar=item.eigenaar, gewijzigd_op=item.gewijzigd_op, **fields
    )


def reason_category(soort: str) -> str:
    """The category of an escalation's reason: of a RIEC-melding it is what was signalled to
    team ondermijning and the RIEC (`signaal`, which the riec covenant shares); of an escalation
    to the ZVH, part of the case's plan."""
    return "signaal" if soort == "riec" else "plan"


def present_escalation(permit: Permit, escalation: Opschaling) -> schemas.Opschaling:
    return schemas.Opschaling(
        id=escalation.id,
        soort=escalation.soort,
        reden=permit.reveal(escalation, "reden", reason_category(escalation.soort))[1],
        gestart_door=escalation.gestart_door,
        gestart_op=escalation.gestart_op,
        beeindigd_op=escalation.beeindigd_op,
        beeindigings_reden=permit.reveal(escalation, "beeindigings_reden")[1],
    )
