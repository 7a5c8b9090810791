"""Stage 5, graph: a ``networkx.MultiDiGraph`` of actors, issues, red lines, quotations and
documents, with every stance edge carrying its evidence, and derived actor-actor relations
(aligned, opposed, contradicts) as discourse network analysis draws them.

Node ids: ``actor:<actor_id>``, ``issue:<issue_id>``, ``redline:<actor_id>:<issue_id>``,
``quote:<quote_node>``, ``doc:<doc_id>``. Edge relations: stance, red_line, member_of,
speaks_for, said, reported_in, aligned, opposed, contradicts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from .records import Resolved, Stance

PRO = {"support", "propose", "demand"}
CON = {"oppose"}

NODE_COLORS = {
    "PERSON": "#1f77b4", "ORG": "#2ca02c", "GPE": "#9467bd", "NORP": "#8c564b", "GROUP": "#7f7f7f",
    "issue": "#ff7f0e", "red_line": "#d62728", "quote": "#17becf", "document": "#bcbd22",
}
EDGE_COLORS = {
    "support": "#2ca02c", "oppose": "#d62728", "propose": "#1f77b4", "demand": "#ff7f0e", "consider": "#7f7f7f",
    "member_of": "#aaaaaa", "speaks_for": "#aaaaaa", "said": "#17becf", "reported_in": "#dddd88",
    "aligned": "#98df8a", "opposed": "#ff9896", "contradicts": "#e377c2", "red_line": "#d62728",
}


def coarse(polarity: str) -> str:
    """pro / con / neutral, as the gold matching rules and DNA agreement count them."""
    if polarity in PRO:
        return "pro"
    if polarity in CON:
        return "con"
    return "neutral"


def build_graph(resolved: Resolved) -> nx.MultiDiGraph:
    """The knowledge graph of a resolved corpus (one edge per piece of evidence)."""
    g = nx.MultiDiGraph(name="negotiation-graph")
    docs = {d.doc_id: d for d in resolved.documents}
    quotes = {q.quote_id: q for q in resolved.quotes}

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
        )
    used_docs = set()
    for actor in resolved.actors:
        if actor.affiliation and g.has_node(f"actor:{actor.affiliation}"):
            relation = "speaks_for" if actor.type == "PERSON" else "member_of"
            g.add_edge(f"actor:{actor.actor_id}", f"actor:{actor.affiliation}", key=f"{relation}:{actor.actor_id}",
                       relation=relation, doc_ids="|".join(actor.doc_ids), evidence=actor.role)
    # Quotations: one node per quotation, however many outlets report it.
    for q in resolved.quotes:
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
    for s in resolved.stances:
        if s.duplicate:
            continue
        _add_stance(g, s, quotes, docs)
    _add_alignment(g, resolved.stances)
    _add_contradictions(g, resolved)
    return g


def _first_date(doc_ids, docs) -> str:
    dates = sorted(docs[d].date for d in doc_ids if d in docs and docs[d].date)
    return dates[0] if dates else ""


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _add_stance(g: nx.MultiDiGraph, s: Stance, quotes, docs) -> None:
    actor, issue = f"actor:{s.actor_id}", f"issue:{s.issue_id}"
    quote = quotes.get(s.quote_id)
    attrs = dict(
        polarity=s.polarity, red_line=s.red_line, condition=s.condition, cue=s.cue, evidence=s.evidence,
        quote=quote.text if quote else "", speaker=quote.speaker if quote else "", quote_id=s.quote_id,
        claimed_by=s.claimed_by, doc_ids=s.doc_id, date=docs[s.doc_id].date if s.doc_id in docs else "",
        hedged=s.hedged, stance_id=s.stance_id,
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


def own_positions(stances) -> dict[tuple[str, str], Counter]:
    """(actor_id, issue_id) -> polarity counts of the actor's own (not claimed) stances."""
    positions: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in stances:
        if not s.claimed_by and not s.duplicate:
            positions[(s.actor_id, s.issue_id)][s.polarity] += 1
    return positions


def prevailing(counter: Counter) -> str:
    """The most frequent polarity; ties broken by POLARITY_ORDER (firmer positions first)."""
    from .resolve import POLARITY_ORDER

    return max(counter, key=lambda p: (counter[p], -POLARITY_ORDER.index(p)))


def _add_alignment(g: nx.MultiDiGraph, stances) -> None:
    """Actor-actor ``aligned``/``opposed`` edges weighted by the number of shared issues."""
    positions = own_positions(stances)
    by_issue: dict[str, dict[str, str]] = defaultdict(dict)
    for (actor, issue), counter in positions.items():
        c = coarse(prevailing(counter))
        if c != "neutral":
            by_issue[issue][actor] = c
    pairs: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for issue, actors in sorted(by_issue.items()):
        for a, b in combinations(sorted(actors), 2):
            relation = "aligned" if actors[a] == actors[b] else "opposed"
            pairs[(a, b, relation)].append(issue)
    for (a, b, relation), issues in sorted(pairs.items()):
        labels = [g.nodes[f"issue:{i}"]["label"] for i in issues]
        g.add_edge(f"actor:{a}", f"actor:{b}", key=f"{relation}:{a}:{b}", relation=relation, weight=len(issues),
                   issues="|".join(labels), evidence="; ".join(labels))


def _add_contradictions(g: nx.MultiDiGraph, resolved: Resolved) -> None:
    """A claimed stance contradicted by the actor's own words (or those of who speaks for it)."""
    speaks_for = {a.actor_id: a.affiliation for a in resolved.actors if a.affiliation}
    own = [s for s in resolved.stances if not s.claimed_by and not s.duplicate]
    for claim in resolved.stances:
        if not claim.claimed_by or claim.duplicate:
            continue
        for s in own:
            if s.issue_id != claim.issue_id:
                continue
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
