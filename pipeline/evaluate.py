"""Score output tables against hand annotations, with the matching rules of the gold README
(../shared/gold/README.md):

- text is compared after Unicode NFKC, straight quotes, lower case and folded spaces, as bags of
  word tokens;
- an actor row is right when its name or an alias equals a gold name or alias, or, for people,
  its last word equals the gold person's last name; each gold actor is credited once per
  document, a second row resolving to it is a false positive;
- a quote matches a gold quote of its family (direct+partial, or indirect) when the token Dice
  overlap is >= 0.5, or for gold quotes of 3+ tokens when half the gold tokens are inside it;
  its speaker is right when it resolves to the gold speaker;
- a stance matches when its actor matches one of the gold actor names, the coarse polarity
  agrees (support/propose/demand = pro, oppose = con, consider = neutral) and its issue label
  (12 words at most) has a word starting with one of the gold issue keywords (a keyword of
  several words or with a hyphen matches when the label holds its words in order, the last one
  as a prefix);
- issue grouping: over pairs of found required gold stances of one document, each taking the
  issue_id of its first matching prediction in file order, equal gold labels should share one
  id and different ones should not;
- precision counts predicted rows matching any gold entry (optional ones included); recall counts
  required gold entries matched at least once.

Beside the README's figures, ``missed stances by cause``: each required gold stance not found is
put under one cause, by the predicted rows whose evidence is its sentence (half of either's
words inside the other): no row from its sentence, or rows whose holder, issue label or
polarity alone is wrong, or several things wrong. It is an aggregate, so it may be printed for
the check set too.

``shared issues`` (issue 13): of the matched predicted stances
whose gold issue another gold actor of the article also holds, the share that sit on an
``issue_id`` another predicted actor also has a stance on.

``own-sentence grouping``, a diagnosis beside the README's grouping (whose figure it leaves as it
is): the same pairs, each gold stance taking the issue_id of its first matching prediction from
its own sentence when there is one (half of either's words inside the other, as for the causes),
else of its first matching prediction. A false merge by one prediction matching both gold stances
is counted apart when a prediction from a gold stance's own sentence matches it on another issue:
extraction found that stance, and the README's first-match rule credits an earlier row whose
label shares a keyword with it ("recognition of occupied territories" for "territorial
concessions", where "would not cede any territory" has its own row).

``gold labels as predictions (ceiling)``: the README's grouping with the gold stances themselves
as the prediction rows, in file order; where one gold label holds another stance's keyword (same
holder and coarse polarity), the first-match rule merges them, so this is the most the figure
gives a perfect extraction.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import pandas as pd


def norm(text: Any) -> str:
    """The README's comparison form."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    text = re.sub("[“”„«»″]", '"', text)
    text = re.sub("[‘’‹›′`]", "'", text)
    return " ".join(text.lower().split())


def tokens(text: Any) -> list[str]:
    return re.findall(r"\w+", norm(text))


def dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    overlap = sum((Counter(a) & Counter(b)).values())
    return 2.0 * overlap / (len(a) + len(b))


def containment(gold: list[str], pred: list[str]) -> float:
    if not gold:
        return 0.0
    return sum((Counter(gold) & Counter(pred)).values()) / len(gold)


def quote_match(gold_text: str, pred_text: str) -> bool:
    g, p = tokens(gold_text), tokens(pred_text)
    return dice(g, p) >= 0.5 or (len(g) >= 3 and containment(g, p) >= 0.5)


class MissCause(str, Enum):
    """Why a required gold stance was missed, in the order they are printed."""
    NO_STANCE = "no stance from its sentence"
    HOLDER = "wrong holder"
    ISSUE = "wrong issue label"
    POLARITY = "wrong polarity"
    SEVERAL = "several wrong"


MISS_CAUSES = [cause.value for cause in MissCause]

COARSE = {"support": "pro", "propose": "pro", "demand": "pro", "oppose": "con", "consider": "neutral"}


@dataclass
class Score:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: "Score") -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "pred": self.n_pred, "pred_correct": self.tp_pred, "gold": self.n_gold, "gold_found": self.tp_gold}


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "correct": self.hit, "total": self.total}


@dataclass
class Evaluation:
    actors: Score = field(default_factory=Score)
    quotes_span: Score = field(default_factory=Score)
    quotes_e2e: Score = field(default_factory=Score)
    speaker: Ratio = field(default_factory=Ratio)
    indirect_span: Score = field(default_factory=Score)
    indirect_e2e: Score = field(default_factory=Score)
    stances: Score = field(default_factory=Score)
    polarity: Ratio = field(default_factory=Ratio)
    red_lines: Score = field(default_factory=Score)
    grouping: Score = field(default_factory=Score)
    # the pairs wrongly put on one issue, by how: one prediction row matching both gold stances
    # ("one prediction": no folding or label of an issue can split them), or two rows on one issue
    merges: Counter = field(default_factory=Counter)
    # the same pairs, each found gold stance on its first matching prediction from its own
    # sentence when there is one (a diagnosis: the README's figure is ``grouping``)
    grouping_own: Score = field(default_factory=Score)
    # the README's grouping of the gold's own stances taken as the predictions (see
    # :func:`gold_label_grouping`): the most the figure gives a perfect extraction
    grouping_gold: Score = field(default_factory=Score)
    shared: Ratio = field(default_factory=Ratio)
    missed: Counter = field(default_factory=Counter)
    documents: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)
    # tune documents only: each found gold stance's first matching prediction and every pair
    pairs: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "actors": self.actors.as_dict(),
            "quotes_direct_partial": {"span": self.quotes_span.as_dict(), "end_to_end": self.quotes_e2e.as_dict(),
                                      "speaker_accuracy": self.speaker.as_dict()},
            "quotes_indirect": {"span": self.indirect_span.as_dict(), "end_to_end": self.indirect_e2e.as_dict()},
            "stances": {**self.stances.as_dict(), "polarity_accuracy": self.polarity.as_dict()},
            "red_lines": self.red_lines.as_dict(),
            "issue_grouping": self.grouping.as_dict(),
            "issue_grouping_false_merges": {kind: self.merges[kind] for kind in MERGE_KINDS + (OWN_ROW_ELSEWHERE,)},
            "issue_grouping_own_sentence": self.grouping_own.as_dict(),
            "issue_grouping_gold_labels": self.grouping_gold.as_dict(),
            "shared_issues": self.shared.as_dict(),
            "missed_stances_by_cause": {cause: self.missed[cause] for cause in MISS_CAUSES},
        }


class _GoldActors:
    """Resolve predicted names to the gold actors of one document."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.actors = gold.get("actors", [])
        self.optional = {norm(o) for o in gold.get("optional_actors", [])}
        self.names: dict[str, int] = {}
        for i, actor in enumerate(self.actors):
            for name in [actor["name"], *(actor.get("aliases") or [])]:
                self.names.setdefault(norm(name), i)

    def resolve(self, names: list[str], is_person: bool | None = None) -> int:
        for name in names:
            idx = self.names.get(norm(name))
            if idx is not None:
                return idx
        if names:
            last = tokens(names[0])[-1:] if tokens(names[0]) else []
            for i, actor in enumerate(self.actors):
                if actor.get("type") == "PERSON" and last and tokens(actor["name"])[-1:] == last:
                    return i
        return -1

    def is_optional(self, names: list[str]) -> bool:
        return any(norm(n) in self.optional for n in names)

    def index_of_name(self, name: str) -> int:
        return self.names.get(norm(name), -1)


def _split(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [v for v in str(value).split("|") if v]


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `negotiation-graph build` first")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _strip_formula_guard(value: str) -> str:
    return value[1:] if value.startswith("'") and len(value) > 1 and value[1] in "=+-@" else value


_LEADING_NUMBER = re.compile(r"^(\d+)_")


def split_of(name: str) -> str:
    """``check`` for a held-out gold file (leading number odd and >= 31, the project's protocol),
    else ``tune``."""
    match = _LEADING_NUMBER.match(Path(name).name)
    return "check" if match and int(match.group(1)) >= 31 and int(match.group(1)) % 2 == 1 else "tune"


def evaluate(outputs: Path, gold_dir: Path, collect_errors: bool = False, split: str = "all",
             collect_pairs: bool = False) -> Evaluation:
    """Score the tables in ``outputs`` against the gold files in ``gold_dir``.

    Args:
        split: ``all``, or only the ``tune`` or ``check`` files (see :func:`split_of`). Errors
            are never collected on check files: their mistakes must not guide the rules.
        collect_pairs: list, per tune document, the issue grouping's view: each found gold
            stance with its first matching prediction, and every pair (right or wrong).
    """
    outputs, gold_dir = Path(outputs), Path(gold_dir)
    actors = _read(outputs / "actors.csv")
    quotes = _read(outputs / "quotes.csv")
    stances = _read(outputs / "stances.csv")
    documents = _read(outputs / "documents.csv")
    actor_names: dict[str, list[str]] = {}
    actor_type: dict[str, str] = {}
    actor_docs: dict[str, set[str]] = {}
    for row in actors.itertuples(index=False):
        names = [_strip_formula_guard(row.name)] + [_strip_formula_guard(a) for a in _split(row.aliases)]
        actor_names[row.actor_id] = names
        actor_type[row.actor_id] = row.type
        actor_docs[row.actor_id] = set(_split(row.doc_ids))
    doc_ids = set(documents["doc_id"])
    holders: dict[str, set[str]] = {}
    for issue_id, actor_id in zip(stances["issue_id"], stances["actor_id"]):
        holders.setdefault(issue_id, set()).add(actor_id)
    result = Evaluation()
    gold_files = sorted(p for p in gold_dir.glob("*.json"))
    if not gold_files:
        raise FileNotFoundError(f"no gold annotations (*.json) in {gold_dir}")
    if split != "all":
        gold_files = [p for p in gold_files if split_of(p.name) == split]
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_id = _doc_id_for(gold.get("doc", gold_path.stem), doc_ids)
        if doc_id is None:
            continue
        result.documents += 1
        ga = _GoldActors(gold)
        wanted = collect_errors and split_of(gold_path.name) == "tune"
        errors = result.errors.setdefault(doc_id, []) if wanted else None
        pairs = result.pairs.setdefault(doc_id, []) if collect_pairs and split_of(gold_path.name) == "tune" else None
        _score_actors(doc_id, ga, actor_names, actor_type, actor_docs, result, errors)
        _score_quotes(doc_id, gold, ga, quotes, actor_names, actor_type, result, errors)
        _score_stances(doc_id, gold, ga, stances, actor_names, actor_type, result, errors, pairs)
        _score_shared(doc_id, gold, ga, stances, actor_names, actor_type, holders, result.shared)
        result.grouping_gold.add(gold_label_grouping(gold.get("stances", [])))
    return result


def _doc_id_for(name: str, doc_ids: set[str]) -> str | None:
    if name in doc_ids:
        return name
    stem = Path(name).stem
    for candidate in sorted(doc_ids):
        if Path(candidate).stem == stem or candidate.endswith("/" + name):
            return candidate
    return None


def _resolve_actor(ga: _GoldActors, actor_id: str, actor_names, actor_type) -> int:
    names = actor_names.get(actor_id, [])
    return ga.resolve(names, actor_type.get(actor_id) == "PERSON")


def _score_actors(doc_id, ga, actor_names, actor_type, actor_docs, result, errors) -> None:
    score = Score(n_gold=len(ga.actors))
    credited: set[int] = set()
    for actor_id, docs in sorted(actor_docs.items()):
        if doc_id not in docs:
            continue
        idx = _resolve_actor(ga, actor_id, actor_names, actor_type)
        if idx >= 0 and idx not in credited:
            credited.add(idx)
            score.n_pred += 1
            score.tp_pred += 1
        elif idx < 0 and ga.is_optional(actor_names[actor_id]):
            continue  # optional: neither rewarded nor penalised
        else:
            score.n_pred += 1
            if errors is not None:
                why = "duplicate of gold actor " + ga.actors[idx]["name"] if idx >= 0 else "not in gold"
                errors.append(f"actor FP: {actor_names[actor_id][0]} ({actor_id}): {why}")
    score.tp_gold = len(credited)
    if errors is not None:
        for i, actor in enumerate(ga.actors):
            if i not in credited:
                errors.append(f"actor FN: {actor['name']}")
    result.actors.add(score)


def _score_quotes(doc_id, gold, ga, quotes, actor_names, actor_type, result, errors) -> None:
    rows = quotes[quotes["doc_id"] == doc_id]
    for family in ("direct", "indirect"):
        kinds = {"direct", "partial"} if family == "direct" else {"indirect"}
        gold_quotes = [q for q in gold.get("quotes", []) if q["kind"] in kinds]
        preds = [r for r in rows.itertuples(index=False) if r.kind in kinds]
        span, e2e = Score(), Score()
        required = [g for g in gold_quotes if not g.get("optional") and g.get("speaker")]
        span.n_gold = e2e.n_gold = len(required)
        found_span: set[int] = set()
        found_e2e: set[int] = set()
        for pred in preds:
            text = _strip_formula_guard(pred.text)
            matches = [i for i, g in enumerate(gold_quotes) if quote_match(g["text"], text)]
            span.n_pred += 1
            e2e.n_pred += 1
            speaker_idx = _resolve_actor(ga, pred.speaker_id, actor_names, actor_type) if pred.speaker_id else -1
            speaker_names = actor_names.get(pred.speaker_id, []) if pred.speaker_id else []
            is_person = actor_type.get(pred.speaker_id) == "PERSON"
            if matches:
                span.tp_pred += 1
                found_span.update(matches)
                good = [i for i in matches if gold_quotes[i].get("speaker") and speaker_names
                        and _stance_actor_ok(speaker_names, is_person, speaker_idx, [gold_quotes[i]["speaker"]], ga)]
                optional_unknown = [i for i in matches if not gold_quotes[i].get("speaker")]
                if good or (optional_unknown and not pred.speaker_id):
                    e2e.tp_pred += 1
                    found_e2e.update(good)
                if family == "direct":
                    scored = [i for i in matches if gold_quotes[i].get("speaker")]
                    if scored:
                        result.speaker.total += 1
                        result.speaker.hit += 1 if good else 0
                if errors is not None and not good and any(gold_quotes[i].get("speaker") for i in matches):
                    gs = next(gold_quotes[i]["speaker"] for i in matches if gold_quotes[i].get("speaker"))
                    errors.append(f"{family} quote speaker: got {pred.speaker or '-'} want {gs}: {text[:70]}")
            elif errors is not None:
                errors.append(f"{family} quote FP: [{pred.speaker or '-'}] {text[:90]}")
        span.tp_gold = sum(1 for i, g in enumerate(gold_quotes) if g in required and i in found_span)
        e2e.tp_gold = sum(1 for i, g in enumerate(gold_quotes) if g in required and i in found_e2e)
        if errors is not None:
            for i, g in enumerate(gold_quotes):
                if g in required and i not in found_span:
                    errors.append(f"{family} quote FN: [{g['speaker']}] {g['text'][:90]}")
        if family == "direct":
            result.quotes_span.add(span)
            result.quotes_e2e.add(e2e)
        else:
            result.indirect_span.add(span)
            result.indirect_e2e.add(e2e)


def issue_matches(label: str, keywords: list[str]) -> bool:
    """Whether a predicted issue label (12 words at most) has a word starting with one of the
    gold issue keywords; a keyword of several words or with a hyphen ("sit-in", "peace deal")
    matches when the label holds its words in order, one after the other, the last one as a
    prefix ("pre-2014" matches "pre-2014 borders", "cease-fire" matches "cease-fires")."""
    if len(label.split()) > 12:
        return False
    words = tokens(label)
    for keyword in keywords:
        parts = tokens(keyword)
        if not parts:
            continue
        *whole, last = parts
        n = len(whole)
        if any(words[i:i + n] == whole and words[i + n].startswith(last) for i in range(len(words) - n)):
            return True
    return False


def _stance_actor_ok(names: list[str], is_person: bool, actor_idx: int, gold_names: list[str], ga: _GoldActors) -> bool:
    """The predicted actor matches one of the gold stance's actor names: by name or alias, by a
    person's last name, or through the gold actor it resolves to."""
    wanted = {norm(n) for n in gold_names}
    if any(norm(n) in wanted for n in names):
        return True
    if is_person and names and tokens(names[0]):
        last = tokens(names[0])[-1]
        if any(tokens(n) and tokens(n)[-1] == last for n in gold_names):
            return True
    return actor_idx >= 0 and actor_idx in {ga.index_of_name(n) for n in gold_names}


def _score_stances(doc_id, gold, ga, stances, actor_names, actor_type, result, errors, pairs=None) -> None:
    rows = stances[stances["doc_id"] == doc_id]
    gold_stances = gold.get("stances", [])
    score, red = Score(), Score()
    required = [i for i, g in enumerate(gold_stances) if not g.get("optional")]
    score.n_gold = len(required)
    red_required = [i for i in required if gold_stances[i].get("red_line")]
    red.n_gold = len(red_required)
    found: set[int] = set()
    red_found: set[int] = set()
    first_issue: dict[int, str] = {}
    first_row: dict[int, int] = {}
    own_issue: dict[int, str] = {}  # first matching prediction from the gold stance's own sentence
    for row_number, pred in enumerate(rows.itertuples(index=False)):
        score.n_pred += 1
        is_red = str(pred.red_line).lower() == "true"
        if is_red:
            red.n_pred += 1
        matches = _matching_gold(pred, gold_stances, ga, actor_names, actor_type)
        if matches:
            score.tp_pred += 1
            found.update(matches)
            for i in matches:
                if i not in first_issue and pairs is not None:
                    optional = " (optional)" if gold_stances[i].get("optional") else ""
                    pairs.append(f"[{i}]{optional} {gold_stances[i]['actor'][0]} {gold_stances[i]['polarity']} "
                                 f"'{gold_stances[i]['issue']}' <- {pred.actor} {pred.polarity} '{pred.issue}' ({pred.issue_id})")
                first_issue.setdefault(i, pred.issue_id)
                first_row.setdefault(i, row_number)
                if i not in own_issue and _from_own_sentence(gold_stances[i], pred):
                    own_issue[i] = pred.issue_id
            result.polarity.total += 1
            result.polarity.hit += 1 if any(gold_stances[i]["polarity"] == pred.polarity for i in matches) else 0
            if is_red and any(gold_stances[i].get("red_line") for i in matches):
                red.tp_pred += 1
                red_found.update(i for i in matches if gold_stances[i].get("red_line"))
            elif is_red and errors is not None:
                errors.append(f"red line FP: {pred.actor} {pred.polarity} {pred.issue}")
        else:
            if errors is not None:
                errors.append(f"stance FP: {pred.actor} {pred.polarity} '{pred.issue}' <- {str(pred.evidence)[:70]}")
    score.tp_gold = len(found & set(required))
    red.tp_gold = len(red_found & set(red_required))
    for i in required:
        if i not in found:
            g = gold_stances[i]
            result.missed[miss_cause(g, rows, ga, actor_names, actor_type)] += 1
            if errors is not None:
                errors.append(f"stance FN: {g['actor'][0]} {g['polarity']} '{g['issue']}' <- {(g.get('evidence') or [''])[0][:70]}")
    result.stances.add(score)
    result.red_lines.add(red)
    result.grouping.add(grouping_pairs(gold_stances, first_issue, errors, pairs, first_row, result.merges, own_issue))
    result.grouping_own.add(grouping_pairs(gold_stances, {i: own_issue.get(i, issue) for i, issue in first_issue.items()},
                                           None))


def _from_own_sentence(g: dict[str, Any], pred) -> bool:
    """Whether a predicted row's evidence is one of the gold stance's sentences."""
    evidence = _strip_formula_guard(str(pred.evidence))
    return any(same_sentence(e, evidence) for e in g.get("evidence") or [] if e)


def _criteria(pred, ga, actor_names, actor_type):
    """A function telling, for one gold stance, whether the predicted row's holder, coarse
    polarity and issue label each match it."""
    actor_idx = _resolve_actor(ga, pred.actor_id, actor_names, actor_type)
    names = actor_names.get(pred.actor_id, [pred.actor])
    is_person = actor_type.get(pred.actor_id) == "PERSON"
    label = _strip_formula_guard(pred.issue)

    def check(g: dict[str, Any]) -> tuple[bool, bool, bool]:
        return (_stance_actor_ok(names, is_person, actor_idx, g.get("actor", []), ga),
                COARSE.get(pred.polarity) == COARSE.get(g["polarity"]),
                issue_matches(label, g.get("issue_keywords", [])))
    return check


def _matching_gold(pred, gold_stances, ga, actor_names, actor_type) -> list[int]:
    """The gold stances a predicted stance row matches (actor, coarse polarity, issue keyword)."""
    check = _criteria(pred, ga, actor_names, actor_type)
    return [i for i, g in enumerate(gold_stances) if all(check(g))]


def same_sentence(gold_evidence: str, pred_evidence: str) -> bool:
    """Whether a predicted row's evidence is a gold stance's sentence: half the words of either
    are inside the other."""
    g, p = tokens(gold_evidence), tokens(pred_evidence)
    return bool(g and p) and (containment(g, p) >= 0.5 or containment(p, g) >= 0.5)


def miss_cause(g: dict[str, Any], rows: pd.DataFrame, ga, actor_names, actor_type) -> str:
    """Why a gold stance was missed (one of MISS_CAUSES), from the predicted rows of its
    document whose evidence is its sentence."""
    evidence = [e for e in g.get("evidence") or [] if e]
    verdicts = [_criteria(pred, ga, actor_names, actor_type)(g) for pred in rows.itertuples(index=False)
                if any(same_sentence(e, _strip_formula_guard(pred.evidence)) for e in evidence)]
    if not verdicts:
        return MissCause.NO_STANCE.value
    # one criterion wrong (holder, polarity, issue), the others right
    for cause, wanted in ((MissCause.POLARITY, (True, False, True)), (MissCause.HOLDER, (False, True, True)),
                          (MissCause.ISSUE, (True, True, False))):
        if wanted in verdicts:
            return cause.value
    return MissCause.SEVERAL.value


def _score_shared(doc_id, gold, ga, stances, actor_names, actor_type, holders: dict[str, set[str]], ratio: Ratio) -> None:
    """Shared issues: a matched prediction counts when the gold puts its issue in the hands of
    two gold actors of the article (another gold stance with the same label and another first
    actor name); it is a hit when its issue_id has a stance by another predicted actor."""
    gold_stances = gold.get("stances", [])
    holders_of_label: dict[str, set[str]] = {}
    for g in gold_stances:
        if g.get("actor"):
            holders_of_label.setdefault(norm(g["issue"]), set()).add(norm(g["actor"][0]))
    for pred in stances[stances["doc_id"] == doc_id].itertuples(index=False):
        matches = _matching_gold(pred, gold_stances, ga, actor_names, actor_type)
        if any(len(holders_of_label.get(norm(gold_stances[i]["issue"]), ())) > 1 for i in matches):
            ratio.total += 1
            ratio.hit += len(holders.get(pred.issue_id, set()) - {pred.actor_id}) > 0


MERGE_KINDS = ("one prediction", "two predictions")
# of the "one prediction" merges, those where a gold stance has another matching row from its own
# sentence, on another issue: the README's first-match rule, not extraction, put the pair together
OWN_ROW_ELSEWHERE = "one prediction, own-sentence row on another issue"


def grouping_pairs(gold_stances: list[dict[str, Any]], first_issue: dict[int, str], errors,
                   listing: list[str] | None = None, first_row: dict[int, int] | None = None,
                   merges: Counter | None = None, own_issue: dict[int, str] | None = None) -> Score:
    """Issue grouping (gold README): over pairs of found required gold stances of one document,
    equal gold issue labels should share the first matching prediction's issue_id, different ones
    should not. Optional gold stances are left out, as the README says they count neither way.

    Counted as pairs: ``n_gold`` pairs that should share, ``tp_gold`` of them that do; ``n_pred``
    pairs that share, ``tp_pred`` of them that should. ``listing`` (when given) gets one line per
    pair that should share or does: TP, FP (merged) or FN (split); with ``first_row`` (the row
    number of each gold stance's first matching prediction) a merge made by one prediction row
    that matches both gold stances says so: no grouping of issues can split it. ``merges`` (when
    given, with ``first_row``) counts the pairs wrongly put together by kind (``MERGE_KINDS``), and
    with ``own_issue`` (each gold stance's first matching row from its own sentence) the merges by
    one prediction that those rows keep apart (``OWN_ROW_ELSEWHERE``, listed as "first match").
    """
    score = Score()
    # optional gold entries "count neither way" (gold README): they make no pair
    found = sorted(i for i in first_issue if not gold_stances[i].get("optional"))
    for a_pos, a in enumerate(found):
        for b in found[a_pos + 1:]:
            same_gold = norm(gold_stances[a]["issue"]) == norm(gold_stances[b]["issue"])
            same_pred = first_issue[a] == first_issue[b]
            score.n_gold += same_gold
            score.n_pred += same_pred
            score.tp_gold += same_gold and same_pred
            score.tp_pred += same_gold and same_pred
            if same_gold == same_pred and not same_gold:
                continue
            kind = "TP" if same_gold == same_pred else "FN (split)" if same_gold else "FP (merged)"
            if kind == "FP (merged)" and first_row is not None and first_row.get(a) == first_row.get(b):
                kind = "FP (merged, one prediction)"
                if own_issue is not None and own_issue.get(a, first_issue[a]) != own_issue.get(b, first_issue[b]):
                    kind = "FP (merged, one prediction; first-match rule, own-sentence rows differ)"
                    if merges is not None:
                        merges[OWN_ROW_ELSEWHERE] += 1
            if merges is not None and first_row is not None and kind.startswith("FP"):
                merges[MERGE_KINDS[0] if "one prediction" in kind else MERGE_KINDS[1]] += 1
            line = (f"issue grouping {kind}: '{gold_stances[a]['issue']}' / '{gold_stances[b]['issue']}' -> "
                    f"{first_issue[a]} / {first_issue[b]}")
            if errors is not None and same_gold != same_pred:
                errors.append(line)
            if listing is not None:
                listing.append(f"[{a}]/[{b}] {line}")
    return score


def gold_label_grouping(gold_stances: list[dict[str, Any]]) -> Score:
    """The README's issue grouping with the gold stances themselves as the predictions: one row
    per gold stance (optional ones too), in the file's order, held by its first actor name, with
    its polarity, and its own label as label and issue_id. A diagnosis beside the figure: a gold
    stance whose keywords another stance's label holds (same holder, same coarse polarity) takes
    that row's issue when it comes first, so even a perfect extraction is not scored 1.0 ("better
    wage offer" holds the "wage" of a "minimum wage" stance of the same union)."""
    first_issue: dict[int, str] = {}
    for i, g in enumerate(gold_stances):
        names = {norm(name) for name in g.get("actor") or []}
        for row in gold_stances:
            if (row.get("actor") and norm(row["actor"][0]) in names
                    and COARSE.get(row["polarity"]) == COARSE.get(g["polarity"])
                    and issue_matches(row["issue"], g.get("issue_keywords", []))):
                first_issue[i] = norm(row["issue"])
                break
    return grouping_pairs(gold_stances, first_issue, None)


def format_table(ev: Evaluation) -> str:
    """A plain-text table of the scores."""
    lines = [f"Evaluated {ev.documents} documents", "", f"{'task':40} {'P':>6} {'R':>6} {'F1':>6}   pred/gold"]

    def row(name: str, s: Score) -> None:
        lines.append(f"{name:40} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.n_pred}/{s.n_gold}")

    row("actors", ev.actors)
    row("quotes direct+partial (span)", ev.quotes_span)
    row("quotes direct+partial (end-to-end)", ev.quotes_e2e)
    lines.append(f"{'  speaker accuracy on matched quotes':40} {ev.speaker.value:6.3f}   ({ev.speaker.hit}/{ev.speaker.total})")
    row("quotes indirect (span)", ev.indirect_span)
    row("quotes indirect (end-to-end)", ev.indirect_e2e)
    row("stances", ev.stances)
    lines.append(f"{'  exact polarity on matched stances':40} {ev.polarity.value:6.3f}   ({ev.polarity.hit}/{ev.polarity.total})")
    if sum(ev.missed.values()):
        causes = ", ".join(f"{ev.missed[cause]} {cause}" for cause in MISS_CAUSES)
        lines.append(f"  missed stances by cause: {causes}")
    row("red lines", ev.red_lines)
    row("issue grouping (pairs)", ev.grouping)
    if sum(ev.merges.values()):
        lines.append(f"  false merges: {ev.merges[MERGE_KINDS[0]]} by one prediction matching both gold stances "
                     f"({ev.merges[OWN_ROW_ELSEWHERE]} of them kept apart by rows from the gold stances' own sentences), "
                     f"{ev.merges[MERGE_KINDS[1]]} by two predictions on one issue")
    row("  own-sentence grouping (diagnosis)", ev.grouping_own)
    row("  gold labels as predictions (ceiling)", ev.grouping_gold)
    lines.append(f"{'  shared issues on matched stances':40} {ev.shared.value:6.3f}   ({ev.shared.hit}/{ev.shared.total})")
    return "\n".join(lines)
