"""Where the resolve stage's per-partition work runs: in this process, or on a Dask cluster.

The stage is written against two operations: ``reduce`` (a summary per partition, summaries
combined in partition order by an associative ``aggregate``, then ``finish`` on the result)
and ``rows`` (a function per partition giving some lists of rows, each concatenated in
partition order, and some summaries, each reduced like ``reduce``'s: the rows and the
group-bys over them come out of one pass, each partition's rows made once). The local engine
runs them over in-memory partitions (rows in lists); the Dask engine over the partitions of a
``dask.bag`` (``Bag.reduction`` keeps partition order and combines in a tree, on the workers;
rows come back a partition at a time, spooled to disk: :mod:`.spool`, while their summaries
stay on the workers and combine there in a tree). Both call the very same functions, so the
two give the same bytes.
"""

from __future__ import annotations

import os
import uuid
from collections import deque
from functools import partial
from itertools import islice
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

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


class Reducer(NamedTuple):
    """How one summary of :meth:`LocalEngine.rows` combines: ``aggregate`` the partitions'
    summaries (associative, in partition order), then ``finish`` the result."""

    aggregate: Callable[[list[Any]], Any]
    finish: Callable[[Any], Any] | None = None

    def of(self, summaries: list[Any]) -> Any:
        result = self.aggregate(summaries)
        return self.finish(result) if self.finish is not None else result


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

    def rows(self, function: Callable[..., tuple[Any, ...]], reducers: Sequence[Reducer], *args: Any
             ) -> tuple[list[list[Any]], list[Any]]:
        parts = [run_here(function, part, *args) for part in self.partitions]
        n_rows = len(parts[0]) - len(reducers)
        rows = [[row for part in parts for row in part[k]] for k in range(n_rows)]
        return rows, [reducer.of([part[n_rows + j] for part in parts]) for j, reducer in enumerate(reducers)]


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

    def rows(self, function: Callable[..., tuple[Any, ...]], reducers: Sequence[Reducer], *args: Any
             ) -> tuple[list[SpooledRows], list[Any]]:
        """One pass: each partition gives lists of rows then one summary per reducer. The rows
        are fetched one partition at a time in partition order (with a client, at most
        ``ahead`` partitions computed ahead on the workers) and spooled to this machine's disk
        as they come: never more than one partition's rows here. The summaries stay on the
        workers and combine there in a tree (``split_every`` at a time); only each reducer's
        finished result comes back."""
        spools: list[SpooledRows] = []
        # the bag kept while its partitions are computed: it holds the futures of the scattered
        # arguments (the optimised delayed partitions name their keys only)
        bag = self.bag.map_partitions(_summary_tuple, function, *self._shared(args))
        parts = iter(bag.to_delayed())
        if self.client is None:
            summaries = []
            for part in parts:
                done = part.compute()
                n_rows = len(done) - len(reducers)
                spools = spools or [SpooledRows(self.spool_dir) for _ in range(n_rows)]
                for spool, rows in zip(spools, done):
                    spool.add(rows)
                summaries.append(done[n_rows:])
            return spools, [r.of([s[j] for s in summaries]) for j, r in enumerate(reducers)]
        from operator import getitem

        import dask

        n_summaries = len(reducers)
        held: list[Any] = []  # each partition's summaries, on the workers

        def start(part: Any) -> Any:
            # one graph: the partition computed once for both, its rows fetched, its summaries kept
            rows, summaries = self.client.compute([dask.delayed(_head)(part, n_summaries),
                                                   dask.delayed(_tail)(part, n_summaries)])
            held.append(summaries)
            return rows

        window = deque(start(part) for part in islice(parts, self.ahead))
        while window:
            future = window.popleft()
            got = future.result()
            spools = spools or [SpooledRows(self.spool_dir) for _ in got]
            for spool, rows in zip(spools, got):
                spool.add(rows)
            future.release()  # the workers let that partition's rows go (its summaries stay)
            following = next(parts, None)
            if following is not None:
                window.append(start(following))
        results = []
        for j, reducer in enumerate(reducers):
            level = [self.client.submit(getitem, summary, j, pure=False) for summary in held]
            while True:  # aggregate at least once, as Bag.reduction does
                level = [self.client.submit(_aggregate_args, reducer.aggregate, *level[i:i + self.split_every],
                                            pure=False) for i in range(0, len(level), self.split_every)]
                if len(level) == 1:
                    break
            results.append(self.client.submit(reducer.finish or _same, level[0], pure=False).result())
        return spools, results


def _one_summary(partition: Iterable[DocResult], perpartition: Callable[..., Any], *args: Any) -> list[Any]:
    return [run_partition(perpartition, list(partition), *args)]


def _aggregate_list(aggregate: Callable[[list[Any]], Any], parts: Iterable[Any]) -> Any:
    """Dask hands an aggregate a generator of the summaries: ours read them as a list."""
    return aggregate(list(parts))


def _summary_tuple(partition: Iterable[DocResult], function: Callable[..., tuple[Any, ...]], *args: Any
                   ) -> tuple[Any, ...]:
    """A partition's rows and summaries (a bag partition: a tuple of them)."""
    return tuple(run_partition(function, list(partition), *args))


def _head(done: tuple[Any, ...], n_summaries: int) -> tuple[Any, ...]:
    return done[:len(done) - n_summaries]


def _tail(done: tuple[Any, ...], n_summaries: int) -> tuple[Any, ...]:
    return done[len(done) - n_summaries:]


def _aggregate_args(aggregate: Callable[[list[Any]], Any], *parts: Any) -> Any:
    return aggregate(list(parts))


def _same(result: Any) -> Any:
    return result
