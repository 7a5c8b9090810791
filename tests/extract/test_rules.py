"""The core stance, quote and actor rules on hand-built parses (see ``tests/docs.py``).

These pin the rules, not the parser: each case states the dependency tree, so a new model that
parses a sentence differently changes the real-sentence tests (``test_stances.py`` ...), never
these.
"""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.stance import extract_stances, find_cue
from pipeline.extract.stance.polarity import compose, is_hedged, is_negated, is_undecided
from tests.docs import parse

# --- parses ---------------------------------------------------------------------------------

REJECTED = """
Russia    Russia   PROPN NNP nsubj 1 B-GPE
rejected  reject   VERB  VBD ROOT  1
the       the      DET   DT  det   3
plan      plan     NOUN  NN  dobj  1
.         .        PUNCT .   punct 1
"""
NOT_ACCEPT = """
Russia    Russia   PROPN NNP nsubj 3 B-GPE
did       do       AUX   VBD aux   3
not       not      PART  RB  neg   3
accept    accept   VERB  VB  ROOT  3
the       the      DET   DT  det   5
plan      plan     NOUN  NN  dobj  3
.         .        PUNCT .   punct 3
"""
PASSIVE = """
The       the      DET   DT  det       1
plan      plan     NOUN  NN  nsubjpass 3
was       be       AUX   VBD auxpass   3
rejected  reject   VERB  VBN ROOT      3
by        by       ADP   IN  agent     3
Russia    Russia   PROPN NNP pobj      4 B-GPE
.         .        PUNCT .   punct     3
"""
READY_TO_TALK = """
Iran      Iran     PROPN NNP nsubj 1 B-GPE
is        be       AUX   VBZ ROOT  1
ready     ready    ADJ   JJ  acomp 1
to        to       PART  TO  aux   4
talk      talk     VERB  VB  xcomp 2
.         .        PUNCT .   punct 1
"""
REFUSES_TO_ACCEPT = """
Iran      Iran     PROPN NNP nsubj 1 B-GPE
refuses   refuse   VERB  VBZ ROOT  1
to        to       PART  TO  aux   3
accept    accept   VERB  VB  xcomp 1
the       the      DET   DT  det   5
ceasefire ceasefire NOUN NN  dobj  3
.         .        PUNCT .   punct 1
"""
CALLED_FOR = """
Turkey    Turkey   PROPN NNP nsubj 1 B-GPE
called    call     VERB  VBD ROOT  1
for       for      ADP   IN  prep  1
talks     talk     NOUN  NNS pobj  2
.         .        PUNCT .   punct 1
"""
MAY_ACCEPT = """
Iran      Iran     PROPN NNP nsubj 2 B-GPE
may       may      AUX   MD  aux   2
accept    accept   VERB  VB  ROOT  2
the       the      DET   DT  det   4
deal      deal     NOUN  NN  dobj  2
.         .        PUNCT .   punct 2
"""
UNLIKELY = """
Iran      Iran     PROPN NNP nsubj    1 B-GPE
is        be       AUX   VBZ ROOT     1
unlikely  unlikely ADJ   JJ  acomp    1
to        to       PART  TO  aux      4
accept    accept   VERB  VB  xcomp    2
the       the      DET   DT  det      6
deal      deal     NOUN  NN  dobj     4
.         .        PUNCT .   punct    1
"""
YET_TO = """
Iran      Iran     PROPN NNP nsubj 1 B-GPE
has       have     VERB  VBZ ROOT  1
yet       yet      ADV   RB  advmod 1
to        to       PART  TO  aux   4
accept    accept   VERB  VB  xcomp 1
the       the      DET   DT  det   6
deal      deal     NOUN  NN  dobj  4
.         .        PUNCT .   punct 1
"""
NO_AGREEMENT = """
There     there    PRON  EX  expl  1
is        be       VERB  VBZ ROOT  1
no        no       DET   DT  det   3
agreement agreement NOUN NN  attr  1
.         .        PUNCT .   punct 1
"""
BEGAN_SINGING = """
They      they     PRON  PRP nsubj 1
began     begin    VERB  VBD ROOT  1
singing   sing     VERB  VBG xcomp 1
.         .        PUNCT .   punct 1
"""
ANNOUNCED_DEATH = """
Russia    Russia   PROPN NNP nsubj 1 B-GPE
announced announce VERB  VBD ROOT  1
his       his      PRON  PRP$ poss 3
death     death    NOUN  NN  dobj  1
.         .        PUNCT .   punct 1
"""
ANNOUNCED_SANCTIONS = """
Russia    Russia   PROPN NNP nsubj 1 B-GPE
announced announce VERB  VBD ROOT  1
new       new      ADJ   JJ  amod  3
sanctions sanction NOUN  NNS dobj  1
.         .        PUNCT .   punct 1
"""
URGED_TO_RETURN = """
Egypt     Egypt    PROPN NNP nsubj 1 B-GPE
urged     urge     VERB  VBD ROOT  1
both      both     DET   DT  det   3
sides     side     NOUN  NNS dobj  1
to        to       PART  TO  aux   5
return    return   VERB  VB  xcomp 1
to        to       ADP   IN  prep  5
talks     talk     NOUN  NNS pobj  6
.         .        PUNCT .   punct 1
"""
QUESTION = """
Will      will     AUX   MD  aux   2
Russia    Russia   PROPN NNP nsubj 2 B-GPE
accept    accept   VERB  VB  ROOT  2
the       the      DET   DT  det   4
plan      plan     NOUN  NN  dobj  2
?         ?        PUNCT .   punct 2
"""
IF_WITHDRAWS = """
Russia    Russia   PROPN NNP nsubj 2 B-GPE
will      will     AUX   MD  aux   2
accept    accept   VERB  VB  ROOT  2
the       the      DET   DT  det   4
plan      plan     NOUN  NN  dobj  2
if        if       SCONJ IN  mark  7
Ukraine   Ukraine  PROPN NNP nsubj 7 B-GPE
withdraws withdraw VERB  VBZ advcl 2
.         .        PUNCT .   punct 2
"""
RED_LINE = """
Russia    Russia   PROPN NNP nsubj 1 B-GPE
rejects   reject   VERB  VBZ ROOT  1
the       the      DET   DT  det   3
plan      plan     NOUN  NN  dobj  1
as        as       ADP   IN  prep  1
a         a        DET   DT  det   7
red       red      ADJ   JJ  amod  7
line      line     NOUN  NN  pobj  4
.         .        PUNCT .   punct 1
"""
NOT_SIGN_WITHOUT = """
Iran      Iran     PROPN NNP nsubj 3 B-GPE
will      will     AUX   MD  aux   3
not       not      PART  RB  neg   3
sign      sign     VERB  VB  ROOT  3
a         a        DET   DT  det   5
deal      deal     NOUN  NN  dobj  3
without   without  ADP   IN  prep  3
guarantees guarantee NOUN NNS pobj 6
.         .        PUNCT .   punct 3
"""
CLAIMED = """
Russia    Russia   PROPN NNP nsubj 1 B-GPE
said      say      VERB  VBD ROOT  1
that      that     SCONJ IN  mark  4
Ukraine   Ukraine  PROPN NNP nsubj 4 B-GPE
rejected  reject   VERB  VBD ccomp 1
the       the      DET   DT  det   6
plan      plan     NOUN  NN  dobj  4
.         .        PUNCT .   punct 1
"""

# "repeated its demand that Hamas disarm": the small model's misreading, the bare verb a noun
# hung on the demand with "that" and its subject as a compound
DEMAND_THAT_NOUN = """
Israel    Israel   PROPN NNP nsubj    1 B-GPE
repeated  repeat   VERB  VBD ROOT     1
its       its      PRON  PRP$ poss    3
demand    demand   NOUN  NN  dobj     1
that      that     SCONJ IN  mark     6
Hamas     Hamas    PROPN NNP compound 6 B-ORG
disarm    disarm   NOUN  NN  acl      3
.         .        PUNCT .   punct    1
"""
# "its call that Israel withdraw": read as a relative clause, "that" (a complementizer) its object
CALL_THAT_RELCL = """
Egypt     Egypt    PROPN NNP nsubj    1 B-GPE
repeated  repeat   VERB  VBD ROOT     1
its       its      PRON  PRP$ poss    3
call      call     NOUN  NN  dobj     1
that      that     SCONJ IN  dobj     6
Israel    Israel   PROPN NNP nsubj    6 B-GPE
withdraw  withdraw VERB  VB  relcl    3
.         .        PUNCT .   punct    1
"""
# "the plan that Israel supports": a relative clause ("that" a relative pronoun)
PLAN_THAT_RELCL = """
Hamas     Hamas    PROPN NNP nsubj    1 B-ORG
rejected  reject   VERB  VBD ROOT     1
the       the      DET   DT  det      3
plan      plan     NOUN  NN  dobj     1
that      that     PRON  WDT dobj     6
Israel    Israel   PROPN NNP nsubj    6 B-GPE
supports  support  VERB  VBZ relcl    3
.         .        PUNCT .   punct    1
"""
# "Greenpeace sued to stop the pipeline": what a legal step is for
SUED_TO_STOP = """
Greenpeace Greenpeace PROPN NNP nsubj 1 B-ORG
sued      sue      VERB  VBD ROOT     1
to        to       PART  TO  aux      3
stop      stop     VERB  VB  xcomp    1
the       the      DET   DT  det      5
pipeline  pipeline NOUN  NN  dobj     3
.         .        PUNCT .   punct    1
"""


def stances(lexicon, table_text):
    doc = parse(table_text)
    table = extract_actor_table(doc, lexicon)
    quotes = extract_quotes(doc, table, lexicon)
    out = []
    for s in extract_stances(doc, table, quotes, lexicon):
        claimed = table.actors[s.claimed_by].name if s.claimed_by >= 0 else ""
        out.append((table.actors[s.actor].name, s.issue, s.polarity, s.red_line, s.condition, claimed))
    return out


# --- cues --------------------------------------------------------------------------------------

@pytest.mark.parametrize("table_text, at, polarity, kind, obj", [
    (REJECTED, 1, "oppose", "verb", "plan"),
    (READY_TO_TALK, 2, "support", "adjective", "talk"),
    (CALLED_FOR, 1, "demand", "phrasal", "talks"),
    (ANNOUNCED_SANCTIONS, 1, "support", "verb", "sanctions"),  # a measure is announced ...
    (URGED_TO_RETURN, 1, "demand", "verb", "return"),  # object control: the embedded action
], ids=["verb", "adjective", "phrasal", "announce-measure", "object-control"])
def test_cue(lexicon, table_text, at, polarity, kind, obj):
    cue = find_cue(parse(table_text)[at], lexicon)
    assert (cue.polarity, cue.kind, cue.obj.text if cue.obj is not None else None) == (polarity, kind, obj)


@pytest.mark.parametrize("table_text, at", [
    (ANNOUNCED_DEATH, 1),  # ... news is not ("announced his death")
    (BEGAN_SINGING, 1),  # aspect, not a position
    (REJECTED, 3),  # a plain noun
], ids=["announce-news", "aspectual", "no-cue"])
def test_no_cue(lexicon, table_text, at):
    assert find_cue(parse(table_text)[at], lexicon) is None


# --- polarity ----------------------------------------------------------------------------------

@pytest.mark.parametrize("outer, inner, expected", [
    ("support", "oppose", "oppose"),  # "ready to reject"
    ("oppose", "support", "oppose"),  # "refuse to accept"
    ("oppose", "oppose", "support"),  # "refuse to reject"
    ("demand", "support", "demand"),  # "urged them to agree"
    ("demand", "consider", "consider"),
    ("demand", "oppose", "oppose"),  # "urged them to reject"
    ("propose", "oppose", "oppose"),  # "proposed to scrap"
    ("consider", "support", "consider"),
])
def test_compose(lexicon, outer, inner, expected):
    assert compose(outer, inner, lexicon) == expected


@pytest.mark.parametrize("table_text, at, negated, hedged, undecided", [
    (NOT_ACCEPT, 3, True, False, False),
    (NO_AGREEMENT, 3, True, False, False),  # "no agreement": the determiner negates the noun
    (MAY_ACCEPT, 2, False, True, False),
    (UNLIKELY, 4, False, True, False),  # a prediction, through the hedging adjective
    (YET_TO, 4, False, False, True),
    (REJECTED, 1, False, False, False),
], ids=["neg", "no-det", "modal", "unlikely", "yet", "plain"])
def test_negation_and_modality(lexicon, table_text, at, negated, hedged, undecided):
    tok = parse(table_text)[at]
    assert (is_negated(tok, lexicon), is_hedged(tok, lexicon), is_undecided(tok, lexicon)) == (negated, hedged, undecided)


# --- stances: holders, polarity, conditions, red lines ---------------------------------------

@pytest.mark.parametrize("table_text, expected", [
    (REJECTED, [("Russia", "plan", "oppose", False, "", "")]),
    (NOT_ACCEPT, [("Russia", "plan", "oppose", False, "", "")]),  # negation table: not support = oppose
    (PASSIVE, [("Russia", "plan", "oppose", False, "", "")]),  # the agent holds a passive stance
    (REFUSES_TO_ACCEPT, [("Iran", "ceasefire", "oppose", False, "", "")]),  # read through to the inner cue
    (MAY_ACCEPT, [("Iran", "deal", "consider", False, "", "")]),  # hedged: consider
    (IF_WITHDRAWS, [("Russia", "plan", "support", False, "Ukraine withdraws", "")]),
    (RED_LINE, [("Russia", "plan", "oppose", True, "", "")]),
    # "will not sign a deal without guarantees": a demand for guarantees, and the deal opposed
    # on that condition; a precondition, so a red line (as "no deal without X")
    (NOT_SIGN_WITHOUT, [("Iran", "deal", "oppose", True, "guarantees", ""),
                        ("Iran", "guarantees", "demand", True, "", "")]),
    (CLAIMED, [("Ukraine", "plan", "oppose", False, "", "Russia")]),  # reported by Russia
    (QUESTION, []),  # a question states no position
    (DEMAND_THAT_NOUN, [("Israel", "disarmament", "demand", False, "", "")]),  # a clause misread as a noun
    (CALL_THAT_RELCL, [("Egypt", "withdrawal", "demand", False, "", "")]),  # a subjunctive misread as relative
    # a relative clause stays one: Israel supports the plan Hamas rejects, nobody demands it
    (PLAN_THAT_RELCL, [("Hamas", "plan", "oppose", False, "", ""), ("Israel", "plan", "support", False, "", "")]),
    (SUED_TO_STOP, [("Greenpeace", "pipeline", "oppose", False, "", "")]),  # a legal step's aim
], ids=["verb", "negated", "passive-agent", "embedded", "hedged", "condition", "red-line", "without",
        "claimed", "question", "misread-noun-clause", "misread-relative-clause", "relative-clause", "legal-aim"])
def test_stances(lexicon, table_text, expected):
    assert stances(lexicon, table_text) == expected


# --- quotes ------------------------------------------------------------------------------------

SAID_COMMA_QUOTE = """
Putin     Putin    PROPN NNP nsubj 1 B-PERSON
said      say      VERB  VBD ROOT  1
,         ,        PUNCT ,   punct 1
“         “        PUNCT ``  punct 5
We        we       PRON  PRP nsubj 5
reject    reject   VERB  VBP ccomp 1
the       the      DET   DT  det   7
plan      plan     NOUN  NN  dobj  5
.         .        PUNCT .   punct 5
”         ”        PUNCT ''  punct 5
"""
QUOTE_SAID_NAME = """
“         “        PUNCT ``  punct 2
We        we       PRON  PRP nsubj 2
reject    reject   VERB  VBP ccomp 7
the       the      DET   DT  det   4
plan      plan     NOUN  NN  dobj  2
,         ,        PUNCT ,   punct 2
”         ”        PUNCT ''  punct 7
said      say      VERB  VBD ROOT  7
Putin     Putin    PROPN NNP nsubj 7 B-PERSON
.         .        PUNCT .   punct 7
"""
SAID_THAT = """
Putin     Putin    PROPN NNP nsubj 1 B-PERSON
said      say      VERB  VBD ROOT  1
that      that     SCONJ IN  mark  4
Russia    Russia   PROPN NNP nsubj 4 B-GPE
rejected  reject   VERB  VBD ccomp 1
the       the      DET   DT  det   6
plan      plan     NOUN  NN  dobj  4
.         .        PUNCT .   punct 1
"""


def quotes(lexicon, table_text):
    doc = parse(table_text)
    table = extract_actor_table(doc, lexicon)
    return [(q.kind, q.text, table.actors[q.speaker].name if q.speaker >= 0 else None)
            for q in extract_quotes(doc, table, lexicon)]


@pytest.mark.parametrize("table_text, expected", [
    (SAID_COMMA_QUOTE, [("direct", "We reject the plan.", "Putin")]),
    (QUOTE_SAID_NAME, [("direct", "We reject the plan", "Putin")]),  # inverted: "..., said X"
    (SAID_THAT, [("indirect", "Russia rejected the plan", "Putin")]),
], ids=["said-comma-quote", "quote-said-name", "said-that"])
def test_quote_attribution(lexicon, table_text, expected):
    assert quotes(lexicon, table_text) == expected


def test_first_person_in_a_quote_is_its_speaker(lexicon):
    assert stances(lexicon, SAID_COMMA_QUOTE) == [("Putin", "plan", "oppose", False, "", "")]


# --- actor references --------------------------------------------------------------------------

PRONOUN = """
Vladimir  Vladimir PROPN NNP compound 1 B-PERSON
Putin     Putin    PROPN NNP nsubj    2 I-PERSON
spoke     speak    VERB  VBD ROOT     2
.         .        PUNCT .   punct    2
He        he       PRON  PRP nsubj    5
rejected  reject   VERB  VBD ROOT     5
the       the      DET   DT  det      7
plan      plan     NOUN  NN  dobj     5
.         .        PUNCT .   punct    5
"""
TITLE = """
President president PROPN NNP compound 2
Vladimir  Vladimir PROPN NNP compound 2 B-PERSON
Putin     Putin    PROPN NNP nsubj    3 I-PERSON
spoke     speak    VERB  VBD ROOT     3
.         .        PUNCT .   punct    3
The       the      DET   DT  det      6
president president NOUN NN  nsubj    7
rejected  reject   VERB  VBD ROOT     7
the       the      DET   DT  det      9
plan      plan     NOUN  NN  dobj     7
.         .        PUNCT .   punct    7
"""
IT_STATE = """
Russia    Russia   PROPN NNP nsubj 1 B-GPE
spoke     speak    VERB  VBD ROOT  1
.         .        PUNCT .   punct 1
It        it       PRON  PRP nsubj 4
rejected  reject   VERB  VBD ROOT  4
the       the      DET   DT  det   6
plan      plan     NOUN  NN  dobj  4
.         .        PUNCT .   punct 4
"""
SHE_NO_WOMAN = """
Vladimir  Vladimir PROPN NNP compound 1 B-PERSON
Putin     Putin    PROPN NNP nsubj    2 I-PERSON
spoke     speak    VERB  VBD ROOT     2
.         .        PUNCT .   punct    2
She       she      PRON  PRP nsubj    5
rejected  reject   VERB  VBD ROOT     5
the       the      DET   DT  det      7
plan      plan     NOUN  NN  dobj     5
.         .        PUNCT .   punct    5
"""


def references(lexicon, table_text):
    doc = parse(table_text)
    table = extract_actor_table(doc, lexicon)
    return sorted((doc[m.start:m.end].text, m.kind, table.actors[m.actor].name) for m in table.mentions
                  if m.kind in {"pronoun", "title"})


@pytest.mark.parametrize("table_text, expected", [
    (PRONOUN, [("He", "pronoun", "Vladimir Putin")]),
    # the title before the name is a title mention too
    (TITLE, [("President", "title", "Vladimir Putin"), ("The president", "title", "Vladimir Putin")]),
    (IT_STATE, [("It", "pronoun", "Russia")]),
    (SHE_NO_WOMAN, []),  # "she" never refers to a man named before
], ids=["he", "the-president", "it-state", "gender"])
def test_references(lexicon, table_text, expected):
    assert references(lexicon, table_text) == expected
