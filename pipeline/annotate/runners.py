"""Running the pipeline on batches of documents: in this process, or in a pool of worker
processes that each load the pipeline once; and :func:`annotate`, the local backend."""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language

from ..config import Settings
from ..extract.components import records_from_doc, select_actors
from ..records import DocResult, Document
from .cache import Cache, payload_json
from .chunks import merge_chunks, split_chunks
from .model import build_nlp
from .stream import Batch, Item, Outcome, stream_annotations

log = logging.getLogger(__name__)

# characters of text spaCy may hold in one batch (see parse_items): the peak memory of a parse
PIPE_BATCH_CHARS = 250_000


def annotate_items(nlp: Language, items: list[Item], settings: Settings) -> list[Outcome]:
    """Annotate a batch of documents; one outcome per item, in order.

    When the pipeline fails in a batch, its documents are parsed one by one, so only the
    document it fails on is lost (reported as skipped with the reason).
    """
    try:
        return [("ok", payload) for payload in parse_items(nlp, items, settings)]
    except Exception as exc:  # noqa: BLE001  (one bad document must not cost the others)
        if len(items) == 1:
            log.warning("the pipeline failed on a document (%s: %s)", type(exc).__name__, exc, exc_info=True)
            return [("error", " ".join(f"extraction failed: {type(exc).__name__}: {exc}".split())[:300])]
        log.warning("the pipeline failed in a batch (%s: %s); parsing its documents one by one",
                    type(exc).__name__, exc)
        return [annotate_items(nlp, [item], settings)[0] for item in items]


def parse_items(nlp: Language, items: list[Item], settings: Settings) -> list[str]:
    chunked = [split_chunks(text, settings.max_chunk_chars) for _, text in items]

    # A chunk identical to one already parsed (same title, same text: a scraped page saved over
    # and over) gives the same records; it is parsed once and its records reused at its offset.
    def docs():
        seen: set[tuple[str, str]] = set()
        for (title, _), chunks in zip(items, chunked):
            for _, chunk in chunks:
                if (title, chunk) in seen:
                    continue
                seen.add((title, chunk))
                spacy_doc = nlp.make_doc(chunk)
                spacy_doc.user_data["ng_title"] = title
                yield spacy_doc

    # spaCy holds a whole batch in memory at once (tok2vec alone takes about 300 MB for one
    # 100,000-character chunk): batches of long chunks are made smaller, so memory stays bounded.
    longest = max((len(chunk) for chunks in chunked for _, chunk in chunks), default=1)
    batch_size = max(1, min(settings.batch_size, PIPE_BATCH_CHARS // max(1, longest)))
    parsed = nlp.pipe(docs(), batch_size=batch_size)
    payloads = []
    done: dict[tuple[str, str], tuple[int, tuple]] = {}
    for (title, _), chunks in zip(items, chunked):
        parts = []
        words = 0
        for offset, chunk in chunks:
            if (title, chunk) not in done:
                spacy_doc = next(parsed)
                done[(title, chunk)] = (count_words(spacy_doc), records_from_doc(spacy_doc))
            n_words, records = done[(title, chunk)]
            words += n_words
            parts.append((offset, *records))
        if len(parts) == 1:
            _, actors, quotes, stances = parts[0]
        else:
            actors, quotes, stances = select_actors(*merge_chunks(parts))
        payloads.append(payload_json(actors, quotes, stances, words))
    return payloads


_MALLOC_TRIM: Any = None


def release_memory() -> None:
    """Hand freed heap memory back to the operating system (glibc only; a no-op elsewhere).

    Parsing one long document takes a few hundred MB that glibc keeps for the process once
    freed; trimming after each batch keeps a worker's memory flat over a long run.
    """
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


def count_words(doc) -> int:
    """Tokens that are neither space nor punctuation (read from arrays: no Token objects)."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    return int(((flags[:, 0] == 0) & (flags[:, 1] == 0)).sum())



_WORKER: dict[str, Any] = {}


def _init_worker(settings: Settings) -> None:
    # Ctrl-C reaches the whole process group: the main process handles it and stops the pool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    _WORKER["settings"] = settings
    _WORKER["nlp"] = build_nlp(settings)


def _exit_with_parent(interval: float = 2.0) -> None:
    """A worker whose parent was killed (SIGKILL leaves no chance to stop the pool) exits too,
    instead of parsing for nobody forever."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="ng-parent-watch", daemon=True).start()


def _worker_batch(items: list[Item]) -> tuple[float, list[Outcome]]:
    start = time.perf_counter()
    outcomes = annotate_items(_WORKER["nlp"], items, _WORKER["settings"])
    release_memory()
    return time.perf_counter() - start, outcomes


class LocalRunner:
    """Runs batches in this process (``jobs=1``) or in a pool of ``jobs`` worker processes.

    The pool starts with the first document that needs parsing (none when every document is
    cached), so the workers load the model while the corpus is still being read, and
    ``eager`` tells the stream to hand documents to an idle worker without waiting for a full
    batch: a rebuild after a few edits parses them as they are met. Workers are spawned, not
    forked: a fork copies whatever threads and locks the parent holds (a progress bar's
    refresh thread, a logging lock) and can hang.
    """

    def __init__(self, settings: Settings, jobs: int = 1, nlp: Language | None = None, inline: int = 0,
                 warm: Callable[[], None] | None = None) -> None:
        self.settings = settings
        # run in a thread of this process once the pool starts (see :func:`annotate`)
        self.warm = warm
        self.warm_thread: threading.Thread | None = None
        self.jobs = max(1, int(jobs))
        # documents parsed here before a pool is started: a rebuild after a few edits parses them
        # in this process rather than wait seconds for the workers to start and load the model
        self.inline_left = inline if self.jobs > 1 else 0
        self.workers = self.jobs
        self.eager = self.jobs > 1
        self.nlp = nlp
        self.pool: ProcessPoolExecutor | None = None
        # batches in flight: enough to keep every worker busy while results come back in order
        # (in this process, each batch is parsed as soon as it is full)
        self.capacity = 1 if self.jobs == 1 else 2 * self.jobs + 4
        self.model_load_s = 0.0
        self.pool_started = False

    def _nlp(self) -> Language:
        if self.nlp is None:
            start = time.perf_counter()
            self.nlp = build_nlp(self.settings)
            self.model_load_s += time.perf_counter() - start
        return self.nlp

    def _here(self, items: list[Item]) -> list[Outcome]:
        outcomes = annotate_items(self._nlp(), items, self.settings)
        release_memory()
        return outcomes

    def submit(self, items: list[Item]) -> Batch:
        if self.jobs == 1:
            return Batch(compute=lambda: self._here(items))
        if self.pool is None and len(items) <= self.inline_left:
            self.inline_left -= len(items)
            return Batch(value=self._here(items))
        if self.pool is None:
            self.pool_started = True
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_init_worker, initargs=(self.settings,))
            if self.warm is not None:
                self.warm_thread = threading.Thread(target=_quietly, args=(self.warm,), name="ng-warm", daemon=True)
                self.warm_thread.start()
        return Batch(future=self.pool.submit(_worker_batch, items))

    def close(self, abort: bool = False) -> None:
        """Stop the pool; ``abort`` (an error, Ctrl-C) does not wait for running batches."""
        if self.pool is not None:
            self.pool.shutdown(wait=not abort, cancel_futures=True)
            self.pool = None
        if self.warm_thread is not None:
            # joined before anything else runs: a later fork (export/forked.py) must not copy a
            # thread in the middle of an import
            self.warm_thread.join()
            self.warm_thread = None


def _quietly(warm: Callable[[], None]) -> None:
    """Run ``warm``; a failure only means the work is done later, where it is needed."""
    try:
        warm()
    except Exception:  # noqa: BLE001
        log.debug("warm-up failed", exc_info=True)


def annotate(
    documents: Iterable[Document],
    settings: Settings,
    nlp: Language | None = None,
    cache: Cache | None = None,
    jobs: int = 1,
    progress: Callable[[Document], None] | None = None,
    stats: dict[str, Any] | None = None,
    inline: int = 0,
    warm: Callable[[], None] | None = None,
) -> Iterator[DocResult]:
    """Run the pipeline over ``documents``; yield one DocResult per document, in input order.

    Skipped documents (and duplicates of an earlier document) pass through with no records.
    Cached documents are not parsed, and the model is not even loaded unless some document
    needs parsing. With ``jobs`` > 1 documents are parsed by that many worker processes; the
    results are the same as with one. Long texts are parsed in chunks of ``max_chunk_chars``.

    Worker processes are spawned: a script that calls this (or ``build``) with ``jobs`` > 1
    needs the usual ``if __name__ == "__main__":`` guard.

    Args:
        stats: filled with counts and timings of the run (see :func:`stream_annotations`).
        inline: with ``jobs`` > 1, up to this many documents are parsed in this process before
            the worker pool is started (none is started if no more need parsing): for a rebuild,
            whose few changed documents are parsed sooner here than by workers still loading.
        warm: called in a thread of this process when the worker pool starts, while this process
            mostly waits for the workers (the build imports what its later stages need there);
            the thread is joined before this generator ends. Never called without a pool.
    """
    runner = LocalRunner(settings, jobs, nlp, inline, warm)
    stats = {} if stats is None else stats
    try:
        yield from stream_annotations(documents, runner, settings.batch_size, cache, progress, stats)
    except BaseException:
        runner.close(abort=True)
        raise
    finally:
        runner.close()
        stats["model_load_s"] = runner.model_load_s
        stats["model_loaded"] = runner.nlp is not None and nlp is None
        stats["worker_processes"] = runner.jobs if runner.pool_started else 0
