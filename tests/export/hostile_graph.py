"""A small graph whose every text is hostile to XML writers: markup, quotes of both kinds,
entities, line breaks, tabs, control characters, CDATA ends, emoji and right-to-left text."""

from __future__ import annotations

import networkx as nx

HOSTILE_TEXTS = (
    '<script>alert("x")</script> & </data>',
    "it's \"quoted\" both ways",
    "line one\nline two\r\nthree\ttabbed",
    "control\x00\x01\x0b\x1f chars and ]]> end",
    "&amp; already an entity, &#10; too",
    "emoji 🕊️ and עברית and 中文",
    "   leading and trailing spaces   ",
)


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="negotiation-graph")
    for k, text in enumerate(HOSTILE_TEXTS):
        g.add_node(f"actor:{k}<&\">", kind="actor", label=text, role=text, mentions=k, doc_ids=f"d{k}|d'{k}",
                   color="#1f77b4", date="2024-02-0" + str(k + 1), x=float(k), y=-1.5 * k, size=10.0 + k,
                   betweenness=k / 7, community=k % 2)
    for k, text in enumerate(HOSTILE_TEXTS):
        g.add_edge(f"actor:{k}<&\">", f"actor:{(k + 1) % len(HOSTILE_TEXTS)}<&\">", key=f"e{k}", id=f"e{k}",
                   relation="stance", polarity="oppose", red_line=k % 2 == 0, evidence=text, quote=text[::-1],
                   n_evidence=k + 1, weight=float(k + 1), color="#d62728", date="2024-02-0" + str(k + 1),
                   label="oppose", _evidence=[{"evidence": text}])
    return g
