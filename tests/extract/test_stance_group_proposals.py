"""A group named as the author before a noun of proposing or demanding (issue #11, "stances in the
forms news uses"): "an opposition proposal to dissolve the national assembly" is the opposition's
proposal, "a union demand for a pay rise" the union's demand, even when the group is named there
first (the group nouns of groups.toml; before, the group had to act or speak elsewhere first).
Other nouns after a group word name no author ("the opposition leader", "an opposition lawmaker").

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PROPOSALS = [
    ("The talks stalled over an opposition proposal to dissolve parliament.",
     E("opposition", "propose", "parliament")),
    ("Salva Kiir rejected an opposition proposal to hold early elections.",
     E("opposition", "propose", "elections"), E("Salva Kiir", "oppose", "elections")),
    ("The disagreements are mainly over a union demand for a 15 percent raise.",
     E("union", "demand", "raise")),
    ("Mediators are studying an opposition plan to form a unity government.",
     E("opposition", "propose", "unity government")),
    ("The government dismissed an opposition request for a recount.", E("opposition", "demand", "recount")),
    ("Negotiators discussed a union proposal for a four-day week.", E("union", "propose", "four-day week")),
    ("The ministry turned down a union request for more teachers.", E("union", "demand", "teachers")),
    ("The government welcomed an opposition offer to join a unity cabinet.",
     E("opposition", "propose", "unity cabinet")),
    ("Talks resumed after a union offer to suspend the strike.", E("union", "propose", "strike")),
    ("An opposition call for a general strike went unanswered.", E("opposition", "demand", "general strike")),
    ("The court heard a workers' demand for back pay.", E("workers", "demand", "back pay")),
    ("The talks broke down over a union demand to double wages.", E("union", "demand", "wages")),
    ("A rebel proposal to share power was rejected.", E("rebels", "propose", "power")),
    # controls: a group word before a noun that proposes nothing
    ("The opposition leader spoke at the rally.", A("opposition")),
    ("An opposition lawmaker called for a recount.", A("opposition", "propose")),
]
PROPOSALS_KNOWN = {
    "The talks broke down over a union demand to double wages.":
        "the parser hangs 'to double wages' on the verb, not on 'demand'",
    "Talks resumed after a union offer to suspend the strike.":
        "the parser hangs 'to suspend the strike' on 'resumed', not on 'offer'",
    "A rebel proposal to share power was rejected.":
        "'rebel' is an adjective here, and the group noun is 'rebels'",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PROPOSALS, PROPOSALS_KNOWN)))
def test_group_proposals(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(PROPOSALS) - len(PROPOSALS_KNOWN) >= 10
    texts = [t for t, *_ in PROPOSALS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
