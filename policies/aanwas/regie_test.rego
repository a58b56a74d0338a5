# Regie: a case's content is its director's. Another casusregisseur of the municipality neither
# reads nor changes it; the ZVH procesregisseur writes plan items while the case is escalated.
package aanwas.regie_test

import data.aanwas.gate
import data.aanwas.regie

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

directed_by(regisseur) := {"pga_actief": true, "regisseur": regisseur}

escalated := {"pga_actief": true, "opgeschaald_zvh": true, "regisseur": "gemeente-aaaaaaaaaaaa"}

# One caller's access to one kind of case content, in a given case state.
ask(subject, action, purpose, type, state) := {
	"subject": subject,
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": type,
		"main_category": "plan",
		"categories": ["plan"],
		"provided_by": "gemeente",
		"provided_categories": ["plan"],
		"jongere": state,
	},
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

director(client_id) := {"client_id": client_id, "user": null, "org": "gemeente", "roles": ["casusregisseur"]}

first := director("gemeente-aaaaaaaaaaaa")

second := director("gemeente-bbbbbbbbbbbb")

test_the_director_reads_and_changes_its_case if {
	state := directed_by("gemeente-aaaaaaaaaaaa")
	decide(ask(first, "create", "pga", "planactie", state)).allow
	every type in regie.case_content {
		decide(ask(first, "read", "pga", type, state)).allow
		decide(ask(first, "update", "pga", type, state)).allow
	}
}

test_another_director_neither_reads_nor_changes_it if {
	state := directed_by("gemeente-aaaaaaaaaaaa")
	accesses := {[action, type] |
		some type in regie.case_content
		some action in ["read", "update", "create"]
		[action, type] != ["create", "casus"] # opening: below
	}
	count(accesses) == 11
	every access in accesses {
		refused := decide(ask(second, access[0], "pga", access[1], state))
		not refused.allow
		refused.reason == regie.refusal
	}
}

test_opening_listing_and_an_unknown_director_are_not_narrowed if {
	state := directed_by("gemeente-aaaaaaaaaaaa")

	# Opening: the API answers a conflict naming the running case.
	decide(ask(second, "create", "pga", "casus", state)).allow

	# Which cases a youth has, and who directs them: whom to call.
	decide(ask(second, "list", "pga", "casus", state)).allow

	# A case from before directors were identities, whose opening left the audit log.
	decide(ask(second, "update", "pga", "casus", directed_by(null))).allow
	decide(ask(second, "read", "pga", "planactie", {"pga_actief": true})).allow
}

test_a_person_is_the_director_once_people_log_in if {
	person := object.union(second, {"user": "f.elamrani"})
	state := directed_by("f.elamrani")
	decide(ask(person, "update", "pga", "casus", state)).allow
	not decide(ask(second, "update", "pga", "casus", state)).allow
}

test_other_content_and_other_roles_are_not_narrowed if {
	state := directed_by("gemeente-aaaaaaaaaaaa")
	measure := object.union(ask(second, "read", "pga", "maatregel", state), {})
	decide(measure).allow
	police := {"client_id": "politie-cccccccccccc", "user": null, "org": "politie", "roles": ["jeugdagent"]}
	decide(ask(police, "read", "pga", "casus", state)).allow
}

test_the_zvh_procesregisseur_writes_plan_items_while_escalated if {
	zvh := {"client_id": "zvh-dddddddddddd", "user": null, "org": "zvh", "roles": ["procesregisseur"]}
	decide(ask(zvh, "create", "ico", "planactie", escalated)).allow
	before := decide(ask(zvh, "create", "ico", "planactie", directed_by("gemeente-aaaaaaaaaaaa")))
	not before.allow
	before.reason == "convenant zvh geldt alleen voor casussen die zijn opgeschaald naar het Zorg- en Veiligheidshuis"

	# Plan items only: the case, its perspective plan and escalations stay the director's.
	not decide(ask(zvh, "update", "ico", "casus", escalated)).allow
	not decide(ask(zvh, "update", "ico", "perspectiefplan", escalated)).allow
	decide(ask(first, "create", "pga", "planactie", escalated)).allow
}

# The youth's data (a signal here) as a casusregisseur asks for it.
youth_data(subject, action, purpose, state, extra) := {
	"subject": subject,
	"action": action,
	"purpose": purpose,
	"resource": object.union(
		{
			"type": "signaal",
			"main_category": "signaal",
			"categories": ["identiteit", "signaal"],
			"provided_by": "politie",
			"provided_categories": ["signaal"],
			"jongere": state,
		},
		extra,
	),
}

test_what_a_case_covenant_shares_is_for_the_cases_director if {
	state := directed_by("gemeente-aaaaaaaaaaaa")
	decide(youth_data(first, "read", "pga", state, {})).allow
	decide(youth_data(first, "list", "pga", state, {})).allow
	refused := decide(youth_data(second, "read", "pga", state, {}))
	not refused.allow
	refused.reason == regie.youth_refusal

	# A list shows it only what its municipality supplied itself.
	own := decide(youth_data(second, "list", "pga", state, {}))
	own.basis == "eigen_gegevens"
	own.row_filter == {"provided_by": "gemeente"}

	# Escalated: the zvh covenant (under ico) is the director's as well.
	zvh_state := object.union(escalated, {"regisseur": "gemeente-aaaaaaaaaaaa"})
	decide(youth_data(first, "read", "ico", zvh_state, {})).allow
	not decide(youth_data(second, "read", "ico", zvh_state, {})).allow
}

test_covenants_without_a_case_condition_and_the_agenda_are_not_narrowed if {
	state := directed_by("gemeente-aaaaaaaaaaaa")

	# Signalering holds without a case: the signaaloverleg is the municipality's, not a case's.
	decide(youth_data(second, "read", "signalering", state, {})).allow

	# The agenda of a meeting of the municipality, whichever of its casusregisseurs attends.
	agenda := decide(youth_data(second, "read", "pga", state, {"overleg": "casusoverleg"}))
	agenda.allow

	# Another party than a casusregisseur is not narrowed by who directs.
	police := {"client_id": "politie-cccccccccccc", "user": null, "org": "politie", "roles": ["jeugdagent"]}
	decide(youth_data(police, "read", "pga", state, {})).allow
}
