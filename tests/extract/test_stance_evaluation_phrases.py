"""Evaluations with a noun phrase (issue #11): "the ceasefire was an opportunity for peace",
"called the agreement a positive development", "a good deal for America" support the thing
judged; "a blow to relations", "an affront", "a hoax", "a dead end" oppose it ([predicates],
with their article). "A win for X" is left out: "a big win for Iran" is said against a move.
An idea or a deal judged with a stronger word than "bad" or "good" ("neutrality is a terrible
idea", "a dumb idea", "a great idea": round `nostance8`, from the fresh sets' misses) is judged
the same; a person with an idea, an infinitive judged ("a terrible idea to wait") or a person
called great are none."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("an opportunity", "Zelensky said the ceasefire was an opportunity for peace.", E("Zelensky", "support", "ceasefire")),
    C("a positive development", "Kerry called the agreement a positive development.", E("Kerry", "support", "agreement")),
    C("a good deal", "Trump said the pact was a good deal for America.", E("Trump", "support", "pact")),
    C("a good idea", "Merkel said the plan was a good idea.", E("Merkel", "support", "plan")),
    C("an achievement", "Guterres called the truce an achievement.", E("Guterres", "support", "truce")),
    C("a blow", "Lavrov called the sanctions a blow to relations.", E("Lavrov", "oppose", "sanctions")),
    C("an affront", "Erdogan said the embargo was an affront to Turkey.", E("Erdogan", "oppose", "embargo")),
    C("a hoax", "Trump called the inquiry a hoax.", E("Trump", "oppose", "inquiry")),
    C("a dead end", "Abbas called the settlement plan a dead end.", E("Abbas", "oppose", "settlement plan")),
    C("a bad deal", "Netanyahu said the accord was a bad deal.", E("Netanyahu", "oppose", "accord")),
]

STRONGER = [
    C("a terrible idea", "Fleischer said neutrality was a terrible idea.", E("Fleischer", "oppose", "neutrality")),
    C("a horrible idea", "Sanders said the trade pact was a horrible idea.", E("Sanders", "oppose", "trade pact")),
    C("a dumb idea", "Warren called the merger a dumb idea.", E("Warren", "oppose", "merger")),
    C("a stupid idea", "Cruz said the tax was a stupid idea.", E("Cruz", "oppose", "tax")),
    C("a lousy idea", "Schumer called the plan a lousy idea.", E("Schumer", "oppose", "plan")),
    C("a foolish idea", "Kasich said the shutdown was a foolish idea.", E("Kasich", "oppose", "shutdown")),
    C("a dangerous idea", "Corbyn said the suspension of Parliament was a dangerous idea.",
      E("Corbyn", "oppose", "suspension of Parliament")),
    C("a terrible deal", "Trump said the Iran accord was a terrible deal.", E("Trump", "oppose", "Iran accord")),
    C("a horrible deal", "Clinton called the pact a horrible deal.", E("Clinton", "oppose", "pact")),
    C("a great idea", "Obama said the ceasefire was a great idea.", E("Obama", "support", "ceasefire")),
    C("a brilliant idea", "Trump said the wall was a brilliant idea.", E("Trump", "support", "wall")),
    C("a smart idea", "Obama said the carbon tax was a smart idea.", E("Obama", "support", "carbon tax")),
]

CONTROLS = [
    C("a win for someone", "Graham said the withdrawal was a big win for Tehran.", A("Graham", "support")),
    C("had a terrible idea", "Trump said he had a terrible idea.", A("Trump")),
    C("a terrible idea to V", "Sanders said it was a terrible idea to wait.", A("Sanders")),
    C("a great guy", "Warren said Schumer was a great guy.", A("Warren")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10 and len(STRONGER) >= 10
    every = CASES + STRONGER + CONTROLS
    assert len({c.text for c in every}) == len(every), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES + STRONGER + CONTROLS)))
def test_evaluation_phrase(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
