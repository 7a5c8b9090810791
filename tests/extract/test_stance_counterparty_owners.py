"""The party named as the owner of those it has against it or around it is not their holder
(issue #11, round `holders9`: a wrong-holder class where the predicted holder is the owner of
the holder's noun), in our own words.

"Trump's opponents oppose the wall", "Hamas's rivals rejected the truce", "Iran's neighbours
oppose its nuclear programme": the stance is the opponents', rivals', neighbours' (people the
text does not name, so no holder), never Trump's, Hamas's or Iran's ([forms] counterparty_nouns,
with the party's name as owner or modifier). Not a name set off with the noun ("Trump's rival
Ted Cruz", "Ted Cruz, Trump's rival": Cruz), nor an official of the party ("Iran's foreign
minister": Iran), nor the noun with no party's name ("the opponents of the deal").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

COUNTERPARTIES = [
    C("X's opponents oppose", "Trump's opponents oppose the border wall.", A("Trump")),
    C("X's rivals rejected", "Hamas's rivals rejected the truce.", A("Hamas")),
    C("X's neighbours oppose", "Iran's neighbours oppose the nuclear program.", A("Iran")),
    C("X's critics rejected", "Johnson's critics rejected the suspension of Parliament.", A("Johnson")),
    C("X's detractors denounced", "Maduro's detractors denounced the election results.", A("Maduro")),
    C("X's enemies want", "Netanyahu's enemies want early elections.", A("Netanyahu")),
    C("X's adversaries in Y rejected", "Russia's adversaries in NATO rejected the treaty.", A("Russia")),
    C("X's rivals in the party oppose", "Clinton's rivals in the party oppose the trade deal.", A("Clinton")),
    C("X's challengers called for", "Erdogan's challengers called for a new constitution.", A("Erdogan")),
    C("X's foes have backed", "Putin's foes have backed the sanctions.", A("Putin")),
    C("a compound modifier", "Kremlin critics denounced the referendum.", A("Russia")),
]

COUNTERPARTY_CONTROLS = [
    C("a name after the noun", "Trump's rival Ted Cruz opposes the border wall.", E("Ted Cruz", "oppose", "border wall")),
    C("a name set off before", "Ted Cruz, Trump's rival, opposes the border wall.", E("Ted Cruz", "oppose", "border wall")),
    C("an official of the party", "Iran's foreign minister rejected the proposal.", E("Iran", "oppose", "proposal")),
    C("the party itself", "Hamas rejected the truce.", E("Hamas", "oppose", "truce")),
    C("the party's own people", "Hamas's leaders rejected the truce.", E("Hamas", "oppose", "truce")),
]

CASES = COUNTERPARTIES + COUNTERPARTY_CONTROLS


def test_tables_have_enough_cases():
    assert len(COUNTERPARTIES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_counterparties_are_not_their_owner(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
