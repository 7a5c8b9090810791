"""Graph analysis on archive-size graphs: the numpy betweenness estimate is networkx's, and the
archive path (label propagation, fewer stress iterations) stays deterministic."""

from __future__ import annotations

import networkx as nx
import pytest

from pipeline.export import layout
from pipeline.export.layout import analyse, label_propagation, sampled_betweenness

GRAPHS = {
    "karate": nx.karate_club_graph,
    "les miserables": nx.les_miserables_graph,
    "random, with isolated nodes": lambda: nx.gnm_random_graph(300, 500, seed=3),
    "two components and a tree": lambda: nx.disjoint_union_all([nx.path_graph(9), nx.balanced_tree(3, 3), nx.cycle_graph(7)]),
}


@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("k", [2, 12])
def test_sampled_betweenness_is_networkx_estimate(name, k):
    graph = nx.relabel_nodes(GRAPHS[name](), {v: f"n{v}" for v in GRAPHS[name]()})
    expected = nx.betweenness_centrality(graph, k=k, seed=42, normalized=True)
    found = sampled_betweenness(graph, k, 42)
    assert found.keys() == expected.keys()
    assert all(abs(found[v] - expected[v]) < 1e-12 for v in graph)


def _weighted(graph: nx.Graph) -> nx.Graph:
    for i, (u, v) in enumerate(sorted(graph.edges)):
        graph[u][v]["weight"] = (1.0, 2.0, 3.5)[i % 3]
    return graph


@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("seed", [1, 42])
def test_label_propagation_finds_networkx_communities(name, weighted, seed):
    graph = nx.relabel_nodes(GRAPHS[name](), {v: f"n{v}" for v in GRAPHS[name]()})
    graph = _weighted(graph) if weighted else graph
    expected = nx.community.fast_label_propagation_communities(graph, weight="weight", seed=seed)
    assert sorted(map(sorted, label_propagation(graph, seed))) == sorted(map(sorted, expected))


def test_archive_path_is_deterministic(monkeypatch):
    monkeypatch.setattr(layout, "_ARCHIVE_NODES", 10)
    monkeypatch.setattr(layout, "_ARCHIVE_COMPONENT", 10)
    runs = []
    for _ in range(2):
        g = nx.MultiDiGraph()
        for u, v in nx.les_miserables_graph().edges():
            g.add_edge(f"actor:{u}", f"actor:{v}", n_evidence=1)
        analyse(g, seed=42)
        runs.append(sorted((n, d["community"], d["betweenness"], d["x"], d["y"]) for n, d in g.nodes(data=True)))
    assert runs[0] == runs[1]
    assert len({row[1] for row in runs[0]}) > 1  # label propagation found communities


@pytest.mark.parametrize("length", [250, 700], ids=["hop counts in bytes", "hop counts past 255"])
def test_long_paths_keep_their_hop_counts(length):
    """A component's hop counts start as bytes and widen once a search finds one past 255: a
    path's two ends stay its farthest nodes (counts wrapped at 256 would fold it)."""
    path = nx.path_graph(length)
    positions = layout._large_layout(nx.relabel_nodes(path, {i: f"n{i:04d}" for i in path}), seed=42)
    xy = [positions[f"n{i:04d}"] for i in range(length)]
    span = max(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for a in xy[::10] for b in xy[::10])
    ends = ((xy[0][0] - xy[-1][0]) ** 2 + (xy[0][1] - xy[-1][1]) ** 2) ** 0.5
    assert ends >= 0.95 * span


def _hop_counts(graph: nx.Graph, pivots: int):
    """(nodes x pivots) hop counts as bytes, as _component_layout holds them."""
    import numpy as np

    lengths = [nx.single_source_shortest_path_length(graph, p) for p in list(graph)[:pivots]]
    return np.array([[row[v] for row in lengths] for v in graph], dtype=np.uint8)


def _signed(coords):
    """Eigenvectors have no sign: each axis turned so that its largest entry is positive."""
    import numpy as np

    coords = coords.copy()
    for axis in range(coords.shape[1]):
        if coords[int(np.argmax(np.abs(coords[:, axis]))), axis] < 0:
            coords[:, axis] = -coords[:, axis]
    return coords


@pytest.mark.parametrize("name", ["karate", "les miserables", "random 400"])
@pytest.mark.parametrize("rows", [1, 7, 64, 10_000])
def test_blocked_mds_is_the_whole_array_mds(name, rows):
    """An archive's component gets its MDS a block of rows at a time (no float (nodes x pivots)
    array): the same coordinates up to rounding, whatever the block."""
    import numpy as np

    graph = {"karate": nx.karate_club_graph, "les miserables": nx.les_miserables_graph,
             "random 400": lambda: nx.connected_watts_strogatz_graph(400, 6, 0.2, seed=4)}[name]()
    distances = _hop_counts(graph, 12)
    whole, blocked = _signed(layout._mds(distances)), _signed(layout._blocked_mds(distances, rows))
    assert np.allclose(blocked, whole, rtol=1e-9, atol=1e-9 * np.abs(whole).max())


@pytest.mark.parametrize("rows", [5, 33, 10_000])
def test_blocked_stress_is_the_whole_array_stress(monkeypatch, rows):
    """The stress iterations of an archive's component make the pivot weights again for each
    block of rows instead of holding them whole: the same layout up to rounding."""
    import numpy as np

    graph = nx.connected_watts_strogatz_graph(300, 4, 0.3, seed=9)
    pivots = 10
    distances = _hop_counts(graph, pivots)
    start = _signed(layout._mds(distances))
    edges = np.array(sorted((min(u, v), max(u, v)) for u, v in graph.edges()), dtype=np.int64)
    pivot_nodes = np.arange(pivots)
    whole = layout._sparse_stress(start.copy(), edges, distances, pivot_nodes, 8)
    monkeypatch.setattr(layout, "_ARCHIVE_ROWS", rows)
    monkeypatch.setattr(layout, "_STRESS_ROWS", max(1, rows // 2))
    monkeypatch.setattr(layout, "_ARCHIVE_EDGES", rows)
    blocked = layout._sparse_stress(start.copy(), edges, distances, pivot_nodes, 8, blocked=True)
    assert np.allclose(blocked, whole, rtol=1e-9, atol=1e-9 * np.abs(whole).max())
