"""Motives that only a commentator reads into a party (issue #11): "analysts say the government
wants to avert a strike" is the analysts' view, not the government's position (the gold
conventions count no position inferred from a commentator's view). What a party did, reported by
analysts ("analysts say Iran has accepted the deal"), stays the party's; the same motive reported
by a party is a claim about the holder, kept.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


VIEWS = [
    C("analysts say wants", "Analysts say the South African government wants to avert a prolonged nationwide strike.",
      A("South Africa")),
    C("observers say wants", "Observers say Russia wants to keep the occupied land.",
      A("Russia")),
    C("experts believe seeks", "Experts believe Iran seeks to delay the inspections.",
      A("Iran")),
    C("analysts suggest desire", "Analysts suggest that Putin's desire to keep good relations with Washington drives the talks.",
      A("Putin")),
    C("critics say hopes", "Critics say Ankara hopes to weaken the Kurdish militia.",
      A("Turkey")),
    C("analysts say intends", "Analysts say China intends to expand its fishing fleet.",
      A("China")),
    C("economists say aims", "Economists say the central bank aims to curb inflation.",
      A("central bank")),
    C("observers note eagerness", "Observers note Kenya's eagerness to host the talks.",
      A("Kenya")),
    C("commentators say would like", "Commentators say Hungary would like to veto the package.",
      A("Hungary")),
    C("analysts say prefers", "Analysts say Washington prefers a negotiated settlement.",
      A("United States")),
]

CONTROLS = [
    C("a deed reported by analysts", "Analysts say Iran has accepted the deal.",
      E("Iran", "support", "deal")),
    C("a party's own want", "Russia wants to keep the occupied land.",
      E("Russia", "support", "land")),
    C("a motive reported by a party", "The union said South Africa wants to avert a strike.",
      E("South Africa", "oppose", "strike")),  # what one means to avert is opposed
]

CASES = VIEWS + CONTROLS


def test_table_has_enough_cases():
    assert len(VIEWS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_commentators_view(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
