# Who may read the audit log: the privacy officer (functionaris gegevensbescherming), for
# supervision (toezicht), or, for the records about one named youth, to answer that youth's
# access request (inzage, AVG art. 15). Nobody else, whatever their role. Every such query is
# itself recorded in the log.
#
# The inzage itself (resource type inzage): the privacy officer, for purpose inzage only, reads
# everything stored about one named youth to hand it to them. It is the one way the officer sees
# personal content (DOMAIN.md); what the document shows of police, justice and RIEC data is
# narrowed by the API (docs/inzage.md).
#
# Erasure on request (resource type vernietigingsverzoek, AVG art. 17): the privacy officer, for
# purpose inzage only, destroys one named youth's data on their documented request; the API
# refuses it (409) while a duty keeps the data (docs/retentie.md). It opens nothing.
#
# input: subject {client_id, org, roles}, action (read | export | verify | destroy), purpose,
#        resource {type: auditlog | auditlog_jongere | inzage | vernietigingsverzoek}
package aanwas.toezicht

import data.aanwas.gate

purposes := {
	"auditlog": {"toezicht"},
	"auditlog_jongere": {"toezicht", "inzage"},
	"inzage": {"inzage"},
	"vernietigingsverzoek": {"inzage"},
}

actions := {
	"auditlog": {"read", "export", "verify"},
	"auditlog_jongere": {"read"},
	"inzage": {"read"},
	"vernietigingsverzoek": {"destroy"},
}

# What an inzage may open: every category of personal data (DOMAIN.md); meta needs no permit.
inzage_categories := [
	"identiteit", "contact", "signaal", "risico", "politie", "justitie", "jeugdbescherming",
	"reclassering", "onderwijs", "zorg", "financieel", "plan", "maatregel",
]

categories := inzage_categories if input.resource.type == "inzage"

else := []

privacy_officer if {
	input.subject.org == "privacy"
	"privacy_officer" in input.subject.roles
	every role in input.subject.roles {
		role in data.referentie.rollen.privacy
	}
}

allow if {
	privacy_officer
	input.action in actions[input.resource.type]
	input.purpose in purposes[input.resource.type]
}

reason := "toegestaan: inzageverzoek (AVG art. 15), door de functionaris gegevensbescherming" if {
	allow
	input.resource.type == "inzage"
}

else := "toegestaan: wissen op verzoek van de betrokkene (AVG art. 17), door de functionaris gegevensbescherming" if {
	allow
	input.resource.type == "vernietigingsverzoek"
}

else := "toegestaan: toezicht door de functionaris gegevensbescherming" if allow

else := "alleen de privacy officer (organisatie privacy) wist gegevens op verzoek van de betrokkene" if {
	not privacy_officer
	input.resource.type == "vernietigingsverzoek"
}

else := "alleen de privacy officer (organisatie privacy) leest de audit-log" if not privacy_officer

else := "een inzage wordt alleen gelezen, voor doel inzage" if {
	input.resource.type == "inzage"
}

else := "wissen op verzoek van de betrokkene gebeurt alleen voor doel inzage" if {
	input.resource.type == "vernietigingsverzoek"
}

else := sprintf("de audit-log wordt alleen gelezen voor doel %s", [concat(" of ", permitted)]) if {
	some type, allowed in purposes
	type == input.resource.type
	permitted := sort([p | some p in allowed])
}

else := "geen onderdeel van de audit-log"

# METADATA
# description: The answer for reading the audit log; the API queries this rule.
# entrypoint: true
decision := {
	"allow": allow,
	"reason": reason,
	"categories": categories,
	"covenants": [],
	"revision": gate.revision,
} if allow

else := {
	"allow": false,
	"reason": reason,
	"categories": [],
	"covenants": [],
	"revision": gate.revision,
}
