"""A measure judged against what a party wants (issue #11): "the offer falls short of our
demands", "the proposal does not meet our expectations", "the talks have not fulfilled our
expectation", said by X, oppose it; "the deal meets our demands" supports it (`measuring_verbs`,
`wanted_measures` in stance.toml [forms]; the subject a measure, talks or an agreement)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("fell short of, reported", "Jerusalem said the proposal fell short of its demands.", E("Israel", "oppose", "proposal")),
    C("fell far short of", "Mathunjwa said the wage offer fell far short of the workers' expectations.",
      E("Mathunjwa", "oppose", "wage")),
    C("does not meet, quoted", "\"The offer does not meet our demands,\" Mathunjwa said.", E("Mathunjwa", "oppose", "offer")),
    C("did not meet, reported", "The union said the offer did not meet its demands.", E("union", "oppose", "offer")),
    C("have not fulfilled", "\"The negotiations have not fulfilled our expectations,\" Kim said.", E("Kim", "oppose", "negotiations")),
    C("does not address", "Tehran said the draft resolution did not address its concerns.", E("Iran", "oppose", "draft resolution")),
    C("does not satisfy", "Seoul said the plan did not satisfy its requirements.", E("South Korea", "oppose", "plan")),
    C("met, support", "The union said the offer met its demands.", E("union", "support", "offer")),
    C("meets, quoted", "\"This agreement meets our needs,\" Ramaphosa said.", E("Ramaphosa", "support", "agreement")),
    C("does not go far enough", "Mathunjwa said the offer did not go far enough.", E("Mathunjwa", "oppose", "offer"),
      xfail="'go far enough' is parsed with 'enough' beside 'far' and the cue gate misses it"),
]

CONTROLS = [
    C("met a person", "Kerry said the envoy met its hosts.", A("Kerry")),
    C("fell, no shortfall", "Kerry said the proposal fell on deaf ears.", A("Kerry", "oppose")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_shortfall(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
