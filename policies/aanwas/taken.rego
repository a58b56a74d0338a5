# Need to know inside an organisation: a covenant says what an organisation may receive; the
# task of the caller's role narrows that to what the task needs (AVG art. 5 lid 1 sub c, ASVS
# least privilege). data.referentie.taken names, per organisation, role and purpose, a profile of
# data.referentie.taakprofielen; a purpose the role's task does not name is not the role's to
# use, whatever its organisation's covenants give. The gate (gate.rego) intersects what the
# covenants give with what this package says the task needs.
#
# input: as for aanwas.gate; resource.overleg names the kind of meeting whose agenda is read.
package aanwas.taken

# The profiles of the caller's tasks for the stated purpose; a token naming several roles has the
# tasks of all of them.
task_profiles contains profile if {
	some role in input.subject.roles
	name := data.referentie.taken[input.subject.org][role][input.purpose]
	profile := data.referentie.taakprofielen[name]
}

task_holds_purpose if count(task_profiles) > 0

# A profile without a list of meetings covers every action on every kind of resource (what it
# may open is then up to the covenants); one with such a list covers only reading those
# meetings' agendas: the meeting itself and, per youth on it, what the profile needs.
task_covers(profile) if not "alleen_agenda_van" in object.keys(profile)

task_covers(profile) if {
	input.action == "read"
	input.resource.type == "overleg"
	input.resource.soort in profile.alleen_agenda_van
}

task_covers(profile) if {
	input.action in {"read", "list"}
	input.resource.type != "overleg"
	meeting := object.get(input.resource, "overleg", null)
	meeting in profile.alleen_agenda_van
	data.referentie.overleggen[meeting].doel == input.purpose # the agenda is read for its purpose
}

covering_profiles contains profile if {
	some profile in task_profiles
	task_covers(profile)
}

task_covers_request if count(covering_profiles) > 0

# The requested categories the task needs: all of them under a profile without its own list of
# categories (the covenants decide), else those the profile lists.
task_categories contains category if {
	some profile in covering_profiles
	not "categorieen" in object.keys(profile)
	some category in input.resource.categories
}

task_categories contains category if {
	some profile in covering_profiles
	some category in profile.categorieen
	category in input.resource.categories
}

# For the reasons: who the caller is, in words.
caller_roles := sprintf("%s (%s)", [concat(", ", sort(input.subject.roles)), input.subject.org])

# --- why the task refuses, in words (the gate says it in the order of its reasons) ------------

# The organisation works under the purpose, the role's task does not (a jeugdagent does not work
# for the RIEC).
purpose_refusal := sprintf("de taak van %s omvat doel '%s' niet", [caller_roles, input.purpose]) if {
	not task_holds_purpose
}

scope_refusal := sprintf("de taak van %s omvat voor doel '%s' alleen %s", [caller_roles, input.purpose, tasks]) if {
	task_holds_purpose
	not task_covers_request
	tasks := concat(" en ", sort([profile.omschrijving | some profile in task_profiles]))
}

category_refusal := sprintf("de taak van %s heeft geen %s-gegevens nodig", [caller_roles, main]) if {
	task_covers_request
	main := input.resource.main_category
	every profile in covering_profiles {
		not main in object.get(profile, "categorieen", [main])
	}
}
