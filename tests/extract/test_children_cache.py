"""The per-Doc cache of dependency children (``children_of``, ``lefts_of``, ``rights_of``)
answers exactly what spaCy's ``Token.children`` (``lefts``, ``rights``) does, in the same order,
for every token of real parses, whatever the order in which several Docs are asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.syntax import children_of, doc_children, lefts_of, rights_of

SENTENCES = [
    "The union said on Tuesday that it would not sign any deal without a pay rise.",
    "Talks between the two governments, which broke down in May, resumed in a hotel near the border.",
    "\"We will never accept these terms,\" the foreign minister told reporters, adding that the offer was an insult.",
    "Negotiators from both sides met again; neither would say whether a ceasefire was close.",
    "After weeks of pressure, the company agreed to raise wages, extend leave and drop its demand for longer shifts.",
    "It is up to the rebels to decide whether they want peace or more fighting, the envoy warned.",
]

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "corpus").glob("*.txt"))[:3]


def _same_as_spacy(doc) -> None:
    for tok in doc:
        got = children_of(tok)
        assert isinstance(got, tuple)
        assert [c.i for c in got] == [c.i for c in tok.children], tok.text
        assert all(c.doc is doc for c in got)
        assert [c.i for c in lefts_of(tok)] == [c.i for c in tok.lefts], tok.text
        assert [c.i for c in rights_of(tok)] == [c.i for c in tok.rights], tok.text


@pytest.mark.parametrize("text", SENTENCES, ids=[s[:40] for s in SENTENCES])
def test_children_of_matches_token_children_on_sentences(base_nlp, text):
    _same_as_spacy(base_nlp(text))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_children_of_matches_token_children_on_articles(base_nlp, path):
    _same_as_spacy(base_nlp(path.read_text(encoding="utf-8")[:20000]))


def test_children_of_keeps_docs_apart_when_asked_in_turn(base_nlp):
    # more Docs than the cache holds, two of them with the same text, asked about in turn
    docs = list(base_nlp.pipe(SENTENCES + SENTENCES[:2]))
    for _ in range(2):
        for doc in docs:
            _same_as_spacy(doc)
        for doc in reversed(docs):
            _same_as_spacy(doc)


def test_children_of_same_text_different_parses_are_not_confused(base_nlp):
    first, second = base_nlp("The envoy met the rebels."), base_nlp("The envoy met the rebels.")
    assert children_of(first[2])[0].doc is first
    assert children_of(second[2])[0].doc is second


def test_children_of_unparsed_doc_has_no_children(base_nlp):
    doc = base_nlp.make_doc("No parse here at all.")
    assert doc_children(doc) == ((),) * len(doc)
    assert all(children_of(t) == tuple(t.children) for t in doc)
