"""Refusals to give ground (issue #11): "would make no compromise on X", "will make no
concessions on X" (concession_nouns in [red_line_forms] of stance.toml, made by a light action in
the future or present), "there will be no compromise on X", "will not make any concessions on X"
are red lines against the concession. Controls: a past outcome ("made no concessions in the
talks"), a plain "will not make concessions", and a forecast "there will be no tax increases"
are none.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


CONCESSIONS = [
    C("would make no compromise", "Erdogan said Turkey would make no compromise on Cyprus.",
      E("Turkey", "oppose", "compromise on Cyprus", red_line=True)),
    C("will make no concessions", "Turkey will make no concessions on Cyprus, Cavusoglu said.",
      E("Turkey", "oppose", "concessions on Cyprus", red_line=True)),
    C("would make no concession", "Xi said China would make no concession on Taiwan.",
      E("China", "oppose", "concession on Taiwan", red_line=True)),
    C("present: makes no compromise", "Greece makes no compromise on the name, Tsipras said.",
      E("Greece", "oppose", "compromise", red_line=True)),
    C("there will be no compromise", "There will be no compromise on sovereignty, Xi said.",
      E("Xi", "oppose", "compromise on sovereignty", red_line=True)),
    C("there would be no concessions", "Netanyahu said there would be no concessions on Jerusalem.",
      E("Netanyahu", "oppose", "concessions on Jerusalem", red_line=True)),
    C("there would be no retreat", "The union said there would be no retreat on the pay demand.",
      E("union", "oppose", "retreat", red_line=True)),
    C("will not make any concessions", "Israel will not make any concessions on security, Netanyahu said.",
      E("Israel", "oppose", "concessions on security", red_line=True)),
    C("will give no concessions", "Serbia will give no concessions on Kosovo, Vucic said.",
      E("Serbia", "oppose", "concessions on Kosovo", red_line=True)),
    C("cannot make compromises", "Lavrov said Russia can make no compromises on Crimea.",
      E("Russia", "oppose", "compromises on Crimea", red_line=True)),
]

CONTROLS = [
    C("a past outcome", "Iran made no concessions in the talks, Reuters reported.", A("Iran", "oppose")),
    C("plain will not", "Putin said Russia will not make concessions on Crimea.",
      E("Russia", "oppose", "concessions", red_line=False)),
    C("a forecast", "Merkel said there will be no tax increases next year.", A("Merkel")),
]

CASES = CONCESSIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(CONCESSIONS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_no_concession(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
