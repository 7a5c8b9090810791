"""The explorer page: one self-contained, offline HTML file drawn with vis-network.

What the page promises, and how:

- **No network request.** vis-network's script and stylesheet (the copy that ships inside the
  ``pyvis`` package) are inlined, with their source-map comments removed; there is no CDN tag
  (pyvis's own template links Bootstrap from a CDN even with ``cdn_resources="in_line"``, so
  the page is not built from that template). A Content-Security-Policy ``<meta>`` forbids
  every fetch (``default-src 'none'``; images only from ``data:``) and lets only this page's
  two scripts run, by hash: should article text ever slip out of its escaping, an injected
  ``<script>`` or ``onerror=`` handler would still not run.
- **Article text stays text.** It travels as JSON inside ``<script type="application/json">``
  with ``<``, ``>`` and ``&`` escaped as ``\\u003c``..., and the page writes it only through
  ``textContent``, option values and vis-network's canvas labels; tooltips are plain strings,
  which vis-network 9 shows with ``innerText``. The ``<title>`` is HTML-escaped.
- **Appears at once.** Positions come from the seeded layout of ``layout.analyse`` and physics
  is off, so 1,000+ nodes are drawn without a simulation; above ``max_nodes`` the most central
  nodes are drawn, and above ``max_edges`` edges between them the red lines and the edges with
  the most evidence, and the page says so (the GraphML/GEXF files hold everything).
- Written as UTF-8, ``<meta charset="utf-8">`` first in ``<head>``.

The page's HTML template, stylesheet and script are files in ``explorer/``, inlined here.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import importlib.util
import io
import json
import re
import tempfile
from functools import lru_cache, partial
from importlib import resources
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias

import networkx as nx

from ..graph import EDGE_COLORS, NODE_COLORS
from ..records import POLARITIES
from .atomic import write_atomic
from .collapse import evidence_dict
from .forked import Forked

SHAPES = {"actor": "dot", "issue": "square", "red_line": "diamond", "quote": "dot", "document": "box",
          "negotiation": "ellipse", "category": "circle"}
ACTOR_SHAPES = {"PERSON": "dot", "ORG": "hexagon", "GPE": "star", "NORP": "triangle", "GROUP": "triangleDown"}
# dash patterns by polarity ([] = solid); claims attributed by someone else are dotted
DASHES = {"support": [], "oppose": [], "demand": [], "propose": [10, 6], "consider": [3, 5]}
CLAIMED_DASHES = [2, 6]
RED_LINE_COLOUR = "#b00000"
KINDS = ("negotiation", "actor", "issue", "category", "red_line", "quote", "document")
_LABEL_CHARS = {"actor": 40, "issue": 40, "red_line": 50, "quote": 0, "document": 28, "negotiation": 50, "category": 30}
# node and edge fields the evidence panel may show (everything else stays in the files)
_NODE_FIELDS = ("label", "kind", "actor_type", "role", "aliases", "category", "mentions", "doc_count", "doc_ids",
                "community", "betweenness", "text", "speaker", "quote_kind", "source", "date", "actor", "negotiation_id", "parties",
                "last_date", "parent")
_EDGE_FIELDS = ("relation", "polarity", "red_line", "condition", "n_evidence", "claimed", "claimed_by", "doc_ids",
                "date", "issues", "weight", "negotiation_id", "position_shift")


def _json_for_html(data: Any) -> str:
    """JSON that can sit inside a ``<script>`` element whatever the strings contain."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str, str]:
    """vis-network's (version, minified script, stylesheet), from the copy inside pyvis.

    Raises:
        FileNotFoundError: the installed pyvis ships no vis-network build.
    """
    lib = _package_folder("pyvis") / "templates" / "lib"
    found = []
    for folder in lib.iterdir():
        match = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", folder.name)
        if match and (folder / "vis-network.min.js").is_file() and (folder / "vis-network.css").is_file():
            found.append((tuple(int(x) for x in match.groups()), folder))
    if not found:
        raise FileNotFoundError(f"no vis-network build (vis-X.Y.Z/vis-network.min.js) under {lib}: reinstall pyvis")
    version, folder = max(found)
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    # a source map would be fetched by developer tools; and neither text may close its element
    script = re.sub(r"^\s*//[#@] sourceMappingURL=.*$", "", script, flags=re.M).replace("</script", "<\\/script")
    style = re.sub(r"/\*[#@] sourceMappingURL=.*?\*/", "", style).replace("</style", "<\\/style")
    return ".".join(map(str, version)), script, style


def _package_folder(name: str) -> Any:
    """The folder of an installed package, found without importing it (importing pyvis, which
    the page never runs, cost a tenth of a second of every build); ``resources.files`` for a
    package that is not a folder (a zip)."""
    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0])
    return resources.files(name)


def select_nodes(g: nx.MultiDiGraph, limit: int) -> tuple[list[str], bool]:
    """The nodes to draw: all, or the ``limit`` most central ones (betweenness, then degree)."""
    nodes = sorted(g.nodes)
    if len(nodes) <= limit:
        return nodes, False
    if hasattr(g, "degrees"):
        # a compact graph: ranked on its arrays, no dict or key tuple per node (a node's number
        # is its rank by name, and lexsort is stable: ties by name, as below)
        import numpy as np

        order = np.lexsort((-g.degrees(), -g.betweenness()))
        return [nodes[i] for i in np.sort(order[:limit]).tolist()], True
    degree: dict[str, int] = {}  # g.degree(), counted once per edge rather than per node's views
    for u, v in g.edges():
        degree[u] = degree.get(u, 0) + 1
        degree[v] = degree.get(v, 0) + 1
    ranked = sorted(nodes, key=lambda n: (-g.nodes[n].get("betweenness", 0.0), -degree.get(n, 0), n))
    return sorted(ranked[:limit]), True


def _short(text: Any, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tooltip(data: dict[str, Any]) -> str:
    """Plain-text node tooltip (vis-network shows string titles as text, not HTML)."""
    kind = data.get("kind", "")
    parts = [_short(data.get("label", ""), 200)]
    if kind == "actor":
        parts.append(" · ".join(x for x in (data.get("actor_type", ""), data.get("role", "")) if x))
    elif kind == "quote":
        parts = [_short(data.get("text") or data.get("label", ""), 300)]
        if data.get("speaker"):
            parts.append(f"— {data['speaker']}")
    elif kind == "document":
        parts += [x for x in (data.get("source", ""), data.get("date", "")) if x]
    else:
        parts.append(kind.replace("_", " "))
    if data.get("doc_count"):
        parts.append(f"{data['doc_count']} document(s)")
    return "\n".join(p for p in parts if p)


def _edge_tooltip(data: dict[str, Any]) -> str:
    """Plain-text edge tooltip."""
    head = str(data.get("relation", ""))
    if data.get("polarity"):
        head += f" ({data['polarity']})"
    parts = [head]
    if data.get("red_line"):
        parts.append("RED LINE")
    if data.get("condition"):
        parts.append(f"condition: {_short(data['condition'], 200)}")
    if int(data.get("n_evidence", 1)) > 1:
        parts.append(f"{data['n_evidence']} pieces of evidence")
    evidence = str(data.get("evidence", "")).split(" || ")[0]
    if evidence:
        parts.append(_short(evidence, 300))
    return "\n".join(parts)


def _vis_node(node: str, data: dict[str, Any]) -> dict[str, Any]:
    kind = data.get("kind", "")
    colour = str(data.get("color") or NODE_COLORS.get(kind, "#999999"))
    shape = ACTOR_SHAPES.get(data.get("actor_type", ""), "dot") if kind == "actor" else SHAPES.get(kind, "dot")
    limit = _LABEL_CHARS.get(kind, 30)
    item: dict[str, Any] = {
        "id": node, "label": _short(data.get("label", node), limit) if limit else "", "title": _tooltip(data),
        "shape": shape, "size": round(float(data.get("size", 10.0)), 2),
        # Gephi's y axis points up, the canvas's down: flip so both show the same picture
        "x": round(float(data.get("x", 0.0)), 3), "y": round(-float(data.get("y", 0.0)), 3),
        "color": {"background": colour, "border": colour, "highlight": {"background": colour, "border": "#000000"},
                  "hover": {"background": colour, "border": "#000000"}},
        "font": {"size": 14 if kind in {"actor", "issue"} else 10},
        "borderWidth": 1,
    }
    if kind == "red_line":
        item["color"] = {"background": RED_LINE_COLOUR, "border": "#4d0000",
                         "highlight": {"background": RED_LINE_COLOUR, "border": "#000000"},
                         "hover": {"background": RED_LINE_COLOUR, "border": "#000000"}}
        item["borderWidth"] = 3
        item["size"] = max(item["size"], 18.0)
        item["font"] = {"size": 13, "color": RED_LINE_COLOUR, "bold": True, "strokeWidth": 3, "strokeColor": "#ffffff"}
    elif kind == "document":
        # a pale card with the title inside: readable, and clearly not an actor or an issue
        item["color"] = {"background": "#fbfbe9", "border": colour, "highlight": {"background": "#ffffff", "border": "#000000"},
                         "hover": {"background": "#ffffff", "border": "#000000"}}
        item["font"] = {"size": 10, "color": "#333333"}
    elif kind == "negotiation":
        item["font"] = {"size": 12, "color": "#ffffff"}  # the label sits inside the dark ellipse
    return item


def _vis_edge(edge_id: str, u: str, v: str, data: dict[str, Any]) -> dict[str, Any]:
    relations = str(data.get("relation", "")).split("|")
    polarity = str(data.get("polarity", ""))
    red = bool(data.get("red_line"))
    colour = EDGE_COLORS.get(polarity if relations[0] == "stance" else relations[0], "#999999")
    dashes: Any = DASHES.get(polarity, []) if relations[0] == "stance" else []
    if data.get("claimed"):
        dashes = CLAIMED_DASHES
    item: dict[str, Any] = {
        "id": edge_id, "from": u, "to": v, "title": _edge_tooltip(data),
        # selected edges keep their colour (it carries the polarity) and grow thicker instead
        "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.85},
        "width": round(1.0 + min(6.0, float(data.get("n_evidence", 1))), 2), "dashes": dashes or False,
    }
    if red:
        item.update(color={"color": RED_LINE_COLOUR, "highlight": RED_LINE_COLOUR, "hover": RED_LINE_COLOUR, "opacity": 1.0},
                    label="RED LINE", dashes=False,
                    font={"size": 11, "color": RED_LINE_COLOUR, "bold": True, "strokeWidth": 3, "strokeColor": "#ffffff"})
        item["width"] = round(item["width"] + 4.0, 2)
    return item


def _evidence_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    items = data.get("_evidence")
    if items:
        return [evidence_dict(item) for item in items]
    # a graph that did not go through gephi.collapse: one piece of evidence per edge
    return [{k: data[k] for k in ("relation", "polarity", "red_line", "condition", "evidence", "quote", "speaker",
                                   "cue", "claimed_by", "doc_ids", "date", "issues", "position_shift")
             if data.get(k) not in (None, "", False)}]


# The page draws at most this many edges between its nodes (``html_max_edges`` in
# models/config.toml): a browser draws a few thousand at once; an archive's most central nodes
# have hundreds of thousands between them (a page of hundreds of megabytes)
MAX_EDGES = 10_000


class DocumentsMeta:
    """The title, source and date of each document, as the page reads them (``{doc_id: {"title",
    "source", "date"}}``), taken from the documents' rows for the documents the page shows only:
    no dict of every document of an archive (a later row of a repeated id wins, as in a dict)."""

    def __init__(self, documents: Sequence[Any]) -> None:
        self.documents = documents

    def select(self, doc_ids: set[str]) -> dict[str, dict[str, str]]:
        return {d.doc_id: self.meta(d) for d in self.documents if d.doc_id in doc_ids}

    @staticmethod
    def meta(row: Any) -> dict[str, str]:
        """The title, source and date of one document's row."""
        return {"title": row.title, "source": row.source, "date": row.date}


# what the page reads its documents' title, source and date from: a dict by id, or the rows
PageDocuments: TypeAlias = "dict[str, dict[str, str]] | DocumentsMeta"


def page_payload(g: nx.MultiDiGraph, documents: PageDocuments, max_nodes: int,
                 title: str = "negotiation-graph", *, max_edges: int = MAX_EDGES) -> dict[str, Any]:
    """Everything the page draws and shows, as JSON-ready data (``g``: collapsed, analysed)."""
    return _payload(g, documents, max_nodes, title, {}, max_edges)


def drawn_edges(g: Any, keep: set[str], max_edges: int) -> tuple[Iterable[tuple[str, str, str, dict[str, Any]]], int]:
    """The edges between nodes of ``keep`` that the page draws, in edge order, and how many join
    them: all of them up to ``max_edges``, else the red lines first, then the edges with the
    most pieces of evidence, ties by edge order. A compact graph ranks on its arrays and merges
    the drawn edges only."""
    if hasattr(g, "edge_numbers_among"):
        import numpy as np

        numbers = g.edge_numbers_among(keep)
        total = len(numbers)
        if total > max_edges:
            ranked = numbers[np.lexsort((numbers, -g.n_evidence[numbers], ~g.red_line_edges(numbers)))]
            numbers = np.sort(ranked[:max_edges])
        return (g.edge(n) for n in numbers.tolist()), total
    edges = [(u, v, key, data) for u, v, key, data in g.edges(keys=True, data=True) if u in keep and v in keep]
    if len(edges) > max_edges:
        ranked = sorted(range(len(edges)), key=lambda i: (not edges[i][3].get("red_line"),
                                                          -int(edges[i][3].get("n_evidence", 1)), i))
        return [edges[i] for i in sorted(ranked[:max_edges])], len(edges)
    return edges, len(edges)


def _payload(g: nx.MultiDiGraph, documents: PageDocuments, max_nodes: int, title: str,
             edge_info: Any, max_edges: int = MAX_EDGES, stream_documents: bool = False) -> dict[str, Any]:
    """``page_payload`` with each edge's panel data put into ``edge_info`` (by edge id: a dict,
    or a :class:`_SpooledEdges`, which ``write_html`` streams), which is the payload's ``edges``;
    ``stream_documents``: its ``documents`` a :class:`_StreamedDocuments`, which ``write_html`` streams."""
    keep, truncated = select_nodes(g, max_nodes)
    keep_set = set(keep)
    vis_nodes, vis_edges, node_info = [], [], {}
    for node in keep:
        data = g.nodes[node]
        vis_nodes.append(_vis_node(node, data))
        node_info[node] = {k: data[k] for k in _NODE_FIELDS if data.get(k) not in (None, "")}
    used_docs: set[str] = set()
    among, joining = drawn_edges(g, keep_set, max_edges)
    for u, v, key, data in among:
        edge_id = str(data.get("id", key))
        vis_edges.append(_vis_edge(edge_id, u, v, data))
        info = {k: data[k] for k in _EDGE_FIELDS if data.get(k) not in (None, "")}
        info["items"] = _evidence_items(data)
        edge_info[edge_id] = info
        used_docs.update(d for item in info["items"] for d in str(item.get("doc_ids", "")).split("|") if d)
    for info in node_info.values():
        used_docs.update(d for d in str(info.get("doc_ids", "")).split("|") if d)
    if stream_documents:  # written one by one as the page is (an archive's: nearly all its documents)
        docs: Any = _StreamedDocuments(documents, used_docs)
    else:
        if isinstance(documents, DocumentsMeta):
            documents = documents.select(used_docs)
        docs = {d: _document_entry(documents.get(d, {})) for d in sorted(used_docs)}
    payload = {
        "title": title, "truncated": truncated, "total_nodes": g.number_of_nodes(), "shown_nodes": len(keep),
        "total_edges": g.number_of_edges(), "shown_edges": len(vis_edges),
        "vis": {"nodes": vis_nodes, "edges": vis_edges}, "nodes": node_info, "edges": edge_info, "documents": docs,
        "negotiations": {str(d.get("negotiation_id")): {"label": d.get("label", ""), "doc_ids": d.get("doc_ids", "")}
                         for _, d in _sorted_nodes(g) if d.get("kind") == "negotiation"},
        "legend": {
            "kinds": {k: NODE_COLORS.get(k, "#999999") if k != "red_line" else RED_LINE_COLOUR for k in KINDS},
            "kind_shapes": {k: SHAPES[k] for k in KINDS},
            "actor_types": {t: NODE_COLORS.get(t, "#999999") for t in ACTOR_SHAPES},
            "actor_shapes": ACTOR_SHAPES,
            "polarities": {p: EDGE_COLORS[p] for p in POLARITIES},
            "dashes": DASHES, "claimed_dashes": CLAIMED_DASHES,
            "relations": {r: EDGE_COLORS.get(r, "#999999") for r in ("said", "member_of", "speaks_for", "aligned", "opposed",
                                                                      "contradicts", "reported_in", "party_to", "part_of",
                                                                      "in_category")},
            "red_line": RED_LINE_COLOUR,
        },
    }
    if joining > len(vis_edges):  # only then: a page whose edges are all drawn keeps its bytes
        payload["edges_between_shown"] = joining
    return payload


def _sorted_nodes(g: nx.MultiDiGraph):
    """(node, attributes) in node order; a compact graph's are sorted already, and made one at a
    time (a list of them all would hold every node's attributes at once)."""
    return g.nodes(data=True) if hasattr(g, "edges_among") else sorted(g.nodes(data=True))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


# the page's own template, stylesheet and script: real files beside this module (package data),
# inlined into every page
EXPLORER = resources.files(__package__) / "explorer"
_SLOT = re.compile(r"\{\{ (\w+) \}\}")


@lru_cache(maxsize=1)
def explorer_assets() -> tuple[str, str, str]:
    """The explorer page's (HTML template, stylesheet, script), from ``explorer/``."""
    return tuple((EXPLORER / name).read_text(encoding="utf-8")  # type: ignore[return-value]
                 for name in ("explorer.html", "explorer.css", "explorer.js"))


def _slots(title: str) -> tuple[str, dict[str, str]]:
    """The page's template and the text of its slots but ``data``."""
    version, vis_script, vis_style = vis_assets()
    template, style, script = explorer_assets()
    policy = ("default-src 'none'; script-src " + _csp_hash(vis_script) + " " + _csp_hash(script)
              + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    return template, {
        "policy": policy, "vis_version": html.escape(version), "title": html.escape(title),
        "vis_style": vis_style, "explorer_css": style, "vis_script": vis_script, "explorer_js": script,
    }


class _SpooledEdges:
    """The page's edge panel data (``edges``), each entry written as its JSON to a temporary file
    as it is made, copied into the page in id order: an archive's page holds hundreds of
    megabytes of evidence, which as live dicts (then a JSON string, the page and its bytes)
    took gigabytes."""

    def __init__(self, spool: IO[bytes]) -> None:
        self.spool = spool
        self.at: dict[str, tuple[int, int]] = {}  # edge id -> (offset, length) of its entry

    def __setitem__(self, edge_id: str, info: dict[str, Any]) -> None:
        entry = (_json_for_html(edge_id) + ":" + _json_for_html(info)).encode("utf-8")
        self.at[edge_id] = (self.spool.tell(), len(entry))  # a repeated id: the last one, as in a dict
        self.spool.write(entry)

    def write_to(self, handle: IO[bytes]) -> None:
        """The JSON object ``_json_for_html`` makes of the same entries as a dict (keys sorted)."""
        handle.write(b"{")
        for n, edge_id in enumerate(sorted(self.at)):
            offset, length = self.at[edge_id]
            self.spool.seek(offset)
            handle.write(b"," + self.spool.read(length) if n else self.spool.read(length))
        handle.write(b"}")


def _document_entry(meta: dict[str, str]) -> dict[str, str]:
    """A shown document's entry in the page's ``documents``: its non-empty title, source and date."""
    return {k: v for k, v in meta.items() if v}


class _StreamedDocuments:
    """The page's ``documents`` (the shown documents' entries by id), each entry read from the
    documents' rows and written as its JSON as the page is written (:meth:`write_to`, in id
    order): an archive's page shows nearly every document (its most central actors appear in
    most), and their entries as live dicts, then a JSON string, were the page's largest part."""

    def __init__(self, documents: PageDocuments, doc_ids: set[str]) -> None:
        self.documents, self.doc_ids = documents, doc_ids

    def write_to(self, handle: IO[bytes]) -> None:
        """The JSON ``_json_for_html`` makes of ``{doc_id: _document_entry(...)}`` (keys sorted)."""
        documents = self.documents
        if isinstance(documents, DocumentsMeta):
            rows = documents.documents
            last = {d.doc_id: i for i, d in enumerate(rows) if d.doc_id in self.doc_ids}  # a later row wins
            def meta(doc_id: str) -> dict[str, str]:
                at = last.get(doc_id)
                if at is None:
                    return {}
                return DocumentsMeta.meta(rows[at])
        else:
            def meta(doc_id: str) -> dict[str, str]:
                return documents.get(doc_id, {})
        handle.write(b"{")
        for n, doc_id in enumerate(sorted(self.doc_ids)):
            entry = _json_for_html(doc_id) + ":" + _json_for_html(_document_entry(meta(doc_id)))
            handle.write(("," + entry if n else entry).encode("utf-8"))
        handle.write(b"}")


def _write_page(g: nx.MultiDiGraph, documents: PageDocuments, max_nodes: int, title: str,
                handle: IO[bytes], spool: IO[bytes], max_edges: int = MAX_EDGES) -> None:
    """The page, streamed to ``handle``: the template's ``{{ name }}`` slots filled in one pass
    (no filled-in text, article text above all, is ever read as a slot), the data's entries
    written one by one, its edges' panel data spooled to ``spool`` as they are made and copied
    in id order (``_json_for_html`` of a dict is its sorted entries' JSON joined)."""
    template, slots = _slots(title)
    edges = _SpooledEdges(spool)
    payload = _payload(g, documents, max_nodes, title, edges, max_edges, stream_documents=True)
    for n, piece in enumerate(_SLOT.split(template)):  # text, slot name, text, ...
        if n % 2 == 0:
            handle.write(piece.encode("utf-8"))
        elif piece != "data":
            handle.write(slots[piece].encode("utf-8"))
        else:
            handle.write(b"{")
            for k, key in enumerate(sorted(payload)):
                handle.write((("," if k else "") + _json_for_html(key) + ":").encode("utf-8"))
                if payload[key] is edges or isinstance(payload[key], _StreamedDocuments):
                    payload[key].write_to(handle)
                else:
                    handle.write(_json_for_html(payload[key]).encode("utf-8"))
            handle.write(b"}")


def page_bytes(g: nx.MultiDiGraph, documents: PageDocuments, max_nodes: int,
               title: str = "negotiation-graph", *, max_edges: int = MAX_EDGES) -> bytes:
    """The page's UTF-8 bytes, made in memory (``g`` is the collapsed, analysed graph)."""
    page, spool = io.BytesIO(), io.BytesIO()
    _write_page(g, documents, max_nodes, title, page, spool, max_edges)
    return page.getvalue()


def render_html(g: nx.MultiDiGraph, documents: PageDocuments, max_nodes: int, title: str = "negotiation-graph",
                *, max_edges: int = MAX_EDGES) -> str:
    """The page as a string (``g`` is the collapsed, analysed graph)."""
    return page_bytes(g, documents, max_nodes, title, max_edges=max_edges).decode("utf-8")


def write_html(g: nx.MultiDiGraph, documents: PageDocuments, path: Path, max_nodes: int,
               max_edges: int = MAX_EDGES) -> None:
    """Write the explorer page for the collapsed, analysed graph ``g``, atomically, as UTF-8,
    streamed (the edges' panel data spooled to a temporary file beside the page: an archive's
    page holds hundreds of megabytes of evidence)."""

    def writer(handle: IO[bytes]) -> None:
        with tempfile.TemporaryFile(dir=Path(path).parent, prefix=".graph-page.", suffix=".tmp") as spool:
            _write_page(g, documents, max_nodes, "negotiation-graph", handle, spool, max_edges)

    write_atomic(path, writer)


# Above this many nodes (an archive) the page is rendered in the build's own process: a forked
# child's copy-on-write pages of an archive's graph would not be small
BACKGROUND_MAX_NODES = 50_000


class BackgroundPage:
    """The explorer page rendered by a forked child process (:mod:`.forked`) while this one writes
    the tables, GraphML and GEXF; :meth:`write` writes its bytes (atomically, in this process, so
    the file joins the build's output set). The bytes are those ``write_html`` writes: the child
    runs the same producer (``page_bytes``) on the same graph. An archive's graph (above
    ``BACKGROUND_MAX_NODES``) is written here, in :meth:`write`, streamed by ``write_html``."""

    def __init__(self, g: Any, documents: PageDocuments, path: Path, max_nodes: int,
                 max_edges: int = MAX_EDGES) -> None:
        self.path = Path(path)
        self.args = (g, documents, max_nodes)
        self.max_edges = max_edges
        self.job = (Forked(partial(page_bytes, max_edges=max_edges), *self.args)
                    if g.number_of_nodes() <= BACKGROUND_MAX_NODES else None)

    def write(self) -> None:
        if self.job is None:
            write_html(*self.args[:2], self.path, self.args[2], self.max_edges)  # streamed: an archive's page
        else:
            page = self.job.result()
            write_atomic(self.path, lambda handle: handle.write(page))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()


@contextlib.contextmanager
def html_in_background(g: Any, documents: PageDocuments, path: Path,
                       max_nodes: int, max_edges: int = MAX_EDGES) -> Iterator[BackgroundPage]:
    """A :class:`BackgroundPage` whose child is stopped if the block raises before ``write``."""
    page = BackgroundPage(g, documents, path, max_nodes, max_edges)
    try:
        yield page
    finally:
        page.cancel()
