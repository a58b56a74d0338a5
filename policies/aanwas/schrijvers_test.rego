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
	decide(write(adviser, "create", "pga", "maatregel", ["maatregel"], open_case, ban)).allow
	by_police := decide(write(police, "create", "pga", "maatregel", ["maatregel"], open_case, ban))
	not by_police.allow
	by_police.reason == "alleen gemeente mag een maatregel vastleggen of wijzigen"

	prosecution := {"soort": "strafrechtelijke_vervolging"}
	om := ["om", "officier"]
	by_om := decide(write(om, "create", "ico", "maatregel", ["maatregel"], no_case, prosecution))
	by_om.allow
	by_om.basis == "eigen_gegevens"
	not decide(write(adviser, "create", "pga", "maatregel", ["maatregel"], open_case, prosecution)).allow

	# Asking after an unknown measure (no kind known yet) is for whoever imposes some kind.
	unknown := {"soort": null}
	decide(write(adviser, "update", "pga", "maatregel", ["maatregel"], open_case, unknown)).allow
	halt := ["halt", "halt_medewerker"]
	not decide(write(halt, "update", "pga", "maatregel", ["maatregel"], open_case, unknown)).allow
}
