"""GraphML and GEXF for Gephi, yEd, igraph and networkx.

Gephi's traps, and what this module does about them:
- attributes must be scalars of one type per key: lists are joined with ``|``, missing values
  are omitted, and each key gets one type across the graph;
- networkx writes a MultiDiGraph's edge keys as ids, which repeat ("0", "1") and make Gephi drop
  edges: parallel edges of one relation between one pair are collapsed into a single edge
  (``n_evidence``, evidence joined) and every edge gets a unique ``id``;
- Gephi reads ``label``, ``size``, ``color``, ``x``, ``y``, ``weight``; GEXF gets ``viz``
  colours, sizes and positions, and ``start`` dates for the timeline.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph import EDGE_COLORS
from .atomic import write_atomic

JOIN = " || "
_REL_ORDER = ("stance", "red_line", "said", "member_of", "speaks_for", "aligned", "opposed", "contradicts", "reported_in")


def collapse(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per (source, target, relation), evidence joined, ``n_evidence`` counted."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, data in g.edges(keys=True, data=True):
        groups[(u, v, data.get("relation", ""))].append({**data, "_key": key})
    out = nx.MultiDiGraph(**g.graph)
    for node in sorted(g.nodes):
        out.add_node(node, **g.nodes[node])
    for n, (u, v, relation) in enumerate(sorted(groups, key=lambda k: (k[0], k[1], _rel_rank(k[2])))):
        items = sorted(groups[(u, v, relation)], key=lambda d: d["_key"])
        merged = _merge_edges(items, relation)
        merged["id"] = f"e{n}"
        out.add_edge(u, v, key=merged["id"], **merged)
    return out


def _rel_rank(relation: str) -> tuple[int, str]:
    return (_REL_ORDER.index(relation) if relation in _REL_ORDER else len(_REL_ORDER), relation)


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value not in ("", None):
            seen.setdefault(str(value), None)
    return list(seen)


def _merge_edges(items: list[dict[str, Any]], relation: str) -> dict[str, Any]:
    merged: dict[str, Any] = {"relation": relation, "n_evidence": len(items)}
    polarities = Counter(d.get("polarity", "") for d in items if d.get("polarity"))
    if polarities:
        from ..graph import prevailing

        merged["polarity"] = prevailing(polarities)
        merged["polarities"] = "|".join(sorted(polarities))
    for key in ("condition", "evidence", "quote", "speaker", "cue", "claimed_by", "quote_id", "issues", "issue",
                "own_evidence", "claim_evidence", "stance_id"):
        values = _unique(d.get(key) for d in items)
        if values:
            merged[key] = JOIN.join(values) if key in {"evidence", "quote", "own_evidence", "claim_evidence", "condition"} else "|".join(values)
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
    weight = sum(float(d.get("weight", 1)) for d in items)
    merged["weight"] = float(weight)
    colour_key = merged.get("polarity") if relation == "stance" else relation
    merged["color"] = EDGE_COLORS.get(colour_key or relation, "#999999")
    merged["label"] = merged.get("polarity", relation) if relation in {"stance", "red_line"} else relation
    return merged


def analyse(g: nx.MultiDiGraph, seed: int) -> None:
    """Add a seeded layout (x, y), Louvain communities, betweenness and size to every node."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    for u, v, data in g.edges(data=True):
        if u == v:
            continue
        w = float(data.get("n_evidence", 1))
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += w
        else:
            simple.add_edge(u, v, weight=w)
    n = simple.number_of_nodes()
    if n == 0:
        return
    communities = nx.community.louvain_communities(simple, weight="weight", seed=seed) if simple.number_of_edges() else [
        {node} for node in simple]
    community_of = {}
    for idx, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c)[0]))):
        for node in members:
            community_of[node] = idx
    k = None if n <= 1500 else min(n, 300)
    betweenness = nx.betweenness_centrality(simple, k=k, seed=seed, normalized=True)
    positions = _layout(simple, seed)
    degree = dict(simple.degree())
    for node in g.nodes:
        data = g.nodes[node]
        data["community"] = community_of.get(node, -1)
        data["betweenness"] = round(float(betweenness.get(node, 0.0)), 6)
        x, y = positions.get(node, (0.0, 0.0))
        data["x"] = round(float(x), 3)
        data["y"] = round(float(y), 3)
        base = {"actor": 14.0, "issue": 12.0, "red_line": 12.0, "quote": 6.0, "document": 6.0}.get(data.get("kind", ""), 8.0)
        data["size"] = round(base + 40.0 * math.sqrt(data["betweenness"]) + 1.5 * math.log1p(degree.get(node, 0)), 3)


def _layout(simple: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    n = simple.number_of_nodes()
    if n == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    iterations = 60 if n < 2000 else 30
    pos = nx.spring_layout(simple, seed=seed, iterations=iterations, weight="weight", scale=1000.0,
                           k=2.0 / math.sqrt(n))
    return {node: (float(p[0]), float(p[1])) for node, p in pos.items()}


def _scalar_graph(g: nx.MultiDiGraph, drop: frozenset[str] = frozenset()) -> nx.MultiDiGraph:
    """Copy with scalar attributes only, one type per key, missing values omitted."""
    node_types = _key_types(data for _, data in g.nodes(data=True))
    edge_types = _key_types(data for _, _, data in g.edges(data=True))
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(node, **_coerce(data, node_types, drop))
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **_coerce(data, edge_types, drop))
    return out


def _key_types(items) -> dict[str, type]:
    seen: dict[str, set[type]] = defaultdict(set)
    for data in items:
        for key, value in data.items():
            if value is None or value == "":
                continue
            seen[key].add(type(value))
    types = {}
    for key, kinds in seen.items():
        if kinds == {bool}:
            types[key] = bool
        elif kinds <= {int} :
            types[key] = int
        elif kinds <= {int, float}:
            types[key] = float
        else:
            types[key] = str
    return types


def _coerce(data: dict[str, Any], types: dict[str, type], drop: frozenset[str]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        if key in drop or key.startswith("_") or value is None or value == "":
            continue
        if isinstance(value, (list, tuple, set)):
            value = "|".join(str(v) for v in value)
        kind = types.get(key, str)
        out[key] = kind(value) if kind is not bool else bool(value)
    return out


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    """GraphML with unique edge ids (the ``id`` attribute) and typed scalar attributes."""
    scalar = _scalar_graph(g)

    def writer(handle):
        nx.write_graphml(scalar, handle, encoding="utf-8", prettyprint=True, named_key_ids=True,
                         edge_id_from_attribute="id")

    write_atomic(path, writer)


def _hex_rgb(colour: str) -> dict[str, int]:
    colour = colour.lstrip("#")
    return {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16), "a": 1.0}


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    """GEXF 1.2 with viz colours/sizes/positions and ``start`` dates for Gephi's timeline."""
    scalar = _scalar_graph(g, drop=frozenset({"x", "y", "size", "color"}))
    dynamic = False
    for node, data in g.nodes(data=True):
        viz: dict[str, Any] = {}
        if g.nodes[node].get("color"):
            viz["color"] = _hex_rgb(g.nodes[node]["color"])
        if "size" in data:
            viz["size"] = float(data["size"])
        if "x" in data:
            viz["position"] = {"x": float(data["x"]), "y": float(data["y"]), "z": 0.0}
        scalar.nodes[node]["viz"] = viz
        date = data.get("date")
        if date and len(date) == 10:
            scalar.nodes[node]["start"] = date
            dynamic = True
        scalar.nodes[node].pop("date", None)
    for u, v, key, data in g.edges(keys=True, data=True):
        attrs = scalar.edges[u, v, key]
        if data.get("color"):
            attrs["viz"] = {"color": _hex_rgb(data["color"])}
        date = data.get("date")
        if date and len(date) == 10:
            attrs["start"] = date
            dynamic = True
        attrs.pop("date", None)
    if dynamic:
        scalar.graph["mode"] = "dynamic"

    def writer(handle):
        buffer = io.BytesIO()
        nx.write_gexf(scalar, buffer, encoding="utf-8", prettyprint=True, version="1.2draft")
        # no timestamp inside a data file: the same corpus must give the same bytes every day
        data = re.sub(rb'\s+lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1)
        handle.write(data)

    write_atomic(path, writer)
