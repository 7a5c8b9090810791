"""Per-document steps of the resolve stage, given what the corpus-wide steps decided.

Everything here reads one document's records and a :class:`Context` (actor ids by key, actor
names and parties, negotiations of documents, issue ids of labels) and returns that document's
facts, labels or rows; each partition of the corpus runs them on its own documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..extract.text import fold
from ..ids import short_hash
from ..issues import IssueModel, is_generic, is_stop_label, issue_key
from ..negotiations import DocFacts
from ..records import DocResult, Quote, Stance
from .actors import doc_actor_ids
from .keys import Key


# labels repeat across documents: their readings are cached (the model is one object per taxonomy file)
@lru_cache(maxsize=1 << 16)
def _stop(label: str, model: IssueModel) -> bool:
    return is_stop_label(label, model)


@lru_cache(maxsize=1 << 16)
def _specific_head(label: str, model: IssueModel) -> str:
    """The head of a specific issue label ("" for a generic or stop label)."""
    if is_generic(label, model) or is_stop_label(label, model):
        return ""
    return issue_key(label, model).head


def clear_caches() -> None:
    """Forget the cached readings: they hold the issue model, which hashes by identity (on a
    worker each pass unpickles a fresh one), so they live one partition, not the process."""
    _stop.cache_clear()
    _specific_head.cache_clear()
    _quote_words.cache_clear()
    _NODE_IDS.clear()
    _NODE_IDS_FOR[:] = [None, None]


@dataclass(frozen=True)
class Context:
    """What the per-document steps need from the corpus-wide ones (filled in stage by stage, with
    :func:`dataclasses.replace`)."""

    ids: dict[Key, str]
    dropped: frozenset[str]
    model: IssueModel
    names: dict[str, str] = field(default_factory=dict)
    # actor id -> the state or organisation it speaks for, or itself
    party: dict[str, str] = field(default_factory=dict)
    # actor id -> the places (GPE rows) it puts in a document
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    affiliation_of: dict[str, str] = field(default_factory=dict)
    doc_neg: dict[str, str] = field(default_factory=dict)
    label_to_id: dict[tuple[str, str], str] = field(default_factory=dict)
    issue_label: dict[str, str] = field(default_factory=dict)
    # doc_id -> the documents that duplicate it
    duplicates: dict[str, tuple[str, ...]] = field(default_factory=dict)


def active(results: Iterable[DocResult]) -> Iterator[DocResult]:
    return (r for r in results if r.document.ok and not r.document.duplicate_of)


# each document's actor ids, read by every pass after the actor keys: made once per document
# for the ids and drops of one build (cleared with the other caches)
_NODE_IDS: dict[str, dict[int, str]] = {}
_NODE_IDS_FOR: list[Any] = [None, None]


def node_ids(result: DocResult, ctx: Context) -> dict[int, str]:
    """Local actor index -> actor id, for the actors not dropped."""
    if _NODE_IDS_FOR[0] is not ctx.ids or _NODE_IDS_FOR[1] is not ctx.dropped:
        _NODE_IDS.clear()
        _NODE_IDS_FOR[:] = [ctx.ids, ctx.dropped]
    doc_id = result.document.doc_id
    ids = _NODE_IDS.get(doc_id)
    if ids is None:
        ids = _NODE_IDS[doc_id] = {i: aid for i, aid in enumerate(doc_actor_ids(result, ctx.ids))
                                   if aid not in ctx.dropped}
    return ids


def doc_facts(result: DocResult, ctx: Context) -> DocFacts:
    """A document's parties (stance holders, claimants and speakers, lifted to the state or
    organisation they speak for), places (states it mentions) and specific issue heads."""
    ids = node_ids(result, ctx)

    def party(i: int) -> str:
        return ctx.party.get(ids.get(i, ""), "") if i >= 0 else ""

    held = Counter(party(s.actor) for s in result.stances)
    voiced = Counter([party(s.claimed_by) for s in result.stances] + [party(q.speaker) for q in result.quotes])
    parties = (set(held) | set(voiced)) - {""}
    places = {p for aid in ids.values() for p in ctx.places.get(aid, ())}
    heads = {_specific_head(s.issue, ctx.model) for s in result.stances} - {""}
    doc = result.document
    presence = tuple((p, held[p], voiced[p]) for p in sorted(parties))
    return DocFacts(doc.doc_id, doc.date, frozenset(parties), frozenset(places), frozenset(heads), presence)


def doc_labels(result: DocResult, ctx: Context) -> Counter:
    """(negotiation_id, issue label) -> stances, for the stances whose holder is kept."""
    ids = node_ids(result, ctx)
    nid = ctx.doc_neg[result.document.doc_id]
    return Counter((nid, s.issue) for s in result.stances if s.actor in ids and not _stop(s.issue, ctx.model))


@lru_cache(maxsize=1 << 14)
def _quote_words(text: str) -> str:
    return re.sub(r"\W+", " ", fold(text)).strip()


def quote_node(result: DocResult, ids: dict[int, str], q: Any) -> tuple[str, str]:
    """A quotation's speaker id and quote node: the same words by the same speaker are one node."""
    speaker_id = ids.get(q.speaker, "") if q.speaker >= 0 else ""
    return speaker_id, "qn-" + short_hash(_quote_words(q.text), speaker_id, q.kind == "indirect")


def quote_id(doc_id: str, q: Any) -> str:
    """A quotation occurrence's id: its document, place and kind."""
    return "q-" + short_hash(doc_id, q.start, q.end, q.kind)


def doc_quotes(result: DocResult, ctx: Context) -> list[Quote]:
    """One row per occurrence, with its document and that document's duplicates (the other
    documents of its quote node are added once every row is known)."""
    doc_id = result.document.doc_id
    ids = node_ids(result, ctx)
    docs = tuple(sorted({doc_id, *ctx.duplicates.get(doc_id, ())}))
    rows = []
    for q in result.quotes:
        speaker_id, qnode = quote_node(result, ids, q)
        rows.append(Quote(quote_id(doc_id, q), doc_id, speaker_id,
                          ctx.names.get(speaker_id, ""), q.text, q.kind, q.cue, q.start, q.end,
                          docs, qnode, q.speaker_description))
    return rows


def doc_stances(result: DocResult, ctx: Context) -> list[Stance]:
    """A document's stance rows (a repeated one marked ``duplicate``; ``shift_from`` is set once
    every row is known)."""
    doc_id = result.document.doc_id
    ids = node_ids(result, ctx)
    stances: list[Stance] = []
    seen: set[tuple[str, str, str, str, bool, str]] = set()
    for s in result.stances:
        actor_id = ids.get(s.actor)
        if not actor_id or _stop(s.issue, ctx.model):
            continue
        negotiation_id = ctx.doc_neg[doc_id]
        issue_id = ctx.label_to_id[(negotiation_id, s.issue)]
        claimed = ids.get(s.claimed_by, "") if s.claimed_by >= 0 else ""
        if claimed and (ctx.affiliation_of.get(claimed) == actor_id or ctx.affiliation_of.get(actor_id) == claimed):
            claimed = ""  # a leader stating his state's position (known from any document) is no claim
        # a repeat is a duplicate only when it adds nothing: a red line or a condition said the
        # second time ("ready to move forward if Russia does the same") is evidence of its own
        key = (actor_id, issue_id, s.polarity, claimed, bool(s.red_line), s.condition)
        duplicate = key in seen
        seen.add(key)
        stance_id = "s-" + short_hash(doc_id, s.start, s.end, actor_id, s.issue, s.polarity, s.cue)
        quoted = quote_id(doc_id, result.quotes[s.quote]) if 0 <= s.quote < len(result.quotes) else ""
        stances.append(Stance(
            stance_id=stance_id, doc_id=doc_id, actor_id=actor_id, actor=ctx.names[actor_id], issue_id=issue_id,
            issue=ctx.issue_label[issue_id], polarity=s.polarity, red_line=bool(s.red_line), condition=s.condition,
            cue=s.cue, evidence=s.evidence, start_char=s.start, end_char=s.end, claimed_by=claimed, quote_id=quoted,
            issue_text=s.issue_text, hedged=bool(s.hedged), duplicate=duplicate, negotiation_id=negotiation_id,
            date=result.document.date, shift_from="",
        ))
    return stances
