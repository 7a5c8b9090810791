"""Clean strings: what every field of a Document is made of (part of ingest)."""

from __future__ import annotations

import hashlib
import re

# C0/C1 controls (but tab and line breaks), DEL, lone surrogates and the two non-characters XML
# forbids. Line-like controls become line breaks first (see _LINE_BREAKS).
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})
_LINE_BREAK_CHARS = tuple(chr(code) for code in _LINE_BREAKS)


def clean_text(text: str) -> str:
    """``text`` with line-like controls turned into line breaks and every other control
    character, lone surrogate and XML-forbidden character removed (surrogates become U+FFFD)."""
    if any(ch in text for ch in _LINE_BREAK_CHARS):  # translate walks every character: only when needed
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


def one_line(value: object, limit: int = 160) -> str:
    return " ".join(clean_text(str(value)).split())[:limit]


def text_hash(text: str) -> str:
    """Content hash of a normalised text (duplicate detection and cache keys)."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()
