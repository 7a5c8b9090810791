"""What others press a party to do, refused, is no support of the party for it: "Israel rebuffed
international pressure to agree to a truce" opposes the truce pressed for ("pressure" is an
[issue_nouns] infinitive head, as "calls" and "requests" are), and Israel does not support the
truce (before, the inner "agree to" was also read as Israel's); "Iran resisted pressure to accept
the inspections" the same (`_inside_outer_cue`: the infinitive of the object of a refusing verb).
Controls: what a party accepts ("accepted the invitation to attend the talks") is its own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

REFUSED = [
    C("rebuffed pressure to V", "Israel rebuffed international pressure to agree to a truce.",
      E("Israel", "oppose", "truce"), A("Israel", "support")),
    C("resisted pressure to V", "Iran resisted pressure to accept the inspections.",
      E("Iran", "oppose", "inspections"), A("Iran", "support")),
    C("rejected calls to V", "Hamas rejected calls to accept the deal.",
      E("Hamas", "oppose", "deal"), A("Hamas", "support")),
    C("dismissed demands to V", "Russia dismissed demands to sign the accord.",
      E("Russia", "oppose", "signing of accord"), A("Russia", "support")),
    C("rejected a request to V", "Serbia rejected an EU request to recognize Kosovo.",
      E("Serbia", "oppose", "Kosovo"), A("Serbia", "support")),
    C("turned down an invitation to V", "Hungary turned down an invitation to join the talks.",
      E("Hungary", "oppose", "talks"), A("Hungary", "support")),
    C("rejected an appeal to V", "The union rejected the government's appeal to accept the offer.",
      E("union", "oppose", "offer"), A("union", "support")),
    C("brushed aside calls to V", "Israel brushed aside calls to lift the blockade.",
      E("Israel", "oppose", "calls"), A("Israel", "support")),
    C("refused a request to V", "Moscow refused a request to extend the grain deal.",
      E("Russia", "oppose", "grain deal"), A("Russia", "support")),
    C("rejected an offer to V", "North Korea rejected a U.S. offer to resume the talks.",
      E("North Korea", "oppose", "talks"), A("North Korea", "support")),
    C("resisted pressure to V, a phrasal", "Turkey resisted pressure to sign up to the sanctions.",
      E("Turkey", "oppose", "sanctions"), A("Turkey", "support")),
]

CONTROLS = [
    C("accepted an invitation to V", "Hamas accepted the invitation to attend the talks.",
      E("Hamas", "support", "talks")),
    C("welcomed the proposal to V", "Russia welcomed the proposal to hold talks.", E("Russia", "support", "talks")),
    C("rejected the plan", "Israel rejected the plan.", E("Israel", "oppose", "plan")),
]

CASES = REFUSED + CONTROLS


def test_table_has_enough_cases():
    assert len(REFUSED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_refused_pressure(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
