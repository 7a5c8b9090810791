"""Red lines stated in the passive (issue #11): "X will never be V-ed" with a verb of conceding
(recognize, accept, divide, hand over, give up, dismantle, negotiate, compromise, return ...)
said by an actor, or with the actor as agent ("... by Serbia"), is that actor's red line against
the V-ing of X; with a plain "not" only a verb of giving up is ("cannot be bargained away", as
"will not give up X" is), else it is a plain refusal, as "will not accept X" is. Controls: a past ("was never ratified", "has never been recognized") is history,
a hedge ("may never be accepted") a guess, a recipient ("will never be given a chance") gives
nothing up, and a verb that concedes nothing ("will not be opened until next week") is a
schedule: none is a red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


PASSIVES = [
    C("never be recognized", "Zelensky said the occupied territories will never be recognized as Russian.",
      E("Zelensky", "oppose", "recognition of occupied territories", red_line=True)),
    C("never be divided", "Netanyahu said Jerusalem would never be divided.",
      E("Netanyahu", "oppose", "Jerusalem", red_line=True)),
    C("never be accepted", "Taiwan's independence will never be accepted, Beijing said.",
      E("China", "oppose", "independence", red_line=True)),
    C("never be dismantled", "“Our nuclear program will never be dismantled,” Khamenei said.",
      E("Khamenei", "oppose", "dismantling of nuclear program", red_line=True)),
    C("never be handed over", "Lavrov said the islands would never be handed over to Japan.",
      E("Lavrov", "oppose", "islands", red_line=True)),
    C("agent names the holder", "Kosovo's independence will never be recognized by Serbia, Vucic said.",
      E("Serbia", "oppose", "recognition of independence", red_line=True)),
    C("cannot be bargained away", "The union said the pension rights of its members cannot be bargained away.",
      E("union", "oppose", "pension rights", red_line=True)),
    C("never be given up", "Abbas said the right of return would never be given up.",
      E("Abbas", "oppose", "right of return", red_line=True)),
    C("never be negotiated", "Our sovereignty will never be negotiated, Maduro said.",
      E("Maduro", "oppose", "sovereignty", red_line=True)),
    C("never be returned", "The Golan Heights will never be returned to Syria, Netanyahu said.",
      E("Netanyahu", "oppose", "Golan Heights", red_line=True)),
    C("cannot be compromised", "Turkey's rights in the Eastern Mediterranean cannot be compromised, Ankara said.",
      E("Turkey", "oppose", "rights", red_line=True)),
]

CONTROLS = [
    C("past: history", "The treaty was never ratified by the Senate.", A("Senate")),
    C("perfect: history", "The territory has never been recognized by the United Nations.", A("United Nations")),
    C("hedge: a guess", "The deal may never be accepted by parliament, Reuters reported.",
      A("parliament", "oppose")),
    C("recipient, nothing given up", "The prize will never be given to Putin, the Nobel Committee said.",
      A("Nobel Committee")),
    C("schedule, nothing conceded", "The border crossing will not be opened until next week, Egypt said.",
      A("Egypt", "oppose")),
    C("plain not: a plain refusal", "Foreign observers will not be allowed at the polls, Lukashenko said.",
      A("Lukashenko")),
]

CASES = PASSIVES + CONTROLS


def test_table_has_enough_cases():
    assert len(PASSIVES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_passive_red_line(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
