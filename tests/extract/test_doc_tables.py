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


# The scans that visit only the positions of their words (text.lower_positions, lemma_positions,
# positions) must stop at every token the whole-Doc scan stopped at: each sentence below holds
# such words in another form (capitalised, inflected, hyphenated, in a quotation).
POSITION_TEXTS = [
    "SAID the minister: talks are over.",
    "Officials say the deal is close, and a spokesman told reporters it would be signed.",
    "The so-called agreement was denounced, the union's leader said.",
    "He made it clear that Iran would not accept, according to state media.",
    'According to a senior diplomat, "we said no", he added, and the envoy says so.',
    "A Syrian official and two Turkish diplomats said the talks would resume; she agreed.",
    "They walked out in protest at the ruling; the strike, in retaliation, went on.",
    "The French, German and Italian ministers, Le Drian, Maas and Di Maio respectively, met.",
    "He and She and THEY said it; it was reported by them.",
    'As the union leader put it, "we are not going back to work."',
    "Talks resumed.",
]


@pytest.mark.parametrize("text", POSITION_TEXTS)
def test_positions_are_the_tokens_of_the_words_in_text_order(base_nlp, text):
    from pipeline.extract.text import lemma_positions, lower_positions, positions

    doc = base_nlp(text)
    lowers, lemmas = lower_positions(doc), lemma_positions(doc)
    for word in {t.lower_ for t in doc}:
        assert positions(lowers, {word}) == [t.i for t in doc if t.lower_ == word]
    for lemma in {t.lemma_.lower() for t in doc}:
        assert positions(lemmas, {lemma}) == [t.i for t in doc if t.lemma_.lower() == lemma]
    words = {t.lower_ for t in list(doc)[::2]}
    assert positions(lowers, words) == [t.i for t in doc if t.lower_ in words]


@pytest.mark.parametrize("text", POSITION_TEXTS)
def test_the_reporting_cues_are_among_the_cue_lemmas(base_nlp, lexicon, text):
    from pipeline.extract.quotes import _cue_lemmas, is_reporting_cue
    from pipeline.extract.text import lemma_positions, positions

    doc = base_nlp(text)
    visited = set(positions(lemma_positions(doc), _cue_lemmas(lexicon)))
    assert {t.i for t in doc if is_reporting_cue(t, lexicon)} <= visited


@pytest.mark.parametrize("text", POSITION_TEXTS)
def test_the_description_heads_and_pronouns_are_visited(base_nlp, lexicon, text):
    from pipeline.extract.descriptions import is_description_head
    from pipeline.extract.text import lower_positions, positions
    from pipeline.grammar import PERSON_PRONOUNS

    doc = base_nlp(text)
    heads = set(positions(lower_positions(doc), lexicon.description_heads))
    assert {t.i for t in doc if is_description_head(t, lexicon)} <= heads
    assert set(positions(lower_positions(doc), PERSON_PRONOUNS)) == {t.i for t in doc if t.lower_ in PERSON_PRONOUNS}
