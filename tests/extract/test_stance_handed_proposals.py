"""Proposals and demands handed over (issue #11): "Iran presented a plan for a ceasefire", "Hamas
handed the mediators a proposal for a truce", "the union presented its demands for a raise",
"Iran arrived in Geneva with a proposal for a ceasefire": the noun's stance is the subject's, as
with a light verb ("made a proposal"). The "to" phrase of a verb of handing over is where the
thing goes ("brought new proposals to the table"), never its content ([verb_classes] light,
[forms] handing_verbs, arriving_verbs).

Controls: a thing handed over that is no stance noun ("presented a medal to the winner"), and a
proposal with no content ("brought new proposals to the table" is no proposal of "the table").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

HANDED = [
    C("presented a plan for", "Iran presented a plan for a ceasefire.",
      E("Iran", "propose", "ceasefire")),
    C("handed a proposal for", "Hamas handed the mediators a proposal for a six-week truce.",
      E("Hamas", "propose", "six-week truce")),
    C("presented demands for", "The union presented its demands for a 10 percent raise.",
      E("union", "demand", "10 percent raise")),
    C("laid out a plan to", "The EU laid out a plan to phase out Russian gas.",
      E("European Union", "propose", "Russian gas")),
    C("arrived with a proposal", "Iran arrived in Geneva with a proposal for a ceasefire.",
      E("Iran", "propose", "ceasefire")),
    C("brought a proposal for", "Qatar brought a proposal for a prisoner exchange.",
      E("Qatar", "propose", "prisoner exchange")),
    C("delivered a request for", "Ukraine delivered a request for more air defence systems.",
      E("Ukraine", "demand", "air defence systems")),
    C("sent an offer of", "Turkey sent an offer of mediation to both sides.",
      E("Turkey", "propose", "mediation")),
    C("presented a plan to", "Egypt presented a plan to rebuild Gaza.",
      E("Egypt", "propose", "Gaza")),
    C("came with a proposal", "The Taliban came to Doha with a proposal for a prisoner swap.",
      E("Taliban", "propose", "prisoner swap")),
]

CONTROLS = [
    C("a medal", "President Kagame presented a medal to the winner.", A("Kagame")),
    C("proposals to the table", "The U.S. delegation brought new proposals to the table.",
      A("United States", "demand"), A("United States", "support")),
]

CASES = HANDED + CONTROLS


def test_table_has_enough_cases():
    assert len(HANDED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


def test_no_table_issue(stances_of):
    found = stances_of("The U.S. delegation brought new proposals to the table.")
    assert not any("table" in (issue or "") for _, _, issue, *_ in found), found


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_handed_proposal(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
