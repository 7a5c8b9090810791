"""Stage 5, graph: a ``networkx.MultiDiGraph`` of negotiations, actors, issues and their
categories, red lines, quotations and documents, with every stance edge carrying its evidence,
and derived actor-actor relations (aligned, opposed, contradicts) as discourse network analysis
draws them: congruence and conflict inside one negotiation, weighted by the number of issues.

Node ids: ``negotiation:<negotiation_id>``, ``actor:<actor_id>``, ``issue:<issue_id>``,
``category:<category>``, ``redline:<actor_id>:<issue_id>``, ``quote:<quote_node>``,
``doc:<doc_id>``. Edge relations: stance, red_line, member_of, speaks_for, said, reported_in,
aligned, opposed, contradicts, part_of (issue -> negotiation), in_category (issue -> category),
party_to (actor -> negotiation).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .positions import CON, PRO, coarse, congruence, own_positions, prevailing
from .records import Resolved, Stance

__all__ = ["build_graph", "coarse", "own_positions", "prevailing", "PRO", "CON", "NODE_COLORS", "EDGE_COLORS"]

NODE_COLORS = {
    "PERSON": "#1f77b4", "ORG": "#2ca02c", "GPE": "#9467bd", "NORP": "#8c564b", "GROUP": "#7f7f7f",
    "issue": "#ff7f0e", "red_line": "#d62728", "quote": "#17becf", "document": "#bcbd22",
    "negotiation": "#393b79", "category": "#e7ba52",
}
EDGE_COLORS = {
    "support": "#2ca02c", "oppose": "#d62728", "propose": "#1f77b4", "demand": "#ff7f0e", "consider": "#7f7f7f",
    "member_of": "#aaaaaa", "speaks_for": "#aaaaaa", "said": "#17becf", "reported_in": "#dddd88",
    "aligned": "#98df8a", "opposed": "#ff9896", "contradicts": "#e377c2", "red_line": "#d62728",
    "part_of": "#c5b0d5", "in_category": "#f3dea0", "party_to": "#c5b0d5",
}


def build_graph(resolved: Resolved, into=None) -> nx.MultiDiGraph:
    """The knowledge graph of a resolved corpus (one edge per piece of evidence).

    ``into``: an empty graph to add to instead of a new ``networkx.MultiDiGraph`` (a
    :class:`.export.compact.GraphStore`, which keeps an archive's edges compact)."""
    g = nx.MultiDiGraph(name="negotiation-graph") if into is None else into
    docs = {d.doc_id: d for d in resolved.documents}
    # the words and speaker of each quotation a stance cites (the rows may be spooled: read once,
    # a partition at a time, keeping only what the stance edges repeat)
    cited = {s.quote_id for s in resolved.stances if s.quote_id and not s.duplicate}
    # an archive's store (a GraphStore given a heap) keeps them on disk until the stances read them
    put, get = (g.put, g.get) if hasattr(g, "put") and hasattr(g, "get") else (_same, _same)
    quotes: dict[str, Any] = {}

    for actor in resolved.actors:
        g.add_node(
            f"actor:{actor.actor_id}", kind="actor", label=actor.name, actor_type=actor.type, role=actor.role,
            aliases="|".join(actor.aliases), mentions=actor.mentions, doc_ids="|".join(actor.doc_ids),
            doc_count=len(actor.doc_ids), n_quotes=actor.n_quotes, n_stances=actor.n_stances,
            color=NODE_COLORS.get(actor.type, "#7f7f7f"), date=_first_date(actor.doc_ids, docs),
        )
    for issue in resolved.issues:
        g.add_node(
            f"issue:{issue.issue_id}", kind="issue", label=issue.label, category=issue.category,
            aliases="|".join(issue.aliases), doc_ids="|".join(issue.doc_ids), doc_count=len(issue.doc_ids),
            n_stances=issue.n_stances, color=NODE_COLORS["issue"], date=_first_date(issue.doc_ids, docs),
            negotiation_id=issue.negotiation_id, parent=issue.parent,
        )
    _add_hierarchy(g, resolved)
    used_docs = set()
    for actor in resolved.actors:
        if actor.affiliation and g.has_node(f"actor:{actor.affiliation}"):
            relation = "speaks_for" if actor.type == "PERSON" else "member_of"
            g.add_edge(f"actor:{actor.actor_id}", f"actor:{actor.affiliation}", key=f"{relation}:{actor.actor_id}",
                       relation=relation, doc_ids="|".join(actor.doc_ids), evidence=actor.role)
    # Quotations: one node per quotation, however many outlets report it.
    for q in resolved.quotes:
        if q.quote_id in cited:
            quotes[q.quote_id] = put((q.text, q.speaker))
        node = f"quote:{q.quote_node}"
        if not g.has_node(node):
            g.add_node(node, kind="quote", label=_shorten(q.text, 60), text=q.text, speaker=q.speaker,
                       quote_kind=q.kind, doc_ids="|".join(q.doc_ids), doc_count=len(q.doc_ids),
                       color=NODE_COLORS["quote"], date=_first_date(q.doc_ids, docs))
        if q.speaker_id:
            g.add_edge(f"actor:{q.speaker_id}", node, key=f"said:{q.quote_id}", relation="said", quote=q.text,
                       speaker=q.speaker, cue=q.cue, doc_ids=q.doc_id, date=docs[q.doc_id].date if q.doc_id in docs else "")
        doc_node = f"doc:{q.doc_id}"
        used_docs.add(q.doc_id)
        g.add_edge(node, doc_node, key=f"reported_in:{q.quote_id}", relation="reported_in", doc_ids=q.doc_id,
                   date=docs[q.doc_id].date if q.doc_id in docs else "")
    for doc_id in sorted(used_docs):
        doc = docs.get(doc_id)
        if doc is not None:
            g.add_node(f"doc:{doc_id}", kind="document", label=doc.title or doc_id, source=doc.source, date=doc.date,
                       doc_ids=doc_id, doc_count=1, color=NODE_COLORS["document"])
    del cited
    for s in resolved.stances:
        if s.duplicate:
            continue
        _add_stance(g, s, get(quotes[s.quote_id]) if s.quote_id in quotes else None, docs)
    _add_alignment(g, resolved)
    _add_contradictions(g, resolved)
    return g


def _add_hierarchy(g: nx.MultiDiGraph, resolved: Resolved) -> None:
    """Negotiation and category nodes: issue -> negotiation (``part_of``), issue -> category
    (``in_category``), and party -> negotiation (``party_to``) for the parties that hold positions."""
    holders: dict[str, set[str]] = {}
    for s in resolved.stances:
        holders.setdefault(s.negotiation_id, set()).add(s.actor_id)
    for n in resolved.negotiations:
        node = f"negotiation:{n.negotiation_id}"
        g.add_node(node, kind="negotiation", label=n.label, negotiation_id=n.negotiation_id, parties="|".join(n.party_names),
                   doc_ids="|".join(n.doc_ids), doc_count=len(n.doc_ids), date=n.first_date, last_date=n.last_date,
                   n_issues=n.n_issues, n_stances=n.n_stances, color=NODE_COLORS["negotiation"])
        for party in n.parties:
            if party in holders.get(n.negotiation_id, ()) and g.has_node(f"actor:{party}"):
                g.add_edge(f"actor:{party}", node, key=f"party_to:{party}:{n.negotiation_id}", relation="party_to",
                           negotiation_id=n.negotiation_id, doc_ids="|".join(n.doc_ids))
    for c in resolved.categories:
        g.add_node(f"category:{c.category}", kind="category", label=c.label, category=c.category, doc_ids="|".join(c.doc_ids),
                   doc_count=len(c.doc_ids), n_stances=c.n_stances, color=NODE_COLORS["category"])
    for issue in resolved.issues:
        node = f"issue:{issue.issue_id}"
        if issue.negotiation_id and g.has_node(f"negotiation:{issue.negotiation_id}"):
            g.add_edge(node, f"negotiation:{issue.negotiation_id}", key=f"part_of:{issue.issue_id}", relation="part_of",
                       negotiation_id=issue.negotiation_id, doc_ids="|".join(issue.doc_ids))
        if issue.category and g.has_node(f"category:{issue.category}"):
            g.add_edge(node, f"category:{issue.category}", key=f"in_category:{issue.issue_id}", relation="in_category",
                       doc_ids="|".join(issue.doc_ids))


def _first_date(doc_ids, docs) -> str:
    dates = sorted(docs[d].date for d in doc_ids if d in docs and docs[d].date)
    return dates[0] if dates else ""


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _same(value: Any) -> Any:
    return value


def _add_stance(g: nx.MultiDiGraph, s: Stance, quote: tuple[str, str] | None, docs) -> None:
    """The edges of stance ``s``; ``quote``: the words and speaker of the quotation it cites."""
    actor, issue = f"actor:{s.actor_id}", f"issue:{s.issue_id}"
    attrs = dict(
        polarity=s.polarity, red_line=s.red_line, condition=s.condition, cue=s.cue, evidence=s.evidence,
        quote=quote[0] if quote else "", speaker=quote[1] if quote else "", quote_id=s.quote_id,
        claimed_by=s.claimed_by, doc_ids=s.doc_id, date=docs[s.doc_id].date if s.doc_id in docs else "",
        hedged=s.hedged, stance_id=s.stance_id, negotiation_id=s.negotiation_id,
        position_shift=f"{s.shift_from}->{s.polarity}" if s.shift_from else "",
    )
    if s.claimed_by:
        # a stance attributed by someone else: drawn, but marked as a claim
        g.add_edge(actor, issue, key=f"stance:{s.stance_id}", relation="stance", claimed=True, **attrs)
        return
    g.add_edge(actor, issue, key=f"stance:{s.stance_id}", relation="stance", claimed=False, **attrs)
    if s.red_line:
        node = f"redline:{s.actor_id}:{s.issue_id}"
        if not g.has_node(node):
            g.add_node(node, kind="red_line", label=f"Red line: {g.nodes[issue]['label']}",
                       actor=g.nodes[actor]["label"], doc_ids=s.doc_id, doc_count=1, color=NODE_COLORS["red_line"],
                       date=attrs["date"])
        else:
            ids = set(g.nodes[node]["doc_ids"].split("|")) | {s.doc_id}
            g.nodes[node]["doc_ids"] = "|".join(sorted(ids))
            g.nodes[node]["doc_count"] = len(ids)
        g.add_edge(actor, node, key=f"red_line:{s.stance_id}", relation="red_line", **attrs)
        g.add_edge(node, issue, key=f"red_line_on:{s.stance_id}", relation="red_line", **attrs)


def _add_alignment(g: nx.MultiDiGraph, resolved: Resolved) -> None:
    """Actor-actor ``aligned``/``opposed`` edges inside each negotiation, weighted by the number of
    issues the pair agrees (disagrees) on, with those issues listed."""
    of_issue = {i.issue_id: i.negotiation_id for i in resolved.issues}
    for c in congruence(resolved.stances, of_issue):
        labels = [g.nodes[f"issue:{i}"]["label"] for i in c.issues]
        g.add_edge(f"actor:{c.a}", f"actor:{c.b}", key=f"{c.relation}:{c.a}:{c.b}:{c.negotiation_id}", relation=c.relation,
                   weight=c.weight, issues="|".join(labels), issue_ids="|".join(c.issues), evidence="; ".join(labels),
                   negotiation_id=c.negotiation_id)


def _add_contradictions(g: nx.MultiDiGraph, resolved: Resolved) -> None:
    """A claimed stance contradicted by the actor's own words (or those of who speaks for it)."""
    speaks_for = {a.actor_id: a.affiliation for a in resolved.actors if a.affiliation}
    # the (issue, party) pairs some claim is about: only the own stances of those parties on
    # those issues can contradict one (the rows may be spooled: the others are not kept)
    claims = [s for s in resolved.stances if s.claimed_by and not s.duplicate]
    claimed = {(s.issue_id, s.actor_id) for s in claims}
    own: dict[str, list] = {}  # the actors' own stances by issue, in stance order
    for s in resolved.stances:
        if not s.claimed_by and not s.duplicate and (
                (s.issue_id, s.actor_id) in claimed or (s.issue_id, speaks_for.get(s.actor_id)) in claimed):
            own.setdefault(s.issue_id, []).append(s)
    for claim in claims:
        for s in own.get(claim.issue_id, ()):
            same_party = s.actor_id == claim.actor_id or speaks_for.get(s.actor_id) == claim.actor_id
            if not same_party:
                continue
            # opposite positions: one rejects what the other says is accepted or considered
            pair = {coarse(s.polarity), coarse(claim.polarity)}
            if "con" not in pair or len(pair) != 2:
                continue
            key = f"contradicts:{s.stance_id}:{claim.stance_id}"
            g.add_edge(f"actor:{s.actor_id}", f"actor:{claim.claimed_by}", key=key, relation="contradicts",
                       issue=claim.issue, evidence=f"{s.evidence} || {claim.evidence}",
                       own_evidence=s.evidence, claim_evidence=claim.evidence, doc_ids="|".join(sorted({s.doc_id, claim.doc_id})),
                       polarity=s.polarity)
