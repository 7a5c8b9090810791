"""Granting a demand is a position on what was demanded: "could not meet the workers' demand for a
minimum wage" is about the minimum wage, "agreed to meet Hamas's demand for a prisoner release"
about the release, never "meeting of demand" (``granting_verbs`` in lexicons/issues.toml), so
the two sides' stances fold into one issue."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.issues import fold_issues

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "cannot meet the demand for": ("Zimbabwe said it cannot meet the demand for a $502 minimum wage.",
                                   ("Zimbabwe", "oppose", "$502 minimum wage")),
    "agreed to meet the demand for": ("Israel agreed to meet the demand for a prisoner release.",
                                      ("Israel", "support", "prisoner release")),
    "agreed to meet a party's demand for": ("Israel agreed to meet Hamas's demand for a prisoner release.",
                                            ("Israel", "support", "prisoner release")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_granting_reads_the_demand(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found


XFAILS = {
    "refused to meet the workers' demand": ("The government refused to meet the workers' demand for a minimum wage.",
                                            ("government", "oppose", "minimum wage")),
    "agreed to grant the union's request": ("The company agreed to grant the union's request for a pay rise.",
                                            ("company", "support", "pay rise")),
}


@pytest.mark.xfail(reason="only the possessor's demand is read: no stance of the granting side (stance cues)", strict=True)
@pytest.mark.parametrize(("sentence", "expected"), XFAILS.values(), ids=XFAILS.keys())
def test_granting_known_failures(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found


def test_granting_and_demand_are_one_issue(base_nlp, lexicon, issue_model):
    found = stances_of(base_nlp, lexicon, "Israel agreed to meet Hamas's demand for a prisoner release.")
    folded = fold_issues(Counter(label for *_, label in found), issue_model)
    assert len({folded[label] for *_, label in found}) == 1, found
