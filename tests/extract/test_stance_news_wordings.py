"""Wordings news uses to take a side that the tables missed (issue #11, stances in the forms news
uses, fifth round), read by the full pipeline:

- hopes and shifts of mood toward a thing: "is hoping for a ceasefire" (the small model's
  lemmatizer makes "hoping" "hop": the phrasal table is read from the inflected form too),
  "warmed to the idea of", "stands behind", "frowned on", "shelved" ("rallied behind" left out:
  news rallies behind teams and leaders);
- a stance noun handed over by a light verb: "gave its backing to", "lent its support to",
  "took issue with", "added a call for", "extended an offer of"; "scoffed at";
- adjectives of a view held of a thing: "supportive of", "critical of", "wary of", "sceptical
  about" (only on a measure, talks or an agreement); "is committed to the plan", parsed as a
  passive of "commit to", is the adjective's stance, held by the subject;
- a proposal or demand whose issue is the noun before it: "Egypt's truce proposal";
- the author of a bill or a resolution: "sponsored the bill", "drafted a resolution";
- a name made a kind by a hyphenated modifier is an issue: "opposes a no-deal Brexit";
- a result particle the parser reads as an adverb, a small clause or a preposition with no
  object: "declared the strike (officially) over" is "declare over", the end of the strike, not a
  strike declared.

A hope or a mood is one side's: "hoped for a trade deal with Britain" says nothing of
Britain (not as "agreed to a trade deal with Britain").
Controls: the same words with a person, a place, a date or an event as object, a literal sense,
or a sponsorship. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

HOPES = [
    C("is hoping for", "Ukraine is hoping for a quick ceasefire.",
      E("Ukraine", "support", "ceasefire")),
    C("hoped for", "Germany hoped for a compromise on the budget.",
      E("Germany", "support", "compromise")),
    C("had hoped for, partner", "Kenya had hoped for a trade deal with Britain.",
      E("Kenya", "support", "trade deal"), A("United Kingdom")),
    C("hopes for", "Serbia hopes for an early end to the sanctions.",
      E("Serbia", "support", "end to sanctions")),
    C("warmed to", "Britain warmed to the idea of a customs union.",
      E("United Kingdom", "support", "customs union")),
    C("stands behind", "Germany stands behind the reform plan.",
      E("Germany", "support", "reform")),
    C("frowned on", "Finland frowned on the proposal.",
      E("Finland", "oppose", "proposal")),
    C("shelved", "Belgium shelved its plans for a motorway toll.",
      E("Belgium", "oppose", "motorway toll")),
    C("stood behind", "The Labour Party stood behind the strike.",
      E("Labour Party", "support", "strike")),
    C("caved in to", "The government caved in to the demands of the strikers.",
      E("government", "support", "demands"),
      xfail="'the demands of the strikers' names no issue: the demands' content is elsewhere"),
]

LIGHT_NOUNS = [
    C("gave its backing to", "Japan gave its backing to the proposal.",
      E("Japan", "support", "proposal")),
    C("gave its support to", "Canada gave its support to the peace plan.",
      E("Canada", "support", "peace plan")),
    C("lent its support to", "Italy lent its support to the bid.",
      E("Italy", "support", "bid")),
    C("took issue with", "Austria took issue with the proposal.",
      E("Austria", "oppose", "proposal")),
    C("extended an offer of", "Ford extended an offer of a 3% raise.",
      E("Ford", "propose", "3% raise")),
    C("scoffed at", "The union scoffed at the pay offer.",
      E("union", "oppose", "pay")),
    C("added a call for", "Howie Hawkins added a call for the abolition of nuclear weapons.",
      E("Howie Hawkins", "demand", "abolition of nuclear weapons")),
]

VIEWS = [
    C("supportive of", "Ireland is supportive of the plan.",
      E("Ireland", "support", "plan")),
    C("critical of", "Malta is critical of the plan.",
      E("Malta", "oppose", "plan")),
    C("highly critical of", "Ireland has been highly critical of the sanctions.",
      E("Ireland", "oppose", "sanctions")),
    C("wary of", "Hungary is wary of the pact.",
      E("Hungary", "oppose", "pact")),
    C("sceptical of", "Poland is sceptical of the deal.",
      E("Poland", "oppose", "deal")),
    C("skeptical about", "Chile is skeptical about the trade agreement.",
      E("Chile", "oppose", "trade agreement")),
    C("suspicious of", "Austria remains suspicious of the agreement.",
      E("Austria", "oppose", "agreement")),
    C("enthusiastic about", "Denmark was enthusiastic about the treaty.",
      E("Denmark", "support", "treaty")),
    C("committed to, passive parse", "Slovenia is committed to the plan.",
      E("Slovenia", "support", "plan")),
]

NOUN_ISSUES = [
    C("owner's truce proposal", "Egypt's truce proposal was accepted.",
      E("Egypt", "propose", "truce")),
    C("truce proposal by", "A truce proposal by Egypt was accepted.",
      E("Egypt", "propose", "truce")),
    C("accepted owner's truce proposal", "Hamas accepted Egypt's truce proposal.",
      E("Egypt", "propose", "truce"), E("Hamas", "support", "truce")),
    C("sanctions proposal", "Germany's sanctions proposal was rejected.",
      E("Germany", "propose", "sanctions")),
    C("ceasefire offer from", "The ceasefire offer from Qatar was accepted.",
      E("Qatar", "propose", "ceasefire"),
      xfail="the parser makes 'ceasefire' no compound of 'offer': no issue for the offer"),
]

AUTHORS = [
    C("sponsored the bill", "Senator Terri Collins sponsored the bill.",
      E("Terri Collins", "propose", "bill")),
    C("who sponsored the bill", "Representative Terri Collins, who sponsored the bill, spoke on Monday.",
      E("Terri Collins", "propose", "bill")),
    C("was sponsored by", "The bill was sponsored by Senator Susan Collins.",
      E("Susan Collins", "propose", "bill")),
    C("drafted a resolution", "France drafted a resolution calling for a ceasefire.",
      E("France", "propose", "ceasefire")),
]

KINDS = [
    C("opposes a no-deal Brexit", "Jeremy Corbyn opposes a no-deal Brexit.",
      E("Jeremy Corbyn", "oppose", "no-deal Brexit")),
    C("voted against a no-deal Brexit", "The British Parliament voted against a no-deal Brexit.",
      E("UK Parliament", "oppose", "no-deal Brexit")),
]

DECLARED_OVER = [
    C("declared the strike over", "The union declared the strike over.",
      E("union", "support", "end of strike")),
    C("declared its walkout officially over", "The nurses' union declared its walkout officially over.",
      E("nurses' union", "support", "end of walkout")),
    C("declared their strike over", "The miners declared their strike over after five months.",
      E("miners", "support", "end of strike")),
    C("declared quoted over", "The dockers' union declared its stoppage “officially over” on Friday.",
      E("union", "support", "end of stoppage")),
    C("declared a strike", "The union declared a strike on Monday.",
      E("union", "support", "strike")),
]

CONTROLS = [
    C("stood behind a barrier", "Police stood behind the barrier.",
      A("Police"), A("police")),
    C("rallied behind a team", "Brazil rallied behind the team.",
      A("Brazil")),
    C("took issue with a person", "Germany took issue with Emmanuel Macron.",
      A("Germany", "oppose")),
    C("critical to", "Germany said the deal is critical to its economy.",
      A("Germany", "oppose")),
    C("critical of a person", "Malta is critical of the president.",
      A("Malta")),
    C("wary of a country", "Estonia is wary of China.",
      A("Estonia")),
    C("sceptical of a forecast", "Poland is sceptical of the forecast.",
      A("Poland")),
    C("committed by an agent", "The money was committed to the project by the World Bank.",
      A("World Bank")),
    C("sponsored an event", "The concert was sponsored by Coca-Cola.",
      A("Coca-Cola")),
    C("sponsored a cup", "Coca-Cola sponsored the World Cup.",
      A("Coca-Cola")),
    C("wrote a letter", "Senator Susan Collins wrote a letter to the president.",
      A("Susan Collins", "propose")),
    C("extended a deadline", "Norway extended the deadline by a week.",
      A("Norway")),
    C("declared a match over", "The referee declared the match over.",
      A("referee")),
    C("added that", "Germany added that it would wait.",
      A("Germany")),
    C("a dated proposal", "The January proposal was rejected by Hamas.",
      A("Hamas", "propose")),
    C("a named proposal", "Hamas rejected the Egyptian proposal.",
      A("Hamas", "propose"), A("Hamas", "support")),
    C("hoped for a partner", "Kenya hoped for a visit from Britain.",
      A("United Kingdom")),
]

CASES = HOPES + LIGHT_NOUNS + VIEWS + NOUN_ISSUES + AUTHORS + KINDS + DECLARED_OVER + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) - len(CONTROLS) >= 30 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_news_wording(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
