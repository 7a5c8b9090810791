"""Wanting one's own action supports it; wanting something of others demands it. "Hamas wants to
reach a deal", "they want to reach a settlement as quickly as possible", "we want to [get a deal]"
(gold: support) were read as demands because "want" is a demand verb; now a motive verb ([forms]
motives) with an infinitive of its own subject's action supports the action (`verb_polarity` in
stance/cues.py). Controls: "wants Hamas to release the hostages", "the workers want a pay rise",
"wants to see sanctions lifted" stay demands; "does not want to V" opposes.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OWN_ACTION = [
    C("wants to reach", "Hamas wants to reach a deal.", E("Hamas", "support", "deal"), A("Hamas", "demand")),
    C("want to reach, as quickly as possible", "Cosatu wants to reach a settlement as quickly as possible.",
      E("Cosatu", "support", "settlement"),
      xfail="'reach a settlement as quickly as possible' yields no stance at all (coverage)"),
    C("wants to resume", "Iran wants to resume the talks.", E("Iran", "support", "talks"), A("Iran", "demand")),
    C("wanted to sign", "Serbia wanted to sign the agreement.", E("Serbia", "support", "agreement"),
      A("Serbia", "demand")),
    C("wants to join", "Ukraine wants to join NATO.", E("Ukraine", "support", "NATO"), A("Ukraine", "demand")),
    C("want to end", "The miners want to end the strike, the union said.", E("miners", "support", "strike"),
      A("miners", "demand")),
    C("wants to renew", "Russia wants to renew the grain deal.", E("Russia", "support", "grain deal"),
      A("Russia", "demand")),
    C("wants to lift", "The EU wants to lift the sanctions.", E("European Union", "support", "sanctions"),
      A("European Union", "demand")),
    C("wants to hold", "Turkey wants to hold talks with Syria.", E("Turkey", "support", "talks"),
      A("Turkey", "demand")),
    C("wants to ratify", "Sweden wants to ratify the treaty.", E("Sweden", "support", "treaty"),
      A("Sweden", "demand")),
    C("wants to accept", "Hamas wants to accept the proposal.", E("Hamas", "support", "proposal"),
      A("Hamas", "demand")),
]

CONTROLS = [
    C("wants X to V", "Israel wants Hamas to release the hostages.", E("Israel", "demand", "hostages")),
    C("wants a thing", "The workers want an 8.6 percent pay rise.", E("workers", "demand", "pay rise")),
    C("wants to see", "Iran wants to see sanctions lifted.", E("Iran", "demand", "sanctions")),
    C("does not want to V", "Russia does not want to renew the grain deal.", E("Russia", "oppose", "grain deal")),
    C("does not want to reject", "Hamas does not want to reject the deal.", E("Hamas", "consider", "deal")),
]

CASES = OWN_ACTION + CONTROLS


def test_table_has_enough_cases():
    assert len(OWN_ACTION) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_wanted_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
