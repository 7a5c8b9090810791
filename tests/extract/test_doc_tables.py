"""Extraction speed (issue 11): the per-Doc tables the rules share (text.per_doc: the Doc's tokens,
text, sentences, children ...) are kept on the Doc, so each is made once per Doc whatever order
the components run in (doc by doc as nlp.pipe runs them, or each component over every Doc first
as `make bench` times them), and the last component drops them."""

from __future__ import annotations

import pytest

TEXTS = [
    "The union's demand is non-negotiable, the spokesman said on Monday.",
    '"We will not sign," Foreign Minister Sergei Lavrov told reporters in Geneva. He left.',
    "Hamas and Israel agreed to a ceasefire, Egypt's state media said, and the talks resumed.",
    "Iran rejected the proposal. It said sanctions must be lifted first.",
    "The workers will strike until the company raises wages, the union warned.",
    "Talks resumed.",
]
OURS = ("ng_actors", "ng_quotes", "ng_stances")


def _parsed(nlp, texts):
    """The Docs parsed by the model's pipes, before our components."""
    with nlp.select_pipes(disable=list(OURS)):
        return [nlp(text) for text in texts]


def _component_by_component(nlp, docs):
    for name in OURS:
        proc = nlp.get_pipe(name)
        docs = [proc(doc) for doc in docs]
    return docs


def test_a_table_is_made_once_per_doc(nlp):
    from pipeline.extract.text import per_doc

    calls = []

    @per_doc
    def table(doc, word=""):
        calls.append(word)
        return [word]

    first, second = _parsed(nlp, TEXTS[:2])
    assert table(first) is table(first)
    assert table(first, "x") is table(first, "x")
    assert table(second) is not table(first)
    assert calls == ["", "x", ""]


def test_the_tables_outlive_a_component_run_over_many_docs(nlp):
    from pipeline.extract.text import doc_tokens

    docs = _parsed(nlp, TEXTS)
    tokens = [doc_tokens(doc) for doc in docs]
    proc = nlp.get_pipe("ng_actors")
    docs = [proc(doc) for doc in docs]  # more Docs than an lru_cache of four kept
    assert all(doc_tokens(doc) is kept for doc, kept in zip(docs, tokens))


@pytest.mark.parametrize("text", TEXTS)
def test_the_last_component_drops_the_tables(nlp, text):
    from pipeline.extract.text import DOC_TABLES

    doc = nlp(text)
    assert DOC_TABLES not in doc.user_data
    doc.to_bytes()  # still serialisable: no Tokens held in user_data


@pytest.mark.parametrize("text", TEXTS)
def test_records_are_the_same_in_either_order(nlp, text):
    from pipeline.extract.components import records_from_doc

    piped = records_from_doc(next(iter(nlp.pipe([text]))))
    # the Doc among others, each component over all of them before the next
    docs = _component_by_component(nlp, _parsed(nlp, [*TEXTS, text]))
    assert records_from_doc(docs[-1]) == piped
