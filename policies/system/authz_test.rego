package system.authz_test

import data.system.authz

test_the_api_may_ask_its_questions if {
	authz.allow with input as {"method": "POST", "path": ["v1", "data", "aanwas", "gate", "decision"]}
	authz.allow with input as {"method": "POST", "path": ["v1", "data", "aanwas", "beheer", "decision"]}
	authz.allow with input as {"method": "POST", "path": ["v1", "data", "aanwas", "correctie", "decision"]}
	authz.allow with input as {"method": "GET", "path": ["v1", "data", "convenanten"]}
	authz.allow with input as {"method": "GET", "path": ["v1", "data", "aanwas", "convenanten", "status"]}
	authz.allow with input as {"method": "GET", "path": ["v1", "data", "referentie", "organisaties"]}
	authz.allow with input as {"method": "GET", "path": ["v1", "data", "referentie", "overleggen"]}
	authz.allow with input as {"method": "GET", "path": ["health"]}
}

test_nothing_else_is_allowed if {
	every request in [
		{"method": "PUT", "path": ["v1", "data", "convenanten", "groepsaanpak"]},
		{"method": "PATCH", "path": ["v1", "data"]},
		{"method": "GET", "path": ["v1", "data"]},
		{"method": "GET", "path": ["v1", "policies"]},
		{"method": "PUT", "path": ["v1", "policies", "backdoor"]},
		{"method": "DELETE", "path": ["v1", "policies", "aanwas", "gate.rego"]},
		{"method": "POST", "path": ["v1", "data", "aanwas", "gate"]},
		{"method": "POST", "path": ["v1", "data", "aanwas", "correctie", "grant"]},
		{"method": "POST", "path": ["v1", "query"]},
		{"method": "POST", "path": ["v1", "compile"]},
		{"method": "GET", "path": ["v1", "config"]},
	] {
		not authz.allow with input as request
	}
}
