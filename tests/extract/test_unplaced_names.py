"""Places and things the model tags as persons (issue 11, actors): a "person" with no given name,
no title or role, whose every mention is a place ("near Borneo", "in Jaffna") or a modifier
("the EastMed pipeline"), or one word the text also writes in lower case ("China Bans All Types
of Fentanyl" beside "fentanyl"), does not act: it is kept only if it speaks or holds a stance.
A person named once as "a letter to X" or "talks with X" still acts. One test per sentence; the
sentences are our own."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table

NOT_ACTING = [
    pytest.param("Talks on the EastMed pipeline resumed in Athens. Greece said the EastMed project would go ahead.",
                 "EastMed", id="modifier of a thing"),
    pytest.param("The minister announced a ban on fentanyl. A headline said China Bans All Types of Fentanyl.",
                 "Fentanyl", id="lower case elsewhere"),
    pytest.param("Rebels attacked villages near Borneo on Monday.", "Borneo", id="near a place"),
    pytest.param("Aid convoys reached the Jaffna peninsula on Monday. Fighting continued in Jaffna.",
                 "Jaffna", id="peninsula and in"),
    pytest.param("The strike spread across Mindanao. Workers in Mindanao stayed home.", "Mindanao",
                 id="across and in (an ORG)"),
    pytest.param("She won the Girl's Under-8 National Championship in Lagos.", "Girl",
                 id="possessor of a title",
                 marks=pytest.mark.xfail(reason="a possessor acts ('Girl's'), whatever it owns", strict=False)),
]

ACTING = [
    pytest.param("Oramah spoke in Cairo. Oramah called for a single currency.", "Oramah", id="subject"),
    pytest.param("The letter to Mukonoweshuro was never answered.", "Mukonoweshuro", id="letter to a person"),
    pytest.param("Anna Berg arrived in Oslo. Talks near Berg's home continued.", "Anna Berg", id="given name"),
]


def _actors(base_nlp, lexicon, text):
    table = extract_actor_table(base_nlp(text), lexicon)
    return {a.name: a.acting for a in table.actors}


@pytest.mark.parametrize(("text", "name"), NOT_ACTING)
def test_place_or_thing_does_not_act(base_nlp, lexicon, text, name):
    found = _actors(base_nlp, lexicon, text)
    assert found.get(name) is not True, found


@pytest.mark.parametrize(("text", "name"), ACTING)
def test_person_acts(base_nlp, lexicon, text, name):
    found = _actors(base_nlp, lexicon, text)
    assert found.get(name) is True, found
