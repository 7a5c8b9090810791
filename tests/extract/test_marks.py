"""Quotation-mark pairing on real-text shapes."""

from __future__ import annotations

import pytest

from pipeline.extract.marks import pair_quotes, quote_inner_text


def quotes_of(text: str) -> list[str]:
    return [quote_inner_text(text, q) for q in pair_quotes(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said, "We will not." Then left.', ["We will not."]),
        ("“Curly,” he said. “Second.”", ["Curly,", "Second."]),
        # mixed marks inside one quote (curly open, straight close)
        ('“We would have a difficult job," he said.', ["We would have a difficult job,"]),
        # nested single quotes stay inside the double quote
        ('"They called it \'a farce\' today," she said.', ["They called it 'a farce' today,"]),
        # multi-paragraph quote: opening mark on each paragraph, closing only at the end
        ('She said: "First paragraph.\n\n"Second paragraph." Done.', ["First paragraph. Second paragraph."]),
        # apostrophes are not quotes
        ("Russia's forces and the '90s and workers' pay.", []),
        # single-quoted quotations
        ("Trump says he 'can' and 'may' act.", ["can", "may"]),
        # unbalanced: the certain quote is kept, the stray mark ignored
        ('A stray " mark here. "Real quote," he said.', ["Real quote,"]),
        ('Unclosed "quote at the end of the paragraph.\n\nNext paragraph.', []),
        ("", []),
    ],
)
def test_pairing(text, expected):
    assert quotes_of(text) == expected


def test_stray_marks_are_reported():
    pairing = pair_quotes('Unclosed "quote.\n\nNext.')
    assert pairing.stray and pairing.quotes == []


def test_offsets_cover_the_words():
    text = 'Zelensky said: "We are fighting." Then.'
    q = pair_quotes(text).quotes[0]
    assert text[q.inner_start : q.inner_end] == "We are fighting."
    assert text[q.start] == '"' and text[q.end - 1] == '"'


# Doubled apostrophes standing for double marks (the typewriter convention of some news archives).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''We will not back down,'' the senator said.", ["We will not back down,"]),
        ("The mayor said, ''The budget is balanced.''", ["The budget is balanced."]),
        ("She called the plan ''a disaster'' on Monday.", ["a disaster"]),
        ("''First part,'' he said. ''Second part.''", ["First part,", "Second part."]),
        ("He appeared on ''Face the Nation'' and left.", ["Face the Nation"]),
        ("''They called it 'a farce' today,'' she said.", ["They called it 'a farce' today,"]),
        ("''It's over,'' said the coach, who didn't smile.", ["It's over,"]),
        ("The union said: ''We stand firm.\n\n''We will strike.''", ["We stand firm. We will strike."]),
        ("Critics warned of ''chaos'' and ''ruin.''", ["chaos", "ruin."]),
        ("(''Not now,'' she wrote.)", ["Not now,"]),
        ("A reply: ''No.'' Then silence.", ["No."]),
        ("Officials' statements and workers' pay, not quotes.", []),
    ],
)
def test_doubled_apostrophes_are_double_marks(text, expected):
    assert quotes_of(text) == expected


def test_doubled_apostrophe_marks_cover_both_characters():
    text = "He said ''yes'' twice."
    (quote,) = pair_quotes(text).quotes
    assert text[quote.start : quote.end] == "''yes''"
    assert text[quote.inner_start : quote.inner_end] == "yes"
