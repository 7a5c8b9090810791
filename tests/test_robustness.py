"""Robustness (issue #8): hostile and broken inputs, nothing lost, deterministic and safe outputs.

The hostile corpus (``tests/fixtures/hostile.py``, generated in a temporary folder) holds every
case of the issue: empty and binary files, six encodings, long texts, HTML pages, broken JSONL,
other languages, a duplicate, unbalanced quotation marks, markup, formulas and control characters
in article text, odd file names. It is built once by the real command line; the tests then read
its outputs. Builds run in subprocesses with different ``PYTHONHASHSEED`` values and job counts,
so the determinism test also catches set-order and multiprocessing differences.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from lxml import etree
from typer.testing import CliRunner

from pipeline.annotate import merge_chunks, split_chunks
from pipeline.cli import app
from pipeline.export.tables import neutralise
from pipeline.ingest import read_corpus
from pipeline.records import LocalActor, QuoteRecord, StanceRecord

from .conftest import CORPUS, ROOT
from .fixtures.hostile import (
    CHUNK_CHARS,
    GOOD,
    LONG_END_SENTENCE,
    SCRIPT,
    XSS,
    make_good_corpus,
    make_hostile_corpus,
)

DATA_FILES = ("graph.graphml", "graph.gexf", "graph.html", "documents.csv", "actors.csv", "quotes.csv",
              "stances.csv", "issues.csv", "stance_matrix.csv")
CSV_FILES = [name for name in DATA_FILES if name.endswith(".csv")]
# quote and stance columns that a document's own text decides (ids of cross-document merges aside)
QUOTE_KEY = ["doc_id", "speaker_id", "text", "kind", "cue", "start_char", "end_char"]
STANCE_KEY = ["doc_id", "actor_id", "issue_text", "polarity", "red_line", "condition", "cue", "evidence",
              "start_char", "end_char", "claimed_by", "hedged"]
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

runner = CliRunner()


def run_build(corpus: Path, out: Path, *args: str, seed: str = "0", timeout: float = 600) -> subprocess.CompletedProcess:
    """``negotiation-graph build`` in a fresh interpreter (its own hash seed, its own model load)."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "build", str(corpus), "--out", str(out), "--quiet", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


# ---------------------------------------------------------------------------------------------
# The hostile corpus, built once
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    expected = make_hostile_corpus(corpus)
    config = base / "robustness.toml"
    config.write_text(f"[annotate]\nmax_chunk_chars = {CHUNK_CHARS}\n", encoding="utf-8")
    before = tree(base)
    out = base / "out-a"
    started = time.perf_counter()
    result = run_build(corpus, out, "--config", str(config), "--jobs", "1", seed="1")
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    return {"base": base, "corpus": corpus, "expected": expected, "config": config, "out": out, "result": result,
            "before": before, "elapsed": elapsed}


@pytest.fixture(scope="module")
def documents(hostile) -> pd.DataFrame:
    return read_csv(hostile["out"] / "documents.csv").set_index("doc_id", drop=False)


@pytest.fixture(scope="module")
def texts(hostile) -> dict[str, str]:
    """The normalised text of every document (what start_char/end_char index)."""
    return {d.doc_id: d.text for d in read_corpus(hostile["corpus"])}


@pytest.fixture(scope="module")
def good_alone(hostile):
    """The good articles built alone, with the same settings."""
    corpus = hostile["base"] / "good-corpus"
    make_good_corpus(corpus)
    out = hostile["base"] / "out-good"
    result = run_build(corpus, out, "--config", str(hostile["config"]), "--jobs", "1", seed="3")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_every_input_has_its_row_with_the_right_status(hostile, documents):
    expected = hostile["expected"]
    assert sorted(documents.index) == sorted(expected), "one row per input file and JSONL line, no more"
    wrong = []
    for doc_id, want in expected.items():
        row = documents.loc[doc_id]
        if row["status"] != want.status or want.error not in row["error"]:
            wrong.append((doc_id, row["status"], row["error"], want))
        if want.encoding and row["encoding"] != want.encoding:
            wrong.append((doc_id, "encoding", row["encoding"], want.encoding))
        if row["duplicate_of"] != want.duplicate_of:
            wrong.append((doc_id, "duplicate_of", row["duplicate_of"], want.duplicate_of))
    assert not wrong, "\n".join(map(str, wrong))


def test_errors_are_one_line_and_only_on_skipped_rows(documents):
    assert set(documents["status"]) == {"ok", "skipped"}
    for row in documents.itertuples():
        if row.status == "skipped":
            assert row.error and "\n" not in row.error and len(row.error) <= 300, row
        elif not row.duplicate_of:
            assert row.error == "", row


def test_run_report_lists_the_skipped_and_the_summary_ends_the_log(hostile, documents):
    report = json.loads((hostile["out"] / "run_report.json").read_text(encoding="utf-8"))
    skipped = documents[documents.status == "skipped"]
    assert sorted(item["doc_id"] for item in report["skipped"]) == sorted(skipped.index)
    assert all(item["error"] for item in report["skipped"])
    assert report["counts"]["documents"] == len(documents)
    assert report["counts"]["skipped"] == len(skipped)
    assert report["counts"]["duplicates"] == 1
    lines = hostile["result"].stdout.strip().splitlines()
    assert lines[-1] == f"{len(documents)} documents, {len(skipped)} skipped: see run_report.json"
    assert "timings_s" in report  # timings live here, and only here


def test_good_documents_unchanged_by_the_bad_ones(hostile, good_alone):
    out = hostile["out"]
    for name, key in (("quotes.csv", QUOTE_KEY), ("stances.csv", STANCE_KEY)):
        mixed = read_csv(out / name)
        alone = read_csv(good_alone / name)
        mixed = mixed[mixed["doc_id"].isin(GOOD.values())]
        assert len(alone) > 0, f"the good articles give {name} rows"
        assert sorted(map(tuple, mixed[key].values.tolist())) == sorted(map(tuple, alone[key].values.tolist())), name
    mixed = read_csv(out / "documents.csv").set_index("doc_id")
    alone = read_csv(good_alone / "documents.csv").set_index("doc_id")
    columns = ["title", "source", "date", "status", "error", "words", "encoding", "language"]
    assert mixed.loc[list(GOOD.values()), columns].equals(alone.loc[list(GOOD.values()), columns])


def test_duplicate_is_flagged_and_its_evidence_counted_once(hostile, documents, good_alone):
    copy = "later/same article, other name.txt"
    original = documents.loc[copy, "duplicate_of"]
    assert documents.loc[copy, "status"] == "ok" and "duplicate of" in documents.loc[copy, "error"]
    stances = read_csv(hostile["out"] / "stances.csv")
    quotes = read_csv(hostile["out"] / "quotes.csv")
    assert copy not in set(stances["doc_id"]) and copy not in set(quotes["doc_id"])
    # the copy is listed as a source of the original's quotes, without adding a quote row
    assert quotes[quotes.doc_id == original]["doc_ids"].str.contains(copy, regex=False).all()
    alone = read_csv(good_alone / "stances.csv")
    assert (stances.doc_id == original).sum() == (alone.doc_id == original).sum()


def test_encodings_are_decoded(documents):
    for doc_id in documents.index:
        if doc_id.startswith("enc/"):
            assert documents.loc[doc_id, "title"].startswith("Café talks in Zürich"), doc_id


def test_long_document_is_chunked_not_truncated(hostile, documents, texts):
    doc_id = "long/live blog.txt"
    text = texts[doc_id]
    assert len(text) > 3 * CHUNK_CHARS, "the case must need several chunks"
    assert int(documents.loc[doc_id, "words"]) > 0.8 * len(text.split())
    stances = read_csv(hostile["out"] / "stances.csv")
    mine = stances[stances.doc_id == doc_id]
    last = mine[mine.evidence == LONG_END_SENTENCE]
    assert len(last) >= 1, "a stance from the last sentence of the text"
    assert (last.actor_id == "finland").all()
    for row in mine.itertuples():
        start, end = int(row.start_char), int(row.end_char)
        assert text[start:end].strip() == row.evidence.removeprefix("'"), row
    # stances are found all along the text, not only in its first chunk
    assert int(mine.start_char.astype(int).max()) > 2 * CHUNK_CHARS


def test_long_sentences_and_lists_are_processed(hostile, documents):
    assert documents.loc["long/sentence and list.txt", "status"] == "ok"
    stances = read_csv(hostile["out"] / "stances.csv")
    mine = stances[stances.doc_id == "long/sentence and list.txt"]
    assert (mine.evidence.str.startswith("Estonia rejected the final draft")).any()


def test_html_page_gives_the_article_and_its_metadata(hostile, documents, texts):
    row = documents.loc["web/oslo talks.html"]
    assert row["title"] == "Fishing talks resume in Oslo"
    assert row["date"] == "2024-02-11"
    assert row["source"] == "https://news.example.org/world/oslo-talks"
    text = texts["web/oslo talks.html"]
    assert "Iceland rejected the proposal for a shared quota" in text
    for boilerplate in ("cookies", "Related stories", "Copyright", "Norway rejected everything", "Home"):
        assert boilerplate not in text, boilerplate
    stances = read_csv(hostile["out"] / "stances.csv")
    assert ((stances.doc_id == "web/oslo talks.html") & (stances.actor_id == "iceland")).any()
    assert documents.loc["web/saved as text.txt", "title"] == "Fishing talks resume in Tromsø"
    assert documents.loc["feeds/wire feed.jsonl#page", "title"] == "Fishing talks resume in Bergen"


def test_unbalanced_quotes_do_not_swallow_the_text(hostile):
    doc_id = "quotes/unbalanced.txt"
    stances = read_csv(hostile["out"] / "stances.csv")
    mine = stances[stances.doc_id == doc_id]
    assert (mine.actor_id == "iceland").any() and (mine.actor_id == "denmark").any()
    quotes = read_csv(hostile["out"] / "quotes.csv")
    marked = quotes[(quotes.doc_id == doc_id) & (quotes.kind != "indirect")]
    for text in marked["text"]:
        assert "\n" not in text and "Iceland rejected" not in text, text


def test_nothing_is_written_outside_the_output_folder(hostile):
    after = tree(hostile["base"])
    new = {path for path in after - hostile["before"] if not path.startswith(("out-a", "out-good", "out-b", "good-corpus"))}
    assert not new, new
    assert not [p for p in after if "escape" in p or "passwd" in p or "evil" in p]
    assert tree(hostile["corpus"]) == {p.removeprefix("corpus/") for p in hostile["before"] if p.startswith("corpus/")}


def test_csv_cells_cannot_run_as_formulas(hostile):
    for name in CSV_FILES:
        table = read_csv(hostile["out"] / name)
        for column in table.columns:
            assert neutralise(column) == column, (name, column)
            for value in table[column]:
                assert neutralise(value) == value or value.startswith("'"), (name, column, value)
    documents = read_csv(hostile["out"] / "documents.csv")
    assert documents.title.str.startswith("'=HYPERLINK").any()
    assert documents.title.str.startswith("'=1+1+cmd").any()
    quotes = read_csv(hostile["out"] / "quotes.csv")
    assert quotes.text.str.startswith("'=HYPERLINK").any(), "the formula sentence was read, and neutralised"


def test_no_control_characters_reach_the_outputs(hostile):
    for name in DATA_FILES:
        text = (hostile["out"] / name).read_text(encoding="utf-8")
        assert not CONTROL.search(text), (name, CONTROL.search(text))


def test_xml_outputs_escape_article_text(hostile):
    for name in ("graph.graphml", "graph.gexf"):
        root = etree.parse(str(hostile["out"] / name), etree.XMLParser(resolve_entities=False, no_network=True))
        namespaces = {etree.QName(el).namespace for el in root.iter() if isinstance(el.tag, str)}
        assert namespaces <= {"http://graphml.graphdrawing.org/xmlns", "http://www.gexf.net/1.2draft",
                              "http://www.gexf.net/1.2draft/viz", None}, (name, namespaces)
        assert not [el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname in {"img", "script"}]
        values = " ".join(t for t in root.getroot().itertext()) + " ".join(v for el in root.iter() for v in el.attrib.values())
        assert "onerror" in values, f"{name}: the markup travels as text"
    g = nx.read_graphml(hostile["out"] / "graph.graphml")
    assert g.number_of_nodes() > 0
    assert nx.read_gexf(hostile["out"] / "graph.gexf").number_of_nodes() == g.number_of_nodes()


def test_html_page_escapes_article_text(hostile, good_alone):
    page = (hostile["out"] / "graph.html").read_text(encoding="utf-8")
    assert "onerror" in page, "the hostile title travels in the page, as data"
    for payload in (XSS, SCRIPT, "<img src=x", "</script><script>document", "data-pwned','1')\">"):
        assert payload not in page, payload
    clean = (good_alone / "graph.html").read_text(encoding="utf-8")
    assert page.lower().count("<script") == clean.lower().count("<script")
    assert page.lower().count("<img") == clean.lower().count("<img")


@pytest.mark.browser
def test_html_page_runs_no_article_script_in_a_browser(hostile, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed")
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", (hostile["out"] / "graph.html").as_uri()],
        capture_output=True, text=True, timeout=120)
    assert "ng-panel" in result.stdout, result.stderr[-2000:]
    assert "onerror" in result.stdout, "the hostile title is on the page, as text"
    # the payloads would set this attribute on <body> if the browser ran them
    assert not re.search(r"<body[^>]*data-pwned", result.stdout)
    assert not re.search(r"<img[^>]*onerror", result.stdout)


@pytest.fixture(scope="module")
def hostile_again(hostile):
    """The same corpus built again: other hash seed, no cache, and parsed by two worker processes
    (small batches, so the pool starts) instead of in the main process."""
    out = hostile["base"] / "out-b"
    config = hostile["base"] / "pool.toml"
    config.write_text(hostile["config"].read_text(encoding="utf-8") + "batch_size = 2\n", encoding="utf-8")
    result = run_build(hostile["corpus"], out, "--config", str(config), "--jobs", "2", "--no-cache", seed="987")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["per_document"]["worker_processes"] == 2
    return out


def test_two_builds_are_byte_identical(hostile, hostile_again):
    different = [name for name in DATA_FILES
                 if (hostile["out"] / name).read_bytes() != (hostile_again / name).read_bytes()]
    assert not different
    # timings and the command line change between runs; they live in run_report.json only
    for name in DATA_FILES:
        assert "timings" not in (hostile["out"] / name).read_text(encoding="utf-8")


def test_corpus_folder_errors():
    result = runner.invoke(app, ["build", "/nonexistent/corpus", "--out", "/tmp/never-written"])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_empty_corpus_folders_exit_1(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["build", str(tmp_path / "empty"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no files" in result.output
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / ".DS_Store").write_bytes(b"\x00\x01")
    (hidden / "README.md").write_text("# notes\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(hidden), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert not (tmp_path / "o").exists()


def test_output_folder_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Kyiv agreed to talks.", encoding="utf-8")
    (tmp_path / "o").write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "c"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "is a file" in result.output


def _one_article(tmp_path: Path) -> Path:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ukraine rejected the plan, the foreign minister said on Monday.", encoding="utf-8")
    return corpus


@pytest.mark.parametrize("jobs", [pytest.param("-1", id="minus-1"), pytest.param("-3", id="minus-3")])
def test_negative_jobs_is_a_usage_error(tmp_path, jobs):
    result = runner.invoke(app, ["build", str(_one_article(tmp_path)), "--out", str(tmp_path / "o"), "--jobs", jobs])
    assert result.exit_code == 2 and f"--jobs must be 0 (every core) or a positive number" in result.output
    assert not (tmp_path / "o").exists()


def test_negative_jobs_in_the_config_is_a_usage_error(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("[annotate]\njobs = -2\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(_one_article(tmp_path)), "--out", str(tmp_path / "o"),
                                 "--config", str(config)])
    assert result.exit_code == 2 and "jobs must be 0 (every core)" in result.output


def test_help_says_what_jobs_0_means():
    result = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"})
    assert "0 (the default) uses every core" in result.output


def test_missing_spacy_model_is_a_usage_error_naming_the_install_command(tmp_path):
    result = runner.invoke(app, ["build", str(_one_article(tmp_path)), "--out", str(tmp_path / "o"), "--quiet",
                                 "--model", "en_core_web_notinstalled"])
    assert result.exit_code == 2, result.output
    message = " ".join(result.output.split())  # the error may be wrapped
    assert f"{sys.executable} -m spacy download en_core_web_notinstalled" in message


@pytest.mark.parametrize(
    ("options", "says"),
    [
        pytest.param([], "resume (documents parsed so far are cached)", id="cache-on"),
        pytest.param(["--no-cache"], "with --no-cache nothing parsed so far was kept", id="no-cache"),
    ],
)
def test_interrupted_message_says_what_the_cache_kept(tmp_path, monkeypatch, options, says):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # what SIGTERM becomes in the build

    monkeypatch.setattr("pipeline.build.build", interrupted)
    result = runner.invoke(app, ["build", str(_one_article(tmp_path)), "--out", str(tmp_path / "o"), "--quiet", *options])
    assert result.exit_code == 130
    message = " ".join(result.output.split())
    assert says in message and ("cached" in message) is (not options)


def test_output_and_cache_folders_inside_the_corpus_are_not_read(tmp_path):
    corpus = _one_article(tmp_path)
    args = ["build", str(corpus), "--out", str(corpus / "out"), "--cache", str(corpus / "cache"), "--quiet", "--jobs", "1"]
    for _ in range(2):  # the second build finds the first one's tables and cache entries in the corpus
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "skipped" not in result.output
        assert read_csv(corpus / "out" / "documents.csv")["doc_id"].tolist() == ["a.txt"]
    assert any((corpus / "cache").rglob("*.json"))


# ---------------------------------------------------------------------------------------------
# Chunking: the machinery behind long texts, with a small chunk size
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [200, 333, 1000, 5000])
def test_split_chunks_cover_the_text(limit):
    text = (CORPUS / "000_044c54fcf8225cae.txt").read_text(encoding="utf-8") * 3
    text += " " + "x" * 3000 + " tail words " + "y" * 500  # words longer than a chunk
    chunks = split_chunks(text, limit)
    assert all(len(chunk) <= limit for _, chunk in chunks)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    gaps = [text[a + len(ca) : b] for (a, ca), (b, _) in zip(chunks, chunks[1:])]
    assert all(not gap.strip() for gap in gaps), "only whitespace is ever left out"
    assert chunks[0][0] == 0 or not text[: chunks[0][0]].strip()
    assert not text[chunks[-1][0] + len(chunks[-1][1]) :].strip()


def test_split_chunks_prefers_paragraphs_then_sentences():
    paragraphs = ["Sentence one is here. Sentence two is here."] * 20
    text = "\n\n".join(paragraphs)
    for _, chunk in split_chunks(text, 300)[:-1]:
        assert chunk.rstrip().endswith("here."), chunk
    sentence = "The talks went on. " * 100
    for _, chunk in split_chunks(sentence, 250)[:-1]:
        assert chunk.endswith("on. "), chunk


def test_merge_chunks_shifts_offsets_and_remaps_references():
    ukraine = LocalActor("Ukraine", "GPE", gaz_id="ukraine", mentions=1, first_char=0)
    zelensky = LocalActor("Volodymyr Zelensky", "PERSON", affiliation=0, mentions=1, first_char=10)
    russia = LocalActor("Russia", "GPE", gaz_id="russia", mentions=1)
    part1 = (0, [russia, ukraine], [], [StanceRecord(1, "talks", "talks", "support", "agreed", "e1", 0, 5)])
    part2 = (100, [ukraine._replace(mentions=2), zelensky], [QuoteRecord("no", "direct", "said", 3, 5, speaker=1)],
             [StanceRecord(1, "truce", "truce", "oppose", "rejected", "e2", 1, 9, quote=0)])
    actors, quotes, stances = merge_chunks([part1, part2])
    names = [a.name for a in actors]
    assert names == ["Russia", "Ukraine", "Volodymyr Zelensky"]
    assert actors[1].mentions == 3
    # Zelensky speaks for Ukraine (index 1 of the merged list), not Russia (his chunk's index 0)
    assert actors[2].affiliation == 1 and actors[2].first_char == 110
    assert quotes == [QuoteRecord("no", "direct", "said", 103, 105, speaker=2)]
    assert stances[1].actor == 2 and (stances[1].start, stances[1].end) == (101, 109) and stances[1].quote == 0


def test_chunked_extraction_matches_whole_text(nlp, settings):
    """A text of self-contained paragraphs gives the same stances whole or in small chunks."""
    from pipeline.annotate import annotate
    from pipeline.records import Document

    paragraphs = [
        "Iceland rejected the proposal to share the quota, its fisheries minister said on Tuesday.",
        "Denmark said it would consider the offer if Norway agreed to a ceasefire in the dispute.",
        "Finland demanded the withdrawal of all troops from the border region, officials said.",
        "Estonia agreed to the new rail treaty on Friday, the foreign ministry said.",
    ] * 6
    text = "\n\n".join(paragraphs)
    doc = Document(doc_id="chunked", path="chunked", text=text, title="Chunks")
    whole = next(annotate([doc], settings, nlp=nlp))
    small = settings.__class__(**{**settings.__dict__, "max_chunk_chars": 400})
    chunked = next(annotate([doc], small, nlp=nlp))
    assert len(split_chunks(text, 400)) > 5

    def key(result):
        return sorted((s.start, text[s.start : s.end].strip(), s.polarity, result.actors[s.actor].name, s.issue)
                      for s in result.stances)

    assert key(whole) and key(chunked) == key(whole)
    assert chunked.words == whole.words


# ---------------------------------------------------------------------------------------------
# Interrupted builds
# ---------------------------------------------------------------------------------------------


def _article(n: int) -> str:
    """A unique small article (unique so that none is a duplicate the pipeline would skip)."""
    countries = ["Norway", "Iceland", "Denmark", "Finland", "Estonia", "Latvia", "Poland", "Ireland"]
    a, b = countries[n % len(countries)], countries[(n * 3 + 1) % len(countries)]
    return (f"title: Fishing talks, round {n}\n\n"
            f"{a} rejected the proposal number {n} to share the quota, its fisheries minister said on day {n}.\n\n"
            f"\"We will never accept quota number {n},\" the minister of {a} told reporters in {b}.\n\n"
            f"{b} said it would consider offer {n} if {a} agreed to a ceasefire in the dispute.\n\n"
            + " ".join(f"Delegates from {b} met delegates from {a} for talk number {n}-{k}." for k in range(12)) + "\n")


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in DATA_FILES + ("run_report.json",)}


def _assert_outputs_parse(out: Path) -> None:
    for name in CSV_FILES:
        read_csv(out / name)
    nx.read_graphml(out / "graph.graphml")
    nx.read_gexf(out / "graph.gexf")
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    json.loads((out / "run_report.json").read_text(encoding="utf-8"))


def _cache_entries(out: Path) -> int:
    return sum(1 for p in (out / ".cache").rglob("*.json") if not p.name.startswith(".tmp"))


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_build(corpus: Path, out: Path, sig: int, min_entries: int) -> tuple[int, int]:
    """Start a build, send ``sig`` once ``min_entries`` new cache entries exist; return (exit code,
    cache entries at the time)."""
    before = _cache_entries(out)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    # A shell that runs the tests in the background (`make test &`) starts them with SIGINT ignored,
    # and Python keeps an ignored SIGINT ignored: give the build the default disposition back, so
    # that it installs its own handler as it does when started from a terminal.
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "build", str(corpus), "--out", str(out), "--quiet",
                                "--jobs", "1"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=_default_sigint)
    deadline = time.monotonic() + 300
    try:
        while _cache_entries(out) < before + min_entries:
            assert process.poll() is None, "the build ended before it could be interrupted: " + process.communicate()[1]
            assert time.monotonic() < deadline, "no cache entries appeared"
            time.sleep(0.05)
        entries = _cache_entries(out)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if sig == signal.SIGINT:
        assert "interrupted" in stderr, f"exit code {process.returncode}, stderr: {stderr[-2000:]!r}"
    return process.returncode, entries


@pytest.mark.slow
def test_interrupted_build_keeps_previous_outputs_and_resumes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(4):
        (corpus / f"a{n:03d}.txt").write_text(_article(n), encoding="utf-8")
    out = tmp_path / "out"
    first = run_build(corpus, out, "--jobs", "1")
    assert first.returncode == 0, first.stderr
    previous = _snapshot(out)
    for n in range(4, 80):
        (corpus / f"a{n:03d}.txt").write_text(_article(n), encoding="utf-8")

    code, _ = _interrupt_build(corpus, out, signal.SIGKILL, min_entries=3)
    assert code == -signal.SIGKILL
    assert _snapshot(out) == previous, "a killed build leaves the previous outputs as they were"
    _assert_outputs_parse(out)

    code, entries = _interrupt_build(corpus, out, signal.SIGINT, min_entries=3)
    assert code == 130
    assert _snapshot(out) == previous, "an interrupted build leaves the previous outputs as they were"
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")], "no temporary file is left"

    resumed = run_build(corpus, out, "--jobs", "1")
    assert resumed.returncode == 0, resumed.stderr
    _assert_outputs_parse(out)
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["cache"]["hits"] >= entries > 4, "the rebuild resumes from what the interrupted builds cached"
    assert report["counts"]["processed"] == 80
    fresh = run_build(corpus, tmp_path / "fresh", "--jobs", "1", "--no-cache")
    assert fresh.returncode == 0
    for name in DATA_FILES:
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name


def test_unreadable_cache_entry_is_recomputed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_article(1), encoding="utf-8")
    out = tmp_path / "out"
    assert run_build(corpus, out, "--jobs", "1").returncode == 0
    before = _snapshot(out)
    for entry in (out / ".cache").rglob("*.json"):
        entry.write_text('{"actors": [', encoding="utf-8")  # what a torn write would leave
    again = run_build(corpus, out, "--jobs", "1")
    assert again.returncode == 0, again.stderr
    after = _snapshot(out)
    assert {k: v for k, v in after.items() if k != "run_report.json"} == {k: v for k, v in before.items() if k != "run_report.json"}


# ---------------------------------------------------------------------------------------------
# A 20 MB article (slow)
# ---------------------------------------------------------------------------------------------


def _repeated_news(target_bytes: int, limit: int) -> tuple[str, str]:
    """About ``target_bytes`` of real news prose: one block of the fixture articles' paragraphs,
    just under ``limit`` characters, repeated (a scraper that saved the same page over and over).

    Returns:
        (the file's text, the block).
    """
    paragraphs = [p for d in read_corpus(CORPUS) if d.ok for p in d.text.split("\n\n") if len(p.split()) > 8]
    paragraphs.sort(key=len, reverse=True)  # the longest first: the chunk cut then falls between blocks
    block = [paragraphs[0]]
    size = len(paragraphs[0])
    for paragraph in paragraphs[1:] * 10:
        if size + 2 + len(paragraph) > limit - 60:
            continue
        block.append(paragraph)
        size += 2 + len(paragraph)
    unit = "\n\n".join(block)
    copies = -(-target_bytes // len((unit + "\n\n").encode("utf-8")))
    return "title: A scraped page, saved many times\n\n" + "\n\n".join([unit] * copies) + "\n\n" + LONG_END_SENTENCE + "\n", unit


@pytest.mark.slow
def test_20_mb_article_is_processed_whole(tmp_path):
    """A 20 MB article builds in one run, every chunk of it read, in bounded time and memory.

    The file repeats one ~100 KB block of real news text, so identical chunks are parsed once
    (their records are reused at each offset; see pipeline.annotate.runners.parse_items) and the test takes about
    a minute: it measures everything but spaCy's per-token cost (ingest, chunking, merging 200+
    chunks, resolving, exporting a graph of ~90,000 quotes), which is linear and known.
    """
    limit = 100_000
    text, unit = _repeated_news(20 * 1024 * 1024, limit)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huge page.txt").write_text(text, encoding="utf-8")
    assert (corpus / "huge page.txt").stat().st_size >= 20 * 1024 * 1024
    normalised = next(read_corpus(corpus)).text
    chunks = split_chunks(normalised, limit)
    assert len(chunks) > 200 and len({chunk.strip() for _, chunk in chunks}) <= 3, "the block repeats chunk by chunk"
    config = tmp_path / "config.toml"
    config.write_text(f"[annotate]\nmax_chunk_chars = {limit}\n", encoding="utf-8")
    out = tmp_path / "out"
    # run the build under a small parent that reports the build's peak memory (ru_maxrss, KiB)
    probe = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
             "print('maxrss', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "pipeline.cli", "build", str(corpus),
                             "--out", str(out), "--quiet", "--jobs", "1", "--config", str(config)],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    peak_mb = int(re.search(r"maxrss (\d+)", result.stdout).group(1)) / 1024
    print(f"\n20 MB build: {elapsed:.0f} s, peak memory {peak_mb:.0f} MB, {len(chunks)} chunks")
    assert elapsed < 600 and peak_mb < 4096

    documents = read_csv(out / "documents.csv")
    assert list(documents.status) == ["ok"]
    copies = normalised.count(unit)
    assert int(documents.words[0]) > 0.8 * len(normalised.split()), "every chunk is counted"
    stances = read_csv(out / "stances.csv")
    # the same stances in every copy of the block: each chunk was read, none dropped
    per_block = stances[stances.start_char.astype(int) < len(unit)]
    assert len(per_block) > 0 and len(stances) >= copies * len(per_block)
    last = stances[stances.evidence == LONG_END_SENTENCE]
    assert len(last) == 1 and int(last.start_char.iloc[0]) > len(normalised) - 200
    for row in stances.tail(20).itertuples():
        assert normalised[int(row.start_char) : int(row.end_char)].strip() == row.evidence.removeprefix("'")


# ---------------------------------------------------------------------------------------------
# Units behind the guarantees: atomic output sets, CSV neutralisation, bounded spaCy batches
# ---------------------------------------------------------------------------------------------


def test_output_set_replaces_all_files_or_none(tmp_path):
    from pipeline.export.atomic import output_set, write_text_atomic

    for name in ("a.csv", "b.csv"):
        write_text_atomic(tmp_path / name, "old")
    with pytest.raises(KeyboardInterrupt):
        with output_set():
            write_text_atomic(tmp_path / "a.csv", "new")
            assert (tmp_path / "a.csv").read_text() == "old", "nothing replaced before the set ends"
            raise KeyboardInterrupt
    assert [(tmp_path / n).read_text() for n in ("a.csv", "b.csv")] == ["old", "old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"], "temporary files removed"
    with output_set():
        write_text_atomic(tmp_path / "a.csv", "new")
        write_text_atomic(tmp_path / "b.csv", "new")
    assert [(tmp_path / n).read_text() for n in ("a.csv", "b.csv")] == ["new", "new"]


def test_output_set_as_a_decorator_and_failed_writer(tmp_path):
    from pipeline.export.atomic import output_set, write_atomic, write_text_atomic

    write_text_atomic(tmp_path / "a.csv", "old")

    @output_set()
    def export():
        write_text_atomic(tmp_path / "a.csv", "new")
        write_atomic(tmp_path / "b.csv", lambda handle: 1 / 0)

    with pytest.raises(ZeroDivisionError):
        export()
    assert (tmp_path / "a.csv").read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_temporary_files_of_dead_processes_are_removed(tmp_path):
    from pipeline.export.atomic import write_text_atomic

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".graph.html.{dead.pid}.abc123.tmp"
    stale.write_text("half a page")
    mine = tmp_path / f".graph.html.{os.getpid()}.def456.tmp"
    mine.write_text("being written")
    other = tmp_path / ".graph.gexf.1.xyz.tmp"  # pid 1 is alive: never touched
    other.write_text("x")
    write_text_atomic(tmp_path / "graph.html", "<html></html>")
    assert not stale.exists() and mine.exists() and other.exists()


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"), ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+cmd", "'+cmd"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=x", "'\t=x"), ("  =x", "'  =x"), ("＝cmd", "'＝cmd"), ("-draft", "'-draft"),
        ("a\rb", "a\nb"), ("\r=x", "'\n=x"),
        ("-5", "-5"), ("+3.5%", "+3.5%"), ("1,000", "1,000"), ("Kyiv", "Kyiv"), ("", ""), (3, 3), (True, True),
    ],
)
def test_neutralise(cell, safe):
    assert neutralise(cell) == safe


def test_stance_matrix_cells_and_headers_are_neutralised(tmp_path):
    from pipeline.export.tables import write_tables
    from pipeline.records import Actor, Document, Issue, Resolved, Stance

    actor = Actor("x", "=cmd|' /C calc'!A0", "PERSON", (), "", "", ("d",))
    issue = Issue("=issue", "=issue", (), ("d",))
    stance = Stance("s", "d", "x", actor.name, "=issue", "=issue", "oppose", False, "", "rejected", "@evidence",
                    0, 5, "", "")
    resolved = Resolved((Document("d", "d", "", title="-title"),), (actor,), (issue,), (), (stance,))
    write_tables(resolved, tmp_path)
    matrix = read_csv(tmp_path / "stance_matrix.csv")
    assert list(matrix.columns) == ["actor_id", "actor", "'=issue", "red_lines"]
    assert matrix.actor[0] == "'=cmd|' /C calc'!A0"
    assert read_csv(tmp_path / "stances.csv").evidence[0] == "'@evidence"
    assert read_csv(tmp_path / "documents.csv").title[0] == "'-title"


def test_spacy_batches_of_long_chunks_are_small(nlp, settings, monkeypatch):
    """spaCy holds a batch in memory at once: long chunks go a few at a time (bounded memory)."""
    import pipeline.annotate.runners as annotate_module

    sizes = []

    class Spy:
        def __getattr__(self, name):
            return getattr(nlp, name)

        def pipe(self, docs, batch_size):
            sizes.append(batch_size)
            return nlp.pipe(docs, batch_size=batch_size)

    text = "\n\n".join(["Iceland rejected the proposal to share the quota, its fisheries minister said."] * 40)
    small = settings.__class__(**{**settings.__dict__, "max_chunk_chars": 900, "batch_size": 16})
    monkeypatch.setattr(annotate_module, "PIPE_BATCH_CHARS", 2000)
    annotate_module.annotate_items(Spy(), [("t", text)], small)
    assert sizes == [2]
    monkeypatch.setattr(annotate_module, "PIPE_BATCH_CHARS", 250_000)
    annotate_module.annotate_items(Spy(), [("t", text)], small)
    assert sizes[-1] == 16


@pytest.mark.parametrize("setting", ["html_max_nodes = 0", "html_max_edges = -5", "html_max_edges = 2.5",
                                     "matrix_max_cells = true", 'html_max_edges = "many"'])
def test_a_page_or_matrix_limit_that_is_no_positive_number_is_a_usage_error(tmp_path, setting):
    config = tmp_path / "config.toml"
    config.write_text(f"[graph]\n{setting}\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(_one_article(tmp_path)), "--out", str(tmp_path / "o"),
                                 "--config", str(config)])
    key = setting.split(" =")[0]
    assert result.exit_code == 2 and f"{key} must be a positive whole number" in result.output
    assert not (tmp_path / "o").exists()
