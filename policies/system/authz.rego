# Who may use OPA's own REST API (opa run --authorization=basic). Only the API's questions are
# answered: the gate's, reference-data, audit-log and correction-request decisions, the covenant texts and status,
# the placemat and the meeting kinds with their participants. Nobody can read the whole data
# tree, list or change policies, or write data over HTTP; changes come only through the
# reviewed files of this bundle.
package system.authz

# METADATA
# description: OPA consults this rule for every request to its REST API.
# entrypoint: true
default allow := false

allow if {
	input.method == "POST"
	input.path in {
		["v1", "data", "aanwas", "gate", "decision"],
		["v1", "data", "aanwas", "beheer", "decision"],
		["v1", "data", "aanwas", "toezicht", "decision"],
		["v1", "data", "aanwas", "correctie", "decision"],
	}
}

allow if {
	input.method == "GET"
	input.path in {
		["v1", "data", "convenanten"],
		["v1", "data", "aanwas", "convenanten", "status"],
		["v1", "data", "referentie", "organisaties"],
		["v1", "data", "referentie", "overleggen"], # who takes part in which meeting
	}
}

allow if {
	input.method == "GET"
	input.path == ["health"]
}
