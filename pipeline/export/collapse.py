"""One edge per ordered pair of nodes: the graph the files and the explorer page are written from.

Gephi merges parallel edges (same source and target) when it imports a file, summing weights
and keeping one edge's attributes; the explorer page wants one edge to click per pair, with
every piece of evidence behind it. :func:`collapse` gives both: parallel evidence of one
relation merged (``n_evidence``), several relations between a pair joined in one edge.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from ..graph import EDGE_COLORS

JOIN = " || "
_REL_ORDER = ("stance", "red_line", "said", "member_of", "speaks_for", "aligned", "opposed", "contradicts", "reported_in",
              "party_to", "part_of", "in_category")
# text fields whose values are sentences (joined with JOIN); other multi-valued fields use "|"
_SENTENCE_KEYS = ("evidence", "quote", "own_evidence", "claim_evidence", "condition")
_LIST_KEYS = ("speaker", "cue", "claimed_by", "quote_id", "issues", "issue", "issue_ids", "stance_id", "negotiation_id",
              "position_shift")
_MERGED_KEYS = (*_SENTENCE_KEYS, *_LIST_KEYS)
# what the explorer page shows for each piece of evidence behind a collapsed edge
EVIDENCE_KEYS = ("relation", "polarity", "red_line", "condition", "evidence", "quote", "speaker", "cue",
                 "claimed_by", "doc_ids", "date", "issues", "hedged", "negotiation_id", "position_shift")


def collapse(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per ordered (source, target) pair, with unique ids ``e0``, ``e1``...

    Parallel edges of one relation are merged (evidence joined, ``n_evidence`` counted,
    weights summed); when a pair holds several relations, their merged edges are joined into
    one whose ``relation`` lists them (``member_of|aligned``), so that Gephi, which merges
    parallel edges on import, has nothing left to merge. Each edge keeps its pieces of
    evidence in ``_evidence`` (a list of tuples, read with ``evidence_dict``, for the explorer
    page; files skip ``_`` keys).
    """
    # (key, the edge's own attribute dict): no copy of an archive's edges is made
    pairs: dict[tuple[str, str], dict[str, list[tuple[str, dict[str, Any]]]]] = defaultdict(lambda: defaultdict(list))
    for u, v, key, data in g.edges(keys=True, data=True):
        pairs[(u, v)][data.get("relation", "")].append((str(key), data))
    out = nx.MultiDiGraph(**g.graph)
    out.add_nodes_from((node, g.nodes[node]) for node in sorted(g.nodes))
    out.add_edges_from(_collapsed_edges(pairs))
    return out


def _collapsed_edges(pairs):
    """(source, target, id, attributes) of each collapsed edge, pairs in sorted order."""
    for n, (u, v) in enumerate(sorted(pairs)):
        edge = collapse_pair(pairs[(u, v)], n)
        yield u, v, edge["id"], edge


def collapse_pair(relations: dict[str, list[tuple[str, dict[str, Any]]]], n: int, evidence: bool = True) -> dict[str, Any]:
    """The collapsed edge ``e<n>`` of one ordered pair from its edges, (key, attributes) by relation.

    ``evidence=False`` leaves out ``_evidence`` (the files never read it)."""
    if len(relations) == 1:  # most pairs: one relation, often one edge
        (relation, items), = relations.items()
        edge = _merge_edges([data for _, data in (sorted(items, key=_first) if len(items) > 1 else items)], relation,
                            evidence)
    else:
        edge = _join_relations([_merge_edges([data for _, data in sorted(relations[r], key=_first)], r, evidence)
                                for r in sorted(relations, key=_rel_rank)])
    edge["id"] = f"e{n}"
    return edge


def _first(item: tuple[str, dict[str, Any]]) -> str:
    return item[0]


def _rel_rank(relation: str) -> tuple[int, str]:
    return (_REL_ORDER.index(relation) if relation in _REL_ORDER else len(_REL_ORDER), relation)


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value not in ("", None):
            seen.setdefault(str(value), None)
    return list(seen)


def _merge_edges(items: list[dict[str, Any]], relation: str, evidence: bool = True) -> dict[str, Any]:
    merged: dict[str, Any] = {"relation": relation, "n_evidence": len(items)}
    polarities = Counter(d.get("polarity", "") for d in items if d.get("polarity"))
    if polarities:
        from ..graph import prevailing

        merged["polarity"] = prevailing(polarities)
        merged["polarities"] = "|".join(sorted(polarities))
    single = items[0] if len(items) == 1 else None
    for key in _MERGED_KEYS:
        if single is not None:  # one piece of evidence: its value as it is (what _unique keeps of it)
            value = single.get(key)
            if value is not None and value != "":
                merged[key] = str(value)
            continue
        values = _unique(d.get(key) for d in items)
        if values:
            merged[key] = (JOIN if key in _SENTENCE_KEYS else "|").join(values)
    if single is None and merged.get("evidence"):
        merged["evidence_doc_ids"] = _evidence_docs(items)
    docs = sorted({doc for d in items for doc in str(d.get("doc_ids", "")).split("|") if doc})
    if docs:
        merged["doc_ids"] = "|".join(docs)
    dates = sorted(d.get("date") for d in items if d.get("date"))
    if dates:
        merged["date"] = dates[0]
    if any(d.get("red_line") for d in items):
        merged["red_line"] = True
    elif relation == "stance":
        merged["red_line"] = False
    if relation == "stance":
        merged["claimed"] = all(d.get("claimed") for d in items)
        merged["hedged"] = all(d.get("hedged") for d in items)
    merged["weight"] = float(sum(float(d.get("weight", 1)) for d in items))
    colour_key = merged.get("polarity") if relation == "stance" else relation
    merged["color"] = EDGE_COLORS.get(colour_key or relation, "#999999")
    merged["label"] = merged.get("polarity", relation) if relation in {"stance", "red_line"} else relation
    if evidence:
        merged["_evidence"] = [_evidence_item(d, relation) for d in items]
    return merged


def _evidence_docs(items: list[dict[str, Any]]) -> str:
    """The documents of each sentence of a merged edge's ``evidence``, in its order (joined with
    JOIN, a sentence's several documents with "|"): ``doc_ids`` is the sorted set, so a file
    reader pairs the i-th sentence with its source here."""
    docs: dict[str, dict[str, None]] = {}
    for d in items:
        sentence = d.get("evidence")
        if sentence not in ("", None):
            of = docs.setdefault(str(sentence), {})
            for doc in str(d.get("doc_ids", "")).split("|"):
                if doc:
                    of.setdefault(doc, None)
    return JOIN.join("|".join(sorted(of)) for of in docs.values())


def _evidence_item(data: dict[str, Any], relation: str) -> tuple[Any, ...]:
    """One piece of evidence as a tuple of ``EVIDENCE_KEYS``' values (None where there is none):
    an archive's graph holds hundreds of thousands of them, and a tuple is a third of a dict."""
    return (relation, *[None if value in _NO_VALUE else value for value in map(data.get, _EVIDENCE_FIELDS)])


_EVIDENCE_FIELDS = EVIDENCE_KEYS[1:]
_NO_VALUE = (None, "", False)  # compared with ==, as before: 0 and 0.0 are no value either


def evidence_dict(item: tuple[Any, ...] | dict[str, Any]) -> dict[str, Any]:
    """A piece of evidence of ``_evidence`` as the page shows it: its fields that have a value."""
    if isinstance(item, dict):
        return dict(item)
    return {k: v for k, v in zip(EVIDENCE_KEYS, item) if v is not None}


def _join_relations(merged: list[dict[str, Any]]) -> dict[str, Any]:
    """One edge for several relations between the same ordered pair (first relation leads)."""
    edge: dict[str, Any] = {
        "relation": "|".join(m["relation"] for m in merged),
        "n_evidence": sum(m["n_evidence"] for m in merged),
        "weight": float(sum(m["weight"] for m in merged)),
        "color": merged[0]["color"],
    }
    if "_evidence" in merged[0]:
        edge["_evidence"] = [item for m in merged for item in m["_evidence"]]
    edge["label"] = edge["relation"]
    for key in sorted({k for m in merged for k in m} - set(edge)):
        values = [m[key] for m in merged if key in m]
        if all(isinstance(x, bool) for x in values):
            edge[key] = any(values)
        elif key == "date":
            edge[key] = min(values)
        elif key == "doc_ids":
            edge[key] = "|".join(sorted({d for x in values for d in str(x).split("|") if d}))
        else:
            edge[key] = (JOIN if key in _SENTENCE_KEYS else "|").join(_unique(values))
    return edge

