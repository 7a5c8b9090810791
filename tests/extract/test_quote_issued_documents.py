"""A document the speaker puts out speaks for them: "X sent out a press release saying ...", "X
released a memo saying ...", "X issued a statement on Monday. The statement said ..." (issue 11,
from PolNeAR train speaker misses: a press release or a memo "saying" had no speaker, and "the
statement said" looked back only for "said in a statement"). Only verbs of putting out one's
own document count (``issuing`` in cues.toml): a report someone cites, reads or receives is not
their words.

Each case is written for this test (made-up people, real organisations' kinds); none is taken
from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import check_speaker, speaker_case, stance_holders



ISSUED = [
    speaker_case("The Green Party sent out a press release saying the senator had lied about the budget.",
          "lied about the budget", "Green Party"),
    speaker_case("Nora Lindqvist released a memo saying the campaign had a clear lead in the delegate count.",
          "clear lead", "Nora Lindqvist"),
    speaker_case("Siemens put out a report saying profits had fallen by half.", "fallen by half", "Siemens"),
    speaker_case("The Green Party filed a report with the commission saying the election had been rigged.",
          "had been rigged", "Green Party"),
    speaker_case("The Labour Party circulated a memo among its members saying the offer was too low.", "too low",
          "Labour Party"),
    speaker_case("The Labour Party issued a statement on Monday. The statement said the government would not accept "
          "the plan.", "would not accept the plan", "Labour Party"),
    speaker_case('Senator Nora Lindqvist released a statement on Friday. "We will fight this bill," the statement said.',
          "fight this bill", "Nora Lindqvist"),
    speaker_case("The European Commission sent a letter to the ministers. The letter said the rules would apply from May.",
          "apply from May", "European Commission"),
    speaker_case("Karl Brenner published a letter on Tuesday. The letter said the strike would go on until May.",
          "go on until May", "Karl Brenner"),
    speaker_case("Karl Brenner issued a statement saying he rejected the offer.", "rejected the offer", "Karl Brenner"),
    speaker_case("Paul Otieno posted a video saying the ceasefire would hold.", "ceasefire would hold", "Paul Otieno",
          xfail="'video' is no report noun: a video may show anyone's words"),
    # controls: a document someone only cites, reads or receives is not their words
    speaker_case("Karl Brenner cited a report saying the factory was unsafe.", "factory was unsafe", None),
    speaker_case("Nora Lindqvist read a study saying that most voters wanted change.", "voters wanted change", None),
    speaker_case("Karl Brenner received a letter on Monday. The letter said the talks were over.", "talks were over", None),
    speaker_case("The Green Party attacked a report saying the plan would be cheap.", "plan would be cheap", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ISSUED)
def test_issued_document_speaks_for_its_issuer(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "holder"), [
    pytest.param("The Green Party sent out a press release saying it opposed the new pipeline.", "pipeline",
                 "Green Party", id="press-release-stance"),
    pytest.param("The Labour Party issued a statement on Monday. The statement said the party rejected the offer.",
                 "offer", "Labour Party", id="statement-said-stance"),
])
def test_stance_in_an_issued_document_is_the_issuers(full_stances, text, words, holder):
    holders = stance_holders(full_stances, text, words)
    assert holders == {holder}, full_stances(text)
