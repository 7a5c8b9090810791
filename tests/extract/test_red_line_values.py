"""A value its holder defends, said to be a red line, inviolable, non-negotiable or not negotiable,
is what the holder will not compromise on: "calling territorial integrity a non-negotiable red
line", "our sovereignty is our red line", "its territorial integrity is inviolable", "its
sovereignty is not negotiable" all oppose "compromise on" the value, a red line ([values] nouns in
models/lexicons/stance.toml; `_issues_of` in stance/reading.py), as "will not give up its nuclear
rights" opposes giving them up (gold README), and as the gold codes "calling territorial integrity a
non-negotiable red line" (opposition to territorial concessions). One reading for every predicate:
before, "is not negotiable" opposed compromise while "is inviolable" and "is a red line" demanded
the value. Controls: a change the holder refuses ("NATO expansion is a red line"), a value named as
another's ("Taiwan independence", "Kosovo's independence") stay opposed, without "compromise";
refusing to cede territory opposes giving it up, the territory named.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


HELD = [
    C("calling X a non-negotiable red line",
      "Zelensky made it clear that Ukraine would not cede any territory to Russia, calling territorial integrity "
      "a non-negotiable \"red line.\"",
      E("Zelensky", "oppose", "compromise on territorial integrity", red_line=True), A("Zelensky", "demand")),
    C("quoted: X is our red line", "“Our sovereignty is our red line,” Zelensky said.",
      E("Zelensky", "oppose", "compromise on sovereignty", red_line=True)),
    C("called its X a red line", "Serbia called its territorial integrity a red line.",
      E("Serbia", "oppose", "compromise on territorial integrity", red_line=True)),
    C("remains a red line", "Armenia said its independence remains a red line.",
      E("Armenia", "oppose", "compromise on independence", red_line=True)),
    C("quoted: a red line for us", "“Territorial integrity is a red line for us,” Aliyev said.",
      E("Aliyev", "oppose", "compromise on territorial integrity", red_line=True)),
    C("described X as a red line", "Azerbaijan described territorial integrity as a red line.",
      E("Azerbaijan", "oppose", "compromise on territorial integrity", red_line=True)),
    C("a line in the sand", "Moldova said its neutrality is a line in the sand.",
      E("Moldova", "oppose", "compromise on neutrality", red_line=True)),
    C("the value of its members", "The union said the dignity of its members is a red line.",
      E("union", "oppose", "compromise on dignity of members", red_line=True)),
    C("described its X as a red line", "Baku described its sovereignty as a red line.",
      E("Azerbaijan", "oppose", "compromise on sovereignty", red_line=True)),
    C("a red line for a group named", "Cyprus said its sovereignty was a red line for the Greek Cypriots.",
      E("Cyprus", "oppose", "compromise on sovereignty", red_line=True),
      xfail="a red line 'for' a named group yields no stance at all"),
    C("inviolable", "Serbia said its territorial integrity was inviolable.",
      E("Serbia", "oppose", "compromise on territorial integrity", red_line=True), A("Serbia", "demand")),
    C("non-negotiable", "Georgia said its sovereignty is non-negotiable.",
      E("Georgia", "oppose", "compromise on sovereignty", red_line=True), A("Georgia", "demand")),
    C("sacrosanct", "Finland said its neutrality was sacrosanct.",
      E("Finland", "oppose", "compromise on neutrality", red_line=True)),
    C("not up for negotiation", "Taipei said its freedom is not up for negotiation.",
      E("Taiwan", "oppose", "compromise on freedom", red_line=True)),
]

CONTROLS = [
    C("a change refused", "Moscow said NATO expansion was a red line for Russia.",
      E("Russia", "oppose", "NATO expansion", red_line=True)),
    C("another's value", "Beijing said Taiwan independence is a red line.",
      E("China", "oppose", "Taiwan independence", red_line=True), A("China", "demand")),
    C("another's value, possessive", "Kosovo's independence is a red line, the Serbian president said.",
      E("Serbia", "oppose", "independence", red_line=True), A("Serbia", "demand")),
    C("no value: an activity", "Abbas said the privatisation of water remains a red line.",
      E("Abbas", "oppose", "privatisation of water", red_line=True)),
    C("another predicate", "Kyiv says its sovereignty is not negotiable.",
      E("Ukraine", "oppose", "compromise on sovereignty", red_line=True)),
    C("not ceding territory", "Ukraine would not cede any territory, Zelensky said.",
      E("Ukraine", "oppose", "territory", red_line=True)),
]

CASES = HELD + CONTROLS


def test_table_has_enough_cases():
    assert len(HELD) >= 8
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_red_line_on_a_value(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
