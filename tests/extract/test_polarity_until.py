"""What a party keeps up "until" another acts states no position of the other yet: "the workers
have resolved to continue their strike until the authorities come up with a better wage offer" is
no offer of the authorities (before, they proposed one), as a clause under "if" or "unless" states
none; the holder of the strike demands it. A past "until" clause tells a fact: "the talks went on
until Iran accepted the deal" is Iran's acceptance (`extract_stances`: conditional clauses).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PENDING = [
    C("until X come up with", "The ZCTU said its members would strike until Zimbabwe comes up with a better wage offer.",
      A("Zimbabwe", "propose")),
    C("until X offers", "The union will continue the strike until Britain offers a better deal.",
      A("United Kingdom", "propose")),
    C("until X accepts", "Hamas said it would keep fighting until Israel accepts a ceasefire.",
      E("Hamas", "demand", "ceasefire"), A("Israel", "support")),
    C("until X agrees to", "Teachers will strike until the ministry agrees to a pay rise.",
      E("Teachers", "demand", "pay rise")),
    C("until X agrees to elections", "The opposition will boycott parliament until the president agrees to early elections.",
      E("opposition", "demand", "early elections")),
    C("until X lifts", "Iran will not return to the talks until Washington lifts the sanctions.",
      A("United States", "support")),
    C("until X withdraws", "Ukraine will keep fighting until Russia withdraws its troops.",
      A("Russia", "support")),
    C("until X signs", "The EU will withhold the funds until Hungary signs the agreement.",
      A("Hungary", "support")),
    C("until X releases", "Israel will continue the operation until Hamas releases the hostages.",
      A("Hamas", "support")),
    C("until X proposes", "The strike will go on until the company proposes a new contract, the union said.",
      A("company", "propose")),
]

CONTROLS = [
    C("past: until X accepted", "The talks went on until Iran accepted the deal.", E("Iran", "support", "deal")),
    C("past: until X accepted, worked", "Negotiators worked through the night until Hamas accepted the proposal.",
      E("Hamas", "support", "proposal")),
    C("past perfect: until X had signed", "The fighting continued until Russia had signed the truce.",
      E("Russia", "support", "truce")),
]

CASES = PENDING + CONTROLS


def test_table_has_enough_cases():
    assert len(PENDING) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_until_clause(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
