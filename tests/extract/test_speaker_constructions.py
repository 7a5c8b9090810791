"""Speakers named by the constructions news English uses around a quote (issue 11):

1. a name after an inverted cue, behind an article and words describing it ("..., said the
   veteran senator Nora Lindqvist"), or behind a whole description and a comma;
2. a bare name set off by commas before its cue ("Karl Brenner, a nurse from Leeds, said",
   "Delgado, 47, said"), the phrase between the commas a noun phrase, an age, a participle
   phrase or a relative clause, the cue after an auxiliary too ("X, asked about it, had said");
   a trailing "..., Haddad said" whose name the parser joins to the clause's last name;
3. "he"/"she" continuing the main-clause subject of the sentence before, not its object nor a
   name inside a prepositional phrase or a relative clause;
4. a relative clause after a predicate noun ("It was Lindqvist who said ...");
5. a state's name opening or closing an organisation's name ("the Ohio Democratic Party", "the
   Communications Workers of America"): the organisation speaks, not the state (``named_bodies``
   of roles.toml for a closing name);
6. ranks abbreviated with a dot ("Capt.", "Lt. Gen.", "Sgt.") kept one token before the name
   (``titles.abbreviations`` of roles.toml), so the dot ends no sentence and the rank names
   no speaker of its own.

Each case is a sentence written for this test (made-up people, real places); none is taken from
an annotated article. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text: str, speaker: str | None, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:70])


def _check(nlp, text, speaker):
    found = speakers(nlp, text)
    assert found, "no quote found"
    assert all(f[0] == speaker for f in found), found


# --- 1. A name after the cue, behind an article and a description ------------------------

NAMED_AFTER = [
    _case('"We have the votes," said the veteran senator Nora Lindqvist.', "Nora Lindqvist"),
    _case('"The plan is dead," said the newly elected governor Paul Otieno on Friday.', "Paul Otieno"),
    _case('"Nobody asked us," said an angry union steward, Rosa Delgado.', "Rosa Delgado"),
    _case('"We are ready to talk," replied the embattled mayor Karl Brenner.', "Karl Brenner"),
    _case('"It is a fair offer," said the longtime negotiator Ilse Baumann, who led the last round.',
          "Ilse Baumann"),
    _case('"The plan is dead," said former treasury secretary Paul Otieno.', "Paul Otieno"),
    _case('"We are close," said a smiling Paul Otieno.', "Paul Otieno"),
    _case('"We are close," said the union\'s chief negotiator, Paul Otieno.', "Paul Otieno"),
    _case('"We are close," said the soft-spoken former mayor of Lyon, Paul Otieno.', "Paul Otieno"),
    _case('"We are close," the veteran negotiator Paul Otieno told reporters.', "Paul Otieno"),
    _case('"We will not back down," said the longtime Republican senator from Iowa, Chuck Hanley.',
          "Chuck Hanley"),
    # before the cue: a description, then the person's name behind an article
    _case("Church spokesman the Rev. Tom Asante told reporters that the shelter was full.", "Tom Asante"),
    _case("Union spokeswoman the former nurse Rosa Delgado said the strike would go on.", "Rosa Delgado",
          xfail="'nurse' and 'Rosa Delgado' parsed as one noun phrase apart from 'spokeswoman': no second "
                "subject of the cue names her"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_AFTER)
def test_name_after_the_cue_behind_a_description(nlp, text, speaker):
    _check(nlp, text, speaker)


# --- 2. A bare name set off by commas before its cue ----------------------------------------

SET_OFF_NAMES = [
    _case('"That is not enough," Rosa Delgado, a nurse from Leeds, said after the vote.', "Rosa Delgado"),
    _case('Rosa Delgado leads the union. "That is not enough," Delgado, 47, told reporters.', "Rosa Delgado"),
    _case("Rosa Delgado leads the union. Delgado, the union's treasurer, said the offer was an insult.",
          "Rosa Delgado"),
    _case("Rosa Delgado, a nurse from Leeds, said the offer was an insult.", "Rosa Delgado"),
    _case("Karl Brenner, 61, of Munich, told the paper that the strike would end soon.", "Karl Brenner"),
    _case("Karl Brenner, the mayor of a small town, who has opposed the plant for years, said the vote was "
          "a victory.", "Karl Brenner"),
    _case('"It was a mistake," Karl Brenner, then serving as the city\'s treasurer, wrote in a letter to the '
          "council.", "Karl Brenner"),
    _case("\"We never agreed to that,\" Ilse Baumann, a lawyer then working for the ministry, wrote in an "
          "email to the board.", "Ilse Baumann"),
    _case("After Nora Lindqvist, pressed by reporters, had said the deal was close, the markets rose.",
          "Nora Lindqvist"),
    _case("The row began after Paul Otieno, asked about the strike, had said, \"Nobody will be paid for "
          "staying home.\"", "Paul Otieno"),
    # a trailing attribution whose name the parser joins to the clause's last name by the comma
    _case("Omar Haddad leads the union. His support has moved from the mayor to the governor to, now, "
          "Otieno, Haddad said on Monday.", "Omar Haddad"),
    _case("Omar Haddad leads the union. The talks will resume in Oslo, Haddad said.", "Omar Haddad"),
    # a lone surname the entity recogniser misses, made a person by its apposition
    _case('"The deal is done," Ellis, a Democrat, said on Monday.', "Ellis"),
    _case("Paul Otieno, asked about the deadline, said he expected an answer within days.", "Paul Otieno",
          xfail="parsed as 'said' reporting 'Paul Otieno asked about the deadline' (a clause without its "
                "subject): the cue has no subject and the reported clause is the name's"),
]


@pytest.mark.parametrize(("text", "speaker"), SET_OFF_NAMES)
def test_bare_name_set_off_by_commas(nlp, text, speaker):
    _check(nlp, text, speaker)


# --- 3. He / she continuing the main-clause subject -----------------------------------------

CONTINUED_SUBJECTS = [
    _case("Nora Lindqvist chaired the meeting on Monday. She said the talks had gone well.", "Nora Lindqvist"),
    _case("Paul Otieno greeted Karl Brenner at the airport. He said the visit was overdue.", "Paul Otieno"),
    _case("In a meeting with Karl Brenner, Paul Otieno raised the issue of pay. He said the offer was too low.",
          "Paul Otieno"),
    _case("After a call from Karl Brenner, Paul Otieno left the talks. He said the union would strike.",
          "Paul Otieno"),
    _case("Karl Brenner, who had spoken to Paul Otieno, left the room. He said no deal was possible.",
          "Karl Brenner"),
    _case("Nora Lindqvist thanked Rosa Delgado for her work. She said the union had been fair.",
          "Nora Lindqvist"),
    _case("Paul Otieno, a friend of Karl Brenner, spoke first. He said the plan was sound.", "Paul Otieno"),
    _case("Nora Lindqvist met the envoy of Rosa Delgado in Oslo. She said the talks were useful.",
          "Nora Lindqvist"),
    _case("Nora Lindqvist and her aides met the press. She said the ceasefire would hold.", "Nora Lindqvist"),
    _case("Paul Otieno leads the union. Karl Brenner runs the company. He said the offer was final.",
          "Karl Brenner"),
]


@pytest.mark.parametrize(("text", "speaker"), CONTINUED_SUBJECTS)
def test_pronoun_continues_the_main_clause_subject(nlp, text, speaker):
    found = speakers(nlp, text)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# --- 4. A relative clause after a predicate noun --------------------------------------------

CLEFTS = [
    _case("It was Lindqvist who said the talks had failed.", "Lindqvist"),
    _case("It was Nora Lindqvist who first said the offer would be withdrawn.", "Nora Lindqvist"),
    _case("It was the mayor, Karl Brenner, who said the plant would close.", "Karl Brenner"),
    _case("Paul Otieno leads the union. It was Otieno who told reporters that the deal was off.", "Paul Otieno"),
    _case("It was the Kenya Union of Teachers that first said the offer was too low.", "Kenya Union of Teachers"),
    _case("It was Nora Lindqvist, not Paul Otieno, who said the deal was off.", "Nora Lindqvist"),
]


@pytest.mark.parametrize(("text", "speaker"), CLEFTS)
def test_relative_clause_after_a_predicate_noun(nlp, text, speaker):
    _check(nlp, text, speaker)


# --- 5. A state's name opening or closing an organisation's name ----------------------------

STATE_IN_NAMES = [
    _case("The Ohio Democratic Party said the recount was unnecessary.", "Ohio Democratic Party"),
    _case('"We will appeal," the Texas Republican Party said in a statement.', "Texas Republican Party"),
    _case("The Texas Department of Transportation said the bridge would reopen in May.",
          "Texas Department of Transportation"),
    _case("The Georgia Department of Transportation said the bridge would reopen in May.",
          "Georgia Department of Transportation",
          xfail="a state's name opening a name is the organisation's only before org_heads ('party', "
                "'union'); 'department' there moved check-set stances to the wrong holder"),
    _case("A spokesman for the Ohio Department of Health said the clinics would stay open.",
          "Ohio Department of Health"),
    _case("The U.S. Geological Survey said the quake struck at a depth of ten kilometres.",
          "U.S. Geological Survey", xfail="as above: 'survey' is no org_heads word, the state speaks"),
    _case("The Communications Workers of America said the strike would continue.",
          "Communications Workers of America"),
    _case("A spokesman for the Communications Workers of America said the talks had stalled.",
          "Communications Workers of America"),
    _case("The contract covers 100 workers, according to the Communications Workers of America.",
          "Communications Workers of America"),
    _case("The Boy Scouts of America said the policy would change.", "Boy Scouts of America"),
    _case("The National Union of Mineworkers of South Africa said the strike would go on.",
          "National Union of Mineworkers of South Africa"),
    # state bodies stay the state's
    _case("The Government of Canada said the talks would resume.", "Canada"),
    _case('"We have seen no evidence," the Arizona Secretary of State\'s office said.',
          "Arizona Secretary of State",
          xfail="an office named by a possessive title is read as no actor"),
]


@pytest.mark.parametrize(("text", "speaker"), STATE_IN_NAMES)
def test_state_word_in_an_organisation_name(nlp, text, speaker):
    _check(nlp, text, speaker)


# --- 6. Abbreviated ranks kept one token with the name --------------------------------------

RANKS = [
    _case('"We will hold the line," said Lt. Gen. Mark Ellis.', "Mark Ellis"),
    _case('"The convoy was hit twice," said Army Capt. Dana Whitfield.', "Dana Whitfield"),
    _case('"We were hoping for more," said Air Force 1st Lt. Tyler Brandt.', "Tyler Brandt"),
    _case('"We were hoping for more," said Navy Lt. Cmdr. Tyler Brandt.', "Tyler Brandt"),
    _case("Maj. Tyler Brandt said the base would stay open.", "Tyler Brandt"),
    _case("Sgt. Dana Whitfield said the patrol had come under fire.", "Dana Whitfield"),
    _case('"We are not leaving," Col. Mark Ellis told reporters.', "Mark Ellis"),
    _case("Sen. Nora Lindqvist said the bill would pass.", "Nora Lindqvist"),
    _case("Rep. Paul Otieno (D-Ohio) said the vote was delayed.", "Paul Otieno"),
    _case("Gov. Karl Brenner said the budget was balanced.", "Karl Brenner"),
    _case("Adm. Mark Ellis said the fleet was ready.", "Mark Ellis"),
    _case("Rev. Tom Asante said the church would shelter the families.", "Tom Asante"),
    _case('"The convoy was hit twice," Army Capt. Dana Whitfield said. "Nobody was hurt."', "Dana Whitfield"),
]


@pytest.mark.parametrize(("text", "speaker"), RANKS)
def test_abbreviated_rank_before_the_name(nlp, text, speaker):
    _check(nlp, text, speaker)


@pytest.mark.parametrize("rank", ["Capt.", "Lt.", "Maj.", "Sgt.", "Cmdr.", "Col."])
def test_abbreviated_rank_is_one_token(nlp, rank):
    doc = nlp.make_doc(f"{rank} Dana Whitfield said the patrol was safe.")
    assert doc[0].text == rank
