"""Red-line wordings that draw no red line (issue #11 item 3). A commentator's "will never
accept" (analysts, observers, experts) is their view of the party, not a line the party draws: no
red line (the stance itself is left to the stance rules). A red-line wording in a question
("whether Russia will never accept the deal remains to be seen", "asked whether ...") or in a
condition ("if Iran never gives up enrichment") states no position. The same wordings said by the
party are red lines.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


NOT_DRAWN = [
    C("analysts say never", "Analysts say Hamas will never accept disarmament.",
      E("Hamas", "oppose", "disarmament", red_line=False, claimed_by="Analysts")),
    C("observers believe never", "Observers believe Israel will never agree to a Palestinian state.",
      E("Israel", "oppose", "Palestinian state", red_line=False, claimed_by="Observers")),
    C("experts said never give up", "Experts said North Korea would never give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=False, claimed_by="Experts")),
    C("analysts: not accept any", "Analysts said Russia would not accept any deal that leaves Ukraine in NATO.",
      E("Russia", "oppose", "deal", red_line=False, claimed_by="Analysts")),
    C("commentators: nothing less", "Commentators say the union will settle for nothing less than a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=False)),
    C("whether ... remains to be seen", "Whether Russia will never accept the deal remains to be seen.", A("Russia")),
    C("asked whether", "Reporters asked whether Hamas would never accept disarmament.", A("Hamas")),
    C("a question", "Would Iran ever give up enrichment?", A("Iran")),
    C("a condition", "If Iran never gives up enrichment, the talks will fail, the analyst said.", A("Iran")),
]

DRAWN = [
    C("its spokesman said never", "Hamas will never accept disarmament, its spokesman said.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("the leader said never", "Israel will never agree to a Palestinian state, Netanyahu said.",
      E("Israel", "oppose", "Palestinian state", red_line=True)),
    C("the party said never give up", "North Korea said it would never give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
]

CASES = NOT_DRAWN + DRAWN


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_red_line_not_drawn(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
