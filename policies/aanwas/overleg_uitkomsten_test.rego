# Meetings decide (DOMAIN.md, "The process in more detail"): the ZVH takes part in the
# ketenoverleg, and the outcome of an agenda item is the meeting's category of data (signaal for
# the signaaloverleg, plan for the others), written by the chair and read by each participant as
# far as its covenants allow.
package aanwas.overleg_uitkomsten_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

keten := ["gemeente", "politie", "om", "jeugdreclassering", "rvdk", "halt", "zvh"]

ask(org, role, action, purpose, resource) := {
	"subject": {"client_id": "c", "org": org, "roles": [role]},
	"action": action,
	"purpose": purpose,
	"resource": resource,
}

meeting(kind, participants) := {
	"type": "overleg",
	"main_category": "signaal",
	"categories": [],
	"provided_by": null,
	"soort": kind,
	"deelnemers": participants,
	"jongere": {},
}

# An agenda item's outcome (api/overleggen/uitkomsten.py).
outcome(kind, category, facts) := {
	"type": "overleguitkomst",
	"main_category": category,
	"categories": [category],
	"provided_by": "gemeente",
	"provided_categories": [category],
	"jongere": facts,
	"overleg": kind,
}

active := {"pga_actief": true}

escalated := {"pga_actief": true, "opgeschaald_zvh": true}

test_the_zvh_takes_part_in_the_ketenoverleg if {
	decide(ask("gemeente", "casusregisseur", "create", "pga", meeting("ketenoverleg", keten))).allow
	read := decide(ask("zvh", "procesregisseur", "read", "pga", meeting("ketenoverleg", keten)))
	read.allow
	read.categories == []
	decide(ask("om", "officier", "read", "pga", meeting("ketenoverleg", keten))).allow
	decide(ask("zvh", "partner_system", "read", "pga", meeting("ketenoverleg", keten))).allow
}

test_the_zvh_at_the_ketenoverleg_gets_nothing_more_under_pga if {
	# Not invited: no meeting.
	not decide(ask("zvh", "procesregisseur", "read", "pga", meeting("ketenoverleg", ["gemeente", "politie"]))).allow

	# It convenes no ketenoverleg, and takes part in no casusoverleg.
	not decide(ask("zvh", "procesregisseur", "create", "pga", meeting("ketenoverleg", keten))).allow
	not decide(ask("zvh", "procesregisseur", "read", "pga", meeting("casusoverleg", ["gemeente", "zvh"]))).allow

	# Its pga task is the ketenoverleg itself: no youth's data read directly or on the agenda.
	read_directly := object.remove(outcome("ketenoverleg", "plan", active), ["overleg"])
	direct := decide(ask("zvh", "procesregisseur", "read", "pga", read_directly))
	not direct.allow
	startswith(direct.reason, "de taak van procesregisseur (zvh) omvat voor doel 'pga' alleen het ketenoverleg")
	on_agenda := decide(ask("zvh", "procesregisseur", "read", "pga", outcome("ketenoverleg", "plan", active)))
	not on_agenda.allow
	on_agenda.categories == []
}

test_the_chair_records_an_outcome_under_the_meetings_covenant if {
	signal := decide(ask("gemeente", "casusregisseur", "create", "signalering", outcome("signaaloverleg", "signaal", {})))
	signal.allow
	signal.categories == ["signaal"]
	signal.covenants == ["groepsaanpak", "vroegsignalering"]

	keten_outcome := decide(ask("gemeente", "casusregisseur", "create", "pga", outcome("ketenoverleg", "plan", active)))
	keten_outcome.allow
	keten_outcome.covenants == ["pga"]

	ico := decide(ask("zvh", "procesregisseur", "create", "ico", outcome("ico", "plan", escalated)))
	ico.allow
	ico.covenants == ["zvh"]
}

test_only_the_chair_records_an_outcome if {
	police := decide(ask("politie", "jeugdagent", "create", "signalering", outcome("signaaloverleg", "signaal", {})))
	not police.allow
	contains(police.reason, "gemeente (casusregisseur)")
	not decide(ask("jongerenwerk", "jongerenwerker", "create", "signalering", signal_round_outcome)).allow
	not decide(ask("gemeente", "beleidsadviseur", "create", "signalering", outcome("signaaloverleg", "signaal", {}))).allow

	# A ketenoverleg outcome is plan data of an active case; the zvh has no covenant for it.
	not decide(ask("zvh", "procesregisseur", "create", "pga", outcome("ketenoverleg", "plan", active))).allow
	not decide(ask("gemeente", "casusregisseur", "create", "pga", outcome("ketenoverleg", "plan", {}))).allow

	# An ICO outcome only about a case escalated to the ZVH.
	not decide(ask("zvh", "procesregisseur", "create", "ico", outcome("ico", "plan", active))).allow
}

signal_round_outcome := outcome("signaaloverleg", "signaal", {})

test_the_signaaloverleg_participants_read_its_outcome if {
	decide(ask("politie", "jeugdagent", "read", "signalering", signal_round_outcome)).allow
	decide(ask("leerplicht", "leerplichtambtenaar", "read", "signalering", signal_round_outcome)).allow
	decide(ask("jongerenwerk", "jongerenwerker", "read", "signalering", signal_round_outcome)).allow

	# The policy adviser sees who is on the signaaloverleg, not what it decided.
	adviser := decide(ask("gemeente", "beleidsadviseur", "read", "signalering", signal_round_outcome))
	not adviser.allow
	adviser.reason == "de taak van beleidsadviseur (gemeente) heeft geen signaal-gegevens nodig"
}

test_the_other_meetings_outcomes_are_read_under_their_covenants if {
	# The ketenoverleg: pga partners see the plan of an active case; the OM is no pga party.
	decide(ask("halt", "halt_medewerker", "read", "pga", outcome("ketenoverleg", "plan", active))).allow
	not decide(ask("om", "officier", "read", "pga", outcome("ketenoverleg", "plan", active))).allow

	# The ICO: the zvh covenant's parties, while the case is escalated.
	decide(ask("om", "officier", "read", "ico", outcome("ico", "plan", escalated))).allow
	not decide(ask("om", "officier", "read", "ico", outcome("ico", "plan", active))).allow
	not decide(ask("halt", "halt_medewerker", "read", "ico", outcome("ico", "plan", escalated))).allow
}
