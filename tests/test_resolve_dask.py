"""The resolve stage on Dask (issue 14, item 3): the same passes over partitions of the records,
summaries combined in a tree on the workers, give the very bytes of the local backend.

In-process engines keep these fast (a synchronous or threaded Dask scheduler, a cluster of
threads); ``tests/test_scale.py`` runs the whole build on worker processes.
"""

from __future__ import annotations

import os

import pytest

from pipeline.bench_scale import load_records, scale_records
from pipeline.lexicon import lexicon_for
from pipeline.resolve import DaskEngine, LocalEngine, resolve

from .conftest import CORPUS
from .test_scale import COMPARED, build

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


def test_build_with_the_dask_backend_gives_the_same_bytes(warm_cache, tmp_path):
    """`build --backend dask` against a cluster (of threads, in this process), from a warm cache:
    the resolve stage runs on the cluster; every output file is the local build's, byte for byte."""
    distributed = pytest.importorskip("distributed")
    local, remote = warm_cache(tmp_path / "local"), warm_cache(tmp_path / "dask")
    build(CORPUS, local, "--jobs", "1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = build(CORPUS, remote, "--backend", "dask", "--scheduler", cluster.scheduler_address)
    assert report["backend"] == "dask" and report["cache"]["misses"] == 0
    for name in COMPARED:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), f"{name} differs"


def test_no_documents_on_a_cluster(lexicon, settings):
    """A corpus with nothing parsed still resolves (to nothing) on a cluster: one empty partition."""
    distributed = pytest.importorskip("distributed")
    from pipeline.distributed import dask_engine

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with dask_engine([], cluster.scheduler_address) as engine:
            resolved = run(None, lexicon, settings, engine)
    assert resolved == run([], lexicon, settings)
    assert not resolved.actors and not resolved.stances
