package aanwas.beheer_test

import data.aanwas.beheer

ask(org, roles, action, type) := {
	"subject": {"client_id": "c", "org": org, "roles": roles},
	"action": action,
	"resource": {"type": type},
}

test_policy_advisers_of_the_municipality_manage_the_signal_card if {
	every action in ["create", "update"] {
		beheer.decision.allow with input as ask("gemeente", ["beleidsadviseur"], action, "signaalcategorie")
	}
	result := beheer.decision with input as ask("gemeente", ["beleidsadviseur"], "create", "signaalcategorie")
	startswith(result.revision, "8/")
}

test_nobody_else_does if {
	every q in [
		ask("gemeente", ["casusregisseur"], "create", "signaalcategorie"),
		ask("politie", ["partner_system"], "create", "signaalcategorie"),
		ask("gemeente", ["beleidsadviseur"], "delete", "signaalcategorie"),
	] {
		result := beheer.decision with input as q
		not result.allow
		result.reason == "alleen gemeente (beleidsadviseur) beheren signaalcategorie"
	}
	other := beheer.decision with input as ask("gemeente", ["beleidsadviseur"], "create", "convenant")
	not other.allow
	other.reason == "dit zijn geen referentiegegevens die via de API worden beheerd"
}
