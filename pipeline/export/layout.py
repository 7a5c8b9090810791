"""Graph analysis shared by the files and the explorer page: a seeded layout (x, y), Louvain
communities, betweenness and node size, all deterministic and near-linear in the graph's size."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

import networkx as nx

from .forked import Forked
from .louvain import louvain_communities

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
# a component this big (an archive's giant component) gets fewer stress iterations: each costs
# O(nodes x pivots), and the MDS start is already the layout's shape
_ARCHIVE_COMPONENT = 50_000
_ARCHIVE_STRESS_ITERATIONS = 8
# the stress iterations' pivot terms are computed this many rows (nodes) at a time
_STRESS_ROWS = 4096
# an archive's component (above _ARCHIVE_COMPONENT) gets its MDS and its stress weights this many
# rows at a time: no float64 (nodes x pivots) array at all (260 MB each for a giant component of
# 650,000 nodes, the peak of a 100,000-document build). Sums taken block by block round apart
# from one whole-array product, so smaller components keep the whole arrays and their bytes.
_ARCHIVE_ROWS = 65_536
# and its stress iterations' edge terms this many edges at a time
_ARCHIVE_EDGES = 262_144
# components up to this size search their graph distances in plain Python (see _component_layout)
_SMALL_COMPONENT = 300
# Above this many nodes (an archive, not a corpus one reads node by node) communities come from
# fast label propagation instead of Louvain (linear, seeded). A sampled betweenness is always
# computed with numpy (networkx's estimate, whose pure-Python BFS takes minutes on an archive).
_ARCHIVE_NODES = 50_000


def analyse(g: nx.MultiDiGraph, seed: int, run: Callable[..., Any] | None = None) -> None:
    """Add a seeded layout (x, y), Louvain communities, betweenness and size to every node.

    Every step is deterministic for a given graph and seed, and near-linear in its size:
    Louvain, betweenness estimated from a seeded sample of sources on big graphs, and a
    pivot-MDS + sparse-stress layout above a few hundred nodes (see ``_layout``).

    ``run(function, *args)`` runs an archive's analysis on its arrays (:func:`analysis_arrays`;
    default: here), e.g. on a Dask worker, whose memory then takes its temporary arrays.
    """
    if hasattr(g, "undirected_pairs"):  # a compact graph (see .compact): its arrays, no networkx copy
        _analyse_compact(g, seed, run)
        return
    simple = undirected(g)
    n = simple.number_of_nodes()
    if n == 0:
        return
    louvain = None
    if not simple.number_of_edges():
        communities = [{node} for node in simple]
    elif n > _ARCHIVE_NODES:
        communities = label_propagation(simple, seed)
    else:
        # Louvain in a forked child while betweenness and the layout are computed here (the
        # same function on the same graph: the same communities); an archive's graph is not
        # forked, its label propagation is quick and a copy of its pages would not be
        louvain = Forked(_louvain, simple, seed)
    try:
        betweenness = _betweenness(simple, seed)
        positions = _layout(simple, seed)
        if louvain is not None:
            communities = louvain.result()
    finally:
        if louvain is not None:
            louvain.cancel()
    community_of = {}
    for idx, members in enumerate(sorted(communities, key=lambda c: (-len(c), min(c)))):
        for node in members:
            community_of[node] = idx
    degree = dict(simple.degree())
    for node in g.nodes:
        x, y = positions.get(node, (0.0, 0.0))
        _set_values(g.nodes[node], community_of.get(node, -1), betweenness.get(node, 0.0), x, y, degree.get(node, 0))


_BASE_SIZE = {"actor": 14.0, "issue": 12.0, "red_line": 12.0, "quote": 6.0, "document": 6.0}


def _set_values(data: dict, community: int, betweenness: float, x: float, y: float, degree: int) -> None:
    """A node's analysis attributes (size from its rounded betweenness and its degree)."""
    values = _values(data.get("kind", ""), community, betweenness, x, y, degree)
    data["community"], data["betweenness"], data["x"], data["y"], data["size"] = values


def _values(kind, community: int, betweenness: float, x: float, y: float, degree: int) -> tuple:
    """(community, betweenness, x, y, size) of a node of ``kind``, rounded as written."""
    betweenness = round(float(betweenness), 6)
    size = round(_BASE_SIZE.get(kind, 8.0) + 40.0 * math.sqrt(betweenness) + 1.5 * math.log1p(degree), 3)
    return community, betweenness, round(float(x), 3), round(float(y), 3), size


def _analyse_compact(g, seed: int, run: Callable[..., Any] | None = None) -> None:
    """``analyse`` on a :class:`.compact.CompactGraph`: the same values. An archive's graph (above
    ``_ARCHIVE_NODES``) is analysed on arrays of node numbers (label propagation, sampled
    betweenness, pivot layout: what ``analyse`` runs on it, without networkx's simple graph,
    which on an archive held gigabytes); a smaller one through the simple graph as ``analyse``."""
    n = g.number_of_nodes()
    if n == 0:
        return
    first, second, weights = g.undirected_pairs()
    names = g.names
    kinds = g.kinds()  # a node's size depends on its kind
    if n <= _ARCHIVE_NODES or n < _SPRING_MAX_NODES or not len(first):
        # each node's values set in a small dict by ``analyse``, then kept in the graph's arrays
        rows = [{"kind": kind} for kind in kinds]
        simple = nx.Graph()
        simple.add_nodes_from(names)
        simple.add_edges_from((names[a], names[b], {"weight": w})
                              for a, b, w in zip(first.tolist(), second.tolist(), weights.tolist()))
        analyse(_Shadow(simple, dict(zip(names, rows))), seed)
        g.set_analysis((row["community"], row["betweenness"], row["x"], row["y"], row["size"]) for row in rows)
        return
    community, betweenness, positions, degree = (run or _called)(analysis_arrays, n, first, second, weights, seed)
    g.set_analysis(_values(kinds[i], int(community[i]), float(betweenness[i]), float(positions[i, 0]),
                           float(positions[i, 1]), int(degree[i])) for i in range(n))


def _called(function: Callable[..., Any], *args: Any) -> Any:
    return function(*args)


def analysis_arrays(n: int, first, second, weights, seed: int) -> tuple[Any, Any, Any, Any]:
    """An archive's analysis on arrays of node numbers (the undirected pairs ``first``,
    ``second`` and their ``weights``): each node's community (label propagation), betweenness
    (sampled), position (an (n, 2) array) and degree. A function of its arguments alone: it can
    run in another process (a Dask worker), with the same values."""
    import numpy as np

    indptr, neighbours, neighbour_weights = _adjacency(n, first, second, weights)
    labels = _propagate_labels(n, indptr, neighbours, neighbour_weights, seed)
    del neighbours, neighbour_weights
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    community = np.empty(n, dtype=np.int64)
    for idx, members in enumerate(sorted(groups.values(), key=lambda c: (-len(c), c[0]))):
        community[members] = idx
    del groups, labels
    m = len(first)
    work = n + m
    k = min(n, max(_MIN_SOURCES, _BETWEENNESS_BUDGET // work))
    csr = _csr_arrays(n, first, second)
    betweenness = _sampled_csr(n, csr, k, seed) if k < n else None
    if betweenness is None:  # every node a source: networkx's exact betweenness (never on an archive)
        simple = nx.Graph()
        simple.add_nodes_from(range(n))
        simple.add_edges_from(zip(first.tolist(), second.tolist()))
        exact = nx.betweenness_centrality(simple, k=k, seed=seed, normalized=True)
        betweenness = np.array([exact[i] for i in range(n)])
    degree = np.diff(csr[0])
    positions = _layout_arrays(n, csr, _components(n, first, second), seed)
    return community, betweenness, positions, degree


class _Shadow:
    """The simple graph ``undirected`` would make of a compact graph, with a dict per node for
    ``analyse`` to write into."""

    def __init__(self, simple: nx.Graph, nodes: dict[str, dict]) -> None:
        self.simple, self.nodes = simple, nodes


def _adjacency(n: int, first, second, weights):
    """Each node's neighbours and edge weights in networkx's adjacency order (the order of the
    pairs), as flat arrays with offsets."""
    import numpy as np
    from array import array

    m = len(first)
    sources = np.concatenate([first, second])
    targets = np.concatenate([second, first])
    pair = np.concatenate([np.arange(m), np.arange(m)])
    order = np.lexsort((pair, sources))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(sources, minlength=n), out=indptr[1:])
    neighbours = array("q", targets[order].astype(np.int64).tobytes())
    neighbour_weights = array("d", np.asarray(weights, dtype=float)[pair[order]].tobytes())
    return indptr.tolist(), neighbours, neighbour_weights


def label_propagation(simple: nx.Graph, seed: int) -> list[set[str]]:
    """Communities by fast label propagation (Traag and Šubelj, 2023), as
    ``networkx.community.fast_label_propagation_communities(simple, weight="weight", seed=seed)``
    finds them (the same queue, the same random draws, the same sums in the same order), on
    adjacency lists of node numbers: networkx builds several views per node visited, which is
    most of its time on an archive's graph.

    Each node in turn takes the label that weighs most among its neighbours (ties drawn at
    random); neighbours of another label whose node changed label go back into the queue.
    """
    nodes = list(simple)
    index = {node: i for i, node in enumerate(nodes)}
    indptr, neighbours, weights = [0], [], []
    for _, around in simple.adjacency():
        for other, data in around.items():
            neighbours.append(index[other])
            weights.append(data.get("weight", 1))
        indptr.append(len(neighbours))
    label = _propagate_labels(len(nodes), indptr, neighbours, weights, seed)
    groups: dict[int, set[str]] = {}
    for i, node in enumerate(nodes):
        groups.setdefault(label[i], set()).add(node)
    return list(groups.values())


def _propagate_labels(n: int, indptr, neighbours, weights, seed: int) -> list[int]:
    """Fast label propagation on adjacency in flat sequences (node ``i``'s neighbours and edge
    weights at ``indptr[i]:indptr[i + 1]``, in networkx's adjacency order): each node's label."""
    from collections import deque

    rng = random.Random(seed)
    order = list(range(n))
    rng.shuffle(order)  # the permutation networkx's shuffle of its queue makes: same draws, same swaps
    queue = deque(order)
    del order
    queued = bytearray(b"\x01") * n
    label = list(range(n))
    while queue:
        node = queue.popleft()
        queued[node] = 0
        start, end = indptr[node], indptr[node + 1]
        if start == end:
            continue  # an isolated node keeps its own label
        counts: dict[int, float] = {}
        for j in range(start, end):
            other = label[neighbours[j]]
            counts[other] = counts.get(other, 0.0) + weights[j]
        best = max(counts.values())
        chosen = rng.choice([candidate for candidate in counts if counts[candidate] == best])
        if label[node] != chosen:
            label[node] = chosen
            for j in range(start, end):
                other = neighbours[j]
                if label[other] != chosen and not queued[other]:
                    queue.append(other)
                    queued[other] = 1
    return label


def _louvain(simple: nx.Graph, seed: int) -> list[set[str]]:
    """networkx's Louvain communities (weighted, seeded), computed on lists (see .louvain)."""
    return louvain_communities(simple, seed)


def _betweenness(simple: nx.Graph, seed: int) -> dict[str, float]:
    """Exact betweenness on a small graph, else estimated from a seeded sample of sources."""
    n = simple.number_of_nodes()
    work = n + simple.number_of_edges()
    k = None if n * work <= _BETWEENNESS_BUDGET else min(n, max(_MIN_SOURCES, _BETWEENNESS_BUDGET // work))
    if k is not None and k < n:
        return sampled_betweenness(simple, k, seed)
    return nx.betweenness_centrality(simple, k=k, seed=seed, normalized=True)


def undirected(g: nx.MultiDiGraph) -> nx.Graph:
    if isinstance(g, _Shadow):
        return g.simple
    return _undirected(g)


def _undirected(g: nx.MultiDiGraph) -> nx.Graph:
    """The simple undirected graph the analysis runs on: nodes sorted, one edge per pair (in the
    order of the pair's first edge in ``g``), weighted by the pair's pieces of evidence (summed
    in ``g``'s edge order); self-loops left out. The weights are summed in a dict and the edges
    added at once: per-edge ``has_edge``/``add_edge`` calls were a tenth of an archive's analysis."""
    weights: dict[tuple[str, str], float] = {}
    for u, v, evidence in g.edges(data="n_evidence", default=1):
        if u == v:
            continue
        pair = (u, v) if (v, u) not in weights else (v, u)
        weights[pair] = weights[pair] + float(evidence) if pair in weights else float(evidence)
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from((u, v, {"weight": w}) for (u, v), w in weights.items())
    return simple


def sampled_betweenness(simple: nx.Graph, k: int, seed: int) -> dict[str, float]:
    """Normalised betweenness estimated from ``k`` sources, as ``networkx.betweenness_centrality(
    simple, k=k, seed=seed)`` estimates it (the same sources, the same scaling; sums in another
    order), with Brandes' two passes done a BFS level at a time in numpy."""
    nodes = list(simple)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in simple.edges() if u != v]
    values = _sampled_csr(len(nodes), _csr_arrays(len(nodes), [u for u, _ in pairs], [v for _, v in pairs]), k, seed)
    return {node: float(values[i]) for i, node in enumerate(nodes)}


def _sampled_csr(n: int, csr, k: int, seed: int):
    """``sampled_betweenness`` on the adjacency ``csr`` (``_csr_arrays``) of nodes numbered 0..n-1:
    the estimates as an array (the same sources: a sample of numbers is a sample of nodes)."""
    import numpy as np

    indptr, indices = csr
    sources = random.Random(seed).sample(range(n), k)
    total = np.zeros(n)
    for source in sources:
        total += _dependencies(source, indptr, indices, n)
    # networkx's rescaling of a sample without endpoints: sources counted among k - 1 others
    pairs = n - 1
    scale = np.full(n, 1.0 / (k * (pairs - 1)))
    scale[sources] = 1.0 / ((k - 1) * (pairs - 1)) if k > 1 else math.nan
    return total * scale


def _csr_arrays(n: int, first, second):
    """Both directions of each undirected edge (first[i], second[i]), sorted: (indptr, indices)."""
    import numpy as np

    first, second = np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64)
    src = np.concatenate([first, second])
    dst = np.concatenate([second, first])
    order = np.lexsort((dst, src))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst[order]


def _dependencies(source: int, indptr, indices, n: int):
    """Brandes' dependencies of every node on ``source`` (0 for the source itself)."""
    import numpy as np

    dist = np.full(n, -1, dtype=np.int64)
    sigma = np.zeros(n)
    dist[source], sigma[source] = 0, 1.0
    frontier = np.array([source], dtype=np.int64)
    levels = []  # the shortest-path DAG's edges (u -> v), level by level
    level = 0
    while frontier.size:
        starts = indptr[frontier]
        lengths = indptr[frontier + 1] - starts
        size = int(lengths.sum())
        if not size:
            break
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(size)
        u, v = np.repeat(frontier, lengths), indices[offsets]
        found = _sorted_unique(v[dist[v] < 0], n)
        dist[found] = level + 1
        on_path = dist[v] == level + 1
        u, v = u[on_path], v[on_path]
        sigma += np.bincount(v, weights=sigma[u], minlength=n)
        levels.append((u, v))
        frontier, level = found, level + 1
    delta = np.zeros(n)
    for u, v in reversed(levels):
        delta += np.bincount(u, weights=sigma[u] * (1.0 + delta[v]) / sigma[v], minlength=n)
    delta[source] = 0.0
    return delta


def _sorted_unique(values, n: int):
    """``numpy.unique(values)`` for node numbers below ``n``: a big BFS level is marked in a
    mask (linear) rather than sorted or hashed, which was most of a large component's search."""
    import numpy as np

    if values.size * 32 < n:
        return np.unique(values)
    mark = np.zeros(n, dtype=bool)
    mark[values] = True
    return np.flatnonzero(mark)


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
    edges = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=np.int64).reshape(-1, 2)
    components = [np.array(sorted(index[node] for node in component), dtype=np.int64)
                  for component in sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))]
    positions = _layout_arrays(len(nodes), _csr_arrays(len(nodes), edges[:, 0], edges[:, 1]), components, seed)
    return {node: (float(positions[i, 0]), float(positions[i, 1])) for i, node in enumerate(nodes)}


def _layout_arrays(n: int, csr, components, seed: int):
    """``_large_layout`` on nodes numbered 0..n-1: ``csr`` the graph's (indptr, indices) of
    :func:`_csr_arrays`, ``components`` the connected components' sorted member arrays, largest
    first (ties: smallest member first). Returns the (n, 2) positions."""
    import numpy as np

    indptr, indices = csr
    rng = np.random.RandomState(seed)

    placed: list[tuple[np.ndarray, np.ndarray]] = []  # (global node indexes, local positions)
    local = np.full(n, -1, dtype=np.int64)  # a node's index inside its own component
    for members in components:
        local[members] = np.arange(len(members))
        placed.append((members, _component_layout(members, local, indptr, indices, rng)))
    positions = _pack(placed, n)
    span = float(np.abs(positions).max()) or 1.0
    return positions * (1000.0 / span)


def _components(n: int, first, second):
    """Connected components of nodes 0..n-1 joined by the edges (first[i], second[i]): sorted
    member arrays, largest first, ties by smallest member (as ``_large_layout`` orders them)."""
    import numpy as np

    parent = list(range(n))
    for a, b in zip(np.asarray(first).tolist(), np.asarray(second).tolist()):
        while parent[a] != a:  # path halving
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            if a < b:
                parent[b] = a
            else:
                parent[a] = b
    for i in range(n):  # parents are smaller: one sweep in order finds every root
        parent[i] = parent[parent[i]]
    root = np.array(parent, dtype=np.int64)
    del parent
    order = np.argsort(root, kind="stable")  # members ascending inside each root's block
    roots, starts, counts = np.unique(root[order], return_index=True, return_counts=True)
    blocks = sorted(range(len(roots)), key=lambda c: (-int(counts[c]), int(roots[c])))
    return [order[starts[c]:starts[c] + counts[c]] for c in blocks]


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
        neighbours = _sorted_unique(neighbours[dist[neighbours] < 0], n)
        dist[neighbours] = level
        frontier = neighbours
    return dist


def _adjacency_lists(indptr, indices) -> list[list[int]]:
    flat, bounds = indices.tolist(), indptr.tolist()
    return [flat[bounds[i]:bounds[i + 1]] for i in range(len(bounds) - 1)]


def _bfs_lists(source: int, neighbours: list[list[int]]) -> list[int]:
    """Hop distances from ``source`` (-1: unreachable), as ``_bfs`` gives them, on adjacency lists."""
    dist = [-1] * len(neighbours)
    dist[source] = 0
    frontier = [source]
    level = 0
    while frontier:
        level += 1
        found = []
        for node in frontier:
            for other in neighbours[node]:
                if dist[other] < 0:
                    dist[other] = level
                    found.append(other)
        frontier = found
    return dist


def _component_layout(members, local, indptr, indices, rng):
    """Positions of one connected component, median edge length 1, centred on 0.

    The work is the component's own (its adjacency re-indexed from 0), never the whole graph's,
    so a graph of many small components costs what its nodes and edges cost."""
    import numpy as np

    size = len(members)
    if size == 1:
        return np.zeros((1, 2))
    if size == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    sub_indptr, sub_indices = _component_csr(members, local, indptr, indices)
    pivots = min(size, _PIVOTS)
    # hop counts, held as the smallest integers that hold them (exact; bytes while no distance
    # passes 255, as in any news graph's): the (nodes x pivots) arrays of an archive's giant
    # component are its layout's biggest; every use reads them as the same float64 values
    distances = np.empty((size, pivots), dtype=np.uint8)
    nearest = np.full(size, np.inf)
    # first pivot: a seeded choice; then each next one the node farthest from those chosen
    pivot = int(rng.randint(size))
    pivot_nodes = np.empty(pivots, dtype=np.int64)
    # a small component's searches in plain Python: numpy's per-call cost is most of their time
    neighbours = _adjacency_lists(sub_indptr, sub_indices) if size <= _SMALL_COMPONENT else None
    for p in range(pivots):
        pivot_nodes[p] = pivot
        if neighbours is not None:
            dist = np.array(_bfs_lists(pivot, neighbours), dtype=float)
        else:
            dist = _bfs(pivot, sub_indptr, sub_indices, size).astype(float)
        held = np.iinfo(distances.dtype)
        if dist.max() > held.max or dist.min() < held.min:
            distances = distances.astype(np.int32)  # a long path: 32-bit counts from now on
        distances[:, p] = dist
        nearest = np.minimum(nearest, dist)
        pivot = int(np.argmax(nearest))
    archive = size > _ARCHIVE_COMPONENT
    coords = _blocked_mds(distances) if archive else _mds(distances)
    for axis in range(2):  # eigenvectors have no sign: fix it so the layout never mirrors
        if coords[int(np.argmax(np.abs(coords[:, axis]))), axis] < 0:
            coords[:, axis] = -coords[:, axis]
    rows = np.repeat(np.arange(size), np.diff(sub_indptr))
    keep = rows < sub_indices
    sub_edges = np.stack([rows[keep], sub_indices[keep]], axis=1)
    del rows, keep, sub_indptr, sub_indices  # (twice the edges each): not kept through the stress
    unit = float(np.median(np.linalg.norm(coords[sub_edges[:, 0]] - coords[sub_edges[:, 1]], axis=1))) if len(sub_edges) else 0.0
    coords = coords / unit if unit > 1e-9 else coords
    iterations = _ARCHIVE_STRESS_ITERATIONS if archive else _STRESS_ITERATIONS
    coords = _sparse_stress(coords, sub_edges, distances, pivot_nodes, iterations, blocked=archive)
    coords = _spread_coincident(coords)
    return coords - coords.mean(axis=0)


def _mds(distances):
    """Classical MDS of the nodes from their hop counts to the pivots (Brandes and Pich's pivot
    MDS): the squared distances doubly centred, projected on the two leading eigenvectors of
    their (pivots x pivots) Gram matrix. Returns (nodes, 2) coordinates."""
    import numpy as np

    # double centring in place (the same operations in the same order as on fresh arrays): one
    # (nodes x pivots) array beside the distances, not four
    centred = distances.astype(float)
    centred **= 2
    column_means, row_means, mean = centred.mean(axis=0), centred.mean(axis=1, keepdims=True), centred.mean()
    centred -= column_means
    centred -= row_means
    centred += mean
    centred *= -0.5
    values, vectors = np.linalg.eigh(centred.T @ centred)
    return centred @ vectors[:, ::-1][:, :2]


def _blocked_mds(distances, rows: int | None = None):
    """:func:`_mds` with no (nodes x pivots) float array: the means, the Gram matrix and the
    projection are each taken over blocks of ``rows`` nodes (the same layout up to rounding)."""
    import numpy as np

    rows = rows or _ARCHIVE_ROWS
    n, p = distances.shape
    column_sums, row_means = np.zeros(p), np.empty(n)
    for start in range(0, n, rows):
        block = distances[start:start + rows].astype(float)
        block **= 2
        column_sums += block.sum(axis=0)
        row_means[start:start + rows] = block.mean(axis=1)
    column_means, mean = column_sums / n, float(row_means.mean())

    def centred(start: int):
        block = distances[start:start + rows].astype(float)
        block **= 2
        block -= column_means
        block -= row_means[start:start + rows, None]
        block += mean
        block *= -0.5
        return block

    gram = np.zeros((p, p))
    for start in range(0, n, rows):
        block = centred(start)
        gram += block.T @ block
    values, vectors = np.linalg.eigh(gram)
    basis = vectors[:, ::-1][:, :2]
    coords = np.empty((n, 2))
    for start in range(0, n, rows):
        coords[start:start + rows] = centred(start) @ basis
    return coords


def _pivot_weights(distances):
    """The pivot terms' weights: 1 / max(distance, 1)^2 where the distance is positive, else 0."""
    import numpy as np

    weights = np.maximum(distances, 1.0)  # in place from here
    weights **= 2
    np.divide(1.0, weights, out=weights)
    weights[~(distances > 0)] = 0.0
    return weights


def _sparse_stress(coords, edges, distances, pivots, iterations: int = _STRESS_ITERATIONS, blocked: bool = False):
    """Refine an MDS layout by stress majorization on a sparse set of terms (after Ortmann,
    Klimenta and Brandes, 2016): every edge wants length 1, every node its graph distance to
    each pivot. MDS alone squeezes the dense core of a graph into a blob; these terms open it
    up, in O(edges + nodes x pivots) per iteration.

    ``blocked`` (an archive's component): the (nodes x pivots) weights are never held whole,
    but made again for each block of ``_ARCHIVE_ROWS`` nodes, in every iteration, and the edge
    terms are summed ``_ARCHIVE_EDGES`` edges at a time.
    """
    import numpy as np

    n = len(coords)
    first, second = edges[:, 0], edges[:, 1]
    degree = np.bincount(first, minlength=n) + np.bincount(second, minlength=n)
    # the rows of the pivot terms come in blocks of `node_rows` (one block unless blocked), their
    # weights made again for each block when blocked, else held whole
    node_rows = _ARCHIVE_ROWS if blocked else max(n, 1)
    weights = None if blocked else _pivot_weights(distances)

    def weights_of(start: int, end: int):
        return _pivot_weights(distances[start:end]) if weights is None else weights

    weight_sums = np.empty(n)
    for start in range(0, n, node_rows):
        end = min(n, start + node_rows)
        weight_sums[start:end] = weights_of(start, end).sum(axis=1)
    total = degree + weight_sums
    movable = total > 0
    divisor = np.maximum(total, 1e-9)[:, None]
    pulled = np.empty((n, 2))  # each node's pull towards the pivots, summed over them
    edge_rows = _ARCHIVE_EDGES if blocked else max(len(first), 1)
    for _ in range(iterations):
        target = np.zeros_like(coords)
        for start in range(0, len(first), edge_rows):
            _edge_pull(coords, first[start:start + edge_rows], second[start:start + edge_rows], target, start == 0)
        anchors = coords[pivots]
        for start in range(0, n, node_rows):
            end = min(n, start + node_rows)
            block = weights_of(start, end)
            for row in range(start, end, _STRESS_ROWS):
                _pull_rows(coords, anchors, block, distances, pulled, row, min(end, row + _STRESS_ROWS), offset=start)
            target[start:end, 0] += block @ anchors[:, 0] + pulled[start:end, 0]
            target[start:end, 1] += block @ anchors[:, 1] + pulled[start:end, 1]
        coords = np.where(movable[:, None], target / divisor, coords)
    return coords


def _edge_pull(coords, first, second, target, fresh: bool) -> None:
    """The edge terms of one stress iteration: each end of each edge (first[i], second[i]) pulled
    to unit length from the other, summed per node into ``target`` (set when ``fresh``, else
    added to: an archive's edges come a block at a time, so that their (edges x 2) temporaries
    stay small)."""
    import numpy as np

    n = len(coords)
    diff = coords[first] - coords[second]
    length = np.maximum(np.sqrt((diff * diff).sum(axis=1)), 1e-9)[:, None]
    unit = diff / length
    toward_first = coords[second] + unit
    toward_second = coords[first] - unit
    for axis in range(2):
        pull = (np.bincount(first, weights=toward_first[:, axis], minlength=n)
                + np.bincount(second, weights=toward_second[:, axis], minlength=n))
        if fresh:
            target[:, axis] = pull
        else:
            target[:, axis] += pull


def _pull_rows(coords, anchors, weights, distances, pulled, start: int, end: int, offset: int = 0) -> None:
    """``pulled[start:end]``: the pivot terms' pull on those nodes, summed over the pivots.

    Done a block of rows at a time, so the temporary (nodes x pivots) arrays of an archive's
    giant component are (block x pivots); each row's sum is the same whatever the block.
    ``weights`` holds the rows from ``offset`` on (a block of them, on an archive's component)."""
    import numpy as np

    dx = coords[start:end, 0:1] - anchors[None, :, 0]
    dy = coords[start:end, 1:2] - anchors[None, :, 1]
    pull = dx * dx
    pull += dy * dy
    np.sqrt(pull, out=pull)
    np.maximum(pull, 1e-9, out=pull)
    np.divide(weights[start - offset:end - offset] * distances[start:end], pull, out=pull)
    pulled[start:end, 0] = (pull * dx).sum(axis=1)
    pulled[start:end, 1] = (pull * dy).sum(axis=1)


def _component_csr(members, local, indptr, indices):
    """The adjacency (CSR) of one component, its nodes numbered by ``local``."""
    import numpy as np

    starts, ends = indptr[members], indptr[members + 1]
    lengths = ends - starts
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(int(lengths.sum()))
    sub_indptr = np.zeros(len(members) + 1, dtype=np.int64)
    np.cumsum(lengths, out=sub_indptr[1:])
    return sub_indptr, local[indices[offsets]]


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
