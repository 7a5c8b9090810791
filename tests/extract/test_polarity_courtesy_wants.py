"""A wish to thank, welcome or congratulate is a courtesy, whatever the parser hangs on the wish:
in "I also want to thank Minister Lavrov for their willing work ..., their readiness to engage in
a constructive dialogue" the parser makes "readiness" the object of "want", and Kerry demanded the
engagement (`_courtesy` now looks for the courtesy verb under the wish). Whose readiness it is
(the possessive) is a matter of holders: these tables check only that the speaker demands nothing.
Controls: a wish for a thing ("we want a ceasefire") is a demand.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

COURTESIES = [
    C("want to thank, a noun after", "\u201cI also want to thank Minister Deshchytsia and also Minister Lavrov for their "
      "willing work in the course of today, their readiness to engage in a constructive dialogue,\u201d Kerry said.",
      A("Kerry", "demand")),
    C("want to thank, commitment", "\u201cI want to thank the Egyptian government, its commitment to a ceasefire,\u201d "
      "Blinken said.", A("Blinken", "demand")),
    C("would like to thank, willingness", "\u201cWe would like to thank Qatar for its efforts, its willingness to mediate "
      "the talks,\u201d Netanyahu said.", A("Netanyahu", "demand")),
    C("want to congratulate, decision", "\u201cI want to congratulate both leaders, their decision to sign the "
      "agreement,\u201d Guterres said.", A("Guterres", "demand")),
    C("want to welcome, readiness", "\u201cI want to welcome the delegations, their readiness to resume the talks,\u201d "
      "Lavrov said.", A("Lavrov", "demand")),
    C("wish to thank, support", "\u201cI wish to thank Norway, its support for the peace process,\u201d Petro said.",
      A("Petro", "demand")),
    C("want to thank, determination", "\u201cI want to thank the mediators, their determination to reach a deal,\u201d "
      "Biden said.", A("Biden", "demand")),
    C("would like to thank, and its support", "\u201cI would like to thank Turkey and its support for the grain deal,\u201d "
      "Guterres said.", A("Guterres", "demand")),
    C("want to thank, leadership", "\u201cI want to thank President Ruto, his leadership in the talks,\u201d Blinken said.",
      A("Blinken", "demand")),
    C("want to thank, readiness to host", "\u201cWe want to thank Egypt, its readiness to host the talks,\u201d Hamas said.",
      A("Hamas", "demand")),
]

CONTROLS = [
    C("want a thing", "\u201cWe want a ceasefire,\u201d Hamas said.", E("Hamas", "demand", "ceasefire")),
    C("want to V", "\u201cWe want to resume the talks,\u201d Hamas said.", E("Hamas", "support", "talks")),
]

CASES = COURTESIES + CONTROLS


def test_table_has_enough_cases():
    assert len(COURTESIES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_courtesy_wish(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
