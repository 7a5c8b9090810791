"""The evaluation follows the gold README's matching rules."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import dice, evaluate, gold_label_grouping, grouping_pairs, issue_matches, quote_match, tokens


def test_text_comparison_rules():
    assert tokens("“Red  LINE”") == ["red", "line"]
    assert dice(["a", "b"], ["a", "b"]) == 1.0
    assert quote_match("We are fighting for our independence", "we are fighting for our independence. Therefore")
    # half of a 3+ token gold quote inside a long prediction is a match
    assert quote_match("a b c d", "a b x y z w v u t s r q")
    assert not quote_match("completely different words here", "nothing in common at all")


def write_tables(out: Path, actors, quotes, stances, docs=("d.txt",)):
    out.mkdir()
    pd.DataFrame(actors, columns=["actor_id", "name", "type", "aliases", "role", "affiliation", "doc_ids"]).to_csv(out / "actors.csv", index=False)
    pd.DataFrame(quotes, columns=["quote_id", "doc_id", "speaker_id", "speaker", "text", "kind", "cue", "start_char", "end_char"]).to_csv(out / "quotes.csv", index=False)
    pd.DataFrame(stances, columns=["stance_id", "doc_id", "actor_id", "actor", "issue_id", "issue", "polarity", "red_line", "condition",
                                   "cue", "evidence", "start_char", "end_char", "claimed_by", "quote_id"]).to_csv(out / "stances.csv", index=False)
    pd.DataFrame([{"doc_id": d, "status": "ok"} for d in docs]).to_csv(out / "documents.csv", index=False)


def test_scores_on_a_small_case(tmp_path: Path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "d.json").write_text(json.dumps({
        "doc": "d.txt",
        "actors": [{"name": "Volodymyr Zelensky", "type": "PERSON", "aliases": ["Zelensky"]},
                   {"name": "Ukraine", "type": "GPE", "aliases": ["Kyiv"]}],
        "optional_actors": ["Jeddah"],
        "quotes": [{"speaker": "Volodymyr Zelensky", "kind": "direct", "text": "We will not recognize any occupied territories"}],
        "stances": [{"actor": ["Volodymyr Zelensky", "Ukraine"], "issue": "recognition", "issue_keywords": ["recogni"],
                     "polarity": "oppose", "red_line": True}],
    }), encoding="utf-8")
    write_tables(
        tmp_path / "out",
        actors=[("zelensky", "President Zelensky", "PERSON", "", "", "", "d.txt"),  # last-name rule: a person's last word
                ("kyiv", "Kyiv", "GPE", "", "", "", "d.txt"),
                ("ukraine", "Ukraine", "GPE", "", "", "", "d.txt"),  # second row for the same gold actor: FP
                ("jeddah", "Jeddah", "GPE", "", "", "", "d.txt")],  # optional: ignored
        quotes=[("q1", "d.txt", "zelensky", "President Zelensky", "We will not recognize any occupied territories as Russia's", "direct", "said", 0, 10)],
        stances=[("s1", "d.txt", "zelensky", "President Zelensky", "r", "recognition of territories", "oppose", "true", "", "", "", 0, 1, "", "q1")],
    )
    ev = evaluate(tmp_path / "out", gold_dir)
    assert (ev.actors.tp_pred, ev.actors.n_pred, ev.actors.tp_gold, ev.actors.n_gold) == (2, 3, 2, 2)
    assert ev.quotes_e2e.f1 == 1.0 and ev.speaker.value == 1.0
    assert ev.stances.f1 == 1.0 and ev.red_lines.f1 == 1.0


# Issue grouping (gold README): pairs of found gold stances of one document; optional gold
# stances count neither way. Each case: gold issue labels (None = optional), the predicted
# issue_id of the first matching prediction per found gold stance, expected (n_gold, tp, n_pred).
GROUPING_CASES = {
    "equal labels, one id": (["ceasefire", "Ceasefire"], {0: "i1", 1: "i1"}, (1, 1, 1)),
    "equal labels, two ids": (["ceasefire", "ceasefire"], {0: "i1", 1: "i2"}, (1, 0, 0)),
    "different labels, one id": (["ceasefire", "prisoners"], {0: "i1", 1: "i1"}, (0, 0, 1)),
    "different labels, two ids": (["ceasefire", "prisoners"], {0: "i1", 1: "i2"}, (0, 0, 0)),
    "a gold stance not found": (["ceasefire", "ceasefire"], {0: "i1"}, (0, 0, 0)),
    "optional stance makes no pair": (["ceasefire", None], {0: "i1", 1: "i1"}, (0, 0, 0)),
    "optional stance among required": (["ceasefire", None, "ceasefire"], {0: "i1", 1: "i2", 2: "i1"}, (1, 1, 1)),
}


@pytest.mark.parametrize("labels, first_issue, expected", GROUPING_CASES.values(), ids=GROUPING_CASES.keys())
def test_issue_grouping_pairs(labels, first_issue, expected):
    gold = [{"issue": "sanctions", "optional": True} if label is None else {"issue": label} for label in labels]
    score = grouping_pairs(gold, first_issue, None)
    assert (score.n_gold, score.tp_gold, score.n_pred) == expected
    assert score.tp_pred == score.tp_gold


# The grouping with the gold stances as the predictions (the figure's ceiling): each gold stance
# takes the first gold row whose holder, coarse polarity and label match it. Each case: gold
# stances as (holder, polarity, label, keywords, optional), expected (n_gold, tp, n_pred).
def _stance(actor, polarity, issue, keywords, optional=False):
    return {"actor": [actor], "polarity": polarity, "issue": issue, "issue_keywords": keywords, "optional": optional}


CEILING_CASES = {
    "one holder, a label holding the other's keyword: merged": (
        [_stance("union", "demand", "minimum wage of 500 dollars", ["wage", "minimum"]),
         _stance("union", "demand", "better wage offer", ["wage", "offer"])], (0, 0, 1)),
    "two holders: apart": (
        [_stance("union", "demand", "minimum wage of 500 dollars", ["wage", "minimum"]),
         _stance("ministry", "demand", "better wage offer", ["wage", "offer"])], (0, 0, 0)),
    "other coarse polarity: apart": (
        [_stance("union", "demand", "minimum wage of 500 dollars", ["wage", "minimum"]),
         _stance("union", "oppose", "wage freeze", ["wage", "freeze"])], (0, 0, 0)),
    "no shared keyword: apart": (
        [_stance("union", "demand", "housing allowance", ["housing", "allowance"]),
         _stance("union", "demand", "pay rise", ["pay", "rise"])], (0, 0, 0)),
    "one label, two holders: grouped": (
        [_stance("union", "demand", "pay rise", ["pay", "rise"]),
         _stance("teachers", "support", "pay rise", ["pay", "rise"])], (1, 1, 1)),
    "an optional row first still takes a later stance": (
        [_stance("union", "support", "strike over pay", ["strike"], optional=True),
         _stance("union", "support", "continuing the strike", ["strike", "continu"]),
         _stance("union", "support", "further strikes", ["strike", "further"])], (0, 0, 1)),
}


@pytest.mark.parametrize("stances, expected", CEILING_CASES.values(), ids=CEILING_CASES.keys())
def test_gold_label_grouping(stances, expected):
    score = gold_label_grouping(stances)
    assert (score.n_gold, score.tp_gold, score.n_pred) == expected


def test_issue_grouping_listing():
    """The per-pair listing (evaluate --pairs) names every pair that should share or does."""
    gold = [{"issue": "ceasefire"}, {"issue": "ceasefire"}, {"issue": "prisoners"}, {"issue": "talks"}]
    listing: list[str] = []
    grouping_pairs(gold, {0: "i1", 1: "i1", 2: "i1", 3: "i2"}, None, listing)
    assert [line.split(" issue grouping ")[1].split(":")[0] for line in listing] == ["TP", "FP (merged)", "FP (merged)"]
    assert listing[0].startswith("[0]/[1] ")
    listing.clear()
    grouping_pairs(gold, {0: "i1", 1: "i1", 2: "i1", 3: "i2"}, None, listing, {0: 0, 1: 1, 2: 0, 3: 2})
    assert [line.split(" issue grouping ")[1].split(":")[0] for line in listing] == [
        "TP", "FP (merged, one prediction)", "FP (merged)"]


# False merges counted by kind: gold stances 0 and 2 share their first prediction row (one
# prediction matching both), 1 and 2 are two rows on one issue id.
MERGE_CASES = {
    "one row matching two gold stances": ({0: "i1", 2: "i1"}, {0: 0, 2: 0}, {"one prediction": 1}),
    "two rows on one issue": ({1: "i1", 2: "i1"}, {1: 1, 2: 2}, {"two predictions": 1}),
    "both kinds": ({0: "i1", 1: "i1", 2: "i1"}, {0: 0, 1: 1, 2: 0}, {"one prediction": 1, "two predictions": 2}),
    "a right pair is no merge": ({0: "i1", 3: "i1"}, {0: 0, 3: 3}, {}),
    "no rows given, nothing counted": ({0: "i1", 2: "i1"}, None, {}),
}


@pytest.mark.parametrize("first_issue, first_row, expected", MERGE_CASES.values(), ids=MERGE_CASES.keys())
def test_issue_grouping_false_merges_by_kind(first_issue, first_row, expected):
    from collections import Counter

    gold = [{"issue": "ceasefire"}, {"issue": "prisoners"}, {"issue": "talks"}, {"issue": "ceasefire"}]
    merges: Counter = Counter()
    grouping_pairs(gold, first_issue, None, None, first_row, merges)
    assert dict(merges) == expected


# Issue keywords (gold README): a label matches when a word starts with a keyword; a keyword of
# several words or with a hyphen when the label holds its words in order, the last as a prefix.
KEYWORD_CASES = {
    "prefix of a word": ("recognition of occupied territories", ["territor"], True),
    "no word starts with it": ("the ceasefire", ["truce"], False),
    "inside a word is no match": ("the ceasefire", ["fire"], False),
    "hyphenated keyword": ("continuing the sit-in", ["sit-in"], True),
    "hyphenated keyword, last part a prefix": ("immediate cease-fires in Gaza", ["cease-fire"], True),
    "hyphenated keyword, first part must be whole": ("re-opening of the A-9 highway", ["re-open"], True),
    "hyphenated keyword, words apart": ("pre-war borders of 2014", ["pre-2014"], False),
    "several words, in order": ("a final peace deal", ["peace deal"], True),
    "several words, other order": ("a deal for peace", ["peace deal"], False),
    "several words, first one whole": ("stepping down of Assad", ["step down"], False),
    "several words, last one a prefix": ("the Geneva 1 communique", ["geneva 1"], True),
    "label over 12 words": ("a b c d e f g h i j k l ceasefire", ["ceasefire"], False),
}


@pytest.mark.parametrize("label, keywords, expected", KEYWORD_CASES.values(), ids=KEYWORD_CASES.keys())
def test_issue_keywords(label, keywords, expected):
    assert issue_matches(label, keywords) is expected


# Missed gold stances by cause: the predicted rows whose evidence is the gold stance's sentence
# tell why it was missed. Each case: the one predicted row (actor, polarity, issue, evidence).
SENTENCE = "Ukraine rejected the ceasefire proposal on Monday."
MISS_CASES = {
    "nothing from the sentence": (("ukraine", "Ukraine", "oppose", "tariffs", "Another sentence about trade."),
                                  "no stance from its sentence"),
    "the wrong holder": (("russia", "Russia", "oppose", "ceasefire proposal", SENTENCE), "wrong holder"),
    "the wrong label": (("ukraine", "Ukraine", "oppose", "proposal", SENTENCE), "wrong issue label"),
    "the wrong polarity": (("ukraine", "Ukraine", "consider", "ceasefire proposal", SENTENCE), "wrong polarity"),
    "holder and label wrong": (("russia", "Russia", "oppose", "Monday", SENTENCE), "several wrong"),
    "a part of the sentence is evidence enough": (("russia", "Russia", "oppose", "ceasefire", "rejected the ceasefire proposal"),
                                                  "wrong holder"),
}


@pytest.mark.parametrize("row, cause", MISS_CASES.values(), ids=MISS_CASES.keys())
def test_missed_stances_by_cause(tmp_path: Path, row, cause):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "d.json").write_text(json.dumps({
        "doc": "d.txt",
        "actors": [{"name": "Ukraine", "type": "GPE"}, {"name": "Russia", "type": "GPE"}],
        "stances": [{"actor": ["Ukraine"], "issue": "ceasefire", "issue_keywords": ["ceasefire"], "polarity": "oppose",
                     "evidence": [SENTENCE]}],
    }), encoding="utf-8")
    actor_id, name, polarity, issue, evidence = row
    write_tables(tmp_path / "out",
                 actors=[("ukraine", "Ukraine", "GPE", "", "", "", "d.txt"), ("russia", "Russia", "GPE", "", "", "", "d.txt")],
                 quotes=[],
                 stances=[("s1", "d.txt", actor_id, name, "i1", issue, polarity, "false", "", "", evidence, 0, 1, "", "")])
    ev = evaluate(tmp_path / "out", gold_dir)
    assert ev.stances.tp_gold == 0
    assert {c: n for c, n in ev.missed.items() if n} == {cause: 1}
    assert ev.as_dict()["missed_stances_by_cause"][cause] == 1


# Own-sentence grouping (a diagnosis beside the README's figure): two gold stances of Ukraine with
# different labels, "recognition of occupied territories" and "territorial concessions" (both with
# the keyword "territor"). The first predicted row matches both; a later row from the second gold
# stance's own sentence matches it on another issue. Each case: the rows after the first one
# (issue_id, label, evidence), the README's (n_pred, tp_pred) pairs, the own-sentence ones, and
# the merges by one prediction that the own-sentence rows keep apart.
RECOGNITION = "Ukraine rejected any recognition of occupied territories."
CONCESSIONS = "Ukraine would not cede any territory to Russia."
OWN_SENTENCE_CASES = {
    "own-sentence row on another issue": ([("i2", "territory", CONCESSIONS)], (1, 0), (0, 0), 1),
    "own-sentence row on the same issue": ([("i1", "territories", CONCESSIONS)], (1, 0), (1, 0), 0),
    "later row from another sentence": ([("i2", "territory", "Kyiv spoke on Monday.")], (1, 0), (1, 0), 0),
    "no later row (control)": ([], (1, 0), (1, 0), 0),
}


@pytest.mark.parametrize("later, readme, own, kept_apart", OWN_SENTENCE_CASES.values(), ids=OWN_SENTENCE_CASES.keys())
def test_own_sentence_grouping(tmp_path: Path, later, readme, own, kept_apart):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "d.json").write_text(json.dumps({
        "doc": "d.txt",
        "actors": [{"name": "Ukraine", "type": "GPE"}],
        "stances": [{"actor": ["Ukraine"], "issue": "recognition of occupied territories", "polarity": "oppose",
                     "issue_keywords": ["recogni", "territor"], "evidence": [RECOGNITION]},
                    {"actor": ["Ukraine"], "issue": "territorial concessions", "polarity": "oppose",
                     "issue_keywords": ["territor", "concession"], "evidence": [CONCESSIONS]}],
    }), encoding="utf-8")
    rows = [("i1", "recognition of occupied territories", RECOGNITION)] + later
    write_tables(tmp_path / "out", actors=[("ukraine", "Ukraine", "GPE", "", "", "", "d.txt")], quotes=[],
                 stances=[(f"s{n}", "d.txt", "ukraine", "Ukraine", issue_id, label, "oppose", "false", "", "", evidence,
                           0, 1, "", "") for n, (issue_id, label, evidence) in enumerate(rows)])
    ev = evaluate(tmp_path / "out", gold_dir)
    assert (ev.grouping.n_pred, ev.grouping.tp_pred) == readme
    assert (ev.grouping_own.n_pred, ev.grouping_own.tp_pred) == own
    assert ev.merges["one prediction"] == 1
    assert ev.as_dict()["issue_grouping_false_merges"]["one prediction, own-sentence row on another issue"] == kept_apart
