"""Readers of the formats inside a file: a ``key: value`` header and HTML pages (part of ingest)."""

from __future__ import annotations

import logging
import re

from .text import clean_text

log = logging.getLogger(__name__)

HEADER_KEYS = {
    "title", "source", "url", "date", "published", "licence", "license", "author", "byline",
    "language", "lang", "id", "section", "tags", "publisher", "outlet",
}
_HEADER_MAX_LINES = 40
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
_QUIET_LOGGERS = ("trafilatura", "htmldate", "justext", "courlan")


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


def looks_like_html(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html"))
