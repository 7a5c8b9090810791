"""Organisation names the entity recogniser cut in two (pipeline/extract/actors/orgspans.py): a
name that goes on past "for"/"of" ("the X League for the Defence of Y"), the words after "for"
the model dropped ("the X Center for Investigative Reporting"), and a name joined by "and" of
which the model kept the last part ("the House Ethics and Budget Committee"), a party's name
going on past "of" ("the X Party of Working People"), inside a run of capitalised words ("the X
Center for Disaster" + "Preparedness"), over the "and" of a name after "of" ("the X Congress of
Obstetricians and Gynecologists"), and a state's abbreviation opening a party's name ("the UK
Independence Party"). The whole name is one actor, never two halves. The names are made up;
each case runs the whole pipeline."""

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

# a party's name past "of", a name cut inside its capitalised words or before its "and", and a
# state's abbreviation opening a party's name
JOINED_MORE = [
    pytest.param("Progressive Party of Working People, the main opposition, said the deal was a mistake.",
                 "Progressive Party of Working People", id="party-of-people-opening"),
    pytest.param("The Democratic Front of Coastal Fishermen rejected the new quotas.",
                 "Democratic Front of Coastal Fishermen", id="front-of"),
    pytest.param("Leaders of the Veloran Union of Dock Workers said the strike would go on.",
                 "Veloran Union of Dock Workers", id="union-of-members"),
    pytest.param("Irwin Maddox, director of the National Center for Disaster Preparedness, said the money was late.",
                 "National Center for Disaster Preparedness", id="center-for-disaster"),
    pytest.param("The bill was backed by the American Congress of Obstetricians and Gynecologists.",
                 "American Congress of Obstetricians and Gynecologists", id="congress-of-and"),
    pytest.param("UK Independence Party leader Nigel Farage said the warning was a bluff.",
                 "UK Independence Party", id="uk-party-leader"),
    pytest.param("Nigel Farage, leader of the anti-immigration UK Independence Party, says the vote is near.",
                 "UK Independence Party", id="uk-party-apposition"),
    pytest.param("The UK Independence Party said it would fight the plan.", "UK Independence Party",
                 id="uk-party-subject"),
    pytest.param("A US Green Party spokesman said the pipeline must be stopped.", "US Green Party",
                 id="us-party-spokesman"),
    pytest.param("Members of the Karvian Party of Regions walked out of the parliament.",
                 "Karvian Party of Regions", id="party-of-regions"),
]


# near misses: a title after an organisation's name, a list after "and", a state before a one-word
# body: the organisation keeps its own name and nothing more
KEPT_SHORT = [
    pytest.param("Centers for Disease Control Director Tom Frieden said the money was running out.",
                 "Centers for Disease Control", id="title-after-name"),
    pytest.param("House of Commons Speaker John Bercow said the move was unusual.", "House of Commons",
                 id="speaker-after-house"),
    pytest.param("The deal was backed by the Veloran Academy of Surgeons and Doctors Without Borders.",
                 "Veloran Academy of Surgeons", id="and-another-name"),
    pytest.param("The US Army said the base would close.", "US Army", id="one-word-body"),
]


@pytest.mark.parametrize("text, name", KEPT_SHORT)
def test_organisation_name_goes_no_further(nlp, text, name):
    names = _names(nlp, text)
    assert name in names, names


def _names(nlp, text):
    actors, _, _ = records_from_doc(nlp(text))
    return [a.name for a in actors]


@pytest.mark.parametrize("text, name", JOINED + JOINED_MORE)
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
