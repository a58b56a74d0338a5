# Regie: a casusregisseur directs its own cases (DOMAIN.md, need to know: a casusregisseur gets
# what the covenants give the gemeente for the youths in cases it directs, not the cases of other
# directors). The gate (gate.rego) asks this package whether a request is on another director's
# case (refused before any covenant is weighed) and which covenants it sets aside for the caller.
#
# input: as for aanwas.gate; subject.user names the person once people log in, and
# resource.jongere.regisseur the identity directing the case (null when not known).
package aanwas.regie

# Who acts: the person once people log in, until then the client.
identiteit := input.subject.user if is_string(input.subject.user)

else := input.subject.client_id

# The youth's case is directed by another than this casusregisseur (not when no director is
# known: a case opened before directors were identities whose opening left the audit log, until
# someone takes it over).
someone_elses_case if {
	"casusregisseur" in input.subject.roles
	regisseur := object.get(object.get(input.resource, "jongere", {}), "regisseur", null)
	is_string(regisseur)
	regisseur != identiteit
}

# A case's content (the case with its history, its plan of action, perspective plan and
# escalations) is its director's: another casusregisseur neither reads nor changes it, and only
# the director hands the case over (no other role of the municipality may). Not refused:
# opening a case (a youth with an open case gets a conflict naming it) and listing a youth's
# cases (which status, who directs: whom to call).
case_content := {"casus", "planactie", "perspectiefplan", "opschaling"}

other_directors_case if {
	someone_elses_case
	input.resource.type in case_content
	not listing_cases
	not opening_a_case
}

# A covenant that holds because of the youth's case (its condition is the case's state: pga,
# zvh, riec) gives a casusregisseur that youth only in the case it directs: for another, such
# covenants are set aside. Not narrowed: the covenants without such a condition (signalering,
# groepsaanpak), the agenda of a meeting of the municipality (whichever of its casusregisseurs
# attends), opening a case, listing its cases.
set_aside contains code if {
	someone_elses_case
	not opening_a_case
	not listing_cases
	not reading_an_agenda
	some code, covenant in data.convenanten
	covenant.voorwaarde
}

opening_a_case if {
	input.action == "create"
	input.resource.type == "casus"
}

listing_cases if {
	input.action == "list"
	input.resource.type == "casus"
}

reading_an_agenda if object.get(input.resource, "overleg", null) != null

# Why, in words: the gate says it after the caller's roles and before its task and covenants.
reason := refusal if other_directors_case

else := youth_refusal if {
	some code in set_aside
	input.subject.org in data.convenanten[code].partijen
	input.purpose in data.convenanten[code].doelen
}

refusal := concat("; ", [
	"deze casus wordt geregisseerd door een andere casusregisseur",
	"alleen wie de casus regisseert ziet en wijzigt de inhoud ervan",
])

youth_refusal := concat("; ", [
	"deze jongere heeft een casus van een andere casusregisseur",
	"wat een convenant op grond van die casus deelt, is voor wie de casus regisseert",
])
