"""The resolve stage on Dask (issue 14, item 3): the same passes over partitions of the records,
summaries combined in a tree on the workers, give the very bytes of the local backend.

In-process engines keep these fast (a synchronous or threaded Dask scheduler, a cluster of
threads); ``tests/test_scale.py`` runs the whole build on worker processes.
"""

from __future__ import annotations

import contextlib
import os

import pytest

from pipeline.bench_scale import iter_scale_records, load_records, scale_records
from pipeline.build import KeptRecords
from pipeline.lexicon import lexicon_for
from pipeline.resolve import DaskEngine, LocalEngine, resolve

from .conftest import CORPUS
from .test_scale import COMPARED, build, runner

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

# the generated record set: a few hundred documents here; NG_DASK_SCALE_DOCS=10000 by hand
SCALE_DOCS = int(os.environ.get("NG_DASK_SCALE_DOCS", "400"))


@pytest.fixture(scope="module")
def records(corpus_build):
    out, _ = corpus_build
    return load_records(CORPUS, out / ".cache")


@pytest.fixture(scope="module")
def lexicon(settings):
    return lexicon_for(settings)


def run(records, lexicon, settings, engine=None):
    return resolve(records, lexicon, settings.overrides, settings.taxonomy, engine=engine)


@pytest.fixture(scope="module")
def reference(records, lexicon, settings):
    return run(records, lexicon, settings)


@pytest.mark.parametrize("size", [1, 3, 7])
def test_any_local_partitioning_gives_the_same_result(records, lexicon, settings, reference, size):
    assert run(records, lexicon, settings, LocalEngine(records, size)) == reference


@pytest.mark.parametrize(("scheduler", "partitions", "split_every"),
                         [("synchronous", 1, 8), ("synchronous", 4, 2), ("threads", 10, 3)])
def test_a_dask_bag_gives_the_same_result(records, lexicon, settings, reference, scheduler, partitions, split_every):
    engine = DaskEngine(db.from_sequence(records, npartitions=partitions), split_every=split_every)
    with dask.config.set(scheduler=scheduler):
        assert run(None, lexicon, settings, engine) == reference


def test_generated_records_give_the_same_result(records, lexicon, settings):
    """Records re-labelled from real ones (pipeline/bench_scale.py): actors repeat across
    documents, bare surnames meet full names, quotations and negotiations span partitions."""
    scaled = scale_records(records, SCALE_DOCS)
    local = run(scaled, lexicon, settings)
    assert len(local.actors) > 100 and len(local.negotiations) > 5
    engine = DaskEngine(db.from_sequence(scaled, partition_size=max(1, SCALE_DOCS // 9)), split_every=3)
    with dask.config.set(scheduler="synchronous"):
        assert run(None, lexicon, settings, engine) == local


@pytest.mark.parametrize("partition", [None, 3])
def test_build_with_the_dask_backend_gives_the_same_bytes(warm_cache, tmp_path, monkeypatch, partition):
    """`build --backend dask` against a cluster (of threads, in this process), from a warm cache:
    the records stream to the cluster (in one partition, or in four of three documents) and
    resolve runs there; every output file is the local build's, byte for byte."""
    distributed = pytest.importorskip("distributed")
    from pipeline import distributed as backend

    if partition:
        monkeypatch.setattr(backend, "RESOLVE_PARTITION", partition)
    scattered = []
    monkeypatch.setattr(backend.ScatteredRecords, "_scatter", spy(backend.ScatteredRecords._scatter, scattered))
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert report["backend"] == "dask" and report["cache"]["misses"] == 0
    assert scattered == ([3, 3, 3, 1] if partition else [10])
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


def test_an_unchanged_rebuild_with_a_scheduler_scatters_nothing(warm_cache, tmp_path, cluster, monkeypatch):
    """A rebuild into a folder with a build state holds the records back until resolve needs
    them: nothing changed, so resolve is skipped and not one partition goes to the cluster."""
    from pipeline import distributed

    out = warm_cache(tmp_path / "dask")
    build(CORPUS, out, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    before = {name: (out / name).read_bytes() for name in COMPARED}
    scattered = []
    monkeypatch.setattr(distributed.ScatteredRecords, "_scatter", spy(distributed.ScatteredRecords._scatter, scattered))
    report = build(CORPUS, out, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert report["outputs_unchanged"] and report["cache"]["misses"] == 0
    assert scattered == []
    assert {name: (out / name).read_bytes() for name in COMPARED} == before


@pytest.mark.parametrize("partition", [None, 3])
def test_a_changed_rebuild_with_a_scheduler_gives_the_local_bytes(warm_cache, tmp_path, cluster, monkeypatch,
                                                                  partition):
    """A rebuild whose build state no longer matches (here: the state's inputs hash altered)
    reads the records back from the cache, sends them in the usual partitions and resolves on
    the cluster: every output file is the local build's."""
    import json

    from pipeline import distributed
    from pipeline.build import STATE_FILE

    if partition:
        monkeypatch.setattr(distributed, "RESOLVE_PARTITION", partition)
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    state = json.loads((remote / STATE_FILE).read_text(encoding="utf-8"))
    (remote / STATE_FILE).write_text(json.dumps({**state, "inputs": "0" * 64}), encoding="utf-8")
    for name in COMPARED:
        (remote / name).unlink()
    scattered, sent = [], []
    monkeypatch.setattr(distributed.ScatteredRecords, "_scatter", spy(distributed.ScatteredRecords._scatter, scattered))
    original = distributed.ScatteredRecords._send_from_cache

    def sending(self):
        sent.append(len(self.futures))  # nothing went during the parse
        return original(self)

    monkeypatch.setattr(distributed.ScatteredRecords, "_send_from_cache", sending)
    report = build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert not report["outputs_unchanged"] and report["cache"]["misses"] == 0
    assert sent == [0] and scattered == ([3, 3, 3, 1] if partition else [10])
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


def test_deferred_records_the_cache_could_not_store_are_kept_here(warm_cache, tmp_path, lexicon, settings,
                                                                   reference, cluster, monkeypatch):
    """Held back, a record whose cache entry is missing (a write that failed) stays in this
    process, and resolve on the cluster still gives the local result."""
    from pipeline import distributed
    from pipeline.build import run_per_document
    from pipeline.config import load_settings

    cache = warm_cache(tmp_path) / ".cache"
    gone = sorted(cache.rglob("*.json"))[0]
    entry = gone.read_bytes()
    original = distributed.ScatteredRecords.add

    def add(self, result):  # the entry vanishes while its result passes, as if never written
        gone.unlink(missing_ok=True)
        original(self, result)
        gone.write_bytes(entry)

    monkeypatch.setattr(distributed.ScatteredRecords, "add", add)
    records, _ = run_per_document(CORPUS, load_settings(), 1, cache, backend="dask",
                                  scheduler=cluster.scheduler_address, defer_scatter=True)
    with contextlib.closing(records):
        assert isinstance(records, distributed.ScatteredRecords) and not records.futures
        assert len(records.unbacked) == 1
        gone.unlink()
        assert records.resolve(lexicon, settings) == reference


def spy(scatter, sizes):
    """ScatteredRecords._scatter, noting the size of each partition it sends."""

    def noting(self):
        sizes.append(len(self.partition))
        return scatter(self)

    return noting


def test_generated_records_stream_to_the_cluster_a_partition_at_a_time(records, lexicon, settings, cluster,
                                                                       monkeypatch):
    """Generated records spanning ten partitions, streamed one at a time: the client never holds
    more than a partition; the hash, the documents and the resolved corpus are the local ones."""
    from pipeline import distributed

    size = max(1, SCALE_DOCS // 9)
    held = []
    original = distributed.ScatteredRecords.add

    def add(self, result):
        original(self, result)
        held.append(len(self.partition))

    monkeypatch.setattr(distributed.ScatteredRecords, "add", add)
    local = KeptRecords()
    remote = distributed.scattered_records(cluster.scheduler_address, None, partition_size=size)
    assert isinstance(remote, distributed.ScatteredRecords)
    with contextlib.closing(remote):
        for result in iter_scale_records(records, SCALE_DOCS):
            local.add(result)
            remote.add(result)
        local.finish()
        remote.finish()
        assert len(remote.futures) == -(-SCALE_DOCS // size) >= 10
        assert max(held) < size  # each full partition left as soon as it filled
        assert remote.hexdigest() == local.hexdigest() and remote.documents == local.documents
        expected = run(local.results, lexicon, settings)
        assert len(expected.actors) > 100 and len(expected.negotiations) > 5
        assert remote.resolve(lexicon, settings) == expected
        assert not remote.futures  # the workers let the records go once resolved


def test_the_client_gets_back_the_negotiations_not_the_documents_or_their_facts(records, lexicon, settings, cluster,
                                                                                  monkeypatch):
    """On a cluster the documents' facts are grouped into negotiations on a worker (the
    documents pass's finish), and the documents, which the client holds already, are not sent
    back: only the groups and the word count reach it; the resolved corpus is the local one."""
    from pipeline import distributed
    from pipeline.negotiations import NegotiationGroup
    from pipeline.resolve import partition_documents
    from pipeline.resolve.engine import DaskEngine as Engine

    got = []
    original = Engine.reduce

    def reduce(self, perpartition, *args, **kwargs):
        result = original(self, perpartition, *args, **kwargs)
        if perpartition is partition_documents:
            got.append(result)
        return result

    monkeypatch.setattr(Engine, "reduce", reduce)
    scaled = scale_records(records, SCALE_DOCS)
    remote = distributed.scattered_records(cluster.scheduler_address, None, partition_size=max(1, SCALE_DOCS // 9))
    with contextlib.closing(remote):
        for result in scaled:
            remote.add(result)
        remote.finish()
        resolved = remote.resolve(lexicon, settings)
    assert resolved == run(scaled, lexicon, settings)
    ((documents, groups, words),) = got
    assert documents is None and words == sum(r.words for r in scaled)
    assert len(groups) > 5 and all(isinstance(g, NegotiationGroup) for g in groups)


@pytest.mark.parametrize("partitions", [1, 4])
def test_documents_held_by_the_caller_give_the_same_result(records, lexicon, settings, reference, partitions):
    """``resolve(documents=...)``: the documents the caller holds stand for those of the records."""
    engine = DaskEngine(db.from_sequence(records, npartitions=partitions), split_every=2)
    with dask.config.set(scheduler="synchronous"):
        resolved = resolve(None, lexicon, settings.overrides, settings.taxonomy, engine=engine,
                           documents=[r.document for r in records])
    assert resolved == reference


def test_no_documents_on_a_cluster(lexicon, settings, cluster):
    """A corpus with nothing parsed still resolves (to nothing) on a cluster: one empty partition."""
    from pipeline.distributed import scattered_records

    with contextlib.closing(scattered_records(cluster.scheduler_address, None)) as records:
        records.finish()
        assert len(records.futures) == 1
        resolved = records.resolve(lexicon, settings)
    assert resolved == run([], lexicon, settings)
    assert not resolved.actors and not resolved.stances


# ---------------------------------------------------------------------------------------------
# When the cluster fails: the build says why and resolves in this process (the same bytes)
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def free_address() -> str:
    """A local address nothing listens on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{sock.getsockname()[1]}"


def kept_locally(records, scheduler):
    """Records for ``scheduler``: must have fallen back to being held in this process."""
    from pipeline.distributed import scattered_records

    kept = scattered_records(scheduler, None)
    assert isinstance(kept, KeptRecords)
    for result in records:
        kept.add(result)
    kept.finish()
    return kept


def test_an_unreachable_scheduler_keeps_the_records_here(records, lexicon, settings, reference, monkeypatch, caplog):
    from pipeline import distributed

    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    assert kept_locally(records, free_address()).resolve(lexicon, settings) == reference
    assert "cannot reach the Dask scheduler" in caplog.text and "resolved here instead" in caplog.text


def streamed(cache_dir, scheduler):
    """The fixture corpus's records as a build streams them to ``scheduler`` (from a warm cache)."""
    from pipeline.build import run_per_document
    from pipeline.config import load_settings

    records, stats = run_per_document(CORPUS, load_settings(), 1, cache_dir, backend="dask", scheduler=scheduler)
    assert stats["cache"]["misses"] == 0
    return records


def fail_on_workers(monkeypatch, step="partition_keys"):
    """A pass that fails on a worker (as a lost worker cancels it); the client's passes work.
    ``partition_rows``: the last pass, the final rows and their group-bys."""
    import pipeline.resolve
    from distributed import get_worker

    original = getattr(pipeline.resolve, step)

    def fails_on_workers(part, *args):
        try:
            get_worker()
        except ValueError:  # not on a worker: the client's local fallback
            return original(part, *args)
        raise RuntimeError("worker lost")

    monkeypatch.setattr(pipeline.resolve, step, fails_on_workers)


def test_a_failing_worker_resolves_from_the_cache(warm_cache, tmp_path, lexicon, settings, reference, cluster,
                                                  monkeypatch, caplog):
    """A pass that fails on a worker does not lose the run: the records are read back from the
    parse cache (the client never held them all) and resolved here."""
    from pipeline import distributed

    monkeypatch.setattr(distributed, "RESOLVE_PARTITION", 3)
    fail_on_workers(monkeypatch)
    with contextlib.closing(streamed(warm_cache(tmp_path) / ".cache", cluster.scheduler_address)) as records:
        assert isinstance(records, distributed.ScatteredRecords) and len(records.futures) == 4
        assert records.resolve(lexicon, settings) == reference
    assert "RuntimeError: worker lost" in caplog.text and "reading the records back from the cache" in caplog.text


@pytest.mark.parametrize("step", ["partition_keys", "partition_rows"])
def test_a_failing_worker_in_a_build_gives_the_same_bytes(warm_cache, tmp_path, cluster, monkeypatch, caplog, step):
    from pipeline import distributed

    monkeypatch.setattr(distributed, "RESOLVE_PARTITION", 3)
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    fail_on_workers(monkeypatch, step)
    build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert "RuntimeError: worker lost" in caplog.text  # the pass did fail, and the cache stood in
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


def test_a_cache_entry_gone_is_a_clear_error(warm_cache, tmp_path, lexicon, settings, cluster, monkeypatch):
    from pipeline import distributed

    cache = warm_cache(tmp_path) / ".cache"
    fail_on_workers(monkeypatch)
    with contextlib.closing(streamed(cache, cluster.scheduler_address)) as records:
        for entry in cache.rglob("*.json"):
            entry.unlink()
        with pytest.raises(distributed.DaskBackendError, match="not in the cache"):
            records.resolve(lexicon, settings)


def test_a_failing_worker_without_the_cache_is_a_clear_error(tmp_path, cluster, monkeypatch):
    """With --no-cache the records are on the workers only: the build stops, exit code 2."""
    from pipeline.cli import app

    fail_on_workers(monkeypatch)
    result = runner.invoke(app, ["build", str(CORPUS), "--out", str(tmp_path / "out"), "--quiet", "--no-cache",
                                 "--backend", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 2, result.output
    assert "RuntimeError: worker lost" in result.output and "with --no-cache" in result.output
    assert not (tmp_path / "out" / "graph.graphml").exists()


def test_a_failing_parse_closes_the_cluster(warm_cache, tmp_path, cluster, monkeypatch):
    """Records already sent when the corpus cannot be read further: the client is closed."""
    from pipeline import build as build_module
    from pipeline import distributed

    read = build_module.read_corpus

    def breaks(*args):
        for i, doc in enumerate(read(*args)):
            if i == 5:
                raise OSError("disk gone")
            yield doc

    made = []
    original = distributed.ScatteredRecords.__init__

    def note(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(build_module, "read_corpus", breaks)
    monkeypatch.setattr(distributed.ScatteredRecords, "__init__", note)
    monkeypatch.setattr(distributed, "RESOLVE_PARTITION", 2)
    with pytest.raises(OSError, match="disk gone"):
        streamed(warm_cache(tmp_path) / ".cache", cluster.scheduler_address)
    assert len(made) == 1 and made[0].client is None and not made[0].futures


def test_a_worker_with_other_resolve_code_is_refused(records, lexicon, settings, reference, cluster, monkeypatch,
                                                     caplog):
    from pipeline import distributed

    monkeypatch.setattr(distributed, "worker_resolve_version", lambda: "0123456789abcdef")
    client = distributed.connect(cluster.scheduler_address, 1, set_as_default=False)[0]
    with contextlib.closing(client), pytest.raises(distributed.DaskBackendError, match="other resolve code"):
        distributed.check_resolve_versions(client)
    assert kept_locally(records, cluster.scheduler_address).resolve(lexicon, settings) == reference
    assert "other resolve code" in caplog.text


def test_workers_with_the_same_resolve_code_pass(cluster):
    from pipeline import distributed

    with contextlib.closing(distributed.scattered_records(cluster.scheduler_address, None)) as records:
        assert records.client.run(distributed.worker_resolve_version) == {
            w: distributed.resolve_code_version() for w in records.client.nthreads()}


def test_no_cached_reading_outlives_a_build(records, lexicon, settings):
    """The readings cached during resolve (some keyed by the issue model) are forgotten after it."""
    from pipeline.resolve import keys

    run(records, lexicon, settings, LocalEngine(records, 4))
    assert keys.folded.cache_info().currsize == 0 and keys.role_head.cache_info().currsize == 0


# ---------------------------------------------------------------------------------------------
# Awkward corpora: duplicates across partitions, failed documents, overrides, empty partitions
# ---------------------------------------------------------------------------------------------


def awkward_records(records):
    """The corpus, then a failed document (records kept: they must be ignored) and, last, a
    duplicate of the first document (so it lands in another partition than its original)."""
    first, second = records[0], records[1]
    failed = second._replace(document=second.document._replace(
        doc_id="failed-doc", path="failed-doc.txt", status="skipped", error="empty: no text after the header"))
    duplicate = first._replace(document=first.document._replace(
        doc_id="dup-doc", path="dup-doc.txt", duplicate_of=first.document.doc_id))
    return [*records, failed, duplicate]


@pytest.fixture(scope="module")
def overrides_file(reference, tmp_path_factory):
    """Drop one actor, merge two people, rename an organisation (ids from the corpus's own rows)."""
    people = [a.actor_id for a in reference.actors if a.type == "PERSON"]
    orgs = [a.actor_id for a in reference.actors if a.type != "PERSON"]
    path = tmp_path_factory.mktemp("overrides") / "overrides.toml"
    path.write_text(f'drop = ["{people[0]}"]\n\n[merge]\n"{people[1]}" = ["{people[2]}"]\n\n'
                    f'[rename]\n"{orgs[0]}" = "Renamed Organisation"\n', encoding="utf-8")
    return path


def splits(records, sizes):
    """Consecutive partitions of these sizes (0: an empty partition), the rest in the last."""
    parts, start = [], 0
    for size in sizes:
        parts.append(records[start:start + size])
        start += size
    return [*parts, records[start:]]


@pytest.mark.parametrize(("engine_kind", "sizes"), [
    ("local", [4, 0]),
    ("local", [1, 1, 0, 0, 5]),
    ("bag", [3, 0, 2]),
    ("bag", [6, 0]),
    ("cluster", [5, 0, 1]),
])
def test_awkward_corpus_gives_the_one_partition_result(records, lexicon, settings, overrides_file, engine_kind, sizes):
    awkward = awkward_records(records)
    expected = resolve(awkward, lexicon, overrides_file, settings.taxonomy)
    # the case is what it claims: the failed document ignored, the duplicate credited, overrides applied
    assert "failed-doc" not in {d for a in expected.actors for d in a.doc_ids}
    assert any("dup-doc" in q.doc_ids for q in expected.quotes)
    assert "Renamed Organisation" in {a.name for a in expected.actors}
    assert len(expected.actors) < len(resolve(awkward, lexicon, None, settings.taxonomy).actors)
    parts = splits(awkward, sizes)
    assert len(parts) > 2 and [] in parts[1:-1]  # an empty partition in the middle
    if engine_kind == "local":
        assert resolve(None, lexicon, overrides_file, settings.taxonomy, engine=LocalEngine.of(parts)) == expected
    elif engine_kind == "bag":
        engine = DaskEngine(db.from_delayed([dask.delayed(p) for p in parts]), split_every=2)
        with dask.config.set(scheduler="synchronous"):
            assert resolve(None, lexicon, overrides_file, settings.taxonomy, engine=engine) == expected
    else:
        distributed = pytest.importorskip("distributed")
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            futures = [client.scatter([p], hash=False)[0] for p in parts]
            engine = DaskEngine(db.from_delayed(futures), split_every=2, client=client)
            assert resolve(None, lexicon, overrides_file, settings.taxonomy, engine=engine) == expected


def test_a_cached_dask_build_without_scheduler_starts_no_cluster(warm_cache, tmp_path, monkeypatch):
    """Without --scheduler, resolve runs in this process: a fully cached rebuild connects to nothing."""
    from pipeline import distributed

    def no_cluster(*args, **kwargs):
        raise AssertionError("a Dask cluster was started")

    monkeypatch.setattr(distributed, "connect", no_cluster)
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    report = build(CORPUS, remote, "--backend", "dask")
    assert report["backend"] == "dask" and report["cache"]["misses"] == 0
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


# ---------------------------------------------------------------------------------------------
# The final rows stream back: a partition at a time, spooled, read back a partition at a time
# ---------------------------------------------------------------------------------------------


def spool_spies(monkeypatch):
    """SpooledRows noted: the rows each partition brings back (``add``), by spool (in the order
    the spools are made: the quotes', then the stances'), the rows read back so far (``_load``),
    and the folder of each spool."""
    from pipeline.resolve import spool

    added, loaded, folders = {}, [0], []
    add, load, init = spool.SpooledRows.add, spool.SpooledRows._load, spool.SpooledRows.__init__

    def making(self, directory=None):
        folders.append(directory)
        init(self, directory)

    def adding(self, rows):
        added.setdefault(id(self._spans), []).append(len(rows))  # the views share it
        return add(self, rows)

    def loading(self, span):
        rows = load(self, span)
        loaded[0] += len(rows)
        return rows

    monkeypatch.setattr(spool.SpooledRows, "add", adding)
    monkeypatch.setattr(spool.SpooledRows, "_load", loading)
    monkeypatch.setattr(spool.SpooledRows, "__init__", making)
    return added, loaded, folders


def test_generated_rows_come_back_a_partition_at_a_time(records, lexicon, settings, cluster, monkeypatch):
    """On a cluster, the quote and stance rows of ten partitions are fetched one partition at a
    time and spooled as they come: no list of every row is ever made here, and the resolved
    corpus is the local one."""
    distributed = pytest.importorskip("distributed")
    from pipeline.resolve.spool import SpooledRows

    scaled = scale_records(records, SCALE_DOCS)
    expected = run(scaled, lexicon, settings)
    size = max(1, SCALE_DOCS // 9)
    added, _, _ = spool_spies(monkeypatch)
    with distributed.Client(cluster, set_as_default=False) as client:
        futures = [client.scatter([scaled[i:i + size]], hash=False)[0] for i in range(0, len(scaled), size)]
        engine = DaskEngine(db.from_delayed(futures), split_every=3, client=client, ahead=2)
        resolved = run(None, lexicon, settings, engine)
    assert isinstance(resolved.quotes, SpooledRows) and isinstance(resolved.stances, SpooledRows)
    assert resolved == expected
    quotes, stances = added.values()
    assert sum(quotes) == len(expected.quotes) and sum(stances) == len(expected.stances)
    assert len(quotes) == len(stances) == len(futures) >= 10
    assert max(quotes) < len(expected.quotes) / 4 and max(stances) < len(expected.stances) / 4


def test_a_cluster_build_writes_its_tables_a_partition_at_a_time(warm_cache, tmp_path, cluster, monkeypatch):
    """An instrumented table writer: while quotes.csv and stances.csv are written, the rows read
    back and not yet written never exceed one partition's (four partitions of three documents);
    every output file is the local build's."""
    from pipeline import distributed
    from pipeline.export import tables

    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    monkeypatch.setattr(distributed, "RESOLVE_PARTITION", 3)
    added, loaded, folders = spool_spies(monkeypatch)
    write_csv, held = tables.write_csv, {}

    def writing(path, rows, columns):
        start, written = loaded[0], [0]

        def counted():
            for row in rows:
                held[path.name] = max(held.get(path.name, 0), loaded[0] - start - written[0])
                written[0] += 1
                yield row

        write_csv(path, counted(), columns)
        if path.name in ("quotes.csv", "stances.csv"):
            assert written[0] == loaded[0] - start  # every row read back was written

    monkeypatch.setattr(tables, "write_csv", writing)
    build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    quotes, stances = added.values()
    assert len(quotes) == len(stances) == 4
    assert folders == [remote, remote]  # spooled beside the outputs, as the GraphML edges of an archive are
    assert 0 < held["quotes.csv"] <= max(quotes) < sum(quotes)
    assert 0 < held["stances.csv"] <= max(stances) < sum(stances)
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


def test_a_cluster_build_keeps_the_graph_texts_on_disk(warm_cache, tmp_path, cluster, monkeypatch):
    """Rows spooled from a cluster: the graph keeps its long texts (evidence, quotations) in a
    TextHeap beside the outputs and reads them back as the files are written; a local build
    (rows in memory) makes none. Every output file is the local build's."""
    from pathlib import Path

    from pipeline.export import compact

    heaps = []
    init, put = compact.TextHeap.__init__, compact.TextHeap.put

    def making(self, directory=None, buffer=1 << 20):
        heaps.append({"folder": Path(directory), "texts": 0})
        init(self, directory, buffer)
        self.noted = heaps[-1]

    def putting(self, text):
        self.noted["texts"] += 1
        return put(self, text)

    monkeypatch.setattr(compact.TextHeap, "__init__", making)
    monkeypatch.setattr(compact.TextHeap, "put", putting)
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    assert heaps == []
    build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert [heap["folder"] for heap in heaps] == [remote] and heaps[0]["texts"] > 50
    assert not [p.name for p in remote.iterdir() if p.name.startswith(".graph-texts")]  # unlinked
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


# ---------------------------------------------------------------------------------------------
# An archive's graph analysis runs on a worker (its arrays are a graph stage's peak)
# ---------------------------------------------------------------------------------------------


ANALYSED: list[str] = []  # where each analysis ran (module-level: a task sent to a worker names it)


def noted_analysis(*args):
    """``layout.analysis_arrays``, noting whether a worker runs it."""
    from distributed import get_worker

    from pipeline.export import layout

    try:
        get_worker()
        ANALYSED.append("worker")
    except ValueError:
        ANALYSED.append("here")
    return layout.analysis_arrays.__wrapped__(*args)


def noting_where_analysed(monkeypatch):
    """The archive path of the analysis for any graph above 20 nodes (the fixture corpus's is
    analysed as an archive's), noting where each analysis runs: "worker" or "here"."""
    from pipeline.export import layout

    monkeypatch.setattr(layout, "_ARCHIVE_NODES", 20)
    monkeypatch.setattr(layout, "_SPRING_MAX_NODES", 20)
    noted_analysis.__wrapped__ = layout.analysis_arrays
    monkeypatch.setattr(layout, "analysis_arrays", noted_analysis)
    ANALYSED.clear()
    return ANALYSED


def test_a_cluster_build_analyses_an_archive_graph_on_a_worker(warm_cache, tmp_path, cluster, monkeypatch):
    where = noting_where_analysed(monkeypatch)
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert where == ["here", "worker"]
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


def test_an_analysis_failing_on_the_cluster_runs_here(cluster, monkeypatch, caplog):
    """``ScatteredRecords.run``: a function that fails on a worker is run in this process."""
    from distributed import get_worker

    from pipeline.distributed import scattered_records

    def on_workers_fails(value):
        try:
            get_worker()
        except ValueError:
            return value * 2
        raise RuntimeError("worker lost")

    with contextlib.closing(scattered_records(cluster.scheduler_address, None)) as remote:
        assert remote.run(on_workers_fails, 21) == 42
    assert "RuntimeError: worker lost" in caplog.text and "running it in this process instead" in caplog.text
