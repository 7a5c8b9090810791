""""The president" when two presidents are named (issue #11, generalisation: a wrong-holder
family read in news nobody had tuned on), read by the full pipeline. A bare title goes to the
holder of that role named last; when two holders were named since the sentence before, news
English goes on with the one named as a clause's subject, not the one named last as an object:
"President Barack Obama praised President Assad. The president rejected the arms deal" is
Obama's (actors/references.py, _title_referent).

Controls: one holder only, a title before a name, the subject named earlier than the sentence
before, "the vice president". Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SUBJECTS = [
    C("praised another president", "President Bashar al-Assad spoke first. President Barack Obama praised Assad. The president rejected the arms deal.",
      E("Barack Obama", "oppose", "arms deal"), A("Bashar al-Assad", "oppose")),
    C("met another president", "President Xi Jinping arrived on Monday. President Joe Biden met Xi on Tuesday. The president backed the climate pact.",
      E("Joe Biden", "support", "climate pact"), A("Xi Jinping", "support")),
    C("pressed another president", "President Vladimir Putin spoke by phone. President Emmanuel Macron pressed Putin on Ukraine. The president called for a ceasefire.",
      E("Emmanuel Macron", "demand", "ceasefire"), A("Vladimir Putin", "demand")),
    C("criticized another prime minister", "Prime Minister Benjamin Netanyahu spoke on Monday. Prime Minister Boris Johnson criticized Netanyahu. The prime minister rejected the annexation plan.",
      E("Boris Johnson", "oppose", "annexation"), A("Benjamin Netanyahu", "oppose")),
    C("called another president", "President Recep Tayyip Erdogan was in Ankara. President Donald Trump called Erdogan on Sunday. The president welcomed the truce.",
      E("Donald Trump", "support", "truce"), A("Recep Tayyip Erdogan", "support")),
    C("thanked another chancellor", "Chancellor Olaf Scholz spoke first. Chancellor Karl Nehammer thanked Scholz. The chancellor backed the gas deal.",
      E("Karl Nehammer", "support", "gas deal")),
    C("warned another president", "President Nicolas Maduro was defiant. President Ivan Duque warned Maduro. The president rejected the talks.",
      E("Ivan Duque", "oppose", "talks")),
    C("hosted another president", "President Cyril Ramaphosa flew in. President Uhuru Kenyatta hosted Ramaphosa in Nairobi. The president proposed a trade pact.",
      E("Uhuru Kenyatta", "propose", "trade pact")),
    C("urged another prime minister", "Prime Minister Narendra Modi spoke first. Prime Minister Imran Khan urged Modi to talk. The prime minister offered talks on Kashmir.",
      E("Imran Khan", "propose", "talks")),
    C("with a reporting aside", "President Bashar al-Assad spoke. President Barack Obama, officials said, has grown wary of Assad. The president opposed the arms deal.",
      E("Barack Obama", "oppose", "arms deal")),
]

CONTROLS = [
    C("one holder only", "President Barack Obama spoke. The president rejected the arms deal.",
      E("Barack Obama", "oppose", "arms deal")),
    C("the last one named is the subject", "President Barack Obama spoke. President Bashar al-Assad praised Obama. The president rejected the arms deal.",
      E("Bashar al-Assad", "oppose", "arms deal")),
    C("a title before a name", "President Barack Obama spoke. President Bashar al-Assad rejected the arms deal.",
      E("Bashar al-Assad", "oppose", "arms deal"), A("Barack Obama", "oppose")),
    C("the subject named long before", "President Barack Obama spoke. The weather was fine. The crowd was large. President Bashar al-Assad was praised. The president rejected the arms deal.",
      E("Bashar al-Assad", "oppose", "arms deal")),
    C("the vice president", "President Joe Biden spoke. Vice President Kamala Harris praised Biden. The vice president backed the climate pact.",
      E("Kamala Harris", "support", "climate pact")),
    C("no title at all", "President Joe Biden spoke. Xi Jinping backed the climate pact.",
      E("Xi Jinping", "support", "climate pact"), A("Joe Biden")),
    C("the same holder as subject and last", "President Joe Biden met Xi Jinping. The president backed the climate pact.",
      E("Joe Biden", "support", "climate pact")),
    C("another title", "President Joe Biden spoke. Prime Minister Rishi Sunak praised Biden. The president backed the climate pact.",
      E("Joe Biden", "support", "climate pact")),
    C("the subject is a pronoun", "President Joe Biden spoke. He praised President Xi Jinping. The president backed the climate pact.",
      E("Xi Jinping", "support", "climate pact"),
      xfail="a pronoun subject is no mention the rule reads; the last holder named goes on"),
    C("a plural title", "President Joe Biden met President Xi Jinping. The presidents backed the climate pact.",
      A("Xi Jinping", "oppose")),
]

CASES = SUBJECTS + CONTROLS


def test_table_has_enough_cases():
    assert len(SUBJECTS) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_title_subjects(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
