"""Preconditions named as such (issue #11; the gold conventions: "a precondition for any talks" is
a red line): "demanded X as a precondition for Y" (the parser hangs "as" from the object),
"set X as a precondition", "named X as a prerequisite", and "X's preconditions include Y" (a
list of terms whose subject is a precondition noun, [forms] prior_conditions). Controls: a plain
"demanded X", "X as a first step", "conditions / demands include Y" (terms, no red line), the
conditions of a camp (a state) and talks "without preconditions".
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PRECONDITIONS = [
    C("demanded X as a precondition for any", "Hamas has demanded a permanent ceasefire as a precondition for any hostage deal.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("set X as a precondition for", "The opposition set Assad's departure as a precondition for joining the talks.",
      E("opposition", "demand", "departure", red_line=True)),
    C("preconditions include", "Tehran's preconditions include the lifting of all sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("prerequisites for talks include", "Kyiv's prerequisites for talks include a full Russian withdrawal.",
      E("Ukraine", "demand", "withdrawal", red_line=True)),
    C("demanded X as a precondition for returning", "The union demanded the reinstatement of the fired miners as a precondition for returning to work.",
      E("union", "demand", "reinstatement", red_line=True)),
    C("named X as a prerequisite", "Seoul named the dismantling of the reactor as a prerequisite for aid.",
      E("South Korea", "demand", "dismantling of reactor", red_line=True)),
    C("made X a condition of any", "Hamas has made a permanent ceasefire a condition of any deal.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("was a prerequisite for, reported", "Seoul said dismantling the reactor was a prerequisite for aid.",
      E("South Korea", "demand", "dismantling of reactor", red_line=True)),
    C("was a precondition, bare", "The rebels said a ceasefire was a precondition.",
      E("rebels", "demand", "ceasefire", red_line=True)),
    C("insists on X as a precondition", "Kyiv insists on a full withdrawal as a precondition for talks.",
      E("Ukraine", "demand", "withdrawal", red_line=True)),
]

CONTROLS = [
    C("conditions include: terms", "Russia's conditions for a settlement include a neutral Ukraine.",
      E("Russia", "demand", "neutral Ukraine", red_line=False)),
    C("demands include: terms", "Russia's demands include a neutral Ukraine.",
      E("Russia", "demand", "neutral Ukraine", red_line=False)),
    C("conditions of a camp", "The conditions in the camp include overcrowding, the UN said.", A("United Nations")),
    C("a plain demand", "Iran demanded the lifting of sanctions.", E("Iran", "demand", "lifting of sanctions", red_line=False)),
    C("as a first step", "Israel demanded the release of the hostages as a first step.",
      E("Israel", "demand", "release of hostages", red_line=False)),
    C("without preconditions", "The talks began without preconditions, the mediator said.", A("mediator")),
]

CASES = PRECONDITIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(PRECONDITIONS) >= 10 and len(CONTROLS) >= 5
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_precondition_terms(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
