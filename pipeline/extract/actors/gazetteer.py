"""Gazetteer matching: every name, alias, metonym and demonym of the known actors, found with
one PhraseMatcher per (lexicon, vocab)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...grammar import POSSESSIVE_ORTH
from ...lexicon import GazetteerEntry, Lexicon


class GazForm(NamedTuple):
    entry: GazetteerEntry
    form: str  # name | alias | metonym | demonym_adj | demonym_plural


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, dict[int, GazForm]]] = {}


def gazetteer_matcher(lexicon: Lexicon, vocab: Vocab) -> tuple[PhraseMatcher, dict[int, GazForm]]:
    """A PhraseMatcher over every gazetteer form, built once per (lexicon, vocab)."""
    cache_key = (id(lexicon), id(vocab))
    if cache_key in _MATCHERS:
        return _MATCHERS[cache_key]
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    forms: dict[int, GazForm] = {}
    for entry in lexicon.gazetteer:
        items = [(entry.name, "name")] + [(a, "alias") for a in entry.aliases]
        items += [(m, "metonym") for m in entry.metonyms]
        for demonym in entry.demonyms:
            plural = demonym.endswith("s") and not demonym.endswith(("ss", "ese", "ish"))
            items.append((demonym, "demonym_plural" if plural else "demonym_adj"))
        for text, form in items:
            key = f"{entry.id}|{form}|{text}"
            match_id = vocab.strings.add(key)
            forms[match_id] = GazForm(entry, form)
            matcher.add(key, [tokenizer(text)])
    _MATCHERS[cache_key] = (matcher, forms)
    return matcher, forms


def gazetteer_spans(doc: Doc, lexicon: Lexicon) -> list[tuple[Span, GazForm]]:
    """Gazetteer matches in ``doc``, longest first, no overlaps."""
    if not lexicon.gazetteer:
        return []
    matcher, forms = gazetteer_matcher(lexicon, doc.vocab)
    found = {}
    for match_id, start, end in matcher(doc):
        found[(start, end)] = (doc[start:end], forms[match_id])
    kept = filter_spans([span for span, _ in found.values()])
    covered = {t.i for span in kept for t in span}
    return [(span, found[(span.start, span.end)][1]) for span in kept
            if not _inside_longer_name(span) and not _ends_longer_name(span, covered)]


def _ends_longer_name(span: Span, covered: set[int]) -> bool:
    """"the African National Congress", "the National People's Congress": a known name that ends
    a longer proper name (capitalised words before it inside one named entity, none of them a
    known name or demonym: "the Philippine Senate" is the Philippines' senate) is not that
    known actor."""
    doc = span.doc
    if span.start == 0 or span[0].ent_iob_ != "I":
        return False
    before = doc[span.start - 1]
    if before.i in covered or before.ent_iob_ not in {"B", "I"}:
        return False
    words = [before]
    if before.orth_ in POSSESSIVE_ORTH:
        # "the National People's Congress" names one body; "Trump's State Department" is the
        # department of the man: a possessive inside a name needs a capitalised word before it
        words = [doc[i] for i in (before.i - 2, before.i - 1) if i >= 0]
    return len(words) >= 1 and all(w.i not in covered and w.is_alpha and w.is_title and w.pos_ == "PROPN"
                                   and not w.is_stop and w.ent_iob_ in {"B", "I"} for w in words)


def _inside_longer_name(span: Span) -> bool:
    """"the Congress of South African Trade Unions": a known name that opens a longer proper name
    ("X of" + capitalised words inside one named entity) is not that known actor."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or not doc[span.end + 1].is_title:
        return False
    return span[0].ent_iob_ in {"B", "I"} and doc[span.end].ent_iob_ == "I" and doc[span.end + 1].ent_iob_ == "I"
