# The gate's reasons, in words (no personal data): why a request was allowed, or the first
# thing that stopped it. Part of package aanwas.gate (gate.rego has the rules they explain); one
# ordered else-chain, so the most telling refusal is the one a caller is told about.
package aanwas.gate

import data.aanwas.convenanten
import data.aanwas.regie
import data.aanwas.taken

# A malformed list may have meant anyone: its covenant is reported to everyone it could concern.
may_concern(list, value) if value in list

may_concern(list, _) if not is_array(list)

reason := "toegestaan onder convenant" if grant.basis == "convenant"

else := "toegestaan: de organisatie is zelf betrokken of voert de casusregie" if {
	grant.basis == "betrokkenheid"
}

else := "toegestaan: deelnemer aan het overleg" if {
	grant.basis == "overleg"
}

else := "toegestaan: gegevens die de organisatie zelf heeft aangeleverd" if {
	grant.basis == "eigen_gegevens"
}

else := "geen doelbinding opgegeven (header Doelbinding)" if no_purpose

else := sprintf("onbekend doel '%s'", [input.purpose]) if not known_purpose

else := data.referentie.organisaties_zonder_persoonsgegevens[input.subject.org] if blocked_org

else := "het toegangstoken noemt geen rol" if count(input.subject.roles) == 0

else := sprintf("organisatie '%s' kent geen rol '%s'", [input.subject.org, min(unknown_roles)]) if {
	count(unknown_roles) > 0
}

else := data.referentie.rollen_zonder_persoonsgegevens[min(restricted_roles)] if {
	count(restricted_roles) > 0
}

else := regie.reason if regie.reason

# The organisation works under the purpose (a covenant names it): the role's task refuses.
else := taken.purpose_refusal if {
	count(named) > 0
	taken.purpose_refusal
}

else := write_refusal if {
	input.action in {"create", "update", "delete"}
	not write_allowed
}

else := read_refusal if not read_allowed

else := taken.scope_refusal if taken.scope_refusal

else := "alleen deelnemers, onder het doel van het overleg, zien een overleg" if {
	input.resource.type == "overleg"
}

else := convenanten.aanlever_weigering(applicable) if only_supplies

else := "alleen betrokken organisaties en de casusregisseur zien wie er betrokken is" if {
	input.resource.type == "betrokkenheid"
	count(applicable) > 0
}

else := sprintf("%s ziet nooit %s-gegevens", [input.subject.org, input.resource.main_category]) if {
	input.resource.main_category in never_visible
}

else := sprintf("convenant %s is ongeldig en wordt niet toegepast: %s", [code, first_error]) if {
	some code, covenant in data.convenanten
	may_concern(object.get(covenant, "partijen", null), input.subject.org)
	may_concern(object.get(covenant, "doelen", null), input.purpose)
	first_error := convenanten.fouten[code][0]
}

else := sprintf("convenant %s is niet van kracht (geldig van %s tot en met %s)", period) if {
	some code in named
	covenant := data.convenanten[code]
	not convenanten.van_kracht(covenant)
	period := [code, covenant.geldig_van, covenant.geldig_tot]
}

else := sprintf("convenant %s %s", [code, condition]) if {
	some code in named
	covenant := data.convenanten[code]
	convenanten.van_kracht(covenant)
	condition := data.referentie.voorwaarden[unmet_condition(covenant)]
}

else := sprintf(
	"geen geldend convenant geeft organisatie '%s' toegang voor doel '%s'",
	[input.subject.org, input.purpose],
) if {
	count(named) == 0
}

else := taken.category_refusal if {
	input.action in {"read", "list"}
	taken.category_refusal
}

else := sprintf("het convenant deelt geen %s-gegevens met %s", [input.resource.main_category, input.subject.org]) if {
	input.action in {"read", "list"}
}

else := "het convenant deelt niet alle gevraagde gegevenscategorieen"
