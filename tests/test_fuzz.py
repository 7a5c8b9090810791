"""Fuzzing (issue #8): random Unicode, quotation marks and bytes thrown at ingest, chunking, the
extractors and the CSV writer. Nothing may raise, every input must be accounted for, and every
string that leaves ingest must be clean. Bounded: each test runs a few dozen examples."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.annotate import merge_chunks, split_chunks
from pipeline.export.tables import neutralise, write_csv
from pipeline.extract.components import records_from_doc
from pipeline.ingest import IGNORED_NAMES, SUPPORTED_SUFFIXES, decode_bytes, display_path, normalise_text, read_corpus
from pipeline.records import DOCUMENT_COLUMNS

UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "`", "``", "''", "「", "」"]
WORDS = ["Ukraine", "Russia", "rejected", "the", "proposal", "said", "Zelensky", "will", "never", "accept", "a",
         "ceasefire", "talks", "Hamas", "agreed", "to", "demanded", "red", "line", "according", "officials",
         "\n\n", "\n", ".", ",", ":", "-", "—", "The", "He", "she", "If", "condition", "Kremlin", "not", "UN"]

# NG_FUZZ_EXAMPLES=2000 runs a longer campaign (the extractor tests get a third of it)
EXAMPLES = int(os.environ.get("NG_FUZZ_EXAMPLES", "100"))
FAST = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(10, EXAMPLES // 3), deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# text that looks like news with its punctuation gone wrong: words, random quote marks, odd Unicode
news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS),
                               st.text(max_size=6)), max_size=120).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_like)
file_bytes = st.one_of(
    st.binary(max_size=600),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(any_text, st.sampled_from(["utf-16", "utf-16-be", "utf-8-sig", "cp1252", "latin-1", "utf-32"]))
    .map(lambda p: p[0].encode(p[1], "replace")),
    st.lists(st.one_of(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "source", "html"]),
                                       st.one_of(any_text, st.integers(), st.none(), st.lists(st.integers(), max_size=2))),
                       any_text), max_size=5)
    .map(lambda lines: "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines).encode("utf-8", "surrogatepass")),
)
suffixes = st.sampled_from(sorted(SUPPORTED_SUFFIXES) + [".pdf", "", ".csv"])
names = st.text(alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=12)


def _clean(value: str) -> bool:
    return not UNSAFE.search(value) and value.encode("utf-8") is not None


@FAST
@given(st.binary(max_size=3000))
def test_decode_bytes_never_raises(data):
    text, encoding = decode_bytes(data)
    assert isinstance(text, str) and encoding


@FAST
@given(any_text)
def test_normalise_text_gives_clean_text(raw):
    text = normalise_text(raw)
    assert _clean(text)
    assert text == text.strip()
    assert "\n\n\n" not in text


@FAST
@given(st.lists(st.tuples(names, suffixes, file_bytes), min_size=1, max_size=6, unique_by=lambda f: f[0] + f[1]))
def test_ingest_accounts_for_every_file(files):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        written = set()
        for name, suffix, data in files:
            if name.startswith(".") or name.strip(".") == "" or f"{name}{suffix}" in IGNORED_NAMES:
                name = "f" + name  # hidden and README files are ignored on purpose
            path = root / f"{name}{suffix}"
            try:
                path.write_bytes(data)
            except OSError:  # a name the file system refuses
                continue
            written.add(path.relative_to(root).as_posix())
        docs = list(read_corpus(root))
        ids = {d.doc_id for d in docs}
        assert len(ids) == len(docs), "doc ids are unique"
        # each file has its row (or its JSONL lines have theirs), and every row comes from a file;
        # names that print alike ("\x1e.txt", "\x1f.txt" both show as "?.txt") get "~2" suffixes
        shown = sorted(display_path(rel) for rel in written)
        assert {d.path for d in docs} <= {display_path(str(root / rel)) for rel in written}
        for name in set(shown):
            rows = [i for i in ids if i == name or re.fullmatch(re.escape(name) + r"(~\d+|#.*)", i, re.S)]
            assert len(rows) >= shown.count(name), (name, ids)
        assert len(docs) >= len(written)
        for d in docs:
            assert d.status in {"ok", "skipped"}
            if d.status == "skipped":
                assert d.error and "\n" not in d.error
            else:
                assert d.text.strip()
            for value in (d.doc_id, d.path, d.title, d.source, d.date, d.error, d.text):
                assert _clean(value), value
        # and the documents table of such a corpus writes and reads back
        out = root / "out"
        write_csv(out / "documents.csv", [d._asdict() for d in docs], DOCUMENT_COLUMNS)
        table = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
        assert len(table) == len(docs)


@FAST
@given(any_text, st.integers(min_value=1, max_value=500))
def test_split_chunks_covers_any_text(text, limit):
    chunks = split_chunks(text, limit)
    assert all(len(chunk) <= max(limit, 200) for _, chunk in chunks)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    kept = sum(len(chunk) for _, chunk in chunks)
    assert not text.strip() or kept >= len(text.strip()) - sum(len(c) for c in re.findall(r"\s+", text))


@FAST
@given(st.lists(st.text(max_size=30), max_size=8))
def test_csv_cells_round_trip_and_cannot_run(cells):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        write_csv(path, [{"value": c, "n": i} for i, c in enumerate(cells)], ("value", "n"))
        back = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(back) == len(cells), "one row per record, whatever the cell holds"
    assert list(back["value"]) == [neutralise(c) for c in cells]
    for value in back["value"]:
        formula = re.match("^[ \u00a0]*[=+@\t\r\uff1d\uff0b\uff20]", value)
        assert not formula or value.startswith("'") or re.fullmatch(r"[+-]?[\d,]*\.?\d+%?", value), value


@SLOW
@given(news_like)
def test_extractors_never_raise(nlp, text):
    doc = nlp(normalise_text(text))
    actors, quotes, stances = records_from_doc(doc)
    n = len(doc.text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= n and -1 <= q.speaker < len(actors)
    for s in stances:
        assert 0 <= s.start <= s.end <= n and 0 <= s.actor < len(actors) and -1 <= s.claimed_by < len(actors)
        assert -1 <= s.quote < len(quotes)
    for a in actors:
        assert -1 <= a.affiliation < len(actors)


@SLOW
@given(st.lists(news_like, min_size=2, max_size=5))
def test_chunked_extraction_never_raises(nlp, paragraphs):
    text = normalise_text("\n\n".join(paragraphs))
    parts = []
    for offset, chunk in split_chunks(text, 200):
        parts.append((offset, *records_from_doc(nlp(chunk))))
    actors, quotes, stances = merge_chunks(parts)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
    for s in stances:
        assert 0 <= s.start <= s.end <= len(text) and 0 <= s.actor < len(actors)


@pytest.mark.parametrize("text", [
    '"' * 500, "“" * 300 + "”" * 2, "« » „ “ ” ‘ ’ ‹ ›" * 40, "He said: \"" + "no, " * 400,
    "' ' ' Ukraine ' rejected ' the ' plan '" * 20, "\u200b\u2028\u2029\ufeff" * 50,
])
def test_extractors_survive_quote_mark_storms(nlp, text):
    records_from_doc(nlp(normalise_text(text)))
