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
