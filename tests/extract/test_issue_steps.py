"""Steps, measures and action are read through to their infinitive, like a power or a plan: "agreed
to take steps to ease tensions" is a position on easing the tensions, "rejected measures to cut
pensions" one on cutting them (``infinitive_heads`` in lexicons/issues.toml)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "take steps to ease": ("Russia agreed to take steps to ease tensions.", ("Russia", "support", "easing of tensions")),
    "demanded steps to end": ("Washington demanded steps to end the blockade.", ("United States", "demand", "end of blockade")),
    "rejected measures to cut": ("The union rejected measures to cut pensions.", ("union", "oppose", "cut of pensions")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_steps_are_read_through_to_their_infinitive(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
