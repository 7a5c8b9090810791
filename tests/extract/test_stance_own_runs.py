"""A candidate's own run for an office is no issue (issue #11, stance precision on unseen news,
branch prec6): a verb of [forms] running_verbs ("seek", "secure", "win", "clinch", "launch",
"pursue") whose object is an office noun of [forms] office_nouns ("reelection", "the nomination",
"a third term", "his White House bid"), owned by nobody but a pronoun and with no complement, states
no position ("Rubio, who is seeking reelection, ..."). The sentences are our own. Controls:
another's run stays one ("endorsed Paul Ryan's reelection bid", "blocked the nomination of X"), a
bid for something ("launched a bid to join the EU") and calling an election ("sought a snap
election") stay positions, and the stances beside a run are kept.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OWN_RUNS = [
    C("who is seeking reelection", "Senator Maria Lopez, who is seeking reelection, spoke at the rally on Monday.",
      A("Maria Lopez")),
    C("had secured the nomination", "Mr. Obama had secured the Democratic nomination and was visiting Berlin.",
      A("Obama")),
    C("will seek reelection", "Aides say Senator Tom Hale will almost certainly seek reelection in 2018.", A("Tom Hale")),
    C("formally secures", "Trump formally secures the Republican nomination next month.", A("Trump")),
    C("sought a third term", "Roosevelt sought a third term in 1940.", A("Roosevelt")),
    C("launching his bid", "Since launching his White House bid, Jeb Bush has kept a low profile.", A("Jeb Bush")),
    C("clinched the nomination", "Hillary Clinton clinched the nomination in June.", A("Hillary Clinton")),
    C("won re-election", "Governor Ann Wells won re-election by a wide margin.", A("Ann Wells")),
    C("is pursuing the presidency", "Mike Bloomberg is pursuing the presidency with his own money.",
      A("Mike Bloomberg")),
    C("sought office", "Luis Ortega first sought office in 2004.", A("Luis Ortega")),
    C("seeking their renomination", "Both senators, Jane Moss and Paul Grant, are seeking their renomination.",
      A("Jane Moss"), A("Paul Grant")),
]

CONTROLS = [
    C("who is seeking reelection, a stance beside", "Senator Maria Lopez, who is seeking reelection, pushed for Zika funding.",
      E("Maria Lopez", "demand", "Zika funding")),
    C("endorsed another's reelection bid", "Trump endorsed Paul Ryan's reelection bid.", E("Trump", "support", "reelection")),
    C("blocked the nomination of", "Senate Republicans blocked the nomination of Merrick Garland.",
      E("Republicans", "oppose", "nomination of Merrick Garland")),
    C("launched a bid to join", "Turkey launched a bid to join the European Union.", E("Turkey", "support", "European Union")),
    C("sought a snap election", "Boris Johnson sought a snap election in October.", E("Boris Johnson", "support", "election")),
    C("secured a ceasefire", "Egypt secured a ceasefire between Israel and Hamas.", E("Egypt", "support", "ceasefire")),
    C("is seeking a deal", "Iran is seeking a new nuclear deal.", E("Iran", "support", "nuclear deal")),
    C("secured the release of", "The rebels secured the release of 20 prisoners.", E("rebels", "support", "release of 20 prisoners")),
    C("opposed his reelection", "The union opposed the governor's reelection.", E("union", "oppose", "reelection")),
    C("endorsed Clinton", "Bernie Sanders endorsed Hillary Clinton.", E("Bernie Sanders", "support", "Hillary Clinton")),
    C("pursue talks", "China will pursue talks with Taiwan.", E("China", "support", "talks")),
]

KNOWN = [
    C("vowed to stay in the campaign", "Sanders has vowed to stay in the campaign until the convention.", A("Sanders"),
      xfail="staying in one's own campaign is read as an action of its own ('staying in campaign'); the office nouns "
            "are read only as a running verb's object"),
    C("ended his campaign for president", "Bill de Blasio ended his campaign for president of the United States.",
      A("Bill de Blasio"), xfail="ending one's own campaign is read as a deliberate act on it, as ending a strike is"),
]

CASES = OWN_RUNS + CONTROLS + KNOWN


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (OWN_RUNS, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_own_run_form(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
