"""Taking up a collective action (issue #11): "public service workers went on a one-day strike",
"the union has called a strike for Monday", "nurses joined the strike" support the strike: a
deliberate act aimed at it (gold: "what counts as a stance").

The verb is one of [forms] undertaking_verbs and the action one of [forms] protest_actions (the
object, or with "on": "went on strike", "embarked on a hunger strike"). An action "over" or
"against" something is read as opposing that instead (`forms.protested_over`). Controls: a
negated verb, and a verb that predicates something of the action ("declared the strike illegal").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

UNDERTAKEN = [
    C("went on strike", "The National Union of Mineworkers went on strike on Monday.",
      E("National Union of Mineworkers", "support", "strike")),
    C("went on a one-day strike", "Public service workers went on a one-day strike.",
      E("Public service workers", "support", "one-day strike")),
    C("joined the strike", "Public sector workers joined the strike on Tuesday.",
      E("Public sector workers", "support", "strike")),
    C("has called a strike", "The National Union of Mineworkers has called a strike for Monday.",
      E("National Union of Mineworkers", "support", "strike")),
    C("held a protest", "Greenpeace held a protest outside the embassy.",
      E("Greenpeace", "support", "protest")),
    C("embarked on a hunger strike", "Alexei Navalny embarked on a hunger strike in prison.",
      E("Alexei Navalny", "support", "hunger strike")),
    C("organised a boycott", "The opposition organised a boycott of the elections.",
      E("opposition", "support", "boycott")),
    C("declared a strike", "The teachers' union declared an indefinite strike.",
      E("teachers' union", "support", "indefinite strike")),
    C("mounted a blockade", "The Houthis mounted a blockade of the port.",
      E("Houthis", "support", "blockade")),
    C("started a sit-in", "Hong Kong students started a sit-in outside the legislature.",
      E("Hong Kong students", "support", "sit-in")),
    C("over: the pay owed demanded instead", "The National Union of Mineworkers went on strike over unpaid wages.",
      E("National Union of Mineworkers", "demand", "unpaid wages")),
]

CONTROLS = [
    C("did not join", "The National Union of Mineworkers did not join the strike.",
      A("National Union of Mineworkers", "support")),
    C("declared illegal", "The National Union of Mineworkers declared the strike illegal.",
      A("National Union of Mineworkers", "support")),
    C("called defensive", "The United States called its actions defensive in nature.",
      A("United States", "support")),
]

CASES = UNDERTAKEN + CONTROLS


def test_table_has_enough_cases():
    assert len(UNDERTAKEN) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_undertaken_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
