"""Extraction speed, fourth round (issue 11): doc_lowers answers exactly what the expression it
replaces answered, on a handful of sentences (each case its own test)."""

from __future__ import annotations

import pytest

TEXTS = [
    "The union's demand is non-negotiable, the spokesman said on Monday.",
    "Sanctions relief remains \"off the table\" for now, according to state media.",
    "The deal, which Kyiv rejected, is not a red line for Moscow.",
    "Their position is that the talks are over, and the ministry said so respectively.",
    "What they wanna sign is a non - negotiable deal.",
    "  Talks resumed.\n\nThe envoy said no deal was near .",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_lowers_are_the_tokens_lower_forms(base_nlp, text):
    from pipeline.extract.text import doc_lowers

    doc = base_nlp(text)
    assert doc_lowers(doc) == tuple(t.lower_ for t in doc)
    assert doc_lowers(doc) is doc_lowers(doc)  # once per Doc
