"""Decisions (issue #11): "the union resolved to continue the strike", "the Bundestag voted to
reject the deal", "the Commission moved to block the merger" state the decided action as the
holder's position (read through to it: a rejection voted is opposed). These verbs state a
position only with the infinitive of what is decided: "resolved their differences", "voted in
the election" and "moved to the border" state none.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


DECISIONS = [
    C("resolved to continue", "The union resolved to continue the strike.",
      E("union", "support", "strike")),
    C("voted to continue", "The teachers voted to continue the strike.",
      E("teachers", "support", "strike")),
    C("voted to reject", "The Bundestag voted to reject the deal.",
      E("Bundestag", "oppose", "deal")),
    C("resolved to continue with", "The workers have resolved to continue with their strike over pay.",
      E("workers", "support", "strike")),
    C("voted to end", "The U.S. Senate voted to end the shutdown.",
      E("US Senate", "support", "shutdown")),
    C("moved to block", "The European Commission moved to block the merger.",
      E("European Commission", "oppose", "merger")),
    C("voted to extend", "The European Union voted to extend sanctions on Russia.",
      E("European Union", "support", "sanctions")),
    C("voted to accept", "The miners voted to accept the pay offer.",
      E("miners", "support", "pay")),
    C("voted to strike", "The union voted to strike.",
      E("union", "support", "strike")),
    C("opted to withdraw", "Burkina Faso opted to withdraw from ECOWAS.",
      E("Burkina Faso", "oppose", "ecowas")),
]

CONTROLS = [
    C("resolved differences", "The two sides resolved their differences.",
      A("sides")),
    C("voted in", "Voters in Georgia voted in the election.",
      A("Voters")),
    C("moved to a place", "The Russian army moved to the border.",
      A("Russia")),
]

CASES = DECISIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(DECISIONS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_decision(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
