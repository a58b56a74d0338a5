# The coach of a case: jeugdhulp is a party of the pga covenant only while it is the coach
# assigned in the youth's open case (voorwaarden_per_partij: coach_toegewezen), and then only for
# the categories the covenant lists for it (no signals, no police data, no measures).
package aanwas.coaching_test

import data.aanwas.convenanten
import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

coach := {"client_id": "jeugdhulp-aaaaaaaaaaaa", "user": null, "org": "jeugdhulp", "roles": ["coach"]}

coach_system := {"client_id": "jeugdhulp-bbbbbbbbbbbb", "user": null, "org": "jeugdhulp", "roles": ["partner_system"]}

coached_by(org) := {"pga_actief": true, "regisseur": "gemeente-aaaaaaaaaaaa", "coach": org}

ask(subject, action, type, main, categories, state) := {
	"subject": subject,
	"action": action,
	"purpose": "pga",
	"resource": {
		"type": type,
		"main_category": main,
		"categories": categories,
		"provided_by": "gemeente",
		"provided_categories": ["plan"],
		"jongere": state,
	},
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

read_case(subject, state) := decide(ask(subject, "read", "casus", "plan", ["plan", "politie"], state))

test_the_assigned_coach_reads_the_case_without_police_data if {
	some subject in [coach, coach_system]
	result := read_case(subject, coached_by("jeugdhulp"))
	result.allow
	result.categories == ["plan"]
	result.covenants == ["pga"]
	identity := decide(ask(subject, "read", "jongere", "identiteit", ["identiteit", "contact"], coached_by("jeugdhulp")))
	identity.categories == ["contact", "identiteit"]
}

test_the_coach_gets_no_signals_or_measures if {
	some main in ["signaal", "maatregel", "politie"]
	result := decide(ask(coach, "read", "x", main, [main], coached_by("jeugdhulp")))
	not result.allow
	result.reason == sprintf("het convenant deelt geen %s-gegevens met jeugdhulp", [main])
}

test_an_unassigned_coach_is_refused if {
	some state in [coached_by(null), coached_by("jongerenwerk"), {"pga_actief": true}]
	result := read_case(coach, state)
	not result.allow
	result.reason == "convenant pga geldt voor deze partij alleen zolang zij coach is in de open casus van de jongere"
}

test_a_closed_case_gives_the_coach_nothing if {
	# A closed case: no pga_actief, and the case facts name no coach either.
	result := read_case(coach, {"pga_actief": false, "coach": null})
	not result.allow
	result.reason == "convenant pga geldt alleen voor jongeren met een actieve PGA-casus"
}

test_the_coach_does_not_write_the_plan if {
	result := decide(ask(coach, "update", "perspectiefplan", "plan", ["plan"], coached_by("jeugdhulp")))
	not result.allow
	result.reason == "alleen gemeente (casusregisseur) mag een perspectiefplan vastleggen of wijzigen"
}

test_other_parties_are_unchanged_by_the_coach_fact if {
	jongerenwerk := {"client_id": "jongerenwerk-a", "user": null, "org": "jongerenwerk", "roles": ["jongerenwerker"]}
	some state in [coached_by("jeugdhulp"), coached_by(null)]
	result := read_case(jongerenwerk, state)
	result.allow
	result.categories == ["plan"]
}

test_a_party_condition_names_a_party if {
	broken := json.patch(data.convenanten.pga, [{"op": "add", "path": "/voorwaarden_per_partij/om", "value": "altijd"}])
	errors := convenanten.violations("pga", broken)
	count(errors) == 2 # not a party, and no such condition
	"voorwaarden_per_partij: om is geen partij" in errors
}
