"""Helpers introduced to make extraction cheaper (issue 11: extraction <= 15 % of the parse):
each must answer exactly what the expression it replaces answered."""

from __future__ import annotations

import pytest

from pipeline.extract.actors.names import is_given_name
from pipeline.extract.text import fold

GIVEN_NAME_WORDS = ["Angela", "ANGELA", "María", "Nikos", "Jean-Claude", "Olaf", "Yulia", "table", "Geneva", "", "O'Brien"]


@pytest.mark.parametrize("word", GIVEN_NAME_WORDS)
def test_is_given_name_matches_the_union_of_the_name_lists(lexicon, word):
    assert is_given_name(word, lexicon) == (fold(word) in lexicon.female_names | lexicon.male_names)


@pytest.mark.parametrize("word, expected", [("Angela", True), ("Olaf", True), ("table", False), ("Geneva", False)])
def test_is_given_name_reads_both_lists(lexicon, word, expected):
    assert is_given_name(word, lexicon) is expected


def test_doc_tokens_are_the_docs_tokens_in_order(base_nlp):
    from pipeline.extract.text import doc_tokens, sentences

    doc = base_nlp("Talks resumed in Geneva. The envoy said no deal was near.\n\nBoth sides met again.")
    tokens = doc_tokens(doc)
    assert [(t.i, t.text) for t in tokens] == [(t.i, t.text) for t in doc]
    assert doc_tokens(doc) is tokens  # made once per Doc
    for sent in sentences(doc)[0]:  # the slice of a sentence is the sentence
        assert [t.i for t in tokens[sent.start : sent.end]] == [t.i for t in sent]
