"""Fixtures shared by the stance tables (test_stance_pairs.py, test_stance_forms.py, and the tables
read by the full pipeline: test_stance_recall_holders.py and its kin)."""

from __future__ import annotations

import pytest

from pipeline.extract.components import table_from_doc
from pipeline.records import StanceRecord

from .test_stances import stances_of as extract_sentence_stances


@pytest.fixture(scope="module")
def stances_of(base_nlp, lexicon):
    cache: dict[str, list] = {}

    def run(text: str):
        if text not in cache:
            cache[text] = extract_sentence_stances(base_nlp, lexicon, text)
        return cache[text]

    return run


@pytest.fixture(scope="module")
def full_stances(nlp):
    """A sentence's stances read by the full pipeline (actors with their description mentions,
    quotes, stances): (actor name, polarity, issue, red line, condition, claimer name) rows."""
    cache: dict[str, list] = {}

    def run(text: str):
        if text not in cache:
            doc = nlp(text)
            table = table_from_doc(doc)
            rows = [StanceRecord(*s) for s in doc._.ng_stances or []]
            cache[text] = [(table.actors[s.actor].name, s.polarity, s.issue, s.red_line, s.condition,
                            table.actors[s.claimed_by].name if s.claimed_by >= 0 else "") for s in rows]
        return cache[text]

    return run
