# Covenants as data: which are well-formed, which are in force today.
#
# A covenant that does not match data.schema.convenant is refused: it permits nothing, and
# `fouten` says why, in words, so a mistaken data change shows up in every denial it causes.
package aanwas.convenanten

# Violations per covenant code, in words; a covenant listed here is not applied. OPA caches the
# compiled schema between queries, so the gate checks only the covenants a decision could use.
fouten[code] := errors if {
	some code, covenant in data.convenanten
	errors := violations(code, covenant)
	count(errors) > 0
}

violations(code, covenant) := errors if {
	[_, schema_errors] := json.match_schema(covenant, data.schema.convenant)
	consistency := [message | some message in inconsistencies(code, covenant)]
	errors := array.concat([sprintf("%s: %s", [e.field, e.desc]) | some e in schema_errors], consistency)
}

inconsistencies(code, covenant) := union({
	wrong_code(code, covenant),
	wrong_period(covenant),
	impossible_dates(covenant),
	wider_per_party(covenant),
	conditions_not_parties(covenant),
	suppliers_not_parties(covenant),
	nobody_receives(covenant),
})

impossible_dates(covenant) := {sprintf("%s is geen bestaande datum", [field]) |
	some field in ["geldig_van", "geldig_tot"]
	is_string(covenant[field])
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, covenant[field])
	not dag(covenant[field])
}

# categorieen_per_partij narrows, never widens, and only for parties of the covenant.
wider_per_party(covenant) := {message |
	some party, categories in object.get(covenant, "categorieen_per_partij", {})
	some message in per_party_errors(covenant, party, categories)
}

per_party_errors(covenant, party, _) := {sprintf("categorieen_per_partij: %s is geen partij", [party])} if {
	not party in covenant.partijen
}

per_party_errors(covenant, party, categories) := {message} if {
	message := sprintf("categorieen_per_partij: %s krijgt meer dan categorieen", [party])
	party in covenant.partijen
	some category in categories
	not category in covenant.categorieen
}

# voorwaarden_per_partij names parties of the covenant.
conditions_not_parties(covenant) := {sprintf("voorwaarden_per_partij: %s is geen partij", [party]) |
	some party, _ in object.get(covenant, "voorwaarden_per_partij", {})
	not party in covenant.partijen
}

# The condition a covenant sets for the caller's organisation beside its own (null: none).
partij_voorwaarde(covenant) := object.get(object.get(covenant, "voorwaarden_per_partij", {}), input.subject.org, null)

# coach_toegewezen: the caller's organisation is the coach assigned in the youth's open case (the
# case fact `coach`: null when the youth has no open case or its plan names no coach organisation).
partij_voorwaarde_vervuld(covenant) if partij_voorwaarde(covenant) == null

partij_voorwaarde_vervuld(covenant) if {
	partij_voorwaarde(covenant) == "coach_toegewezen"
	object.get(object.get(input.resource, "jongere", {}), "coach", null) == input.subject.org
}

# alleen_aanleveren names parties of the covenant, and leaves at least one party that receives.
suppliers_not_parties(covenant) := {sprintf("alleen_aanleveren: %s is geen partij", [party]) |
	some party in object.get(covenant, "alleen_aanleveren", [])
	not party in covenant.partijen
}

nobody_receives(covenant) := {"alleen_aanleveren: geen partij ontvangt wat er wordt aangeleverd"} if {
	suppliers := {party | some party in object.get(covenant, "alleen_aanleveren", [])}
	count(suppliers) > 0
	every party in covenant.partijen {
		party in suppliers
	}
} else := set()

wrong_code(code, covenant) := {"code hoort gelijk te zijn aan de naam van de map"} if {
	covenant.code != code
} else := set()

wrong_period(covenant) := {"geldig_tot ligt voor geldig_van"} if {
	dag(covenant.geldig_tot) < dag(covenant.geldig_van)
} else := set()

toepasbaar(code, covenant) if count(violations(code, covenant)) == 0

# Covenants that name the caller's organisation as a party that only supplies (alleen_aanleveren):
# it pushes under them and receives nothing through them but what it supplied itself.
alleen_aanleverend contains code if {
	some code, covenant in data.convenanten
	input.subject.org in object.get(covenant, "alleen_aanleveren", [])
}

aanlever_weigering(codes) := sprintf(
	"%s levert onder convenant %s alleen aan en ziet alleen wat het zelf aanleverde",
	[input.subject.org, concat(", ", sort(codes))],
)

# Well-formed covenants, by code.
bruikbaar[code] := covenant if {
	some code, covenant in data.convenanten
	not fouten[code]
}

dag(datum) := time.parse_ns("2006-01-02", datum)

# Today's calendar date in Europe/Amsterdam, where the covenants are signed: at 23:30 UTC in
# winter (CET) or 22:30 UTC in summer (CEST) it is already the next day there. OPA carries its
# own time zone database, so this does not depend on the host's tzdata.
vandaag := sprintf("%04d-%02d-%02d", time.date([time.now_ns(), "Europe/Amsterdam"]))

vandaag_ns := dag(vandaag)

# In force from 00:00 Amsterdam time on geldig_van up to and including 23:59:59 Amsterdam time
# on geldig_tot: the dates are compared as Amsterdam calendar dates.
van_kracht(covenant) if {
	dag(covenant.geldig_van) <= vandaag_ns
	vandaag_ns <= dag(covenant.geldig_tot)
}

# The revision of the covenant data in force: a hash over every covenant and the reference
# data, so the audit log can say exactly which version of the rules decided.
revisie := substring(
	crypto.sha256(json.marshal({"convenanten": data.convenanten, "referentie": data.referentie})),
	0,
	16,
)

# What GET /v1/convenanten shows of each covenant besides its text.
status[code] := {
	"geldig": count(errors) == 0,
	"fouten": errors,
	"van_kracht": in_force_now(covenant),
} if {
	some code, covenant in data.convenanten
	errors := violations(code, covenant)
}

in_force_now(covenant) if van_kracht(covenant)

else := false

# What a covenant shares with one of its parties: its own list if it has one, else all it shares.
shared_with(covenant, org) := object.get(
	object.get(covenant, "categorieen_per_partij", {}),
	org,
	covenant.categorieen,
)
