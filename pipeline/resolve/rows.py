"""The last corpus-wide rows of the resolve stage: counts on actors and issues, negotiations."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..negotiations import date_range, lead_parties
from ..records import Actor, Issue, Negotiation, Quote, Stance


def totals(actors: list[Actor], issue_rows: list[Issue], quotes: list[Quote],
           stances: list[Stance]) -> tuple[list[Actor], list[Issue]]:
    """Actors with their quotation and stance counts; the issues that have stances, with their
    documents and counts."""
    n_quotes = Counter(q.speaker_id for q in quotes if q.speaker_id)
    n_stances: Counter[str] = Counter()
    issue_docs: dict[str, set[str]] = defaultdict(set)
    issue_counts: Counter[str] = Counter()
    for s in stances:  # one pass: the rows may be spooled (read back from disk)
        n_stances[s.actor_id] += 1
        issue_docs[s.issue_id].add(s.doc_id)
        issue_counts[s.issue_id] += 1
    actors = [a._replace(n_quotes=n_quotes[a.actor_id], n_stances=n_stances[a.actor_id]) for a in actors]
    issues = [i._replace(doc_ids=tuple(sorted(issue_docs[i.issue_id])), n_stances=issue_counts[i.issue_id])
              for i in issue_rows if issue_counts[i.issue_id]]
    return actors, issues


def negotiation_rows(groups, stances: list[Stance], issues: list[Issue], names: dict[str, str],
                     dates: dict[str, str], overrides: dict[str, Any]) -> list[Negotiation]:
    """Label and count each negotiation: its two most present parties and its most discussed
    specific issue ("Russia–Ukraine: 30-day ceasefire"), unless the user named it."""
    renamed = overrides.get("rename") or {}
    issue_count = Counter(s.issue_id for s in stances)
    of_negotiation: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        of_negotiation[issue.negotiation_id].append(issue)
    rows = []
    for group in groups:
        own_issues = sorted(of_negotiation.get(group.negotiation_id, []),
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
