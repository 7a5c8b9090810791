"""Verbs and idioms news uses to take a side that the tables missed (issue #11, stances in the
forms news uses), read by the full pipeline:

- an answer given to a thing: "the union said no to the pay offer", "Britain said yes to the
  deal", "voters said no to the quota" ([forms] answering_verbs and answers in stance.toml);
- verbs of attack and praise ("blasted the trade deal", "disputed the account of the talks",
  "touted the agreement") and phrases ("hit out at", "disagreed with",
  "pressed ahead with");
- an idiom whose "to" the parser makes a dative: "gave the green light to the merger" is on the
  merger, not on a "green light".

Controls: the same words with no answer, a literal sense, or a person answered.
Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ANSWERS = [
    C("said no to", "The transport union said no to the latest pay offer.",
      E("transport union", "oppose", "pay")),
    C("said yes to", "Britain said yes to the fisheries deal on Friday.",
      E("United Kingdom", "support", "fisheries")),
    C("says no to, present", "Hungary says no to the migrant quotas.",
      E("Hungary", "oppose", "migrant quotas")),
    C("voters said no to", "Swiss voters said no to the immigration cap.",
      E("Swiss voters", "oppose", "immigration cap")),
    C("has said no to", "Poland has said no to the emissions target.",
      E("Poland", "oppose", "emissions target")),
    C("would say yes to", "Sinn Fein said it would say yes to a border poll.",
      E("Sinn Fein", "support", "border poll")),
    C("said a firm no to", "The nurses' union said a firm no to the new rota system.",
      E("nurses' union", "oppose", "rota system"),
      xfail="'a firm no' is parsed as a noun phrase object of 'said': no answer word on the verb"),
    C("will say no to", "Athens will say no to any further austerity.",
      E("Greece", "oppose", "austerity")),
    C("voted no on", "Greek voters voted no on the bailout terms.",
      E("Greek voters", "oppose", "bailout terms")),
    C("voted yes on", "Irish voters voted yes on the treaty in the second referendum.",
      E("Irish voters", "support", "treaty")),
    C("quickly said no to", "Madrid quickly said no to the independence referendum.",
      E("Spain", "oppose", "independence referendum")),
]

VERBS = [
    C("blasted", "Senator Elizabeth Warren blasted the trade deal with Mexico.",
      E("Elizabeth Warren", "oppose", "trade deal")),
    C("assailed", "The opposition assailed the government's austerity budget.",
      E("opposition", "oppose", "austerity budget")),
    C("derided", "Moscow derided the sanctions as pointless.",
      E("Russia", "oppose", "sanctions")),
    C("disputed", "North Korea disputed the American account of the Stockholm talks.",
      E("North Korea", "oppose", "account")),
    C("touted", "Beijing touted the trade agreement as a win for both sides.",
      E("China", "support", "trade agreement")),
    C("hit out at", "The Labour Party hit out at the proposed welfare cuts.",
      E("Labour Party", "oppose", "welfare cuts")),
    C("disagreed with", "Germany disagreed with the French plan to raise tariffs.",
      E("Germany", "oppose", "tariffs")),
    C("pressing ahead with", "General Motors is pressing ahead with the closure of the plant.",
      E("General Motors", "support", "closure of plant")),
    C("pushed ahead with", "Israel pushed ahead with the annexation plan despite the protests.",
      E("Israel", "support", "annexation")),
    C("gave the green light to", "The European Commission gave the green light to the merger.",
      E("European Commission", "support", "merger"), A("European Commission", "consider")),
]

CONTROLS = [
    C("said no more", "The union said nothing to the press about the offer.",
      A("union")),
    C("answer to a person", "The minister said no to Hamas.",
      A("Hamas")),
    C("literal blast", "Police blasted the protesters with water cannon.",
      A("Police"), A("police")),
    C("disputed as a modifier", "The Chinese navy patrolled the disputed waters.",
      A("China")),
    C("a proposal to enact", "Ukraine accepted a U.S. proposal to enact a ceasefire and enter into negotiations.",
      E("United States", "propose", "negotiations")),
    C("said yes, no object", "Asked whether talks would resume, Lavrov said yes.",
      A("Sergey Lavrov"), A("Lavrov")),
]

CASES = ANSWERS + VERBS + CONTROLS


def test_table_has_enough_cases():
    assert len(ANSWERS) >= 10 and len(VERBS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_news_verb(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
