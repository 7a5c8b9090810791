"""Red lines in any wording, round 5 (issue #11, item 3): the wordings the earlier rounds left as
known failures, in general form, each with controls where the same words state no absolute
position. Sentences are written for these tests.

- lists after a colon: "X set out its red lines: no A and no B", "X has two red lines: A and B",
  "X's red lines were clear: no A and no B" give one red line per item; an item with "no" is
  excluded (opposed), a list of things qualified as wanted ("a full withdrawal") is demanded;
- "a line in the sand" is a red line as "a red line" is ("drew a line in the sand on X");
- terms of a hedged acceptance: "could accept X only if C" weighs X but demands C as a red line
  (an "only if / only after" term); a plain "if", another hedge ("may") or a commentator's guess
  sets no terms;
- threats to leave talks: "would walk away from (pull out of, walk out of, withdraw from) the
  talks unless C / if C does not happen" demand C as a red line, as "threatened to walk out
  unless C" does; a walkout told in the past, a plain "if C" or a place left is none;
- being party to an agreement or talks ("would not be party to any deal that ...", "will never
  be part of the pact"): a refusal under a modal, a red line with "never" or "any X that"; a
  negated fact ("was not a party to the talks") is none;
- giving ground on a demand named with its thing as a compound ("will not budge on the pay
  demand") demands the thing;
- a clause of stopping the parser reads as a noun phrase ("until the shelling stops": "stops" a
  preposition's object): the halt of the activity is demanded, as "until Israel stops the
  bombing" is; a time ("until the end of the war") or a clause with no refusal is none.

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

N = NoRedLine


class ConditionIs:
    """Right when a stance of ``holder`` on ``issue`` has exactly ``condition`` (the condition
    clause ends where the verb that reports it begins)."""

    def __init__(self, holder: str, issue: str, condition: str):
        self.holder, self.issue, self.condition = holder, issue, condition

    def describe(self) -> str:
        return f"CONDITION of ({self.holder}, {self.issue}) == {self.condition!r}"

    def holds(self, found) -> bool:
        return any(a == self.holder and self.issue in i and c == self.condition for a, _, i, _, c, *_ in found)

LISTED = [
    C("set out, two denied items", "The union set out its red lines: no job cuts and no pay freeze.",
      E("union", "oppose", "job cuts", red_line=True), E("union", "oppose", "pay freeze", red_line=True)),
    C("set out, phrases with of and on", "Zelensky set out his red lines: no recognition of occupied land and no limits on the army.",
      E("Zelensky", "oppose", "recognition of occupied land", red_line=True),
      E("Zelensky", "oppose", "limits on army", red_line=True)),
    C("spelled out", "Iran spelled out its red lines: no inspections of military sites and no limits on research.",
      E("Iran", "oppose", "inspections of military sites", red_line=True),
      E("Iran", "oppose", "limits on research", red_line=True)),
    C("has two red lines, wanted items", "Hamas has two red lines: a permanent ceasefire and a full Israeli withdrawal.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True),
      E("Hamas", "demand", "full Israeli withdrawal", red_line=True)),
    C("the lines were clear, reported", "Zelensky said Ukraine's red lines were clear: no recognition of the occupied territories and no neutrality.",
      E("Ukraine", "oppose", "recognition of occupied territories", red_line=True),
      E("Ukraine", "oppose", "neutrality", red_line=True)),
    C("remain the same, a comma list", "Iran's red lines remain the same: no limits on enrichment, no inspections of military sites.",
      E("Iran", "oppose", "limits on enrichment", red_line=True),
      E("Iran", "oppose", "inspections of military sites", red_line=True)),
    C("laid out, a capital", "Seoul laid out its red lines: no nuclear tests and no missile launches.",
      E("South Korea", "oppose", "nuclear tests", red_line=True),
      E("South Korea", "oppose", "missile launches", red_line=True)),
    C("a heading-like single item", "Russia's red line: no NATO membership for Ukraine.",
      E("Russia", "oppose", "NATO membership for Ukraine", red_line=True)),
]

LISTED_CONTROLS = [
    C("no red line crossed, a clause after the colon", "Netanyahu said he crossed no red lines: the deal was legal.",
      N("Netanyahu")),
    C("set out a plan, no lines", "The union set out its plan: new talks and a vote in May.", N("union")),
    C("red lines of a drawing", "Picasso's sketch has red lines: a square and a circle.", N("Picasso")),
    C("the list of lines is not read as a proposal", "Zelensky set out his red lines: no recognition of occupied land and no limits on the army.",
      A("Zelensky", "propose")),
    C("a listed heading read once", "Russia's red line: no NATO membership for Ukraine, the Kremlin said.",
      A("Russia", "demand")),
]

SAND = [
    C("drew, on", "Putin drew a line in the sand on NATO expansion.",
      E("Putin", "oppose", "NATO expansion", red_line=True)),
    C("drew, over", "Erdogan drew a line in the sand over Kurdish autonomy.",
      E("Erdogan", "oppose", "Kurdish autonomy", red_line=True)),
    C("drew, reported by aides", "Macron drew a line in the sand on farm subsidies, aides said.",
      E("Macron", "oppose", "farm subsidies", red_line=True)),
    C("its line in the sand, copula", "The union said the pension scheme was its line in the sand.",
      E("union", "oppose", "pension scheme", red_line=True)),
    C("has drawn, present perfect", "Beijing has drawn a line in the sand over Taiwan independence.",
      E("China", "oppose", "Taiwan independence", red_line=True)),
]

SAND_CONTROLS = [
    C("a line on a beach", "Trump drew a line in the sand at the beach, his son said.", N("Trump")),
    C("a line with no topic", "The artist Banksy drew a line in the sand.", N("Banksy")),
    C("a line on a map", "Putin drew a line on the map.", N("Putin")),
    C("the sand of a beach", "Erdogan walked along the line of the sand dunes.", N("Erdogan")),
    C("sand in another phrase", "Macron said the talks were built on sand.", N("Macron")),
]

HEDGED_TERMS = [
    C("could accept only if, signalled", "The union signalled that it could accept the offer only if the company dropped the job cuts.",
      E("union", "demand", "job cuts", red_line=True), E("union", "consider", "offer")),
    C("could accept only if, passive condition", "Iran said it could accept a deal only if sanctions were lifted first.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("could only accept if", "Hamas said it could only accept the ceasefire if Israel withdrew.",
      E("Hamas", "demand", "withdrawal by Israel", red_line=True)),
    C("could agree to only if", "Netanyahu said Israel could agree to a truce only if all hostages were released.",
      E("Israel", "demand", "release of hostages", red_line=True)),
    C("can accept only if, present", "Serbia can accept the plan only if Kosovo drops its bid for UN membership, Vucic said.",
      E("Serbia", "demand", "bid for UN membership", red_line=True)),
]

HEDGED_CONTROLS = [
    C("could accept if: a plain if", "Iran said it could accept a deal if sanctions were lifted.", N("Iran")),
    C("could accept only if, an analyst's guess", "Analysts said Iran could accept a deal only if sanctions were lifted.", N("Iran")),
    C("would accept only if, an analyst's guess", "Analysts said Iran would accept a deal only if sanctions were lifted.", N("Iran")),
    C("may accept only if: a guess", "Iran may accept a deal only if sanctions are lifted.", N("Iran")),
    C("could accept with no terms", "Iran said it could accept the deal, a spokesman added.", N("Iran")),
]

WALKOUT = [
    C("would walk away unless", "Johnson said Britain would walk away from the talks unless the EU dropped its demands.",
      E("United Kingdom", "demand", "dropping of demands", red_line=True)),
    C("would walk away if not", "Johnson said Britain would walk away from the talks if the EU did not drop its demands.",
      E("United Kingdom", "demand", "dropping of demands", red_line=True)),
    C("would pull out of if not", "Hamas said it would pull out of the talks if Israel did not halt the strikes.",
      E("Hamas", "demand", "halt of strikes", red_line=True)),
    C("a bare walk away if not", "Britain said it would walk away if the EU did not drop its demands.",
      E("United Kingdom", "demand", "dropping of demands", red_line=True)),
    C("will walk out of unless", "The rebels will walk out of the negotiations unless the army lifts the siege.",
      E("rebels", "demand", "lifting of siege", red_line=True)),
    C("will withdraw from unless, reported after", "Iran will withdraw from the talks unless the sanctions are lifted, Araghchi said.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
]

WALKOUT_CONTROLS = [
    C("walked away: the past", "Britain walked away from the talks when the EU refused to budge.", N("United Kingdom")),
    C("plain if: opposed, no ultimatum", "Johnson said Britain would walk away from the talks if the EU insisted on the backstop.",
      N("United Kingdom")),
    C("not walk away: no threat", "Hamas said it would not walk away from the talks.", N("Hamas")),
    C("a place left, no talks", "The workers said they would walk away from the factory unless wages rose.", N("workers")),
    C("a hedge: might walk away", "Britain might walk away from the talks unless the EU moves, analysts said.", N("United Kingdom")),
]

STOPPING = [
    C("no talks until the shelling stops, reported after", "There will be no talks until the shelling stops, the rebels said.",
      E("rebels", "demand", "halt of shelling", red_line=True),
      E("rebels", "oppose", "talks", red_line=True, condition="the shelling stops")),
    C("will not sit across the table until", "The rebels will not sit across the table from the army until the shelling stops.",
      E("rebels", "demand", "halt of shelling", red_line=True)),
    C("would not negotiate until", "Zelensky said Ukraine would not negotiate until the shelling stops.",
      E("Ukraine", "demand", "halt of shelling", red_line=True)),
    C("no deal until the bombing ends", "Hamas said there would be no deal until the bombing ends.",
      E("Hamas", "demand", "end of bombing", red_line=True)),
    C("no ceasefire until the fighting ceases", "The rebels said there would be no ceasefire until the fighting ceases in the north.",
      E("rebels", "demand", "fighting", red_line=True)),
]

STOPPING_CONTROLS = [
    C("talks resume when: no refusal", "Kuleba said talks would resume when the shelling stops.", N("Kuleba")),
    C("until the end of: a time", "The rebels will not disarm until the end of the war.", N("rebels")),
    C("a report of the shelling", "Residents told Reuters the shelling stops at night.", N("Reuters")),
    C("a past wait", "The rebels waited until the shelling stopped.", N("rebels")),
    C("no consideration read", "There will be no talks until the shelling stops, the rebels said.",
      A("rebels", "consider")),
    C("the condition ends before its reporter", "There will be no ceasefire until the bombing ends, the rebels said.",
      ConditionIs("rebels", "ceasefire", "the bombing ends")),
    C("the condition ends before an inverted reporter", "There will be no deal until the shelling stops, said Kuleba, the foreign minister.",
      ConditionIs("Kuleba", "deal", "the shelling stops")),
    C("the condition ends before a quotation's close", "\u201cThere will be no truce until the bombing stops,\u201d said Kuleba.",
      ConditionIs("Kuleba", "truce", "the bombing stops")),
]

# being party to an agreement or talks: support, refused when negated under a modal; a red line
# with "never" or "any X that ..." (as "could not support any deal that ..."); a fact ("is part
# of a pact", "was not a party to the talks") is none
MEMBERSHIP = [
    C("not be party to any deal that", "Macron said France would not be party to any deal that harmed its farmers.",
      E("France", "oppose", "deal", red_line=True)),
    C("never be part of", "Hungary said it would never be part of the migration pact.",
      E("Hungary", "oppose", "migration pact", red_line=True)),
    C("not be a party to: a plain refusal", "Orban said Hungary would not be a party to the pact.",
      E("Hungary", "oppose", "pact", red_line=False)),
    C("will remain a party to", "Iran said it would remain a party to the nuclear deal.",
      E("Iran", "support", "nuclear deal")),
    C("will never be a signatory to", "Washington will never be a signatory to the treaty, Bolton said.",
      E("United States", "oppose", "treaty", red_line=True)),
]

MEMBERSHIP_CONTROLS = [
    C("was not a party: a fact", "Hungary was not a party to the talks.", A("Hungary")),
    C("is not a signatory: a fact", "The United States is not a signatory to the treaty.", A("United States")),
    C("part of the problem: no agreement", "Macron said France would never be part of the problem.", N("Macron")),
    C("a party to the conflict: no agreement", "Lavrov said Russia would never be a party to the conflict.", N("Russia")),
    C("a party to the talks named in passing", "Iran was one party to the talks, the agency said.", N("Iran")),
    C("is part of a pact: a fact", "Brazil is part of a trade pact with the European Union.", A("Brazil")),
    C("became a signatory: a past fact", "Britain became a signatory to the treaty in 1992.", A("United Kingdom")),
]

# giving ground on a demand whose thing is a compound ("the pay demand") demands the thing, as
# "will not back down on its demand for X" does
DEMAND_COMPOUNDS = [
    C("not budge on a compound demand", "\u201cWe will not budge on the pay demand,\u201d union leader Joseph Mathunjwa said.",
      E("Joseph Mathunjwa", "demand", "pay", red_line=True)),
    C("not back down on plural compound demands", "The union said it would not back down on its wage demands.",
      E("union", "demand", "wage", red_line=True)),
    C("will never give up compound demands", "Hamas said it would never give up its prisoner demands.",
      E("Hamas", "demand", "prisoner", red_line=True)),
]

DEMAND_COMPOUND_CONTROLS = [
    C("a name before the demand is who asks", "Israel will not give in to the Hamas demand.", A("Israel", "demand")),
    C("demands with no thing named", "Hamas said it would not back down on its demands.", A("Hamas", "demand")),
]

KNOWN = [
    C("called X a red line, X read as a verb", "The union called the pay freeze a red line.",
      E("union", "oppose", "pay freeze", red_line=True),
      xfail="the parser reads 'freeze' as a verb (an xcomp) with 'a red line' its object, and the label of "
            "a verb is its act on its object: no 'pay freeze' to name"),
    C("refuses talks before, a clause read as a noun", "The opposition refuses any talks before Assad steps down.",
      E("opposition", "demand", "Assad", red_line=True),
      xfail="the parser makes 'steps' a noun, the object of 'before': no clause to demand"),
    C("could accept only after, a prepositional term", "The pilots said they could accept the pay offer only after the airline restored their pensions.",
      E("pilots", "demand", "pensions", red_line=True),
      xfail="the parser hangs 'only after' clause from the object: the stance on the offer is not read"),
    C("listed bottom lines of a possessive plural", "The pilots' union listed its bottom lines: no pension cuts and no outsourcing.",
      E("union", "oppose", "pension cuts", red_line=True),
      xfail="'pilots' union' is no actor of the table: the lines have no holder"),
]

CASES = (LISTED + LISTED_CONTROLS + SAND + SAND_CONTROLS + HEDGED_TERMS + HEDGED_CONTROLS + WALKOUT + WALKOUT_CONTROLS
         + STOPPING + STOPPING_CONTROLS + MEMBERSHIP + MEMBERSHIP_CONTROLS + DEMAND_COMPOUNDS + DEMAND_COMPOUND_CONTROLS
         + KNOWN)


def test_table_has_enough_cases():
    for family in (LISTED, SAND, HEDGED_TERMS, WALKOUT, STOPPING, MEMBERSHIP):
        assert len(family) >= 5
    for controls in (LISTED_CONTROLS, SAND_CONTROLS, HEDGED_CONTROLS, WALKOUT_CONTROLS, STOPPING_CONTROLS, MEMBERSHIP_CONTROLS):
        assert len(controls) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_term_or_list(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
