# Who may manage reference data (the signal card): no personal data, so no purpose, but still
# decided here and audited like every other access.
#
# input: subject {client_id, org, roles}, action (create | update), resource {type}
package aanwas.beheer

import data.aanwas.gate

managers := object.get(data.referentie.beheerders, input.resource.type, {})

allow if {
	input.action in {"create", "update"}
	some role in input.subject.roles
	role in object.get(managers, input.subject.org, [])
}

# METADATA
# description: The answer for reference data management; the API queries this rule.
# entrypoint: true
decision := {
	"allow": true,
	"reason": "toegestaan: beheer van referentiegegevens",
	"categories": [],
	"covenants": [],
	"revision": gate.revision,
} if allow

else := {
	"allow": false,
	"reason": sprintf("alleen %s beheren %s", [concat(", ", sort(holders)), input.resource.type]),
	"categories": [],
	"covenants": [],
	"revision": gate.revision,
} if {
	holders := {sprintf("%s (%s)", [org, concat(", ", roles)]) | some org, roles in managers}
	count(holders) > 0
}

else := {
	"allow": false,
	"reason": "dit zijn geen referentiegegevens die via de API worden beheerd",
	"categories": [],
	"covenants": [],
	"revision": gate.revision,
}
