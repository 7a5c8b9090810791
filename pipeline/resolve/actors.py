"""Canonical actors: each actor id's row, from its local actors, gathered by id.

A partition's documents give, per actor id, what its row needs (names, types, aliases, roles,
affiliations, documents, mentions); the gatherings combine associatively, so the rows do not
depend on how the corpus is partitioned. The user's overrides (renames, drops) apply here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..lexicon import Lexicon
from ..records import Actor, DocResult
from .keys import Key, Node, display_name, doc_keys, merge_by_key


class ActorInfo(NamedTuple):
    """Everything one actor id's row is made from (never changed in place)."""

    names: Counter
    types: dict[str, tuple[int, Node]]  # type -> (uses, first node with it)
    first: tuple[Node, str]  # the smallest node and its type
    gaz: tuple[Node, str] | None  # the smallest node with a gazetteer id, and the id
    aliases: frozenset[str]
    roles: Counter
    affiliations: Counter
    doc_ids: frozenset[str]
    mentions: int


def doc_actor_ids(result: DocResult, ids: dict[Key, str]) -> list[str]:
    """The actor id of each of a document's actors (before drops)."""
    return [ids[key] for key in doc_keys(result)]


def actor_infos(results: Iterable[DocResult], ids: dict[Key, str], dropped: frozenset[str]) -> dict[str, ActorInfo]:
    """One partition's gathering, by actor id (dropped ids left out)."""
    acc: dict[str, list[Any]] = {}
    for result in results:
        doc_id = result.document.doc_id
        aids = doc_actor_ids(result, ids)
        for i, (actor, aid) in enumerate(zip(result.actors, aids)):
            if aid in dropped:
                continue
            node = (doc_id, i)
            affiliation = ""
            if 0 <= actor.affiliation < len(aids) and aids[actor.affiliation] != aid:
                affiliation = aids[actor.affiliation]
            elif actor.affiliation_gaz and actor.affiliation_gaz != aid:
                affiliation = actor.affiliation_gaz
            # names, types, first, gaz, aliases, roles, affiliations, documents, mentions
            a = acc.get(aid)
            if a is None:
                a = acc[aid] = [Counter(), {}, (node, actor.type), None, set(), Counter(), Counter(), set(), 0]
            a[0][actor.name] += 1
            uses, first = a[1].get(actor.type, (0, node))
            a[1][actor.type] = (uses + 1, first if first < node else node)
            if node < a[2][0]:  # nodes are unique: the smaller (node, type) is the smaller node's
                a[2] = (node, actor.type)
            if actor.gaz_id and (a[3] is None or node < a[3][0]):
                a[3] = (node, actor.gaz_id)
            a[4].add(actor.name)
            if actor.aliases:
                a[4].update(actor.aliases)
            if actor.role:
                a[5][actor.role] += 1
            if affiliation:
                a[6][affiliation] += 1
            a[7].add(doc_id)
            a[8] += actor.mentions
    return {aid: ActorInfo(a[0], a[1], a[2], a[3], frozenset(a[4]), a[5], a[6], frozenset(a[7]), a[8])
            for aid, a in acc.items()}


def merge_actor_info(a: ActorInfo, b: ActorInfo) -> ActorInfo:
    types = dict(a.types)
    for t, (n, node) in b.types.items():
        m, first = types.get(t, (0, node))
        types[t] = (m + n, min(first, node))
    gaz = min((g for g in (a.gaz, b.gaz) if g is not None), default=None)
    return ActorInfo(a.names + b.names, types, min(a.first, b.first), gaz, a.aliases | b.aliases, a.roles + b.roles,
                     a.affiliations + b.affiliations, a.doc_ids | b.doc_ids, a.mentions + b.mentions)


def merge_actor_infos(parts: Iterable[dict[str, ActorInfo]]) -> dict[str, ActorInfo]:
    """Summaries of actor rows combined in order."""
    return merge_by_key(parts, merge_actor_info)


def actor_row(aid: str, info: ActorInfo, lexicon: Lexicon, overrides: dict[str, Any], dropped: frozenset[str]) -> Actor:
    """The actor row of one id: name (override, gazetteer or display name), type, aliases,
    commonest role, commonest affiliation, documents and mentions."""
    renamed = overrides["rename"].get(aid)
    name = renamed or display_name(info.names, info.first[1] == "PERSON")
    gaz = info.gaz[1] if info.gaz is not None else ""
    entry = lexicon.gazetteer_by_id.get(gaz)
    if entry is not None and aid not in overrides["rename"]:
        name = entry.name
    # the commonest type; of equals, the one seen first in the order of nodes
    atype = entry.type if entry is not None else min(info.types, key=lambda t: (-info.types[t][0], info.types[t][1]))
    aliases = set(info.aliases)
    aliases.discard(name)
    role = max(info.roles, key=lambda r: (info.roles[r], len(r), r)) if info.roles else ""
    affiliations = info.affiliations
    if not affiliations and entry is not None and entry.affiliation:
        affiliations = Counter({entry.affiliation: 1})
    affiliation = max(affiliations, key=lambda a: (affiliations[a], a)) if affiliations else ""
    return Actor(
        actor_id=aid, name=name, type=atype, aliases=tuple(sorted(aliases, key=lambda a: (a.lower(), a))),
        role=role, affiliation=affiliation if affiliation not in dropped else "", doc_ids=tuple(sorted(info.doc_ids)),
        mentions=info.mentions,
    )


def add_gazetteer_affiliations(actors_out: list[Actor], lexicon: Lexicon) -> dict[str, str]:
    """An affiliation named only through the gazetteer still needs its actor row (appended in
    place, with the documents of the first actor naming it); an affiliation with neither row
    nor entry is cleared. Returns each appended row's id -> the id whose documents it took."""
    known = {a.actor_id for a in actors_out}
    added: dict[str, str] = {}
    for actor in list(actors_out):
        if actor.affiliation and actor.affiliation not in known:
            entry = lexicon.gazetteer_by_id.get(actor.affiliation)
            if entry is None:
                actors_out[actors_out.index(actor)] = actor._replace(affiliation="")
                continue
            actors_out.append(Actor(entry.id, entry.name, entry.type, (), "", entry.affiliation if entry.affiliation in known else "",
                                    actor.doc_ids, 0))
            known.add(entry.id)
            added[entry.id] = actor.actor_id
    return added


def actor_rows(infos: dict[str, ActorInfo], lexicon: Lexicon, overrides: dict[str, Any]) -> tuple[list[Actor], dict[str, str]]:
    """Every actor row, sorted by id, and the appended gazetteer affiliations (see above)."""
    dropped = frozenset(overrides["drop"])
    rows = [actor_row(aid, infos[aid], lexicon, overrides, dropped) for aid in sorted(infos)]
    added = add_gazetteer_affiliations(rows, lexicon)
    rows.sort(key=lambda a: a.actor_id)
    return rows, added
