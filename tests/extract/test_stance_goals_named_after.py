"""Goals named after the copula, and possibilities raised (issue #11). "A ceasefire is our
priority", "the release of the hostages remains the top priority", said by X, make the subject
(a measure, talks, an agreement) X's goal: support, as "our priority is a ceasefire" does
(test_stance_goals.py). Whose priority: a possessive, else whoever reports it. Raising the
possibility of a measure, or flexibility on it, weighs it ([nouns] possibility, flexibility:
consider); "no flexibility on wages" gives no ground on them (oppose, as "will not compromise on")."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

GOALS = [
    C("is our priority, quoted", "\"A ceasefire is our priority,\" Blinken said.", E("Blinken", "support", "ceasefire")),
    C("remains the top priority", "Blinken said the release of the hostages remained the top priority.",
      E("Blinken", "support", "release of hostages")),
    C("is a top priority for someone", "Blinken said the truce was a top priority for Washington.",
      E("Blinken", "support", "truce")),
    C("is our goal", "\"Peace is our goal,\" Ramaphosa said.", E("Ramaphosa", "support", "peace")),
    C("is our aim", "\"A negotiated settlement is our aim,\" Ramaphosa said.", E("Ramaphosa", "support", "settlement")),
    C("is the objective", "Borrell said a two-state solution was the objective.", E("Borrell", "support", "two-state solution")),
    C("is our main objective", "\"Sanctions relief is our main objective,\" Araghchi said.",
      E("Araghchi", "support", "sanctions relief")),
    C("was the priority, reported", "Guterres said humanitarian access was the priority.",
      E("Guterres", "support", "humanitarian access")),
    C("is the target", "\"A deal by June is the target,\" Sefcovic said.", E("Sefcovic", "support", "deal")),
    C("were the priority", "Ramaphosa said new wage talks were the priority.", E("Ramaphosa", "support", "talks")),
]

POSSIBILITIES = [
    C("raised the possibility of", "Macron raised the possibility of new sanctions against Moscow.",
      E("Macron", "consider", "sanctions")),
    C("raised the possibility of talks", "Erdogan raised the possibility of talks with Damascus.",
      E("Erdogan", "consider", "talks")),
    C("signalled flexibility on", "Tehran signalled flexibility on enrichment.", E("Iran", "consider", "enrichment")),
    C("showed some flexibility on", "Tehran has shown some flexibility on the timetable for inspections.",
      E("Iran", "consider", "inspections")),
    C("no flexibility, a refusal to give ground", "The union showed no flexibility on wages.",
      E("union", "oppose", "wages")),
]

CONTROLS = [
    C("not a priority", "Blinken said a ceasefire was not a priority.", A("Blinken")),
    C("a goal of something", "Blinken said the ceasefire was the aim of the talks.", A("Blinken")),
    C("no measure", "Safety is our top priority, Musk said.", A("Musk")),
    C("a possibility of weather", "There is a possibility of rain tomorrow, Musk said.", A("Musk")),
    C("flexibility of a thing", "The new tyres give the car more flexibility, Musk said.", A("Musk")),
]

CASES = GOALS + POSSIBILITIES + CONTROLS


def test_table_has_enough_cases():
    assert len(GOALS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_goal_named_after(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
