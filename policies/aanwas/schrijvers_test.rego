# Who writes which record, beyond what a covenant shares: the case and its plan are the case
# director's, an antecedent is the police's, a measure is the competent authority's.
package aanwas.schrijvers_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

open_case := {"pga_actief": true}

no_case := {}

# One party's write (or update) of one kind of record about a youth in a given case state.
write(who, action, purpose, type, categories, state, extra) := {
	"subject": {"client_id": "c", "org": who[0], "roles": [who[1]]},
	"action": action,
	"purpose": purpose,
	"resource": object.union(
		{
			"type": type,
			"main_category": categories[0],
			"categories": categories,
			"provided_by": who[0],
			"jongere": state,
		},
		extra,
	),
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

director := ["gemeente", "casusregisseur"]

adviser := ["gemeente", "beleidsadviseur"]

police := ["politie", "jeugdagent"]

school := ["leerplicht", "leerplichtambtenaar"]

test_only_the_case_director_opens_a_case_and_the_opening_meets_the_pga_condition if {
	opened := decide(write(director, "create", "pga", "casus", ["plan"], no_case, {}))
	opened.allow
	opened.covenants == ["pga"]
	by_police := decide(write(police, "create", "pga", "casus", ["plan"], no_case, {}))
	not by_police.allow
	by_police.reason == "alleen gemeente (casusregisseur) mag een casus vastleggen of wijzigen"
	not decide(write(adviser, "create", "pga", "casus", ["plan"], no_case, {})).allow

	# Only the opening meets the condition: anything else needs the case to be open.
	not decide(write(director, "update", "pga", "casus", ["plan"], no_case, {})).allow
	not decide(write(director, "create", "pga", "planactie", ["plan"], no_case, {})).allow
	decide(write(director, "update", "pga", "casus", ["plan"], open_case, {})).allow
}

test_the_owner_of_a_plan_item_reports_its_progress if {
	owned := {"eigenaar": "leerplicht"}
	decide(write(school, "update", "pga", "planactie", ["plan"], open_case, owned)).allow
	decide(write(director, "update", "pga", "planactie", ["plan"], open_case, owned)).allow
	halt := ["halt", "halt_medewerker"]
	not decide(write(halt, "update", "pga", "planactie", ["plan"], open_case, owned)).allow
	not decide(write(school, "create", "pga", "planactie", ["plan"], open_case, owned)).allow
}

test_the_police_record_antecedents_as_their_own_data if {
	own := decide(write(police, "create", "signalering", "antecedent", ["politie"], no_case, {}))
	own.allow
	own.basis == "eigen_gegevens"
	own.categories == ["politie"]
	not decide(write(police, "create", "rapportage", "antecedent", ["politie"], no_case, {})).allow
	refused := decide(write(director, "create", "pga", "antecedent", ["politie"], open_case, {}))
	not refused.allow
	refused.reason == "alleen politie (partner_system, jeugdagent) mag een antecedent vastleggen of wijzigen"

	# Own data covers only the categories an organisation is the source of, and no removal.
	mixed := ["politie", "zorg"]
	not decide(write(police, "create", "signalering", "antecedent", mixed, no_case, {})).allow
	not decide(write(police, "delete", "signalering", "antecedent", ["politie"], no_case, {})).allow
}

test_measures_are_for_the_competent_authority if {
	ban := {"soort": "verblijfsontzegging"}
	decide(write(director, "create", "pga", "maatregel", ["maatregel"], open_case, ban)).allow

	# The municipality imposes it, through the case director: a policy adviser's task is not
	# the youths' cases.
	by_adviser := decide(write(adviser, "create", "pga", "maatregel", ["maatregel"], open_case, ban))
	not by_adviser.allow
	startswith(by_adviser.reason, "de taak van beleidsadviseur (gemeente) omvat voor doel 'pga' alleen de agenda")
	by_police := decide(write(police, "create", "pga", "maatregel", ["maatregel"], open_case, ban))
	not by_police.allow
	by_police.reason == "alleen gemeente mag een maatregel vastleggen of wijzigen"

	# Prosecution is the OM's decision: justitie data, its own, also before any ICO.
	prosecution := {"soort": "strafrechtelijke_vervolging"}
	om := ["om", "officier"]
	by_om := decide(write(om, "create", "ico", "maatregel", ["justitie"], no_case, prosecution))
	by_om.allow
	by_om.basis == "eigen_gegevens"
	not decide(write(director, "create", "pga", "maatregel", ["justitie"], open_case, prosecution)).allow
}

test_an_unknown_measure_is_asked_after_like_any_without_an_open_case if {
	unknown := {"soort": null}
	by_director := decide(write(director, "update", "pga", "maatregel", ["maatregel"], no_case, unknown))
	not by_director.allow
	by_director.reason == "convenant pga geldt alleen voor jongeren met een actieve PGA-casus"
	halt := ["halt", "halt_medewerker"]
	by_halt := decide(write(halt, "update", "pga", "maatregel", ["maatregel"], no_case, unknown))
	by_halt.reason == "alleen gemeente of om mag een maatregel vastleggen of wijzigen"
}

test_a_party_corrects_what_it_provided_after_the_case_closed if {
	ended := {"soort": "verblijfsontzegging", "provided_categories": ["maatregel"]}
	own := decide(write(director, "update", "pga", "maatregel", ["maatregel"], no_case, ended))
	own.allow
	own.basis == "eigen_gegevens"
	own.categories == ["maatregel"]

	# Not someone else's record, not more than it supplied, and never by creating.
	others := object.union(ended, {"provided_by": "politie"})
	not decide(write(director, "update", "pga", "maatregel", ["maatregel"], no_case, others)).allow
	wider := ["maatregel", "plan"]
	not decide(write(director, "update", "pga", "maatregel", wider, no_case, ended)).allow
	not decide(write(director, "create", "pga", "maatregel", ["maatregel"], no_case, ended)).allow
}

test_only_the_parties_of_an_escalation_covenant_learn_of_it if {
	read := {"provided_by": "gemeente"}
	decide(write(police, "read", "pga", "casus", ["plan"], open_case, read)).visible_escalations == ["riec", "zvh"]
	decide(write(school, "read", "pga", "casus", ["plan"], open_case, read)).visible_escalations == []
	youth_work := ["jongerenwerk", "jongerenwerker"]
	decide(write(youth_work, "read", "pga", "casus", ["plan"], open_case, read)).visible_escalations == []
	refused := decide(write(school, "read", "ico", "casus", ["plan"], open_case, read))
	refused.visible_escalations == []
}

test_the_police_see_what_an_assessment_derives_from_their_data if {
	assessment := {"provided_by": null, "main_category": "risico"}
	categories := ["risico", "identiteit", "politie"]
	police_view := decide(write(police, "read", "signalering", "doelgroeptoets", categories, no_case, assessment))
	police_view.categories == ["identiteit", "politie", "risico"]
	school_view := decide(write(school, "read", "signalering", "doelgroeptoets", categories, no_case, assessment))
	school_view.categories == ["identiteit", "risico"]

	# Only for derived records: a police read of another record gains nothing from it.
	other := decide(write(police, "read", "signalering", "factor", categories, no_case, assessment))
	other.categories == ["identiteit", "risico"]
}

# DOMAIN.md, "Heavier approach": the task to consider the aanpak ondermijning is for the case
# director and the police; its kind and decision are police data, so closing it needs both.
test_the_case_director_and_the_police_close_a_task_of_the_case if {
	task := ["plan", "politie"]
	decide(write(director, "update", "pga", "casustaak", task, open_case, {})).allow
	decide(write(police, "update", "pga", "casustaak", task, open_case, {})).allow
	decide(write(["politie", "partner_system"], "update", "pga", "casustaak", task, open_case, {})).allow
	halt := decide(write(["halt", "halt_medewerker"], "update", "pga", "casustaak", task, open_case, {}))
	not halt.allow
	startswith(halt.reason, "alleen gemeente (casusregisseur) of politie (partner_system, jeugdagent)")
	not decide(write(["jongerenwerk", "jongerenwerker"], "update", "pga", "casustaak", task, open_case, {})).allow
	not decide(write(director, "update", "pga", "casustaak", task, no_case, {})).allow
}

# The signaaloverleg's professional judgement ("sterke vermoedens") is recorded by the case
# director, as risk data under signalering; the other participants and the adviser may not.
test_only_the_case_director_records_a_professional_judgement if {
	judged := decide(write(director, "create", "signalering", "professioneel_oordeel", ["risico"], no_case, {}))
	judged.allow
	judged.covenants == ["groepsaanpak"]
	by_police := decide(write(police, "create", "signalering", "professioneel_oordeel", ["risico"], no_case, {}))
	not by_police.allow
	by_police.reason == "alleen gemeente (casusregisseur) mag een professioneel_oordeel vastleggen of wijzigen"
	not decide(write(adviser, "create", "signalering", "professioneel_oordeel", ["risico"], no_case, {})).allow
	not decide(write(school, "create", "signalering", "professioneel_oordeel", ["risico"], no_case, {})).allow

	# Under a purpose of no covenant for it, not even the case director.
	not decide(write(director, "create", "ondermijning", "professioneel_oordeel", ["risico"], no_case, {})).allow
}
