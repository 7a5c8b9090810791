"""The whole build: ingest -> annotate/extract -> resolve -> graph -> export.

Each stage is a module that reads the previous stage's output; this module only wires them,
times them and writes the run report.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from . import __version__
from .annotate import Cache, annotate, model_meta, pipeline_fingerprint, release_memory
from .config import Settings
from .export.atomic import output_set, write_atomic
from .export.compact import CompactGraph, GraphStore, text_heap
from .export.gephi import write_graph_files_once
from .export.heatmap import heatmap_in_background
from .export.heatmap import preload as preload_heatmap
from .export.html import DocumentsMeta, html_in_background
from .export.layout import analyse
from .export.tables import stance_matrix, write_report, write_tables
from .graph import build_graph
from .ingest import CorpusError, read_corpus
from .lexicon import Lexicon, lexicon_for
from .records import DocResult, Document, Resolved
from .resolve import resolve
from .resolve.spool import SpooledRows

log = logging.getLogger(__name__)

# called with a stage's name, its seconds and a short detail once it ends (see pipeline/progress.py)
StageCallback = Callable[[str, float, str], None]


def _no_stage(name: str, seconds: float, detail: str = "") -> None:
    pass

CONTRACT_FILES = (
    "graph.graphml", "graph.gexf", "graph.html", "documents.csv", "actors.csv", "quotes.csv",
    "stances.csv", "issues.csv", "stance_matrix.csv", "run_report.json",
)


@dataclass
class BuildResult:
    """What a build produced, for the CLI's summary and exit code."""

    out: Path
    documents: int = 0
    processed: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)
    resolved: Resolved | None = None  # None when the outputs were unchanged and not rebuilt
    state: dict[str, Any] | None = None  # what the outputs were built from (see _write_state)

    @property
    def exit_code(self) -> int:
        return 0 if self.processed else 1

    def summary(self) -> str:
        tail = f", {len(self.skipped)} skipped: see run_report.json" if self.skipped else ""
        return f"{self.documents} documents{tail}"


def _versions(model_name: str, model_version: str) -> dict[str, str]:
    versions = {"negotiation-graph": __version__, "python": platform.python_version(), "model": f"{model_name} {model_version}"}
    for package in ("spacy", "networkx", "pandas", "pyvis", "typer"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


class RecordsHash:
    """A hash of every document's record, in input order, taken as the records stream past
    (what the inputs fingerprint reads of them: no list of every record is needed)."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def add(self, kept: DocResult) -> None:
        self._digest.update(repr(kept).encode())
        self._digest.update(b"\0")

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def kept_record(result: DocResult) -> DocResult:
    """What the cross-document stages keep of a document's result: no text, its words counted."""
    return result._replace(document=result.document._replace(text="", words=result.words))


class KeptRecords:
    """Every document's records, held in this process: the local backend's (and the Dask
    backend's without a scheduler). The interface of :class:`pipeline.distributed.ScatteredRecords`:
    ``add`` each result as the parse yields it, ``finish``, then ``documents`` (every document's
    metadata), ``hexdigest`` (the records' hash) and ``resolve`` (which hands the records over).
    """

    def __init__(self) -> None:
        self.hash = RecordsHash()
        # Kept pickled while the workers run: a pickle is a quarter of the live objects' size, and
        # this phase, with every worker's model in memory too, is when memory peaks.
        self._packed: list[bytes] = []
        self.results: list[DocResult] = []
        self.documents: list[Document] = []

    @classmethod
    def of(cls, results: list[DocResult]) -> KeptRecords:
        """These records (already kept: no text), handed over: ``resolve`` empties the list."""
        records = cls()
        for result in results:
            records.hash.add(result)
        records.results = results
        records.documents = [r.document for r in results]
        return records

    def __len__(self) -> int:
        return len(self.documents)

    def add(self, result: DocResult) -> None:
        kept = kept_record(result)
        self.hash.add(kept)
        self._packed.append(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        if len(self._packed) % 512 == 0:
            release_memory()  # the texts and parses of the last documents, handed back

    def finish(self) -> None:
        self.results = [pickle.loads(item) for item in self._packed]
        self._packed = []
        self.documents = [r.document for r in self.results]

    def hexdigest(self) -> str:
        return self.hash.hexdigest()

    def resolve(self, lexicon: Lexicon, settings: Settings, spool_dir: Path | None = None) -> Resolved:
        """The resolve stage in this process; the records are let go once read (graph and export
        read the resolved rows only; an archive's records are hundreds of megabytes). The rows
        are held in memory here (``spool_dir`` is for records resolved on a cluster)."""
        try:
            return resolve(self.results, lexicon, settings.overrides, settings.taxonomy)
        finally:
            self.results.clear()

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)``, in this process."""
        return function(*args)

    def close(self) -> None:
        self.results.clear()
        self._packed = []


class Records(Protocol):
    """What the per-document stage hands the cross-document stages: :class:`KeptRecords` or
    :class:`pipeline.distributed.ScatteredRecords`."""

    documents: list[Document]  # every document's metadata, in input order (no text)

    def add(self, result: DocResult) -> None: ...

    def finish(self) -> None: ...

    def hexdigest(self) -> str: ...

    def resolve(self, lexicon: Lexicon, settings: Settings, spool_dir: Path | None = None) -> Resolved: ...

    # ``function(*args)`` where the records were resolved: the graph's analysis, whose arrays
    # are a graph stage's peak, runs on a worker of the cluster (the same values)
    def run(self, function: Callable[..., Any], *args: Any) -> Any: ...

    def close(self) -> None: ...


def run_per_document(
    corpus: Path,
    settings: Settings,
    jobs: int,
    cache_dir: Path | None,
    progress: Callable[[Document], None] | None = None,
    backend: str = "local",
    scheduler: str | None = None,
    exclude: tuple[Path | None, ...] = (),
    defer_scatter: bool = False,
) -> tuple[Records, dict[str, Any]]:
    """Ingest and annotate every document (the per-document stages), streaming.

    Folders in ``exclude`` (the build's output and cache folders) are not read as corpus.

    Documents are read one at a time and their texts dropped once annotated, so memory stays
    flat in the number of documents: what is kept is each document's small records, in this
    process (:class:`KeptRecords`) or, with the Dask backend and a scheduler, on the cluster's
    workers (:class:`pipeline.distributed.ScatteredRecords`, sent there in partitions as they
    come; with ``defer_scatter``, a rebuild that may skip resolve, only once resolve needs them,
    read back from the cache). The model is loaded only if some document is not in the cache
    (never for an unchanged rebuild).
    """
    model, meta = model_meta(settings)
    fingerprint = pipeline_fingerprint(settings, meta)
    cache = Cache(cache_dir, fingerprint) if cache_dir is not None else None
    stats: dict[str, Any] = {}
    start = time.perf_counter()
    if backend not in ("local", "dask"):
        raise ValueError(f"unknown backend {backend!r}: use local or dask")
    if backend == "dask" and scheduler:  # resolve on that cluster: the records go to its workers
        from .distributed import scattered_records

        records = scattered_records(scheduler, cache, deferred=defer_scatter)
    else:
        records = KeptRecords()
    try:
        documents = read_corpus(corpus, exclude)
        if backend == "dask":
            from .distributed import annotate_dask

            stream = annotate_dask(documents, settings, cache=cache, scheduler=scheduler, progress=progress, jobs=jobs,
                                   stats=stats)
        else:
            # a rebuild (this pipeline's cache already there) parses its first few misses here: a
            # handful of edited documents need no worker processes
            inline = settings.batch_size if cache is not None and cache.warm() else 0
            # matplotlib is imported while the workers parse (this process mostly waits on them), not
            # by the heatmap's child at the end, when the graph and the files are made
            stream = annotate(documents, settings, cache=cache, jobs=jobs, progress=progress, stats=stats,
                              inline=inline, warm=preload_heatmap)
        try:
            for result in stream:
                records.add(result)
        finally:
            stream.close()  # its workers stopped now, should the parse fail, not when collected
        records.finish()
    except BaseException:
        records.close()  # a cluster holding the records is closed too
        raise
    stats["annotate_s"] = time.perf_counter() - start
    stats["cache"] = ({"hits": cache.hits, "misses": cache.misses, "corrupt": cache.corrupt, "fingerprint": fingerprint}
                      if cache else None)
    stats["model"] = (f"{meta.get('lang', '')}_{meta.get('name', '')}", str(meta.get("version", "")))
    stats["model_package"] = model
    return records, stats


# What the exports write besides run_report.json: an unchanged rebuild checks them by hash.
EXPORT_FILES = tuple(name for name in CONTRACT_FILES if name != "run_report.json") + ("stance_matrix.png", "negotiations.csv")
STATE_FILE = ".build_state.json"


def build(
    corpus: Path,
    out: Path,
    settings: Settings,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: Callable[[Document], None] | None = None,
    backend: str = "local",
    scheduler: str | None = None,
    stage: StageCallback | None = None,
) -> BuildResult:
    """Build every contract file for ``corpus`` into ``out``.

    With the cache on, a rebuild whose per-document results, settings and code are those of
    the build that wrote ``out`` (and whose files are still as it wrote them) skips resolve,
    graph and export: the outputs would be the same bytes. Only run_report.json is rewritten.
    ``progress`` is called with each document once it is annotated (its ``words`` set), and
    ``stage`` with each stage's name and seconds once it ends (parse, resolve, graph, export).

    Raises:
        CorpusError: the corpus folder does not exist.
    """
    result = _build(corpus, out, settings, jobs, cache_dir, use_cache, progress, backend, scheduler, stage)
    if result.state is not None:
        # after the output set is committed: the hashes are those of the files now in ``out``
        _write_state(Path(out), result.state)
    return result


@output_set()  # every output file is replaced together at the end, or none is
def _build(
    corpus: Path,
    out: Path,
    settings: Settings,
    jobs: int | None,
    cache_dir: Path | None,
    use_cache: bool,
    progress: Callable[[Document], None] | None,
    backend: str,
    scheduler: str | None,
    stage: StageCallback | None = None,
) -> BuildResult:
    corpus, out = Path(corpus), Path(out)
    if not corpus.exists():
        raise CorpusError(f"corpus folder {corpus} does not exist")
    out.mkdir(parents=True, exist_ok=True)
    jobs = jobs or settings.effective_jobs
    if use_cache and cache_dir is None:
        cache_dir = out / ".cache"
    timings: dict[str, float] = {}
    start = time.perf_counter()
    # a build state in ``out``: this rebuild may find nothing changed and skip resolve, so the
    # records are sent to a cluster only once resolve needs them (an unchanged rebuild sends none)
    rebuild = use_cache and bool((_read_state(out) or {}).get("inputs"))
    records, stats = run_per_document(corpus, settings, jobs, cache_dir if use_cache else None, progress, backend, scheduler,
                                      exclude=(out, cache_dir), defer_scatter=rebuild)
    try:
        # the model is loaded inside the per-document stage, and only when something needs parsing
        timings["load_model"] = stats.get("model_load_s", 0.0)
        timings["ingest_annotate_extract"] = stats["annotate_s"]
        stage = stage or _no_stage
        stage("parse", stats["annotate_s"], "")

        inputs = _inputs_fingerprint(records.hexdigest(), settings, stats) if use_cache else None
        previous = _read_state(out) if inputs else None
        unchanged = bool(previous) and previous.get("inputs") == inputs and _outputs_intact(out, previous.get("outputs", {}))
        resolved = None
        documents = records.documents  # what the report reads of the records
        if unchanged:
            counts = previous["counts"]
            for name in ("resolve", "graph", "export"):
                timings[name] = 0.0
            stage("resolve, graph, export", 0.0, "skipped: the outputs are unchanged")
        else:
            # the records are handed over: let go once resolved (graph and export never read them)
            resolved, counts = cross_document_stages(records, settings, out, timings, stage)
    finally:
        records.close()
    timings["total"] = time.perf_counter() - start

    report = _run_report(corpus, documents, counts, timings, stats, settings, jobs, backend, unchanged)
    write_report(out / "run_report.json", report)
    state = {"inputs": inputs, "counts": report["counts"]} if inputs else None
    return BuildResult(out=out, documents=len(documents), processed=report["counts"]["processed"],
                       skipped=report["skipped"], report=report, resolved=resolved, state=state)


def cross_document_stages(records: Records | list[DocResult], settings: Settings, out: Path,
                           timings: dict[str, float], stage: StageCallback | None = None) -> tuple[Resolved, dict[str, Any]]:
    """Resolve, graph and export: write every output file but the report into ``out``.

    ``records`` (a :class:`KeptRecords`, a :class:`pipeline.distributed.ScatteredRecords`, or
    a list of kept records) are handed over: resolve lets them go once read (a list is
    emptied). Scattered records are resolved on their cluster, falling back to this process
    (records read back from the cache) if a worker-side step fails.
    Returns the resolved corpus and the counts for the report; ``timings`` gets each stage's.
    """
    t = time.perf_counter()
    lexicon = lexicon_for(settings)
    if isinstance(records, list):
        records = KeptRecords.of(records)
    resolved = records.resolve(lexicon, settings, spool_dir=out)  # rows from a cluster spooled beside the outputs
    timings["resolve"] = time.perf_counter() - t
    stage = stage or _no_stage
    stage("resolve", timings["resolve"], f"{len(resolved.actors):,} actors, {len(resolved.issues):,} issues")

    t = time.perf_counter()
    matrix = stance_matrix(resolved, settings.matrix_max_cells)  # made once: the table and the picture both need it
    # rows spooled on disk (from a cluster): the graph's nodes and edges kept on disk too, as
    # records beside the outputs, read back as the files are written (an archive's graph then
    # holds numbers, not values, on the client; rows in memory hold their texts anyway)
    with heatmap_in_background(resolved, out / "stance_matrix.png", matrix) as heatmap, \
            text_heap(out, isinstance(resolved.stances, SpooledRows)) as texts:  # heatmap drawn meanwhile
        started = time.perf_counter() - t
        t = time.perf_counter()
        # kept compact (node numbers, value tuples), collapsed as it is read: see export/compact.py
        collapsed = CompactGraph(build_graph(resolved, GraphStore(texts, name="negotiation-graph")))
        analyse(collapsed, settings.layout_seed, records.run)  # an archive's on a worker, given a cluster
        timings["graph"] = time.perf_counter() - t
        stage("graph", timings["graph"], f"{collapsed.number_of_nodes():,} nodes, {collapsed.number_of_edges():,} edges")

        t = time.perf_counter()
        documents_meta = DocumentsMeta(resolved.documents)  # read for the page's few documents only
        # the page rendered by a forked child while the tables, GraphML and GEXF are written here
        with html_in_background(collapsed, documents_meta, out / "graph.html", settings.html_max_nodes,
                                settings.html_max_edges) as page:
            counts = write_tables(resolved, out, matrix)
            del matrix
            write_graph_files_once(collapsed, out / "graph.graphml", out / "graph.gexf")  # each edge merged once
            page.write()
        heatmap.write()
    timings["export"] = started + time.perf_counter() - t
    stage("export", timings["export"], str(out))
    counts = {
        **counts,
        "graph_nodes": collapsed.number_of_nodes(),
        "graph_edges": collapsed.number_of_edges(),
        "red_lines": sum(1 for s in resolved.stances if s.red_line),
    }
    return resolved, counts


def _run_report(corpus: Path, documents: list[Document], counts: dict[str, Any], timings: dict[str, float],
                stats: dict[str, Any], settings: Settings, jobs: int, backend: str, unchanged: bool) -> dict[str, Any]:
    """The content of run_report.json: counts, timings, versions, every skipped input (of the
    documents' records, ``words`` set)."""
    skipped = [{"doc_id": d.doc_id, "path": d.path, "error": d.error} for d in documents if not d.ok]
    processed = sum(1 for d in documents if d.ok)
    words = sum(d.words for d in documents)
    return {
        "negotiation_graph_version": __version__,
        "corpus": str(corpus),
        "counts": {
            **counts,
            "processed": processed,
            "skipped": len(skipped),
            "duplicates": sum(1 for d in documents if d.duplicate_of),
            "words": words,
        },
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "words_per_second": round(words / timings["ingest_annotate_extract"], 1) if timings["ingest_annotate_extract"] else None,
        "jobs": jobs,
        "backend": backend,
        "cache": stats["cache"],
        "outputs_unchanged": unchanged,
        "per_document": {
            "parsed": stats.get("parsed", 0),
            "batches": stats.get("batches", 0),
            "failed": stats.get("failed", 0),
            "model_loaded": bool(stats.get("model_loaded")),
            "worker_processes": stats.get("worker_processes", 0),
            **{k: round(stats.get(k, 0.0), 3) for k in ("ingest_s", "cache_s", "wait_s", "worker_s")},
        },
        "versions": _versions(*stats["model"]),
        "settings": [str(s) for s in settings.sources],
        "skipped": skipped,
        "command": " ".join(sys.argv),
    }


# ---------------------------------------------------------------------------------------------
# Unchanged rebuilds: what the cross-document stages read, hashed
# ---------------------------------------------------------------------------------------------


def _inputs_fingerprint(records_hash: str, settings: Settings, stats: dict[str, Any]) -> str:
    """A hash of everything resolve, graph and export read: every document's record and
    results (``records_hash``, taken as they streamed past), all settings, the overrides and language files, the package's code, and the
    versions of the libraries that write the files."""
    digest = hashlib.sha256()
    digest.update(repr(settings).encode())
    digest.update(settings.language_fingerprint().encode())
    digest.update(settings.overrides.read_bytes() if settings.overrides.is_file() else b"<no overrides>")
    digest.update(settings.taxonomy.read_bytes() if settings.taxonomy.is_file() else b"<no taxonomy>")
    digest.update(_package_code_fingerprint().encode())
    digest.update(repr(sorted(_versions(*stats["model"]).items())).encode())
    for package in ("numpy", "matplotlib"):
        try:
            digest.update(f"{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} -".encode())
    digest.update(records_hash.encode())
    return digest.hexdigest()


def _package_code_fingerprint() -> str:
    digest = hashlib.sha256()
    root = Path(__file__).parent
    # the code, and the explorer page's template, stylesheet and script (package data)
    paths = [path for suffix in ("py", "html", "css", "js") for path in root.rglob(f"*.{suffix}")]
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _outputs_intact(out: Path, hashes: dict[str, str]) -> bool:
    return bool(hashes) and all(_file_hash(out / name) == digest for name, digest in hashes.items())


def _read_state(out: Path) -> dict[str, Any] | None:
    try:
        state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
        return state if isinstance(state, dict) else None
    except (OSError, ValueError):
        return None


def _write_state(out: Path, state: dict[str, Any]) -> None:
    """Record what the outputs were built from, and their hashes (best effort: without it the
    next build just does all the work)."""
    outputs = {name: digest for name in EXPORT_FILES if (digest := _file_hash(out / name)) is not None}
    text = json.dumps({**state, "outputs": outputs}, indent=1, sort_keys=True)
    try:
        write_atomic(out / STATE_FILE, lambda handle: handle.write(text.encode("utf-8")))
    except OSError as exc:
        log.warning("cannot record the build state in %s (%s)", out, exc)
