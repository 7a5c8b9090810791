"""Extraction speed, fifth round (issue 11): a text none of whose words can open a non-actor
phrase is not scanned with the phrases' pattern (nonactors._phrase_ranges); the places found are
always those of the pattern's full scan (each case its own test)."""

from __future__ import annotations

import pytest

PHRASES = ("buenas tardes", "gracias", "merci beaucoup", "as-salamu alaykum", "ni hao", "danke schön", "shalom")

TEXTS = [
    "The talks resumed in Geneva on Monday.",
    "“Buenas tardes,” the envoy said, and the delegates answered: GRACIAS.",
    "He thanked them, merci\nbeaucoup, and left.",
    "Ni   hao, said the minister, as-salamu alaykum.",
    "Danke schön, said the chancellor.",
    "Shalomville is a town; the gracias-style answer is no phrase.",
    "A ſhalom written with a long s still matches the case-insensitive pattern.",
    "Dotless ı and İstanbul: the text is scanned in full.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_places_are_those_of_the_full_scan(text):
    from pipeline.extract.nonactors import _phrase_pattern, _phrase_ranges

    assert _phrase_ranges(text, PHRASES) == [m.span() for m in _phrase_pattern(PHRASES).finditer(text)]


def test_no_phrases_no_places():
    from pipeline.extract.nonactors import _phrase_ranges

    assert _phrase_ranges("Gracias.", ()) == []


@pytest.mark.parametrize("phrase, word", [("buenas tardes", "buenas"), ("danke schön", "danke"), ("ni hao", "hao"),
                                          ("días", ""), ("as-salamu alaykum", "as-salamu")])
def test_the_needed_word_is_the_longest_ascii_word(phrase, word):
    from pipeline.extract.nonactors import _needed_words

    assert _needed_words((phrase,)) == (word,)
