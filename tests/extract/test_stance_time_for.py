"""The time for an action, in someone's words (issue #11): "it is time to end the blockade", "now
is the time for a ceasefire", "the time has come to lift the sanctions", said by X, demand the
action as an obligation does (`time_nouns`, `time_verbs` in stance.toml [forms]). Not when the
copula is negated ("it is not time to ..."), nor time taken or spent ("it will take time to")."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

TIME = [
    C("it is time to, quoted", "\"It is time to lift the siege of the city,\" Erdogan said.",
      E("Erdogan", "demand", "lifting of siege")),
    C("it was time to, reported", "Guterres said it was time to end the fighting in Sudan.",
      E("Guterres", "demand", "end of fighting")),
    C("high time", "Scholz said it was high time to resume the negotiations.",
      E("Scholz", "support", "negotiations")),
    C("time for someone to", "Macron said it was time for Moscow to withdraw its troops.",
      E("Macron", "demand", "withdrawal")),
    C("now is the time for", "Blinken said now is the time for a ceasefire in Gaza.",
      E("Blinken", "demand", "ceasefire")),
    C("time for talks, quoted", "\"It is time for peace negotiations,\" Lula said.",
      E("Lula", "demand", "peace negotiations")),
    C("the time has come to", "\"The time has come to release the prisoners,\" Ramaphosa said.",
      E("Ramaphosa", "demand", "release of prisoners")),
    C("the moment has come to", "Borrell said the moment had come to impose new sanctions on Minsk.",
      E("Borrell", "demand", "sanctions")),
    C("it's time to, contracted", "\"It's time to reopen the border,\" Orban said.",
      E("Orban", "demand", "reopening of border")),
    C("time to, second sentence of a quote", "\"We have waited long enough. It is time to sign the treaty,\" Aliyev said.",
      E("Aliyev", "demand", "treaty")),
]

CONTROLS = [
    C("negated", "Scholz said it was not time to resume the negotiations.", A("Scholz")),
    C("time taken", "Guterres said it would take time to end the fighting.", A("Guterres", "demand")),
    C("a time for", "Lula said this was a time for reflection.", A("Lula")),
    C("time to, not stated", "Orban had no time to read the report.", A("Orban")),
]

CASES = TIME + CONTROLS


def test_table_has_enough_cases():
    assert len(TIME) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_time_for(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
