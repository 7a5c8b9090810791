"""GraphML and GEXF: what Gephi, igraph and networkx need, checked by reading the files back."""

from __future__ import annotations

import json
import re
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from pipeline.export.collapse import JOIN, collapse, evidence_dict
from pipeline.export.gephi import RESERVED, render_gexf, write_gexf, write_graphml
from pipeline.export.layout import analyse

from .conftest import small_graph

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"
KINDS = {"negotiation", "actor", "issue", "category", "red_line", "quote", "document"}
RELATIONS = {"stance", "red_line", "member_of", "speaks_for", "said", "reported_in", "aligned", "opposed", "contradicts",
             "part_of", "in_category", "party_to"}
HEX = re.compile(r"^#[0-9a-f]{6}$", re.I)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NODE_COLUMNS = {"label", "size", "color", "x", "y", "kind", "actor_type", "role", "aliases", "mentions", "doc_count",
                "community", "betweenness"}
EDGE_COLUMNS = {"label", "weight", "color", "relation", "polarity", "red_line", "evidence", "quote", "speaker", "doc_ids",
                "date", "n_evidence"}


@pytest.fixture()
def analysed():
    g = collapse(small_graph())
    analyse(g, seed=42)
    return g


def read_igraph(path: Path):
    """igraph's GraphML reader: an independent C implementation. It warns that the ``id`` data
    key shadows its own edge ids (see gephi.write_graphml); any other warning fails."""
    import igraph

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = igraph.Graph.Read_GraphML(str(path))
    others = [str(w.message) for w in caught if "already an 'id' edge attribute" not in str(w.message)]
    assert not others, others
    return graph


def graphml_keys(path: Path) -> list[dict[str, str]]:
    return [k.attrib for k in ET.parse(path).getroot().iter(f"{GRAPHML}key")]


# ---- collapse --------------------------------------------------------------------------------

def test_collapse_leaves_one_edge_per_ordered_pair():
    g = collapse(small_graph())
    pairs = Counter((u, v) for u, v in g.edges())
    assert max(pairs.values()) == 1
    assert g.number_of_edges() == len(pairs) == 6
    ids = [d["id"] for _, _, d in g.edges(data=True)]
    assert ids == [f"e{i}" for i in range(len(ids))]
    assert [k for _, _, k in g.edges(keys=True)] == ids


def test_collapse_merges_parallel_evidence_of_one_relation():
    g = collapse(small_graph())
    (data,) = g.get_edge_data("actor:a", "issue:x").values()
    assert data["relation"] == "stance"
    assert data["n_evidence"] == 3 and data["weight"] == 3.0
    assert data["polarity"] == "oppose" and data["polarities"] == "oppose|support"
    assert data["red_line"] is True
    assert data["evidence"] == JOIN.join(["Alpha will never cede Ex.", "Alpha rejects Ex.", "Alpha may accept Ex."])
    assert data["doc_ids"] == "d1|d2" and data["date"] == "2024-01-02"
    # doc_ids is the sorted set; evidence_doc_ids pairs each evidence sentence with its documents
    assert data["evidence_doc_ids"] == JOIN.join(["d1", "d2", "d2"])
    assert [item["polarity"] for item in map(evidence_dict, data["_evidence"])] == ["oppose", "oppose", "support"]
    assert [item.get("red_line", False) for item in map(evidence_dict, data["_evidence"])] == [True, False, False]


def test_evidence_documents_are_parallel_to_the_evidence():
    """The same sentence in two documents is one evidence entry with both documents; an edge
    with one piece of evidence has doc_ids alone."""
    g = nx.MultiDiGraph()
    for key, sentence, doc in (("s1", "B said so.", "d9"), ("s2", "A said so.", "d1"), ("s3", "B said so.", "d2")):
        g.add_edge("actor:a", "issue:x", key=key, relation="stance", polarity="support", evidence=sentence, doc_ids=doc)
    g.add_edge("actor:b", "issue:x", key="s4", relation="stance", polarity="oppose", evidence="C said no.", doc_ids="d3")
    merged = collapse(g)
    (data,) = merged.get_edge_data("actor:a", "issue:x").values()
    assert data["evidence"] == JOIN.join(["B said so.", "A said so."])
    assert data["evidence_doc_ids"] == JOIN.join(["d2|d9", "d1"])
    assert data["doc_ids"] == "d1|d2|d9"
    (single,) = merged.get_edge_data("actor:b", "issue:x").values()
    assert "evidence_doc_ids" not in single and single["doc_ids"] == "d3"


def test_collapse_joins_relations_of_one_pair_so_gephi_merges_nothing():
    g = collapse(small_graph())
    (data,) = g.get_edge_data("actor:a", "actor:b").values()
    assert data["relation"] == "speaks_for|aligned|opposed" == data["label"]
    assert data["n_evidence"] == 3 and data["weight"] == 4.0
    assert data["issues"] == "Ex|Why|Zed"
    assert {item["relation"] for item in map(evidence_dict, data["_evidence"])} == {"speaks_for", "aligned", "opposed"}
    # the reverse direction is another edge for a directed graph, and stays one
    (back,) = g.get_edge_data("actor:b", "actor:a").values()
    assert back["relation"] == "opposed"


# ---- GraphML ---------------------------------------------------------------------------------

def test_graphml_reads_back_with_networkx_and_igraph(analysed, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(analysed, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == analysed.number_of_nodes()
    assert back.number_of_edges() == analysed.number_of_edges()
    assert sorted(k for _, _, k in back.edges(keys=True)) == sorted(d["id"] for _, _, d in analysed.edges(data=True))

    ig = read_igraph(path)
    assert (ig.vcount(), ig.ecount()) == (analysed.number_of_nodes(), analysed.number_of_edges())
    assert ig.is_directed()
    assert len(set(ig.es["id"])) == ig.ecount()
    assert set(ig.es["id"]) == {d["id"] for _, _, d in analysed.edges(data=True)}
    assert set(ig.vs["id"]) == set(analysed.nodes)


def test_graphml_attributes_are_scalar_typed_and_gephi_named(analysed, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(analysed, path)
    keys = graphml_keys(path)
    ids = [k["id"] for k in keys]
    assert len(ids) == len(set(ids)), "GraphML key ids must be unique"
    assert not {"d3", "d7"} & set(ids), "Gephi reads keys d3/d7 as yEd labels"
    names = Counter((k["for"], k["attr.name"]) for k in keys)
    assert max(names.values()) == 1, "one type per attribute"
    types = {(k["for"], k["attr.name"]): k["attr.type"] for k in keys}
    assert types[("node", "x")] == types[("node", "size")] == types[("node", "betweenness")] == "double"
    assert types[("node", "community")] == types[("node", "mentions")] == "long"
    assert types[("node", "n_stances")] == "double"  # 2.5 and 1 in one column: one type, the wider
    assert types[("edge", "red_line")] == "boolean" and types[("edge", "weight")] == "double"

    back = nx.read_graphml(path, force_multigraph=True)
    for _, data in back.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
        assert all(v != "" for v in data.values()), "missing values are omitted, not empty"
        assert HEX.match(data["color"]) and isinstance(data["x"], float) and isinstance(data["size"], float)
    assert back.nodes["issue:x"]["aliases"] == "x|ex"  # a list, joined
    assert "category" not in back.nodes["issue:x"]  # None: omitted
    assert "role" not in back.nodes["actor:b"]  # "": omitted
    assert back.nodes["actor:b"]["label"] == "Beta State"  # \x0b cannot be written in XML
    assert back.nodes["issue:x"]["label"] == "Ex <territory> & co"
    for _, _, data in back.edges(data=True):
        assert {"label", "weight", "color", "relation", "n_evidence", "id"} <= set(data)
        assert HEX.match(data["color"]) and data["weight"] > 0  # Gephi drops edges of weight 0
        assert not any(k.startswith("_") for k in data)


# ---- GEXF ------------------------------------------------------------------------------------

def parse_gexf(path: Path):
    root = ET.parse(path).getroot()
    graph = root.find(f"{GEXF}graph")
    declared = {}
    for attributes in graph.findall(f"{GEXF}attributes"):
        for attribute in attributes.findall(f"{GEXF}attribute"):
            declared[(attributes.get("class"), attribute.get("id"))] = (attribute.get("title"), attribute.get("type"))
    return root, graph, declared


def check_gexf(path: Path, g: nx.MultiDiGraph) -> None:
    """Everything Gephi needs from a GEXF file, checked on the XML itself."""
    root, graph, declared = parse_gexf(path)
    assert root.get("version") == "1.2" and graph.get("defaultedgetype") == "directed"
    assert root.find(f"{GEXF}meta").get("lastmodifieddate") is None
    titles = Counter((klass, title) for (klass, _), (title, _) in declared.items())
    assert max(titles.values()) == 1, "one type per attribute"
    assert not {title for title, _ in declared.values()} & RESERVED
    nodes = graph.find(f"{GEXF}nodes").findall(f"{GEXF}node")
    edges = graph.find(f"{GEXF}edges").findall(f"{GEXF}edge")
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    dated = False
    for node in nodes:
        assert node.get("label")
        colour = node.find(f"{VIZ}color")
        assert colour is not None and node.find(f"{VIZ}size") is not None and node.find(f"{VIZ}position") is not None
        assert all(0 <= int(colour.get(c)) <= 255 for c in "rgb")
        if node.get("start"):
            assert ISO.match(node.get("start"))
            dated = True
    ids = [e.get("id") for e in edges]
    assert len(set(ids)) == len(ids)
    assert max(Counter((e.get("source"), e.get("target")) for e in edges).values()) == 1
    for edge in edges:
        assert float(edge.get("weight")) > 0 and edge.get("label")
        assert edge.find(f"{VIZ}color") is not None
        if edge.get("start"):
            assert ISO.match(edge.get("start"))
    for element in (*nodes, *edges):
        klass = "node" if element.tag == f"{GEXF}node" else "edge"
        for value in element.iter(f"{GEXF}attvalue"):
            title, kind = declared[(klass, value.get("for"))]
            text = value.get("value")
            if kind == "boolean":
                assert text in {"true", "false"}, (title, text)
            elif kind == "integer":
                int(text)
            elif kind == "double":
                float(text)
    assert (graph.get("mode"), graph.get("timeformat")) == (("dynamic", "date") if dated else ("static", None))


def test_gexf_has_viz_timeline_and_typed_columns(analysed, tmp_path):
    path = tmp_path / "g.gexf"
    write_gexf(analysed, path)
    check_gexf(path, analysed)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == analysed.number_of_nodes()
    assert back.number_of_edges() == analysed.number_of_edges()
    assert back.nodes["actor:a"]["start"] == "2024-01-02"
    assert back.nodes["actor:a"]["viz"]["color"] == {"r": 31, "g": 119, "b": 180, "a": 1.0}
    assert back.nodes["actor:a"]["community"] == analysed.nodes["actor:a"]["community"]
    edge = next(d for u, v, d in back.edges(data=True) if (u, v) == ("actor:a", "issue:x"))
    assert edge["label"] == "oppose" and edge["weight"] == 3.0 and edge["red_line"] is True and edge["n_evidence"] == 3
    assert "networkx_key" not in edge


def test_gexf_without_dates_is_static(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", kind="actor", color="#000000")
    g.add_node("b", label="B", kind="issue", color="#ffffff", date="spring 2020")
    g.add_edge("a", "b", relation="stance", polarity="support")
    g = collapse(g)
    analyse(g, seed=1)
    text = render_gexf(g)
    assert 'mode="static"' in text and "timeformat" not in text and "start=" not in text


def test_reserved_analysis_column_is_refused():
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="actor")
    with pytest.raises(ValueError, match="reserved"):
        render_gexf(g)


# ---- the fixture corpus ----------------------------------------------------------------------

@pytest.mark.slow
def test_corpus_graphml_with_two_readers(corpus_build):
    out, result = corpus_build
    counts = result.report["counts"]
    path = out / "graph.graphml"
    g = nx.read_graphml(path, force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (counts["graph_nodes"], counts["graph_edges"])
    ig = read_igraph(path)
    assert (ig.vcount(), ig.ecount()) == (counts["graph_nodes"], counts["graph_edges"])
    assert len(set(ig.es["id"])) == ig.ecount()
    assert sorted(ig.es["id"]) == sorted(k for _, _, k in g.edges(keys=True))
    assert max(Counter((u, v) for u, v in g.edges()).values()) == 1

    keys = graphml_keys(path)
    assert len({k["id"] for k in keys}) == len(keys)
    assert NODE_COLUMNS <= {k["attr.name"] for k in keys if k["for"] == "node"}
    assert EDGE_COLUMNS <= {k["attr.name"] for k in keys if k["for"] == "edge"}
    assert {d["kind"] for _, d in g.nodes(data=True)} == KINDS
    relations = {r for _, _, d in g.edges(data=True) for r in d["relation"].split("|")}
    assert {"stance", "red_line", "said", "speaks_for", "aligned"} <= relations <= RELATIONS
    for _, data in g.nodes(data=True):
        assert HEX.match(data["color"]) and {"x", "y", "size", "community", "betweenness"} <= set(data)
    red = [d for _, _, d in g.edges(data=True) if d.get("red_line")]
    assert red and all(d["relation"] in {"stance", "red_line"} for d in red)
    # igraph sees the same attribute values as networkx
    ig_labels = dict(zip(ig.vs["id"], ig.vs["label"]))
    assert all(ig_labels[n] == d["label"] for n, d in g.nodes(data=True))


@pytest.mark.slow
def test_corpus_gexf(corpus_build):
    out, result = corpus_build
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    check_gexf(out / "graph.gexf", g)
    back = nx.read_gexf(out / "graph.gexf")
    assert back.number_of_nodes() == result.report["counts"]["graph_nodes"]
    assert back.number_of_edges() == result.report["counts"]["graph_edges"]
    _, graph, _ = parse_gexf(out / "graph.gexf")
    assert graph.get("mode") == "dynamic"  # the fixture articles are dated: Gephi's timeline works


@pytest.mark.slow
def test_exports_are_byte_identical(corpus_build, tmp_path):
    """Two exports of the same corpus give the same bytes: layout, communities and writers are seeded."""
    from pipeline.export.heatmap import write_stance_heatmap
    from pipeline.export.html import write_html
    from pipeline.graph import build_graph

    _, result = corpus_build
    resolved = result.resolved
    documents = {d.doc_id: {"title": d.title, "source": d.source, "date": d.date} for d in resolved.documents}
    for folder in ("one", "two"):
        g = collapse(build_graph(resolved))
        analyse(g, seed=42)
        write_graphml(g, tmp_path / folder / "graph.graphml")
        write_gexf(g, tmp_path / folder / "graph.gexf")
        write_html(g, documents, tmp_path / folder / "graph.html", 1500)
        write_stance_heatmap(resolved, tmp_path / folder / "stance_matrix.png")
    for name in ("graph.graphml", "graph.gexf", "graph.html", "stance_matrix.png"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    report = json.loads((corpus_build[0] / "run_report.json").read_text())
    assert report["counts"]["graph_edges"] == result.report["counts"]["graph_edges"]
