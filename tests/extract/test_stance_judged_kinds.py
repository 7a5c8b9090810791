"""Evaluations whose judging word sits before the predicate noun (round `nostance9`, from an
aggregate count of the missed stances: the stance's sentence a copula whose subject is the issue,
the largest single shape of "no stance from its sentence" on the tune and fresh sets).

Two general readings of [predicates]:

- a modifier between the article and a noun the list writes with "an" keeps the article the noun
  takes: "a historic achievement" is "an achievement", "a major obstacle" "an obstacle" (the
  modifiers were dropped before, but the article kept as "a", so no noun of "an" matched);
- a judging adjective of [predicates] before a noun of a course of action or a choice ([forms]
  judged_kinds: "solution", "policy", "move", "gamble", "precedent") judges what the noun is
  said of, as the adjective alone does: "refoulement is an illegal and unethical solution",
  "the tax is bad policy", "pulling out was an irresponsible move". This generalises the listed
  "a terrible idea", "a wise decision", "a smart move".

Nouns of no course of action ("a good day", "a great guy") and adjectives that class a noun
rather than judge it ([forms] classifying_modifiers: "a legal step") give nothing."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ARTICLES = [
    C("a historic achievement", "Guterres said the ceasefire was a historic achievement.", E("Guterres", "support", "ceasefire")),
    C("an incredible opportunity", "Kerry said the trade pact was an incredible opportunity.",
      E("Kerry", "support", "trade pact")),
    C("a real opportunity", "Macron said the summit was a real opportunity for peace.", E("Macron", "support", "summit")),
    C("a major obstacle", "Abbas said the settlements were a major obstacle to peace.", E("Abbas", "oppose", "settlements")),
    C("a serious impediment", "Lavrov said the sanctions were a serious impediment to dialogue.",
      E("Lavrov", "oppose", "sanctions")),
    C("a deliberate affront", "Erdogan said the embargo was a deliberate affront to Turkey.",
      E("Erdogan", "oppose", "embargo")),
    C("a national outrage", "Corbyn said the suspension of Parliament was a national outrage.",
      E("Corbyn", "oppose", "suspension of Parliament")),
    C("a huge achievement", '"The accord is a huge achievement," Kerry said.', E("Kerry", "support", "accord")),
    C("a big obstacle", "Netanyahu said the resolution was a big obstacle to talks.",
      E("Netanyahu", "oppose", "resolution")),
    C("a direct affront", '"These tariffs are a direct affront to our farmers," Trudeau said.',
      E("Trudeau", "oppose", "tariffs")),
]

KINDS = [
    C("an illegal and unethical solution", "Phillips said refoulement is an illegal and unethical solution.",
      E("Phillips", "oppose", "refoulement")),
    C("bad policy", "Warren said the new tax is bad policy.", E("Warren", "oppose", "tax")),
    C("good policy", "Stoehr said the clawback proposal was good policy.", E("Stoehr", "support", "proposal")),
    C("a reckless gamble", '"The wall is a reckless gamble," Senator Schumer said.', E("Schumer", "oppose", "wall")),
    C("a dangerous precedent", "Schumer said the emergency declaration was a dangerous precedent.",
      E("Schumer", "oppose", "emergency declaration")),
    C("an irresponsible move", "Haley said withdrawing the troops was an irresponsible move.",
      E("Haley", "oppose", "withdrawal")),
    C("an unfair deal", "Trump said the treaty was an unfair deal for American workers.", E("Trump", "oppose", "treaty")),
    C("a sensible approach", "Biden said the phased withdrawal was a sensible approach.",
      E("Biden", "support", "withdrawal")),
    C("a constructive step", "Guterres said the prisoner exchange was a constructive step.",
      E("Guterres", "support", "prisoner exchange")),
    C("an unworkable system", '"The quota is an unworkable system," Orban said.', E("Orban", "oppose", "quota")),
    C("a counterproductive measure", "Lavrov said the expulsions were a counterproductive measure.",
      E("Lavrov", "oppose", "expulsions")),
]

CONTROLS = [
    C("a good day", "Smith said Monday was a good day.", A("Smith")),
    C("a great guy", "Warren said Schumer was a great guy.", A("Warren")),
    C("a legal step", "Smith said the appeal was a legal step.", A("Smith")),
    C("a huge step (no judging word)", "Smith said the ban was a huge step.", A("Smith")),
    C("a bad year", "Smith said 2019 was a bad year for farmers.", A("Smith")),
    C("a wonderful person", "Obama said Biden was a wonderful person.", A("Obama")),
    C("a long process", "Kerry said the talks were a long process.", A("Kerry")),
    C("an old friend", "Putin said Erdogan was an old friend.", A("Putin")),
    C("a photo opportunity (another noun)", "Kerry said the summit was a photo opportunity.", A("Kerry", "support")),
]


def test_table_has_enough_cases():
    assert len(ARTICLES) >= 10 and len(KINDS) >= 10
    every = ARTICLES + KINDS + CONTROLS
    assert len({c.text for c in every}) == len(every), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(ARTICLES + KINDS + CONTROLS)))
def test_judged_kind(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
