"""Negotiations, issues and shifts built end to end on two small hand-written corpora (slow):
two unrelated disputes (Colombia-ELN talks, a Kenyan teachers' strike), and dated articles in
which Hamas moves from rejecting to considering a truce proposal."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "negotiations"
runner = CliRunner()


def _build(tmp_path_factory, name: str) -> Path:
    out = tmp_path_factory.mktemp(name)
    result = runner.invoke(app, ["build", str(FIXTURES / name), "--out", str(out), "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def two_disputes(tmp_path_factory):
    return _build(tmp_path_factory, "two_disputes")


@pytest.fixture(scope="module")
def shift(tmp_path_factory):
    return _build(tmp_path_factory, "shift")


@pytest.mark.slow
def test_two_unrelated_disputes_are_two_negotiations(two_disputes):
    negotiations = pd.read_csv(two_disputes / "negotiations.csv", dtype=str, keep_default_na=False)
    docs = sorted(negotiations["doc_ids"])
    assert docs == ["colombia_eln_talks_1.txt|colombia_eln_talks_2.txt", "kenya_teachers_strike_1.txt|kenya_teachers_strike_2.txt"]
    documents = pd.read_csv(two_disputes / "documents.csv", dtype=str, keep_default_na=False)
    assert documents.groupby("negotiation_id")["doc_id"].count().tolist() == [2, 2]


@pytest.mark.slow
def test_no_issue_and_no_alignment_joins_two_disputes(two_disputes):
    stances = pd.read_csv(two_disputes / "stances.csv", dtype=str, keep_default_na=False)
    issues = pd.read_csv(two_disputes / "issues.csv", dtype=str, keep_default_na=False)
    assert stances.groupby("issue_id")["negotiation_id"].nunique().max() == 1
    # "timetable for talks" is discussed in both, and is two issues
    timetable = issues[issues["label"].str.startswith("timetable")]
    assert len(timetable) == 2 and timetable["negotiation_id"].nunique() == 2
    g = nx.read_graphml(two_disputes / "graph.graphml")
    side = {f"actor:{a}": n for a, n in zip(stances["actor_id"], stances["negotiation_id"])}
    for u, v, data in g.edges(data=True):
        relations = set(data["relation"].split("|"))
        if relations & {"aligned", "opposed"}:
            assert side[u] == side[v], (u, v)
    assert any("opposed" in d["relation"] for _, _, d in g.edges(data=True))


@pytest.mark.slow
def test_negotiation_and_category_nodes(two_disputes):
    g = nx.read_graphml(two_disputes / "graph.graphml")
    kinds = nx.get_node_attributes(g, "kind")
    assert sum(1 for k in kinds.values() if k == "negotiation") == 2
    assert "category:ceasefire" in g and "category:labour" in g
    issues = pd.read_csv(two_disputes / "issues.csv", dtype=str, keep_default_na=False)
    categories = issues[issues["level"] == "category"]
    assert set(issues.loc[issues["level"] == "issue", "parent"]) - {""} <= set(categories["issue_id"])


@pytest.mark.slow
def test_a_move_from_rejecting_to_considering_is_a_shift(shift):
    stances = pd.read_csv(shift / "stances.csv", dtype=str, keep_default_na=False)
    shifted = stances[stances["shift_from"] != ""]
    assert shifted[["actor_id", "polarity", "shift_from", "date"]].values.tolist() == [["hamas", "consider", "oppose", "2024-05-10"]]
    g = nx.read_graphml(shift / "graph.graphml")
    issue = f"issue:{shifted['issue_id'].iloc[0]}"
    edge = next(d for u, v, d in g.edges(data=True) if (u, v) == ("actor:hamas", issue))
    assert edge["position_shift"] == "oppose->consider"
    page = (shift / "graph.html").read_text(encoding="utf-8")
    assert "oppose-\\u003econsider" in page or "oppose->consider" in page
