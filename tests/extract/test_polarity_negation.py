"""The scope of negation (`is_negated` and `_polarity_in_context`). A copula carries the negation
of its complement: "Israel was not opposed to the truce" leaves the truce open (consider, the
[negation] table), as "does not oppose" does; before, the "not" on "was" was missed and the stance
read as opposed. A possibility denied negates the clause that hangs from it: "there is no way /
no chance / no possibility / no prospect Russia will accept X" opposes X (the nouns are data:
[modality] impossibility_nouns). Controls: the plain copula ("was opposed to"), a denied doubt
("there is no doubt that Hamas will accept"), the verb negated itself.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NEGATED = [
    C("was not opposed to", "Israel said it was not opposed to the truce.",
      E("Israel", "consider", "truce"), A("Israel", "oppose")),
    C("is not opposed to", "Israel is not opposed to a temporary ceasefire.",
      E("Israel", "consider", "ceasefire"), A("Israel", "oppose")),
    C("were not opposed to", "Both Serbia and Kosovo were not opposed to the new offer, the EU said.",
      E("Serbia", "consider", "offer"), A("Serbia", "oppose")),
    C("not averse to", "Hamas said it was not averse to a truce.", E("Hamas", "consider", "truce")),
    C("not hostile to", "Germany is not hostile to the proposal.", E("Germany", "consider", "proposal")),
    C("not resistant to", "The opposition was not resistant to the plan.", E("opposition", "consider", "plan")),
    C("not against", "Tehran is not against the proposal, the foreign minister said.",
      E("Iran", "consider", "proposal")),
    C("not ready to", "France is not ready to sign the agreement.", E("France", "oppose", "agreement")),
    C("not willing to", "Egypt was not willing to host the talks.", E("Egypt", "oppose", "talks")),
    C("not committed to", "Iran is not committed to the deal.", E("Iran", "oppose", "deal")),
    C("no chance", "There is no chance Hamas will agree to the plan, Israel said.",
      E("Hamas", "oppose", "plan", claimed_by="Israel"), A("Hamas", "support")),
    # one party's "no way X will ..." of another is its forecast, no line the other draws
    C("no way", "There is no way Russia will accept the ceasefire, Kyiv said.",
      E("Russia", "oppose", "ceasefire", red_line=False, claimed_by="Ukraine"), A("Russia", "support")),
    C("no possibility", "There is no possibility that Iran will accept the offer, Israel said.",
      E("Iran", "oppose", "offer", claimed_by="Israel"), A("Iran", "support")),
    C("no prospect", "There is no prospect that Israel will accept the plan, Hamas said.",
      E("Israel", "oppose", "plan", claimed_by="Hamas"), A("Israel", "support")),
]

CONTROLS = [
    C("was opposed to", "Israel was opposed to the truce.", E("Israel", "oppose", "truce")),
    C("no doubt", "There is no doubt that Hamas will accept the deal, Egypt said.",
      E("Hamas", "support", "deal", claimed_by="Egypt"), A("Hamas", "oppose")),
    C("does not oppose", "Israel does not oppose the truce.", E("Israel", "consider", "truce")),
    C("is ready to", "France is ready to sign the agreement.", E("France", "support", "agreement")),
]

CASES = NEGATED + CONTROLS


def test_table_has_enough_cases():
    assert len(NEGATED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_negation_scope(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
