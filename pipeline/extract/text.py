"""Small pure helpers on strings and tokens shared by the extractors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammar import POSSESSIVE_ORTH

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
STRAIGHT_SINGLE = "'"
QUOTE_CHARS = set(OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE)



@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, for matching variants
    (memoised: the same names are folded again and again)."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # ASCII has no combining marks: the walk over characters is skipped
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def fold_name_token(token: str) -> str:
    """Fold one name token and merge common transliteration endings (Zelenskyy, Zelenskiy)."""
    token = fold(token)
    token = re.sub(r"(?:iy|yy|ij|ii|yi)$", "y", token)
    return token


def clean_space(text: str) -> str:
    """Collapse whitespace (paragraph breaks included) to single spaces."""
    return " ".join(text.split())


def span_text(doc: Doc, start: int, end: int) -> str:
    """Text of tokens [start, end) with whitespace folded."""
    if start >= end:
        return ""
    return clean_space(doc[start:end].text)


def strip_span(span: Span, drop_lower: frozenset[str] = frozenset({"the", "a", "an"})) -> Span:
    """Trim determiners, possessive markers and punctuation from the ends of a span."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = doc_tokens(doc)  # (doc[i] makes a new Token at each look)
    while start < end and (tokens[start].lower_ in drop_lower or tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and (
        tokens[end - 1].orth_ in POSSESSIVE_ORTH or tokens[end - 1].is_punct or tokens[end - 1].is_space
        or tokens[end - 1].lower_ in {"of", "and", "'s"}
    ):
        end -= 1
    return doc[start:end]


_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every blank-line separated paragraph of ``text``, empty ones included,
    so that callers can keep their own idea of an empty paragraph."""
    spans, pos = [], 0
    for match in _BLANK_LINE.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def paragraph_index(doc: Doc) -> list[int]:
    """Paragraph number of each token (paragraphs are separated by blank lines)."""
    index, current = [], 0
    for token in doc_tokens(doc):
        index.append(current)
        if token.is_space and token.text.count("\n") >= 2:
            current += 1
        elif "\n\n" in token.whitespace_:
            current += 1
    return index


@lru_cache(maxsize=4)
def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy joins every token's text on each call, making
    a Token for each): joined here over the Doc's cached tokens (:func:`doc_tokens`), as spaCy
    joins them (``"".join(t.text_with_ws for t in doc)``)."""
    return "".join([t.text_with_ws for t in doc_tokens(doc)])


@lru_cache(maxsize=4)
def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The Tokens of ``doc``, made once per Doc: ``doc[i]`` and a walk over a Span build a new
    Token on every step, ten times the cost of a step of ``for token in doc``; loops over every
    sentence index this tuple instead (``doc_tokens(doc)[sent.start : sent.end]``)."""
    return tuple(doc)


@lru_cache(maxsize=4)
def doc_lowers(doc: Doc) -> tuple[str, ...]:
    """Every token's ``lower_``, read once per Doc: the rules scan the whole Doc for a word
    several times, and each ``Token.lower_`` is a call into spaCy that decodes a string."""
    return tuple([t.lower_ for t in doc_tokens(doc)])


@lru_cache(maxsize=4)
def sentences(doc: Doc) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """The sentences of ``doc`` and each token's sentence number, computed once per Doc
    (``Token.sent`` scans the whole document on every call)."""
    sents = tuple(doc.sents)
    index = [0] * len(doc)
    for n, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return sents, tuple(index)


def sent_of(token: Token) -> Span:
    """The sentence of ``token`` (cached; see :func:`sentences`)."""
    sents, index = sentences(token.doc)
    return sents[index[token.i]]
