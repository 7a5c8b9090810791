"""Louvain on lists (pipeline/export/louvain.py) finds networkx's communities, in networkx's
order, on graphs of whole-number weights; any other graph is handed to networkx itself."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from pipeline.export.layout import analyse
from pipeline.export.louvain import louvain_communities

from .conftest import small_graph


def _random(seed: int, nodes: int, edges: int, named: bool) -> nx.Graph:
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(nodes, edges, seed=seed)
    for u, v in graph.edges:
        graph[u][v]["weight"] = float(rng.choice([1, 1, 1, 2, 3, 5]))  # counts of evidence
    return nx.relabel_nodes(graph, {n: f"n{n * 7 % 1000}" for n in graph}) if named else graph


def _evidence_graph() -> nx.Graph:
    """The simple graph analyse runs Louvain on, from the export tests' small corpus graph."""
    from pipeline.export.layout import undirected

    return undirected(small_graph())


GRAPHS = {
    "karate club": nx.karate_club_graph,  # weights 1 to 7
    "les miserables": nx.les_miserables_graph,  # weights 1 to 31
    "unweighted caveman": lambda: nx.connected_caveman_graph(6, 5),
    "random, many small components": lambda: _random(3, 300, 200, named=True),
    "random, dense": lambda: _random(5, 80, 600, named=False),
    "random, sparse, numbered": lambda: _random(11, 120, 130, named=False),
    "two cliques and a path": lambda: nx.disjoint_union_all([nx.complete_graph(6), nx.complete_graph(5), nx.path_graph(8)]),
    "self-loops": lambda: nx.Graph([(0, 0, {"weight": 2.0}), (0, 1, {"weight": 1.0}), (1, 2, {"weight": 1.0}),
                                    (2, 2, {"weight": 3.0}), (3, 4, {"weight": 1.0})]),
    "corpus graph": _evidence_graph,
}


@pytest.mark.parametrize("seed", [1, 42, 2024])
@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_same_communities_in_the_same_order_as_networkx(name, seed):
    graph = GRAPHS[name]()
    assert louvain_communities(graph, seed) == nx.community.louvain_communities(graph, weight="weight", seed=seed)


@pytest.mark.parametrize(
    "weights",
    [pytest.param([0.5, 1.25, 2.0], id="fractional"), pytest.param([1, -1, 2], id="negative")],
)
def test_other_weights_go_to_networkx(weights):
    graph = nx.cycle_graph(9)
    for i, (u, v) in enumerate(graph.edges):
        graph[u][v]["weight"] = weights[i % len(weights)]
    try:
        expected = nx.community.louvain_communities(graph, weight="weight", seed=1)
    except Exception as error:  # networkx's own error, unchanged
        with pytest.raises(type(error)):
            louvain_communities(graph, 1)
        return
    assert louvain_communities(graph, 1) == expected


def test_analyse_assigns_the_networkx_communities():
    g = small_graph()
    analyse(g, seed=42)
    from pipeline.export.layout import undirected

    expected = nx.community.louvain_communities(undirected(small_graph()), weight="weight", seed=42)
    ranked = sorted(expected, key=lambda c: (-len(c), min(c)))
    assert {node: g.nodes[node]["community"] for node in g} == {n: i for i, c in enumerate(ranked) for n in c}
