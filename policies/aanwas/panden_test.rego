# An Opiumwet 13b closure concerns a premises, not a youth (DOMAIN.md, "The process in more
# detail"): the covenants the reference data names for premises (riec) apply to a closure of a
# premises without a youth's case; under every other covenant only the municipality that imposed
# it sees its own closures, and only the municipality imposes one.
package aanwas.panden_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

premises(org, role, action, purpose, provided_by) := {
	"subject": {"client_id": "c", "org": org, "roles": [role]},
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": "maatregel",
		"main_category": "maatregel",
		"categories": ["maatregel"],
		"provided_by": provided_by,
		"provided_categories": ["maatregel"],
		"soort": "sluiting",
		"pand": true,
		"jongere": {"pga_actief": false, "opgeschaald_zvh": false, "riec_melding": false, "regisseur": null},
	},
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

test_the_riec_parties_find_the_closures_of_a_premises if {
	every party in [
		["gemeente", "casusregisseur"],
		["politie", "partner_system"],
		["om", "officier"],
		["ondermijning", "rechercheur"],
	] {
		[org, role] := party
		result := decide(premises(org, role, "list", "ondermijning", null))
		result.allow
		result.basis == "convenant"
		result.covenants == ["riec"]
		result.categories == ["maatregel"]
		result.row_filter == null
	}
}

test_under_another_covenant_a_party_sees_only_closures_it_imposed if {
	own := decide(premises("gemeente", "casusregisseur", "list", "pga", null))
	own.allow
	own.row_filter == {"provided_by": "gemeente"}
	others := decide(premises("leerplicht", "leerplichtambtenaar", "list", "pga", null))
	others.row_filter == {"provided_by": "leerplicht"}
}

test_a_premises_is_not_found_outside_the_riec_or_without_a_purpose if {
	refusals := {
		["jongerenwerk", "jongerenwerker", "ondermijning"]: "geen geldend convenant geeft organisatie 'jongerenwerk'",
		["politie", "jeugdagent", "ondermijning"]: "de taak van jeugdagent (politie) omvat doel 'ondermijning' niet",
		["gemeente", "casusregisseur", null]: "geen doelbinding opgegeven (header Doelbinding)",
		["halt", "halt_medewerker", "ondermijning"]: "geen geldend convenant geeft organisatie 'halt'",
	}
	every asked, reason in refusals {
		[org, role, purpose] := asked
		result := decide(premises(org, role, "list", purpose, null))
		not result.allow
		startswith(result.reason, reason)
	}
}

test_only_the_municipality_closes_a_premises_under_the_riec if {
	closed := decide(premises("gemeente", "casusregisseur", "create", "ondermijning", "gemeente"))
	closed.allow
	closed.covenants == ["riec"]
	by_police := decide(premises("politie", "partner_system", "create", "ondermijning", "politie"))
	not by_police.allow
	by_police.reason == "alleen gemeente mag een maatregel vastleggen of wijzigen"

	# Under pga the municipality has no youth's case that switches the covenant on.
	under_pga := decide(premises("gemeente", "casusregisseur", "create", "pga", "gemeente"))
	not under_pga.allow
	under_pga.reason == "convenant pga geldt alleen voor jongeren met een actieve PGA-casus"
}

test_a_youths_measure_is_not_a_premises if {
	q := premises("ondermijning", "rechercheur", "list", "ondermijning", null)
	result := decide(json.patch(q, [{"op": "replace", "path": "/resource/pand", "value": false}]))

	# Without a RIEC-melding on the youth's case the riec covenant does not apply: only its own.
	result.basis == "eigen_gegevens"
	result.row_filter == {"provided_by": "ondermijning"}
}

test_under_the_zvh_covenant_a_premises_shows_only_own_closures if {
	result := decide(premises("zvh", "procesregisseur", "list", "ico", null))
	result.basis == "eigen_gegevens"
	result.row_filter == {"provided_by": "zvh"}
}
