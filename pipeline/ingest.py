"""Stage 1, ingest: read a corpus folder into normalised ``Document`` records.

Every input file (and every line of a JSONL file) yields exactly one ``Document``: ``status``
``ok`` with normalised text, or ``skipped`` with a one-line ``error``. Nothing here raises on
bad content; only a corpus folder that does not exist is an error of the caller.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from .records import Document

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
IGNORED_NAMES = {"README.md", "readme.md", "README.txt", "LICENSE", "LICENSE.md", ".gitkeep"}

HEADER_KEYS = {
    "title", "source", "url", "date", "published", "licence", "license", "author", "byline",
    "language", "lang", "id", "section", "tags", "publisher", "outlet",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
_BULLET = re.compile(r"^\s*(?:[-*•‣▪–—]|\d{1,2}[.)])\s+")
_TERMINAL = tuple('.!?:;"”’»…)')
_TRAILER = re.compile(
    r"^(sources?( for this (article|story))?( include[sd]?)?|references|related (articles|stories|news)"
    r"|read more|see also|more on this story|external links)\s*:?\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),\s+(\d{4})\s*$"
)
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"\x7fELF", "executable"),
)
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was he she for it with as his on be at by i this had not are but "
    "from or have an they which one you were her all we there been has their would will said "
    "who its than into after also over".split()
)


class CorpusError(ValueError):
    """The corpus path does not exist or is not a folder or supported file."""


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------


def detect_binary(data: bytes) -> str:
    """Name the binary format of ``data``, or return "" when it looks like text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ""
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16 without BOM has NULs in every other byte; anything else with NULs is binary.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) < len(sample) * 0.3:
            return "binary data"
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and control / len(sample) > 0.05:
        return "binary data"
    return ""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding.

    Returns:
        (text, encoding name). BOMs decide first; then strict UTF-8; then UTF-16 without BOM;
        then charset-normalizer's guess when installed, else Windows-1252 (which accepts any byte).
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if sample and sample[1::2].count(0) > len(sample) * 0.3:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    if sample and sample[0::2].count(0) > len(sample) * 0.3:
        return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    # Western news with a few accented letters and smart quotes: Windows-1252 (a superset of
    # Latin-1 for printable text) is right, and statistical detectors misjudge short samples.
    non_ascii = sum(1 for b in sample if b > 127) / max(1, len(sample))
    if non_ascii < 0.15 or len(data) < 256:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            return str(best), best.encoding
    except ImportError:  # optional: Windows-1252 is the right guess for most Western news
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _clean_line(line: str) -> str:
    line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


def _is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def _continues(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` continues the sentence ``prev`` was cut in (a hard-wrapped line)."""
    if not prev or not nxt or _is_bullet(nxt):
        return False
    if prev.endswith(_TERMINAL) and not prev.endswith((",",)):
        return False
    first = nxt[0]
    return first.islower() or first.isdigit() or first in "([,;–—-"


def _is_heading(line: str, next_line: str | None) -> bool:
    """A short line without final punctuation that a new sentence follows."""
    words = line.split()
    if not words or len(words) > 18 or line.endswith(_TERMINAL + (",",)):
        return False
    return next_line is None or not _continues(line, next_line)


def normalise_text(raw: str) -> str:
    """Normalise scraped news text.

    Joins lines hard-wrapped in the middle of a sentence, keeps paragraphs (separated by one
    blank line), puts headings and bullet items in paragraphs of their own (bullet markers
    dropped), folds odd spaces, and drops source/reference trailers at the end.

    Args:
        raw: the decoded text.

    Returns:
        The normalised text: paragraphs joined by "\\n\\n", no leading/trailing space.
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_clean_line(line) for line in text.split("\n")]
    lines = _drop_trailer(lines)
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if _is_bullet(line):
            if current:
                paragraphs.append(current)
            current = _BULLET.sub("", line, count=1)
            continue
        if current and _continues(current, line):
            current = f"{current} {line}"
            continue
        if current:
            paragraphs.append(current)
        current = line
        nxt = next((candidate for candidate in lines[i + 1 : i + 2]), None)
        if _is_heading(line, nxt or None):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(p for p in paragraphs if p)


def _drop_trailer(lines: list[str]) -> list[str]:
    """Cut a trailing "Sources:"/"Related articles" list when only short lines follow it."""
    for i, line in enumerate(lines):
        if not _TRAILER.match(line):
            continue
        rest = [item for item in lines[i + 1 :] if item]
        if all(len(item.split()) <= 12 for item in rest):
            return lines[:i]
    return lines


def looks_english(text: str) -> tuple[bool, float]:
    """Whether ``text`` reads as English, by the share of common English function words.

    Returns:
        (verdict, share). Texts under 20 words are given the benefit of the doubt.
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 20:
        return True, 1.0
    share = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)
    return share >= 0.12, share


def normalise_date(value: str) -> str:
    """ISO ``YYYY-MM-DD`` for common date spellings; anything else unchanged."""
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d", "%B %d, %Y", "%d %B %Y", "%b %d, %Y",
                "%A, %B %d, %Y", "%d %b %Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", value)
    if match:
        return match.group(1)
    # "unknown", "n/a": not a date at all
    return value if re.search(r"\d", value) else ""


# ---------------------------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------------------------


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``key: value`` header block (ended by a blank line) from the body."""
    lines = text.lstrip("\ufeff").split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if header and any(key in HEADER_KEYS for key in header):
                return header, "\n".join(lines[i + 1 :])
            break
        match = _HEADER_LINE.match(line.strip())
        if not match:
            break
        header[match.group(1).strip().lower()] = match.group(2).strip()
    return {}, text


class _HTMLText(HTMLParser):
    """Minimal article-text extraction: paragraphs and headings, title and date metadata."""

    _BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "tr", "section", "article"}
    _SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.date = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            meta = {k: v or "" for k, v in attrs}
            key = (meta.get("property") or meta.get("name") or "").lower()
            if key in ("og:title",) and not self.title:
                self.title = meta.get("content", "")
            elif key in ("article:published_time", "date", "pubdate", "dc.date") and not self.date:
                self.date = meta.get("content", "")
        elif tag == "time" and not self.date:
            self.date = dict(attrs).get("datetime") or ""
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title and not self.title:
            self.title = data.strip()
        elif not self._skip and not self._in_title:
            self.parts.append(data.replace("\n", " "))


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Article text and metadata (title, date) from an HTML page."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", text)
    return text.strip(), {"title": html.unescape(parser.title), "date": parser.date}


def _document(doc_id: str, path: str, body: str, meta: dict[str, str], encoding: str) -> Document:
    """Normalise ``body`` and check it is usable; the one place a text becomes a Document."""
    text = normalise_text(body)
    title = (meta.get("title") or "").strip()
    date = meta.get("date") or meta.get("published") or ""
    if not date:
        first = text.split("\n\n", 1)[0]
        match = _DATELINE.match(first)
        if match:
            date = first
    base = Document(
        doc_id=doc_id,
        path=path,
        text=text,
        title=title or _title_from_text(text, path),
        source=(meta.get("source") or meta.get("url") or "").strip(),
        date=normalise_date(date) if date else "",
        licence=(meta.get("licence") or meta.get("license") or "").strip(),
        encoding=encoding,
        language="en",
    )
    if not text.strip():
        return base._replace(status="skipped", error="empty: no text after the header", language="")
    english, share = looks_english(text)
    if not english:
        return base._replace(
            status="skipped",
            language="",
            error=f"not English: {share:.0%} English function words (no model configured for it)",
        )
    return base


def _title_from_text(text: str, path: str) -> str:
    first = text.split("\n\n", 1)[0] if text else ""
    if first and len(first.split()) <= 18 and not first.endswith("."):
        return first
    return Path(path.split("#", 1)[0]).stem


def _skipped(doc_id: str, path: str, error: str, encoding: str = "") -> Document:
    return Document(doc_id=doc_id, path=path, text="", status="skipped", error=error, encoding=encoding)


def read_file(path: Path, root: Path) -> Iterator[Document]:
    """Read one corpus file into one Document (or one per line for JSONL). Never raises."""
    rel = path.relative_to(root).as_posix() if path != root else path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _skipped(rel, str(path), f"unreadable: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(data, rel, str(path))
        return
    if not data.strip():
        yield _skipped(rel, str(path), "empty file")
        return
    binary = detect_binary(data)
    if binary:
        yield _skipped(rel, str(path), f"binary content ({binary}), not text")
        return
    text, encoding = decode_bytes(data)
    if suffix in HTML_SUFFIXES:
        body, meta = html_to_text(text)
    else:
        meta, body = split_header(text.replace("\r\n", "\n"))
    if not body.strip():
        yield _skipped(rel, str(path), "empty: whitespace only" if not meta else "empty: header without text", encoding)
        return
    yield _document(rel, str(path), body, meta, encoding)


def _read_jsonl(data: bytes, rel: str, path: str) -> Iterator[Document]:
    text, encoding = decode_bytes(data)
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"a JSON {type(record).__name__}, not an object")
        except ValueError as exc:
            yield _skipped(f"{rel}#{number}", path, f"line {number}: not a JSON object ({_one_line(exc)})", encoding)
            continue
        raw_id = record.get("id")
        key = str(raw_id).strip() if raw_id not in (None, "") else str(number)
        key = re.sub(r"[\x00-\x1f]", " ", key)[:200]
        if key in seen:
            key = f"{key}~{number}"
        seen[key] = number
        doc_id = f"{rel}#{key}"
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield _skipped(doc_id, path, f"line {number}: no 'text' field with text", encoding)
            continue
        meta = {k: str(v) for k, v in record.items() if k in HEADER_KEYS and v is not None}
        yield _document(doc_id, path, body, meta, encoding)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]


def iter_corpus_files(corpus: Path) -> list[Path]:
    """Corpus files in a stable order (sorted by relative path), hidden and README files excluded."""
    if corpus.is_file():
        return [corpus]
    files = []
    for path in corpus.rglob("*"):
        rel_parts = path.relative_to(corpus).parts
        if any(part.startswith(".") for part in rel_parts) or not path.is_file():
            continue
        if path.name in IGNORED_NAMES:
            continue
        files.append(path)
    return sorted(files, key=lambda p: p.relative_to(corpus).as_posix())


def read_corpus(corpus: Path) -> Iterator[Document]:
    """Yield one Document per input (file or JSONL line), in a stable order.

    Files with unsupported extensions are reported as skipped, not silently ignored.
    Duplicate texts are flagged with ``duplicate_of`` (the first document with the same text).

    Raises:
        CorpusError: ``corpus`` does not exist.
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise CorpusError(f"corpus folder {corpus} does not exist")
    root = corpus if corpus.is_dir() else corpus.parent
    seen: dict[str, str] = {}
    for path in iter_corpus_files(corpus):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            rel = path.relative_to(root).as_posix()
            yield _skipped(rel, str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                           f"use {', '.join(sorted(SUPPORTED_SUFFIXES))}")
            continue
        for doc in read_file(path, root):
            if doc.ok:
                digest = text_hash(doc.text)
                if digest in seen:
                    doc = doc._replace(duplicate_of=seen[digest])
                else:
                    seen[digest] = doc.doc_id
            yield doc


def text_hash(text: str) -> str:
    """Content hash of a normalised text (duplicate detection and cache keys)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
