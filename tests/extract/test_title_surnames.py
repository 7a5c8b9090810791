"""One untagged proper noun after a capitalised title is a person (issue 11, actors): the small
model leaves "Ruto" in "President Ruto rejected the proposal" untagged, and a title alone named
no one, so the person and every stance they hold were lost. A capitalised word after it makes
a longer title ("Deputy Assistant Secretary", "Chief Technical Officer"), and a word modifying
the noun after it names a thing ("the President Street office"): no person. One test per
sentence; the sentences are our own."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table

PERSONS = [
    ("President Ruto rejected the proposal.", "Ruto"),
    ("Chancellor Scholz called for a ceasefire.", "Scholz"),
    ('"We thank President Ruto and President Museveni for their help," the minister said.', "Ruto"),
    ("Kenya's President Ruto said the talks would resume.", "Ruto"),
    ("Speaking in Nairobi, President Ruto urged the rebels to lay down their arms.", "Ruto"),
]

NOT_PERSONS = [
    ("Deputy Assistant Secretary Gabriel Escobar spoke in Pristina.", "Assistant"),
    ("Red Hat's Chief Technical Officer Chris Wright wrote in the announcement that the project would end.", "Technical"),
    ("The President Street office was closed.", "Street"),
    ("Prime Minister Office officials declined to comment.", "Office"),
    ("President Monday spoke.", "Monday"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS, ids=[c[0][:50] for c in PERSONS])
def test_untagged_name_after_title_is_a_person(base_nlp, lexicon, text, name):
    table = extract_actor_table(base_nlp(text), lexicon)
    assert ("PERSON" in {a.type for a in table.actors if a.name == name}), [(a.name, a.type) for a in table.actors]


@pytest.mark.parametrize(("text", "word"), NOT_PERSONS, ids=[c[1] for c in NOT_PERSONS])
def test_title_words_and_modifiers_are_no_person(base_nlp, lexicon, text, word):
    table = extract_actor_table(base_nlp(text), lexicon)
    assert all(a.name != word for a in table.actors), [(a.name, a.type) for a in table.actors]
