"""ng_paragraphs starts a sentence after every token holding a line break (headings, bullets,
paragraphs stay sentences of their own), read from the Doc's array of space tokens; a token's own
trailing whitespace is one space or none, so it never holds a line break."""

from __future__ import annotations

import pytest
import spacy

from pipeline.extract.components import ParagraphBoundaries

# (text, the tokens after which a sentence starts, by their text)
CASES = [
    ("Talks resumed.\n\nThe union said no.", ["The"]),
    ("Heading\nFirst line of the body", ["First"]),
    ("One  two three", []),  # a space token without a line break
    ("Bullets:\n- wages\n- hours", ["-", "-"]),
    ("Ends with a break\n", []),  # nothing follows the last token
    ("\n\nOpens with a break", ["Opens"]),
    ("Tabs\t\tand\r\nreturns", ["returns"]),
    ("No break at all.", []),
]


def _starts(text: str) -> list[str]:
    doc = spacy.blank("en").make_doc(text)
    ParagraphBoundaries()(doc)
    return [t.text for t in doc[1:] if t.is_sent_start]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:24] for c in CASES])
def test_sentence_starts_after_line_breaks(text, expected):
    assert _starts(text) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES], ids=[c[0][:24] for c in CASES])
def test_same_starts_as_setting_each_token(text):
    """The array written at once gives every token the start Token.is_sent_start would."""
    nlp = spacy.blank("en")
    doc, one_by_one = nlp.make_doc(text), nlp.make_doc(text)
    ParagraphBoundaries()(doc)
    for i, token in enumerate(one_by_one[:-1]):
        if token.is_space and "\n" in token.text:
            one_by_one[i + 1].is_sent_start = True
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in one_by_one]


def test_empty_doc():
    doc = spacy.blank("en").make_doc("")
    assert len(ParagraphBoundaries()(doc)) == 0


def test_a_parsed_doc_is_refused_as_spacy_refuses_it():
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=["Talks", "\n", "Go"], spaces=[False, False, False],
              heads=[0, 0, 0], deps=["ROOT", "dep", "dep"])
    with pytest.raises(ValueError):
        ParagraphBoundaries()(doc)
