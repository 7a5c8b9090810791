"""Issue labels in good English: a dropped quantifier takes its "of" with it ("seize all of
Donbas" -> "seizing of Donbas", never "seizing of of Donbas"), and a verb whose last syllable is
stressed doubles its consonant before -ing ("controlling", "patrolling"; "limiting", "offering"
do not) (pipeline/extract/stance/issues.py, issue_label and gerund)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ("Russia said it wants to control all of the Donetsk region.", ("Russia", "support", "controlling of Donetsk region")),
    ("Russia vowed to patrol the border.", ("Russia", "support", "patrolling of border")),
    ("The union wants to limit overtime.", ("union", "support", "limiting of overtime")),
    ("Russia wants to seize all of Donbas.", ("Russia", "support", "seizing of Donbas")),
    ("Russia demanded control of all of Donbas.", ("Russia", "demand", "control of Donbas")),
    ("The union demanded the payment of all of the wages.", ("union", "demand", "payment of wages")),
    ("Hamas demanded the release of all of the prisoners.", ("Hamas", "demand", "release of prisoners")),
    pytest.param("Ukraine vowed to control most of the border.", ("Ukraine", "support", "controlling of border"),
                 marks=pytest.mark.xfail(reason="'most' as a verb's object names no issue, so no stance is read", strict=True)),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[(c.values if hasattr(c, "values") else c)[1][2] for c in CASES])
def test_label_forms(base_nlp, lexicon, text, expected):
    found = stances_of(base_nlp, lexicon, text)
    assert expected in found
    assert not [label for *_, label in found if " of of " in f" {label} "]
