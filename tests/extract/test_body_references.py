""""The movement", "the group", "the party" after an organisation named before (issue 11,
holders): the words are also a group noun, and the group made of them kept its own "the", which
the reference rule took for another name in the phrase. A bare group now refers back to the
organisation whose name has its word ("the movement" after "the National Resistance Movement"), never
to any organisation that was a subject ("the union" after "Boeing offered" is no company). A
named group ("the Salafist movement") and a movement with no organisation before stay groups. One test
per check; the sentences are our own. "The bloc" and "the authority" (roles.toml, descriptions
organisations) refer back the same way."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("the movement", "The Muslim Brotherhood held a rally. The movement called for new elections.",
      E("Muslim Brotherhood", "demand", "elections"), A("movement"),
      xfail="'movement' is also a group noun: a bare group refers back only to an organisation whose name "
            "has its word, so that 'the union' after 'Boeing offered ...' is not the company"),
    C("the movement named", "The National Resistance Movement held a rally. The movement called for new elections.",
      E("National Resistance Movement", "demand", "elections"), A("movement")),
    C("the union after a company", "Boeing offered a 5 percent pay rise, but the union dismissed the offer.",
      A("Boeing", "oppose")),
    C("the group", "The Muslim Brotherhood held a rally. The group called for new elections.",
      E("Muslim Brotherhood", "demand", "elections")),
    C("the party", "The Democratic Party held a rally. The party called for new elections.",
      E("Democratic Party", "demand", "elections")),
    C("the company", "Siemens Energy submitted a bid. The company rejected the union's demands.",
      E("Siemens Energy", "oppose", "demands")),
    C("the union", "The Kenya National Union of Teachers called a strike. The union demanded a 60 percent pay rise.",
      E("Kenya National Union of Teachers", "demand", "pay rise")),
    C("the bloc", "The European Union proposed sanctions. The bloc also demanded a ceasefire.",
      E("European Union", "demand", "ceasefire")),
    C("the regional bloc", "ECOWAS met in Abuja on Monday. The regional bloc demanded the release of the president.",
      E("ECOWAS", "demand", "release")),
    C("the authority", "The Palestinian Authority rejected the plan. The authority called for talks.",
      E("Palestinian Authority", "demand", "talks")),
    # controls
    C("a bloc with no organisation before", "Talks stalled on Monday. The bloc called for new elections.",
      A("European Union")),
    C("no organisation before", "Talks stalled on Monday. The movement called for new elections.",
      E("movement", "demand", "elections")),
    C("a movement of its own", "The Muslim Brotherhood held a rally. The Salafist movement called for new elections.",
      E("Salafist movement", "demand", "elections"), A("Muslim Brotherhood", "demand")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_body_reference(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# "Hamas's leaders", "the AMCU's members": a part named by its whole's possessive speaks for the
# whole, as "leaders of Hamas" does; a people's farmers are a group of their own
PARTS = [
    C("leaders of a possessor", "Hamas's leaders rejected the plan.", E("Hamas", "oppose", "plan"), A("leaders")),
    C("members of a possessor", "The AMCU's members rejected the offer.", E("Association of Mineworkers and Construction Union", "oppose", "offer")),
    C("leaders of", "Leaders of Hamas rejected the plan.", E("Hamas", "oppose", "plan")),
    C("a state's farmers stay a group", "Ukraine's farmers rejected the grain deal.",
      E("farmers", "oppose", "grain deal"), A("Ukraine")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(PARTS)))
def test_part_of_a_possessor(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
