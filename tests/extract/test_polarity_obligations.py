"""An obligation put on a party is a demand of whoever says so, no position the party has taken:
"Israel must accept the ceasefire, the UN said" is the UN's demand, and Israel accepts nothing
(before, Israel also supported the ceasefire); "the union should accept the offer", "Hamas will
have to accept the deal", "Russia needs to agree to the truce", "Israel ought to accept the
proposal" the same (`is_obliged` in stance/polarity.py, [modality] deontic). Controls: a
first-person obligation is the speaker's own ("we must reach a deal"), "has yet to respond" is
undecided, not obliged, and a plain perfect ("has accepted") states the position.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OBLIGED = [
    C("must V, reported after", "Israel must accept the ceasefire, the UN said.",
      E("United Nations", "demand", "ceasefire"), A("Israel")),
    C("must V, reported before", "Hamas said Israel must accept the ceasefire.",
      E("Hamas", "demand", "ceasefire"), A("Israel")),
    C("should V", "Hamas should accept the offer, the Egyptian foreign minister said.", A("Hamas", "support")),
    C("will have to V", "Hamas will have to accept the deal, Egypt said.", E("Egypt", "demand", "deal"), A("Hamas")),
    C("needs to V", "Russia needs to agree to the truce, Macron said.", E("Macron", "demand", "truce"), A("Russia")),
    C("ought to V", "Israel ought to accept the proposal, Biden said.", E("Biden", "demand", "proposal"), A("Israel")),
    C("has to V", "Serbia has to recognize Kosovo, the EU said.",
      E("European Union", "demand", "recognition of Kosovo"), A("Serbia")),
    C("should V, both sides", "Both sides should return to the negotiating table, the UN said.",
      E("United Nations", "demand", "negotiating table")),
    C("must not V", "Iran must not reject the offer, the EU said.", A("Iran")),
    C("must V a phrasal", "Moscow must pull out of Ukraine, NATO said.",
      A("Russia", "oppose")),
    C("should V in a quote", "“Hamas should accept this deal,” Blinken said.",
      E("Blinken", "demand", "deal"), A("Hamas", "support")),
]

CONTROLS = [
    C("first person", "“We must reach a deal,” Netanyahu said.", E("Netanyahu", "demand", "deal")),
    C("has yet to", "M23 has yet to respond to the Qatari peace proposal.", E("M23", "consider", "proposal")),
    C("has accepted", "Moscow has accepted the 30-day ceasefire.", E("Russia", "support", "ceasefire")),
    C("needs a thing", "Ukraine needs more air defence systems, Zelensky said.",
      A("Ukraine", "oppose")),
]

CASES = OBLIGED + CONTROLS


def test_table_has_enough_cases():
    assert len(OBLIGED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_obligation(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
