"""Red lines on unseen news, round 6 (issue #11, items 3 and 5): the forms that generalise beyond
the wordings already covered, and the precision of the red-line flag. Sentences are written for
these tests.

- a reporting verb set off by commas inside the clause it reports ("The status of Jerusalem,
  Netanyahu said, is not up for discussion"): the reporter holds the red line, as with "...,
  Netanyahu said." at the end; a commentator's aside ("analysts said") gives none;
- red-line framing by the writer: "X has made Y a red line", "X considers Y a red line" (also
  when the parser makes the predicate noun the object of the verb and the thing its subject),
  "a key red line for X is Y", "among X's red lines is Y". The polarity of a thing called a red
  line follows the rules of "called Y a red line" (a thing held is demanded, else excluded), so
  these cases check the flag and the holder only. A negated framing ("does not consider Y a red
  line") draws none, and a verb of making states nothing but a red line ("made Y a priority");
- one party's "will never" said of another ("Iran said the United States would never lift the
  sanctions") is a forecast or a charge: the stance stays, claimed by the reporter, with no red
  line; a party's own side ("Zelensky said Ukraine would never ...", "the union said its members
  would never ...") keeps it, and so does a red line named in words;
- a red-line phrase is matched on whole words or their inflections: "would nevertheless" holds
  no "would never", "not every" no "not ever" ("flatly refused", "stand firmly" still match);
- refusing to yield to another's pressure or demands ("will not bow to pressure to release the
  prisoners", "will not give in to demands for a ceasefire") opposes what they ask;
- "is not prepared / not willing / unwilling to discuss (negotiate) X" is a red line on X, as
  "not up for discussion";
- conditions the parser hangs from the object: "would accept the deal provided that C" and "on
  condition that C" fill the condition column and demand C.

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

N = NoRedLine


class RedLineOf:
    """Right when some stance of ``holder`` whose issue contains ``issue`` is a red line, whatever
    its polarity."""

    def __init__(self, holder: str, issue: str):
        self.holder, self.issue = holder, issue

    def describe(self) -> str:
        return f"RED LINE of {self.holder} on ~{self.issue!r}"

    def holds(self, found) -> bool:
        return any(a == self.holder and self.issue.lower() in (i or "").lower() and red for a, _, i, red, *_ in found)


ASIDE = [
    C("aside, not up for discussion", "The status of Jerusalem, Netanyahu said, is not up for discussion.",
      E("Netanyahu", "oppose", "status of Jerusalem", red_line=True)),
    C("aside, a red line", "NATO expansion, Putin said, is a red line.",
      E("Putin", "oppose", "NATO expansion", red_line=True)),
    C("aside, not negotiable", "Ukraine's territorial integrity, Zelensky said, is not negotiable.",
      RedLineOf("Zelensky", "territorial integrity")),
    C("aside with a time, non-negotiable", "The right of return, Abbas said on Monday, is non-negotiable.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("aside, insisted, a precondition", "A full withdrawal of troops, the rebels insisted, is a precondition for any talks.",
      E("rebels", "demand", "withdrawal of troops", red_line=True)),
    C("aside, a group, out of the question", "The pension guarantee, the union said, was out of the question.",
      E("union", "oppose", "pension guarantee", red_line=True)),
    C("aside, plural, out of the question", "Job cuts, the union said, were out of the question.",
      E("union", "oppose", "Job cuts", red_line=True)),
    C("aside, not open to negotiation", "The border, Erdogan said, is not open to negotiation.",
      E("Erdogan", "demand", "border", red_line=True)),
    C("aside, an absolute must", "The release of all hostages, Netanyahu said, is an absolute must.",
      E("Netanyahu", "demand", "release of hostages", red_line=True)),
    C("aside, a title, a value", "The island's sovereignty, the Greek foreign minister said, is not up for negotiation.",
      RedLineOf("Greece", "sovereignty")),
    C("aside, remains a red line", "The lifting of sanctions, Zarif said, remains a red line.",
      RedLineOf("Zarif", "lifting of sanctions")),
    C("aside, passive never", "The status of Jerusalem, Netanyahu said on Sunday, will never be negotiated.",
      RedLineOf("Netanyahu", "status of Jerusalem")),
]

ASIDE_CONTROLS = [
    C("a commentator's aside", "The deal, analysts said, is not negotiable.", A("analysts")),
    C("an aside with an evaluation, no red line", "The talks, Netanyahu said, were constructive.",
      E("Netanyahu", "support", "talks", red_line=False)),
    C("experts' aside", "The plan, experts say, is out of the question.", A("experts")),
    C("aside, up for discussion: left open", "The status of Jerusalem, Netanyahu said, is up for discussion.",
      N("Netanyahu"), E("Netanyahu", "consider", "status of Jerusalem")),
    C("aside, not a red line", "The border question, Erdogan said, is not a red line.", N("Erdogan")),
    C("aside, on the table: open", "Sanctions relief, Zarif said, is on the table.", N("Zarif")),
    C("aside, told, misparsed", "Recognition of Kosovo, Vucic told reporters, is off the table.",
      RedLineOf("Vucic", "Kosovo"),
      xfail="the parser makes the subject an adverbial and the predicate a conjunct of 'told': no copula to read"),
]

FRAMED = [
    C("has made a red line", "Serbia has made the protection of its monasteries a red line.",
      RedLineOf("Serbia", "protection of monasteries")),
    C("has made a red line in the talks", "The union has made job security a red line in the talks.",
      RedLineOf("union", "job security")),
    C("has made a precondition", "Iran made the lifting of all sanctions a precondition for talks.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("has made non-negotiable", "Greece has made the name of the republic non-negotiable.",
      RedLineOf("Greece", "name of republic")),
    C("considers a red line", "Russia considers the expansion of NATO a red line.",
      E("Russia", "oppose", "expansion of NATO", red_line=True)),
    C("considers any, a red line", "Russia considers any expansion of NATO a red line.",
      E("Russia", "oppose", "expansion of NATO", red_line=True)),
    C("considers, reported by others", "Western officials said Russia considers the expansion of NATO a red line.",
      E("Russia", "oppose", "expansion of NATO", red_line=True)),
    C("has long considered", "Beijing has long considered the independence of Taiwan a red line.",
      RedLineOf("China", "independence")),
    C("a key red line for X is", "A key red line for Russia is the expansion of NATO.",
      E("Russia", "oppose", "expansion of NATO", red_line=True)),
    C("one red line for X is", "One red line for Hamas is the disarmament of its fighters.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("the biggest red line for X is", "The biggest red line for Turkey is a Kurdish state on its border.",
      E("Turkey", "oppose", "Kurdish state", red_line=True)),
    C("among X's red lines is", "Among Israel's red lines is the right of return.",
      RedLineOf("Israel", "right of return")),
    C("the main red line for a group named by a common noun", "The main red line for the opposition is the release of political prisoners.",
      RedLineOf("opposition", "release of political prisoners"),
      xfail="the owner after 'for' is read only when it is a named entity: a common noun group is not"),
    C("made, the thing a proper name", "Erdogan made Cyprus a red line.", RedLineOf("Erdogan", "Cyprus"),
      xfail="a place that is an actor of the table is not read as the issue of a red line"),
]

FRAMED_CONTROLS = [
    C("made a priority: no evaluation", "Serbia has made the protection of its monasteries a priority.", N("Serbia")),
    C("made the focus", "The union made job security the focus of the talks.", N("union")),
    C("made a success: no evaluation", "The company made the deal a success.", A("company")),
    C("considers a mistake: no red line", "Russia considers the expansion of NATO a mistake.",
      E("Russia", "oppose", "expansion of NATO", red_line=False)),
    C("a key issue for X: no red line", "A key issue for Russia is the expansion of NATO.", N("Russia")),
    C("among X's priorities: no red line", "Among Israel's priorities is the right of return.", N("Israel")),
    C("does not consider a red line: left open", "Russia does not consider the expansion of NATO a red line.",
      N("Russia"), A("Russia", "oppose")),
    C("a commentator considers", "Analysts consider NATO expansion a red line for Russia.", A("Analysts")),
    C("a red line for a painter", "A red line for the painter is a line drawn in red.", N("painter")),
    # a sticking point is where talks stall, no line drawn by either side
    C("a sticking point, reported", "The status of Jerusalem remains a sticking point in the talks, Netanyahu said.",
      N("Netanyahu")),
    C("the key sticking point for a party", "Pay remains the key sticking point for the union.", N("union")),
    C("the main sticking point between two", "Water rights are the main sticking point between Israel and Jordan.",
      N("Israel"), N("Jordan")),
]

FORECAST_OF_ANOTHER = [
    C("a state of another: never lift", "Iran said the United States would never lift the sanctions.",
      E("United States", "oppose", "lifting of sanctions", red_line=False, claimed_by="Iran")),
    C("a state of a group: never give up", "Israel said Hamas would never give up its weapons.",
      E("Hamas", "oppose", "weapons", red_line=False, claimed_by="Israel")),
    C("will never accept, of a rival", "Ukraine said Russia will never accept a ceasefire.",
      E("Russia", "oppose", "ceasefire", red_line=False, claimed_by="Ukraine")),
    C("would never agree to, of a partner", "The European Union said Britain would never agree to the backstop.",
      E("United Kingdom", "oppose", "backstop", red_line=False)),
    C("would never accept, of a rival power", "China said the United States would never accept its rise.",
      N("United States")),
    C("will not give up, of a neighbour", "Turkey said Greece will not give up its claims to the islands.", N("Greece")),
]

OWN_SIDE = [
    C("a leader of his state", "Zelensky said Ukraine would never cede territory.",
      E("Ukraine", "oppose", "territory", red_line=True)),
    C("a state of itself", "Israel said it would never accept a Palestinian state.",
      E("Israel", "oppose", "Palestinian state", red_line=True)),
    C("a union of its members", "The union said its members would never accept job cuts.",
      E("union", "oppose", "job cuts", red_line=True)),
    C("a body of the group it stands for", "The Kurds will not disarm as long as Turkish troops occupy Afrin, the SDF said.",
      RedLineOf("Kurds", "disarmament")),
    C("a red line named in words stays", "Western officials said Russia considers the expansion of NATO a red line.",
      RedLineOf("Russia", "expansion of NATO")),
    C("never, ever", "Iran said it would never, ever accept the deal.", E("Iran", "oppose", "deal", red_line=True)),
    # each holder of one cue on its own: the reporter's own side keeps the line whatever the order
    C("own side named second", "Israeli Prime Minister Benjamin Netanyahu said Hamas and Israel would never accept the proposal.",
      E("Israel", "oppose", "proposal", red_line=True), E("Hamas", "oppose", "proposal", red_line=False)),
    C("own side named first", "Israeli Prime Minister Benjamin Netanyahu said Israel and Hamas would never accept the proposal.",
      E("Israel", "oppose", "proposal", red_line=True), E("Hamas", "oppose", "proposal", red_line=False)),
]

WHOLE_WORDS = [
    C("nevertheless is no never", "The judge said it would nevertheless be unlawful to close Parliament.", N("judge")),
    C("nevertheless with a stance", "Iran said it would nevertheless accept the deal.",
      E("Iran", "support", "deal", red_line=False)),
    C("not every is no not ever", "Not every member would ever accept the deal, the union said.", N("union")),
    C("an inflection still matches", "Iran flatly refused to accept the deal.", E("Iran", "oppose", "deal", red_line=True)),
    C("an adverb of firmness still matches", "Hungary said it would stand firmly against the migrant quotas.",
      E("Hungary", "oppose", "migrant quotas", red_line=True)),
]

CONDITIONS = [
    C("provided that, off the object", "Iran said it would accept the deal provided that sanctions are lifted.",
      E("Iran", "support", "deal", condition="sanctions are lifted"), E("Iran", "demand", "lifting of sanctions")),
    C("on condition that, a passive", "Hamas will free the hostages on condition that the prisoners are released.",
      E("Hamas", "support", "hostages", condition="the prisoners are released"), E("Hamas", "demand", "release of prisoners")),
    C("on condition that, an agent", "Hamas will free the hostages on condition that Israel releases the prisoners.",
      E("Hamas", "demand", "release of prisoners")),
    C("only if: a red line", "Hamas will free the hostages only if its fighters are released.",
      E("Hamas", "demand", "release of fighters", red_line=True), E("Hamas", "support", "hostages", condition="fighters are released")),
    C("as long as", "The union will accept the offer as long as no jobs are cut.",
      E("union", "support", "offer", condition="no jobs are cut")),
    C("in exchange for", "Israel would release prisoners in exchange for the return of the soldiers.",
      E("Israel", "support", "release of prisoners", condition="return of the soldiers"),
      E("Israel", "demand", "return of soldiers")),
    C("unless with never", "Iran will never accept the deal unless all sanctions are lifted.",
      E("Iran", "oppose", "deal", red_line=True, condition="all sanctions are lifted"),
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("until", "The opposition said it would not return to the talks until the shelling stops.",
      E("opposition", "oppose", "return to talks", red_line=True, condition="the shelling stops")),
    C("provided that after a return", "Iran will return to the talks provided that the sanctions are lifted first.",
      E("Iran", "support", "return to talks", condition="sanctions are lifted")),
    C("on condition that, own fighters", "Hamas will free the hostages on condition that its fighters are released.",
      E("Hamas", "demand", "release of fighters")),
]

CONDITION_CONTROLS = [
    C("provided as a plain verb", "Iran said it provided the documents that were requested.", A("Iran", "demand")),
    C("a condition of a patient", "Doctors said the patient was in a stable condition that worried them.", A("Doctors")),
    C("on condition of anonymity: no term", "An official spoke on condition of anonymity.", A("official", "demand")),
    C("provided by another", "The deal provided that sanctions would be lifted, the report said.", A("report")),
    C("a plain if sets no demand", "Iran said it would accept the deal if sanctions are lifted.", A("Iran", "demand")),
]

# refusing to yield to another's pressure or demands opposes what they ask ("will not bow to
# pressure to release the prisoners": the release, not "pressure"); the holder's own demand held
# ("will not back down on its demand for X") still demands X
YIELDING = [
    C("bow to pressure for", "Israel will not bow to pressure for a ceasefire.",
      E("Israel", "oppose", "ceasefire", red_line=True), A("Israel", "demand")),
    C("give in to demands for", "Israel will not give in to demands for the release of prisoners.",
      E("Israel", "oppose", "release of prisoners", red_line=True), A("Israel", "demand")),
    C("cave to pressure to V", "Hamas said it would not cave to pressure to disarm.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("refused to bow to pressure", "Israel refused to bow to pressure for a ceasefire.",
      E("Israel", "oppose", "ceasefire", red_line=True)),
    C("others' demands named by a possessive", "The union will not give in to its members' demands for a strike.",
      E("union", "oppose", "strike", red_line=True)),
]

YIELDING_CONTROLS = [
    C("its own demand held", "The union will not back down on its demand for higher pay.",
      E("union", "demand", "higher pay", red_line=True)),
    C("a demand named by its asker", "Israel will not give in to the Hamas demand.", A("Israel", "demand")),
    C("pressure yielded to: no red line", "Israel agreed to bow to pressure for a ceasefire.", N("Israel")),
    C("pressure told in the past", "Israel bowed to pressure for a ceasefire last year.", N("Israel")),
    C("pressure applied, no yielding", "Washington kept up pressure for a ceasefire.", N("United States")),
    C("requests answered, no yielding", "Trump did not respond to requests for comment.", A("Trump", "oppose")),
]

# not even willing to talk about it, as "not up for discussion"; a past unwillingness and a
# commentator's reading are none
NOT_PREPARED = [
    C("not prepared to discuss", "The Egyptian government is not prepared to discuss the status of the capital.",
      RedLineOf("Egypt", "status of capital")),
    C("not willing to discuss", "The union is not willing to discuss pension cuts.",
      RedLineOf("union", "pension cuts")),
    C("unwilling to negotiate", "Israel is unwilling to negotiate the status of Jerusalem.",
      RedLineOf("Israel", "status of Jerusalem")),
    C("said it is not prepared to negotiate", "Serbia said it was not prepared to negotiate the status of Kosovo.",
      RedLineOf("Serbia", "Kosovo")),
    C("unwilling to discuss, reported after", "Iran is unwilling to discuss its missile programme, Zarif said.",
      RedLineOf("Iran", "missile")),
]

NOT_PREPARED_CONTROLS = [
    C("a past unwillingness", "Israel was not willing to discuss the issue in 2010.", N("Israel")),
    C("a commentator's reading", "Analysts said Israel is not prepared to discuss the status of Jerusalem.", N("Israel")),
    C("prepared to discuss: open", "Israel is prepared to discuss the status of Jerusalem.", N("Israel")),
    C("willing to negotiate: open", "Serbia said it was willing to negotiate the status of Kosovo.", N("Serbia")),
    C("not prepared for a storm", "The city was not prepared for the storm, the mayor said.", N("mayor")),
]

CASES = (YIELDING + YIELDING_CONTROLS + NOT_PREPARED + NOT_PREPARED_CONTROLS + ASIDE + ASIDE_CONTROLS + FRAMED + FRAMED_CONTROLS + FORECAST_OF_ANOTHER + OWN_SIDE + WHOLE_WORDS
         + CONDITIONS + CONDITION_CONTROLS)


def test_table_has_enough_cases():
    for family in (ASIDE, FRAMED, CONDITIONS):
        assert len(family) >= 10
    for family in (FORECAST_OF_ANOTHER, OWN_SIDE, WHOLE_WORDS, YIELDING, YIELDING_CONTROLS, NOT_PREPARED,
                   NOT_PREPARED_CONTROLS):
        assert len(family) >= 5
    for controls in (ASIDE_CONTROLS, FRAMED_CONTROLS, CONDITION_CONTROLS):
        assert len(controls) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_reported_or_framed(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
