package aanwas.convenanten_test

import data.aanwas.convenanten
import data.aanwas.gate

test_the_default_covenants_are_well_formed if {
	convenanten.fouten == {}
	object.keys(convenanten.bruikbaar) == {"groepsaanpak", "pga", "zvh", "riec", "vroegsignalering"}
}

broken(patch) := json.patch(data.convenanten.groepsaanpak, patch)

test_a_malformed_covenant_is_refused_with_a_clear_message if {
	every patch in [
		[{"op": "remove", "path": "/geldig_tot"}],
		[{"op": "replace", "path": "/partijen", "value": ["politie", "maffia"]}],
		[{"op": "replace", "path": "/categorieen", "value": ["identiteit", "alles"]}],
		[{"op": "replace", "path": "/doelen", "value": "signalering"}],
		[{"op": "add", "path": "/iedereen_mag_alles", "value": true}],
		[{"op": "replace", "path": "/geldig_van", "value": "1 januari 2025"}],
		[{"op": "replace", "path": "/code", "value": "anders"}],
		[{"op": "replace", "path": "/geldig_tot", "value": "2024-01-01"}],
		[{"op": "replace", "path": "/geldig_van", "value": "2025-02-30"}],
		[{"op": "add", "path": "/categorieen_per_partij", "value": {"halt": ["zorg"]}}],
		[{"op": "add", "path": "/categorieen_per_partij", "value": {"om": ["signaal"]}}],
		[{"op": "add", "path": "/alleen_aanleveren", "value": ["onderwijs"]}],
		[{"op": "add", "path": "/alleen_aanleveren", "value": ["gemeente", "politie", "jongerenwerk", "leerplicht", "halt"]}],
	] {
		fouten := convenanten.fouten with data.convenanten.groepsaanpak as broken(patch)
		count(fouten.groepsaanpak) > 0
		not convenanten.bruikbaar.groepsaanpak with data.convenanten.groepsaanpak as broken(patch)
	}
}

test_a_malformed_covenant_permits_nothing_and_says_why if {
	q := {
		"subject": {"client_id": "c", "org": "politie", "roles": ["jeugdagent"]},
		"action": "read",
		"purpose": "signalering",
		"resource": {
			"type": "signaal",
			"main_category": "signaal",
			"categories": ["signaal"],
			"provided_by": "halt",
			"jongere": {},
		},
	}
	result := gate.decision with input as q
		with time.now_ns as time.parse_rfc3339_ns("2026-11-28T12:00:00Z")
		with data.convenanten.groepsaanpak as broken([{"op": "remove", "path": "/grondslag"}])
	not result.allow
	startswith(result.reason, "convenant groepsaanpak is ongeldig en wordt niet toegepast: ")
	contains(result.reason, "grondslag")
}

test_a_malformed_party_list_is_explained_to_everyone_it_may_concern if {
	q := {
		"subject": {"client_id": "c", "org": "om", "roles": ["officier"]},
		"action": "read",
		"purpose": "signalering",
		"resource": {
			"type": "signaal",
			"main_category": "signaal",
			"categories": ["signaal"],
			"provided_by": "halt",
			"jongere": {},
		},
	}
	result := gate.decision with input as q
		with time.now_ns as time.parse_rfc3339_ns("2026-11-28T12:00:00Z")
		with data.convenanten.groepsaanpak as broken([{"op": "replace", "path": "/partijen", "value": "iedereen"}])
	not result.allow
	startswith(result.reason, "convenant groepsaanpak is ongeldig en wordt niet toegepast: partijen")
}

test_status_reports_validity_and_force if {
	status := convenanten.status with time.now_ns as time.parse_rfc3339_ns("2029-03-01T00:00:00Z")
	status.groepsaanpak == {"geldig": true, "fouten": [], "van_kracht": false}
	status.zvh.van_kracht
	broken_status := convenanten.status with data.convenanten.riec as json.remove(data.convenanten.riec, ["titel"])
	not broken_status.riec.geldig
	count(broken_status.riec.fouten) == 1
}

# Validity is judged on the Amsterdam calendar, not UTC: around midnight and across DST.
met_periode(van, tot) := json.patch(
	data.convenanten.groepsaanpak,
	[{"op": "replace", "path": "/geldig_van", "value": van}, {"op": "replace", "path": "/geldig_tot", "value": tot}],
)

van_kracht_op(moment, van, tot) if {
	convenanten.van_kracht(met_periode(van, tot)) with time.now_ns as time.parse_rfc3339_ns(moment)
}

test_in_force_at_2330_utc_the_winter_day_before_geldig_van if {
	# 23:30 UTC on 14 January is 00:30 CET on the 15th.
	van_kracht_op("2026-01-14T23:30:00Z", "2026-01-15", "2026-12-31")
	not van_kracht_op("2026-01-14T22:59:59Z", "2026-01-15", "2026-12-31")
}

test_in_force_at_2230_utc_the_summer_day_before_geldig_van if {
	# 22:30 UTC on 14 July is 00:30 CEST on the 15th; 21:59 UTC is still the 14th there.
	van_kracht_op("2026-07-14T22:30:00Z", "2026-07-15", "2026-12-31")
	not van_kracht_op("2026-07-14T21:59:59Z", "2026-07-15", "2026-12-31")
}

test_in_force_until_the_last_minute_of_geldig_tot_in_amsterdam if {
	# 23:59 Amsterdam on 30 June (CEST) is 21:59 UTC; 00:00 on 1 July is 22:00 UTC on 30 June.
	van_kracht_op("2026-06-30T21:59:00Z", "2026-01-01", "2026-06-30")
	not van_kracht_op("2026-06-30T22:00:00Z", "2026-01-01", "2026-06-30")

	# In winter (CET): 23:59 Amsterdam on 31 December is 22:59 UTC, midnight is 23:00 UTC.
	van_kracht_op("2026-12-31T22:59:00Z", "2026-01-01", "2026-12-31")
	not van_kracht_op("2026-12-31T23:00:00Z", "2026-01-01", "2026-12-31")
}

test_the_night_summer_time_begins if {
	# Sunday 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00 UTC). The 29th began at
	# 23:00 UTC on the 28th (CET) and ends at 22:00 UTC on the 29th (CEST).
	van_kracht_op("2026-03-28T23:00:00Z", "2026-03-29", "2026-03-29")
	not van_kracht_op("2026-03-28T22:59:59Z", "2026-03-29", "2026-03-29")
	van_kracht_op("2026-03-29T01:30:00Z", "2026-03-29", "2026-03-29")
	van_kracht_op("2026-03-29T21:59:59Z", "2026-03-29", "2026-03-29")
	not van_kracht_op("2026-03-29T22:00:00Z", "2026-03-29", "2026-03-29")
}

test_the_night_summer_time_ends if {
	# Sunday 25 October 2026: 03:00 CEST falls back to 02:00 CET (01:00 UTC). The 25th began
	# at 22:00 UTC on the 24th (CEST) and ends at 23:00 UTC on the 25th (CET).
	van_kracht_op("2026-10-24T22:00:00Z", "2026-10-25", "2026-10-25")
	not van_kracht_op("2026-10-24T21:59:59Z", "2026-10-25", "2026-10-25")
	van_kracht_op("2026-10-25T00:30:00Z", "2026-10-25", "2026-10-25")
	van_kracht_op("2026-10-25T01:30:00Z", "2026-10-25", "2026-10-25")
	van_kracht_op("2026-10-25T22:59:59Z", "2026-10-25", "2026-10-25")
	not van_kracht_op("2026-10-25T23:00:00Z", "2026-10-25", "2026-10-25")
}

test_status_and_decisions_follow_the_amsterdam_date if {
	# The day after geldig_tot has begun in Amsterdam although it is still 31 December in UTC.
	status := convenanten.status with time.now_ns as time.parse_rfc3339_ns("2028-12-31T23:30:00Z")
	not status.groepsaanpak.van_kracht
	before := convenanten.status with time.now_ns as time.parse_rfc3339_ns("2028-12-31T22:30:00Z")
	before.groepsaanpak.van_kracht
}
