"""No room for compromise (issue #11 item 3): "there is no room for compromise / negotiation /
concessions on X", "no scope for compromise over X", "left no room for negotiations on X" are red
lines on X, held by whoever says so (room_nouns in [red_line_forms] of stance.toml; what there is
no room for is a concession noun or a talks noun). A place is the issue, and a value the
compromise on it. Controls: no room for people or for error, and "there was room for compromise",
are none.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


NO_ROOM = [
    C("reported: no room for compromise on", "Minsk said there was no room for compromise on the elections.",
      E("Belarus", "oppose", "elections", red_line=True)),
    C("a place: no room for negotiation on", "There is no room for negotiation on Jerusalem, Netanyahu said.",
      E("Netanyahu", "oppose", "Jerusalem", red_line=True)),
    C("quoted: a value", "“There is no room for concessions on our sovereignty,” Zelensky said.",
      E("Zelensky", "oppose", "compromise on sovereignty", red_line=True)),
    C("no scope for compromise over", "Beijing said there was no scope for compromise over Taiwan.",
      E("China", "oppose", "Taiwan", red_line=True)),
    C("left no room for negotiations", "The union said it left no room for negotiations on the 10 percent raise.",
      E("union", "oppose", "10 percent raise", red_line=True)),
]

CONTROLS = [
    C("room for people", "There was no room for the delegates in the hall, the organisers said.", A("organisers")),
    C("room for error", "There is no room for error on the budget, the minister Tendai Biti said.", A("Tendai Biti")),
    C("room for compromise", "Minsk said there was room for compromise on the elections.", A("Belarus", "oppose")),
]

CASES = NO_ROOM + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) >= 8
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_no_room(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
