# Meetings: a meeting (date, kind, participants; no personal data) is for its participants, under
# the purpose of its kind (moved out of gate_test.rego, which keeps the read matrix).
package aanwas.overleg_test

import data.aanwas.gate_test

meeting(org, action, purpose, soort, participants) := {
	"subject": {"client_id": "c", "org": org, "roles": [gate_test.role_of[org]]},
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": "overleg",
		"main_category": "signaal",
		"categories": [],
		"provided_by": null,
		"soort": soort,
		"deelnemers": participants,
		"jongere": {},
	},
}

signal_meeting := ["politie", "leerplicht", "jongerenwerk", "gemeente"]

test_participants_convene_and_see_their_meeting if {
	created := gate_test.decide(meeting("gemeente", "create", "signalering", "signaaloverleg", signal_meeting))
	created.allow
	created.categories == []
	gate_test.decide(meeting("jongerenwerk", "read", "signalering", "signaaloverleg", signal_meeting)).allow
	gate_test.decide(meeting("zvh", "read", "ico", "ico", ["zvh", "om"])).allow
}

test_others_do_not_see_a_meeting if {
	outsider := gate_test.decide(meeting("halt", "read", "signalering", "signaaloverleg", signal_meeting))
	not outsider.allow
	outsider.reason == "alleen deelnemers, onder het doel van het overleg, zien een overleg"
	not gate_test.decide(meeting("politie", "read", "pga", "signaaloverleg", signal_meeting)).allow
	not gate_test.decide(meeting("om", "create", "ico", "signaaloverleg", ["om"])).allow
	not gate_test.decide(meeting("leerplicht", "read", "signalering", "signaaloverleg", ["gemeente"])).allow
	not gate_test.decide(meeting("gemeente", "read", "signalering", "bestaat_niet", ["gemeente"])).allow
	not gate_test.decide(meeting("privacy", "read", "toezicht", "signaaloverleg", ["privacy"])).allow

	# A meeting cannot invite an organisation that does not take part in that kind.
	not gate_test.decide(meeting("gemeente", "create", "signalering", "signaaloverleg", ["gemeente", "om"])).allow
}
