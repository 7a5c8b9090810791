"""Louvain communities as networkx computes them, on lists of node numbers.

``networkx.community.louvain_communities(simple, weight="weight", seed=seed)`` spends most of
its time in graph views: a view per node for its neighbours, per community for the modularity
of each level, a new networkx graph per level. :func:`louvain_communities` runs the same
algorithm (networkx 3's ``louvain_partitions`` and ``_one_level``, undirected, resolution 1,
threshold 1e-7) on plain lists and dicts, and takes the same decisions in the same order:

- the nodes are numbered in the graph's order and shuffled by ``random.Random(seed)`` once per
  level, as networkx shuffles them (a shuffle depends on the list's length only);
- each node's neighbours are visited in networkx's adjacency order, which decides the order of
  the candidate communities and so which one wins a tie: the level's graph is rebuilt as
  networkx rebuilds it (its edges re-added in ``Graph.edges()`` order, a repeated pair summed
  in place), so every adjacency dict has networkx's insertion order;
- gains and modularities are the same floating-point expressions, evaluated in the same order.

Sums of weights (degrees, community totals, weights to a community) are summed in another
order than networkx's, which gives the same value when the weights are whole numbers (counts of
evidence, as the graph's are): :func:`louvain_communities` checks that they are, and hands any
other graph to networkx itself. ``tests/export/test_louvain.py`` compares the two.
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

_THRESHOLD = 0.0000001  # networkx's default: a level must gain more modularity than this
_EXACT = 2.0 ** 52  # whole-number weights sum exactly, in any order, below this


def louvain_communities(simple: nx.Graph, seed: int) -> list[set[Any]]:
    """``networkx.community.louvain_communities(simple, weight="weight", seed=seed)``."""
    nodes = list(simple)
    index = {node: i for i, node in enumerate(nodes)}
    adjacency: list[dict[int, float]] = [{} for _ in nodes]
    total = 0.0
    for node, neighbours in simple.adjacency():
        row = adjacency[index[node]]
        for other, data in neighbours.items():
            weight = data.get("weight", 1)
            if type(weight) not in (int, float) or weight != int(weight) or weight < 0:
                return nx.community.louvain_communities(simple, weight="weight", seed=seed)
            row[index[other]] = float(weight)
            total += abs(weight)
    if not simple.number_of_edges() or total >= _EXACT:
        return nx.community.louvain_communities(simple, weight="weight", seed=seed)
    rng = random.Random(seed)
    partition = [{node} for node in nodes]
    mod = _modularity(adjacency, [[i] for i in range(len(nodes))])
    # networkx's first level runs on a copy of the graph, its edges re-added in edges() order
    graph = _rebuilt(adjacency, list(range(len(nodes))), len(nodes))
    m = sum(_degrees(graph)) / 2
    partition, inner, improvement = _one_level(graph, m, partition, rng)
    improvement = True
    result = partition
    while improvement:
        result = [set(s) for s in partition]
        new_mod = _modularity(graph, inner)
        if new_mod - mod <= _THRESHOLD:
            break
        mod = new_mod
        node_com = [0] * len(graph)
        for c, members in enumerate(inner):
            for u in members:
                node_com[u] = c
        graph = _rebuilt(graph, node_com, len(inner))
        partition, inner, improvement = _one_level(graph, m, partition, rng)
    return result


def _edges(adjacency: list[dict[int, float]]):
    """``Graph.edges(data="weight")``: each edge once, from the first of its nodes in order."""
    seen = set()
    for u, row in enumerate(adjacency):
        for v, weight in row.items():
            if v not in seen:
                yield u, v, weight
        seen.add(u)


def _rebuilt(adjacency: list[dict[int, float]], node_com: list[int], size: int) -> list[dict[int, float]]:
    """The graph networkx makes by adding the edges of ``adjacency`` (in ``Graph.edges`` order)
    between the communities ``node_com`` gives their ends: ``_gen_graph`` (and, with each node
    its own community, the copy ``louvain_partitions`` starts from)."""
    rows: list[dict[int, float]] = [{} for _ in range(size)]
    for u, v, weight in _edges(adjacency):
        a, b = node_com[u], node_com[v]
        weight = weight + rows[a].get(b, 0)
        rows[a][b] = weight
        rows[b][a] = weight
    return rows


def _degrees(adjacency: list[dict[int, float]]) -> list[float]:
    """Weighted degrees, a self-loop counted twice (``Graph.degree(weight=...)``)."""
    return [sum(row.values()) + row.get(u, 0) for u, row in enumerate(adjacency)]


def _modularity(adjacency: list[dict[int, float]], communities: list[list[int]] | list[set[int]]) -> float:
    """``networkx.community.modularity(G, communities, weight="weight")``, resolution 1."""
    degrees = _degrees(adjacency)
    deg_sum = sum(degrees)
    m = deg_sum / 2
    norm = 1 / deg_sum**2
    resolution = 1
    community_of = {}
    for c, members in enumerate(communities):
        for u in members:
            community_of[u] = c
    inside = [0.0] * len(communities)
    for u, v, weight in _edges(adjacency):
        if community_of[u] == community_of[v]:
            inside[community_of[u]] += weight

    def contribution(c: int) -> float:
        degree_sum = sum(degrees[u] for u in communities[c])
        return inside[c] / m - resolution * degree_sum * degree_sum * norm

    return sum(map(contribution, range(len(communities))))


def _one_level(graph: list[dict[int, float]], m: float, partition: list[set[Any]], rng: random.Random):
    """networkx's ``_one_level`` (undirected, resolution 1): move each node to the neighbouring
    community that gains most, in a shuffled order, until no node moves."""
    resolution = 1
    n = len(graph)
    node2com = list(range(n))
    inner = [{u} for u in range(n)]
    degrees = _degrees(graph)
    stot = list(degrees)
    nbrs = [{v: w for v, w in row.items() if v != u} for u, row in enumerate(graph)]
    rand_nodes = list(range(n))
    rng.shuffle(rand_nodes)
    nb_moves = 1
    improvement = False
    while nb_moves > 0:
        nb_moves = 0
        for u in rand_nodes:
            best_mod = 0
            best_com = node2com[u]
            weights2com: dict[int, float] = {}
            for nbr, wt in nbrs[u].items():
                com = node2com[nbr]
                weights2com[com] = weights2com.get(com, 0.0) + wt
            degree = degrees[u]
            stot[best_com] -= degree
            if best_com not in weights2com:
                weights2com[best_com] = 0.0  # networkx's defaultdict adds it, last
            remove_cost = -weights2com[best_com] / m + resolution * (stot[best_com] * degree) / (2 * m**2)
            for nbr_com, wt in weights2com.items():
                gain = remove_cost + wt / m - resolution * (stot[nbr_com] * degree) / (2 * m**2)
                if gain > best_mod:
                    best_mod = gain
                    best_com = nbr_com
            stot[best_com] += degree
            if best_com != node2com[u]:
                improvement = True
                nb_moves += 1
                inner[node2com[u]].remove(u)
                inner[best_com].add(u)
                node2com[u] = best_com
    # the original nodes of each community: the members' own (``partition[u]`` is node u's)
    moved = [set() for _ in range(n)]
    for u in range(n):
        moved[node2com[u]].update(partition[u])
    return [s for s in moved if s], [list(s) for s in inner if s], improvement
