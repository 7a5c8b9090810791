"""`make bench ARGS="--scale 100000"`: the cross-document stages (resolve, graph, export) on
many documents' records, without parsing them.

The records are made from real ones: the cached per-document results of a real build (the
bundled corpus and Wikinews articles, see :mod:`pipeline.bench_corpus`) are drawn as templates
and re-labelled. Every actor that the gazetteer does not know gets an archive identity drawn from
a Pitman-Yor urn per actor type: an identity already used is drawn in proportion to its uses
(a few names everywhere, a long tail seen once, as in a news archive), and new identities keep
appearing as the archive grows (about ``n ** DISCOUNT`` distinct names after ``n`` mentions).
New names are made of real parts (a person's given name and another's surname; an
organisation's name and a place). Gazetteer actors (states, the UN) stay as they are: they
repeat in a real archive too. Dates spread the documents over ten years, so negotiations
stay apart in time. Texts (evidence, quotations) are the templates' own.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from .records import DocResult, LocalActor

DISCOUNT = 0.65  # Pitman-Yor discount: distinct names grow as about mentions ** DISCOUNT
CONCENTRATION = 20.0  # Pitman-Yor concentration: how many names the first documents share
SPAN_DAYS = 3650  # the archive's documents are spread over ten years
START = date(2015, 1, 1)


class _Urn:
    """One actor type's identities: draw an old one in proportion to its uses, or a new one."""

    def __init__(self, rng: random.Random, make_name) -> None:
        self.rng = rng
        self.make_name = make_name
        self.names: list[str] = []
        self.uses: list[int] = []  # one entry per use: the index of the identity used
        self.taken: set[str] = set()

    def draw(self) -> str:
        n, k = len(self.uses), len(self.names)
        if n == 0 or self.rng.random() < (CONCENTRATION + DISCOUNT * k) / (n + CONCENTRATION):
            name = self.make_name(self.rng, self.taken)
            self.taken.add(name)
            self.names.append(name)
            index = k
        else:
            index = self.uses[self.rng.randrange(n)]
        self.uses.append(index)
        return self.names[index]


def _parts(source: list[DocResult]) -> dict[str, list[str]]:
    """Real name parts to make new names from, sorted (the same source gives the same names)."""
    given, surnames, orgs, places = set(), set(), set(), set()
    for result in source:
        for actor in result.actors:
            tokens = actor.name.split()
            if actor.type == "PERSON" and len(tokens) >= 2:
                given.add(tokens[0])
                surnames.add(tokens[-1])
            elif actor.type == "GPE":
                places.add(actor.name)
            elif actor.type in {"ORG", "GROUP", "NORP"}:
                orgs.add(actor.name)
    return {"given": sorted(given) or ["Alex"], "surname": sorted(surnames) or ["Smith"],
            "org": sorted(orgs) or ["Council"], "place": sorted(places) or ["Riverland"]}


def _namer(kind: str, parts: dict[str, list[str]]):
    def person(rng: random.Random, taken: set[str]) -> str:
        for _ in range(50):
            name = f"{rng.choice(parts['given'])} {rng.choice(parts['surname'])}"
            if name not in taken:
                return name
        return f"{rng.choice(parts['given'])} {rng.choice(parts['given'])} {rng.choice(parts['surname'])} {len(taken)}"

    def other(rng: random.Random, taken: set[str]) -> str:
        pool = parts["place"] if kind == "GPE" else parts["org"]
        unused = [name for name in pool[:200] if name not in taken]
        if unused and rng.random() < 0.5:
            return rng.choice(unused)
        return f"{rng.choice(pool)} of {rng.choice(parts['place'])} {len(taken)}"

    return person if kind == "PERSON" else other


def _relabel(template: DocResult, urns: dict[str, _Urn]) -> tuple[LocalActor, ...]:
    actors = []
    for actor in template.actors:
        if actor.gaz_id:
            actors.append(actor)
            continue
        name = urns[actor.type].draw()
        if actor.type == "PERSON" and len(actor.name.split()) < 2:
            name = name.split()[-1]  # a bare surname stays a bare surname
        actors.append(actor._replace(name=name, aliases=()))
    return tuple(actors)


def iter_scale_records(source: list[DocResult], n_docs: int, seed: int = 14) -> Iterator[DocResult]:
    """``n_docs`` documents' records re-labelled from the ``source`` records (see the module),
    one at a time: a consumer that sends them on (a Dask cluster) never holds them all."""
    templates = [r for r in source if r.document.ok and r.actors]
    if not templates:
        raise ValueError("no parsed document with actors to make records from")
    rng = random.Random(seed)
    parts = _parts(templates)
    kinds = sorted({a.type for r in templates for a in r.actors})
    urns = {kind: _Urn(random.Random(f"{seed}-{kind}"), _namer(kind, parts)) for kind in kinds}
    for i in range(n_docs):
        template = templates[rng.randrange(len(templates))]
        day = START + timedelta(days=i * SPAN_DAYS // max(n_docs, 1))
        document = template.document._replace(
            doc_id=f"scale{i:07d}", path=f"scale/{i:07d}.txt", date=day.isoformat(), duplicate_of="", text="")
        yield template._replace(document=document, actors=_relabel(template, urns))


def scale_records(source: list[DocResult], n_docs: int, seed: int = 14) -> list[DocResult]:
    """:func:`iter_scale_records` as a list."""
    return list(iter_scale_records(source, n_docs, seed))


def load_records(corpus: Path, cache_dir: Path) -> list[DocResult]:
    """Every document's records of a corpus already built with this cache (nothing is parsed)."""
    from .build import run_per_document
    from .config import load_settings

    records, stats = run_per_document(corpus, load_settings(), 1, cache_dir)
    if stats["cache"]["misses"]:
        raise RuntimeError(f"{stats['cache']['misses']} documents of {corpus} are not in {cache_dir}: build it first")
    return records.results


class PeakSampler:
    """This process's RSS sampled in a thread, its maximum so far read at any moment."""

    def __init__(self, every: float = 0.02) -> None:
        import threading

        import psutil

        self.process = psutil.Process()
        self.every = every
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def phase_scale(corpus: Path, cache: Path, documents: int, out: Path, backend: str = "local",
                partition_size: int | None = None) -> dict:
    """In a fresh process: make ``documents`` records from the cached records of ``corpus``,
    then time resolve + graph + export into ``out``; peak memory is the process's own.

    ``backend="dask"``: the records are streamed to a local cluster of two worker processes as
    they are made (:class:`pipeline.distributed.ScatteredRecords`) and resolved there; the
    memory figures are then the client's (this process's, the scheduler's included).
    """
    import gc
    import logging
    import resource
    import shutil
    import time

    import psutil

    from .build import KeptRecords, cross_document_stages
    from .config import load_settings

    settings = load_settings()
    cluster = records = None
    if backend == "dask":
        from distributed import LocalCluster

        from .distributed import scattered_records

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        records = scattered_records(cluster.scheduler_address, None, partition_size=partition_size)
    elif backend != "local":
        raise ValueError(f"unknown backend {backend!r}: use local or dask")
    try:
        start = time.perf_counter()
        if cluster is None:  # a list, as a local build holds them
            records = KeptRecords.of(scale_records(load_records(corpus, cache), documents))
        else:
            for result in iter_scale_records(load_records(corpus, cache), documents):
                records.add(result)
            records.finish()
        made_s = time.perf_counter() - start
        gc.collect()
        rss_records = psutil.Process().memory_info().rss
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        timings: dict[str, float] = {}
        sampler = PeakSampler()
        marks: dict[str, int] = {}

        def stage(name: str, seconds: float, detail: str) -> None:
            marks[name] = sampler.peak

        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        counts = cross_document_stages(records, settings, out, timings, stage)[1]  # as a build hands them over
        seconds = time.perf_counter() - start
        sampler.stop()
    finally:
        if records is not None:
            records.close()
        if cluster is not None:
            cluster.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss * 1024  # kilobytes on Linux
    # CPU seconds of this process (user + system): unlike wall time, barely moved by other load
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    return {
        "documents": documents, "backend": backend, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2),
        "peak_rss_mb": round(peak / 2**20, 1), "records_rss_mb": round(rss_records / 2**20, 1),
        "resolve_peak_rss_mb": round(marks["resolve"] / 2**20, 1), "make_records_s": round(made_s, 2),
        "stages_s": {k: round(v, 2) for k, v in timings.items()},
        "actors": counts["actors"], "issues": counts["issues"], "stances": counts["stances"],
        "graph_nodes": counts["graph_nodes"], "graph_edges": counts["graph_edges"],
    }


def scale_sizes(n_docs: int) -> list[int]:
    """The sizes measured for ``--scale N``: 1,000, 10,000, ... below N, then N."""
    sizes, size = [], 1000
    while size < n_docs:
        sizes.append(size)
        size *= 10
    return [*sizes, n_docs]


def plot_scale(series: list[dict], path: Path) -> None:
    """Time and peak memory of the cross-document stages against the number of documents."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    docs = [row["documents"] for row in series]
    fig, time_axis = plt.subplots(figsize=(6, 3.6), dpi=100)
    time_axis.plot(docs, [row["seconds"] for row in series], "o-", color="tab:blue", label="resolve + graph + export (s)")
    time_axis.set_xscale("log")
    time_axis.set_yscale("log")
    time_axis.set_xlabel("documents (records re-labelled from real ones)")
    time_axis.set_ylabel("seconds", color="tab:blue")
    memory_axis = time_axis.twinx()
    memory_axis.plot(docs, [row["peak_rss_mb"] for row in series], "s--", color="tab:red", label="peak RSS (MB)")
    memory_axis.set_yscale("log")
    memory_axis.set_ylabel("peak RSS, MB", color="tab:red")
    fig.legend(loc="upper left", bbox_to_anchor=(0.12, 0.88), fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)
