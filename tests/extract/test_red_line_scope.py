"""The scope of a red-line phrase (issue #11): "will never", "under no circumstances", "any
concession" ... make a red line of the stance in their own clause or one below it, not of a
stance in another clause of the sentence; a "never" that tells the past ("has never accepted a
pay cut in its history") makes none. "I strongly reject the new measure ... they won't
extract any concession from us" is a plain ("strongly") rejection; "We need to cook chicken well
and never to handle raw meat and salad together" demands no red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E


IN_SCOPE = [
    C("phrase in the stance's clause", "Iran said it will never accept a freeze on uranium enrichment.",
      E("Iran", "oppose", "freeze", red_line=True)),
    C("phrase in the clause above", "Rouhani said under no circumstances Iran would accept a freeze on enrichment.",
      E("Iran", "oppose", "freeze", red_line=True)),
    C("phrase before the verb", "Under no circumstances will Kyiv recognize the occupied territories, Zelensky said.",
      E("Ukraine", "oppose", "recognition of occupied territories", red_line=True)),
    C("phrase after the object", "Maduro said Venezuela would not accept foreign troops under any circumstances.",
      E("Venezuela", "oppose", "foreign troops", red_line=True)),
    C("no compromise in the clause", "Erdogan said Turkey rejects any compromise on Cyprus.",
      E("Turkey", "oppose", "compromise on Cyprus", red_line=True)),
]

OUT_OF_SCOPE = [
    C("concession in another clause",
      "Cuba strongly rejects the new US blockade measure that bans flights, and they won't extract any concession from us, Parrilla said.",
      E("Cuba", "oppose", "blockade measure", red_line=False)),
    C("never in a coordinated clause", "We need to carry on cooking chicken well and never to handle raw meat and salad together, Livermore said.",
      E("Livermore", "demand", "carrying on", red_line=False)),
    C("vow in another clause", "The union rejected the offer, and the company vowed never to raise wages again.",
      E("union", "oppose", "offer", red_line=False)),
]

# A "never" that tells the past is history, not a red line; one with a modal or in the present is.
HISTORY = [
    C("perfect: history", "The union has never accepted a pay cut in its history.",
      E("union", "oppose", "pay cut", red_line=False)),
    C("past: history", "Iran never agreed to inspections in the past, the IAEA said.",
      E("Iran", "oppose", "inspections", red_line=False)),
    C("modal: a red line", "Kim said North Korea would never accept denuclearization.",
      E("North Korea", "oppose", "denuclearization", red_line=True)),
    C("present: a red line", "The rebels said they never accept bribes.",
      E("rebels", "oppose", "bribes", red_line=True)),
]

CASES = IN_SCOPE + OUT_OF_SCOPE + HISTORY


def test_table_cases_unique():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_red_line_scope(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
