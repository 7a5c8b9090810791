"""A line its holder will not cross (issue #11 item 3): "recognizing the annexation is a line we
will not cross", "dividing Jerusalem was a line Israel would never cross" state a red line on the
subject, held by whoever will not cross it (the speaker for "we"). The refusal needs a modal (the
verbs of crossing are cross_red_line in [forms] of stance.toml). Controls: "a line its troops did
not cross" and "a line his team had crossed" tell what happened.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


LINES = [
    C("quoted: a line we will not cross", "“Recognizing the annexation is a line we will not cross,” Zelensky said.",
      E("Zelensky", "oppose", "recognition of annexation", red_line=True)),
    C("reported: a line X would never cross",
      "The foreign minister said dividing Jerusalem was a line Israel would never cross.",
      E("Israel", "oppose", "Jerusalem", red_line=True)),
    C("a line that X will not cross", "Netanyahu said a Palestinian state is a line that Israel will not cross.",
      E("Israel", "oppose", "Palestinian state", red_line=True)),
    C("cannot cross: giving up",
      "“Giving up our nuclear program is a line we cannot cross,” Iranian President Hassan Rouhani said.",
      E("Hassan Rouhani", "oppose", "nuclear program", red_line=True)),
    C("a line that we will never cross", "“Amnesty for war crimes is a line that we will never cross,” Tshisekedi said.",
      E("Tshisekedi", "oppose", "Amnesty", red_line=True)),
    C("were a line X would not cross", "Lavrov said NATO troops in Ukraine were a line Russia would not cross.",
      E("Russia", "oppose", "NATO troops", red_line=True)),
    C("a line it would never cross", "Beijing said Taiwan independence was a line it would never cross.",
      E("China", "oppose", "Taiwan independence", red_line=True)),
    C("red line still read", "Moscow said NATO expansion was a red line for Russia.",
      E("Russia", "oppose", "NATO expansion", red_line=True)),
]

CONTROLS = [
    C("did not cross: what happened", "The army said the river was a line that its troops did not cross.",
      A("army")),
    C("had crossed", "The coach said the final was a line his team had crossed before.", A("coach")),
]

CASES = LINES + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_line_not_crossed(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
