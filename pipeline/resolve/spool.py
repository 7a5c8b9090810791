"""Rows kept on this machine's disk, a partition at a time (the final quote and stance rows of a
resolve on Dask).

The rows come back from the workers partition by partition, in partition order, and each
partition is pickled to a temporary file as it comes: the client never holds more than one
partition's rows. The graph and the tables read them back, a partition at a time, as often as
they need (counts, the stance matrix, the graph, the CSV files); :meth:`SpooledRows.map` gives a
view whose rows are completed as they are read (the shared quotations' documents, the shifts of
position), so no second copy is written.

A :class:`SpooledRows` reads like the tuple of rows it stands for (iteration, ``len``, indexing,
equality with a tuple or a list of the same rows); pickled, it is that tuple.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any


class SpooledRows:
    """Rows appended a partition at a time (:meth:`add`), read back a partition at a time."""

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix=".resolved-rows.", suffix=".tmp", dir=directory)
        self._spans: list[tuple[int, int, int]] = []  # (offset, length, rows) of each partition
        self._starts: list[int] = []  # the index of each partition's first row
        self._size = 0
        self._count = 0
        self._map: Callable[[Any], Any] | None = None
        self._last: tuple[int, list[Any]] | None = None  # the partition indexing read last: (number, rows)

    def add(self, rows: list[Any]) -> None:
        """Append one partition's rows (in order; an empty one takes no room)."""
        if not rows:
            return
        data = pickle.dumps(list(rows), protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._size)
        self._file.write(data)
        self._file.flush()  # read back with pread, under the buffer
        self._spans.append((self._size, len(data), len(rows)))
        self._starts.append(self._count)
        self._size += len(data)
        self._count += len(rows)

    def map(self, function: Callable[[Any], Any]) -> SpooledRows:
        """These rows, each passed through ``function`` as it is read (a view: nothing copied)."""
        view = SpooledRows.__new__(SpooledRows)
        view._file, view._spans, view._size, view._count = self._file, self._spans, self._size, self._count
        view._starts, view._last = self._starts, None
        inner = self._map
        view._map = function if inner is None else _Composed(inner, function)
        return view

    def _read(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):  # position-free: a forked child sharing the file moves nothing
            return os.pread(self._file.fileno(), length, offset)
        self._file.seek(offset)
        return self._file.read(length)

    def _load(self, span: tuple[int, int, int]) -> list[Any]:
        rows = pickle.loads(self._read(span[0], span[1]))
        return rows if self._map is None else [self._map(row) for row in rows]

    def parts(self) -> Iterator[list[Any]]:
        """The rows, one partition's list at a time."""
        for span in self._spans:
            yield self._load(span)

    def __iter__(self) -> Iterator[Any]:
        for part in self.parts():
            yield from part

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("row index out of range")
        # rows read by index one after another (a loop over ``range(len(rows))``) load their
        # partition once: the partition read last is kept
        part = bisect_right(self._starts, index) - 1
        if self._last is None or self._last[0] != part:
            self._last = (part, self._load(self._spans[part]))
        return self._last[1][index - self._starts[part]]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (SpooledRows, tuple, list)) or len(other) != self._count:
            return NotImplemented if not isinstance(other, (SpooledRows, tuple, list)) else False
        return all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))

    def __repr__(self) -> str:
        return f"SpooledRows({self._count} rows in {len(self._spans)} partitions)"


class _Composed:
    """``outer(inner(row))`` (a module-level callable: a view stays picklable as a tuple)."""

    def __init__(self, inner: Callable[[Any], Any], outer: Callable[[Any], Any]) -> None:
        self.inner, self.outer = inner, outer

    def __call__(self, row: Any) -> Any:
        return self.outer(self.inner(row))


def spool(parts: Iterable[list[Any]], directory: str | os.PathLike | None = None) -> SpooledRows:
    """Partitions of rows spooled in order."""
    rows = SpooledRows(directory)
    for part in parts:
        rows.add(part)
    return rows
