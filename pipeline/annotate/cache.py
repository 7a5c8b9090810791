"""The per-document cache: results on disk, keyed by each document's content and by a
fingerprint of everything that shapes its records (model, versions, language files, code)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import spacy

from .. import __version__
from ..config import Settings
from ..records import DocResult, Document
from .model import model_meta

log = logging.getLogger(__name__)

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
        code_fingerprint(),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]



# The code whose behaviour shapes a document's records, as globs under pipeline/: editing,
# adding or removing any of these files invalidates the cache. Whole package folders are
# globbed, so a module moved or added inside them is covered without editing this list.
# (Ingest is not here: its output, the normalised text, is part of each entry's key.)
CODE_GLOBS = ("annotate/**/*.py", "extract/**/*.py", "grammar.py", "lexicon.py", "records.py")


def code_fingerprint(root: Path | None = None) -> str:
    """Hash of the per-document code, so a changed rule invalidates the cache during development.

    Args:
        root: the package folder to hash (this package's by default; tests pass a copy).
    """
    digest = hashlib.sha256()
    root = Path(__file__).parent.parent if root is None else Path(root)
    paths = {path for pattern in CODE_GLOBS for path in root.glob(pattern) if path.is_file()}
    for path in sorted(paths, key=lambda p: p.relative_to(root).as_posix()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


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

    def warm(self) -> bool:
        """Whether this pipeline has written results here before (a rebuild, not a first build)."""
        return (self.folder / self.fingerprint).is_dir()

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
            result = from_payload(doc, entry["result"])
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


def payload_json(actors, quotes, stances, words: int) -> str:
    """The JSON text of one document's records: the cache format, and what workers send back."""
    data = {
        "actors": [a._asdict() for a in actors],
        "quotes": [q._asdict() for q in quotes],
        "stances": [s._asdict() for s in stances],
        "words": words,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def from_payload(doc: Document, data: dict[str, Any]) -> DocResult:
    return DocResult.from_json({**data, "document": doc._asdict()})
