"""Red lines of the silver set (issue #11, round 4): families found by scanning real news text
(PolNeAR train, Wikinews, the tune gold texts) for absolute framing, judged by hand, and
compared with what the pipeline read. Sentences are written for these tests.

New in this round:
- a refusal noun that opens its own red-line phrase ("the FARC's refusal ever to disarm",
  "the union's refusal to budge on pensions") is the noun's owner's line also when the noun is
  the subject of another verb ("... doomed the talks");
- adverbs of totality on a refusal ("would absolutely not accept", "absolutely rejects",
  "resolutely opposes", "steadfastly refuses", "cannot and will not accept"), as "categorically";
- "must never" ("we must never give the board that power");
- a vow or warning of an act on an "unless" the parser hangs on the act ("vowed to strike
  unless the company raises wages"): an ultimatum, its condition demanded as a red line;
- a refusal with a modal of "a X that ..." ("would not accept a deal that does not protect
  pensions"): a kind of thing refused, as "any X that ..." is; what it must not lack is demanded;
- a modal refusal to reopen or renegotiate a settled agreement ("will not
  renegotiate the nuclear deal"): closed to bargaining, as "not up for negotiation";
- one person's "will never" said of another person is that person's forecast, not the other's
  line ("Netanyahu said Abbas would never accept the plan"), unless the reporter speaks for the
  holder as a spokesman, aide or envoy.

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_red_line_reported_and_framed import RedLineOf as R
from .test_stance_pairs import Expect as E

N = NoRedLine

# a refusal noun that holds the phrase itself, the subject of another verb
NOMINAL_REFUSALS = [
    C("refusal ever to, subject of doomed", "The FARC's refusal ever to give up their weapons doomed the talks.",
      R("Revolutionary Armed Forces of Colombia", "weapons")),
    C("refusal ever to, subject of stalled", "Iran's refusal ever to give up enrichment has stalled the negotiations.",
      R("Iran", "enrichment")),
    C("refusal to ever, subject of remains", "Hamas's refusal to ever recognize Israel remains the main obstacle.",
      R("Hamas", "recognition of Israel")),
    C("refusal to budge, subject of prolonged", "The union's refusal to budge on pensions prolonged the strike.",
      R("union", "pensions")),
    C("refusal ever to, subject of angered", "Serbia's refusal ever to recognize Kosovo angered the European Union.",
      R("Serbia", "Kosovo")),
    C("refusal to ever, subject of blocked", "Turkey's refusal to ever recognize Cyprus has blocked the accession talks.",
      R("Turkey", "Cyprus")),
    C("refusal to budge, subject of left", "The government's refusal to budge on the pay offer left the unions angry, Nzimande said.",
      N("Nzimande")),
    C("refusal ever to, subject of is", "Russia's refusal ever to return the islands is the reason there is no peace treaty.",
      R("Russia", "islands")),
    C("refusal ever to, subject of frustrated", "China's refusal ever to renounce force frustrated Taiwan.",
      R("China", "force")),
    C("refusal to ever, subject of made", "Israel's refusal to ever share Jerusalem made a deal impossible.",
      R("Israel", "Jerusalem")),
]

# a plain refusal noun as a subject: no red line; another's demand named by a noun stays its own
NOMINAL_CONTROLS = [
    C("a plain refusal as subject", "Iran's refusal to give up enrichment has stalled the negotiations.", N("Iran")),
    C("a plain refusal, another verb", "The union's refusal to accept the offer prolonged the strike.", N("union")),
    C("another's demand, never accepted", "Israel will never accept Hamas's demand for a ceasefire.", N("Hamas")),
    C("a relative clause of another's refusal", "Hamas's demand for a ceasefire, which Israel will never accept, stalled the talks.",
      N("Hamas")),
    C("a refusal reported in the past", "Serbia's refusal to recognize Kosovo angered the European Union.", N("Serbia")),
]

# adverbs of totality on a refusal, and a refusal said twice over
TOTAL_REFUSALS = [
    C("would absolutely not accept", "Christodoulides said Cyprus would absolutely not accept the partition of the island.",
      E("Cyprus", "oppose", "partition", red_line=True)),
    C("absolutely rejects", "Christodoulides said Cyprus absolutely rejects the partition of the island.",
      E("Cyprus", "oppose", "partition", red_line=True)),
    C("absolutely refuses to accept", "The union absolutely refuses to accept the pay freeze, Jones said.",
      E("union", "oppose", "pay freeze", red_line=True)),
    C("absolutely will not, quoted", "\u201cWe absolutely will not accept job cuts,\u201d Jones said.",
      E("Jones", "oppose", "job cuts", red_line=True)),
    C("cannot and will not, reported", "Jones said the union cannot and will not accept the pay freeze.",
      E("union", "oppose", "pay freeze", red_line=True)),
    C("cannot and will not, quoted", "\u201cOur union cannot and will not accept job cuts,\u201d Jones said.",
      E("Jones", "oppose", "job cuts", red_line=True)),
    C("resolutely opposes", "Iran resolutely opposes the sanctions, Zarif said.",
      E("Iran", "oppose", "sanctions", red_line=True)),
    C("steadfastly opposes", "Greece steadfastly opposes the name Macedonia, Tsipras said.",
      R("Greece", "name")),
    C("absolutely opposes", "The opposition absolutely opposes any amnesty for the generals, Capriles said.",
      R("opposition", "amnesty")),
    C("utterly rejects", "Seoul utterly rejects the demand for compensation, the foreign ministry said.",
      R("South Korea", "compensation")),
    C("will absolutely never", "Erdogan said Turkey would absolutely never recognize the Cypriot state.",
      R("Turkey", "Cypriot state")),
]

# the same adverbs where nothing is refused, and the adverbs left out
TOTAL_CONTROLS = [
    C("absolutely not opposed", "Jones said the union was absolutely not opposed to talks with the company.", N("union")),
    C("did not completely reject", "Jones said the union did not completely reject the offer.", N("union")),
    C("strongly rejects: no red line", "Cyprus strongly rejects the partition of the island, Christodoulides said.", N("Cyprus")),
    C("totally rejects: no red line", "The union totally rejects the new offer, Jones said.", N("union")),
    C("completely rejects a report", "The ministry completely rejects the report, Zarif said.", N("Iran")),
    C("absolutely supports", "Germany absolutely supports the ceasefire, Scholz said.", N("Germany")),
]

MUST_NEVER = [
    C("must never give, quoted", "\u201cWe must never give the control board the power to cut pensions,\u201d Sanders wrote.",
      R("Sanders", "pensions")),
    C("must never be divided, reported", "Netanyahu said Jerusalem must never again be divided.",
      R("Netanyahu", "Jerusalem")),
    C("must never accept, quoted", "\u201cWe must never accept a nuclear-armed Iran,\u201d Netanyahu said.",
      R("Netanyahu", "Iran")),
    C("must never give up, reported", "Abbas said the Palestinians must never give up the right of return.",
      R("Palestine", "right of return")),
    C("must never surrender, quoted", "\u201cWe must never surrender our territory,\u201d Zelensky said.",
      R("Zelensky", "territory")),
    C("must never cede, reported", "Morales said Bolivia must never cede its claim to the sea.",
      R("Bolivia", "sea")),
    C("must never sign, quoted", "\u201cBritain must never sign a deal that splits the kingdom,\u201d Foster said.",
      R("Foster", "deal"), xfail="a 'must never' of a named party other than the speaker, in a quote, reads no stance"),
    C("must never allow, quoted", "\u201cWe must never allow the privatization of the water,\u201d Morales said.",
      R("Morales", "privatization")),
    C("must never abandon, reported", "Kim said the North must never abandon its nuclear weapons.",
      R("North Korea", "nuclear weapons"), xfail="'the North' after a person of no known party names no state: no holder"),
    C("must never recognize, reported", "Poroshenko said Ukraine must never recognize the annexation of Crimea.",
      R("Ukraine", "annexation"), xfail="'must never recognize' of a party the speaker leads reads no stance (the parse's 'must' obliges Ukraine)"),
]

MUST_NEVER_CONTROLS = [
    C("must never forget: no stance", "\u201cWe must never forget the victims,\u201d Obama said.", N("Obama")),
    C("analysts: must never", "Analysts said Israel must never accept the plan.", N("Israel")),
    C("a history: had never met", "Netanyahu said the two leaders had never met before the summit.", N("Netanyahu")),
    C("a forecast: will never pass", "Ryan said the bill will never pass the Senate.", N("Ryan")),
    C("must never, a question", "Must Israel never accept the plan?", N("Israel")),
]

# a vow or warning of an act on a condition: an ultimatum
VOWED_UNLESS = [
    C("vowed to strike unless", "The union vowed to strike unless the company raises wages.",
      E("union", "demand", "wages", red_line=True)),
    C("vowed to keep fighting unless", "The rebels vowed to keep fighting unless the government withdraws its troops.",
      E("rebels", "demand", "withdrawal", red_line=True)),
    C("vowed to close the border unless", "Maduro vowed to close the border unless Colombia stops the smuggling.",
      E("Maduro", "demand", "smuggling", red_line=True)),
    C("warned it would strike unless", "The union warned it would strike unless the company raised wages.",
      E("union", "demand", "wages", red_line=True)),
    C("vowed to boycott unless", "The opposition vowed to boycott the election unless the electoral commission is replaced.",
      R("opposition", "replacing")),
    C("vowed to walk out unless", "The nurses vowed to walk out unless the hospital hires more staff.",
      R("nurses", "staff")),
    C("threatened to strike unless", "The union threatened to strike unless the company raises wages.",
      E("union", "demand", "wages", red_line=True)),
    C("vowed to block the budget unless", "The Democrats vowed to block the budget unless it restores the health funding.",
      R("Democrats", "health funding")),
    C("vowed to resume attacks unless", "The Taliban vowed to resume attacks unless the prisoners are released.",
      R("Taliban", "prisoners")),
    C("vowed to veto unless", "The president vowed to veto the bill unless Congress drops the tax cuts.",
      R("Congress", "tax cuts"), xfail="an unnamed 'the president' has no holder; the drop is read as Congress's act"),
    C("vowed to leave the coalition unless", "Lieberman vowed to leave the coalition unless the army resumes the offensive.",
      R("Lieberman", "offensive")),
]

VOWED_CONTROLS = [
    C("vowed to strike if: opposed, no ultimatum", "The union vowed to strike if the company cuts jobs.", N("union")),
    C("vowed to keep striking until", "The union vowed to keep striking until the company raises wages.", N("union")),
    C("vowed to win: no condition", "The union vowed to win the dispute.", N("union")),
    C("vowed to continue talks", "Colombia vowed to continue the talks with the rebels.", N("Colombia")),
    C("said it would strike unless: a plain condition",
      "Analysts said the union would strike unless the company raised wages.", N("union")),
]

# one person's "will never" said of another person: a forecast, no line of the other
PERSON_FORECASTS = [
    C("a leader of another leader", "Netanyahu said Abbas would never accept the plan.", N("Abbas")),
    C("a rival of a candidate", "Chris Christie said Trump is not going to give in to the special interests.", N("Trump")),
    C("a president of a president", "Zelensky said Putin would never accept a ceasefire.", N("Putin")),
    C("an opponent of a senator", "Paul Nehlen said Ryan will never abandon his support for open borders.", N("Ryan")),
    C("a minister of another minister", "Sergei Lavrov said Kerry would never agree to a joint command.", N("Kerry")),
    C("a columnist-like reporter", "Schumer said McConnell would never allow a vote on the nominee.", N("McConnell")),
    C("a claim of another's refusal", "Sanders said Clinton will never break with Wall Street.", N("Clinton")),
    C("a governor of a president", "Abbott said Biden would never secure the border.", N("Biden")),
    C("a spokesman speaks for the holder", "Netanyahu's spokesman Mark Regev said Netanyahu would never accept the plan.",
      R("Netanyahu", "plan")),
    C("the holder's own words", "Netanyahu said he would never accept the plan.", R("Netanyahu", "plan")),
    C("a state official of the state", "Zarif said Iran would never give up enrichment.", R("Iran", "enrichment")),
]

# a refusal with a modal of "a X that ...": a kind of thing refused, as "any X that ..." is
REFUSED_KINDS = [
    C("a deal that does not protect", "The union said it would not accept a deal that does not protect pensions.",
      E("union", "demand", "pensions", red_line=True)),
    C("an agreement that does not restore", "Zelensky said Ukraine would not sign an agreement that does not restore its borders.",
      E("Ukraine", "demand", "restoration of borders", red_line=True)),
    C("a peace deal that does not give", "The rebels said they would not accept a peace deal that does not give them autonomy.",
      E("rebels", "demand", "autonomy", red_line=True)),
    C("an association that has", "Kurti said Kosovo would not accept an association that has executive powers.",
      E("Kosovo", "oppose", "association", red_line=True)),
    C("a ceasefire that leaves", "Netanyahu said Israel would not agree to a ceasefire that leaves Hamas in power.",
      E("Israel", "oppose", "ceasefire", red_line=True)),
    C("an agreement that gives away", "Zelensky said Ukraine would not sign an agreement that gives away its land.",
      E("Ukraine", "oppose", "agreement", red_line=True)),
    C("a plan that divides, cannot", "Anastasiades said Cyprus cannot accept a plan that divides the island.",
      R("Cyprus", "plan")),
    C("a settlement that excludes, quoted", "“We will never accept a settlement that excludes us,” Erdogan said.",
      R("Erdogan", "settlement")),
    C("a treaty that limits", "Kim said North Korea would not sign a treaty that limits its missiles.",
      E("North Korea", "oppose", "treaty", red_line=True)),
    C("a budget that cuts", "Pelosi said the Democrats would not support a budget that cuts Medicare.",
      E("Democrats", "oppose", "budget", red_line=True)),
    C("a deal that is imposed", "Abbas said the Palestinians would not accept a deal that is imposed on them.",
      R("Palestine", "deal")),
]

# one deal named, a refusal told in the past, or a plain refusal: no red line
REFUSED_KIND_CONTROLS = [
    C("a deal another drafted", "The union said it would not accept a deal that the company drafted.", N("union")),
    C("a deal set off by a comma", "The union said it would not accept a deal, which it called unfair.", N("union")),
    C("a past refusal", "The union did not accept a deal that cut pensions.", N("union")),
    C("a plain refusal", "Zelensky said Ukraine would not sign the agreement.", N("Ukraine")),
    C("the deal that, definite", "The union said it would not accept the deal that the company offered.", N("union")),
    C("a deal accepted", "The union said it would accept a deal that protects pensions.", N("union")),
]

# a settled agreement that a party will not open again: closed to bargaining
REOPENED_AGREEMENTS = [
    C("would not reopen the withdrawal agreement", "Tusk said the EU would not reopen the withdrawal agreement.",
      E("European Union", "oppose", "withdrawal agreement", red_line=True)),
    C("will not renegotiate the nuclear deal", "Zarif said Iran will not renegotiate the nuclear deal.",
      E("Iran", "oppose", "nuclear deal", red_line=True)),
    C("will not renegotiate, quoted", "“We will not renegotiate the agreement,” Zarif said.",
      E("Zarif", "oppose", "agreement", red_line=True)),
    C("would never renegotiate", "Rouhani said Iran would never renegotiate the nuclear accord.",
      E("Iran", "oppose", "nuclear accord", red_line=True)),
    C("would not reopen the deal", "Varadkar said Ireland would not reopen the backstop deal.",
      E("Ireland", "oppose", "backstop deal", red_line=True)),
    C("will not revisit the treaty", "Lavrov said Russia will not revisit the treaty.",
      E("Russia", "oppose", "treaty", red_line=True), xfail="'revisit' is no stance verb: no stance to mark"),
    C("cannot reopen the settlement", "Kenyatta said Kenya cannot reopen the settlement with the rebels.",
      R("Kenya", "settlement")),
    C("will not rewrite the accord", "Santos said Colombia will not rewrite the peace accord.",
      E("Colombia", "oppose", "peace accord", red_line=True), xfail="'rewrite' is no stance verb: no stance to mark"),
    C("would not renegotiate the pact", "Macron said France would not renegotiate the pact.",
      E("France", "oppose", "pact", red_line=True)),
    C("won't reopen the framework", "“We won't reopen the framework,” Barnier said.",
      R("Barnier", "framework")),
]

REOPENED_CONTROLS = [
    C("would renegotiate: no refusal", "Trump said the United States would renegotiate the trade deal.", N("United States")),
    C("did not renegotiate: the past", "Zarif said Iran did not renegotiate the deal.", N("Iran")),
    C("would not reopen an embassy", "Johnson said Britain would not reopen the embassy.", N("United Kingdom")),
    C("would not revisit the talks", "Merkel said Germany would not revisit the talks.", N("Germany")),
    C("analysts: will not renegotiate", "Analysts said Iran will not renegotiate the deal.", N("Iran")),
]

CASES = (NOMINAL_REFUSALS + NOMINAL_CONTROLS + TOTAL_REFUSALS + TOTAL_CONTROLS + MUST_NEVER + MUST_NEVER_CONTROLS
         + VOWED_UNLESS + VOWED_CONTROLS + PERSON_FORECASTS + REFUSED_KINDS + REFUSED_KIND_CONTROLS
         + REOPENED_AGREEMENTS + REOPENED_CONTROLS)


def test_table_has_enough_cases():
    for family in (NOMINAL_REFUSALS, TOTAL_REFUSALS, MUST_NEVER, VOWED_UNLESS, PERSON_FORECASTS, REFUSED_KINDS, REOPENED_AGREEMENTS):
        assert len(family) >= 10
    for controls in (NOMINAL_CONTROLS, TOTAL_CONTROLS, MUST_NEVER_CONTROLS, VOWED_CONTROLS, REFUSED_KIND_CONTROLS, REOPENED_CONTROLS):
        assert len(controls) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_silver_family(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
