package aanwas.convenanten_test

import data.aanwas.convenanten
import data.aanwas.gate

test_the_default_covenants_are_well_formed if {
	convenanten.fouten == {}
	object.keys(convenanten.bruikbaar) == {"groepsaanpak", "pga", "zvh", "riec", "vroegsignalering"}
}

broken(patch) := json.patch(data.convenanten.groepsaanpak, patch)

test_a_malformed_covenant_is_refused_with_a_clear_message if {
	every patch in [
		[{"op": "remove", "path": "/geldig_tot"}],
		[{"op": "replace", "path": "/partijen", "value": ["politie", "maffia"]}],
		[{"op": "replace", "path": "/categorieen", "value": ["identiteit", "alles"]}],
		[{"op": "replace", "path": "/doelen", "value": "signalering"}],
		[{"op": "add", "path": "/iedereen_mag_alles", "value": true}],
		[{"op": "replace", "path": "/geldig_van", "value": "1 januari 2025"}],
		[{"op": "replace", "path": "/code", "value": "anders"}],
		[{"op": "replace", "path": "/geldig_tot", "value": "2024-01-01"}],
		[{"op": "replace", "path": "/geldig_van", "value": "2025-02-30"}],
		[{"op": "add", "path": "/categorieen_per_partij", "value": {"halt": ["zorg"]}}],
		[{"op": "add", "path": "/categorieen_per_partij", "value": {"om": ["signaal"]}}],
		[{"op": "add", "path": "/alleen_aanleveren", "value": ["onderwijs"]}],
		[{"op": "add", "path": "/alleen_aanleveren", "value": ["gemeente", "politie", "jongerenwerk", "leerplicht", "halt"]}],
	] {
		fouten := convenanten.fouten with data.convenanten.groepsaanpak as broken(patch)
		count(fouten.groepsaanpak) > 0
		not convenanten.bruikbaar.groepsaanpak with data.convenanten.groepsaanpak as broken(patch)
	}
}

test_a_malformed_covenant_permits_nothing_and_says_why if {
	q := {
		"subject": {"client_id": "c", "org": "politie", "roles": ["jeugdagent"]},
		"action": "read",
		"purpose": "signalering",
		"resource": {
			"type": "signaal",
			"main_category": "signaal",
			"categories": ["signaal"],
			"provided_by": "halt",
			"jongere": {},
		},
	}
	result := gate.decision with input as q
		with time.now_ns as time.parse_rfc3339_ns("2026-11-28T12:00:00Z")
		with data.convenanten.groepsaanpak as broken([{"op": "remove", "path": "/grondslag"}])
	not result.allow
	startswith(result.reason, "convenant groepsaanpak is ongeldig en wordt niet toegepast: ")
	contains(result.reason, "grondslag")
}

test_a_malformed_party_list_is_explained_to_everyone_it_may_concern if {
	q := {
		"subject": {"client_id": "c", "org": "om", "roles": ["officier"]},
		"action": "read",
		"purpose": "signalering",
		"resource": {
			"type": "signaal",
			"main_category": "signaal",
			"categories": ["signaal"],
			"provided_by": "halt",
			"jongere": {},
		},
	}
	result := gate.decision with input as q
		with time.now_ns as time.parse_rfc3339_ns("2026-11-28T12:00:00Z")
		with data.convenanten.groepsaanpak as broken([{"op": "replace", "path": "/partijen", "value": "iedereen"}])
	not result.allow
	startswith(result.reason, "convenant groepsaanpak is ongeldig en wordt niet toegepast: partijen")
}

test_status_reports_validity_and_force if {
	status := convenanten.status with time.now_ns as time.parse_rfc3339_ns("2029-03-01T00:00:00Z")
	status.groepsaanpak == {"geldig": true, "fouten": [], "van_kracht": false}
	status.zvh.van_kracht
	broken_status := convenanten.status with data.convenanten.riec as json.remove(data.convenanten.riec, ["titel"])
	not broken_status.riec.geldig
	count(broken_status.riec.fouten) == 1
}
