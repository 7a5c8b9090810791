"""Where the resolve stage's per-partition work runs: in this process, or on a Dask cluster.

The stage is written against two operations: ``reduce`` (a summary per partition, summaries
combined in partition order by an associative ``aggregate``, then ``finish`` on the result)
and ``rows`` (a function per partition whose rows are concatenated in order). The local engine
runs them over in-memory partitions (rows in a list); the Dask engine over the partitions of a ``dask.bag``
(``Bag.reduction`` keeps partition order and combines in a tree, on the workers; rows come
back a partition at a time, spooled to disk: :mod:`.spool`). Both call the
very same functions, so the two give the same bytes.
"""

from __future__ import annotations

import os
import uuid
from collections import deque
from functools import partial
from itertools import islice
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..records import DocResult
from . import documents, keys
from .spool import SpooledRows


def run_partition(function: Callable[..., Any], partition: Sequence[DocResult], *args: Any) -> Any:
    """``function`` over one partition, its caches cleared after it: nothing outlives the
    partition (a worker would otherwise pin every pass's issue model)."""
    try:
        return run_here(function, partition, *args)
    finally:
        clear_caches()


def run_here(function: Callable[..., Any], partition: Sequence[DocResult], *args: Any) -> Any:
    """``function`` over one partition of this process, its caches kept for the next pass (the
    same names and labels are read again; the resolve stage clears them once it ends)."""
    result = function(partition, *args)
    return list(result) if isinstance(result, Iterator) else result


def clear_caches() -> None:
    """Forget every reading the resolve stage caches (documents' and keys')."""
    documents.clear_caches()
    keys.clear_caches()


def _first_summary(partition: Sequence[Any]) -> Any:
    return partition[0]


class LocalEngine:
    """Partitions of ``partition_size`` documents (0: one partition) in this process."""

    def __init__(self, results: Sequence[DocResult], partition_size: int = 0) -> None:
        size = partition_size or max(1, len(results))
        self.partitions = [results[i:i + size] for i in range(0, len(results), size)] or [results]

    @classmethod
    def of(cls, partitions: Sequence[Sequence[DocResult]]) -> LocalEngine:
        """An engine over these very partitions (any sizes, empty ones too)."""
        engine = cls([])
        engine.partitions = [list(p) for p in partitions] or [[]]
        return engine

    def reduce(self, perpartition: Callable[..., Any], aggregate: Callable[[list[Any]], Any], *args: Any,
               finish: Callable[[Any], Any] | None = None) -> Any:
        result = aggregate([run_here(perpartition, part, *args) for part in self.partitions])
        return finish(result) if finish is not None else result

    def rows(self, function: Callable[..., Iterable[Any]], *args: Any) -> list[Any]:
        return [row for part in self.partitions for row in run_here(function, part, *args)]


class DaskEngine:
    """The partitions of a ``dask.bag.Bag`` of DocResults (persisted, or scattered, by the caller
    if it is to be read more than once).

    With a distributed ``client``, each step's arguments are scattered to the workers once, and
    rows are gathered partition by partition (see :meth:`rows`); without one (a local scheduler), arguments are
    named graph keys (neither hashed nor traversed).
    """

    def __init__(self, bag: Any, split_every: int = 8, client: Any = None, ahead: int = 4,
                 spool_dir: str | os.PathLike | None = None) -> None:
        self.bag = bag
        self.split_every = split_every
        self.client = client
        self.ahead = max(1, ahead)
        self.spool_dir = spool_dir  # where the rows are spooled (default: the system's temporary folder)

    def _shared(self, args: tuple[Any, ...]) -> list[Any]:
        import dask

        if self.client is not None:
            return [dask.delayed(self.client.scatter([arg], hash=False, broadcast=True)[0]) for arg in args]
        return [dask.delayed(arg, name=f"resolve-arg-{uuid.uuid4().hex}", traverse=False) for arg in args]

    def reduce(self, perpartition: Callable[..., Any], aggregate: Callable[[list[Any]], Any], *args: Any,
               finish: Callable[[Any], Any] | None = None) -> Any:
        summaries = self.bag.map_partitions(_one_summary, perpartition, *self._shared(args))
        item = summaries.reduction(_first_summary, partial(_aggregate_list, aggregate), split_every=self.split_every,
                                   name=f"resolve-reduce-{uuid.uuid4().hex}")
        if finish is not None:
            item = item.apply(finish)
        return self.client.compute(item).result() if self.client is not None else item.compute()

    def rows(self, function: Callable[..., Iterable[Any]], *args: Any) -> SpooledRows:
        """The rows of every partition, fetched one partition at a time in partition order
        (with a client, at most ``ahead`` partitions computed ahead on the workers) and spooled
        to this machine's disk as they come: never more than one partition's rows here."""
        bag = self.bag.map_partitions(_row_list, function, *self._shared(args))
        rows = SpooledRows(self.spool_dir)
        parts = iter(bag.to_delayed())
        if self.client is None:
            for part in parts:
                rows.add(part.compute())
            return rows
        window = deque(self.client.compute(part) for part in islice(parts, self.ahead))
        while window:
            future = window.popleft()
            rows.add(future.result())
            future.release()  # the workers let that partition's rows go
            following = next(parts, None)
            if following is not None:
                window.append(self.client.compute(following))
        return rows


def _one_summary(partition: Iterable[DocResult], perpartition: Callable[..., Any], *args: Any) -> list[Any]:
    return [run_partition(perpartition, list(partition), *args)]


def _aggregate_list(aggregate: Callable[[list[Any]], Any], parts: Iterable[Any]) -> Any:
    """Dask hands an aggregate a generator of the summaries: ours read them as a list."""
    return aggregate(list(parts))


def _row_list(partition: Iterable[DocResult], function: Callable[..., Iterable[Any]], *args: Any) -> list[Any]:
    return list(run_partition(function, list(partition), *args))
