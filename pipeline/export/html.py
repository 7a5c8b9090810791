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
- **Appears at once.** Positions come from the seeded layout of ``gephi.analyse`` and physics
  is off, so 1,000+ nodes are drawn without a simulation; above ``max_nodes`` the most central
  nodes are drawn and the page says so (the GraphML/GEXF files hold everything).
- Written as UTF-8, ``<meta charset="utf-8">`` first in ``<head>``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph import EDGE_COLORS, NODE_COLORS
from ..records import POLARITIES
from .atomic import write_text_atomic

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
    lib = resources.files("pyvis") / "templates" / "lib"
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


def select_nodes(g: nx.MultiDiGraph, limit: int) -> tuple[list[str], bool]:
    """The nodes to draw: all, or the ``limit`` most central ones (betweenness, then degree)."""
    nodes = sorted(g.nodes)
    if len(nodes) <= limit:
        return nodes, False
    degree = dict(g.degree())
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
        return [dict(item) for item in items]
    # a graph that did not go through gephi.collapse: one piece of evidence per edge
    return [{k: data[k] for k in ("relation", "polarity", "red_line", "condition", "evidence", "quote", "speaker",
                                   "cue", "claimed_by", "doc_ids", "date", "issues", "position_shift")
             if data.get(k) not in (None, "", False)}]


def page_payload(g: nx.MultiDiGraph, documents: dict[str, dict[str, str]], max_nodes: int,
                 title: str = "negotiation-graph") -> dict[str, Any]:
    """Everything the page draws and shows, as JSON-ready data (``g``: collapsed, analysed)."""
    keep, truncated = select_nodes(g, max_nodes)
    keep_set = set(keep)
    vis_nodes, vis_edges, node_info, edge_info = [], [], {}, {}
    for node in keep:
        data = g.nodes[node]
        vis_nodes.append(_vis_node(node, data))
        node_info[node] = {k: data[k] for k in _NODE_FIELDS if data.get(k) not in (None, "")}
    used_docs: set[str] = set()
    for u, v, key, data in g.edges(keys=True, data=True):
        if u not in keep_set or v not in keep_set:
            continue
        edge_id = str(data.get("id", key))
        vis_edges.append(_vis_edge(edge_id, u, v, data))
        info = {k: data[k] for k in _EDGE_FIELDS if data.get(k) not in (None, "")}
        info["items"] = _evidence_items(data)
        edge_info[edge_id] = info
        used_docs.update(d for item in info["items"] for d in str(item.get("doc_ids", "")).split("|") if d)
    for info in node_info.values():
        used_docs.update(d for d in str(info.get("doc_ids", "")).split("|") if d)
    docs = {d: {k: v for k, v in documents.get(d, {}).items() if v} for d in sorted(used_docs)}
    return {
        "title": title, "truncated": truncated, "total_nodes": g.number_of_nodes(), "shown_nodes": len(keep),
        "total_edges": g.number_of_edges(), "shown_edges": len(vis_edges),
        "vis": {"nodes": vis_nodes, "edges": vis_edges}, "nodes": node_info, "edges": edge_info, "documents": docs,
        "negotiations": {str(d.get("negotiation_id")): {"label": d.get("label", ""), "doc_ids": d.get("doc_ids", "")}
                         for _, d in sorted(g.nodes(data=True)) if d.get("kind") == "negotiation"},
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


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(g: nx.MultiDiGraph, documents: dict[str, dict[str, str]], max_nodes: int, title: str = "negotiation-graph") -> str:
    """The page as a string (``g`` is the collapsed, analysed graph)."""
    version, vis_script, vis_style = vis_assets()
    payload = _json_for_html(page_payload(g, documents, max_nodes, title))
    policy = ("default-src 'none'; script-src " + _csp_hash(vis_script) + " " + _csp_hash(_SCRIPT)
              + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta name=\"generator\" content=\"negotiation-graph, vis-network {html.escape(version)}\">\n",
        f"<title>{html.escape(title)}</title>\n",
        "<style>", vis_style, "</style>\n<style>", _STYLE, "</style>\n</head>\n<body>\n",
        _BODY,
        "<script type=\"application/json\" id=\"ng-data\">", payload, "</script>\n",
        "<script>", vis_script, "</script>\n",
        "<script>", _SCRIPT, "</script>\n</body>\n</html>\n",
    ])


def write_html(g: nx.MultiDiGraph, documents: dict[str, dict[str, str]], path: Path, max_nodes: int) -> None:
    """Write the explorer page for the collapsed, analysed graph ``g``, atomically, as UTF-8."""
    write_text_atomic(path, render_html(g, documents, max_nodes))


_STYLE = r"""
html, body { margin: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
#ng-network { position: fixed; inset: 0; background: #ffffff; }
@media (min-width: 900px) { #ng-network { left: 356px; } }
#ng-panel { position: fixed; top: 8px; left: 8px; width: 340px; max-height: calc(100vh - 16px); overflow: auto;
            background: rgba(255,255,255,0.97); border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px;
            font-size: 13px; box-shadow: 0 1px 6px rgba(0,0,0,0.15); z-index: 10; box-sizing: border-box; }
#ng-panel h1 { font-size: 15px; margin: 0 0 4px 0; }
#ng-panel h2 { font-size: 13px; margin: 10px 0 4px 0; }
#ng-panel details > summary { cursor: pointer; font-weight: 600; margin: 8px 0 4px 0; }
#ng-panel label { display: inline-block; margin-right: 8px; white-space: nowrap; }
#ng-panel input[type=search], #ng-panel select { width: 100%; box-sizing: border-box; margin: 2px 0; font-size: 13px; }
#ng-panel button { font-size: 12px; margin-top: 4px; }
.ng-row { margin: 1px 0; }
.ng-glyph { display: inline-block; width: 18px; text-align: center; font-size: 14px; }
.ng-line { display: inline-block; vertical-align: middle; margin-right: 4px; }
.ng-evidence { border-left: 3px solid #ddd; padding: 2px 6px; margin: 6px 0; }
.ng-evidence.ng-red { border-left: 5px solid #b00000; background: #fff3f3; }
.ng-redtag { color: #b00000; font-weight: 700; }
.ng-meta { color: #555; font-size: 11px; }
.ng-quote { font-style: italic; }
.ng-sentence { margin: 2px 0; }
#ng-notice, #ng-status { color: #a33; font-size: 12px; }
#ng-counts { color: #555; font-size: 11px; }
.ng-positions { border-top: 1px solid #ddd; margin: 6px 0; padding-top: 4px; }
.ng-position { font-size: 12px; margin: 1px 0; }
.ng-shift { color: #8a4b00; font-weight: 600; }
#ng-panel input[type=date] { width: 48%; font-size: 12px; }
"""

_BODY = """<div id="ng-network" aria-label="Negotiation graph"></div>
<aside id="ng-panel" aria-label="Explorer">
  <h1 id="ng-title">negotiation-graph</h1>
  <div id="ng-counts"></div>
  <div id="ng-notice"></div>
  <input id="ng-search" type="search" placeholder="Find an actor or issue, then Enter" list="ng-names" aria-label="Find an actor or issue" autocomplete="off">
  <datalist id="ng-names"></datalist>
  <div id="ng-status" role="status"></div>
  <details open><summary>Filters</summary>
    <div id="ng-kinds"></div>
    <div id="ng-relations"></div>
    <div id="ng-polarities"></div>
    <select id="ng-document" aria-label="Document"><option value="">All documents</option></select>
    <select id="ng-negotiation" aria-label="Negotiation"><option value="">All negotiations</option></select>
    <div class="ng-meta">Documents dated from / to</div>
    <input id="ng-date-from" type="date" aria-label="From date"> <input id="ng-date-to" type="date" aria-label="To date">
    <button id="ng-reset" type="button">Show everything</button>
  </details>
  <details open><summary>Legend</summary><div id="ng-legend"></div></details>
  <h2>Evidence</h2>
  <div id="ng-details">Click a node or an edge (or find one above) to see its evidence.</div>
</aside>
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function splitIds(v) { return v ? String(v).split("|").filter(function (x) { return x; }) : []; }
  function byId(id) { return document.getElementById(id); }

  var nodes = new vis.DataSet(data.vis.nodes), edges = new vis.DataSet(data.vis.edges);
  var network = new vis.Network(byId("ng-network"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.vis.edges.length > 1500, multiselect: false },
    edges: { smooth: false, arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { size: 9 }, selectionWidth: 3, hoverWidth: 2 },
    nodes: { font: { face: "sans-serif" } }
  });
  window.ngDrawn = false;
  network.once("afterDrawing", function () { window.ngDrawn = true; });

  document.title = data.title;
  byId("ng-title").textContent = data.title;
  byId("ng-counts").textContent = data.shown_nodes + " nodes, " + data.shown_edges + " edges";
  if (data.truncated) {
    byId("ng-notice").textContent = "Showing the " + data.shown_nodes + " most central of " + data.total_nodes +
      " nodes; graph.graphml and graph.gexf hold the whole graph.";
  }

  // ---- filters -------------------------------------------------------------------------
  var kinds = {}, relations = {}, polarities = {}, docs = {};
  Object.keys(data.nodes).forEach(function (id) {
    var n = data.nodes[id]; kinds[n.kind] = true;
    splitIds(n.doc_ids).forEach(function (d) { docs[d] = true; });
  });
  Object.keys(data.edges).forEach(function (id) {
    var e = data.edges[id];
    splitIds(e.relation).forEach(function (r) { relations[r] = true; });
    if (e.polarity) polarities[e.polarity] = true;
    e.items.forEach(function (it) { splitIds(it.doc_ids).forEach(function (d) { docs[d] = true; }); });
  });
  var state = { kinds: {}, relations: {}, polarities: {}, doc: "", negotiation: "", from: "", to: "" };
  var boxes = [];
  function checkboxes(containerId, values, bucket, caption) {
    var box = byId(containerId);
    box.appendChild(el("div", caption, "ng-meta"));
    Object.keys(values).sort().forEach(function (value) {
      bucket[value] = true;
      var label = el("label"), input = el("input");
      input.type = "checkbox"; input.checked = true; input.value = value;
      input.setAttribute("data-filter", containerId.replace("ng-", ""));
      input.addEventListener("change", function () { bucket[value] = input.checked; applyFilters(); });
      label.appendChild(input); label.appendChild(document.createTextNode(" " + value.replace("_", " ")));
      box.appendChild(label);
      boxes.push([input, bucket, value]);
    });
  }
  checkboxes("ng-kinds", kinds, state.kinds, "Nodes");
  checkboxes("ng-relations", relations, state.relations, "Relations");
  checkboxes("ng-polarities", polarities, state.polarities, "Stance polarity");
  var docSelect = byId("ng-document");
  Object.keys(docs).sort().forEach(function (d) {
    var meta = data.documents[d] || {};
    var opt = el("option", meta.title ? meta.title + (meta.date ? " (" + meta.date + ")" : "") : d);
    opt.value = d; docSelect.appendChild(opt);
  });
  docSelect.addEventListener("change", function () { state.doc = docSelect.value; applyFilters(); });
  // negotiations and dates: an element belongs to the negotiations and dates of its documents
  var negSelect = byId("ng-negotiation"), negDocs = {};
  Object.keys(data.negotiations || {}).sort().forEach(function (nid) {
    var meta = data.negotiations[nid], opt = el("option", meta.label || nid);
    opt.value = nid; negSelect.appendChild(opt);
    negDocs[nid] = {}; splitIds(meta.doc_ids).forEach(function (d) { negDocs[nid][d] = true; });
  });
  negSelect.addEventListener("change", function () { state.negotiation = negSelect.value; applyFilters(); });
  var dateFrom = byId("ng-date-from"), dateTo = byId("ng-date-to");
  [dateFrom, dateTo].forEach(function (input) {
    input.addEventListener("change", function () { state.from = dateFrom.value; state.to = dateTo.value; applyFilters(); });
  });
  function docInScope(d) {
    if (state.negotiation && !(negDocs[state.negotiation] || {})[d]) return false;
    if (state.from || state.to) {
      var date = String((data.documents[d] || {}).date || "").slice(0, 10);
      if (!date || (state.from && date < state.from) || (state.to && date > state.to)) return false;
    }
    return true;
  }
  function inScope(docIds, negotiationIds) {
    if (!state.negotiation && !state.from && !state.to) return true;
    var negs = splitIds(negotiationIds);
    if (state.negotiation && negs.length && negs.indexOf(state.negotiation) < 0) return false;
    var ids = splitIds(docIds);
    if (!ids.length) return negs.length > 0 && !state.from && !state.to;
    return ids.some(docInScope);
  }
  byId("ng-reset").addEventListener("click", function () {
    boxes.forEach(function (b) { b[0].checked = true; b[1][b[2]] = true; });
    docSelect.value = ""; state.doc = ""; negSelect.value = ""; state.negotiation = "";
    dateFrom.value = ""; dateTo.value = ""; state.from = ""; state.to = ""; applyFilters();
  });

  function nodeVisible(id) {
    var n = data.nodes[id]; if (!n) return false;
    if (!state.kinds[n.kind]) return false;
    if (state.doc && splitIds(n.doc_ids).indexOf(state.doc) < 0) return false;
    if (n.kind === "negotiation") return !state.negotiation || n.negotiation_id === state.negotiation;
    if (!inScope(n.doc_ids, n.kind === "category" ? "" : n.negotiation_id)) return false;
    return true;
  }
  function edgeVisible(e) {
    var d = data.edges[e.id] || { items: [] };
    if (!nodeVisible(e.from) || !nodeVisible(e.to)) return false;
    if (!splitIds(d.relation).some(function (r) { return state.relations[r]; })) return false;
    if (d.polarity && !state.polarities[d.polarity]) return false;
    if (state.doc) {
      var ids = splitIds(d.doc_ids);
      if (ids.length && ids.indexOf(state.doc) < 0) return false;
    }
    if (!inScope(d.doc_ids, d.negotiation_id)) return false;
    return true;
  }
  var counts = { nodes: data.vis.nodes.length, edges: data.vis.edges.length };
  function applyFilters() {
    var nodeUpdates = nodes.getIds().map(function (id) { return { id: id, hidden: !nodeVisible(id) }; });
    nodes.update(nodeUpdates);
    var edgeUpdates = edges.get({ fields: ["id", "from", "to"] }).map(function (e) { return { id: e.id, hidden: !edgeVisible(e) }; });
    edges.update(edgeUpdates);
    counts = { nodes: nodeUpdates.filter(function (u) { return !u.hidden; }).length,
               edges: edgeUpdates.filter(function (u) { return !u.hidden; }).length };
    byId("ng-counts").textContent = counts.nodes + " of " + data.shown_nodes + " nodes, " + counts.edges + " of " +
      data.shown_edges + " edges shown";
  }

  // ---- legend --------------------------------------------------------------------------
  var GLYPHS = { dot: "\u25CF", hexagon: "\u2B22", star: "\u2605", triangle: "\u25B2", triangleDown: "\u25BC",
                 square: "\u25A0", diamond: "\u25C6", box: "\u25AD", ellipse: "\u2B2C", circle: "\u25CB" };
  var legend = byId("ng-legend");
  function glyphRow(shape, colour, text) {
    var row = el("div", null, "ng-row"), g = el("span", GLYPHS[shape] || "\u25CF", "ng-glyph");
    g.style.color = colour; row.appendChild(g); row.appendChild(document.createTextNode(" " + text)); legend.appendChild(row);
  }
  function lineRow(colour, dashes, width, text) {
    var ns = "http://www.w3.org/2000/svg", row = el("div", null, "ng-row");
    var svg = document.createElementNS(ns, "svg"), line = document.createElementNS(ns, "line");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "10"); svg.setAttribute("class", "ng-line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "33"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", colour); line.setAttribute("stroke-width", String(width));
    if (dashes && dashes.length) line.setAttribute("stroke-dasharray", dashes.join(","));
    svg.appendChild(line); row.appendChild(svg); row.appendChild(document.createTextNode(text)); legend.appendChild(row);
  }
  var L = data.legend;
  Object.keys(L.actor_types).forEach(function (t) { glyphRow(L.actor_shapes[t], L.actor_types[t], "actor: " + t); });
  ["negotiation", "issue", "category", "red_line", "quote", "document"].forEach(function (k) {
    glyphRow(L.kind_shapes[k], L.kinds[k], k === "red_line" ? "red line (actor's non-negotiable on an issue)" : k);
  });
  legend.appendChild(el("div", "Stances (actor \u2192 issue), size of node = centrality", "ng-meta"));
  Object.keys(L.polarities).forEach(function (p) { lineRow(L.polarities[p], L.dashes[p], 2, p); });
  lineRow("#777777", L.claimed_dashes, 2, "claimed by another actor");
  lineRow(L.red_line, [], 5, "RED LINE");
  legend.appendChild(el("div", "Other relations", "ng-meta"));
  Object.keys(L.relations).forEach(function (r) { lineRow(L.relations[r], [], 2, r.replace("_", " ")); });

  // ---- evidence panel ------------------------------------------------------------------
  var details = byId("ng-details");
  function docLine(docId) {
    var meta = data.documents[docId] || {};
    return [meta.title || docId, meta.source, meta.date].filter(function (x) { return x; }).join(" \u00B7 ");
  }
  function evidenceBlock(it) {
    var box = el("div", null, "ng-evidence" + (it.red_line ? " ng-red" : ""));
    var head = el("div", null, "ng-meta");
    head.appendChild(document.createTextNode(it.relation + (it.polarity ? " \u00B7 " + it.polarity : "")));
    if (it.red_line) { head.appendChild(document.createTextNode(" \u00B7 ")); head.appendChild(el("span", "RED LINE", "ng-redtag")); }
    if (it.claimed_by) head.appendChild(document.createTextNode(" \u00B7 claimed by " + it.claimed_by));
    if (it.hedged) head.appendChild(document.createTextNode(" \u00B7 hedged"));
    if (it.position_shift) head.appendChild(el("span", " \u00B7 shift " + it.position_shift.replace("->", " \u2192 "), "ng-shift"));
    box.appendChild(head);
    if (it.condition) box.appendChild(el("div", "Condition: " + it.condition));
    if (it.issues) box.appendChild(el("div", "Issues: " + splitIds(it.issues).join(", ")));
    if (it.quote) box.appendChild(el("div", "\u201C" + it.quote + "\u201D" + (it.speaker ? " \u2014 " + it.speaker : ""), "ng-quote"));
    if (it.evidence) String(it.evidence).split(" || ").forEach(function (s) { box.appendChild(el("div", s, "ng-sentence")); });
    splitIds(it.doc_ids).forEach(function (docId) { box.appendChild(el("div", docLine(docId), "ng-meta ng-doc")); });
    return box;
  }
  var FIELDS = ["kind", "actor_type", "role", "aliases", "category", "text", "speaker", "source", "date", "community", "betweenness"];
  function showNode(id) {
    var n = data.nodes[id]; details.textContent = ""; if (!n) return;
    details.appendChild(el("strong", n.label));
    FIELDS.forEach(function (k) {
      if (n[k] === undefined || n[k] === "") return;
      details.appendChild(el("div", k.replace("_", " ") + ": " + (k === "aliases" ? splitIds(n[k]).join(", ") : n[k]),
                             k === "text" ? "ng-quote" : "ng-meta"));
    });
    splitIds(n.doc_ids).forEach(function (docId) { details.appendChild(el("div", docLine(docId), "ng-meta ng-doc")); });
    if (n.kind === "actor") positionsByDate(id);
    var connected = network.getConnectedEdges(id), shown = 0;
    connected.forEach(function (eid) {
      var d = data.edges[eid], e = edges.get(eid); if (!d || !e || shown >= 60) return;
      var other = e.from === id ? e.to : e.from;
      details.appendChild(el("div", (e.from === id ? "\u2192 " : "\u2190 ") + ((data.nodes[other] || {}).label || other), "ng-meta"));
      d.items.forEach(function (it) { details.appendChild(evidenceBlock(it)); });
      shown += 1;
    });
    if (connected.length > shown) details.appendChild(el("div", "\u2026 and " + (connected.length - shown) + " more edges", "ng-meta"));
  }
  // an actor's own positions, dated, issue by issue (a changed position is marked)
  function positionsByDate(id) {
    var rows = [];
    network.getConnectedEdges(id).forEach(function (eid) {
      var d = data.edges[eid], e = edges.get(eid);
      if (!d || !e || e.from !== id || splitIds(d.relation).indexOf("stance") < 0) return;
      var issue = (data.nodes[e.to] || {}).label || e.to;
      d.items.forEach(function (it) {
        if (it.relation !== "stance" || it.claimed_by) return;
        rows.push({ date: String(it.date || ""), issue: issue, polarity: it.polarity || "", shift: it.position_shift || "" });
      });
    });
    if (!rows.length) return;
    rows.sort(function (a, b) {
      return (a.date || "\uffff").localeCompare(b.date || "\uffff") || a.issue.localeCompare(b.issue) || a.polarity.localeCompare(b.polarity);
    });
    var box = el("div", null, "ng-positions");
    box.appendChild(el("div", "Positions by date", "ng-meta"));
    rows.forEach(function (r) {
      var row = el("div", (r.date || "undated") + " \u00B7 " + r.polarity + " \u00B7 " + r.issue, "ng-position");
      if (r.shift) { row.appendChild(el("span", " (was " + r.shift.split("->")[0] + ")", "ng-shift")); }
      box.appendChild(row);
    });
    details.appendChild(box);
  }
  function showEdge(id) {
    var d = data.edges[id], e = edges.get(id); details.textContent = ""; if (!d || !e) return;
    details.appendChild(el("strong", ((data.nodes[e.from] || {}).label || e.from) + " \u2192 " + ((data.nodes[e.to] || {}).label || e.to)));
    details.appendChild(el("div", d.relation + (d.n_evidence > 1 ? " \u00B7 " + d.n_evidence + " pieces of evidence" : ""), "ng-meta"));
    d.items.forEach(function (it) { details.appendChild(evidenceBlock(it)); });
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // ---- search --------------------------------------------------------------------------
  var names = byId("ng-names"), byLabel = {};
  Object.keys(data.nodes).sort().forEach(function (id) {
    var n = data.nodes[id]; if (n.kind !== "actor" && n.kind !== "issue") return;
    var key = String(n.label).toLowerCase();
    if (!byLabel[key]) { byLabel[key] = id; var opt = el("option"); opt.value = n.label; names.appendChild(opt); }
    splitIds(n.aliases).forEach(function (a) { if (!byLabel[a.toLowerCase()]) byLabel[a.toLowerCase()] = id; });
  });
  var status = byId("ng-status");
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    showNode(id);
    status.textContent = nodeVisible(id) ? "" : "This node is hidden by the filters.";
  }
  var search = byId("ng-search");
  function runSearch() {
    var q = search.value.trim().toLowerCase(); if (!q) return null;
    var id = byLabel[q];
    if (!id) {
      var keys = Object.keys(byLabel).sort();
      for (var i = 0; i < keys.length && !id; i++) { if (keys[i].indexOf(q) >= 0) id = byLabel[keys[i]]; }
    }
    if (id) focusNode(id); else status.textContent = "No actor or issue matches \u201C" + search.value.trim() + "\u201D.";
    return id || null;
  }
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });

  applyFilters();
  window.ngExplorer = {
    network: network, nodes: nodes, edges: edges, state: state, apply: applyFilters,
    counts: function () { return { nodes: counts.nodes, edges: counts.edges }; },
    search: function (q) { search.value = q; return runSearch(); },
    showNode: showNode, showEdge: showEdge
  };
})();
"""
