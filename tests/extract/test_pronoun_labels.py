"""A personal pronoun is never part of an issue label: "demanding that we disarm" is a demand of
disarmament (the party is the speaker, the holder's counterpart), not of "disarmament of we";
"the disarming of us" is the disarming (pipeline/extract/stance/issues.py, action_label and
phrase_tokens)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ('"The Americans are demanding that we disarm," Hezbollah\'s leader Hassan Nasrallah said.',
     ("United States", "demand", "disarmament")),
    ('"Israel insists that we disarm," Hamas said in a statement.', ("Israel", "demand", "disarmament")),
    ('"We will not accept the disarming of us," Hamas said.', ("Hamas", "oppose", "disarming")),
    ('"We will never accept the disarmament of us," the Hamas spokesman Hazem Qassem said.',
     ("Hazem Qassem", "oppose", "disarmament")),
    ("Hamas rejected the disarming of them, its spokesman said.", ("Hamas", "oppose", "disarming")),
    ('"We will never agree to the surrender of us," Ukraine\'s president Volodymyr Zelensky said.',
     ("Volodymyr Zelensky", "oppose", "surrender")),
    ('"Israel wants us to withdraw," Hezbollah said.', ("Israel", "demand", "withdrawal")),
    ("The union demanded the reinstatement of them.", ("union", "demand", "reinstatement")),
    ('"We demand the release of them," Hamas said.', ("Hamas", "demand", "release")),
    ('"We support the talks with them," Ukraine said.', ("Ukraine", "support", "talks")),
    ("Russia proposed talks with us, Ukraine said.", ("Russia", "propose", "talks")),
    ("Union leader John Mensah said he will not return to Accra, even with the strike ended.",
     ("John Mensah", "oppose", "return to Accra")),
    ("Union leader John Mensah said he will not return to work.", ("John Mensah", "oppose", "return to work")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][2] + "-" + str(i) for i, c in enumerate(CASES)])
def test_no_pronoun_in_issue_labels(base_nlp, lexicon, text, expected):
    found = stances_of(base_nlp, lexicon, text)
    assert expected in found
    pronouns = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"}
    assert not [label for *_, label in found if pronouns & set(label.lower().split())]
