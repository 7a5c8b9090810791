"""A demand's "that" clause is the issue (issue #11): "rejected Tehran's demand that sanctions be
lifted first" opposes the lifting of sanctions, not "demand" (gold README: "rejected the demand
for a timetable" is on the timetable). The clause must ask for something: a subjunctive (a
passive "be lifted") or "should"/"must" ("the idea that Iran had won" asks for nothing)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("rejected the demand that ... be", "Washington rejected Tehran's demand that sanctions be lifted first.",
      E("United States", "oppose", "lifting of sanctions")),
    C("dismissed the demand that ... be", "Kyiv dismissed Moscow's demand that the territories be ceded.",
      E("Ukraine", "oppose", "territories")),
    C("rejected the call that ... should", "Jerusalem rejected the call that the blockade should be lifted.",
      E("Israel", "oppose", "lifting of blockade")),
    C("accepted the request that ... be", "Hamas accepted the request that the hostages be released in stages.",
      E("Hamas", "support", "release of hostages")),
    C("rejected the proposal that ... withdraw", "Jerusalem rejected the proposal that the troops withdraw.",
      E("Israel", "oppose", "withdrawal"),
      xfail="a plural subject's subjunctive ('the troops withdraw') looks like an indicative: not read"),
    C("welcomed the proposal that ... should resume", "Washington welcomed the proposal that talks should resume in Geneva.",
      E("United States", "support", "talks")),
]

CONTROLS = [
    C("an idea of a fact", "Kerry rejected the idea that Tehran had won.", A("Kerry", "support")),
]


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_demanded_clause(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
