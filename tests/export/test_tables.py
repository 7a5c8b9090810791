"""The CSV tables written row by row: the bytes pandas wrote before, and a stance matrix that stays
bounded on an archive."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pandas as pd
import pytest

from pipeline.export.tables import neutralise, restore, stance_matrix, write_rows
from pipeline.positions import own_positions, prevailing, prevailing_own

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


@pytest.mark.parametrize("max_cells", [0, 16, 8, 4, 1])
def test_matrix_keeps_only_the_kept_columns_cells_and_the_same_rows(max_cells):
    """Above the cell limit the cells of the columns left out are let go (an archive's positions
    on tens of thousands of issues): the rows, the red lines and what the heatmap reads are those
    of the whole matrix narrowed to the kept columns."""
    matrix = stance_matrix(CORPUS, max_cells)
    whole = stance_matrix(CORPUS)
    assert {issue for cells in matrix.cells.values() for issue in cells} <= set(matrix.issues)
    assert list(matrix.dense_rows()) == list(whole._replace(issues=matrix.issues).dense_rows())
    assert matrix.frame().equals(whole.frame(matrix.issues))


# each case: the own stances' (actor, issue, polarity[, claimed_by, duplicate]) and the prevailing
# cells; prevailing_own must be prevailing() of own_positions()' counters, in their order
PREVAILING_CASES = {
    "one stance": ([("a", "i", "support")], {"a": {"i": "support"}}),
    "most frequent wins": ([("a", "i", "support"), ("a", "i", "oppose"), ("a", "i", "support")], {"a": {"i": "support"}}),
    "a tie goes to the firmer": ([("a", "i", "consider"), ("a", "i", "oppose")], {"a": {"i": "oppose"}}),
    "tie demand and propose": ([("a", "i", "propose"), ("a", "i", "demand")], {"a": {"i": "demand"}}),
    "tie of three": ([("a", "i", "support"), ("a", "i", "consider"), ("a", "i", "propose")], {"a": {"i": "propose"}}),
    "claimed stances left out": ([("a", "i", "oppose", "b"), ("a", "i", "support")], {"a": {"i": "support"}}),
    "duplicates left out": ([("a", "i", "oppose", "", True), ("a", "i", "support")], {"a": {"i": "support"}}),
    "only claimed: no cell": ([("a", "i", "oppose", "b")], {}),
    "actors and issues in first-stance order": (
        [("b", "j", "support"), ("a", "i", "oppose"), ("b", "i", "consider"), ("a", "j", "demand")],
        {"b": {"j": "support", "i": "consider"}, "a": {"i": "oppose", "j": "demand"}}),
    "many stances of one pair": ([("a", "i", "support")] * 300 + [("a", "i", "oppose")] * 301, {"a": {"i": "oppose"}}),
}


@pytest.mark.parametrize("case", sorted(PREVAILING_CASES))
def test_prevailing_own_is_prevailing_of_the_own_positions(case):
    rows, expected = PREVAILING_CASES[case]
    stances = [_stance(actor, issue, polarity, claimed_by=rest[0] if rest else "", duplicate=rest[1] if len(rest) > 1 else False)
               for actor, issue, polarity, *rest in rows]
    got = prevailing_own(stances)
    assert got == expected
    assert [(a, list(cells)) for a, cells in got.items()] == [(a, list(cells)) for a, cells in expected.items()]
    counters = own_positions(stances)
    assert [(a, i, p) for a, cells in got.items() for i, p in cells.items()] == [
        (a, i, prevailing(counter)) for (a, i), counter in sorted(counters.items(), key=lambda kv: list(got).index(kv[0][0]))]


@pytest.mark.parametrize("text", [
    "=HYPERLINK(\"http://x\")", "+1 (555) 010", "-- a dash opens the quote", "@everyone", " =SUM(A1)",
    "\uff1dfull-width", "plain text", "-5", "+3.5%", "", "'quoted already",
], ids=["formula", "plus", "dash", "at", "space-formula", "full-width", "plain", "negative-number",
        "signed-percent", "empty", "apostrophe"])
def test_show_restores_what_the_tables_guard(text):
    """``show`` prints the article's text: what ``neutralise`` guarded is given back."""
    assert restore(neutralise(text)) == text
