"""Commitments to an action written with an infinitive or a reflexive (issue #11, found on a fresh
set of unseen articles): "committed to send more troops" (the "to" of an infinitive, not the
preposition of [phrasal] "commit to"), "..., committing to send more troops" (a participle sharing
the main clause's subject), "committed itself to lifting the curbs" (a reflexive object is no other
object). The verbs are [forms] commissive_verbs that are no stance verbs of their own; the
reflexives are grammar.REFLEXIVE_PRONOUNS.

Controls: "committed a mistake", "committed atrocities" commit to nothing.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

COMMITTED = [
    ("The United States committed to send more troops to Saudi Arabia.",
     E("United States", "support", "sending of troops")),
    ("The United States blamed Iran, committing to send more troops to Saudi Arabia.",
     E("United States", "support", "sending of troops")),
    ("Norway committed to fund the reconstruction of Gaza.", E("Norway", "support", "reconstruction of Gaza")),
    ("Japan committed itself to lifting the export curbs.", E("Japan", "support", "lifting of export curbs")),
    ("Turkey has committed itself to a ceasefire in the region.", E("Turkey", "support", "ceasefire")),
    ("The unions committed themselves to ending the strike by Friday.", E("unions", "support", "end of strike")),
    ("Germany commits to double its aid to Ukraine next year.", E("Germany", "support", "aid")),
    ("The rebels have committed to release all prisoners of war.", E("rebels", "support", "release of prisoners")),
    ("Canada refused to commit to send peacekeepers to Haiti.", E("Canada", "oppose", "peacekeepers")),
    ("Britain committed to a ceasefire.", E("United Kingdom", "support", "ceasefire")),
    # the other verbs of promising that are no stance verbs ([forms] commissive_verbs): the verb
    # gate of find_cue must let them through (review of the merged round)
    ("Russia undertook to withdraw its troops from the border.", E("Russia", "support", "withdrawal of troops")),
    ("Moscow guaranteed to respect the ceasefire.", E("Russia", "support", "ceasefire")),
    ("Moscow undertook not to attack the port.", E("Russia", "oppose", "attack of port")),
]
COMMITTED_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(COMMITTED, COMMITTED_KNOWN)))
def test_committed_infinitive(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ("The government committed a serious mistake.", A("government")),
    ("The rebels committed atrocities in the north.", A("rebels")),
    ("Senator Ted Cruz said the army had committed crimes.", A("Ted Cruz", "support")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_committed_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(COMMITTED) - len(COMMITTED_KNOWN) >= 8
    texts = [t for t, *_ in COMMITTED + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
