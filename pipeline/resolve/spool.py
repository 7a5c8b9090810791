"""Rows kept on this machine's disk, a partition at a time (the final quote and stance rows of a
resolve on Dask).

The rows come back from the workers partition by partition, in partition order, and each
partition is pickled to a temporary file as it comes: the client never holds more than one
partition's rows. The graph and the tables read them back, a partition at a time, as often as
they need (counts, the stance matrix, the graph, the CSV files); :meth:`SpooledRows.map` gives a
view whose rows are completed as they are read (the shared quotations' documents, the shifts of
position), so no second copy is written.

A :class:`SpooledRows` reads like the tuple of rows it stands for (iteration, ``len``, equality
with a tuple or a list of the same rows); pickled, it is that tuple.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any


def read_at(file: IO[bytes], offset: int, length: int) -> bytes:
    """``length`` bytes of ``file`` from ``offset``: with ``pread`` where there is one, which
    moves no position, so a forked child sharing the file reads without moving the parent's."""
    if hasattr(os, "pread"):
        return os.pread(file.fileno(), length, offset)
    file.seek(offset)
    return file.read(length)


class SpooledRows:
    """Rows appended a partition at a time (:meth:`add`), read back a partition at a time."""

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix=".resolved-rows.", suffix=".tmp", dir=directory)
        self._spans: list[tuple[int, int]] = []  # (offset, length) of each partition
        self._size = 0
        self._count = 0
        self._map: Callable[[Any], Any] | None = None

    def add(self, rows: list[Any]) -> None:
        """Append one partition's rows (in order; an empty one takes no room)."""
        if not rows:
            return
        data = pickle.dumps(list(rows), protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._size)
        self._file.write(data)
        self._file.flush()  # read back with pread, under the buffer
        self._spans.append((self._size, len(data)))
        self._size += len(data)
        self._count += len(rows)

    def map(self, function: Callable[[Any], Any]) -> SpooledRows:
        """These rows, each passed through ``function`` as it is read (a view of the spooled
        rows, which are not copied; add no more rows to either)."""
        if self._map is not None:
            raise ValueError("a view of spooled rows is not mapped again: map the rows once")
        view = SpooledRows.__new__(SpooledRows)  # (copy.copy would take the tuple of __reduce__)
        view.__dict__.update(self.__dict__, _map=function)
        return view

    def _load(self, span: tuple[int, int]) -> list[Any]:
        rows = pickle.loads(read_at(self._file, *span))
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

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (SpooledRows, tuple, list)):
            return NotImplemented
        return len(other) == self._count and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))

    def __repr__(self) -> str:
        return f"SpooledRows({self._count} rows in {len(self._spans)} partitions)"
