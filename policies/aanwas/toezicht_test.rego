package aanwas.toezicht_test

import data.aanwas.toezicht

ask(org, roles, action, purpose, type) := {
	"subject": {"client_id": "c", "org": org, "roles": roles},
	"action": action,
	"purpose": purpose,
	"resource": {"type": type},
}

officer := ["privacy_officer"]

test_the_privacy_officer_reads_verifies_and_exports_for_supervision if {
	every action in ["read", "export", "verify"] {
		toezicht.decision.allow with input as ask("privacy", officer, action, "toezicht", "auditlog")
	}
	inzage := ask("privacy", officer, "read", "inzage", "auditlog_jongere")
	toezicht.decision.allow with input as inzage
}

test_an_access_request_reads_one_youth_only if {
	result := toezicht.decision with input as ask("privacy", officer, "read", "inzage", "auditlog")
	not result.allow
	result.reason == "de audit-log wordt alleen gelezen voor doel toezicht"
}

test_nobody_else_reads_the_log if {
	every q in [
		ask("gemeente", ["casusregisseur"], "read", "toezicht", "auditlog"),
		ask("politie", ["analist"], "read", "toezicht", "auditlog"),
		ask("privacy", [], "read", "toezicht", "auditlog"),
		ask("privacy", ["privacy_officer", "partner_system"], "read", "toezicht", "auditlog"),
	] {
		result := toezicht.decision with input as q
		not result.allow
		result.reason == "alleen de privacy officer (organisatie privacy) leest de audit-log"
	}
	changes := toezicht.decision with input as ask("privacy", officer, "delete", "toezicht", "auditlog")
	not changes.allow
	no_purpose := toezicht.decision with input as ask("privacy", officer, "read", null, "auditlog")
	not no_purpose.allow
	other := toezicht.decision with input as ask("privacy", officer, "read", "toezicht", "jongere")
	other.reason == "geen onderdeel van de audit-log"
}

test_the_privacy_officer_reads_an_inzage_for_that_purpose_only if {
	result := toezicht.decision with input as ask("privacy", officer, "read", "inzage", "inzage")
	result.allow
	"politie" in result.categories
	"identiteit" in result.categories
	not "meta" in result.categories
	startswith(result.reason, "toegestaan: inzageverzoek")
	every purpose in ["toezicht", "pga", null] {
		other := toezicht.decision with input as ask("privacy", officer, "read", purpose, "inzage")
		not other.allow
		other.reason == "een inzage wordt alleen gelezen, voor doel inzage"
		other.categories == []
	}
	export := toezicht.decision with input as ask("privacy", officer, "export", "inzage", "inzage")
	not export.allow
}

test_nobody_else_reads_an_inzage if {
	every q in [
		ask("gemeente", ["casusregisseur"], "read", "inzage", "inzage"),
		ask("politie", ["partner_system"], "read", "inzage", "inzage"),
		ask("privacy", ["privacy_officer", "analist"], "read", "inzage", "inzage"),
	] {
		result := toezicht.decision with input as q
		not result.allow
		result.categories == []
		result.reason == "alleen de privacy officer (organisatie privacy) leest de audit-log"
	}
}

test_the_privacy_officer_erases_on_request_for_purpose_inzage_only if {
	result := toezicht.decision with input as ask("privacy", officer, "destroy", "inzage", "vernietigingsverzoek")
	result.allow
	result.categories == []
	startswith(result.reason, "toegestaan: wissen op verzoek van de betrokkene (AVG art. 17)")
	every purpose in ["toezicht", "pga", "signalering", null] {
		other := toezicht.decision with input as ask("privacy", officer, "destroy", purpose, "vernietigingsverzoek")
		not other.allow
		other.reason == "wissen op verzoek van de betrokkene gebeurt alleen voor doel inzage"
	}
	read := toezicht.decision with input as ask("privacy", officer, "read", "inzage", "vernietigingsverzoek")
	not read.allow
	inzage := toezicht.decision with input as ask("privacy", officer, "destroy", "inzage", "inzage")
	not inzage.allow
}

test_nobody_else_erases if {
	every q in [
		ask("gemeente", ["casusregisseur"], "destroy", "inzage", "vernietigingsverzoek"),
		ask("politie", ["partner_system"], "destroy", "inzage", "vernietigingsverzoek"),
		ask("gemeente", ["beheer"], "destroy", "inzage", "vernietigingsverzoek"),
		ask("privacy", ["privacy_officer", "analist"], "destroy", "inzage", "vernietigingsverzoek"),
	] {
		result := toezicht.decision with input as q
		not result.allow
		result.categories == []
		result.reason == "alleen de privacy officer (organisatie privacy) wist gegevens op verzoek van de betrokkene"
	}
}
