"""The archive's graph kept compact: what ``build_graph`` adds, numbered and packed, collapsed on
demand.

On 100,000 documents the graph has millions of edges; as networkx's per-edge dictionaries (and
the collapsed graph's beside them, and the analysis's simple graph) it took most of the build's
memory. Here:

- :class:`GraphStore` takes ``build_graph``'s calls (``add_node``, ``add_edge``, ``has_node``,
  ``nodes[...]``) as a networkx graph would, but numbers the node ids and keeps each edge as its
  key (UTF-8 bytes in one buffer) and its attribute values in the columns of its shape (the
  attribute names are shared by every edge that has the same ones): a pointer per value, a
  fraction of a dictionary.
- :class:`CompactGraph` is the collapsed graph of a store (:func:`.collapse.collapse`'s nodes,
  edges, ids and attributes): nodes sorted, edges as arrays of node numbers in the collapsed
  order, each edge's attributes merged from its pieces of evidence only when it is read
  (:meth:`CompactGraph.edges`), by the very code that collapses a networkx graph. It reads like
  the networkx graph it stands for (``nodes``, ``edges``, ``number_of_nodes`` ...), so the
  writers take either; the analysis (:func:`.layout.analyse`) runs on its arrays.
- The values repeated from edge to edge (a document's id, a date, a cue, a speaker, a
  polarity) are kept once per distinct value (:data:`SHARED_KEYS`). Given a :class:`TextHeap`
  (the rows of a resolve on Dask are spooled: an archive's graph on a client), the store keeps
  each node's and each edge's values (and an edge's key) as a pickled record in a file instead
  of in memory, read back when a writer asks for the node or edge: in memory a node is its id,
  its number and its record's, an edge its two node numbers and its record's, whatever their
  texts. The values read back are the same, so are the files.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from ..resolve.spool import read_at
from .collapse import collapse_pair

# edge and node attributes whose values repeat from edge to edge: each distinct value kept once
SHARED_KEYS = frozenset({"relation", "doc_ids", "date", "cue", "speaker", "polarity", "negotiation_id", "claimed_by",
                         "position_shift", "quote_id", "kind", "color", "actor_type", "quote_kind", "source", "category",
                         "role", "parent", "actor"})
SHARED_MAX_CHARS = 64  # longer values (several documents' ids joined) are seldom repeated


class TextHeap:
    """Records (bytes: a graph store's pickled nodes and edges, with their texts) appended to an
    unlinked temporary file in order, each read back by its number with ``pread``: position-free,
    so a forked child (the page, the GEXF text) reads them too. In memory: the end offset of each
    record (8 bytes) and the records not yet written (at most ``buffer`` bytes)."""

    def __init__(self, directory: str | os.PathLike | None = None, buffer: int = 1 << 20) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix=".graph-texts.", suffix=".tmp", dir=directory)
        self._ends = array("q")
        self._pending = bytearray()
        self._written = 0  # bytes in the file; the pending ones follow them
        self._buffer = buffer

    def put(self, data: bytes) -> int:
        """Append the record ``data``; its number, for :meth:`get`."""
        number = len(self._ends)
        self._pending += data
        self._ends.append(self._written + len(self._pending))
        if len(self._pending) >= self._buffer:
            self.flush()
        return number

    def flush(self) -> None:
        """Write the pending records to the file."""
        if self._pending:
            if hasattr(os, "pwrite"):
                view, at = memoryview(self._pending), self._written
                while view:
                    done = os.pwrite(self._file.fileno(), view, at)
                    view, at = view[done:], at + done
                del view
            else:
                self._file.seek(self._written)
                self._file.write(self._pending)
                self._file.flush()
            self._written += len(self._pending)
            self._pending = bytearray()

    def get(self, number: int) -> bytes:
        """Record number ``number``."""
        start = self._ends[number - 1] if number else 0
        end = self._ends[number]
        if start >= self._written:  # still pending
            return bytes(self._pending[start - self._written:end - self._written])
        return read_at(self._file, start, end - start)

    def __len__(self) -> int:
        return len(self._ends)

    def close(self) -> None:
        self._file.close()


@contextmanager
def text_heap(directory: str | os.PathLike | None, wanted: bool) -> Iterator[TextHeap | None]:
    """A :class:`TextHeap` in ``directory``, closed on the way out, if ``wanted``; else None
    (the store keeps its texts in memory)."""
    if not wanted:
        yield None
        return
    heap = TextHeap(directory)
    try:
        yield heap
    finally:
        heap.close()


class _NodeView:
    """``g.nodes``: iterate the node ids, ``g.nodes[node]`` is its attribute dict, ``g.nodes(data=True)``."""

    def __init__(self, graph: GraphStore | CompactGraph) -> None:
        self._graph = graph

    def __getitem__(self, node: str) -> dict[str, Any]:
        return self._graph.node_data(self._graph.index[node])

    def __contains__(self, node: object) -> bool:
        return node in self._graph.index

    def __iter__(self) -> Iterator[str]:
        return iter(self._graph.names)

    def __len__(self) -> int:
        return len(self._graph.names)

    def __call__(self, data: bool = False) -> Iterable[Any]:
        graph = self._graph
        return ((name, graph.node_data(i)) for i, name in enumerate(graph.names)) if data else iter(graph.names)


class _StoredNode(dict):
    """A node's attributes in a :class:`GraphStore`, as a dict: setting or updating a value
    writes the node back."""

    __slots__ = ("_store", "_i")

    def __init__(self, store: GraphStore, i: int, items: Iterable[tuple[str, Any]]) -> None:
        super().__init__(items)
        self._store, self._i = store, i

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self._store._set_node(self._i, self)

    def update(self, *args: Any, **kwargs: Any) -> None:
        super().update(*args, **kwargs)
        self._store._set_node(self._i, self)


class GraphStore:
    """The uncollapsed graph as ``build_graph`` makes it, compact (see the module).

    Node ids are numbered in the order they are first used; an edge's endpoints are numbers, its
    key bytes in one buffer, its attribute values a row of the columns of its shape (the index
    of their names in ``shapes``). Given a heap (``texts``), a node's values and an edge's key
    and values are records there instead: ``node_values[i]`` and ``row_of[i]`` their numbers.
    """

    def __init__(self, texts: TextHeap | None = None, **graph: Any) -> None:
        self.graph = dict(graph)
        self.texts = texts  # where the nodes' and edges' records go (None: kept in memory)
        self._shared: dict[str, str] = {}  # each repeated value once (SHARED_KEYS)
        self.index: dict[str, int] = {}
        self.names: list[str] = []
        # each node's attributes as a tuple of values beside the index of their names in
        # node_shapes, as edges (an archive's million nodes: a dict each was most of the graph);
        # with a heap, the number of the record of that tuple (-1: no attributes yet)
        self.node_shapes: list[tuple[str, ...]] = [()]
        self._node_shared: list[tuple[bool, ...]] = [()]  # by node shape: which values are shared
        self._node_shape_index: dict[tuple[str, ...], int] = {(): 0}
        self.node_shape_of = array("q")
        self.node_values: list[tuple[Any, ...]] | array = [] if texts is None else array("q")
        self._no_values: Any = () if texts is None else -1
        self.sources, self.targets, self.shape_of = array("q"), array("q"), array("q")
        # edge keys as UTF-8 in one buffer, edge i's at key_ends[i - 1]:key_ends[i]: an archive's
        # millions of keys (each unique) are a third of what they were as str objects
        self._key_bytes = bytearray()
        self._key_ends = array("q")
        # edge attribute values by column: shape s's attribute k of its r-th edge is
        # columns[s][k][r] (edge i: shape shape_of[i], row row_of[i]); a pointer per value, no
        # tuple per edge. With a heap, row_of[i] is the number of edge i's record (its key, shape
        # and values), and the columns, keys and shape_of stay empty.
        self.row_of = array("q")
        self.columns: list[list[list[Any]]] = []
        self.shapes: list[tuple[str, ...]] = []
        self._shared_columns: list[tuple[bool, ...]] = []  # by shape: which columns' values are shared
        self._shape_index: dict[tuple[str, ...], int] = {}
        self.nodes = _NodeView(self)

    def _number(self, node: str) -> int:
        number = self.index.get(node)
        if number is None:
            number = self.index[node] = len(self.names)
            self.names.append(node)
            self.node_shape_of.append(0)
            self.node_values.append(self._no_values)
        return number

    def add_node(self, node: str, **attrs: Any) -> None:
        i = self._number(node)
        if self.node_values[i] != self._no_values:  # attributes added again: updated as a dict is
            data = self.node_data(i)
            data.update(attrs)
        else:
            self._set_node(i, attrs)

    def _set_node(self, i: int, data: dict[str, Any]) -> None:
        names = tuple(data)
        shape = self._node_shape_index.get(names)
        if shape is None:
            shape = self._node_shape_index[names] = len(self.node_shapes)
            self.node_shapes.append(names)
            self._node_shared.append(tuple(name in SHARED_KEYS for name in names))
        self.node_shape_of[i] = shape
        if self.texts is not None:
            self.node_values[i] = self.texts.put(_record(tuple(data.values())))
            return
        self.node_values[i] = tuple(self._kept(value) if shared and type(value) is str else value
                                    for value, shared in zip(data.values(), self._node_shared[shape]))

    def _kept(self, value: str) -> str:
        """A repeated kind of value as the store keeps it: one object per distinct short value."""
        return self._shared.setdefault(value, value) if len(value) <= SHARED_MAX_CHARS else value

    def has_node(self, node: str) -> bool:
        return node in self.index

    def node_data(self, i: int) -> dict[str, Any]:
        """Node number ``i``'s attributes as a dict whose changes are the node's (``build_graph``
        changes some)."""
        return _StoredNode(self, i, zip(self.node_shapes[self.node_shape_of[i]], _values(self.texts, self.node_values[i])))

    def add_edge(self, u: str, v: str, key: str, **attrs: Any) -> None:
        self.sources.append(self._number(u))
        self.targets.append(self._number(v))
        names = tuple(attrs)
        shape = self._shape_index.get(names)
        if shape is None:
            shape = self._shape_index[names] = len(self.shapes)
            self.shapes.append(names)
            self.columns.append([[] for _ in names])
            self._shared_columns.append(tuple(name in SHARED_KEYS for name in names))
        if self.texts is not None:
            self.row_of.append(self.texts.put(_record((key, shape, tuple(attrs.values())))))
            return
        self.shape_of.append(shape)
        columns = self.columns[shape]
        self.row_of.append(len(columns[0]) if columns else 0)  # no attributes: no column to index
        for column, value, shared in zip(columns, attrs.values(), self._shared_columns[shape]):
            column.append(self._kept(value) if shared and type(value) is str else value)
        self._key_bytes += key.encode("utf-8")
        self._key_ends.append(len(self._key_bytes))

    def number_of_nodes(self) -> int:
        return len(self.names)

    def number_of_edges(self) -> int:
        return len(self.row_of)  # the endpoints are let go once collapsed (CompactGraph)

    def put(self, value: Any) -> Any:
        """``value`` (a tuple of texts ``build_graph`` needs again while it adds edges: a cited
        quotation's words and speaker) as the store keeps it: given a heap, the number of its
        record there, else ``value`` itself. :meth:`get` gives it back."""
        return value if self.texts is None else self.texts.put(_record(value))

    def get(self, kept: Any) -> Any:
        """The value :meth:`put` kept as ``kept``."""
        return kept if self.texts is None else pickle.loads(self.texts.get(kept))

    def key(self, i: int) -> str:
        """The key of edge number ``i``."""
        if self.texts is not None:
            return pickle.loads(self.texts.get(self.row_of[i]))[0]
        return self._key_bytes[self._key_ends[i - 1] if i else 0:self._key_ends[i]].decode("utf-8")

    def edge(self, i: int) -> tuple[str, dict[str, Any]]:
        """The key and the attributes (a new dict) of edge number ``i``."""
        if self.texts is not None:
            key, shape, values = pickle.loads(self.texts.get(self.row_of[i]))
            return key, dict(zip(self.shapes[shape], values))
        row = self.row_of[i]
        return self.key(i), dict(zip(self.shapes[self.shape_of[i]], [column[row] for column in self.columns[self.shape_of[i]]]))

    def edge_data(self, i: int) -> dict[str, Any]:
        """The attributes of edge number ``i`` (a new dict)."""
        return self.edge(i)[1]

    def finish(self) -> None:
        """Done adding: the heap's records written, the shared values' index let go."""
        if self.texts is not None:
            self.texts.flush()
        self._shared = {}


def _record(values: Any) -> bytes:
    """A node's or an edge's record in a heap."""
    return pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL)


def _values(texts: TextHeap | None, stored: Any) -> Any:
    """A node's values from what a store keeps of them: a tuple, or (given the heap ``texts``)
    the number of its record there (-1: none)."""
    if texts is None:
        return stored
    return pickle.loads(texts.get(stored)) if stored >= 0 else ()


class _SortedIndex:
    """A node's number by its id in sorted ids (its rank), by bisection: a dict of an archive's
    millions of ids took about 100 bytes a node beside the ids themselves."""

    __slots__ = ("_names",)

    def __init__(self, names: list[str]) -> None:
        self._names = names

    def __getitem__(self, name: str) -> int:
        i = bisect_left(self._names, name)
        if i == len(self._names) or self._names[i] != name:
            raise KeyError(name)
        return i

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        i = bisect_left(self._names, name)
        return i < len(self._names) and self._names[i] == name


class CompactGraph:
    """The collapsed graph of a :class:`GraphStore` (which it takes over: do not add to it after).

    Nodes are in sorted order (their number is their rank); edge ``e<n>`` joins ``first[n]`` to
    ``second[n]`` and is merged from the store's edges ``order[start[n]:start[n + 1]]``.
    """

    def __init__(self, store: GraphStore) -> None:
        import numpy as np

        self.graph = store.graph
        self._store = store
        store.finish()
        self.texts = store.texts
        rank = sorted(range(len(store.names)), key=store.names.__getitem__)
        self.names = [store.names[i] for i in rank]
        # each node's attributes as a tuple of values beside the index of their names (the
        # store's, handed over in rank order)
        self.node_shapes = store.node_shapes
        self.node_shape_of = array("q", (store.node_shape_of[i] for i in rank))
        values = (store.node_values[i] for i in rank)
        self.node_values = list(values) if self.texts is None else array("q", values)  # (see GraphStore)
        del store.node_values[:], values
        self.analysis = None  # (community, betweenness, x, y, size) arrays once analysed: see set_analysis
        self.index = _SortedIndex(self.names)
        store.index.clear()
        store.names, store.node_shape_of = [], array("q")  # in rank order above
        position = np.empty(len(rank), dtype=np.int64)
        position[np.array(rank, dtype=np.int64)] = np.arange(len(rank), dtype=np.int64)
        del rank
        sources = position[np.frombuffer(store.sources, dtype=np.int64)] if len(store.sources) else np.zeros(0, np.int64)
        targets = position[np.frombuffer(store.targets, dtype=np.int64)] if len(store.targets) else np.zeros(0, np.int64)
        # the store's endpoints live on in the arrays below (its edges are read by number): let go
        store.sources, store.targets = array("q"), array("q")
        # node and edge numbers in 32 bits while they fit (an archive's arrays at half the size)
        small = np.int32 if max(len(self.names), len(sources)) < 2 ** 31 - 1 else np.int64
        self.order = np.lexsort((targets, sources)).astype(small)  # edges of one pair together, pairs sorted
        sources, targets = sources[self.order], targets[self.order]
        new = np.ones(len(sources), dtype=bool)
        new[1:] = (sources[1:] != sources[:-1]) | (targets[1:] != targets[:-1])
        starts = np.flatnonzero(new)
        self.first, self.second = sources[starts].astype(small), targets[starts].astype(small)
        self.start = np.append(starts, len(sources)).astype(small)
        del sources, targets, new, starts
        self.n_evidence = self._evidence_counts()
        self.nodes = _NodeView(self)

    def _evidence_counts(self):
        """Pieces of evidence of each collapsed edge: its edges, those of one key counted once
        (networkx keeps one edge per key and pair: a second ``add_edge`` updates the first)."""
        import numpy as np

        counts = np.diff(self.start)
        for n in np.flatnonzero(counts > 1).tolist():
            keys = [self._store.key(i) for i in self.order[self.start[n]:self.start[n + 1]].tolist()]
            counts[n] = len(set(keys))
        return counts

    def number_of_nodes(self) -> int:
        return len(self.names)

    def number_of_edges(self) -> int:
        return len(self.first)

    def node_data(self, i: int) -> dict[str, Any]:
        """Node ``i``'s attributes (a new dict: changing it changes nothing), the analysis's
        ``community``, ``betweenness``, ``x``, ``y`` and ``size`` last."""
        data = dict(zip(self.node_shapes[self.node_shape_of[i]], _values(self.texts, self.node_values[i])))
        if self.analysis is not None:
            community, betweenness, x, y, size = self.analysis
            data["community"] = int(community[i])
            data["betweenness"] = float(betweenness[i])
            data["x"] = float(x[i])
            data["y"] = float(y[i])
            data["size"] = float(size[i])
        return data

    def kinds(self) -> list[str]:
        """Each node's ``kind`` ("" when it has none), by rank."""
        kind_at = [shape.index("kind") if "kind" in shape else -1 for shape in self.node_shapes]
        # one object per distinct kind: read back from the heap, each node's is a new string
        distinct: dict[str, str] = {}
        return [distinct.setdefault(kind, kind) for kind in
                (_values(self.texts, values)[kind_at[shape]] if kind_at[shape] >= 0 else ""
                 for shape, values in zip(self.node_shape_of, self.node_values))]

    def set_analysis(self, rows: Iterable[tuple[int, float, float, float, float]]) -> None:
        """The analysis's values of every node, in rank order ((community, betweenness, x, y,
        size) each), kept as arrays."""
        import numpy as np

        n = len(self.names)
        community = np.empty(n, dtype=np.int64)
        values = np.empty((4, n))
        for i, (group, betweenness, x, y, size) in enumerate(rows):
            community[i] = group
            values[:, i] = betweenness, x, y, size
        self.analysis = (community, values[0], values[1], values[2], values[3])

    def betweenness(self):
        """Each node's betweenness once analysed (0.0 before), by rank: an array."""
        import numpy as np

        return self.analysis[1] if self.analysis is not None else np.zeros(len(self.names))

    def _relations(self, n: int) -> dict[str, list[tuple[str, dict[str, Any]]]]:
        """The edges of collapsed edge ``n`` as ``collapse`` groups them: (key, attributes) by relation."""
        store = self._store
        by_key: dict[str, dict[str, Any]] = {}
        for i in self.order[self.start[n]:self.start[n + 1]].tolist():
            key, data = store.edge(i)
            if key in by_key:
                by_key[key].update(data)  # as networkx updates an edge added again under its key
            else:
                by_key[key] = data
        relations: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for key, data in by_key.items():
            relations.setdefault(data.get("relation", ""), []).append((key, data))
        return relations

    def edge(self, n: int, evidence: bool = True) -> tuple[str, str, str, dict[str, Any]]:
        """Collapsed edge ``n``: (source, target, id, attributes), merged now."""
        data = collapse_pair(self._relations(n), n, evidence)
        return self.names[self.first[n]], self.names[self.second[n]], data["id"], data

    def edges(self, keys: bool = False, data: bool = False, evidence: bool = True) -> Iterator[tuple[Any, ...]]:
        """As networkx's ``edges``: (u, v[, id][, attributes]) in the collapsed order; the
        attributes are merged as each edge is read (``evidence=False``: without ``_evidence``)."""
        names = self.names
        for n, (u, v) in enumerate(zip(self.first.tolist(), self.second.tolist())):
            if data:
                edge = self.edge(n, evidence)
                yield edge if keys else (edge[0], edge[1], edge[3])
            else:
                yield (names[u], names[v], f"e{n}") if keys else (names[u], names[v])

    def edges_among(self, keep: set[str]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """The collapsed edges between nodes of ``keep`` (with their evidence), in order; only
        those are merged."""
        for n in self.edge_numbers_among(keep).tolist():
            yield self.edge(n)

    def edge_numbers_among(self, keep: set[str]):
        """The numbers of the collapsed edges between nodes of ``keep``, in order: an array."""
        import numpy as np

        kept = np.zeros(len(self.names), dtype=bool)
        kept[[self.index[node] for node in keep if node in self.index]] = True
        return np.flatnonzero(kept[self.first] & kept[self.second])

    def red_line_edges(self, numbers):
        """Whether each collapsed edge of ``numbers`` (an array) holds a red line: one of its
        edges with a true ``red_line`` (read from the store's column, no edge merged)."""
        import numpy as np

        store = self._store
        at = [shape.index("red_line") if "red_line" in shape else -1 for shape in store.shapes]
        red = np.zeros(len(numbers), dtype=bool)
        for j, n in enumerate(numbers.tolist()):
            for i in self.order[self.start[n]:self.start[n + 1]].tolist():
                if store.texts is not None:  # the record's values (only the edges among the drawn nodes are read)
                    if store.edge_data(i).get("red_line"):
                        red[j] = True
                        break
                    continue
                shape = store.shape_of[i]
                if at[shape] >= 0 and store.columns[shape][at[shape]][store.row_of[i]]:
                    red[j] = True
                    break
        return red

    def degrees(self):
        """Each node's number of edge ends (networkx's ``degree`` of the collapsed graph), by rank."""
        import numpy as np

        n = len(self.names)
        return np.bincount(self.first, minlength=n) + np.bincount(self.second, minlength=n)

    def undirected_pairs(self):
        """The simple undirected graph the analysis runs on (``layout.undirected``), as arrays:
        each unordered pair of distinct nodes once, in the order of its first collapsed edge,
        with the pieces of evidence of its edges summed in edge order."""
        import numpy as np

        first, second = self.first, self.second
        loops = first != second
        evidence = self.n_evidence[loops].astype(float)
        n = max(len(self.names), 1)
        # each pair as one number (low * n + high, in 64 bits), the ends read back from it: no
        # arrays of both ends beside it while the pairs are sorted (an archive's largest transient)
        pair = np.minimum(first, second)[loops].astype(np.int64)
        pair *= n
        pair += np.maximum(first, second)[loops]
        del loops
        _, firsts, which = np.unique(pair, return_index=True, return_inverse=True)
        which = which.reshape(-1)
        # sums in edge order (bincount adds in input order, from 0.0: as the loop did)
        sums = np.bincount(which, weights=evidence, minlength=len(firsts))
        del which, evidence
        order = np.argsort(firsts, kind="stable")
        pair = pair[firsts[order]]
        return pair // n, pair % n, sums[order]
