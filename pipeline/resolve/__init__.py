"""Stage 4, resolve: merge per-document actors, issues and quotations into canonical ones with
stable ids, across the whole corpus.

People merge on a full-name match (accents and transliterations folded: Zelensky, Zelenskyy,
Zelenskiy); a bare surname joins a full name only with evidence (same role or same
affiliation), so two people who share a surname in different documents stay apart. States and
organisations from the gazetteer merge on their gazetteer id; other organisations on their
folded name and acronyms. The user's overrides (models/overrides.toml) apply last.

The stage runs as passes over partitions of the documents' records (:mod:`.engine`: in this
process, or on Dask workers): each pass reduces every partition to a compact summary (actor
keys, actor rows' makings, documents' facts, issue labels), and the summaries combine in
partition order; only the steps that need the whole corpus run on the combined summaries
(clustering actor keys, grouping documents into negotiations, folding issue labels). The
grouping runs where the documents' facts are combined: in this process, or on Dask on the
worker that combines them, so only the groups come back to the client. A last pass writes each
document's rows, which the shared quotations and the shifts of position complete: read off the
rows in this process; on Dask, grouped on the workers while the rows come back a partition at a
time, spooled to disk (:mod:`.spool`).
"""

from __future__ import annotations

import logging
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from ..config import ConfigError
from ..issues import category_rows, load_issue_model, place_forms, resolve_issues, with_places
from ..lexicon import Lexicon
from ..negotiations import DocFacts, NegotiationGroup, group_documents, name_groups
from ..positions import own, shifts
from ..records import Actor, DocResult, Document, Quote, Resolved, Stance
from .actors import actor_infos, actor_rows, doc_actor_ids, merge_actor_infos
from .documents import Context, active, doc_facts, doc_labels, doc_quotes, doc_stances
from .engine import DaskEngine, LocalEngine, Reducer, clear_caches
from .keys import Key, key_ids, key_summary, merge_summaries
from .rows import negotiation_rows, totals
from .spool import SpooledRows

DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent.parent / "models" / "taxonomy.toml"

log = logging.getLogger(__name__)


def load_overrides(path: Path | None) -> dict[str, Any]:
    """The user's overrides (models/overrides.toml): actor ids to drop, ids to merge into one,
    names to give, negotiations to name, merge or split; all empty if there is no file.

    Raises:
        ConfigError: the file is not valid TOML, or a key is unknown or holds the wrong kind of
            value (``drop = "voa"`` would drop the ids "v", "o" and "a"); the message names the
            file and the key, and the build exits 2 with it instead of a traceback.
    """
    if path is None or not Path(path).exists():
        return {"drop": [], "merge": {}, "rename": {}, "negotiations": {}}
    with Path(path).open("rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            hint = " (each [table] may appear once: add your lines under the one already there)" if "twice" in str(exc) else ""
            raise ConfigError(f"overrides file {path} is not valid TOML: {exc}{hint}") from exc
    _check_overrides(path, data)
    return {
        "drop": list(data.get("drop", [])),
        "merge": {k: list(v) for k, v in (data.get("merge") or {}).items()},
        "rename": dict(data.get("rename") or {}),
        "negotiations": dict(data.get("negotiations") or {}),
    }


def _warn_unused_overrides(overrides: dict[str, Any], found: set[str], kept: set[str], negotiations: set[str]) -> None:
    """Log the override ids that match nothing, which would otherwise do nothing silently: a
    negotiation id changes when an actor merge renames its parties (``[negotiations.rename]``
    keyed on the old id then names nothing)."""
    unused = [f"drop {i!r}" for i in overrides["drop"] if i not in found]
    unused += [f"rename {i!r}" for i in overrides["rename"] if i not in kept]
    unused += [f"negotiations.rename {i!r}" for i in (overrides["negotiations"].get("rename") or {}) if i not in negotiations]
    if unused:
        log.warning("overrides that match no actor or negotiation of this corpus (ids are in actors.csv and "
                    "negotiations.csv, after merges): %s", "; ".join(unused))


# what each key of overrides.toml holds: "ids" a list of ids, "to ids" a table of id -> list of
# ids, "names" a table of id -> name (the negotiations' keys sit under [negotiations])
_OVERRIDE_KEYS = {"drop": "ids", "merge": "to ids", "rename": "names", "negotiations": "negotiations"}
_NEGOTIATION_KEYS = {"merge": "to ids", "split": "to ids", "rename": "names"}


def _check_overrides(path: Path, data: dict[str, Any]) -> None:
    def fail(key: str, what: str) -> None:
        raise ConfigError(f"overrides file {path}: {key} {what}")

    def check(key: str, kind: str, value: Any) -> None:
        if kind == "ids":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                fail(key, f'must be a list of ids, e.g. {key} = ["voa"]; found {value!r}')
        elif kind in ("to ids", "names"):
            if not isinstance(value, dict):
                fail(key, f"must be a table [{key}]; found {value!r}")
            for k, v in value.items():
                ok = isinstance(v, str) if kind == "names" else isinstance(v, list) and all(isinstance(x, str) for x in v)
                if not ok:
                    shape = '"a name"' if kind == "names" else '["id", ...]'
                    fail(f"{key}.{k}", f"must be {shape}; found {v!r}")
        elif not isinstance(value, dict):
            fail(key, f"must be a table [{key}]; found {value!r}")
        else:
            for k, v in value.items():
                if k not in _NEGOTIATION_KEYS:
                    fail(f"{key}.{k}", f"is not a key of [negotiations] (known: {', '.join(_NEGOTIATION_KEYS)})")
                check(f"{key}.{k}", _NEGOTIATION_KEYS[k], v)

    for key, value in data.items():
        if key not in _OVERRIDE_KEYS:
            fail(key, f"is not a key of the overrides (known: {', '.join(_OVERRIDE_KEYS)})")
        check(key, _OVERRIDE_KEYS[key], value)


# ---------------------------------------------------------------------------------------------
# What each pass does with one partition (module functions: they travel to Dask workers)
# ---------------------------------------------------------------------------------------------


def partition_keys(part: Iterable[DocResult]) -> dict[Key, Any]:
    return key_summary(active(part))


def partition_actors(part: Iterable[DocResult], ids: dict[Key, str], dropped: frozenset[str]) -> dict[str, Any]:
    return actor_infos(active(part), ids, dropped)


def partition_documents(part: Iterable[DocResult], ctx: Context) -> tuple[list[Document], list[DocFacts], int]:
    part = list(part)
    return [r.document for r in part], [doc_facts(r, ctx) for r in active(part)], sum(r.words for r in part)


def concat_documents(parts: list[tuple[list[Document], list[DocFacts], int]]) -> tuple[list[Document], list[DocFacts], int]:
    return [d for p in parts for d in p[0]], [f for p in parts for f in p[1]], sum(p[2] for p in parts)


def negotiation_groups(done: tuple[list[Document], list[DocFacts], int], names: dict[str, str],
                       overrides: dict[str, Any], persons: frozenset[str], collectives: frozenset[str],
                       return_documents: bool = True) -> tuple[list[Document] | None, list[NegotiationGroup], int]:
    """The documents pass finished: the documents grouped into negotiations by their facts (on
    Dask, on a worker: every document's facts and the grouping's indexes stay off the client),
    the facts let go. ``return_documents``: give the documents back too (False: the caller has them)."""
    docs, facts, words = done
    facts_of = {f.doc_id: f for f in facts}
    # a bare common noun ("workers", "officials") is no party two documents share: the workers of
    # one strike are not those of another, and linked by them two disputes' issues would fold
    linking = [f._replace(parties=f.parties - collectives) for f in facts]
    groups = name_groups(group_documents(linking), facts_of, names, overrides, persons, collectives)
    return (docs if return_documents else None), groups, words


def partition_labels(part: Iterable[DocResult], ctx: Context) -> Counter:
    labels: Counter = Counter()
    for result in active(part):
        labels.update(doc_labels(result, ctx))
    return labels


def merge_counters(parts: list[Counter]) -> Counter:
    labels: Counter = Counter()
    for part in parts:
        labels.update(part)
    return labels


def concat(parts: list[list[Any]]) -> list[Any]:
    return [item for part in parts for item in part]


# The shared quotations and the shifts of position are group-bys over the whole corpus: the
# partition that makes its final rows summarises them too (by quote node; its own dated
# stances), the summaries combine like the other passes' (on Dask, on the workers), and only the
# shared nodes (the shifted stances) come back; the final rows are completed with them (on Dask,
# as they are read back from the spool).


def partition_rows(part: Iterable[DocResult], ctx: Context
                   ) -> tuple[list[Quote], list[Stance], dict[str, set[str]], list[OwnStance]]:
    """A partition's quote and stance rows, and their summaries for the two group-bys: each
    quote node's documents, the own dated stances."""
    quotes = [q for result in active(part) for q in doc_quotes(result, ctx)]
    stances = [s for result in active(part) for s in doc_stances(result, ctx)]
    sources: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        sources[q.quote_node].add(q.doc_id)
    return quotes, stances, dict(sources), stance_steps(stances)


def merge_sources(parts: list[dict[str, set[str]]]) -> dict[str, set[str]]:
    merged: dict[str, set[str]] = {}
    for part in parts:
        for qnode, docs in part.items():
            merged.setdefault(qnode, set()).update(docs)
    return merged


def shared_documents(sources: dict[str, set[str]], duplicates: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """quote node -> every document reporting it (and their duplicates), for the nodes of several."""
    return {qnode: tuple(sorted({d for source in docs for d in (source, *duplicates.get(source, ()))}))
            for qnode, docs in sources.items() if len(docs) > 1}


def shared_row(q: Quote, shared: dict[str, tuple[str, ...]]) -> Quote:
    return q._replace(doc_ids=shared[q.quote_node]) if q.quote_node in shared else q


class OwnStance(NamedTuple):
    """What a shift of position reads of a stance (an own, dated one)."""

    stance_id: str
    doc_id: str
    actor_id: str
    issue_id: str
    polarity: str
    date: str
    claimed_by: str = ""
    duplicate: bool = False


def stance_steps(stances: Iterable[Stance]) -> list[OwnStance]:
    return [OwnStance(s.stance_id, s.doc_id, s.actor_id, s.issue_id, s.polarity, s.date)
            for s in own(stances) if s.date]


def position_shifts(steps: list[OwnStance]) -> dict[str, str]:
    """stance_id -> the polarity held before, for the stances that show a changed position."""
    return shifts(steps, {s.doc_id: s.date for s in steps})


def shifted_row(s: Stance, shifted: dict[str, str]) -> Stance:
    return s._replace(shift_from=shifted[s.stance_id]) if s.stance_id in shifted else s


def _completed(rows: Any, function: Any) -> Any:
    """Each row passed through ``function``: spooled rows as they are read, others at once."""
    return rows.map(function) if isinstance(rows, SpooledRows) else tuple(function(row) for row in rows)


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------


def _actor_context(ctx: Context, actors: list[Actor], added: dict[str, str]) -> Context:
    """Names, parties and places of the actor rows, for the per-document passes."""
    by_id = {a.actor_id: a for a in actors}
    places: dict[str, list[str]] = defaultdict(list)
    for a in actors:
        if a.type == "GPE":
            places[added.get(a.actor_id, a.actor_id)].append(a.actor_id)
    return replace(ctx, 
        names={a.actor_id: a.name for a in actors},
        party={a.actor_id: a.affiliation if a.affiliation in by_id else a.actor_id for a in actors},
        places={aid: tuple(p) for aid, p in places.items()},
        affiliation_of={a.actor_id: a.affiliation for a in actors if a.affiliation},
    )


def resolve(results: list[DocResult] | None, lexicon: Lexicon, overrides_path: Path | None = None,
            taxonomy_path: Path | None = None, engine: LocalEngine | DaskEngine | None = None,
            documents: list[Document] | None = None) -> Resolved:
    """Merge per-document results into canonical actors, negotiations, issues, quotes and stances.

    ``engine`` runs the passes over the records (default: ``results`` in this process; a
    :class:`DaskEngine` reads them from its bag instead, and ``results`` may be None).
    ``documents``: every document's metadata (the records' ``document``, in order), when this
    process holds them already (the Dask client): they are then not sent back by the workers.
    """
    engine = engine or LocalEngine(results or [])
    overrides = load_overrides(overrides_path)
    model = with_places(load_issue_model(Path(taxonomy_path or DEFAULT_TAXONOMY)), place_forms(lexicon.gazetteer))
    dropped = frozenset(overrides["drop"])
    ids = key_ids(engine.reduce(partition_keys, merge_summaries), overrides["merge"])
    actors, added = actor_rows(engine.reduce(partition_actors, merge_actor_infos, ids, dropped), lexicon, overrides)
    ctx = _actor_context(Context(ids, dropped, model), actors, added)

    persons = frozenset(a.actor_id for a in actors if a.type == "PERSON")
    # groups named by a bare common noun of the lexicon ("officials", "negotiators", "industry
    # sources"), not a party's own name ("Zimbabwean civil servants")
    generic = frozenset(lexicon.group_nouns)
    collectives = frozenset(a.actor_id for a in actors if a.type == "GROUP" and a.name.lower() in generic)
    # the facts are grouped where the pass ends (on Dask, a worker), and only the groups come back
    grouping = partial(negotiation_groups, names=ctx.names, overrides=overrides["negotiations"], persons=persons,
                       collectives=collectives, return_documents=documents is None)
    fetched, groups, words = engine.reduce(partition_documents, concat_documents, ctx, finish=grouping)
    documents = fetched if documents is None else documents
    _warn_unused_overrides(overrides, set(ids.values()), {a.actor_id for a in actors}, {g.negotiation_id for g in groups})
    duplicates: dict[str, list[str]] = defaultdict(list)
    for d in documents:
        if d.duplicate_of:
            duplicates[d.duplicate_of].append(d.doc_id)
    ctx = replace(ctx, doc_neg={d: g.negotiation_id for g in groups for d in g.doc_ids},
                       duplicates={d: tuple(ds) for d, ds in duplicates.items()})

    labels = engine.reduce(partition_labels, merge_counters, ctx)
    issue_rows, label_to_id = resolve_issues((pair for pair, n in labels.items() for _ in range(n)), model)
    del labels
    ctx = replace(ctx, label_to_id=label_to_id, issue_label={i.issue_id: i.label for i in issue_rows})

    # the bulk (evidence texts): on Dask they come back a partition at a time, spooled to disk
    (quotes, stances), (shared, shifted) = engine.rows(
        partition_rows, (Reducer(merge_sources, partial(shared_documents, duplicates=ctx.duplicates)),
                         Reducer(concat, position_shifts)), ctx)
    quotes = _completed(quotes, partial(shared_row, shared=shared))
    stances = _completed(stances, partial(shifted_row, shifted=shifted))
    actors, issues = totals(actors, issue_rows, quotes, stances)
    dates = {d.doc_id: d.date for d in documents if d.date}
    negotiations = negotiation_rows(groups, stances, issues, ctx.names, dates, overrides["negotiations"])
    clear_caches()  # the corpus-wide steps read names through them too: nothing outlives the build
    return Resolved(
        documents=tuple(documents), actors=tuple(actors), issues=tuple(issues), quotes=quotes,
        stances=stances, words=words, negotiations=tuple(negotiations),
        categories=tuple(category_rows(issues, model)),
    )


def resolve_actors(results: list[DocResult], lexicon: Lexicon, overrides: dict[str, Any] | None = None):
    """Canonical actors and a map (doc_id, local index) -> actor_id (in this process)."""
    overrides = {"drop": [], "merge": {}, "rename": {}, **(overrides or {})}
    dropped = frozenset(overrides["drop"])
    ids = key_ids(key_summary(results), overrides["merge"])
    actors, _ = actor_rows(actor_infos(results, ids, dropped), lexicon, overrides)
    node_id = {(r.document.doc_id, i): aid for r in results for i, aid in enumerate(doc_actor_ids(r, ids))
               if aid not in dropped}
    return actors, node_id

