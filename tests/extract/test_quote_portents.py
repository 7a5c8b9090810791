""""Promise" and "threaten" with a thing for subject: the outlook of an event, a process or a
document ("The vote promised to be a turning point", "a crisis that threatens to derail the
talks"), nobody's words, so no indirect quote. The controls keep the same verbs with a person,
a group or an organisation for subject, where they do report a promise or a threat.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import indirect_texts, sentence_param


PORTENTS = [
    sentence_param("The vote promised to be a turning point for the coalition."),
    sentence_param("The crisis threatens to derail the peace process."),
    sentence_param("A lawsuit that threatened to bankrupt the union was dropped on Friday."),
    sentence_param("The storm threatened to flood the coastal towns overnight."),
    sentence_param("The summit promises to be the most difficult in years."),
    sentence_param("Rising prices threaten to push millions of families into poverty."),
    sentence_param("The dispute, which threatened to split the alliance, was settled in June."),
    sentence_param("This year's election promises to be closer than the last one."),
    sentence_param("The shortage threatens to halt production at the plant."),
    sentence_param("A scandal that threatens to end his career broke on Tuesday."),
    sentence_param("The rebels' offensive threatened to cut the capital off from the coast."),
]


@pytest.mark.parametrize("text", PORTENTS)
def test_portent_of_a_thing_is_no_quote(nlp, text):
    assert indirect_texts(nlp, text) == []


KEPT = [
    ("The union threatened to strike if wages were not raised.", "to strike if wages were not raised"),
    ("Workers threatened to walk out over the pay cut.", "to walk out over the pay cut"),
    ("The president promised to veto the bill.", "to veto the bill"),
    ("Opposition leaders promised to boycott the election.", "to boycott the election"),
    ("Iran threatened to leave the talks if sanctions were not lifted.", "to leave the talks if sanctions were not lifted"),
    ("Protesters threatened to block the main road into the city.", "to block the main road into the city"),
    ("The minister, who promised to cut taxes, lost her seat.", "to cut taxes"),
    ("Residents promised to keep up the pressure on the council.", "to keep up the pressure on the council"),
    ("The hardliners threatened to quit the coalition.", "to quit the coalition"),
    ("Some lawmakers threatened to vote against the budget.", "to vote against the budget"),
]


@pytest.mark.parametrize(("text", "words"), KEPT, ids=[k[0][:50] for k in KEPT])
def test_promise_or_threat_of_an_actor_stays_a_quote(nlp, text, words):
    assert words in indirect_texts(nlp, text)
