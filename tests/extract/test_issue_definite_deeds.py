"""A definite deed noun stands for the act just reported (issue #11, generalisation: read in news
nobody had tuned on), read by the full pipeline: "Iraq voted to expel US troops. The United States
was disappointed by the decision" is the United States' position on the expulsion, as "criticized
it" or "rejected this move" already was ([normalise] deeds in issues.toml: decision, move, step,
with "the" or an owner and no complement of their own; issues.py, _definite_deed). A content
adjective takes its thing with "by" too ([forms] content_preps: the parser makes it a passive's
agent).

Only after an act for its thing: "Germany blocked the merger. France rejected the decision" is
for the merger, which the taken-back label would read as against it (the last stance before it
must support, propose or demand). Controls: a deed noun with its own complement ("the decision
to V" names its act), an indefinite one ("a decision"), no act reported before, an act against
its thing, and "by" naming a person. Known failures are strict
xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

DEEDS = [
    C("disappointed by the decision", "Iraq voted to expel US troops. The United States was disappointed by the decision.",
      E("United States", "oppose", "expulsion")),
    C("disappointed with the owner's decision", "Iraq voted to expel US troops. The United States was disappointed with Iraq's decision.",
      E("United States", "oppose", "expulsion")),
    C("criticized the decision", "Iraq voted to expel US troops. The United States criticized the decision.",
      E("United States", "oppose", "expulsion")),
    C("welcomed the move", "Israel agreed to release 50 prisoners. Hamas welcomed the move.",
      E("Hamas", "support", "release")),
    C("condemned the step", "Serbia decided to suspend the talks. The European Union condemned the step.",
      E("European Union", "oppose", "suspension of talks")),
    C("praised the owner's move", "Turkey agreed to extend the grain deal. The United Nations praised Turkey's move.",
      E("United Nations", "support", "grain deal")),
    C("rejected the decision", "Kenya approved the merger. Uganda rejected the decision.",
      E("Uganda", "oppose", "merger")),
    C("rejected the decision after an order", "The court ordered new elections. The ruling party rejected the decision.",
      E("ruling party", "oppose", "elections"),
      xfail="an order states no stance (\"ordered\" is left out of the stance verbs), so there is no act to take back"),
    C("backed the decision", "Germany agreed to send tanks to Ukraine. France backed the decision.",
      E("France", "support", "tanks")),
    C("pleased by the move", "Iran agreed to free the sailors. Britain was pleased by the move.",
      E("United Kingdom", "support", "sailors")),
    C("said it was pleased by the move", "Iran agreed to free the sailors. Britain said it was pleased by the move.",
      E("United Kingdom", "support", "sailors"),
      xfail="a reported passive 'it was pleased by' finds no holder ('pleased with' does)"),
    C("angry about the decision", "Washington imposed tariffs on steel. Canada said it was angry about the decision.",
      E("Canada", "oppose", "tariffs")),
]

CONTROLS = [
    C("a decision with its own act", "Iraq voted to expel US troops. Iran welcomed the decision to hold new elections.",
      E("Iran", "support", "elections"), A("Iran", "oppose")),
    C("an indefinite decision", "Iraq voted to expel US troops. The United States criticized a decision.",
      A("United States", "oppose")),
    C("no act reported before", "The United States criticized the decision.",
      A("United States")),
    C("a decision with an adjective of its own", "Iraq voted to expel US troops. The United States criticized the earlier decision.",
      A("United States", "oppose")),
    C("disappointed by a person", "Iraq voted to expel US troops. The minister was disappointed by the ambassador.",
      A("minister")),
    C("a plain decision as subject", "Iraq voted to expel US troops. The decision angered Washington.",
      A("Iraq", "oppose")),
    C("the move as a verb", "Iraq voted to expel US troops. The United States will move its embassy.",
      A("United States", "oppose")),
    C("a step with its own complement", "Israel agreed to release 50 prisoners. Hamas welcomed the step toward a ceasefire.",
      E("Hamas", "support", "ceasefire")),
    C("happy to: a courtesy", "Iraq voted to expel US troops. The minister was happy to meet the ambassador.",
      A("minister")),
    C("disappointed by the result", "The union held a vote on the strike. The company was disappointed by the result.",
      A("company", "support")),
]

CONTROLS += [
    C("a deed against its thing is not taken back", "Germany blocked the merger. France rejected the decision.",
      A("France", "oppose")),
]

CASES = DEEDS + CONTROLS


def test_table_has_enough_cases():
    assert len(DEEDS) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_definite_deeds(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
