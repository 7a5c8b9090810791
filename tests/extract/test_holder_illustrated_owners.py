"""Whose proposal an item of a list is, found by annotating fresh news of bargaining inside
parties by hand (issue #11, branch freshg), read by the full pipeline; the sentences are our own:

a possessive pronoun on an item set off after a comma with an illustrating word ([forms]
illustrating: "in particular", "including", "especially", "notably") beside a noun a named party
owns stands for that party: "Ryan voiced displeasure with Trump's proposals on immigration, in
particular his proposal for a ban on Muslims" is Trump's proposal, not Ryan's (the pronoun had
gone to the clause's subject, or to a light verb's). Without the illustrating word, or with an
owner that is no named party, the pronoun keeps its own reading.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ILLUSTRATED = [
    C("in particular his", "Paul Ryan voiced displeasure with some of Donald Trump's proposals on immigration, in "
      "particular his proposal for a temporary ban on Muslims.", E("Donald Trump", "propose", "ban on Muslims"),
      A("Paul Ryan", "propose")),
    C("especially his", "Paul Ryan criticized Donald Trump's plans, especially his proposal for a wall.",
      E("Donald Trump", "propose", "wall"), A("Paul Ryan", "propose")),
    C("notably his", "Ryan praised Donald Trump's agenda, notably his plan for tax cuts.",
      E("Donald Trump", "propose", "tax cuts"), A("Ryan", "propose")),
    C("its, a state's", "Germany criticized Russia's demands, in particular its call for a buffer zone.",
      E("Russia", "demand", "buffer zone"), A("Germany", "demand")),
    C("including his", "Lawmakers are still uneasy about Donald Trump's inflammatory statements, including his "
      "proposal to temporarily ban Muslims from entering the country.", E("Donald Trump", "propose", "ban on Muslims")),
    C("particularly her", "Senator Ann Lee attacked Hillary Clinton's platform, particularly her proposal for "
      "higher taxes.", E("Hillary Clinton", "propose", "taxes"), A("Ann Lee", "propose")),
    C("above all his", "Hamas rejected Benjamin Netanyahu's terms, above all his demand for disarmament.",
      E("Benjamin Netanyahu", "demand", "disarmament"), A("Hamas", "demand")),
    C("specifically their", "Italy welcomed the unions' offers, specifically their proposal for a shorter week.",
      E("unions", "propose", "shorter week"), A("Italy", "propose"),
      xfail="a common-noun owner ('the unions'') is not looked for: only a named party owns the list"),
    C("namely his", "The senators rejected Donald Trump's requests, namely his demand for a wall.",
      E("Donald Trump", "demand", "wall"), A("senators", "demand")),
    C("chiefly his", "Paul Ryan welcomed Donald Trump's ideas, chiefly his proposal for a tax cut.",
      E("Donald Trump", "propose", "tax cut"), A("Paul Ryan", "propose")),
]

CONTROLS = [
    C("his own proposal", "Paul Ryan said his proposal for a tax cut would pass.", E("Paul Ryan", "propose", "tax cut")),
    C("no comma", "Paul Ryan backed Donald Trump's plan and his proposal for a wall.", A("Donald Trump", "propose")),
    C("a list of people", "Ryan met Donald Trump's advisers, including his campaign chairman, and defended his "
      "proposal for a tax cut.", E("Ryan", "propose", "tax cut")),
    C("no owner before", "Paul Ryan spoke in Ohio, especially about his proposal for a tax cut.",
      E("Paul Ryan", "propose", "tax cut")),
    C("the speaker's own list", "Paul Ryan outlined his goals, in particular his plan for a tax cut.",
      E("Paul Ryan", "propose", "tax cut")),
    C("unowned noun before", "Paul Ryan criticized the plans, especially the proposal for a wall.",
      A("Paul Ryan", "propose")),
    C("a pronoun owner before", "Paul Ryan criticized their plans, especially his proposal for a tax cut.",
      E("Paul Ryan", "propose", "tax cut")),
    C("a place, not an owner", "Paul Ryan spoke in Donald Trump's Ohio, in particular about his plan for a tax cut.",
      E("Paul Ryan", "propose", "tax cut")),
    C("an owned thing with a verb between", "Paul Ryan read Donald Trump's letter, then in particular defended "
      "his proposal for a tax cut.", E("Paul Ryan", "propose", "tax cut")),
    C("their after two parties", "Germany and France rejected Russia's offer, particularly their ally's proposal.",
      A("Russia", "propose")),
]

CASES = ILLUSTRATED + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (ILLUSTRATED, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_illustrated_owner(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
