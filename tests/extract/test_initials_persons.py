"""Person names the small model tags ORG (issue 11, holders): a name opened by initials ("S.P.
Thamilselven", "J.K. Rowling") is a person, so a later bare surname joins it and stances keep
the person as holder. An acronym organisation ("U.N.") stays an organisation. One test per
sentence; the sentences are our own."""

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
