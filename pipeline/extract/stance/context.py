"""The two types the stance rules pass around: a cue found in the parse, and the document
context (actors, quotations, lexicon, and what earlier rules learned) each rule reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import QuoteRecord
from ..actors import ActorTable


class Cue(NamedTuple):
    token: Token
    polarity: str
    kind: str  # verb | phrasal | adjective | noun | participle | action | without | predicate | evaluation | deontic
    obj: Token | None  # where the issue is (a noun, or a verb for embedded actions)
    holder: Token | None = None  # set when the construction names the holder itself
    red_line: bool = False
    text: str = ""
    reporter: bool = False  # the holder is whoever reports the clause (evaluations, obligations)
    # the other party, when the holder is the one named after the issue's "with" ("talks with
    # Machar", held by Machar: the talks are with whoever holds them with him)
    counterpart: Token | None = None


@dataclass
class Context:
    doc: Doc
    table: ActorTable
    quotes: list[QuoteRecord]
    lexicon: Lexicon
    quote_of: dict[int, int] = field(default_factory=dict)
    conditional: set[int] = field(default_factory=set)
    recent: list[Token] = field(default_factory=list)  # issue heads of earlier stances
    # the cue token index of each stance in ``recent`` (same order): where the stance was stated,
    # which may be long after its head ("questioned his power to do so" takes the emergency named
    # in the first paragraph)
    recent_at: list[int] = field(default_factory=list)
    recent_polarity: list[str] = field(default_factory=list)  # the polarity of each stance in ``recent``
    # label -> the issue head of the latest stance with that label: an issue taken back by its
    # label ("do as he proposed") keeps its head, for what refers to it later
    label_heads: dict[str, Token] = field(default_factory=dict)
    # actor -> (token index, label, text) of the issues it proposed or weighed, in text order
    proposals: dict[int, list[tuple[int, str, str]]] = field(default_factory=dict)
    hyphen_holders: dict[int, int] = field(default_factory=dict)  # "U.S.-backed" token -> actor
    # aim verbs of a threat, read at the threat; actions an evaluation judges ("it is wrong to X")
    read_as_aims: set[int] = field(default_factory=set)
    # (constructions closed in the sentence, part of speech, tag, lemma, form, dependency label) ->
    # the constructions of reading.FINDERS that may match at a token with them, and whether its
    # word may be a cue (reading._open_at); extract_stances hands in one table per lexicon, kept
    # across Docs
    open_finders: dict[tuple[frozenset, int, int, int, int, int], tuple[tuple, bool]] = field(default_factory=dict)
