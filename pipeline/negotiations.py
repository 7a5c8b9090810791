"""Negotiations: documents grouped by the dispute they report (part of the resolve stage).

A negotiation is a conflict or dispute and its parties ("Russia-Ukraine ceasefire talks",
"Iran nuclear talks", "a fuel-price strike in Nigeria"). Two documents belong to one when they
share parties (the actors holding stances or speaking, lifted to the state or organisation
they speak for), with places and specific issues as further evidence, within a time window
when both are dated; negotiations are the connected groups of such links. An actor that appears
in a large share of the corpus (a superpower, the UN) counts half, so it cannot by itself tie
unrelated disputes together. The user's ``[negotiations]`` overrides split, merge and name them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from .ids import slugify

# evidence needed to link two documents (two shared parties that are not ubiquitous suffice;
# with fewer, places and issues must add to it), and its weights
LINK_SCORE = 2.0
WEAK_LINK_SCORE = 2.5
PLACE_WEIGHT = 0.5
ISSUE_WEIGHT = 0.5
UBIQUITOUS_WEIGHT = 0.5
UBIQUITOUS_SHARE = 0.25
UBIQUITOUS_MIN_DOCS = 5
# the shared parties must weigh this share of the smaller party list (a summit of twelve states
# does not join every dispute two of them have)
SHARED_PARTY_SHARE = 0.5
WINDOW_DAYS = 540


class DocFacts(NamedTuple):
    """What one document says about its negotiation."""

    doc_id: str
    date: str
    parties: frozenset[str]
    places: frozenset[str]
    issues: frozenset[str]


# each party's part of a negotiation id ("russia-ukraine-2025") is cut shorter than an id
_ID_PART_MAX = 60


class NegotiationGroup(NamedTuple):
    negotiation_id: str
    doc_ids: tuple[str, ...]
    parties: tuple[str, ...]


def _days(a: str, b: str) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _weights(facts: list[DocFacts]) -> dict[str, float]:
    df = Counter(p for f in facts for p in f.parties)
    limit = max(UBIQUITOUS_MIN_DOCS, UBIQUITOUS_SHARE * len(facts))
    return {p: (UBIQUITOUS_WEIGHT if n > limit else 1.0) for p, n in df.items()}


def link_score(a: DocFacts, b: DocFacts, weights: dict[str, float]) -> float:
    """Evidence that two documents report one negotiation (0 when it is not enough to link them)."""
    shared = a.parties & b.parties
    if not shared or not any(weights.get(p, 1.0) == 1.0 for p in shared):
        return 0.0
    if a.date and b.date:
        days = _days(a.date, b.date)
        if days is not None and days > WINDOW_DAYS:
            return 0.0
    score = sum(weights.get(p, 1.0) for p in shared)
    smaller = min(sum(weights.get(p, 1.0) for p in a.parties), sum(weights.get(p, 1.0) for p in b.parties))
    if score < SHARED_PARTY_SHARE * smaller:
        return 0.0
    score += PLACE_WEIGHT * len((a.places & b.places) - shared)
    score += ISSUE_WEIGHT * len(a.issues & b.issues)
    strong = sum(1 for p in shared if weights.get(p, 1.0) == 1.0)
    return score if score >= (LINK_SCORE if strong >= 2 else WEAK_LINK_SCORE) else 0.0


def group_documents(facts: Iterable[DocFacts]) -> list[list[str]]:
    """Documents in connected groups of linked pairs, each group sorted, groups by first doc.

    Candidate pairs come from an index of the parties that are not ubiquitous, and of a party's
    dated documents only those within the time window of each other, so the work grows with the
    documents that share a party in one period, not with the square of the corpus. Pairs are
    tried in a fixed order (party by party, document by document), and a link that would
    stretch a group beyond the window is refused, so undated documents cannot chain disputes of
    different years together.
    """
    facts = sorted(facts, key=lambda f: f.doc_id)
    weights = _weights(facts)
    parent = list(range(len(facts)))
    span = [(f.date[:10], f.date[:10]) if f.date else ("", "") for f in facts]
    day = [_ordinal(f.date) for f in facts]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        for p in sorted(f.parties):
            if weights[p] == 1.0:
                postings[p].append(i)
    refused: set[tuple[int, int]] = set()  # linked but too far apart: refused again at any other party
    linked = _Linker(facts, weights).linked
    for members in postings.values():
        for x, j_positions in _window_pairs(members, day):
            i = members[x]
            for y in j_positions:
                j = members[y]
                root_i, root_j = find(i), find(j)
                if root_i == root_j or (i, j) in refused or not linked(i, j):
                    continue
                a, b = sorted((root_i, root_j))
                joined = _join_spans(span[a], span[b])
                if joined is None:
                    refused.add((i, j))
                else:
                    parent[b], span[a] = a, joined
    groups: dict[int, list[str]] = defaultdict(list)
    for i, f in enumerate(facts):
        groups[find(i)].append(f.doc_id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


class _Linker:
    """``link_score(a, b) > 0`` for two documents already known to be within the window of each
    other, with each document's strong parties and party weight counted once, not per pair."""

    def __init__(self, facts: list[DocFacts], weights: dict[str, float]) -> None:
        self.facts = facts
        self.strong = [frozenset(p for p in f.parties if weights.get(p, 1.0) == 1.0) for f in facts]
        self.total = [sum(weights.get(p, 1.0) for p in f.parties) for f in facts]

    def linked(self, i: int, j: int) -> bool:
        strong = len(self.strong[i] & self.strong[j])
        if not strong:
            return False
        a, b = self.facts[i], self.facts[j]
        shared = a.parties & b.parties
        # weights are 1 and UBIQUITOUS_WEIGHT (exact in binary): the sum does not depend on order
        score = strong + UBIQUITOUS_WEIGHT * (len(shared) - strong)
        if score < SHARED_PARTY_SHARE * min(self.total[i], self.total[j]):
            return False
        score += PLACE_WEIGHT * len((a.places & b.places) - shared) + ISSUE_WEIGHT * len(a.issues & b.issues)
        return score >= (LINK_SCORE if strong >= 2 else WEAK_LINK_SCORE)


def _ordinal(date: str) -> int | None:
    try:
        return dt.date.fromisoformat(date[:10]).toordinal() if date else None
    except ValueError:
        return None


def _window_pairs(members: list[int], day: list[int | None]):
    """For each position ``x`` in a party's documents, the later positions ``y`` whose document
    could link to it: undated ones, and dated ones within the window (others score 0)."""
    dated = sorted((day[i], y) for y, i in enumerate(members) if day[i] is not None)
    dated_days = [d for d, _ in dated]
    undated = [y for y, i in enumerate(members) if day[i] is None]
    for x, i in enumerate(members):
        if day[i] is None:
            yield x, range(x + 1, len(members))
            continue
        low = bisect.bisect_left(dated_days, day[i] - WINDOW_DAYS)
        high = bisect.bisect_right(dated_days, day[i] + WINDOW_DAYS)
        near = [y for _, y in dated[low:high] if y > x]
        near.extend(undated[bisect.bisect_right(undated, x):])
        near.sort()
        yield x, near


def _join_spans(a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str] | None:
    dates = sorted(d for d in (*a, *b) if d)
    if not dates:
        return ("", "")
    days = _days(dates[0], dates[-1])
    return (dates[0], dates[-1]) if days is None or days <= WINDOW_DAYS else None


def name_groups(groups: list[list[str]], facts: dict[str, DocFacts], names: dict[str, str],
                overrides: dict[str, Any], persons: frozenset[str] = frozenset()) -> list[NegotiationGroup]:
    """Stable ids for the groups, then the user's splits and merges.

    The id is the slug of the two leading parties (states and organisations before people) and
    the first year (``russia-ukraine-2025``); a group with no party is named after its first
    document.
    """
    out: dict[str, list[str]] = {}
    for docs in groups:
        parties = _ranked_parties(docs, facts, names, persons)
        years = sorted(facts[d].date[:4] for d in docs if facts[d].date)
        base = "-".join(slugify(names.get(p, p), _ID_PART_MAX) for p in lead_parties(parties, names))
        if not base:
            base = slugify(re.sub(r"\.\w+$", "", docs[0]), _ID_PART_MAX)
        elif years:
            base = f"{base}-{years[0]}"
        nid, n = base, 2
        while nid in out:
            nid, n = f"{base}-{n}", n + 1
        out[nid] = list(docs)
    of_doc = {d: nid for nid, docs in out.items() for d in docs}
    for nid, docs in sorted((overrides.get("split") or {}).items()):
        for d in docs:
            if d in of_doc:
                out[of_doc[d]].remove(d)
                out.setdefault(nid, []).append(d)
                of_doc[d] = nid
    for target, sources in sorted((overrides.get("merge") or {}).items()):
        for source in sources:
            if source in out and source != target:
                out.setdefault(target, []).extend(out.pop(source))
    return [NegotiationGroup(nid, tuple(sorted(docs)), tuple(_ranked_parties(docs, facts, names, persons)))
            for nid, docs in sorted(out.items()) if docs]


def lead_parties(parties: Iterable[str], names: dict[str, str]) -> list[str]:
    """The two leading parties, in alphabetical order of their names (ids and labels)."""
    return sorted(list(parties)[:2], key=lambda p: (names.get(p, p).lower(), p))


def _ranked_parties(docs: Iterable[str], facts: dict[str, DocFacts], names: dict[str, str],
                    persons: frozenset[str] = frozenset()) -> list[str]:
    counts = Counter(p for d in docs for p in facts[d].parties)
    return sorted(counts, key=lambda p: (p in persons, -counts[p], names.get(p, p), p))


def date_range(docs: Iterable[str], dates: dict[str, str]) -> tuple[str, str]:
    """First and last date of a negotiation's dated documents ("" when none is dated)."""
    known = sorted(dates[d] for d in docs if dates.get(d))
    return (known[0], known[-1]) if known else ("", "")
