"""Obligations in someone's words that the deontic reading missed (issue #11, round `nostance8`:
the "no stance from its sentence" misses of the fresh and tune sets), in our own words.

- The party an obligation is put on holds nothing, whether the obligation bars or asks ("Israel
  must not build more settlements, Kerry said": an action read on an obliged verb is dropped, as a
  stance verb's was: Israel refused nothing); a release is no obligation ("we don't have to raise
  taxes" read a demand of the tax rise before). A negated "must" or "should" read as its
  speaker's opposition to the action ("we must not balance the budget on the backs of children")
  was tried and not kept (strict xfails: two rows the check set does not hold); its near misses
  stay as controls (a copula, a forecast, a guess at the past, a question, "need not", a verb of
  stance, advice to anyone).
- "It is time for X to V": the "for" clause the parser hangs on the copula demands the action,
  as "it is time to V" did ("it is time now for others in the region to protect their own
  territory"); not negated ("it is not time for X to V"), asked, or with no action ("time for
  lunch").
- An action on a thing through a preposition the action labels did not take ([normalise]
  prepositional_actions in issues.toml: "watch over", "get over", "rid of", "look after", "care
  for"): "they must watch over the captured fighters" demands the watching over the captured
  fighters, "we should get rid of superdelegates" the getting rid of them.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NOT_KEPT = ("a negated 'must' or 'should' read as its speaker's opposition was not kept: on the gold check set it "
            "added two rows no gold stance matches (stances 0.618 -> 0.614), with tune unchanged")

BARRED = [
    C("we must not V", "“We must not balance the budget on the backs of children,” Senator Bernie Sanders said.",
      E("Bernie Sanders", "oppose", "budget"), xfail=NOT_KEPT),
    C("they must not V", "“They must not send weapons to the region,” President Hassan Rouhani said.",
      E("Hassan Rouhani", "oppose", "weapons"), xfail=NOT_KEPT),
    C("we should not V", "“We should not raise taxes on the middle class,” Senator Marco Rubio said.",
      E("Marco Rubio", "oppose", "taxes"), xfail=NOT_KEPT),
    C("a party must not V", "“Washington must not cut Social Security,” Senator Elizabeth Warren said.",
      E("Elizabeth Warren", "oppose", "Social Security"), xfail=NOT_KEPT),
    C("shouldn't V", "“We shouldn't privatize the post office,” Senator Jon Tester said.",
      E("Jon Tester", "oppose", "post office"), xfail=NOT_KEPT),
    C("mustn't V", "“Europe mustn't close its borders to refugees,” Chancellor Angela Merkel said.",
      E("Angela Merkel", "oppose", "borders"), xfail=NOT_KEPT),
    C("reported should not V", "Senator Rand Paul said the United States should not arm the rebels.",
      E("Rand Paul", "oppose", "rebels"), xfail=NOT_KEPT),
    C("reported must not V", "Governor Jerry Brown said the state must not build the new prison.",
      E("Jerry Brown", "oppose", "prison"), xfail=NOT_KEPT),
    C("should not V, a measure", "“Congress should not fund the wall,” Speaker Nancy Pelosi said.",
      E("Nancy Pelosi", "oppose", "wall"), xfail=NOT_KEPT),
    C("must not V, the party obliged", "“Israel must not expand the settlements,” Secretary of State John Kerry said.",
      E("John Kerry", "oppose", "settlements"), xfail=NOT_KEPT),
    C("should never V", "“We should never privatize the railways,” Senator Jon Tester said.",
      E("Jon Tester", "oppose", "railways"), xfail=NOT_KEPT),
]

BARRED_CONTROLS = [
    C("must not V, the party obliged holds nothing", "“Israel must not build more settlements,” Secretary of State John Kerry said.",
      A("Israel")),
    C("reported should not V, the party obliged", "Senator Rand Paul said the United States should not arm the militias.",
      A("United States")),
    C("should not of a forecast, no object", "“Oil prices should not rise much further,” Senator Jon Tester said.",
      A("Jon Tester")),
    C("should not be, a copula", "“The focus should not be on the deficit,” Senator Jon Tester said.", A("Jon Tester")),
    C("don't have to V", "“We don't have to raise taxes,” Senator Jon Tester said.", A("Jon Tester")),
    C("need not V", "“We need not raise taxes,” Senator Jon Tester said.", A("Jon Tester")),
    C("must not have V-ed", "“They must not have known about the deal,” Senator Jon Tester said.", A("Jon Tester")),
    C("a question", "“Should we not raise taxes?” Senator Jon Tester asked.", A("Jon Tester")),
    C("must not of a stance verb", "“Iran must not reject the offer,” Federica Mogherini said.",
      A("Federica Mogherini", "oppose"), A("Iran")),
    C("advice in a feature", "You must not forget your sunscreen on the beach.", A("You")),
]

TIME_FOR = [
    C("time for X to V", "“It is time for Congress to raise the minimum wage,” President Barack Obama said.",
      E("Barack Obama", "demand", "minimum wage")),
    C("it's time for X to V", "“It's time for Europe to lift the sanctions,” President Vladimir Putin said.",
      E("Vladimir Putin", "demand", "sanctions")),
    C("time now for X to V", "“It is time now for others in the region to protect their own territory,” "
      "President Donald Trump wrote.", E("Donald Trump", "demand", "territory")),
    C("high time for X to V", "“It is high time for the government to reopen the border,” Senator Jon Tester said.",
      E("Jon Tester", "demand", "border")),
    C("time for both sides to V", "“It's time for both sides to return to the table,” Secretary of State John Kerry said.",
      E("John Kerry", "demand", "table")),
    C("time for a party to end X", "“It is time for Washington to end the embargo,” President Raul Castro said.",
      E("Raul Castro", "demand", "embargo")),
    C("time for the union to V", "“It is time for the union to accept the offer,” Mayor Bill de Blasio said.",
      E("Bill de Blasio", "demand", "offer")),
    C("time for the company to V", "“It is time for the company to raise wages,” Senator Bernie Sanders said.",
      E("Bernie Sanders", "demand", "wages")),
    C("time for the rebels to V", "“It is time for the rebels to lay down their weapons,” President Juan Manuel Santos said.",
      E("Juan Manuel Santos", "demand", "weapons")),
    C("time for the Senate to confirm", "“It is time for the Senate to confirm the nominee,” President Barack Obama said.",
      E("Barack Obama", "demand", "nominee"),
      xfail="a verb of stance in the 'for' clause ('confirm') is read as the Senate's, and the obligation's row is not kept"),
]

TIME_FOR_CONTROLS = [
    C("not time for X to V", "“It is not time for Congress to raise the minimum wage,” Senator Mitch McConnell said.",
      A("Mitch McConnell")),
    C("time for a change, past", "“It was time for a change,” Senator Jon Tester said.", A("Jon Tester")),
    C("a question", "“Is it time for Congress to raise the minimum wage?” Senator Jon Tester asked.", A("Jon Tester")),
    C("time for lunch", "“It is time for lunch,” Senator Jon Tester said.", A("Jon Tester")),
]

PREPOSITIONAL = [
    C("should get rid of X", "“We should get rid of superdelegates entirely,” Senator Jeff Merkley said.",
      E("Jeff Merkley", "demand", "getting rid of superdelegates")),
    C("have to get over X", "“We have to get over partisan divides,” Prime Minister Manuel Valls said.",
      E("Manuel Valls", "demand", "getting over partisan divides")),
    C("must watch over X", "“They must watch over the captured fighters,” President Donald Trump wrote.",
      E("Donald Trump", "demand", "watching over captured fighters")),
    C("must, with X, watch over Y", "“They must, with Europe and others, watch over the captured fighters,” "
      "President Donald Trump wrote.", E("Donald Trump", "demand", "watching over captured fighters")),
    C("must look after X", "“The government must look after the veterans,” Senator Jon Tester said.",
      E("Jon Tester", "demand", "looking after veterans")),
    C("need to get rid of X", "“We need to get rid of the filibuster,” Senator Elizabeth Warren said.",
      E("Elizabeth Warren", "demand", "getting rid of filibuster")),
    C("must care for X", "“The state must care for the refugees,” Chancellor Angela Merkel said.",
      E("Angela Merkel", "demand", "caring for refugees")),
    C("have to get rid of X", "“We have to get rid of the estate tax,” Senator Ted Cruz said.",
      E("Ted Cruz", "demand", "getting rid of estate tax")),
    C("needs to get over X", "“Congress needs to get over its fear of tax increases,” Senator Bernie Sanders said.",
      E("Bernie Sanders", "demand", "getting over fear of tax increases")),
    C("must watch over lines", "“The coalition must watch over the ceasefire lines,” Secretary of State John Kerry said.",
      E("John Kerry", "demand", "watching over ceasefire lines")),
    C("a party should get rid of X", "“Europe should get rid of the tariffs,” President Donald Trump said.",
      E("Donald Trump", "demand", "tariffs"),
      xfail="'get rid' with a subject parsed as an adjectival complement ('rid' acomp of 'get') names no action"),
]

PREPOSITIONAL_CONTROLS = [
    C("got rid of, a report", "“The party has got rid of its old leadership,” Senator Jon Tester said.", A("Jon Tester")),
    C("get over to a place", "“We should get over to Iowa soon,” Senator Jon Tester said.", A("Jon Tester")),
    C("watched over, a report", "Senator Jon Tester watched over the proceedings.", A("Jon Tester")),
]

CASES = (BARRED + BARRED_CONTROLS + TIME_FOR + TIME_FOR_CONTROLS + PREPOSITIONAL + PREPOSITIONAL_CONTROLS)


def test_tables_have_enough_cases():
    for table in (BARRED, TIME_FOR, PREPOSITIONAL):
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_barred_and_timed_obligation(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
