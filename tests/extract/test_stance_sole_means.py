"""The one means to an end (issue #11): "the crisis can only be resolved through negotiations",
"dialogue is the only way to end the conflict", "there is no alternative to the Minsk
agreements": whoever says so supports the means (`sole_means`, `sole_words`, `sole_means_preps`,
`no_alternative` in stance.toml [forms]). Controls: a means that is an actor ("by Congress"), a
vehicle or a place ("by ferry", "through the northern gate"), a means denied ("is not the only
way"), an action that names no measure."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SOLE_MEANS = [
    C("can only be resolved through", "Lavrov said the crisis can only be resolved through negotiations.",
      E("Lavrov", "support", "negotiations")),
    C("it is only possible to V through", "Kerry said it is only possible to resolve the issue through full "
      "implementation of the Minsk agreements.", E("Kerry", "support", "implementation of Minsk agreements")),
    C("X is the only way to V", "Dialogue is the only way to end the conflict, Erdogan said.",
      E("Erdogan", "support", "dialogue")),
    C("the only way to V is through X", "Erdogan said the only way to end the war is through negotiations.",
      E("Erdogan", "support", "negotiations")),
    C("remains the sole path to", "Abbas said a two-state solution remains the sole path to peace.",
      E("Abbas", "support", "two-state solution")),
    C("could be achieved only through", "Putin said peace could be achieved only through direct talks with Kyiv.",
      E("Putin", "support", "direct talks")),
    C("is the only way forward", "\"A negotiated settlement is the only way forward,\" Guterres said.",
      E("Guterres", "support", "settlement")),
    C("settled solely through", "Beijing said the Korean nuclear issue must be settled solely through dialogue.",
      E("China", "support", "dialogue")),
    C("there is no alternative to", "The Kremlin said there was no alternative to the Minsk agreements.",
      E("Russia", "support", "Minsk agreements")),
    C("settled only by (a means, passive)", "Erdogan said the dispute can only be settled by arbitration.",
      E("Erdogan", "support", "arbitration")),
    C("the only option is to V X", "Macron said the only option is to negotiate a settlement with Moscow.",
      E("Macron", "support", "settlement")),
    C("the only solution to", "The union said a wage increase was the only solution to the dispute.",
      E("union", "support", "wage increase"),
      xfail="'increase' is no measure noun by its ending or the taxonomy, and any noun would let vehicles in"),
]

CONTROLS = [
    C("only by an actor", "Pelosi said the matter can only be resolved by Congress.", A("Pelosi")),
    C("only way is by a vehicle", "Erdogan said the only way to reach the island is by ferry.", A("Erdogan")),
    C("a means denied", "Sanders said military force is not the only way to deal with Iran.", A("Sanders")),
    C("only through a place", "Erdogan said the only way into the city was through the northern gate.", A("Erdogan")),
    C("a deed that names no measure", "Erdogan said working with animals is the only way to study the brain.",
      A("Erdogan")),
    C("the only path is X: a red-line demand, not also a support",
      "Lavrov said the only path to peace was a two-state solution.",
      E("Lavrov", "demand", "two-state solution", red_line=True), A("Lavrov", "support")),
    C("the only solution is X: a red-line demand, not also a support",
      "Abbas said the only solution is a two-state solution.",
      E("Abbas", "demand", "two-state solution", red_line=True), A("Abbas", "support")),
    C("not only, a report", "Erdogan said the talks were held not only in Ankara but also in Doha.", A("Erdogan", "support")),
]

CASES = SOLE_MEANS + CONTROLS


def test_table_has_enough_cases():
    assert len(SOLE_MEANS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_sole_means(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
