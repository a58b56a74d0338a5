# The gate's question, asked on every request that touches personal data:
# does a covenant permit this party, in this role, for this purpose, to act on these data
# categories today? Anything not explicitly allowed is denied.
#
# input:
#   subject:  {client_id, org, roles}
#   action:   create | read | list
#   purpose:  the Doelbinding header (null when absent)
#   resource: {type, main_category, categories: [category], provided_by: org | null}
#             main_category: without it the resource means nothing (a signal's is `signaal`)
# output (decision):
#   {allow, reason, categories: [permitted], covenants: [codes that permitted it]}
package aanwas.gate

# Covenants in force today that name the caller's organisation and the stated purpose.
applicable contains code if {
	some code, covenant in data.convenanten
	input.subject.org in covenant.partijen
	input.purpose in covenant.doelen
	in_force(covenant)
}

in_force(covenant) if {
	now := time.now_ns()
	time.parse_ns("2006-01-02", covenant.geldig_van) <= now
	now < time.add_date(time.parse_ns("2006-01-02", covenant.geldig_tot), 0, 0, 1)
}

# The requested categories some applicable covenant shares with the caller.
permitted contains category if {
	some code in applicable
	some category in data.convenanten[code].categorieen
	category in input.resource.categories
}

no_purpose if not input.purpose

no_purpose if input.purpose == null

personal_data_role if {
	some role in input.subject.roles
	not role in data.referentie.rollen_zonder_persoonsgegevens
}

# A write must be covered completely: a party may not store what it may not share.
covered if {
	input.action == "create"
	every category in input.resource.categories {
		category in permitted
	}
}

covered if {
	input.action in {"read", "list"}
	input.resource.main_category in permitted
}

allow if {
	personal_data_role
	count(applicable) > 0
	covered
}

reason := "toegestaan onder convenant" if allow

else := "geen doelbinding opgegeven (header Doelbinding)" if no_purpose

else := sprintf("onbekend doel '%s'", [input.purpose]) if {
	not data.referentie.doelen[input.purpose]
}

else := "deze rol ziet geen persoonsgegevens" if not personal_data_role

else := sprintf(
	"geen geldend convenant geeft organisatie '%s' toegang voor doel '%s'",
	[input.subject.org, input.purpose],
) if {
	count(applicable) == 0
}

else := "het convenant deelt niet alle gevraagde gegevenscategorieen"

decision := {
	"allow": allow,
	"reason": reason,
	"categories": sort([c | some c in permitted]),
	"covenants": sort([c | some c in applicable]),
} if allow

else := {
	"allow": false,
	"reason": reason,
	"categories": [],
	"covenants": [],
}
