"""Extraction speed, fifth round (issue 11): the actor table handed from one component to the next
(components.store_table / table_from_doc) reads back what the span group holds, whether it comes
from the mentions kept on the Doc (its tables, text.doc_tables) or from the spans themselves (each
case its own test)."""

from __future__ import annotations

import pytest

TEXTS = [
    "The union's demand is non-negotiable, the spokesman said on Monday.",
    '"We will not sign," Foreign Minister Sergei Lavrov told reporters in Geneva. He left.',
    "Hamas and Israel agreed to a ceasefire, Egypt's state media said, and the talks resumed.",
    "Talks resumed.",
]


def _read_from_spans(doc):
    from pipeline.extract import components
    from pipeline.extract.text import drop_doc_tables

    drop_doc_tables(doc)
    return components.table_from_doc(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_the_kept_mentions_are_the_spans_read_back(nlp, text):
    from pipeline.extract import components

    from pipeline.extract.text import doc_tables

    doc = nlp(text)
    components.store_table(doc, components.table_from_doc(doc))
    assert components.MENTIONS_KEY in doc_tables(doc)  # kept on the Doc
    kept = components.table_from_doc(doc)
    assert kept == _read_from_spans(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_a_store_of_the_same_mentions_keeps_the_span_group(nlp, text):
    from pipeline.extract import components

    doc = nlp(text)
    table = components.table_from_doc(doc)
    components.store_table(doc, table)  # (the pipeline's last component dropped what it kept)
    group = doc.spans[components.MENTIONS_KEY]
    components.store_table(doc, table)
    assert doc.spans[components.MENTIONS_KEY] is group
    assert components.table_from_doc(doc) == _read_from_spans(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_a_store_of_other_mentions_writes_them(nlp, text):
    from pipeline.extract import components
    from pipeline.extract.actors import MentionSpan

    doc = nlp(text)
    table = components.table_from_doc(doc)
    table.mentions.append(MentionSpan(0, 1, 0, "pronoun"))
    components.store_table(doc, table)
    read = _read_from_spans(doc)
    assert read.mentions == [m for m in table.mentions if m.end > m.start]
    assert components.table_from_doc(doc) == read


def test_another_docs_store_is_not_read(nlp):
    from pipeline.extract import components

    first, second = nlp(TEXTS[1]), nlp(TEXTS[2])
    components.store_table(second, components.table_from_doc(second))
    assert components.table_from_doc(first) == _read_from_spans(first)
