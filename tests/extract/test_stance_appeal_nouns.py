"""Appeals and pleas as stance nouns: "issued an appeal for a ceasefire", "made a plea for higher
wages", "renewed its appeal for humanitarian access" demand what they are for, as "a call for X"
does ([nouns] and [issue_nouns] complement in stance.toml: only with what they are for).

Controls: the court senses and the attraction sense state no position ("filed an appeal against
the ruling", "lodged an appeal to the Supreme Court", "the appeal of the deal faded", "entered a
plea of not guilty"); the "to" phrase of a plea or an appeal names whom it is put to, never what
it asks ("made a plea to the president": [forms] addressed_nouns); what they ask is "for" a thing
that is no party, or "to" do something ("made the appeal on Tuesday", "pleas on his behalf",
"one appeal for the Whigs" ask nothing).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("issued an appeal for", "The rebels issued an appeal for a ceasefire.",
      E("rebels", "demand", "ceasefire")),
    C("made a plea for", "The workers made a plea for higher wages.",
      E("workers", "demand", "wages")),
    C("renewed its appeal for", "The UN renewed its appeal for humanitarian access.",
      E("United Nations", "demand", "humanitarian access")),
    C("possessive plea", "The union's plea for a shorter working week went unanswered.",
      E("union", "demand", "working week")),
    C("appeal to someone for", "Germany made an appeal to the president for a truce.",
      E("Germany", "demand", "truce")),
    C("urgent appeal", "Germany issued an urgent appeal for a truce in the north.",
      E("Germany", "demand", "truce")),
    C("launched an appeal", "Germany launched an appeal for a truce.",
      E("Germany", "demand", "truce"), A("Germany", "support"),
      xfail="'launch' is a stance verb of its own (support) and reads its object whole: "
            "support of 'appeal for truce', not the appeal's demand"),
]

CONTROLS = [
    C("court appeal against", "The company filed an appeal against the ruling.", A("company")),
    C("court appeal to", "The company lodged an appeal to the Supreme Court.", A("company")),
    C("appeal as attraction", "Russia saw the appeal of the deal fade.", A("Russia")),
    C("plea in court", "The defendant entered a plea of not guilty.", A("defendant")),
    C("plea to a person", "The senators made a plea to the president once again.", A("senators")),
    C("appeal to a court", "The union made an appeal to the labour court.", A("union")),
    C("appeal on a day", "The minister made the appeal on Tuesday night.", A("minister")),
    C("pleas on behalf", "The senator sent fundraising pleas on the candidate's behalf.", A("senator")),
    C("appeal for a party", "The general had only one appeal for the Whigs.", A("general")),
    C("appeal as attraction to", "The governor has a lot of the appeal the old president had to Democrats.",
      A("governor")),
]


def test_table_has_enough_cases():
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_appeal_noun(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
