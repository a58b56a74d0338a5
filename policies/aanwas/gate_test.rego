# Table-driven tests of the gate: every organisation x purpose x data category x state of the
# youth's case of DOMAIN.md, against an expectation written out here from DOMAIN.md itself (not
# read from the covenant data), so a wrong data change fails these tests.
package aanwas.gate_test

import data.aanwas.gate

# 2026-11-28T12:00:00Z: every default covenant is in force.
today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

all_categories := [
	"identiteit", "contact", "signaal", "risico", "politie", "justitie", "jeugdbescherming",
	"reclassering", "onderwijs", "zorg", "financieel", "plan", "maatregel",
]

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
	"jeugdhulp": "coach",
	"privacy": "privacy_officer",
}

# DOMAIN.md, "Covenants (convenanten), the default set".
domain := {
	"groepsaanpak": {
		"orgs": {"gemeente", "politie", "jongerenwerk", "leerplicht", "halt"},
		"purposes": {"signalering", "groepsaanpak"},
		"categories": {"identiteit", "contact", "signaal", "risico"},
		"condition": "none",
	},
	"pga": {
		"orgs": {"gemeente", "politie", "jongerenwerk", "leerplicht", "halt", "jeugdreclassering", "rvdk"},
		"purposes": {"pga"},
		"categories": {"identiteit", "contact", "signaal", "risico", "onderwijs", "plan", "maatregel", "politie"},
		"condition": "pga_actief",
	},
	"zvh": {
		"orgs": {"zvh", "gemeente", "politie", "om", "jeugdreclassering", "rvdk"},
		"purposes": {"ico"},
		# DOMAIN.md, "RIEC consultation": financieel data exists only under the riec covenant.
		"categories": {c | some c in all_categories; c != "financieel"},
		"condition": "opgeschaald_zvh",
	},
	# DOMAIN.md, "The process in more detail": the schools, the jeugdwijkteam and handhaving push
	# signals and see only what they supplied; the gemeente receives them (aanleveren_test.rego).
	"vroegsignalering": {
		"orgs": {"gemeente"},
		"purposes": {"signalering"},
		"categories": {"identiteit", "signaal"},
		"condition": "none",
	},
	# DOMAIN.md, "Sociaal perspectiefplan": the coach (jeugdhulp) gets access under pga while
	# assigned, for what the covenant lists for it (coaching_test.rego).
	"pga coach": {
		"orgs": {"jeugdhulp"},
		"purposes": {"pga"},
		"categories": {"identiteit", "contact", "risico", "onderwijs", "plan"},
		"condition": "jeugdhulp_coacht",
	},
	"riec": {
		"orgs": {"gemeente", "politie", "om", "ondermijning"},
		"purposes": {"ondermijning"},
		# DOMAIN.md, "The process in more detail": measures, among them the 13b closure of a
		# premises, are shared under the riec covenant too.
		"categories": {"identiteit", "financieel", "signaal", "politie", "maatregel"},
		"condition": "riec_melding",
	},
}

# DOMAIN.md, "Need to know inside an organisation": purposes of its organisation that a role's
# task does not hold (the jeugdagent works with youths, not for the RIEC).
not_for_task := {"jeugdagent": {"ondermijning"}}

# DOMAIN.md, "Rules that hold across covenants".
never := {"jongerenwerk": {"politie", "justitie", "financieel"}}

case_states := {
	"geen casus": {},
	"pga actief": {"pga_actief": true},
	"opgeschaald zvh": {"pga_actief": true, "opgeschaald_zvh": true},
	"riec-melding": {"pga_actief": true, "riec_melding": true},
	"jeugdhulp coacht": {"pga_actief": true, "coach": "jeugdhulp"},
}

purposes := ["signalering", "groepsaanpak", "pga", "ico", "ondermijning", "rapportage", "inzage", "toezicht"]

holds("none", _)

holds(condition, state) if state[condition] == true

holds("jeugdhulp_coacht", state) if {
	state.pga_actief == true
	state.coach == "jeugdhulp"
}

expected_categories(org, purpose, state) := {c |
	some spec in domain
	org in spec.orgs
	purpose in spec.purposes
	holds(spec.condition, state)
	some c in spec.categories
	not c in object.get(never, org, set())
	org != "privacy"
	not purpose in object.get(not_for_task, role_of[org], set())
}

question(org, roles, action, purpose, main, state) := {
	"subject": {"client_id": "c", "org": org, "roles": roles},
	"action": action,
	"purpose": purpose,
	"resource": {
		"type": "test",
		"main_category": main,
		"categories": all_categories,
		"provided_by": "een_ander",
		"jongere": state,
	},
}

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

test_read_matrix_every_org_purpose_category_and_case_state if {
	mismatches := {[org, purpose, main, state_name, expected_allow] |
		some org, role in role_of
		some purpose in purposes
		some state_name, state in case_states
		expected := expected_categories(org, purpose, state)
		some main in all_categories
		expected_allow := main in expected
		result := decide(question(org, [role], "read", purpose, main, state))
		not agrees(result, expected_allow, expected)
	}
	count(mismatches) == 0
}

agrees(result, true, expected) if {
	result.allow
	result.basis == "convenant"
	{c | some c in result.categories} == expected
}

agrees(result, false, _) if {
	not result.allow
	result.categories == []
}

test_list_matrix_matches_read_for_covenant_parties if {
	mismatches := {[org, purpose, main] |
		some org, role in role_of
		some purpose in purposes
		some main in all_categories
		state := case_states["opgeschaald zvh"]
		read := decide(question(org, [role], "read", purpose, main, state))
		read.allow
		listed := decide(question(org, [role], "list", purpose, main, state))
		not listed == object.union(read, {"reason": listed.reason})
	}
	count(mismatches) == 0
}

test_analist_never_sees_personal_data if {
	allowed := {[org, purpose] |
		some org in ["politie", "gemeente"]
		some purpose in purposes
		some main in all_categories
		decide(question(org, ["analist"], "read", purpose, main, case_states["opgeschaald zvh"])).allow
	}
	count(allowed) == 0
	result := decide(question("gemeente", ["analist"], "read", "pga", "signaal", {"pga_actief": true}))
	result.reason == "een analist ziet alleen geaggregeerde of gepseudonimiseerde gegevens"
}

test_analist_with_a_second_role_still_sees_no_personal_data if {
	result := decide(question("gemeente", ["casusregisseur", "analist"], "read", "signalering", "signaal", {}))
	not result.allow
	result.reason == "een analist ziet alleen geaggregeerde of gepseudonimiseerde gegevens"
}

test_roles_must_belong_to_the_organisation if {
	every roles in [["Jeugdagent"], ["officier"], ["jeugdagent", "officier"]] {
		result := decide(question("politie", roles, "read", "signalering", "signaal", {}))
		not result.allow
		startswith(result.reason, "organisatie 'politie' kent geen rol ")
	}
}

test_partner_systems_act_for_every_organisation_but_privacy if {
	decide(question("leerplicht", ["partner_system"], "read", "signalering", "signaal", {})).allow
	not decide(question("privacy", ["partner_system"], "read", "toezicht", "signaal", {})).allow
}

test_privacy_never_sees_personal_data_whatever_its_role if {
	result := decide(question("privacy", ["privacy_officer"], "read", "toezicht", "signaal", {}))
	not result.allow
	startswith(result.reason, "de functionaris gegevensbescherming ziet geen persoonsgegevens")
}

test_jongerenwerk_never_sees_police_justice_or_money if {
	every main in ["politie", "justitie", "financieel"] {
		result := decide(question("jongerenwerk", ["jongerenwerker"], "read", "pga", main, {"pga_actief": true}))
		not result.allow
		result.reason == sprintf("jongerenwerk ziet nooit %s-gegevens", [main])
	}
	allowed := decide(question("jongerenwerk", ["jongerenwerker"], "read", "pga", "signaal", {"pga_actief": true}))
	not "politie" in allowed.categories
}

test_pga_shares_police_data_only_as_kind_and_count if {
	result := decide(question("halt", ["halt_medewerker"], "read", "pga", "signaal", {"pga_actief": true}))
	result.allow
	"politie" in result.categories
	result.restrictions == {"politie": "alleen soort en aantal Opiumwet-antecedenten"}
	zvh := decide(question("politie", ["jeugdagent"], "read", "ico", "signaal", {"opgeschaald_zvh": true}))
	zvh.restrictions == {}
}

test_reasons_name_the_rule if {
	reasons := {name: decide(q).reason |
		some name, q in {
			"no case": question("halt", ["halt_medewerker"], "read", "pga", "signaal", {}),
			"not escalated": question("om", ["officier"], "read", "ico", "signaal", {"pga_actief": true}),
			"no riec": question("ondermijning", ["rechercheur"], "read", "ondermijning", "financieel", {}),
			"no covenant": question("om", ["officier"], "read", "signalering", "signaal", {}),
			"not shared": question("politie", ["jeugdagent"], "read", "signalering", "zorg", {}),
			"no roles": question("politie", [], "read", "signalering", "signaal", {}),
		}
	}
	reasons == {
		"no case": "convenant pga geldt alleen voor jongeren met een actieve PGA-casus",
		"not escalated": "convenant zvh geldt alleen voor casussen die zijn opgeschaald naar het Zorg- en Veiligheidshuis",
		"no riec": "convenant riec geldt alleen voor casussen met een RIEC-melding",
		"no covenant": "geen geldend convenant geeft organisatie 'om' toegang voor doel 'signalering'",
		"not shared": "het convenant deelt geen zorg-gegevens met politie",
		"no roles": "het toegangstoken noemt geen rol",
	}
}

test_no_purpose_is_denied if {
	every purpose in [null, ""] {
		result := decide(question("politie", ["jeugdagent"], "read", purpose, "signaal", {}))
		not result.allow
	}
	absent := decide(json.remove(question("politie", ["jeugdagent"], "read", null, "signaal", {}), ["purpose"]))
	absent.reason == "geen doelbinding opgegeven (header Doelbinding)"
	null_purpose := decide(question("politie", ["jeugdagent"], "read", null, "signaal", {}))
	null_purpose.reason == "geen doelbinding opgegeven (header Doelbinding)"
}

test_unknown_purpose_is_denied if {
	result := decide(question("politie", ["jeugdagent"], "read", "nieuwsgierigheid", "signaal", {}))
	not result.allow
	result.reason == "onbekend doel 'nieuwsgierigheid'"
}

test_unknown_action_is_denied if {
	not decide(question("politie", ["jeugdagent"], "export", "signalering", "signaal", {})).allow
}

test_removing_is_a_write if {
	removal := json.patch(write("halt", ["risico"]), [{"op": "replace", "path": "/action", "value": "delete"}])
	decide(removal).allow
	by_om := json.patch(write("om", ["risico"]), [{"op": "replace", "path": "/action", "value": "delete"}])
	not decide(by_om).allow
}

# --- writing -----------------------------------------------------------------------------------

write(org, categories) := object.union(
	question(org, [role_of[org]], "create", "signalering", "signaal", {}),
	{"resource": {"categories": categories, "provided_by": org}},
)

test_covenant_parties_may_write_what_the_covenant_shares if {
	every org in ["politie", "gemeente", "jongerenwerk", "leerplicht", "halt"] {
		result := decide(write(org, ["identiteit", "signaal"]))
		result.allow
		result.categories == ["identiteit", "signaal"]
	}
}

test_corrections_are_writes if {
	correction := json.patch(write("gemeente", ["identiteit"]), [{"op": "replace", "path": "/action", "value": "update"}])
	decide(correction).allow
	by_om := json.patch(write("om", ["identiteit"]), [{"op": "replace", "path": "/action", "value": "update"}])
	not decide(by_om).allow
}

test_writing_needs_a_covenant_for_every_category if {
	not decide(write("om", ["identiteit", "signaal"])).allow
	result := decide(write("politie", ["signaal", "justitie"]))
	not result.allow
	result.reason == "het convenant deelt niet alle gevraagde gegevenscategorieen"
	not decide(write("jongerenwerk", ["signaal", "politie"])).allow
}

# --- own data ----------------------------------------------------------------------------------

own(org, action, purpose, main) := object.union(
	question(org, [role_of[org]], action, purpose, main, {}),
	{"resource": {"provided_by": org, "provided_categories": ["signaal", main]}},
)

test_a_party_reads_what_it_provided_without_a_covenant if {
	# halt works under pga, but this youth has no PGA case: its own signal only.
	result := decide(own("halt", "read", "pga", "signaal"))
	result.allow
	result.basis == "eigen_gegevens"
	result.covenants == []
	result.categories == ["signaal"] # what it supplied, not the identity of the youth
}

test_own_data_is_read_only_for_a_purpose_the_party_works_under if {
	system := {"subject": {"roles": ["partner_system"]}}
	police := decide(object.union(own("politie", "read", "ondermijning", "signaal"), system))
	police.allow

	# ...and that the caller's task holds: the police's system works for the RIEC, a jeugdagent
	# does not, not even with what the police provided.
	agent := decide(own("politie", "read", "ondermijning", "signaal"))
	not agent.allow
	agent.reason == "de taak van jeugdagent (politie) omvat doel 'ondermijning' niet"
	every purpose in ["rapportage", "inzage", "toezicht", "ondermijning"] {
		not decide(own("halt", "read", purpose, "signaal")).allow
	}
}

test_own_data_still_needs_a_known_purpose_and_a_personal_data_role if {
	not decide(own("halt", "read", null, "signaal")).allow
	not decide(own("halt", "read", "nieuwsgierigheid", "signaal")).allow
	not decide(object.union(own("politie", "read", "signalering", "signaal"), {"subject": {"roles": ["analist"]}})).allow
	not decide(own("privacy", "read", "toezicht", "signaal")).allow
}

test_own_data_never_includes_what_a_party_may_never_see if {
	result := decide(own("jongerenwerk", "read", "pga", "signaal"))
	result.allow
	not "politie" in result.categories
	not decide(own("jongerenwerk", "read", "pga", "financieel")).allow
}

test_list_without_covenant_is_filtered_to_own_rows if {
	q := json.patch(
		question("halt", ["halt_medewerker"], "list", "pga", "signaal", {}),
		[{"op": "add", "path": "/resource/provided_categories", "value": ["signaal"]}],
	)
	result := decide(q)
	result.categories == ["signaal"]
	result.allow
	result.basis == "eigen_gegevens"
	result.row_filter == {"provided_by": "halt"}
}

test_list_with_covenant_is_not_filtered if {
	result := decide(question("halt", ["halt_medewerker"], "list", "signalering", "signaal", {}))
	result.allow
	result.row_filter == null
	result.covenants == ["groepsaanpak"]
}

test_list_for_a_purpose_the_org_never_works_under_is_denied if {
	not decide(question("om", ["officier"], "list", "signalering", "signaal", {})).allow
	not decide(question("jongerenwerk", ["jongerenwerker"], "list", "ico", "signaal", {})).allow
}

# --- time ------------------------------------------------------------------------------------

read_as(org, purpose, state, now) := result if {
	q := question(org, [role_of[org]], "read", purpose, "signaal", state)
	result := gate.decision with input as q with time.now_ns as time.parse_rfc3339_ns(now)
}

# Validity runs on the Amsterdam calendar: 23:00 UTC on 31 December is already 1 January there
# (CET), 22:00 UTC on 30 June is already 1 July (CEST).
test_covenants_permit_nothing_outside_their_validity if {
	every case in [
		["politie", "signalering", {}, "2024-12-31T22:59:59Z", "groepsaanpak", "2025-01-01", "2028-12-31"],
		["politie", "signalering", {}, "2028-12-31T23:00:00Z", "groepsaanpak", "2025-01-01", "2028-12-31"],
		["rvdk", "pga", {"pga_actief": true}, "2028-12-31T23:00:00Z", "pga", "2025-01-01", "2028-12-31"],
		["om", "ico", {"opgeschaald_zvh": true}, "2024-06-30T21:59:59Z", "zvh", "2024-07-01", "2029-06-30"],
		["om", "ondermijning", {"riec_melding": true}, "2029-12-31T23:00:00Z", "riec", "2025-01-01", "2029-12-31"],
	] {
		[org, purpose, state, now, code, from, until] := case
		result := read_as(org, purpose, state, now)
		not result.allow
		result.reason == sprintf("convenant %s is niet van kracht (geldig van %s tot en met %s)", [code, from, until])
	}
}

test_covenants_permit_on_their_first_and_last_day if {
	read_as("politie", "signalering", {}, "2024-12-31T23:00:00Z").allow
	read_as("politie", "signalering", {}, "2028-12-31T22:59:59Z").allow
	read_as("om", "ico", {"opgeschaald_zvh": true}, "2024-06-30T22:00:00Z").allow
	read_as("om", "ico", {"opgeschaald_zvh": true}, "2029-06-30T21:59:59Z").allow
}

# --- the decision carries what the audit log needs ---------------------------------------------

test_decision_carries_revision_and_covenants if {
	result := decide(question("jongerenwerk", ["jongerenwerker"], "read", "signalering", "signaal", {}))
	result.covenants == ["groepsaanpak"]
	startswith(result.revision, "8/")
	count(result.revision) == 18
	denied := decide(question("om", ["officier"], "read", "signalering", "signaal", {}))
	denied.revision == result.revision
}

test_revision_changes_with_the_covenant_data if {
	before := decide(question("politie", ["jeugdagent"], "read", "signalering", "signaal", {}))
	after := gate.decision with input as question("politie", ["jeugdagent"], "read", "signalering", "signaal", {})
		with time.now_ns as today
		with data.convenanten.groepsaanpak.versie as "1.1"
	before.revision != after.revision
}

# --- involvement ---------------------------------------------------------------------------------

involvement(org, roles, purpose, involved) := {
	"subject": {"client_id": "c", "org": org, "roles": roles},
	"action": "read",
	"purpose": purpose,
	"resource": {
		"type": "betrokkenheid",
		"main_category": "signaal",
		"categories": ["signaal"],
		"provided_by": null,
		"involved": involved,
		"jongere": {},
	},
}

test_involved_organisations_and_the_case_director_see_who_is_involved if {
	decide(involvement("halt", ["halt_medewerker"], "signalering", ["halt", "politie"])).allow
	decide(involvement("politie", ["jeugdagent"], "signalering", ["halt", "politie"])).allow
	director := decide(involvement("gemeente", ["casusregisseur"], "groepsaanpak", ["halt"]))
	director.allow
	director.basis == "betrokkenheid"
}

test_involvement_needs_a_covenant_in_force_for_the_purpose if {
	# pga without an active case, ondermijning without a RIEC-melding: no covenant applies.
	not decide(involvement("gemeente", ["casusregisseur"], "pga", ["halt"])).allow
	not decide(involvement("gemeente", ["casusregisseur"], "ondermijning", ["halt"])).allow
}

test_jongerenwerk_does_not_learn_of_police_justice_or_riec_involvement if {
	involved := ["jongerenwerk", "politie", "om", "ondermijning", "halt"]
	result := decide(involvement("jongerenwerk", ["jongerenwerker"], "signalering", involved))
	result.allow
	result.hidden_involvement == ["om", "ondermijning", "politie"]
	police := decide(involvement("halt", ["halt_medewerker"], "signalering", ["halt", "politie"]))
	police.hidden_involvement == []
}

test_others_do_not_learn_who_is_involved if {
	outsider := decide(involvement("leerplicht", ["leerplichtambtenaar"], "signalering", ["halt", "politie"]))
	not outsider.allow
	outsider.reason == "alleen betrokken organisaties en de casusregisseur zien wie er betrokken is"
	not decide(involvement("gemeente", ["beleidsadviseur"], "pga", ["halt"])).allow
	not decide(involvement("om", ["officier"], "signalering", ["om"])).allow
	not decide(involvement("privacy", ["privacy_officer"], "toezicht", ["privacy"])).allow
	not decide(involvement("halt", ["halt_medewerker"], null, ["halt"])).allow
}
