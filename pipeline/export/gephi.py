"""GraphML and GEXF for Gephi, yEd, igraph and networkx.

Gephi's traps, and what this module does about them:

- Attributes must be scalars with one type per key: lists are joined with ``|``, missing
  values are omitted, each key gets one type across the graph, and characters XML cannot
  carry (control characters from scraped text) are dropped so every reader can parse the file.
- networkx writes a MultiDiGraph's edge keys as ids, which repeat ("0", "1") and make Gephi
  drop edges: every edge gets a unique ``id`` (``e0``, ``e1``...).
- Gephi merges parallel edges (same source and target; GraphML and GEXF 1.2 have no edge
  type to tell them apart) when it imports a file, summing weights and keeping one edge's
  attributes: ``collapse`` already leaves one edge per ordered pair, the parallel evidence of
  one relation joined (``n_evidence``), and two relations between the same pair (``aligned``
  and ``member_of``, say) joined as ``relation="member_of|aligned"``. Gephi's merge then
  changes nothing.
- Gephi reads ``label``, ``size``, ``color`` (``#rrggbb``), ``x``, ``y`` on nodes and
  ``label``, ``weight``, ``color`` on edges; analysis columns avoid the names GEXF reserves
  (``type``, ``label``, ``weight``, ``id``, ``start``, ``end``).
- GraphML key ids are unique across nodes and edges (the schema requires it; node keys keep
  the attribute name, edge keys are ``edge_<name>``): networkx's default ``d0``, ``d1``...
  would be read by Gephi as yEd's label keys (``d3`` for nodes, ``d7`` for edges).
- GEXF gets ``viz`` colours, sizes and positions, and ``start`` dates (ISO ``YYYY-MM-DD``)
  for Gephi's timeline. Neither file carries a timestamp, so a build is byte-reproducible.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from .. import __version__
from ..graph import EDGE_COLORS
from .atomic import write_atomic

JOIN = " || "
_REL_ORDER = ("stance", "red_line", "said", "member_of", "speaks_for", "aligned", "opposed", "contradicts", "reported_in",
              "party_to", "part_of", "in_category")
# text fields whose values are sentences (joined with JOIN); other multi-valued fields use "|"
_SENTENCE_KEYS = ("evidence", "quote", "own_evidence", "claim_evidence", "condition")
_LIST_KEYS = ("speaker", "cue", "claimed_by", "quote_id", "issues", "issue", "issue_ids", "stance_id", "negotiation_id",
              "position_shift")
# what the explorer page shows for each piece of evidence behind a collapsed edge
_EVIDENCE_KEYS = ("relation", "polarity", "red_line", "condition", "evidence", "quote", "speaker", "cue",
                  "claimed_by", "doc_ids", "date", "issues", "hedged", "negotiation_id", "position_shift")
# GEXF's own attribute names: never analysis columns (label and weight are written as Gephi's)
RESERVED = frozenset({"type", "label", "weight", "id", "start", "end"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# the columns Gephi users look for first come first in its Data Laboratory
_NODE_ORDER = ("label", "kind", "actor_type", "role", "aliases", "mentions", "doc_count", "community", "betweenness",
               "size", "color", "x", "y", "date", "doc_ids")
_EDGE_ORDER = ("id", "label", "relation", "polarity", "red_line", "condition", "evidence", "quote", "speaker",
               "doc_ids", "date", "n_evidence", "weight", "color")


def collapse(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per ordered (source, target) pair, with unique ids ``e0``, ``e1``...

    Parallel edges of one relation are merged (evidence joined, ``n_evidence`` counted,
    weights summed); when a pair holds several relations, their merged edges are joined into
    one whose ``relation`` lists them (``member_of|aligned``), so that Gephi, which merges
    parallel edges on import, has nothing left to merge. Each edge keeps its pieces of
    evidence in ``_evidence`` (a list, for the explorer page; files skip ``_`` keys).
    """
    pairs: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for u, v, key, data in g.edges(keys=True, data=True):
        pairs[(u, v)][data.get("relation", "")].append({**data, "_key": str(key)})
    out = nx.MultiDiGraph(**g.graph)
    for node in sorted(g.nodes):
        out.add_node(node, **g.nodes[node])
    for n, (u, v) in enumerate(sorted(pairs)):
        relations = pairs[(u, v)]
        merged = [_merge_edges(sorted(relations[r], key=lambda d: d["_key"]), r) for r in sorted(relations, key=_rel_rank)]
        edge = merged[0] if len(merged) == 1 else _join_relations(merged)
        edge["id"] = f"e{n}"
        out.add_edge(u, v, key=edge["id"], **edge)
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
    for key in (*_SENTENCE_KEYS, *_LIST_KEYS):
        values = _unique(d.get(key) for d in items)
        if values:
            merged[key] = (JOIN if key in _SENTENCE_KEYS else "|").join(values)
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
    merged["_evidence"] = [_evidence_item(d, relation) for d in items]
    return merged


def _evidence_item(data: dict[str, Any], relation: str) -> dict[str, Any]:
    item = {k: data[k] for k in _EVIDENCE_KEYS if data.get(k) not in (None, "", False)}
    item["relation"] = relation
    return item


def _join_relations(merged: list[dict[str, Any]]) -> dict[str, Any]:
    """One edge for several relations between the same ordered pair (first relation leads)."""
    edge: dict[str, Any] = {
        "relation": "|".join(m["relation"] for m in merged),
        "n_evidence": sum(m["n_evidence"] for m in merged),
        "weight": float(sum(m["weight"] for m in merged)),
        "color": merged[0]["color"],
        "_evidence": [item for m in merged for item in m["_evidence"]],
    }
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


# Exact betweenness costs O(nodes x (nodes + edges)); above this much work it is estimated
# from a seeded sample of sources, as many as the budget allows (at least _MIN_SOURCES), which
# keeps the cost linear in the size of the graph.
_BETWEENNESS_BUDGET = 500_000
_MIN_SOURCES = 16
# Below this many nodes networkx's spring layout (O(n^2) per iteration) is quick and looks best;
# above it the layout is pivot MDS per connected component (linear), see _large_layout.
_SPRING_MAX_NODES = 500
_PIVOTS = 50
_STRESS_ITERATIONS = 30


def analyse(g: nx.MultiDiGraph, seed: int) -> None:
    """Add a seeded layout (x, y), Louvain communities, betweenness and size to every node.

    Every step is deterministic for a given graph and seed, and near-linear in its size:
    Louvain, betweenness estimated from a seeded sample of sources on big graphs, and a
    pivot-MDS + sparse-stress layout above a few hundred nodes (see ``_layout``).
    """
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
    for idx, members in enumerate(sorted(communities, key=lambda c: (-len(c), min(c)))):
        for node in members:
            community_of[node] = idx
    work = n + simple.number_of_edges()
    k = None if n * work <= _BETWEENNESS_BUDGET else min(n, max(_MIN_SOURCES, _BETWEENNESS_BUDGET // work))
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
    """Node positions in [-1000, 1000]: spring layout for small graphs, pivot MDS for large."""
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(simple)): (0.0, 0.0)}
    if n < _SPRING_MAX_NODES:
        pos = nx.spring_layout(simple, seed=seed, iterations=60, weight="weight", scale=1000.0, k=2.0 / math.sqrt(n))
        return {node: (float(p[0]), float(p[1])) for node, p in pos.items()}
    return _large_layout(simple, seed)


def _large_layout(simple: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """A layout in O(pivots x (nodes + edges)): pivot MDS (Brandes and Pich, 2006) on each
    connected component, refined by sparse stress majorization, nodes the pivots cannot tell
    apart (leaves of one hub) spread on a small disc around their common point, components
    packed in rows, largest first.

    spring_layout is O(n^2) per iteration (and needs scipy above 500 nodes); this needs numpy
    only and gives the same positions for the same graph and seed.
    """
    import numpy as np

    nodes = list(simple)
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    edges = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=np.int64).reshape(-1, 2)
    src = np.concatenate([edges[:, 0], edges[:, 1]])
    dst = np.concatenate([edges[:, 1], edges[:, 0]])
    order = np.lexsort((dst, src))
    indices = dst[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    rng = np.random.RandomState(seed)

    placed: list[tuple[np.ndarray, np.ndarray]] = []  # (global node indexes, local positions)
    for component in sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c))):
        members = np.array(sorted(index[node] for node in component), dtype=np.int64)
        placed.append((members, _component_layout(members, indptr, indices, n, rng)))
    positions = _pack(placed, n)
    span = float(np.abs(positions).max()) or 1.0
    positions = positions * (1000.0 / span)
    return {node: (float(positions[i, 0]), float(positions[i, 1])) for i, node in enumerate(nodes)}


def _bfs(source: int, indptr, indices, n: int):
    """Hop distances from ``source`` (-1: unreachable), one numpy step per level."""
    import numpy as np

    dist = np.full(n, -1, dtype=np.int64)
    dist[source] = 0
    frontier = np.array([source], dtype=np.int64)
    level = 0
    while frontier.size:
        level += 1
        starts, ends = indptr[frontier], indptr[frontier + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            break
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        neighbours = indices[offsets + np.arange(total)]
        neighbours = np.unique(neighbours[dist[neighbours] < 0])
        dist[neighbours] = level
        frontier = neighbours
    return dist


def _component_layout(members, indptr, indices, n: int, rng):
    """Positions of one connected component, median edge length 1, centred on 0."""
    import numpy as np

    size = len(members)
    if size == 1:
        return np.zeros((1, 2))
    if size == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    local = np.full(n, -1, dtype=np.int64)
    local[members] = np.arange(size)
    pivots = min(size, _PIVOTS)
    distances = np.empty((size, pivots))
    nearest = np.full(size, np.inf)
    # first pivot: a seeded choice; then each next one the node farthest from those chosen
    pivot = int(members[rng.randint(size)])
    pivot_nodes = np.empty(pivots, dtype=np.int64)
    for p in range(pivots):
        pivot_nodes[p] = pivot
        dist = _bfs(pivot, indptr, indices, n)[members].astype(float)
        distances[:, p] = dist
        nearest = np.minimum(nearest, dist)
        pivot = int(members[int(np.argmax(nearest))])
    squared = distances ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()
    centred *= -0.5
    values, vectors = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vectors[:, ::-1][:, :2]
    for axis in range(2):  # eigenvectors have no sign: fix it so the layout never mirrors
        if coords[int(np.argmax(np.abs(coords[:, axis]))), axis] < 0:
            coords[:, axis] = -coords[:, axis]
    sub_edges = _component_edges(members, local, indptr, indices)
    unit = float(np.median(np.linalg.norm(coords[sub_edges[:, 0]] - coords[sub_edges[:, 1]], axis=1))) if len(sub_edges) else 0.0
    coords = coords / unit if unit > 1e-9 else coords
    coords = _sparse_stress(coords, sub_edges, distances, local[pivot_nodes])
    coords = _spread_coincident(coords)
    return coords - coords.mean(axis=0)


def _sparse_stress(coords, edges, distances, pivots, iterations: int = _STRESS_ITERATIONS):
    """Refine an MDS layout by stress majorization on a sparse set of terms (after Ortmann,
    Klimenta and Brandes, 2016): every edge wants length 1, every node its graph distance to
    each pivot. MDS alone squeezes the dense core of a graph into a blob; these terms open it
    up, in O(edges + nodes x pivots) per iteration.
    """
    import numpy as np

    n = len(coords)
    first, second = edges[:, 0], edges[:, 1]
    with np.errstate(divide="ignore"):
        weights = np.where(distances > 0, 1.0 / np.maximum(distances, 1.0) ** 2, 0.0)
    degree = np.bincount(first, minlength=n) + np.bincount(second, minlength=n)
    total = degree + weights.sum(axis=1)
    movable = total > 0
    for _ in range(iterations):
        diff = coords[first] - coords[second]
        length = np.maximum(np.sqrt((diff * diff).sum(axis=1)), 1e-9)[:, None]
        toward_first = coords[second] + diff / length
        toward_second = coords[first] - diff / length
        target = np.zeros_like(coords)
        for axis in range(2):
            target[:, axis] = (np.bincount(first, weights=toward_first[:, axis], minlength=n)
                               + np.bincount(second, weights=toward_second[:, axis], minlength=n))
        anchors = coords[pivots]
        dx = coords[:, 0:1] - anchors[None, :, 0]
        dy = coords[:, 1:2] - anchors[None, :, 1]
        pull = weights * distances / np.maximum(np.sqrt(dx * dx + dy * dy), 1e-9)
        target[:, 0] += weights @ anchors[:, 0] + (pull * dx).sum(axis=1)
        target[:, 1] += weights @ anchors[:, 1] + (pull * dy).sum(axis=1)
        coords = np.where(movable[:, None], target / np.maximum(total, 1e-9)[:, None], coords)
    return coords


def _component_edges(members, local, indptr, indices):
    import numpy as np

    starts, ends = indptr[members], indptr[members + 1]
    lengths = ends - starts
    rows = np.repeat(np.arange(len(members)), lengths)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(int(lengths.sum()))
    cols = local[indices[offsets]]
    keep = rows < cols
    return np.stack([rows[keep], cols[keep]], axis=1)


def _spread_coincident(coords):
    """Nodes at one point (the pivots saw them as equivalent) fanned out on a sunflower disc."""
    import numpy as np

    keys = np.round(coords, 6)
    _, group, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    group = group.reshape(-1)
    if counts.max() <= 1:
        return coords
    coords = coords.copy()
    golden = math.pi * (3.0 - math.sqrt(5.0))
    order = np.argsort(group, kind="stable")
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = np.empty(len(coords), dtype=np.int64)
    rank[order] = np.arange(len(coords)) - np.repeat(starts, counts)
    size = counts[group]
    radius = 0.35 * np.sqrt(np.maximum(size, 1) / math.pi) * np.sqrt((rank + 0.5) / np.maximum(size, 1))
    angle = rank * golden
    moved = size > 1
    coords[moved, 0] += radius[moved] * np.cos(angle[moved])
    coords[moved, 1] += radius[moved] * np.sin(angle[moved])
    return coords


def _pack(placed, n: int):
    """Components side by side in rows (shelf packing), largest first; returns all positions."""
    import numpy as np

    positions = np.zeros((n, 2))
    boxes = []
    for members, coords in placed:
        low, high = coords.min(axis=0), coords.max(axis=0)
        boxes.append((members, coords - low, high - low + 1.0))
    width = max(float(boxes[0][2][0]), math.sqrt(sum(float(b[2][0] * b[2][1]) for b in boxes)))
    x = y = row_height = 0.0
    for members, coords, extent in boxes:
        if x > 0 and x + extent[0] > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        positions[members] = coords + np.array([x, y])
        x += float(extent[0])
        row_height = max(row_height, float(extent[1]))
    return positions - (positions.min(axis=0) + positions.max(axis=0)) / 2.0


def _scalar_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Copy with scalar attributes only, one type per key, missing values omitted.

    Keys starting with ``_`` (page-only data) are skipped; keys are put in a stable order,
    Gephi's own columns and the analysis columns first.
    """
    node_types = _key_types(data for _, data in g.nodes(data=True))
    edge_types = _key_types(data for _, _, data in g.edges(data=True))
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(node, **_coerce(data, node_types, _NODE_ORDER))
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **_coerce(data, edge_types, _EDGE_ORDER))
    return out


def _present(value: Any) -> bool:
    if value is None or value == "":
        return False
    return not (isinstance(value, float) and math.isnan(value))


def _key_types(items: Iterable[dict[str, Any]]) -> dict[str, type]:
    seen: dict[str, set[type]] = defaultdict(set)
    for data in items:
        for key, value in data.items():
            if _present(value) and not key.startswith("_"):
                seen[key].add(type(value))
    types = {}
    for key, kinds in seen.items():
        if kinds == {bool}:
            types[key] = bool
        elif kinds <= {int}:
            types[key] = int
        elif kinds <= {int, float}:
            types[key] = float
        else:
            types[key] = str
    return types


def _coerce(data: dict[str, Any], types: dict[str, type], order: tuple[str, ...]) -> dict[str, Any]:
    out = {}
    rank = {key: i for i, key in enumerate(order)}
    for key in sorted(data, key=lambda k: (rank.get(k, len(order)), k)):
        value = data[key]
        if key.startswith("_") or not _present(value):
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            value = "|".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        kind = types.get(key, str)
        if kind is bool:
            value = bool(value)
        elif kind is str:
            value = _XML_ILLEGAL.sub("", value if isinstance(value, str) else str(value))
            if not value:
                continue
        else:
            value = kind(value)
        out[key] = value
    return out


class _GraphMLWriter(GraphMLWriter):
    """networkx's GraphML writer with key ids unique across node and edge keys.

    Node keys are named after their attribute (``label``, ``x``...), edge keys ``edge_<name>``;
    Gephi, igraph and networkx match both by ``attr.name``. The unique edge id is written twice,
    as ``<edge id>`` and as an ``id`` data value: Gephi maps a key named ``id`` to the edge id
    itself, and igraph 1.0 misreads ``<edge id>`` (it fills edge ids with vertex ids) but keeps
    the data value, with a warning that an ``id`` attribute already exists.
    """

    def get_key(self, name, attr_type, scope, default):
        keys_key = (name, attr_type, scope)
        if keys_key not in self.keys:
            key_id = name if scope == "node" else f"{scope}_{name}"
            if key_id in self.keys.values():
                raise ValueError(f"GraphML attribute {name!r} of the {scope}s has two types; write one type per key")
            self.keys[keys_key] = key_id
            element = self.myElement("key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": attr_type})
            if default is not None:
                default_element = self.myElement("default")
                default_element.text = str(default)
                element.append(default_element)
            # keys precede the <graph> element, which networkx appends after all data
            self.xml.append(element)
        return self.keys[keys_key]


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    """GraphML with unique edge ids (the ``id`` attribute) and typed scalar attributes.

    ``g`` is the collapsed, analysed graph. The pure-Python writer is used even where lxml is
    installed, so the bytes do not depend on what else is installed.
    """
    scalar = _scalar_graph(g)
    scalar.graph["name"] = str(g.graph.get("name", "negotiation-graph"))

    def writer(handle: IO[bytes]) -> None:
        graphml = _GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True, edge_id_from_attribute="id")
        graphml.add_graph_element(scalar)
        graphml.dump(handle)

    write_atomic(path, writer)


def _viz_colour(data: dict[str, Any]) -> list[str]:
    """The GEXF viz:color line of a node or edge with a #rrggbb ``color``, if it has one."""
    if not _HEX_COLOUR.match(str(data.get("color", ""))):
        return []
    rgb = _hex_rgb(data["color"])
    return [f'        <viz:color r="{rgb["r"]}" g="{rgb["g"]}" b="{rgb["b"]}" a="1.0"/>']


def _hex_rgb(colour: str) -> dict[str, int]:
    colour = colour.lstrip("#")
    return {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16)}


_GEXF_TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}
# written as GEXF's own node/edge attributes or viz elements, not as attribute columns
_NODE_NATIVE = frozenset({"label", "x", "y", "size", "color"})
_EDGE_NATIVE = frozenset({"id", "label", "weight", "color"})


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _attr(name: str, value: Any) -> str:
    # newlines and tabs survive as character references (a raw one would be normalised away)
    return f" {name}={quoteattr(_gexf_value(value), {chr(10): '&#10;', chr(13): '&#13;', chr(9): '&#9;'})}"


def render_gexf(g: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text of the collapsed, analysed graph (see ``write_gexf``)."""
    scalar = _scalar_graph(g)
    node_types = _key_types(data for _, data in scalar.nodes(data=True))
    edge_types = _key_types(data for _, _, data in scalar.edges(data=True))
    node_columns = [k for k in _ordered(node_types, _NODE_ORDER) if k not in _NODE_NATIVE]
    edge_columns = [k for k in _ordered(edge_types, _EDGE_ORDER) if k not in _EDGE_NATIVE]
    for column in (*node_columns, *edge_columns):
        if column in RESERVED:
            raise ValueError(f"attribute {column!r} is reserved in GEXF; rename it")
    node_ids = {k: f"n{i}" for i, k in enumerate(node_columns)}
    edge_ids = {k: f"e{i}" for i, k in enumerate(edge_columns)}
    dated = any(_ISO_DATE.match(str(d.get("date", ""))) for _, d in scalar.nodes(data=True)) or any(
        _ISO_DATE.match(str(d.get("date", ""))) for _, _, d in scalar.edges(data=True))

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
        "  <meta>",
        f"    <creator>negotiation-graph {escape(__version__)}</creator>",
        "    <description>actors, issues, red lines, quotations and documents; every edge backed by its evidence</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed"' + (' mode="dynamic" timeformat="date"' if dated else ' mode="static"') + ">",
    ]
    for klass, columns, ids, types in (("node", node_columns, node_ids, node_types), ("edge", edge_columns, edge_ids, edge_types)):
        if columns:
            lines.append(f'    <attributes class="{klass}" mode="static">')
            lines += [f"      <attribute{_attr('id', ids[c])}{_attr('title', c)}{_attr('type', _GEXF_TYPES[types[c]])}/>" for c in columns]
            lines.append("    </attributes>")
    lines.append("    <nodes>")
    for node, data in scalar.nodes(data=True):
        head = f"      <node{_attr('id', node)}{_attr('label', data.get('label', node))}"
        if _ISO_DATE.match(str(data.get("date", ""))):
            head += _attr("start", data["date"])
        lines.append(head + ">")
        lines += _attvalues(data, node_columns, node_ids)
        lines += _viz_colour(data)
        if "size" in data:
            lines.append(f'        <viz:size value="{float(data["size"])}"/>')
        if "x" in data and "y" in data:
            lines.append(f'        <viz:position x="{float(data["x"])}" y="{float(data["y"])}" z="0.0"/>')
        lines.append("      </node>")
    lines.append("    </nodes>")
    lines.append("    <edges>")
    for u, v, key, data in scalar.edges(keys=True, data=True):
        head = f"      <edge{_attr('id', data.get('id', key))}{_attr('source', u)}{_attr('target', v)}"
        if "label" in data:
            head += _attr("label", data["label"])
        head += _attr("weight", float(data.get("weight", 1.0)))
        if _ISO_DATE.match(str(data.get("date", ""))):
            head += _attr("start", data["date"])
        lines.append(head + ">")
        lines += _attvalues(data, edge_columns, edge_ids)
        lines += _viz_colour(data)
        lines.append("      </edge>")
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(lines)


def _ordered(types: dict[str, type], order: tuple[str, ...]) -> list[str]:
    rank = {key: i for i, key in enumerate(order)}
    return sorted(types, key=lambda k: (rank.get(k, len(order)), k))


def _attvalues(data: dict[str, Any], columns: list[str], ids: dict[str, str]) -> list[str]:
    values = [f"          <attvalue{_attr('for', ids[c])}{_attr('value', data[c])}/>" for c in columns if c in data]
    return ["        <attvalues>", *values, "        </attvalues>"] if values else []


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    """GEXF 1.2 with viz colours/sizes/positions and ``start`` dates for Gephi's timeline.

    Written by hand rather than with ``networkx.write_gexf``, which adds a ``networkx_key``
    column and a ``lastmodifieddate`` that would change the bytes every day.
    """
    text = render_gexf(g)
    write_atomic(path, lambda handle: handle.write(text.encode("utf-8")))
