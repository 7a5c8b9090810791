"""Stances and red lines in the forms of news the rules were not written from (issue #11, items
3-5, and holders). Each family is ten-odd wordings of one construction, written from the gold
conventions (../shared/gold/README.md) in our own words, read by the full pipeline (actors with
their description mentions, quotes, stances):

- red lines in direct, partial and reported speech, and when the text calls a position a red line
  ("what Moscow calls its red lines", "set X as a red line", "would cross a red line for X"); a
  partial quotation inside the red-line phrase ('would "never disarm"') does not break it;
- nominal stances ("X's refusal to accept Y", "X's demand for Y", "a proposal by X", "X's offer of
  Y"); a group word that is a stance noun with "to" ("China's opposition to the resolution") is the
  owner's stance, no group of its own;
- reported refusals ("has objected to", "dismissed", "shrugged off", "voted down"); what is
  called for to be done in the passive is the thing ("called for the safe zone to be set up");
- collective holders ("both sides agreed on Y" after the parties are named);
- conditions: "will strike unless C" demands C; "will strike if C" (a threatened protest) opposes
  C, no red line; "provided (that) C", which the parser detaches from its clause, is a condition
  whose clause is demanded, not a stance of its own;
- offers ("would offer Y", "offered to V");
- taking part: "arrived in Cairo for talks" (a party travelling for talks supports them, no partner
  named); "the strike, called by the union" and "the strike was called by the union" (the agent's
  strike); the obligations in the "that" clause of a stated position ("Iran's insistence that
  sanctions must be lifted", "Russia's position that Crimea is not negotiable") are its owner's;
- holders: a pronoun subject, "his country" / "his government" in what an official reports (the
  official's state), an unnamed official or "sources close to X", "the Chinese foreign ministry"
  (a demonym, a modifier and a body that speaks for the state), "the ministry" after it, a party
  named in the sentence before; "said its government rejected the proposal": the subject is not
  what is rejected; "rebel leaders", "Rebel negotiators" are the one armed group the text names;
  "Kosovo's negotiators" and "the Turkish statement" are the state's ([state_bodies] in roles.toml).

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

RED_LINES_DIRECT = [
    C("direct, will never accept", '"We will never accept foreign troops on our soil," Prime Minister Omar Saleh of Jordan said.',
      E("Omar Saleh", "oppose", "foreign troops", red_line=True)),
    C("direct, not negotiable", '"Our sovereignty is not negotiable," the Serbian president, Aleksandar Vucic, told reporters.',
      E("Aleksandar Vucic", "oppose", "sovereignty", red_line=True)),
    C("direct, under no circumstances", '"Under no circumstances will we hand over our weapons," a Hezbollah spokesman said.',
      E("Hezbollah", "oppose", "weapons", red_line=True)),
    C("direct, not up for discussion", '"Jerusalem is not up for discussion," Israeli Prime Minister Benjamin Netanyahu said on Sunday.',
      E("Benjamin Netanyahu", "oppose", "Jerusalem", red_line=True)),
    C("direct, will not compromise on", '"We will not compromise on the security of our borders," Turkish President Recep Tayyip Erdogan said.',
      E("Recep Tayyip Erdogan", "oppose", "security", red_line=True)),
    C("direct, no deal without", '"There will be no deal without a full withdrawal," Ukrainian President Volodymyr Zelensky said.',
      E("Volodymyr Zelensky", "demand", "withdrawal", red_line=True)),
    C("direct, a precondition for any talks", '"A ceasefire is a precondition for any talks," the Hamas leader Ismail Haniyeh said.',
      E("Ismail Haniyeh", "demand", "ceasefire", red_line=True)),
    C("direct, will not give up an inch", '"We will not give up an inch of our land," Armenian Prime Minister Nikol Pashinyan said.',
      E("Nikol Pashinyan", "oppose", "land", red_line=True)),
    C("direct, out of the question", '"Dismantling our nuclear program is out of the question," North Korea said.',
      E("North Korea", "oppose", "nuclear program", red_line=True)),
    C("direct, a red line for us", '"The right to enrichment is a red line for us," Iran\'s foreign minister said.',
      E("Iran", "demand", "enrichment", red_line=True)),
]

RED_LINES_PARTIAL = [
    C("partial, not subject to negotiation", 'Iran said its missile program was "not subject to negotiation".',
      E("Iran", "demand", "missile program", red_line=True)),
    C("partial, non-negotiable", 'Moscow called the neutrality of Ukraine "non-negotiable".',
      E("Russia", "oppose", "neutrality", red_line=True)),
    C("partial, never inside the quotation", 'Hamas said it would "never disarm".',
      E("Hamas", "oppose", "disarm", red_line=True)),
    C("partial, never accept inside the quotation", 'Hamas vowed it would "never accept" the plan.',
      E("Hamas", "oppose", "plan", red_line=True)),
    C("partial, not up for discussion", 'Beijing said Taiwan was "not up for discussion" in the trade talks.',
      E("China", "oppose", "Taiwan", red_line=True)),
    C("partial, a precondition for any deal", 'The Greek government said debt relief was "a precondition for any deal".',
      E("Greece", "demand", "debt relief", red_line=True)),
    C("partial, under no circumstances", 'The pilots\' union said it would "under no circumstances" accept pay cuts.',
      E("union", "oppose", "pay cuts", red_line=True)),
    C("partial, out of the question", 'Venezuela described the opposition\'s demand for early elections as "out of the question".',
      E("Venezuela", "oppose", "elections", red_line=True)),
    C("partial, a red line", 'The union said the pension scheme was "a red line" in the talks.',
      E("union", "oppose", "pension scheme", red_line=True)),
    C("partial, never alone in the quotation", 'Hamas said it would "never" disarm.',
      E("Hamas", "oppose", "disarm", red_line=True),
      xfail="the small model parses the quoted 'never' apart from 'disarm', and no cue is found"),
]

RED_LINES_REPORTED = [
    C("reported, never give up", "Iran said it would never give up its right to enrich uranium.",
      E("Iran", "oppose", "enrich", red_line=True)),
    C("reported, not compromise on", "Russia said it would not compromise on the status of Crimea.",
      E("Russia", "oppose", "status of Crimea", red_line=True)),
    C("reported, not retreat on its demand", "Israel said it would not retreat on its demand for the return of the hostages.",
      E("Israel", "demand", "return of hostages", red_line=True)),
    C("reported, no deal without", "The Palestinian Authority said there could be no deal without East Jerusalem as the capital.",
      E("Palestinian Authority", "oppose", "deal", red_line=True, condition="East Jerusalem")),
    C("reported, under no circumstances recognise", "Serbia said it would under no circumstances recognise Kosovo's independence.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("reported, not up for discussion", "North Korea said denuclearisation was not up for discussion.",
      E("North Korea", "oppose", "denuclearisation", red_line=True)),
    C("reported, a precondition for any talks", "The nurses said that a pay rise was a precondition for any talks.",
      E("nurses", "demand", "pay rise", red_line=True)),
    C("reported, never renounce", "China said it would never renounce the use of force over Taiwan.",
      E("China", "oppose", "use of force", red_line=True)),
    C("reported, not negotiate on", "Tehran said it would not negotiate on its missile program.",
      E("Iran", "oppose", "missile program", red_line=True)),
    C("reported, not cede", "Serbia said it would not cede any territory.",
      E("Serbia", "oppose", "territory", red_line=True)),
    C("reported, cannot be negotiated", "Israel said Jerusalem cannot be negotiated.",
      E("Israel", "oppose", "Jerusalem", red_line=True),
      xfail="a plain negated passive of 'negotiate' is read only for owned things or values (traded_verbs), "
            "not as the predicate 'not negotiable'"),
    C("reported, in no case accept", "The teachers said they would in no case accept a longer working week.",
      E("teachers", "oppose", "working week", red_line=True),
      xfail="the small model hangs 'a longer working week' off 'case', so 'accept' has no object"),
]

RED_LINES_NAMED = [
    C("drew a red line at", "Washington drew a red line at the use of chemical weapons.",
      E("United States", "oppose", "chemical weapons", red_line=True)),
    C("what X calls its red lines", "NATO expansion is what Moscow calls its red lines.",
      E("Russia", "oppose", "NATO expansion", red_line=True)),
    C("set X as a red line", "Ankara has set Kurdish autonomy as a red line.",
      E("Turkey", "oppose", "Kurdish autonomy", red_line=True)),
    C("sees X as a red line", "Israel sees a Palestinian army as a red line.",
      E("Israel", "oppose", "Palestinian army", red_line=True)),
    C("regards X as a red line", "Beijing regards Taiwan's independence as a red line.",
      E("China", "oppose", "independence", red_line=True)),
    C("described X as a red line", "The union described the pay freeze as a red line.",
      E("union", "oppose", "pay freeze", red_line=True)),
    C("would cross a red line for X", "The president warned that any annexation would cross a red line for the European Union.",
      E("European Union", "oppose", "annexation", red_line=True)),
    C("would cross a red line, said by X", "Moscow said the deployment would cross a red line.",
      E("Russia", "oppose", "deployment", red_line=True)),
    C("for X, Y is a red line", "For Egypt, the displacement of Palestinians into Sinai is a red line.",
      E("Egypt", "oppose", "displacement", red_line=True)),
    C("X has said Y is a red line", "Israel has said that a Palestinian army is a red line.",
      E("Israel", "oppose", "Palestinian army", red_line=True)),
    C("no owner: respects what X calls", "The deal respects what Iran calls its red lines.",
      A("Iran", "oppose")),
    C("made X its red line", "The union has made the pension guarantee its red line in the negotiations.",
      E("union", "demand", "pension guarantee", red_line=True),
      xfail="the small model reads 'guarantee' as the verb of a clause ('the pension guarantee its red line')"),
]

NOMINAL = [
    C("X's refusal to accept Y", "Talks stalled over Israel's refusal to accept a Palestinian state.",
      E("Israel", "oppose", "Palestinian state")),
    C("X's refusal to V", "Hamas's refusal to release the hostages has angered the mediators.",
      E("Hamas", "oppose", "hostages")),
    C("X's demand for Y", "Negotiators discussed Ukraine's demand for security guarantees.",
      E("Ukraine", "demand", "security guarantees")),
    C("a proposal by X for Y", "The talks focused on a proposal by Egypt for a phased ceasefire.",
      E("Egypt", "propose", "ceasefire")),
    C("a plan rejected by X", "The ministers debated a plan rejected by Hungary.",
      E("Hungary", "oppose", "plan")),
    C("X's offer of Y", "Russia's offer of a prisoner exchange was welcomed in Kyiv.",
      E("Russia", "propose", "prisoner exchange")),
    C("X's insistence on Y", "Iran's insistence on sanctions relief has slowed the talks.",
      E("Iran", "demand", "sanctions relief")),
    C("X's opposition to Y: no group 'opposition'", "China's opposition to the resolution blocked its adoption.",
      E("China", "oppose", "resolution"), A("opposition")),
    C("X's objection to Y", "Turkey's objection to Sweden's membership delayed the vote.",
      E("Turkey", "oppose", "membership")),
    C("X's rejection of Y", "Zimbabwe's rejection of the union's pay claim led to the strike.",
      E("Zimbabwe", "oppose", "pay claim")),
    C("X's call for Y", "Serbia's call for a new round of talks went unanswered.",
      E("Serbia", "demand", "talks")),
    C("a group's opposition, still a group", "Venezuela's opposition rejected the talks.",
      E("opposition", "oppose", "talks")),
]

REPORTED = [
    C("has objected to", "Kenya has objected to the new tariffs.", E("Kenya", "oppose", "tariffs")),
    C("dismissed the offer as", "Hamas dismissed the offer as a trick.", E("Hamas", "oppose", "offer")),
    C("brushed aside", "Russia brushed aside the proposal.", E("Russia", "oppose", "proposal")),
    C("balked at", "Beijing has balked at the demand.", E("China", "oppose", "demand")),
    C("turned down", "The Palestinians have turned down the plan.", E("Palestine", "oppose", "plan")),
    C("shrugged off calls for Y", "Serbia shrugged off calls for dialogue.", E("Serbia", "oppose", "dialogue")),
    C("voted down", "The Boeing workers voted down the contract.", E("Boeing", "oppose", "contract")),
    C("voted Y down", "The unions voted the offer down.", E("unions", "oppose", "offer")),
    C("waved away", "Moscow waved away the proposal.", E("Russia", "oppose", "proposal")),
    C("knocked back", "Hungary knocked back the plan.", E("Hungary", "oppose", "plan")),
    C("rejected demands for Y", "Serbia rejected demands for a referendum.", E("Serbia", "oppose", "referendum")),
    C("called for Y to be set up: Y", "Turkey called for the safe zone to be set up east of the river.",
      E("Turkey", "demand", "safe zone")),
    C("rejected X's demands for Y", "Greece rejected the creditors' demands for more cuts.", E("Greece", "oppose", "cuts")),
]

COLLECTIVE = [
    C("both sides agreed on", "Israel and Hamas met in Cairo. Both sides agreed on a prisoner exchange.",
      E("Israel", "support", "prisoner exchange"), E("Hamas", "support", "prisoner exchange")),
    C("the two sides agreed to", "Armenia and Azerbaijan held talks on Tuesday. The two sides agreed to a ceasefire.",
      E("Armenia", "support", "ceasefire"), E("Azerbaijan", "support", "ceasefire")),
    C("both parties agreed on", "Boeing and the union met for ten hours. Both parties agreed on a new wage scale.",
      E("Boeing", "support", "wage scale"), E("union", "support", "wage scale")),
    C("the two delegations agreed to V", "Russia and Ukraine resumed talks in Istanbul. The two delegations agreed to exchange prisoners.",
      E("Russia", "support", "prisoners"), E("Ukraine", "support", "prisoners")),
    C("both sides committed to", "Sudan's army and the RSF signed a truce. Both sides committed to protecting civilians.",
      E("Rapid Support Forces", "support", "civilians")),
    C("the two countries agreed to V", "The United States and China ended their talks. The two countries agreed to cut tariffs.",
      E("United States", "support", "tariffs"), E("China", "support", "tariffs")),
    C("both sides rejected", "Serbia and Kosovo met in Brussels. Both sides rejected the EU plan.",
      E("Serbia", "oppose", "EU plan"), E("Kosovo", "oppose", "EU plan")),
    C("the two sides agreed on, with a place", "India and Pakistan held talks. The two sides agreed on a ceasefire along the border.",
      E("India", "support", "ceasefire"), E("Pakistan", "support", "ceasefire")),
    C("both governments backed", "Greece and North Macedonia reached a deal. Both governments backed the new name.",
      E("Greece", "support", "name"), E("North Macedonia", "support", "name")),
    C("the parties agreed to continue negotiating on", "Ethiopia and Egypt met in Washington. The parties agreed to continue negotiating on the dam.",
      E("Ethiopia", "support", "dam")),
]

CONDITIONAL = [
    C("will strike unless", "The union will strike on Monday unless the company restores the bonus.",
      E("union", "support", "strike", condition="restores the bonus"), E("union", "demand", "bonus")),
    C("will walk out unless", "Teachers will walk out next week unless the government raises their pay.",
      E("Teachers", "support", "walkout"), E("Teachers", "demand", "pay")),
    C("threatened to strike if", "The nurses threatened to strike if the hospital cuts their pensions.",
      E("nurses", "support", "strike", condition="cuts their pensions"), E("nurses", "oppose", "pensions")),
    C("will strike if", "The union will strike if the government raises the retirement age.",
      E("union", "oppose", "retirement age"), A("union", "demand")),
    C("threatened to walk out if", "The teachers threatened to walk out if the ministry adopts the reform.",
      E("teachers", "oppose", "reform"), E("teachers", "support", "walkout")),
    C("warned it would strike if", "The union warned it would strike if the company closed the mine.",
      E("union", "oppose", "mine")),
    C("will strike if not: a demand", "The nurses will strike if the hospital does not pay them.",
      E("nurses", "demand", "payment")),
    C("will return provided that", "The miners will return to work provided that the company withdraws the dismissals.",
      E("miners", "support", "return to work", condition="withdraws the dismissals"), E("miners", "demand", "dismissals")),
    C("will return provided, no that", "The miners will return to work provided the company withdraws the dismissals.",
      E("miners", "demand", "dismissals"), E("miners", "support", "return to work", condition="withdraws"),
      A("company")),
    C("provided: the clause is no stance", "Hamas said it would release the hostages provided Israel ended the war.",
      E("Hamas", "support", "hostages", condition="Israel ended the war"), E("Hamas", "demand", "end of war")),
    C("providing that", "The rebels will lay down their arms providing that the army withdraws from the north.",
      E("rebels", "support", "arms", condition="army withdraws")),
    C("will continue until", "Israel said it would continue the offensive until all hostages are freed.",
      E("Israel", "demand", "hostages")),
    C("as long as", "The teachers will return to work as long as the government pays the arrears.",
      E("teachers", "support", "return to work", condition="pays the arrears")),
    C("no attack without a protest", "The rebels will attack if the army advances.", A("rebels", "oppose")),
]

OFFERS = [
    C("would offer", "Boeing would offer a 4 percent raise.", E("Boeing", "propose", "raise")),
    C("offered to V", "Egypt offered to host the talks.", E("Egypt", "propose", "talks")),
    C("has offered Y over", "Russia has offered a ceasefire over Easter.", E("Russia", "propose", "ceasefire")),
    C("offered X Y", "The government of Kenya offered the union a one-off payment.", E("Kenya", "propose", "payment")),
    C("would offer mediation", "Qatar would offer mediation between the two sides.", E("Qatar", "propose", "mediation")),
    C("offered a deal", "The employers offered a three-year deal.", E("employers", "propose", "deal")),
    C("offered to exchange", "Ukraine offered to exchange all prisoners.", E("Ukraine", "propose", "prisoners")),
    C("is offering", "Lonmin is offering a 6 percent increase over two years.", E("Lonmin", "propose", "increase")),
    C("offered a truce", "Hamas offered a five-year truce.", E("Hamas", "propose", "truce")),
    C("X's offer of Y, a company", "Lonmin's offer of a 5 percent raise did not satisfy the workers.", E("Lonmin", "propose", "raise")),
]

HOLDERS = [
    C("it, after the party", "Iran has held talks with the IAEA. It rejected the agency's demand for inspections.",
      E("Iran", "oppose", "inspections")),
    C("it said, after the Kremlin", "The Kremlin responded on Tuesday. It said it would not accept a ceasefire without guarantees.",
      E("Russia", "demand", "guarantees", red_line=True)),
    C("a senior official, the government of X", "A senior official said the government of Israel would not accept the proposal.",
      E("Israel", "oppose", "proposal")),
    C("a senior Iranian official", "A senior Iranian official said Tehran would not accept the deal.",
      E("Iran", "oppose", "deal")),
    C("its spokesman", "The Russian foreign ministry rejected the plan. Its spokesman said Moscow would never accept NATO troops in Ukraine.",
      E("Russia", "oppose", "NATO troops", red_line=True)),
    C("a spokesman after the department", "The State Department dismissed the report. A spokesman said Washington opposed the annexation.",
      E("United States", "oppose", "annexation")),
    C("the Chinese foreign ministry said it", "The Chinese foreign ministry said on Monday that it opposed the sanctions.",
      E("China", "oppose", "sanctions")),
    C("the Chinese foreign ministry", "The Chinese foreign ministry opposed the sanctions.", E("China", "oppose", "sanctions")),
    C("the Russian defence ministry", "The Russian defence ministry rejected the report.", E("Russia", "oppose", "report")),
    C("the ministry, after X's ministry", "China's commerce ministry said it would retaliate. The ministry called the tariffs unacceptable.",
      E("China", "oppose", "tariffs")),
    C("the ministry said, after the Russian ministry",
      "The Russian defence ministry denied the report. The ministry said it would never accept NATO troops in Ukraine.",
      E("Russia", "oppose", "NATO troops", red_line=True)),
    C("a party in the sentence before, it", "Egypt has proposed a new truce. Israel rejected it on Monday.",
      E("Israel", "oppose", "truce")),
    C("he, after X's president", "Ukraine's president spoke on Friday. He said Kyiv would never recognise the annexation.",
      E("Ukraine", "oppose", "annexation", red_line=True)),
    C("officials in X, they", "Officials in Beijing said they opposed the new tariffs.", E("China", "oppose", "tariffs")),
    C("a diplomat, his country", "A North Korean diplomat said his country would not give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
    C("a diplomat told reporters, his country",
      "A North Korean diplomat told reporters that his country would not give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
    C("X's prime minister, his government", "Hungary's prime minister said his government would veto the plan.",
      E("Hungary", "oppose", "plan")),
    C("a named leader, his government: the plan, not the government", "Viktor Orban said his government would veto the plan.",
      E("Viktor Orban", "oppose", "plan"), A("Viktor Orban", "support")),
    C("its government rejected: the proposal, not the government", "Hungary said its government rejected the proposal.",
      E("Hungary", "oppose", "proposal")),
    C("sources close to X, the group", "Sources close to Hamas said the group had accepted the Egyptian proposal.",
      E("Hamas", "support", "proposal")),
    C("an X official, the movement", "A senior Hamas official said the movement would never disarm.",
      E("Hamas", "oppose", "disarm", red_line=True)),
    C("his wife is no body of his state", "Hungary's prime minister said his wife would veto the plan.", A("Hungary")),
    C("its leaders, after the union", "The union represents 20,000 nurses. Its leaders rejected the offer.",
      E("union", "oppose", "offer")),
    # ("their demands" is taken for Greece's: test_stance_holder_references.py keeps that xfail)
    C("he, an unnamed minister, their demands", "Greece's finance minister met the creditors. He rejected their demands for more cuts.",
      E("Greece", "oppose", "cuts")),
    C("rebel negotiators: the one armed group", "The FARC resumed talks in Havana. Rebel negotiators demanded land reform.",
      E("Revolutionary Armed Forces of Colombia", "demand", "land reform"), A("Rebel negotiators")),
    C("the rebel leaders: the one armed group", "The FARC resumed talks in Havana. The rebel leaders demanded land reform.",
      E("Revolutionary Armed Forces of Colombia", "demand", "land reform")),
    C("rebel leaders after the group introduced as rebel",
      "The Karen National Union, the main rebel group, sent envoys to Rangoon. Rebel leaders demanded a truce.",
      E("Karen National Union", "demand", "truce")),
    C("rebel leaders with two groups: a group", "Hamas and Hezbollah met. Rebel leaders demanded a truce.",
      A("Hamas"), A("Hezbollah")),
    C("named rebels stay their own", "The FARC resumed talks in Havana. Tamil Tiger rebels demanded land reform.",
      A("Revolutionary Armed Forces of Colombia", "demand")),
    C("X's negotiators, then they", "Kosovo's negotiators arrived in Vienna. They insisted on full independence.",
      E("Kosovo", "demand", "independence"), A("negotiators")),
    C("X's diplomats", "Russia's diplomats rejected the plan.", E("Russia", "oppose", "plan")),
    C("a party named with a party is no issue", "Iran and the six powers met in Baghdad. Tehran rejected the proposal, saying it was unbalanced.",
      E("Iran", "oppose", "proposal")),
    C("a demonym's statement called for", "The Turkish statement called for a safe zone east of the river.",
      E("Turkey", "demand", "safe zone")),
    C("a demonym's statement rejected", "A Russian statement rejected the sanctions.", E("Russia", "oppose", "sanctions")),
    C("a demonym's statement said", "The North Korean statement said Pyongyang would never give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
    C("a bare statement names no one", "The statement called for calm.", A("statement")),
    C("says and demands", "Ankara says Sweden harbours terrorists and demands their extradition.",
      E("Turkey", "demand", "extradition"),
      xfail="the small model coordinates 'demands' with the reported verb 'harbours', so its subject is Sweden"),
]

TALKS_AND_ACTIONS = [
    C("arrived for talks on", "Hamas arrived in Cairo for talks on the ceasefire.", E("Hamas", "support", "talks")),
    C("a delegation arrived for talks", "A Hamas delegation arrived in Cairo for talks on the ceasefire.",
      E("Hamas", "support", "talks")),
    C("negotiators came for talks", "Iran's negotiators came to Vienna for talks on the nuclear deal.",
      E("Iran", "support", "talks")),
    C("flew for talks", "Kosovo's president flew to Brussels for talks.", E("Kosovo", "support", "talks")),
    C("arrived for talks with a partner", "Hamas arrived in Cairo for talks with Egyptian mediators.",
      E("Hamas", "support", "talks")),
    C("did not come for talks", "Hamas did not come to Cairo for talks.", A("Hamas", "support")),
    C("came for something else", "Tourists from Japan came to Cairo for the pyramids.", A("Japan")),
    C("the strike, called by X", "The strike, called by the national teachers' union, entered its third week.",
      E("national teachers' union", "support", "strike")),
    C("the strike called by X", "The strike called by the union entered its third week.", E("union", "support", "strike")),
    C("the boycott, announced by X", "The boycott, announced by the opposition, began on Monday.",
      E("opposition", "support", "boycott")),
    C("the strike was called by X", "The strike was called by the union.", E("union", "support", "strike")),
    C("the strike was not called by X", "The strike was not called by the union.", A("union", "support")),
    C("X's position that Y is not negotiable", "The talks stalled over Russia's position that Crimea is not negotiable.",
      E("Russia", "oppose", "Crimea", red_line=True)),
    C("X's insistence that Y must", "Iran's insistence that sanctions must be lifted first stalled the talks.",
      E("Iran", "demand", "sanctions")),
    C("X's position that Y must", "Israel's position that the war must continue angered the families.",
      E("Israel", "demand", "continuation")),
    C("X's insistence that the case is closed", "The talks broke down over North Korea's insistence that the case is closed.",
      E("North Korea", "oppose", "case", red_line=True),
      xfail="a closed case is read only with 'issue' named or a reporting verb; no cue at 'closed' under a noun"),
]

CASES = (RED_LINES_DIRECT + RED_LINES_PARTIAL + RED_LINES_REPORTED + RED_LINES_NAMED + NOMINAL + REPORTED
         + COLLECTIVE + CONDITIONAL + OFFERS + HOLDERS + TALKS_AND_ACTIONS)


def test_table_shape():
    assert len(CASES) >= 120
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_unseen_news(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
