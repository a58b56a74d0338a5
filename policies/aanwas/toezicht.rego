# Who may read the audit log: the privacy officer (functionaris gegevensbescherming), for
# supervision (toezicht), or, for the records about one named youth, to answer that youth's
# access request (inzage, AVG art. 15). Nobody else, whatever their role. Every such query is
# itself recorded in the log.
#
# input: subject {client_id, org, roles}, action (read | export | verify), purpose,
#        resource {type: auditlog | auditlog_jongere}
package aanwas.toezicht

import data.aanwas.gate

purposes := {
	"auditlog": {"toezicht"},
	"auditlog_jongere": {"toezicht", "inzage"},
}

privacy_officer if {
	input.subject.org == "privacy"
	"privacy_officer" in input.subject.roles
	every role in input.subject.roles {
		role in data.referentie.rollen.privacy
	}
}

allow if {
	privacy_officer
	input.action in {"read", "export", "verify"}
	input.purpose in purposes[input.resource.type]
}

reason := "toegestaan: toezicht door de functionaris gegevensbescherming" if allow

else := "alleen de privacy officer (organisatie privacy) leest de audit-log" if not privacy_officer

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
	"categories": [],
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
