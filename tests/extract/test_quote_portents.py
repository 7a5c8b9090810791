""""Promise" and "threaten" with a thing for subject: the outlook of an event, a process or a
document ("The vote promised to be a turning point", "a crisis that threatens to derail the
talks"), nobody's words, so no indirect quote. The controls keep the same verbs with a person,
a group or an organisation for subject, where they do report a promise or a threat.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, marks=marks, id=text[:60])


def _indirect(nlp, text):
    return [q[2] for q in speakers(nlp, text, kinds=("indirect",))]


PORTENTS = [
    _case("The vote promised to be a turning point for the coalition."),
    _case("The crisis threatens to derail the peace process."),
    _case("A lawsuit that threatened to bankrupt the union was dropped on Friday."),
    _case("The storm threatened to flood the coastal towns overnight."),
    _case("The summit promises to be the most difficult in years."),
    _case("Rising prices threaten to push millions of families into poverty."),
    _case("The dispute, which threatened to split the alliance, was settled in June."),
    _case("This year's election promises to be closer than the last one."),
    _case("The shortage threatens to halt production at the plant."),
    _case("A scandal that threatens to end his career broke on Tuesday."),
    _case("The rebels' offensive threatened to cut the capital off from the coast."),
]


@pytest.mark.parametrize("text", PORTENTS)
def test_portent_of_a_thing_is_no_quote(nlp, text):
    assert _indirect(nlp, text) == []


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
    assert words in _indirect(nlp, text)
