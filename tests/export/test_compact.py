"""The compact graph of an archive (pipeline/export/compact.py) stands for the networkx graphs
it replaces: the same collapsed nodes, edges and attributes, the same analysis, the same files
and page; and the one-pass writer gives the bytes of the two-pass one."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from pipeline.export import layout
from pipeline.export.collapse import collapse
from pipeline.export.compact import CompactGraph, GraphStore, TextHeap
from pipeline.export import gephi
from pipeline.export.gephi import write_graph_files, write_graph_files_once
from pipeline.export.html import page_bytes, page_payload
from pipeline.export.layout import analyse
from pipeline.graph import build_graph
from pipeline.records import Document, DocResult, LocalActor, QuoteRecord, StanceRecord
from pipeline.resolve import resolve

from .conftest import small_graph
from .hostile_graph import HOSTILE_TEXTS, hostile_graph


def _stored(g: nx.MultiDiGraph, heap: TextHeap | None = None) -> GraphStore:
    """A networkx graph's nodes and edges added to a store (its long texts in ``heap``, if one),
    in its own order."""
    store = GraphStore(heap, **g.graph)
    for node, data in g.nodes(data=True):
        store.add_node(node, **data)
    for u, v, key, data in g.edges(keys=True, data=True):
        store.add_edge(u, v, key, **data)
    return store


def _with_repeated_key() -> nx.MultiDiGraph:
    """A pair whose edge is added twice under one key (networkx updates it: one piece of evidence),
    a self-loop, and a node known only from an edge (no attributes)."""
    g = small_graph()
    g.add_edge("actor:a", "issue:x", key="stance:s2", relation="stance", polarity="demand", evidence="Alpha insists.")
    g.add_edge("actor:b", "actor:b", key="self", relation="member_of", doc_ids="d1")
    g.add_edge("actor:b", "actor:nobody", key="said:q", relation="said", quote="Hm.", doc_ids="d2")
    return g


def _corpus_graph(lexicon, into=None):
    actors = (
        LocalActor(name="Ukraine", type="GPE", gaz_id="ukraine", mentions=2),
        LocalActor(name="Marco Rubio", type="PERSON", role="Secretary of State", mentions=1),
        LocalActor(name="Volodymyr Zelensky", type="PERSON", role="President", affiliation=0, affiliation_gaz="ukraine",
                   mentions=2),
        LocalActor(name="Russia", type="GPE", gaz_id="russia", mentions=1),
    )
    quotes = (QuoteRecord(text="We will never cede territory.", kind="direct", cue="said", start=61, end=90, speaker=2),)
    stances = (
        StanceRecord(actor=0, issue="territorial concessions", issue_text="territorial concessions", polarity="consider",
                     cue="open", evidence="Rubio suggested Ukraine was open to territorial concessions.", start=0, end=60,
                     claimed_by=1),
        StanceRecord(actor=2, issue="concession of territory", issue_text="cede any territory", polarity="oppose",
                     cue="will not cede", evidence="We will never cede territory.", start=61, end=90, red_line=True, quote=0),
        StanceRecord(actor=3, issue="concession of territory", issue_text="cede territory", polarity="demand",
                     cue="insists", evidence="Russia insists on territorial concessions.", start=91, end=130),
    )
    docs = [DocResult(document=Document(doc_id=f"{name}.txt", path=f"{name}.txt", text="x", date=date), actors=actors,
                      quotes=quotes, stances=stances) for name, date in (("a", "2025-03-12"), ("b", "2025-03-14"))]
    return build_graph(resolve(docs, lexicon), into)


def _with_hostile_texts() -> nx.MultiDiGraph:
    """The small graph with every text hostile to XML writers (markup, entities, quotes, control
    characters, CDATA ends, emoji, right-to-left text) as labels, evidence, quotations and
    parallel pieces of evidence of one pair."""
    g = small_graph()
    for k, text in enumerate(HOSTILE_TEXTS):
        g.add_node(f"quote:{k}<&>", kind="quote", label=text[:20], text=text, speaker=text, doc_ids=f"d{k}", doc_count=1,
                   color="#17becf", date="2024-02-0" + str(k % 9 + 1))
        g.add_edge("actor:a", f"quote:{k}<&>", key=f"said:{k}", relation="said", quote=text, speaker="Alpha", cue=text,
                   doc_ids=f"d{k}", date="2024-02-01")
        g.add_edge("actor:b", "issue:x", key=f"stance:h{k}", relation="stance", polarity="oppose", red_line=k % 2 == 0,
                   evidence=text, condition=text[::-1], cue="rejects", doc_ids=f"d{k}", date="2024-02-01", stance_id=f"h{k}")
    return g


GRAPHS = {"small": lambda lexicon: small_graph(), "repeated key": lambda lexicon: _with_repeated_key(),
          "hostile texts": lambda lexicon: _with_hostile_texts(), "resolved corpus": _corpus_graph}


def _pair(name, lexicon) -> tuple[nx.MultiDiGraph, CompactGraph]:
    g = GRAPHS[name](lexicon)
    return collapse(g), CompactGraph(_stored(g))


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_compact_graph_is_the_collapsed_graph(name, lexicon):
    collapsed, compact = _pair(name, lexicon)
    assert list(compact.nodes(data=True)) == list(collapsed.nodes(data=True))
    assert list(compact.edges(keys=True, data=True)) == list(collapsed.edges(keys=True, data=True))
    assert list(compact.edges()) == list(collapsed.edges())
    assert (compact.number_of_nodes(), compact.number_of_edges()) == (collapsed.number_of_nodes(), collapsed.number_of_edges())
    without = [(u, v, k, {key: value for key, value in d.items() if key != "_evidence"})
               for u, v, k, d in collapsed.edges(keys=True, data=True)]
    assert list(compact.edges(keys=True, data=True, evidence=False)) == without
    degree = dict(collapsed.degree())
    assert dict(zip(compact.names, compact.degrees().tolist())) == degree


def test_build_graph_into_a_store_is_the_networkx_graph(lexicon):
    collapsed = collapse(_corpus_graph(lexicon))
    compact = CompactGraph(_corpus_graph(lexicon, GraphStore(name="negotiation-graph")))
    assert compact.graph == collapsed.graph
    assert list(compact.nodes(data=True)) == list(collapsed.nodes(data=True))
    assert list(compact.edges(keys=True, data=True)) == list(collapsed.edges(keys=True, data=True))


@pytest.mark.parametrize("change", ["add again", "set a value", "update"])
def test_store_node_changes_are_the_networkx_ones(change):
    """A store keeps a node's attributes as a tuple: what build_graph changes through ``nodes[...]``
    or a second ``add_node`` is kept, in networkx's key order."""
    store, g = GraphStore(), nx.MultiDiGraph()
    for graph in (store, g):
        graph.add_edge("actor:a", "issue:x", key="k", relation="stance")
        graph.add_node("issue:x", kind="issue", label="X", doc_ids="d1")
        if change == "add again":
            graph.add_node("issue:x", doc_ids="d1|d2", extra=1)
        elif change == "set a value":
            graph.nodes["issue:x"]["doc_ids"] = "d1|d2"
            graph.nodes["issue:x"]["doc_count"] = 2
        else:
            graph.nodes["issue:x"].update(label="Y", more="z")
    assert [(n, list(store.nodes[n].items())) for n in store.nodes] == [(n, list(d.items())) for n, d in g.nodes(data=True)]


def test_undirected_pairs_are_the_simple_graph(lexicon):
    collapsed, compact = _pair("repeated key", lexicon)
    simple = layout.undirected(collapsed)
    first, second, weights = compact.undirected_pairs()
    pairs = [(compact.names[a], compact.names[b], w) for a, b, w in zip(first.tolist(), second.tolist(), weights.tolist())]
    assert [(frozenset((u, v)), d["weight"]) for u, v, d in simple.edges(data=True)] == \
        [(frozenset((u, v)), w) for u, v, w in pairs]


def _analysed(g) -> list[tuple]:
    return [(n, d["community"], d["betweenness"], d["x"], d["y"], d["size"]) for n, d in g.nodes(data=True)]


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_analysis_of_the_compact_graph_is_the_same(name, lexicon):
    collapsed, compact = _pair(name, lexicon)
    analyse(collapsed, seed=42)
    analyse(compact, seed=42)
    assert _analysed(compact) == _analysed(collapsed)


def _archive(seed: int) -> nx.MultiDiGraph:
    """Les Misérables plus a few small components and isolated nodes, as parallel evidence."""
    g = nx.MultiDiGraph(name="negotiation-graph")
    for i, (u, v) in enumerate(nx.les_miserables_graph().edges()):
        for k in range(1 + i % 3):
            g.add_edge(f"actor:{u}", f"actor:{v}", key=f"stance:{i}:{k}", relation="stance", polarity="support",
                       evidence=f"e{i}")
    for i in range(12):
        g.add_edge(f"issue:{i // 3}", f"issue:{i}", key=f"part_of:{i}", relation="part_of")
    for i in range(5):
        g.add_node(f"doc:{i}", kind="document")
    return g


@pytest.mark.parametrize("seed", [1, 42])
def test_archive_analysis_on_arrays_is_the_networkx_one(monkeypatch, seed):
    """Above ``_ARCHIVE_NODES`` the compact graph is analysed on arrays (no simple graph): the
    same communities, betweenness, positions and sizes as through networkx."""
    monkeypatch.setattr(layout, "_ARCHIVE_NODES", 10)
    monkeypatch.setattr(layout, "_ARCHIVE_COMPONENT", 20)
    monkeypatch.setattr(layout, "_SMALL_COMPONENT", 15)
    monkeypatch.setattr(layout, "_SPRING_MAX_NODES", 10)
    collapsed, compact = collapse(_archive(seed)), CompactGraph(_stored(_archive(seed)))
    analyse(collapsed, seed=seed)
    analyse(compact, seed=seed)
    assert _analysed(compact) == _analysed(collapsed)
    assert len({row[1] for row in _analysed(compact)}) > 3


@pytest.mark.parametrize("name", ["random", "forest", "isolated"])
def test_components_are_networkx_components_in_layout_order(name):
    graph = {"random": lambda: nx.gnm_random_graph(200, 150, seed=5),
             "forest": lambda: nx.disjoint_union_all([nx.balanced_tree(2, 4), nx.path_graph(30), nx.star_graph(6)]),
             "isolated": lambda: nx.empty_graph(7)}[name]()
    nodes = sorted(graph)
    edges = list(graph.edges())
    found = layout._components(len(nodes), [u for u, _ in edges], [v for _, v in edges])
    expected = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    assert [c.tolist() for c in found] == [sorted(c) for c in expected]


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_page_of_the_compact_graph_is_the_same(name, lexicon):
    collapsed, compact = _pair(name, lexicon)
    analyse(collapsed, seed=42)
    analyse(compact, seed=42)
    documents = {"a.txt": {"title": "A", "date": "2025-03-12"}, "d1": {"title": "One"}}
    for limit in (1000, 3):
        assert page_payload(compact, documents, limit) == page_payload(collapsed, documents, limit)


# write_graph_files_once's two ways: a corpus's edges kept in memory, the GEXF text made by a
# forked child; an archive's edges spooled to a file and both files written in one pass
WAYS = {"in_memory": 50_000, "spooled": 0}


@pytest.fixture(params=sorted(WAYS))
def way(request, monkeypatch):
    monkeypatch.setattr(gephi, "IN_MEMORY_MAX_NODES", WAYS[request.param])
    return request.param


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_files_of_the_compact_graph_are_the_same(tmp_path: Path, name, lexicon, way):
    collapsed, compact = _pair(name, lexicon)
    analyse(collapsed, seed=42)
    analyse(compact, seed=42)
    write_graph_files(collapsed, tmp_path / "a.graphml", tmp_path / "a.gexf")
    write_graph_files_once(compact, tmp_path / "b.graphml", tmp_path / "b.gexf")
    for suffix in ("graphml", "gexf"):
        assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes(), suffix
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gexf", "a.graphml", "b.gexf", "b.graphml"]  # spool gone


@pytest.mark.parametrize("name", ["hostile", "small"])
def test_one_pass_writer_gives_the_two_pass_bytes(tmp_path: Path, name, way):
    """Each edge made once (spooled) gives the bytes of the schema pass + write pass, on
    networkx graphs too: hostile text, mixed numbers, missing values, undated and dated."""
    g = hostile_graph() if name == "hostile" else collapse(small_graph())
    if name == "small":
        analyse(g, seed=42)
    write_graph_files(g, tmp_path / "a.graphml", tmp_path / "a.gexf")
    write_graph_files_once(g, tmp_path / "b.graphml", tmp_path / "b.gexf")
    for suffix in ("graphml", "gexf"):
        assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes(), suffix


def test_one_pass_writer_with_undated_edges_and_odd_dates(tmp_path: Path, way):
    """Edges whose dates are missing, not ISO, or not text: the same ``mode`` as the two passes."""
    for dates in (["", "soon"], ["", 20240102], ["2024-01-02\x0b", ""]):
        g = nx.MultiDiGraph(name="negotiation-graph")
        g.add_node("a", label="A")
        g.add_node("b", label="B")
        for i, date in enumerate(dates):
            g.add_edge("a", "b", key=f"e{i}", id=f"e{i}", relation="said", date=date)
        write_graph_files(g, tmp_path / "a.graphml", tmp_path / "a.gexf")
        write_graph_files_once(g, tmp_path / "b.graphml", tmp_path / "b.gexf")
        for suffix in ("graphml", "gexf"):
            assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes(), (dates, suffix)


# ---------------------------------------------------------------------------------------------
# The graph's long texts on disk (TextHeap) and its repeated values kept once
# ---------------------------------------------------------------------------------------------

HEAP_TEXTS = {
    "ascii": ["Alpha will never cede Ex.", "x" * 300],
    "non-ascii": ["Zelenskyy: «никогда» — 絶対に 🚫", "café\u00a0naïve"],
    "lone surrogate and controls": ["a\ud800b", "tab\there\x0bnul\x00end\r\n"],
    "empty and one character": ["", "é", ""],
    "longer than the buffer": ["long " * 5000, "short", "é" * 9000],
}


@pytest.mark.parametrize("buffer", [8, 1 << 20])
@pytest.mark.parametrize("name", sorted(HEAP_TEXTS))
def test_text_heap_reads_back_what_was_put(tmp_path: Path, name, buffer):
    """Records read back the same, whether still pending or written (a buffer of 8 bytes writes
    nearly every one), before and after the heap is flushed."""
    heap = TextHeap(tmp_path, buffer=buffer)
    texts = [text.encode("utf-8", "surrogatepass") for text in HEAP_TEXTS[name]]
    numbers = [heap.put(text) for text in texts]
    assert [heap.get(n) for n in numbers] == texts
    heap.flush()
    assert [heap.get(n) for n in numbers] == texts
    assert list(tmp_path.iterdir()) == []  # an unlinked file: nothing left in the folder
    heap.close()


def test_text_heap_is_read_by_a_forked_child(tmp_path: Path):
    """The page and the GEXF text are made by forked children: they read the heap too (pread)."""
    from pipeline.export.forked import Forked

    heap = TextHeap(tmp_path, buffer=16)
    numbers = [heap.put(f"evidence sentence number {i} ".encode() * 3) for i in range(20)]
    heap.flush()
    job = Forked(lambda: [heap.get(n) for n in numbers])
    assert job.result() == [f"evidence sentence number {i} ".encode() * 3 for i in range(20)]


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_compact_graph_with_a_text_heap_is_the_collapsed_graph(tmp_path: Path, name, lexicon):
    """Nodes and edges on disk: every node and edge read back as the networkx graph has them."""
    g = GRAPHS[name](lexicon)
    store = _stored(g, TextHeap(tmp_path, buffer=64))
    compact = CompactGraph(store)
    assert len(store.texts) >= g.number_of_edges()
    collapsed = collapse(g)
    assert list(compact.nodes(data=True)) == list(collapsed.nodes(data=True))
    assert list(compact.edges(keys=True, data=True)) == list(collapsed.edges(keys=True, data=True))


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_files_and_page_with_a_text_heap_are_the_same(tmp_path: Path, name, lexicon, way):
    """GraphML, GEXF (both writing ways) and the page of a graph whose nodes and edges are on disk: the
    bytes of the networkx graph's."""
    collapsed, plain = _pair(name, lexicon)
    g = GRAPHS[name](lexicon)
    store = _stored(g, TextHeap(tmp_path, buffer=64))
    compact = CompactGraph(store)
    for graph in (collapsed, compact):
        analyse(graph, seed=42)
    write_graph_files(collapsed, tmp_path / "a.graphml", tmp_path / "a.gexf")
    write_graph_files_once(compact, tmp_path / "b.graphml", tmp_path / "b.gexf")
    for suffix in ("graphml", "gexf"):
        assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes(), suffix
    documents = {"a.txt": {"title": "A", "date": "2025-03-12"}, "d1": {"title": "One"}}
    for limit in (1000, 3):
        assert page_bytes(compact, documents, limit) == page_bytes(collapsed, documents, limit)


def test_build_graph_with_a_text_heap_holds_numbers_not_texts(tmp_path: Path, lexicon):
    """build_graph into a store with a heap: nodes and edges are records in a file beside it (no
    key, evidence or quotation in memory: an edge is two node numbers and its record's, a node
    its record's), and the graph read back is the networkx one."""
    store = _corpus_graph(lexicon, GraphStore(TextHeap(tmp_path), name="negotiation-graph"))
    assert store.number_of_edges() > 3
    assert [value for columns in store.columns for column in columns for value in column] == []
    assert not store._key_bytes and not store.shape_of
    assert {type(number) for number in store.node_values} == {int}
    assert list(tmp_path.iterdir()) == []  # unlinked files
    compact = CompactGraph(store)
    collapsed = collapse(_corpus_graph(lexicon))
    assert list(compact.edges(keys=True, data=True)) == list(collapsed.edges(keys=True, data=True))
    assert list(compact.nodes(data=True)) == list(collapsed.nodes(data=True))


def _cited_quote_graph(lexicon, text: str, into=None):
    """A resolved corpus whose stances cite quotations of ``text`` (their words and speaker are
    copied onto the stance edges): two documents, so one quotation is cited twice."""
    actors = (LocalActor(name="Ukraine", type="GPE", gaz_id="ukraine", mentions=2),
              LocalActor(name="Volodymyr Zelensky", type="PERSON", role="President", affiliation=0,
                         affiliation_gaz="ukraine", mentions=2))
    quotes = (QuoteRecord(text=text, kind="direct", cue="said", start=0, end=40, speaker=1),
              QuoteRecord(text=text[::-1] + " again", kind="indirect", cue="told", start=41, end=80, speaker=1))
    stances = (StanceRecord(actor=1, issue="concession of territory", issue_text="cede territory", polarity="oppose",
                            cue="will not cede", evidence=text, start=0, end=40, red_line=True, quote=0),
               StanceRecord(actor=0, issue="ceasefire", issue_text="ceasefire", polarity="support", cue="backs",
                            evidence="Ukraine backs a ceasefire.", start=41, end=80, quote=1),
               StanceRecord(actor=0, issue="sanctions", issue_text="sanctions", polarity="demand", cue="wants",
                            evidence="Ukraine wants sanctions.", start=81, end=100))
    docs = [DocResult(document=Document(doc_id=f"{name}.txt", path=f"{name}.txt", text="x", date=date), actors=actors,
                      quotes=quotes, stances=stances) for name, date in (("a", "2025-03-12"), ("b", "2025-03-14"))]
    return build_graph(resolve(docs, lexicon), into)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_cited_quotations_kept_in_the_heap_give_the_same_files(tmp_path: Path, text, lexicon, way):
    """build_graph keeps the words and speaker of each cited quotation until the stance edges
    copy them: in the heap when the store has one (an archive's), in memory otherwise. GraphML,
    GEXF and the page are the networkx graph's bytes either way, with texts XML must escape."""
    collapsed = collapse(_cited_quote_graph(lexicon, text))
    stores = [_cited_quote_graph(lexicon, text, GraphStore(heap, name="negotiation-graph"))
              for heap in (None, TextHeap(tmp_path, buffer=32))]
    assert len(stores[1].texts) > stores[1].number_of_nodes() + stores[1].number_of_edges()  # the quotations' records
    graphs = [collapsed, *(CompactGraph(store) for store in stores)]
    for graph in graphs:
        analyse(graph, seed=42)
    write_graph_files(collapsed, tmp_path / "nx.graphml", tmp_path / "nx.gexf")
    for name, graph in zip(("memory", "heap"), graphs[1:]):
        write_graph_files_once(graph, tmp_path / f"{name}.graphml", tmp_path / f"{name}.gexf")
        for suffix in ("graphml", "gexf"):
            assert (tmp_path / f"{name}.{suffix}").read_bytes() == (tmp_path / f"nx.{suffix}").read_bytes(), (name, suffix)
        assert page_bytes(graph, {}, 1000) == page_bytes(collapsed, {}, 1000)
    stance = next(d for _, _, d in collapsed.edges(data=True) if d.get("relation") == "stance" and d.get("red_line"))
    assert text in stance["quote"]


@pytest.mark.parametrize(("key", "value", "shared"), [
    ("doc_ids", "scale0001234", True),
    ("speaker", "Marco Rubio", True),
    ("date", "2025-03-12", True),
    ("doc_ids", "|".join(f"scale{i:07d}" for i in range(8)), False),  # several documents: seldom repeated
    ("evidence", "Rubio", False),  # not a repeated kind of value
])
def test_repeated_values_are_kept_once(key, value, shared):
    """Rows from a cluster bring a new copy of a document's id (a date, a speaker) per row: the
    store keeps one per distinct value, and reads back equal values either way."""
    store = GraphStore()
    copies = ["".join(list(value)) for _ in range(3)]
    assert all(c is not copies[0] for c in copies[1:])
    for n, copy in enumerate(copies):
        store.add_edge("actor:a", "issue:x", f"k{n}", relation="stance", **{key: copy})
    kept = store.columns[0][1]
    assert kept == copies
    assert (len({id(v) for v in kept}) == 1) is shared
