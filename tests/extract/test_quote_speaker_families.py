"""Speakers of quotations in the families of constructions news English attributes words with
(issue 11, probed on text the rules were not fitted to):

1. the speaker named after the quote when a paragraph break comes before it, and a quote whose
   speaker's last attribution ends the paragraph before ('"...?" Y asked.' then, on a new line,
   '"...?" X replied, ...': the short sentence before the break is Y's, not X's cue);
2. a quotation that goes on over paragraphs (each new paragraph opens a quote mark, none closes);
3. a pronoun or a description ("the minister added", "she told reporters") in the sentence
   after the one naming the speaker;
4. "according to X"; 5. "X's spokesman said", "a spokeswoman for X"; 6. "in a statement, X said";
7. "X told Reuters", an interview with a medium; 8. the inverted "said X";
9. speakers introduced by an apposition or a title, or by a relative clause set off before the
   cue ('X, meanwhile, who ..., said ...': the parser may make it the cue's clause, with X and
   "who" its two subjects); 10. quotes nested in quotes;
11. a headline quoting a speaker the story names in full, or naming them before a colon;
12. a quote opened after a colon;
13. reported speech after warned, insisted, argued, acknowledged, noted, claimed, added,
    stressed: the content clause's own subject (another person, a state) is not who speaks;
14. an attribution set inside its clause after the clause's subject ("Brenner, Lindqvist
    argued, could not be trusted"), which the parser makes a second subject of the cue or an
    apposition to the first;
15. a participle that opens the sentence ("Insisting that ...", 'Saying "...", X elaborated'):
    it shares the subject of the main clause after its comma, whatever the parser made of it;
16. an unnamed official taken up again by a definite description of the same word ("A U.S.
    official said ... The official said ..."): the same official, speaking for the same state or
    organisation (gold README, "Unnamed speakers and holders");
17. no speaker from a verb that reports no words (precision).

Each case is a sentence written for this test (made-up people, real places); none is taken from
an annotated article. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text: str, words: str, speaker: str | None, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text.replace("|", "\n\n"), words, speaker, marks=marks, id=text[:80])


def _check(nlp, text, words, speaker):
    found = [f for f in speakers(nlp, text) if words in f[2]]
    assert found, f"no quote holding {words!r} in {speakers(nlp, text)}"
    assert found[0][0] == speaker, found


# "|" in a case stands for a paragraph break.

# --- 1. The speaker after the quote, across a paragraph break --------------------------------

AFTER_BREAK = [
    _case('Nora Lindqvist leads the farmers\' union.|"We will not accept this deal. The price is too low," she said.',
          "price is too low", "Nora Lindqvist"),
    _case('The mayor of Bremen, Karl Brenner, met the strikers on Monday.|"There is room for a compromise," '
          'Brenner told reporters.', "room for a compromise", "Karl Brenner"),
    _case('Paul Otieno, Kenya\'s labour minister, spoke after the meeting.|"The teachers must return to class," he said.',
          "return to class", "Paul Otieno"),
    _case('Rosa Delgado was the last to leave the room.|"Nothing has been agreed yet," said Delgado.',
          "Nothing has been agreed", "Rosa Delgado"),
    _case('Talks resumed in Vienna on Tuesday, chaired by Ilse Baumann.|"We made progress on the hardest '
          'questions," Baumann said at a news conference.', "made progress", "Ilse Baumann"),
    _case('Hilde Sorensen met Rosa Delgado.|"Is the strike over?" Sorensen asked.|"We will see, right?" Delgado '
          'replied, pointing to the poster of the film "Norma Rae."', "We will see", "Rosa Delgado"),
    _case('Hilde Sorensen met Rosa Delgado.|"Is the strike over?" Sorensen asked.|"Who knows?" Delgado replied, '
          'alluding to the long list of broken promises from the company over the past year.', "Who knows",
          "Rosa Delgado"),
    _case('Karl Brenner met Paul Otieno in Nairobi.|"What is left to discuss?" Brenner wondered aloud.|'
          '"Everything!" Otieno replied, waving a copy of the draft called "Roadmap."', "Everything",
          "Paul Otieno"),
    _case('Karl Brenner met Paul Otieno in Nairobi.|"What is left to discuss?" Brenner wondered aloud.|'
          '"Everything!" Otieno shot back, waving a copy of the draft called "Roadmap."', "Everything",
          "Paul Otieno",
          xfail="'shoot back' is no reporting cue: after the split at '!' the next sentence offers no cue, and "
                "the quote goes on with the paragraph before's speaker"),
    _case('Karl Brenner met Paul Otieno.|"Can the truce hold?" Brenner asked.|"It must!" said Otieno.',
          "It must", "Paul Otieno"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), AFTER_BREAK)
def test_speaker_after_the_quote_across_a_paragraph_break(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 2. A quotation over several paragraphs --------------------------------------------------

OVER_PARAGRAPHS = [
    _case('"We came here in good faith," Nora Lindqvist said. "We offered a fair wage.|"But the company walked away '
          'from the table."', "walked away", "Nora Lindqvist"),
    _case('Karl Brenner said: "The ceasefire must hold.|"Any attack will end the talks."', "Any attack", "Karl Brenner"),
    _case('"The strike will go on," said Paul Otieno. "Our members are united.|"We will not go back without a raise.|'
          '"The government knows our demands."', "knows our demands", "Paul Otieno"),
    _case('Rosa Delgado told the crowd: "We have waited ten years.|"We will not wait any longer."', "any longer",
          "Rosa Delgado"),
    _case('"The offer is on the table," Ilse Baumann said on Friday. "It will not stay there forever.|"They should '
          'take it."', "should take it", "Ilse Baumann"),
    _case('In a speech in Leeds, Rosa Delgado said: "Nurses are leaving every week.|"Wards are closing.|"Patients '
          'are waiting longer than ever."', "Wards are closing", "Rosa Delgado"),
    _case('"We did not start this war," Paul Otieno told the assembly. "We were attacked.|"And we will defend '
          'ourselves."', "defend ourselves", "Paul Otieno"),
    _case('Ilse Baumann wrote in her letter: "The talks have failed.|"I see no reason to go on."', "no reason to go on",
          "Ilse Baumann"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OVER_PARAGRAPHS)
def test_quote_over_paragraphs_keeps_its_speaker(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 3. A pronoun or a description in the next sentence --------------------------------------

NEXT_SENTENCE = [
    _case("Karl Brenner, the interior minister, arrived in Geneva on Monday. The talks would resume soon, the "
          "minister added.", "resume soon", "Karl Brenner"),
    _case("Nora Lindqvist visited the camp on Sunday. The aid would arrive within days, she told reporters.",
          "arrive within days", "Nora Lindqvist"),
    _case("Rosa Delgado, the union leader, spoke on Tuesday. The strike would go on until the wage was raised, "
          "the union leader said.", "strike would go on", "Rosa Delgado"),
    _case("Chancellor Karl Brenner flew to Paris on Monday. The chancellor insisted that the sanctions must stay.",
          "sanctions must stay", "Karl Brenner"),
    _case("Paul Otieno, the mediator, met both sides. He argued that the border question should be left for later.",
          "border question", "Paul Otieno"),
    _case("Senator Nora Lindqvist spoke after the vote. The senator acknowledged that the bill lacked support.",
          "lacked support", "Nora Lindqvist"),
    _case("Karl Brenner met Nora Lindqvist on Monday. She said the union would strike.", "union would strike",
          "Nora Lindqvist"),
    _case('Chancellor Karl Brenner met Nora Lindqvist on Monday.|"We agreed on nothing," the chancellor said.',
          "agreed on nothing", "Karl Brenner"),
    _case("Nora Lindqvist praised the deal. Karl Brenner was less sure. \"It will not last,\" he said.",
          "will not last", "Karl Brenner"),
    _case('Paul Otieno met the rebels on Friday. "We are closer than ever," the envoy said afterwards.',
          "closer than ever", "Paul Otieno",
          xfail="'envoy' is a role no earlier mention gives Otieno (no title, no apposition): the description "
                "is linked to nobody"),
    _case("Nora Lindqvist criticised Karl Brenner on Monday. The chancellor said the criticism was unfair.",
          "criticism was unfair", "Karl Brenner",
          xfail="nothing in the text makes Brenner a chancellor; the description falls back on the sentence "
                "before's subject (Lindqvist)"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NEXT_SENTENCE)
def test_pronoun_or_description_in_the_next_sentence(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 4-8. According to, spokesmen, statements, media, inverted cues ---------------------------

MEDIATED = [
    _case("The talks will resume next week, according to Karl Brenner.", "resume next week", "Karl Brenner"),
    _case("According to Nora Lindqvist, the union will accept the offer.", "accept the offer", "Nora Lindqvist"),
    _case("According to Rosa Delgado, a spokeswoman for the union, the strike will end on Monday.",
          "strike will end", "Rosa Delgado"),
    _case("The deal includes a ceasefire, according to Kenyan Foreign Minister Paul Otieno.", "includes a ceasefire",
          "Paul Otieno"),
    _case("The deal, according to Karl Brenner, was signed on Monday.", "signed on Monday", "Karl Brenner"),
    _case("According to Karl Brenner, who chaired the talks, the deal was signed on Monday.", "signed on Monday",
          "Karl Brenner"),
    _case("The deal was signed on Monday, according to a statement from Karl Brenner.", "signed on Monday",
          "Karl Brenner"),
    _case("According to a statement released by Karl Brenner's office, the deal was signed on Monday.",
          "signed on Monday", "Karl Brenner"),
]

SPOKESMEN = [
    _case("Karl Brenner's spokesman said the chancellor would not attend the summit.", "not attend", "Karl Brenner"),
    _case("A spokeswoman for Nora Lindqvist said the senator would vote against the bill.", "vote against",
          "Nora Lindqvist"),
    _case('"The chancellor will not attend," Karl Brenner\'s spokesman said.', "not attend", "Karl Brenner"),
    _case("A spokesman for Karl Brenner said the chancellor would not attend.", "not attend", "Karl Brenner"),
    _case("Karl Brenner, through a spokesman, said he would not attend.", "not attend", "Karl Brenner"),
    _case("A European Union spokesman said the bloc would keep the sanctions.", "keep the sanctions",
          "European Union"),
    _case("The European Union's foreign policy chief said the bloc would keep the sanctions.", "keep the sanctions",
          "European Union"),
    _case('"We will study the text," a spokeswoman for the European Union told reporters.', "study the text",
          "European Union"),
]

STATEMENTS = [
    _case("In a statement, Karl Brenner said the talks had failed.", "talks had failed", "Karl Brenner"),
    _case("In a statement on Monday, Nora Lindqvist said the union would strike.", "union would strike",
          "Nora Lindqvist"),
    _case("Paul Otieno said in a statement that the deal was a victory for workers.", "victory for workers",
          "Paul Otieno"),
    _case("In a statement, the European Union said it would keep the sanctions in place.", "keep the sanctions",
          "European Union"),
    _case("Karl Brenner wrote on Twitter that the deal was signed.", "deal was signed", "Karl Brenner"),
    _case('In a written statement, Rosa Delgado said: "The strike is over."', "strike is over", "Rosa Delgado"),
    _case("Nora Lindqvist issued a statement saying the union would strike.", "union would strike", "Nora Lindqvist"),
    _case('Karl Brenner released a statement, "We will not sign this deal."', "not sign this deal", "Karl Brenner"),
]

MEDIA = [
    _case("Karl Brenner told Reuters the talks would resume next week.", "resume next week", "Karl Brenner"),
    _case('"We are not going to sign," Nora Lindqvist told Reuters.', "not going to sign", "Nora Lindqvist"),
    _case("Paul Otieno told The Associated Press that the strike was over.", "strike was over", "Paul Otieno"),
    _case("Rosa Delgado told reporters in Geneva that the ceasefire was holding.", "ceasefire was holding",
          "Rosa Delgado"),
    _case("Karl Brenner told the BBC on Monday the deal was signed.", "deal was signed", "Karl Brenner"),
    _case('"The deal is signed," Karl Brenner told a news conference in Berlin.', "deal is signed", "Karl Brenner"),
    _case("Speaking to the Financial Times, Karl Brenner said the deal was signed.", "deal was signed",
          "Karl Brenner"),
    _case("In an interview with Reuters, Karl Brenner said the deal was signed.", "deal was signed", "Karl Brenner"),
    _case("Karl Brenner said in an interview with Reuters that the deal was signed.", "deal was signed",
          "Karl Brenner"),
]

INVERTED = [
    _case('"The talks have failed," said Karl Brenner, the chief negotiator.', "talks have failed", "Karl Brenner"),
    _case('"We will strike," said Nora Lindqvist.', "We will strike", "Nora Lindqvist"),
    _case("The talks had failed, said Paul Otieno, the mediator.", "talks had failed", "Paul Otieno"),
    _case('"The offer is an insult," said union leader Rosa Delgado on Monday.', "an insult", "Rosa Delgado"),
    _case('"We have the votes," said the veteran senator Nora Lindqvist.', "the votes", "Nora Lindqvist"),
    _case('"Nobody asked us," said an angry union steward, Rosa Delgado.', "Nobody asked us", "Rosa Delgado"),
    _case('"It is a fair offer," added Paul Otieno, who led the last round.', "fair offer", "Paul Otieno"),
    _case('"We are close," said a smiling Karl Brenner as he left the hall.', "We are close", "Karl Brenner"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MEDIATED)
def test_according_to(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), SPOKESMEN)
def test_spokesman_speaks_for_the_one_named(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), STATEMENTS)
def test_statements_and_posts(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), MEDIA)
def test_told_a_medium(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), INVERTED)
def test_inverted_cue(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 9-12. Appositions and titles, nested quotes, headlines, colons --------------------------

APPOSITIONS = [
    _case("The chief negotiator, Karl Brenner, said the deal was close.", "deal was close", "Karl Brenner"),
    _case("Senator Nora Lindqvist, a Democrat from Ohio, said the bill would pass.", "bill would pass",
          "Nora Lindqvist"),
    _case("Kenyan Labour Minister Paul Otieno said the strike was illegal.", "strike was illegal", "Paul Otieno"),
    _case("The head of the nurses' union, Rosa Delgado, told reporters the strike would continue.",
          "strike would continue", "Rosa Delgado"),
    _case("Karl Brenner, 61, of Munich, told the paper that the strike would end soon.", "end soon", "Karl Brenner"),
    _case("Rosa Delgado, who has led the union since 2010, said the offer was an insult.", "an insult", "Rosa Delgado"),
    _case("Union leader Rosa Delgado said the offer was an insult.", "an insult", "Rosa Delgado"),
    _case("Former foreign minister Paul Otieno, now a mediator, said both sides had agreed to a truce.",
          "agreed to a truce", "Paul Otieno"),
]

NESTED = [
    _case('"They told us, \'Take it or leave it,\' and we left it," Karl Brenner said.', "we left it", "Karl Brenner"),
    _case('"When the minister says \'soon\', he means never," Nora Lindqvist said.', "he means never", "Nora Lindqvist"),
    _case('"I said \'no\' three times," Paul Otieno told reporters.', "three times", "Paul Otieno"),
    _case('"The word \'ceasefire\' is not in the text," Rosa Delgado said.', "not in the text", "Rosa Delgado"),
    _case('Paul Otieno said: "Their answer was \'maybe\', and maybe is not enough."', "maybe is not enough",
          "Paul Otieno"),
    _case('"Our members keep asking, \'When will we be paid?\'" said Rosa Delgado.', "Our members keep asking",
          "Rosa Delgado"),
    _case('"He called it \'a final offer\' and then changed it," Karl Brenner said of the minister.',
          "then changed it", "Karl Brenner"),
    _case('"They promised us \'fair wages\' for years," Paul Otieno said.', "for years", "Paul Otieno"),
]

HEADLINES_AND_COLONS = [
    _case('Nora Lindqvist: "The strike goes on"|Nora Lindqvist, the union leader, spoke on Monday in Leeds.',
          "strike goes on", "Nora Lindqvist"),
    _case('Karl Brenner was blunt: "We will not sign this deal."', "not sign this deal", "Karl Brenner"),
    _case('Nora Lindqvist put it simply: "The strike goes on."', "strike goes on", "Nora Lindqvist"),
    _case('The mediator, Paul Otieno, told reporters: "Both sides have agreed to a truce."', "agreed to a truce",
          "Paul Otieno"),
    _case('Nora Lindqvist said of Karl Brenner: "He cannot be trusted."', "cannot be trusted", "Nora Lindqvist"),
    _case('Rosa Delgado had one message for the company: "Pay us."', "Pay us", "Rosa Delgado"),
    _case('Paul Otieno summed it up: "No deal, no peace."', "No deal, no peace", "Paul Otieno"),
    _case('Karl Brenner on the talks: "We are not there yet."', "not there yet", "Karl Brenner"),
]


# A relative clause set off between the name and its cue, an adverb before it: the parser may
# make the clause the cue's complement, with the name and "who" its subjects; so too a relative
# clause or a participle phrase before the subject ('Sitting down with X, during which ...').
SET_OFF_RELATIVES = [
    _case("Bernie Lindqvist, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about "
          "the race.", "speaks volumes", "Bernie Lindqvist"),
    _case("Karl Brenner, meanwhile, who chairs the panel, said the deal was dead.", "deal was dead", "Karl Brenner"),
    _case("Rosa Delgado, however, who leads the union, told reporters the strike would go on.", "strike would go on",
          "Rosa Delgado"),
    _case("Paul Otieno, for his part, who has mediated since May, said both sides had agreed to a truce.",
          "agreed to a truce", "Paul Otieno"),
    _case("Nora Lindqvist, who sits on the committee, said the bill would pass.", "bill would pass", "Nora Lindqvist"),
    _case("Karl Brenner, meanwhile, who lost the vote, insisted that the count was wrong.", "count was wrong",
          "Karl Brenner"),
    _case("The union, which represents nurses, said the strike would go on.", "strike would go on", "union"),
    _case("Rosa Delgado, too, who was at the meeting, said nothing had been agreed.", "nothing had been agreed",
          "Rosa Delgado"),
    _case('Sitting down with the host of the "Morning Show" on Thursday, during which she also spoke about the '
          'budget, Nora Lindqvist remarked that she was "a little surprised" by the debate.', "by the debate",
          "Nora Lindqvist"),
    _case("Speaking in Leeds on Monday, at a rally during which the crowd sang, Rosa Delgado said the strike would "
          "go on.", "strike would go on", "Rosa Delgado"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_OFF_RELATIVES)
def test_relative_clause_set_off_before_the_cue(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# A headline (the first line) quoting a speaker, who is named in full in the story below.
HEADLINES = [
    _case('Brenner says talks are "dead"|Chancellor Karl Brenner said on Monday that the talks with the rebels had '
          'failed.', "dead", "Karl Brenner"),
    _case('Lindqvist vows "no retreat" on wages|Union leader Nora Lindqvist told a rally in Leeds that the strike '
          'would go on.', "no retreat", "Nora Lindqvist"),
    _case('"We will not sign," says Brenner|Chancellor Karl Brenner rejected the draft on Monday.', "not sign",
          "Karl Brenner"),
    _case('Otieno: "The truce must hold"|Kenyan envoy Paul Otieno met both sides in Juba on Monday.',
          "truce must hold", "Paul Otieno"),
    _case('Delgado warns of "long strike"|Rosa Delgado, the head of the nurses\' union, spoke in London.',
          "long strike", "Rosa Delgado"),
    _case('Baumann sees "real progress" in Vienna|Ilse Baumann, who chairs the talks, spoke to reporters after the '
          'session.', "real progress", "Ilse Baumann"),
    _case('Truce "holding", Otieno says|Kenyan envoy Paul Otieno said the ceasefire in Juba was holding.', "holding",
          "Paul Otieno"),
    _case('"No deal without wages," Lindqvist says|Union leader Nora Lindqvist spoke in Leeds on Monday.',
          "No deal without wages", "Nora Lindqvist"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HEADLINES)
def test_headline_quote_speaker_named_below(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), APPOSITIONS)
def test_speaker_introduced_by_apposition_or_title(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), NESTED)
def test_nested_quote_keeps_the_outer_speaker(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), HEADLINES_AND_COLONS)
def test_headline_and_colon_quotes(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 13. Reported speech whose clause has a subject of its own --------------------------------

CLAUSE_SUBJECTS = [
    _case("Karl Brenner warned that Russia would respond to any new sanctions.", "Russia would respond",
          "Karl Brenner"),
    _case("Nora Lindqvist insisted the government had broken its promise.", "broken its promise", "Nora Lindqvist"),
    _case("Paul Otieno argued that the teachers deserved a raise.", "deserved a raise", "Paul Otieno"),
    _case("Rosa Delgado acknowledged that the company had made a better offer.", "better offer", "Rosa Delgado"),
    _case("Karl Brenner claimed that Nora Lindqvist had lied about the deal.", "lied about the deal", "Karl Brenner"),
    _case("Nora Lindqvist added that Paul Otieno would lead the talks.", "lead the talks", "Nora Lindqvist"),
    _case("Paul Otieno stressed that Germany must pay its share.", "pay its share", "Paul Otieno"),
    _case("Karl Brenner said the United States would lift the sanctions.", "lift the sanctions", "Karl Brenner"),
    _case("Speaking to reporters, Nora Lindqvist said Iran must stop enriching uranium.", "stop enriching",
          "Nora Lindqvist"),
    _case("Nora Lindqvist told Karl Brenner that the union would strike.", "union would strike", "Nora Lindqvist"),
    _case("Karl Brenner had agreed to the plan, Nora Lindqvist said.", "agreed to the plan", "Nora Lindqvist"),
    _case("Rosa Delgado signalled that the union would accept the offer.", "accept the offer", "Rosa Delgado",
          xfail="'signal' is no reporting cue in cues.toml: it also means a gesture or a sign ('the move "
                "signalled a shift'), which a cue would turn into false quotes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CLAUSE_SUBJECTS)
def test_the_content_clause_subject_is_not_the_speaker(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 14. An attribution set inside its clause, after the clause's subject -----------------------

SET_INSIDE = [
    _case("Karl Brenner, Nora Lindqvist argued, could not be trusted.", "trusted", "Nora Lindqvist"),
    _case("The chancellor, Nora Lindqvist insisted, had broken his word.", "broken his word", "Nora Lindqvist"),
    _case("Iran, Karl Brenner warned, would not give up enrichment.", "give up enrichment", "Karl Brenner"),
    _case("Karl Brenner, Nora Lindqvist said, had agreed to the plan.", "agreed to the plan", "Nora Lindqvist"),
    _case("The deal, Nora Lindqvist noted, had been drafted by Karl Brenner.", "drafted by", "Nora Lindqvist"),
    _case("The rebels, Karl Brenner told reporters, had broken the truce.", "broken the truce", "Karl Brenner"),
    _case("The union, its leader Rosa Delgado said, would strike on Monday.", "strike on Monday", "Rosa Delgado"),
    _case("Paul Otieno, Rosa Delgado stressed, had never been a member of the union.", "never been a member",
          "Rosa Delgado"),
    _case("Karl Brenner, Nora Lindqvist told reporters, had agreed to the plan.", "agreed to the plan",
          "Nora Lindqvist",
          xfail="the parser hangs 'Nora Lindqvist' on 'Brenner' as an apposition and 'told' on it, not beside "
                "the cue: the first name stays the subject"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_INSIDE)
def test_attribution_set_inside_its_clause(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 15. A participle that opens the sentence ------------------------------------------------

OPENING_PARTICIPLES = [
    _case('Saying "the door is open", Karl Brenner urged the rebels to return.', "door is open", "Karl Brenner"),
    _case('Calling the offer "an insult", Nora Lindqvist said the strike would go on.', "an insult", "Nora Lindqvist"),
    _case('Saying "there are many victims", Chancellor Karl Brenner elaborated, "The state must protect them."',
          "many victims", "Karl Brenner"),
    _case('Saying "there are many victims", Chancellor Karl Brenner elaborated, "The state must protect them."',
          "must protect them", "Karl Brenner"),
    _case('Describing the deal as "a betrayal", Nora Lindqvist walked out of the talks.', "a betrayal",
          "Nora Lindqvist"),
    _case('Insisting that the union "will not back down", Nora Lindqvist left the room.', "will not back down",
          "Nora Lindqvist"),
    _case('Calling it "a dark day", the chancellor, Karl Brenner, said he would resign.', "a dark day",
          "Karl Brenner"),
    _case('Warning that "time is running out", Karl Brenner gave the rebels a week.', "time is running out",
          "Karl Brenner"),
    _case("Insisting that the union will not back down, Nora Lindqvist left the room.", "will not back down",
          "Nora Lindqvist"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OPENING_PARTICIPLES)
def test_opening_participle_shares_the_main_subject(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 16. An unnamed official taken up again ---------------------------------------------------

SAME_OFFICIAL = [
    _case("A U.S. official said Washington would not lift the sanctions. The official said the talks would resume "
          "next month.", "resume next month", "United States"),
    _case("A Syrian diplomat said the talks had stalled. The diplomat added that Damascus wanted guarantees.",
          "wanted guarantees", "Syria"),
    _case('An Iranian negotiator told reporters that progress was slow. "We need more time," the negotiator said.',
          "need more time", "Iran"),
    _case("Russian officials said Moscow would respond. The officials said the new missiles posed a threat.",
          "posed a threat", "Russia"),
    _case("A spokeswoman for the European Union said the offer stood. The spokeswoman said the bloc would wait.",
          "bloc would wait", "European Union"),
    _case("A Turkish official said Ankara would send troops.|The official, who spoke on condition of anonymity, "
          "said the decision was final.", "decision was final", "Turkey"),
    _case("A U.S. official met a Syrian diplomat on Monday. The official said the talks would resume.",
          "talks would resume", "United States"),
    _case("Israeli officials said the prime minister would meet the envoy. The officials said the meeting had been "
          "planned for weeks.", "planned for weeks", "Israel"),
    _case("A U.S. official said Washington would not lift the sanctions. Later an unnamed official said the talks had "
          "failed.", "talks had failed", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SAME_OFFICIAL)
def test_unnamed_official_taken_up_again(nlp, text, words, speaker):
    _check(nlp, text, words, speaker)


# --- 17. Precision: verbs that report no words -----------------------------------------------

NO_SPEECH = [
    "Nora Lindqvist hopes the talks will resume soon.",
    "The report found that the strike cost millions.",
    "Karl Brenner left the room after the vote.",
    "Using a new method, the researchers found that the virus spreads fast.",
    "Following the vote, the rebels left the capital.",
    "The move signalled a shift in the government's policy.",
    "Paul Otieno added two new members to the team.",
    "Rosa Delgado called the meeting for Monday.",
]


@pytest.mark.parametrize("text", NO_SPEECH, ids=[t[:60] for t in NO_SPEECH])
def test_no_quote_from_a_verb_of_no_speech(nlp, text):
    assert not speakers(nlp, text), speakers(nlp, text)
