"""Speakers named around a quotation by the layout of news rather than by a reporting verb (issue
11, found on the PolNeAR train split):

1. a paragraph that is one quotation, signed by a short line under it that opens with a dash
   ('"..." / - Senator X.', '"..." / -X, tweeting after the speech'), as fact checks, notebooks
   and lists of quotes set them (ingest drops a spaced dash as a list bullet: 'X.' alone is read
   the same); a byline under a paragraph of prose signs no quote;
2. labels before a colon that carry more than the name: the party and state in brackets
   ('Rep. X (R-Ohio): "..."'), the topic ('X on the budget: "..."', 'X on Y: "..."'), or an
   ellipsis before them ('... X: "..."');
3. a colon that ends the main clause before a quote, with a reporting verb in a clause that
   depends on it ('When X suggested that ..., Y fired back: "..."'): the quote is Y's.

Each case is written for this test (made-up people); none is taken from an annotated article.
Controls pin what must stay as it was. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text: str, speaker: str | None, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:80])


# --- 1. A quotation signed by the line under it -------------------------------------------

_BEFORE = "Senator Hal Pruett and Mayor Dana Whitcombe spoke at the rally in Dayton on Sunday.\n\n"
_WORDS = '"The whole idea of cutting the school budget is something we hear about every year, and it has to stop."'

SIGNED = [
    _case(_BEFORE + _WORDS + "\n\n- Dana Whitcombe.", "Dana Whitcombe"),
    _case(_BEFORE + _WORDS + "\n\n-Dana Whitcombe, Dayton.", "Dana Whitcombe"),
    _case(_BEFORE + _WORDS + "\n\n— Dana Whitcombe, speaking after the vote.", "Dana Whitcombe"),
    _case(_BEFORE + _WORDS + "\n\n– Whitcombe.", "Dana Whitcombe"),
    _case(_BEFORE + _WORDS + "\n\n-Senator Hal Pruett, tweeting after the speech.", "Hal Pruett"),
    _case(_BEFORE + _WORDS + "\n\n- Sen. Hal Pruett, in a statement.", "Hal Pruett"),
    _case(_BEFORE + _WORDS + "\n\n-Mayor Whitcombe.", "Dana Whitcombe"),
    _case(_BEFORE + _WORDS + "\n\n— Pruett, at the rally.", "Hal Pruett"),
    _case(_BEFORE + '“We will not cut a single teacher. Not one.”\n\n- Hal Pruett.\n\nThe senator has '
          "made that promise before.", "Hal Pruett"),
    # the dash of a spaced '- X.' is a list bullet to ingest, which leaves 'X.'
    _case(_BEFORE + _WORDS + "\n\nDana Whitcombe.\n\nThe mayor tends to overstate it.", "Dana Whitcombe"),
    _case(_BEFORE + _WORDS + "\n\nSen. Hal Pruett, in a statement.", "Hal Pruett"),
    # the dash the tokenizer leaves on the line's first word is no part of the name
    _case("The rally ran late.\n\n" + _WORDS + "\n\n-Michelle Marks, Philadelphia.", "Michelle Marks"),
    # a signature wins over the speaker of the paragraph before (a floating quote)
    _case(_BEFORE + '"We will win," Whitcombe said.\n\n' + _WORDS + "\n\n- Hal Pruett.", "Hal Pruett"),
    # controls: no signature line; a line that is a sentence of its own; words before the quote
    _case(_BEFORE + '"We will win," Whitcombe said.\n\n' + _WORDS, "Dana Whitcombe"),
    _case("The rally in Dayton ran late on Sunday.\n\n" + _WORDS + "\n\n- Hal Pruett said the crowd was large.",
          None),
    _case("The rally in Dayton ran late on Sunday.\n\n" + _WORDS + "\n\nHal Pruett spoke next, and the crowd "
          "cheered for a long time.", None),
    _case("The rally in Dayton ran late on Sunday.\n\n" + _WORDS + "\n\nPRUETT COUNTER.\n\nIn an apparent "
          "counter, Senator Hal Pruett stressed support for the schools.", None),
    _case(_BEFORE + "At the end, Whitcombe asked " + _WORDS + "\n\n- Hal Pruett.", "Dana Whitcombe"),
]


@pytest.mark.parametrize("text, speaker", SIGNED)
def test_quotation_signed_by_the_line_under_it(nlp, text, speaker):
    words = "school budget" if "school budget" in text else "single teacher"
    found = [f for f in speakers(nlp, text, kinds=("direct",)) if words in f[2]]
    assert found and found[0][0] == speaker, found


# a byline under a paragraph of prose signs the writer's words: the quotation inside them is not
# the byline's
def test_byline_under_prose_signs_no_quotation(nlp):
    text = (_BEFORE + 'The crowd greeted the senator with chants of "four more years" and a long ovation '
            "before he spoke.\n\n- Jane Calloway.")
    found = [f for f in speakers(nlp, text) if "four more years" in f[2]]
    assert all(f[0] != "Jane Calloway" for f in found), found


# --- 2. Labels with a bracket, a topic or an ellipsis before them ----------------------------

LABELS = [
    _case('Rep. Dana Whitcombe (R-Ohio): "I have not heard anyone cite that figure. Who told you that?"',
          "Dana Whitcombe"),
    _case('Sen. Hal Pruett (D-Md.): "The committee has had the documents for a year."', "Hal Pruett"),
    _case('Gov. Hal Pruett (D): "We will sign the bill as soon as it reaches my desk."', "Hal Pruett"),
    _case('Hal Pruett on the budget: "We cannot keep spending money we do not have."', "Hal Pruett"),
    _case('Senator Hal Pruett on the strike: "The workers deserve a fair offer."', "Hal Pruett"),
    _case('Dana Whitcombe on why the talks failed: "Nobody came with a real offer."', "Dana Whitcombe"),
    _case('Hal Pruett on Dana Whitcombe: "She is the wrong choice for the state."', "Hal Pruett"),
    _case('Soon after the vote the senator posted about it ... Hal Pruett: "Thanks for the support on the '
          'tax bill."', "Hal Pruett"),
    _case('Rep. Dana Whitcombe (R-Ohio):"I have not heard anyone cite that figure."', "Dana Whitcombe",
          xfail='the tokenizer makes one token of "(R-Ohio):"I" with no space after the colon'),
    # controls: a plain label; a name that is the object of a verb before the colon
    _case('Dana Whitcombe: "We will win this race."', "Dana Whitcombe"),
    _case('The party relied on Dana Whitcombe: "She knows the state."', None),
    _case('A lot rides on Dana Whitcombe: "She has to win Ohio."', None),
]


@pytest.mark.parametrize("text, speaker", LABELS)
def test_label_with_bracket_topic_or_ellipsis(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("direct",))
    assert found and found[0][0] == speaker, found


# --- 3. A colon ends the main clause; a reporting verb depends on it -------------------------

COLON_CLAUSES = [
    _case("When Pruett suggested that the island would sue the country, Whitcombe fired back forcefully: "
          "“If they sue us in a court in Miami, they are going to lose.”", "Dana Whitcombe"),
    _case("After Pruett said the plan was dead, Whitcombe shot back: “The plan is alive and it will pass.”",
          "Dana Whitcombe"),
    _case("Because Pruett had claimed the votes were there, Whitcombe answered sharply: “Count them again.”",
          "Dana Whitcombe"),
    _case("As Pruett argued that the tax would hurt farmers, Whitcombe interrupted: “Farmers asked for this "
          "tax.”", "Dana Whitcombe"),
    _case("Although Pruett insisted the deal was fair, Whitcombe was unmoved: “It is not fair to anyone in "
          "this town.”", "Dana Whitcombe"),
    # controls: the reporting verb is the colon clause's own; a colon clause with no actor
    _case("Pruett suggested a way out: “If they sue us, they are going to lose.”", "Hal Pruett"),
    _case("When Pruett suggested that the island would sue, the answer was short: “They are going to lose.”",
          "Hal Pruett"),
]


@pytest.mark.parametrize("text, speaker", COLON_CLAUSES)
def test_colon_clause_over_a_dependent_cue(nlp, text, speaker):
    text = "Senator Hal Pruett and Mayor Dana Whitcombe met in Dayton.\n\n" + text
    found = speakers(nlp, text, kinds=("direct",))
    assert found and found[-1][0] == speaker, found
