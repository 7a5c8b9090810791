"""Extraction speed, fourth round (issue 11): each shortcut answers exactly what the expression it
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


@pytest.mark.parametrize("text", TEXTS)
def test_predicate_texts_are_the_joined_tokens(base_nlp, text):
    """predicate_cue's two readings cut from the Doc's text equal the tokens' texts joined."""
    from pipeline.extract.stance.constructions import _CLAUSES, _predicate_text
    from pipeline.extract.syntax import children_of
    from pipeline.extract.text import doc_text

    doc = base_nlp(text)
    for tok in doc:
        copula = tok.head
        if copula.i == tok.i:
            continue
        last = copula.right_edge
        assert doc_text(doc)[tok.idx : last.idx + len(last)] == doc[tok.i : last.i + 1].text
        subject = next((c for c in children_of(copula) if c.dep_ in {"nsubj", "csubj"}), None)
        for subj in (subject, None):
            dropped = set(range(subj.left_edge.i, subj.right_edge.i + 1)) if subj is not None else set()
            for place in (tok, copula):
                for child in children_of(place):
                    if child.dep_ in _CLAUSES and child.i != tok.i:
                        dropped.update(range(child.left_edge.i, child.right_edge.i + 1))
            joined = "".join(t.text_with_ws for t in doc[tok.left_edge.i : last.i + 1] if t.i not in dropped)
            assert _predicate_text(tok, copula, subj) == joined, (tok.text, copula.text)


@pytest.mark.parametrize("text", TEXTS + ["He made it clear that the so-called deal was dead, officials told reporters."])
def test_reporting_cue_gate_by_lemma_id_answers_as_the_lemma(base_nlp, lexicon, text):
    """is_reporting_cue's lemma gate (by StringStore id, cached) refuses exactly the tokens whose
    lemma is neither "make" nor a reporting verb, and lets the others through to the full test."""
    from pipeline.extract.quotes import in_cue_idiom, is_reporting_cue
    from pipeline.extract.syntax import children_of

    doc = base_nlp(text)
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma != "make" and lemma not in lexicon.reporting_verbs:
            expected = False
        elif tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2 : tok.i + 1].text.lower() in lexicon.not_cue_words:
            expected = False
        elif lemma in lexicon.reporting_verbs:
            expected = (tok.pos_ in {"VERB", "AUX"} or tok.tag_ in {"VBD", "VBZ", "VBP"}) and not in_cue_idiom(tok, lexicon)
        else:
            expected = tok.pos_ == "VERB" and any(c.lower_ == "clear" for c in children_of(tok))
        assert is_reporting_cue(tok, lexicon) == expected, tok.text
        assert is_reporting_cue(tok, lexicon) == expected, tok.text  # from the cache
