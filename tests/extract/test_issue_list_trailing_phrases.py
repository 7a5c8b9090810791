"""A phrase after the last item of a list of issues belongs to that item, the nearer noun, even
when the parser hangs it on the first item's noun: "the release of all detainees and an
immediate truce in Sudan" is the release of the detainees and the truce in Sudan (the first
label does not end in the second issue's place). Parses are written out by hand here, each the
attachment at stake, so the cases do not depend on the model
(pipeline/extract/stance/issues.py: phrase_tokens, taken_from_first)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
import spacy

from pipeline.extract.stance.issues import phrase_tokens

# Each word: (text, head index, dep, pos); the sentence is the object phrase of a stance verb.
LIST_ON_FIRST = [  # "in Sudan" hung on "release"
    ("the", 1, "det", "DET"), ("release", 1, "ROOT", "NOUN"), ("of", 1, "prep", "ADP"),
    ("all", 4, "det", "DET"), ("detainees", 2, "pobj", "NOUN"), ("and", 4, "cc", "CCONJ"),
    ("an", 8, "det", "DET"), ("immediate", 8, "amod", "ADJ"), ("truce", 4, "conj", "NOUN"),
    ("in", 1, "prep", "ADP"), ("Sudan", 9, "pobj", "PROPN"),
]
LIST_ON_LAST = [  # the same words, "in Sudan" hung on "truce"
    ("the", 1, "det", "DET"), ("release", 1, "ROOT", "NOUN"), ("of", 1, "prep", "ADP"),
    ("all", 4, "det", "DET"), ("detainees", 2, "pobj", "NOUN"), ("and", 4, "cc", "CCONJ"),
    ("an", 8, "det", "DET"), ("immediate", 8, "amod", "ADJ"), ("truce", 4, "conj", "NOUN"),
    ("in", 8, "prep", "ADP"), ("Sudan", 9, "pobj", "PROPN"),
]
THREE_ON_FIRST = [  # "the return of the refugees, the exchange of prisoners and a truce in the north"
    ("the", 1, "det", "DET"), ("return", 1, "ROOT", "NOUN"), ("of", 1, "prep", "ADP"),
    ("the", 4, "det", "DET"), ("refugees", 2, "pobj", "NOUN"), (",", 4, "punct", "PUNCT"),
    ("the", 7, "det", "DET"), ("exchange", 4, "conj", "NOUN"), ("of", 7, "prep", "ADP"),
    ("prisoners", 8, "pobj", "NOUN"), ("and", 7, "cc", "CCONJ"), ("a", 12, "det", "DET"),
    ("truce", 7, "conj", "NOUN"), ("in", 1, "prep", "ADP"), ("the", 15, "det", "DET"),
    ("north", 13, "pobj", "NOUN"),
]
NAMES_ON_FIRST = [  # "the release of Smith and Jones in Sudan": names, one issue
    ("the", 1, "det", "DET"), ("release", 1, "ROOT", "NOUN"), ("of", 1, "prep", "ADP"),
    ("Smith", 2, "pobj", "PROPN"), ("and", 3, "cc", "CCONJ"), ("Jones", 3, "conj", "PROPN"),
    ("in", 1, "prep", "ADP"), ("Sudan", 6, "pobj", "PROPN"),
]
NO_LIST = [  # "the withdrawal of the troops from the border"
    ("the", 1, "det", "DET"), ("withdrawal", 1, "ROOT", "NOUN"), ("of", 1, "prep", "ADP"),
    ("the", 4, "det", "DET"), ("troops", 2, "pobj", "NOUN"), ("from", 1, "prep", "ADP"),
    ("the", 7, "det", "DET"), ("border", 5, "pobj", "NOUN"),
]


VOCAB = spacy.blank("en").vocab


def _doc(words):
    return Doc(VOCAB, words=[w for w, *_ in words], heads=[h for _, h, *_ in words],
               deps=[d for _, _, d, _ in words], pos=[p for *_, p in words],
               lemmas=[w.lower() for w, *_ in words])


CASES = {
    "first item, phrase hung on it": (LIST_ON_FIRST, 1, "the release of all detainees"),
    "last item, phrase hung on the first": (LIST_ON_FIRST, 8, "an immediate truce in Sudan"),
    "first item, phrase hung on the last": (LIST_ON_LAST, 1, "the release of all detainees"),
    "last item, phrase hung on it": (LIST_ON_LAST, 8, "an immediate truce in Sudan"),
    "three items: the first": (THREE_ON_FIRST, 1, "the return of the refugees"),
    "three items: the last takes the phrase": (THREE_ON_FIRST, 12, "a truce in the north"),
    "three items: the middle one does not": (THREE_ON_FIRST, 7, "the exchange of prisoners"),
    "control: names of one issue keep the phrase": (NAMES_ON_FIRST, 1, "the release of Smith and Jones in Sudan"),
    "control: no list": (NO_LIST, 1, "the withdrawal of the troops from the border"),
}


@pytest.mark.parametrize(("words", "head", "expected"), CASES.values(), ids=CASES.keys())
def test_a_phrase_after_a_list_goes_with_its_last_item(words, head, expected):
    doc = _doc(words)
    assert " ".join(t.text for t in phrase_tokens(doc[head])) == expected
