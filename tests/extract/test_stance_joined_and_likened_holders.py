"""Holders a stance's cue was found for but not reached (issue #11, round `nostance8`: the "no
stance from its sentence" misses of the fresh sets whose cue was read with too few holders), in our
own words.

- A verb of joining another in a stance stated in its "in" phrase ([forms] joining_verbs):
  "Manchin joined Tester in opposing the bill" (Tester holds it too), "Tester was joined by
  Manchin in opposing the bill" (Tester, the passive subject, beside the agent), "Smith joined
  the Republicans in their calls for a repeal" (who joins holds the call). Not when the stance is
  outside the "in" phrase ("joined Tester in Iowa to oppose the bill": Tester named no stance),
  nor a plain "joined the talks" or "joined the Senate in 2010".
- A subject likened to another party set off by commas ("Sanders, like Warren, opposes the deal":
  both; `LIKENING_PREPS`), also when the parser hangs the first name on the verb as a noun
  modifier ("Senator Smith, like Senator Jones, opposes the tax"). Not a manner ("spoke like a
  preacher about the deal").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

JOINED = [
    C("joined Y in V-ing", "Senator Joe Manchin joined Senator Jon Tester in opposing the gun bill.",
      E("Joe Manchin", "oppose", "gun bill"), E("Jon Tester", "oppose", "gun bill")),
    C("was joined by Y in V-ing", "Senator Jon Tester was joined by Senator Joe Manchin in opposing the gun bill.",
      E("Jon Tester", "oppose", "gun bill"), E("Joe Manchin", "oppose", "gun bill")),
    C("joined a country in rejecting", "Germany joined France in rejecting the tariffs.",
      E("Germany", "oppose", "tariffs"), E("France", "oppose", "tariffs")),
    C("was joined by two in rejecting", "France was joined by Germany and Italy in rejecting the tariffs.",
      E("France", "oppose", "tariffs"), E("Germany", "oppose", "tariffs"), E("Italy", "oppose", "tariffs")),
    C("joined Y in endorsing", "The Teamsters joined the AFL-CIO in endorsing Hillary Clinton.",
      E("Teamsters", "support", "Hillary Clinton"), E("AFL-CIO", "support", "Hillary Clinton")),
    C("joined Y in calling for", "Senator Chuck Schumer joined Senator Elizabeth Warren in calling for a ban on assault weapons.",
      E("Chuck Schumer", "demand", "ban on assault weapons"), E("Elizabeth Warren", "demand", "ban on assault weapons")),
    C("joined Y in its demand for", "Mexico joined Canada in its demand for an end to the steel tariffs.",
      E("Mexico", "demand", "steel tariffs")),
    C("joined Y in its call for", "The NAACP joined the ACLU in its call for a moratorium on executions.",
      E("NAACP", "demand", "moratorium on executions")),
    C("joined Y in their calls for", "Senator Smith joined the Republicans in their calls for a repeal of the tax.",
      E("Smith", "demand", "repeal of tax")),
    C("were joined by Y in V-ing", "The nurses were joined by the Teamsters in opposing the hospital merger.",
      E("Teamsters", "oppose", "hospital merger"), E("nurses", "oppose", "hospital merger")),
    C("was joined by Y in backing", "Governor Andrew Cuomo was joined by Mayor Bill de Blasio in backing the minimum wage increase.",
      E("Andrew Cuomo", "support", "minimum wage increase"), E("Bill de Blasio", "support", "minimum wage increase")),
]

JOINED_CONTROLS = [
    C("joined Y elsewhere, then to V", "Senator Joe Manchin joined Senator Jon Tester in Iowa to oppose the gun bill.",
      E("Joe Manchin", "oppose", "gun bill"), A("Jon Tester")),
    C("joined the Senate in a year", "Senator Joe Manchin joined the Senate in 2010.", A("Joe Manchin")),
    C("joined Y on stage", "Senator Joe Manchin joined Senator Jon Tester on stage in Philadelphia.",
      A("Jon Tester"), A("Joe Manchin")),
]

LIKENED = [
    C("X, like Y, opposes", "Senator Bernie Sanders, like Senator Elizabeth Warren, opposes the trade deal.",
      E("Bernie Sanders", "oppose", "trade deal"), E("Elizabeth Warren", "oppose", "trade deal")),
    C("a country, like another, rejects", "Germany, like France, rejects the tariffs.",
      E("Germany", "oppose", "tariffs"), E("France", "oppose", "tariffs")),
    C("X, like Y, supports", "The AFL-CIO, like the Teamsters, supports the minimum wage increase.",
      E("AFL-CIO", "support", "minimum wage increase"), E("Teamsters", "support", "minimum wage increase")),
    C("a first name hung as a modifier", "Senator Smith, like Senator Jones, opposes the tax.",
      E("Smith", "oppose", "tax"), E("Jones", "oppose", "tax")),
    C("X, like many Y, opposes", "Clinton, like many Democrats, opposes the trade deal.",
      E("Clinton", "oppose", "trade deal")),
    C("X, like Y, wants", "Senator Ted Cruz, like Governor John Kasich, wants a tougher stance on Iran.",
      E("Ted Cruz", "demand", "Iran"), E("John Kasich", "demand", "Iran"),
      xfail="a quality of a stance ('a tougher stance on Iran') names no issue of its own"),
]

LIKENED_CONTROLS = [
    C("spoke like Y", "Senator Bernie Sanders spoke like a preacher about the trade deal.", A("Bernie Sanders")),
    C("groups like Y", "Groups like the ACLU oppose the death penalty.", E("ACLU", "oppose", "death penalty")),
]

CASES = JOINED + JOINED_CONTROLS + LIKENED + LIKENED_CONTROLS


def test_tables_have_enough_cases():
    assert len(JOINED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_joined_and_likened_holder(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
