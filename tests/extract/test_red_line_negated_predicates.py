"""Red-line predicates, negated and new (issue #11 item 3). A red-line predicate under "not" is
no red line: "tariffs are not off the table" and "sending troops is not out of the question" leave
the thing open (consider), "X is not a red line for Turkey" draws none, "a ceasefire is not a
precondition for talks" demands nothing. "beyond negotiation / discussion" and "not a subject of
negotiations / a matter for negotiation / a bargaining chip" are red lines ([predicates] of
stance.toml): what is beyond negotiation or no matter for it is insisted on (demanded, as
"non-negotiable"), what is beyond discussion or no bargaining chip is not to be given up. Controls: "will be the subject of negotiations" is an agenda, no refusal.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


RED = [
    C("off the table", "Netanyahu said a Palestinian state was off the table.",
      E("Netanyahu", "oppose", "Palestinian state", red_line=True)),
    C("cannot be a subject of negotiations", "Kosovo's status cannot be a subject of negotiations, Thaci said.",
      E("Thaci", "demand", "status", red_line=True)),
    C("beyond negotiation", "The sovereignty of the islands is beyond negotiation, the Foreign Office said.",
      E("Foreign Office", "oppose", "compromise on sovereignty of islands", red_line=True)),
    C("beyond discussion", "Britain said the sovereignty of Gibraltar is beyond discussion.",
      E("United Kingdom", "oppose", "sovereignty of Gibraltar", red_line=True)),
    C("not a matter for negotiation", "Abbas said the right of return was not a matter for negotiation.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("not a bargaining chip", "Israel's security is not a bargaining chip, Netanyahu said.",
      E("Netanyahu", "oppose", "security", red_line=True)),
]

NOT_RED = [
    C("not off the table", "Trump said tariffs were not off the table.",
      E("Trump", "consider", "tariffs", red_line=False), A("Trump", "oppose")),
    C("not out of the question", "Macron said sending troops to Ukraine was not out of the question.",
      E("Macron", "consider", "sending of troops", red_line=False), A("Macron", "oppose")),
    C("not a red line for", "Erdogan said the status of Cyprus is not a red line for Turkey.",
      A("Turkey", "oppose"), A("Erdogan", "oppose")),
    C("not a precondition", "Hamas said a ceasefire was not a precondition for talks.", A("Hamas", "demand")),
    C("the subject of negotiations", "The issue of refugees will be the subject of negotiations, Abbas said.",
      A("Abbas", "oppose")),
    C("not off the table, quoted", "“Military action is not off the table,” Pompeo said.", A("Pompeo", "oppose")),
]

CASES = RED + NOT_RED


def test_table_has_enough_cases():
    assert len(RED) + len(NOT_RED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_negated_red_line_predicates(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
