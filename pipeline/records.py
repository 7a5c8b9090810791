"""Typed records that cross stage boundaries, and the output tables' column names.

Per-document records (``LocalActor``, ``QuoteRecord``, ``StanceRecord``) are what the extract
stage produces for one document; they are plain tuples of scalars so they serialise to JSON
(the incremental cache) and cross process boundaries unchanged. Actor references inside one
document are indexes into the document's ``actors`` list (-1: none).
"""

from __future__ import annotations

from typing import Any, NamedTuple

# Output columns, defined once (see CONTRACT.md). Extra columns follow the contract's ones.
DOCUMENT_COLUMNS = (
    "doc_id", "path", "title", "source", "date", "status", "error",
    "licence", "words", "duplicate_of", "encoding", "language", "negotiation_id",
)
ACTOR_COLUMNS = (
    "actor_id", "name", "type", "aliases", "role", "affiliation", "doc_ids",
    "mentions", "n_quotes", "n_stances",
)
QUOTE_COLUMNS = (
    "quote_id", "doc_id", "speaker_id", "speaker", "text", "kind", "cue",
    "start_char", "end_char", "doc_ids", "quote_node", "speaker_description",
)
STANCE_COLUMNS = (
    "stance_id", "doc_id", "actor_id", "actor", "issue_id", "issue", "polarity", "red_line",
    "condition", "cue", "evidence", "start_char", "end_char", "claimed_by", "quote_id",
    "issue_text", "hedged", "duplicate", "negotiation_id", "shift_from", "date",
)
# issues and their categories are two levels of one hierarchy: an issue row's ``parent`` is the
# ``issue_id`` of its category's row (``level`` = category)
ISSUE_COLUMNS = ("issue_id", "label", "aliases", "doc_ids", "category", "n_stances", "negotiation_id", "parent", "level")
NEGOTIATION_COLUMNS = ("negotiation_id", "label", "parties", "doc_ids", "first_date", "last_date",
                       "party_names", "n_issues", "n_stances")

POLARITIES = ("support", "oppose", "propose", "demand", "consider")
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP", "GROUP")


class Document(NamedTuple):
    """One input document after ingest."""

    doc_id: str
    path: str
    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    licence: str = ""
    status: str = "ok"
    error: str = ""
    encoding: str = ""
    language: str = ""
    duplicate_of: str = ""
    words: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class LocalActor(NamedTuple):
    """An actor as one document knows it: a cluster of mentions.

    Attributes:
        name: the fullest name the document gives (``Volodymyr Zelensky``).
        type: PERSON, ORG, GPE, NORP or GROUP.
        gaz_id: the gazetteer id when the actor is a known state or organisation.
        aliases: other surface forms seen in the document, titles included.
        role: the title or function the text gives (``Secretary of State``).
        affiliation: index of the local actor it speaks for, or -1.
        affiliation_gaz: gazetteer id of that affiliation when known (survives merging).
        mentions: number of mentions (references by pronoun or title included).
        acting: whether the actor acts or speaks in the text (not only a venue).
        first_char: offset of its first mention, for stable ordering.
    """

    name: str
    type: str
    gaz_id: str = ""
    aliases: tuple[str, ...] = ()
    role: str = ""
    affiliation: int = -1
    affiliation_gaz: str = ""
    mentions: int = 0
    acting: bool = True
    first_char: int = 0


class QuoteRecord(NamedTuple):
    """A quotation in one document; ``speaker`` indexes the document's actors (-1 unknown).

    ``speaker_description`` keeps how the text names an unnamed speaker ("a senior U.S.
    official", "SENIOR ADMINISTRATION OFFICIAL"), whose words are credited to ``speaker``, the
    state or organisation they speak for; empty when the speaker is named.
    """

    text: str
    kind: str
    cue: str
    start: int
    end: int
    speaker: int = -1
    speaker_description: str = ""


class StanceRecord(NamedTuple):
    """A stance statement in one document.

    ``actor``/``claimed_by`` index the document's actors; ``quote`` indexes its quotes (-1: none).
    ``issue_text`` is the phrase as written; ``issue`` the normalised label.
    """

    actor: int
    issue: str
    issue_text: str
    polarity: str
    cue: str
    evidence: str
    start: int
    end: int
    red_line: bool = False
    condition: str = ""
    claimed_by: int = -1
    quote: int = -1
    hedged: bool = False


class DocResult(NamedTuple):
    """Everything the per-document stages produce for one document."""

    document: Document
    actors: tuple[LocalActor, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    stances: tuple[StanceRecord, ...] = ()
    words: int = 0

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable form (the cache format)."""
        return {
            "document": self.document._asdict(),
            "actors": [a._asdict() for a in self.actors],
            "quotes": [q._asdict() for q in self.quotes],
            "stances": [s._asdict() for s in self.stances],
            "words": self.words,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "DocResult":
        """Inverse of :meth:`to_json`."""
        return cls(
            document=Document(**data["document"]),
            actors=tuple(LocalActor(**{**a, "aliases": tuple(a["aliases"])}) for a in data["actors"]),
            quotes=tuple(QuoteRecord(**q) for q in data["quotes"]),
            stances=tuple(StanceRecord(**s) for s in data["stances"]),
            words=data.get("words", 0),
        )


# ---------------------------------------------------------------------------------------------
# Cross-document records (the resolve stage's output; one row of an output table each)
# ---------------------------------------------------------------------------------------------


class Actor(NamedTuple):
    actor_id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    role: str
    affiliation: str
    doc_ids: tuple[str, ...]
    mentions: int = 0
    n_quotes: int = 0
    n_stances: int = 0


class Issue(NamedTuple):
    issue_id: str
    label: str
    aliases: tuple[str, ...]
    doc_ids: tuple[str, ...]
    category: str = ""
    n_stances: int = 0
    negotiation_id: str = ""
    parent: str = ""
    level: str = "issue"


class Negotiation(NamedTuple):
    """Documents about one dispute and its parties (``parties``: actor ids, most present first)."""

    negotiation_id: str
    label: str
    parties: tuple[str, ...]
    doc_ids: tuple[str, ...]
    first_date: str = ""
    last_date: str = ""
    party_names: tuple[str, ...] = ()
    n_issues: int = 0
    n_stances: int = 0


class Quote(NamedTuple):
    quote_id: str
    doc_id: str
    speaker_id: str
    speaker: str
    text: str
    kind: str
    cue: str
    start_char: int
    end_char: int
    doc_ids: tuple[str, ...]
    quote_node: str = ""
    speaker_description: str = ""


class Stance(NamedTuple):
    stance_id: str
    doc_id: str
    actor_id: str
    actor: str
    issue_id: str
    issue: str
    polarity: str
    red_line: bool
    condition: str
    cue: str
    evidence: str
    start_char: int
    end_char: int
    claimed_by: str
    quote_id: str
    issue_text: str = ""
    hedged: bool = False
    duplicate: bool = False
    negotiation_id: str = ""
    shift_from: str = ""
    date: str = ""


class Resolved(NamedTuple):
    """Everything the graph and export stages need, across all documents."""

    documents: tuple[Document, ...]
    actors: tuple[Actor, ...]
    issues: tuple[Issue, ...]
    quotes: tuple[Quote, ...]
    stances: tuple[Stance, ...]
    words: int = 0
    negotiations: tuple[Negotiation, ...] = ()
    categories: tuple[Issue, ...] = ()

    def negotiation_of(self) -> dict[str, str]:
        """doc_id -> negotiation_id."""
        return {d: n.negotiation_id for n in self.negotiations for d in n.doc_ids}
