"""Staying out of talks, and coming back (issue #11). A boycotting verb ([forms]
boycotting_verbs) whose object is talks, an agreement or one's part in them is a stand against
them ("boycotted the talks" opposes the talks), not a measure on them ("a boycott of talks"
supported; "suspended the treaty" stays a supported suspension, as the gold reads it); "stayed away from the talks" opposes them,
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
    C("boycotted its participation", "Damascus boycotted its participation in the talks.", E("Syria", "oppose", "talks")),
    C("boycotting, reported", "Caracas said it was boycotting the talks in Oslo.", E("Venezuela", "oppose", "talks")),
    C("stayed away from", "Damascus stayed away from the talks.", E("Syria", "oppose", "talks")),
    C("will stay away from", "Damascus said it would stay away from the negotiations.", E("Syria", "oppose", "negotiations")),
    C("rejoined", "Tehran rejoined the talks.", E("Iran", "support", "talks")),
    C("rejoin, reported", "Washington said it would rejoin the accord.", E("United States", "support", "accord")),
    C("snubbed the talks", "Pyongyang snubbed the talks in Geneva.", E("North Korea", "oppose", "talks")),
    C("boycotted the dialogue", "Caracas boycotted the dialogue with the opposition.", E("Venezuela", "oppose", "dialogue")),
]

CONTROLS = [
    C("suspended a treaty: a suspension", "Washington suspended the treaty.",
      E("United States", "support", "suspension of treaty")),
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
