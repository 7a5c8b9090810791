"""Stage 1: reading files, headers, JSONL and text normalisation."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from pipeline.ingest import (
    CorpusError,
    decode_bytes,
    detect_binary,
    normalise_date,
    normalise_text,
    read_corpus,
    split_header,
)


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
    text = (Path(__file__).parent.parent / "corpus" / "000_044c54fcf8225cae.txt").read_text(encoding="utf-8")
    norm = normalise_text(text)
    assert "Russia is awaiting detailed information" in norm
    assert "The 30-day ceasefire plan" in norm
    assert "Sources for this article" not in norm and "ZeroHedge" not in norm
    assert "\n\nPutin’s response\n\n" in norm
