"""The precision rules of the quotes on hand-built parses (see ``tests/docs.py``): a portent
("the vote promised to be ..."), the circumstances after a quote's cue ("said cheerfully as the
results came in"). Each parse states its tree, so these pin the rules whatever a parser makes
of the sentences; the real-sentence tables are test_quote_portents.py and
test_quote_circumstances.py.
"""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table
from pipeline.extract.quotes import extract_quotes
from tests.docs import parse


def _indirect(lexicon, table_text):
    doc = parse(table_text)
    table = extract_actor_table(doc, lexicon)
    return [q.text for q in extract_quotes(doc, table, lexicon) if q.kind == "indirect"]


def _promised(subject: str, lemma: str, pos: str) -> str:
    return f"""
The       the       DET   DT  det    1
{subject} {lemma}   {pos} NN  nsubj  2
promised  promise   VERB  VBD ROOT   2
to        to        PART  TO  aux    4
hold      hold      VERB  VB  xcomp  2
new       new       ADJ   JJ  amod   6
talks     talk      NOUN  NNS dobj   4
.         .         PUNCT .   punct  2
"""


LAWSUIT_THAT = """
A          a          DET   DT  det    1
lawsuit    lawsuit    NOUN  NN  nsubjpass 8
that       that       PRON  WDT nsubj  3
threatened threaten   VERB  VBD relcl  1
to         to         PART  TO  aux    5
close      close      VERB  VB  xcomp  3
the        the        DET   DT  det    7
union      union      NOUN  NN  dobj   5
was        be         AUX   VBD auxpass 9
dropped    drop       VERB  VBN ROOT   9
.          .          PUNCT .   punct  9
"""


@pytest.mark.parametrize(("table_text", "expected"), [
    (_promised("summit", "summit", "NOUN"), []),
    (_promised("crisis", "crisis", "NOUN"), []),
    (LAWSUIT_THAT, []),
    (_promised("union", "union", "NOUN"), ["to hold new talks"]),
    (_promised("minister", "minister", "NOUN"), ["to hold new talks"]),
], ids=["summit", "crisis", "lawsuit that", "union", "minister"])
def test_portent_on_a_parse(lexicon, table_text, expected):
    assert _indirect(lexicon, table_text) == expected


def _said(adverb_dep: str, clause_dep: str, mark: str) -> str:
    return f"""
Jones     Jones     PROPN NNP nsubj  1 B-PERSON
said      say       VERB  VBD ROOT   1
cheerfully cheerfully ADV RB  {adverb_dep} 1
{mark}    {mark}    SCONJ IN  mark   6
the       the       DET   DT  det    5
results   result    NOUN  NNS nsubj  6
came      come      VERB  VBD {clause_dep} 1
in        in        ADP   RP  prt    6
.         .         PUNCT .   punct  1
"""


@pytest.mark.parametrize(("table_text", "expected"), [
    (_said("advmod", "advcl", "as"), []),
    (_said("advmod", "advcl", "when"), []),
    (_said("advmod", "advcl", "that"), ["the results came in"]),
], ids=["as", "when", "that"])
def test_circumstances_on_a_parse(lexicon, table_text, expected):
    found = _indirect(lexicon, table_text)
    assert [words for words in expected if any(words in q for q in found)] == expected
    assert len(found) == len(expected)
