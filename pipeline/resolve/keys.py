"""Actors on compact keys: which local actors are one actor, decided without the records.

Each local actor (one document's view of an actor) is reduced to a key: its gazetteer id, its
folded full name, its bare surname with the evidence that may join it to a full name (the
gazetteer id of its affiliation, the head of its role), or its type and folded name. A
partition's summary maps each key to what the merging rules read of its actors (names, first
node, affiliations, role heads, aliases); summaries combine associatively and keep the order in
which keys first appear, so any partitioning of the corpus gives the same summary. Clustering
and ids then run on the keys: their number grows with the distinct actors, not the documents.

The rules are those of the resolve stage: people merge on a full-name match (a shorter full
form joins the one longer name containing it); a bare surname joins a full name only with
evidence (same affiliation, else same role head), else the other bare uses of that surname;
gazetteer actors merge on their id; other organisations on their folded name and acronyms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from ..extract.text import fold, fold_name_token
from ..ids import UnionFind, slugify
from ..records import DocResult, LocalActor

Node = tuple[str, int]  # (doc_id, index of the actor in its document)
Key = tuple  # ("gaz", id) | ("full", tokens) | ("bare", surname, affiliation gazetteer id, role head or None) | ("name", type, folded name)


@lru_cache(maxsize=1 << 18)
def role_head(role: str) -> str:
    words = [w for w in re.split(r"[\s-]+", role.lower()) if w]
    return words[-1] if words else ""


@lru_cache(maxsize=1 << 18)
def folded(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=1 << 18)
def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(fold_name_token(w) for w in re.split(r"[\s]+", name) if fold_name_token(w))


def clear_caches() -> None:
    """Forget the cached name readings (kept one partition on a worker, one build here)."""
    role_head.cache_clear()
    folded.cache_clear()
    name_tokens.cache_clear()


def affiliation_gaz(actors: tuple[LocalActor, ...], actor: LocalActor) -> str:
    """The gazetteer id of the state or organisation an actor speaks for ("" when unknown)."""
    if actor.affiliation >= 0 and actors[actor.affiliation].gaz_id:
        return actors[actor.affiliation].gaz_id
    return actor.affiliation_gaz or ""


def doc_keys(result: DocResult) -> list[Key]:
    """The key of each of a document's actors, in their order."""
    keys: list[Key] = []
    for actor in result.actors:
        if actor.gaz_id:
            keys.append(("gaz", actor.gaz_id))
        elif actor.type == "PERSON":
            tokens = name_tokens(actor.name)
            if len(tokens) >= 2:
                keys.append(("full", tokens))
            else:
                surname = tokens[-1] if tokens else folded(actor.name)
                head = role_head(actor.role) if actor.role else None
                keys.append(("bare", surname, affiliation_gaz(result.actors, actor), head))
        else:
            keys.append(("name", actor.type, folded(actor.name)))
    return keys


class KeyInfo(NamedTuple):
    """What the merging rules read of the actors of one key (never changed in place)."""

    names: Counter  # display names -> uses
    first: Node  # the smallest node (documents' order of ids, then index)
    first_str: str  # the smallest node as text (the union-find's root order)
    affiliations: frozenset[str]  # gazetteer ids of the actors' affiliations
    heads: frozenset[str]  # role heads of the actors that have a role
    aliases: frozenset[str]  # folded aliases (acronyms)


def key_summary(results: Iterable[DocResult]) -> dict[Key, KeyInfo]:
    """One partition's summary: every key of its documents' actors, in order of first use."""
    acc: dict[Key, list[Any]] = {}
    for result in results:
        doc_id = result.document.doc_id
        text = f"({doc_id!r}, "  # str((doc_id, i)) is text + str(i) + ")"
        for i, (actor, key) in enumerate(zip(result.actors, doc_keys(result))):
            node = (doc_id, i)
            a = acc.get(key)
            if a is None:  # names, first node, first node as text, affiliations, heads, aliases
                a = acc[key] = [Counter(), node, f"{text}{i})", set(), set(), set()]
            a[0][actor.name] += 1
            if node < a[1]:
                a[1] = node
            node_text = f"{text}{i})"
            if node_text < a[2]:
                a[2] = node_text
            aff = affiliation_gaz(result.actors, actor)
            if aff:
                a[3].add(aff)
            if actor.role:
                a[4].add(role_head(actor.role))
            if actor.aliases:
                a[5].update(folded(alias) for alias in actor.aliases)
    return {key: KeyInfo(a[0], a[1], a[2], frozenset(a[3]), frozenset(a[4]), frozenset(a[5])) for key, a in acc.items()}


def merge_info(a: KeyInfo, b: KeyInfo) -> KeyInfo:
    return KeyInfo(a.names + b.names, min(a.first, b.first), min(a.first_str, b.first_str),
                   a.affiliations | b.affiliations, a.heads | b.heads, a.aliases | b.aliases)


def merge_by_key(parts: Iterable[dict[Any, Any]], merge: Callable[[Any, Any], Any]) -> dict[Any, Any]:
    """Per-partition summaries (dicts) combined in order, a key seen twice merged by ``merge``
    (associative if ``merge`` is: any grouping of the parts gives the same)."""
    out: dict[Any, Any] = {}
    for part in parts:
        for key, value in part.items():
            out[key] = merge(out[key], value) if key in out else value
    return out


def merge_summaries(parts: Iterable[dict[Key, KeyInfo]]) -> dict[Key, KeyInfo]:
    """Summaries of actor keys combined in order."""
    return merge_by_key(parts, merge_info)


# ---------------------------------------------------------------------------------------------
# Clusters of keys
# ---------------------------------------------------------------------------------------------


def cluster_keys(summary: dict[Key, KeyInfo]) -> dict[Key, Key]:
    """key -> its cluster's root key."""
    uf = UnionFind()
    for key in summary:
        uf.find(key)
    by_surname = _join_full_names(uf, [k for k in summary if k[0] == "full"])
    _join_bare_surnames(uf, summary, by_surname)
    _join_acronyms(uf, summary)
    return {key: uf.find(key) for key in summary}


def _join_full_names(uf: UnionFind, full: list[Key]) -> dict[str, list[Key]]:
    """Shorter full forms of a longer name ("Tayyip Erdogan") join it when unambiguous; names
    are compared only with those of the same surname. Returns the full names by surname,
    longest first (then in order of first use)."""
    ordered = sorted(full, key=lambda k: len(k[1]), reverse=True)
    by_surname: dict[str, list[Key]] = defaultdict(list)
    for key in ordered:
        by_surname[key[1][-1]].append(key)
    for key in ordered:
        tokens = set(key[1])
        longer = [k for k in by_surname[key[1][-1]] if len(k[1]) > len(key[1]) and tokens <= set(k[1])]
        if len(longer) == 1:
            uf.union(longer[0], key)
    return by_surname


def _join_bare_surnames(uf: UnionFind, summary: dict[Key, KeyInfo], by_surname: dict[str, list[Key]]) -> None:
    """A bare surname joins the full name with the best evidence (2: same affiliation, 1: same
    role head; the first of equals), else the other bare uses of its surname."""
    alone: dict[str, Key] = {}
    for key in summary:
        if key[0] != "bare":
            continue
        _, surname, aff, head = key
        best, best_score = None, 0
        for full in by_surname.get(surname, []):
            info = summary[full]
            score = 2 if aff and aff in info.affiliations else 1 if head is not None and head in info.heads else 0
            if score > best_score:
                best, best_score = full, score
        if best is not None:
            uf.union(best, key)
        elif surname in alone:
            uf.union(alone[surname], key)
        else:
            alone[surname] = key


def _join_acronyms(uf: UnionFind, summary: dict[Key, KeyInfo]) -> None:
    """Organisations: an acronym alias in one document names the organisation of another."""
    aliased: dict[str, list[Key]] = defaultdict(list)
    for key, info in summary.items():
        if key[0] == "name":
            for alias in info.aliases:
                aliased[alias].append(key)
    for key in summary:
        if key[0] == "name":
            for other in aliased.get(key[2], []):
                if other[1] == key[1] or key[1] == "ORG":
                    uf.union(key, other)


def display_name(names: Counter, person: bool) -> str:
    """The fullest name: most words (people), then most frequent, then shortest, alphabetical."""
    return max(names, key=lambda n: (len(n.split()) if person else 0, names[n], -len(n), n))


def cluster_ids(summary: dict[Key, KeyInfo], roots: dict[Key, Key]) -> dict[Key, str]:
    """key -> actor id. Gazetteer ids are kept; others are slugs of the display name, numbered
    in the order of (slug, first node) when taken. A gazetteer id is taken first only when its
    entry is the cluster's union-find root (the smallest node as text), as it always was."""
    members: dict[Key, list[Key]] = defaultdict(list)
    for key, root in roots.items():
        members[root].append(key)
    entries: list[tuple[str, str, bool, Key]] = []
    for root, keys in members.items():
        infos = [summary[k] for k in keys]
        gaz = next((k[1] for k in keys if k[0] == "gaz"), "")
        first_str = min(i.first_str for i in infos)
        if gaz:
            entries.append((gaz, str(min(i.first for i in infos)), str(("gaz", gaz)) < first_str, root))
            continue
        names = sum((i.names for i in infos), Counter())
        person = keys[0][0] in ("full", "bare")
        entries.append((slugify(display_name(names, person)), str(min(i.first for i in infos)), False, root))
    entries.sort(key=lambda e: (e[0], e[1]))
    used = {e[0] for e in entries if e[2]}
    root_id: dict[Key, str] = {}
    for slug, _, gaz_root, root in entries:
        if gaz_root:
            root_id[root] = slug
            continue
        candidate, n = slug, 2
        while candidate in used:
            candidate, n = f"{slug}-{n}", n + 1
        used.add(candidate)
        root_id[root] = candidate
    return {key: root_id[root] for key, root in roots.items()}


def key_ids(summary: dict[Key, KeyInfo], merge: dict[str, Any] | None = None) -> dict[Key, str]:
    """key -> actor id, after the user's merges (``{target: [source ids]}``)."""
    ids = cluster_ids(summary, cluster_keys(summary))
    merge_into = {source: target for target, sources in (merge or {}).items() for source in sources}
    return {key: merge_into.get(aid, aid) for key, aid in ids.items()}
