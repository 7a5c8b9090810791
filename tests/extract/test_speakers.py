"""Speakers and holders the text does not name, transcripts, remarks, and what is no actor.

Each case runs the whole pipeline (base model and our components) on a sentence or a short
text written for the test from the conventions of the gold annotations (gold/README.md,
"Conventions for the hard cases"); none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc


def run(nlp, text: str, title: str = ""):
    doc = nlp.make_doc(text)
    doc.user_data["ng_title"] = title
    return records_from_doc(nlp(doc))


def speakers(nlp, text: str, title: str = "", kinds=("direct", "partial", "indirect")):
    actors, quotes, _ = run(nlp, text, title)
    return [(actors[q.speaker].name if q.speaker >= 0 else None, q.speaker_description, q.text)
            for q in quotes if q.kind in kinds]


def indirect_texts(nlp, text: str) -> list[str]:
    """The texts of the indirect quotes found in ``text``."""
    return [q[2] for q in speakers(nlp, text, kinds=("indirect",))]


def speaker_case(text: str, words: str, speaker: str | None, xfail: str = ""):
    """A (text, words, speaker) table row; "|" in the text stands for a paragraph break; a known
    failure is a strict xfail with its reason."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text.replace("|", "\n\n"), words, speaker, marks=marks, id=text[:80])


def check_speaker(nlp, text: str, words: str, speaker: str | None) -> None:
    """The first quote of ``text`` holding ``words`` has ``speaker`` (None: no speaker)."""
    found = [f for f in speakers(nlp, text) if words in f[2]]
    assert found, f"no quote holding {words!r} in {speakers(nlp, text)}"
    assert found[0][0] == speaker, found


def stance_holders(full_stances, text: str, words: str) -> set[str]:
    """The holders of the stances of ``text`` whose issue holds ``words``."""
    return {row[0] for row in full_stances(text) if words in row[2]}


def sentence_param(text: str, xfail: str = ""):
    """One test sentence as a pytest parameter; a known failure is a strict xfail."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, marks=marks, id=text[:60])


# --- 1. Unnamed speakers: the state or organisation they speak for ---------------------------

UNNAMED = [
    ('"We will not sign a deal under pressure," a Syrian diplomat said.', "Syria", "a Syrian diplomat"),
    ('A senior U.S. official said the talks would resume on Monday in Geneva.', "United States", "A senior U.S. official"),
    ('Officials in Beijing said the tariffs would be lifted once the agreement is signed.', "China", "Officials in Beijing"),
    ('Chinese officials said the proposal was unacceptable to their government.', "China", "Chinese officials"),
    ('"The door remains open," a Russian foreign ministry spokesman told reporters.', "Russia", "a Russian foreign ministry spokesman"),
    ('The State Department dismissed the report on Tuesday. "These claims are false," a spokesman said.',
     "State Department", "a spokesman"),
    ('An Iranian negotiator said the sanctions must be lifted before any deal is signed.', "Iran", "An Iranian negotiator"),
    ('A spokeswoman for the European Union said the bloc would keep its offer on the table.',
     "European Union", "A spokeswoman for the European Union"),
    ('"We expect a reply within days," a Turkish official told the news agency.', "Turkey", "a Turkish official"),
    ('Israeli officials said the ceasefire would hold as long as the rockets stop.', "Israel", "Israeli officials"),
    ('A French diplomat said Paris would back the resolution at the Security Council.', "France", "A French diplomat"),
    ('Japanese officials told reporters that the abduction issue must be settled first.', "Japan", "Japanese officials"),
]


@pytest.mark.parametrize(("text", "speaker", "description"), UNNAMED, ids=[u[2] for u in UNNAMED])
def test_unnamed_official_speaks_for_the_state_or_organisation(nlp, text, speaker, description):
    found = speakers(nlp, text)
    assert found, "no quote found"
    assert (found[0][0], found[0][1]) == (speaker, description)


NO_AFFILIATION = [
    '"The talks are going nowhere," an official said on condition of anonymity.',
    'A diplomat close to the negotiations said the text was almost ready.',
    '"Nothing is agreed until everything is agreed," one negotiator told reporters.',
]


GROUPS = [
    ("Striking Kenyan civil servants say the government has ignored their demands for a month.",
     "Kenyan civil servants"),
    ("Families of kidnapped aid workers demanded a deal on Monday, saying talks are the only way to bring them home.",
     "Families of kidnapped aid workers"),
    ("A senior official at the ministry of labour said the offer would not be improved.", "Ministry of Labour"),
    # a known name opening a longer name is not that known actor
    ("A spokesman for the Congress of Kenyan Trade Unions said the strike would go on until Friday.",
     "Congress of Kenyan Trade Unions"),
]


@pytest.mark.parametrize(("text", "speaker"), GROUPS, ids=[g[1] for g in GROUPS])
def test_groups_and_unnamed_bodies_speak(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker


def test_the_group_named_again_is_one_actor(nlp):
    text = ("Families of kidnapped aid workers demanded a deal on Monday. The families said the talks had "
            "dragged on for too long.")
    actors, _, _ = run(nlp, text)
    assert [a.name for a in actors if a.type == "GROUP"] == ["Families of kidnapped aid workers"]


@pytest.mark.parametrize("text", NO_AFFILIATION)
def test_unnamed_official_without_affiliation_has_no_speaker(nlp, text):
    found = speakers(nlp, text)
    assert found and all(s is None for s, _, _ in found)


@pytest.mark.parametrize("text", [
    'A senior U.S. official said the talks would resume on Monday in Geneva.',
    '"We will not sign a deal under pressure," a Syrian diplomat said.',
    'Chinese officials said the proposal was unacceptable to their government.',
])
def test_descriptions_are_never_actors(nlp, text):
    actors, _, _ = run(nlp, text)
    assert not any(word in a.name.lower() for a in actors for word in ("official", "diplomat"))


@pytest.mark.parametrize(("text", "speaker"), [
    # an indefinite description is someone new, not the spokesman named elsewhere
    ("Rebel spokesman Jean Mutombo spoke on Monday. On Tuesday a spokesman for the Kenyan mediator said the "
     "talks had made progress.", "Kenya"),
    # a description that fits the one person the text names in that role is that person
    ("Iran's chief negotiator Abbas Araghchi arrived on Sunday. Iran's chief negotiator said the sanctions must "
     "be lifted first.", "Abbas Araghchi"),
])
def test_descriptions_and_named_people(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[-1][0] == speaker


def test_unnamed_official_holds_the_stance(nlp):
    text = "A senior Iranian official said Tehran rejects any limit on its missile programme."
    actors, _, stances = run(nlp, text)
    assert stances and actors[stances[0].actor].name == "Iran"


# --- 2. Transcripts: labelled turns ---------------------------------------------------------

BRIEFING = (
    "Press Briefing by Spokesperson Ned Price\n\n"
    "MR. PRICE: Good afternoon. We remain committed to a diplomatic path with Iran, and we will keep "
    "consulting our partners.\n\n"
    "QUESTION: Ned, is there a deadline for the talks?\n\n"
    "MR. PRICE: There is no artificial deadline, but the window will not stay open forever.\n\n"
    "MODERATOR: Next question, please.\n\n"
)


def test_briefing_turns_have_their_speakers(nlp):
    found = speakers(nlp, BRIEFING, "Department Press Briefing", kinds=("direct",))
    assert [s for s, _, _ in found] == ["Ned Price", None, "Ned Price", None]


LABEL_FORMS = [
    # (title, header, label, expected speaker)
    ("Remarks by President Biden on the Middle East", "", "THE PRESIDENT", "Biden"),
    ("Secretary Kerry's Remarks After the Meeting", "", "SECRETARY KERRY", "Kerry"),
    ("Press Briefing", "", "MR. PRICE", "Price"),
    ("Joint Press Availability", "", "FOREIGN MINISTER LAVROV", "Lavrov"),
    ("Remarks Before the Bilateral Meeting", "", "PRESIDENT TRUMP", "Trump"),
    ("Press Availability", "Antony J. Blinken\nSecretary of State\nBrussels, Belgium\nMarch 4, 2022\n\n",
     "SECRETARY BLINKEN", "Antony J. Blinken"),
    ("Press Availability", "John Kerry\nSecretary of State\nVienna, Austria\nMay 2, 2015\n\n", "THE SECRETARY",
     "John Kerry"),
    ("Remarks by Vice President Harris at the Conference", "", "THE VICE PRESIDENT", "Harris"),
    ("Special Briefing", "", "AMBASSADOR THOMAS-GREENFIELD", "Thomas-Greenfield"),
    ("Remarks to the Press", "", "MS. PSAKI", "Psaki"),
]


@pytest.mark.parametrize(("title", "header", "label", "expected"), LABEL_FORMS, ids=[f[2] for f in LABEL_FORMS])
def test_label_forms_resolve_to_the_person(nlp, title, header, label, expected):
    text = (f"{header}{label}: Thank you all for coming. We have had two days of serious talks, and the "
            f"parties agreed to meet again next month.\n\n"
            f"QUESTION: Will there be a deal before the summer?\n\n"
            f"{label}: We are not there yet, but the gaps have narrowed considerably.\n\n")
    found = speakers(nlp, text, title, kinds=("direct",))
    names = [s for s, _, _ in found]
    assert names[0] is not None and names[0].endswith(expected)
    assert names == [names[0], None, names[0]]


OFFICIAL_LABELS = [
    ("SENIOR ADMINISTRATION OFFICIAL", "United States"),
    ("SENIOR STATE DEPARTMENT OFFICIAL", "State Department"),
    ("SENIOR ADMINISTRATION OFFICIAL ONE", "United States"),
    ("SENIOR U.S. OFFICIAL", "United States"),
]


@pytest.mark.parametrize(("label", "expected"), OFFICIAL_LABELS, ids=[o[0] for o in OFFICIAL_LABELS])
def test_briefing_officials_speak_for_their_organisation(nlp, label, expected):
    text = (f"{label}: Thanks, everybody. As you know, Washington has been working on this for months, and "
            f"we think the framework is now close.\n\n"
            f"QUESTION: What happens if Moscow says no?\n\n"
            f"{label}: Then we will consult our allies about the next steps.\n\n")
    found = speakers(nlp, text, "Background Briefing on the Talks", kinds=("direct",))
    assert [(s, d) for s, d, _ in found] == [(expected, label.title()), (None, ""), (expected, label.title())]


def test_single_label_briefing_is_a_transcript(nlp):
    text = ("SENIOR ADMINISTRATION OFFICIAL: Good morning. A typical Washington reaction to snow kept us late.\n\n"
            "The decision to suspend our obligations under the treaty takes effect tomorrow.\n\n")
    found = speakers(nlp, text, "Background Briefing on the Treaty", kinds=("direct",))
    assert [s for s, _, _ in found] == ["United States", "United States"]


def test_a_dateline_is_no_turn_label(nlp):
    text = ("WASHINGTON: The two delegations met for six hours on Tuesday.\n\n"
            "Neither side gave details of the talks, which resume next week.\n\n")
    assert speakers(nlp, text, "Talks Resume", kinds=("direct",)) == []


def test_interpreted_turn_keeps_its_speaker(nlp):
    text = ("FOREIGN MINISTER LAVROV: (Via interpreter) We discussed the situation in Ukraine at length with "
            "my colleague.\n\n"
            "SECRETARY KERRY: Thank you, Sergey. We had a frank conversation about the ceasefire.\n\n")
    found = speakers(nlp, text, "Press Availability", kinds=("direct",))
    assert [s for s, _, _ in found] == ["Lavrov", "Kerry"]


def test_label_with_interpreter_note(nlp):
    text = ("FOREIGN MINISTER LAVROV (via interpreter): We discussed the ceasefire at length with my colleague.\n\n"
            "QUESTION (via interpreter): Will the talks continue next week?\n\n"
            "SECRETARY KERRY: They will, and we expect progress on the monitoring mission.\n\n")
    found = speakers(nlp, text, "Press Availability", kinds=("direct",))
    assert [s for s, _, _ in found] == ["Lavrov", None, "Kerry"]


def test_stage_directions_are_no_quotes(nlp):
    text = ("THE PRESIDENT: We are getting very close to a deal with them.\n\n"
            "(Laughter.)\n\n"
            "QUESTION: How close, sir?\n\n"
            "THE PRESIDENT: Very close. We will see what happens.\n\n"
            "END\n\n")
    found = speakers(nlp, text, "Remarks by President Trump Before the Meeting", kinds=("direct",))
    assert [s for s, _, _ in found] == ["Trump", None, "Trump"]


def test_first_person_report_in_a_turn_is_the_speakers(nlp):
    text = ("MR. PRICE: As we said yesterday, the offer on the table is a fair one and it will not improve.\n\n"
            "QUESTION: Thank you.\n\n")
    found = speakers(nlp, text, "Department Press Briefing", kinds=("indirect",))
    assert found and found[0][0] == "Price"


@pytest.mark.parametrize("sentence", [
    "Let me tell you that the talks were held in a very good atmosphere.",
    "I think that a deal could be announced within the next four weeks.",
    "I want to start by saying that the region remains a very high priority for us.",
])
def test_the_speakers_own_present_words_are_no_report(nlp, sentence):
    text = f"MR. PRICE: {sentence}\n\nQUESTION: Thank you.\n\n"
    assert speakers(nlp, text, "Department Press Briefing", kinds=("indirect",)) == []


def test_stance_in_a_turn_belongs_to_the_speaker(nlp):
    text = ("SECRETARY KERRY: We reject any attempt to change the borders of Ukraine by force.\n\n"
            "QUESTION: And the sanctions?\n\n")
    actors, _, stances = run(nlp, text, "Remarks After the Meeting")
    assert stances and actors[stances[0].actor].name.endswith("Kerry")


def test_stance_in_an_officials_turn_belongs_to_the_organisation(nlp):
    text = ("SENIOR ADMINISTRATION OFFICIAL: Good morning. Washington has been clear on this. We reject any deal "
            "that leaves the enrichment program in place.\n\nQUESTION: Thanks.\n\n")
    actors, _, stances = run(nlp, text, "Background Briefing on the Talks")
    assert stances and {actors[s.actor].name for s in stances} == {"United States"}


# --- 3. One person's remarks without labels -------------------------------------------------

REMARKS = [
    ("Remarks by President Biden on the Ceasefire in Gaza", "", "Biden"),
    ("Statement by Secretary of State Antony J. Blinken on the Talks", "", "Blinken"),
    ("Press Statement", "Antony J. Blinken, Secretary of State\nJune 3, 2022\n\n", "Blinken"),
    ("Remarks at a UN Security Council Briefing on Yemen",
     "Ambassador Linda Thomas-Greenfield\nU.S. Representative to the United Nations\nNew York, New York\n"
     "March 9, 2022\n\n", "Thomas-Greenfield"),
    ("Remarks to the Press by Trade Representative Froman", "", "Froman"),
    ("Opening Remarks by Secretary Clinton at the Donors Conference", "", "Clinton"),
]


@pytest.mark.parametrize(("title", "header", "expected"), REMARKS, ids=[r[0] for r in REMARKS])
def test_remarks_without_labels_are_the_speakers_paragraphs(nlp, title, header, expected):
    text = (f"{header}Thank you very much. Today the parties took an important step towards a lasting "
            f"ceasefire, and we welcome it.\n\n"
            f"We will keep working with our partners until every hostage is home and the fighting ends.\n\n")
    found = speakers(nlp, text, title, kinds=("direct",))
    assert len(found) == 2 and all(s is not None and s.endswith(expected) for s, _, _ in found)


@pytest.mark.parametrize("title", [
    "Ceasefire Talks Resume in Cairo",
    "Unions Reject the Latest Wage Offer",
    "Remarks",  # no one named: no speaker to give the paragraphs
])
def test_news_articles_are_not_remarks(nlp, title):
    text = ("The two sides met for a second day on Tuesday, officials said.\n\n"
            "No agreement was announced after the meeting, which ended late in the evening.\n\n")
    assert [q for q in speakers(nlp, text, title, kinds=("direct",))] == []


# --- 4. No actors from venues, outlets, datelines, bylines, stage directions ----------------

NOT_ACTORS = [
    ("The two leaders spoke in the Rose Garden after their meeting, and both called the talks useful.", "Rose Garden"),
    ("Speaking at the Hilton Hotel, the minister said the strike must end.", "Hilton"),
    ("The envoy told CNN's State of the Union program that the offer still stands.", "State of the Union"),
    ("KABUL (Reuters) - Afghan and Taliban negotiators met again on Monday.", "Kabul"),
    ("By Jane Smith, Reuters\n\nThe union rejected the offer on Monday, its leader said.", "Jane Smith"),
    ("THE PRESIDENT: It was a great meeting. (Laughter.) We will see.\n\nQ: Thank you.\n\n", "Laughter"),
    ("Speaking in Farsi, the foreign minister said Tehran would not give up enrichment.", "Farsi"),
    ("MODERATOR: Good afternoon. Buenas tardes. Welcome to the briefing.\n\nQUESTION: Thanks.\n\n", "Buenas"),
    ("Talks were held at Lancaster House, where the delegations argued over the border.", "Lancaster House"),
    ("In an interview with Fox News Sunday, the senator said Congress would block the deal.", "Fox News Sunday"),
]


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS,
                         ids=[n.values[1] if hasattr(n, "values") else n[1] for n in NOT_ACTORS])
def test_venues_outlets_datelines_bylines_are_not_actors(nlp, text, name):
    actors, _, _ = run(nlp, text)
    assert not any(name.lower() in a.name.lower() for a in actors)


def test_an_outlet_that_acts_is_an_actor(nlp):
    actors, _, _ = run(nlp, "The BBC said it would challenge the government's ban in court.")
    assert any(a.name == "BBC" for a in actors)


TITLE_ACTORS = [
    ("Background Briefing on the Negotiations With Iran in Vienna, Austria", "Iran", True),
    ("Background Briefing on the Negotiations With Iran in Vienna, Austria", "Austria", False),
    ("Remarks by President Trump and Vice Premier Liu He Before Their Meeting", "Liu He", True),
    ("Talks Resume in Geneva", "Switzerland", False),
]


@pytest.mark.parametrize(("title", "name", "expected"), TITLE_ACTORS, ids=[f"{t[1]}-{t[2]}" for t in TITLE_ACTORS])
def test_parties_named_in_the_title_are_actors(nlp, title, name, expected):
    text = ("THE PRESIDENT: Thank you. It is a great honor to be with the Vice Premier today, and we are close "
            "to a deal.\n\nQ: How close?\n\nTHE PRESIDENT: Very close.\n\n")
    actors, _, _ = run(nlp, text, title)
    assert any(a.name == name for a in actors) == expected


# --- 5. Reported speech: cues, "according to", pronouns, nesting -----------------------------

INDIRECT = [
    ("Senator Ted Cruz said the bill would never pass the Senate.", "Ted Cruz", "bill would never pass"),
    ("The bill would never pass the Senate, Senator Ted Cruz said on Sunday.", "Ted Cruz", "bill would never pass"),
    ("According to Senator Ted Cruz, the bill would never pass the Senate.", "Ted Cruz", "bill would never pass"),
    ("Hillary Clinton met donors in Iowa. She told them that the campaign was gaining ground.", "Hillary Clinton",
     "campaign was gaining ground"),
    ("Marco Rubio argued that the deal gives Iran a path to a bomb.", "Marco Rubio", "deal gives iran"),
    ("Bernie Sanders insisted he would stay in the race until the convention.", "Bernie Sanders",
     "would stay in the race"),
    ("The governor, Chris Christie, warned that the state could run out of money by June.", "Chris Christie",
     "state could run out"),
    ("Jeb Bush told reporters in Miami that he had no plans to leave the race.", "Jeb Bush", "no plans to leave"),
    # the named person speaks, not the one named in the apposition after them
    ("Bernie Sanders is campaigning in the state. Chris Covert, South Carolina director for Sanders, said the "
     "campaign has just opened its eleventh field office.", "Chris Covert", "campaign has just opened"),
    # a subject "he" goes on with the person who was the subject a few sentences before
    ("Francois Muamba told the radio that most rebels can be pardoned. The government is very clear, he said. "
     "Will there be a pardon? Yes, for those not guilty of war crimes. But he said there will not be a blanket "
     "pardon for everyone.", "Francois Muamba", "will not be a blanket"),
    # a bare "a spokesman" in the lead is the one spokesman the text names
    ("The talks move to a third day, after a spokesman said there were substantive meetings on Thursday. "
     "Ashton's spokesman, Michael Mann, said she was determined to bridge the gaps.", "Michael Mann",
     "substantive meetings"),
    # "the government of President X" is no title of X: the quote's "he" is the union's spokesman
    ("Union spokesman Patrick Craven said the government of President Jacob Zuma has done very little. "
     "We have heard nothing definite, and the strike goes on. The talks have stalled. Nothing has moved since "
     "March. But he said the union would meet the minister on Friday.", "Patrick Craven", "would meet the minister"),
    # reported words in an infinitive
    ("Governor Nathan Deal has vowed to block any new refugees from settling in the state.", "Nathan Deal",
     "block any new refugees"),
    ("The union leader Joseph Mathunjwa threatened to extend the strike to the coal mines.", "Joseph Mathunjwa",
     "extend the strike"),
    # a report with no speaker: the words are reported, the speaker stays unknown
    ("The senator trails his rival by nine points in the state, according to a new poll.", None,
     "trails his rival by nine points"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), INDIRECT, ids=[i[0][:40] for i in INDIRECT])
def test_reported_speech(nlp, text, speaker, words):
    found = speakers(nlp, text, kinds=("indirect",))
    hit = [s for s, _, t in found if words in t.lower()]
    assert hit and hit[0] == speaker


def test_the_ministrys_spokesman_is_the_latest_ministry_named(nlp):
    """Mentions are grouped by actor, so "latest" must be read from their positions."""
    text = ("The Ministry of Foreign Affairs welcomed the envoy on Sunday. "
            "The Ministry of Defence announced new exercises on Monday. "
            "On Tuesday the Ministry of Foreign Affairs rejected the proposal. "
            '"There is nothing to discuss," the ministry\'s spokesman said.')
    found = speakers(nlp, text, kinds=("direct",))
    assert found and found[0][0] == "Ministry of Foreign Affairs"


# In a speaker's turn "he" or "she" is someone else (the speaker says "I"): the person named last
# before it in the paragraph, else unknown, never the turn's speaker (quotes._other_person).
OTHER_IN_TURN = [
    ("I met Foreign Minister Dmytro Kuleba this morning. He said that Ukraine would not cede any territory.",
     "Dmytro Kuleba"),
    ("I spoke with Prime Minister Naftali Bennett on Tuesday. He told me that Israel would not attend.",
     "Naftali Bennett"),
    ("We hosted Chancellor Olaf Scholz last night. He said that Germany would send more aid.", "Olaf Scholz"),
    ("I had a long call with President Emmanuel Macron. He stressed that Europe must be at the table.",
     "Emmanuel Macron"),
    ("Our envoy met Minister Amina Yusuf in Abuja. She said the ceasefire would be respected.", "Amina Yusuf"),
    ("I saw Foreign Minister Wang Yi in Bali. He argued that the tariffs had to be lifted first.", "Wang Yi"),
    ("We met the foreign minister this morning. He said that Russia wants the same thing.", None),
    ("Thank you all. He told us that the talks would resume next week.", None),
    ("I welcomed Foreign Minister Lena Holm to Washington. She said that Sweden would back the plan.", "Lena Holm"),
    ("I talked to Minister Juan Ortega yesterday. He insisted that the border stays open.", "Juan Ortega"),
]


@pytest.mark.parametrize(("sentence", "speaker"), OTHER_IN_TURN, ids=[s[:50] for s, _ in OTHER_IN_TURN])
def test_third_person_in_a_turn_is_not_the_speaker(nlp, sentence, speaker):
    text = f"SECRETARY KERRY: {sentence}\n\nQUESTION: Thank you.\n\n"
    found = speakers(nlp, text, "Remarks After the Meeting", kinds=("indirect",))
    assert found, "no quote found"
    assert found[-1][0] == speaker, found
