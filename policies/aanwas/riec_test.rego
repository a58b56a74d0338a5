# The RIEC consultation (DOMAIN.md, "RIEC consultation"): a RIEC-melding is read by team
# ondermijning (the police's system) and the RIEC, answered by the RIEC; its financial details
# (`financieel`) exist only under the riec covenant.
package aanwas.riec_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

# The melding the question is about (the case may be closed while it is unanswered).
melding := {"pga_actief": false, "riec_melding": true, "regisseur": "gemeente-aaaaaaaaaaaa"}

ask(who, action, purpose, type, categories) := {
	"subject": {"client_id": who[2], "user": null, "org": who[0], "roles": [who[1]]},
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": type,
		"main_category": categories[0],
		"categories": categories,
		"provided_by": "gemeente",
		"jongere": melding,
	},
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

riec := ["ondermijning", "rechercheur", "ondermijning-cccccccccccc"]

riec_system := ["ondermijning", "partner_system", "ondermijning-dddddddddddd"]

police_system := ["politie", "partner_system", "politie-bbbbbbbbbbbb"]

agent := ["politie", "jeugdagent", "politie-eeeeeeeeeeee"]

director := ["gemeente", "casusregisseur", "gemeente-aaaaaaaaaaaa"]

prosecutor := ["om", "officier", "om-ffffffffffff"]

procesregisseur := ["zvh", "procesregisseur", "zvh-111111111111"]

melding_categories := ["signaal", "financieel", "politie"]

# The melding while its case is open, under which pga shares signaal (not financieel).
open_case := object.union(melding, {"pga_actief": true})

test_team_ondermijning_and_the_riec_read_a_melding_with_its_financial_details if {
	every who in [riec, riec_system, police_system] {
		every action in ["read", "list"] {
			shown := decide(ask(who, action, "ondermijning", "riec_melding", melding_categories))
			shown.allow
			shown.categories == ["financieel", "politie", "signaal"]
			shown.covenants == ["riec"]
		}
	}
}

test_others_do_not_read_a_melding if {
	readers := "ondermijning (partner_system, rechercheur) of politie (partner_system)"
	every who in [director, prosecutor] {
		refused := decide(ask(who, "read", "ondermijning", "riec_melding", melding_categories))
		not refused.allow
		refused.reason == sprintf("alleen %s mag een riec_melding lezen, voor doel 'ondermijning'", [readers])
	}

	# Not for another purpose, though a covenant for it shares the reason's category (pga: signaal).
	case_work := ask(police_system, "read", "pga", "riec_melding", melding_categories)
	not decide(object.union(case_work, {"resource": {"jongere": open_case}})).allow

	# The ZVH is no party to the riec covenant.
	ico := ask(procesregisseur, "read", "ico", "riec_melding", melding_categories)
	not decide(object.union(ico, {"resource": {"jongere": {"opgeschaald_zvh": true}}})).allow
	agents := decide(ask(agent, "read", "ondermijning", "riec_melding", melding_categories))
	agents.reason == "de taak van jeugdagent (politie) omvat doel 'ondermijning' niet"
}

test_only_the_riec_answers if {
	decide(ask(riec, "create", "ondermijning", "riec_antwoord", ["politie"])).allow
	decide(ask(riec_system, "create", "ondermijning", "riec_antwoord", ["politie"])).allow
	refused := decide(ask(police_system, "create", "ondermijning", "riec_antwoord", ["politie"]))
	not refused.allow
	refused.reason == "alleen ondermijning (partner_system, rechercheur) mag een riec_antwoord vastleggen of wijzigen"
	not decide(ask(director, "create", "ondermijning", "riec_antwoord", ["politie"])).allow
}

test_the_melder_and_the_police_add_financial_details_only_under_the_riec_covenant if {
	decide(ask(director, "update", "ondermijning", "riec_melding", ["financieel"])).allow
	decide(ask(police_system, "update", "ondermijning", "riec_melding", ["financieel"])).allow
	not decide(ask(riec, "update", "ondermijning", "riec_melding", ["financieel"])).allow

	# Under pga (the case work) no covenant shares financieel data.
	case_work := ask(director, "update", "pga", "riec_melding", ["financieel"])
	not decide(object.union(case_work, {"resource": {"jongere": open_case}})).allow
}

test_financieel_is_shared_under_the_riec_covenant_only if {
	escalated := {"pga_actief": true, "opgeschaald_zvh": true}
	every who in [procesregisseur, prosecutor, director] {
		q := object.union(ask(who, "read", "ico", "test", ["financieel"]), {"resource": {"jongere": escalated}})
		refused := decide(q)
		not refused.allow
		refused.reason == sprintf("het convenant deelt geen financieel-gegevens met %s", [who[0]])
	}
}
