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
import math
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
    # per party: (party, stances it holds, quotations and claims it voices), for naming only
    presence: tuple[tuple[str, int, int], ...] = ()


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

    Pairs are tried in a fixed order (party by party, in order of first use; document by
    document), and a link that would stretch a group beyond the window is refused, so undated
    documents cannot chain disputes of different years together. Only the pairs that could link
    are tried (:class:`_Candidates`: those sharing enough of their parties, places and issues,
    within the time window of each other), so the work grows with the documents that share
    enough in one period, not with the square of a party's documents; the pairs left out would
    score 0, so the groups are those of trying every pair.
    """
    facts = sorted(facts, key=lambda f: f.doc_id)
    weights = _weights(facts)
    day = [_ordinal(f.date) for f in facts]
    groups = _Groups(facts, day)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        for p in sorted(f.parties):
            if weights[p] == 1.0:
                postings[p].append(i)
    refused: set[tuple[int, int]] = set()  # linked but too far apart: refused again at any other party
    linker = _Linker(facts, weights)
    candidates = _Candidates(facts, linker.strong, day)
    for party, members in postings.items():
        for i in members:
            for j in candidates.of(i, party, groups.reach(i)):
                root_i, root_j = groups.find(i), groups.find(j)
                if root_i == root_j or (i, j) in refused or not linker.linked(i, j):
                    continue
                if not groups.join(root_i, root_j):
                    refused.add((i, j))
    members_of: dict[int, list[str]] = defaultdict(list)
    for i, f in enumerate(facts):
        members_of[groups.find(i)].append(f.doc_id)
    return sorted((sorted(g) for g in members_of.values()), key=lambda g: g[0])


class _Groups:
    """The groups so far (a union-find whose root is the smaller index) and their date spans:
    as text, which :func:`_join_spans` checks, and as days, which bound where a group's next
    document can be (``None`` where the text is not a plain ISO date, so nothing is bounded)."""

    def __init__(self, facts: list[DocFacts], day: list[int | None]) -> None:
        self.parent = list(range(len(facts)))
        self.span = [(f.date[:10], f.date[:10]) if f.date else ("", "") for f in facts]
        plain = [not f.date or (d is not None and len(f.date[:10]) == 10 and f.date[4] == "-" == f.date[7])
                 for f, d in zip(facts, day)]
        # per root: (first day, last day) of its dated documents, (None, None) if none. A date that
        # is no plain ISO date sorts and measures otherwise in _join_spans: then no span bounds a join
        self.bounded = all(plain)
        self.days: list[tuple[int | None, int | None]] = [(d, d) for d in day]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, root_i: int, root_j: int) -> bool:
        """Join two groups unless their documents would span more than the window."""
        a, b = sorted((root_i, root_j))
        joined = _join_spans(self.span[a], self.span[b])
        if joined is None:
            return False
        self.parent[b], self.span[a] = a, joined
        firsts = [d for d in (self.days[a][0], self.days[b][0]) if d is not None]
        lasts = [d for d in (self.days[a][1], self.days[b][1]) if d is not None]
        self.days[a] = (min(firsts), max(lasts)) if firsts else (None, None)
        return True

    def reach(self, i: int) -> tuple[int, int] | None:
        """The days a dated document must fall in to join ``i``'s group (None: any day): within
        the window of each end of the group's span (of ``i``'s own day, at least)."""
        days = self.days[self.find(i)]
        if not self.bounded or days[0] is None:
            return None
        return days[1] - WINDOW_DAYS, days[0] + WINDOW_DAYS


# A linked pair shares two strong parties, or one and enough other evidence: each ubiquitous
# party, place or issue they share adds at least this much, so one strong party needs this many
# of them besides (3 with the weights above)
_OTHERS_NEEDED = math.ceil((WEAK_LINK_SCORE - 1.0) / min(UBIQUITOUS_WEIGHT, PLACE_WEIGHT, ISSUE_WEIGHT) - 1e-9)


class _Candidates:
    """For a document and one of its strong parties, the later documents with that party that
    could link to it: within the time window, and sharing another strong party or at least
    ``_OTHERS_NEEDED`` of their other features (ubiquitous parties, places, issues), which is
    what :meth:`_Linker.linked` needs at the least. Found by prefix filtering: with each
    document's other features in one global order (rarest first), two sets sharing ``k`` of
    them share one among the first ``len - k + 1`` of each, so a document is indexed under
    (party, other strong party) and (party, one of those first features) only."""

    def __init__(self, facts: list[DocFacts], strong: list[frozenset[str]], day: list[int | None]) -> None:
        self.day = day
        others = [[("u", p) for p in f.parties if p not in s] + [("l", p) for p in f.places] + [("i", h) for h in f.issues]
                  for f, s in zip(facts, strong)]
        frequency = Counter(x for o in others for x in o)
        rank = {x: r for r, x in enumerate(sorted(frequency, key=lambda x: (frequency[x], x)))}
        self.keys: list[dict[str, list[tuple]]] = []  # per document: its keys by party
        postings: dict[tuple, list[int]] = defaultdict(list)
        for i, (s, o) in enumerate(zip(strong, others)):
            prefix = sorted(o, key=rank.__getitem__)[:len(o) - _OTHERS_NEEDED + 1] if len(o) >= _OTHERS_NEEDED else []
            keys = {p: [(p, "p", q) for q in s if q != p] + [(p, *x) for x in prefix] for p in s}
            self.keys.append(keys)
            for ks in keys.values():
                for key in ks:
                    postings[key].append(i)
        # per key of two documents or more: the days of its dated documents (sorted), those
        # documents, and its undated ones
        self.postings: dict[tuple, tuple[list[int], list[int], list[int]]] = {}
        for key, docs in postings.items():
            if len(docs) > 1:
                dated = sorted((j for j in docs if day[j] is not None), key=day.__getitem__)
                self.postings[key] = ([day[j] for j in dated], dated, [j for j in docs if day[j] is None])

    def of(self, i: int, party: str, reach: tuple[int, int] | None) -> list[int]:
        """The later documents (greater index) with ``party`` that could link to ``i``, in order,
        the dated ones only within ``reach`` (first and last day; None: any) and within the
        window of ``i``'s own day."""
        day = self.day[i]
        if day is not None:
            reach = (day - WINDOW_DAYS, day + WINDOW_DAYS) if reach is None else \
                (max(reach[0], day - WINDOW_DAYS), min(reach[1], day + WINDOW_DAYS))
        found: set[int] = set()
        for key in self.keys[i].get(party, ()):
            if key not in self.postings:
                continue
            days, dated, undated = self.postings[key]
            if reach is None:
                found.update(dated)
            else:
                found.update(dated[bisect.bisect_left(days, reach[0]):bisect.bisect_right(days, reach[1])])
            if undated:
                found.update(undated)
        return sorted(j for j in found if j > i)


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


def _join_spans(a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str] | None:
    dates = sorted(d for d in (*a, *b) if d)
    if not dates:
        return ("", "")
    days = _days(dates[0], dates[-1])
    return (dates[0], dates[-1]) if days is None or days <= WINDOW_DAYS else None


def name_groups(groups: list[list[str]], facts: dict[str, DocFacts], names: dict[str, str],
                overrides: dict[str, Any], persons: frozenset[str] = frozenset(),
                collectives: frozenset[str] = frozenset()) -> list[NegotiationGroup]:
    """Stable ids for the groups, then the user's splits and merges.

    The id is the slug of the two leading parties (states, organisations and named groups before
    people, people before groups named by a bare common noun: "officials", "industry sources") and
    the first year (``russia-ukraine-2025``); a group with no party is named after its first
    document.
    """
    out: dict[str, list[str]] = {}
    ranked: dict[str, tuple[tuple[str, ...], list[str]]] = {}  # id -> its documents and their parties
    for docs in groups:
        parties = _ranked_parties(docs, facts, names, persons, collectives)
        # a year only from an ISO date: a date kept as written ("Spring 2021") names no year
        years = sorted(facts[d].date[:4] for d in docs if re.match(r"\d{4}-\d{2}-\d{2}$", facts[d].date))
        base = "-".join(slugify(names.get(p, p), _ID_PART_MAX) for p in lead_parties(parties, names))
        if not base:
            base = slugify(re.sub(r"\.\w+$", "", docs[0]), _ID_PART_MAX)
        elif years:
            base = f"{base}-{years[0]}"
        nid, n = base, 2
        while nid in out:
            nid, n = f"{base}-{n}", n + 1
        out[nid] = list(docs)
        ranked[nid] = (tuple(docs), parties)
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

    def parties_of(nid: str, docs: list[str]) -> list[str]:  # ranked once, again only if overrides moved documents
        known = ranked.get(nid)
        return known[1] if known is not None and known[0] == tuple(docs) else _ranked_parties(docs, facts, names, persons, collectives)

    return [NegotiationGroup(nid, tuple(sorted(docs)), tuple(parties_of(nid, docs)))
            for nid, docs in sorted(out.items()) if docs]


def lead_parties(parties: Iterable[str], names: dict[str, str]) -> list[str]:
    """The two leading parties (the first two of :func:`_ranked_parties`), in alphabetical order
    of their names (ids and labels)."""
    return sorted(list(parties)[:2], key=lambda p: (names.get(p, p).lower(), p))


def _ranked_parties(docs: Iterable[str], facts: dict[str, DocFacts], names: dict[str, str],
                    persons: frozenset[str] = frozenset(), collectives: frozenset[str] = frozenset()) -> list[str]:
    """The parties of a negotiation's documents: states, organisations and named groups, then
    people, then groups named by a bare common noun (``collectives``); within each, by the
    stances they hold, then by the quotations and claims they voice, then by the number of
    documents, then by name. The parties that hold the positions are the ones negotiating: a
    bystander quoted once, or named first in the alphabet, does not name a one-article dispute."""
    counts = Counter(p for d in docs for p in facts[d].parties)
    held: Counter[str] = Counter()
    voiced: Counter[str] = Counter()
    for d in docs:
        for party, n_held, n_voiced in facts[d].presence:
            held[party] += n_held
            voiced[party] += n_voiced
    return sorted(counts, key=lambda p: (2 if p in collectives else 1 if p in persons else 0, -held[p], -voiced[p],
                                         -counts[p], names.get(p, p), p))


def date_range(docs: Iterable[str], dates: dict[str, str]) -> tuple[str, str]:
    """First and last date of a negotiation's dated documents ("" when none is dated)."""
    known = sorted(dates[d] for d in docs if dates.get(d))
    return (known[0], known[-1]) if known else ("", "")
