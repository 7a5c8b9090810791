"""Relying on a party for an action, and pressing a party to act (issue #11): "the EU counts on Serbia to implement the
agreement", "Kyiv is looking to Washington to supply air defence", "Israel trusts Egypt to enforce
the truce": the holder demands the action (`reliance_verbs` in stance.toml [forms]), as with "France is
pushing Iran to return to the deal" (`pressing_verbs`; "pressured Trump not to commute the
sentence" opposes the commutation); an action
that is itself a stance ("counted on Germany to back the reform") is read through to its object.
Controls: no infinitive ("relies on Western weapons"), no party ("depends on the Nile to irrigate
its fields"), a reliance denied, a thing that depends on another."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

RELIANCE = [
    C("counts on X to V", "The EU counts on Serbia to implement the agreement.",
      E("European Union", "demand", "implementation of agreement")),
    C("reported: counts on X to V", "NATO Secretary-General Jens Stoltenberg said he counts on Turkey to show restraint.",
      E("Jens Stoltenberg", "demand", "restraint")),
    C("is relying on X to V", "Washington is relying on Egypt to keep the Rafah crossing open.",
      E("United States", "demand", "Rafah crossing")),
    C("is looking to X to V", "Kyiv is looking to Washington to supply more air defence systems.",
      E("Ukraine", "demand", "air defence")),
    C("depends on X to V", "Germany depends on Turkey to stop the flow of migrants.",
      E("Germany", "demand", "flow of migrants")),
    C("quoted: banking on X to V", "\"We are banking on Congress to pass the aid package,\" Zelensky said.",
      E("Zelensky", "demand", "aid package")),
    C("trusts X to V", "Israel trusts Egypt to enforce the truce.", E("Israel", "demand", "truce")),
    C("relies on both sides to V", "The African Union relies on both sides to respect the ceasefire.",
      E("African Union", "demand", "ceasefire")),
    C("quoted: count on X to V", "\"We count on China to use its influence on Russia,\" Macron said.",
      E("Macron", "demand", "influence")),
    C("counted on X to back Y (read through)", "France counted on Germany to back the reform.",
      E("France", "demand", "reform"), A("France", "support")),
    C("leans on X to V", "Britain leans on Qatar to mediate the release of the hostages.",
      E("United Kingdom", "demand", "release of hostages")),
    C("counted on X to reject Y (opposes Y)", "France counted on Germany to reject the plan.",
      E("France", "oppose", "plan"), A("France", "demand")),
]

PRESSING = [
    C("is pushing X to V", "France is pushing Iran to return to the deal.", E("France", "demand", "return to deal")),
    C("pressured X to accept (read through)", "Washington pressured Seoul to accept the deal.",
      E("United States", "demand", "deal"), A("United States", "support")),
    C("nudged X to V", "The EU nudged Serbia to recognize Kosovo.", E("European Union", "demand", "recognition of Kosovo")),
    C("prodded X to resume", "China prodded North Korea to resume talks.", E("China", "demand", "talks")),
    C("is appealing to both sides to V", "The UN is appealing to both sides to observe the truce.",
      E("United Nations", "demand", "truce")),
    C("pressured X not to V", "Republicans pressured Trump not to commute the sentence.",
      E("Republicans", "oppose", "commuting of sentence")),
    C("is pushing X not to V", "The EU is pushing Serbia not to hold the referendum.",
      E("European Union", "oppose", "referendum")),
    C("coaxed X to V", "Qatar coaxed Hamas to release the hostages.", E("Qatar", "demand", "release of hostages")),
    C("implored X to V", "Zelensky implored Congress to approve the aid package.", E("Zelensky", "demand", "aid package")),
    C("lobbied X to V", "Israel lobbied Washington to block the resolution.",
      E("Israel", "oppose", "resolution"), A("Israel", "demand")),
    C("counted on X not to V", "France counted on Germany not to veto the plan.", E("France", "oppose", "vetoing of plan")),
]

CONTROLS = [
    C("pushed a thing", "Germany pushed the button to open the summit.", A("Germany")),
    C("appealed a ruling", "Israel appealed the ruling to delay the vote.", A("Israel", "demand")),
    C("no infinitive", "Ukraine relies on Western weapons.", A("Ukraine")),
    C("no party", "Egypt depends on the Nile to irrigate its fields.", A("Egypt")),
    C("looks to a time", "Russia looks to the future.", A("Russia")),
    C("a reliance denied", "Germany does not count on Turkey to stop the flow of migrants.", A("Germany")),
]

CASES = RELIANCE + PRESSING + CONTROLS


def test_table_has_enough_cases():
    assert len(RELIANCE) >= 10
    assert len(PRESSING) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_reliance(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
