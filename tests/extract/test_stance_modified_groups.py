"""A bare group word after an organisation's name modified it (issue #11, description holders;
gold README: generic nouns are folded into the organisation they stand for): "the FNL rebels
resumed talks ... The rebels want a share of power" is the FNL's stance, as "the rebel KNU" or
"rebels of GAM" already made "the rebels" the organisation. The noun an organisation's name
modifies introduces it as that kind (actors.merges._introducing_words).

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

MODIFIED = [
    ("The government and the FNL rebels resumed talks in Bujumbura. The rebels want a share of power.",
     E("FNL", "demand", "share of power"), A("rebels")),
    ("The government and the FNL rebels resumed talks in Bujumbura. The rebels rejected the offer of two ministries.",
     E("FNL", "oppose", "ministries"), A("rebels")),
    ("The LRA rebels walked out of the talks in Juba. The rebels demanded guarantees of an amnesty.",
     E("Lord's Resistance Army", "demand", "amnesty"), A("rebels")),
    ("The M23 rebels arrived in Kampala on Monday. The rebels called for a ceasefire.",
     E("M23", "demand", "ceasefire"), A("rebels")),
    ("The ELN guerrillas agreed to meet in Havana. The guerrillas want a bilateral truce.",
     E("ELN", "demand", "bilateral truce"), A("guerrillas")),
    ("The PKK militants announced a withdrawal from Turkey. The militants demanded the release of prisoners.",
     E("Kurdistan Workers' Party", "demand", "release of prisoners"), A("militants")),
    ("Talks between the army and the KNU rebels opened in Rangoon. The rebels welcomed the ceasefire.",
     E("Karen National Union", "support", "ceasefire"), A("rebels")),
    ("The NUM union met the mine owners on Tuesday. The union rejected the wage offer.",
     E("National Union of Mineworkers", "oppose", "wage"), A("union")),
    ("The SPLA rebels signed the protocol in Naivasha. The rebels insisted on a referendum.",
     E("Sudan People's Liberation Movement", "demand", "referendum"), A("rebels")),
    ("The FARC guerrillas returned to Havana. The guerrillas rejected the government's proposal.",
     E("Revolutionary Armed Forces of Colombia", "oppose", "proposal"), A("guerrillas")),
]
MODIFIED_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(MODIFIED, MODIFIED_KNOWN)))
def test_modified_group_is_the_organisation(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    # two organisations introduced with the word: the bare word stays a group
    ("The LRA rebels and the SPLA rebels met in Juba. The rebels want a share of power.",
     E("rebels", "demand", "share of power"), A("Lord's Resistance Army"), A("Sudan People's Liberation Movement")),
    ("The LRA rebels and the M23 rebels met in Kampala. The rebels want a share of power.",
     E("rebels", "demand", "share of power"), A("Lord's Resistance Army"), A("M23")),
]
CONTROLS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, CONTROLS_KNOWN)))
def test_modified_group_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(MODIFIED) - len(MODIFIED_KNOWN) >= 10
    texts = [t for t, *_ in MODIFIED + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
