"""Stances of a joint appearance held by both speakers (issue #11, collective holders; gold
README: parties named together hold the stance each). In a transcript of a joint press
conference, a speaker's "we agreed ...", "we shared a view that ...", "we both want ..."
([forms] joint_verbs in stance.toml, or "both" with the pronoun) is the speaker's and each other
speaker's of the turns; with no other speaker in the turns, the person the speaker names as whom
they met ("my counterpart Mr. X", "talks with Secretary X": [forms] counterpart_nouns). A plain
"we support X" stays the speaker's, and so does "we agreed" in a one-speaker briefing.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

TWO_SPEAKERS = ("Remarks by Foreign Minister Anna Berg and Foreign Minister Paul Okoro\n\n"
                "FOREIGN MINISTER BERG: Thank you all for coming.\n\n"
                "FOREIGN MINISTER OKORO: Thank you, Anna.\n\n")
ONE_SPEAKER = ("Remarks by Foreign Minister Paul Okoro\n\n"
               "FOREIGN MINISTER OKORO: Good evening. Today I held talks with my counterpart Ms. Berg in Oslo.\n\n")


def _turn(text: str, speaker: str = "BERG") -> str:
    return f"{TWO_SPEAKERS}FOREIGN MINISTER {speaker}: {text}"


JOINT = [
    (_turn("We agreed to extend the ceasefire by thirty days."),
     E("Anna Berg", "support", "ceasefire"), E("Paul Okoro", "support", "ceasefire")),
    (_turn("Thank you, Paul. We agreed that the prisoners must be released next week."),
     E("Anna Berg", "demand", "release of prisoners"), E("Paul Okoro", "demand", "release of prisoners")),
    (_turn("But we definitely shared a view that the dispute can only be resolved through talks."),
     E("Anna Berg", "support", "talks"), E("Paul Okoro", "support", "talks")),
    (_turn("We both support a political settlement of the border dispute."),
     E("Anna Berg", "support", "political settlement"), E("Paul Okoro", "support", "political settlement")),
    (_turn("We both want a deal on the fishing quotas by June.", "OKORO"),
     E("Paul Okoro", "demand", "deal"), E("Anna Berg", "demand", "deal")),
    (_turn("We agreed on the need for a new round of talks in Geneva.", "OKORO"),
     E("Paul Okoro", "support", "talks"), E("Anna Berg", "support", "talks")),
    (_turn("We concurred that the sanctions should be lifted in stages."),
     E("Anna Berg", "demand", "sanctions"), E("Paul Okoro", "demand", "sanctions")),
    (_turn("We agreed to resume the working-level negotiations next month."),
     E("Anna Berg", "support", "negotiations"), E("Paul Okoro", "support", "negotiations")),
    # the only speaker names whom they met
    (ONE_SPEAKER + "FOREIGN MINISTER OKORO: We agreed to reopen the border crossings.",
     E("Paul Okoro", "support", "border crossings"), E("Berg", "support", "border crossings")),
    (ONE_SPEAKER + "FOREIGN MINISTER OKORO: We shared a view that the truce must be respected.",
     E("Paul Okoro", "demand", "truce"), E("Berg", "demand", "truce")),
]
JOINT_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(JOINT, JOINT_KNOWN)))
def test_joint_we_holds_for_both(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    # a plain "we" is the speaker's own side
    (_turn("We support a political settlement of the border dispute."),
     E("Anna Berg", "support", "political settlement"), A("Paul Okoro")),
    # one speaker who names no one met
    ("Remarks by Foreign Minister Paul Okoro\n\nFOREIGN MINISTER OKORO: Good evening. "
     "We agreed to reopen the border crossings.", E("Paul Okoro", "support", "border crossings")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_joint_we_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(JOINT) - len(JOINT_KNOWN) >= 10
    texts = [t for t, *_ in JOINT + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
