"""A thing that must meet the holder's red lines (issue #11 item 3): "a comprehensive agreement
that meets our bottom lines", "an agreement that respects its red lines", "a deal that satisfies
Iran's red lines" demand the agreement as a red line: held by the lines' owner when named, else by
who wants or accepts the thing, else by whoever says so (meet_red_line in [forms] of
stance.toml). Controls: a past ("a deal that met its red lines") reports an outcome, a negated
verb names no demand.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


MET = [
    C("quoted: meets our bottom lines",
      "“We do see a path forward to get a comprehensive agreement that meets our bottom lines,” Kerry said.",
      E("Kerry", "demand", "comprehensive agreement", red_line=True)),
    C("quoted: respects our red lines", "“We want an agreement that respects our red lines,” Abbas said.",
      E("Abbas", "demand", "agreement", red_line=True)),
    C("a named owner", "Tehran is ready for a deal that satisfies Iran's red lines, Araghchi said.",
      E("Iran", "demand", "deal", red_line=True)),
    C("reported: accept only an agreement that respects",
      "Netanyahu said Israel would only accept an agreement that respects its red lines.",
      E("Israel", "demand", "agreement", red_line=True)),
    C("wants a settlement that meets its bottom line",
      "The union wants a settlement that meets its bottom line, its leader Joseph Mathunjwa said.",
      E("union", "demand", "settlement", red_line=True)),
    C("sign only a deal that respects", "Zelensky said Ukraine would sign only a peace deal that respects Ukraine's red lines.",
      E("Ukraine", "demand", "peace deal", red_line=True)),
    C("quoted: honours our red lines", "“We are seeking a deal that honours our red lines,” Lavrov said.",
      E("Lavrov", "demand", "deal", red_line=True)),
    C("reported: reflects its red lines", "Pyongyang said it wants an agreement that reflects its red lines.",
      E("North Korea", "demand", "agreement", red_line=True)),
]

CONTROLS = [
    C("a past", "Iran signed a deal that met its red lines.",
      E("Iran", "support", "deal", red_line=False), A("Iran", "demand")),
    C("negated", "“We want an agreement that does not respect anyone's red lines,” Abbas said.",
      E("Abbas", "demand", "agreement", red_line=False)),
]

CASES = MET + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_red_lines_met(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
