# Regie: a casusregisseur directs its own cases (DOMAIN.md, need to know: a casusregisseur gets
# what the covenants give the gemeente for the youths in cases it directs, not the cases of other
# directors). The gate (gate.rego) asks this package whether a request is on another director's
# case, and refuses it before any covenant is weighed.
#
# input: as for aanwas.gate; subject.user names the person once people log in, and
# resource.jongere.regisseur the identity directing the case (null when not known).
package aanwas.regie

# Who acts: the person once people log in, until then the client.
identiteit := input.subject.user if is_string(input.subject.user)

else := input.subject.client_id

# A case's content (the case with its history, its plan of action, perspective plan and
# escalations) is its director's: another casusregisseur neither reads nor changes it, and only
# the director hands the case over (no other role of the municipality may). Not narrowed:
# opening a case (a youth with an open case gets a conflict naming it), listing a youth's cases
# (which status, who directs: whom to call), and a case whose director is not known (opened
# before directors were identities and no longer in the audit log: until someone takes it over).
case_content := {"casus", "planactie", "perspectiefplan", "opschaling"}

other_directors_case if {
	"casusregisseur" in input.subject.roles
	input.resource.type in case_content
	input.action != "list"
	not opening_a_case
	regisseur := object.get(input.resource.jongere, "regisseur", null)
	is_string(regisseur)
	regisseur != identiteit
}

opening_a_case if {
	input.action == "create"
	input.resource.type == "casus"
}

refusal := concat("; ", [
	"deze casus wordt geregisseerd door een andere casusregisseur",
	"alleen wie de casus regisseert ziet en wijzigt de inhoud ervan",
])
