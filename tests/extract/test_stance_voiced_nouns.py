"""Calls, demands and objections voiced again or with others (issue #11, "stances in the forms
news uses"): "Spain renewed calls for a two-state solution", "Ireland joined calls for a
ceasefire", "France echoed calls for an inquiry", "Poland led calls for sanctions", "the union
issued a demand for higher pay", "Hungary lodged an objection to the pact", "Germany raised
objections to the plan". The noun carries the stance (demand, oppose, propose) and the verb's
subject holds it, as with "expressed support for" ([verb_classes] light in stance.toml), with or
without an owner word ("its calls", "calls").

Controls: a verb that is itself a stance keeps its own reading ("resisted calls for a ceasefire"
opposes them), a light verb with no stance noun states nothing ("joined the talks" is read by
the talks rules, "led the delegation" by none), and whom a demand or an offer is put to ("issued
an ultimatum to the government", "a request to the labour board") is no issue.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

VOICED = [
    ("Spain renewed calls for a two-state solution.", E("Spain", "demand", "two-state solution")),
    ("Ireland joined calls for a ceasefire in Gaza.", E("Ireland", "demand", "ceasefire")),
    ("Britain has joined growing calls for a humanitarian pause.", E("United Kingdom", "demand", "humanitarian pause")),
    ("France echoed calls for an independent inquiry into the shooting.", E("France", "demand", "inquiry")),
    ("Poland led calls for tougher sanctions on Russia.", E("Poland", "demand", "sanctions on Russia")),
    ("The Kenya National Union of Teachers renewed demands for a 50 percent pay rise.",
     E("Kenya National Union of Teachers", "demand", "pay rise")),
    ("The National Union of Mineworkers issued a demand for higher pay.",
     E("National Union of Mineworkers", "demand", "higher pay")),
    ("Mexico issued a call for calm.", E("Mexico", "demand", "calm")),
    ("The Teamsters filed a request for federal mediation.", E("Teamsters", "demand", "federal mediation")),
    # whom the demand is put to is no issue ([forms] handing_verbs, a party after "to")
    ("The union issued a demand to the government for higher pay.", E("union", "demand", "higher pay")),
    ("Hungary lodged an objection to the migration pact.", E("Hungary", "oppose", "migration pact")),
    ("Germany raised objections to the joint debt plan.", E("Germany", "oppose", "joint debt")),
    ("Norway will renew its offer to host the talks.", E("Norway", "propose", "hosting of talks")),
    ("Chancellor Olaf Scholz has renewed his offer of talks with the opposition.",
     E("Olaf Scholz", "propose", "talks")),
    # negated: the voicing is withheld, the demand only weighed
    ("The union did not renew its demand for a pay rise.", E("union", "consider", "pay rise")),
    ("The African Union renewed an appeal for a truce in Sudan.", E("African Union", "demand", "truce")),
]
VOICED_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(VOICED, VOICED_KNOWN)))
def test_voiced_stance_noun(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ("Turkey is resisting calls for a ceasefire.", E("Turkey", "oppose", "ceasefire")),
    ("Germany joined the talks in Geneva on Monday.", A("Germany", "demand"), A("Germany", "oppose")),
    ("Poland led the delegation to Brussels.", A("Poland")),
    ("Hungary raised the issue of minority rights.", A("Hungary")),
    ("The workers have issued an ultimatum to the government.", A("workers")),
    ("The Teamsters filed a request to the labour board.", A("Teamsters")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_voicing_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(VOICED) - len(VOICED_KNOWN) >= 10
    texts = [t for t, *_ in VOICED + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
