"""Red-line wordings of news English (issue #11, item 3), from the gold conventions ("the actor
frames the position as absolute or non-negotiable, in any wording") rather than from the tune
sentences: predicates ("off-limits", "not for negotiation", "not an option", "a
matter of principle", "indivisible", "not up for renegotiation"), "X is closed" of an issue,
giving no ground ("will not give an inch on pay", "would not yield on", "will not cave in to",
"rejected out of hand"), unconditional resolve that holds a supported stance too ("defend its
sovereignty at any cost", "fight to the last man", "stand firm on its demand"), terms of any deal
("must be part of any deal", "any deal must include"), acceptance restricted by "only" ("would
only accept a deal that ..."), "could not support any deal that", a red line said of
what was just said ("..., saying it was out of the question"; "a non-starter" is a dismissal, no
red line) and "described its sovereignty as a red
line" (a value held, the "as" hanging from the value).

Controls: the same words where they frame no position of the holder (a closed border or a closed
police case, "not an option" with no actor, "only accepted" in the past, a past "did not yield",
"should include", a commentator's view, "at any cost" said of what others do), and the words
negated ("not off-limits" is open).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


N = NoRedLine

PREDICATES = [
    # a non-starter is a dismissal, as "dead on arrival": opposed, no red line
    C("a non-starter", "The opposition said early elections were a non-starter.",
      E("opposition", "oppose", "early elections", red_line=False)),
    C("a non-starter, EU", "The EU said reopening the withdrawal agreement was a non-starter.",
      E("European Union", "oppose", "withdrawal agreement", red_line=False)),
    C("off-limits", "Israel said Jerusalem was off-limits in any talks.",
      E("Israel", "oppose", "Jerusalem", red_line=True)),
    C("not for negotiation", "Hezbollah said its weapons were not for negotiation.",
      E("Hezbollah", "demand", "weapons", red_line=True)),
    C("not for discussion", "Hezbollah's weapons are not for discussion, Nasrallah said.",
      E("Nasrallah", "oppose", "weapons", red_line=True)),
    C("not an option", "The opposition said a military solution was not an option.",
      E("opposition", "oppose", "military solution", red_line=True)),
    C("a matter of principle", "Erdogan said the unity of Turkey was a matter of principle.",
      E("Erdogan", "oppose", "compromise on unity of Turkey", red_line=True)),
    C("indivisible", "Brussels insists the four freedoms are indivisible.",
      E("European Union", "demand", "four freedoms", red_line=True)),
    C("not up for renegotiation", "Barnier said the backstop was not up for renegotiation.",
      E("Barnier", "demand", "backstop", red_line=True)),
    C("non-negotiable, subject parsed as object", "Tehran insisted its right to enrich uranium was non-negotiable.",
      E("Iran", "demand", "uranium", red_line=True)),
    C("issue is closed", "The Kremlin said the Crimea issue was closed.",
      E("Russia", "oppose", "Crimea", red_line=True)),
    C("question of X is closed", "Lavrov said the question of the Kuril islands is closed.",
      E("Lavrov", "oppose", "Kuril islands", red_line=True)),
    C("closed for discussion", "The Kremlin said the status of Crimea was closed for discussion.",
      E("Russia", "oppose", "status of Crimea", red_line=True)),
    C("cannot be traded", "The prime minister said Gibraltar's sovereignty cannot be traded.",
      E("prime minister", "oppose", "sovereignty", red_line=True),
      xfail="'trade' with a plain 'not' is no surrender verb: 'shares cannot be traded' would fire too"),
]

GROUND = [
    C("not give an inch on", "The miners said they would not give an inch on pay.",
      E("miners", "oppose", "pay", red_line=True)),
    C("not give ground on", "Netanyahu said Israel would not give ground on security.",
      E("Israel", "oppose", "security", red_line=True)),
    C("not yield on", "Macron said France would not yield on the pension reform.",
      E("France", "oppose", "pension reform", red_line=True)),
    C("not cave in to", "Johnson said he would not cave in to the unions' demands.",
      E("Johnson", "oppose", "demands", red_line=True)),
    C("not bow to", "Venezuela will not bow to pressure on the elections, Maduro said.",
      E("Venezuela", "oppose", "pressure", red_line=True)),
    C("rejected out of hand", "The union rejected the offer out of hand.",
      E("union", "oppose", "offer", red_line=True)),
    C("dismissed out of hand", "The Kurds dismissed the proposal out of hand.",
      E("Kurds", "oppose", "proposal", red_line=True)),
    C("will never negotiate with", "Israel will never negotiate with Hamas, Netanyahu said.",
      E("Israel", "oppose", "negotiation with Hamas", red_line=True)),
    C("inverted: under no circumstances will", "Under no circumstances will Ukraine cede territory, Zelensky said.",
      E("Ukraine", "oppose", "territory", red_line=True),
      xfail="the small model parses the inverted 'will Ukraine cede' as a noun phrase ('cede' a compound)"),
    C("never surrender a place", "Putin said Russia would never surrender Crimea.",
      E("Russia", "oppose", "Crimea", red_line=True)),
]

RESOLVE = [
    C("defend at any cost", "Zelensky said Ukraine would defend its sovereignty at any cost.",
      E("Ukraine", "support", "sovereignty", red_line=True)),
    C("fight to the last man", "The rebels vowed to fight to the last man for independence.",
      E("rebels", "support", "independence", red_line=True)),
    C("fight to the death for", "The rebels said they would fight to the death for independence.",
      E("rebels", "demand", "independence", red_line=True)),
    C("stand firm on its demand", "The union vowed to stand firm on its demand for a 10 percent increase.",
      E("union", "support", "10 percent increase", red_line=True)),
    C("hold firm on its opposition", "Greece said it would hold firm on its opposition to the name.",
      E("Greece", "oppose", "name", red_line=True)),
]

TERMS = [
    C("must be part of any deal", "Starmer said a customs union must be part of any Brexit deal.",
      E("Starmer", "demand", "customs union", red_line=True)),
    C("any deal must include", "Any deal must include a full withdrawal of troops, Zelensky said.",
      E("Zelensky", "demand", "withdrawal of troops", red_line=True)),
    C("any agreement will have to", "Any agreement will have to respect Ukraine's territorial integrity, the EU said.",
      E("European Union", "demand", "territorial integrity", red_line=True)),
    C("would only accept a deal that", "Israel said it would only accept a deal that returns all the hostages.",
      E("Israel", "support", "deal", red_line=True)),
    C("would only agree to", "Hamas said it would only agree to a deal that ends the war.",
      E("Hamas", "support", "deal", red_line=True)),
    C("could not support any deal that", "The DUP said it could not support any deal that treated Northern Ireland differently.",
      E("DUP", "oppose", "deal", red_line=True)),
    C("will not sign any", "Iran said it would not sign any agreement that limited its missile programme.",
      E("Iran", "oppose", "agreement", red_line=True)),
]

SAID_OF_THIS = [
    C("saying it was out of the question", "Netanyahu rejected the proposal, saying it was out of the question.",
      E("Netanyahu", "oppose", "proposal", red_line=True)),
    C("saying it was a non-starter: a dismissal", "Netanyahu rejected the proposal, saying it was a non-starter.",
      E("Netanyahu", "oppose", "proposal", red_line=False)),
    C("as a red line, 'as' under the value", "Ukraine described its sovereignty as a red line.",
      E("Ukraine", "oppose", "compromise on sovereignty", red_line=True)),
    C("regards as a red line", "Moscow regards NATO's eastward expansion as a red line.",
      E("Russia", "oppose", "expansion", red_line=True)),
    C("sees as non-negotiable", "The union sees the pension guarantee as non-negotiable.",
      E("union", "demand", "pension guarantee", red_line=True)),
]

CONTROLS = [
    C("a closed border", "Hungary said the border was closed.", A("Hungary", "oppose")),
    C("a closed police case", "Police said the case was closed.", A("Police")),
    C("not closed", "Lavrov said the question of the islands is not closed.",
      A("Lavrov", "oppose")),
    C("closed by a government: an act", "Greece closed the border with North Macedonia, the minister said.",
      A("Greece", "oppose")),
    C("not off-limits: left open", "Israel said Jerusalem was not off-limits in the talks.", N("Israel")),
    C("only accepted, past", "Hamas only accepted the first phase of the deal.",
      E("Hamas", "support", "deal", red_line=False)),
    C("did not yield: past", "France did not yield on the pension reform last year.", N("France")),
    C("did not give an inch: past", "The miners did not give an inch on pay in 2014.", N("miners")),
    C("should include: no red line", "Any settlement should include the return of refugees, the UN said.",
      E("United Nations", "demand", "return of refugees", red_line=False)),
    C("the deal, not any deal", "The deal must include a pay rise, the union said.",
      E("union", "demand", "pay rise", red_line=False)),
    C("a commentator's at any cost", "Analysts say Russia will defend Crimea at any cost.", A("Russia")),
    C("not an option, no holder", "Failure is not an option.", A("Failure")),
    C("plain reject", "Zelensky rejected the plan.", E("Zelensky", "oppose", "plan", red_line=False)),
    C("not sign any: a plain refusal", "Moscow will not sign any agreement, Lavrov said.",
      E("Russia", "oppose", "agreement", red_line=False)),
    C("not an option for now", "The union said a strike was not an option at this stage.",
      E("union", "oppose", "strike", red_line=False),
      xfail="a time limit ('at this stage', 'for now') is not read as a hedge of a negated red-line predicate"),
]

CASES = PREDICATES + GROUND + RESOLVE + TERMS + SAID_OF_THIS + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) - len(CONTROLS) >= 30 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_red_line_wording(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
