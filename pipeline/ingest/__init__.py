"""Stage 1, ingest: read a corpus folder into normalised ``Document`` records.

Every input file (and every line of a JSONL file) yields exactly one ``Document``: ``status``
``ok`` with normalised text, or ``skipped`` with a one-line ``error``. Nothing here raises on
bad content; only a corpus folder that does not exist is an error of the caller.

Article text is data: every string that leaves this module (text, title, source, date, ids,
paths) is valid Unicode without control characters or lone surrogates, so the CSV, XML and HTML
writers downstream never meet a character they cannot encode.

The stage is a package, one job a module: ``text`` (clean strings), ``decode`` (bytes to text),
``normalise`` (line joining, bullets, trailers, dates), ``language`` (the English-or-not guess),
``formats`` (header and HTML readers) and ``corpus`` (files and JSONL lines to Documents).
"""

from .corpus import (
    HTML_SUFFIXES,
    IGNORED_NAMES,
    JSONL_SUFFIXES,
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    CorpusError,
    iter_corpus_files,
    read_corpus,
    read_file,
)
from .decode import decode_bytes, detect_binary
from .formats import HEADER_KEYS, html_to_text, looks_like_html, split_header
from .language import guess_language
from .normalise import checked_date, normalise_date, normalise_text
from .text import clean_field, clean_text, display_path, one_line, text_hash

__all__ = [
    "HEADER_KEYS", "HTML_SUFFIXES", "IGNORED_NAMES", "JSONL_SUFFIXES", "MAX_FILE_BYTES", "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES", "CorpusError", "checked_date", "clean_field", "clean_text", "decode_bytes", "detect_binary", "display_path",
    "guess_language", "html_to_text", "iter_corpus_files", "looks_like_html", "normalise_date", "normalise_text",
    "one_line", "read_corpus", "read_file", "split_header", "text_hash",
]
