"""Normalisation: broken lines joined, bullets, headings and trailers handled, dates made ISO
(part of ingest)."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .text import clean_text

_BULLET = re.compile(r"^\s*(?:[-*•‣▪–—]|\d{1,2}[.)])\s+")
_TERMINAL = tuple('.!?:;"”’»…)')
_TRAILER = re.compile(
    r"^(sources?( for this (article|story))?( include[sd]?)?|references|related (articles|stories|news)"
    r"|read more|see also|more on this story|external links)\s*:?\s*$",
    re.IGNORECASE,
)

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# "D’Souza", "O’Rourke", "N’Djamena": a typographic apostrophe between a name's one-letter prefix
# and its capital. The entity recogniser knows the names only with a straight one ("D'Souza" is a
# person, "D’Souza" nothing); one character for one, so offsets do not move.
_NAME_APOSTROPHE = re.compile(r"(?<![\w\u2019'])([A-Z])\u2019(?=[A-Z][a-z])")


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
    their own (bullet markers dropped), folds odd spaces, writes the apostrophe of names such as
    "O’Rourke" straight, and drops source/reference trailers at
    the end. Runs in time linear in the length of the text.

    Args:
        raw: the decoded text.

    Returns:
        The normalised text: paragraphs joined by "\\n\\n", no leading/trailing space.
    """
    text = unicodedata.normalize("NFC", clean_text(raw.replace("\r\n", "\n").replace("\r", "\n")))
    text = _NAME_APOSTROPHE.sub(r"\1'", text)
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
    # news style abbreviates with a dot ("Mar. 12, 2025", "Sept. 3, 2025"), which strptime does not read
    worded = _worded(value)
    if worded:
        return worded
    # feeds and e-mail headers: "Wed, 12 Mar 2025 10:00:00 GMT" (RFC 2822), the day as written
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):  # a year or zone too large for a date
        pass
    # "unknown", "n/a": not a date at all
    return value if re.search(r"\d", value) else ""


# all-number dates: year first (2021-13-45, 2021/02/30, 2021.02.30) or year last (31/02/2020,
# 02-31-2020, 31.02.2020: day/month or month/day), with an optional time after them
_NUMERIC = re.compile(r"^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:[T ,].*)?$")
# month names and abbreviations as strptime reads them (Python's own C-locale calendar)
_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}
_MONTHS.update({calendar.month_abbr[i].lower(): i for i in range(1, 13)})
_MONTHS["sept"] = 9  # "Sept. 31, 2020": the abbreviation news style uses
_WORDY = (  # "February 30, 2020", "Sunday, Feb. 30, 2020", "30 February 2020"
    re.compile(r"^(?:[A-Za-z]+,?\s+)?(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$"),
    re.compile(r"^(?:[A-Za-z]+,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})$"),
)


def _worded(value: str) -> str:
    """ISO for a real day written with a month name (``Mar. 12, 2025``), else ``""``."""
    for pattern in _WORDY:
        match = pattern.match(value)
        if match and match["month"].lower() in _MONTHS:
            year, month, day = int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"])
            return date(year, month, day).isoformat() if _real(year, month, day) else ""
    return ""


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _impossible(value: str) -> bool:
    """Whether ``value`` is written as a calendar date that does not exist (month 13, 30 February)."""
    match = _NUMERIC.match(value)
    if match:
        first, _, middle, last = match.groups()
        if len(first) == 4:  # year first: year-month-day
            return not _real(int(first), int(middle), int(last))
        if len(last) == 4:  # year last: day/month or month/day, either reading will do
            return not (_real(int(last), int(middle), int(first)) or _real(int(last), int(first), int(middle)))
        return False
    for pattern in _WORDY:
        match = pattern.match(value)
        if match and match["month"].lower() in _MONTHS:
            return not _real(int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"]))
    return False


def checked_date(value: str) -> tuple[str, str]:
    """The header date made ISO by :func:`normalise_date`, and a warning when it cannot be a date.

    A date that does not exist on the calendar (``2021-13-45``, ``31/02/2020``,
    ``February 30, 2020``) gives ``("", warning)``: an empty date rather than one that GEXF
    readers reject and timelines misplace. Every other value is as :func:`normalise_date`
    returns it, with no warning.
    """
    value = value.strip()
    if _impossible(value):  # every all-number spelling, with or without a time, and the worded ones
        return "", f"invalid date {value!r}: no such day on the calendar; date left empty"
    return normalise_date(value), ""
