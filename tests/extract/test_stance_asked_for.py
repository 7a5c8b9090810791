"""Demands put to someone (issue #11): "Kyiv asked Washington for air defence systems",
"the nurses petitioned parliament for a pay rise": the object of "ask", "press", "petition" ...
is whom the demand is put to; what "for" names is demanded (`addressee_verbs` in stance.toml).
A name after "for" ("the District Court for the Southern District") is part of the addressee."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ASKED = [
    C("asked X for", "Kyiv asked Washington for more air defence systems.", E("Ukraine", "demand", "air defence")),
    C("petitioned X for", "The nurses petitioned parliament for a pay rise.", E("nurses", "demand", "pay rise")),
    C("pressed X for", "Zelensky pressed the allies for long-range missiles.", E("Zelensky", "demand", "missiles")),
    C("asked the mediators for", "The rebels asked the mediators for guarantees of safe passage.",
      E("rebels", "demand", "guarantees")),
    C("asked the EU for", "Ukraine asked the EU for faster accession talks.", E("Ukraine", "demand", "accession")),
    C("asked the government for", "The teachers asked the government for a 10 percent increase.",
      E("teachers", "demand", "increase")),
    C("asked Egypt for", "Hamas asked Egypt for a pause in the talks.", E("Hamas", "demand", "pause")),
    C("asked Germany for", "Greece asked Germany for war reparations.", E("Greece", "demand", "reparations")),
    C("lobbied X for", "Farmers lobbied Congress for more subsidies.", E("Farmers", "demand", "subsidies")),
    C("begged X for", "Zelensky begged NATO for more weapons.", E("Zelensky", "demand", "weapons")),
    C("asked X for more time", "Tehran asked the IAEA for more time.", E("Iran", "demand", "time"),
      xfail="'time' alone is dropped as no issue label"),
]

CONTROLS = [
    C("addressee is no issue", "Kyiv asked Washington for more air defence systems.", A("Ukraine", "support")),
    C("the addressee is not demanded", "The nurses petitioned parliament for a pay rise.",
      A("Parliament")),
]

CASES = ASKED + CONTROLS


def test_table_has_enough_cases():
    assert len(ASKED) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_asked_for(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


def test_addressee_not_the_issue(stances_of):
    found = stances_of("The nurses petitioned parliament for a pay rise.")
    assert not any("parliament" in (issue or "").lower() for _, _, issue, *_ in found), found
