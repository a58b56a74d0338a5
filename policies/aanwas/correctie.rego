# Correction requests (AVG art. 16): the privacy officer files a youth's request to correct one
# item; the organisation that supplied the item, and only that organisation, sees the open
# requests about its own items and answers them. Nobody else sees or answers them.
#
# Both parties state purpose inzage (the data subject's rights). Every decision is recorded.
#
# input: subject {client_id, org, roles}, action (create | read | list | update), purpose,
#        resource {type: correctieverzoek, scope: officer | leverancier, provided_by, categories}
package aanwas.correctie

import data.aanwas.gate
import data.aanwas.toezicht

# What a request's texts may be sealed and opened as: the category of the item they are about.
item_categories := {c | some c in object.get(input.resource, "categories", [])}

all_personal := {c | some c in toezicht.inzage_categories}

# A supplier with a role of its own organisation that sees personal data.
supplier_role if {
	input.subject.org != "privacy"
	count(input.subject.roles) > 0
	every role in input.subject.roles {
		role in object.get(data.referentie.rollen, input.subject.org, [])
		not data.referentie.rollen_zonder_persoonsgegevens[role]
	}
}

# The officer files a request and reads a youth's requests (the texts they wrote).
grant := {"categories": item_categories, "row_filter": null} if {
	toezicht.privacy_officer
	input.action == "create"
	input.resource.scope == "officer"
	count(item_categories - all_personal) == 0
}

else := {"categories": all_personal, "row_filter": null} if {
	toezicht.privacy_officer
	input.action == "read"
	input.resource.scope == "officer"
}

# The supplier lists the requests about its own items only (the row filter).
else := {"categories": all_personal, "row_filter": {"provided_by": input.subject.org}} if {
	supplier_role
	input.action == "list"
	input.resource.scope == "leverancier"
}

# The supplier answers a request about an item it supplied itself.
else := {"categories": item_categories, "row_filter": null} if {
	supplier_role
	input.action == "update"
	input.resource.scope == "leverancier"
	input.resource.provided_by == input.subject.org
	count(item_categories - all_personal) == 0
}

allow if {
	input.purpose == "inzage"
	grant
}

reason := "toegestaan: correctieverzoek (AVG art. 16), door de functionaris gegevensbescherming" if {
	allow
	toezicht.privacy_officer
}

else := "toegestaan: correctieverzoek over gegevens die de organisatie zelf aanleverde" if allow

else := "een correctieverzoek wordt behandeld voor doel inzage" if {
	input.purpose != "inzage"
}

else := "alleen de organisatie die het gegeven aanleverde, beantwoordt een correctieverzoek" if {
	toezicht.privacy_officer
	input.resource.scope == "leverancier"
}

else := "alleen de privacy officer (organisatie privacy) dient een correctieverzoek in" if {
	input.resource.scope == "officer"
}

else := "het correctieverzoek gaat over een gegeven van een andere organisatie" if {
	supplier_role
	input.action == "update"
}

else := "het toegangstoken noemt geen rol die persoonsgegevens van de organisatie behandelt"

# METADATA
# description: The answer for a correction request; the API queries this rule.
# entrypoint: true
decision := {
	"allow": true,
	"reason": reason,
	"basis": "correctieverzoek",
	"categories": sort([c | some c in grant.categories]),
	"covenants": [],
	"row_filter": grant.row_filter,
	"revision": gate.revision,
} if allow

else := {
	"allow": false,
	"reason": reason,
	"basis": null,
	"categories": [],
	"covenants": [],
	"row_filter": null,
	"revision": gate.revision,
}
