"""A measure called a threat or an obstacle (issue #11): "Moscow sees the missile shield as a
threat", "views the deployment as a provocation", "said the settlements were an obstacle to
peace": whoever judges so opposes it ([predicates] oppose: "a threat", "a provocation", "an
obstacle", "an impediment", with the verbs of judging that read predicates)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("sees as a threat", "Moscow sees the missile shield as a threat.", E("Russia", "oppose", "missile shield")),
    C("views as a threat to", "Moscow views the radar base as a threat to its security.", E("Russia", "oppose", "radar base")),
    C("was a direct threat, reported", "Lavrov said the missile shield was a direct threat to Russia.",
      E("Lavrov", "oppose", "missile shield")),
    C("called a threat", "Lavrov called the deployment a threat to European security.", E("Lavrov", "oppose", "deployment")),
    C("regards as a provocation", "Beijing regards the arms sale as a provocation.", E("China", "oppose", "arms sale")),
    C("see as an obstacle", "Ramallah sees the settlements as an obstacle to peace.", E("Palestine", "oppose", "settlements")),
    C("considers an obstacle", "Abbas considers the blockade an obstacle to any deal.", E("Abbas", "oppose", "blockade")),
    C("an impediment, reported", "Erdogan said the embargo was an impediment to talks.", E("Erdogan", "oppose", "embargo")),
    C("described as a threat", "Tehran described the sanctions as a threat to regional stability.",
      E("Iran", "oppose", "sanctions")),
    C("was a provocation, quoted", "\"The exercise is a provocation,\" Pyongyang said.", E("North Korea", "oppose", "exercise")),
]

CONTROLS = [
    C("not a threat", "Stoltenberg said the missile shield was not a threat to Russia.",
      A("Stoltenberg", "oppose")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_threat_predicate(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
