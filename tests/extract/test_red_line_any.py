"""Categorical refusals of "any" X (issue #11): "will not recognize any occupied territories"
(the gold conventions' own example), "would not accept any deal that ...", "will not tolerate any
interference" are red lines, with a verb of accepting (any_refusal_verbs in [red_line_forms] of
stance.toml). "X will never be renegotiated" joins the passive red lines. Controls: a refusal of
"any" with another verb ("will not pay any dividends", "will not allow any vehicles") and a past
("did not accept any of the proposals") are no red lines.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


ANY = [
    C("not accept any", "The Taliban will not accept any foreign troops on Afghan soil, Mujahid said.",
      E("Taliban", "oppose", "foreign troops", red_line=True)),
    C("not accept any deal that", "Hamas said it would not accept any deal that does not end the war.",
      E("Hamas", "oppose", "deal", red_line=True)),
    C("not recognize any", "Ukraine will not recognize any referendum held in occupied territory, Kuleba said.",
      E("Ukraine", "oppose", "recognition of referendum", red_line=True)),
    C("not recognize any, quoted", "“We will not recognize any occupied territories as Russia's,” Zelensky said.",
      E("Zelensky", "oppose", "recognition of occupied territories", red_line=True)),
    C("not tolerate any", "Beijing will not tolerate any attempt to split Taiwan from China, Wang Yi said.",
      E("China", "oppose", "Taiwan", red_line=True)),
    C("not accept any cuts", "The union said it would not accept any job cuts.",
      E("union", "oppose", "job cuts", red_line=True)),
    C("not entertain any", "Iran will not entertain any proposal to limit its missile program, Zarif said.",
      E("Iran", "oppose", "missile program", red_line=True)),
    C("cannot accept any", "Seoul cannot accept any Japanese claim to the islands, Moon said.",
      E("South Korea", "oppose", "claim", red_line=True)),
    C("not cede any", "Kim Jong Un said North Korea would not cede any ground on its nuclear program.",
      E("North Korea", "oppose", "nuclear program", red_line=True)),
    C("passive: never be renegotiated", "Juncker said the Withdrawal Agreement will never be renegotiated.",
      E("Juncker", "oppose", "Withdrawal Agreement", red_line=True)),
]

CONTROLS = [
    C("any with another verb", "The company will not pay any dividends this year, the chief executive said.",
      A("company")),
    C("allow any", "Police will not allow any vehicles in the area, the city said.", A("Police")),
    C("a past refusal", "Britain did not accept any amendments to the bill, Barnier said.",
      E("United Kingdom", "oppose", "amendments", red_line=False)),
]

CASES = ANY + CONTROLS


def test_table_has_enough_cases():
    assert len(ANY) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_refusal_of_any(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
