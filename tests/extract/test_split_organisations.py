"""Organisation names the entity recogniser cut in two (pipeline/extract/actors/orgspans.py): a
name that goes on past "for"/"of" ("the X League for the Defence of Y"), the words after "for"
the model dropped ("the X Center for Investigative Reporting"), and a name joined by "and" of
which the model kept the last part ("the House Ethics and Budget Committee"). The whole name is
one actor, never two halves. The names are made up; each case runs the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc

# (sentence, the organisation's whole name)
JOINED = [
    pytest.param("The head of the Veloran League for the Protection of Migrants, Ana Rusk, said the law was unjust.",
                 "Veloran League for the Protection of Migrants", id="league-for-the"),
    pytest.param("The Dastrovo Center for Investigative Reporting published the letters on Monday.",
                 "Dastrovo Center for Investigative Reporting", id="center-for"),
    pytest.param("The Marvik Institute for Peace and Security said the truce would not hold.",
                 "Marvik Institute for Peace and Security", id="institute-for-and"),
    pytest.param("In May, the House Ethics and Budget Committee demanded the documents.",
                 "House Ethics and Budget Committee", id="and-committee"),
    pytest.param("The Senate Finance and Trade Committee rejected the proposal on Tuesday.",
                 "Senate Finance and Trade Committee", id="and-committee-rejects"),
    pytest.param("The Kelmar Foundation for Press Freedom condemned the arrests.",
                 "Kelmar Foundation for Press Freedom", id="foundation-for"),
    pytest.param("Members of the Pelagrad Union for Democratic Renewal walked out of the talks.",
                 "Pelagrad Union for Democratic Renewal", id="union-for-members"),
    pytest.param("The National Council for the Defence of Democracy accepted the ceasefire.",
                 "National Council for the Defence of Democracy", id="council-for-the-defence"),
    pytest.param("A spokesman for the Ostrava Bureau for Refugee Affairs said the camp was full.",
                 "Ostrava Bureau for Refugee Affairs", id="bureau-for-spokesman"),
    pytest.param("The Alliance for Justice and Reform said it would boycott the election.",
                 "Alliance for Justice and Reform", id="alliance-for"),
]


def _names(nlp, text):
    actors, _, _ = records_from_doc(nlp(text))
    return [a.name for a in actors]


@pytest.mark.parametrize("text, name", JOINED)
def test_organisation_cut_in_two_is_one_actor(nlp, text, name):
    names = _names(nlp, text)
    assert name in names, names
    # no half of the name is an actor of its own
    assert not [n for n in names if n != name and n in name and len(n.split()) > 1], names


# "for" or "of" after an organisation that starts no name: the organisation stays as it was
APART = [
    pytest.param("The United Nations thanked Norway for its support.", {"United Nations", "Norway"}, id="thanked-for"),
    pytest.param("The union blamed Lonmin for Wednesday's violence.", {"Lonmin"}, id="blamed-for-date"),
    pytest.param("The Red Cross asked for access to the prisoners.", {"Red Cross"}, id="asked-for"),
    pytest.param("Hamas and the Palestinian Authority signed the accord.", {"Hamas", "Palestinian Authority"},
                 id="two-parties-and"),
]


@pytest.mark.parametrize("text, names", APART)
def test_organisations_beside_for_stay_apart(nlp, text, names):
    found = set(_names(nlp, text))
    assert names <= found, found
