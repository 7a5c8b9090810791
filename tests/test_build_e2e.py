"""One end-to-end run of the whole pipeline on the fixture corpus (a frozen copy of the bundled
articles in ``tests/fixtures/corpus/``; slow)."""

from __future__ import annotations

import json
import re
import shutil

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.build import CONTRACT_FILES
from pipeline.cli import app

from .conftest import CORPUS, GOLD

CONTRACT_COLUMNS = {
    "documents.csv": ["doc_id", "path", "title", "source", "date", "status", "error"],
    "actors.csv": ["actor_id", "name", "type", "aliases", "role", "affiliation", "doc_ids"],
    "quotes.csv": ["quote_id", "doc_id", "speaker_id", "speaker", "text", "kind", "cue", "start_char", "end_char"],
    "stances.csv": ["stance_id", "doc_id", "actor_id", "actor", "issue_id", "issue", "polarity", "red_line", "condition",
                    "cue", "evidence", "start_char", "end_char", "claimed_by", "quote_id"],
    "issues.csv": ["issue_id", "label", "aliases", "doc_ids"],
}

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory, warm_cache):
    """The command line's build of the fixture corpus, its documents' results taken from the
    session build's cache (the parse is tested there; resolve, graph and export run here)."""
    out = warm_cache(tmp_path_factory.mktemp("outputs"))
    result = runner.invoke(app, ["build", str(CORPUS), "--out", str(out), "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out, result.output


@pytest.mark.slow
def test_every_contract_file_and_column(built):
    out, output = built
    for name in CONTRACT_FILES:
        assert (out / name).exists(), name
    for name, columns in CONTRACT_COLUMNS.items():
        table = pd.read_csv(out / name, dtype=str, keep_default_na=False)
        assert list(table.columns[: len(columns)]) == columns, name
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    corpus_files = sorted(p.name for p in CORPUS.iterdir() if p.suffix == ".txt")
    assert sorted(documents["doc_id"]) == corpus_files
    assert set(documents["status"]) == {"ok"}
    assert "10 documents" in output


@pytest.mark.slow
def test_outputs_have_real_content(built):
    out, _ = built
    actors = pd.read_csv(out / "actors.csv", dtype=str, keep_default_na=False).set_index("actor_id")
    assert actors.loc["volodymyr-zelensky", "affiliation"] == "ukraine"
    assert actors.loc["marco-rubio", "role"] == "Secretary of State"
    assert set(actors["type"]) <= {"PERSON", "ORG", "GPE", "NORP", "GROUP"}
    stances = pd.read_csv(out / "stances.csv", dtype=str, keep_default_na=False)
    zelensky = stances[(stances.actor_id == "volodymyr-zelensky") & (stances.polarity == "oppose")]
    assert zelensky["issue"].str.contains("recognition").any()
    assert set(stances["red_line"]) <= {"true", "false"}
    quotes = pd.read_csv(out / "quotes.csv", dtype=str, keep_default_na=False)
    assert set(quotes["kind"]) <= {"direct", "partial", "indirect"}
    report = json.loads((out / "run_report.json").read_text())
    assert report["counts"]["processed"] == 10 and report["skipped"] == []


@pytest.mark.slow
def test_a_repeated_stance_with_its_own_condition_reaches_the_graph(built):
    """Ukraine accepts the ceasefire in several sentences; the one that sets a condition ("ready to
    move forward with the ceasefire if Russia did the same") is no duplicate, so its condition is
    on the graph's edge; a row marked duplicate repeats an earlier one with the same red line and
    condition."""
    out, _ = built
    stances = pd.read_csv(out / "stances.csv", dtype=str, keep_default_na=False)
    key = ["doc_id", "actor_id", "issue_id", "polarity", "claimed_by", "red_line", "condition"]
    firsts = stances[stances["duplicate"] == "false"][key].apply(tuple, axis=1)
    for row in stances[stances["duplicate"] == "true"][key].apply(tuple, axis=1):
        assert row in set(firsts), row
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    (edge,) = g.get_edge_data("actor:ukraine", "issue:30-day-ceasefire").values()
    assert "Russia did the same" in edge["condition"]


@pytest.mark.slow
def test_graphml_reads_back(built):
    out, _ = built
    g = nx.read_graphml(out / "graph.graphml")
    kinds = {data.get("kind") for _, data in g.nodes(data=True)}
    assert {"actor", "issue", "quote"} <= kinds
    ids = [data.get("id") for _, _, data in g.edges(data=True)]
    assert len(ids) == len(set(ids))
    gexf = nx.read_gexf(out / "graph.gexf")
    assert gexf.number_of_nodes() == g.number_of_nodes()


@pytest.mark.slow
def test_html_is_offline(built):
    out, _ = built
    html = (out / "graph.html").read_text(encoding="utf-8")
    # nothing that a browser would fetch: no external scripts, styles, imports or frames
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "<link" not in html


@pytest.mark.slow
def test_second_build_is_byte_identical_and_cached(built, tmp_path):
    out, _ = built
    again = tmp_path / "again"
    shutil.copytree(out / ".cache", again / ".cache")
    result = runner.invoke(app, ["build", str(CORPUS), "--out", str(again), "--quiet", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    for name in CONTRACT_FILES:
        if name == "run_report.json":
            continue
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    report = json.loads((again / "run_report.json").read_text())
    assert report["cache"]["hits"] == 10


@pytest.mark.slow
@pytest.mark.skipif(not GOLD.exists(), reason="gold annotations live in ../shared/gold")
def test_evaluate_prints_scores(built):
    out, _ = built
    result = runner.invoke(app, ["evaluate", str(out), str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 10
    assert scores["actors"]["f1"] > 0.5


def test_missing_corpus_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2


def test_empty_corpus_exits_1(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["build", str(tmp_path / "empty"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1


def test_only_bad_inputs_exits_1(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 1
    documents = pd.read_csv(tmp_path / "o" / "documents.csv", dtype=str, keep_default_na=False)
    assert list(documents["status"]) == ["skipped"]


def _one_article(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "talks_2024.txt").write_text("title: T\ndate: 2024-05-01\n\nUkraine rejected the plan, officials said.\n",
                                           encoding="utf-8")
    return corpus


@pytest.mark.parametrize("typed, hint", [
    pytest.param("talks_2024", "did you mean 'talks_2024.txt'?", id="without-extension"),
    pytest.param("talks_2042.txt", "did you mean 'talks_2024.txt'?", id="typo"),
    pytest.param("something else entirely", "doc_ids are in documents.csv", id="nothing-near"),
])
def test_show_an_unknown_doc_id_names_the_near_ones(tmp_path, typed, hint):
    corpus = _one_article(tmp_path)
    result = runner.invoke(app, ["show", typed, "--corpus", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert f"no document {typed!r}" in result.output and hint in result.output


def test_show_without_a_build_says_so(tmp_path):
    # a new user pointed --out at a folder with no build: the text alone read as "nothing found"
    corpus = _one_article(tmp_path)
    result = runner.invoke(app, ["show", "talks_2024.txt", "--corpus", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "Ukraine rejected the plan" in result.output
    assert "no quotes.csv or stances.csv in" in result.output and "build first" in result.output
