package aanwas.correctie_test

import data.aanwas.correctie

officer := {"client_id": "p", "org": "privacy", "roles": ["privacy_officer"]}

halt := {"client_id": "h", "org": "halt", "roles": ["halt_medewerker"]}

politie := {"client_id": "po", "org": "politie", "roles": ["jeugdagent"]}

ask(subject, action, scope, provided_by, purpose) := result if {
	resource := {"type": "correctieverzoek", "scope": scope, "provided_by": provided_by, "categories": ["signaal"]}
	q := {"subject": subject, "action": action, "purpose": purpose, "resource": resource}
	result := correctie.decision with input as q
}

test_the_officer_files_a_request_sealed_under_the_items_category if {
	result := ask(officer, "create", "officer", "halt", "inzage")
	result.allow
	result.categories == ["signaal"]
	result.row_filter == null
	startswith(result.reason, "toegestaan: correctieverzoek (AVG art. 16)")
}

test_the_officer_reads_a_youths_requests if {
	ask(officer, "read", "officer", null, "inzage").allow
}

test_the_officer_cannot_answer_a_request if {
	result := ask(officer, "update", "leverancier", "halt", "inzage")
	not result.allow
	result.categories == []
	result.reason == "alleen de organisatie die het gegeven aanleverde, beantwoordt een correctieverzoek"
	not ask(officer, "list", "leverancier", null, "inzage").allow
}

test_only_the_officer_files_or_reads_a_youths_requests if {
	every action in ["create", "read"] {
		result := ask(halt, action, "officer", "halt", "inzage")
		not result.allow
		result.reason == "alleen de privacy officer (organisatie privacy) dient een correctieverzoek in"
	}
}

test_the_supplier_lists_only_its_own_items_requests if {
	result := ask(halt, "list", "leverancier", null, "inzage")
	result.allow
	result.row_filter == {"provided_by": "halt"}
	ask(politie, "list", "leverancier", null, "inzage").row_filter == {"provided_by": "politie"}
}

test_the_supplier_answers_about_its_own_item_only if {
	own := ask(halt, "update", "leverancier", "halt", "inzage")
	own.allow
	own.categories == ["signaal"]
	other := ask(politie, "update", "leverancier", "halt", "inzage")
	not other.allow
	other.reason == "het correctieverzoek gaat over een gegeven van een andere organisatie"
}

test_every_step_needs_purpose_inzage if {
	not ask(officer, "create", "officer", "halt", "toezicht").allow
	every purpose in ["signalering", null] {
		result := ask(halt, "update", "leverancier", "halt", purpose)
		not result.allow
		result.reason == "een correctieverzoek wordt behandeld voor doel inzage"
	}
}

test_roles_without_personal_data_or_of_another_org_are_refused if {
	analist := {"client_id": "a", "org": "politie", "roles": ["analist"]}
	not ask(analist, "list", "leverancier", null, "inzage").allow
	borrowed := {"client_id": "b", "org": "halt", "roles": ["jeugdagent"]}
	result := ask(borrowed, "update", "leverancier", "halt", "inzage")
	not result.allow
	result.reason == "het toegangstoken noemt geen rol die persoonsgegevens van de organisatie behandelt"
	not ask({"client_id": "n", "org": "halt", "roles": []}, "list", "leverancier", null, "inzage").allow
}

test_a_request_without_an_item_category_is_refused if {
	result := correctie.decision with input as {
		"subject": officer,
		"action": "create",
		"purpose": "inzage",
		"resource": {"type": "correctieverzoek", "scope": "officer", "categories": ["geheim"]},
	}
	not result.allow
}
