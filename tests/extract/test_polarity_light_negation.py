"""A stance noun after a negated light verb carries the negation: "Israel did not express support
for the plan" opposes it (before, supported), "Russia did not voice opposition to the plan"
leaves it open, "Britain has not made a proposal for the talks" proposes nothing (consider; "has
not yet made" is undecided). The light verb's subject holds the noun's stance ([verb_classes]
light), so it holds its negation too (`_polarity_in_context`). Controls: the same without "not",
and "expressed no support" (the determiner).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NEGATED = [
    C("did not express support", "Israel did not express support for the plan.",
      E("Israel", "oppose", "plan"), A("Israel", "support")),
    C("has not given approval", "Hamas has not given its approval to the deal.",
      E("Hamas", "oppose", "deal"), A("Hamas", "support")),
    C("did not voice opposition", "Russia did not voice opposition to the plan.",
      E("Russia", "consider", "plan"), A("Russia", "oppose")),
    C("has not made a proposal", "Britain has not made a proposal for the talks.",
      E("United Kingdom", "consider", "talks"), A("United Kingdom", "propose")),
    C("has not yet made a proposal", "Germany has not yet made a proposal for a ceasefire.",
      E("Germany", "consider", "ceasefire"), A("Germany", "propose")),
    C("did not signal readiness", "Iran did not signal its readiness to resume the talks.",
      E("Iran", "oppose", "talks"), A("Iran", "support")),
    C("did not show willingness", "Turkey did not show any willingness to compromise.",
      A("Turkey", "consider")),
    C("has not announced a decision", "Egypt has not announced its decision to reopen the crossing.",
      A("Egypt", "support")),
    C("did not reiterate its commitment", "Serbia did not reiterate its commitment to the agreement.",
      E("Serbia", "oppose", "agreement"), A("Serbia", "support")),
    C("never expressed support", "France never expressed support for the proposal.",
      E("France", "oppose", "proposal"), A("France", "support")),
    C("did not make a demand", "The union did not make a demand for a pay rise.",
      E("union", "consider", "pay rise"), A("union", "demand")),
]

CONTROLS = [
    C("expressed support", "Israel expressed support for the plan.", E("Israel", "support", "plan")),
    C("expressed no support", "Italy expressed no support for the plan.", E("Italy", "oppose", "plan")),
    C("made a proposal", "Britain made a proposal for the talks.", E("United Kingdom", "propose", "talks")),
    C("voiced opposition", "Russia voiced opposition to the plan.", E("Russia", "oppose", "plan")),
]

CASES = NEGATED + CONTROLS


def test_table_has_enough_cases():
    assert len(NEGATED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_light_verb_negation(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
