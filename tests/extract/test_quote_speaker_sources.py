"""Speakers of quotes that the actor table or the cue's subject used to lose (issue 11, speakers
round 3):

1. an outlet whose name opens with a place that stands for a state ('The Washington Post', 'the
   Moscow Times') is the newspaper, not the state: it speaks when it reports
   (actors.mentions._inside_org_name with the outlet heads of roles.toml);
2. a sentence that announces speech and reports no words of its own ('X tweeted a warning.', 'Y
   said in a statement.', 'Z continued his remarks.') names the speaker of the unattributed quote
   that opens the next sentence or paragraph (quotes._announced);
3. an inverted cue opening the sentence after a quote ('asked Mr. X, referring to ...') names the
   speaker even when the parse makes the name its object (quotes._opening_cue);
4. a name set off by a spaced dash before a colon labels the quote after it, as in roundups
   ('Pollsters agree - Carl Bialik: "..."'; quotes._label_actor);
5. a plural noun subject speaks through the person, organisation or state it names as an
   example ('critics like Senator X say', 'unions such as the Teamsters said';
   quotes._named_example).

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, speaker, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:70])


# --- 1. outlets named after a city ----------------------------------------------------------------
# (text, speaker of its one quote)
OUTLETS = [
    _case("The Washington Post reported on Monday that the senator would retire next year.", "Washington Post"),
    _case("The Moscow Times reported that the ministry had withdrawn the bill.", "Moscow Times"),
    _case("According to the Tehran Times, the negotiators will meet again in Vienna next week.", "Tehran Times"),
    _case('"The vote is lost," the Washington Post wrote in an editorial on Sunday.', "Washington Post"),
    _case("The Jerusalem Post reported that the cabinet had approved the exchange.", "Jerusalem Post"),
    _case("The Beijing News said the factory would close by the end of the month.", "Beijing News"),
    _case("The Kyiv Post reported that the talks in Istanbul had been postponed.", "Kyiv Post"),
    _case("The Washington Post's editorial board said the agreement was a mistake.", "Washington Post"),
    _case("Late on Friday the Chicago Tribune reported that the strike was over.", "Chicago Tribune"),
    _case("The Cairo Times reported that the delegations would meet again after the holiday.", "Cairo Times"),
]

OUTLET_CONTROLS = [
    _case("Washington said the sanctions would stay in place until the talks resume.", "United States"),
    _case("Officials in Washington said the sanctions would stay in place.", "United States"),
    _case("The Kenya National Union of Teachers said the strike would go on.", "Kenya National Union of Teachers"),
    _case("Moscow said the proposal was a provocation and would be rejected.", "Russia"),
]


@pytest.mark.parametrize(("text", "speaker"), OUTLETS + OUTLET_CONTROLS)
def test_an_outlet_named_after_a_city_speaks_as_the_outlet(nlp, text, speaker):
    assert [f[0] for f in speakers(nlp, text)] == [speaker]


# --- 2. a sentence that announces the quote after it ----------------------------------------------
# (text, speaker of the quote with the words `start`)
ANNOUNCED = [
    _case('Senator Ted Cole, a candidate who has made the issue his own, tweeted a warning. "Remember in '
          'November who voted against you."', "Ted Cole"),
    _case('Sam Ortiz, the spokesman for the state party, said in a statement. "There are no ballots to recount."',
          "Sam Ortiz"),
    _case('"I do not think she can win," Howard Bell said.\n\nBell continued his scathing remarks.\n\n"Eight years '
          'ago she was the nominee. Now look at her."', "Howard Bell"),
    _case('Maria Lopez repeated her demand.\n\n"Release the prisoners now. All of them."', "Maria Lopez"),
    _case('Prime Minister Anna Berg issued a statement on Tuesday. "We will not negotiate under threat."', "Anna Berg"),
    _case('Union leader Thabo Nkosi delivered a short speech outside the mine. "We are not going back underground '
          'for this money."', "Thabo Nkosi"),
    _case('Governor Luis Ramos released a statement late on Friday:\n\n"The state will appeal the ruling."',
          "Luis Ramos"),
    _case('Minister Omar Haddad sent a blunt message to the rebels. "Lay down your arms or face the army."',
          "Omar Haddad"),
    _case('Jean Martin, who chairs the committee, posted a long reply. "Nothing in this report is new."',
          "Jean Martin"),
    _case('Chancellor Olaf Berger gave an interview to a local radio station. "The coalition will hold until '
          'the budget passes."', "Olaf Berger"),
]

# the sentence before says no words of its own, or reports a clause: the quote is no announced one
ANNOUNCED_CONTROLS = [
    _case('Senator Paul Grant has been taking heat at home for his silence.\n\n"There are worms with more spine '
          'than he has."', None),
    _case('Senator Paul Grant walked out of the chamber. "This is a disgrace."', None),
    _case('Maria Lopez met the families of the prisoners on Monday. "They deserve to know."', None),
    _case('Senator Tom Hale said the bill was dead. "Nobody will vote for it now."', "Tom Hale"),
    _case('Or maybe Governor Jeb Cole, party strategist Phil Marsh says. "Several surveys suggest a second look '
          'is under way."', None),
]


@pytest.mark.parametrize(("text", "speaker"), ANNOUNCED + ANNOUNCED_CONTROLS)
def test_a_sentence_announcing_speech_names_the_quote_after_it(nlp, text, speaker):
    last_quote = text[text.rindex('"', 0, len(text) - 1) + 1 :].rstrip('"')
    found = [f[0] for f in speakers(nlp, text, kinds=("direct",)) if f[2][:15] == last_quote[:15]]
    assert found == [speaker]


# --- 3. an inverted cue opening a long sentence after the quote --------------------------------------
# (text, speaker of the first quote); the sentence after the quote runs past the short frame, and
# with doubled apostrophes for marks ('' ... '', as some papers print them) the name after the cue
# is parsed as its object
INVERTED_LONG = [
    _case('"Is the party running against its own voters?" asked Mr. Manafort, referring to the long fight '
          'over the rules of the nominating process.', "Manafort"),
    _case("''Is the party running against its own voters?'' asked Mr. Manafort, referring to the long fight "
          "over the rules of the nominating process.", "Manafort"),
    _case('"We will not sign this," said Minister Omar Haddad, speaking to reporters outside the hall after '
          'the third round of talks ended without a text.', "Omar Haddad"),
    _case('"Where is the money?" asked Senator Jane Cole, holding up a copy of the budget that the committee '
          'had approved the week before.', "Jane Cole"),
    _case('"The strike is over," announced Thabo Nkosi, the union leader, to a crowd of miners who had '
          'gathered at the gates since dawn.', "Thabo Nkosi"),
    _case('"Nobody wants a war," wrote Ambassador Luc Martin in a letter to the council that was circulated '
          'among its members on Friday.', "Luc Martin"),
    _case("''Why now, after all this time?'' asked Governor Ann Reyes, pointing out that the same plan had been "
          "rejected by the legislature twice in the last three years.", "Ann Reyes"),
    _case("''Where is the money?'' asked Senator Jane Cole, holding up a copy of the budget that the committee "
          "had approved the week before.", "Jane Cole"),
    _case("''We will not sign this,'' said Minister Omar Haddad, speaking to reporters outside the hall after "
          "the third round of talks ended without a text.", "Omar Haddad"),
    _case("''Is that a threat?'' asked Mr. Lavrov, smiling at the reporter who had asked about the troops "
          "massed along the border for the last two weeks.", "Lavrov"),
    _case('"The deal is done," declared Chancellor Olaf Berger, standing beside the French president at a '
          'press conference that ran well past midnight.', "Olaf Berger"),
    _case('"We need more time," pleaded Mayor Tom Reed, adding that the city had already spent most of '
          'its emergency fund on the floods of last spring.', "Tom Reed"),
    _case('"Is that a threat?" asked Mr. Lavrov, smiling at the reporter who had asked about the troops '
          'massed along the border for the last two weeks.', "Lavrov"),
]


@pytest.mark.parametrize(("text", "speaker"), INVERTED_LONG)
def test_an_inverted_cue_opening_a_long_sentence_names_the_speaker(nlp, text, speaker):
    assert [f[0] for f in speakers(nlp, text, kinds=("direct",))][:1] == [speaker]


# --- 4. a name set off by a spaced dash labels the quote after its colon ----------------------------
# (text, speaker of its one direct quote)
DASH_LABELS = [
    _case('Pollsters agree - Carl Bialik: "One of the lessons was simple: keep calling voters as late as possible."',
          "Carl Bialik"),
    _case('HIGHER TURNOUT CHANGES NOTHING - Michael P. McDonald: "At long last the contests have started, and we '
          'now have solid numbers."', "Michael P. McDonald"),
    _case('The vote is close - Senator Jane Cole: "We do not have the numbers yet, and we may not have them next '
          'week."', "Jane Cole"),
    _case('The strike goes on \u2014 Thabo Nkosi: "We are not going back underground for this money, not this '
          'year."', "Thabo Nkosi"),
    _case('Markets are nervous \u2013 Christine Laval: "The rate will stay where it is until inflation comes '
          'down."', "Christine Laval"),
    _case('The ceasefire holds - Omar Haddad: "Not one shell has fallen on the city since the truce began."',
          "Omar Haddad"),
    _case('Turnout was low -- Governor Luis Ramos: "People stayed home because the roads were closed by the '
          'snow."', "Luis Ramos"),
    _case('Polls tighten in the south - Philip Barnes: "Two weeks ago the state leaned one way, now it is a toss-up."',
          "Philip Barnes"),
    _case('The bill is dead - Speaker Anna Berg: "There will be no vote on it before the summer recess."',
          "Anna Berg"),
    _case('Donors are restless - Maria Lopez: "They want to see a plan for the fall before they write more '
          'checks."', "Maria Lopez"),
]

DASH_LABEL_CONTROLS = [
    _case('He was angry - and said so: "This is a betrayal of everything we agreed to in the spring."', None),
    _case('The talks failed - the third time this year: "Nothing has changed since the last round in May."', None),
]


@pytest.mark.parametrize(("text", "speaker"), DASH_LABELS + DASH_LABEL_CONTROLS)
def test_a_name_set_off_by_a_dash_labels_the_quote(nlp, text, speaker):
    assert [f[0] for f in speakers(nlp, text, kinds=("direct",))] == [speaker]


# --- 5. a plural noun and the one it names as an example ---------------------------------------------
# (text, speaker of its one indirect quote)
EXAMPLES = [
    _case("Proponents like Mr. Eisenbrey urged the administration to raise the cutoff.", "Eisenbrey"),
    _case("Economic advisers like Gene Harris argued that the tax would slow growth.", "Gene Harris"),
    _case("Critics like Huffman say the merger would help the former congressman keep his influence.", "Huffman"),
    _case("Analysts such as Maria Lopez say the central bank will cut rates in March.", "Maria Lopez"),
    _case("Unions such as the Teamsters said the contract offer was unacceptable.", "Teamsters"),
    _case("Lawmakers like Senator Tom Hale and Senator Ann Reyes warned that the deal would collapse.", "Tom Hale"),
    _case("Countries like France said the sanctions should stay until the troops withdraw.", "France"),
    _case("Opponents like Governor Luis Ramos have argued that the pipeline threatens the water supply.",
          "Luis Ramos"),
    _case("Donors such as Sheldon Marks told the campaign that they would stop giving.", "Sheldon Marks"),
    _case("Veterans of the talks like Omar Haddad said a deal was still months away.", "Omar Haddad",
          xfail="the parse hangs the example on 'talks', the noun of the 'of' phrase, not on the subject"),
]

EXAMPLE_CONTROLS = [
    _case("People like me say the system is broken.", None),
    _case("Critics said the plan, like the one before it, would fail.", None),
    _case("Lawmakers said the deal would collapse without new money.", "Lawmakers"),
]


@pytest.mark.parametrize(("text", "speaker"), EXAMPLES + EXAMPLE_CONTROLS)
def test_a_plural_noun_speaks_through_its_named_example(nlp, text, speaker):
    assert [f[0] for f in speakers(nlp, text, kinds=("indirect",))] == [speaker]
