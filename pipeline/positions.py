"""Positions: an actor's prevailing stance on an issue, over time and against other actors.

Shared by the resolve stage (shifts on stance rows), the graph (``position_shift`` edges,
congruence and conflict) and the export (the stance matrix).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any, NamedTuple

# ties between polarities go to the firmer position
POLARITY_ORDER = ("oppose", "demand", "propose", "support", "consider")
PRO = frozenset({"support", "propose", "demand"})
CON = frozenset({"oppose"})


def coarse(polarity: str) -> str:
    """pro / con / neutral, as the gold matching rules and DNA agreement count them."""
    if polarity in PRO:
        return "pro"
    if polarity in CON:
        return "con"
    return "neutral"


def prevailing(counter: Counter) -> str:
    """The most frequent polarity; ties broken by POLARITY_ORDER (firmer positions first)."""
    return max(counter, key=lambda p: (counter[p], -POLARITY_ORDER.index(p)))


def is_own(stance: Any) -> bool:
    """Whether the actor states the stance itself (not attributed by another, not repeated)."""
    return not stance.claimed_by and not getattr(stance, "duplicate", False)


def own(stances: Iterable[Any]) -> list[Any]:
    """The stances an actor states itself (:func:`is_own`)."""
    return [s for s in stances if is_own(s)]


def own_positions(stances: Iterable[Any]) -> dict[tuple[str, str], Counter]:
    """(actor_id, issue_id) -> polarity counts of the actor's own stances."""
    positions: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in own(stances):
        positions[(s.actor_id, s.issue_id)][s.polarity] += 1
    return positions


# a pair's polarity counts packed in one int, a field of _COUNT_BITS bits per polarity (in
# POLARITY_ORDER): an archive's hundred thousand (actor, issue) pairs as a Counter each (a dict,
# a key tuple) were the largest transient of the stance matrix and of the congruence
_COUNT_BITS = 32
_COUNT_MASK = (1 << _COUNT_BITS) - 1


def prevailing_own(stances: Iterable[Any]) -> dict[str, dict[str, str]]:
    """actor_id -> issue_id -> the prevailing polarity of the actor's own stances on the issue:
    ``prevailing`` of each ``own_positions`` counter, in the same order (actors, then each
    actor's issues, as their first own stance comes), counted without a Counter per pair."""
    counts: dict[str, dict[str, Any]] = {}
    for s in stances:
        if not is_own(s):
            continue
        by_issue = counts.get(s.actor_id)
        if by_issue is None:
            by_issue = counts[s.actor_id] = {}
        by_issue[s.issue_id] = by_issue.get(s.issue_id, 0) + (1 << (_COUNT_BITS * POLARITY_ORDER.index(s.polarity)))
    for by_issue in counts.values():
        for issue, packed in by_issue.items():
            by_issue[issue] = _prevailing_packed(packed)
    return counts


def _prevailing_packed(packed: int) -> str:
    """``prevailing`` of the counts packed in ``packed``: the most frequent polarity, ties to the
    firmer (earlier in POLARITY_ORDER)."""
    best, best_count = "", 0
    for k, polarity in enumerate(POLARITY_ORDER):
        count = (packed >> (_COUNT_BITS * k)) & _COUNT_MASK
        if count > best_count:  # strictly more: a tie keeps the earlier, firmer polarity
            best, best_count = polarity, count
    return best


class Step(NamedTuple):
    """One dated step of an actor's position on an issue."""

    date: str
    polarity: str
    shift_from: str
    stance_ids: tuple[str, ...]


def timelines(stances: Iterable[Any], dates: dict[str, str]) -> dict[tuple[str, str], list[Step]]:
    """For each (actor_id, issue_id), the dated sequence of its prevailing own position.

    Stances of one date (their document's date) are counted together; a step whose prevailing
    polarity differs from the previous date's carries that polarity in ``shift_from``. A tie on
    one date goes to a polarity other than the previous one.
    Undated stances have no place in time and are left out.
    """
    by_date: dict[tuple[str, str], dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for s in own(stances):
        date = dates.get(s.doc_id, "")
        if date:
            by_date[(s.actor_id, s.issue_id)][date].append(s)
    out: dict[tuple[str, str], list[Step]] = {}
    for key in sorted(by_date):
        steps: list[Step] = []
        for date in sorted(by_date[key]):
            items = by_date[key][date]
            before = steps[-1].polarity if steps else ""
            counts = Counter(s.polarity for s in items)
            # a tie between the old position (often an earlier rejection recalled) and a new one
            # goes to the new one: it is what the date adds
            polarity = max(counts, key=lambda p: (counts[p], p != before, -POLARITY_ORDER.index(p)))
            shift = before if before and before != polarity else ""
            steps.append(Step(date, polarity, shift, tuple(sorted(s.stance_id for s in items if s.polarity == polarity))))
        out[key] = steps
    return out


def shifts(stances: Iterable[Any], dates: dict[str, str]) -> dict[str, str]:
    """stance_id -> the polarity its actor held on the issue before, for the stances that show
    a changed position (``oppose`` for a "consider" that follows a rejection)."""
    return {sid: step.shift_from for steps in timelines(stances, dates).values() for step in steps
            if step.shift_from for sid in step.stance_ids}


class Congruence(NamedTuple):
    """Actors a and b (a < b) agree (``aligned``) or disagree (``opposed``) on these issues."""

    a: str
    b: str
    relation: str
    negotiation_id: str
    issues: tuple[str, ...]

    @property
    def weight(self) -> int:
        return len(self.issues)


def congruence(stances: Iterable[Any], negotiation_of_issue: dict[str, str]) -> list[Congruence]:
    """Discourse network analysis's congruence and conflict networks, per negotiation.

    Two actors are aligned on an issue when their prevailing own positions on it are both pro or
    both con, opposed when one is pro and the other con; neutral positions count neither way.
    Issues belong to one negotiation, so pairs never cross negotiations; the weight of a pair is
    the number of issues it agrees (or disagrees) on.
    """
    by_issue: dict[str, dict[str, str]] = defaultdict(dict)
    for actor, polarities in prevailing_own(stances).items():
        for issue, polarity in polarities.items():
            c = coarse(polarity)
            if c != "neutral":
                by_issue[issue][actor] = c
    pairs: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for issue, actors in sorted(by_issue.items()):
        for a, b in combinations(sorted(actors), 2):
            relation = "aligned" if actors[a] == actors[b] else "opposed"
            pairs[(a, b, relation, negotiation_of_issue.get(issue, ""))].append(issue)
    return [Congruence(a, b, rel, neg, tuple(issues)) for (a, b, rel, neg), issues in sorted(pairs.items())]
