"""Ultimatums of two outcomes (issue #11, red-line round 7): "It's all the hostages or no deal",
"a full withdrawal or no agreement", "let's get them all back or no deal". A verbless "no X" set
after "or", X a thing a party grants or negotiates, leaves one other outcome: what comes before
"or" is demanded, a red line, by whoever says so (as "no deal without X" is); the "no X" names
no issue of its own. Sentences are written for these tests.

- controls: "deal or no deal" (either way), "little or no chance", "little or no support"
  (a modifier), "a deal or no deal at all" (the same thing twice).

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent
from .test_stance_pairs import Expect as E

# "X or no deal": X demanded, a red line; no stance on the deal
OR_NO_DEAL = [
    C("all the hostages or no deal, quoted", "\u201cIt's all the hostages or no deal,\u201d Netanyahu said.",
      E("Netanyahu", "demand", "hostages", red_line=True), Absent("Netanyahu", "oppose")),
    C("all the hostages or no deal, reported", "Netanyahu said it was all the hostages or no deal.",
      E("Netanyahu", "demand", "hostages", red_line=True)),
    C("a full withdrawal or no deal", "Hamas said it was a full withdrawal or no deal.",
      E("Hamas", "demand", "full withdrawal", red_line=True)),
    C("verbless: withdrawal or no agreement", "\u201cA full withdrawal or no agreement,\u201d the Hamas negotiator Khalil al-Hayya said.",
      E("Khalil al-Hayya", "demand", "full withdrawal", red_line=True)),
    C("our land back or no peace", "\u201cOur land back or no peace,\u201d Abbas said.",
      E("Abbas", "demand", "land", red_line=True)),
    C("a ceasefire or no talks", "It is a ceasefire or no talks, the Kremlin said.",
      E("Russia", "demand", "ceasefire", red_line=True)),
    C("guarantees or no ceasefire", "Zelensky said it would be security guarantees or no ceasefire.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("or no deal, period", "\u201cIt's a full withdrawal or no deal, period,\u201d the Hamas official Basem Naim said.",
      E("Basem Naim", "demand", "full withdrawal", red_line=True), Absent("Basem Naim", "oppose")),
    C("get them all back or no deal", "Trump said it should be \u201clet's get them all back or no deal.\u201d",
      E("Trump", "demand", "back", red_line=True),
      xfail="a clause before 'or no deal' (a verb whose object is a pronoun) is found but gives no issue label"),
    C("the pay rise or no settlement", "The union said it was the pay rise or no settlement.",
      E("union", "demand", "pay rise", red_line=True)),
    C("full pay or no contract", "\u201cFull pay or no contract,\u201d the union said.",
      E("union", "demand", "pay", red_line=True),
      xfail="'contract' is no noun of negotiable() (agreement objects, concessions, measures)"),
    C("the lifting of sanctions or no agreement", "Iran said it was the lifting of all sanctions or no agreement.",
      E("Iran", "demand", "lifting of sanctions", red_line=True),
      xfail="the parser hangs 'or no agreement' on 'sanctions' inside 'of': left out, as the X would lose its head"),
    C("either C or there is no deal", "\u201cEither they restore the bonus or there is no deal,\u201d the union leader Mary Kay Henry said.",
      E("Mary Kay Henry", "demand", "bonus", red_line=True),
      xfail="a clause 'either C or there is no X' (a verb, not a verbless 'no X') is not read"),
]

# either way, a modifier, the same thing twice: nothing demanded
OR_NO_DEAL_CONTROLS = [
    C("deal or no deal: either way", "Deal or no deal, Britain will leave on October 31, Johnson said.", Absent("Johnson")),
    C("little or no chance", "Trump said there was little or no chance of a deal.", Absent("Trump", "demand")),
    C("a deal or no deal at all", "Trump said he would get a deal or no deal at all.", Absent("Trump", "demand")),
    C("little or no support", "The union has little or no support among the nurses.", Absent("union")),
    C("or there will be no deal: read as before", "Netanyahu said the hostages must come home, or there will be no deal.",
      Absent("Netanyahu", "support")),
]

CASES = OR_NO_DEAL + OR_NO_DEAL_CONTROLS


def test_table_has_enough_cases():
    assert len(OR_NO_DEAL) >= 10
    assert len(OR_NO_DEAL_CONTROLS) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_or_no_deal(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
