"""GraphML and GEXF for Gephi, yEd, igraph and networkx.

Gephi's traps, and what this module does about them:

- Attributes must be scalars with one type per key: lists are joined with ``|``, missing
  values are omitted, each key gets one type across the graph, and characters XML cannot
  carry (control characters from scraped text) are dropped so every reader can parse the file.
- networkx writes a MultiDiGraph's edge keys as ids, which repeat ("0", "1") and make Gephi
  drop edges: every edge gets a unique ``id`` (``e0``, ``e1``...).
- Gephi merges parallel edges (same source and target; GraphML and GEXF 1.2 have no edge
  type to tell them apart) when it imports a file, summing weights and keeping one edge's
  attributes: ``collapse`` (:mod:`.collapse`) already leaves one edge per ordered pair, the parallel evidence of
  one relation joined (``n_evidence``), and two relations between the same pair (``aligned``
  and ``member_of``, say) joined as ``relation="member_of|aligned"``. Gephi's merge then
  changes nothing.
- Gephi reads ``label``, ``size``, ``color`` (``#rrggbb``), ``x``, ``y`` on nodes and
  ``label``, ``weight``, ``color`` on edges; analysis columns avoid the names GEXF reserves
  (``type``, ``label``, ``weight``, ``id``, ``start``, ``end``).
- GraphML key ids are unique across nodes and edges (the schema requires it; node keys keep
  the attribute name, edge keys are ``edge_<name>``): networkx's default ``d0``, ``d1``...
  would be read by Gephi as yEd's label keys (``d3`` for nodes, ``d7`` for edges).
- GEXF gets ``viz`` colours, sizes and positions, and ``start`` dates (ISO ``YYYY-MM-DD``)
  for Gephi's timeline. Neither file carries a timestamp, so a build is byte-reproducible.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from .. import __version__
from .atomic import write_atomic
from .forked import forked

# GEXF's own attribute names: never analysis columns (label and weight are written as Gephi's)
RESERVED = frozenset({"type", "label", "weight", "id", "start", "end"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# the columns Gephi users look for first come first in its Data Laboratory
_NODE_ORDER = ("label", "kind", "actor_type", "role", "aliases", "mentions", "doc_count", "community", "betweenness",
               "size", "color", "x", "y", "date", "doc_ids")
_EDGE_ORDER = ("id", "label", "relation", "polarity", "red_line", "condition", "evidence", "quote", "speaker",
               "doc_ids", "date", "n_evidence", "weight", "color")



class _Schema(NamedTuple):
    """What both files declare before their nodes and edges: each attribute's one type, the
    attributes in the order they first appear (after coercion), and whether anything is dated."""

    node_types: dict[str, type]
    edge_types: dict[str, type]
    node_keys: list[str]
    edge_keys: list[str]
    dated: bool


def _scan(g: nx.MultiDiGraph) -> _Schema:
    """One pass over the graph for its schema; values are coerced again as they are written, so
    no scalar copy of the graph is ever held (keys starting with ``_``, page-only data, are
    skipped; keys come in a stable order, Gephi's own columns and the analysis columns first)."""
    node_types = _key_types(data for _, data in g.nodes(data=True))
    edge_types = _key_types(data for _, _, data in g.edges(data=True))
    node_keys = _first_keys((data for _, data in g.nodes(data=True)), node_types, _NODE_ORDER)
    edge_keys = _first_keys((data for _, _, data in g.edges(data=True)), edge_types, _EDGE_ORDER)
    dated = any(_is_date(data, node_types) for _, data in g.nodes(data=True)) or any(
        _is_date(data, edge_types) for _, _, data in g.edges(data=True))
    return _Schema(node_types, edge_types, node_keys, edge_keys, dated)


def _first_keys(items: Iterable[dict[str, Any]], types: dict[str, type], order: tuple[str, ...]) -> list[str]:
    """The written keys in order of first appearance (an element's own keys in its written order)."""
    seen: dict[str, None] = {}
    for data in items:
        if len(seen) == len(types):
            break
        if any(key in types and key not in seen for key in data):
            for key in _coerce(data, types, order):
                seen.setdefault(key, None)
    return list(seen)


def _is_date(data: dict[str, Any], types: dict[str, type]) -> bool:
    value = data.get("date")
    if value is None or not _present(value) or "date" not in types:
        return False
    return bool(_ISO_DATE.match(str(_coerce({"date": value}, types, ()).get("date", ""))))


def _present(value: Any) -> bool:
    if value is None or value == "":
        return False
    return not (isinstance(value, float) and math.isnan(value))


def _key_types(items: Iterable[dict[str, Any]]) -> dict[str, type]:
    pairs: set[tuple[str, type]] = set()  # (key, a type one of its values has): one set, no dict of sets
    for data in items:
        _add_pairs(data, pairs)
    return _types_of(pairs)


def _add_pairs(data: dict[str, Any], pairs: set[tuple[str, type]]) -> None:
    for key, value in data.items():
        kind = type(value)
        if kind is str:
            if not value:
                continue
        elif value is None or (isinstance(value, float) and value != value):
            continue
        pairs.add((key, kind))


def _types_of(pairs: set[tuple[str, type]]) -> dict[str, type]:
    seen: dict[str, set[type]] = defaultdict(set)
    for key, kind in pairs:
        if key[:1] != "_":
            seen[key].add(kind)
    types = {}
    for key, kinds in seen.items():
        if kinds == {bool}:
            types[key] = bool
        elif kinds <= {int}:
            types[key] = int
        elif kinds <= {int, float}:
            types[key] = float
        else:
            types[key] = str
    return types


# an element's written keys in order, per (column order, the element's own keys): graphs made by
# one builder have a few dozen key sets, so each is sorted once, not once per element
_KEY_ORDERS: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}


def _written_order(keys: tuple[str, ...], order: tuple[str, ...]) -> list[str]:
    found = _KEY_ORDERS.get((order, keys))
    if found is None:
        rank = {key: i for i, key in enumerate(order)}
        found = [k for k in sorted(keys, key=lambda k: (rank.get(k, len(order)), k)) if not k.startswith("_")]
        if len(_KEY_ORDERS) > 10_000:
            _KEY_ORDERS.clear()
        _KEY_ORDERS[(order, keys)] = found
    return found


def _coerce(data: dict[str, Any], types: dict[str, type], order: tuple[str, ...]) -> dict[str, Any]:
    """An element's attributes as written: scalars of their key's one type, missing values
    (None, "", NaN) and ``_`` keys left out, lists joined with ``|``, illegal characters dropped."""
    out = {}
    for key in _written_order(tuple(data), order):
        value = data[key]
        kind = types.get(key, str)
        given = type(value)
        if given is kind and given is not float:  # the common case: a str, int or bool of its key's type
            if given is str:
                if not value:
                    continue
                if _XML_ILLEGAL.search(value):
                    value = _XML_ILLEGAL.sub("", value)
                    if not value:
                        continue
            out[key] = value
            continue
        if given is float and kind is float:
            if value == value:  # not NaN
                out[key] = value
            continue
        value = _scalar(value)
        if value is None:
            continue
        if kind is str:
            value = _XML_ILLEGAL.sub("", value if isinstance(value, str) else str(value))
            if not value:
                continue
        elif kind is bool:
            value = bool(value)
        else:
            value = kind(value)
        out[key] = value
    return out


def _scalar(value: Any) -> Any:
    """A value as one scalar (lists joined with ``|``, dicts as JSON), None when it is missing."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        return "|".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _xml_text(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _xml_attr(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it (line breaks and tabs as references)."""
    text = _xml_text(text)
    for char, reference in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if char in text:
            text = text.replace(char, reference)
    return text


class _Lines:
    """Lines written to a binary handle in UTF-8, a few thousand at a time."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle, self.pending = handle, []

    def add(self, line: str) -> None:
        self.pending.append(line)
        if len(self.pending) >= 4096:
            self.flush()

    def extend(self, lines: list[str]) -> None:
        self.pending.extend(lines)
        if len(self.pending) >= 4096:
            self.flush()

    def flush(self) -> None:
        self.handle.write("".join(self.pending).encode("utf-8"))
        self.pending = []


def _graphml_keys(schema: _Schema) -> list[tuple[str, str, str, type]]:
    """(key id, scope, attribute name, type) of every GraphML key, in the order they are declared.

    Node keys are named after their attribute (``label``, ``x``...), edge keys ``edge_<name>``;
    Gephi, igraph and networkx match both by ``attr.name``. Raises ``ValueError`` when two keys
    would share an id (the schema requires ids unique across nodes and edges).
    """
    keys = [("graph_name", "graph", "name", str)]
    keys += [(name, "node", name, schema.node_types[name]) for name in schema.node_keys]
    keys += [(f"edge_{name}", "edge", name, schema.edge_types[name]) for name in schema.edge_keys]
    ids = [key_id for key_id, *_ in keys]
    if len(set(ids)) != len(ids):
        raise ValueError(f"GraphML key ids collide: {sorted({i for i in ids if ids.count(i) > 1})}")
    return keys


def graph_schema(g: nx.MultiDiGraph) -> _Schema:
    """The schema both files declare (see ``_scan``): made once when both are written."""
    return _scan(g)


def write_graphml(g: nx.MultiDiGraph, path: Path, schema: _Schema | None = None) -> None:
    """GraphML with unique edge ids (the ``id`` attribute) and typed scalar attributes.

    ``g`` is the collapsed, analysed graph. Written as it is read, element by element, in the
    layout networkx's pure-Python writer gives (two-space indents, ``<key ... />``), so the
    bytes do not depend on what else is installed. The unique edge id is written twice, as
    ``<edge id>`` and as an ``id`` data value: Gephi maps a key named ``id`` to the edge id
    itself, and igraph 1.0 misreads ``<edge id>`` (it fills edge ids with vertex ids) but keeps
    the data value, with a warning that an ``id`` attribute already exists.
    """
    schema = _scan(g) if schema is None else schema

    def writer(handle: IO[bytes]) -> None:
        out = _Lines(handle)
        out.extend(_graphml_head(g, schema))
        for node, data in g.nodes(data=True):
            out.extend(_graphml_node(node, _coerce(data, schema.node_types, _NODE_ORDER)))
        for u, v, key, data in g.edges(keys=True, data=True):
            out.extend(_graphml_edge(u, v, key, _coerce(data, schema.edge_types, _EDGE_ORDER)))
        out.add(_graphml_tail(g))
        out.flush()

    write_atomic(path, writer)


def _graphml_head(g: nx.MultiDiGraph, schema: _Schema) -> list[str]:
    lines = [_GRAPHML_HEAD]
    for key_id, scope, attr_name, kind in _graphml_keys(schema):
        lines.append(f'  <key id="{_xml_attr(key_id)}" for="{scope}" attr.name="{_xml_attr(attr_name)}"'
                     f' attr.type="{_GRAPHML_TYPES[kind]}" />\n')
    lines.append('  <graph edgedefault="directed">\n')
    return lines


def _graphml_tail(g: nx.MultiDiGraph) -> str:
    name = str(g.graph.get("name", "negotiation-graph"))
    return f'    <data key="graph_name">{_xml_text(name)}</data>\n  </graph>\n</graphml>\n'


def _graphml_node(node: Any, values: dict[str, Any]) -> list[str]:
    return _graphml_element(f'<node id="{_xml_attr(str(node))}"', "node", values, "")


def _graphml_edge(u: Any, v: Any, key: Any, values: dict[str, Any]) -> list[str]:
    edge_id = str(values["id"]) if "id" in values else str(key)
    head = f'<edge source="{_xml_attr(str(u))}" target="{_xml_attr(str(v))}" id="{_xml_attr(edge_id)}"'
    return _graphml_element(head, "edge", values, "edge_")


def _graphml_element(head: str, tag: str, values: dict[str, Any], prefix: str) -> list[str]:
    if not values:
        return [f"    {head} />\n"]
    lines = [f"    {head}>\n"]
    for key, value in values.items():
        text = value if type(value) is str else str(value)
        if "&" in text or "<" in text or ">" in text:
            text = _xml_text(text)
        lines.append(f'      <data key="{prefix}{key}">{text}</data>\n')
    lines.append(f"    </{tag}>\n")
    return lines


def write_graph_files(g: nx.MultiDiGraph, graphml: Path, gexf: Path, schema: _Schema | None = None) -> None:
    """Write ``graph.graphml`` and ``graph.gexf`` in one pass over the graph: each element's
    attributes are coerced once for both files (the bytes are those of ``write_graphml`` and
    ``write_gexf``)."""
    schema = _scan(g) if schema is None else schema
    _write_both(g, schema, lambda: g.edges(keys=True, data=True), graphml, gexf)


def _write_both(g: Any, schema: _Schema, edges: Callable[[], Iterable[tuple[Any, Any, Any, dict[str, Any]]]],
                graphml: Path, gexf: Path) -> None:
    """Write both files atomically in one pass: the nodes of ``g``, then the edges ``edges()``
    yields as (u, v, key, attributes), each coerced once for both files."""
    gexf_head, node_columns, node_heads, edge_columns, edge_heads = _gexf_head(schema)

    def both(ml_handle: IO[bytes], gx_handle: IO[bytes]) -> None:
        ml, gx = _Lines(ml_handle), _Lines(gx_handle)
        ml.extend(_graphml_head(g, schema))
        gx.extend(gexf_head)
        for node, raw in g.nodes(data=True):
            values = _coerce(raw, schema.node_types, _NODE_ORDER)
            ml.extend(_graphml_node(node, values))
            gx.extend(_gexf_node(node, values, node_columns, node_heads))
        gx.add("    </nodes>\n    <edges>\n")
        for u, v, key, raw in edges():
            values = _coerce(raw, schema.edge_types, _EDGE_ORDER)
            ml.extend(_graphml_edge(u, v, key, values))
            gx.extend(_gexf_edge(u, v, key, values, edge_columns, edge_heads))
        ml.add(_graphml_tail(g))
        gx.add(_GEXF_TAIL)
        ml.flush()
        gx.flush()

    write_atomic(graphml, lambda ml_handle: write_atomic(gexf, lambda gx_handle: both(ml_handle, gx_handle)))


# Up to this many nodes (a corpus, not an archive) the merged edges are kept in memory between
# the schema pass and the writing, and the GEXF file is made by a forked child while this process
# writes the GraphML file (as the explorer page is: export/html.py's BACKGROUND_MAX_NODES)
IN_MEMORY_MAX_NODES = 50_000


def write_graph_files_once(g: Any, graphml: Path, gexf: Path) -> None:
    """``write_graph_files`` for a graph whose edge attributes are made as they are read (a
    :class:`.compact.CompactGraph`): each edge is made once. The bytes are those of
    ``write_graph_files(g, graphml, gexf)``.

    The schema needs every edge before the first is written (the declared keys come first);
    gathering it over a second making of the edges doubled their cost. What the schema takes of
    each edge: the types of its values and its keys before and after coercion (only the first
    edge of each such signature can add keys, see ``_first_keys``). A corpus's graph (up to
    ``IN_MEMORY_MAX_NODES`` nodes) keeps its made edges in a list, and the two files are written
    side by side: the GEXF file's text by a forked child (:mod:`.forked`), the GraphML file here.
    An archive's edges are spooled (pickled) to a temporary file beside the outputs, read back
    and written in one pass: kept made, they would hold the archive's whole graph.
    """
    import pickle
    import tempfile

    # the nodes' schema in one pass as well (a compact graph makes each node's dict as it is read)
    pairs: set[tuple[str, type]] = set()
    signatures: dict[tuple[tuple[str, ...], tuple[str, ...]], dict[str, Any]] = {}
    dates = {"iso": False, "other": False}  # an ISO date (as text) seen; a date that is not text seen
    for _, data in g.nodes(data=True):
        _add_pairs(data, pairs)
        signature = (tuple(data), _present_keys(data))
        if signature not in signatures:
            signatures[signature] = data
        _note_date(data, dates)
    node_types = _types_of(pairs)
    node_keys = _first_keys(signatures.values(), node_types, _NODE_ORDER)
    if dates["other"]:  # a date that is not text: ask each node as _scan does (never with our builder)
        dated = any(_is_date(data, node_types) for _, data in g.nodes(data=True))
    else:
        dated = dates["iso"] and "date" in node_types
    pairs = set()
    signatures = {}
    dates = {"iso": False, "other": False}
    in_memory = g.number_of_nodes() <= IN_MEMORY_MAX_NODES
    with contextlib.ExitStack() as stack:
        kept: list[tuple[Any, Any, Any, dict[str, Any]]] = []
        spool = None if in_memory else stack.enter_context(
            tempfile.TemporaryFile(dir=Path(graphml).parent, prefix=".graph-edges.", suffix=".tmp"))
        count = 0
        # a compact graph merges each edge as it is read: without the page's pieces of evidence
        edges = g.edges(keys=True, data=True, evidence=False) if hasattr(g, "edges_among") else g.edges(keys=True, data=True)
        for u, v, key, data in edges:
            _add_pairs(data, pairs)
            signature = (tuple(data), _present_keys(data))
            if signature not in signatures:
                signatures[signature] = data
            _note_date(data, dates)
            if spool is None:
                kept.append((u, v, key, data))
            else:
                spool.write(pickle.dumps((u, v, key, data), protocol=pickle.HIGHEST_PROTOCOL))
            count += 1
        edge_types = _types_of(pairs)
        edge_keys = _first_keys(signatures.values(), edge_types, _EDGE_ORDER)

        def stored_edges() -> Iterable[Any]:
            if spool is None:
                return kept
            spool.seek(0)
            return _spooled(spool, count)

        if not dated:
            if dates["other"]:  # a date that is not text: ask each edge as _scan does (never with our builder)
                dated = any(_is_date(item[3], edge_types) for item in stored_edges())
            else:
                dated = dates["iso"] and "date" in edge_types
        schema = _Schema(node_types, edge_types, node_keys, edge_keys, dated)
        if spool is None:
            _write_side_by_side(g, schema, kept, graphml, gexf)
        else:
            _write_both(g, schema, stored_edges, graphml, gexf)


def _write_side_by_side(g: Any, schema: _Schema, edges: list[tuple[Any, Any, Any, dict[str, Any]]],
                        graphml: Path, gexf: Path) -> None:
    """Both files atomically, the GEXF text made by a forked child while the GraphML file is
    written here (each process coerces the values it writes; the same functions as
    ``_write_both``, so the same bytes)."""
    with forked(_gexf_bytes, g, schema, edges) as job:

        def writer(handle: IO[bytes]) -> None:
            out = _Lines(handle)
            out.extend(_graphml_head(g, schema))
            for node, raw in g.nodes(data=True):
                out.extend(_graphml_node(node, _coerce(raw, schema.node_types, _NODE_ORDER)))
            for u, v, key, raw in edges:
                out.extend(_graphml_edge(u, v, key, _coerce(raw, schema.edge_types, _EDGE_ORDER)))
            out.add(_graphml_tail(g))
            out.flush()

        write_atomic(graphml, writer)
        text = job.result()
    write_atomic(gexf, lambda handle: handle.write(text))


def _gexf_bytes(g: Any, schema: _Schema, edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]]) -> bytes:
    """The GEXF file's bytes (its UTF-8 text) with the edges ``edges``."""
    return "".join(_gexf_lines(g, schema, edges)).encode("utf-8")


def _spooled(spool: IO[bytes], count: int) -> Iterator[Any]:
    import pickle

    for _ in range(count):
        yield pickle.load(spool)


def _present_keys(data: dict[str, Any]) -> tuple[str, ...]:
    """The keys ``_coerce`` writes of ``data`` whatever their types (a value is written when it
    is not missing: None, "", NaN, or text of characters XML cannot carry only)."""
    present = []
    for key, value in data.items():
        if key[:1] == "_":
            continue
        kind = type(value)
        if kind is str:
            if not value or (_XML_ILLEGAL.search(value) and not _XML_ILLEGAL.sub("", value)):
                continue
        elif kind is bool or kind is int:
            pass
        elif kind is float:
            if value != value:
                continue
        else:
            value = _scalar(value)
            if value is None or (isinstance(value, str) and not _XML_ILLEGAL.sub("", value)):
                continue
        present.append(key)
    return tuple(present)


def _note_date(data: dict[str, Any], dates: dict[str, bool]) -> None:
    value = data.get("date")
    if value is None or not _present(value):
        return
    if type(value) is str:
        if not dates["iso"] and _ISO_DATE.match(_XML_ILLEGAL.sub("", value)):
            dates["iso"] = True
    else:
        dates["other"] = True


def _viz_colour(data: dict[str, Any]) -> list[str]:
    """The GEXF viz:color line of a node or edge with a #rrggbb ``color``, if it has one."""
    if not _HEX_COLOUR.match(str(data.get("color", ""))):
        return []
    rgb = _hex_rgb(data["color"])
    return [f'        <viz:color r="{rgb["r"]}" g="{rgb["g"]}" b="{rgb["b"]}" a="1.0"/>']


def _hex_rgb(colour: str) -> dict[str, int]:
    colour = colour.lstrip("#")
    return {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16)}


_GEXF_TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}
# written as GEXF's own node/edge attributes or viz elements, not as attribute columns
_NODE_NATIVE = frozenset({"label", "x", "y", "size", "color"})
_EDGE_NATIVE = frozenset({"id", "label", "weight", "color"})


def _gexf_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_ATTR_ENTITIES = {chr(10): "&#10;", chr(13): "&#13;", chr(9): "&#9;"}
_ATTR_SPECIAL = re.compile("[&<>\"\n\r\t]")


def _attr(name: str, value: Any) -> str:
    # newlines and tabs survive as character references (a raw one would be normalised away)
    text = _gexf_value(value)
    if not _ATTR_SPECIAL.search(text):
        return f' {name}="{text}"'
    return f" {name}={quoteattr(text, _ATTR_ENTITIES)}"


def render_gexf(g: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text of the collapsed, analysed graph (see ``write_gexf``)."""
    return "".join(_gexf_lines(g, _scan(g)))


def _gexf_lines(g: nx.MultiDiGraph, schema: _Schema,
                edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]] | None = None) -> Iterator[str]:
    """The GEXF file, line by line (each with its line end), element by element (the edges
    ``edges`` yields as (u, v, key, attributes), by default those of ``g``)."""
    head, node_columns, node_heads, edge_columns, edge_heads = _gexf_head(schema)
    yield from head
    for node, raw in g.nodes(data=True):
        yield from _gexf_node(node, _coerce(raw, schema.node_types, _NODE_ORDER), node_columns, node_heads)
    yield "    </nodes>\n    <edges>\n"
    for u, v, key, raw in (g.edges(keys=True, data=True) if edges is None else edges):
        yield from _gexf_edge(u, v, key, _coerce(raw, schema.edge_types, _EDGE_ORDER), edge_columns, edge_heads)
    yield _GEXF_TAIL


_GEXF_TAIL = "    </edges>\n  </graph>\n</gexf>\n"


def _gexf_head(schema: _Schema) -> tuple[list[str], list[str], dict[str, str], list[str], dict[str, str]]:
    """The GEXF lines up to ``<nodes>``, and the node and edge attribute columns with the start of
    their ``<attvalue>`` lines."""
    node_columns = [k for k in _ordered(dict.fromkeys(schema.node_keys), _NODE_ORDER) if k not in _NODE_NATIVE]
    edge_columns = [k for k in _ordered(dict.fromkeys(schema.edge_keys), _EDGE_ORDER) if k not in _EDGE_NATIVE]
    for column in (*node_columns, *edge_columns):
        if column in RESERVED:
            raise ValueError(f"attribute {column!r} is reserved in GEXF; rename it")
    node_ids = {k: f"n{i}" for i, k in enumerate(node_columns)}
    edge_ids = {k: f"e{i}" for i, k in enumerate(edge_columns)}
    lines = [line + "\n" for line in [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
        "  <meta>",
        f"    <creator>negotiation-graph {escape(__version__)}</creator>",
        "    <description>actors, issues, red lines, quotations and documents; every edge backed by its evidence</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed"' + (' mode="dynamic" timeformat="date"' if schema.dated else ' mode="static"') + ">",
    ]]
    for klass, columns, ids, types in (("node", node_columns, node_ids, schema.node_types),
                                       ("edge", edge_columns, edge_ids, schema.edge_types)):
        if columns:
            lines.append(f'    <attributes class="{klass}" mode="static">\n')
            for c in columns:
                lines.append(f"      <attribute{_attr('id', ids[c])}{_attr('title', c)}{_attr('type', _GEXF_TYPES[types[c]])}/>\n")
            lines.append("    </attributes>\n")
    lines.append("    <nodes>\n")
    node_heads = {c: f"          <attvalue{_attr('for', i)}" for c, i in node_ids.items()}
    edge_heads = {c: f"          <attvalue{_attr('for', i)}" for c, i in edge_ids.items()}
    return lines, node_columns, node_heads, edge_columns, edge_heads


def _gexf_node(node: str, data: dict[str, Any], columns: list[str], heads: dict[str, str]) -> list[str]:
    head = f"      <node{_attr('id', node)}{_attr('label', data.get('label', node))}"
    if _ISO_DATE.match(str(data.get("date", ""))):
        head += _attr("start", data["date"])
    lines = [head + ">", *_attvalues(data, columns, heads), *_viz_colour(data)]
    if "size" in data:
        lines.append(f'        <viz:size value="{float(data["size"])}"/>')
    if "x" in data and "y" in data:
        lines.append(f'        <viz:position x="{float(data["x"])}" y="{float(data["y"])}" z="0.0"/>')
    lines.append("      </node>")
    return [line + "\n" for line in lines]


def _gexf_edge(u: str, v: str, key: Any, data: dict[str, Any], columns: list[str], heads: dict[str, str]) -> list[str]:
    head = f"      <edge{_attr('id', data.get('id', key))}{_attr('source', u)}{_attr('target', v)}"
    if "label" in data:
        head += _attr("label", data["label"])
    head += _attr("weight", float(data.get("weight", 1.0)))
    if _ISO_DATE.match(str(data.get("date", ""))):
        head += _attr("start", data["date"])
    lines = [head + ">", *_attvalues(data, columns, heads), *_viz_colour(data), "      </edge>"]
    return [line + "\n" for line in lines]


def _ordered(types: dict[str, type], order: tuple[str, ...]) -> list[str]:
    rank = {key: i for i, key in enumerate(order)}
    return sorted(types, key=lambda k: (rank.get(k, len(order)), k))


def _attvalues(data: dict[str, Any], columns: list[str], heads: dict[str, str]) -> list[str]:
    """The ``<attvalues>`` lines of an element; ``heads`` maps a column to its ``<attvalue for=...`` start."""
    values = []
    for c in columns:
        if c in data:
            value = data[c]
            text = value if type(value) is str else _gexf_value(value)
            if _ATTR_SPECIAL.search(text):
                values.append(f"{heads[c]} value={quoteattr(text, _ATTR_ENTITIES)}/>")
            else:
                values.append(f'{heads[c]} value="{text}"/>')
    return ["        <attvalues>", *values, "        </attvalues>"] if values else []


def write_gexf(g: nx.MultiDiGraph, path: Path, schema: _Schema | None = None) -> None:
    """GEXF 1.2 with viz colours/sizes/positions and ``start`` dates for Gephi's timeline.

    Written by hand rather than with ``networkx.write_gexf``, which adds a ``networkx_key``
    column and a ``lastmodifieddate`` that would change the bytes every day; streamed to the
    file element by element. ``schema`` is ``graph_schema(g)`` when the caller has it already.
    """
    schema = _scan(g) if schema is None else schema

    def writer(handle: IO[bytes]) -> None:
        out = _Lines(handle)
        for line in _gexf_lines(g, schema):
            out.add(line)
        out.flush()

    write_atomic(path, writer)
