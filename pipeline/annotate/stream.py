"""The engine shared by the local and Dask backends: documents in, one result per document out,
in input order, answering from the cache what it can and sending the rest to a runner in
batches."""

from __future__ import annotations

import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..records import DocResult, Document
from .cache import Cache, from_payload

log = logging.getLogger(__name__)

Item = tuple[str, str]  # (title, text) of one document: all a worker needs to annotate it
Outcome = tuple[str, str]  # ("ok", records as JSON) or ("error", one-line reason)

# results queued behind an unfinished batch before reading pauses
MAX_WAITING = 4096


class Batch:
    """A submitted batch: ``result()`` gives its outcomes (blocking), ``done()`` never blocks."""

    def __init__(self, value: list[Outcome] | None = None, future: Any = None, compute: Callable[[], Any] | None = None):
        self._value = value
        self._future = future
        self._compute = compute
        self.seconds = 0.0  # worker time spent on the batch, when known

    def done(self) -> bool:
        return self._value is not None or (self._future is not None and self._future.done())

    def result(self) -> list[Outcome]:
        if self._value is None:
            if self._future is not None:
                self.seconds, self._value = self._future.result()
            else:
                start = time.perf_counter()
                self._value = self._compute()
                self.seconds = time.perf_counter() - start
            self._future = self._compute = None  # let go of the future (and its data)
        return self._value


# Per-process state of a worker: the pipeline, loaded once by the pool's initializer.


def stream_annotations(
    documents: Iterable[Document],
    runner: Any,
    batch_docs: int,
    cache: Cache | None,
    progress: Callable[[Document], None] | None,
    stats: dict[str, Any],
) -> Iterator[DocResult]:
    """Read documents one at a time, answer from the cache what it can, send the rest in batches
    to ``runner`` (an object with ``submit(items) -> Batch`` and ``capacity``, the number of
    batches it may hold in flight), and yield results in input order. A runner with ``eager``
    set (and ``workers``) also gets a partial batch whenever fewer than ``workers`` batches are
    running.

    Memory stays flat: at most ``capacity`` batches of texts are in flight, and cached results
    waiting behind a batch are small records.

    ``stats`` gets: ``parsed`` documents, ``batches``, ``worker_s`` (time the workers spent
    parsing and extracting), ``ingest_s`` (reading the corpus), ``cache_s`` (reading and writing
    the cache), ``wait_s`` (waiting for workers).
    """
    stream = _Stream(runner, batch_docs, cache, progress, stats)
    iterator = iter(documents)
    while True:
        start = time.perf_counter()
        doc = next(iterator, None)
        stats["ingest_s"] += time.perf_counter() - start
        if doc is None:
            break
        stream.add(doc)
        yield from stream.ready(block=len(stream.queue) > MAX_WAITING)
    if stream.pending:
        stream.submit()
    yield from stream.ready(block=True)


class _Stream:
    """The state of one :func:`stream_annotations` run: documents waiting in input order, the
    batch being filled, and the batches in flight."""

    def __init__(self, runner: Any, batch_docs: int, cache: Cache | None,
                 progress: Callable[[Document], None] | None, stats: dict[str, Any]) -> None:
        self.runner = runner
        self.batch_docs = batch_docs
        self.cache = cache
        self.progress = progress
        self.stats = stats
        # one entry per document, in input order: [document, result or None, batch or None,
        # index in the batch]; a document waiting for its batch to fill has neither result nor
        # batch yet
        self.queue: deque[list[Any]] = deque()
        self.in_flight: deque[Batch] = deque()
        self.pending: list[list[Any]] = []
        stats.update({"parsed": 0, "batches": 0, "worker_s": 0.0, "ingest_s": 0.0, "cache_s": 0.0,
                      "wait_s": 0.0, "failed": 0})
        # a runner of several workers takes a partial batch whenever one of them is idle
        self.eager = bool(getattr(runner, "eager", False))

    def add(self, doc: Document) -> None:
        """Queue ``doc``: passed through (skipped, duplicate), answered from the cache, or put in
        the batch being filled (submitted once full, or at once to an idle worker)."""
        if not doc.ok or doc.duplicate_of:
            self.queue.append([doc, DocResult(document=doc), None, -1])
        else:
            start = time.perf_counter()
            cached = self.cache.get(doc) if self.cache is not None else None
            self.stats["cache_s"] += time.perf_counter() - start
            if cached is not None:
                self.queue.append([doc, cached, None, -1])
            else:
                entry = [doc, None, None, -1]
                self.queue.append(entry)
                self.pending.append(entry)
                if len(self.pending) >= self.batch_docs or (
                        self.eager and sum(not b.done() for b in self.in_flight) < self.runner.workers):
                    self.submit()
                    while len(self.in_flight) >= self.runner.capacity:
                        self.collect(self.in_flight.popleft())
        if len(self.queue) > MAX_WAITING and self.pending:
            self.submit()  # a few misses among many hits: do not let the hits pile up behind them

    def submit(self) -> None:
        batch = self.runner.submit([(entry[0].title, entry[0].text) for entry in self.pending])
        for i, entry in enumerate(self.pending):
            entry[2], entry[3] = batch, i
        self.in_flight.append(batch)
        self.stats["parsed"] += len(self.pending)
        self.stats["batches"] += 1
        self.pending.clear()

    def collect(self, batch: Batch) -> None:
        start = time.perf_counter()
        batch.result()
        self.stats["wait_s"] += time.perf_counter() - start
        self.stats["worker_s"] += batch.seconds

    def ready(self, block: bool) -> Iterator[DocResult]:
        """Yield the results at the head of the queue that are known (waiting for them if
        ``block``)."""
        while self.in_flight and self.in_flight[0].done():
            self.collect(self.in_flight.popleft())
        while self.queue:
            doc, result, batch, index = self.queue[0]
            if result is None and batch is None:
                return  # its batch is still filling
            if batch is not None:
                if not batch.done() and not block:
                    return
                if self.in_flight and batch is self.in_flight[0]:
                    self.collect(self.in_flight.popleft())
                result = self.outcome(doc, batch.result()[index])
            self.queue.popleft()
            if self.progress:
                self.progress(result.document._replace(words=result.words))
            yield result

    def outcome(self, doc: Document, outcome: Outcome) -> DocResult:
        """The result of ``doc`` from its worker's outcome, stored in the cache when parsed."""
        status, value = outcome
        if status != "ok":
            self.stats["failed"] += 1
            log.warning("skipping %s: %s", doc.doc_id, value)
            return DocResult(document=doc._replace(status="skipped", error=value))
        start = time.perf_counter()
        result = from_payload(doc, json.loads(value))
        if self.cache is not None:
            self.cache.put(doc, value)
        self.stats["cache_s"] += time.perf_counter() - start
        return result
