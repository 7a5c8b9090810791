"""Folding of issue wordings (issue 13 item 2; pipeline/issues.py, models/taxonomy.toml [fold]):
a verb or its gerund opening a label with its object reads as its action (`verbs`, `noun_verbs`),
taking up, returning to, starting or holding something is a position on it (`wrappers`, "return
to" among the synonyms), number words are digits and a counted noun is singular (`numbers`),
ending, halting and terminating are one end, lifting and easing sanctions are sanctions relief,
and demonstratives, "new", "further", "proposed" change nothing (`weak_modifiers`).

Each family: wordings whose key is the reference's (same head, same modifiers), each its own
case. Then pairs that must stay apart, and words that stay nouns without a determiner."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from pipeline.issues import fold_issues, issue_key, stem

# the families: a reference label and the wordings whose key is its key
WORDINGS = Path(__file__).resolve().parent / "fixtures" / "issue_wordings.toml"
FAMILIES = {f["reference"]: f["wordings"] for f in tomllib.loads(WORDINGS.read_text(encoding="utf-8"))["family"]}


def _cases():
    for reference, wordings in FAMILIES.items():
        for wording in wordings:
            yield pytest.param(reference, wording, id=f"{reference} ~ {wording}")


@pytest.mark.parametrize("reference, wording", list(_cases()))
def test_wordings_read_as_one_key(issue_model, reference, wording):
    assert issue_key(wording, issue_model) == issue_key(reference, issue_model)


@pytest.mark.parametrize("reference, wording", list(_cases()))
def test_wordings_fold_beside_a_more_specific_issue(issue_model, reference, wording):
    # with a more specific issue of the head in the negotiation, a bare reference joins it and the
    # wording goes with the reference (a wording keyed apart would block the chain)
    wider = f"{reference} in the north"
    folded = fold_issues(Counter({reference: 1, wording: 1, wider: 1}), issue_model)
    assert folded[wording] == folded[reference]


# wordings of different things: one of each pair must not take the other's issue
APART = [
    ("end of war", "war"),
    ("ending the war", "war"),
    ("lifting of sanctions", "sanctions"),
    ("lift sanctions", "impose sanctions"),
    ("lifting of sanctions", "imposition of sanctions"),
    ("new sanctions", "lifting of sanctions"),
    ("return of refugees", "return to talks"),
    ("return of refugees", "refugees"),
    ("withdraw troops", "deploy troops"),
    ("ceasefire of 30 days", "ceasefire of 60 days"),
    ("six-week truce", "six-month truce"),
    ("thirty-day ceasefire", "3-day ceasefire"),
    ("end of war", "halt to the fighting"),
    ("release the prisoners", "free the hostages"),
    ("resuming talks", "suspending talks"),
    ("start of talks", "end of talks"),
    ("ending the strike", "strike"),
    ("free the hostages", "exchange of prisoners"),
    ("recognize occupied territories", "cede occupied territories"),
    ("hold elections", "postponement of elections"),
    # one synonym is no licence for its neighbours: aid of another kind, a release is no exchange
    ("humanitarian assistance", "security assistance"),
    ("humanitarian aid", "military aid"),
    ("prisoner swap", "release of prisoners"),
    ("missile tests", "nuclear tests"),
    ("diplomatic ties", "trade ties"),
]


@pytest.mark.parametrize("a, b", APART, ids=[f"{a} / {b}" for a, b in APART])
def test_different_things_stay_apart(issue_model, a, b):
    folded = fold_issues(Counter({a: 1, b: 1}), issue_model)
    assert folded[a] != folded[b]


# a word that is a verb or a noun (or adjective) reads as a verb only before a determiner: without
# one it is a modifier of the head noun, which stays the head
NOUN_FIRST = [
    ("free trade", "trade"), ("free elections", "elections"), ("release date", "date"), ("end date", "date"),
    ("open talks", "talks"), ("return flights", "flights"), ("exchange rate", "rate"), ("cut-off date", "date"),
    ("signing ceremony", "ceremony"), ("holding company", "company"), ("starting point", "point"),
]


@pytest.mark.parametrize("label, head", NOUN_FIRST, ids=[label for label, _ in NOUN_FIRST])
def test_a_noun_verb_without_determiner_stays_a_modifier(issue_model, label, head):
    assert issue_key(label, issue_model).head == stem(head)


@pytest.fixture(scope="module")
def bodies_model(issue_model, lexicon):
    from pipeline.issues import place_forms, with_places

    return with_places(issue_model, place_forms(lexicon.gazetteer))


# An international organisation (gazetteer tag `io`), written as any of its names, is one word of
# the key, as a state is ("EU", "E.U.", "European Union")
BODIES = {
    "sanctions by the European Union": [
        "EU sanctions", "E.U. sanctions", "European Union sanctions", "sanctions of the EU",
        "the EU's sanctions",
    ],
    "membership of NATO": [
        "NATO membership", "Nato membership", "membership in the North Atlantic Treaty Organization",
        "membership of the North Atlantic Treaty Organisation",
    ],
    "resolution of the United Nations": ["UN resolution", "U.N. resolution", "United Nations resolution"],
    "inspections by the IAEA": ["International Atomic Energy Agency inspections", "IAEA inspections"],
}


@pytest.mark.parametrize("reference, wording", [pytest.param(r, w, id=f"{r} ~ {w}") for r, ws in BODIES.items()
                                                for w in ws])
def test_names_of_one_body_are_one_word_of_the_key(bodies_model, reference, wording):
    assert issue_key(wording, bodies_model) == issue_key(reference, bodies_model)


@pytest.mark.parametrize("a, b", [
    ("EU sanctions", "UN sanctions"), ("NATO membership", "EU membership"), ("AU troops", "UN troops"),
    ("who is responsible", "WHO"),  # case counts: a pronoun is no body
])
def test_names_of_different_bodies_stay_apart(bodies_model, a, b):
    assert issue_key(a, bodies_model) != issue_key(b, bodies_model)
