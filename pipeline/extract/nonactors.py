"""Names that are no actors: datelines, bylines, stage directions and verbless fragments.

A dateline ("KABUL (Reuters) -"), a byline ("By Jane Smith, Reuters"), a stage direction in a
transcript ("(Laughter.)", "(Via interpreter)") or a greeting in another language ("Buenas
tardes.") names no party acting in the story. Their mentions are removed from the actor table;
an actor left with no mention, or whose every mention sits in a sentence without a verb (a
header line such as "Press Availability"), no longer counts as acting, so it is kept only if
it speaks or holds a stance.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from spacy.tokens import Doc

from ..grammar import SUBJECT_DEPS
from ..lexicon import Lexicon
from .actors import ActorTable
from .text import doc_text, doc_tokens, paragraph_spans, sent_of, sentences

# "KABUL (Reuters) - ", "WASHINGTON — ", "Geneva, Switzerland – ": a place in capitals or title
# case, an optional agency in brackets, then a dash, at the start of the first paragraph.
_DATELINE = re.compile(r"^\s*([A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,3})\s*(\([^()\n]{1,40}\))?\s*[-—–]+\s")
# "By Jane Smith", "By Jane Smith, Reuters", "By Jane Smith and John Doe | VOA"
_BYLINE = re.compile(r"^\s*By\s+[A-Z][^\n.!?]{0,80}$")
# "(Laughter.)", "(Applause)", "(Via interpreter)", "(In progress)", "[inaudible]"
_STAGE = re.compile(r"[(\[]\s*[A-Za-z][\w’']*(?:\s+[\w’']+){0,2}\s*\.?\s*[)\]]")


def non_actor_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of datelines, bylines and stage directions in ``text``."""
    ranges: list[tuple[int, int]] = []
    paras = [(a, b) for a, b in paragraph_spans(text) if text[a:b].strip()]
    for k, (a, b) in enumerate(paras):
        para = text[a:b]
        if k <= 1 and (m := _BYLINE.match(para)) and len(para.split()) <= 14:
            ranges.append((a, b))
            continue
        if k <= 2 and (m := _DATELINE.match(para)) and len(m.group(1).split()) <= 4:
            ranges.append((a, a + m.end()))
        for m in _STAGE.finditer(para):
            inner = m.group(0)[1:-1].strip()
            if inner[:1].isupper() and not _is_acronym_gloss(para, m.start(), inner):
                ranges.append((a + m.start(), a + m.end()))
    return ranges


def _is_acronym_gloss(para: str, start: int, inner: str) -> bool:
    """"the Free Aceh Movement (GAM)": a short name in brackets after the full one is an alias."""
    word = inner.rstrip(".")
    return " " not in word and (word.isupper() or start > 0 and para[start - 1 : start] == " "
                                and para[:start].rstrip()[-1:].isalpha() and len(word) <= 6)


def drop_non_actor_mentions(doc: Doc, table: ActorTable) -> None:
    """Remove mentions inside datelines, bylines and stage directions; actors left with no
    mention outside verbless fragments no longer act. Call ``table.index()`` afterwards."""
    ranges = non_actor_ranges(doc_text(doc))

    def inside(start: int, end: int) -> bool:
        a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        return any(lo <= a and b <= hi for lo, hi in ranges)

    table.mentions = [m for m in table.mentions if not inside(m.start, m.end)]
    all_sents, sent_index = sentences(doc)
    verbal = [any(t.pos_ in {"VERB", "AUX"} for t in s) for s in all_sents]
    acting_somewhere = {m.actor for m in table.mentions if verbal[sent_index[m.start]]}
    for idx, actor in enumerate(table.actors):
        if actor.acting and idx not in acting_somewhere and actor.type in {"PERSON", "ORG", "NORP"}:
            table.actors[idx] = actor._replace(acting=False)


def is_outlet(name: str, lexicon: Lexicon) -> bool:
    """A news outlet or programme by its name ("Wikinews", "The New York Times", "Fox News")."""
    words = name.lower().split()
    if not words:
        return False
    bare = " ".join(words[1:] if words[0] == "the" else words)
    return bare in lexicon.outlet_names or words[-1] in lexicon.outlet_heads


def outlets_that_only_report(doc: Doc, table: ActorTable, lexicon: Lexicon) -> None:
    """An outlet acts only as the subject of something other than gathering news: "Wikinews has
    contacted the coast guard", "told VOA", "according to Reuters", "the AP reported" leave it
    not acting (kept only if it speaks or holds a stance); "the BBC said it would sue" acts."""
    for idx, actor in enumerate(table.actors):
        if not actor.acting or actor.type not in {"ORG", "PERSON"}:
            continue
        if not any(is_outlet(name, lexicon) for name in (actor.name, *actor.aliases)):
            continue
        spans = [doc[m.start : m.end] for m in table.mentions if m.actor == idx]
        if not any(_acts(span.root, lexicon) for span in spans):
            table.actors[idx] = actor._replace(acting=False)


def _acts(root, lexicon: Lexicon) -> bool:
    """The mention is the subject of a verb that is no news gathering ("the BBC said it would
    challenge the ban"; "the BBC reported", "Wikinews reached out to" are news gathering)."""
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in lexicon.outlet_verbs


def names_that_are_no_parties(doc: Doc, table: ActorTable, lexicon: Lexicon) -> None:
    """Names the NER took for a person or organisation that name no party: an event or process
    ("Brexit", "Covid"), a word of a greeting in another language ("Buenas tardes"), a common
    word capitalised because it opens its sentence ("Time will tell whether ...", when the text
    also writes "time", or the word is in the lexicon's common words; "Realistically, ...",
    tagged as an adverb). Their mentions, pronouns included, are removed and they no longer act.
    Gazetteer actors and names of several words stay. Call ``table.index()`` afterwards."""
    # the phrases' places and the lower-case words, found when an actor first needs them
    found: dict[str, Any] = {}

    def phrases() -> list[tuple[int, int]]:
        if "phrases" not in found:
            found["phrases"] = _phrase_ranges(doc_text(doc), lexicon.non_actor_phrases)
        return found["phrases"]

    def lower_words() -> set[str]:
        if "lower" not in found:
            found["lower"] = {t.text for t in doc_tokens(doc) if t.is_alpha and t.text.islower()}
        return found["lower"]

    # each actor's name mentions, in the table's order (a removal below drops only its actor's)
    named: dict[int, list[tuple[int, int]]] = {}
    for m in table.mentions:
        if m.kind == "name":
            named.setdefault(m.actor, []).append((m.start, m.end))
    for idx, actor in enumerate(table.actors):
        if not actor.acting or actor.gaz_id or actor.type not in {"PERSON", "ORG", "NORP"}:
            continue
        spans = [doc[start:end] for start, end in named.get(idx, ())]
        if not spans:
            continue
        if _no_party(actor.name, spans, phrases, lower_words, lexicon):
            table.actors[idx] = actor._replace(acting=False)
            table.mentions = [m for m in table.mentions if m.actor != idx]


def _no_party(name: str, spans, phrases: Callable[[], list[tuple[int, int]]], lower_words: Callable[[], set[str]],
              lexicon: Lexicon) -> bool:
    """``phrases`` and ``lower_words`` give the document's non-actor phrases (character ranges)
    and lower-case words when asked (most names are decided before)."""
    words = name.split()
    if len(words) != 1:
        return False
    word = words[0].lower()
    if word in lexicon.non_actor_words:
        return True
    if any(word.endswith(s) and len(word) > len(s) + 1 and words[0][:1].isupper() and words[0][1:].islower()
           for s in lexicon.non_actor_suffixes):
        return True  # "Brexit", "Grexit", "Frexit"
    if all(any(lo <= s[0].idx and s[-1].idx + len(s[-1]) <= hi for lo, hi in phrases()) for s in spans):
        return True  # "Buenas tardes"
    if not words[0][1:].islower() or not all(len(s) == 1 and _opens_sentence(s[0]) for s in spans):
        return False
    # "Time will tell" beside "this time"; "Realistically, ..." (an adverb, not a noun)
    return word in lower_words() or word in lexicon.common_words or all(s[0].pos_ in _NOT_NAME_POS for s in spans)


# parts of speech a name never has (the NER's label on a sentence-initial adverb or verb)
_NOT_NAME_POS = {"ADV", "VERB", "AUX", "INTJ", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART"}


def _opens_sentence(token) -> bool:
    """The first word of its sentence, after any opening quotes or brackets."""
    k, start = token.i, sent_of(token).start
    while k > start and (token.doc[k - 1].is_punct or token.doc[k - 1].is_space):
        k -= 1
    return k == start


def _phrase_ranges(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    if not phrases:
        return []
    if not any(ch in text for ch in _FOLDED_TO_ASCII):
        low = text.lower()
        if not any(word in low for word in _needed_words(phrases)):
            return []  # no phrase can match (the pattern's scan costs a tenth of a millisecond a page)
    return [m.span() for m in _phrase_pattern(phrases).finditer(text)]


# Letters that a case-insensitive pattern matches with an ASCII letter but str.lower() does not
# turn into it (dotless i, long s, capital I with dot): a text with one is scanned in full.
_FOLDED_TO_ASCII = "\u0131\u017f\u0130"


@lru_cache(maxsize=4)
def _needed_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """For each phrase, its longest ASCII word, lower-cased: a text in which the pattern of
    :func:`_phrase_pattern` matches the phrase holds that word (case aside) as it is ("": none,
    the text is scanned)."""
    return tuple(max((w for w in p.lower().split() if w.isascii()), key=len, default="") for p in phrases)


@lru_cache(maxsize=4)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """The phrases as one pattern, longest first (compiled once per list)."""
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", flags=re.IGNORECASE)
