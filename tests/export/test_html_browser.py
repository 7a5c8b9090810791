"""graph.html in a real browser: headless Debian Chromium with the network cut off.

Each test opens a page built by the pipeline and checks what a user sees: the network drawn
with every node and edge, search, the four filters, the evidence panel, plain-text tooltips,
article text that stays text, no console error and not a single network request.
"""

from __future__ import annotations

import random
import time
from collections import Counter

import networkx as nx
import pandas as pd
import pytest

from pipeline.export.html import write_html

from .conftest import HOSTILE_TITLE

pytestmark = pytest.mark.browser

PAINTED = """() => {
  const canvas = document.querySelector('#ng-network canvas');
  const ctx = canvas.getContext('2d');
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
}"""
VISIBLE = "() => [ngExplorer.network.body.nodeIndices.length, ngExplorer.network.body.edgeIndices.length]"


def visible(page) -> tuple[int, int]:
    """Nodes and edges vis-network itself considers visible (what it draws)."""
    counts = page.evaluate("() => ngExplorer.counts()")
    drawn = tuple(page.evaluate(VISIBLE))
    assert drawn == (counts["nodes"], counts["edges"]), "the page's counter must agree with vis-network"
    return drawn


def expected(g: nx.MultiDiGraph, kinds=None, relations=None, polarities=None, doc=None) -> tuple[int, int]:
    """What the filters must leave visible, from the GraphML (the page's own rules)."""
    def node_ok(n):
        data = g.nodes[n]
        return (kinds is None or data["kind"] in kinds) and (doc is None or doc in data.get("doc_ids", "").split("|"))

    nodes = [n for n in g.nodes if node_ok(n)]
    edges = [
        d for u, v, d in g.edges(data=True)
        if node_ok(u) and node_ok(v)
        and (relations is None or set(d["relation"].split("|")) & relations)
        and (polarities is None or not d.get("polarity") or d["polarity"] in polarities)
        and (doc is None or not d.get("doc_ids") or doc in d["doc_ids"].split("|"))
    ]
    return len(nodes), len(edges)


def click_centre(page) -> None:
    box = page.locator("#ng-network").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def assert_clean(browser) -> None:
    assert browser.errors == [], browser.errors
    assert browser.network_requests() == [], "the page must make no network request"
    assert browser.dialogs == []


@pytest.mark.slow
def test_corpus_page_draws_everything_and_its_controls_work(browser, corpus_build, screenshot_dir):
    out, result = corpus_build
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    n, m = g.number_of_nodes(), g.number_of_edges()
    assert (n, m) == (result.report["counts"]["graph_nodes"], result.report["counts"]["graph_edges"])
    started = time.perf_counter()
    page = browser.open(out / "graph.html")
    assert time.perf_counter() - started < 15

    # drawn: every node and edge in vis-network, pixels on the canvas, no simulation running
    assert page.evaluate("() => [ngExplorer.nodes.length, ngExplorer.edges.length]") == [n, m]
    assert visible(page) == (n, m)
    assert page.evaluate(PAINTED) > 5000
    assert page.evaluate("() => ngExplorer.network.physics.options.enabled") is False
    assert page.locator("#ng-legend").inner_text().count("\n") > 10

    # search finds and focuses an actor, by name or alias, and shows its evidence
    page.fill("#ng-search", "zelensky")
    page.press("#ng-search", "Enter")
    assert page.evaluate("() => ngExplorer.network.getSelectedNodes()") == ["actor:volodymyr-zelensky"]
    details = page.inner_text("#ng-details")
    assert details.startswith("Volodymyr Zelensky") and "stance" in details
    # without the name's accents, in any case ("Erdoğan")
    page.fill("#ng-search", "erdogan")
    page.press("#ng-search", "Enter")
    assert page.evaluate("() => ngExplorer.network.getSelectedNodes()") == ["actor:recep-tayyip-erdogan"]
    page.fill("#ng-search", "ERDOĞAN")
    page.press("#ng-search", "Enter")
    assert page.evaluate("() => ngExplorer.network.getSelectedNodes()") == ["actor:recep-tayyip-erdogan"]
    page.fill("#ng-search", "no such actor anywhere")
    page.press("#ng-search", "Enter")
    assert "No actor or issue matches" in page.inner_text("#ng-status")

    # a real click on a red line node (moved under the pointer) shows its evidence with the source
    red = next(node for node, d in g.nodes(data=True) if d["kind"] == "red_line")
    page.evaluate("id => ngExplorer.network.focus(id, {scale: 2.0, animation: false})", red)
    click_centre(page)
    selected = page.evaluate("() => ngExplorer.network.getSelectedNodes()")
    # two red lines of one actor may lie under the pointer together: the click picks one of them
    assert len(selected) == 1 and g.nodes[selected[0]]["kind"] == "red_line", selected
    red = selected[0]
    details = page.inner_text("#ng-details")
    assert "RED LINE" in details and g.nodes[red]["label"] in details
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).set_index("doc_id")
    doc_id = g.nodes[red]["doc_ids"].split("|")[0]
    assert documents.loc[doc_id, "title"] in details and documents.loc[doc_id, "date"] in details

    # filters: node kind, relation, polarity, document; then everything back
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    page.uncheck('input[data-filter="kinds"][value="quote"]')
    assert visible(page) == expected(g, kinds=kinds - {"quote"}) != (n, m)
    page.check('input[data-filter="kinds"][value="quote"]')
    assert visible(page) == (n, m)
    relations = {r for _, _, d in g.edges(data=True) for r in d["relation"].split("|")}
    page.uncheck('input[data-filter="relations"][value="said"]')
    assert visible(page) == expected(g, relations=relations - {"said"}) != (n, m)
    page.check('input[data-filter="relations"][value="said"]')
    polarities = {d["polarity"] for _, _, d in g.edges(data=True) if d.get("polarity")}
    page.uncheck('input[data-filter="polarities"][value="support"]')
    assert visible(page) == expected(g, polarities=polarities - {"support"}) != (n, m)
    page.check('input[data-filter="polarities"][value="support"]')
    doc = Counter(d for _, data in g.nodes(data=True) for d in data.get("doc_ids", "").split("|") if d).most_common(1)[0][0]
    page.select_option("#ng-document", doc)
    assert visible(page) == expected(g, doc=doc)
    assert 0 < visible(page)[0] < n
    page.click("#ng-reset")
    assert visible(page) == (n, m)

    # an edge's evidence: the stance behind the red line, with its sentence and document
    edge = next(d for u, v, d in g.edges(data=True) if d["relation"] == "stance" and d.get("red_line"))
    page.evaluate("id => ngExplorer.showEdge(id)", edge["id"])
    details = page.inner_text("#ng-details")
    assert "RED LINE" in details and edge["evidence"].split(" || ")[0][:60] in " ".join(details.split())

    page.fill("#ng-search", "Volodymyr Zelensky")
    page.press("#ng-search", "Enter")
    # one line per position: the same position stated in two documents is one line, counted
    positions = page.locator("#ng-details .ng-position").all_inner_texts()
    assert positions and len(positions) == len(set(positions)), positions
    page.evaluate("() => ngExplorer.network.moveTo({scale: 0.75, animation: false})")
    box = page.locator("#ng-network").bounding_box()
    page.mouse.move(box["x"] + box["width"] - 3, box["y"] + box["height"] - 3)  # no tooltip in the picture
    page.wait_for_function("() => [...document.querySelectorAll('.vis-tooltip')].every(t => t.style.visibility !== 'visible')")
    page.screenshot(path=str(screenshot_dir / "graph.png"))
    assert_clean(browser)


@pytest.mark.slow
def test_hostile_article_text_is_shown_as_text(browser, hostile_build):
    out, _ = hostile_build
    page = browser.open(out / "graph.html")
    ids = page.evaluate("() => Object.keys(JSON.parse(document.getElementById('ng-data').textContent).nodes)")
    (doc,) = [i for i in ids if i.startswith("doc:")]
    quotes = [i for i in ids if i.startswith("quote:")]
    assert quotes

    # the title, in the evidence panel and the document filter, exactly as written
    page.evaluate("id => ngExplorer.showNode(id)", doc)
    assert page.inner_text("#ng-details").startswith(HOSTILE_TITLE)
    assert HOSTILE_TITLE in page.locator("#ng-document").inner_text()
    seen = []
    for quote in quotes:
        page.evaluate("id => ngExplorer.showNode(id)", quote)
        seen.append(page.inner_text("#ng-details"))
    seen = "\n".join(seen)
    assert "<script>alert(1)</script" in seen and "<img src=x onerror=alert(1)>" in seen

    # a real click on the speaker: the quotation with the markup, as text
    page.fill("#ng-search", "Zelensky")
    page.press("#ng-search", "Enter")
    page.evaluate("() => ngExplorer.showNode('actor:ukraine')")
    click_centre(page)
    assert "<img src=x onerror=alert(1)>" in page.inner_text("#ng-details")

    # the tooltip of the document node is plain text too
    page.evaluate("id => ngExplorer.network.focus(id, {scale: 2.0, animation: false})", doc)
    box = page.locator("#ng-network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2 + 3, box["y"] + box["height"] / 2 + 1)
    page.wait_for_function(
        "() => { const t = document.querySelector('.vis-tooltip'); return t && t.style.visibility === 'visible'; }",
        timeout=5000)
    text, tags = page.evaluate(
        "() => { const t = document.querySelector('.vis-tooltip'); return [t.innerText, [...t.children].map(c => c.tagName)]; }")
    assert text.startswith(HOSTILE_TITLE) and set(tags) <= {"BR"}  # innerText turns line ends into <br>, nothing else

    # nothing ran, nothing was created: only the page's own three scripts, no image at all
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    tags = page.evaluate("() => [...new Set([...document.querySelectorAll('#ng-panel *')].map(e => e.tagName))]")
    assert not {"SCRIPT", "IMG", "IFRAME", "OBJECT", "EMBED", "B"} & set(tags)
    assert_clean(browser)


def big_graph(n: int = 1200, m: int = 2400, seed: int = 7) -> nx.MultiDiGraph:
    """A graph the size of a month of news, with a seeded layout (as gephi.analyse gives)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    kinds = ["actor"] * 5 + ["issue"] * 2 + ["quote"] * 3
    for i in range(n):
        kind = kinds[i % len(kinds)]
        g.add_node(f"{kind}:{i}", kind=kind, label=f"{kind} {i}", actor_type="ORG" if kind == "actor" else None,
                   x=rng.uniform(-2000, 2000), y=rng.uniform(-2000, 2000), size=rng.uniform(6, 30),
                   color="#2ca02c", doc_ids=f"d{i % 40}", betweenness=rng.random())
    names = list(g.nodes)
    for i in range(m):
        u, v = rng.sample(names, 2)
        g.add_edge(u, v, id=f"e{i}", relation=rng.choice(["stance", "said", "aligned"]),
                   polarity=rng.choice(["support", "oppose", "propose"]), n_evidence=1, evidence=f"sentence {i}",
                   doc_ids=f"d{i % 40}", _evidence=[{"relation": "stance", "evidence": f"sentence {i}"}])
    return g


def test_thousand_nodes_appear_at_once_and_stay_responsive(browser, tmp_path):
    g = big_graph()
    write_html(g, {f"d{i}": {"title": f"Article {i}"} for i in range(40)}, tmp_path / "big.html", max_nodes=1500)
    started = time.perf_counter()
    page = browser.open(tmp_path / "big.html")
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"first drawing took {elapsed:.1f} s"
    assert visible(page) == (1200, 2400)
    assert page.evaluate("() => ngExplorer.network.physics.options.enabled") is False
    took = page.evaluate("""() => {
      const box = document.querySelector('input[data-filter="kinds"][value="quote"]');
      const t0 = performance.now(); box.click(); ngExplorer.network.redraw(); return performance.now() - t0; }""")
    assert took < 2000, f"a filter took {took:.0f} ms"
    assert visible(page)[0] == sum(1 for _, d in g.nodes(data=True) if d["kind"] != "quote")
    assert_clean(browser)


@pytest.mark.parametrize("max_nodes, max_edges, notice", [
    (300, 100, "Showing the 300 most central of 1200 nodes; the 100 best-attested of the "),
    (1500, 100, "Showing the 100 best-attested of the 2400 edges between the nodes, red lines first; graph.graphml"),
    (300, 10_000, "Showing the 300 most central of 1200 nodes; graph.graphml and graph.gexf hold the whole graph."),
], ids=["nodes and edges", "edges", "nodes"])
def test_a_cut_page_draws_what_it_says_and_says_so(browser, tmp_path, max_nodes, max_edges, notice):
    g = big_graph()
    write_html(g, {f"d{i}": {"title": f"Article {i}"} for i in range(40)}, tmp_path / "cut.html",
               max_nodes=max_nodes, max_edges=max_edges)
    page = browser.open(tmp_path / "cut.html")
    nodes, edges = visible(page)
    assert nodes == min(max_nodes, 1200) and edges <= max_edges
    assert notice in page.inner_text("#ng-notice")
    assert_clean(browser)


NEGOTIATION_FIXTURES = __import__("pathlib").Path(__file__).parent.parent / "fixtures" / "negotiations"


@pytest.fixture(scope="module")
def negotiation_builds(tmp_path_factory, settings):
    """The two hand-written negotiation corpora: two unrelated disputes, and a shift of position."""
    from pipeline.build import build

    outs = {}
    for name in ("two_disputes", "shift"):
        out = tmp_path_factory.mktemp(name)
        assert build(NEGOTIATION_FIXTURES / name, out, settings, jobs=1).exit_code == 0
        outs[name] = out
    return outs


@pytest.mark.slow
def test_negotiation_and_date_filters(browser, negotiation_builds):
    out = negotiation_builds["two_disputes"]
    negotiations = pd.read_csv(out / "negotiations.csv", dtype=str, keep_default_na=False)
    page = browser.open(out / "graph.html")
    options = page.locator("#ng-negotiation option").all_inner_texts()
    assert options[0] == "All negotiations" and sorted(options[1:]) == sorted(negotiations["label"])
    everything = visible(page)
    kenya = negotiations[negotiations["doc_ids"].str.contains("kenya")].iloc[0]
    page.select_option("#ng-negotiation", kenya["negotiation_id"])
    nodes, _ = visible(page)
    assert 0 < nodes < everything[0]
    shown = page.evaluate("() => ngExplorer.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert not any("eln" in n or "colombia" in n for n in shown), shown
    assert f"negotiation:{kenya['negotiation_id']}" in shown
    # a date range that holds only the second Colombian article (2023-02-28)
    page.select_option("#ng-negotiation", "")
    page.fill("#ng-date-from", "2023-02-20")
    page.fill("#ng-date-to", "2023-02-28")
    page.dispatch_event("#ng-date-to", "change")
    shown = page.evaluate("() => ngExplorer.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert "actor:eln" in shown and "actor:teachers-service-commission" not in shown
    assert "issue:timetable-for-talks-colombia-eln-2023" not in shown  # discussed on 2023-02-14 only
    page.click("#ng-reset")
    assert visible(page) == everything
    assert_clean(browser)


@pytest.mark.slow
def test_positions_by_date_show_the_shift(browser, negotiation_builds):
    page = browser.open(negotiation_builds["shift"] / "graph.html")
    assert page.evaluate("() => ngExplorer.search('Hamas')") == "actor:hamas"
    rows = page.locator("#ng-details .ng-position").all_inner_texts()
    assert rows[0].startswith("2024-05-01 · oppose · Egyptian truce")
    assert any(r.startswith("2024-05-10 · consider · Egyptian truce") and "(was oppose)" in r for r in rows), rows
    assert "shift oppose → consider" in page.locator("#ng-details").inner_text()
    assert_clean(browser)


def test_claimed_by_names_the_actor(browser, tmp_path):
    # a new user read "claimed by marco-rubio" (an id) in the evidence panel
    from .conftest import small_graph

    g = small_graph()
    g.add_edge("actor:b", "issue:x", key="stance:s9", relation="stance", polarity="consider", red_line=False,
               evidence="Alpha said Beta was open to Ex.", doc_ids="d1", claimed=True, claimed_by="a", date="2024-01-02")
    write_html(g, {"d1": {"title": "Talks, day one"}}, tmp_path / "claimed.html", max_nodes=1500)
    page = browser.open(tmp_path / "claimed.html")
    edge = page.evaluate("""() => Object.keys(ngExplorer.network.body.edges).find(
        id => ngExplorer.edges.get(id).from === 'actor:b' && ngExplorer.edges.get(id).to === 'issue:x')""")
    page.evaluate("id => ngExplorer.showEdge(id)", edge)
    details = page.inner_text("#ng-details")
    assert "claimed by Alpha" in details and "claimed by a\\n" not in details
    assert_clean(browser)
