"""Rows spooled to disk a partition at a time (pipeline/resolve/spool.py): what a resolve on Dask
hands the graph and the tables instead of a tuple; it must read like that tuple."""

from __future__ import annotations

import os
import pickle

import pytest

from pipeline.resolve.spool import SpooledRows

PARTITIONINGS = {
    "one partition": [[1, 2, 3, 4, 5]],
    "several": [[1, 2], [3], [4, 5]],
    "empty ones between": [[], [1, 2], [], [3, 4, 5], []],
    "nothing": [[], []],
}


def rows_of(parts):
    return tuple(row for part in parts for row in part)


def spool(parts):
    """Partitions of rows spooled in order, as a resolve on Dask adds them."""
    rows = SpooledRows()
    for part in parts:
        rows.add(part)
    return rows


@pytest.mark.parametrize("parts", PARTITIONINGS.values(), ids=PARTITIONINGS.keys())
def test_spooled_rows_read_like_their_tuple(parts):
    expected = rows_of(parts)
    rows = spool(parts)
    assert tuple(rows) == expected and tuple(rows) == expected  # read back as often as needed
    assert len(rows) == len(expected) and bool(rows) == bool(expected)
    assert rows == expected and expected == rows and rows == list(expected)
    assert [part for part in rows.parts()] == [part for part in parts if part]
    assert pickle.loads(pickle.dumps(rows)) == expected


@pytest.mark.parametrize(("other", "equal"), [
    ((1, 2, 3), True), ([1, 2, 3], True), ((1, 2), False), ((1, 2, 4), False), ((1, 2, 3, 4), False),
])
def test_equality_with_a_sequence(other, equal):
    assert (spool([[1, 2], [3]]) == other) is equal
    assert (other == spool([[1, 2], [3]])) is equal


def test_a_map_is_applied_as_rows_are_read():
    rows = spool([[1, 2], [3]])
    doubled = rows.map(lambda r: r * 2)
    assert tuple(doubled) == (2, 4, 6) and len(doubled) == 3 and doubled == (2, 4, 6)
    assert tuple(rows) == (1, 2, 3)  # a view: the rows themselves unchanged
    assert pickle.loads(pickle.dumps(doubled)) == (2, 4, 6)


def test_a_view_is_not_mapped_again():
    with pytest.raises(ValueError, match="map the rows once"):
        spool([[1]]).map(str).map(len)


def test_rows_read_in_a_forked_child_move_nothing_in_the_parent():
    """A forked child (the heatmap's, the page's) shares the file: reading there must not move
    the parent's reads (positions are not used)."""
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    rows = spool([[1, 2], [3, 4]])
    reading = iter(rows)
    assert next(reading) == 1
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0 if tuple(rows) == (1, 2, 3, 4) else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    assert list(reading) == [2, 3, 4]
