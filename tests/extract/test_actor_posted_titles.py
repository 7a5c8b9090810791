"""Titles that name a post with "to" or "for" <state or body>: "Ambassador to the United
Nations Nikki Haley", "the U.S. envoy to Syria James Jeffrey", "Special Envoy for Yemen X". The
name after such a title is a person whatever the model tagged it; the state or body after "to"
or "for" is kept in the role and is never the person's affiliation (that is the state before the
title, or after "of"): ``posted_heads`` in roles.toml, ``POST_PREPS`` in grammar.py,
``names_after_title`` (names.py) and ``_title_tokens_left`` (roles.py).

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_actors import actors_of, find


def _case(text, name, role, affiliation, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, name, role, affiliation, marks=marks, id=text[:60])


POSTED = [
    _case("Ambassador to the United Nations Lena Marsh told the council it must act.",
          "Lena Marsh", "Ambassador to the United Nations", None),
    _case("British Ambassador to the United States Colin Harwood wrote that the talks had stalled.",
          "Colin Harwood", "Ambassador to the United States", "United Kingdom"),
    _case("The talks were led by the U.S. envoy to Syria Walter Brandt, who asked for a ceasefire.",
          "Walter Brandt", "envoy to Syria", "United States"),
    _case("Special Representative to Afghanistan Omar Latif met the delegation in Doha.",
          "Omar Latif", "Special Representative to Afghanistan", None),
    _case("Permanent Representative of France to the UN Pierre Valmont called for a vote.",
          "Pierre Valmont", "Permanent Representative to the UN", "France"),
    _case("China's ambassador to the United Nations Li Wenhao said Beijing opposed the sanctions.",
          "Li Wenhao", "ambassador to the United Nations", "China"),
    _case("Russian Ambassador to the UN Oleg Vetrov rejected the draft resolution.",
          "Oleg Vetrov", "Ambassador to the UN", "Russia"),
    _case("U.S. Ambassador to Israel Daniel Ferris said the embassy would stay open.",
          "Daniel Ferris", "Ambassador to Israel", "United States"),
    _case("German Ambassador to Ukraine Martina Vogel said Berlin would send more aid.",
          "Martina Vogel", "Ambassador to Ukraine", "Germany"),
    _case("Iran's envoy to the International Atomic Energy Agency Reza Kermani denied the report.",
          "Reza Kermani", "envoy to the International Atomic Energy Agency", "Iran"),
    _case("Iran's ambassador to the UN, Reza Kermani, denied the report.",
          "Reza Kermani", "ambassador to the UN", "Iran"),
    # "for" names the post as "to" does
    _case("Special Envoy for Yemen Hugo Lindqvist urged both sides to extend the truce.",
          "Hugo Lindqvist", "Special Envoy for Yemen", None),
    _case("UN special envoy for Syria Anders Holm said the committee would meet again.",
          "Anders Holm", "special envoy for Syria", "United Nations"),
    # the title set off after the name
    _case("Colin Harwood, Britain's ambassador to the United States, said the talks had stalled.",
          "Colin Harwood", "ambassador to the United States", "United Kingdom"),
    _case("Lena Marsh, the U.S. ambassador to the United Nations, told the council it must act.",
          "Lena Marsh", "ambassador to the United Nations", "United States"),
    _case("Turkey's delegate to NATO Emre Aydin said Ankara would not block the bid.",
          "Emre Aydin", "delegate to NATO", "Turkey"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), POSTED)
def test_a_posted_title_gives_a_person_with_the_post_in_the_role(base_nlp, lexicon, text, name, role, affiliation):
    _, table = actors_of(base_nlp, lexicon, text)
    _, actor = find(table, name)
    assert actor.type == "PERSON"
    assert actor.role == role
    if affiliation is None:
        assert actor.affiliation < 0
    else:
        assert actor.affiliation >= 0 and table.actors[actor.affiliation].name == affiliation


NO_PERSON = [
    # a title with its post but no name: no person
    "The ambassador to the UN said the council must act.",
    "The U.S. envoy to Syria said Washington wanted a ceasefire.",
    "Washington sent an envoy to Syria on Monday to press for a ceasefire.",
    "The cabinet named a new ambassador to Germany last week, officials said.",
    "Washington named a special envoy for Yemen on Monday.",
    # "to the United Nations" with no title before it
    "The road to the United Nations was long, the minister said.",
    "Kenya sent a letter to the United Nations Security Council on Monday.",
    # a title head that names no post: "to" is a verb's or a noun's, not the title's
    "The president spoke to the United Nations General Assembly on Tuesday.",
]


@pytest.mark.parametrize("text", NO_PERSON, ids=[t[:60] for t in NO_PERSON])
def test_no_person_without_a_name_after_the_post(base_nlp, lexicon, text):
    _, table = actors_of(base_nlp, lexicon, text)
    assert [a.name for a in table.actors if a.type == "PERSON"] == []


def test_the_post_is_not_the_affiliation_of_an_untitled_state(base_nlp, lexicon):
    # the state or body after "to" stays an actor of its own, not the person's side
    _, table = actors_of(base_nlp, lexicon, "Ambassador to Germany Mark Delaney criticised the pipeline deal.")
    _, actor = find(table, "Mark Delaney")
    assert actor.role == "Ambassador to Germany"
    assert actor.affiliation < 0
