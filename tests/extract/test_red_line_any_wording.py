"""Red lines in any wording, round 2 (issue #11, items 3 and 4): wordings news English uses for a
position held absolutely that the first round (``test_red_line_families.py``) left out, ten or
more each, written for these tests; with controls where the same words frame no absolute
position. Labels name the thing at stake, never the verb.

Known failures are listed in ``KNOWN_FAILURES`` and run as strict xfails: a fix makes them pass,
and the list must then lose them.
"""

from __future__ import annotations

import pytest

from .stance_cases import C
from .test_red_line_wordings import NoRedLine as N
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

# land given up: the small model tags many places as organisations ("Crimea", "the Falklands");
# a thing ceded that no gazetteer organisation is, is land, and the issue
GIVEN_UP_LAND = [
    C("never give up, a place tagged ORG", "Ukraine will never give up Crimea.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("never give up, reported", "Zelensky said Ukraine would never give up Crimea.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("never give up, plural islands", "Argentina will never give up the Falklands, its foreign minister said.",
      E("Argentina", "oppose", "Falklands", red_line=True)),
    C("will not cede", "Ukraine will not cede Crimea, Zelensky said.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("vowed never to surrender", "Zelensky vowed that Ukraine would never surrender Crimea.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("never hand over", "Israel will never hand over the Golan Heights, Netanyahu said.",
      E("Israel", "oppose", "Golan Heights", red_line=True)),
    C("never give up a claim", "Spain said it would never give up its claim to Gibraltar.",
      E("Spain", "oppose", "claim to Gibraltar", red_line=True)),
    C("never give up, told", "Serbia will never give up Kosovo, Vucic told parliament.",
      E("Serbia", "oppose", "Kosovo", red_line=True)),
    C("never cede, a one-word place", "Armenia said it would never cede Karabakh.",
      E("Armenia", "oppose", "Karabakh", red_line=True)),
    C("never give away", "China will never give away the Spratly Islands, the foreign ministry said.",
      E("China", "oppose", "Spratly Islands", red_line=True)),
    C("not give up", "Morocco said it would not give up Western Sahara.",
      E("Morocco", "oppose", "Western Sahara", red_line=True)),
    C("never abandon", "Azerbaijan said it would never abandon Nagorno-Karabakh.",
      E("Azerbaijan", "oppose", "Nagorno-Karabakh", red_line=True)),
]

GIVEN_UP_CONTROLS = [
    C("gave up, the past", "Ukraine gave up its nuclear arsenal in 1994.", N("Ukraine")),
    C("a hedge, no red line", "Analysts say Ukraine may give up Crimea.", N("Ukraine")),
]

# a red line named as the owner's ("X is the union's bottom line", "X remains a red line for
# Russia", "For Russia, X is a red line"): the owner holds it, whoever reports it; "the only
# acceptable outcome" excludes every other, a red-line demand
OWNED_LINES = [
    C("for X at the front", "For Russia, NATO membership for Ukraine is a red line.",
      E("Russia", "oppose", "NATO membership for Ukraine", red_line=True)),
    C("remains a red line for X", "NATO membership for Ukraine remains a red line for Russia, Lavrov said.",
      E("Russia", "oppose", "NATO membership for Ukraine", red_line=True)),
    C("X's red line, copula", "NATO membership for Ukraine is Russia's red line.",
      E("Russia", "oppose", "NATO membership for Ukraine", red_line=True)),
    C("the union's bottom line", "A 10 percent raise is the union's bottom line.",
      E("union", "demand", "10 percent raise", red_line=True)),
    C("a state's bottom line, reported", "A full withdrawal is Ukraine's bottom line, Zelensky said.",
      E("Ukraine", "demand", "full withdrawal", red_line=True)),
    C("the only acceptable outcome, reported",
      "Zelensky said the full withdrawal of Russian troops was the only acceptable outcome.",
      E("Zelensky", "demand", "full withdrawal of Russian troops", red_line=True)),
    C("the only acceptable solution", "Zelensky said a full withdrawal was the only acceptable solution.",
      E("Zelensky", "demand", "full withdrawal", red_line=True)),
    C("the only acceptable outcome, quoted", "\u201cA full withdrawal is the only acceptable outcome,\u201d Zelensky said.",
      E("Zelensky", "demand", "full withdrawal", red_line=True)),
    C("for X, reported", "For Israel, a nuclear-armed Iran is a red line, Netanyahu said.",
      E("Israel", "oppose", "nuclear-armed Iran", red_line=True)),
    C("a red line for X, in reported speech", "Lavrov said NATO membership for Ukraine was a red line for Russia.",
      E("Russia", "oppose", "NATO membership for Ukraine", red_line=True)),
    C("X's precondition, copula", "The lifting of sanctions is Iran's precondition for any talks.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("a red line for X, plural subject", "Foreign troops on Syrian soil are a red line for Turkey.",
      E("Turkey", "oppose", "foreign troops on Syrian soil", red_line=True)),
    C("remains X's bottom line", "Unification with Taiwan remains China's bottom line.",
      E("China", "demand", "unification with Taiwan", red_line=True)),
    C("a red line for a capital", "Troops on the ground are a red line for Beijing.",
      E("China", "oppose", "troops on the ground", red_line=True)),
]

OWNED_CONTROLS = [
    C("a success for X", "For Russia, the talks were a success.", N("Russia")),
    C("not a red line for X", "The status of Cyprus is not a red line for Turkey.", N("Turkey")),
    C("a priority for X", "A ceasefire remains a priority for Turkey, Cavusoglu said.", N("Turkey")),
]

# not moving at all, in any inflection ("is refusing to budge"; a refusal "to back down" on a
# demand is a plain refusal: it keeps the demand, no red line), and
# refusals that "ever" makes absolute ("its refusal ever to give up X", "refuses to ever accept",
# "will not ever"); a "not ever" of the past tells history
NO_GROUND_EVER = [
    C("is refusing to budge", "The union is refusing to budge on pay.",
      E("union", "oppose", "pay", red_line=True)),
    C("refused to back down on a demand, plain", "The union refuses to back down on its demand for a 15 percent raise.",
      E("union", "demand", "15 percent raise", red_line=False)),
    C("refusing to budge, reported", "The miners are refusing to budge on wages, their leader said.",
      E("miners", "oppose", "wages", red_line=True)),
    C("its refusal ever to", "Iran reiterated its refusal ever to give up uranium enrichment.",
      E("Iran", "oppose", "uranium enrichment", red_line=True)),
    C("its refusal to ever", "Iran restated its refusal to ever give up enrichment.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("refuses to ever", "Iran said it refuses to ever give up enrichment.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("would not ever", "Iran said it would not ever give up enrichment.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("refused to ever recognize", "Hamas said it refused to ever recognize Israel.",
      E("Hamas", "oppose", "recognition of Israel", red_line=True)),
    C("refusal to budge, nominal", "The union's refusal to budge on pay has stalled the talks.",
      E("union", "oppose", "pay", red_line=True)),
    C("will not ever, told", "Hungary will not ever accept migrant quotas, Orban told parliament.",
      E("Hungary", "oppose", "migrant quotas", red_line=True)),
    C("refuses to ever accept", "Serbia refuses to ever accept Kosovo's independence, Vucic said.",
      E("Serbia", "oppose", "independence", red_line=True)),
]

NO_GROUND_CONTROLS = [
    C("has not ever, the past", "The senator has not ever voted for a tax increase.", N("senator")),
    C("did not ever, the past", "Iran did not ever accept the proposal.", N("Iran")),
]

# things that "cannot be traded / bartered / given up" (the passive of giving up or bargaining,
# as "not for trade"): the thing kept is the issue, not its trading
NOT_TRADED = [
    C("cannot be traded, owned", "Kim said the country's nuclear weapons cannot be traded.",
      E("Kim", "oppose", "nuclear weapons", red_line=True)),
    C("cannot be traded away", "Kim said North Korea's nuclear weapons cannot be traded away.",
      E("Kim", "oppose", "nuclear weapons", red_line=True)),
    C("cannot be traded away, quoted", "\u201cOur sovereignty cannot be traded away,\u201d Kim said.",
      E("Kim", "oppose", "sovereignty", red_line=True)),
    C("never be traded for", "Kim said its nuclear arsenal could never be traded for aid.",
      E("Kim", "oppose", "nuclear arsenal", red_line=True)),
    C("never be given up", "Zelensky said Ukrainian land would never be given up.",
      E("Zelensky", "oppose", "Ukrainian land", red_line=True)),
    C("will not be given up", "Ukraine's territory will not be given up, Zelensky said.",
      E("Zelensky", "oppose", "territory", red_line=True)),
    C("cannot be bargained away", "The union said pensions cannot be bargained away.",
      E("union", "oppose", "pensions", red_line=True)),
    C("could not be bartered", "Abbas said the right of return could not be bartered.",
      E("Abbas", "oppose", "right of return", red_line=True)),
    C("never be given away", "Serbia's claim to Kosovo will never be given away, Vucic said.",
      E("Vucic", "oppose", "claim to Kosovo", red_line=True)),
    C("never be handed over", "The Golan Heights will never be handed over, Netanyahu said.",
      E("Netanyahu", "oppose", "Golan Heights", red_line=True)),
    C("never be traded, inverted", "Turkey's rights will never be traded, Erdogan said.",
      E("Erdogan", "oppose", "rights", red_line=True)),
]

NOT_TRADED_CONTROLS = [
    C("a market's trade", "Oil cannot be traded in rubles, Novak said.", N("Novak")),
    C("an exchange's trade", "The bonds cannot be traded on the exchange, Powell said.", N("Powell")),
]

# precision: a red-line word inside the subject or a clause of the predicate ("Here's the bottom
# line", "unlikely to have an effect on the group's bottom line") frames nothing; "can't win
# without X" judges what cannot be had, while "cannot accept a deal without X" refuses
PRECISION_CONTROLS = [
    C("the bottom line as a discourse idiom", "\u201cHere's the bottom line,\u201d Rubio added.", N("Rubio")),
    C("a firm's bottom line", "Gilbert said the boycott calls are unlikely to have a big effect on the group's bottom line.",
      N("Gilbert")),
    C("the bottom line is that", "Gilbert said the bottom line is that the boycott failed.", N("Gilbert")),
    C("can't win without", "\u201cDemocrats can't win without winning women,\u201d Smith said.", N("Democrats")),
    C("couldn't have without", "Podesta said Obama understood he couldn't have a successful outcome without a credible program.",
      N("Obama")),
]

OWN_CHANCE_CONTROLS = [
    C("my last chance", "\u201cIt's my last chance to meet an honest politician,\u201d said Stacey Edwards.",
      N("Stacey Edwards")),
    C("our last chance", "\u201cThis is our last chance to save the deal,\u201d Macron said.", N("Macron")),
    C("our last chance after a demand",
      "Macron demanded a new vote on the treaty. \u201cThis is our last chance,\u201d he said.", N("Macron")),
]

# labels (item 4): giving ground on nothing named is no issue ("not to back down"), and
# "backing down from a proposal" gives it up, no support
GROUND_LABELS = [
    C("back down with nothing named", "Some Sanders backers urged Sanders not to back down until Clinton makes concessions.",
      A("Sanders", "oppose")),
    C("backing down from a proposal is no support",
      "Trump was backing down from the controversial proposal, the newspaper said.", A("Trump", "support")),
]

REFUSED_WITHOUT = [
    C("cannot accept without", "Netanyahu said Israel cannot accept a deal without the return of all hostages.",
      E("Israel", "demand", "return of hostages", red_line=True)),
    C("could not sign without", "The union said it could not sign any agreement without a pay rise.",
      E("union", "demand", "pay rise", red_line=True)),
]

KNOWN_FAILURES = {
    "never give up a claim": "'claim' is a generic head: the label drops 'to Gibraltar'",
    "never cede, a one-word place": "the small model tags 'Karabakh' a person: no issue",
    "a red line for a capital": "'Beijing' after 'for' in a sentence with no speaker is no actor in the table",
}

FAMILIES = {
    "given up land": GIVEN_UP_LAND,
    "owned lines": OWNED_LINES,
    "no ground, ever": NO_GROUND_EVER,
    "not traded": NOT_TRADED,
}
CASES = [c for family in FAMILIES.values() for c in family] + GIVEN_UP_CONTROLS + OWNED_CONTROLS + NO_GROUND_CONTROLS + NOT_TRADED_CONTROLS + PRECISION_CONTROLS + OWN_CHANCE_CONTROLS + GROUND_LABELS + REFUSED_WITHOUT


def _params():
    for case in CASES:
        reason = KNOWN_FAILURES.get(case.family)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        for k, check in enumerate(case.checks):
            yield pytest.param(case.text, check, id=f"{case.family}|{k}", marks=marks)


def test_families_have_ten_wordings():
    for name, family in FAMILIES.items():
        assert len(family) >= 10, name
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"
    assert set(KNOWN_FAILURES) <= {c.family for c in CASES}, "a known failure names no case"


@pytest.mark.parametrize(("text", "check"), list(_params()))
def test_red_line_wording(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
