"""A label whose head names no issue ([stop] heads in models/taxonomy.toml: "questions",
"steps", "way", "answers") names none with modifiers that name none either ("hard questions",
"the next steps", "less controversial issues"): the resolve stage gives it no stance
(pipeline/issues.py, is_stop_label). A complement, a name or a word of an issue category makes it
an issue ("the border issue", "the Taiwan question", "questions about the merger", "front line");
a bare head is one only as listed in [stop] labels ("the answers" someone gives may be at stake)."""

from __future__ import annotations

import pytest

from pipeline.issues import is_stop_label

STOPPED = [
    "hard questions", "follow-up questions", "less controversial issues", "the next steps",
    "the first step", "the best way", "the right answers", "mixed messages", "sticking point",
    "his latest remarks",
    # what a spokesman declines or offers to say (prec6): "declined comment", "did not offer
    # further details", "offering few specifics"
    "comment", "further details", "few specifics", "the details",
]

KEPT = [
    "border issue", "Taiwan question", "questions about the merger", "front line", "nuclear issue",
    "labor issues", "abduction issue", "steps toward normalization", "peace efforts", "red lines",
    # a noun modifier names the topic, whether or not it is a word of an issue category
    "water issue", "visa issue", "fishing issue", "immigration issue", "the climate issue",
    "safety issues", "the overtime issue",
    # a bare head is a stop label only as listed: the answers someone gives may be at stake
    "the answers", "messages",
    # details with a complement or a name are the thing detailed
    "details of the plan", "details of the ceasefire", "Brexit details",
]


@pytest.mark.parametrize("label", STOPPED)
def test_a_stop_head_with_empty_modifiers_names_no_issue(issue_model, label):
    assert is_stop_label(label, issue_model)


@pytest.mark.parametrize("label", KEPT)
def test_a_stop_head_with_a_named_issue_stays(issue_model, label):
    assert not is_stop_label(label, issue_model)
