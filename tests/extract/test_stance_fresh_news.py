"""Stances found by reading fresh labour, legislation and campaign news as a coder would (issue #11,
round `freshb`): four constructions that a fresh hand-annotated set missed, in our own words.

- An agreement named by a participle with an agent is the agent's: "the deal reached by Iran and
  Russia", "the truce negotiated by Turkey" (`_agreed_by` in cues.py; [agreement_verbs]). Without
  an agent ("the deal reached last week") the participle names nobody's act.
- A participle right after a party is that party's stance: "House Republicans supporting the bill
  said ...", "Democrats opposing the deal met" (`_described_party` in holders.py), as "who support
  the bill" would be; a participle after a comma keeps the main clause's subject, and one on a
  document ("a letter urging Congress to act") stays its sender's.
- A noun set off after a clause that sums it up, with a participle whose agent judges it: "Israel
  closed the crossing, a move condemned by Hamas" is Hamas's stance on the closure, not on "move"
  (`summed_act`, [forms] summary_nouns). A stance summed up ("rejected the cuts, a decision
  welcomed by X") is left: what X thinks of the cuts would be a guess.
- A person endorsed is a campaign position on the candidate: "the union endorsed Hillary Clinton"
  ([forms] candidacy_verbs: the issue is the candidacy); any other stance verb on a person still names no issue.
- A group subject's members named with "including" or "such as" hold its stance too: "several
  countries, including France and Germany, rejected the plan" (`included_parties` in holders.py).
- Words the lexicon lacked: "get rid of", "fulminate against", "gave its seal of approval to".
- Pulling out of "the country" or "the nation" is a withdrawal from it, as pulling out of Iran is.
- Judgements of an action: "it is important that X V" (the "that" clause after an extraposed
  "it", an aspect verb passing to its complement), "X makes (a lot of / no / little) sense",
  "X would be wise / smart / the right thing to do".
- A bare sum or percentage demanded, asked for, offered or refused: "the union demanded $500 a
  month" (the amount is the issue).
- "is hopeful the ceasefire will hold" hopes as "hopes the ceasefire will hold" does.
- "is not interested in resuming the talks" opposes the talks: the copula's negation is the action's."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

AGREED_BY = [
    C("reached by X and Y", "The deal reached by Iran and Russia lifts the sanctions.",
      E("Iran", "support", "deal"), E("Russia", "support", "deal")),
    C("negotiated by X", "The truce negotiated by Turkey took effect on Monday.", E("Turkey", "support", "truce")),
    C("object of another's rejection", "Hamas rejected the agreement reached by Fatah and Israel.",
      E("Hamas", "oppose", "agreement"), E("Fatah", "support", "agreement"), E("Israel", "support", "agreement")),
    C("struck by", "The accord struck by Ethiopia and Eritrea ended the war.",
      E("Ethiopia", "support", "accord"), E("Eritrea", "support", "accord")),
    C("sealed by", "The pact sealed by Russia and Ukraine collapsed within hours.",
      E("Russia", "support", "pact"), E("Ukraine", "support", "pact")),
    C("hammered out by", "The compromise hammered out by Germany and France angered Italy.",
      E("Germany", "support", "compromise"), E("France", "support", "compromise")),
    C("finalised by", "The framework agreement finalised by the EU and Britain goes to a vote.",
      E("European Union", "support", "agreement"), E("United Kingdom", "support", "agreement")),
    C("clinched by", "The deal clinched by Boeing and Airbus was criticised.",
      E("Boeing", "support", "deal"), E("Airbus", "support", "deal")),
    C("signed by (a stance verb, read before)", "The treaty signed by Japan and China in 1978 remains in force.",
      E("Japan", "support", "treaty"), E("China", "support", "treaty")),
    C("agreed by", "The ceasefire agreed by Israel and Hezbollah has largely held.",
      E("Israel", "support", "ceasefire"),
      xfail="the small parser reads 'agreed' as the main verb (the ceasefire agreed), so no participle modifies the ceasefire"),
    C("concluded by, with a date", "The settlement concluded by Colombia and the FARC in 2016 was put to a referendum.",
      E("Colombia", "support", "settlement"),
      xfail="the small parser reads 'concluded' as the main verb with the settlement its subject"),
]

AGREED_BY_CONTROLS = [
    C("no agent: not the subject's", "Hezbollah rejected the deal reached last week.",
      E("Hezbollah", "oppose", "deal"), A("Hezbollah", "support")),
    C("no agent, no stance", "The ceasefire reached on Friday collapsed.", A("ceasefire")),
    C("a meeting attended: no agreement", "The summit attended by Putin failed.", A("Putin")),
    C("a place reached", "Kyiv was reached by Russian troops.", A("Ukraine"), A("Russia")),
]

DESCRIBED = [
    C("Republicans supporting the bill", "House Republicans supporting the bill said they have the votes.",
      E("Republicans", "support", "bill")),
    C("Democrats opposing the deal", "Democrats opposing the deal held a press conference.", E("Democrats", "oppose", "deal")),
    C("a described party as an object", "Pelosi met House Republicans opposing the bill.", E("Republicans", "oppose", "bill")),
    C("a described party thanked", "The president thanked Democrats supporting the bill.", E("Democrats", "support", "bill")),
    C("legislators supporting the law", "State legislators supporting the law argued it would prevent fraud.",
      E("State legislators", "support", "law")),
    C("senators backing", "Senators backing the resolution met in Washington.", E("Senators", "support", "resolution")),
    C("protesters demanding", "Protesters demanding the resignation of the president marched in Paris.",
      E("Protesters", "demand", "resignation")),
    C("members of a body opposing", "Members of Congress opposing the war wrote to the president.",
      E("Congress", "oppose", "war")),
    C("nurses demanding pay", "Nurses demanding higher pay gathered outside the hospital.", E("Nurses", "demand", "pay")),
    C("farmers rejecting", "Farmers rejecting the trade deal blocked the highway.", E("Farmers", "oppose", "trade deal")),
    C("students calling for", "Students calling for free tuition occupied the campus.", E("Students", "demand", "tuition")),
    C("residents opposing", "Residents opposing the new airport filed a lawsuit.", E("Residents", "oppose", "airport")),
]

DESCRIBED_CONTROLS = [
    C("a document's participle is its sender's", "Amnesty International sent a letter urging Congress to pass the bill.",
      E("Amnesty International", "demand", "bill"), A("Congress")),
    C("after a comma: the main subject", "Hamas, rejecting the plan, said it would fight on.", E("Hamas", "oppose", "plan")),
    C("an accusation stays claimed", "Iran accused Israel of supporting the rebels.",
      E("Israel", "support", "rebels", claimed_by="Iran")),
]

SUMMED = [
    C("a move condemned by", "Israel closed the crossing, a move condemned by Hamas.", E("Hamas", "oppose", "closure of crossing")),
    C("a step condemned by", "Iran raised its enrichment level, a step condemned by France.",
      E("France", "oppose", "enrichment level")),
    C("a measure criticized by", "The government raised fuel prices, a measure criticized by COSATU.",
      E("Congress of South African Trade Unions", "oppose", "fuel prices"),
      A("Congress of South African Trade Unions", "support")),
    C("a gesture welcomed by", "Russia released ten prisoners, a gesture welcomed by Ukraine.",
      E("Ukraine", "support", "release of ten prisoners")),
    C("a decision denounced by", "The company cut the workers' benefits, a decision denounced by the union.",
      E("union", "oppose", "benefits")),
    C("a move criticised by", "Serbia recalled its ambassador, a move criticised by the European Union.",
      E("European Union", "oppose", "ambassador")),
    C("a step welcomed by", "Turkey extended the ceasefire, a step welcomed by the United Nations.",
      E("United Nations", "support", "extension of ceasefire")),
    C("a decision criticized by", "The Fed raised interest rates, a decision criticized by Trump.",
      E("Trump", "oppose", "interest rates")),
    C("a move welcomed by (a capital)", "Beijing lifted the ban on Australian wine, a move welcomed by Canberra.",
      E("Australia", "support", "ban on Australian wine")),
    C("a move condemned by a bloc", "The junta dissolved parliament, a move condemned by ECOWAS.",
      E("Economic Community of West African States", "oppose", "parliament"),
      xfail="the small parser reads 'dissolved' as a modifier of 'parliament' (no clause verb to sum up)"),
]

SUMMED_CONTROLS = [
    C("a stance summed up: left", "Germany rejected the cuts, a decision welcomed by Cosatu.",
      E("Germany", "oppose", "cuts"), A("Congress of South African Trade Unions")),
    C("a later sentence: no summary", "Israel closed the crossing. The move was condemned by Hamas.", A("Hamas")),
    C("a relative clause, no agent", "Israel closed the crossing, a move that surprised observers.", A("Israel", "oppose")),
    C("a move named as object", "The union condemned the move.", A("union", "support")),
]

ENDORSED = [
    C("endorsed a candidate", "The union endorsed Hillary Clinton.", E("union", "support", "Hillary Clinton")),
    C("in a relative clause", "The Service Employees International Union, which endorsed Hillary Clinton in November, is one of "
      "the more liberal unions.", E("Service Employees International Union", "support", "Hillary Clinton")),
    C("a surname", "Senator Jeanne Shaheen had already endorsed Clinton.", E("Jeanne Shaheen", "support", "Clinton")),
    C("passive", "Clinton was endorsed by the AFL-CIO.", E("AFL-CIO", "support", "Clinton")),
    C("relative, with a date", "The Communications Workers of America, which endorsed Bernie Sanders in December, polled its members.",
      E("Communications Workers of America", "support", "Bernie Sanders")),
    C("a former president", "Former President Barack Obama endorsed Joe Biden on Tuesday.", E("Barack Obama", "support", "Joe Biden")),
    C("for president", "The Teamsters endorsed Donald Trump for president.", E("Teamsters", "support", "Donald Trump")),
    C("future, reported", "Senator Elizabeth Warren will endorse Kamala Harris, her aides said.",
      E("Elizabeth Warren", "support", "Kamala Harris")),
    C("perfect", "Governor Gavin Newsom has endorsed Kamala Harris.", E("Gavin Newsom", "support", "Kamala Harris")),
    C("two candidates", "The New York Times endorsed Amy Klobuchar and Elizabeth Warren.",
      E("New York Times", "support", "Elizabeth Warren"),
      xfail="only the first of two coordinated persons is read as the endorsed candidate"),
    C("an infinitive relative", "Jeff Merkley, the only senator to endorse Bernie Sanders, spoke.",
      E("Jeff Merkley", "support", "Bernie Sanders")),
]

ENDORSED_CONTROLS = [
    C("a plan endorsed: as before", "Germany endorsed the plan.", E("Germany", "support", "plan")),
    C("a state is no candidate", "Trump endorsed Israel.", A("Trump")),
    C("a meeting with a person", "Trump met Hillary Clinton in New York.", A("Trump")),
    C("another verb on a person", "The union thanked Hillary Clinton.", A("union")),
]

INCLUDED = [
    C("including two states", "Several countries, including France and Germany, rejected the plan.",
      E("France", "oppose", "plan"), E("Germany", "oppose", "plan")),
    C("including, an adjective predicate", "Powerful Democratic constituencies, including the Congressional Black Caucus, are "
      "firmly opposed to the change.", E("Congressional Black Caucus", "oppose", "change")),
    C("such as", "Other leaders such as Macron backed the plan.", E("Macron", "support", "plan")),
    C("including, a call", "European states, including Italy, have called for a ceasefire.", E("Italy", "demand", "ceasefire")),
    C("including two, welcomed", "Gulf states, including Qatar and the United Arab Emirates, welcomed the truce.",
      E("Qatar", "support", "truce"), E("United Arab Emirates", "support", "truce")),
    C("including a union", "Several unions, including Cosatu, have rejected the wage offer.",
      E("Congress of South African Trade Unions", "oppose", "wage")),
    C("a group that is an actor, and its member", "The Democrats, including Nancy Pelosi, oppose the bill.",
      E("Democrats", "oppose", "bill"), E("Nancy Pelosi", "oppose", "bill")),
    C("including, no commas", "Western powers including Britain demanded the release of the prisoners.",
      E("United Kingdom", "demand", "release of prisoners")),
    C("such as, set off", "Some senators, such as Joe Manchin, oppose the bill.", E("Joe Manchin", "oppose", "bill")),
    C("including, attending talks", "Several countries, including France, attended the talks in Geneva.",
      E("France", "support", "talks")),
    C("among them", "Many leaders, among them Macron, backed the plan.", E("Macron", "support", "plan"),
      xfail="the small parser hangs 'among them Macron' on the verb, not on the subject"),
    C("including, an armed group", "Armed groups including the FNL refused to sign the accord.", E("FNL", "oppose", "accord"),
      xfail="no stance is read from this sentence: 'Armed groups including the FNL' gives the refusal no holder"),
]

INCLUDED_CONTROLS = [
    C("including an object's members: not holders", "France rejected several proposals, including Germany's plan.",
      A("Germany")),
    C("an including phrase on the verb's object", "Hamas rejected several offers, including one from Qatar.",
      A("Qatar")),
]

# Words of a stance the lexicon lacked ([phrasal] "rid of", "fulminate against", "give seal to").
WORDS = [
    C("wants to get rid of", "Russia wants to get rid of the sanctions.", E("Russia", "oppose", "sanctions")),
    C("vowed to get rid of", "The union vowed to get rid of the new pay scale.", E("union", "oppose", "pay scale")),
    C("sought to get rid of", "Republicans have long sought to get rid of the estate tax.", E("Republicans", "oppose", "estate tax")),
    C("promised to get rid of", "Trump promised to get rid of the Affordable Care Act.", E("Trump", "oppose", "Affordable Care Act")),
    C("called on X to get rid of: the caller's", "The unions called on the government to get rid of the wage freeze.",
      E("unions", "oppose", "wage freeze")),
    C("demanded that X get rid of: not X's", "Iran demanded that Washington get rid of the sanctions.",
      E("Iran", "oppose", "sanctions"), A("United States")),
    C("fulminated against", "Warren fulminated against the trade deal.", E("Warren", "oppose", "trade deal")),
    C("fulminated against a plan", "The CBC fulminated against the plan to scrap superdelegates.", E("CBC", "oppose", "plan")),
    C("gave its seal of approval to", "Germany gave its seal of approval to the plan.", E("Germany", "support", "plan")),
    C("quoted: we should get rid of", "\"We should get rid of superdelegates entirely,\" Merkley said.",
      E("Merkley", "oppose", "superdelegates"),
      xfail="superdelegates are read as a group of people, which names no issue"),
    C("gave X its seal of approval", "Parliament gave the budget its seal of approval.", E("Parliament", "support", "budget"),
      xfail="the thing approved is a dative, which the phrasal reading does not take for 'to'"),
]

# Leaving a country named by a common noun is the withdrawal ([forms] left_places, now with
# "nation"), as leaving a named one is: "will pull out of the country" (not the country opposed).
LEFT_PLACES = [
    C("pull out of the nation", "Siemens will pull out of the Middle Eastern nation.",
      E("Siemens", "support", "withdrawal from Middle Eastern nation"), A("Siemens", "oppose")),
    C("pulled out of the country", "Siemens pulled out of the country.",
      E("Siemens", "support", "withdrawal from country"), A("Siemens", "oppose")),
    C("withdraw from the region", "Russia will withdraw from the region.", E("Russia", "support", "withdrawal from region")),
    C("talks left: opposed", "Iran will pull out of the talks.", E("Iran", "oppose", "talks")),
    C("an agreement left: opposed", "The union pulled out of the agreement.", E("union", "oppose", "agreement")),
]

# Judgements of an action said by the speaker: a "that" clause after an extraposed "it" ("it is
# important that the hostages are released"), an action that "makes sense" ([forms]
# sense_idioms), an action or measure called smart, wise or "the right thing to do" ([predicates]).
JUDGED = [
    C("important that, passive", "\"It is important that the hostages are released,\" Biden said.",
      E("Biden", "support", "release of hostages")),
    C("essential that", "\"It is essential that the sanctions are lifted,\" Lavrov said.", E("Lavrov", "support", "lifting of sanctions")),
    C("important that, reported", "Kerry said it was important that the ceasefire holds.", E("Kerry", "support", "ceasefire")),
    C("important that X have Y", "\"It's important that the elected officials have an official role in the party conventions,\" "
      "said Cardin.", E("Cardin", "support", "official role")),
    C("unacceptable that X continues to V", "\"It is unacceptable that Israel continues to build settlements,\" Abbas said.",
      E("Abbas", "oppose", "construction of settlements")),
    C("makes a lot of sense, a gerund", "\"Lifting the sanctions makes a lot of sense,\" Lavrov said.",
      E("Lavrov", "support", "lifting of sanctions")),
    C("makes sense", "\"The deal makes sense,\" Lavrov said.", E("Lavrov", "support", "deal")),
    C("makes no sense", "\"The deal makes no sense,\" Lavrov said.", E("Lavrov", "oppose", "deal")),
    C("does not make sense", "\"The deal does not make sense,\" Lavrov said.", E("Lavrov", "oppose", "deal")),
    C("makes little sense", "\"Lifting the sanctions makes little sense,\" Lavrov said.",
      E("Lavrov", "oppose", "lifting of sanctions")),
    C("makes a great deal of sense", "\"A ceasefire makes a great deal of sense,\" Lavrov said.", E("Lavrov", "support", "ceasefire")),
    C("the right thing to do", "\"Resuming the talks is the right thing to do,\" Lavrov said.",
      E("Lavrov", "support", "resumption of talks")),
    C("would be wise", "\"Extending the truce would be wise,\" Guterres said.", E("Guterres", "support", "extension of truce")),
    C("smart", "\"The plan is smart,\" Guterres said.", E("Guterres", "support", "plan")),
    C("a smart move", "\"Raising taxes now would be a smart move,\" Warren said.", E("Warren", "support", "taxes")),
    C("unacceptable that X keep V-ing", "\"It is unacceptable that the settlements keep growing,\" Abbas said.",
      E("Abbas", "oppose", "settlements"),
      xfail="'keep' is no aspect verb of [verb_classes] aspectual, so the label is made of 'keep' ('keeping of growing')"),
    C("urgent that X reaches Y", "\"It is urgent that aid reaches Gaza,\" Guterres said.", E("Guterres", "support", "aid"),
      xfail="a 'that' clause with no stance verb, nominalisation or commitment verb names no action to judge"),
]

JUDGED_CONTROLS = [
    C("clear that: a fact", "\"It is clear that Iran violated the deal,\" Pompeo said.", A("Pompeo")),
    C("possible that: a forecast", "\"It is possible that the talks will resume,\" Lavrov said.", A("Lavrov")),
    C("a person called smart", "\"Biden is smart,\" Trump said.", A("Trump")),
    C("'it' makes sense: no thing named", "\"It makes sense,\" Lavrov said.", A("Lavrov")),
    C("a person makes sense", "\"He makes sense,\" Lavrov said.", A("Lavrov")),
    C("makes noise: no idiom", "\"The union makes a lot of noise,\" Lavrov said.", A("Lavrov")),
]

# A bare sum or percentage demanded, asked for, offered or refused is the issue ([forms]
# bargaining_verbs): "the union demanded $500 a month"; other verbs of money state nothing.
AMOUNTS = [
    C("demanded a sum", "The union demanded $500 a month.", E("union", "demand", "$500")),
    C("asked for a sum", "President Obama asked for $1.9 billion to fight Zika.", E("Obama", "demand", "$1.9 billion")),
    C("asked for a sum in aid", "Iran asked for $5 billion in aid.", E("Iran", "demand", "$5 billion")),
    C("rejected a percentage", "The teachers rejected 3 percent.", E("teachers", "oppose", "3 percent")),
    C("seeking a sum", "The union is seeking $20 an hour.", E("union", "support", "$20")),
    C("want a percentage", "The unions want 15 percent over three years.", E("unions", "demand", "15 percent")),
    C("offered a sum", "Zimbabwe offered $300 a month.", E("Zimbabwe", "propose", "$300")),
    C("accepted a sum", "The union accepted $450.", E("union", "support", "$450")),
    C("refused a sum, a state", "Zambia refused $2 billion in aid.", E("Zambia", "oppose", "$2 billion")),
    C("proposed a percentage", "Kenya proposed 10 percent for the teachers.", E("Kenya", "propose", "10 percent")),
]

AMOUNTS_CONTROLS = [
    C("spent a sum", "Russia spent $5 billion on the war.", A("Russia")),
    C("paid a sum", "The union paid $300 in fines.", A("union")),
    C("a rise in prices", "Prices rose 5 percent, Kenya said.", A("Kenya")),
]

# "hopeful" after a copula hopes as the verb does ([forms] wishing_adjectives; the outcome verbs
# of test_stance_hoped_outcomes.py).
HOPEFUL = [
    C("reported: is hopeful X will hold", "Kerry said he is hopeful the ceasefire will hold.", E("Kerry", "support", "ceasefire")),
    C("hopeful that X will last", "Egypt is hopeful that the truce will last.", E("Egypt", "support", "truce")),
    C("quoted: we are hopeful", "\"We are hopeful that the talks will succeed,\" Lavrov said.", E("Lavrov", "support", "talks")),
    C("remains hopeful", "Qatar remains hopeful the negotiations will resume.", E("Qatar", "support", "negotiations")),
    C("hopeful a strike would end", "The union was hopeful the strike would end soon.", E("union", "support", "end of strike")),
    C("hopeful X will fail", "The mediators are hopeful the deal will fail.", E("mediators", "oppose", "deal")),
]

HOPEFUL_CONTROLS = [
    C("hopeful X will not V: none", "Kerry said he was hopeful the talks would not collapse.", A("Kerry")),
    C("a party's act hoped for", "Egypt is hopeful that Hamas will agree.", A("Egypt")),
]

# A negated adjective of interest denies the action after it ([forms] interest_adjectives): "Iran
# is not interested in resuming the talks" opposes the talks (it read support).
INTEREST = [
    C("not interested in resuming", "Iran is not interested in resuming the talks.", E("Iran", "oppose", "talks"),
      A("Iran", "support")),
    C("interested in resuming: as before", "Iran is interested in resuming the talks.", E("Iran", "support", "talks")),
    C("not keen on lifting", "Moscow is not keen on lifting the price cap.", E("Russia", "oppose", "lifting of price cap")),
    C("never interested in signing", "Hamas was never interested in signing the deal.", E("Hamas", "oppose", "deal")),
    C("keen on resuming: as before", "Israel is keen on resuming the talks.", E("Israel", "support", "talks")),
    C("not interested in scrapping: weighed, not opposed", "The senators are not interested in scrapping the rules.",
      E("senators", "consider", "rules"), A("senators", "oppose")),
    C("not eager to: read at the adjective as before", "Iran is not eager to resume the talks.", A("Iran", "support")),
    C("quoted: we are not interested in", "\"We are not interested in resuming the talks,\" Haniyeh said.",
      E("Haniyeh", "oppose", "talks"), A("Haniyeh", "support")),
    C("reported: not interested in", "Putin said Russia was not interested in joining the talks.",
      E("Russia", "oppose", "talks"), A("Russia", "support")),
    C("no longer interested in", "The union is no longer interested in accepting the offer.", E("union", "oppose", "offer"),
      A("union", "support")),
]

WORDS_CONTROLS = [
    C("people got rid of: no issue", "Verizon got rid of 500 workers.", A("Verizon")),
    C("not interested in getting rid of: no opposition", "Even the most reform-hungry senators are not interested in "
      "getting rid of the supermajority rules.", A("hungry senators", "oppose")),
    C("a person to be rid of: no issue", "Hamas wants to get rid of Netanyahu.", A("Hamas")),
]

CASES = INTEREST + HOPEFUL + HOPEFUL_CONTROLS + AMOUNTS + AMOUNTS_CONTROLS + JUDGED + JUDGED_CONTROLS + INCLUDED + INCLUDED_CONTROLS + WORDS + WORDS_CONTROLS + LEFT_PLACES + AGREED_BY + AGREED_BY_CONTROLS + DESCRIBED + DESCRIBED_CONTROLS + SUMMED + SUMMED_CONTROLS + ENDORSED + ENDORSED_CONTROLS


def test_tables_have_enough_cases():
    for table in (AGREED_BY, DESCRIBED, SUMMED, ENDORSED, INCLUDED, WORDS, JUDGED, AMOUNTS, INTEREST):
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_fresh_news_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
