"""A name set off by commas beside a title noun is a person (issue #11, generalisation: an actor
typed wrong in news nobody had tuned on), whatever the entity recogniser tags it: "a State
Department spokesperson, Morgan Ortagus, said ..." and "Morgan Ortagus, a State Department
spokesperson, said ..." (the recogniser reads "Morgan Ortagus" as an organisation, so "he said"
after it went to the last man named before; actors/mentions.py, _set_off_by_title). Only a name of
two or three words, with no determiner before it, whose last word is no organisation's head
("Ministry", "Union").

The small model tags most such names right already; "Morgan Ortagus" and "Sterling Ashcombe"
are the cases here it tags as organisations (the others keep the rule from taking them away).
Controls: an organisation set off by a word that is no title ("the bank"), an organisation head
closing the name. Each case is a short text written for the test.
"""

from __future__ import annotations

import pytest

from pipeline.extract.components import table_from_doc

SET_OFF = [
    ("Following the vote, a State Department spokesperson, Morgan Ortagus, said the United States was disappointed.", "Morgan Ortagus"),
    ("Morgan Ortagus, a State Department spokesperson, said the United States was disappointed.", "Morgan Ortagus"),
    ("The ministry's spokesman, Maria Zakharova, rejected the claims.", "Maria Zakharova"),
    ("Hua Chunying, a foreign ministry spokeswoman, said China opposed the sanctions.", "Hua Chunying"),
    ("A government spokesman, Steffen Seibert, said the ban followed talks with allies.", "Steffen Seibert"),
    ("The union's general secretary, Mick Lynch, said the strike would go ahead.", "Mick Lynch"),
    ("Ned Price, the department spokesman, said the talks would resume.", "Ned Price"),
    ("The bloc's foreign policy chief, Josep Borrell, backed the plan.", "Josep Borrell"),
    ("Dmitry Peskov, the Kremlin spokesman, said Moscow would not attend.", "Dmitry Peskov"),
    ("The foreign minister, Mevlut Cavusoglu, said Turkey would not back down.", "Mevlut Cavusoglu"),
    ("A Pentagon spokesman, Sterling Ashcombe, said the troops would stay.", "Sterling Ashcombe"),
    ("Sterling Ashcombe, a Pentagon spokesman, said the troops would stay.", "Sterling Ashcombe"),
]

NOT_PERSONS = [
    ("Morgan Stanley, the bank, said profits rose.", "Morgan Stanley"),
    ("The spokesman for the Foreign Ministry said talks would resume.", "Foreign Ministry"),
    ("The leader of the Karen National Union, a rebel group, rejected the offer.", "Karen National Union"),
    ("The effect on a major investor, Pershing Square Capital Management, was large.", "Pershing Square Capital Management"),
    ("He rose through the ranks: congressman, ambassador, director of the Central Intelligence Agency, vice president.",
     "Central Intelligence Agency"),
]


def _types(nlp, text):
    table = table_from_doc(nlp(text))
    return {a.name: a.type for a in table.actors}


@pytest.mark.parametrize(("text", "name"), SET_OFF, ids=[t[0][:60] for t in SET_OFF])
def test_a_name_set_off_by_a_title_is_a_person(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name) == "PERSON", types


@pytest.mark.parametrize(("text", "name"), NOT_PERSONS, ids=[t[0][:60] for t in NOT_PERSONS])
def test_an_organisation_stays_one(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name, "ORG") != "PERSON", types


def test_the_person_speaks_after_a_set_off_title(nlp):
    from .test_speakers import speakers

    text = ('Adil Abdul-Mahdi recommended a withdrawal. A State Department spokesperson, Morgan Ortagus, '
            'said the United States was disappointed: "We urge Iraqi leaders to reconsider," he said.')
    found = speakers(nlp, text)
    assert any(s == "Morgan Ortagus" for s, *_ in found), found
    assert not any(s == "Adil Abdul-Mahdi" for s, *_ in found), found
