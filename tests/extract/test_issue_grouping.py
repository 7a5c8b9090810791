"""Issue grouping rules, as extraction writes the labels and resolve folds them
(pipeline/extract/stance/issues.py with pipeline/issues.py): each rule a table of news
wordings, each case its own test."""

from __future__ import annotations

import pytest

from .test_issue_labels import folded_issues

LEAD = "The United States proposed a 30-day ceasefire. "

# A stance set in the past ("previously", "in the past", "once", "before") on an issue named
# with an indefinite article is about an earlier proposal, not the one on the table: it stays
# apart from it. The same words with a definite article, or without a past marker, join it.
# Each case: sentence after LEAD, actor, whether its issue is the 30-day ceasefire.
EARLIER = {
    "previously, the idea of a truce": ("Putin has previously rejected the idea of a temporary truce.", "Putin", False),
    "in the past, with a relative clause": (
        "In the past, Russia has ruled out a temporary ceasefire that would freeze the conflict along the "
        "current front lines.", "Russia", False),
    "pluperfect": ("Hamas had previously rejected a truce.", "Hamas", False),
    "once": ("Moscow once rejected a ceasefire.", "Russia", False),
    "before, at the end": ("Russia has rejected a ceasefire before.", "Russia", False),
    "past marker on the control verb": ("Russia previously refused to accept a temporary truce.", "Russia", False),
    "phrasal verb": ("The Kremlin had previously turned down an interim ceasefire.", "Russia", False),
    "formerly, hyphened": ("Russia formerly opposed a temporary cease-fire.", "Russia", False),
    "previously, definite": ("Russia previously rejected the ceasefire.", "Russia", True),
    "no past marker": ("Ukraine agreed to a temporary ceasefire plan during talks in Jeddah.", "Ukraine", True),
    "no past marker, consider": ("Russia said it would study a temporary ceasefire.", "Russia", True),
    "earlier this week, definite": ("Earlier this week Russia rejected the 30-day ceasefire.", "Russia", True),
}


@pytest.mark.parametrize(("sentence", "actor", "same"), EARLIER.values(), ids=EARLIER.keys())
def test_an_earlier_proposal_stays_apart(base_nlp, lexicon, issue_model, sentence, actor, same):
    found = folded_issues(base_nlp, lexicon, issue_model, LEAD + sentence)
    proposal = next(issue for a, _, _, issue in found if a == "United States")
    issues = [issue for a, _, _, issue in found if a == actor]
    assert issues, found
    assert (issues[0] == proposal) is same, found
