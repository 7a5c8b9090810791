"""News outlets and programmes are actors only when they act in the story, not when they gather
or report the news (gold conventions: outlets are optional actors)."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc


def run(nlp, text: str):
    actors, _, stances = records_from_doc(nlp(text))
    return actors, stances


REPORTING = [
    ("Wikinews has contacted the coast guard seeking to clarify the number of crew on board.", "Wikinews"),
    ("Wikinews sought expert input on the data, and the ministry has not replied.", "Wikinews"),
    ("The union's leader told VOA the strike would go on until the government raises its offer.", "VOA"),
    ("In an interview with Fox News, the senator said he would block the bill.", "Fox News"),
    ("The New York Times obtained a copy of the draft agreement, which calls for a ceasefire.", "New York Times"),
    ("Wikinews reached out to the campaign to ask about the dispute.", "Wikinews"),
]


@pytest.mark.parametrize(("text", "outlet"), REPORTING, ids=[f"{o}-{t.split()[1]}" for t, o in REPORTING])
def test_an_outlet_that_only_reports_is_no_actor(nlp, text, outlet):
    actors, stances = run(nlp, text)
    assert not any(a.name == outlet for a in actors), [a.name for a in actors]
    assert not any(actors[s.actor].name == outlet for s in stances)


# an outlet that reports what happened is the source of a reported clause (quote attribution
# decides); it holds no stance of its own
SOURCES = [
    ("The Associated Press reported that the union rejected the offer.", "Associated Press"),
    ("The union rejected the offer, Reuters reported on Monday.", "Reuters"),
    ("According to the BBC, the Iranian government refused to release the report.", "BBC"),
]


@pytest.mark.parametrize(("text", "outlet"), SOURCES, ids=[o for _, o in SOURCES])
def test_an_outlet_that_reports_holds_no_stance(nlp, text, outlet):
    actors, stances = run(nlp, text)
    assert stances and not any(actors[s.actor].name == outlet for s in stances)


ACTING = [
    ("The BBC said it would challenge the government's ban in court.", "BBC"),
    ("Al Jazeera rejected the government's order to close its bureau.", "Al Jazeera"),
    ("The New York Times sued the Pentagon over the withheld documents.", "New York Times"),
]


@pytest.mark.parametrize(("text", "outlet"), ACTING, ids=[o for _, o in ACTING])
def test_an_outlet_that_acts_is_an_actor(nlp, text, outlet):
    actors, _ = run(nlp, text)
    assert any(a.name == outlet for a in actors), [a.name for a in actors]
