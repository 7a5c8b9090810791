"""The CSV tables written row by row: the bytes pandas wrote before, and a stance matrix that stays
bounded on an archive."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pandas as pd
import pytest

from pipeline.export.tables import neutralise, restore, stance_matrix, write_rows

HOSTILE = [
    "plain", "", 'a "quoted" word', "comma, inside", "line\nbreak", "=cmd|' /C calc'!A0", "  +1 (555)", "-5",
    "tab\tinside", "Ünïcödé — “smart” quotes", "trailing space ", "'already quoted", "\r\nwindows line", "@SUM(A1)",
]


@pytest.mark.parametrize("cell", HOSTILE)
def test_streamed_csv_has_the_bytes_pandas_wrote(tmp_path, cell):
    rows = [[neutralise(cell), 7, neutralise(cell + cell), "true"], ["", 0, "x", "false"]]
    write_rows(tmp_path / "t.csv", ["a", "n", "b", "flag"], rows)
    buffer = io.StringIO()
    pd.DataFrame(rows, columns=["a", "n", "b", "flag"]).to_csv(buffer, index=False, lineterminator="\n")
    assert (tmp_path / "t.csv").read_bytes() == buffer.getvalue().encode("utf-8")


def _stance(actor, issue, polarity="support", red_line=False, claimed_by="", duplicate=False):
    return SimpleNamespace(actor_id=actor, issue_id=issue, polarity=polarity, red_line=red_line,
                           claimed_by=claimed_by, duplicate=duplicate)


def _resolved(stances):
    actors = sorted({s.actor_id for s in stances})
    return SimpleNamespace(stances=stances, actors=[SimpleNamespace(actor_id=a, name=a.upper()) for a in actors])


CORPUS = _resolved([
    _stance("a", "i1"), _stance("a", "i2", "oppose", red_line=True), _stance("b", "i1", "oppose"),
    _stance("b", "i1", "oppose"), _stance("b", "i1"), _stance("c", "i3"), _stance("c", "i1", claimed_by="a"),
    _stance("d", "i2", "demand"), _stance("d", "i4", "oppose", red_line=True),
])


def test_matrix_rows_hold_prevailing_stances_and_red_lines():
    matrix = stance_matrix(CORPUS)
    assert matrix.issues == ["i1", "i2", "i3", "i4"]
    assert list(matrix.dense_rows()) == [
        ["a", "A", "support", "oppose", "", "", "i2"],
        ["b", "B", "oppose", "", "", "", ""],
        ["c", "C", "", "", "support", "", ""],
        ["d", "D", "", "demand", "", "oppose", "i4"],
    ]


@pytest.mark.parametrize("max_cells, kept", [(0, ["i1", "i2", "i3", "i4"]), (16, ["i1", "i2", "i3", "i4"]),
                                             (8, ["i1", "i2"]), (4, ["i1"]), (1, ["i1"])])
def test_matrix_above_the_cell_limit_keeps_the_issues_most_actors_hold(max_cells, kept):
    matrix = stance_matrix(CORPUS, max_cells)
    assert matrix.issues == kept
    assert matrix.total_issues == 4
    assert [row[0] for row in matrix.dense_rows()] == ["a", "b", "c", "d"]  # every actor keeps its row
    assert next(row for row in matrix.dense_rows() if row[0] == "d")[-1] == "i4"  # and all its red lines


@pytest.mark.parametrize("text", [
    "=HYPERLINK(\"http://x\")", "+1 (555) 010", "-- a dash opens the quote", "@everyone", " =SUM(A1)",
    "\uff1dfull-width", "plain text", "-5", "+3.5%", "", "'quoted already",
], ids=["formula", "plus", "dash", "at", "space-formula", "full-width", "plain", "negative-number",
        "signed-percent", "empty", "apostrophe"])
def test_show_restores_what_the_tables_guard(text):
    """``show`` prints the article's text: what ``neutralise`` guarded is given back."""
    assert restore(neutralise(text)) == text
