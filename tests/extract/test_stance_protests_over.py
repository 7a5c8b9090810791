"""Measures taken in protest "over" an issue (issue #11): "Athens expelled the Libyan ambassador
over the agreement" opposes the agreement (a deliberate act aimed at the issue, as the gold
conventions' "walking out over"); the measure itself is no position on the ambassador. Controls:
"over" a span of time, and verbs that are no measure.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


PROTESTS = [
    C("expelled over", "Athens expelled the Libyan ambassador over the agreement.",
      E("Greece", "oppose", "agreement"), A("Greece", "support")),
    C("recalled over", "Moscow recalled its ambassador over the sanctions.",
      E("Russia", "oppose", "sanctions")),
    C("suspended talks over", "China suspended talks with the United States over the arms sale.",
      E("China", "oppose", "arms sale")),
    C("cut ties over", "Morocco cut ties with Iran over its support for the Polisario Front.",
      E("Morocco", "oppose", "polisario")),
    C("sanctioned over", "The European Union sanctioned Belarus over the crackdown on protesters.",
      E("European Union", "oppose", "crackdown")),
    C("downgraded relations over", "Pakistan downgraded relations with India over the change in Kashmir's status.",
      E("Pakistan", "oppose", "status")),
    C("went on strike over", "Kenyan nurses went on strike over unpaid wages.",
      E("Kenyan nurses", "demand", "wages")),  # what is owed is demanded ([forms] pay_nouns)
    C("boycotted over", "Qatar boycotted the summit over the blockade.",
      E("Qatar", "oppose", "blockade")),
    C("froze talks over", "Greece froze talks with Turkey over the drilling.",
      E("Greece", "oppose", "drilling")),
    C("walked out over", "Opposition lawmakers walked out over the budget cuts.",
      E("Opposition lawmakers", "oppose", "budget cuts")),
    C("summoned over", "Ukraine summoned Hungary's ambassador over the remarks.",
      E("Ukraine", "oppose", "remarks"),
      xfail="'remarks' is on the stop list of labels that name no issue"),
]

CONTROLS = [
    C("over a span of time", "Egypt postponed the talks over the weekend.",
      A("Egypt", "oppose")),
    C("no measure", "The ministers talked over dinner in Brussels.",
      A("ministers", "oppose")),
]

CASES = PROTESTS + CONTROLS


def test_table_has_enough_cases():
    assert len(PROTESTS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_protest_over(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
