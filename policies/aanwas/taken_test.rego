# Need to know inside an organisation: a role's task narrows what its organisation's covenants
# give (DOMAIN.md, "Need to know inside an organisation"). One question per rule; the denials are
# checked as carefully as the permits, with their reasons.
package aanwas.taken_test

import data.aanwas.gate

today := time.parse_rfc3339_ns("2026-11-28T12:00:00Z")

decide(q) := result if {
	result := gate.decision with input as q with time.now_ns as today
}

adviser := ["gemeente", ["beleidsadviseur"]]

director := ["gemeente", ["casusregisseur"]]

ask(who, action, purpose, resource) := {
	"subject": {"client_id": "c", "org": who[0], "roles": who[1]},
	"action": action,
	"purpose": purpose,
	"resource": object.union(
		{
			"type": "test",
			"main_category": "signaal",
			"categories": ["signaal"],
			"provided_by": "politie",
			"jongere": {},
		},
		resource,
	),
}

# The identity of a youth on a meeting's agenda (api/overleggen/service.py: _item).
identity_on_agenda(meeting) := {
	"type": "jongere",
	"main_category": "identiteit",
	"categories": ["identiteit"],
	"provided_by": "politie",
	"provided_categories": ["identiteit"],
	"overleg": meeting,
}

# The signals of a youth on a meeting's agenda.
signals_on_agenda(kind) := {"type": "signaal", "categories": ["signaal"], "provided_by": null, "overleg": kind}

# A meeting itself (kind, date, participants; no personal data).
meeting(kind, participants) := {
	"type": "overleg",
	"categories": [],
	"provided_by": null,
	"soort": kind,
	"deelnemers": participants,
}

# The identity of a youth with an active PGA case, on a meeting's agenda.
identity_in_case_on_agenda(kind) := object.union(identity_on_agenda(kind), {"jongere": {"pga_actief": true}})

# The identity of a youth read directly, not on an agenda.
identity_read_directly := object.remove(identity_on_agenda("signaaloverleg"), ["overleg"])

signal_round := meeting("signaaloverleg", ["gemeente", "politie"])

case_meeting := meeting("casusoverleg", ["gemeente", "politie"])

# --- the data: every role that sees personal data has a task, and a task names what exists ------

test_every_task_names_a_role_of_its_organisation_a_known_purpose_and_profile if {
	wrong := {[org, role, purpose] |
		some org, roles in data.referentie.taken
		some role, purposes in roles
		some purpose, profile in purposes
		not well_formed(org, role, purpose, profile)
	}
	wrong == set()
}

well_formed(org, role, purpose, profile) if {
	role in data.referentie.rollen[org]
	data.referentie.doelen[purpose]
	data.referentie.taakprofielen[profile]
}

test_every_role_that_may_see_personal_data_has_a_task if {
	without := {[org, role] |
		some org, roles in data.referentie.rollen
		some role in roles
		not data.referentie.rollen_zonder_persoonsgegevens[role]
		not data.referentie.organisaties_zonder_persoonsgegevens[org]
		not data.referentie.taken[org][role]
	}
	without == set()
}

# A partner system is its organisation's whole reach: a covenant that gives an organisation a
# new purpose fails here until the tasks say who in the organisation works under it. A meeting
# the organisation takes part in adds the meeting's purpose (the OM and the ZVH at the
# ketenoverleg, under pga, which no covenant of theirs names).
test_a_partner_system_holds_every_purpose_of_its_organisations_covenants if {
	differ := {org |
		some org, roles in data.referentie.taken
		covenant_purposes := {p | some c in data.convenanten; org in c.partijen; some p in c.doelen}
		meeting_purposes := {kind.doel | some kind in data.referentie.overleggen; org in kind.deelnemers}
		task_purposes := object.keys(roles.partner_system)
		covenant_purposes | meeting_purposes != task_purposes
	}
	differ == set()
}

# A profile that limits a task to agendas names meetings that exist and the categories it needs
# (without a list it would open whatever the covenants give).
test_an_agenda_profile_names_existing_meetings_and_its_categories if {
	wrong := {name |
		some name, profile in data.referentie.taakprofielen
		"alleen_agenda_van" in object.keys(profile)
		not agenda_profile_well_formed(profile)
	}
	wrong == set()
}

agenda_profile_well_formed(profile) if {
	is_array(profile.categorieen)
	every kind in profile.alleen_agenda_van {
		data.referentie.overleggen[kind]
	}
}

# --- the policy adviser: covenants and agendas, no case content ---------------------------------

test_a_policy_adviser_reads_the_signal_round_and_who_is_on_its_agenda if {
	agenda := decide(ask(adviser, "read", "signalering", signal_round))
	agenda.allow
	agenda.basis == "overleg"
	agenda.categories == []

	identity := decide(ask(adviser, "read", "signalering", identity_on_agenda("signaaloverleg")))
	identity.allow
	identity.basis == "convenant"
	identity.categories == ["identiteit"]
}

test_a_policy_adviser_sees_no_signals_on_the_agenda if {
	signals := decide(ask(adviser, "list", "signalering", signals_on_agenda("signaaloverleg")))
	not signals.allow
	signals.categories == []
	signals.reason == "de taak van beleidsadviseur (gemeente) heeft geen signaal-gegevens nodig"

	# The case director of the same organisation does.
	decide(ask(director, "list", "signalering", signals_on_agenda("signaaloverleg"))).allow
}

test_a_policy_adviser_reads_a_case_meeting_without_personal_data if {
	decide(ask(adviser, "read", "pga", case_meeting)).allow
	decide(ask(adviser, "read", "ico", meeting("ico", ["zvh", "gemeente"]))).allow
	identity := decide(ask(adviser, "read", "pga", identity_in_case_on_agenda("casusoverleg")))
	not identity.allow
	identity.reason == "de taak van beleidsadviseur (gemeente) heeft geen identiteit-gegevens nodig"
	decide(ask(director, "read", "pga", identity_in_case_on_agenda("casusoverleg"))).allow
}

test_a_policy_adviser_sees_identity_only_on_an_agenda_read_for_its_purpose if {
	# Read directly, not on an agenda: not the adviser's task, though the gemeente registered it.
	direct := decide(ask(adviser, "read", "signalering", identity_read_directly))
	not direct.allow
	startswith(
		direct.reason,
		"de taak van beleidsadviseur (gemeente) omvat voor doel 'signalering' alleen de agenda van het signaaloverleg",
	)
	own := object.union(identity_read_directly, {"provided_by": "gemeente"})
	not decide(ask(adviser, "read", "signalering", own)).allow

	# An agenda of another kind than the purpose it is read for.
	not decide(ask(adviser, "read", "pga", identity_on_agenda("signaaloverleg"))).allow
	not decide(ask(adviser, "read", "signalering", identity_on_agenda("casusoverleg"))).allow
	not decide(ask(adviser, "read", "signalering", identity_on_agenda("onbekend"))).allow
}

test_a_policy_adviser_convenes_nothing_and_writes_nothing if {
	not decide(ask(adviser, "create", "signalering", signal_round)).allow
	on_agenda := object.union(identity_on_agenda("signaaloverleg"), {"type": "agendapunt", "provided_by": "gemeente"})
	not decide(ask(adviser, "create", "signalering", on_agenda)).allow
	not decide(ask(adviser, "create", "signalering", {"type": "signaal", "provided_by": "gemeente"})).allow
	ban := {
		"type": "maatregel",
		"main_category": "maatregel",
		"categories": ["maatregel"],
		"soort": "verblijfsontzegging",
		"jongere": {"pga_actief": true},
	}
	not decide(ask(adviser, "create", "pga", ban)).allow
	decide(ask(director, "create", "pga", ban)).allow
}

test_a_policy_adviser_learns_nothing_of_a_youth_outside_the_agenda if {
	involvement := {"type": "betrokkenheid", "involved": ["gemeente"]}
	decide(ask(director, "read", "signalering", involvement)).allow # the case director does
	questions := [ask(adviser, "read", "signalering", object.union(involvement, {"type": type})) |
		some type in ["betrokkenheid", "casus", "doelgroeptoets", "factor", "signaal", "jeugdgroep"]
	]
	every question in questions {
		not decide(question).allow
	}
}

test_a_policy_adviser_has_no_task_under_the_other_purposes if {
	every purpose in ["groepsaanpak", "ondermijning"] {
		result := decide(ask(adviser, "read", purpose, signals_on_agenda("signaaloverleg")))
		not result.allow
		result.reason == sprintf("de taak van beleidsadviseur (gemeente) omvat doel '%s' niet", [purpose])
	}
}

# --- person roles of partners: their organisation's covenants, for their task's purposes --------

test_a_jeugdagent_works_under_the_youth_purposes_not_the_riec if {
	riec_case := {"pga_actief": true, "riec_melding": true}
	agent := decide(ask(["politie", ["jeugdagent"]], "read", "ondermijning", {"jongere": riec_case}))
	not agent.allow
	agent.reason == "de taak van jeugdagent (politie) omvat doel 'ondermijning' niet"
	system := decide(ask(["politie", ["partner_system"]], "read", "ondermijning", {"jongere": riec_case}))
	system.allow
	system.covenants == ["riec"]
	decide(ask(["politie", ["jeugdagent"]], "read", "pga", {"jongere": riec_case})).allow
}

test_a_token_with_two_roles_has_both_tasks if {
	both := ["gemeente", ["beleidsadviseur", "casusregisseur"]]
	result := decide(ask(both, "list", "signalering", signals_on_agenda("signaaloverleg")))
	result.allow
	result.categories == ["signaal"]
}

# Without a covenant for the purpose, the covenant is the reason, not the task.
test_a_purpose_no_covenant_gives_is_refused_for_the_covenant if {
	result := decide(ask(["halt", ["halt_medewerker"]], "read", "ico", {}))
	result.reason == "geen geldend convenant geeft organisatie 'halt' toegang voor doel 'ico'"
}
