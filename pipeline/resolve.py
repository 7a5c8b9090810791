"""Stage 4, resolve: merge per-document actors, issues and quotations into canonical ones with
stable ids, across the whole corpus.

People merge on a full-name match (accents and transliterations folded: Zelensky, Zelenskyy,
Zelenskiy); a bare surname joins a full name only with evidence (same role or same
affiliation), so two people who share a surname in different documents stay apart. States and
organisations from the gazetteer merge on their gazetteer id; other organisations on their
folded name and acronyms. The user's overrides (models/overrides.toml) apply last.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .extract.text import fold, fold_name_token
from .ids import UnionFind, short_hash, slugify
from .issues import IssueModel, category_rows, is_generic, is_stop_label, issue_key, load_issue_model, resolve_issues
from .lexicon import Lexicon
from .negotiations import DocFacts, date_range, group_documents, lead_parties, name_groups
from .positions import POLARITY_ORDER, shifts
from .records import (
    Actor,
    DocResult,
    Document,
    Issue,
    LocalActor,
    Negotiation,
    Quote,
    Resolved,
    Stance,
)

DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / "models" / "taxonomy.toml"


def _role_head(role: str) -> str:
    words = [w for w in re.split(r"[\s-]+", role.lower()) if w]
    return words[-1] if words else ""


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(fold_name_token(w) for w in re.split(r"[\s]+", name) if fold_name_token(w))


# ---------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------


def _cluster_actors(results: list[DocResult]) -> tuple[dict[tuple[str, int], Any], dict[Any, list[tuple[str, int]]]]:
    """Union-find over (doc_id, local index) -> cluster root."""
    uf = UnionFind()
    persons_full, persons_bare, by_name, aliases_of, aff_gaz = _collect_actor_nodes(results, uf)
    local = {(r.document.doc_id, i): a for r in results for i, a in enumerate(r.actors)}
    by_surname = _join_full_names(uf, persons_full)
    _join_bare_surnames(uf, persons_bare, persons_full, by_surname, local, aff_gaz)
    _join_acronyms(uf, by_name, aliases_of, local)

    clusters: dict[Any, list[tuple[str, int]]] = defaultdict(list)
    for node in local:
        clusters[uf.find(node)].append(node)
    mapping = {node: root for root, nodes in clusters.items() for node in nodes}
    return mapping, clusters


def _collect_actor_nodes(results: list[DocResult], uf: UnionFind):
    """Every local actor as a union-find node: gazetteer actors joined to their entry, same-name
    non-persons joined, persons sorted into full names and bare surnames, aliases and the
    gazetteer id of each actor's affiliation noted for the later steps."""
    persons_full: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    persons_bare: list[tuple[str, int, LocalActor]] = []
    by_name: dict[tuple[str, str], tuple[str, int]] = {}
    aliases_of: dict[str, list[tuple[str, int]]] = defaultdict(list)
    aff_gaz: dict[tuple[str, int], str] = {}

    for res in results:
        doc_id = res.document.doc_id
        for i, actor in enumerate(res.actors):
            node = (doc_id, i)
            uf.find(node)
            if actor.affiliation >= 0 and res.actors[actor.affiliation].gaz_id:
                aff_gaz[node] = res.actors[actor.affiliation].gaz_id
            elif actor.affiliation_gaz:
                aff_gaz[node] = actor.affiliation_gaz
            if actor.gaz_id:
                uf.union(node, ("gaz", actor.gaz_id))
                continue
            if actor.type == "PERSON":
                tokens = _name_tokens(actor.name)
                if len(tokens) >= 2:
                    persons_full[tokens].append(node)
                else:
                    persons_bare.append((doc_id, i, actor))
                continue
            key = (actor.type if actor.type != "NORP" else "NORP", fold(actor.name))
            if key in by_name:
                uf.union(node, by_name[key])
            else:
                by_name[key] = node
            for alias in actor.aliases:
                aliases_of[fold(alias)].append(node)
    return persons_full, persons_bare, by_name, aliases_of, aff_gaz


def _join_full_names(uf: UnionFind, persons_full) -> dict[str, list[tuple[str, ...]]]:
    """People: identical full names (folded) are one person; a shorter full form joins the one
    longer name containing it. Returns the full names by surname, longest first."""
    for tokens, nodes in persons_full.items():
        for node in nodes[1:]:
            uf.union(nodes[0], node)
    # Shorter full forms of a longer name ("Tayyip Erdogan") join it when unambiguous. Names
    # are compared only with those of the same surname (linear in the names, not quadratic).
    keys = sorted(persons_full, key=len, reverse=True)
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in keys:
        by_surname[tokens[-1]].append(tokens)
    for tokens in keys:
        longer = [k for k in by_surname[tokens[-1]] if len(k) > len(tokens) and set(tokens) <= set(k)]
        if len(longer) == 1:
            uf.union(persons_full[longer[0]][0], persons_full[tokens][0])
    return by_surname


def _join_bare_surnames(uf: UnionFind, persons_bare, persons_full, by_surname, local, aff_gaz) -> None:
    """Bare surnames: join a full name only with evidence (same role head or affiliation)."""
    bare_groups: dict[str, tuple[str, int]] = {}
    for doc_id, i, actor in persons_bare:
        node = (doc_id, i)
        surname = _name_tokens(actor.name)[-1] if _name_tokens(actor.name) else fold(actor.name)
        best, best_score = None, 0
        for tokens in by_surname.get(surname, []):
            score = 0
            for other in persons_full[tokens]:
                o = local[other]
                if aff_gaz.get(other) and aff_gaz.get(other) == aff_gaz.get(node):
                    score = max(score, 2)
                elif o.role and actor.role and _role_head(o.role) == _role_head(actor.role):
                    score = max(score, 1)
            if score > best_score:
                best, best_score = tokens, score
        if best is not None:
            uf.union(persons_full[best][0], node)
        elif surname in bare_groups:
            uf.union(bare_groups[surname], node)
        else:
            bare_groups[surname] = node


def _join_acronyms(uf: UnionFind, by_name, aliases_of, local) -> None:
    """Organisations: an acronym alias in one document names the organisation of another."""
    for key, node in by_name.items():
        for other in aliases_of.get(key[1], []):
            if local[other].type == local[node].type or local[node].type == "ORG":
                uf.union(node, other)


def _load_overrides(path: Path | None) -> dict[str, Any]:
    if path is None or not Path(path).exists():
        return {"drop": [], "merge": {}, "rename": {}, "negotiations": {}}
    with Path(path).open("rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"overrides file {path} is not valid TOML: {exc}") from exc
    return {
        "drop": list(data.get("drop", [])),
        "merge": {k: list(v) for k, v in (data.get("merge") or {}).items()},
        "rename": dict(data.get("rename") or {}),
        "negotiations": dict(data.get("negotiations") or {}),
    }


def resolve_actors(results: list[DocResult], lexicon: Lexicon, overrides: dict[str, Any] | None = None):
    """Canonical actors and a map (doc_id, local index) -> actor_id."""
    overrides = overrides or {"drop": [], "merge": {}, "rename": {}}
    mapping, clusters = _cluster_actors(results)
    local = {(r.document.doc_id, i): a for r in results for i, a in enumerate(r.actors)}
    affiliations = {(r.document.doc_id, i): (r.document.doc_id, a.affiliation) if a.affiliation >= 0 else None
                    for r in results for i, a in enumerate(r.actors)}
    root_id = _cluster_ids(clusters, local)

    node_id = {node: root_id[mapping[node]] for node in local}
    # user overrides: merges map ids onto ids; drops remove
    merge_into = {}
    for target, sources in overrides["merge"].items():
        for source in sources:
            merge_into[source] = target
    node_id = {node: merge_into.get(aid, aid) for node, aid in node_id.items()}
    dropped = set(overrides["drop"])

    grouped: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for node, aid in node_id.items():
        grouped[aid].append(node)
    actors_out = [_canonical_actor(aid, sorted(grouped[aid]), local, affiliations, node_id, lexicon, overrides, dropped)
                  for aid in sorted(grouped) if aid not in dropped]
    _add_gazetteer_affiliations(actors_out, lexicon)
    actors_out.sort(key=lambda a: a.actor_id)
    node_id = {node: aid for node, aid in node_id.items() if aid not in dropped}
    return actors_out, node_id


def _cluster_ids(clusters: dict[Any, list[tuple[str, int]]], local) -> dict[Any, str]:
    """An id per cluster root: gazetteer ids are kept; others are slugs of the display name,
    de-duplicated in a deterministic order."""
    entries: list[tuple[str, Any, str, str]] = []
    for root, nodes in clusters.items():
        actors = [local[n] for n in nodes]
        name = _display_name(actors)
        gaz = next((a.gaz_id for a in actors if a.gaz_id), "")
        first = min(nodes)
        entries.append((gaz or slugify(name), root, name, str(first)))
    entries.sort(key=lambda e: (e[0], e[3]))
    used: set[str] = set(e[0] for e in entries if ("gaz", e[0]) == e[1])
    root_id: dict[Any, str] = {}
    for slug, root, _, _ in entries:
        if isinstance(root, tuple) and root[0] == "gaz":
            root_id[root] = slug
            continue
        candidate, n = slug, 2
        while candidate in used:
            candidate, n = f"{slug}-{n}", n + 1
        used.add(candidate)
        root_id[root] = candidate
    return root_id


def _canonical_actor(aid: str, nodes: list[tuple[str, int]], local, affiliations, node_id, lexicon: Lexicon,
                     overrides: dict[str, Any], dropped: set[str]) -> Actor:
    """The actor row of one id from its local mentions: name (override, gazetteer or display
    name), type, aliases, commonest role, commonest affiliation, documents and mentions."""
    members = [local[n] for n in nodes]
    name = overrides["rename"].get(aid) or _display_name(members)
    gaz = next((m.gaz_id for m in members if m.gaz_id), "")
    entry = lexicon.gazetteer_by_id.get(gaz)
    if entry is not None and aid not in overrides["rename"]:
        name = entry.name
    types = Counter(m.type for m in members)
    atype = entry.type if entry is not None else types.most_common(1)[0][0]
    aliases = set()
    for m in members:
        aliases.add(m.name)
        aliases.update(m.aliases)
    aliases.discard(name)
    roles = Counter(m.role for m in members if m.role)
    role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else ""
    aff_counter: Counter[str] = Counter()
    for n in nodes:
        target = affiliations.get(n)
        if target is not None and target in node_id and node_id[target] != aid:
            aff_counter[node_id[target]] += 1
        elif local[n].affiliation_gaz and local[n].affiliation_gaz != aid:
            aff_counter[local[n].affiliation_gaz] += 1
    if not aff_counter and entry is not None and entry.affiliation:
        aff_counter[entry.affiliation] += 1
    affiliation = max(aff_counter, key=lambda a: (aff_counter[a], a)) if aff_counter else ""
    doc_ids = tuple(sorted({n[0] for n in nodes}))
    return Actor(
        actor_id=aid, name=name, type=atype, aliases=tuple(sorted(aliases, key=lambda a: (a.lower(), a))),
        role=role, affiliation=affiliation if affiliation not in dropped else "", doc_ids=doc_ids,
        mentions=sum(m.mentions for m in members),
    )


def _add_gazetteer_affiliations(actors_out: list[Actor], lexicon: Lexicon) -> None:
    """An affiliation named only through the gazetteer still needs its actor row (appended in
    place); an affiliation with neither row nor entry is cleared."""
    known = {a.actor_id for a in actors_out}
    for actor in list(actors_out):
        if actor.affiliation and actor.affiliation not in known:
            entry = lexicon.gazetteer_by_id.get(actor.affiliation)
            if entry is None:
                actors_out[actors_out.index(actor)] = actor._replace(affiliation="")
                continue
            actors_out.append(Actor(entry.id, entry.name, entry.type, (), "", entry.affiliation if entry.affiliation in known else "",
                                    actor.doc_ids, 0))
            known.add(entry.id)


def _display_name(actors: list[LocalActor]) -> str:
    """The fullest name: most words, then most frequent, then alphabetical."""
    counts = Counter(a.name for a in actors)
    return max(counts, key=lambda n: (len(n.split()) if actors[0].type == "PERSON" else 0, counts[n], -len(n), n))


# ---------------------------------------------------------------------------------------------
# Negotiations
# ---------------------------------------------------------------------------------------------


def _doc_facts(active: list[DocResult], actors: list[Actor], node_id: dict[tuple[str, int], str],
               model: IssueModel) -> dict[str, DocFacts]:
    """Per document: its parties (stance holders, claimants and speakers, lifted to the state or
    organisation they speak for), places (states it mentions) and specific issue heads."""
    by_id = {a.actor_id: a for a in actors}

    def party(actor_id: str) -> str:
        actor = by_id.get(actor_id)
        if actor is None:
            return ""
        return actor.affiliation if actor.affiliation in by_id else actor_id

    places: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.type == "GPE":
            for d in a.doc_ids:
                places[d].add(a.actor_id)
    facts = {}
    for r in active:
        doc_id = r.document.doc_id
        holders = [s.actor for s in r.stances] + [s.claimed_by for s in r.stances] + [q.speaker for q in r.quotes]
        parties = {party(node_id.get((doc_id, i), "")) for i in holders if i >= 0} - {""}
        heads = {issue_key(s.issue, model).head for s in r.stances if not is_generic(s.issue, model)
                 and not is_stop_label(s.issue, model)} - {""}
        facts[doc_id] = DocFacts(doc_id, r.document.date, frozenset(parties), frozenset(places[doc_id]), frozenset(heads))
    return facts


def _negotiation_rows(groups, stances: list[Stance], issues: list[Issue], names: dict[str, str],
                      dates: dict[str, str], overrides: dict[str, Any]) -> list[Negotiation]:
    """Label and count each negotiation: its two most present parties and its most discussed
    specific issue ("Russia–Ukraine: 30-day ceasefire"), unless the user named it."""
    renamed = overrides.get("rename") or {}
    issue_count = Counter(s.issue_id for s in stances)
    rows = []
    for group in groups:
        own_issues = sorted((i for i in issues if i.negotiation_id == group.negotiation_id),
                            key=lambda i: (not i.category, i.category == "talks", -issue_count[i.issue_id], i.issue_id))
        parties = "–".join(names.get(p, p) for p in lead_parties(group.parties, names))
        topic = own_issues[0].label if own_issues else ""
        label = renamed.get(group.negotiation_id) or (f"{parties}: {topic}" if parties and topic else parties or topic
                                                       or group.negotiation_id)
        first, last = date_range(group.doc_ids, dates)
        rows.append(Negotiation(group.negotiation_id, label, group.parties, group.doc_ids, first, last,
                                tuple(names.get(p, p) for p in group.parties), len(own_issues),
                                sum(issue_count[i.issue_id] for i in own_issues)))
    return rows


# ---------------------------------------------------------------------------------------------
# Everything
# ---------------------------------------------------------------------------------------------


def _quotes(active: list[DocResult], node_id, names, duplicates) -> tuple[list[Quote], dict[tuple[str, int], str]]:
    """One row per occurrence; the same words by the same speaker share a quote node."""
    quote_ids: dict[tuple[str, int], str] = {}
    node_docs: dict[str, set[str]] = defaultdict(set)
    pending = []
    for r in active:
        doc_id = r.document.doc_id
        for qi, q in enumerate(r.quotes):
            speaker_id = node_id.get((doc_id, q.speaker), "") if q.speaker >= 0 else ""
            qnode = "qn-" + short_hash(re.sub(r"\W+", " ", fold(q.text)).strip(), speaker_id, q.kind == "indirect")
            qid = "q-" + short_hash(doc_id, q.start, q.end, q.kind)
            quote_ids[(doc_id, qi)] = qid
            node_docs[qnode].add(doc_id)
            node_docs[qnode].update(duplicates.get(doc_id, []))
            pending.append((qid, doc_id, speaker_id, q, qnode))
    quotes = [Quote(qid, doc_id, speaker_id, names.get(speaker_id, ""), q.text, q.kind, q.cue, q.start, q.end,
                    tuple(sorted(node_docs[qnode])), qnode, q.speaker_description)
              for qid, doc_id, speaker_id, q, qnode in pending]
    return quotes, quote_ids


def _stances(active: list[DocResult], node_id, actors: list[Actor], label_to_id, issue_label, doc_neg, quote_ids,
             model: IssueModel) -> list[Stance]:
    names = {a.actor_id: a.name for a in actors}
    affiliation_of = {a.actor_id: a.affiliation for a in actors if a.affiliation}
    stances: list[Stance] = []
    seen: set[tuple[str, str, str, str, str]] = set()
    for r in active:
        doc_id = r.document.doc_id
        for s in r.stances:
            actor_id = node_id.get((doc_id, s.actor))
            if not actor_id or is_stop_label(s.issue, model):
                continue
            negotiation_id = doc_neg[doc_id]
            issue_id = label_to_id[(negotiation_id, s.issue)]
            claimed = node_id.get((doc_id, s.claimed_by), "") if s.claimed_by >= 0 else ""
            if claimed and (affiliation_of.get(claimed) == actor_id or affiliation_of.get(actor_id) == claimed):
                claimed = ""  # a leader stating his state's position (known from any document) is no claim
            key = (doc_id, actor_id, issue_id, s.polarity, claimed)
            duplicate = key in seen
            seen.add(key)
            stances.append(Stance(
                stance_id="s-" + short_hash(doc_id, s.start, s.end, actor_id, s.issue, s.polarity, s.cue),
                doc_id=doc_id, actor_id=actor_id, actor=names[actor_id], issue_id=issue_id,
                issue=issue_label[issue_id], polarity=s.polarity, red_line=bool(s.red_line), condition=s.condition,
                cue=s.cue, evidence=s.evidence, start_char=s.start, end_char=s.end, claimed_by=claimed,
                quote_id=quote_ids.get((doc_id, s.quote), "") if s.quote >= 0 else "",
                issue_text=s.issue_text, hedged=bool(s.hedged), duplicate=duplicate, negotiation_id=negotiation_id,
                date=r.document.date,
            ))
    return stances


def resolve(results: list[DocResult], lexicon: Lexicon, overrides_path: Path | None = None,
            taxonomy_path: Path | None = None) -> Resolved:
    """Merge per-document results into canonical actors, negotiations, issues, quotes and stances."""
    documents = tuple(r.document for r in results)
    active = [r for r in results if r.document.ok and not r.document.duplicate_of]
    duplicates: dict[str, list[str]] = defaultdict(list)
    for r in results:
        if r.document.duplicate_of:
            duplicates[r.document.duplicate_of].append(r.document.doc_id)
    overrides = _load_overrides(overrides_path)
    model = load_issue_model(Path(taxonomy_path or DEFAULT_TAXONOMY))
    actors, node_id = resolve_actors(active, lexicon, overrides)
    names = {a.actor_id: a.name for a in actors}
    dates = {d.doc_id: d.date for d in documents if d.date}

    facts = _doc_facts(active, actors, node_id, model)
    persons = frozenset(a.actor_id for a in actors if a.type == "PERSON")
    groups = name_groups(group_documents(facts.values()), facts, names, overrides["negotiations"], persons)
    doc_neg = {d: g.negotiation_id for g in groups for d in g.doc_ids}
    labels = [(doc_neg[r.document.doc_id], s.issue) for r in active for s in r.stances
              if (r.document.doc_id, s.actor) in node_id and not is_stop_label(s.issue, model)]
    issue_rows, label_to_id = resolve_issues(labels, model)
    issue_label = {i.issue_id: i.label for i in issue_rows}

    quotes, quote_ids = _quotes(active, node_id, names, duplicates)
    stances = _stances(active, node_id, actors, label_to_id, issue_label, doc_neg, quote_ids, model)
    shifted = shifts(stances, dates)
    stances = [s._replace(shift_from=shifted.get(s.stance_id, "")) for s in stances]

    n_quotes = Counter(q.speaker_id for q in quotes if q.speaker_id)
    n_stances = Counter(s.actor_id for s in stances)
    actors = [a._replace(n_quotes=n_quotes[a.actor_id], n_stances=n_stances[a.actor_id]) for a in actors]
    issue_docs: dict[str, set[str]] = defaultdict(set)
    issue_counts: Counter[str] = Counter()
    for s in stances:
        issue_docs[s.issue_id].add(s.doc_id)
        issue_counts[s.issue_id] += 1
    issues = [i._replace(doc_ids=tuple(sorted(issue_docs[i.issue_id])), n_stances=issue_counts[i.issue_id])
              for i in issue_rows if issue_counts[i.issue_id]]
    negotiations = _negotiation_rows(groups, stances, issues, names, dates, overrides["negotiations"])
    return Resolved(
        documents=documents, actors=tuple(actors), issues=tuple(issues), quotes=tuple(quotes), stances=tuple(stances),
        words=sum(r.words for r in results), negotiations=tuple(negotiations),
        categories=tuple(category_rows(issues, model)),
    )


__all__ = ["resolve", "resolve_actors", "resolve_issues", "category_rows", "slugify", "Document", "POLARITY_ORDER"]
