""""There is no way X will V" and refusals to compromise (issue #11 item 3). "There is no way we
will accept this deal" refuses the deal (the clause under "no way" is negated) as a red line;
"is not prepared / not willing / unwilling to compromise on X" are red lines as "will not
compromise on X" is ([red_lines] phrases of stance.toml). Controls: "there was no way to reach the
villagers" and "no way of knowing" state no position; "is prepared to compromise" is no red line,
and a reported "refused to compromise" is a plain refusal (as "refused to give up",
test_stance_forms.py).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


NO_WAY = [
    C("quoted: there is no way we will accept", "“There is no way we will accept this deal,” Prime Minister Boris Johnson said.",
      E("Boris Johnson", "oppose", "deal", red_line=True), A("Boris Johnson", "support")),
    C("there is no way X will give up", "There is no way Iran will give up enrichment, Rouhani said.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("reported: there was no way X would stop", "Rouhani said there was no way Iran would stop enrichment.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("quoted: there's no way we will recognize", "“There's no way we will recognize Crimea as Russian,” Zelensky said.",
      E("Zelensky", "oppose", "recognition of Crimea", red_line=True)),
    C("reported: no way it would accept", "The union said there was no way it would accept the pay cut.",
      E("union", "oppose", "pay cut", red_line=True)),
]

COMPROMISE = [
    C("not prepared to compromise", "Iran is not prepared to compromise on its nuclear rights, Araghchi said.",
      E("Iran", "oppose", "nuclear rights", red_line=True)),
    C("not prepared to compromise, quoted", "“We are not prepared to compromise on the right of return,” Haniyeh said.",
      E("Haniyeh", "oppose", "right of return", red_line=True)),
    C("unwilling to compromise", "Netanyahu is unwilling to compromise on the security of Israel, his office said.",
      E("Netanyahu", "oppose", "security", red_line=True)),
    C("reported: not prepared to compromise", "Seoul said it was not prepared to compromise on the sovereignty of the islands.",
      E("South Korea", "oppose", "sovereignty of islands", red_line=True)),
    C("not willing to compromise", "The union is not willing to compromise on its demand for a living wage, its leader Joseph Mathunjwa said.",
      E("union", "demand", "living wage", red_line=True)),
]

CONTROLS = [
    C("no way to reach", "There was no way to reach the villagers, the Red Cross said.", A("Red Cross")),
    C("no way of knowing", "The union said there was no way of knowing how many members would strike.", A("union")),
    C("prepared to compromise", "Iran is prepared to compromise on its nuclear program, Araghchi said.",
      A("Iran", "oppose")),
    C("refused to compromise: a reported refusal", "The union refused to compromise on its demand for a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=False)),
]

CASES = NO_WAY + COMPROMISE + CONTROLS


def test_table_has_enough_cases():
    assert len(NO_WAY) + len(COMPROMISE) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_no_way_and_compromise(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
