"""A link refused is no precondition (red lines, precision): "Israel refused to link the hostage
deal to a ceasefire", "rejected efforts to tie X to Y", "will not link X to Y" demand nothing, where
"linked X to Y" and "conditioned X on Y" make Y a precondition (a red-line demand). Found on the
tune set's hostage-release wording ("rejected efforts to separate X from Y"), written anew here.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

LINKS = [
    ("Israel refused to link the hostage deal to a ceasefire.",
     A("Israel", "demand"), E("Israel", "oppose", "hostage deal")),
    ("Israel rejected efforts to link the hostage deal to a ceasefire.", A("Israel", "demand")),
    ("Washington opposed attempts to tie the aid package to a truce.", A("United States", "demand")),
    ("Russia will not link the grain deal to sanctions relief.", A("Russia", "demand")),
    ("Seoul dismissed proposals to tie the summit to denuclearization.", A("South Korea", "demand")),
    ("The EU refused to make the trade deal conditional on fishing rights.", A("European Union", "demand")),
    ("Hamas has never linked the prisoner swap to a truce.", A("Hamas", "demand")),
    ("Kyiv rejected attempts to link the talks to territorial concessions.", A("Ukraine", "demand")),
    ("Turkey declined to tie its vote to the arms sale.", A("Turkey", "demand")),
    ("Britain resisted efforts to link the Brexit deal to the Irish border.", A("United Kingdom", "demand")),
    # controls: a link made is a precondition
    ("Israel linked the hostage deal to a ceasefire.", E("Israel", "demand", "ceasefire", red_line=True)),
    ("Abbas has conditioned the resumption of talks on a settlement freeze.",
     E("Abbas", "demand", "settlement freeze", red_line=True)),
]
LINKS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(LINKS, LINKS_KNOWN)))
def test_refused_linking(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(LINKS) - len(LINKS_KNOWN) >= 10
