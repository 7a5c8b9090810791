"""Actor clusters under construction (one ``Builder`` per actor, a ``Candidates`` per document)
and the tests on a mention's span: is it a title, a place, a party that acts?"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...grammar import LOCATIVE_PREPS, SUBJECT_DEPS
from ...lexicon import Lexicon


@dataclass
class Builder:
    key: str
    type: str
    name: str
    gaz_id: str = ""
    aliases: dict[str, None] = field(default_factory=dict)
    role: str = ""
    affiliation_key: str = ""
    affiliation_gaz: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    acting: bool = False
    surname: str = ""
    full_tokens: tuple[str, ...] = ()

    def add(self, start: int, end: int, kind: str, alias: str = "") -> None:
        self.spans.append((start, end, kind))
        if alias[:4].lower() == "the ":
            alias = alias[4:]
        if alias and alias != self.name:
            self.aliases.setdefault(alias, None)


def is_title_word(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in lexicon.title_heads or token.lower_ in lexicon.title_modifiers


def title_like_org(span: Span, lexicon: Lexicon) -> bool:
    """An ORG the NER cut out of a title ("State" in "Secretary of State", "National Security" in
    "National Security Adviser"): title words only, next to a title's other words. "his Labour
    Party", "the Opposition Party said" are organisations: a compound ending in an organisation's
    head word, with no title word beside it."""
    words = [t for t in span if not t.is_punct and t.lower_ not in {"the", "of"}]
    if not words or not all(is_title_word(t, lexicon) for t in words):
        return False
    doc = span.doc
    if words[-1].lower_ not in lexicon.org_heads or not words[-1].is_title or any(t.lower_ == "of" for t in span):
        return True  # "State of the Union" (a programme), "Secretary of State"
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in {"the", "of"}:
        k -= 1
    beside = [doc[k]] if k >= 0 else []
    beside += [doc[span.end]] if span.end < len(doc) else []
    return any(t.lower_ in lexicon.title_heads for t in beside)


def display_name(span: Span) -> str:
    text = span.text
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    text = " ".join(text.split()).strip(" ,;:")
    # keep the period of an abbreviation ("U.S."), drop a sentence's
    if text.endswith(".") and not (len(text) >= 2 and text[-2].isupper() and "." in text[:-1]):
        text = text[:-1]
    return text


def is_locative(span: Span) -> bool:
    """A place reference: object of a locative preposition, or modifier of a non-party noun."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    if root.dep_ in {"compound", "amod", "nmod", "npadvmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return True
    return False


def is_acting(span: Span, lexicon: Lexicon) -> bool:
    """A mention that acts or speaks: subject, agent, possessor, party in a coordination."""
    root = span.root
    dep = root.dep_
    if dep in SUBJECT_DEPS or dep == "poss":
        return True
    if dep == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    if dep == "pobj" and root.head.lower_ in {"between", "with", "by"}:
        return True
    if dep == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True  # "according to Washington"
    if dep == "pobj" and root.head.lower_ == "in" and root.head.head.lower_ in lexicon.anaphoric_bodies \
            and root.head.head.dep_ in SUBJECT_DEPS:
        return True  # "the government in Khartoum rejected ...": the state seated there acts
    if dep in {"compound", "nmod"} and root.head.lemma_.lower() in lexicon.voice_nouns:
        return True  # "under Kremlin review", "a Kremlin spokesman", "the White House statement"
    if dep == "conj":
        first = root
        while first.dep_ == "conj":
            first = first.head
        return first.dep_ in SUBJECT_DEPS or first.dep_ == "poss"
    if dep == "appos":
        return root.head.dep_ in SUBJECT_DEPS
    return False


