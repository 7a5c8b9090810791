"""Person names the small model tags ORG (issue 11, holders): a name opened by initials ("S.P.
Thamilselven", "J.K. Rowling") is a person, so a later bare surname joins it and stances keep
the person as holder; so is a title's acronym before a known person's surname ("DAS Escobar").
An acronym organisation ("U.N.") stays an organisation. One test per sentence; the sentences are
our own."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table

CASES = [
    ("S.P. Thamilselven rejected the proposal.", "S.P. Thamilselven", "PERSON"),
    ("Rebel negotiator S.P. Thamilselven said the Tigers would not return to talks.", "S.P. Thamilselven", "PERSON"),
    ("J.K. Rowling rejected the proposal.", "J.K. Rowling", "PERSON"),
    ("A.B. Vajpayee called for talks with Pakistan.", "A.B. Vajpayee", "PERSON"),
    ("Opposition leader M.K. Stalin opposed the bill.", "M.K. Stalin", "PERSON"),
    ("The U.N. rejected the proposal.", "United Nations", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "kind"), CASES, ids=[c[0][:50] for c in CASES])
def test_initials_name_a_person(base_nlp, lexicon, text, name, kind):
    table = extract_actor_table(base_nlp(text), lexicon)
    found = {a.name: a.type for a in table.actors}
    assert found.get(name) == kind, found


def test_bare_surname_joins_the_initials_name(base_nlp, lexicon):
    text = "Rebel negotiator S.P. Thamilselven spoke on Sunday. Thamilselven rejected the government offer."
    table = extract_actor_table(base_nlp(text), lexicon)
    assert [a.name for a in table.actors if "Thamilselven" in a.name] == ["S.P. Thamilselven"]


# a title's acronym before a known person's surname, the whole tagged ORG: the person
ACRONYM_TITLES = [
    "Deputy Assistant Secretary Gabriel Escobar spoke in Pristina. DAS Escobar rejected the proposal.",
    "Gabriel Escobar arrived on Monday. FM Escobar called for talks.",
    "Gabriel Escobar arrived on Monday. PM Escobar rejected the offer.",
]


@pytest.mark.parametrize("text", ACRONYM_TITLES, ids=[t[-45:] for t in ACRONYM_TITLES])
def test_title_acronym_and_surname(base_nlp, lexicon, text):
    table = extract_actor_table(base_nlp(text), lexicon)
    assert [a.name for a in table.actors if "Escobar" in a.name] == ["Gabriel Escobar"], [a.name for a in table.actors]


# organisations and places written with initials or an acronym stay what they are
NOT_PERSONS = [
    ("The Court of Appeals for the D.C. Circuit vacated his conviction.", "D.C. Circuit"),
    ("According to the B.C. Coroners Service, there were 170 deaths in May.", "B.C. Coroners Service"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PERSONS, ids=[n for _, n in NOT_PERSONS])
def test_initials_of_places_stay_organisations(base_nlp, lexicon, text, name):
    table = extract_actor_table(base_nlp(text), lexicon)
    assert all(a.type != "PERSON" for a in table.actors if a.name == name), [(a.name, a.type) for a in table.actors]


def test_organisation_acronym_before_a_surname_is_no_title(base_nlp, lexicon):
    text = "Ann Davis spoke on Monday. Scientists from UC Davis say zebras have stripes to confuse flies."
    table = extract_actor_table(base_nlp(text), lexicon)
    assert "UC Davis" in {a.name for a in table.actors if a.type == "ORG"}, [(a.name, a.type) for a in table.actors]
