"""What commentators say ("analysts said ...", "critics argued that ..."): reported speech whose
speaker is no party. The gold conventions give such a quote the speaker null (optional), so it is
a quote with no speaker (``speaker`` -1) that keeps who said it as its description when the
commentators are a group of the actor table ("analysts"), and it is
never evidence of a party's stance (tests/extract/test_stance_commentators.py).

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, content, description, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, content, description, marks=marks, id=text[:60])


COMMENTATORS = [
    _case("Experts said that the new rules would be hard to enforce.", "the new rules would be hard to enforce",
          "Experts"),
    _case("Many critics argued that the tax would hurt small farmers.", "the tax would hurt small farmers",
          "Many critics"),
    _case("Several observers said the vote may have been closer than expected.",
          "the vote may have been closer than expected", "Several observers"),
    _case("Analysts said the ceasefire was unlikely to hold.", "the ceasefire was unlikely to hold", "Analysts"),
    _case("Economists say the levy will slow growth next year.", "the levy will slow growth next year", "Economists"),
    _case("Critics said the bill was unfair to tenants.", "the bill was unfair to tenants", "Critics"),
    _case("Some analysts warned that the truce could collapse within days.", "the truce could collapse within days",
          "Some analysts"),
    _case("Legal scholars noted that the court had never ruled on the question.",
          "the court had never ruled on the question", "Legal scholars"),
    _case("Political commentators predicted the coalition would break up before the summer.",
          "the coalition would break up before the summer", "Political commentators"),
    _case("The deal, many economists say, will lower prices for years.", "The deal will lower prices for years",
          "many economists"),
]


@pytest.mark.parametrize(("text", "content", "description"), COMMENTATORS)
def test_commentators_report_with_no_speaker(nlp, text, content, description):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found, "no quote found"
    assert [f[0] for f in found] == [None], found
    assert found[0][1].lower() in {"", description.lower(), description.lower().split()[-1]}
    assert found[0][2].strip(" .") == content


# Controls: parties and groups that act keep their speaker.
PARTIES = [
    ("Diplomats said the two sides were close to an agreement.", "Diplomats"),
    ("Residents said the shelling had stopped overnight.", "Residents"),
    ("Maria Lopez chairs the union. Lopez noted the workers would strike again if the offer did not improve.",
     "Maria Lopez"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTIES, ids=[p[0][:50] for p in PARTIES])
def test_parties_keep_their_speaker(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker, found
