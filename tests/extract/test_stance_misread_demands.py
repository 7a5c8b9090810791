"""A demand's "that" clause the small model misreads (issue #11, stance recall: parser misreads),
read by the full pipeline. "X's demand that Hamas disarm" is a mandative subjunctive; the model
often tags the bare verb after a name as a noun ("disarm" NOUN, hung on "demand" as acl or relcl,
"Hamas" its compound), or hangs the clause as a relative clause with "that" as its object ("its
call that Israel withdraw"). Both are read by the parse's shape, never by a list of names
(``syntax.misread_clause``, ``cues._subjunctive_relative``): a noun after its head holding only
"that" and a compound subject; a relative clause with a bare verb (VB/VBP, no auxiliary), a
subject, and "that" tagged a complementizer (IN), not a relative pronoun (WDT). The issue is the
action ("disarmament", "withdrawal"), as for a clause parsed right.

Controls: real relative clauses ("the claim that Israel made", "the plan that Israel support"
with "that" a WDT), "that" as a determiner of a time ("the demand that morning").

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_news_forms import NoIssue
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

MISREAD = [
    C("repeated its demand, verb read as a noun", "The United States repeated its demand that Hamas disarm.",
      E("United States", "demand", "disarmament")),
    C("renewed its call, noun as relcl", "Washington renewed its call that Hamas disarm.",
      E("United States", "demand", "disarmament")),
    C("restated its demand", "Israel restated its demand that Hezbollah withdraw.",
      E("Israel", "demand", "withdrawal")),
    C("repeated its demand, a capital", "Ukraine repeated its demand that Moscow withdraw.",
      E("Ukraine", "demand", "withdrawal")),
    C("repeated its call, relative clause", "Egypt repeated its call that Israel withdraw.",
      E("Egypt", "demand", "withdrawal"), NoIssue("Egypt", "that")),
    C("echoed the demand, relative clause", "Britain echoed the demand that Iran comply.",
      E("United Kingdom", "demand", "compliance")),
    C("stuck to its demand", "Israel stuck to its demand that Hamas surrender.",
      E("Israel", "demand", "surrender")),
    C("renewed its demand, a company", "The union renewed its demand that Lonmin negotiate.",
      E("union", "demand", "negotiation"),
      xfail="the model hangs 'negotiate' (a noun) on the main verb as a clause, not on the demand"),
    C("reiterated its demand, an adverb", "Serbia reiterated its demand that Kosovo comply.",
      E("Serbia", "demand", "compliance"),
      xfail="the model tags 'comply' an adverb and hangs it on the main verb"),
    C("the demand as a subject", "The US demand that Hamas disarm was rejected.",
      E("United States", "demand", "disarmament"),
      xfail="the model takes 'disarm' for the passive subject of 'rejected'"),
]

CONTROLS = [
    C("a relative clause of making", "Hamas rejected the claim that Israel made.",
      NoIssue("Hamas", "making")),
    C("a relative clause, WDT", "Hamas rejected the plan that Israel support.",
      E("Hamas", "oppose", "plan"), A("Hamas", "demand")),
    C("that morning", "Israel made the demand that morning.",
      A("Israel")),
    C("that afternoon", "The union made its call that afternoon.",
      A("union")),
    C("a report that fighters left", "Russia denied the report that Wagner fighters left.",
      NoIssue("Russia", "leaving")),
    C("a request that was sent", "The committee reviewed the request that Smith sent.",
      A("Smith")),
    C("the offer that Israel put forward", "Hamas rejected the offer that Israel put forward.",
      E("Hamas", "oppose", "offer"), A("Hamas", "demand")),
    C("the deal that Iran signs", "France welcomed the deal that Iran signs.",
      A("France", "demand")),
    C("the law that Congress passed", "The union challenged the law that Congress passed.",
      A("union", "demand")),
    C("the demands that the workers make", "Ford rejected the demands that the workers make.",
      A("Ford", "demand")),
]

CASES = MISREAD + CONTROLS


def test_table_has_enough_cases():
    assert len(MISREAD) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_misread_demand(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
