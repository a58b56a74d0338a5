package aanwas.gate_test

import data.aanwas.gate

# 2026-11-28T12:00:00Z, well inside the groepsaanpak covenant (2025-01-01 .. 2028-12-31).
today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

signal := {"type": "signaal", "main_category": "signaal", "categories": ["identiteit", "signaal"]}

ask(org, roles, action, purpose) := {
	"subject": {"client_id": "c", "org": org, "roles": roles},
	"action": action,
	"purpose": purpose,
	"resource": object.union(signal, {"provided_by": "politie"}),
}

# Table: org, role, action, purpose, allowed?
cases := [
	["politie", "partner_system", "create", "signalering", true],
	["politie", "jeugdagent", "read", "signalering", true],
	["jongerenwerk", "jongerenwerker", "read", "signalering", true],
	["jongerenwerk", "jongerenwerker", "list", "groepsaanpak", true],
	["gemeente", "casusregisseur", "list", "signalering", true],
	["leerplicht", "leerplichtambtenaar", "create", "signalering", true],
	["halt", "halt_medewerker", "read", "groepsaanpak", true],
	["om", "officier", "read", "signalering", false],
	["om", "officier", "create", "signalering", false],
	["privacy", "privacy_officer", "read", "signalering", false],
	["privacy", "privacy_officer", "read", "toezicht", false],
	["zvh", "procesregisseur", "read", "signalering", false],
	["ondermijning", "rechercheur", "list", "signalering", false],
	["rvdk", "raadsonderzoeker", "read", "signalering", false],
	["jeugdreclassering", "jeugdreclasseerder", "read", "signalering", false],
	["politie", "analist", "read", "signalering", false],
	["gemeente", "analist", "list", "signalering", false],
	["politie", "partner_system", "read", "pga", false],
	["politie", "partner_system", "read", "ondermijning", false],
	["politie", "partner_system", "delete", "signalering", false],
	["onbekend", "partner_system", "read", "signalering", false],
]

test_matrix if {
	every case in cases {
		[org, role, action, purpose, expected] := case
		result := gate.decision with input as ask(org, [role], action, purpose) with time.now_ns as today
		result.allow == expected
	}
}

test_allowed_decision_names_covenant_and_categories if {
	result := gate.decision with input as ask("jongerenwerk", ["jongerenwerker"], "read", "signalering")
		with time.now_ns as today
	result == {
		"allow": true,
		"reason": "toegestaan onder convenant",
		"categories": ["identiteit", "signaal"],
		"covenants": ["groepsaanpak"],
	}
}

test_no_purpose_is_denied_with_reason if {
	question := json.remove(ask("politie", ["partner_system"], "read", null), ["purpose"])
	result := gate.decision with input as question with time.now_ns as today
	not result.allow
	result.reason == "geen doelbinding opgegeven (header Doelbinding)"
	result.categories == []
}

test_null_purpose_is_denied if {
	result := gate.decision with input as ask("politie", ["partner_system"], "read", null)
		with time.now_ns as today
	not result.allow
	result.reason == "geen doelbinding opgegeven (header Doelbinding)"
}

test_unknown_purpose_is_denied_with_reason if {
	result := gate.decision with input as ask("politie", ["partner_system"], "read", "nieuwsgierigheid")
		with time.now_ns as today
	not result.allow
	result.reason == "onbekend doel 'nieuwsgierigheid'"
}

test_role_without_personal_data_is_denied_with_reason if {
	result := gate.decision with input as ask("privacy", ["privacy_officer"], "read", "signalering")
		with time.now_ns as today
	result.reason == "deze rol ziet geen persoonsgegevens"
}

test_party_outside_covenant_is_denied_with_reason if {
	result := gate.decision with input as ask("om", ["officier"], "read", "signalering")
		with time.now_ns as today
	result.reason == "geen geldend convenant geeft organisatie 'om' toegang voor doel 'signalering'"
}

test_no_roles_is_denied if {
	result := gate.decision with input as ask("politie", [], "read", "signalering")
		with time.now_ns as today
	not result.allow
}

test_write_of_unshared_category_is_denied if {
	question := json.patch(
		ask("politie", ["partner_system"], "create", "signalering"),
		[{"op": "replace", "path": "/resource/categories", "value": ["signaal", "justitie"]}],
	)
	result := gate.decision with input as question with time.now_ns as today
	not result.allow
	result.reason == "het convenant deelt niet alle gevraagde gegevenscategorieen"
}

test_read_needs_main_category if {
	question := json.patch(
		ask("politie", ["partner_system"], "read", "signalering"),
		[{"op": "replace", "path": "/resource/main_category", "value": "justitie"}],
	)
	result := gate.decision with input as question with time.now_ns as today
	not result.allow
}

test_read_filters_categories_to_covenant if {
	question := json.patch(
		ask("politie", ["partner_system"], "read", "signalering"),
		[{"op": "replace", "path": "/resource/categories", "value": ["identiteit", "signaal", "justitie"]}],
	)
	result := gate.decision with input as question with time.now_ns as today
	result.allow
	result.categories == ["identiteit", "signaal"]
}

test_covenant_not_yet_in_force_permits_nothing if {
	result := gate.decision with input as ask("politie", ["partner_system"], "read", "signalering")
		with time.now_ns as time.parse_rfc3339_ns("2024-12-31T23:59:59Z")
	not result.allow
}

test_covenant_in_force_on_its_first_and_last_day if {
	first := gate.decision with input as ask("politie", ["partner_system"], "read", "signalering")
		with time.now_ns as time.parse_rfc3339_ns("2025-01-01T00:00:00Z")
	first.allow
	last := gate.decision with input as ask("politie", ["partner_system"], "read", "signalering")
		with time.now_ns as time.parse_rfc3339_ns("2028-12-31T23:59:59Z")
	last.allow
}

test_expired_covenant_permits_nothing if {
	result := gate.decision with input as ask("politie", ["partner_system"], "read", "signalering")
		with time.now_ns as time.parse_rfc3339_ns("2029-01-01T00:00:00Z")
	not result.allow
}
