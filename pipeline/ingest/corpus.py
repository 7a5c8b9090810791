"""The corpus walk: files (and JSONL lines) to Documents, ids unique, duplicates flagged
(part of ingest)."""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Document
from .decode import decode_bytes, detect_binary
from .formats import HEADER_KEYS, html_to_text, looks_like_html, split_header
from .language import guess_language
from .normalise import checked_date, normalise_text
from .text import clean_field, clean_text, display_path, one_line, text_hash

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
IGNORED_NAMES = {"README.md", "readme.md", "README.txt", "LICENSE", "LICENSE.md", ".gitkeep"}
# A text or HTML file above this size is skipped with a reason rather than read into memory: at
# the pipeline's speed it would hold a build for hours (JSONL files are streamed line by line and
# have no limit). 20 MB of text, the largest case the tests build, is far below it.
MAX_FILE_BYTES = 256 * 1024 * 1024
_DATELINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),\s+(\d{4})\s*$"
)


class CorpusError(ValueError):
    """The corpus path does not exist or is not a folder or supported file."""



# JSON's names for what json.loads returns (an error message names the JSON type, not Python's)
_JSON_TYPES = {bool: "boolean", int: "number", float: "number", list: "array", dict: "object"}

def _document(doc_id: str, path: str, body: str, meta: dict[str, str], encoding: str) -> Document:
    """Normalise ``body`` and check it is usable; the one place a text becomes a Document."""
    text = normalise_text(body)
    title = clean_field(meta.get("title"))
    date = clean_field(meta.get("date") or meta.get("published"))
    if not date:
        first = text.split("\n\n", 1)[0]
        match = _DATELINE.match(first)
        if match:
            date = first
    date, warning = checked_date(date) if date else ("", "")
    base = Document(
        doc_id=doc_id,
        path=path,
        text=text,
        title=title or _title_from_text(text, path),
        source=clean_field(meta.get("source") or meta.get("url")),
        date=date,
        licence=clean_field(meta.get("licence") or meta.get("license")),
        encoding=encoding,
        language="en",
        error=one_line(warning, 300),  # an ok document's warning; a skip reason replaces it
    )
    if not text.strip():
        return base._replace(status="skipped", error="empty: no text after the header", language="")
    code, description, _ = guess_language(text)
    if code != "en":
        return base._replace(
            status="skipped",
            language=code,
            error=f"not English: {description}; no model is configured for it",
        )
    return base


def _title_from_text(text: str, path: str) -> str:
    first = text.split("\n\n", 1)[0] if text else ""
    if first and len(first.split()) <= 18 and not first.endswith("."):
        return first
    return clean_field(Path(path).stem)


def skipped(doc_id: str, path: str, error: str, encoding: str = "") -> Document:
    return Document(doc_id=doc_id, path=path, text="", status="skipped", error=one_line(error, 300), encoding=encoding)


def read_file(path: Path, root: Path) -> Iterator[Document]:
    """Read one corpus file into one Document (or one per line for JSONL). Never raises."""
    rel = display_path(path.relative_to(root).as_posix() if path != root else path.name)
    shown = display_path(str(path))
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, rel, shown)
            return
        if size > MAX_FILE_BYTES:
            yield skipped(rel, shown, f"too large: {size / 2**20:.0f} MB, above the {MAX_FILE_BYTES // 2**20} MB limit for one article")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield skipped(rel, shown, f"unreadable: {exc.strerror or exc}")
        return
    if not data.strip():
        yield skipped(rel, shown, "empty file" if not data else "empty: whitespace only")
        return
    binary = detect_binary(data)
    if binary:
        yield skipped(rel, shown, f"binary content ({binary}), not text")
        return
    text, encoding = decode_bytes(data)
    del data
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        body, meta = html_to_text(text)
        if not body.strip():
            yield skipped(rel, shown, "empty: no article text in the HTML page", encoding)
            return
    else:
        meta, body = split_header(text.replace("\r\n", "\n"))
    if not clean_text(body).strip():
        yield skipped(rel, shown, "empty: whitespace only" if not meta else "empty: header without text", encoding)
        return
    yield _document(rel, shown, body, meta, encoding)


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line number, decoded line, encoding) of a JSONL file, streamed: memory stays flat."""
    with path.open("rb") as handle:
        head = handle.read(4)
        handle.seek(0)
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # UTF-16/32 lines cannot be split on the byte b"\n": decode the whole file
            text, encoding = decode_bytes(handle.read())
            for number, line in enumerate(text.split("\n"), start=1):
                yield number, line, encoding
            return
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                yield number, raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                line, encoding = decode_bytes(raw)
                yield number, line, encoding


def _read_jsonl(path: Path, rel: str, shown: str) -> Iterator[Document]:
    """One Document per non-blank line; one skipped row for a file with no line at all."""
    with path.open("rb") as handle:
        head = handle.read(8192)
    binary = detect_binary(head) if head.strip() else ""
    if binary:
        yield skipped(rel, shown, f"binary content ({binary}), not JSON lines")
        return
    seen: set[str] = set()
    any_line = False
    for number, line, encoding in _jsonl_lines(path):
        if not line.strip():
            continue
        any_line = True
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"a JSON {type(record).__name__}, not an object")
        except (ValueError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else one_line(exc)
            yield skipped(f"{rel}#{number}", shown, f"line {number}: not a JSON object ({reason})", encoding)
            continue
        raw_id = record.get("id")
        key = clean_field(raw_id)[:200] if raw_id is not None else ""
        key = key or str(number)
        if key in seen:
            key = f"{key}~{number}"
        seen.add(key)
        doc_id = f"{rel}#{key}"
        body = record.get("text")
        meta = {k: clean_field(v) for k, v in record.items() if k in HEADER_KEYS and v is not None}
        if (not isinstance(body, str) or not body.strip()) and isinstance(record.get("html"), str):
            body, page_meta = html_to_text(record["html"])
            meta = {**{k: v for k, v in page_meta.items() if v}, **meta}
        if not isinstance(body, str) or not clean_text(body).strip():
            keys = ", ".join(sorted(clean_field(k) for k in record)[:8]) or "none"
            # the field is there but holds no string ({"text": 5}): say what it holds, not only the keys
            field = "text" if "text" in record else "html"
            found = record.get(field)
            what = ""
            if found is not None and not isinstance(found, str):
                what = f" ('{field}' is a JSON {_JSON_TYPES.get(type(found), type(found).__name__)}, not a string)"
            yield skipped(doc_id, shown, f"line {number}: no 'text' (or 'html') field with text{what}; keys: {keys}", encoding)
            continue
        yield _document(doc_id, shown, body, meta, encoding)
    if not any_line:
        yield skipped(rel, shown, "empty file" if not head else "empty: no JSON lines")


def _inside(corpus: Path, folders: Iterable[Path | None]) -> list[tuple[str, ...]]:
    """The relative parts of each of ``folders`` that lies strictly inside ``corpus``."""
    root = corpus.resolve()
    inside = []
    for folder in folders:
        if folder is None:
            continue
        try:
            parts = Path(folder).resolve().relative_to(root).parts
        except ValueError:
            continue
        if parts:
            inside.append(parts)
    return inside


def iter_corpus_files(corpus: Path, exclude: Iterable[Path | None] = ()) -> list[Path]:
    """Corpus files in a stable order (sorted by relative path), hidden and README files excluded.

    ``exclude`` names folders never read, the build's output and cache folders: when they lie
    inside the corpus, a second build must not read the first one's tables as articles.
    """
    if corpus.is_file():
        return [corpus]
    skip = _inside(corpus, exclude)
    files = []
    for path in corpus.rglob("*"):
        rel_parts = path.relative_to(corpus).parts
        if any(part.startswith(".") for part in rel_parts) or not path.is_file():
            continue
        if any(rel_parts[:len(parts)] == parts for parts in skip):
            continue
        if path.name in IGNORED_NAMES:
            continue
        files.append(path)
    return sorted(files, key=lambda p: p.relative_to(corpus).as_posix())


def read_corpus(corpus: Path, exclude: Iterable[Path | None] = ()) -> Iterator[Document]:
    """Yield one Document per input (file or JSONL line), in a stable order.

    Folders in ``exclude`` (the output and cache folders) are not read: see :func:`iter_corpus_files`.

    Files with unsupported extensions are reported as skipped, not silently ignored.
    Duplicate texts are flagged with ``duplicate_of`` (the first document with the same text).
    Doc ids are unique: a clash (possible only through odd file names) gets a ``~N`` suffix.

    Raises:
        CorpusError: ``corpus`` does not exist.
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise CorpusError(f"corpus folder {corpus} does not exist")
    root = corpus if corpus.is_dir() else corpus.parent
    seen: dict[str, str] = {}
    ids: set[str] = set()
    for path in iter_corpus_files(corpus, exclude):
        for doc in _read_one(path, root):
            if doc.doc_id in ids:
                n = 2
                while f"{doc.doc_id}~{n}" in ids:
                    n += 1
                doc = doc._replace(doc_id=f"{doc.doc_id}~{n}")
            ids.add(doc.doc_id)
            if doc.ok:
                digest = text_hash(doc.text)
                if digest in seen:
                    doc = doc._replace(duplicate_of=seen[digest])
                else:
                    seen[digest] = doc.doc_id
            yield doc


def _read_one(path: Path, root: Path) -> Iterator[Document]:
    """The documents of one file; an unexpected error becomes a skipped row, never a crash."""
    rel = display_path(path.relative_to(root).as_posix() if path != root else path.name)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        yield skipped(rel, display_path(str(path)), f"unsupported file type {display_path(path.suffix) or '(none)'!r}; "
                       f"use {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        return
    count = 0
    try:
        for doc in read_file(path, root):
            count += 1
            yield doc
    except Exception as exc:  # noqa: BLE001  (a bug here must cost one file, not the corpus)
        log.exception("reading %s failed", rel)
        yield skipped(rel if not count else f"{rel}#error", display_path(str(path)),
                       f"could not be read: {type(exc).__name__}: {exc}")
