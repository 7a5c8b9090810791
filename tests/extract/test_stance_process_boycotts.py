"""Staying out of talks, and coming back (issue #11). A measure verb ([measures]: boycott,
suspend) whose object is talks, an agreement or one's part in them is a stand against them
("boycotted the talks", "suspended its participation in the talks" oppose the talks), not a
measure on them ("a boycott of talks" supported); "stayed away from the talks" opposes them,
"rejoined the talks" supports them. A measure against someone stays one ("the EU suspended
Russia from the council" supports the suspension)."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("boycotted the talks", "Damascus boycotted the talks.", E("Syria", "oppose", "talks")),
    C("boycott the negotiations, reported", "The Kremlin said it would boycott the negotiations.",
      E("Russia", "oppose", "negotiations")),
    C("suspended the talks", "Jerusalem suspended the talks.", E("Israel", "oppose", "talks")),
    C("suspended the agreement", "Brussels suspended the trade agreement with Moscow.",
      E("European Union", "oppose", "trade agreement")),
    C("suspended its participation", "Damascus suspended its participation in the talks.", E("Syria", "oppose", "talks")),
    C("stayed away from", "Damascus stayed away from the talks.", E("Syria", "oppose", "talks")),
    C("will stay away from", "Damascus said it would stay away from the negotiations.", E("Syria", "oppose", "negotiations")),
    C("rejoined", "Tehran rejoined the talks.", E("Iran", "support", "talks")),
    C("rejoin, reported", "Washington said it would rejoin the accord.", E("United States", "support", "accord")),
    C("boycotted the dialogue", "Caracas boycotted the dialogue with the opposition.", E("Venezuela", "oppose", "dialogue")),
]

CONTROLS = [
    C("a measure against someone", "Brussels suspended Moscow from the council.",
      E("European Union", "support", "suspension"), A("European Union", "oppose")),
    C("came back to earth", "Kipchoge came back to earth.", A("Kipchoge")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES + CONTROLS)))
def test_process_boycott(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
