"""The GraphML and GEXF writers stream element by element: the same bytes as the writers they
replaced (networkx's ElementTree writer for GraphML, a list of lines for GEXF), written to
``tests/fixtures/writers/`` by those writers; hostile text escaped; both read back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from pipeline.export.collapse import collapse
from pipeline.export.gephi import render_gexf, write_gexf, write_graph_files, write_graphml
from pipeline.export.layout import analyse

from ..conftest import ROOT
from .conftest import small_graph
from .hostile_graph import HOSTILE_TEXTS, hostile_graph

REFERENCE = ROOT / "tests" / "fixtures" / "writers"


def _small() -> nx.MultiDiGraph:
    g = collapse(small_graph())
    analyse(g, seed=42)
    return g


GRAPHS = {"small": _small, "hostile": hostile_graph}


@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("suffix, write", [("graphml", write_graphml), ("gexf", write_gexf)])
def test_streamed_writer_gives_the_previous_writers_bytes(tmp_path: Path, name, suffix, write):
    path = tmp_path / f"{name}.{suffix}"
    write(GRAPHS[name](), path)
    assert path.read_bytes() == (REFERENCE / f"{name}.{suffix}").read_bytes()


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_both_files_in_one_pass_give_each_writers_bytes(tmp_path: Path, name):
    write_graph_files(GRAPHS[name](), tmp_path / "g.graphml", tmp_path / "g.gexf")
    for suffix in ("graphml", "gexf"):
        assert (tmp_path / f"g.{suffix}").read_bytes() == (REFERENCE / f"{name}.{suffix}").read_bytes(), suffix
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.gexf", "g.graphml"]  # no temporary file left


def test_render_gexf_is_the_file(tmp_path: Path):
    write_gexf(hostile_graph(), tmp_path / "g.gexf")
    assert render_gexf(hostile_graph()).encode("utf-8") == (tmp_path / "g.gexf").read_bytes()


def _legal(text: str) -> str:
    """What XML can carry of a text: control characters but tab and line breaks are dropped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


@pytest.mark.parametrize("k", range(len(HOSTILE_TEXTS)))
def test_hostile_text_reads_back_from_graphml(tmp_path: Path, k):
    write_graphml(hostile_graph(), tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    node = back.nodes[f"actor:{k}<&\">"]
    # XML parsers normalise a raw CR LF in element text to LF
    assert node["label"] == _legal(HOSTILE_TEXTS[k]).replace("\r\n", "\n")
    assert node["mentions"] == k
    edge = next(d for _, _, d in back.edges(data=True) if d["id"] == f"e{k}")
    assert edge["evidence"] == _legal(HOSTILE_TEXTS[k]).replace("\r\n", "\n")
    assert edge["red_line"] is (k % 2 == 0)


@pytest.mark.parametrize("k", range(len(HOSTILE_TEXTS)))
def test_hostile_text_reads_back_from_gexf(tmp_path: Path, k):
    write_gexf(hostile_graph(), tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.gexf").getroot()
    ns = {"g": "http://www.gexf.net/1.2draft"}
    titles = {a.get("id"): a.get("title") for a in root.iterfind(".//g:attributes[@class='edge']/g:attribute", ns)}
    node = next(n for n in root.iterfind(".//g:node", ns) if n.get("id") == f"actor:{k}<&\">")
    assert node.get("label") == _legal(HOSTILE_TEXTS[k])  # attributes keep CR, LF and tab as references
    edge = next(e for e in root.iterfind(".//g:edge", ns) if e.get("id") == f"e{k}")
    values = {titles[v.get("for")]: v.get("value") for v in edge.iterfind(".//g:attvalue", ns)}
    assert values["evidence"] == _legal(HOSTILE_TEXTS[k])
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == len(HOSTILE_TEXTS)


def test_no_private_key_reaches_the_files(tmp_path: Path):
    write_graphml(hostile_graph(), tmp_path / "g.graphml")
    write_gexf(hostile_graph(), tmp_path / "g.gexf")
    for name in ("g.graphml", "g.gexf"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert 'attr.name="_evidence"' not in text and 'title="_evidence"' not in text
