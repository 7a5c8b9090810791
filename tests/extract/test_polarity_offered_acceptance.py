"""Offering or proposing to accept another's proposal supports it: "the United States proposed to
accept the invitation of our Swedish hosts", "Hamas offered to accept the Egyptian proposal" (gold:
support; before, propose, as `compose` reads "proposed to V"). The rule is grammar and the lexicon:
the inner stance verb supports, and its object is a noun of [nouns] with polarity propose
(invitation, proposal, offer, plan, initiative ...) - someone else's proposal. Controls: offering
an action ("offered to host the talks", "proposed to hold a new round of talks") or an agreement
("offered to sign the agreement") stays a proposal; "offered to consider" considers.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ACCEPTED = [
    C("proposed to accept the invitation", "The United States proposed to accept the invitation of our Swedish hosts "
      "to return to Stockholm.", E("United States", "support", "invitation"), A("United States", "propose")),
    C("offered to accept the proposal", "Hamas offered to accept the Egyptian proposal.",
      E("Hamas", "support", "Egyptian proposal"), A("Hamas", "propose")),
    C("offered to accept the plan", "Russia offered to accept the UN plan.",
      E("Russia", "support", "UN plan"), A("Russia", "propose")),
    C("proposed to accept the offer", "Iran proposed to accept the European offer.",
      E("Iran", "support", "European offer"), A("Iran", "propose")),
    C("offered to accept an invitation to talks", "The rebels offered to accept the government's invitation to talks.",
      E("rebels", "support", "talks"), A("rebels", "propose")),
    C("offered to endorse", "Serbia offered to endorse the EU proposal.",
      E("Serbia", "support", "EU proposal"), A("Serbia", "propose")),
    C("offered to back the initiative", "Turkey offered to back the Saudi initiative.",
      E("Turkey", "support", "initiative"), A("Turkey", "propose")),
    C("proposed to approve the plan", "Germany proposed to approve the French plan.",
      E("Germany", "support", "French plan"), A("Germany", "propose")),
    C("offered to agree to the proposal", "The union offered to agree to the company's proposal.",
      E("union", "support", "proposal"), A("union", "propose")),
    C("offered to embrace the initiative", "Egypt offered to embrace the Qatari initiative.",
      E("Egypt", "support", "initiative"), A("Egypt", "propose")),
]

CONTROLS = [
    C("offered to host", "Qatar offered to host the talks.", E("Qatar", "propose", "talks")),
    C("proposed to hold", "The United States proposed to hold a new round of talks in two weeks.",
      E("United States", "propose", "talks")),
    C("offered to sign an agreement", "Russia offered to sign the agreement.", E("Russia", "propose", "agreement")),
    C("offered to consider", "Israel offered to consider the proposal.", E("Israel", "consider", "proposal")),
    C("offered to reject", "Hamas offered to reject the proposal.", E("Hamas", "oppose", "proposal")),
]

CASES = ACCEPTED + CONTROLS


def test_table_has_enough_cases():
    assert len(ACCEPTED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_offered_acceptance(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
