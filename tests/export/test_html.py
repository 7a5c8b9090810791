"""graph.html without a browser: self-contained, escaped, styled (the browser tests drive it)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from pipeline.export.collapse import collapse
from pipeline.export.layout import analyse
from pipeline.export.html import RED_LINE_COLOUR, DocumentsMeta, page_payload, render_html, write_html
from pipeline.records import Document

from .conftest import small_graph
from .hostile_graph import hostile_graph

HOSTILE = ['</script><script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "<!-- x", "\u2028line"]


def scripts(page: str) -> list[tuple[str, str]]:
    return re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)


def data_block(page: str) -> dict:
    (body,) = [body for attrs, body in scripts(page) if 'id="ng-data"' in attrs]
    return json.loads(body)


@pytest.fixture()
def graph():
    g = collapse(small_graph())
    analyse(g, seed=42)
    return g


def assert_self_contained(page: str) -> None:
    head = page[: page.index("</head>")]
    assert page.startswith("<!DOCTYPE html>")
    assert head.index('<meta charset="utf-8">') < 200
    # nothing a browser would fetch: no external script, style sheet, image, frame or import
    assert not re.search(r"""<(script|link|img|iframe|source|embed|object)\b[^>]*\b(src|href|data)\s*=""", page, re.I)
    assert "<link" not in page.lower()
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, flags=re.S))
    assert styles and not re.search(r"@import|url\(\s*(?!['\"]?data:)", styles, re.I)
    assert "sourceMappingURL" not in page
    (policy,) = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy and "img-src data:" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    runnable = [body for attrs, body in scripts(page) if "application/json" not in attrs]
    assert len(runnable) == 2
    for body in runnable:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy, "every script the page runs is allowed by its hash, and only those"


def test_page_is_one_self_contained_file(graph):
    assert_self_contained(render_html(graph, {"d1": {"title": "Day one"}}, 1500))


def test_article_text_never_leaves_its_json_string():
    for text in HOSTILE:
        raw = small_graph()
        raw.nodes["actor:a"]["label"] = text
        raw.nodes["doc:d1"]["source"] = text
        for _, _, data in raw.edges(data=True):
            data["evidence"] = text
        graph = collapse(raw)
        analyse(graph, seed=42)
        page = render_html(graph, {"d1": {"title": text, "source": text, "date": "2024-01-02"}}, 1500, title=text)
        assert "<img" not in page and "<!-- x" not in page and "<script>alert" not in page
        assert "\u2028" not in page.split("</title>", 1)[1]  # a raw U+2028 would end a JS string in old engines
        assert len(scripts(page)) == 3
        assert "<title>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") in page
        payload = data_block(page)
        assert payload["nodes"]["actor:a"]["label"] == text
        assert payload["documents"]["d1"]["title"] == text
        assert all(item["evidence"] == text for e in payload["edges"].values() for item in e["items"] if "evidence" in item)
        assert_self_contained(page)


def test_styles_encode_kind_type_polarity_and_red_lines(graph):
    payload = page_payload(graph, {}, 1500)
    nodes = {n["id"]: n for n in payload["vis"]["nodes"]}
    assert nodes["actor:a"]["shape"] == "dot" and nodes["actor:b"]["shape"] == "star"  # PERSON, GPE
    assert nodes["issue:x"]["shape"] == "square" and nodes["redline:a:x"]["shape"] == "diamond"
    assert nodes["redline:a:x"]["color"]["background"] == RED_LINE_COLOUR and nodes["redline:a:x"]["borderWidth"] == 3
    assert nodes["actor:a"]["color"]["background"] == "#1f77b4"
    assert nodes["actor:a"]["y"] == -graph.nodes["actor:a"]["y"]  # Gephi's y axis points up
    assert all(isinstance(n["title"], str) and "<" not in n["title"] for n in nodes.values() if n["id"] != "issue:x")
    edges = {(e["from"], e["to"]): e for e in payload["vis"]["edges"]}
    red = edges[("actor:a", "issue:x")]
    assert red["label"] == "RED LINE" and red["color"]["color"] == RED_LINE_COLOUR and red["width"] >= 8
    assert edges[("actor:a", "actor:b")]["dashes"] is False
    items = payload["edges"][red["id"]]["items"]
    assert [i["evidence"] for i in items] == ["Alpha will never cede Ex.", "Alpha rejects Ex.", "Alpha may accept Ex."]


@pytest.mark.parametrize("polarity, dashed", [("support", False), ("oppose", False), ("demand", False),
                                              ("propose", True), ("consider", True)])
def test_edge_dash_by_polarity(polarity, dashed):
    g = nx.MultiDiGraph()
    g.add_node("actor:a", kind="actor", label="A", actor_type="ORG")
    g.add_node("issue:b", kind="issue", label="B")
    g.add_edge("actor:a", "issue:b", relation="stance", polarity=polarity, red_line=False, evidence="A on B.")
    g = collapse(g)
    analyse(g, seed=1)
    (edge,) = page_payload(g, {}, 10)["vis"]["edges"]
    assert bool(edge["dashes"]) is dashed


def _hostile_small() -> nx.MultiDiGraph:
    raw = small_graph()
    raw.nodes["actor:a"]["label"] = HOSTILE[0]
    for _, _, data in raw.edges(data=True):
        data["evidence"] = HOSTILE[3] + " \u2029 é"
    return raw


STREAMED = {"small": lambda: collapse(small_graph()), "hostile texts": lambda: collapse(_hostile_small()),
            "hostile ids and control characters": hostile_graph}


@pytest.mark.parametrize("limit", [1500, 2], ids=["whole", "cut"])
@pytest.mark.parametrize("name", sorted(STREAMED))
def test_written_page_is_the_rendered_page(tmp_path, name, limit):
    """The page is streamed (edges spooled, entries written one by one), to a file by write_html
    and in memory by render_html: both are the template filled in one pass with the whole
    payload's JSON."""
    from pipeline.export.html import _SLOT, _json_for_html, _slots

    graph = STREAMED[name]()
    analyse(graph, seed=42)
    documents = {"d1": {"title": HOSTILE[1], "source": "é", "date": "2024-01-02"}, "d2": {"title": "Two"}}
    template, slots = _slots("negotiation-graph")
    slots["data"] = _json_for_html(page_payload(graph, documents, limit))
    whole = _SLOT.sub(lambda match: slots[match.group(1)], template)
    write_html(graph, documents, tmp_path / "graph.html", limit)
    assert (tmp_path / "graph.html").read_bytes() == whole.encode("utf-8")
    assert render_html(graph, documents, limit) == whole
    assert not [p.name for p in tmp_path.iterdir() if p.name != "graph.html"]  # the spool is gone


def test_big_graphs_are_cut_to_the_most_central_nodes():
    g = nx.MultiDiGraph()
    for i in range(30):
        g.add_node(f"actor:{i}", kind="actor", label=f"A{i}", betweenness=i / 100)
    for i in range(29):
        g.add_edge(f"actor:{i}", f"actor:{i + 1}", relation="aligned")
    payload = page_payload(g, {}, 10)
    assert payload["truncated"] and payload["shown_nodes"] == 10 and payload["total_nodes"] == 30
    assert {n["id"] for n in payload["vis"]["nodes"]} == {f"actor:{i}" for i in range(20, 30)}
    assert all({e["from"], e["to"]} <= {f"actor:{i}" for i in range(20, 30)} for e in payload["vis"]["edges"])


@pytest.mark.slow
def test_corpus_page_is_self_contained_utf8(corpus_build):
    out, result = corpus_build
    raw = (out / "graph.html").read_bytes()
    page = raw.decode("utf-8")  # UTF-8, or this raises
    assert_self_contained(page)
    payload = data_block(page)
    assert len(payload["vis"]["nodes"]) == result.report["counts"]["graph_nodes"]
    assert len(payload["vis"]["edges"]) == result.report["counts"]["graph_edges"]


def test_negotiation_labels_are_readable_inside_their_dark_ellipse():
    g = nx.MultiDiGraph()
    g.add_node("negotiation:n", kind="negotiation", label="Iran nuclear talks", negotiation_id="n")
    (node,) = page_payload(g, {}, 1500)["vis"]["nodes"]
    assert node["shape"] == "ellipse" and node["font"]["color"] == "#ffffff"


@pytest.mark.parametrize(
    ("limit", "forked"),
    [
        pytest.param(50_000, True, id="small-graph-rendered-by-a-forked-child"),
        pytest.param(0, False, id="archive-graph-rendered-here"),
    ],
)
def test_background_page_writes_the_bytes_of_write_html(graph, tmp_path, monkeypatch, limit, forked):
    from pipeline.export import html as page_module

    monkeypatch.setattr(page_module, "BACKGROUND_MAX_NODES", limit)
    documents = {"d1": {"title": "Day one"}}
    page_module.write_html(graph, documents, tmp_path / "direct.html", 1500)
    with page_module.html_in_background(graph, documents, tmp_path / "background.html", 1500) as page:
        assert (page.job is not None) == forked
        page.write()
    assert (tmp_path / "background.html").read_bytes() == (tmp_path / "direct.html").read_bytes()


# The page draws at most max_edges edges between its nodes: the red lines first, then the edges
# with the most evidence, ties by edge order; a page under the limit has no such key (its bytes
# stay those of a page before the limit existed).
def _dense_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(6):
        g.add_node(f"actor:{i}", kind="actor", label=f"A{i}", betweenness=0.0)
    n = 0
    for i in range(6):
        for j in range(6):
            if i != j:
                g.add_edge(f"actor:{i}", f"actor:{j}", key=f"k{n}", id=f"e{n}", relation="aligned",
                           n_evidence=1 + (n % 5), red_line=(n == 7))
                n += 1
    return g


@pytest.mark.parametrize("limit", [1, 3, 10, 29])
def test_edges_above_the_limit_keep_red_lines_then_the_best_attested(limit):
    g = _dense_graph()
    payload = page_payload(g, {}, 1500, max_edges=limit)
    shown = [e["id"] for e in payload["vis"]["edges"]]
    assert payload["shown_edges"] == len(shown) == limit and payload["edges_between_shown"] == 30
    everything = list(g.edges(keys=True, data=True))
    ranked = sorted(range(30), key=lambda i: (not everything[i][3]["red_line"], -everything[i][3]["n_evidence"], i))
    assert shown == [f"e{i}" for i in sorted(ranked[:limit])]  # drawn in edge order
    assert "e7" in shown  # the red line, whatever its evidence
    assert set(payload["edges"]) == set(shown)  # the panel data of drawn edges only


@pytest.mark.parametrize("limit", [30, 31, 10_000])
def test_edges_within_the_limit_are_all_drawn_and_nothing_is_said(limit):
    payload = page_payload(_dense_graph(), {}, 1500, max_edges=limit)
    assert payload["shown_edges"] == 30 and "edges_between_shown" not in payload


def test_a_compact_graph_draws_the_same_edges_as_networkx(tmp_path):
    """The compact graph ranks on its arrays (evidence counts, the store's red-line column) and
    merges the drawn edges only: the same page as the networkx graph it stands for."""
    from pipeline.export.compact import CompactGraph, GraphStore

    g = nx.MultiDiGraph()
    store = GraphStore()
    for graph in (g, store):
        for i in range(5):
            graph.add_node(f"actor:{i}", kind="actor", label=f"A{i}")
        n = 0
        for i in range(5):
            for j in range(5):
                for copy in range(1 + (i + j) % 3):  # pieces of evidence: 1 to 3 edges a pair
                    if i != j:
                        graph.add_edge(f"actor:{i}", f"actor:{j}", key=f"stance:{n}:{copy}", relation="stance",
                                       polarity="support", red_line=(i, j) == (4, 0), evidence=f"Sentence {n}.",
                                       doc_ids="d1")
                n += 1
    compact = CompactGraph(store)
    collapsed = collapse(g)
    analyse(collapsed, seed=42)
    analyse(compact, seed=42)
    for limit in (3, 8, 100):
        assert page_payload(compact, {}, 1500, max_edges=limit) == page_payload(collapsed, {}, 1500, max_edges=limit)
    payload = page_payload(compact, {}, 1500, max_edges=3)
    assert payload["edges_between_shown"] == 20
    assert any(e.get("label") == "RED LINE" for e in payload["vis"]["edges"])


# The build hands the page its documents' title, source and date as a DocumentsMeta over the
# documents' rows (no dict of every document of an archive): the page's bytes are those of the
# dict it stands for, with texts that need escaping, documents the page does not show and a
# repeated id (the later row wins, as in a dict).
def _rows(doc_ids):
    rows = [Document(d, f"{d}.txt", "", title=HOSTILE[k % len(HOSTILE)] + f" & <b>{k}</b>", source=f"s'{k}\"",
                     date=f"2024-01-0{k % 9 + 1}") for k, d in enumerate(doc_ids)]
    rows += [Document(f"unshown{k}", "x.txt", "", title="never on the page") for k in range(3)]
    rows.append(rows[0]._replace(title="the later row of a repeated id"))
    return rows


@pytest.mark.parametrize("limit", [1500, 2], ids=["whole", "cut"])
@pytest.mark.parametrize("name", sorted(STREAMED))
def test_documents_meta_gives_the_bytes_of_the_dict(tmp_path, name, limit):
    graph = STREAMED[name]()
    analyse(graph, seed=42)
    doc_ids = sorted({d for _, data in graph.nodes(data=True) for d in str(data.get("doc_ids", "")).split("|") if d}
                     | {d for *_, data in graph.edges(data=True) for d in str(data.get("doc_ids", "")).split("|") if d})
    rows = _rows(doc_ids)
    as_dict = {d.doc_id: {"title": d.title, "source": d.source, "date": d.date} for d in rows}
    write_html(graph, as_dict, tmp_path / "dict.html", limit)
    write_html(graph, DocumentsMeta(rows), tmp_path / "meta.html", limit)
    assert (tmp_path / "meta.html").read_bytes() == (tmp_path / "dict.html").read_bytes()
    assert render_html(graph, DocumentsMeta(rows), limit) == render_html(graph, as_dict, limit)
    if limit == 1500 and doc_ids:
        shown = page_payload(graph, DocumentsMeta(rows), limit)["documents"]
        assert shown[doc_ids[0]]["title"] == "the later row of a repeated id"
        assert not any(d.startswith("unshown") for d in shown)


# The page's documents are written entry by entry (an archive's page shows nearly all of its
# documents): the bytes of the JSON of the dict page_payload gives, whatever the texts hold
STREAMED_DOCUMENTS = {
    "hostile titles": (["d1", "d2", "d3"], None),
    "a repeated id: the later row": (["d1", "d2"], "the later row of a repeated id"),
    "ids the rows lack": (["d1", "missing", "zz"], None),
    "empty fields left out": (["e1"], ""),
    "script-breaking texts": (["</script>", "a\u2028b", "&amp;"], "<!-- </script> \u2029 & -->"),
    "no document": ([], None),
}


@pytest.mark.parametrize("as_rows", [True, False], ids=["rows", "dict"])
@pytest.mark.parametrize("case", sorted(STREAMED_DOCUMENTS))
def test_streamed_documents_are_the_json_of_the_dict(case, as_rows):
    import io

    from pipeline.export.html import _json_for_html, _StreamedDocuments

    shown, title = STREAMED_DOCUMENTS[case]
    rows = _rows([d for d in shown if d not in ("missing", "zz")])
    if title is not None and rows:
        rows.append(rows[0]._replace(title=title, source="" if title == "" else rows[0].source))
    as_dict = {d.doc_id: {"title": d.title, "source": d.source, "date": d.date} for d in rows}
    documents = DocumentsMeta(rows) if as_rows else as_dict
    expected = _json_for_html({d: {k: v for k, v in as_dict.get(d, {}).items() if v} for d in sorted(set(shown))})
    handle = io.BytesIO()
    _StreamedDocuments(documents, set(shown)).write_to(handle)
    assert handle.getvalue().decode("utf-8") == expected
    assert json.loads(handle.getvalue()) == json.loads(expected)


@pytest.mark.parametrize("forked", [True, False], ids=["forked-child", "here"])
def test_documents_meta_in_the_background_page(graph, tmp_path, monkeypatch, forked):
    from pipeline.export import html as page_module

    monkeypatch.setattr(page_module, "BACKGROUND_MAX_NODES", 50_000 if forked else 0)
    rows = _rows(["d1", "d2"])
    page_module.write_html(graph, {d.doc_id: {"title": d.title, "source": d.source, "date": d.date} for d in rows},
                           tmp_path / "direct.html", 1500)
    with page_module.html_in_background(graph, DocumentsMeta(rows), tmp_path / "background.html", 1500) as page:
        page.write()
    assert (tmp_path / "background.html").read_bytes() == (tmp_path / "direct.html").read_bytes()
