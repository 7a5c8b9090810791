"""Gazetteer matching: every name, alias, metonym and demonym of the known actors, found with
one PhraseMatcher per (lexicon, vocab)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...lexicon import GazetteerEntry, Lexicon


class GazForm(NamedTuple):
    entry: GazetteerEntry
    form: str  # name | alias | metonym | demonym_adj | demonym_plural


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, dict[int, GazForm]]] = {}


def _gazetteer_matcher(lexicon: Lexicon, vocab: Vocab) -> tuple[PhraseMatcher, dict[int, GazForm]]:
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
    matcher, forms = _gazetteer_matcher(lexicon, doc.vocab)
    found = {}
    for match_id, start, end in matcher(doc):
        found[(start, end)] = (doc[start:end], forms[match_id])
    kept = filter_spans([span for span, _ in found.values()])
    return [(span, found[(span.start, span.end)][1]) for span in kept if not _inside_longer_name(span)]


def _inside_longer_name(span: Span) -> bool:
    """"the Congress of South African Trade Unions": a known name that opens a longer proper name
    ("X of" + capitalised words inside one named entity) is not that known actor."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or not doc[span.end + 1].is_title:
        return False
    return span[0].ent_iob_ in {"B", "I"} and doc[span.end].ent_iob_ == "I" and doc[span.end + 1].ent_iob_ == "I"
