"""The per-document stages and the resolve stage on a Dask cluster (``build --backend dask``).

Ingest, the cache and the order of results stay on the client, exactly as with the local
backend (:func:`pipeline.annotate.stream_annotations` is shared); only batches of texts travel
to the workers, and only each document's small records come back. Given a scheduler, the
records go on to that cluster's workers as they come, in partitions (:class:`ScatteredRecords`:
the client holds one partition at a time, and each document's metadata; a rebuild into a folder
with a build state sends them only once resolve needs them, read back from the cache, so an
unchanged rebuild sends nothing), and the resolve stage runs there: each pass of
:mod:`pipeline.resolve` summarises every partition of the workers' ``dask.bag`` and combines
the summaries in a tree, and only compact summaries and the final rows come back. If a
worker-side step fails, the records are read back from the parse cache and resolved on the
client. Graph and export run on the client.

Each worker gets a :class:`PipelinePlugin` carrying the settings and the content of every
language file (lexicons, gazetteer), so workers on other machines need the package and the
spaCy model installed, not a copy of ``models/``. A worker loads the pipeline once, on its first
batch, and reports its pipeline fingerprint with every batch: a worker whose model, spaCy or
code differs from the client's is refused rather than allowed to mix results into the cache;
before any record is sent, each worker reports a hash of its resolve code
(:func:`check_resolve_versions`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import importlib.metadata
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .annotate import (Batch, Cache, Item, Outcome, annotate_items, build_nlp, model_meta, pipeline_fingerprint,
                       release_memory, stream_annotations)
from .annotate.cache import from_payload
from .config import ConfigError, Settings
from .lexicon import Lexicon
from .records import DocResult, Document, Resolved
from .resolve import DaskEngine, resolve

log = logging.getLogger(__name__)

try:  # a WorkerPlugin subclass is what Client.register_plugin sends to workers
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - dask is a dependency; this keeps the import error for annotate_dask
    WorkerPlugin = object  # type: ignore[misc,assignment]


class DaskBackendError(ConfigError):
    """The Dask backend cannot run: dask missing, scheduler unreachable, mismatched workers
    (a configuration error: the command line reports it and exits 2)."""


class PipelinePlugin(WorkerPlugin):
    """Per-worker state: the settings, the language files, and the pipeline once loaded."""

    def __init__(self, settings: Settings, files: dict[str, tuple[str, bytes]], fingerprint: str) -> None:
        self.settings = settings
        self.files = files  # settings field -> (file name, content)
        self.fingerprint = fingerprint
        self.worker_settings: Settings | None = None
        self._nlp = None
        self._worker_fingerprint = ""
        self._lock: threading.Lock | None = None

    def setup(self, worker: Any = None) -> None:
        """Write the language files into the worker's own folder and point the settings at them."""
        base = Path(getattr(worker, "local_directory", None) or ".") / f"negotiation-graph-{self.fingerprint}"
        paths = {}
        for field, (name, content) in self.files.items():
            path = base / field / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_bytes() != content:
                path.write_bytes(content)
            paths[field] = path
        self.worker_settings = dataclasses.replace(self.settings, **paths)
        self._lock = threading.Lock()

    def teardown(self, worker: Any = None) -> None:
        self._nlp = None

    def annotate(self, items: list[Item]) -> tuple[str, float, list[Outcome]]:
        """Annotate a batch with this worker's pipeline (loaded on first use).

        A lock serialises batches, should a worker run several threads: one spaCy pipeline is
        not meant to be called from two threads at once (use one thread per worker process).
        """
        if self._lock is None:
            self.setup()
        with self._lock:
            if self._nlp is None:
                self._nlp = build_nlp(self.worker_settings)
                self._worker_fingerprint = pipeline_fingerprint(self.worker_settings)
            start = time.perf_counter()
            outcomes = annotate_items(self._nlp, items, self.worker_settings)
            release_memory()
            return self._worker_fingerprint, time.perf_counter() - start, outcomes


def _dask_batch(plugin_name: str, items: list[Item]) -> tuple[str, float, list[Outcome]]:
    """The task run on a worker: annotate one batch with the worker's pipeline."""
    from distributed import get_worker

    return get_worker().plugins[plugin_name].annotate(items)


class _CheckedFuture:
    """A Dask future whose result is refused if the worker's pipeline is not the client's."""

    def __init__(self, future: Any, fingerprint: str) -> None:
        self.future = future
        self.fingerprint = fingerprint

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> tuple[float, list[Outcome]]:
        worker_fingerprint, seconds, outcomes = self.future.result()
        if worker_fingerprint != self.fingerprint:
            raise DaskBackendError(
                f"a Dask worker runs another pipeline (fingerprint {worker_fingerprint}, the client's is "
                f"{self.fingerprint}): install the same negotiation-graph, spaCy and model versions on every worker"
            )
        return seconds, outcomes


# how long a client waits for the scheduler before the build says it cannot reach it
CONNECT_TIMEOUT = "30s"


def connect(scheduler: str | None, workers: int, set_as_default: bool = True) -> tuple[Any, Any]:
    """A client of the scheduler, or of a new local cluster of ``workers`` single-threaded
    processes (spaCy parses in one thread, and processes sidestep the GIL; no dashboard,
    nothing listening beyond localhost). Returns (client, cluster or None)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency
        raise DaskBackendError("the dask backend needs dask.distributed: pip install 'dask[distributed]'") from exc
    try:
        if scheduler:
            return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=set_as_default), None
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster, set_as_default=set_as_default), cluster
    except OSError as exc:  # TimeoutError included
        raise DaskBackendError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}") from exc


@contextmanager
def quiet_dask_logs() -> Iterator[None]:
    """Dask logs every worker start and stop at INFO; a build only wants its warnings and errors."""
    dask_log = logging.getLogger("distributed")
    level = dask_log.level
    dask_log.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        dask_log.setLevel(level)


class DaskRunner:
    """Submits batches to a Dask cluster, started (or connected to) on the first batch, so a
    rebuild whose documents are all cached never starts one."""

    def __init__(self, settings: Settings, fingerprint: str, scheduler: str | None, workers: int) -> None:
        self.settings = settings
        self.fingerprint = fingerprint
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.client: Any = None
        self.cluster: Any = None
        self.plugin_name = f"negotiation-graph-{fingerprint}"
        self.capacity = 2 * self.workers + 2
        self.eager = True  # an idle worker gets the documents at hand, not a full batch later

    def _connect(self) -> None:
        self.client, self.cluster = connect(self.scheduler, self.workers)
        self.client.register_plugin(PipelinePlugin(self.settings, _language_files(self.settings), self.fingerprint),
                                    name=self.plugin_name)
        threads = sum(self.client.nthreads().values())
        self.workers = max(1, threads)
        self.capacity = 2 * self.workers + 2

    def submit(self, items: list[Item]) -> Batch:
        if self.client is None:
            self._connect()
        future = self.client.submit(_dask_batch, self.plugin_name, items, pure=False)
        return Batch(future=_CheckedFuture(future, self.fingerprint))

    def close(self) -> None:
        if self.client is not None:
            if self.scheduler:
                try:  # leave a shared cluster as it was: drop the plugin and its loaded model
                    self.client.unregister_worker_plugin(self.plugin_name)
                except Exception:  # noqa: BLE001  (best effort, on the way out)
                    log.debug("could not unregister %s", self.plugin_name, exc_info=True)
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def _language_files(settings: Settings) -> dict[str, tuple[str, bytes]]:
    """Every language file the settings name, by settings field: what a remote worker needs."""
    wanted = set(settings.language_files())
    files = {}
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        # a missing file stays a path the worker will not find either: both sides hash "<missing>"
        if isinstance(value, Path) and value in wanted and value.is_file():
            files[field.name] = (value.name, value.read_bytes())
    return files


def annotate_dask(
    documents: Iterable[Document],
    settings: Settings,
    cache: Cache | None = None,
    scheduler: str | None = None,
    progress: Callable[[Document], None] | None = None,
    jobs: int | None = None,
    stats: dict[str, Any] | None = None,
) -> Iterator[DocResult]:
    """Like :func:`pipeline.annotate.annotate`, with the parsing done by Dask workers.

    Args:
        scheduler: address of a running scheduler (``tcp://host:port``); default: a local
            cluster of ``jobs`` single-threaded worker processes, closed at the end.
        jobs: workers of the local cluster (default: every core).

    Yields:
        One DocResult per document, in input order, identical to the local backend's.
    """
    model, meta = model_meta(settings)
    settings = dataclasses.replace(settings, model=model)  # every worker loads this very model
    fingerprint = cache.fingerprint if cache is not None else pipeline_fingerprint(settings, meta)
    runner = DaskRunner(settings, fingerprint, scheduler, jobs or settings.effective_jobs)
    stats = {} if stats is None else stats
    with quiet_dask_logs():
        try:
            yield from stream_annotations(documents, runner, settings.batch_size, cache, progress, stats)
        finally:
            stats["dask_scheduler"] = scheduler or ("local cluster" if runner.cluster is not None else "not started")
            runner.close()


# documents per partition of the resolve stage's bag: large enough that a partition's summary is
# much smaller than its records, small enough that a million documents make hundreds of tasks
RESOLVE_PARTITION = 2000


def resolve_code_version() -> str:
    """A hash of the resolve stage's code (pipeline/resolve/*.py and the modules of its
    corpus-wide steps) and of the package version: what every worker must share with the client."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(_package_version().encode())
    for path in sorted(root.glob("resolve/*.py")) + [root / name for name in RESOLVE_MODULES]:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


# the modules resolve's per-partition passes call into, besides pipeline/resolve/ (and the graph
# analysis, which an archive's build runs on a worker: ScatteredRecords.run)
RESOLVE_MODULES = ("issues.py", "negotiations.py", "positions.py", "ids.py", "export/layout.py")


def _package_version() -> str:
    try:
        return importlib.metadata.version("negotiation-graph")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "unknown"


def worker_resolve_version() -> str:
    """Run on each worker (``client.run``): that worker's :func:`resolve_code_version`."""
    return resolve_code_version()


def check_resolve_versions(client: Any) -> None:
    """Refuse a cluster whose workers run other resolve code than the client's."""
    mine = resolve_code_version()
    theirs = client.run(worker_resolve_version)
    other = {worker: version for worker, version in theirs.items() if version != mine}
    if other:
        listed = ", ".join(f"{w} ({v})" for w, v in sorted(other.items()))
        raise DaskBackendError(f"Dask workers run other resolve code than the client's ({mine}): {listed}; "
                               "install the same negotiation-graph on every worker")


NO_KEY = bytes(32)  # a document with no cache entry of its own (skipped, a duplicate, parse failed)


def call_with(function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """``function(*args)``: a task whose arguments were scattered together (``ScatteredRecords.run``)."""
    return function(*args)


class ScatteredRecords:
    """Every document's records held by a Dask cluster's workers, sent there as they come.

    The interface of :class:`pipeline.build.KeptRecords`: the parse ``add``\s each result, and
    every ``partition_size`` documents the partition is scattered to the workers as one opaque
    item (a graph of literal records would be parsed object by object), so this process holds at
    most one partition of records at a time. What stays here: each document's metadata (for
    the report), its cache key, and the records' hash taken as they pass (:meth:`hexdigest`).
    :meth:`resolve` runs the resolve stage on the workers' ``dask.bag`` of the partitions; if a
    worker-side step fails (a worker lost takes its partitions with it), the records are read
    back from the parse cache and resolved in this process: the same bytes, later. With the
    cache off they are nowhere else, and the build stops with a :class:`DaskBackendError`.

    ``deferred`` (a rebuild into a folder with a build state, which may well find nothing
    changed and skip resolve): nothing is sent while the parse runs; only the metadata, the
    cache keys and the hash are kept (and, rarely, a record whose cache entry could not be
    written). :meth:`resolve`, if the build gets there, first reads the records back from the
    cache and scatters them a partition at a time: the same partitions, the same bytes; an
    unchanged rebuild sends nothing.
    """

    def __init__(self, client: Any, cluster: Any, cache: Cache | None, scheduler: str | None = None,
                 partition_size: int = RESOLVE_PARTITION, deferred: bool = False) -> None:
        from .build import RecordsHash

        self.client = client
        self.cluster = cluster
        self.cache = cache
        self.scheduler = scheduler or "(local cluster)"
        self.size = max(1, partition_size)
        self.hash = RecordsHash()
        self.documents: list[Document] = []
        self.keys = bytearray()  # 32 bytes a document: its cache key, or NO_KEY
        self.partition: list[DocResult] = []  # the records not yet scattered
        self.futures: list[Any] = []  # one a scattered partition, in input order
        self.deferred = deferred and cache is not None  # without the cache they could not be read back
        self.unbacked: dict[int, DocResult] = {}  # deferred: records the cache does not hold, by position

    def __len__(self) -> int:
        return len(self.documents)

    def add(self, result: DocResult) -> None:
        from .build import kept_record

        doc = result.document
        keyed = self.cache is not None and doc.ok and not doc.duplicate_of
        key = self.cache.key(doc) if keyed else None  # the key needs the text
        self.keys += bytes.fromhex(key) if key else NO_KEY
        kept = kept_record(result)
        self.hash.add(kept)
        self.documents.append(kept.document)
        if self.deferred:  # kept only if the cache could not store it (disk full): read back otherwise
            if key and not self.cache._path(key).is_file():  # noqa: SLF001  (where the cache puts that key)
                self.unbacked[len(self.documents) - 1] = kept
            return
        self.partition.append(kept)
        if len(self.partition) >= self.size:
            self._scatter()

    def _scatter(self) -> None:
        with quiet_dask_logs():
            self.futures.append(self.client.scatter([self.partition], hash=False)[0])
        self.partition = []
        release_memory()  # the partition's records, and the texts and parses behind them, handed back

    def finish(self) -> None:
        if self.deferred:  # sent by resolve, if the build gets there
            return
        if self.partition or not self.futures:  # an empty corpus is one empty partition
            self._scatter()

    def _send_from_cache(self) -> None:
        """Deferred records, read back from the cache and scattered a partition at a time (the
        hash checked before resolve reads any of them)."""
        self.deferred = False
        for result in self._read_back():
            self.partition.append(result)
            if len(self.partition) >= self.size:
                self._scatter()
        self.finish()

    def hexdigest(self) -> str:
        return self.hash.hexdigest()

    def resolve(self, lexicon: Lexicon, settings: Settings, spool_dir: Path | None = None) -> Resolved:
        """The resolve stage on the workers, or in this process from the cache if that fails.

        The final quote and stance rows come back a partition at a time, spooled to a temporary
        file in ``spool_dir`` (the build's output folder; default: the system's temporary folder).

        Raises:
            DaskBackendError: a worker-side step failed and the records are not in the cache
                (built with ``--no-cache``, or an entry gone), so they cannot be read back.
        """
        import dask.bag as db

        unsent = None
        if self.deferred:  # read errors are the cache's: no use reading it again below
            try:
                self._send_from_cache()
            except DaskBackendError:
                self.release()
                raise
            except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001  (resolved here below)
                unsent = exc
        try:
            if unsent is not None:
                raise unsent
            with quiet_dask_logs(), self.client.as_current():
                engine = DaskEngine(db.from_delayed(self.futures), client=self.client, spool_dir=spool_dir)
                return resolve(None, lexicon, settings.overrides, settings.taxonomy, engine=engine,
                               documents=self.documents)  # the same as the records' (kept here)
        except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001  (the local path gives the same bytes)
            reason = f"{type(exc).__name__}: {str(exc) or type(exc).__name__}"
            if self.cache is None:
                raise DaskBackendError(
                    f"resolve on the Dask cluster {self.scheduler} failed ({reason}), and with --no-cache the "
                    "records are nowhere else to resolve them from: build again with the cache on, or without "
                    "--scheduler") from exc
            log.warning("resolve on the Dask cluster %s failed (%s); reading the records back from the cache and "
                        "resolving in this process instead", self.scheduler, reason)
            self.release()
            return resolve(self.read_back(), lexicon, settings.overrides, settings.taxonomy)
        finally:
            self.release()

    def read_back(self) -> list[DocResult]:
        """Every document's records as the parse gave them, from the cache.

        Raises:
            DaskBackendError: an entry is missing or unreadable, or the records read are not
                those the parse gave (their hash differs).
        """
        return list(self._read_back())

    def _read_back(self) -> Iterator[DocResult]:
        """:meth:`read_back`, one document at a time; the hash is checked after the last."""
        from .build import RecordsHash

        check = RecordsHash()
        for i, doc in enumerate(self.documents):
            key = bytes(self.keys[32 * i:32 * i + 32])
            result = self.unbacked.get(i)
            if result is None:
                result = DocResult(document=doc) if key == NO_KEY else read_cached(self.cache, key.hex(), doc)
            if result is None:
                raise DaskBackendError(f"the records of {doc.doc_id} are not in the cache {self.cache.folder} any "
                                       "more: build again")
            check.add(result)
            yield result
        if check.hexdigest() != self.hexdigest():
            raise DaskBackendError(f"the cache {self.cache.folder} no longer holds the records this build parsed: "
                                   "build again")

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` on a worker of the cluster, whose memory its temporary objects
        take instead of this process's (the graph's analysis: only its arguments and its result
        travel); in this process if that fails (the same result, a pure function)."""
        if self.client is not None:
            try:
                with quiet_dask_logs():
                    # the arguments sent straight to a worker: inside the task they went through
                    # the scheduler (in this process for a local cluster), copied several times
                    # over, an archive's arrays the client's peak
                    [sent] = self.client.scatter([args], direct=True, hash=False)
                    return self.client.submit(call_with, function, sent, pure=False).result()
            except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001  (run here below)
                log.warning("%s on the Dask cluster %s failed (%s: %s); running it in this process instead",
                            getattr(function, "__name__", function), self.scheduler, type(exc).__name__,
                            str(exc) or type(exc).__name__)
        return function(*args)

    def release(self) -> None:
        """Let the workers drop the records (resolve has read them)."""
        self.futures = []
        self.partition = []
        self.unbacked = {}

    def close(self) -> None:
        self.release()
        with quiet_dask_logs():
            if self.client is not None:
                self.client.close()
                self.client = None
            if self.cluster is not None:
                self.cluster.close()
                self.cluster = None


def read_cached(cache: Cache, key: str, doc: Document) -> DocResult | None:
    """The cache entry stored under ``key`` read as the result of ``doc`` (a record kept without
    its text: its key was taken while it had one), or None if missing or unreadable; neither a hit
    nor a miss. (Here, not in annotate/cache.py: an edit there invalidates every cache.)"""
    try:
        entry = json.loads(cache._path(key).read_bytes())  # noqa: SLF001  (where the cache puts that key)
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        return from_payload(doc, entry["result"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def scattered_records(scheduler: str | None, cache: Cache | None, workers: int = 1,
                      partition_size: int | None = None, deferred: bool = False) -> Any:
    """Records for the cluster at ``scheduler`` (default: a new local cluster of ``workers``):
    a :class:`ScatteredRecords` (sent only once resolve needs them if ``deferred``), or, if the
    cluster cannot be reached or a worker runs other resolve code, a
    :class:`pipeline.build.KeptRecords` held here (the build logs a warning saying why and
    resolves in this process: the same bytes)."""
    from .build import KeptRecords

    client = cluster = None
    try:
        with quiet_dask_logs():
            client, cluster = connect(scheduler, workers, set_as_default=False)
            check_resolve_versions(client)
    except (Exception, asyncio.CancelledError) as exc:  # noqa: BLE001
        log.warning("cannot resolve on the Dask cluster %s (%s: %s); the records stay in this process and are "
                    "resolved here instead", scheduler or "(local cluster)", type(exc).__name__,
                    str(exc) or type(exc).__name__)
        with quiet_dask_logs():
            for part in (client, cluster):
                if part is not None:
                    part.close()
        return KeptRecords()
    return ScatteredRecords(client, cluster, cache, scheduler, partition_size or RESOLVE_PARTITION, deferred)
