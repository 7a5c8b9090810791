"""Object-control verbs parsed with a clause of their own (issue #11): "Israel will not allow Iran
to acquire nuclear weapons" is often parsed with "Iran to acquire ..." as a clause with its own
subject; the issue is still the embedded action, and "would never allow" (as "will not allow") is
a red line.
Controls: a thing or a fact that allows something states a consequence, not a position.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


ALLOWED = [
    C("would never allow", "Israel would never allow Iran to acquire nuclear weapons.",
      E("Israel", "oppose", "nuclear weapons", red_line=True)),
    C("vowed it would never allow", "Israel vowed it would never allow Iran to acquire nuclear weapons.",
      E("Israel", "oppose", "nuclear weapons", red_line=True)),
    C("will not permit", "Turkey will not permit the Kurdish militia to control the border.",
      E("Turkey", "oppose", "border", red_line=True)),
    C("will never allow, settling", "Hungary will never allow migrants to settle in the country.",
      E("Hungary", "oppose", "settl", red_line=True)),
    C("allowed, positive", "Egypt allowed the aid convoys to enter Gaza.",
      E("Egypt", "support", "gaza")),
    C("urged", "Russia urged the United States to lift the sanctions.",
      E("Russia", "demand", "sanctions")),
    C("asked", "The EU asked Serbia to recognize Kosovo.",
      E("European Union", "demand", "kosovo")),
    C("will not let", "Ukraine will not allow Russia to keep the occupied territories.",
      E("Ukraine", "oppose", "territories", red_line=True)),
    C("refused to allow", "Serbia refused to allow Kosovo to join Interpol.",
      E("Serbia", "oppose", "interpol")),
    C("would not allow, strike", "The government said it would not allow the union to extend the strike.",
      E("government", "oppose", "strike"),
      xfail="'the government' with no state named before is no actor in a single sentence"),
]

CONTROLS = [
    C("a thing allows", "Russia rejected the truce, arguing that it would only allow Ukraine to regroup and rearm.",
      A("Russia", "support")),
    C("a court allows", "The court allowed the government to proceed with the deportations.",
      A("court")),
    C("this allows", "Hamas rejected the plan, saying this would allow Israel to resume the war.",
      A("Hamas", "support")),
]

CASES = ALLOWED + CONTROLS


def test_table_has_enough_cases():
    assert len(ALLOWED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_allowed_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
