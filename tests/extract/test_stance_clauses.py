"""Positions stated through a clause (issue #11, item 5), one test per sentence, our own words:

- a stance noun with a "that" clause: "X's demand that the rebels first disarm" demands the
  clause's action ("first" makes it a precondition: a red line);
- a position noun before "is that": "X's position is that the rebels must disarm" gives X the
  obligations of the clause;
- a committed action refused until a condition is met: "will not provide aid until C" opposes
  the action, conditioned on C, and demands C (a red line, as "no deal unless C").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NOUN_THAT = [
    C("noun that", "Kenya's demand that the rebels disarm has stalled the talks.", E("Kenya", "demand", "disarm"),
      xfail="the small model hangs 'disarm' off 'stalled', so the noun has no clause"),
    C("noun that", "Burma's demand that the rebels first lay down their arms has stalled the talks.",
      E("Myanmar", "demand", "arms", red_line=True)),
    C("noun that", "The union's demand that the company reinstate the sacked workers was rejected.",
      E("union", "demand", "reinstat")),
    C("noun that", "Serbia's insistence that Kosovo remain part of its territory angered Pristina.",
      E("Serbia", "demand", "territory"),
      xfail="a 'remain' clause names its issue through a predicate noun the clause rules do not read"),
    C("noun that", "Egypt's proposal that the truce be extended by a week was welcomed.",
      E("Egypt", "propose", "truce")),
    C("noun that", "The teachers' demand that the government pay their allowances has not been met.",
      E("teachers", "demand", "allowances")),
    C("noun that", "Hamas rejected Israel's demand that its leaders leave Gaza.",
      E("Israel", "demand", "leav")),
    C("noun that", "Iran's request that sanctions be lifted before talks was refused.",
      E("Iran", "demand", "sanctions", red_line=True)),  # "before talks": a precondition
    C("noun that", "Tokyo repeated its demand that Pyongyang return the abductees.",
      E("Japan", "demand", "abductees")),
    C("noun that", "The nurses' insistence that the hospital hire more staff delayed the deal.",
      E("nurses", "demand", "staff")),
]

POSITION_IS_THAT = [
    C("position is that", "Kenya's position is that the rebels must lay down their arms.",
      E("Kenya", "demand", "arms")),
    C("position is that", "The union's position is that the offer must be improved.",
      E("union", "demand", "offer")),
    C("position is that", "Ukraine's view is that Russian troops must leave its territory.",
      E("Ukraine", "demand", "leav")),
    C("position is that", "Israel's stance is that Hamas must release all hostages.",
      E("Israel", "demand", "hostages")),
    C("position is that", "The company's position was that the strikers should return to work.",
      E("company", "demand", "work"),
      xfail="'company' alone is no actor of the table"),
    C("position is that", "Turkey's line is that the Kurdish fighters must withdraw from the border.",
      E("Turkey", "demand", "withdraw")),
    C("position is that", "Washington's position is that Pyongyang must dismantle its nuclear program.",
      E("United States", "demand", "nuclear program")),
    C("position is that", "Beijing's position remains that Taiwan must accept reunification.",
      E("China", "demand", "reunification"),
      xfail="only 'is/was' carry the clause; 'remains' is not read"),
    C("position is that", "The opposition's demand is that the president must resign.",
      E("opposition", "demand", "resign"),
      xfail="an obligation without object or nominalisation ('must resign') names no issue yet"),
    C("position is that", "Moscow's condition is that sanctions must be lifted first.",
      E("Russia", "demand", "sanctions")),
]

REFUSED_UNTIL = [
    C("not until", "Japan will not provide economic aid until the abduction issue is resolved.",
      E("Japan", "oppose", "economic aid", red_line=True, condition="resolved"),
      E("Japan", "demand", "abduction issue", red_line=True)),
    C("not until", "The unions said they would not stage the march until the talks collapsed.",
      E("unions", "oppose", "march", red_line=True, condition="talks collapsed")),
    C("not until", "Seoul will not grant the visas until Pyongyang releases the fishermen.",
      E("South Korea", "oppose", "visas", red_line=True),
      E("South Korea", "demand", "fishermen", red_line=True)),
    C("not until", "Israel will not transfer the tax revenues unless the attacks stop.",
      E("Israel", "oppose", "tax revenues", red_line=True)),
    C("not until", "The rebels will not vacate the town until their fighters are freed.",
      E("rebels", "oppose", "town", red_line=True),
      E("rebels", "demand", "fighters", red_line=True)),
    C("not until", "Serbia will not normalize relations with Kosovo until its minority is protected.",
      E("Serbia", "oppose", "relations", red_line=True)),
    C("not until", "The government will not dissolve parliament until the budget is passed.",
      E("government", "oppose", "parliament", red_line=True),
      xfail="'the government' alone, with no state named, is no actor"),
    C("not until", "Hamas will not free the hostages until Israel ends the war.",
      E("Hamas", "oppose", "hostages", red_line=True),
      E("Hamas", "demand", "war", red_line=True)),
    C("not until", "The militia will not dismantle its checkpoints unless the army withdraws.",
      E("militia", "oppose", "checkpoints", red_line=True),
      xfail="'militia' is no group noun of the lexicon"),
    C("not until", "Iran will not freeze enrichment until sanctions are lifted.",
      E("Iran", "oppose", "enrichment", red_line=True),
      E("Iran", "demand", "sanctions", red_line=True)),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(NOUN_THAT + POSITION_IS_THAT + REFUSED_UNTIL)))
def test_clause_stances(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# A "that" clause stating a fact is a claim, not a demand.
CLAIMS = [
    C("claim of fact", "North Korea's insistence that the case is closed angered Tokyo.", A("North Korea", "demand")),
    C("claim of fact", "Moscow's insistence that its troops have left was dismissed.", A("Russia", "demand")),
    C("claim of fact", "Hamas's claim that the talks had collapsed was denied.", A("Hamas", "demand")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(CLAIMS)))
def test_claims_of_fact(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
