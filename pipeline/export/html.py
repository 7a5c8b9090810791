"""The explorer page: one self-contained HTML file (pyvis / vis-network, inlined), no network.

pyvis's ``cdn_resources="in_line"`` inlines vis-network but still links Bootstrap from a CDN;
those tags are removed and the page's own styles and script are inlined. Every piece of article
text travels as JSON inside a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` escaped, and the page script writes it with ``textContent`` only, so an article containing
``<script>`` or ``"><img onerror=...>`` renders as text. Tooltips are plain strings (vis-network
shows string titles as text).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from ..graph import EDGE_COLORS, NODE_COLORS
from .atomic import write_text_atomic

SHAPES = {"actor": "dot", "issue": "box", "red_line": "diamond", "quote": "text", "document": "square"}
ACTOR_SHAPES = {"PERSON": "dot", "ORG": "hexagon", "GPE": "star", "NORP": "triangle", "GROUP": "triangleDown"}
DASHED = {"consider", "propose"}


def _json_for_html(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def select_nodes(g: nx.MultiDiGraph, limit: int) -> tuple[list[str], bool]:
    """The nodes to draw: all, or the ``limit`` most central ones (betweenness, then degree)."""
    nodes = sorted(g.nodes)
    if len(nodes) <= limit:
        return nodes, False
    degree = dict(g.degree())
    ranked = sorted(nodes, key=lambda n: (-g.nodes[n].get("betweenness", 0.0), -degree.get(n, 0), n))
    return sorted(ranked[:limit]), True


def _tooltip(data: dict[str, Any]) -> str:
    parts = [str(data.get("label", ""))]
    for key in ("actor_type", "role", "category", "source", "date", "speaker"):
        if data.get(key):
            parts.append(f"{key.replace('_', ' ')}: {data[key]}")
    if data.get("doc_count"):
        parts.append(f"documents: {data['doc_count']}")
    return "\n".join(parts)


def _edge_tooltip(data: dict[str, Any]) -> str:
    parts = [data.get("relation", "")]
    if data.get("polarity"):
        parts[0] += f" ({data['polarity']})"
    if data.get("red_line"):
        parts.append("RED LINE")
    if data.get("condition"):
        parts.append(f"condition: {data['condition']}")
    if data.get("n_evidence", 1) > 1:
        parts.append(f"{data['n_evidence']} pieces of evidence")
    evidence = str(data.get("evidence", ""))
    if evidence:
        parts.append(evidence[:300] + ("…" if len(evidence) > 300 else ""))
    return "\n".join(parts)


def render_html(g: nx.MultiDiGraph, documents: dict[str, dict[str, str]], max_nodes: int, title: str = "negotiation-graph") -> str:
    """The page as a string (``g`` is the collapsed, analysed graph)."""
    keep, truncated = select_nodes(g, max_nodes)
    keep_set = set(keep)
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    node_data: dict[str, Any] = {}
    for node in keep:
        data = g.nodes[node]
        kind = data.get("kind", "")
        shape = ACTOR_SHAPES.get(data.get("actor_type", ""), "dot") if kind == "actor" else SHAPES.get(kind, "dot")
        colour = data.get("color", "#999999")
        net.add_node(
            node, label=str(data.get("label", node))[:60], title=_tooltip(data), color=colour, shape=shape,
            x=data.get("x", 0.0), y=data.get("y", 0.0), size=float(data.get("size", 10.0)), physics=False,
            borderWidth=3 if kind == "red_line" else 1, font={"size": 14 if kind in {"actor", "issue"} else 10},
        )
        node_data[node] = {k: v for k, v in data.items() if k not in {"x", "y"}}
    edge_data: dict[str, Any] = {}
    for u, v, key, data in g.edges(keys=True, data=True):
        if u not in keep_set or v not in keep_set:
            continue
        relation = data.get("relation", "")
        polarity = data.get("polarity", "")
        red = bool(data.get("red_line"))
        colour = EDGE_COLORS.get(polarity if relation == "stance" else relation, "#999999")
        width = 1.0 + min(6.0, float(data.get("n_evidence", 1)))
        if red:
            width += 3.0
        net.add_edge(u, v, id=data.get("id", key), title=_edge_tooltip(data), color=colour, width=width,
                     dashes=bool(polarity in DASHED or data.get("claimed")), arrows="to", label=polarity if red else "")
        edge_data[data.get("id", key)] = {k: v for k, v in data.items()}
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(keep) > 800},
        "edges": {"smooth": False, "font": {"size": 9}},
        "nodes": {"font": {"face": "sans-serif"}},
        "layout": {"improvedLayout": False},
    }))
    html = net.generate_html(notebook=False)
    html = _strip_remote(html)
    payload = {
        "nodes": node_data, "edges": edge_data, "documents": documents, "truncated": truncated,
        "total_nodes": g.number_of_nodes(), "shown_nodes": len(keep), "node_colors": NODE_COLORS,
        "edge_colors": EDGE_COLORS, "title": title,
    }
    panel = _PANEL.replace("__DATA__", _json_for_html(payload))
    html = html.replace("</body>", panel + "\n</body>", 1)
    html = html.replace("<head>", '<head>\n<meta charset="utf-8">\n<title>negotiation-graph</title>', 1)
    return html


def _strip_remote(html: str) -> str:
    """Remove every tag that would fetch something from the network (Bootstrap from a CDN)."""
    html = re.sub(r"<!--.*?-->", "", html, flags=re.S)
    html = re.sub(r"<link[^>]*?href=\"https?://[^>]*>", "", html, flags=re.S)
    html = re.sub(r"<script[^>]*?src=\"https?://[^>]*>\s*</script>", "", html, flags=re.S)
    # pyvis wraps the canvas in Bootstrap "card" markup; without Bootstrap it needs no change.
    return html


def write_html(g: nx.MultiDiGraph, documents: dict[str, dict[str, str]], path: Path, max_nodes: int) -> None:
    write_text_atomic(path, render_html(g, documents, max_nodes))


_PANEL = r"""
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  #mynetwork { border: none !important; }
  .card { border: none !important; }
  #ng-panel { position: fixed; top: 8px; left: 8px; width: 330px; max-height: calc(100vh - 16px); overflow: auto;
              background: rgba(255,255,255,0.96); border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px;
              font-size: 13px; box-shadow: 0 1px 6px rgba(0,0,0,0.15); z-index: 10; }
  #ng-panel h1 { font-size: 15px; margin: 0 0 6px 0; }
  #ng-panel h2 { font-size: 13px; margin: 10px 0 4px 0; }
  #ng-panel label { display: inline-block; margin-right: 8px; white-space: nowrap; }
  #ng-panel input[type=search], #ng-panel select { width: 100%; box-sizing: border-box; margin: 2px 0; }
  .ng-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: middle; }
  .ng-evidence { border-left: 3px solid #ddd; padding: 2px 6px; margin: 6px 0; }
  .ng-evidence.red { border-left-color: #d62728; }
  .ng-meta { color: #666; font-size: 11px; }
  .ng-quote { font-style: italic; }
  #ng-notice { color: #a33; font-size: 12px; }
</style>
<div id="ng-panel" role="complementary" aria-label="Explorer">
  <h1 id="ng-title">negotiation-graph</h1>
  <div id="ng-notice"></div>
  <input id="ng-search" type="search" placeholder="Find an actor or issue…" list="ng-names" aria-label="Search">
  <datalist id="ng-names"></datalist>
  <h2>Filters</h2>
  <div id="ng-kinds"></div>
  <div id="ng-relations"></div>
  <div id="ng-polarities"></div>
  <select id="ng-document" aria-label="Document"><option value="">All documents</option></select>
  <h2>Legend</h2>
  <div id="ng-legend"></div>
  <h2>Evidence</h2>
  <div id="ng-details">Click a node or an edge to see its evidence.</div>
</div>
<script type="application/json" id="ng-data">__DATA__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; }
  function splitIds(v) { return v ? String(v).split("|").filter(function (x) { return x; }) : []; }
  document.getElementById("ng-title").textContent = data.title;
  if (data.truncated) {
    document.getElementById("ng-notice").textContent = "Showing the " + data.shown_nodes + " most central of " + data.total_nodes +
      " nodes. graph.graphml and graph.gexf hold the whole graph.";
  }
  var allNodes = nodes.get(), allEdges = edges.get();
  var kinds = {}, relations = {}, polarities = {}, docs = {};
  Object.keys(data.nodes).forEach(function (id) { var n = data.nodes[id]; kinds[n.kind] = true; splitIds(n.doc_ids).forEach(function (d) { docs[d] = true; }); });
  Object.keys(data.edges).forEach(function (id) { var e = data.edges[id]; relations[e.relation] = true; if (e.polarity) polarities[e.polarity] = true; });
  var state = { kinds: {}, relations: {}, polarities: {}, doc: "" };
  function checkboxes(containerId, values, bucket, caption) {
    var box = document.getElementById(containerId);
    box.appendChild(el("div", caption, "ng-meta"));
    Object.keys(values).sort().forEach(function (value) {
      bucket[value] = true;
      var label = el("label"), input = el("input");
      input.type = "checkbox"; input.checked = true; input.value = value; input.setAttribute("data-filter", containerId);
      input.addEventListener("change", function () { bucket[value] = input.checked; applyFilters(); });
      label.appendChild(input); label.appendChild(document.createTextNode(" " + value));
      box.appendChild(label);
    });
  }
  checkboxes("ng-kinds", kinds, state.kinds, "Node kinds");
  checkboxes("ng-relations", relations, state.relations, "Relations");
  checkboxes("ng-polarities", polarities, state.polarities, "Polarities");
  var docSelect = document.getElementById("ng-document");
  Object.keys(docs).sort().forEach(function (d) {
    var meta = data.documents[d] || {}; var opt = el("option", meta.title ? meta.title : d); opt.value = d; docSelect.appendChild(opt);
  });
  docSelect.addEventListener("change", function () { state.doc = docSelect.value; applyFilters(); });
  function nodeVisible(id) {
    var n = data.nodes[id]; if (!n) return false;
    if (!state.kinds[n.kind]) return false;
    if (state.doc && splitIds(n.doc_ids).indexOf(state.doc) < 0) return false;
    return true;
  }
  function applyFilters() {
    var nodeUpdates = allNodes.map(function (n) { return { id: n.id, hidden: !nodeVisible(n.id) }; });
    nodes.update(nodeUpdates);
    var edgeUpdates = allEdges.map(function (e) {
      var d = data.edges[e.id] || {};
      var visible = nodeVisible(e.from) && nodeVisible(e.to) && state.relations[d.relation] !== false &&
        (!d.polarity || state.polarities[d.polarity] !== false) &&
        (!state.doc || splitIds(d.doc_ids).indexOf(state.doc) >= 0 || !d.doc_ids);
      return { id: e.id, hidden: !visible };
    });
    edges.update(edgeUpdates);
    window.ngVisible = { nodes: nodeUpdates.filter(function (u) { return !u.hidden; }).length,
                         edges: edgeUpdates.filter(function (u) { return !u.hidden; }).length };
  }
  var legend = document.getElementById("ng-legend");
  Object.keys(data.node_colors).forEach(function (k) {
    var row = el("div"), sw = el("span", "", "ng-swatch"); sw.style.background = data.node_colors[k];
    row.appendChild(sw); row.appendChild(document.createTextNode(k)); legend.appendChild(row);
  });
  ["support", "oppose", "propose", "demand", "consider", "aligned", "opposed", "contradicts", "red_line"].forEach(function (k) {
    var row = el("div"), sw = el("span", "", "ng-swatch"); sw.style.background = data.edge_colors[k]; sw.style.height = "3px";
    row.appendChild(sw); row.appendChild(document.createTextNode(k + (k === "propose" || k === "consider" ? " (dashed)" : "") + (k === "red_line" ? " (thick, diamond node)" : "")));
    legend.appendChild(row);
  });
  var names = document.getElementById("ng-names"), byLabel = {};
  Object.keys(data.nodes).forEach(function (id) {
    var n = data.nodes[id]; if (n.kind !== "actor" && n.kind !== "issue") return;
    byLabel[String(n.label).toLowerCase()] = id;
    splitIds(n.aliases).forEach(function (a) { if (!byLabel[a.toLowerCase()]) byLabel[a.toLowerCase()] = id; });
    var opt = el("option"); opt.value = n.label; names.appendChild(opt);
  });
  function focusNode(id) {
    network.selectNodes([id]); network.focus(id, { scale: 1.2, animation: false }); showNode(id); window.ngFocused = id;
  }
  var search = document.getElementById("ng-search");
  function runSearch() {
    var q = search.value.trim().toLowerCase(); if (!q) return;
    var id = byLabel[q];
    if (!id) { var keys = Object.keys(byLabel).sort(); for (var i = 0; i < keys.length; i++) { if (keys[i].indexOf(q) >= 0) { id = byLabel[keys[i]]; break; } } }
    if (id) focusNode(id);
  }
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });
  var details = document.getElementById("ng-details");
  function docLine(docId) {
    var meta = data.documents[docId] || {};
    return [meta.title || docId, meta.source, meta.date].filter(function (x) { return x; }).join(" · ");
  }
  function evidenceBlock(d) {
    var box = el("div", null, "ng-evidence" + (d.red_line ? " red" : ""));
    var head = d.relation + (d.polarity ? " · " + d.polarity : "") + (d.red_line ? " · RED LINE" : "") + (d.claimed ? " · claimed by " + d.claimed_by : "");
    box.appendChild(el("div", head, "ng-meta"));
    if (d.condition) box.appendChild(el("div", "Condition: " + d.condition));
    if (d.quote) { box.appendChild(el("div", "“" + d.quote + "”" + (d.speaker ? " — " + d.speaker : ""), "ng-quote")); }
    if (d.evidence) String(d.evidence).split(" || ").forEach(function (s) { box.appendChild(el("div", s)); });
    splitIds(d.doc_ids).forEach(function (docId) { box.appendChild(el("div", docLine(docId), "ng-meta")); });
    return box;
  }
  function showNode(id) {
    var n = data.nodes[id]; details.textContent = ""; if (!n) return;
    details.appendChild(el("strong", n.label));
    ["kind", "actor_type", "role", "category", "aliases", "text", "speaker"].forEach(function (k) {
      if (n[k]) details.appendChild(el("div", k.replace("_", " ") + ": " + n[k], k === "text" ? "ng-quote" : "ng-meta"));
    });
    splitIds(n.doc_ids).forEach(function (docId) { details.appendChild(el("div", docLine(docId), "ng-meta")); });
    network.getConnectedEdges(id).slice(0, 40).forEach(function (eid) { var d = data.edges[eid]; if (d) details.appendChild(evidenceBlock(d)); });
  }
  function showEdge(id) {
    var d = data.edges[id]; details.textContent = ""; if (!d) return;
    var e = edges.get(id);
    details.appendChild(el("strong", (data.nodes[e.from] || {}).label + " → " + (data.nodes[e.to] || {}).label));
    details.appendChild(evidenceBlock(d));
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  applyFilters();
  window.ngExplorer = { focus: focusNode, search: function (q) { search.value = q; runSearch(); }, apply: applyFilters, state: state };
})();
</script>
"""
