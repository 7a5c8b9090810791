"""Stances in the forms news uses (issue #11, items 3-5), one test per sentence.

Each family is a construction of news English, written from the annotation conventions
(../shared/gold/README.md, "Conventions for the hard cases") in our own words:

- red lines in any wording: "red line", "non-negotiable", "not negotiable", "not subject to
  negotiation", "not up for discussion", "will never give up", "would never accept", "under no
  circumstances", "in no case", "out of the question", "will not compromise on", "will not
  retreat on", "no deal unless/without", "a precondition for any talks", in direct, partial and
  reported speech, and when the text calls a position a red line; a plain "rejects" is not one;
- the issue is the thing at stake, never the verb: "will not give up X" opposes X;
- nominal stances ("X's refusal to accept Y", "X's demand for Y", "a proposal by X", "a plan
  rejected by X", "X's offer of Y"), reported ones ("X has objected", "X dismissed the offer"),
  collective ones ("both sides agreed on Y": each party named before), conditional ones ("will
  walk out unless the company restores the bonus": the walkout, conditioned, and a demand of the
  bonus), offers ("would offer Y") and conditions ("if", "unless", "as long as", "provided that",
  "only after", "in exchange for", "before talks can resume").

The checks are those of the minimal-pair suite (``Expect``: holder, exact polarity, a word of
the issue label, red-line flag, optional condition substring; ``Absent``: no stance of that
holder, or of that holder and polarity). Known failures are listed with ``xfail`` and why.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


def NotIssue(holder: str, word: str):
    """No stance of ``holder`` whose issue label contains ``word`` (a verb or a vague head)."""
    return _NotIssue(holder, word)


class _NotIssue(NamedTuple):
    holder: str
    word: str

    def describe(self) -> str:
        return f"NO ISSUE ~{self.word!r} for {self.holder}"

    def holds(self, found) -> bool:
        return not any(a == self.holder and self.word in (i or "").lower().split() for a, _, i, *_ in found)


RED_LINES = [
    # "red line" said of a position, by the speaker or the writer
    C("red line", "Ankara said a Kurdish state on its border would be a red line.",
      E("Turkey", "oppose", "kurdish state", red_line=True)),
    C("red line", "Iranian officials have called enrichment on Iranian soil a red line.",
      E("Iran", "demand", "enrichment", red_line=True),
      xfail="a red line on a thing the holder keeps (demand) versus one it refuses (oppose) is not in the words"),
    C("red line", "Washington drew a red line at the use of chemical weapons.",
      E("United States", "oppose", "chemical weapons", red_line=True)),
    C("red line", "The Kremlin has drawn a red line over the deployment of Western troops in Ukraine.",
      E("Russia", "oppose", "deployment of Western troops", red_line=True)),
    C("red line", "NATO membership for Ukraine crosses what Moscow calls its red lines.",
      E("Russia", "oppose", "NATO membership", red_line=True),
      xfail="the small model parses 'crosses' as a noun here"),
    C("red line", "Any attack on Taiwan would cross Washington's red line.",
      E("United States", "oppose", "attack on Taiwan", red_line=True)),
    C("red line", "Turkey's red line is a Kurdish state in northern Syria.",
      E("Turkey", "oppose", "kurdish state", red_line=True)),
    C("red line", "Seoul said the deployment of nuclear weapons in the North remained a red line.",
      E("South Korea", "oppose", "nuclear weapons", red_line=True)),
    # non-negotiable / not negotiable / not subject to negotiation: one reading, what is insisted on is
    # demanded (a value held: compromise on it opposed); not up for discussion: excluded, opposed
    C("non-negotiable", "The union said the wage increase was non-negotiable.",
      E("union", "demand", "wage increase", red_line=True)),
    C("non-negotiable", "Serbia considers the protection of Serb communities non-negotiable.",
      E("Serbia", "demand", "protection of Serb communities", red_line=True)),
    C("not negotiable", "Kyiv says its sovereignty is not negotiable.",
      E("Ukraine", "oppose", "sovereignty", red_line=True)),
    C("not negotiable", "Hamas said the right of return was not negotiable.",
      E("Hamas", "demand", "right of return", red_line=True)),
    C("not subject to negotiation", "Beijing said the status of Taiwan is not subject to negotiation.",
      E("China", "demand", "status of Taiwan", red_line=True)),
    C("not subject to negotiation", "Athens insists that its territorial waters are not subject to negotiation.",
      E("Greece", "demand", "territorial waters", red_line=True)),
    C("not up for discussion", "The Kremlin said the annexed regions were not up for discussion.",
      E("Russia", "oppose", "annexed regions", red_line=True)),
    C("not up for discussion", "Israel says the security of its northern border is not up for discussion.",
      E("Israel", "oppose", "security of northern border", red_line=True)),
    # will never give up / would never accept / will never
    C("will never give up", "Iran will never give up its right to enrichment, President Masoud Pezeshkian said.",
      E("Iran", "oppose", "right to enrichment", red_line=True), NotIssue("Iran", "giving")),
    C("will never give up", "\u201cWe will never give up Jerusalem,\u201d Benjamin Netanyahu said.",
      E("Benjamin Netanyahu", "oppose", "jerusalem", red_line=True), NotIssue("Benjamin Netanyahu", "giving")),
    C("will never give up", "The Taliban said they would never give up their weapons.",
      E("Taliban", "oppose", "weapons", red_line=True), NotIssue("Taliban", "giving")),
    C("would never accept", "The rebels said they would never accept a foreign force.",
      E("rebels", "oppose", "foreign force", red_line=True)),
    C("would never accept", "Hezbollah would never accept disarmament, its leader said.",
      E("Hezbollah", "oppose", "disarmament", red_line=True)),
    C("would never accept", "The union said it would never accept job cuts.",
      E("union", "oppose", "job cuts", red_line=True)),
    # under no circumstances / in no case / out of the question
    C("under no circumstances", "Under no circumstances will Serbia recognize the independence of Kosovo, Aleksandar Vucic said.",
      E("Serbia", "oppose", "independence of Kosovo", red_line=True)),
    C("under no circumstances", "Japan will under no circumstances lift the sanctions before the abductees return.",
      E("Japan", "oppose", "sanctions", red_line=True)),
    C("in no case", "The Colombian government will in no case pay a ransom to the kidnappers.",
      E("Colombia", "oppose", "ransom", red_line=True)),
    C("in no case", "Turkey would in no case accept a Kurdish corridor on its border.",
      E("Turkey", "oppose", "kurdish corridor", red_line=True)),
    C("out of the question", "Moscow said a return of Crimea was out of the question.",
      E("Russia", "oppose", "return of Crimea", red_line=True)),
    C("out of the question", "Tehran said talks on its missile program were out of the question.",
      E("Iran", "oppose", "missile program", red_line=True)),
    C("out of the question", "Georgia said a Russian military base on its territory was out of the question.",
      E("Georgia", "oppose", "military base", red_line=True)),
    # will not compromise on / will not retreat on / back down on
    C("will not compromise on", "Ukraine will not compromise on its territorial integrity, the foreign minister said.",
      E("Ukraine", "oppose", "territorial integrity", red_line=True), NotIssue("Ukraine", "compromising")),
    C("will not compromise on", "The European Union will not compromise on food safety standards.",
      E("European Union", "oppose", "food safety standards", red_line=True), NotIssue("European Union", "compromising")),
    C("will not retreat on", "Iran will not retreat on its nuclear rights, the supreme leader said.",
      E("Iran", "oppose", "nuclear rights", red_line=True), NotIssue("Iran", "retreating")),
    C("will not retreat on", "China will not retreat on its claims in the South China Sea.",
      E("China", "oppose", "claims in South China Sea", red_line=True)),
    C("will not back down on", "Cuba will not back down on its demand for an end to the embargo.",
      E("Cuba", "demand", "embargo", red_line=True), NotIssue("Cuba", "backing")),
    # no deal unless / without; a precondition for any talks
    C("no deal unless", "Hamas said there would be no deal unless Israel agreed to a permanent ceasefire.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("no deal without", "Tehran says there will be no agreement without the lifting of sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("no deal without", "There can be no peace deal without the release of all hostages, Israel said.",
      E("Israel", "demand", "release of hostages", red_line=True)),
    C("no deal unless", "There will be no ceasefire until the hostages are freed, Israel said.",
      E("Israel", "oppose", "ceasefire", red_line=True), E("Israel", "demand", "hostages", red_line=True)),
    C("there will not be", "There will not be a blanket amnesty for the rebels, the Congolese government said.",
      E("Democratic Republic of the Congo", "oppose", "blanket amnesty", red_line=True)),
    C("no deal: a report", "There is no agreement on the border yet, Serbia said.",
      A("Serbia", "oppose")),
    C("will not ... unless", "The opposition will not negotiate with the government unless the president steps down.",
      E("opposition", "oppose", "negotiation", red_line=True, condition="president steps down"),
      E("opposition", "demand", "president", red_line=True)),
    C("precondition", "Kyiv said a full Russian withdrawal was a precondition for any talks.",
      E("Ukraine", "demand", "russian withdrawal", red_line=True)),
    C("precondition", "North Korea has made the lifting of sanctions a precondition for talks.",
      E("North Korea", "demand", "lifting of sanctions", red_line=True)),
    C("precondition", "Israel set the return of the hostages as a precondition for any ceasefire.",
      E("Israel", "demand", "return of hostages", red_line=True)),
    C("only after", "The Tamil Tigers said they would resume talks only after the highway was reopened.",
      E("Liberation Tigers of Tamil Eelam", "demand", "highway", red_line=True)),
    C("cross a red line", "Russia warned that sending Western troops to Ukraine would cross a red line.",
      E("Russia", "oppose", "western troops", red_line=True)),
    C("red line for", "Crimea is a red line for Moscow, the analysts said.",
      E("Russia", "oppose", "Crimea", red_line=True), xfail="a place as the subject of a red line is read as an actor"),
    C("line in the sand", "Egypt said any displacement of Palestinians into Sinai was a line in the sand.",
      E("Egypt", "oppose", "displacement of Palestinians", red_line=True)),
    C("deal-breaker", "Seoul said a withdrawal of American troops would be a deal-breaker.",
      E("South Korea", "oppose", "withdrawal of American troops", red_line=True)),
    C("vowed never to", "Ukraine vowed never to recognize the annexation of Crimea.",
      E("Ukraine", "oppose", "annexation of Crimea", red_line=True)),
    C("ruled out any compromise", "Athens ruled out any compromise on the name of its northern neighbour.",
      E("Greece", "oppose", "compromise on name", red_line=True)),
    C("period", "Iran will keep enriching uranium on its own soil, period, the foreign minister said.",
      E("Iran", "support", "enrich", red_line=False)),
    C("will not tolerate", "China will not tolerate any interference in Hong Kong.",
      E("China", "oppose", "interference in Hong Kong", red_line=True)),
    # reported and partial speech
    C("partial speech", "Ukraine called the Russian demand \u201cout of the question.\u201d",
      E("Ukraine", "oppose", "russian demand", red_line=True)),
    C("partial speech", "Israel described a Palestinian state as \u201ca red line\u201d for its security.",
      E("Israel", "oppose", "palestinian state", red_line=True)),
    C("reported speech", "Pyongyang said denuclearization was off the table.",
      E("North Korea", "oppose", "denuclearization", red_line=True)),
    # not red lines: plain rejections, refusals, oppositions; "never" about events
    C("not a red line", "Hamas rejected the Egyptian proposal.",
      E("Hamas", "oppose", "proposal", red_line=False)),
    C("not a red line", "The union opposes the job cuts.",
      E("union", "oppose", "job cuts", red_line=False)),
    C("not a red line", "Ukraine refused to sign the minerals deal.",
      E("Ukraine", "oppose", "minerals deal", red_line=False)),
    C("not a red line", "Russia has never been a party to the treaty, Iran said.",
      A("Iran", "oppose"), A("Russia", "oppose")),
]

ISSUE_OBJECTS = [
    C("give up", "North Korea will not give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True), NotIssue("North Korea", "giving")),
    C("give up", "Iran refused to give up its stockpile of enriched uranium.",
      E("Iran", "oppose", "stockpile", red_line=False), NotIssue("Iran", "giving")),
    C("negotiate away", "The prime minister said Britain would not negotiate away its fishing rights.",
      E("United Kingdom", "oppose", "fishing rights", red_line=True), NotIssue("United Kingdom", "negotiation")),
    C("compromise on", "Japan refuses to compromise on the abduction issue.",
      E("Japan", "oppose", "abduction", red_line=False), NotIssue("Japan", "compromising")),
    C("retreat on", "Beijing has refused to retreat on its territorial claims.",
      E("China", "oppose", "territorial claims"), NotIssue("China", "retreating")),
    C("back down on", "The Teamsters refused to back down on their demand for higher pay.",
      E("Teamsters", "demand", "higher pay"), NotIssue("Teamsters", "backing")),
    C("insist on", "The Teamsters insisted on a ten percent raise.",
      E("Teamsters", "demand", "ten percent raise")),
    C("insist on", "Russia insists on the neutrality of Ukraine.",
      E("Russia", "demand", "neutrality of Ukraine")),
    # a plan named by a concrete issue is a position on that issue (as "a 30-day ceasefire proposal")
    C("accept", "Hamas refused to accept the disarmament plan.",
      E("Hamas", "oppose", "disarmament"), NotIssue("Hamas", "acceptance")),
    C("accept", "Israel accepted the American bridging proposal.",
      E("Israel", "support", "bridging proposal")),
    C("agree to", "Kyiv agreed to a thirty-day ceasefire.",
      E("Ukraine", "support", "ceasefire")),
    C("agree to", "The Teamsters agreed to the new contract.",
      E("Teamsters", "support", "contract")),
    C("refusal to accept", "Hamas's refusal to accept the disarmament plan angered Washington.",
      E("Hamas", "oppose", "disarmament"), NotIssue("Hamas", "refusal")),
    C("demand for", "The Teamsters' demand for a minimum wage of $500 was rejected.",
      E("Teamsters", "demand", "minimum wage")),
    C("vague head", "Turkey reaffirmed its commitment to the two-state solution.",
      E("Turkey", "support", "two-state solution"), NotIssue("Turkey", "commitment")),
    C("vague head", "Egypt restated its position on the Rafah crossing.",
      NotIssue("Egypt", "position")),
    C("vague head", "Kosovo rejected the document on the association of Serb municipalities.",
      E("Kosovo", "oppose", "association of Serb municipalities"), NotIssue("Kosovo", "document")),
    C("antecedent is not the holder", "The workers rejected the proposal.",
      NotIssue("workers", "workers")),
    C("antecedent is not the holder", "The teachers' union rejected the proposal.",
      NotIssue("union", "union")),
]

NOMINAL = [
    C("refusal to", "Russia's refusal to withdraw its troops stalled the talks.",
      E("Russia", "oppose", "withdrawal of troops")),
    C("demand for", "Pyongyang's demand for sanctions relief stalled the talks.",
      E("North Korea", "demand", "sanctions relief")),
    C("demand for", "Ukraine's demand for security guarantees dominated the meeting.",
      E("Ukraine", "demand", "security guarantees")),
    C("proposal by", "A proposal by Egypt for a three-stage truce was discussed on Monday.",
      E("Egypt", "propose", "truce")),
    C("proposal by", "The talks focused on a proposal by Qatar to exchange prisoners.",
      E("Qatar", "propose", "prisoners")),
    C("rejected by", "The ceasefire plan, rejected by Hamas, calls for a six-week pause.",
      E("Hamas", "oppose", "ceasefire")),
    C("rejected by", "Mediators revived a truce rejected by Israel last week.",
      E("Israel", "oppose", "truce")),
    C("offer of", "Boeing's offer of a 25 percent raise was turned down.",
      E("Boeing", "propose", "25 percent raise")),
    C("offer of", "Qatar's offer of mediation was welcomed by both sides.",
      E("Qatar", "propose", "mediation")),
    C("rejection of", "Iran's rejection of direct talks disappointed the Europeans.",
      E("Iran", "oppose", "direct talks")),
    C("support for", "Germany's support for the sanctions package surprised Moscow.",
      E("Germany", "support", "sanctions package")),
    C("call for", "China's call for a ceasefire was welcomed in Kyiv.",
      E("China", "demand", "ceasefire")),
    C("insistence on", "Turkey's insistence on a buffer zone slowed the talks.",
      E("Turkey", "demand", "buffer zone")),
    C("opposition to", "Hungary's opposition to the aid package blocked the summit.",
      E("Hungary", "oppose", "aid package")),
]

NOMINAL += [
    C("efforts to", "The families praised the Biden administration's efforts to secure the release of all hostages.",
      E("Biden administration", "support", "release of hostages")),
    C("bid to", "Turkey's bid to join the European Union has stalled.",
      E("Turkey", "support", "European Union")),
    C("attempts by", "Attempts by the Teamsters to demand pay increases were blocked.",
      E("Teamsters", "demand", "pay increases")),
    C("effort to", "Egypt made an effort to broker a truce.",
      E("Egypt", "propose", "truce")),
]

REPORTED = [
    C("objected", "The government announced a new curfew, but the opposition has objected.",
      E("opposition", "oppose", "curfew")),
    C("objected to", "Hungary has objected to the new sanctions.",
      E("Hungary", "oppose", "sanctions")),
    C("dismissed", "The Teamsters dismissed the offer of a 5 percent pay rise.",
      E("Teamsters", "oppose", "pay rise")),
    C("dismissed", "Boeing offered a 5 percent pay rise, but the union dismissed the offer.",
      E("Boeing", "propose", "pay rise"), E("union", "oppose", "pay rise")),
    C("turned down", "Hamas turned down the Egyptian proposal.",
      E("Hamas", "oppose", "proposal")),
    C("turned down", "The Teamsters turned down the contract offer.",
      E("Teamsters", "oppose", "contract")),
    C("brushed aside", "Moscow brushed aside calls for a ceasefire.",
      E("Russia", "oppose", "ceasefire")),
    C("balked at", "Israel balked at the proposed prisoner exchange.",
      E("Israel", "oppose", "prisoner exchange")),
    C("shot down", "The Kremlin shot down the idea of peacekeepers.",
      E("Russia", "oppose", "peacekeepers")),
    C("threw out", "The court threw out the union's appeal, and Ukraine welcomed the ruling.",
      E("Ukraine", "support", "ruling")),
    C("signalled support", "Germany signalled support for the peace plan.",
      E("Germany", "support", "peace plan")),
    C("poured cold water", "Beijing poured cold water on the proposal for a summit.",
      E("China", "oppose", "summit"), xfail="an idiom with its own object ('cold water') is not a phrasal cue"),
]

COLLECTIVE = [
    C("both sides", "Delegations from Armenia and Azerbaijan met in Geneva. Both sides agreed on a prisoner exchange.",
      E("Armenia", "support", "prisoner exchange"), E("Azerbaijan", "support", "prisoner exchange")),
    C("the two sides", "Israel and Hamas held indirect talks in Cairo. The two sides agreed to extend the truce.",
      E("Israel", "support", "truce"), E("Hamas", "support", "truce")),
    C("the parties", "Sudan and South Sudan resumed talks on Monday. The parties agreed on a demilitarized border zone.",
      E("Sudan", "support", "border zone"), E("South Sudan", "support", "border zone")),
    C("both governments", "Serbia and Kosovo sent negotiators to Brussels. Both governments rejected the draft.",
      E("Serbia", "oppose", "draft"), E("Kosovo", "oppose", "draft")),
    C("the two countries", "Ethiopia and Eritrea signed a declaration. The two countries agreed to reopen their embassies.",
      E("Ethiopia", "support", "embassies"), E("Eritrea", "support", "embassies")),
    C("both sides, one sentence", "Russia and Ukraine met in Istanbul, where both sides agreed to a prisoner swap.",
      E("Russia", "support", "prisoner swap"), E("Ukraine", "support", "prisoner swap")),
]

CONDITIONAL = [
    C("unless", "The Teamsters will walk out on Monday unless Boeing restores the bonus.",
      E("Teamsters", "support", "walkout", condition="Boeing restores the bonus"),
      E("Teamsters", "demand", "bonus")),
    C("if ... not", "The Teamsters will strike next week if Boeing does not raise salaries.",
      E("Teamsters", "support", "strike", condition="Boeing does not raise salaries"),
      E("Teamsters", "demand", "salaries")),
    C("threatened ... if", "Syria threatened to walk out of the talks if the opposition did not drop its demands.",
      E("Syria", "demand", "demands", red_line=True)),
    C("if", "Iran will return to the talks if the sanctions are lifted.",
      E("Iran", "support", "talks", condition="sanctions are lifted"), A("Iran", "oppose")),
    C("as long as", "Russia will keep talking as long as Ukraine stays out of NATO.",
      E("Russia", "support", "talks", condition="Ukraine stays out of NATO"),
      E("Russia", "demand", "NATO")),
    C("provided that", "Egypt will host the talks provided that both sides send delegations.",
      E("Egypt", "support", "talks", condition="both sides send delegations")),
    C("only if", "Hamas will release the hostages only if Israel ends the war.",
      E("Hamas", "support", "release of hostages", condition="Israel ends the war"),
      E("Hamas", "demand", "end of war", red_line=True)),
    C("in exchange for", "Hamas offered to release ten hostages in exchange for a five-day truce.",
      E("Hamas", "propose", "hostages", condition="five-day truce"),
      E("Hamas", "demand", "truce")),
    C("in return for", "Israel would free prisoners in return for the hostages, the mediators said.",
      E("Israel", "support", "prisoners", condition="hostages")),
    C("before talks can resume", "Japan says the abduction issue must be resolved before talks can resume.",
      E("Japan", "demand", "abduction", red_line=True)),
    C("no condition", "Iran agreed to resume talks.",
      E("Iran", "support", "talks", condition="")),
]

OFFERS = [
    C("would offer", "Boeing would offer a 6 percent raise.",
      E("Boeing", "propose", "6 percent raise")),
    C("offered dative", "The South African government offered the workers a 7 percent increase.",
      E("South Africa", "propose", "7 percent increase"), NotIssue("South Africa", "workers")),
    C("offered to", "Qatar offered to host the talks.",
      E("Qatar", "propose", "talks")),
    C("offered to", "Turkey has offered to mediate between Russia and Ukraine.",
      E("Turkey", "propose", "mediat")),
    C("is offering", "The European Union is offering a trade deal.",
      E("European Union", "propose", "trade deal")),
    C("put on the table", "Washington put a new offer on the table.",
      A("United States", "oppose")),
    C("tabled", "Canada tabled a proposal on dairy quotas.",
      E("Canada", "propose", "dairy quotas")),
    C("put forward", "Brazil put forward a peace plan.",
      E("Brazil", "propose", "peace plan")),
]

CASES = RED_LINES + ISSUE_OBJECTS + NOMINAL + REPORTED + COLLECTIVE + CONDITIONAL + OFFERS


def test_table_has_enough_cases():
    assert len(CASES) >= 100
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_stance_form(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
