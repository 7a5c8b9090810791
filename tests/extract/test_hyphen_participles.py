"""A participle written after its author with a hyphen, as one token ("U.S.-backed"): the author
and the participle (``hyphen_participles`` in stance.toml [forms]), split at the last hyphen."""

from __future__ import annotations

import pytest

from pipeline.extract.stance.constructions import hyphen_participle

CASES = {
    "backed": ("U.S.-backed", ("U.S.", "backed")),
    "brokered": ("Egyptian-brokered", ("Egyptian", "brokered")),
    "capitalised participle": ("Qatar-Mediated", ("Qatar", "Mediated")),
    "author with a hyphen": ("Saudi-UAE-led", ("Saudi-UAE", "led")),
    "led": ("UN-led", ("UN", "led")),
    "a participle of no author": ("well-known", None),
    "no author before the hyphen": ("-backed", None),
    "no hyphen": ("backed", None),
    "a compound noun": ("cease-fire", None),
}


@pytest.mark.parametrize(("token", "expected"), CASES.values(), ids=CASES.keys())
def test_hyphen_participle(lexicon, token, expected):
    assert hyphen_participle(token, lexicon) == expected
