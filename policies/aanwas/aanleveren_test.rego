# Parties that only supply (DOMAIN.md, "The process in more detail"): the schools, the
# jeugdwijkteam and handhaving push signals for the signaaloverleg under the vroegsignalering
# covenant, and see only what they supplied themselves; nothing of other parties.
package aanwas.aanleveren_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

signalers := {"onderwijs": "zorgcoordinator", "jeugdwijkteam": "wijkteammedewerker", "handhaving": "handhaver"}

# A signal (api/signalen/service.py: resource), provided by `provider`.
signal(org, role, action, purpose, provider) := {
	"subject": {"client_id": "c", "org": org, "roles": [role]},
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": "signaal",
		"main_category": "signaal",
		"categories": ["identiteit", "signaal"],
		"provided_by": provider,
		"provided_categories": ["signaal"],
		"jongere": {},
	},
}

supplier_only(org) := sprintf(
	"%s levert onder convenant vroegsignalering alleen aan en ziet alleen wat het zelf aanleverde",
	[org],
)

test_a_signaler_pushes_a_signal_under_the_vroegsignalering_covenant if {
	every org, person in signalers {
		every role in ["partner_system", person] {
			result := decide(signal(org, role, "create", "signalering", org))
			result.allow
			result.basis == "convenant"
			result.covenants == ["vroegsignalering"]
			result.categories == ["identiteit", "signaal"]
		}
	}
}

test_a_signaler_reads_back_only_the_signal_it_supplied if {
	every org, person in signalers {
		own := decide(signal(org, person, "read", "signalering", org))
		own.allow
		own.basis == "eigen_gegevens"
		own.categories == ["signaal"] # not the identity of the youth it is linked to

		listed := decide(signal(org, "partner_system", "list", "signalering", null))
		listed.allow
		listed.row_filter == {"provided_by": org}
		listed.categories == ["signaal"]
	}
}

test_a_signaler_sees_nothing_another_party_supplied if {
	every org, person in signalers {
		others := {p | some p in ["politie", "leerplicht", "gemeente", "onderwijs", "handhaving"]; p != org}
		every provider in others {
			result := decide(signal(org, person, "read", "signalering", provider))
			not result.allow
			result.reason == supplier_only(org)
		}
	}

	# The gemeente, which receives the signals, reads a school's signal with the youth's identity.
	received := decide(signal("gemeente", "casusregisseur", "read", "signalering", "onderwijs"))
	received.allow
	received.categories == ["identiteit", "signaal"]
	received.covenants == ["groepsaanpak", "vroegsignalering"]
}

test_a_signaler_learns_no_identity_it_did_not_supply if {
	registered_by_police := {"resource": {
		"type": "jongere",
		"main_category": "identiteit",
		"categories": ["identiteit"],
		"provided_categories": ["identiteit"],
		"provided_by": "politie",
	}}
	school := signal("onderwijs", "zorgcoordinator", "read", "signalering", null)
	result := decide(object.union(school, registered_by_police))
	not result.allow
	result.reason == supplier_only("onderwijs")

	# A youth the school registered with its first signal: the identity it supplied.
	by_school := object.union(registered_by_police, {"resource": {"provided_by": "onderwijs"}})
	decide(object.union(school, by_school)).allow
}

test_a_signaler_writes_only_records_it_supplies if {
	# Creating a signal in another's name, correcting or removing another party's signal.
	not decide(signal("handhaving", "handhaver", "create", "signalering", "politie")).allow
	every action in ["update", "delete"] {
		result := decide(signal("handhaving", "handhaver", action, "signalering", "politie"))
		not result.allow
		result.reason == supplier_only("handhaving")
	}

	# A risk factor is no signal: the covenant shares no risico, not even to supply.
	factor := {"resource": {"main_category": "risico", "categories": ["risico"]}}
	push := signal("jeugdwijkteam", "partner_system", "create", "signalering", "jeugdwijkteam")
	not decide(object.union(push, factor)).allow
}

test_a_signaler_does_not_learn_who_else_is_involved if {
	involvement := {"resource": {"type": "betrokkenheid", "involved": ["onderwijs", "politie"]}}
	result := decide(object.union(signal("onderwijs", "partner_system", "read", "signalering", null), involvement))
	not result.allow
	result.reason == supplier_only("onderwijs")
}

test_a_signaler_works_under_signalering_only if {
	every purpose in ["groepsaanpak", "pga", "ico", "ondermijning"] {
		result := decide(signal("onderwijs", "partner_system", "create", purpose, "onderwijs"))
		not result.allow
		result.reason == sprintf("geen geldend convenant geeft organisatie 'onderwijs' toegang voor doel '%s'", [purpose])
	}
}

test_a_signaler_pushes_nothing_outside_the_covenants_validity if {
	q := signal("onderwijs", "partner_system", "create", "signalering", "onderwijs")
	result := gate.decision with input as q with time.now_ns as time.parse_rfc3339_ns("2029-01-01T00:00:00Z")
	not result.allow
	result.reason == "convenant vroegsignalering is niet van kracht (geldig van 2025-01-01 tot en met 2028-12-31)"
}
