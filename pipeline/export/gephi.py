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

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from .. import __version__
from .atomic import write_atomic

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



def _scalar_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Copy with scalar attributes only, one type per key, missing values omitted.

    Keys starting with ``_`` (page-only data) are skipped; keys are put in a stable order,
    Gephi's own columns and the analysis columns first.
    """
    node_types = _key_types(data for _, data in g.nodes(data=True))
    edge_types = _key_types(data for _, _, data in g.edges(data=True))
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(node, **_coerce(data, node_types, _NODE_ORDER))
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **_coerce(data, edge_types, _EDGE_ORDER))
    return out


def _present(value: Any) -> bool:
    if value is None or value == "":
        return False
    return not (isinstance(value, float) and math.isnan(value))


def _key_types(items: Iterable[dict[str, Any]]) -> dict[str, type]:
    seen: dict[str, set[type]] = defaultdict(set)
    for data in items:
        for key, value in data.items():
            if _present(value) and not key.startswith("_"):
                seen[key].add(type(value))
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


def _coerce(data: dict[str, Any], types: dict[str, type], order: tuple[str, ...]) -> dict[str, Any]:
    out = {}
    rank = {key: i for i, key in enumerate(order)}
    for key in sorted(data, key=lambda k: (rank.get(k, len(order)), k)):
        value = data[key]
        if key.startswith("_") or not _present(value):
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            value = "|".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        kind = types.get(key, str)
        if kind is bool:
            value = bool(value)
        elif kind is str:
            value = _XML_ILLEGAL.sub("", value if isinstance(value, str) else str(value))
            if not value:
                continue
        else:
            value = kind(value)
        out[key] = value
    return out


class _GraphMLWriter(GraphMLWriter):
    """networkx's GraphML writer with key ids unique across node and edge keys.

    Node keys are named after their attribute (``label``, ``x``...), edge keys ``edge_<name>``;
    Gephi, igraph and networkx match both by ``attr.name``. The unique edge id is written twice,
    as ``<edge id>`` and as an ``id`` data value: Gephi maps a key named ``id`` to the edge id
    itself, and igraph 1.0 misreads ``<edge id>`` (it fills edge ids with vertex ids) but keeps
    the data value, with a warning that an ``id`` attribute already exists.
    """

    def get_key(self, name, attr_type, scope, default):
        keys_key = (name, attr_type, scope)
        if keys_key not in self.keys:
            key_id = name if scope == "node" else f"{scope}_{name}"
            if key_id in self.keys.values():
                raise ValueError(f"GraphML attribute {name!r} of the {scope}s has two types; write one type per key")
            self.keys[keys_key] = key_id
            element = self.myElement("key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": attr_type})
            if default is not None:
                default_element = self.myElement("default")
                default_element.text = str(default)
                element.append(default_element)
            # keys precede the <graph> element, which networkx appends after all data
            self.xml.append(element)
        return self.keys[keys_key]


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    """GraphML with unique edge ids (the ``id`` attribute) and typed scalar attributes.

    ``g`` is the collapsed, analysed graph. The pure-Python writer is used even where lxml is
    installed, so the bytes do not depend on what else is installed.
    """
    scalar = _scalar_graph(g)
    scalar.graph["name"] = str(g.graph.get("name", "negotiation-graph"))

    def writer(handle: IO[bytes]) -> None:
        graphml = _GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True, edge_id_from_attribute="id")
        graphml.add_graph_element(scalar)
        graphml.dump(handle)

    write_atomic(path, writer)


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


def _attr(name: str, value: Any) -> str:
    # newlines and tabs survive as character references (a raw one would be normalised away)
    return f" {name}={quoteattr(_gexf_value(value), {chr(10): '&#10;', chr(13): '&#13;', chr(9): '&#9;'})}"


def render_gexf(g: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text of the collapsed, analysed graph (see ``write_gexf``)."""
    scalar = _scalar_graph(g)
    node_types = _key_types(data for _, data in scalar.nodes(data=True))
    edge_types = _key_types(data for _, _, data in scalar.edges(data=True))
    node_columns = [k for k in _ordered(node_types, _NODE_ORDER) if k not in _NODE_NATIVE]
    edge_columns = [k for k in _ordered(edge_types, _EDGE_ORDER) if k not in _EDGE_NATIVE]
    for column in (*node_columns, *edge_columns):
        if column in RESERVED:
            raise ValueError(f"attribute {column!r} is reserved in GEXF; rename it")
    node_ids = {k: f"n{i}" for i, k in enumerate(node_columns)}
    edge_ids = {k: f"e{i}" for i, k in enumerate(edge_columns)}
    dated = any(_ISO_DATE.match(str(d.get("date", ""))) for _, d in scalar.nodes(data=True)) or any(
        _ISO_DATE.match(str(d.get("date", ""))) for _, _, d in scalar.edges(data=True))

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
        "  <meta>",
        f"    <creator>negotiation-graph {escape(__version__)}</creator>",
        "    <description>actors, issues, red lines, quotations and documents; every edge backed by its evidence</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed"' + (' mode="dynamic" timeformat="date"' if dated else ' mode="static"') + ">",
    ]
    for klass, columns, ids, types in (("node", node_columns, node_ids, node_types), ("edge", edge_columns, edge_ids, edge_types)):
        if columns:
            lines.append(f'    <attributes class="{klass}" mode="static">')
            lines += [f"      <attribute{_attr('id', ids[c])}{_attr('title', c)}{_attr('type', _GEXF_TYPES[types[c]])}/>" for c in columns]
            lines.append("    </attributes>")
    lines.append("    <nodes>")
    for node, data in scalar.nodes(data=True):
        head = f"      <node{_attr('id', node)}{_attr('label', data.get('label', node))}"
        if _ISO_DATE.match(str(data.get("date", ""))):
            head += _attr("start", data["date"])
        lines.append(head + ">")
        lines += _attvalues(data, node_columns, node_ids)
        lines += _viz_colour(data)
        if "size" in data:
            lines.append(f'        <viz:size value="{float(data["size"])}"/>')
        if "x" in data and "y" in data:
            lines.append(f'        <viz:position x="{float(data["x"])}" y="{float(data["y"])}" z="0.0"/>')
        lines.append("      </node>")
    lines.append("    </nodes>")
    lines.append("    <edges>")
    for u, v, key, data in scalar.edges(keys=True, data=True):
        head = f"      <edge{_attr('id', data.get('id', key))}{_attr('source', u)}{_attr('target', v)}"
        if "label" in data:
            head += _attr("label", data["label"])
        head += _attr("weight", float(data.get("weight", 1.0)))
        if _ISO_DATE.match(str(data.get("date", ""))):
            head += _attr("start", data["date"])
        lines.append(head + ">")
        lines += _attvalues(data, edge_columns, edge_ids)
        lines += _viz_colour(data)
        lines.append("      </edge>")
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(lines)


def _ordered(types: dict[str, type], order: tuple[str, ...]) -> list[str]:
    rank = {key: i for i, key in enumerate(order)}
    return sorted(types, key=lambda k: (rank.get(k, len(order)), k))


def _attvalues(data: dict[str, Any], columns: list[str], ids: dict[str, str]) -> list[str]:
    values = [f"          <attvalue{_attr('for', ids[c])}{_attr('value', data[c])}/>" for c in columns if c in data]
    return ["        <attvalues>", *values, "        </attvalues>"] if values else []


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    """GEXF 1.2 with viz colours/sizes/positions and ``start`` dates for Gephi's timeline.

    Written by hand rather than with ``networkx.write_gexf``, which adds a ``networkx_key``
    column and a ``lastmodifieddate`` that would change the bytes every day.
    """
    text = render_gexf(g)
    write_atomic(path, lambda handle: handle.write(text.encode("utf-8")))
