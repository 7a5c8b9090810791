"""Stage 1, ingest: read a corpus folder into normalised ``Document`` records.

Every input file (and every line of a JSONL file) yields exactly one ``Document``: ``status``
``ok`` with normalised text, or ``skipped`` with a one-line ``error``. Nothing here raises on
bad content; only a corpus folder that does not exist is an error of the caller.

Article text is data: every string that leaves this module (text, title, source, date, ids,
paths) is valid Unicode without control characters or lone surrogates, so the CSV, XML and HTML
writers downstream never meet a character they cannot encode.
"""

from __future__ import annotations

import ast
import codecs
import functools
import hashlib
import importlib.util
import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from .grammar import ENGLISH_FUNCTION_WORDS
from .records import Document

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

HEADER_KEYS = {
    "title", "source", "url", "date", "published", "licence", "license", "author", "byline",
    "language", "lang", "id", "section", "tags", "publisher", "outlet",
}
_HEADER_MAX_LINES = 40
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
# Formats that turn up in scraped corpora under a text extension. Checked on the first bytes;
# anything else binary is caught by its NUL and control bytes (``detect_binary``).
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media (WebP image, WAV or AVI)"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"{\\rtf", "RTF document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"\x7fELF", "executable"),
    (b"\xcf\xfa\xed\xfe", "executable"),
)
# Latin-script languages whose stop words name a non-English text in the skip reason (spaCy
# ships the lists, so this needs no model and no download).
_OTHER_LANGUAGES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "pl": "Polish", "cs": "Czech",
    "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "ro": "Romanian", "hu": "Hungarian",
    "fi": "Finnish", "tr": "Turkish", "id": "Indonesian", "ca": "Catalan", "af": "Afrikaans",
    "tl": "Tagalog", "sq": "Albanian", "lt": "Lithuanian", "lv": "Latvian", "vi": "Vietnamese",
}
_LANGUAGE_SAMPLE_CHARS = 60_000
_QUIET_LOGGERS = ("trafilatura", "htmldate", "justext", "courlan")


class CorpusError(ValueError):
    """The corpus path does not exist or is not a folder or supported file."""


# ---------------------------------------------------------------------------------------------
# Clean strings: what every field of a Document is made of
# ---------------------------------------------------------------------------------------------

# C0/C1 controls (but tab and line breaks), DEL, lone surrogates and the two non-characters XML
# forbids. Line-like controls become line breaks first (see _LINE_BREAKS).
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def clean_text(text: str) -> str:
    """``text`` with line-like controls turned into line breaks and every other control
    character, lone surrogate and XML-forbidden character removed (surrogates become U+FFFD)."""
    text = text.translate(_LINE_BREAKS)
    return _UNSAFE.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", text)


def clean_field(value: object) -> str:
    """A metadata value as one clean line (titles, sources, dates, ids)."""
    if value is None:
        return ""
    return " ".join(clean_text(str(value)).split())


def display_path(value: str) -> str:
    """A file path as clean text: undecodable bytes of a file name (kept by Python as
    surrogate escapes) become U+FFFD, control characters become ``?``."""
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return re.sub("[\x00-\x1f\x7f-\x9f\ufffe\uffff]", "?", value)


def _one_line(value: object, limit: int = 160) -> str:
    return " ".join(clean_text(str(value)).split())[:limit]


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: read bytes that are not UTF-8 as Windows-1252 (bytes that
    Windows-1252 leaves undefined as Latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("negotiation-graph-cp1252", _cp1252_fallback)

_HIGH_BYTES = bytes(range(128, 256))


def _utf16_without_bom(sample: bytes) -> str:
    """"utf-16-le"/"utf-16-be" when NULs fill one byte of each pair (ASCII-range UTF-16)."""
    if len(sample) < 4:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return ""


def detect_binary(data: bytes) -> str:
    """Name the binary format of ``data``, or return "" when it looks like text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if data.startswith(b"ID3") and len(data) > 3 and data[3] < 10:
        return "MP3 audio"
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return ""
    sample = data[:8192]
    nuls = sample.count(0)
    if nuls:
        # UTF-16 without BOM has NULs in every other byte; a stray NUL or two in a text file is
        # scraping debris (removed later); anything else with NULs is binary.
        if _utf16_without_bom(sample):
            return ""
        if nuls > max(2, len(sample) // 1000):
            return "binary data"
    control = sum(1 for b in sample if b < 32 and b not in (0, 9, 10, 12, 13))
    if sample and control / len(sample) > 0.05:
        return "binary data"
    return ""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding.

    Returns:
        (text, encoding name). BOMs decide first (UTF-8, UTF-16, UTF-32); then UTF-16 without
        BOM (NULs in every other byte); then strict UTF-8; then UTF-8 with a few stray
        Windows-1252 bytes (a common scraping accident: "utf-8+cp1252"); then Windows-1252 for
        Western text with few non-ASCII bytes; else charset-normalizer's guess.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    utf16 = _utf16_without_bom(data[:4096])  # before UTF-8: ASCII in UTF-16 is valid UTF-8 with NULs
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd")  # one per undecodable byte (or broken sequence)
    valid = high - invalid  # bytes of well-formed multi-byte sequences, near enough
    if valid > 0 and valid >= 2 * invalid:
        # Mostly UTF-8 (multi-byte sequences decode) with a few bytes that do not: reading the
        # whole file as Windows-1252 would garble every accented letter and curly quote.
        return data.decode("utf-8", errors="negotiation-graph-cp1252"), "utf-8+cp1252"
    # Western news with a few accented letters and smart quotes: Windows-1252 (a superset of
    # Latin-1 for printable text) is right, and statistical detectors misjudge short samples.
    if high / max(1, len(data)) < 0.15 or len(data) < 256:
        return data.decode("cp1252", errors="negotiation-graph-cp1252"), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("cp1252", errors="negotiation-graph-cp1252"), "cp1252"


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
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

    Removes control characters, joins lines hard-wrapped in the middle of a sentence, keeps
    paragraphs (separated by one blank line), puts headings and bullet items in paragraphs of
    their own (bullet markers dropped), folds odd spaces, and drops source/reference trailers at
    the end. Runs in time linear in the length of the text.

    Args:
        raw: the decoded text.

    Returns:
        The normalised text: paragraphs joined by "\\n\\n", no leading/trailing space.
    """
    text = unicodedata.normalize("NFC", clean_text(raw.replace("\r\n", "\n").replace("\r", "\n")))
    lines = [_clean_line(line) for line in text.split("\n")]
    lines = _drop_trailer(lines)
    paragraphs: list[str] = []
    current: list[str] = []  # the lines of the paragraph being built (joined once: linear time)

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for i, line in enumerate(lines):
        if not line:
            close()
            continue
        if _is_bullet(line):
            close()
            current.append(_BULLET.sub("", line, count=1))
            continue
        if current and _continues(current[-1], line):
            current.append(line)
            continue
        close()
        current.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if _is_heading(line, nxt or None):
            close()
    close()
    return "\n\n".join(p for p in paragraphs if p)


def _drop_trailer(lines: list[str]) -> list[str]:
    """Cut a trailing "Sources:"/"Related articles" list when only short lines follow it.

    The cut is the first trailer line after the last long line (linear, however many
    "Read more:" lines a scraped page repeats).
    """
    last_long = -1
    for i in range(len(lines) - 1, -1, -1):
        if len(lines[i].split()) > 12:
            last_long = i
            break
    for i in range(last_long + 1, len(lines)):
        if _TRAILER.match(lines[i]):
            return lines[:i]
    return lines


def _language_sample(text: str) -> str:
    """Beginning, middle and end of a long text: enough to judge its language in bounded time."""
    if len(text) <= _LANGUAGE_SAMPLE_CHARS:
        return text
    third = _LANGUAGE_SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


@functools.lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    """spaCy's stop-word lists of the languages above, read from their files as data (the
    string constants assigned to ``STOP_WORDS``): importing ``spacy.lang.fr`` itself would
    compile its tokenizer exceptions, seconds per language."""
    spec = importlib.util.find_spec("spacy.lang")
    locations = list(spec.submodule_search_locations or []) if spec else []
    lists = {}
    for code in _OTHER_LANGUAGES:
        words: set[str] = set()
        try:
            tree = ast.parse((Path(locations[0]) / code / "stop_words.py").read_text(encoding="utf-8"))
        except (IndexError, OSError, SyntaxError, ValueError):  # a spaCy without that language
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "STOP_WORDS" for t in node.targets):
                words.update(w for c in ast.walk(node.value)
                             if isinstance(c, ast.Constant) and isinstance(c.value, str) for w in c.value.split())
        # words English shares ("a", "in", "no") would make every English text look foreign
        if words:
            lists[code] = frozenset(words) - ENGLISH_FUNCTION_WORDS
    return lists


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


def guess_language(text: str) -> tuple[str, str, float]:
    """Whether ``text`` reads as English, and if not, what it looks like.

    English is judged by the share of common English function words (about 30-45% of the words
    of news prose). A text is not English when most of its letters are in another script, or
    when another language's function words clearly outnumber English ones, or when hardly any
    word is an English function word. Texts under 20 words are given the benefit of the doubt.

    Returns:
        (code, description, English share): code ``en`` for English, else the language's code
        (``de``) when its function words name it, or ""; description is a phrase for the skip
        reason ("looks like German (...)", "mostly Cyrillic script").
    """
    sample = _language_sample(text)
    letters = [ch for ch in sample if ch.isalpha()]
    if letters:
        non_latin = [ch for ch in letters if ch > "\u024f"]
        if len(non_latin) > len(letters) / 2:
            scripts: dict[str, int] = {}
            for ch in non_latin[:5000]:
                name = _script(ch)
                scripts[name] = scripts.get(name, 0) + 1
            script = max(sorted(scripts), key=scripts.__getitem__)
            return "", f"mostly {script if script == 'CJK' else script.title()} script", 0.0
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 20:
        return "en", "too short to judge", 1.0
    share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    if share >= 0.12:
        return "en", "English", share
    best, best_share = "", 0.0
    for code, stop in sorted(_stop_words().items()):
        other = sum(1 for w in words if w in stop) / len(words)
        if other > best_share:
            best, best_share = code, other
    if best_share >= 0.15 and best_share >= 2 * share:
        name = _OTHER_LANGUAGES[best]
        return best, f"looks like {name} ({best_share:.0%} {name} function words, {share:.0%} English)", share
    if share < 0.05:
        return "", f"only {share:.0%} English function words", share
    return "en", "English (few function words)", share


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
    text = text.lstrip("\ufeff")
    lines = text.split("\n", _HEADER_MAX_LINES + 1)
    header: dict[str, str] = {}
    for i, line in enumerate(lines[:_HEADER_MAX_LINES]):
        if not line.strip():
            if header and any(key in HEADER_KEYS for key in header):
                return header, "\n".join(lines[i + 1 :])
            break
        match = _HEADER_LINE.match(line.strip())
        if not match:
            break
        header[match.group(1).strip().lower()] = match.group(2).strip()
    return {}, text


_HTML_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "tr", "section", "article",
               "main", "pre", "dd", "dt", "figcaption", "table", "ul", "ol"}
_HTML_SKIP = ("head", "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template",
              "iframe", "object", "button", "select")
_DATE_META = {"article:published_time", "date", "pubdate", "dc.date", "dc.date.issued", "publish-date"}
# pages with more tags than this are not articles trafilatura should walk (a 100,000-row table
# takes it seconds); the plain extractor below reads them
_MAX_HTML_TAGS = 100_000


def _plain_html(markup: str) -> tuple[str, dict[str, str]]:
    """Paragraph text outside navigation, headers, footers, asides, forms and scripts, and the
    page's metadata (``og:title`` or ``<title>``, ``article:published_time`` or ``<time>``,
    ``og:url`` or the canonical link).

    The fallback when trafilatura finds no article (very short pages), and the test of whether
    a page has any text at all. lxml's HTML parser is linear on any markup (html.parser of the
    standard library is quadratic on unclosed comments: minutes for a 500 KB page).
    """
    from lxml import etree
    from lxml import html as lxml_html

    meta = {"title": "", "date": "", "url": ""}
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml_html.document_fromstring(clean_text(markup).encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError):  # "Document is empty": no element at all
        return "", meta
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").lower()
        content = element.get("content") or ""
        if key == "og:title" and not meta["title"]:
            meta["title"] = content
        elif key in _DATE_META and not meta["date"]:
            meta["date"] = content
        elif key == "og:url" and not meta["url"]:
            meta["url"] = content
    for element in root.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and not meta["url"]:
            meta["url"] = element.get("href") or ""
    if not meta["title"]:
        title = next(root.iter("title"), None)
        meta["title"] = title.text_content() if title is not None else ""
    if not meta["date"]:
        meta["date"] = next((t.get("datetime") for t in root.iter("time") if t.get("datetime")), "")
    for element in list(root.iter(*_HTML_SKIP)):
        if element.getparent() is not None:
            element.drop_tree()  # its tail (text after it) stays
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        text, tail = (element.text or "").replace("\n", " "), (element.tail or "").replace("\n", " ")
        if element.tag == "br":
            tail = "\n" + tail
        elif element.tag in _HTML_BLOCK:
            text, tail = "\n\n" + text, "\n\n" + tail
        element.text, element.tail = text, tail
    text = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", root.text_content())
    return text.strip(), meta


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Article text and metadata (title, date, source URL, author) from an HTML page.

    trafilatura removes navigation, cookie banners, related links, comments and footers; the
    page's own metadata fills what it does not find. Pages too short for trafilatura's article
    detection fall back to a plain paragraph extractor. Nothing is fetched: the markup is parsed
    as given.
    """
    text, meta = _plain_html(markup)
    if not text:
        # nothing outside navigation, headers, footers, asides, forms and scripts: not an article
        return "", meta
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency; the fallback keeps ingest alive
        return text, meta
    for name in _QUIET_LOGGERS:  # their verdicts on a page reach the user as our skip reason
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if markup.count("<") > _MAX_HTML_TAGS:
        return text, meta
    try:
        found = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001  (a parser bug on one page must not cost the corpus)
        log.debug("trafilatura failed: %s", exc)
        found = None
    if found is None or not (found.text or "").strip():
        return text, meta
    # trafilatura puts one block (paragraph, heading, list item) per line
    body = "\n\n".join(line for line in found.text.split("\n") if line.strip())
    return body, {
        "title": found.title or meta["title"],
        "date": meta["date"] or found.date or "",
        "url": meta["url"] or found.url or "",
        "author": found.author or "",
    }


def _looks_like_html(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


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
    base = Document(
        doc_id=doc_id,
        path=path,
        text=text,
        title=title or _title_from_text(text, path),
        source=clean_field(meta.get("source") or meta.get("url")),
        date=normalise_date(date) if date else "",
        licence=clean_field(meta.get("licence") or meta.get("license")),
        encoding=encoding,
        language="en",
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


def _skipped(doc_id: str, path: str, error: str, encoding: str = "") -> Document:
    return Document(doc_id=doc_id, path=path, text="", status="skipped", error=_one_line(error, 300), encoding=encoding)


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
            yield _skipped(rel, shown, f"too large: {size / 2**20:.0f} MB, above the {MAX_FILE_BYTES // 2**20} MB limit for one article")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _skipped(rel, shown, f"unreadable: {exc.strerror or exc}")
        return
    if not data.strip():
        yield _skipped(rel, shown, "empty file" if not data else "empty: whitespace only")
        return
    binary = detect_binary(data)
    if binary:
        yield _skipped(rel, shown, f"binary content ({binary}), not text")
        return
    text, encoding = decode_bytes(data)
    del data
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        body, meta = html_to_text(text)
        if not body.strip():
            yield _skipped(rel, shown, "empty: no article text in the HTML page", encoding)
            return
    else:
        meta, body = split_header(text.replace("\r\n", "\n"))
    if not clean_text(body).strip():
        yield _skipped(rel, shown, "empty: whitespace only" if not meta else "empty: header without text", encoding)
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
        yield _skipped(rel, shown, f"binary content ({binary}), not JSON lines")
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
            reason = "nested too deeply" if isinstance(exc, RecursionError) else _one_line(exc)
            yield _skipped(f"{rel}#{number}", shown, f"line {number}: not a JSON object ({reason})", encoding)
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
            yield _skipped(doc_id, shown, f"line {number}: no 'text' (or 'html') field with text; keys: {keys}", encoding)
            continue
        yield _document(doc_id, shown, body, meta, encoding)
    if not any_line:
        yield _skipped(rel, shown, "empty file" if not head else "empty: no JSON lines")


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
    for path in iter_corpus_files(corpus):
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
        yield _skipped(rel, display_path(str(path)), f"unsupported file type {display_path(path.suffix) or '(none)'!r}; "
                       f"use {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        return
    count = 0
    try:
        for doc in read_file(path, root):
            count += 1
            yield doc
    except Exception as exc:  # noqa: BLE001  (a bug here must cost one file, not the corpus)
        log.exception("reading %s failed", rel)
        yield _skipped(rel if not count else f"{rel}#error", display_path(str(path)),
                       f"could not be read: {type(exc).__name__}: {exc}")


def text_hash(text: str) -> str:
    """Content hash of a normalised text (duplicate detection and cache keys)."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
