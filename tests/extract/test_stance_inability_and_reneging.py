"""Saying one cannot afford a measure, and going back on a deal (issue #11). "The government
cannot afford the raise", "said it could not afford to pay even $300" oppose the measure (a
negated [verbs] afford, as "will not accept"); so does a denied ability ("would not be able to
accept the deal", "said it was unable to accept it": [forms] ability_adjectives,
inability_adjectives, ability_nouns), but not a failure the writer tells ("after she was unable
to negotiate a deal", "have been unable to agree": they wanted it); "reneged on the deal", "backtracked on the
agreement", "went back on its promise" oppose what was agreed ([phrasal])."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("could not afford, reported", "Nairobi said it could not afford the raise.", E("Kenya", "oppose", "raise")),
    C("cannot afford, said after", "Nairobi cannot afford the raise, the minister said.", E("Kenya", "oppose", "raise")),
    C("cannot afford to pay", "Harare said it cannot afford to pay the bonus.", E("Zimbabwe", "oppose", "payment of bonus")),
    C("could not afford to raise", "Accra said it could not afford to raise the allowances.",
      E("Ghana", "oppose", "allowances")),
    C("can't afford, contracted", "Pretoria said it can't afford a 10 percent increase.", E("South Africa", "oppose", "increase")),
    C("would not be able to afford", "Abuja said it would not be able to afford the new minimum wage.",
      E("Nigeria", "oppose", "minimum wage")),
    C("would not be able to accept", "Tehran said it would not be able to accept the deal.", E("Iran", "oppose", "deal")),
    C("was unable to accept, reported", "Tehran said it was unable to accept the deal.", E("Iran", "oppose", "deal")),
    C("is not able to", "Tehran said it is not able to accept the deal.", E("Iran", "oppose", "deal")),
    C("not in a position to", "Tehran said it was not in a position to accept the deal.", E("Iran", "oppose", "deal")),
    C("incapable of", "Tehran said it was incapable of accepting the deal.", E("Iran", "oppose", "deal")),
    C("cannot afford, quoted", "\"We cannot afford a 50 percent raise,\" Ruto said.", E("Ruto", "oppose", "raise"),
      xfail="a first-person holder of 'cannot afford' in a quotation is not read"),
    C("reneged on", "The union said Nairobi had reneged on the deal.", E("Kenya", "oppose", "deal")),
    C("backtracked on", "Nairobi backtracked on the agreement.", E("Kenya", "oppose", "agreement")),
    C("went back on", "Nairobi went back on its promise to raise wages.", E("Kenya", "oppose", "increase of wages")),
    C("backed out of", "Ruto backed out of the deal.", E("Ruto", "oppose", "deal"),
      xfail="'backed' is read as the support verb 'back' before the phrase 'back out of'"),
]

CONTROLS = [
    C("could afford", "Ruto said Kenya could afford the raise.", A("Kenya", "oppose")),
    C("able to", "Tehran said it would be able to accept the deal.", A("Iran", "oppose")),
    C("a failure told, past", "Lula stepped down after he was unable to negotiate a deal.", A("Lula", "oppose")),
    C("a failure told, perfect", "Kigali and Kinshasa have been unable to agree on a ceasefire.", A("Rwanda", "oppose")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_inability_and_reneging(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
