"""Speed and scale (issue #7): the incremental cache, worker processes and the Dask backend give
the very bytes of a plain run; the cache survives corruption and follows the language files.

No timing is asserted here: the speed targets live in ``make bench`` (pipeline/bench.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from pipeline.annotate import Cache, count_words
from pipeline.build import CONTRACT_FILES
from pipeline.cli import app
from pipeline.records import Document

from .conftest import CORPUS, ROOT

# every output but the run report (which holds timings): the files that must not change a byte
COMPARED = tuple(name for name in CONTRACT_FILES if name != "run_report.json") + ("stance_matrix.png",)
runner = CliRunner()


def build(corpus: Path, out: Path, *args: str) -> dict:
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--quiet", *args])
    assert result.exit_code == 0, result.output
    return json.loads((out / "run_report.json").read_text(encoding="utf-8"))


def assert_same_outputs(reference: Path, other: Path) -> None:
    for name in COMPARED:
        if (reference / name).exists() or (other / name).exists():
            assert (reference / name).read_bytes() == (other / name).read_bytes(), f"{name} differs"


def small_batches(tmp_path: Path) -> Path:
    """A config with batches of two documents: ten documents make five batches, spread over the
    workers and finished out of order, which the results must not show."""
    config = tmp_path / "small-batches.toml"
    config.write_text("[annotate]\nbatch_size = 2\n", encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    """The reference: the fixture corpus, one process, no cache."""
    out = tmp_path_factory.mktemp("plain")
    report = build(CORPUS, out, "--jobs", "1", "--no-cache")
    assert report["cache"] is None and report["per_document"]["parsed"] == 10
    return out


@pytest.mark.slow
def test_cached_rebuilds_give_the_same_bytes(plain, tmp_path):
    out = tmp_path / "out"
    first = build(CORPUS, out, "--jobs", "1")
    assert first["cache"]["misses"] == 10 and not first["outputs_unchanged"]
    assert_same_outputs(plain, out)

    again = build(CORPUS, out, "--jobs", "1")
    assert again["cache"]["hits"] == 10 and again["cache"]["misses"] == 0
    assert again["outputs_unchanged"], "nothing changed: resolve, graph and export are skipped"
    assert not again["per_document"]["model_loaded"], "every document cached: the model is not even loaded"
    assert_same_outputs(plain, out)

    # from cached results through every later stage again (no record of the previous outputs)
    (out / ".build_state.json").unlink()
    rebuilt = build(CORPUS, out, "--jobs", "1")
    assert rebuilt["cache"]["hits"] == 10 and not rebuilt["outputs_unchanged"]
    assert_same_outputs(plain, out)

    # an output edited by hand is noticed and rewritten
    (out / "actors.csv").write_text("edited\n", encoding="utf-8")
    repaired = build(CORPUS, out, "--jobs", "1")
    assert not repaired["outputs_unchanged"]
    assert_same_outputs(plain, out)


@pytest.mark.slow
def test_two_worker_processes_give_the_same_bytes(plain, tmp_path):
    out = tmp_path / "out"
    report = build(CORPUS, out, "--jobs", "2", "--no-cache", "--config", str(small_batches(tmp_path)))
    assert report["per_document"]["worker_processes"] == 2, "the pool was started"
    assert report["per_document"]["batches"] >= 5, "batches of two, or fewer when a worker was idle"
    assert_same_outputs(plain, out)


@pytest.mark.slow
def test_a_rebuild_parses_a_few_edited_documents_without_workers(plain, tmp_path):
    """With a warm cache, the first misses (up to a batch) are parsed in the main process: no
    pool is started for a handful of edits, and the outputs are those of a build from scratch.
    More misses than that start the pool as usual."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    first = build(corpus, out, "--jobs", "2")
    assert first["per_document"]["worker_processes"] == 2, "a first build starts the pool"
    edited = sorted(corpus.glob("*.txt"))[3]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nThe union rejected the offer.\n", encoding="utf-8")
    again = build(corpus, out, "--jobs", "2")
    assert again["cache"]["misses"] == 1
    assert again["per_document"]["worker_processes"] == 0, "one edited document: parsed here"
    build(corpus, tmp_path / "fresh", "--jobs", "1", "--no-cache")
    assert_same_outputs(tmp_path / "fresh", out)

    for path in sorted(corpus.glob("*.txt")):  # every document edited: more than a batch of two
        path.write_text(path.read_text(encoding="utf-8") + "\n\nTalks resumed on Monday.\n", encoding="utf-8")
    changed = build(corpus, out, "--jobs", "2", "--config", str(small_batches(tmp_path)))
    assert changed["cache"]["misses"] >= 5, "every article edited"
    assert changed["per_document"]["worker_processes"] == 2, "many misses: the pool starts after the first batch"
    build(corpus, tmp_path / "fresh2", "--jobs", "1", "--no-cache")
    assert_same_outputs(tmp_path / "fresh2", out)


@pytest.mark.slow
def test_dask_backend_gives_the_same_bytes(plain, tmp_path):
    """On a LocalCluster of two worker processes, as on a real cluster (--scheduler)."""
    distributed = pytest.importorskip("distributed")
    out, cached = tmp_path / "out", tmp_path / "cached"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        address = ("--backend", "dask", "--scheduler", cluster.scheduler_address)
        report = build(CORPUS, out, *address, "--no-cache", "--config", str(small_batches(tmp_path)))
        assert report["backend"] == "dask" and report["per_document"]["batches"] >= 5
        assert_same_outputs(plain, out)
        # the Dask backend fills the same cache as the local one
        first = build(CORPUS, cached, *address)
        assert first["cache"]["misses"] == 10
    local = build(CORPUS, cached, "--jobs", "1")
    assert local["cache"]["hits"] == 10
    assert_same_outputs(plain, cached)


@pytest.mark.slow
def test_corrupt_cache_entries_are_recomputed(plain, tmp_path):
    out = tmp_path / "out"
    build(CORPUS, out, "--jobs", "1")
    entries = sorted(p for p in (out / ".cache").rglob("*.json") if not p.name.startswith("."))
    assert len(entries) == 10
    entries[0].write_text('{"key": "', encoding="utf-8")  # a torn write
    entries[1].write_bytes(b"\x00" * 64)  # a block of zeros after a power cut
    entries[2].write_bytes(entries[3].read_bytes())  # valid JSON, but another document's entry
    (out / ".build_state.json").unlink()
    report = build(CORPUS, out, "--jobs", "1")
    assert report["cache"]["corrupt"] == 3 and report["cache"]["hits"] == 7
    assert_same_outputs(plain, out)
    healed = build(CORPUS, out, "--jobs", "1")
    assert healed["cache"]["hits"] == 10 and healed["cache"]["corrupt"] == 0


def _own_models(tmp_path: Path) -> Path:
    """A copy of models/ and a config naming it, so a test can edit a lexicon."""
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    return models / "config.toml"


@pytest.mark.slow
def test_lexicon_changes_invalidate_the_cache_and_other_settings_do_not(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(p.name for p in CORPUS.glob("*.txt"))[:2]:
        shutil.copy(CORPUS / name, corpus / name)
    config = _own_models(tmp_path)
    out = tmp_path / "out"
    args = ("--jobs", "1", "--config", str(config))

    first = build(corpus, out, *args)
    assert first["cache"]["misses"] == 2
    unchanged = build(corpus, out, *args)
    assert unchanged["cache"]["hits"] == 2 and unchanged["outputs_unchanged"]

    # settings that cannot change a document's records keep the cache (and rebuild the outputs)
    overrides = config.parent / "overrides.toml"
    overrides.write_text(overrides.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("html_max_nodes = 1500", "html_max_nodes = 1400").replace(
        "batch_size = 16", "batch_size = 8"), encoding="utf-8")
    other = build(corpus, out, *args)
    assert other["cache"]["hits"] == 2, "overrides, page size and batch size are not per-document inputs"
    assert not other["outputs_unchanged"], "but the outputs are rebuilt"

    # any lexicon or the gazetteer changes what extraction finds: every entry is recomputed
    groups = config.parent / "lexicons" / "groups.toml"
    groups.write_text(groups.read_text(encoding="utf-8") + "\n# a comment is a change too\n", encoding="utf-8")
    changed = build(corpus, out, *args)
    assert changed["cache"]["hits"] == 0 and changed["cache"]["misses"] == 2
    assert changed["cache"]["fingerprint"] != first["cache"]["fingerprint"]
    again = build(corpus, out, *args)
    assert again["cache"]["hits"] == 2


# ---------------------------------------------------------------------------------------------
# Fast unit tests: the cache and the large-graph layout, no model
# ---------------------------------------------------------------------------------------------


def _doc(text: str) -> Document:
    return Document(doc_id="a.txt", path="a.txt", text=text, title="A")


def test_cache_round_trip_and_damage(tmp_path):
    cache = Cache(tmp_path, "fp1")
    doc = _doc("Alpha said no.")
    payload = '{"actors":[],"quotes":[],"stances":[],"words":3}'
    assert cache.get(doc) is None and cache.misses == 1
    cache.put(doc, payload)
    assert cache.get(doc).words == 3 and cache.hits == 1
    assert not [p for p in tmp_path.rglob(".tmp-*")], "no temporary file is left"
    assert Cache(tmp_path, "fp2").get(doc) is None, "another fingerprint never sees the entry"
    assert cache.get(_doc("Alpha said yes.")) is None, "another text is another key"
    entry = next(tmp_path.rglob("*.json"))
    good = entry.read_bytes()
    damages = (b"", b"{", b"[]", b"\x00" * 16, b'{"key": "x", "result": {}}', good.replace(b'"actors":[]', b'"actors":[{}]'))
    for n, damage in enumerate(damages, start=1):
        entry.write_bytes(damage)
        assert cache.get(doc) is None, damage
        assert cache.corrupt == n
    cache.put(doc, payload)
    assert cache.get(doc).words == 3


def test_count_words_matches_token_loop(nlp):
    doc = nlp.make_doc("Alpha said: \"No, never.\"\n\nBeta agreed .")
    assert count_words(doc) == sum(1 for t in doc if not t.is_space and not t.is_punct)
    assert count_words(nlp.make_doc("")) == 0


def _graph(n_hubs: int, leaves: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for h in range(n_hubs):
        hub = f"actor:h{h:03d}"
        g.add_node(hub, kind="actor")
        if h:
            g.add_edge(hub, f"actor:h{h - 1:03d}", relation="aligned")
        for leaf in range(leaves):
            g.add_node(f"quote:h{h:03d}-{leaf:02d}", kind="quote")
            g.add_edge(hub, f"quote:h{h:03d}-{leaf:02d}", relation="said")
    for i in range(20):  # small components and isolated nodes
        g.add_edge(f"issue:i{i:02d}", f"doc:d{i:02d}", relation="reported_in")
        g.add_node(f"issue:lonely{i:02d}", kind="issue")
    return g


def test_large_graph_analysis_is_deterministic_and_spreads_nodes():
    from pipeline.export.layout import analyse

    positions = []
    for _ in range(2):
        g = _graph(60, 12)  # 780 hub-and-leaf nodes + 60 small ones: the pivot-MDS layout
        analyse(g, seed=42)
        positions.append({n: (d["x"], d["y"], d["community"], d["betweenness"]) for n, d in g.nodes(data=True)})
    assert positions[0] == positions[1]
    xy = [(x, y) for x, y, _, _ in positions[0].values()]
    assert len(set(xy)) == len(xy), "no two nodes on the same point (leaves of one hub are fanned out)"
    assert max(max(abs(x), abs(y)) for x, y in xy) == pytest.approx(1000.0, abs=0.01)


class _OutOfOrder:
    """A future that reports done only after later ones: batches finishing out of order.
    Its outcome for a text is its word count, or a failure for a text containing "bad"."""

    def __init__(self, items, clock):
        self.items, self.clock = items, clock
        self.ready_at = clock[0] + (3 if len(clock) % 2 else 1)
        clock.append(None)

    def done(self):
        self.clock[0] += 1
        return self.clock[0] >= self.ready_at

    def result(self):
        outcomes = []
        for _, text in self.items:
            if "bad" in text:
                outcomes.append(("error", "extraction failed: boom"))
            else:
                outcomes.append(("ok", f'{{"actors":[],"quotes":[],"stances":[],"words":{len(text.split())}}}'))
        return 0.0, outcomes


def test_stream_keeps_input_order_with_cache_hits_misses_and_failures(tmp_path):
    from pipeline.annotate import Batch, stream_annotations

    clock = [0]

    class Runner:
        capacity = 3

        def submit(self, items):
            return Batch(future=_OutOfOrder(items, clock))

    docs = [_doc(" ".join(["word"] * (i + 1)))._replace(doc_id=f"d{i:02d}") for i in range(23)]
    docs[5] = docs[5]._replace(status="skipped", error="empty file", text="")
    docs[7] = docs[7]._replace(text="a bad text")
    cache = Cache(tmp_path, "fp")
    for i in (0, 1, 2, 9, 10, 20):  # some documents already cached
        cache.put(docs[i], f'{{"actors":[],"quotes":[],"stances":[],"words":{i + 1}}}')
    seen = []
    stats: dict = {}
    results = list(stream_annotations(docs, Runner(), 2, cache, seen.append, stats))
    assert [r.document.doc_id for r in results] == [d.doc_id for d in docs] == [d.doc_id for d in seen]
    assert [r.words for r in results if r.document.ok] == [i + 1 for i in range(23) if i not in (5, 7)]
    assert results[7].document.status == "skipped" and "boom" in results[7].document.error
    assert stats["parsed"] == 23 - 6 - 1 and stats["failed"] == 1
    assert cache.get(docs[7]) is None, "a failure is not cached"
    assert cache.get(docs[3]).words == 4, "a parsed document is cached"
