# The zevenstappenmodel's steps per group (resource `groepsstap`, DOMAIN.md: "Groepsaanpak tracks
# the zevenstappenmodel's steps per group"): recorded and read by the parties of the groepsaanpak
# covenant only, under its purposes, by roles whose task holds them. No rule of its own: the
# gate's covenant rules decide, and these tests hold them to DOMAIN.md for this resource.
package aanwas.groepsstappen_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

# DOMAIN.md: the groepsaanpak covenant's parties and purposes.
parties := {"gemeente", "politie", "jongerenwerk", "leerplicht", "halt"}

covenant_purposes := {"signalering", "groepsaanpak"}

role_of := {
	"politie": "jeugdagent",
	"om": "officier",
	"jeugdreclassering": "jeugdreclasseerder",
	"rvdk": "raadsonderzoeker",
	"halt": "halt_medewerker",
	"leerplicht": "leerplichtambtenaar",
	"jongerenwerk": "jongerenwerker",
	"gemeente": "casusregisseur",
	"zvh": "procesregisseur",
	"ondermijning": "rechercheur",
	"onderwijs": "zorgcoordinator",
	"jeugdwijkteam": "wijkteammedewerker",
	"handhaving": "handhaver",
	"privacy": "privacy_officer",
}

step(org, roles, action, purpose) := {
	"subject": {"client_id": "c", "org": org, "roles": roles},
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": "groepsstap",
		"main_category": "risico",
		"categories": ["risico"],
		"provided_by": org,
		"jongere": {},
	},
}

default may_record(_, _) := false

may_record(org, purpose) if {
	org in parties
	purpose in covenant_purposes
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

test_only_the_covenant_parties_record_a_step_under_its_purposes if {
	mismatches := {[org, purpose] |
		some org, role in role_of
		some purpose in ["signalering", "groepsaanpak", "pga", "ico", "ondermijning", "rapportage"]
		expected := may_record(org, purpose)
		allowed := object.get(decide(step(org, [role], "create", purpose)), "allow", false)
		allowed != expected
	}
	count(mismatches) == 0
}

test_a_recorded_step_is_shared_under_the_groepsaanpak_covenant if {
	result := decide(step("jongerenwerk", ["partner_system"], "create", "groepsaanpak"))
	result.allow
	result.basis == "convenant"
	result.categories == ["risico"]
	result.covenants == ["groepsaanpak"]
}

test_roles_without_the_task_or_personal_data_are_refused if {
	adviser := decide(step("gemeente", ["beleidsadviseur"], "create", "groepsaanpak"))
	not adviser.allow
	adviser.reason == "de taak van beleidsadviseur (gemeente) omvat doel 'groepsaanpak' niet"
	analyst := decide(step("politie", ["analist"], "create", "groepsaanpak"))
	not analyst.allow
	analyst.reason == data.referentie.rollen_zonder_persoonsgegevens.analist
}

test_a_party_outside_the_covenant_is_told_why if {
	every roles in [["officier"], ["partner_system"]] {
		result := decide(step("om", roles, "create", "groepsaanpak"))
		not result.allow
		result.reason == "geen geldend convenant geeft organisatie 'om' toegang voor doel 'groepsaanpak'"
	}
}

test_no_step_outside_the_covenant_s_validity if {
	q := step("politie", ["jeugdagent"], "create", "groepsaanpak")
	result := gate.decision with input as q with time.now_ns as time.parse_rfc3339_ns("2029-01-01T00:00:00Z")
	not result.allow
	result.reason == "convenant groepsaanpak is niet van kracht (geldig van 2025-01-01 tot en met 2028-12-31)"
}

# Who records a step is data: naming writers for a groepsstap (say only the municipality, which
# has the regie) refuses the other parties without a change to the rules.
decide_with_writers(q) := result if {
	writers := {"gemeente": ["casusregisseur"]}
	result := decide(q) with data.referentie.schrijvers.groepsstap as writers
}

test_writers_of_a_step_are_a_data_change if {
	police := decide_with_writers(step("politie", ["jeugdagent"], "create", "groepsaanpak"))
	not police.allow
	police.reason == "alleen gemeente (casusregisseur) mag een groepsstap vastleggen of wijzigen"
	decide_with_writers(step("gemeente", ["casusregisseur"], "create", "groepsaanpak")).allow
	decide_with_writers(step("politie", ["jeugdagent"], "read", "groepsaanpak")).allow
}
