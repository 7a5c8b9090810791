"""Folding of issue variants inside one negotiation, by kind of variation (pipeline/issues.py,
models/taxonomy.toml): what a concession gives up, the talks whichever session, the format of
talks, a hyphenated modifier as one word. Each wording is its own case against the family's
reference label; wordings that must stay apart; known failures as strict xfail with their reason."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.issues import fold_issues


def _joined(model, *labels: str) -> bool:
    folded = fold_issues(Counter({label: 1 for label in labels}), model)
    return len({folded[label] for label in labels}) == 1


def _cases(families: dict[str, list]):
    for reference, wordings in families.items():
        for wording in wordings:
            if isinstance(wording, str):
                yield pytest.param(reference, wording, id=f"{reference} ~ {wording}")
            else:
                yield pytest.param(reference, *wording.values, marks=wording.marks,
                                   id=f"{reference} ~ {wording.values[0]}")


def _xfail(wording: str, reason: str):
    return pytest.param(wording, marks=pytest.mark.xfail(reason=reason, strict=True))


# A concession is the giving up of what it names: "will not cede any territory" (labelled
# "territory", the thing at stake) and "insists on territorial concessions" are one issue.
CONCESSIONS = {
    "territory": [
        "territorial concessions", "concessions on territory", "concession of territory",
        "territorial concession", "concessions over territory", "any territorial concessions",
        "territories", "concessions of territories", "territorial concessions to Russia",
        "major territorial concessions", "painful concessions on territory", "significant territorial concessions",
    ],
    "tariffs": [
        "tariff concessions", "concessions on tariffs", "concession on tariffs",
    ],
    "sovereignty": [
        "concessions on sovereignty", "sovereignty concessions",
    ],
}


@pytest.mark.parametrize("reference, wording", list(_cases(CONCESSIONS)))
def test_a_concession_is_on_what_it_gives_up(issue_model, reference, wording):
    assert _joined(issue_model, reference, wording)


@pytest.mark.parametrize("a, b", [
    ("concessions to Russia", "Russia"),            # who gets them, not what
    ("concessions from the government", "government"),
    ("territorial concessions", "tariff concessions"),
    ("territorial concessions", "recognition of occupied territories"),
    ("concessions", "territory"),                   # a bare concession names nothing given up
    ("painful concessions", "painful"),             # how hard, not what
    ("significant concessions", "territory"),
    ("unilateral concessions", "unilateral withdrawal"),
])
def test_concessions_stay_apart_from_what_they_do_not_give_up(issue_model, a, b):
    assert not _joined(issue_model, a, b)


# Talks are the negotiation's talks whichever session: "first", "next", "second round" place a
# meeting in a sequence, they do not make another issue. A hyphenated modifier ("working-level")
# is one word of the label.
TALKS = {
    "working-level nuclear talks with the United States": [
        "first formal negotiations", "talks", "next talks", "the negotiations", "first talks",
        "second round of negotiations", "dialogue", "first-ever negotiations", "nuclear talks",
        "working-level talks",
    ],
    "round of peace talks": [
        "first round of peace talks", "second round of peace talks", "next round of peace talks",
        "another round of peace talks", "third round of peace negotiations",
    ],
    "direct talks": [
        "face-to-face talks", "direct negotiations", "face to face talks", "first direct talks",
        "face-to-face meeting", "direct dialogue", "face-to-face meetings",
        # a joint meeting of the parties is one they hold together, in one room ("their first-ever
        # joint meeting"), as against a mediator meeting each side apart
        "joint meeting", "first-ever joint meeting", "joint meetings",
    ],
}


@pytest.mark.parametrize("reference, wording", list(_cases(TALKS)))
def test_the_talks_whichever_session(issue_model, reference, wording):
    assert _joined(issue_model, reference, wording)


@pytest.mark.parametrize("a, b", [
    ("direct talks", "indirect talks"),             # the format is what is at stake
    ("face-to-face talks", "proximity talks"),
    ("direct talks", "peace talks with the opposition"),
    ("first phase of the deal", "second phase of the deal"),  # a phase is no meeting
    ("first phase", "second phase"),
    ("direct flights", "charter flights"),
    ("talks on sanctions relief", "talks on security guarantees"),
    ("first round of talks on trade", "second round of talks on security"),
    ("joint meeting", "indirect talks"),
    ("joint meeting", "proximity talks"),
    ("direct negotiation with the government", "indirect negotiation with the government"),
])
def test_talks_of_another_format_or_topic_stay_apart(issue_model, a, b):
    assert not _joined(issue_model, a, b)


# the direct talks a party refuses with a named other ("will not negotiate directly with the
# government", labelled with its kind by extraction) are the direct talks the article names bare
@pytest.mark.parametrize("bare", ["direct talks", "joint meeting", "first-ever joint meeting", "face-to-face meeting"])
def test_bare_direct_talks_join_the_direct_talks_with_a_party(issue_model, bare):
    assert _joined(issue_model, "direct negotiation with the Syrian government", bare)


# a bare label joins a more specific one only when that is the one it could mean: with talks of
# another format or topic beside them, the talks and the direct talks are two issues
@pytest.mark.parametrize("other", ["peace talks with the opposition", "indirect talks", "talks on prisoners"])
def test_direct_talks_are_not_the_talks_when_other_talks_are_there(issue_model, other):
    folded = fold_issues(Counter({"talks": 2, "direct talks": 1, other: 1}), issue_model)
    assert folded["talks"] != folded["direct talks"]


def test_the_display_of_a_concession_issue_is_its_shortest_full_form(issue_model):
    folded = fold_issues(Counter({"territorial concessions": 2, "territory": 1}), issue_model)
    assert folded["territorial concessions"] == folded["territory"] == "territory"


@pytest.fixture(scope="module")
def placed_model(issue_model, lexicon):
    from pipeline.issues import place_forms, with_places

    return with_places(issue_model, place_forms(lexicon.gazetteer))


# A state's name, written as any of its names in the gazetteer, is one word of the key ("U.S.",
# "US", "United States", "America"); a possessive or a complement names the same argument
# ("Ukraine's sovereignty", "sovereignty of Ukraine"). Demonyms are not read as the state (see
# ``place_forms``): "Ukrainian sovereignty" stays its own wording.
PLACES = {
    "sanctions by the United States": [
        "U.S. sanctions", "US sanctions", "United States sanctions", "sanctions of the U.S.",
        "America's sanctions", "USA sanctions",
    ],
    "withdrawal of U.S. troops": [
        "US troop withdrawal", "withdrawal of United States troops", "pullout of US forces",
        "U.S. troop pullout",
    ],
    "sovereignty of Ukraine": [
        "Ukraine's sovereignty", "sovereignty", "Ukraine sovereignty",
        _xfail("Ukrainian sovereignty", "demonyms are not read as the state"),
    ],
    "talks with the United Kingdom": [
        "talks with Britain", "talks with the UK", "negotiations with Great Britain", "U.K. talks",
    ],
}


@pytest.mark.parametrize("reference, wording", list(_cases(PLACES)))
def test_names_of_one_state_are_one_word_of_the_key(placed_model, reference, wording):
    assert _joined(placed_model, reference, wording)


@pytest.mark.parametrize("a, b", [
    ("talks with us", "talks with the United States"),  # a pronoun is no state: case counts
    ("US sanctions", "UK sanctions"),
    ("sovereignty of Ukraine", "sovereignty of Russia"),
    ("withdrawal of U.S. troops", "withdrawal of Russian troops"),
])
def test_names_of_different_states_stay_apart(placed_model, a, b):
    assert not _joined(placed_model, a, b)


def test_a_bare_label_beside_two_states_joins_neither(placed_model):
    folded = fold_issues(Counter({"sovereignty": 1, "Ukraine's sovereignty": 1, "Russia's sovereignty": 1}), placed_model)
    assert len(set(folded.values())) == 3


# Taking up again or keeping what was there is a position on it, in the same sense ("will resume
# security assistance" supports the assistance); lifting or suspending it turns it round.
ASPECTS = {
    "security assistance": [
        "resumption of security assistance", "resuming security assistance", "continuation of security assistance",
        "continuing security assistance", "renewal of security assistance", "restoration of security assistance",
        "resuming of security assistance", "the resumption of the security assistance",
    ],
    "pre-2014 borders": [
        "restoration of pre-2014 borders", "restoring pre-2014 borders", "goal of restoring the pre-2014 borders",
    ],
    "peace talks": [
        "resumption of peace talks", "resuming peace talks", "continuation of peace talks",
        "renewal of peace negotiations",
    ],
}


@pytest.mark.parametrize("reference, wording", list(_cases(ASPECTS)))
def test_taking_up_again_is_a_position_on_the_thing(issue_model, reference, wording):
    assert _joined(issue_model, reference, wording)


@pytest.mark.parametrize("a, b", [
    ("security assistance", "suspension of security assistance"),
    ("sanctions", "lifting of sanctions"),
    ("resumption of security assistance", "resumption of talks"),
    ("talks", "suspension of talks"),
])
def test_turning_round_stays_apart(issue_model, a, b):
    assert not _joined(issue_model, a, b)


# The fighting stopped, in any wording, is a ceasefire (taxonomy synonyms); an article does not
# change the phrase ("halt to the fighting").
CEASEFIRE = {
    "ceasefire": [
        "truce", "cessation of hostilities", "halt of fighting", "halt to the fighting", "end of hostilities",
        "suspension of hostilities", "halt to hostilities", "end to the hostilities", "stopping of fighting",
        "cease-fire", "a halt to the fighting", "suspension of the fighting",
    ],
}


@pytest.mark.parametrize("reference, wording", list(_cases(CEASEFIRE)))
def test_the_fighting_stopped_is_a_ceasefire(issue_model, reference, wording):
    assert _joined(issue_model, reference, wording)


@pytest.mark.parametrize("a, b", [
    ("ceasefire", "end of war"),                    # the war's end is peace, not a pause
    ("ceasefire", "halt of drilling"),
    ("halt of fighting", "resumption of fighting"),
    ("ceasefire", "end of occupation"),
])
def test_other_ends_and_halts_are_no_ceasefire(issue_model, a, b):
    assert not _joined(issue_model, a, b)


# Each side of one deal or of one round of talks (stance labels name the other party: see
# tests/extract/test_issue_partner_side.py): a side's wordings fold into one issue, the two
# sides stay two (the gold labels each side apart), and a bare label beside both joins neither.
SIDES = {
    "agreement with Syrian Democratic Forces": [
        "deal with the Syrian Democratic Forces", "accord with Syrian Democratic Forces",
        "the agreement with the Syrian Democratic Forces",
    ],
    "talks with Salva Kiir": [
        "negotiations with Salva Kiir", "dialogue with Salva Kiir", "the talks with Salva Kiir",
    ],
}


@pytest.mark.parametrize("reference, wording", list(_cases(SIDES)))
def test_one_side_of_a_deal_is_one_issue(issue_model, reference, wording):
    assert _joined(issue_model, reference, wording)


@pytest.mark.parametrize("a, b", [
    ("agreement with Syrian Democratic Forces", "agreement with government of Syria"),
    ("talks with Salva Kiir", "talks with rebel leader Riek Machar"),
    ("ceasefire with Ukraine", "ceasefire with Russia"),
    ("peace deal with Armenia", "peace deal with Azerbaijan"),
])
def test_the_two_sides_of_a_deal_stay_apart(issue_model, a, b):
    assert not _joined(issue_model, a, b)


def test_a_bare_label_beside_both_sides_joins_neither(issue_model):
    sides = ("agreement with Syrian Democratic Forces", "agreement with government of Syria")
    folded = fold_issues(Counter({"agreement": 1, **{side: 1 for side in sides}}), issue_model)
    assert folded["agreement"] == "agreement"
