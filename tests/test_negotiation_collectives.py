"""Negotiations (resolve stage): a group named by a bare common noun ("workers", "officials") is
no party two documents share, so it does not tie two disputes together, and their issues do not
fold into each other ("higher wages" of one strike is not the "8.6 percent pay rise" of another)."""

from __future__ import annotations

import pytest

from pipeline.records import Document, DocResult, LocalActor, StanceRecord
from pipeline.resolve import resolve


def _strike(doc_id: str, date: str, group: str, label: str) -> DocResult:
    actors = (
        LocalActor(name=group, type="GROUP", mentions=3),
        LocalActor(name="South Africa", type="GPE", gaz_id="south-africa", mentions=1),
    )
    stances = (
        StanceRecord(actor=0, issue=label, issue_text=label, polarity="demand", cue="demand",
                     evidence=f"The {group} in South Africa demand {label}.", start=0, end=50),
        StanceRecord(actor=0, issue="return to work", issue_text="return to work", polarity="oppose", cue="refuse",
                     evidence=f"The {group} refuse to return to work.", start=51, end=90),
    )
    return DocResult(document=Document(doc_id=doc_id, path=doc_id, text="x", date=date), actors=actors, stances=stances)


@pytest.mark.parametrize("group", ["workers", "strikers", "employees", "officials", "teachers", "nurses"])
@pytest.mark.parametrize("second_date", ["", "2014-07-01"])
def test_a_common_noun_group_ties_no_two_disputes(lexicon, group, second_date):
    if group not in lexicon.group_nouns:
        pytest.skip(f"{group!r} is no group noun of the lexicon")
    docs = [_strike("a.txt", "2014-06-23", group, "higher wages"), _strike("b.txt", second_date, group, "8.6 percent pay rise")]
    resolved = resolve(docs, lexicon)
    negotiation_of = {s.doc_id: s.negotiation_id for s in resolved.stances}
    assert negotiation_of["a.txt"] != negotiation_of["b.txt"]
    labels = {s.doc_id: s.issue for s in resolved.stances if s.polarity == "demand"}
    assert labels == {"a.txt": "higher wages", "b.txt": "8.6 percent pay rise"}


def test_a_named_party_still_ties_two_documents(lexicon):
    docs = [_strike("a.txt", "2014-06-23", "AMCU", "higher wages"), _strike("b.txt", "2014-07-01", "AMCU", "8.6 percent pay rise")]
    resolved = resolve(docs, lexicon)
    assert len({s.negotiation_id for s in resolved.stances}) == 1
