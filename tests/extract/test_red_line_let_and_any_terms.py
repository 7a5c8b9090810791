"""Red lines of round 5 (issue #11), from the misses of the hand-annotated fresh set: wordings
the gold flags as red lines that gave no stance or a stance without the flag. Sentences are
written for these tests.

- "will not let X V", "cannot let X V", "will never let X V": a modal refusal to let another
  party act is "will not allow X to V" (a red line on the act, as the lexicon's "will not allow"
  and "cannot allow" already are); a plain or past "let" ("let us talk", "let the voters
  decide", "did not let reporters in", "will not let you down") states no position;
- "insisted / demanded that any deal include X": a term laid on every settlement, without which
  there is no deal, as "any deal must include X" is (a red line on X); "the deal" (one deal
  named), a hope ("hopes that any deal includes X"), a suggestion, or a passive that sets the
  deal's procedure ("insist that any agreement be put to a vote": the tune gold has no red line
  there) set no line;
- "X is something we will never accept": the thing named by the copula's subject is what the
  negated relative clause's verb refuses ("something we cannot accept" stays a plain refusal;
  "the last thing she wants" is read as before);
- "is not prepared / unwilling / not willing to give up / cede / surrender X", as "will not give
  up X" (a disposition, as "not prepared to compromise" already is), and "under any
  conditions", as "under any circumstances";
- precision: "refused X, a red line for many supporters" (a red line set beside the thing as the
  line of unnamed people, a plural common noun) is theirs, not the refuser's; "a red line for
  Russia", "for us" stay;
- "will never denuclearize / demilitarize X": verbs of giving up one's arms or forces are
  commitments with an action noun ("denuclearization"), so their refusal is read as "will never
  disarm" is.

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_stance_pairs import Absent
from .test_stance_pairs import Expect as E

N = NoRedLine

# a modal refusal to let another party act: the act opposed, a red line
REFUSED_LETTING = [
    C("cannot let, reported", "Trump said the United States cannot let Iran have a nuclear weapon.",
      E("United States", "oppose", "nuclear weapon", red_line=True)),
    C("cannot let, quoted", "\u201cWe cannot let Iran get a nuclear weapon,\u201d Trump said.",
      E("Trump", "oppose", "nuclear weapon", red_line=True)),
    C("will not let, reported", "Netanyahu said Israel will not let Hamas rebuild its tunnels.",
      E("Israel", "oppose", "rebuilding of tunnels", red_line=True)),
    C("will never let, quoted", "\u201cWe will never let them take Crimea,\u201d Zelensky said.",
      E("Zelensky", "oppose", "Crimea", red_line=True)),
    C("can't let, quoted", "\u201cWe can't let China steal our jobs,\u201d Trump said.",
      E("Trump", "oppose", "jobs", red_line=True)),
    C("will not let, a group", "The union said it will not let the company cut pensions.",
      E("union", "oppose", "cut of pensions", red_line=True)),
    C("won't let, quoted", "\u201cWe won't let Russia redraw the borders of Europe,\u201d Merkel said.",
      E("Merkel", "oppose", "borders", red_line=True)),
    C("would never let, reported", "Erdogan said Turkey would never let the militia build a corridor on its border.",
      E("Turkey", "oppose", "corridor", red_line=True)),
    C("must not let, quoted", "\u201cWe must not let the company close the plant,\u201d the union leader said.",
      E("union", "oppose", "plant", red_line=True),
      xfail="'the union leader' said, in a sentence alone, is no actor of the union"),
    C("would not let, set up", "Erdogan said Turkey would not let the Kurdish militia set up a state on its border.",
      E("Turkey", "oppose", "state", red_line=True),
      xfail="the parser hangs 'set up a state' apart from 'let': no clause to read"),
]

# a plain, positive or past "let", or a phrasal "let down": no position, no red line
LETTING_CONTROLS = [
    C("let us, an invitation", "\u201cLet us talk,\u201d Abbas said.", Absent("Abbas")),
    C("let down, phrasal", "Trump said he will not let his supporters down.", Absent("Trump")),
    C("did not let, the past", "The police did not let reporters into the building.", Absent("police")),
    C("would let, no refusal", "Biden said the United States would let Ukraine use the missiles.", N("United States")),
    C("will let, no refusal", "Netanyahu said Israel will let aid trucks enter Gaza.", N("Israel")),
    C("let the voters decide", "\u201cLet the voters decide,\u201d Sanders said.", Absent("Sanders")),
    C("let by, a misspelt participle", "His critics in the party, let by Lewandowski, never agreed.", Absent("Lewandowski")),
]

# a term laid on any settlement by a verb of insisting or demanding: a red line on the term
ANY_TERMS = [
    C("insisted that any package include", "Democratic leaders insisted that any package include a two-year delay of the tax.",
      E("Democratic leaders", "demand", "delay of tax", red_line=True)),
    C("insisted that any deal include", "The union insisted that any deal include a pension guarantee.",
      E("union", "demand", "pension guarantee", red_line=True)),
    C("demanded that any agreement lift", "Iran demanded that any agreement lift all sanctions.",
      E("Iran", "demand", "sanctions", red_line=True)),
    C("demand that any peace deal include", "The rebels demand that any peace deal include an amnesty.",
      E("rebels", "demand", "amnesty", red_line=True)),
    C("insists that any ceasefire include", "Israel insists that any ceasefire include the release of all hostages.",
      E("Israel", "demand", "release of hostages", red_line=True)),
    C("insisted any deal include, no that", "The EU insisted any deal include a backstop for Ireland.",
      E("European Union", "demand", "backstop", red_line=True)),
    C("requires that any agreement include", "The union requires that any agreement include a no-layoff clause.",
      E("union", "demand", "clause", red_line=True)),
    C("insisted that any truce include", "Hamas insisted that any truce include a full Israeli withdrawal.",
      E("Hamas", "demand", "withdrawal", red_line=True)),
    C("insisted that any settlement restore", "Zelensky insisted that any settlement restore Ukraine's borders.",
      E("Zelensky", "demand", "borders", red_line=True),
      xfail="the parser reads 'any settlement' as a compound of 'restore', with no subject"),
    C("insisted that any compromise protect", "Pelosi insisted that any compromise protect the Dreamers.",
      E("Pelosi", "demand", "Dreamers", red_line=True),
      xfail="'protect the Dreamers' gives no issue to demand"),
]

# one deal named, a hope, a suggestion, analysts' forecast: no red line
ANY_TERM_CONTROLS = [
    C("hopes that any deal includes", "The union hopes that any deal includes a pension guarantee.", N("union")),
    C("insisted that the deal include", "The union insisted that the deal include a pension guarantee.",
      E("union", "demand", "pension guarantee", red_line=False)),
    C("suggested that any deal include", "The union suggested that any deal include a pension guarantee.", N("union")),
    C("analysts: any deal would include", "Analysts said any deal would include a pension guarantee.", N("Analysts")),
    C("insisted that any deal should include", "The union insisted that any deal should include a pension guarantee.",
      N("union")),
    C("insist that any agreement be put to a vote", "The rebels insist that any peace agreement be put to a referendum.",
      N("rebels")),
]

# a thing named as "something" the speaker will never accept, tolerate or allow: the thing refused,
# a red line by "will never" (the relative clause's verb reads its copula's subject)
PLACEHOLDER_REFUSALS = [
    C("something it will never accept, reported", "The union said a pay freeze is something it will never accept.",
      E("union", "oppose", "pay freeze", red_line=True)),
    C("something we will never accept, quoted", "\u201cA pay freeze is something we will never accept,\u201d the union said.",
      E("union", "oppose", "pay freeze", red_line=True)),
    C("something a state will never accept", "Netanyahu said a Palestinian state is something Israel will never accept.",
      E("Israel", "oppose", "Palestinian state", red_line=True)),
    C("something we will never tolerate", "\u201cJob cuts are something we will never tolerate,\u201d the union said.",
      E("union", "oppose", "job cuts", red_line=True)),
    C("something they will never allow", "Abbas said the annexation of the West Bank is something the Palestinians will never allow.",
      E("Palestine", "oppose", "annexation of West Bank", red_line=True)),
    C("something we would never accept", "\u201cThe partition of Cyprus is something we would never accept,\u201d Erdogan said.",
      E("Erdogan", "oppose", "partition of Cyprus", red_line=True)),
    C("something Russia will never recognize", "Lavrov said Kosovo's independence is something Russia will never recognize.",
      E("Russia", "oppose", "independence", red_line=True),
      xfail="the label is the bare 'recognition': the thing recognized is not read back from the copula"),
    C("something we will not tolerate", "\u201cAttacks on our ships are something we will not tolerate,\u201d Erdogan said.",
      E("Erdogan", "oppose", "attacks", red_line=True)),
    C("something Iran will never give up", "Rouhani said enrichment is something Iran will never give up.",
      E("Iran", "oppose", "enrichment", red_line=True),
      xfail="the phrasal 'give up' reads no object from the relative clause"),
    C("the one thing we will never accept", "\u201cA hard border is the one thing we will never accept,\u201d Varadkar said.",
      E("Varadkar", "oppose", "hard border", red_line=True)),
]

# the same frame with a plain refusal, support, a question left open or no thing named
PLACEHOLDER_CONTROLS = [
    C("something we cannot accept: plain", "\u201cNATO expansion is something we cannot accept,\u201d Lavrov said.",
      E("Lavrov", "oppose", "NATO expansion", red_line=False)),
    C("something we support", "\u201cA ceasefire is something we support,\u201d Zelensky said.", N("Zelensky")),
    C("the last thing she wants", "Bonuses for executives are the last thing Pelosi wants to hear about.", N("Pelosi")),
    C("something we will discuss", "\u201cIt is something we will discuss,\u201d Lavrov said.", Absent("Lavrov")),
    C("something he would never do", "Trump said that was something he would never do.", N("Trump")),
    C("something nobody expected", "Zelensky said the offer was something nobody expected.", N("Zelensky")),
]

# not even prepared to give a thing up, and refusals "under any conditions": red lines
UNWILLING_TO_YIELD = [
    C("not prepared to give up any", "Ukraine said it was not prepared to give up any territory.",
      E("Ukraine", "oppose", "territory", red_line=True)),
    C("unwilling to give up, aside", "Ukraine is unwilling to give up any territory, Zelensky said.",
      E("Ukraine", "oppose", "territory", red_line=True)),
    C("not willing to give up, quoted", "\u201cWe are not willing to give up our nuclear rights,\u201d Zarif said.",
      E("Zarif", "oppose", "nuclear rights", red_line=True)),
    C("not ready to give up", "The rebels said they were not ready to give up their weapons.",
      E("rebels", "oppose", "weapons", red_line=True)),
    C("unwilling to cede", "Serbia said it was unwilling to cede control of the north.",
      E("Serbia", "oppose", "control", red_line=True)),
    C("not prepared to cede", "China said it was not prepared to cede the islands.",
      E("China", "oppose", "islands", red_line=True)),
    C("not willing to surrender", "Armenia said it was not willing to surrender Karabakh.",
      E("Armenia", "oppose", "Karabakh", red_line=True),
      xfail="'surrender' with a name as its object gives no stance (as 'would not surrender Karabakh')"),
    C("would not return under any conditions", "Armenia said it would not return Karabakh under any conditions.",
      E("Armenia", "oppose", "return of Karabakh", red_line=True)),
    C("will not accept under any conditions", "\u201cWe will not accept job cuts under any conditions,\u201d the union said.",
      E("union", "oppose", "job cuts", red_line=True)),
    C("would not sign under any condition", "Kim said North Korea would not sign the treaty under any condition.",
      E("North Korea", "oppose", "treaty", red_line=True)),
]

# a past refusal, a willingness, a commentator's view: no red line
UNWILLING_CONTROLS = [
    C("refused to give up: the past", "Ukraine refused to give up the territory.", N("Ukraine")),
    C("willing to give up", "Ukraine said it was willing to give up the territory.", N("Ukraine")),
    C("analysts: unwilling to give up", "Analysts said Ukraine is unwilling to give up any territory.", N("Ukraine")),
    C("under any conditions: accepted", "Iran said it would attend the talks under any conditions.", N("Iran")),
    C("did not cede: the past", "China did not cede the islands.", N("China")),
]

# a red line the writer sets beside the thing as a line of unnamed people: theirs, not the line of
# whoever refused it (precision: a fresh-set row flagged so was wrong)
OTHERS_LINES = [
    C("for hardliners", "Netanyahu rejected a Palestinian state, a red line for hardliners in his coalition.",
      E("Netanyahu", "oppose", "Palestinian state", red_line=False)),
    C("for many donors", "Trump refused to back an undivided Jerusalem as the capital of Israel, a red line for many Republican donors.",
      N("Trump")),
    C("for many unionists", "Johnson would not rule out a hard border, a red line for many unionists.", N("Johnson")),
    C("for farmers", "Modi refused to lift the export ban, a red line for farmers.", N("Modi")),
    C("for many voters", "The chancellor rejected the pension cut, a red line for many voters.", N("chancellor")),
    C("for environmentalists", "Biden declined to back the pipeline, a red line for environmentalists.",
      E("Biden", "oppose", "pipeline", red_line=False)),
    C("for many critics", "Obama refused to send troops, a red line for many critics.",
      E("Obama", "oppose", "troops", red_line=False)),
    C("for the unions", "Macron refused to scrap the reform, a red line for the unions.",
      E("Macron", "support", "reform", red_line=False)),
]

# a red line set beside the thing for a named party or "us": the party's line, kept
OWN_LINES = [
    C("for Russia", "Putin rejected NATO expansion, a red line for Russia.",
      E("Putin", "oppose", "NATO expansion", red_line=True)),
    C("for Kyiv", "Zelensky rejected any recognition of occupied territory, a red line for Kyiv.",
      E("Zelensky", "oppose", "recognition of occupied territory", red_line=True)),
    C("for us", "Erdogan rejected a Kurdish state, a red line for us, he said.",
      E("Erdogan", "oppose", "Kurdish state", red_line=True)),
    C("is a red line for Turkey", "Erdogan said a Kurdish state is a red line for Turkey.",
      E("Turkey", "oppose", "Kurdish state", red_line=True)),
    C("a red line, no for", "Putin rejected NATO expansion, calling it a red line.",
      E("Putin", "oppose", "NATO expansion", red_line=True)),
]

# giving up one's arms or forces, refused with "will never": commitments ("will denuclearize")
# read with their action noun, so the refusal is a red line on it
NEVER_DISARMED = [
    C("would never denuclearize while", "Pyongyang said it would never denuclearize while U.S. troops remain in the South.",
      E("North Korea", "oppose", "denuclearization", red_line=True)),
    C("will never denuclearize, quoted", "\u201cWe will never denuclearize,\u201d Kim said.",
      E("Kim", "oppose", "denuclearization", red_line=True)),
    C("will never denuclearize, reported", "Kim said North Korea will never denuclearize.",
      E("North Korea", "oppose", "denuclearization", red_line=True)),
    C("would never demilitarize a region", "Azerbaijan said it would never demilitarize the border region.",
      E("Azerbaijan", "oppose", "demilitarization of border region", red_line=True)),
    C("will never demilitarize a place", "Russia said it will never demilitarize Kaliningrad.",
      E("Russia", "oppose", "demilitarization of Kaliningrad", red_line=True)),
    C("will not denuclearize unless", "Kim said North Korea will not denuclearize unless the United States lifts the sanctions.",
      E("North Korea", "demand", "lifting of sanctions", red_line=True)),
    C("will never denuclearize, aside", "North Korea will never denuclearize, Kim said.",
      E("North Korea", "oppose", "denuclearization", red_line=True)),
    C("under no circumstances denuclearize", "Kim said North Korea would under no circumstances denuclearize.",
      E("North Korea", "oppose", "denuclearization", red_line=True)),
    C("would never demilitarise, British spelling", "Aliyev said Azerbaijan would never demilitarise the border.",
      E("Azerbaijan", "oppose", "demilitarisation", red_line=True)),
    C("must never denuclearize", "\u201cWe must never denuclearize,\u201d Kim said.",
      E("Kim", "oppose", "denuclearization", red_line=True)),
]

# a plain refusal, a conditional offer, history, a demand on another: no red line
NEVER_DISARMED_CONTROLS = [
    C("will not demilitarise: plain", "\u201cWe will not demilitarise the zone,\u201d Aliyev said.",
      E("Aliyev", "oppose", "demilitarisation of zone", red_line=False)),
    C("would denuclearize if", "Kim said North Korea would denuclearize if its security were guaranteed.",
      E("North Korea", "support", "denuclearization", red_line=False)),
    C("has never denuclearized: history", "Kim said North Korea has never denuclearized.", N("North Korea")),
    C("must denuclearize: a demand", "Trump said North Korea must denuclearize.",
      E("Trump", "demand", "denuclearization", red_line=False)),
    C("will not denuclearize unilaterally", "North Korea will not denuclearize unilaterally, Kim said.", N("North Korea")),
]

CASES = (REFUSED_LETTING + LETTING_CONTROLS + ANY_TERMS + ANY_TERM_CONTROLS + PLACEHOLDER_REFUSALS + PLACEHOLDER_CONTROLS
         + UNWILLING_TO_YIELD + UNWILLING_CONTROLS + OTHERS_LINES + OWN_LINES + NEVER_DISARMED + NEVER_DISARMED_CONTROLS)


def test_table_has_enough_cases():
    for family in (REFUSED_LETTING, ANY_TERMS, PLACEHOLDER_REFUSALS, UNWILLING_TO_YIELD, NEVER_DISARMED):
        assert len(family) >= 10
    for controls in (LETTING_CONTROLS, ANY_TERM_CONTROLS, PLACEHOLDER_CONTROLS, UNWILLING_CONTROLS, OWN_LINES,
                     NEVER_DISARMED_CONTROLS):
        assert len(controls) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_let_and_any_terms(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
