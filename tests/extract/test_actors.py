"""Actor mentions, roles, affiliations, metonyms and references on real sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table


def actors_of(base_nlp, lexicon, text):
    doc = base_nlp(text)
    table = extract_actor_table(doc, lexicon)
    return doc, table


def find(table, name):
    for i, actor in enumerate(table.actors):
        if actor.name == name:
            return i, actor
    raise AssertionError(f"{name!r} not among {[a.name for a in table.actors]}")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("U.S. Secretary of State Marco Rubio said the talks went well.", "Marco Rubio", "Secretary of State", "United States"),
        ("Ukrainian President Volodymyr Zelensky rejected the plan.", "Volodymyr Zelensky", "President", "Ukraine"),
        ("Kremlin spokesman Dmitry Peskov stated that Russia is waiting.", "Dmitry Peskov", "Kremlin spokesman", "Russia"),
        ("Iran's foreign minister, Mohammad Javad Zarif, led the delegation.", "Mohammad Javad Zarif", "foreign minister", "Iran"),
        ("Senator Lindsey Graham called for sanctions against Russia.", "Lindsey Graham", "Senator", None),
        ("Greek prime minister Kyriakos Mitsotakis called the deal void.", "Kyriakos Mitsotakis", "prime minister", "Greece"),
    ],
)
def test_titles_give_role_and_affiliation(base_nlp, lexicon, text, name, role, affiliation):
    _, table = actors_of(base_nlp, lexicon, text)
    _, actor = find(table, name)
    assert actor.role == role
    if affiliation is None:
        assert actor.affiliation < 0
    else:
        assert actor.affiliation >= 0 and table.actors[actor.affiliation].name == affiliation


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("Kyiv agreed to a 30-day ceasefire.", "Kyiv", "Ukraine"),
        ("Moscow would not rush into negotiations.", "Moscow", "Russia"),
        ("The Kremlin has signaled that it is studying the proposal.", "Kremlin", "Russia"),
        ("The Syrian government said it had deployed troops.", "Syrian government", "Syria"),
    ],
)
def test_metonyms_and_state_bodies_resolve_to_the_state(base_nlp, lexicon, text, surface, state):
    doc, table = actors_of(base_nlp, lexicon, text)
    idx, _ = find(table, state)
    start = doc.text.index(surface)
    token = next(t for t in doc if t.idx >= start)
    assert table.actor_at(token) == idx


def test_a_venue_is_not_an_acting_party(base_nlp, lexicon):
    _, table = actors_of(base_nlp, lexicon, "The delegations met for talks in Havana on Monday.")
    assert all(a.name != "Cuba" for a in table.actors)


def test_surname_joins_full_name_and_transliteration(base_nlp, lexicon):
    doc, table = actors_of(base_nlp, lexicon, "Volodymyr Zelensky spoke on Monday. Later, Zelenskyy said the war must end.")
    persons = [a for a in table.actors if a.type == "PERSON"]
    assert len(persons) == 1 and persons[0].name == "Volodymyr Zelensky"


def test_pronoun_and_title_references(base_nlp, lexicon):
    text = ("Senate Minority Leader Chuck Schumer met President Donald Trump on Friday. "
            "He said the talks failed. The president added that the wall was needed.")
    doc, table = actors_of(base_nlp, lexicon, text)
    schumer, _ = find(table, "Chuck Schumer")
    trump, _ = find(table, "Donald Trump")
    he = next(t for t in doc if t.text == "He")
    president = [t for t in doc if t.lower_ == "president"][-1]
    assert table.actor_at(he) == schumer
    assert table.actor_at(president) == trump


def test_acronym_in_brackets_is_the_same_organisation(base_nlp, lexicon):
    _, table = actors_of(base_nlp, lexicon, "The Association of Mineworkers and Construction Union (AMCU) ended the strike. AMCU said so.")
    orgs = [a for a in table.actors if a.type == "ORG"]
    assert len(orgs) == 1


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Mike Waltz, the national security adviser, briefed reporters.", "Mike Waltz", "national security adviser"),
        ("Nancy Pelosi, the Speaker of the House, said the talks failed.", "Nancy Pelosi", "Speaker of the House"),
        ("The Vice President, Mike Pence, said on Friday that talks continue.", "Mike Pence", "Vice President"),
    ],
)
def test_appositions_give_roles(base_nlp, lexicon, text, name, role):
    _, table = actors_of(base_nlp, lexicon, text)
    _, actor = find(table, name)
    assert actor.role == role


def test_possessive_boss_passes_affiliation(base_nlp, lexicon):
    text = "The European Union's foreign policy chief, Catherine Ashton, met Iran's foreign minister. Ashton's spokesman, Michael Mann, said she was determined."
    doc, table = actors_of(base_nlp, lexicon, text)
    _, mann = find(table, "Michael Mann")
    assert mann.role == "spokesman" and table.actors[mann.affiliation].name == "European Union"
    she = next(t for t in doc if t.text == "she")
    assert table.actors[table.actor_at(she)].name == "Catherine Ashton"  # given-name gender


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("The Russians have rejected the offer.", "Russians", "Russia"),
        ("Ukrainians agreed to the plan.", "Ukrainians", "Ukraine"),
        ("According to Washington, Tehran is open to a deal.", "Washington", "United States"),
        ("The ceasefire proposal is under Kremlin review.", "Kremlin", "Russia"),
    ],
)
def test_demonyms_and_metonyms_acting(base_nlp, lexicon, text, surface, state):
    doc, table = actors_of(base_nlp, lexicon, text)
    token = next(t for t in doc if t.text == surface)
    assert table.actor_at(token) >= 0 and table.actors[table.actor_at(token)].name == state


def test_demonym_adjective_is_an_affiliation_not_an_actor_mention(base_nlp, lexicon):
    doc, table = actors_of(base_nlp, lexicon, "Russian forces currently occupy part of the region.")
    assert all(table.actors[table.actor_at(t)].name != "Russia" for t in doc if table.actor_at(t) >= 0)


def test_ner_misses_recovered(base_nlp, lexicon):
    text = ("Senate Minority Whip Dick Durbin and incoming chair Represenative Adam Schiff questioned the plan. "
            "Schiff called it a non-starter. Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed it.")
    _, table = actors_of(base_nlp, lexicon, text)
    names = {a.name for a in table.actors if a.type == "PERSON"}
    assert {"Adam Schiff", "Muhammadu Buhari", "Patrice Talon"} <= names
    _, buhari = find(table, "Muhammadu Buhari")
    assert table.actors[buhari.affiliation].name == "Nigeria"


def test_organisation_named_after_its_leader(base_nlp, lexicon):
    _, table = actors_of(base_nlp, lexicon, "The Trump administration has repeatedly said both sides must compromise.")
    assert [a.name for a in table.actors if a.type == "ORG"] == ["Trump administration"]


def test_ministry_with_demonym_belongs_to_its_state(base_nlp, lexicon):
    _, table = actors_of(base_nlp, lexicon, "The Turkish Ministry of Foreign Affairs denounced the conclusions of the summit.")
    _, ministry = find(table, "Turkish Ministry of Foreign Affairs")
    assert ministry.type == "ORG" and ministry.affiliation_gaz == "turkey"


def test_groups_act_when_they_speak(base_nlp, lexicon):
    _, table = actors_of(base_nlp, lexicon, "Russian nationalist voices and pro-war bloggers have already spoken out against the plan.")
    groups = [a.name for a in table.actors if a.type == "GROUP"]
    assert groups == ["Russian nationalist voices and pro-war bloggers"]


def test_respectively_pairs_states_with_people(base_nlp, lexicon):
    text = ("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, "
            "Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday.")
    _, table = actors_of(base_nlp, lexicon, text)
    people = {a.name: (a.role, table.actors[a.affiliation].name if a.affiliation >= 0 else "") for a in table.actors if a.type == "PERSON"}
    assert people == {
        "Sameh Shoukry": ("foreign minister", "Egypt"),
        "Nikos Dendias": ("foreign minister", "Greece"),
        "Nikos Christodoulides": ("foreign minister", "Cyprus"),
        "Jean-Yves Le Drian": ("foreign minister", "France"),
    }
