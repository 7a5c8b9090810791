"""Small pure helpers on strings and tokens shared by the extractors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, wraps
from typing import Callable, Container, TypeVar

from spacy.tokens import Doc, Span, Token

from ..grammar import POSSESSIVE_ORTH

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
STRAIGHT_SINGLE = "'"
QUOTE_CHARS = set(OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE)
# The hyphen and the en and em dashes, as a line that signs a quote opens with ("-Michelle Marks",
# "— Senator X") and the tokenizer may leave glued to the word after them.
DASHES = "-\u2013\u2014"

# The per-Doc tables the rules share (the Doc's tokens, text, sentences, children, entities ...)
# are kept on the Doc itself, in ``doc.user_data[DOC_TABLES]``, so each is made once per Doc
# whatever order the components run in: an ``lru_cache`` of a few Docs misses when a component
# runs over many Docs before the next (``make bench`` times them so, each over every document of
# its sample) and made every table again in each component. The tables hold Tokens, which hold
# the Doc: the last component drops them (:func:`drop_doc_tables`), so no cycle outlives the
# pipeline and the Doc stays serialisable (``DocBin``, ``Doc.to_bytes``).
DOC_TABLES = "ng_doc_tables"

_R = TypeVar("_R")


def per_doc(build: Callable[..., _R]) -> Callable[..., _R]:
    """``build(doc, *args)`` made once per Doc (and arguments), kept on the Doc (see
    :data:`DOC_TABLES`). The extractors never retokenize nor change a Doc's entities or
    sentences, so a table stays right for the Doc's life in the pipeline."""

    @wraps(build)
    def cached(doc: Doc, *args):
        tables = doc_tables(doc)
        key = (build, *args) if args else build
        try:
            return tables[key]
        except KeyError:
            value = tables[key] = build(doc, *args)
            return value

    return cached


def doc_tables(doc: Doc) -> dict:
    """The tables kept on ``doc`` (see :data:`DOC_TABLES`), by their builder or their name."""
    tables = doc.user_data.get(DOC_TABLES)
    if tables is None:
        tables = doc.user_data[DOC_TABLES] = {}
    return tables


def drop_doc_tables(doc: Doc) -> None:
    """Forget the tables :func:`per_doc` kept on ``doc`` (when the last component is done)."""
    doc.user_data.pop(DOC_TABLES, None)



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


def ends_paragraph(token: Token) -> bool:
    """Whether a blank line follows ``token`` (a space token holding one, or its own trailing
    whitespace): the paragraph break of :func:`paragraph_spans`."""
    return (token.is_space and token.text.count("\n") >= 2) or "\n\n" in token.whitespace_


def paragraph_index(doc: Doc) -> list[int]:
    """Paragraph number of each token (paragraphs are separated by blank lines)."""
    index, current = [], 0
    for token in doc_tokens(doc):
        index.append(current)
        if ends_paragraph(token):
            current += 1
    return index


@per_doc
def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy joins every token's text on each call, making
    a Token for each): joined here over the Doc's cached tokens (:func:`doc_tokens`), as spaCy
    joins them (``"".join(t.text_with_ws for t in doc)``)."""
    return "".join([t.text_with_ws for t in doc_tokens(doc)])


@per_doc
def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The Tokens of ``doc``, made once per Doc: ``doc[i]`` and a walk over a Span build a new
    Token on every step, ten times the cost of a step of ``for token in doc``; loops over every
    sentence index this tuple instead (``doc_tokens(doc)[sent.start : sent.end]``)."""
    return tuple(doc)


@per_doc
def doc_lowers(doc: Doc) -> tuple[str, ...]:
    """Every token's ``lower_``, read once per Doc: the rules scan the whole Doc for a word
    several times, and each ``Token.lower_`` is a call into spaCy that decodes a string."""
    return tuple([t.lower_ for t in doc_tokens(doc)])


@per_doc
def lower_positions(doc: Doc) -> dict[str, tuple[int, ...]]:
    """The positions of each lower-case form of the Doc, in text order, made once per Doc: a rule
    looking for a few words visits their tokens (:func:`positions`) instead of every token."""
    found: dict[str, list[int]] = {}
    for i, low in enumerate(doc_lowers(doc)):
        found.setdefault(low, []).append(i)
    return {lower: tuple(at) for lower, at in found.items()}


@per_doc
def lemma_positions(doc: Doc) -> dict[str, tuple[int, ...]]:
    """The positions of each lemma (lower-cased, as the rules compare lemmas) of the Doc, in text
    order, made once per Doc (see :func:`lower_positions`)."""
    found: dict[str, list[int]] = {}
    for tok in doc_tokens(doc):
        found.setdefault(tok.lemma_.lower(), []).append(tok.i)
    return {lemma: tuple(at) for lemma, at in found.items()}


def positions(index: dict[str, tuple[int, ...]], words: Container[str]) -> list[int]:
    """The positions of any of ``words`` in a Doc's ``index`` (:func:`lower_positions`,
    :func:`lemma_positions`), in text order: the tokens a scan for those words would stop at."""
    found = [i for word, at in index.items() if word in words for i in at]
    found.sort()
    return found


@per_doc
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
