# The gate's question, asked on every request that touches personal data: does a covenant
# permit this party, in this role, for this purpose, to act on these data categories of this
# youth, today? Anything not explicitly allowed is denied.
#
# input:
#   subject:  {client_id, user (null until people log in), org, roles}
#   action:   create | update | delete | read | list
#   purpose:  the Doelbinding header (null when absent)
#   resource: {type, main_category, categories: [category], provided_by: org | null,
#              provided_categories: [category], involved: [org],
#              jongere: {pga_actief, opgeschaald_zvh, riec_melding, regisseur, coach}}
#     main_category: without it the resource means nothing (a signal's is `signaal`)
#     provided_by:   the organisation that provided this record (single reads)
#     provided_categories: what that organisation supplied in it (own data covers only that)
#     involved:      for betrokkenheid, the organisations involved with the youth
#     soort, deelnemers: for overleg, the kind of meeting and its participating organisations
#     jongere:       the youth's case facts that switch covenants on; regisseur: who directs it;
#                    coach: the organisation assigned as coach in the open case (or null)
#     eigenaar:      for a planactie, the organisation that owns the item
#     soort:         for a maatregel, the kind of measure (who may impose it depends on it)
#     pand:          for a maatregel, true when it concerns a premises and no youth (a 13b closure)
#     overleg:       for an item on a meeting's agenda, the kind of meeting being read
# output (decision):
#   allow, reason, categories (permitted), covenants (that permitted it), basis
#   (convenant | eigen_gegevens), row_filter (null, or {provided_by: org} for a list the caller
#   may see only its own rows of), restrictions ({category: narrowing}), revision
package aanwas.gate

import data.aanwas.convenanten
import data.aanwas.regie
import data.aanwas.taken

# Bumped with every change to the rules in this package; the covenant data has its own hash.
beleidsversie := "8"

revision := sprintf("%s/%s", [beleidsversie, convenanten.revisie])

# --- who is asking, for what -----------------------------------------------------------------

no_purpose if not input.purpose

no_purpose if input.purpose == null

known_purpose if data.referentie.doelen[input.purpose]

blocked_org if data.referentie.organisaties_zonder_persoonsgegevens[input.subject.org]

# Roles the token names that its organisation does not have.
unknown_roles contains role if {
	some role in input.subject.roles
	not role in object.get(data.referentie.rollen, input.subject.org, [])
}

# Roles that never see personal data (an analist sees aggregates only); one is enough to deny.
restricted_roles contains role if {
	some role in input.subject.roles
	data.referentie.rollen_zonder_persoonsgegevens[role]
}

personal_data_role if {
	count(input.subject.roles) > 0
	count(unknown_roles) == 0
	count(restricted_roles) == 0
}

may_see_personal_data if {
	not blocked_org
	personal_data_role
}

never_visible := {c | some c in object.get(data.referentie.nooit_zichtbaar, input.subject.org, [])}

# --- which covenants apply -------------------------------------------------------------------

# Well-formed covenants that name the caller's organisation and the stated purpose.
# (Filtered on parties and purposes first, so only those covenants are schema-checked; a rule,
# so that the check runs once a decision however many rules ask.)
named contains code if {
	some code, covenant in data.convenanten
	input.subject.org in covenant.partijen
	input.purpose in covenant.doelen
	convenanten.toepasbaar(code, covenant)
}

condition_met(covenant) if not covenant.voorwaarde

condition_met(covenant) if input.resource.jongere[covenant.voorwaarde] == true

# Opening a PGA case is what makes the youth's case active: the pga covenant's condition holds
# for the opening itself (who may open one is limited by the writers of a casus, below).
condition_met(covenant) if {
	covenant.voorwaarde == "pga_actief"
	input.action == "create"
	input.resource.type == "casus"
}

# A closure of a premises (Opiumwet 13b) concerns no youth whose case could switch a covenant on:
# the covenants the reference data names for premises apply to it by themselves.
condition_met(covenant) if {
	input.resource.type == "maatregel"
	input.resource.pand == true
	covenant.code in data.referentie.maatregelen[input.resource.soort].panden_gedeeld_onder
}

# ...that are in force today and whose condition on the youth's case holds, for the covenant and
# for the caller's organisation (a coach party only while assigned: convenanten.rego).
applicable contains code if {
	some code in named
	covenant := data.convenanten[code]
	convenanten.van_kracht(covenant)
	condition_met(covenant)
	convenanten.partij_voorwaarde_vervuld(covenant)
	not code in regie.set_aside
}

# The condition that keeps a covenant in force from applying: its own first, then the one it sets
# for the caller's organisation.
unmet_condition(covenant) := covenant.voorwaarde if not condition_met(covenant)

else := convenanten.partij_voorwaarde(covenant) if not convenanten.partij_voorwaarde_vervuld(covenant)

# Covenants the caller receives data through. Under one it only supplies under (the schools push
# signals, convenanten.rego) it writes a new record it supplies itself, and receives nothing.
receiving := applicable - convenanten.alleen_aanleverend

giving contains code if some code in receiving

giving contains code if {
	input.action == "create"
	input.resource.provided_by == input.subject.org
	some code in (applicable & convenanten.alleen_aanleverend)
}

only_supplies if {
	count(applicable) > 0
	count(receiving) == 0
}

# The requested categories an applicable covenant shares with the caller.
covenant_categories contains category if {
	some code in giving
	some category in convenanten.shared_with(data.convenanten[code], input.subject.org)
	category in input.resource.categories
	not category in never_visible
	category in taken.task_categories
}

# A party always sees what it provided itself: all of it, minus what it may never see.
# A party always sees what it provided itself: the categories it supplied in this record (for a
# signal: the signal, not the identity of the youth it is linked to), minus what it may never
# see, and only for a purpose it works under.
own_categories contains category if {
	some category in object.get(input.resource, "provided_categories", [])
	category in input.resource.categories
	not category in never_visible
	category in taken.task_categories
}

# A record the system derives from what parties supplied (the doelgroeptoets) shows each party
# the parts that stem from categories it is the source of (the police: the antecedent count).
derived_own contains category if {
	input.resource.type == "doelgroeptoets"
	some category in source_categories
	category in input.resource.categories
	not category in never_visible
	category in taken.task_categories
}

# Purposes the caller's organisation works under in some covenant (in force or not).
org_purpose if count(named) > 0

# Categories an organisation is the source of (the police of police registrations, the OM of
# prosecution decisions): it may record them as its own data before any covenant shares them.
source_categories := {c | some c in object.get(data.referentie.categorie_van_organisatie, input.subject.org, [])}

# --- who may write which kind of record ---------------------------------------------------------

# Some records are one party's to keep, whatever a covenant shares: the case and its plan are the
# case director's, an antecedent is the police's, a measure is the competent authority's.
writers := data.referentie.schrijvers[input.resource.type]

write_allowed if {
	not data.referentie.schrijvers[input.resource.type]
	input.resource.type != "maatregel"
}

write_allowed if {
	some role in input.subject.roles
	role in object.get(writers, input.subject.org, [])
}

# The organisation that owns an item of the plan of action reports its progress.
write_allowed if {
	input.resource.type == "planactie"
	input.action == "update"
	input.resource.eigenaar == input.subject.org
}

write_allowed if {
	input.resource.type == "maatregel"
	input.subject.org in data.referentie.maatregelen[input.resource.soort].opgelegd_door
}

# An unknown measure (no kind known): the question is for whoever imposes some kind; the
# covenant then decides (a measure that does not exist belongs to no open case).
write_allowed if {
	input.resource.type == "maatregel"
	input.resource.soort == null
	some measure in data.referentie.maatregelen
	input.subject.org in measure.opgelegd_door
}

permitted_writers contains sprintf("%s (%s)", [org, concat(", ", roles)]) if {
	some org, roles in writers
}

permitted_writers contains org if {
	input.resource.type == "maatregel"
	some org in data.referentie.maatregelen[input.resource.soort].opgelegd_door
}

permitted_writers contains org if {
	input.resource.type == "maatregel"
	input.resource.soort == null
	some measure in data.referentie.maatregelen
	some org in measure.opgelegd_door
}

write_refusal := sprintf(
	"alleen %s mag een %s vastleggen of wijzigen",
	[concat(" of ", sort([w | some w in permitted_writers])), input.resource.type],
)

# --- who may read which kind of record ----------------------------------------------------------

# Some records are read only by the parties whose work they are, for that work's purpose,
# whatever else a covenant shares (`lezers`): a RIEC-melding is for team ondermijning (the
# police's system) and the RIEC, for `ondermijning` (not for the pga partners' case work).
readers := data.referentie.lezers[input.resource.type]

read_allowed if not input.action in {"read", "list"}

read_allowed if not data.referentie.lezers[input.resource.type]

read_allowed if {
	input.purpose == readers.doel
	some role in input.subject.roles
	role in object.get(readers.rollen, input.subject.org, [])
}

permitted_readers contains sprintf("%s (%s)", [org, concat(", ", roles)]) if {
	some org, roles in readers.rollen
}

read_refusal := sprintf(
	"alleen %s mag een %s lezen, voor doel '%s'",
	[concat(" of ", sort([r | some r in permitted_readers])), input.resource.type, readers.doel],
)

# --- the rules ---------------------------------------------------------------------------------

precondition if {
	known_purpose
	may_see_personal_data
	taken.task_covers_request
	not regie.other_directors_case
	read_allowed
}

grant := data_grant if not input.resource.type in {"betrokkenheid", "overleg"}

grant := involvement_grant if input.resource.type == "betrokkenheid"

grant := meeting_grant if input.resource.type == "overleg"

# Writing (creating, correcting, removing): every category written must be shared under an
# applicable covenant.
data_grant := {"basis": "convenant", "categories": covenant_categories, "row_filter": null} if {
	input.action in {"create", "update", "delete"}
	precondition
	write_allowed
	count(applicable) > 0
	every category in input.resource.categories {
		category in covenant_categories
	}
}

# Recording or correcting what the organisation is the source of, as its own data.
else := {"basis": "eigen_gegevens", "categories": source_categories, "row_filter": null} if {
	input.action in {"create", "update"}
	precondition
	write_allowed
	org_purpose
	input.resource.provided_by == input.subject.org
	count(input.resource.categories) > 0
	every category in input.resource.categories {
		category in source_categories
		category in taken.task_categories
	}
}

# Correcting a record the caller provided itself (ending a measure it imposed, after the case
# closed), for a purpose it works under: only what it supplied in that record.
else := {"basis": "eigen_gegevens", "categories": own_categories, "row_filter": null} if {
	input.action == "update"
	precondition
	write_allowed
	org_purpose
	input.resource.provided_by == input.subject.org
	count(input.resource.categories) > 0
	every category in input.resource.categories {
		category in own_categories
	}
}

# Reading one record or a list: a covenant shares the resource's main category.
else := {"basis": "convenant", "categories": (covenant_categories | derived_own), "row_filter": null} if {
	input.action in {"read", "list"}
	precondition
	input.resource.main_category in covenant_categories
}

# Reading one record the caller provided itself.
else := {"basis": "eigen_gegevens", "categories": own_categories, "row_filter": null} if {
	input.action == "read"
	precondition
	org_purpose
	input.resource.provided_by == input.subject.org
	input.resource.main_category in own_categories
}

# Listing without a covenant: only the rows the caller provided, for a purpose it works under.
else := {
	"basis": "eigen_gegevens",
	"categories": own_categories,
	"row_filter": {"provided_by": input.subject.org},
} if {
	input.action == "list"
	precondition
	org_purpose
	input.resource.main_category in own_categories
}

# Involvement (like the Verwijsindex): who is involved with a youth, never what they know.
# The organisations involved and the case director may see it, for a purpose they work under.
involvement_grant := {"basis": "betrokkenheid", "categories": {"signaal"}, "row_filter": null} if {
	input.action == "read"
	precondition
	count(receiving) > 0 # a covenant in force for this purpose, whose condition holds
	involved_or_case_director
}

# A meeting (date, kind, participants; no personal data) is for its participants, under the
# purpose of its kind; an organisation may only convene a kind it takes part in. What is on its
# agenda is decided per youth, like any personal data.
meeting_grant := {"basis": "overleg", "categories": set(), "row_filter": null} if {
	input.action in {"create", "read"}
	precondition
	kind := data.referentie.overleggen[input.resource.soort]
	input.purpose == kind.doel
	input.subject.org in kind.deelnemers
	input.subject.org in input.resource.deelnemers
	every participant in input.resource.deelnemers {
		participant in kind.deelnemers
	}
}

# Involvement a party may not learn of: organisations whose data it never sees (jongerenwerk
# does not learn that the police, the OM or the RIEC are involved).
hidden_involvement contains org if {
	some org in input.resource.involved
	some category in data.referentie.categorie_van_organisatie[org]
	category in never_visible
}

involved_or_case_director if input.subject.org in input.resource.involved

involved_or_case_director if {
	input.subject.org == "gemeente"
	"casusregisseur" in input.subject.roles
}

allow if grant

# Escalations a party may learn of: those whose covenant names it as a party (the other pga
# partners do not learn of a RIEC-melding).
escalation_kind := {"opgeschaald_zvh": "zvh", "riec_melding": "riec"}

visible_escalations contains kind if {
	some covenant in data.convenanten
	kind := escalation_kind[covenant.voorwaarde]
	input.subject.org in covenant.partijen
}

default granted_covenants := []

# The covenants that gave something granted: one that applies but shares none of it did not.
granted_covenants := sort({c |
	some c in giving
	some category in grant.categories
	category in convenanten.shared_with(data.convenanten[c], input.subject.org)
}) if grant.basis == "convenant"

restrictions[category] := narrowing if {
	grant.basis == "convenant"
	some code in applicable
	some category, narrowing in object.get(data.convenanten[code], "beperkingen", {})
	category in grant.categories
}

# METADATA
# description: The answer to the gate's question; the API queries this rule.
# entrypoint: true
decision := {
	"allow": true,
	"reason": reason,
	"basis": grant.basis,
	"categories": sort([c | some c in grant.categories]),
	"covenants": granted_covenants,
	"row_filter": grant.row_filter,
	"restrictions": restrictions,
	"hidden_involvement": sort([org | some org in hidden_involvement]),
	"visible_escalations": sort([kind | some kind in visible_escalations]),
	"revision": revision,
} if allow

else := {
	"allow": false,
	"reason": reason,
	"basis": null,
	"categories": [],
	"covenants": [],
	"row_filter": null,
	"restrictions": {},
	"hidden_involvement": [],
	"visible_escalations": [],
	"revision": revision,
}
