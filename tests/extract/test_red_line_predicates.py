"""Red lines stated as predicates of the issue (issue #11): "X is non-negotiable / not up for
negotiation / not open to negotiation / not on the table / not on the agenda / not a subject for
negotiation / our red line", said by an actor. What is not negotiable is insisted on, as what is
non-negotiable ("the wage increase is not negotiable", "the withdrawal of foreign troops is not
subject to negotiation": demanded, [predicates] red_line_negated_demand); what is not on the table
or on the agenda, or a red line, is excluded (opposed), unless the speaker holds it ("its nuclear
program is not on the table", "its weapons are not up for discussion": kept, demanded, whichever
predicate; `red_lines.wanted_red_line`). A place named as the issue ("Taiwan is not a subject
for negotiation", "Jerusalem is our red line") is the issue, not an actor. Controls: "not on the
table yet" is undecided, "not on the agenda of the meeting" is what a meeting held, "open to
negotiation" is no refusal: none is a red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


PREDICATES = [
    C("not open to negotiation", "Moscow said Crimea's status is not open to negotiation.",
      E("Russia", "demand", "status", red_line=True)),
    C("insisted: not open to negotiation", "Moscow insisted that Crimea's status is not open to negotiation.",
      E("Russia", "demand", "status", red_line=True)),
    C("a place: not a subject for negotiation", "Beijing said Taiwan is not a subject for negotiation.",
      E("China", "oppose", "Taiwan", red_line=True)),
    C("not on the agenda", "Serbia said Kosovo's independence is not on the agenda.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("not on the negotiating table", "Pyongyang said its nuclear program was not on the negotiating table.",
      E("North Korea", "demand", "nuclear program", red_line=True)),  # its own, kept: demanded
    C("a place: our red line", "“Jerusalem is our red line,” Abbas said.",
      E("Abbas", "oppose", "Jerusalem", red_line=True)),
    C("remains a red line", "Abbas said the privatisation of water remains a red line.",
      E("Abbas", "oppose", "privatisation of water", red_line=True)),
    C("not up for negotiation", "The Palestinian Authority said the status of Jerusalem is not up for negotiation.",
      E("Palestinian Authority", "demand", "status of Jerusalem", red_line=True)),
    C("not negotiable", "The union said the 10 percent wage increase was not negotiable.",
      E("union", "demand", "wage increase", red_line=True)),
    C("not up for discussion", "Hamas said its weapons are not up for discussion.",
      E("Hamas", "demand", "weapons", red_line=True)),  # its own, kept, as "not for negotiation"
    C("not subject to negotiation", "The withdrawal of foreign troops is not subject to negotiation, the Taliban said.",
      E("Taliban", "demand", "withdrawal of foreign troops", red_line=True)),
    C("is a red line for", "Erdogan said a Kurdish state in northern Syria is a red line for Turkey.",
      E("Turkey", "oppose", "Kurdish state", red_line=True)),
]

CONTROLS = [
    C("not on the table yet", "The proposal is not on the table yet, the European Union said.",
      A("European Union", "oppose")),
    C("the agenda of a meeting", "Sanctions relief was not on the agenda of the meeting, the State Department said.",
      A("State Department", "oppose")),
    C("open to negotiation", "The union said the pay offer is open to negotiation.", A("union", "oppose")),
]

CASES = PREDICATES + CONTROLS


def test_table_has_enough_cases():
    assert len(PREDICATES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_red_line_predicate(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
