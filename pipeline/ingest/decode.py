"""Decoding: bytes of any common encoding to text, binary content named (part of ingest)."""

from __future__ import annotations

import codecs

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
