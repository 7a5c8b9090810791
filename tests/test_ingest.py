"""Stage 1: reading files, headers, JSONL and text normalisation."""

from __future__ import annotations

import codecs
import json
import time
from pathlib import Path

import pytest

from pipeline.ingest import (
    CorpusError,
    checked_date,
    decode_bytes,
    detect_binary,
    normalise_date,
    iter_corpus_files,
    normalise_text,
    read_corpus,
    split_header,
)

from .conftest import CORPUS


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a line broken in the middle of a sentence is joined (the seeds' "Russia is\nawaiting")
        ("Peskov stated that Russia is\nawaiting detailed information.", "Peskov stated that Russia is awaiting detailed information."),
        ("The 30-day\nceasefire plan calls for a halt.", "The 30-day ceasefire plan calls for a halt."),
        # a sentence end followed by a capital starts a new paragraph
        ("He left.\nShe stayed.", "He left.\n\nShe stayed."),
        # blank lines separate paragraphs; runs of spaces fold
        ("One  two.\n\n\n\nThree.", "One two.\n\nThree."),
        # bullets become paragraphs of their own, without the marker
        ("- First point.\n- Second point.\nBody text.", "First point.\n\nSecond point.\n\nBody text."),
        # a heading (short, no final punctuation) stays a paragraph of its own
        ("Putin's response\nMeanwhile, the Kremlin waits.", "Putin's response\n\nMeanwhile, the Kremlin waits."),
        # source trailers are dropped
        ("Body text.\nSources for this article include:\nReuters.com\nNYTimes.com", "Body text."),
    ],
)
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


def test_trailer_kept_when_followed_by_prose():
    text = "Body.\nReferences:\n" + "This is a long paragraph of real article prose that goes on and on for many words indeed."
    assert "long paragraph" in normalise_text(text)


def test_split_header():
    header, body = split_header("title: Talks resume\nsource: http://x\ndate: 2013-08-25\n\nColombia says.")
    assert header == {"title": "Talks resume", "source": "http://x", "date": "2013-08-25"}
    assert body == "Colombia says."
    # an article that starts with "Word: text" is not a header
    header, body = split_header("Washington: The talks began.\n\nMore.")
    assert header == {} and body.startswith("Washington")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-01-07", "2019-01-07"), ("Monday, January 7, 2019", "2019-01-07"), ("March 12, 2025", "2025-03-12"),
     ("unknown", ""), ("2020-01-11T10:00:00Z", "2020-01-11")],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2013-08-25", "2013-08-25", id="iso"),
        pytest.param("2020-02-29", "2020-02-29", id="leap-day"),
        pytest.param("March 12, 2025", "2025-03-12", id="month-name"),
        pytest.param("2020-01-11T10:00:00Z", "2020-01-11", id="iso-time"),
        # news and feed spellings strptime does not read (they were kept as written before)
        pytest.param("Mar. 12, 2025", "2025-03-12", id="abbreviation-with-dot"),
        pytest.param("Sept. 3, 2025", "2025-09-03", id="sept-with-dot"),
        pytest.param("Thursday, Dec. 4, 2025", "2025-12-04", id="weekday-abbreviation-with-dot"),
        pytest.param("3rd March 2025", "2025-03-03", id="ordinal-day-first"),
        pytest.param("Wed, 12 Mar 2025 10:00:00 GMT", "2025-03-12", id="rfc-2822-feed"),
        pytest.param("Tue, 4 Dec 2026 23:30:00 -0500", "2026-12-04", id="rfc-2822-day-as-written"),
        pytest.param("12 Mar 2025 10:00:00 +0000", "2025-03-12", id="rfc-2822-no-weekday"),
        pytest.param("Wed, 12 Mar 99999999999999999999 10:00:00 GMT", "Wed, 12 Mar 99999999999999999999 10:00:00 GMT",
                     id="rfc-2822-huge-year-kept"),
        pytest.param("12 Mar 2025 10:00:00 +99999999999999999999", "12 Mar 2025 10:00:00 +99999999999999999999",
                     id="rfc-2822-huge-zone-kept"),
        pytest.param("25/12/2020", "25/12/2020", id="day-month-year-kept"),
        pytest.param("12/25/2020", "12/25/2020", id="month-day-year-kept"),
        pytest.param("Spring 2021", "Spring 2021", id="not-a-calendar-date-kept"),
        pytest.param("2021", "2021", id="year-only-kept"),
        pytest.param("unknown", "", id="no-digits"),
    ],
)
def test_checked_date_keeps_real_dates(value, expected):
    assert checked_date(value) == (expected, "")


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2021-13-45", id="month-13"),
        pytest.param("2021-02-29", id="no-leap-day"),
        pytest.param("2021-04-31T09:00:00Z", id="iso-time-day-31"),
        pytest.param("2021/02/30", id="slashes-year-first"),
        pytest.param("31/02/2020", id="day-31-feb"),
        pytest.param("13/13/2020", id="both-readings-wrong"),
        pytest.param("31.04.2020", id="dots"),
        pytest.param("February 30, 2020", id="month-name"),
        pytest.param("Monday, February 30, 2020", id="weekday"),
        pytest.param("30 Feb 2020", id="day-first-abbreviated"),
        pytest.param("Sept. 31, 2020", id="abbreviation-with-dot"),
    ],
)
def test_checked_date_empties_impossible_dates(value):
    date, warning = checked_date(value)
    assert date == "" and "invalid date" in warning and value in warning and "\n" not in warning


@pytest.mark.parametrize(
    ("header", "date", "warned"),
    [
        pytest.param("date: 2021-13-45", "", True, id="impossible-iso"),
        pytest.param("date: 31/02/2020", "", True, id="impossible-day-month"),
        pytest.param("published: February 30, 2020", "", True, id="impossible-published"),
        pytest.param("date: 2021-03-04", "2021-03-04", False, id="valid"),
        pytest.param("date: March 4, 2021", "2021-03-04", False, id="valid-month-name"),
    ],
)
def test_header_date_is_validated_and_the_document_kept(tmp_path: Path, header, date, warned):
    (tmp_path / "a.txt").write_text(f"title: T\n{header}\n\nUkraine rejected the plan, officials said.", encoding="utf-8")
    (doc,) = read_corpus(tmp_path)
    assert doc.ok and doc.date == date
    assert ("invalid date" in doc.error) is warned and (doc.error == "") is not warned


def test_invalid_date_warning_and_duplicate_share_the_error_cell(tmp_path: Path):
    from pipeline.export.tables import document_rows

    (tmp_path / "a.txt").write_text("Kyiv agreed to the ceasefire.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date: 2021-13-45\n\nKyiv agreed to the ceasefire.", encoding="utf-8")

    class Resolved:  # the two attributes document_rows reads
        documents = list(read_corpus(tmp_path))

        @staticmethod
        def negotiation_of():
            return {}

    rows = {row["doc_id"]: row for row in document_rows(Resolved())}
    assert rows["a.txt"]["error"] == ""
    assert rows["b.txt"]["error"].startswith("invalid date '2021-13-45'")
    assert rows["b.txt"]["error"].endswith("duplicate of a.txt: evidence counted once")


@pytest.mark.parametrize(
    ("excluded", "listed"),
    [
        pytest.param(["out"], ["a.txt", "cache/c.json", "sub/b.txt"], id="output-folder"),
        pytest.param(["out", "cache"], ["a.txt", "sub/b.txt"], id="output-and-cache-folders"),
        pytest.param(["sub"], ["a.txt", "cache/c.json", "out/actors.csv", "out/documents.csv"], id="sub-folder"),
        pytest.param(["../elsewhere"], ["a.txt", "cache/c.json", "out/actors.csv", "out/documents.csv", "sub/b.txt"],
                     id="folder-outside-the-corpus"),
        pytest.param(["."], ["a.txt", "cache/c.json", "out/actors.csv", "out/documents.csv", "sub/b.txt"],
                     id="the-corpus-itself-is-not-excluded"),
    ],
)
def test_excluded_folders_are_not_read(tmp_path: Path, excluded, listed):
    corpus = tmp_path / "c"
    for name in ("a.txt", "sub/b.txt", "out/actors.csv", "out/documents.csv", "cache/c.json"):
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text("Kyiv agreed to talks.", encoding="utf-8")
    exclude = [corpus / name for name in excluded] + [None]
    assert [p.relative_to(corpus).as_posix() for p in iter_corpus_files(corpus, exclude)] == listed
    assert sorted(d.doc_id for d in read_corpus(corpus, exclude)) == listed


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("Zelensky’s “red line”".encode("utf-8"), "utf-8", "Zelensky’s “red line”"),
        (codecs.BOM_UTF8 + "Erdoğan".encode("utf-8"), "utf-8-sig", "Erdoğan"),
        ("Erdoğan said".encode("utf-16"), "utf-16", "Erdoğan said"),
        ("Café “talks”".encode("cp1252"), None, "Café “talks”"),
    ],
)
def test_decode_bytes(data, encoding, expected):
    text, used = decode_bytes(data)
    assert text == expected
    if encoding:
        assert used == encoding


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.4\n%...", "PDF document"), (b"\x89PNG\r\n\x1a\n....", "PNG image"), (b"PK\x03\x04rest", "ZIP archive (or DOCX/XLSX)"),
     (bytes(range(256)) * 4, "binary data"), ("plain text".encode(), "")],
)
def test_detect_binary(data, kind):
    assert detect_binary(data) == kind


def test_read_corpus_accounts_for_every_input(tmp_path: Path):
    (tmp_path / "a.txt").write_text("title: A\nsource: s\n\nUkraine rejected the plan, officials said on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\nxxxx")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "sub dir").mkdir()
    (tmp_path / "sub dir" / "é b.md").write_text("Moscow agreed to the truce.", encoding="utf-8")
    lines = [json.dumps({"id": "x1", "text": "Kyiv agreed to talks.", "title": "T"}), "{not json",
             json.dumps({"text": ""}), json.dumps({"text": "Hamas rejected the offer."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = {d.doc_id: d for d in read_corpus(tmp_path)}
    assert docs["a.txt"].ok and docs["a.txt"].title == "A" and docs["a.txt"].source == "s"
    assert docs["empty.txt"].status == "skipped" and "empty" in docs["empty.txt"].error
    assert docs["image.txt"].status == "skipped" and "PNG" in docs["image.txt"].error
    assert docs["notes.docx"].status == "skipped" and "unsupported" in docs["notes.docx"].error
    assert docs["sub dir/é b.md"].ok
    assert docs["feed.jsonl#x1"].ok and docs["feed.jsonl#x1"].title == "T"
    assert docs["feed.jsonl#2"].status == "skipped" and "line 2" in docs["feed.jsonl#2"].error
    assert docs["feed.jsonl#3"].status == "skipped"
    assert docs["feed.jsonl#4"].ok
    assert len(docs) == 9


def test_duplicates_are_flagged(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Kyiv agreed to the ceasefire.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kyiv agreed  to the ceasefire.\n", encoding="utf-8")
    docs = list(read_corpus(tmp_path))
    assert docs[0].duplicate_of == "" and docs[1].duplicate_of == "a.txt"


def test_non_english_is_skipped(tmp_path: Path):
    text = ("Die Regierung hat am Montag erklärt, dass sie den Vorschlag prüfen werde, "
            "aber keine Zugeständnisse machen wolle, solange die Kämpfe andauern und keine Garantien vorliegen.")
    (tmp_path / "de.txt").write_text(text, encoding="utf-8")
    doc = next(read_corpus(tmp_path))
    assert doc.status == "skipped" and "not English" in doc.error


def test_missing_corpus():
    with pytest.raises(CorpusError):
        list(read_corpus(Path("/nonexistent/corpus")))


def test_seed_normalisation():
    text = (CORPUS / "000_044c54fcf8225cae.txt").read_text(encoding="utf-8")
    norm = normalise_text(text)
    assert "Russia is awaiting detailed information" in norm
    assert "The 30-day ceasefire plan" in norm
    assert "Sources for this article" not in norm and "ZeroHedge" not in norm
    assert "\n\nPutin’s response\n\n" in norm


# ---------------------------------------------------------------------------------------------
# Hostile and broken inputs (issue #8): every input accounted for, nothing raises
# ---------------------------------------------------------------------------------------------

from pipeline.ingest import corpus as ingest_corpus  # noqa: E402  (the module that owns read_file and its limit)
from pipeline.ingest import clean_text, display_path, guess_language, html_to_text, read_file, text_hash  # noqa: E402

ENGLISH = ("Ukraine rejected the proposal on Monday, officials said, and the government said it would consider "
           "a new offer if the talks resumed next week in Geneva with the mediators from Turkey.")


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("Erdoğan said".encode("utf-32"), "utf-32", "Erdoğan said"),
        ("Kyiv said no to the plan".encode("utf-16-le"), "utf-16-le", "Kyiv said no to the plan"),
        ("Kyiv said no to the plan".encode("utf-16-be"), "utf-16-be", "Kyiv said no to the plan"),
        # UTF-8 with a stray Windows-1252 quote pair: the accents survive, the quotes are read as cp1252
        ("Zürich café – ".encode("utf-8") + b"\x93yes\x94", "utf-8+cp1252", "Zürich café – “yes”"),
        # bytes Windows-1252 leaves undefined do not make decoding fail
        (b"Caf\xe9 \x81talks", "cp1252", "Café \x81talks"),
    ],
)
def test_decode_more_encodings(data, encoding, expected):
    assert decode_bytes(data) == (expected, encoding)


def test_decode_long_non_western_text_uses_charset_detection():
    text = "Правительство заявило, что рассмотрит предложение о перемирии. " * 20
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text and encoding


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("Kyiv agreed to talks".encode("utf-16-le"), ""),  # UTF-16 without BOM is text
        (b"Kyiv agreed to talks.\x00 Moscow said no.", ""),  # one stray NUL is debris, not binary
        (b"{\\rtf1\\ansi Kyiv agreed}", "RTF document"),
        (b"\x00\x00\x00\x18ftypmp42....", "MP4/QuickTime media"),
        (b"II*\x00\x08\x00", "TIFF image"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "7-Zip archive"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "RIFF media (WebP image, WAV or AVI)"),
        (b"\x00\x00\x01\x00" * 20, "binary data"),
    ],
)
def test_detect_binary_more_formats(data, kind):
    assert detect_binary(data) == kind


def test_clean_text_and_paths():
    assert clean_text("a\x00b\x07c\x1b[1m\u0085d\x0ce\u2028f\ud800g\ufffe") == "abc[1m\nd\n\ne\nf\ufffdg"
    bad = b"bad-\xff.txt".decode("utf-8", "surrogateescape")
    assert display_path(bad) == "bad-\ufffd.txt"
    assert display_path("tab\there\n.txt") == "tab?here?.txt"


def test_normalise_text_removes_controls_and_is_linear():
    # controls go; U+2028 is a line break (here a hard wrap, joined), form feed a paragraph break
    assert normalise_text("Kyiv\x00 agreed\x1b to\u2028talks.\x0cMoscow said no.") == "Kyiv agreed to talks.\n\nMoscow said no."
    # 20,000 trailer-like lines before real prose: once quadratic, now linear
    text = "Read more:\n" * 20000 + ENGLISH
    start = time.perf_counter()
    assert normalise_text(text).endswith("Geneva with the mediators from Turkey.")
    assert time.perf_counter() - start < 2.0


def test_split_header_reads_only_the_head():
    big = "no header here\n" * 500000
    start = time.perf_counter()
    assert split_header(big) == ({}, big)
    assert time.perf_counter() - start < 0.5


def test_text_hash_ignores_spacing():
    assert text_hash("Kyiv  agreed\n\nto talks ") == text_hash("Kyiv agreed to talks")


PAGE = """<!DOCTYPE html><html><head><title>Talks | Site</title>
<meta property="og:title" content="Talks resume in Doha">
<meta property="article:published_time" content="2024-02-11T08:30:00Z">
<link rel="canonical" href="https://news.example.org/doha">
<script>var x = "Hamas rejected everything";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie">We use cookies. Accept all cookies?</div>
<article><h1>Talks resume in Doha</h1>
<p>Negotiators from Israel and Hamas returned to Doha on Sunday, officials said, as mediators from Qatar and Egypt pressed both sides to accept a six-week truce.</p>
<p>Hamas rejected the proposal for a partial hostage release, a spokesman said. "We will never accept a deal that does not end the war," he told reporters.</p>
<p>Israel's prime minister said his government would consider the plan but insisted on the return of all hostages as a condition for any ceasefire.</p>
</article><aside><h3>Related stories</h3><a href="/a">Markets rally</a></aside>
<footer>Copyright 2024 Example News</footer></body></html>"""


def test_html_article_text_and_metadata():
    text, meta = html_to_text(PAGE)
    assert "Hamas rejected the proposal for a partial hostage release" in text
    assert "Israel's prime minister said" in text
    for junk in ("cookies", "Related stories", "Copyright", "Hamas rejected everything", "Home"):
        assert junk not in text, junk
    assert meta["title"] == "Talks resume in Doha"
    assert meta["date"].startswith("2024-02-11") and meta["url"] == "https://news.example.org/doha"
    # paragraphs stay paragraphs
    assert "\n\n" in text


def test_html_short_page_falls_back_and_empty_page_has_no_text():
    text, meta = html_to_text("<html><head><title>T &amp; U</title></head><body><p>Kyiv agreed.</p></body></html>")
    assert text == "Kyiv agreed." and meta["title"] == "T & U"
    assert html_to_text("<html><body><nav>Home</nav><script>x()</script></body></html>")[0] == ""
    assert html_to_text("")[0] == ""
    assert isinstance(html_to_text("<<<>>> \x00 </p></div><p <!-- ")[0], str)


def test_html_saved_as_text_is_read_as_html(tmp_path: Path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    doc = next(read_corpus(tmp_path))
    assert doc.ok and doc.title == "Talks resume in Doha" and doc.date == "2024-02-11"
    assert "<p>" not in doc.text and "cookies" not in doc.text


def _jsonl(tmp_path: Path, data: bytes) -> dict[str, object]:
    (tmp_path / "feed.jsonl").write_bytes(data)
    return {d.doc_id: d for d in read_corpus(tmp_path)}


def test_jsonl_files_without_lines_still_get_a_row(tmp_path: Path):
    docs = _jsonl(tmp_path, b"")
    assert list(docs) == ["feed.jsonl"] and docs["feed.jsonl"].error == "empty file"
    docs = _jsonl(tmp_path, b"\n \n\n")
    assert list(docs) == ["feed.jsonl"] and "no JSON lines" in docs["feed.jsonl"].error
    docs = _jsonl(tmp_path, b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert list(docs) == ["feed.jsonl"] and "PNG" in docs["feed.jsonl"].error


def test_jsonl_hostile_lines(tmp_path: Path):
    lines = [
        "[" * 100000,  # deeper than the JSON parser's recursion limit
        json.dumps({"id": "s", "text": ENGLISH}).replace("Ukraine", "Ukraine \\ud800\\u0000", 1),
        json.dumps({"id": "  ", "text": ENGLISH.replace("Ukraine", "Moldova")}),
        json.dumps({"id": "h", "html": PAGE}),
        json.dumps({"id": "n", "title": "no text", "body": 3}),
    ]
    data = codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8") + b"\r\n"
    docs = _jsonl(tmp_path, data)
    assert docs["feed.jsonl#1"].status == "skipped" and "nested too deeply" in docs["feed.jsonl#1"].error
    assert docs["feed.jsonl#s"].ok and "Ukraine \ufffd rejected" in docs["feed.jsonl#s"].text
    assert docs["feed.jsonl#3"].ok, "a blank id falls back to the line number"
    assert docs["feed.jsonl#h"].ok and docs["feed.jsonl#h"].title == "Talks resume in Doha"
    assert "keys: body, id, title" in docs["feed.jsonl#n"].error
    assert len(docs) == 5


def test_jsonl_in_utf16(tmp_path: Path):
    data = "\n".join(json.dumps({"id": str(i), "text": ENGLISH}) + " " * i for i in range(3)).encode("utf-16")
    docs = _jsonl(tmp_path, data)
    assert sorted(docs) == ["feed.jsonl#0", "feed.jsonl#1", "feed.jsonl#2"]
    assert [d.duplicate_of for d in docs.values()] == ["", "feed.jsonl#0", "feed.jsonl#0"]


def test_unreadable_and_too_large_files_are_skipped(tmp_path: Path, monkeypatch):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH + " Again.", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(ingest_corpus, "MAX_FILE_BYTES", len(ENGLISH) + 3)
    docs = {d.doc_id: d for d in read_corpus(tmp_path)}
    assert docs["a.txt"].error == "unreadable: Permission denied"
    assert docs["b.txt"].status == "skipped" and docs["b.txt"].error.startswith("too large")


def test_a_bug_while_reading_costs_one_file(tmp_path: Path, monkeypatch):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH.replace("Ukraine", "Moldova"), encoding="utf-8")
    real = ingest_corpus.read_file

    def broken(path, root):
        if path.name == "a.txt":
            raise RuntimeError("boom\nwith a second line")
        return real(path, root)

    monkeypatch.setattr(ingest_corpus, "read_file", broken)
    docs = {d.doc_id: d for d in read_corpus(tmp_path)}
    assert docs["a.txt"].status == "skipped" and docs["a.txt"].error == "could not be read: RuntimeError: boom with a second line"
    assert docs["b.txt"].ok


def test_names_that_print_alike_get_unique_ids(tmp_path: Path):
    (tmp_path / "a\x01.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a\x02.txt").write_text(ENGLISH.replace("Ukraine", "Moldova"), encoding="utf-8")
    assert [d.doc_id for d in read_corpus(tmp_path)] == ["a?.txt", "a?.txt~2"]


def test_read_file_never_raises_on_a_folder(tmp_path: Path):
    docs = list(read_file(tmp_path, tmp_path.parent))
    assert len(docs) == 1 and docs[0].status == "skipped" and "unreadable" in docs[0].error


@pytest.mark.parametrize(
    ("text", "code", "reason"),
    [
        (ENGLISH, "en", "English"),
        ("Die Regierung hat am Montag erklärt, dass sie den Vorschlag prüfen werde, aber keine Zugeständnisse "
         "machen wolle, solange die Kämpfe andauern und keine Garantien vorliegen.", "de", "looks like German"),
        ("Le gouvernement a déclaré lundi qu'il étudierait la proposition, mais qu'il ne ferait aucune concession "
         "tant que les combats continuent et que les garanties ne sont pas données par les parties.", "fr", "looks like French"),
        ("Правительство заявило в понедельник, что рассмотрит предложение, но не пойдёт на уступки.", "", "Cyrillic"),
        ("政府周一表示，将研究该提议，但在战斗持续的情况下不会做出任何让步。", "", "CJK"),
        ("Kyiv agreed.", "en", "too short"),
        # a list of names: few function words, but no other language either
        ("Signatories: " + ", ".join(["Ukraine", "Poland", "Moldova", "Romania", "Hungary", "Slovakia"] * 5)
         + ", and the delegations of the Baltic states.", "en", "English"),
    ],
)
def test_guess_language(text, code, reason):
    got_code, description, _ = guess_language(text)
    assert got_code == code and reason in description


def test_language_check_is_bounded_on_long_texts():
    start = time.perf_counter()
    assert guess_language(ENGLISH * 50000)[0] == "en"
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    "markup",
    [
        "<!-- " * 100000,  # html.parser of the standard library took minutes on this
        "<html><body><p>Kyiv agreed.</p>" + "<!-- unclosed " * 50000,
        "<table>" + "<tr><td>x</td></tr>" * 100000 + "</table>",
        "<div>" * 100000 + "Kyiv agreed to talks.",  # deeper than the parser goes: no text, no hang
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Kyiv agreed.</p></body></html>',
    ],
)
def test_pathological_html_is_fast(markup):
    start = time.perf_counter()
    text, _ = html_to_text(markup)
    assert isinstance(text, str)
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize("line, said", [
    pytest.param('{"text": 5}', "'text' is a JSON number, not a string", id="number"),
    pytest.param('{"text": ["a", "b"]}', "'text' is a JSON array, not a string", id="array"),
    pytest.param('{"text": true}', "'text' is a JSON boolean, not a string", id="boolean"),
    pytest.param('{"html": {"body": "x"}}', "'html' is a JSON object, not a string", id="html-object"),
    pytest.param('{"text": "   "}', "field with text; keys: text", id="blank-string"),
    pytest.param('{"title": "T"}', "field with text; keys: title", id="no-field"),
])
def test_jsonl_line_without_text_says_what_it_holds(tmp_path: Path, line, said):
    # a new user's {"text": 5} was told "no 'text' field ...; keys: text", naming the very field
    docs = _jsonl(tmp_path, (line + "\n").encode())
    (doc,) = docs.values()
    assert doc.status == "skipped" and doc.error.startswith("line 1: no 'text' (or 'html') field with text")
    assert said in doc.error
