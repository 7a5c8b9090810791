"""Which capitalised words are actors: a known name inside a longer one, a party name made of
title words, a common word capitalised because it opens its sentence."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table


def names_of(base_nlp, lexicon, text):
    return [a.name for a in extract_actor_table(base_nlp(text), lexicon).actors]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Observers say the ruling African National Congress wants a deal with the unions.", "Congress"),
        ("Wen Jiabao addressed the opening of the National People's Congress on Monday.", "Congress"),
        ("The Indian National Congress rejected the farm laws.", "Congress"),
        ("Lawmakers of the Maryland General Assembly approved the budget.", "UN General Assembly"),
        ("The former governor of New Mexico endorsed the plan.", "Mexico"),
        ("The ruling was about a post shared by Facebook Ireland Limited.", "Ireland"),
    ],
    ids=["african-national-congress", "possessive-inside-name", "indian-national-congress",
         "state-assembly", "new-mexico", "company-of-a-country"],
)
def test_known_name_ending_a_longer_name_is_not_that_actor(base_nlp, lexicon, text, absent):
    assert absent not in names_of(base_nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The U.S. Congress rejected the deal.", "Congress"),
        ("Although Trump's State Department asked for a delay, the court ruled.", "State Department"),
        ("The Kremlin rejected the proposal on Friday.", "Russia"),
    ],
    ids=["alias-with-prefix", "owner-before-a-known-name", "metonym"],
)
def test_known_name_alone_is_kept(base_nlp, lexicon, text, present):
    assert present in names_of(base_nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Jeremy Corbyn said his Labour Party wants an election.", "Labour Party"),
        ("The Labour Party wants an early election.", "Labour Party"),
        ("The Opposition Party said it rejects the deal.", "Opposition Party"),
    ],
    ids=["possessed-party", "party-subject", "opposition-party"],
)
def test_party_of_title_words_is_an_organisation(base_nlp, lexicon, text, present):
    assert present in names_of(base_nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("U.S. Secretary of State Marco Rubio said talks would go on.", "State"),
        ("National Security Adviser Mike Waltz said talks would go on.", "National Security"),
        ("The envoy told CNN's State of the Union program that the offer still stands.", "State of the Union"),
        ("Britain held a referendum on whether to remain part of the European union.", "European union"),
    ],
    ids=["secretary-of-state", "security-adviser", "programme", "lower-case-head"],
)
def test_title_words_cut_out_of_a_title_are_no_organisation(base_nlp, lexicon, text, absent):
    assert absent not in names_of(base_nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Time is running out at the peace talks in Kampala. The mediators say time is short.", "Time"),
        ("Photographs show the damage to the building. The photographs were taken on Monday.", "Photographs"),
    ],
    ids=["time", "plural-noun"],
)
def test_common_word_opening_a_sentence_is_no_actor(base_nlp, lexicon, text, absent):
    assert absent not in names_of(base_nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Trump has threatened to impose new tariffs on Chinese goods.", "Trump"),
        ("Guterres stressed the importance of an immediate ceasefire.", "Guterres"),
        ("Rice met the Lebanese prime minister. Rice said a ceasefire was near.", "Rice"),
    ],
    ids=["trump", "guterres", "rice"],
)
def test_name_opening_a_sentence_is_kept(base_nlp, lexicon, text, present):
    """The tagger reads these as common nouns; nothing in the text writes them in lower case."""
    assert present in names_of(base_nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“The Vice President said that President [Joe] Biden has no higher priority,” according to a readout.", "Joe Biden"),
        ("“We thank [Bashar al-]Assad's envoy for the talks,” he said. Bashar al-Assad did not reply.", "Bashar al-Assad"),
        ("“[Prime Minister Narendra] Modi announced the lockdown,” the report said.", "Narendra Modi"),
    ],
    ids=["given-name-inserted", "inserted-before-surname", "title-and-name-inserted"],
)
def test_editorial_brackets_are_no_part_of_a_name(base_nlp, lexicon, text, name):
    names = names_of(base_nlp, lexicon, text)
    assert name in names and not any("[" in n or "]" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Trump said tariffs were not off the table.", "Trump"),
        ("Brown rejected the offer on Monday.", "Brown"),
        ("The trump card is gone. Trump said tariffs were not off the table.", "Trump"),
    ],
    ids=["said", "rejected", "said-beside-the-common-word"],
)
def test_surname_read_as_a_common_noun_that_speaks_is_kept(base_nlp, lexicon, text, present):
    """As the subject of a verb of saying or of a stance a word the tagger reads as a common noun
    is a name, even where the text writes the common word in lower case too."""
    assert present in names_of(base_nlp, lexicon, text)
