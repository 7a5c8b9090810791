"""What talks are to be about (issue #11): "the talks must focus on the release of prisoners",
said by X, is X's demand of the release (not of "focusing"). Controls: verbs of tackling a
problem ("must tackle illegal fishing") do not demand their object, and are not read this way.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


FOCUS = [
    C("must focus on", "\"The talks must focus on the release of prisoners,\" Hamas said.",
      E("Hamas", "demand", "release of prisoners")),
    C("should concentrate on", "Negotiations should concentrate on a permanent ceasefire, Qatar said.",
      E("Qatar", "demand", "permanent ceasefire")),
    C("must center on", "\"The summit must center on climate finance,\" Guterres said.",
      E("Guterres", "demand", "climate finance")),
    C("should deal with", "\"The next round should deal with the exchange of prisoners,\" Zelensky said.",
      E("Zelensky", "demand", "exchange of prisoners")),
    C("reported: should focus on", "The union said talks should focus on pay.",
      E("union", "demand", "pay")),
    C("have to be centred on", "\"Discussions have to be centred on the withdrawal of foreign troops,\" Libya said.",
      E("Libya", "demand", "withdrawal")),
    C("should focus on, own", "\"Europe should focus on its own defence,\" Macron said.",
      E("Macron", "demand", "defence")),
    C("must prioritise", "\"The government must prioritise the hospitals,\" the nurses' union said.",
      E("nurses' union", "demand", "hospitals")),
    C("needs to focus on", "\"The summit needs to focus on debt relief,\" Ramaphosa said.",
      E("Ramaphosa", "demand", "debt relief")),
    C("passive, notably", "The talks should be focused on other issues, Abandi said, notably the return of Congolese refugees from Rwanda.",
      E("Abandi", "demand", "refugees"),
      xfail="'other issues' names no issue and the issues are listed after the reporting clause ('notably X')"),
]

CONTROLS = [
    C("a report of what talks were about", "The talks focused on trade, Chinese officials said.",
      A("China", "demand")),
]

CASES = FOCUS + CONTROLS


def test_table_has_enough_cases():
    assert len(FOCUS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_focus(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
