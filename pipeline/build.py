"""The whole build: ingest -> annotate/extract -> resolve -> graph -> export.

Each stage is a module that reads the previous stage's output; this module only wires them,
times them and writes the run report.
"""

from __future__ import annotations

import logging
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__
from .annotate import Cache, annotate, build_nlp, pipeline_fingerprint
from .config import Settings
from .export.gephi import analyse, collapse, write_gexf, write_graphml
from .export.html import write_html
from .export.tables import write_report, write_tables
from .graph import build_graph
from .ingest import CorpusError, read_corpus
from .lexicon import lexicon_for
from .records import DocResult, Document, Resolved
from .resolve import resolve

log = logging.getLogger(__name__)

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
    resolved: Resolved | None = None

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


def run_per_document(
    corpus: Path,
    settings: Settings,
    jobs: int,
    cache_dir: Path | None,
    progress: Callable[[Document], None] | None = None,
    backend: str = "local",
    scheduler: str | None = None,
) -> tuple[list[DocResult], dict[str, Any]]:
    """Ingest and annotate every document (the per-document stages). Texts are dropped after
    annotation so memory stays flat in the number of documents."""
    stats: dict[str, Any] = {}
    t0 = time.perf_counter()
    nlp = build_nlp(settings)
    stats["model_load_s"] = time.perf_counter() - t0
    fingerprint = pipeline_fingerprint(nlp, settings)
    cache = Cache(cache_dir, fingerprint) if cache_dir is not None else None
    results: list[DocResult] = []
    t1 = time.perf_counter()
    documents = read_corpus(corpus)
    if backend == "dask":
        from .distributed import annotate_dask

        stream = annotate_dask(documents, settings, cache=cache, scheduler=scheduler, progress=progress)
    else:
        stream = annotate(documents, settings, nlp=nlp, cache=cache, jobs=jobs, progress=progress)
    for result in stream:
        doc = result.document._replace(text="", words=result.words)
        results.append(result._replace(document=doc))
    stats["annotate_s"] = time.perf_counter() - t1
    stats["cache"] = {"hits": cache.hits, "misses": cache.misses, "fingerprint": fingerprint} if cache else None
    stats["model"] = (nlp.meta.get("lang", "") + "_" + nlp.meta.get("name", ""), nlp.meta.get("version", ""))
    return results, stats


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
) -> BuildResult:
    """Build every contract file for ``corpus`` into ``out``.

    Raises:
        CorpusError: the corpus folder does not exist.
    """
    corpus, out = Path(corpus), Path(out)
    if not corpus.exists():
        raise CorpusError(f"corpus folder {corpus} does not exist")
    out.mkdir(parents=True, exist_ok=True)
    jobs = jobs or settings.effective_jobs
    if use_cache and cache_dir is None:
        cache_dir = out / ".cache"
    timings: dict[str, float] = {}
    start = time.perf_counter()
    results, stats = run_per_document(corpus, settings, jobs, cache_dir if use_cache else None, progress, backend, scheduler)
    timings["load_model"] = stats["model_load_s"]
    timings["ingest_annotate_extract"] = stats["annotate_s"]

    t = time.perf_counter()
    lexicon = lexicon_for(settings)
    resolved = resolve(results, lexicon, settings.overrides)
    timings["resolve"] = time.perf_counter() - t

    t = time.perf_counter()
    graph = build_graph(resolved)
    collapsed = collapse(graph)
    analyse(collapsed, settings.layout_seed)
    timings["graph"] = time.perf_counter() - t

    t = time.perf_counter()
    counts = write_tables(resolved, out)
    write_graphml(collapsed, out / "graph.graphml")
    write_gexf(collapsed, out / "graph.gexf")
    documents_meta = {d.doc_id: {"title": d.title, "source": d.source, "date": d.date} for d in resolved.documents}
    write_html(collapsed, documents_meta, out / "graph.html", settings.html_max_nodes)
    timings["export"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - start

    skipped = [{"doc_id": d.doc_id, "path": d.path, "error": d.error} for d in resolved.documents if not d.ok]
    processed = sum(1 for d in resolved.documents if d.ok)
    words = sum(d.words for d in resolved.documents)
    report = {
        "negotiation_graph_version": __version__,
        "corpus": str(corpus),
        "counts": {
            **counts,
            "processed": processed,
            "skipped": len(skipped),
            "duplicates": sum(1 for d in resolved.documents if d.duplicate_of),
            "words": words,
            "graph_nodes": collapsed.number_of_nodes(),
            "graph_edges": collapsed.number_of_edges(),
            "red_lines": sum(1 for s in resolved.stances if s.red_line),
        },
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "words_per_second": round(words / timings["ingest_annotate_extract"], 1) if timings["ingest_annotate_extract"] else None,
        "jobs": jobs,
        "backend": backend,
        "cache": stats["cache"],
        "versions": _versions(*stats["model"]),
        "settings": [str(s) for s in settings.sources],
        "skipped": skipped,
        "command": " ".join(sys.argv),
    }
    write_report(out / "run_report.json", report)
    return BuildResult(out=out, documents=len(resolved.documents), processed=processed, skipped=skipped,
                       report=report, resolved=resolved)
