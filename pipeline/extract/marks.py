"""Quotation-mark pairing on plain text, robust to what real news does with quote marks.

Handles curly and straight marks (mixed inside one quote), guillemets, doubled apostrophes
standing for a double mark (''like this'', the typewriter convention of some news archives),
single-quoted quotes at
top level and nested inside double ones, a quote running over several paragraphs (opening mark
on each paragraph, closing mark only at the end), and apostrophes that are not quote marks
(Russia's, '90s, workers'). Unbalanced marks never raise: the certain quotes are kept and the
leftover marks are reported.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from .text import doc_text, paragraph_spans

# The quotations of a parsed Doc, paired once: the actors component (pronouns inside quotes are
# left alone) and the quotes component both read them. Lists of ints, so DocBin and worker
# processes can carry them.
QUOTES_KEY = "ng_quote_marks"
if not Doc.has_extension(QUOTES_KEY):
    Doc.set_extension(QUOTES_KEY, default=None)

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'"}
MAX_SINGLE_WORDS = 60


class QuoteSpan(NamedTuple):
    """A quotation: ``start``/``end`` cover the marks, ``inner_start``/``inner_end`` the words."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraphs: int = 1


class Pairing(NamedTuple):
    quotes: list[QuoteSpan]
    stray: list[int]  # offsets of marks that could not be paired


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in paragraph_spans(text) if b > a]


_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE) + '"]')


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close') for every double mark in text[lo:hi]."""
    marks = []
    for found in _DOUBLE_MARK.finditer(text, lo, hi):  # the marks only, not every character
        i, ch = found.start(), found.group()
        if ch in DOUBLE_OPEN:
            marks.append((i, "open"))
        elif ch in DOUBLE_CLOSE:
            marks.append((i, "close"))
        elif ch == '"':
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            if prev in _OPEN_CONTEXT and not nxt.isspace():
                marks.append((i, "open"))
            elif not prev.isspace():
                marks.append((i, "close"))
            elif nxt.isspace():
                marks.append((i, "either"))
            else:
                marks.append((i, "open"))
    return marks


_SINGLE_MARKS = re.compile("['‘’‹›]")


def _single_quotes(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Single-quoted quotations ('can', ‘red line’) that are not apostrophes."""
    found = []
    opens: list[int] = []
    for mark in _SINGLE_MARKS.finditer(text, lo, hi):  # (the marks found by re, not by a loop over every character)
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        is_open = (ch in "'‘‹") and (prev in _OPEN_CONTEXT) and (nxt.isalpha() or nxt.isdigit() or nxt in '"“')
        is_close = (ch in "'’›") and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)—–-\"”" or i + 1 >= hi)
        if prev.isalnum() and nxt.isalpha():
            continue  # apostrophe inside a word: Russia's, don't
        if re.match(r"\d\d(?:s\b|\b)", text[i + 1 : i + 4]):
            continue  # a decade or year: '90s, '22
        if is_close and opens:
            start = opens.pop()
            inner = text[start + 1 : i]
            if inner.strip() and len(inner.split()) <= MAX_SINGLE_WORDS:
                found.append(QuoteSpan(start, i + 1, start + 1, i))
            opens.clear()
        elif is_open:
            opens.append(i)
    # keep quotes not overlapping a double quote's marks
    result = []
    for q in found:
        if any(a < q.start < b and not (a < q.end <= b) for a, b in taken):
            continue
        result.append(q)
    return result


_DOUBLED_APOSTROPHE = re.compile(r"(?<!')''(?!')")


def _doubled_apostrophes_as_marks(text: str) -> tuple[str, set[int]]:
    """``text`` with each doubled apostrophe turned into one straight double mark plus a space
    (offsets kept), and the offsets where such a two-character mark begins. An opening pair
    becomes ' "' (the mark next to the words), a closing pair '" '."""
    chars = list(text)
    starts = set()
    for m in _DOUBLED_APOSTROPHE.finditer(text):
        i = m.start()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 2] if i + 2 < len(text) else " "
        opening = (prev in _OPEN_CONTEXT or prev.isspace()) and not nxt.isspace()
        chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
        starts.add(i)
    return "".join(chars), starts


def pair_quotes(text: str) -> Pairing:
    """Pair the quotation marks of ``text``.

    Args:
        text: a normalised document (paragraphs separated by blank lines).

    Returns:
        The quotations in text order, and the offsets of marks left unpaired.
    """
    if "''" not in text:
        return _pair_marks(text)
    masked, doubled = _doubled_apostrophes_as_marks(text)
    pairing = _pair_marks(masked)
    quotes = []
    for q in pairing.quotes:
        start = q.start - 1 if q.start - 1 in doubled else q.start
        end = q.end + 1 if q.end - 1 in doubled else q.end
        quotes.append(q._replace(start=start, end=end))
    return Pairing(quotes, pairing.stray)


def _pair_marks(text: str) -> Pairing:
    quotes: list[QuoteSpan] = []
    stray: list[int] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    open_paragraphs = 0
    for n, (lo, hi) in enumerate(paragraphs):
        marks = _double_marks(text, lo, hi)
        continuing = open_at is not None
        if continuing:
            # a quote left open by the previous paragraph continues only if this one opens again
            first = marks[0] if marks else None
            lead = text[lo:first[0]] if first else text[lo:hi]
            if first is None or first[1] == "close" or lead.strip():
                stray.append(open_at)  # type: ignore[arg-type]
                open_at = None
                continuing = False
            else:
                marks = marks[1:]
                open_paragraphs += 1
        for offset, kind in marks:
            if open_at is None:
                if kind in {"open", "either"}:
                    open_at, open_paragraphs = offset, 1
                else:
                    stray.append(offset)
            else:
                if kind in {"close", "either"}:
                    if text[open_at + 1 : offset].strip():
                        quotes.append(QuoteSpan(open_at, offset + 1, open_at + 1, offset, open_paragraphs))
                    open_at = None
                else:
                    # an opening mark inside an open quote: the first was stray
                    stray.append(open_at)
                    open_at, open_paragraphs = offset, 1
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            head = text[nxt[0] : nxt[0] + 2].lstrip()[:1] if nxt is not None else ""  # ' "' of a doubled apostrophe
            if nxt is None or not (head and (head in DOUBLE_OPEN or head == '"')):
                stray.append(open_at)
                open_at = None
    taken = [(q.start, q.end) for q in quotes]
    for lo, hi in paragraphs:
        for q in _single_quotes(text, lo, hi, taken):
            if not any(a <= q.start and q.end <= b for a, b in taken):
                quotes.append(q)
    quotes.sort()
    return Pairing(quotes, sorted(stray))


def doc_quotes(doc: Doc) -> list[QuoteSpan]:
    """The quotations of ``doc``'s text (:func:`pair_quotes`), paired on the first call and kept on
    the Doc (``doc._.ng_quote_marks``) for the next ones."""
    stored = doc._.get(QUOTES_KEY)
    if stored is None:
        stored = [list(q) for q in pair_quotes(doc_text(doc)).quotes]
        doc._.set(QUOTES_KEY, stored)
    return [QuoteSpan(*q) for q in stored]


def quote_inner_text(text: str, quote: QuoteSpan) -> str:
    """The quoted words, with the reopening marks of a multi-paragraph quote removed."""
    inner = text[quote.inner_start : quote.inner_end]
    if quote.paragraphs > 1:
        inner = re.sub(r"\n\s*\n\s*(?:''|[“\"„«])", " ", inner)
    return " ".join(inner.split())
