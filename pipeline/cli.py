"""Command line: ``negotiation-graph build | evaluate | show``. Thin: parses options, calls a stage.

Exit codes: 0 success, 1 nothing could be processed, 2 bad usage (missing corpus, bad config,
spaCy model not installed, negative --jobs).
"""

from __future__ import annotations

import difflib
import json
import logging
import signal
import sys
import threading
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .config import ConfigError, load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build a knowledge graph of actors, positions and red lines from news about negotiations.",
)


class Backend(str, Enum):
    local = "local"
    dask = "dask"


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _fail(message: str, code: int = 2) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def build(
    corpus: Path = typer.Argument(Path("corpus"), help="Folder of articles (.txt, .md, .html, .jsonl), read recursively."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model (default: first installed of the configured list)."),
    config: Optional[Path] = typer.Option(None, "--config", help="A TOML file overriding models/config.toml."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes for parsing; 0 (the default) uses every core."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Cache folder (default: OUT/.cache)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Parse every document again."),
    backend: Backend = typer.Option(Backend.local, "--backend", help="local, or dask for a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:port); default: a local cluster."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress (documents / total, words per second, ETA, then one line per stage); also off when stderr is not a terminal."),
) -> None:
    """Build every output file (graph, page, tables, report) for CORPUS into OUT."""
    from .annotate import ModelError
    from .build import build as run_build
    from .ingest import CorpusError, iter_corpus_files

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if jobs is not None and jobs < 0:
        _fail(f"--jobs must be 0 (every core) or a positive number of worker processes, not {jobs}")
    try:
        settings = load_settings(config).with_overrides(model=model, jobs=jobs)
    except ConfigError as exc:
        _fail(str(exc))
    if not corpus.exists():
        _fail(f"corpus folder {corpus} does not exist")
    if out.exists() and not out.is_dir():
        _fail(f"output folder {out} is a file")
    # the output and cache folders are not articles, even inside the corpus (OUT/.cache is in OUT)
    total = len(iter_corpus_files(corpus, (out, cache))) if corpus.is_dir() else 1
    if total == 0:
        typer.secho(f"error: corpus folder {corpus} has no files to read (hidden files and README/LICENSE "
                    f"are not articles)", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    # `kill PID` (SIGTERM) ends the build like Ctrl-C: temporary files are removed and the
    # previous outputs stay; the cache (unless --no-cache) keeps every document parsed so far.
    previous_term = signal.signal(signal.SIGTERM, _terminate) if _main_thread() else None
    display = None
    if not quiet and sys.stderr.isatty():
        from .progress import BuildProgress

        display = BuildProgress(total).__enter__()
    try:
        result = run_build(corpus, out, settings, jobs=settings.effective_jobs, cache_dir=cache, use_cache=not no_cache,
                           progress=display.document if display else None, backend=backend.value, scheduler=scheduler,
                           stage=display.stage if display else None)
    except (CorpusError, ConfigError, ModelError) as exc:
        if display:
            display.stop()
        _fail(str(exc))  # a model that is not installed is bad usage too
        return
    except KeyboardInterrupt:
        if display:
            display.stop()
        resume = ("resume (documents parsed so far are cached)" if not no_cache
                  else "start over (with --no-cache nothing parsed so far was kept)")
        typer.secho(f"interrupted: the previous outputs in {out}/ are unchanged; run the build again to {resume}",
                    fg=typer.colors.YELLOW, err=True)
        raise typer.Exit(130) from None
    finally:
        if display:
            display.stop()
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
    counts = result.report["counts"]
    typer.echo(
        f"{counts['actors']} actors, {counts['issues']} issues, {counts['stances']} stances "
        f"({counts['red_lines']} red line{'' if counts['red_lines'] == 1 else 's'}), {counts['quotes']} quotes -> {out}/"
    )
    if not result.processed:
        typer.secho("error: no document could be processed", fg=typer.colors.RED, err=True)
    typer.echo(result.summary())
    raise typer.Exit(result.exit_code)


@app.command()
def evaluate(
    outputs: Path = typer.Argument(Path("outputs"), help="Folder with the tables of a build."),
    gold: Path = typer.Argument(..., help="Folder of gold annotation files (*.json)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and negative (tune files only)."),
    pairs: bool = typer.Option(False, "--pairs", help="List the issue grouping per tune file: each found gold stance "
                               "with its first matching prediction, and every pair (TP, FP, FN)."),
    split: str = typer.Option("auto", "--split", help="auto (tune, check and all blocks when the folder has both), "
                              "tune, check or all. Check files: leading number odd and >= 31."),
) -> None:
    """Print precision/recall/F1 of actors, quotes, stances, red lines and issue grouping against GOLD."""
    from .evaluate import evaluate as run_evaluate
    from .evaluate import format_table, split_of

    if not gold.is_dir():
        _fail(f"gold folder {gold} does not exist")
    if split not in {"auto", "tune", "check", "all"}:
        _fail(f"--split must be auto, tune, check or all, not {split!r}")
    names = [p.name for p in gold.glob("*.json")]
    splits = [split]
    if split == "auto":
        present = {split_of(n) for n in names}
        splits = ["tune", "check", "all"] if present == {"tune", "check"} else ["all"]
    try:
        results = {name: run_evaluate(outputs, gold, collect_errors=errors, split=name, collect_pairs=pairs)
                   for name in splits}
    except FileNotFoundError as exc:
        _fail(str(exc))
        return
    if len(results) > 1 and not all(r.documents for r in results.values()):
        results = {"all": results["all"]}  # the build holds the documents of one set only
        splits = ["all"]
    if as_json:
        data = {name: {**r.as_dict(), **({"errors": r.errors} if errors else {})} for name, r in results.items()}
        typer.echo(json.dumps(data if len(data) > 1 else data[splits[0]], indent=2, sort_keys=True))
        return
    for name, result in results.items():
        if len(results) > 1:
            typer.echo(f"\n== {name} set" + (" (leading number odd and >= 31)" if name == "check" else ""))
        typer.echo(format_table(result))
    shown = results.get("tune") or results[splits[0]]
    for wanted, listed in ((errors, shown.errors), (pairs, shown.pairs)):
        if not wanted:
            continue
        for doc_id, items in sorted(listed.items()):
            if items or listed is shown.errors:
                typer.echo(f"\n== {doc_id}")
            for item in items:
                typer.echo(f"  {item}")


@app.command()
def show(
    doc_id: str = typer.Argument(..., help="A doc_id from documents.csv."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="The corpus the document came from."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="The build's output folder."),
) -> None:
    """Print a document's normalised text with its quotes and stances."""
    import pandas as pd

    from .export.tables import restore
    from .ingest import read_corpus

    if not corpus.exists():
        _fail(f"corpus folder {corpus} does not exist")
    ids: list[str] = []
    doc = None
    for d in read_corpus(corpus):
        if d.doc_id == doc_id:
            doc = d
            break
        ids.append(d.doc_id)
    if doc is None:
        # the id without its extension, or a typo: name the ids it could mean
        near = [i for i in ids if i.startswith(doc_id)] or difflib.get_close_matches(doc_id, ids, n=3)
        hint = f"; did you mean {', '.join(repr(i) for i in near[:3])}?" if near else " (doc_ids are in documents.csv)"
        _fail(f"no document {doc_id!r} in {corpus}{hint}")
        return
    typer.secho(f"{doc.doc_id}  {doc.title}  {doc.source}  {doc.date}  [{doc.status}] {doc.error}", bold=True)
    typer.echo(doc.text)
    missing = [f"{name}.csv" for name in ("quotes", "stances") if not (out / f"{name}.csv").exists()]
    if missing:
        # without the tables the text alone would read as "no quote, no stance found"
        typer.secho(f"\nnote: no {' or '.join(missing)} in {out}: build first "
                    f"(negotiation-graph build {corpus} --out {out}) to see this document's quotes and stances",
                    fg=typer.colors.YELLOW, err=True)
    for name in ("quotes", "stances"):
        path = out / f"{name}.csv"
        if not path.exists():
            continue
        table = pd.read_csv(path, dtype=str, keep_default_na=False).map(restore)  # the text, not the CSV's guard
        rows = table[table["doc_id"] == doc_id]
        typer.secho(f"\n{name} ({len(rows)})", bold=True)
        for row in rows.itertuples(index=False):
            if name == "quotes":
                typer.echo(f"  [{row.kind}] {row.speaker or '?'} ({row.cue}) [{row.start_char}:{row.end_char}]: {row.text}")
            else:
                red = " RED LINE" if row.red_line == "true" else ""
                cond = f" if {row.condition}" if row.condition else ""
                claim = f" (claimed by {row.claimed_by})" if row.claimed_by else ""
                typer.echo(f"  {row.actor} -{row.polarity}-> {row.issue}{red}{cond}{claim}  <- {row.cue}")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
