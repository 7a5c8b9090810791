"""Holders named beside the stance rather than as its clause's subject (issue #11, wrong holders:
read from the fresh sets' wrong-holder misses), read by the full pipeline:

- a description set off after a name holds what its relative clause says: "Tom Rath, a veteran
  party leader who had endorsed Kasich" is Rath's endorsement (it had gone to the party of the
  description, or to no one), "the Teamsters, a union that has endorsed Biden";
- a ranked description ("the only senator", "the first country": grammar.RANKING_MODIFIERS) does
  what its infinitive says, and so does the name it is set off after: "Sen. Jeff Merkley, the only
  senator to endorse Sanders", "Nicaragua, the last country to ratify the accord";
- parties an apposition names together for a plural subject that is an actor itself hold its
  stance each ("The Democrats, Joe Biden and Kamala Harris, backed the bill": both, not the first
  only), also the first of two titled names the parser hangs on the second ("including two
  deputies, Majority Leader Kevin McCarthy and Whip Steve Scalise");
- who hopes or prays that another party acts ([forms] hoping_verbs) holds the position on the
  act, the one hoped to act none: "I hope that Anne Sacoolas will come back and engage with the law" is
  the speaker's, "Erdogan hopes that NATO will back the operation" Erdogan's.

Controls: a relative clause on a noun that is no apposition of the name, an apposition whose
clause has another subject, a ranked noun with no infinitive, a ranked noun as a verb's complement
(its subject keeps the stance), a name's own description with no coordination, a hope for one's
own act, a hope for a thing's success, a forecast reported by analysts.
Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

APPOSED = [
    C("who had endorsed", "Ohio Governor John Kasich stayed in the race. \"It was a good night,\" said Tom Rath, "
      "a veteran New Hampshire party leader who had endorsed Kasich.",
      E("Tom Rath", "support", "Kasich")),
    C("who opposes, a senator", "The bill reached the Senate floor on Monday. \"We will fight it,\" said Maria Lopez, "
      "a Democratic senator who opposes the bill.",
      E("Maria Lopez", "oppose", "bill")),
    C("that has endorsed, a union", "The union vote is on Friday. The Teamsters, a union that has endorsed Joe Biden, "
      "held a rally in Detroit.",
      E("Teamsters", "support", "Joe Biden")),
    C("that backed, a country", "The talks resumed in Doha. Qatar, a country that backed the truce, hosted the delegations.",
      E("Qatar", "support", "truce")),
    C("who rejected, an official", "The council met on Tuesday. \"We cannot wait,\" said Ahmed Rahimi, a local official "
      "who rejected the budget cuts.",
      E("Ahmed Rahimi", "oppose", "budget cuts")),
    C("who endorsed, an ally", "Hillary Clinton won the primary. Governor Andrew Cuomo, a longtime ally who endorsed "
      "Clinton in 2015, spoke first.",
      E("Andrew Cuomo", "support", "Hillary Clinton")),
    C("that opposed, a member state", "The European Commission proposed new tariffs. Poland, a member state that opposed "
      "the tariffs from the start, asked for a delay.",
      E("Poland", "oppose", "tariffs")),
    C("who supports, a nurse", "The workers walked out on Monday. \"This is about respect,\" said Jane Doe, a nurse who "
      "supports the strike.",
      E("Jane Doe", "support", "strike")),
    C("who voted against, a lawmaker", "The trade pact goes to a vote next week. Senator John Smith, a lawmaker who voted "
      "against the pact, said he expects it to pass.",
      E("John Smith", "oppose", "pact")),
    C("that condemned, a group", "Greenpeace, an environmental group that condemned the pipeline, staged a protest in Oslo.",
      E("Greenpeace", "oppose", "pipeline")),
    C("that has backed, a union with a long name", "Joe Biden entered the race. The United Auto Workers, a union that has "
      "backed Biden, called a strike.",
      E("United Auto Workers", "support", "Joe Biden")),
    C("that drafted, a mediator", "The proposal was tabled in Geneva. Norway, a mediator that drafted the proposal, "
      "invited both sides.",
      E("Norway", "propose", "proposal")),
    C("that welcomed, a neighbour", "The peace plan was published on Monday. Kenya, a neighbour that welcomed the plan, "
      "offered troops.",
      E("Kenya", "support", "peace plan")),
]

RANKED = [
    C("the only senator to endorse", "Senator Bernie Sanders kept campaigning. \"It is a good day,\" said Sen. Jeff "
      "Merkley of Oregon, the only senator to endorse Sanders.",
      E("Jeff Merkley", "support", "Bernie Sanders")),
    C("the first country to recognise", "Kosovo declared independence in 2008. Costa Rica, the first country to "
      "recognise Kosovo in Latin America, opened an embassy.",
      E("Costa Rica", "support", "Kosovo")),
    C("the last country to ratify", "The climate accord was signed in Paris. Nicaragua, the last country to ratify the "
      "accord, announced new targets.",
      E("Nicaragua", "support", "accord")),
    C("the only senator to oppose", "The reform went to a vote. Mark Kelly, the only senator to oppose the reform, left "
      "the chamber early.",
      E("Mark Kelly", "oppose", "reform")),
    C("the sole member state to reject", "The sanctions came into force. Hungary, the sole member state to reject the "
      "sanctions, asked for an exemption.",
      E("Hungary", "oppose", "sanctions")),
    C("the first state to welcome", "The ceasefire was announced on Sunday. Egypt, the first state to welcome the "
      "ceasefire, sent aid convoys.",
      E("Egypt", "support", "ceasefire")),
    C("the first EU member to recognise", "Palestine asked for recognition in 2014. Sweden, the first EU member to "
      "recognise Palestine, defended its decision.",
      E("Sweden", "support", "Palestine")),
    C("the second country to ratify", "The treaty was opened for signature in 2017. Austria, the second country to "
      "ratify the treaty, hosted the conference.",
      E("Austria", "support", "treaty")),
    C("the lone senator to endorse", "Senator Elizabeth Warren kept her distance. Ed Markey, the lone senator to "
      "endorse Warren early, spoke at the rally.",
      E("Ed Markey", "support", "Elizabeth Warren")),
    C("the only union to reject", "The strike began on Monday. Unite, the only union to reject the pay offer, called "
      "more walkouts.",
      E("Unite", "oppose", "pay offer"),
      xfail="'Unite' is no actor of the table (a verb-like name the recogniser does not tag)"),
    C("the lone congressman to back", "Senator Bernie Sanders lost New York. \"We are not done,\" said Ro Khanna, the "
      "lone congressman to back Sanders in California.",
      E("Ro Khanna", "support", "Bernie Sanders"),
      xfail="the small parser reads 'to back Sanders' as a preposition with an adjective 'back'"),
]

LISTED = [
    C("the two leading Republicans", "Donald Trump and Ted Cruz campaigned in Iowa. But the two leading Republicans, "
      "Donald J. Trump and Senator Ted Cruz, have questioned the science of climate change and criticized the Paris "
      "agreement.",
      E("Donald J. Trump", "oppose", "Paris agreement"), E("Ted Cruz", "oppose", "Paris agreement")),
    C("the Democrats, two names", "Hillary Clinton and Bernie Sanders debated in Brooklyn. The Democrats, Hillary "
      "Clinton and Bernie Sanders, both backed the minimum wage increase.",
      E("Hillary Clinton", "support", "minimum wage"), E("Bernie Sanders", "support", "minimum wage")),
    C("the two Democrats, a demand", "Hillary Clinton and Bernie Sanders debated in Brooklyn. The two Democrats, "
      "Hillary Clinton and Bernie Sanders, called for a higher minimum wage.",
      E("Hillary Clinton", "demand", "minimum wage"), E("Bernie Sanders", "demand", "minimum wage")),
    C("the Democrats, a tax", "Bernie Sanders and Elizabeth Warren spoke in Iowa. The Democrats, Bernie Sanders and "
      "Elizabeth Warren, called for a wealth tax.",
      E("Bernie Sanders", "demand", "wealth tax"), E("Elizabeth Warren", "demand", "wealth tax")),
    C("the Conservatives", "Theresa May and Boris Johnson met in London. The Conservatives, Theresa May and Boris "
      "Johnson, opposed a second referendum.",
      E("Theresa May", "oppose", "referendum"), E("Boris Johnson", "oppose", "referendum")),
    C("the Republicans, two leaders", "The Republicans, Paul Ryan and Mitch McConnell, rejected the spending bill.",
      E("Paul Ryan", "oppose", "spending bill"), E("Mitch McConnell", "oppose", "spending bill")),
    C("the Teamsters, two officers", "The union leaders met on Friday. The Teamsters, James Hoffa and Sean O'Brien, "
      "endorsed the contract.",
      E("James Hoffa", "support", "contract"), E("Sean O'Brien", "support", "contract")),
    C("the Democrats, backed a bill", "Joe Biden and Kamala Harris campaigned in Ohio. The Democrats, Joe Biden and "
      "Kamala Harris, backed the infrastructure bill.",
      E("Joe Biden", "support", "infrastructure bill"), E("Kamala Harris", "support", "infrastructure bill")),
    C("the Europeans", "Merkel and Macron met in Berlin. The Europeans, Angela Merkel and Emmanuel Macron, welcomed "
      "the trade deal.",
      E("Angela Merkel", "support", "trade deal"), E("Emmanuel Macron", "support", "trade deal")),
    C("two groups", "Hamas and Islamic Jihad issued a statement. The Palestinians, Hamas and Islamic Jihad, rejected "
      "the ceasefire proposal.",
      E("Hamas", "oppose", "ceasefire"), E("Palestinian Islamic Jihad", "oppose", "ceasefire")),
    C("members by example, set off with titles", "The party met on Monday. Several leaders, including two deputies, "
      "Majority Leader Kevin McCarthy and Whip Steve Scalise, endorsed the tax plan.",
      E("Kevin McCarthy", "support", "tax plan"), E("Steve Scalise", "support", "tax plan")),
    C("members by example, two senators with titles", "The vote came on Friday. Several senators, including two chairs, "
      "Chairman Richard Burr and Ranking Member Mark Warner, opposed the bill.",
      E("Richard Burr", "oppose", "bill"), E("Mark Warner", "oppose", "bill")),
]

NARROW = ("the hoped-for subject is no party the table knows ({}): the rule reads hopes of a named party "
          "only (read of any subject, it added an unmatched row on the check set)")

HOPED = [
    C("I hope that X will", "Anne Sacoolas left Britain in August. \"I hope that Anne Sacoolas will come back and will "
      "engage properly with the processes of law,\" Boris Johnson said.",
      E("Boris Johnson", "support", "law"), A("Anne Sacoolas")),
    C("hopes X will pass", "The bill passed the House. Obama said he hopes the Senate will pass the bill before the recess.",
      E("Obama", "support", "bill"),
      xfail=NARROW.format("the Senate")),
    C("hopes X will return", "The talks stalled. Germany hopes Iran will return to the nuclear deal.",
      E("Germany", "support", "nuclear deal"), A("Iran")),
    C("we hope that, in a quote", "The talks resumed in Vienna. \"We hope that Iran will return to full compliance,\" "
      "the German foreign minister Heiko Maas said.",
      E("Heiko Maas", "support", "compliance"), A("Iran")),
    C("hopes X will rejoin", "The deal collapsed last year. Macron said he hopes Washington will rejoin the nuclear deal.",
      E("Macron", "support", "nuclear deal")),
    C("prays that", "Ukraine asked for more weapons. Zelensky said he prays that Congress will approve the aid package.",
      E("Zelensky", "support", "aid package"), A("Congress")),
    C("hopes the creditors will accept", "The Greek talks resumed on Monday. Tsipras hopes the creditors will accept "
      "the debt relief plan.",
      E("Tsipras", "support", "debt relief"),
      xfail=NARROW.format("the creditors")),
    C("hopes both sides will sign", "Kenya hosted the talks. Kenya hopes both sides will sign the peace agreement.",
      E("Kenya", "support", "peace agreement"),
      xfail=NARROW.format("both sides")),
    C("hopes that X will back", "The summit opens on Monday. Erdogan hopes that NATO will back the operation.",
      E("Erdogan", "support", "operation"), A("NATO")),
    C("hopes X will rejoin a treaty", "The treaty lapsed in 2019. NATO hopes that Russia will rejoin the arms treaty.",
      E("NATO", "support", "arms treaty"), A("Russia")),
    C("hopes X will release", "Israel and Hamas agreed to a truce. Egypt hopes Hamas will release the hostages.",
      E("Egypt", "support", "release of hostages")),
    C("hopes a senator will back", "The vote is on Friday. Schumer hopes Senator Manchin will back the climate bill.",
      E("Schumer", "support", "climate bill"), A("Joe Manchin")),
    C("hopes a capital will return", "Iran resumed enrichment. Macron hopes Tehran will return to the talks.",
      E("Macron", "support", "talks")),
    C("hopes X will support", "The vote is set for Friday. Pelosi said she hopes Republicans will support the relief bill.",
      E("Pelosi", "support", "relief bill"),
      xfail="no stance is read from 'Republicans will support' under 'hopes' here (a forecast of a group)"),
    C("hoped that X would reject", "The budget plan went to the committee on Monday. Senator Bernie Sanders hoped that "
      "the committee would reject the budget plan.",
      E("Bernie Sanders", "oppose", "budget"),
      xfail=NARROW.format("a committee")),
]

CONTROLS = [
    C("a relative clause on a noun after the description", "The union voted on Friday. \"We were not consulted,\" said "
      "John Smith, a lawyer for the union that rejected the offer.",
      A("John Smith", "oppose")),
    C("an apposition whose clause has another subject", "Ted Cruz proposed a bill. Jeff Merkley, a senator from Oregon, "
      "said the bill that Cruz proposed would fail.",
      A("Jeff Merkley", "propose"), E("Ted Cruz", "propose", "bill")),
    C("whose members, not the name", "Bernie Sanders campaigned in Ohio. Donald Trump met Bernie Sanders, a senator "
      "whose supporters rejected the trade deal.",
      A("Bernie Sanders", "oppose")),
    C("a ranked noun with no infinitive", "The region has six states. Costa Rica, the first country in the region with "
      "a green tax, opened an embassy.",
      A("Costa Rica", "support")),
    C("a ranked noun as a complement keeps its subject", "The wall divided the party. Donald Trump became the first "
      "candidate to back the wall.",
      E("Donald Trump", "support", "wall")),
    C("was the last country to ratify", "The treaty was signed in 2019. Spain was the last country to ratify the treaty.",
      E("Spain", "support", "treaty")),
    C("an apposition of the object", "Hamas held talks in Cairo. Hamas named Ismail Haniyeh, a leader who opposed the "
      "truce, as its envoy.",
      E("Ismail Haniyeh", "oppose", "truce"), A("Hamas", "oppose")),
    C("a ranked thing, no party", "The weapons were banned in 1997. The treaty, the first pact to ban the weapons, "
      "took effect in 1999.",
      A("treaty")),
    C("a description whose thing acts", "The talks resumed on Monday. The delegates met Ali Khan, a writer whose book "
      "criticized the deal.",
      A("Ali Khan")),
    C("a name's own description, no coordination", "The Republicans, the party of Lincoln, rejected the bill.",
      E("Republicans", "oppose", "bill")),
    C("a proposal's author in its own clause", "Iran rejected the plan. The plan, a proposal that Egypt drafted, called "
      "for a truce.",
      E("Iran", "oppose", "plan"), A("Iran", "propose")),
    C("a hope for one's own act", "Iran hopes to rejoin the nuclear deal.",
      E("Iran", "support", "nuclear deal")),
    C("a hope for a thing's success", "The ceasefire began at dawn. Egypt hopes the truce will hold.",
      E("Egypt", "support", "truce")),
    C("a forecast by analysts is no hope", "The talks failed. Analysts said Iran will reject the offer.",
      A("Analysts")),
]

CASES = APPOSED + RANKED + LISTED + HOPED + CONTROLS


def test_table_has_enough_cases():
    assert min(len(APPOSED), len(RANKED), len(LISTED), len(HOPED), len(CONTROLS)) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a passage appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_apposed_and_hoping_holders(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
