"""Collective action for or against an issue (issue #11): "nurses are striking for better pay",
"teachers marched for higher salaries" demand it; "workers rallied against the job cuts" oppose
it (phrasal cues in stance.toml, as "campaign for", "protest against"). A span of time after
"for" names no issue."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ACTIONS = [
    C("striking for", "Nurses are striking for better pay.", E("Nurses", "demand", "pay")),
    C("marched for", "Thousands of teachers marched for higher salaries.", E("teachers", "demand", "salaries")),
    C("rallied for", "Students rallied for free tuition.", E("Students", "demand", "tuition")),
    C("demonstrated for", "Doctors demonstrated for better working conditions.", E("Doctors", "demand", "working conditions")),
    C("protested for", "Farmers protested for higher crop prices.", E("Farmers", "demand", "crop prices")),
    C("rallied against", "Workers rallied against the job cuts.", E("Workers", "oppose", "job cuts")),
    C("mobilized against", "Unions mobilized against the labour law.", E("Unions", "oppose", "labour law")),
    C("striking against", "Civil servants are striking against the pay freeze.", E("Civil servants", "oppose", "pay freeze")),
    C("marched against", "Thousands of farmers marched against the pension reform.",
      E("farmers", "oppose", "pension reform")),
    C("struck for", "The dockers struck for a new contract.", E("dockers", "demand", "contract"),
      xfail="the small model tags 'struck' here as an adjective or passive, not the verb of a strike"),
    C("on strike for", "Public sector workers are on strike for a 10 percent increase.",
      E("Public sector workers", "demand", "increase"),
      xfail="'on strike for X' hangs 'for' on the copula; no construction reads the noun's purpose yet"),
]

CONTROLS = [
    C("time after for", "The runners marched for two hours.", A("runners")),
]

CASES = ACTIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(ACTIONS) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_marching_for(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
