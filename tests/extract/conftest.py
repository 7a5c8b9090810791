"""Fixtures shared by the stance tables (test_stance_pairs.py, test_stance_forms.py)."""

from __future__ import annotations

import pytest

from .test_stances import stances_of as extract_sentence_stances


@pytest.fixture(scope="module")
def stances_of(base_nlp, lexicon):
    cache: dict[str, list] = {}

    def run(text: str):
        if text not in cache:
            cache[text] = extract_sentence_stances(base_nlp, lexicon, text)
        return cache[text]

    return run
