"""The red-line constructions of round 5 pinned on parses written out by hand (so each case is the
attachment at stake, whatever the model does): red lines listed after a colon or named by example
("including", "such as": ``forms.listed_red_lines``), "a line in the sand" as a red-line noun (``forms.is_red_line_noun``),
a clause of stopping read as a noun phrase (``forms.stopped_activity``) and a threat to leave
talks (``forms.walkout_threat``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extract.stance import forms

VOCAB = spacy.blank("en").vocab


def _doc(words):
    """Each word: (text, head index, dep, pos[, lemma])."""
    return Doc(VOCAB, words=[w[0] for w in words], heads=[w[1] for w in words], deps=[w[2] for w in words],
               pos=[w[3] for w in words], lemmas=[w[4] if len(w) > 4 else w[0].lower() for w in words])


# "Unite set out its red lines: no job cuts and no pay freeze." (the items apposed to the lines)
LINES_APPOSED = [
    ("Unite", 1, "nsubj", "PROPN"), ("set", 1, "ROOT", "VERB"), ("out", 1, "prt", "ADP"),
    ("its", 5, "poss", "PRON"), ("red", 5, "amod", "ADJ"), ("lines", 1, "dobj", "NOUN"),
    (":", 5, "punct", "PUNCT"), ("no", 9, "det", "DET"), ("job", 9, "compound", "NOUN"),
    ("cuts", 5, "appos", "NOUN"), ("and", 9, "cc", "CCONJ"), ("no", 13, "det", "DET"),
    ("pay", 13, "compound", "NOUN"), ("freeze", 9, "conj", "NOUN"), (".", 1, "punct", "PUNCT"),
]
# "Iran's red lines were clear: no limits." (a short clause of the lines before the colon)
LINES_WERE_CLEAR = [
    ("Iran", 3, "poss", "PROPN"), ("'s", 0, "case", "PART"), ("red", 3, "amod", "ADJ"),
    ("lines", 4, "nsubj", "NOUN"), ("were", 4, "ROOT", "AUX", "be"), ("clear", 4, "acomp", "ADJ"),
    (":", 4, "punct", "PUNCT"), ("no", 8, "det", "DET"), ("limits", 3, "appos", "NOUN"), (".", 4, "punct", "PUNCT"),
]
# "Its red line: Israel must leave." (a clause after the colon lists nothing)
LINE_THEN_CLAUSE = [
    ("Its", 2, "poss", "PRON"), ("red", 2, "amod", "ADJ"), ("line", 6, "dep", "NOUN"), (":", 6, "punct", "PUNCT"),
    ("Israel", 6, "nsubj", "PROPN"), ("must", 6, "aux", "AUX"), ("leave", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT"),
]
# "Hamas drew red lines on the map of Gaza: no talks." (a noun before the colon: no list of the lines)
LINES_THEN_NOUNS = [
    ("Hamas", 1, "nsubj", "PROPN"), ("drew", 1, "ROOT", "VERB", "draw"), ("red", 3, "amod", "ADJ"),
    ("lines", 1, "dobj", "NOUN"), ("on", 3, "prep", "ADP"), ("the", 6, "det", "DET"), ("map", 4, "pobj", "NOUN"),
    ("of", 6, "prep", "ADP"), ("Gaza", 7, "pobj", "PROPN"), (":", 1, "punct", "PUNCT"), ("no", 11, "det", "DET"),
    ("talks", 1, "dobj", "NOUN"), (".", 1, "punct", "PUNCT"),
]

# "Iran set out its red lines for the talks, including sanctions relief." ("including" hung from
# the lines' own complement)
LINES_INCLUDING = [
    ("Iran", 1, "nsubj", "PROPN"), ("set", 1, "ROOT", "VERB"), ("out", 1, "prt", "ADP"),
    ("its", 5, "poss", "PRON"), ("red", 5, "amod", "ADJ"), ("lines", 1, "dobj", "NOUN"),
    ("for", 5, "prep", "ADP"), ("the", 8, "det", "DET"), ("talks", 6, "pobj", "NOUN"), (",", 8, "punct", "PUNCT"),
    ("including", 8, "prep", "VERB"), ("sanctions", 12, "compound", "NOUN"), ("relief", 10, "pobj", "NOUN"),
    (".", 1, "punct", "PUNCT"),
]
# "Moscow calls these its red lines, such as expansion and missiles." (the lines the verb's object
# complement; "such as" on the noun)
LINES_SUCH_AS = [
    ("Moscow", 1, "nsubj", "PROPN"), ("calls", 1, "ROOT", "VERB", "call"), ("these", 1, "dobj", "PRON"),
    ("its", 5, "poss", "PRON"), ("red", 5, "amod", "ADJ"), ("lines", 1, "oprd", "NOUN"), (",", 5, "punct", "PUNCT"),
    ("such", 8, "amod", "ADJ"), ("as", 5, "prep", "ADP"), ("expansion", 8, "pobj", "NOUN"), ("and", 9, "cc", "CCONJ"),
    ("missiles", 9, "conj", "NOUN"), (".", 1, "punct", "PUNCT"),
]
# "Expansion crosses its red lines, including deployments." (lines crossed: not the crosser's)
LINES_CROSSED_INCLUDING = [
    ("Expansion", 1, "nsubj", "NOUN"), ("crosses", 1, "ROOT", "VERB", "cross"), ("its", 4, "poss", "PRON"),
    ("red", 4, "amod", "ADJ"), ("lines", 1, "dobj", "NOUN"), (",", 4, "punct", "PUNCT"),
    ("including", 4, "prep", "VERB"), ("deployments", 6, "pobj", "NOUN"), (".", 1, "punct", "PUNCT"),
]
# "Iran set out its red lines, including at the talks." ("including" hung from the verb: no example
# of the lines)
LINES_INCLUDING_ON_VERB = [
    ("Iran", 1, "nsubj", "PROPN"), ("set", 1, "ROOT", "VERB"), ("out", 1, "prt", "ADP"),
    ("its", 5, "poss", "PRON"), ("red", 5, "amod", "ADJ"), ("lines", 1, "dobj", "NOUN"), (",", 1, "punct", "PUNCT"),
    ("including", 1, "prep", "VERB"), ("at", 7, "prep", "ADP"), ("the", 10, "det", "DET"), ("talks", 8, "pobj", "NOUN"),
    (".", 1, "punct", "PUNCT"),
]

LISTS = {
    "items apposed, holder's verb": (LINES_APPOSED, 5, "set", ["cuts", "freeze"]),
    "including, on the lines' complement": (LINES_INCLUDING, 5, "set", ["relief"]),
    "such as, the verb's object complement": (LINES_SUCH_AS, 5, "calls", ["expansion", "missiles"]),
    "including, lines crossed: whoever says so": (LINES_CROSSED_INCLUDING, 4, None, ["deployments"]),
    "control: including on the verb": (LINES_INCLUDING_ON_VERB, 5, None, None),
    "a short clause before the colon, owner named": (LINES_WERE_CLEAR, 3, "Iran", ["limits"]),
    "control: a clause after the colon": (LINE_THEN_CLAUSE, 2, None, None),
    "control: a noun between the lines and the colon": (LINES_THEN_NOUNS, 3, None, None),
}


@pytest.mark.parametrize(("words", "at", "source", "items"), LISTS.values(), ids=LISTS.keys())
def test_listed_red_lines(lexicon, words, at, source, items):
    found = forms.listed_red_lines(_doc(words)[at], lexicon)
    if items is None:
        assert found is None
    else:
        assert found is not None and (found[0].text if found[0] is not None else None) == source \
            and [t.text for t in found[1]] == items


# "Putin drew a line in the sand on expansion." ("in the sand" hung from the verb, after the noun)
SAND_ON_VERB = [
    ("Putin", 1, "nsubj", "PROPN"), ("drew", 1, "ROOT", "VERB", "draw"), ("a", 3, "det", "DET"),
    ("line", 1, "dobj", "NOUN"), ("in", 1, "prep", "ADP"), ("the", 6, "det", "DET"), ("sand", 4, "pobj", "NOUN"),
    ("on", 1, "prep", "ADP"), ("expansion", 7, "pobj", "NOUN"), (".", 1, "punct", "PUNCT"),
]
# "its line in the sand" ("in the sand" the noun's own)
SAND_ON_NOUN = [
    ("its", 1, "poss", "PRON"), ("line", 1, "ROOT", "NOUN"), ("in", 1, "prep", "ADP"), ("the", 4, "det", "DET"),
    ("sand", 2, "pobj", "NOUN"),
]
# "Putin drew a line in the water." (no sand)
LINE_IN_WATER = [
    ("Putin", 1, "nsubj", "PROPN"), ("drew", 1, "ROOT", "VERB", "draw"), ("a", 3, "det", "DET"),
    ("line", 1, "dobj", "NOUN"), ("in", 1, "prep", "ADP"), ("the", 6, "det", "DET"), ("water", 4, "pobj", "NOUN"),
]
# "Putin walked in the sand along a line." ("in the sand" not right after the line)
SAND_ELSEWHERE = [
    ("Putin", 1, "nsubj", "PROPN"), ("walked", 1, "ROOT", "VERB", "walk"), ("in", 1, "prep", "ADP"),
    ("the", 4, "det", "DET"), ("sand", 2, "pobj", "NOUN"), ("along", 1, "prep", "ADP"), ("a", 7, "det", "DET"),
    ("line", 5, "pobj", "NOUN"),
]

SANDS = {
    "in the sand on the verb": (SAND_ON_VERB, 3, True),
    "in the sand on the noun": (SAND_ON_NOUN, 1, True),
    "control: in the water": (LINE_IN_WATER, 3, False),
    "control: sand not after the line": (SAND_ELSEWHERE, 7, False),
}


@pytest.mark.parametrize(("words", "at", "expected"), SANDS.values(), ids=SANDS.keys())
def test_line_in_the_sand_is_a_red_line_noun(words, at, expected):
    assert forms.is_red_line_noun(_doc(words)[at]) is expected


# "until the shelling stops" as the parser often has it: "stops" the object of "until"
STOPS_AS_OBJECT = [
    ("until", 0, "ROOT", "ADP"), ("the", 3, "det", "DET"), ("shelling", 3, "amod", "VERB"),
    ("stops", 0, "pobj", "NOUN", "stop"),
]
# "until the end": a noun of time, no clause
UNTIL_THE_END = [("until", 0, "ROOT", "ADP"), ("the", 2, "det", "DET"), ("end", 0, "pobj", "NOUN", "end")]
# "until the army stops": no activity before the verb
ARMY_STOPS = [("until", 0, "ROOT", "ADP"), ("the", 2, "det", "DET"), ("army", 3, "amod", "NOUN"),
              ("stops", 0, "pobj", "NOUN", "stop")]

STOPPINGS = {
    "the shelling stops": (STOPS_AS_OBJECT, 3, "shelling"),
    "control: the end": (UNTIL_THE_END, 2, None),
    "control: no activity": (ARMY_STOPS, 3, None),
}


@pytest.mark.parametrize(("words", "at", "expected"), STOPPINGS.values(), ids=STOPPINGS.keys())
def test_stopped_activity(lexicon, words, at, expected):
    found = forms.stopped_activity(_doc(words)[at], lexicon)
    assert (found.text if found is not None else None) == expected


def _walk(aux, neg=False, obj="talks"):
    """"Britain {aux} [not] walk away from the {obj}"."""
    words = [("Britain", 3 if neg else 2, "nsubj", "PROPN"), (aux, 3 if neg else 2, "aux", "AUX")]
    if neg:
        words.append(("not", 3, "neg", "PART"))
    at = len(words)
    words += [("walk", at, "ROOT", "VERB"), ("away", at, "advmod", "ADV"), ("from", at + 1, "prep", "ADP"),
              ("the", at + 4, "det", "DET"), (obj, at + 2, "pobj", "NOUN")]
    return words, at


WALKOUTS = {
    "would walk away from the talks": (*_walk("would"), True),
    "will walk away from the deal": (*_walk("will", obj="deal"), True),
    "control: would not walk away": (*_walk("would", neg=True), False),
    "control: a place, not talks": (*_walk("would", obj="factory"), False),
    "control: a hedge, no will": (*_walk("might"), False),
}


@pytest.mark.parametrize(("words", "at", "expected"), WALKOUTS.values(), ids=WALKOUTS.keys())
def test_walkout_threat(lexicon, words, at, expected):
    assert forms.walkout_threat(_doc(words)[at], lexicon) is expected


def _party(copula, noun, prep, thing, neg=False, aux="would"):
    """"France {aux} [not] {copula} {noun} {prep} the {thing}" ("to the deal" on the noun)."""
    words = [("France", 2, "nsubj", "PROPN"), (aux, 2, "aux", "AUX")]
    if neg:
        words = [("France", 3, "nsubj", "PROPN"), (aux, 3, "aux", "AUX"), ("not", 3, "neg", "PART")]
    at = len(words)
    words += [(copula, at, "ROOT", "AUX", "be" if copula in {"be", "been"} else copula), (noun, at, "attr", "NOUN"),
              (prep, at + 1, "prep", "ADP"), ("the", at + 4, "det", "DET"), (thing, at + 2, "pobj", "NOUN")]
    return words, at


MEMBERSHIPS = {
    "be party to the deal": (*_party("be", "party", "to", "deal"), "deal"),
    "not be part of the pact": (*_party("be", "part", "of", "pact", neg=True), "pact"),
    "remain a signatory to the treaty": (*_party("remain", "signatory", "to", "treaty"), "treaty"),
    "control: part of the problem": (*_party("be", "part", "of", "problem"), None),
    "control: a party to the conflict": (*_party("be", "party", "to", "conflict"), None),
    "control: has not been a party, a fact": (*_party("been", "party", "to", "talks", neg=True, aux="has"), None),
}


@pytest.mark.parametrize(("words", "at", "expected"), MEMBERSHIPS.values(), ids=MEMBERSHIPS.keys())
def test_membership_cue(lexicon, words, at, expected):
    from pipeline.extract.stance.constructions import membership_cue

    cue = membership_cue(_doc(words)[at], lexicon)
    assert (cue.obj.text if cue is not None else None) == expected


# "the pay demand": the thing asked for as a compound; "the Hamas demand": who asks
PAY_DEMAND = [("the", 2, "det", "DET"), ("pay", 2, "compound", "NOUN"), ("demand", 2, "ROOT", "NOUN")]
HAMAS_DEMAND = [("the", 2, "det", "DET"), ("Hamas", 2, "compound", "PROPN"), ("demand", 2, "ROOT", "NOUN")]


@pytest.mark.parametrize(("words", "expected"), [(PAY_DEMAND, "pay"), (HAMAS_DEMAND, None)], ids=["pay demand", "control: Hamas demand"])
def test_demanded_compound(lexicon, words, expected):
    found = forms.demanded_inside(_doc(words)[2], lexicon)
    assert (found.text if found is not None else None) == expected
