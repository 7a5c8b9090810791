"""A journey alone is no issue ("we will return to Havana"), but one invited, called for or
planned is: "accepted the invitation of our hosts to return to Stockholm" supports "invitation to
return to Stockholm" (it read "invitation of hosts": the author, not what is at stake)
(pipeline/extract/stance/issues.py, journey_label)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ("Britain accepted the invitation of its Norwegian hosts to return to Oslo.", ("support", "invitation to return to Oslo")),
    ("Iran accepted an invitation to travel to Vienna for talks.", ("support", "invitation to travel to Vienna")),
    ("The rebels rejected the call to go to Geneva.", ("oppose", "call to go to Geneva")),
    ("Hamas declined Egypt's invitation to come to Cairo.", ("oppose", "invitation to come to Cairo")),
    ("Serbia accepted the invitation of the EU envoy to come to Brussels.", ("support", "invitation to come to Brussels")),
    ("The Taliban welcomed the invitation to travel to Doha.", ("support", "invitation to travel to Doha")),
    ("Venezuela rejected the invitation to go to Barbados.", ("oppose", "invitation to go to Barbados")),
    ("The Houthis accepted the invitation of the UN envoy to return to Kuwait.", ("support", "invitation to return to Kuwait")),
    ("Armenia rejected the invitation to travel to Moscow.", ("oppose", "invitation to travel to Moscow")),
    ("Kosovo accepted the invitation of the mediators to return to Brussels next week.",
     ("support", "invitation to return to Brussels")),
    pytest.param("Putin welcomed the decision to return to Istanbul.", ("support", "decision to return to Istanbul"),
                 marks=pytest.mark.xfail(reason="'decision' is a vague noun: with no 'of' complement it names no issue "
                                                "before its infinitive is read", strict=True)),
]


@pytest.mark.parametrize("text,expected", CASES,
                         ids=[(c.values if hasattr(c, "values") else c)[0][:40] for c in CASES])
def test_invited_journey_is_the_issue(base_nlp, lexicon, text, expected):
    found = [(polarity, label) for _, polarity, label in stances_of(base_nlp, lexicon, text)]
    assert expected in found


def test_a_plain_journey_is_still_no_issue(base_nlp, lexicon):
    labels = [label for *_, label in stances_of(base_nlp, lexicon, "Castro said he would return to Havana.")]
    assert not [x for x in labels if "Havana" in x]
