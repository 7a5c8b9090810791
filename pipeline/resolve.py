"""Stage 4, resolve: merge per-document actors, issues and quotations into canonical ones with
stable ids, across the whole corpus.

People merge on a full-name match (accents and transliterations folded: Zelensky, Zelenskyy,
Zelenskiy); a bare surname joins a full name only with evidence (same role or same
affiliation), so two people who share a surname in different documents stay apart. States and
organisations from the gazetteer merge on their gazetteer id; other organisations on their
folded name and acronyms. The user's overrides (models/overrides.toml) apply last.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .extract.text import fold, fold_name_token
from .grammar import LABEL_STOP_WORDS
from .lexicon import Lexicon
from .records import Actor, DocResult, Document, Issue, LocalActor, Quote, Resolved, Stance

POLARITY_ORDER = ("oppose", "demand", "propose", "support", "consider")


def slugify(text: str) -> str:
    """ASCII lower-case slug: "Volodymyr Zelensky" -> "volodymyr-zelensky"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.lower()).strip("-")
    return text[:80] or "x"


def _short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic: the smaller key becomes the root
            if str(rb) < str(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


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
    uf = _UnionFind()
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

    local = {(r.document.doc_id, i): a for r in results for i, a in enumerate(r.actors)}

    # People: identical full names (folded) are one person.
    for tokens, nodes in persons_full.items():
        for node in nodes[1:]:
            uf.union(nodes[0], node)
    # Shorter full forms of a longer name ("Tayyip Erdogan") join it when unambiguous.
    keys = sorted(persons_full, key=len, reverse=True)
    for tokens in keys:
        longer = [k for k in keys if len(k) > len(tokens) and k[-1] == tokens[-1] and set(tokens) <= set(k)]
        if len(longer) == 1:
            uf.union(persons_full[longer[0]][0], persons_full[tokens][0])

    # Bare surnames: join a full name only with evidence (same role head or affiliation).
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in keys:
        by_surname[tokens[-1]].append(tokens)
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

    # Organisations: an acronym alias in one document names the organisation of another.
    for key, node in by_name.items():
        for other in aliases_of.get(key[1], []):
            if local[other].type == local[node].type or local[node].type == "ORG":
                uf.union(node, other)

    clusters: dict[Any, list[tuple[str, int]]] = defaultdict(list)
    for node in local:
        clusters[uf.find(node)].append(node)
    mapping = {node: root for root, nodes in clusters.items() for node in nodes}
    return mapping, clusters


def _load_overrides(path: Path | None) -> dict[str, Any]:
    if path is None or not Path(path).exists():
        return {"drop": [], "merge": {}, "rename": {}}
    with Path(path).open("rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"overrides file {path} is not valid TOML: {exc}") from exc
    return {
        "drop": list(data.get("drop", [])),
        "merge": {k: list(v) for k, v in (data.get("merge") or {}).items()},
        "rename": dict(data.get("rename") or {}),
    }


def resolve_actors(results: list[DocResult], lexicon: Lexicon, overrides: dict[str, Any] | None = None):
    """Canonical actors and a map (doc_id, local index) -> actor_id."""
    overrides = overrides or {"drop": [], "merge": {}, "rename": {}}
    mapping, clusters = _cluster_actors(results)
    local = {(r.document.doc_id, i): a for r in results for i, a in enumerate(r.actors)}
    affiliations = {(r.document.doc_id, i): (r.document.doc_id, a.affiliation) if a.affiliation >= 0 else None
                    for r in results for i, a in enumerate(r.actors)}

    # ids: gazetteer ids are kept; others are slugs of the display name, de-duplicated in a
    # deterministic order.
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
    actors_out = []
    for aid in sorted(grouped):
        if aid in dropped:
            continue
        nodes = sorted(grouped[aid])
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
        actors_out.append(Actor(
            actor_id=aid, name=name, type=atype, aliases=tuple(sorted(aliases, key=lambda a: (a.lower(), a))),
            role=role, affiliation=affiliation if affiliation not in dropped else "", doc_ids=doc_ids,
            mentions=sum(m.mentions for m in members),
        ))
    known = {a.actor_id for a in actors_out}
    # an affiliation named only through the gazetteer still needs its actor row
    for actor in list(actors_out):
        if actor.affiliation and actor.affiliation not in known:
            entry = lexicon.gazetteer_by_id.get(actor.affiliation)
            if entry is None:
                actors_out[actors_out.index(actor)] = actor._replace(affiliation="")
                continue
            actors_out.append(Actor(entry.id, entry.name, entry.type, (), "", entry.affiliation if entry.affiliation in known else "",
                                    actor.doc_ids, 0))
            known.add(entry.id)
    actors_out.sort(key=lambda a: a.actor_id)
    node_id = {node: aid for node, aid in node_id.items() if aid not in dropped}
    return actors_out, node_id


def _display_name(actors: list[LocalActor]) -> str:
    """The fullest name: most words, then most frequent, then alphabetical."""
    counts = Counter(a.name for a in actors)
    return max(counts, key=lambda n: (len(n.split()) if actors[0].type == "PERSON" else 0, counts[n], -len(n), n))


# ---------------------------------------------------------------------------------------------
# Issues
# ---------------------------------------------------------------------------------------------

_STOP = LABEL_STOP_WORDS


def _stem(word: str) -> str:
    """A light stem: plurals folded, long words cut to seven letters (territory/territorial,
    concession/concessions, recognition/recognize fall together)."""
    word = fold(word)
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word[:7] if len(word) > 7 else word


def issue_key(label: str) -> tuple[str, ...]:
    """Order-free key of an issue label's content words ("Russian-occupied" counts as two)."""
    words = [_stem(w) for w in re.split(r"[\s\-–]+", label) if w and fold(w) not in _STOP]
    return tuple(sorted(set(w for w in words if w)))


_HEAD_END = re.compile(r"\s(?:of|in|on|for|to|with|against|between|from|over|about|into)\s")


def _prepositions(label: str) -> tuple[str, ...]:
    """The prepositions of an issue label, in order: its complement structure."""
    return tuple(w for w in fold(label).split() if f" {w} " in " of in on for to with against between from over about into ")


def _head(label: str) -> str:
    """The head word of an issue label: the last word before its first preposition
    ("say in projects" -> say, "recognition of occupied territories" -> recognition)."""
    first = _HEAD_END.split(f" {label} ".strip(), maxsplit=1)[0]
    words = [w for w in re.split(r"[\s\-–]+", first) if w and fold(w) not in _STOP]
    return _stem(words[-1]) if words else ""


def resolve_issues(labels: Iterable[tuple[str, str]], lexicon: Lexicon) -> tuple[list[tuple[str, str, tuple[str, ...], str]], dict[str, str]]:
    """Cluster issue labels into canonical issues.

    Args:
        labels: (label, doc_id) pairs, one per stance.

    Returns:
        (issues as (issue_id, label, aliases, category), map label -> issue_id).

    Labels with the same content words are one issue; a label that adds modifiers to a shorter
    one with the same head ("30-day ceasefire" vs "ceasefire") joins it.
    """
    counts: Counter[str] = Counter()
    for label, _ in labels:
        counts[label] += 1
    by_key: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for label in sorted(counts):
        by_key[issue_key(label)].append(label)
    keys = sorted(by_key, key=lambda k: (len(k), k))
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    heads = {k: _head(by_key[k][0]) for k in keys}
    preps = {k: _prepositions(by_key[k][0]) for k in keys}
    for k in keys:
        parent[k] = k
        best = None
        for shorter in keys:
            if len(shorter) >= len(k) or not shorter:
                break
            extra = set(k) - set(shorter)
            # "30-day ceasefire" joins "ceasefire" and "recognition of Russian-occupied territories"
            # joins "recognition of occupied territories"; "compromise on territorial integrity" does
            # not join "compromises": only modifiers may differ, not the complements
            if set(shorter) < set(k) and heads[shorter] == heads[k] and len(extra) <= 2 and preps[shorter] == preps[k]:
                best = shorter  # the longest proper subset with the same head
        if best is not None:
            parent[k] = parent[best]
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in keys:
        groups[parent[k]].extend(by_key[k])
    issues = []
    label_to_id: dict[str, str] = {}
    used: set[str] = set()
    for root in sorted(groups, key=lambda r: (slugify(" ".join(r)), r)):
        members = groups[root]
        display = max(members, key=lambda m: (counts[m], -len(m.split()), m))
        slug, n = slugify(display), 2
        issue_id = slug
        while issue_id in used:
            issue_id, n = f"{slug}-{n}", n + 1
        used.add(issue_id)
        category = issue_category(display, lexicon)
        issues.append((issue_id, display, tuple(sorted(set(members) - {display})), category))
        for m in members:
            label_to_id[m] = issue_id
    return issues, label_to_id


def issue_category(label: str, lexicon: Lexicon) -> str:
    """First taxonomy category one of whose keywords starts a word of the label."""
    words = [fold(w) for w in re.split(r"[\s]+", label)]
    text = " ".join(words)
    for category, keywords in lexicon.taxonomy.items():
        for keyword in keywords:
            kw = fold(keyword)
            if " " in kw:
                if kw in text:
                    return category
            elif any(w.startswith(kw) for w in words):
                return category
    return ""


# ---------------------------------------------------------------------------------------------
# Everything
# ---------------------------------------------------------------------------------------------


def resolve(results: list[DocResult], lexicon: Lexicon, overrides_path: Path | None = None) -> Resolved:
    """Merge per-document results into canonical actors, issues, quotes and stances."""
    documents = tuple(r.document for r in results)
    active = [r for r in results if r.document.ok and not r.document.duplicate_of]
    duplicates: dict[str, list[str]] = defaultdict(list)
    for r in results:
        if r.document.duplicate_of:
            duplicates[r.document.duplicate_of].append(r.document.doc_id)
    overrides = _load_overrides(overrides_path)
    actors, node_id = resolve_actors(active, lexicon, overrides)
    names = {a.actor_id: a.name for a in actors}

    stance_labels = [(s.issue, r.document.doc_id) for r in active for s in r.stances if (r.document.doc_id, s.actor) in node_id]
    issue_rows, label_to_id = resolve_issues(stance_labels, lexicon)

    # Quotes: one row per occurrence; the same words by the same speaker share a quote node.
    quotes: list[Quote] = []
    quote_ids: dict[tuple[str, int], str] = {}
    node_docs: dict[str, set[str]] = defaultdict(set)
    pending = []
    for r in active:
        doc_id = r.document.doc_id
        for qi, q in enumerate(r.quotes):
            speaker_id = node_id.get((doc_id, q.speaker), "") if q.speaker >= 0 else ""
            qnode = "qn-" + _short_hash(re.sub(r"\W+", " ", fold(q.text)).strip(), speaker_id, q.kind == "indirect")
            qid = "q-" + _short_hash(doc_id, q.start, q.end, q.kind)
            quote_ids[(doc_id, qi)] = qid
            node_docs[qnode].add(doc_id)
            node_docs[qnode].update(duplicates.get(doc_id, []))
            pending.append((qid, doc_id, speaker_id, q, qnode))
    for qid, doc_id, speaker_id, q, qnode in pending:
        quotes.append(Quote(qid, doc_id, speaker_id, names.get(speaker_id, ""), q.text, q.kind, q.cue, q.start, q.end,
                            tuple(sorted(node_docs[qnode])), qnode))

    stances: list[Stance] = []
    seen: set[tuple[str, str, str, str, str]] = set()
    affiliation_of = {a.actor_id: a.affiliation for a in actors if a.affiliation}
    issue_label = {row[0]: row[1] for row in issue_rows}
    for r in active:
        doc_id = r.document.doc_id
        for s in r.stances:
            actor_id = node_id.get((doc_id, s.actor))
            if not actor_id:
                continue
            issue_id = label_to_id[s.issue]
            claimed = node_id.get((doc_id, s.claimed_by), "") if s.claimed_by >= 0 else ""
            if claimed and (affiliation_of.get(claimed) == actor_id or affiliation_of.get(actor_id) == claimed):
                claimed = ""  # a leader stating his state's position (known from any document) is no claim
            key = (doc_id, actor_id, issue_id, s.polarity, claimed)
            duplicate = key in seen
            seen.add(key)
            stances.append(Stance(
                stance_id="s-" + _short_hash(doc_id, s.start, s.end, actor_id, s.issue, s.polarity, s.cue),
                doc_id=doc_id, actor_id=actor_id, actor=names[actor_id], issue_id=issue_id,
                issue=issue_label[issue_id], polarity=s.polarity, red_line=bool(s.red_line), condition=s.condition,
                cue=s.cue, evidence=s.evidence, start_char=s.start, end_char=s.end, claimed_by=claimed,
                quote_id=quote_ids.get((doc_id, s.quote), "") if s.quote >= 0 else "",
                issue_text=s.issue_text, hedged=bool(s.hedged), duplicate=duplicate,
            ))

    n_quotes = Counter(q.speaker_id for q in quotes if q.speaker_id)
    n_stances = Counter(s.actor_id for s in stances)
    actors = [a._replace(n_quotes=n_quotes[a.actor_id], n_stances=n_stances[a.actor_id]) for a in actors]
    issue_docs: dict[str, set[str]] = defaultdict(set)
    issue_counts: Counter[str] = Counter()
    for s in stances:
        issue_docs[s.issue_id].add(s.doc_id)
        issue_counts[s.issue_id] += 1
    issues = [Issue(i, label, aliases, tuple(sorted(issue_docs[i])), cat, issue_counts[i])
              for i, label, aliases, cat in issue_rows if issue_counts[i]]
    return Resolved(
        documents=documents, actors=tuple(actors), issues=tuple(sorted(issues, key=lambda i: i.issue_id)),
        quotes=tuple(quotes), stances=tuple(stances), words=sum(r.words for r in results),
    )


__all__ = ["resolve", "resolve_actors", "resolve_issues", "slugify", "Document"]
