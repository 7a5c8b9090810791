
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
  var notices = [];
  if (data.truncated) {
    notices.push("Showing the " + data.shown_nodes + " most central of " + data.total_nodes + " nodes");
  }
  if (data.edges_between_shown) {
    notices.push((data.truncated ? "the " : "Showing the ") + data.shown_edges + " best-attested of the " +
      data.edges_between_shown + " edges between " + (data.truncated ? "them" : "the nodes") + ", red lines first");
  }
  if (notices.length) {
    byId("ng-notice").textContent = notices.join("; ") + "; graph.graphml and graph.gexf hold the whole graph.";
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
  // claimed_by holds an actor id: the panel names the actor (the id when the node is not drawn)
  function actorName(actorId) { var n = data.nodes["actor:" + actorId]; return n && n.label ? n.label : actorId; }
  function evidenceBlock(it) {
    var box = el("div", null, "ng-evidence" + (it.red_line ? " ng-red" : ""));
    var head = el("div", null, "ng-meta");
    head.appendChild(document.createTextNode(it.relation + (it.polarity ? " \u00B7 " + it.polarity : "")));
    if (it.red_line) { head.appendChild(document.createTextNode(" \u00B7 ")); head.appendChild(el("span", "RED LINE", "ng-redtag")); }
    if (it.claimed_by) head.appendChild(document.createTextNode(" \u00B7 claimed by " + actorName(it.claimed_by)));
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
  // an actor's own positions, dated, issue by issue (a changed position is marked); the same
  // position stated in several documents is one line, its documents counted and named on hover
  function positionsByDate(id) {
    var rows = [], byKey = {};
    network.getConnectedEdges(id).forEach(function (eid) {
      var d = data.edges[eid], e = edges.get(eid);
      if (!d || !e || e.from !== id || splitIds(d.relation).indexOf("stance") < 0) return;
      var issue = (data.nodes[e.to] || {}).label || e.to;
      d.items.forEach(function (it) {
        if (it.relation !== "stance" || it.claimed_by) return;
        var r = { date: String(it.date || ""), issue: issue, polarity: it.polarity || "", shift: it.position_shift || "", docs: [] };
        var key = [r.date, r.issue, r.polarity, r.shift].join("\u0000");
        if (!byKey[key]) { byKey[key] = r; rows.push(r); }
        splitIds(it.doc_ids).forEach(function (docId) {
          if (byKey[key].docs.indexOf(docId) < 0) byKey[key].docs.push(docId);
        });
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
      if (r.docs.length > 1) row.appendChild(el("span", " \u00B7 " + r.docs.length + " documents", "ng-meta"));
      row.setAttribute("title", r.docs.map(docLine).join("\n"));
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
  // names compared without case or accents: "erdogan" finds "Erdoğan", "Sao Tome" "São Tomé"
  function searchKey(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  Object.keys(data.nodes).sort().forEach(function (id) {
    var n = data.nodes[id]; if (n.kind !== "actor" && n.kind !== "issue") return;
    var key = searchKey(n.label);
    if (!byLabel[key]) { byLabel[key] = id; var opt = el("option"); opt.value = n.label; names.appendChild(opt); }
    splitIds(n.aliases).forEach(function (a) { if (!byLabel[searchKey(a)]) byLabel[searchKey(a)] = id; });
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
    var q = searchKey(search.value.trim()); if (!q) return null;
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
