"""Promises with a clause (issue #11): "Wen promised China would promote direct transport links"
proposes the promised action, whatever its verb (not only the listed committed actions): an
action offered, as the gold codes it (test_polarity_promises.py); a stance verb in the clause keeps
its own reading ("promised France would recognize a Palestinian state" supports it); a negated
clause ("promised it would not attack Kyiv") opposes it, "would never" is a red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


PROMISES = [
    C("promised would promote", "Mr. Wen also promised China would promote direct transport and communications links across the Taiwan Strait.",
      E("Wen", "propose", "transport")),
    C("pledged that it would send", "Germany pledged that it would send more troops.",
      E("Germany", "propose", "troops")),
    C("promised would recognize", "Macron promised France would recognize a Palestinian state.",
      E("Macron", "support", "palestinian state")),
    C("guaranteed would allow", "Tehran guaranteed that it would allow inspectors into the site.",
      E("Iran", "support", "inspectors")),
    C("pledged would never", "Washington pledged it would never recognize the annexation.",
      E("United States", "oppose", "annexation", red_line=True)),
    C("promised will lift", "The EU promised it will lift the sanctions.",
      E("European Union", "propose", "sanctions")),
    C("promised would not", "Moscow promised that it would not attack Kyiv.",
      E("Russia", "oppose", "attack"), A("Russia", "support")),
    C("pledged would expand", "Japan pledged it would expand aid to Ukraine.",
      E("Japan", "propose", "aid")),
    C("committed would build", "Egypt committed that it would build a new crossing at Rafah.",
      E("Egypt", "propose", "crossing")),
    C("promised would keep", "Erdogan pledged Turkey would keep its troops in Cyprus.",
      E("Erdogan", "propose", "troops"),
      xfail="the small model parses 'pledged Turkey would keep ...' with 'Turkey' as the object of 'pledged'"),
]

CONTROLS = [
    C("promise without a modal clause", "Officials promised that the report was accurate.",
      A("Officials")),
]

CASES = PROMISES + CONTROLS


def test_table_has_enough_cases():
    assert len(PROMISES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_promise(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
