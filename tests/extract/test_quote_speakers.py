"""Quote speakers the actor table misses: bare surnames and definite descriptions of people
named before (pipeline/extract/speakers.py), run through the whole pipeline.

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, speaker, kinds=("direct", "partial", "indirect"), xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, kinds, marks=marks, id=text[:60])


# '"...," said Griffin': a surname the entity recogniser labels as a place, or not at all.
SURNAMES = [
    _case('Eddie Griffin, a blogger, spoke at the rally.\n\n"It has changed our young people," said Griffin, an Obama backer.',
          "Eddie Griffin"),
    _case('Maria Lopez chairs the tenants\' union.\n\n"We will not pay the increase," said Lopez.', "Maria Lopez"),
    _case('Jack Hartley runs the dock workers\' local.\n\n"The port stays closed until Monday," Hartley told reporters.',
          "Jack Hartley"),
    _case('Talks were led by Samuel Okafor for the union.\n\n"Nothing is agreed yet," Okafor said on Friday.',
          "Samuel Okafor"),
    _case('Nadia Petrova, the mediator, arrived on Tuesday.\n\nPetrova said the two sides were close to a deal.',
          "Nadia Petrova"),
    _case('Tom Whitaker spoke for the growers.\n\n"Prices must rise," Whitaker wrote in a letter to members.',
          "Tom Whitaker"),
    _case('The council hired Ellen Brandt to negotiate.\n\n"We expect an answer next week," said Brandt, who has led '
          'the talks since May.', "Ellen Brandt"),
    _case('Carlos Mendes is the miners\' spokesman.\n\nMendes warned that the strike would spread to other pits.',
          "Carlos Mendes"),
    _case('Farah Siddiqui represents the nurses.\n\n"Our patience is running out," Siddiqui added.', "Farah Siddiqui"),
    _case('Owen Gallagher leads the pilots.\n\n"We are ready to fly," said Gallagher. "But not at any price."',
          "Owen Gallagher"),
    _case('Dinesh Rao writes books.\n\nRao replied, "If I had to bet now, I would bet on the incumbent."', "Dinesh Rao"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), SURNAMES)
def test_surname_names_the_person_named_before(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert all(f[0] == speaker for f in found), found


# '"...," the Florida senator said': a definite description of a person named before.
DESCRIBED = [
    _case('Marco Rubio still opposes the bill. "I stand by everything I said," the Florida senator told reporters.',
          "Marco Rubio"),
    _case('Governor Anne Walsh met the strikers on Monday. "We will find the money," the governor said.', "Anne Walsh"),
    _case('Peter Novak criticised the offer on Sunday. The Republican candidate said the plan would raise taxes.',
          "Peter Novak"),
    _case('Mayor Lena Ortiz visited the picket line. "This has gone on long enough," the mayor said.', "Lena Ortiz"),
    _case('Ambassador Jonas Berg arrived in Vienna on Friday. The ambassador said the talks would resume soon.',
          "Jonas Berg"),
    _case('Helen Park defended the deal on television. "It is a good agreement," the senator said.', "Helen Park",
          xfail="the entity recogniser takes 'Helen Park' for a place: no person to refer back to"),
    _case('Frank Dunn spoke to workers at the plant. "Your jobs are safe," the former governor told them.', "Frank Dunn"),
    _case('Chairman Rui Costa opened the meeting. The chairman said the board would not raise its offer.', "Rui Costa"),
    _case('Grace Ekwueme led the delegation to Accra. "We came to listen," the minister said.', "Grace Ekwueme"),
    _case('Secretary Paul Ivers testified on Tuesday. The secretary said the department had no plans to settle.',
          "Paul Ivers"),
    _case('Omar Haddad, the union leader, rejected the offer. "It is an insult," the leader said.', "Omar Haddad"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), DESCRIBED)
def test_definite_description_names_the_person_before(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# The description refers to the subject of the nearest sentence before it that has one, even
# when another person was a subject a few sentences earlier.
NEAREST_SUBJECT = [
    _case('Donald Trump cannot be trusted, critics say.\n\nMarco Rubio endorsed Donald Trump a month ago but still '
          'doubts him. "I stand by everything I said," the Florida senator told reporters.', "Marco Rubio"),
    _case('Hillary Clinton leads in the polls. Bernie Sanders, meanwhile, raised $20 million. Six months ago, the '
          'Vermont senator said, the media ignored him.', "Bernie Sanders", kinds=("indirect",)),
    _case('Joe Biden spoke first. Later, Kamala Harris addressed the crowd. "We will win," the candidate said.',
          "Kamala Harris"),
    _case('Angela Merkel met the press on Monday. On Tuesday, Olaf Scholz visited the plant. The chancellor said '
          'no jobs would go.', "Olaf Scholz"),
    _case('Ron DeSantis signed the bill. Nikki Haley criticised it the next day. "It goes too far," the former '
          'governor said.', "Nikki Haley", xfail="the entity recogniser takes 'Nikki Haley' for an organisation"),
    _case('Boris Johnson lost the vote. After a week of silence, Rishi Sunak resigned. "I cannot go on," the '
          'politician wrote.', "Rishi Sunak"),
    _case('Mitch McConnell blocked the bill. Chuck Schumer answered within the hour. The Democrat said the '
          'vote would come back.', "Chuck Schumer", kinds=("indirect",)),
    _case('Jeb Bush raised the most money. But Ted Cruz won Iowa. "This is a victory for conservatives," the '
          'Texas senator said.', "Ted Cruz"),
    _case('Anna Berg met Lars Dahl and Eva Lund on Monday. "We are close," the senator said.', "Anna Berg"),
    _case('Lars Dahl praised the deal. Then Anna Berg and Eva Lund rejected it. "It is a bad deal," the senator said.',
          None),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), NEAREST_SUBJECT)
def test_description_refers_to_the_nearest_subject(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# A quote's attribution stays in its paragraph: the short sentence of the next paragraph
# ('"...," Borger said.') is another turn, not this quote's cue.
PARAGRAPH_FRAME = [
    _case('"We are close," Sanders said on CNN. "No money, no volunteers, nothing."\n\n"That was then," Borger said.',
          "Sanders"),
    _case('"The offer stands," Walsh told reporters. "We will not improve it."\n\n"Then we strike," Ortiz said.',
          "Walsh"),
    _case('Maria Lopez spoke first. "We will not pay."\n\n"Nor will we," Hartley said.', "Maria Lopez"),
    _case('"Talks resume Monday," Nadia Petrova said. "Both sides are ready."\n\n"We are not," Okafor replied.',
          "Nadia Petrova"),
    _case('"It is a bad deal," Frank Olsen said in an interview. "Farmers will lose."\n\n"Nonsense," Ivers said.',
          "Frank Olsen"),
    _case('"Prices must rise," Tom Whitaker wrote. "There is no other way."\n\n"Wrong," Brandt said.', "Tom Whitaker"),
    _case('"We are ready," Owen Gallagher said. "But not at any price."\n\n"Good," the minister said.', "Owen Gallagher"),
    _case('"The port stays closed," Jack Hartley said. "Until Monday at least."\n\n"Fine," Lopez answered.',
          "Jack Hartley"),
    _case('"Our patience is running out," Farah Siddiqui said. "Time is short."\n\n"We know," Mendes said.',
          "Farah Siddiqui"),
    _case('"Nothing is agreed yet," Samuel Okafor said. "Not one line."\n\n"That is false," Petrova said.',
          "Samuel Okafor"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), PARAGRAPH_FRAME)
def test_attribution_does_not_cross_a_paragraph(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=("direct", "partial"))
    second = [f for f in found if f[2].split()[0] in {"No", "We", "There", "Both", "Farmers", "But", "Until",
                                                      "Time", "Not"}]
    assert second, found
    assert second[0][0] is not None and speaker.split()[-1] in second[0][0], found


# Descriptions that must not be resolved to a person: two people before, no role, an official.
UNRESOLVED = [
    'Anna Berg and Lars Dahl met on Monday. "We are close," the senator said.',
    'The talks resumed on Monday. "We are close," the senator said.',
    'Nora Klein arrived late. "The door is open," the official said.',
]


@pytest.mark.parametrize("text", UNRESOLVED, ids=[t[:50] for t in UNRESOLVED])
def test_ambiguous_or_unnamed_description_stays_unknown(nlp, text):
    found = speakers(nlp, text)
    assert found and found[-1][0] is None, found


# '..., said X, who added that ...': the relative pronoun speaks for its antecedent.
RELATIVE = [
    _case('"We show anger," said Joe Harvey, who acknowledged the candidate was his fourth choice.', "Joe Harvey",
          kinds=("indirect",)),
    _case('The plan was backed by Mayor Ruth Kemp, who said it would cut traffic by a third.', "Ruth Kemp"),
    _case('Governor Luis Ortega, who noted that the state had raised wages, spoke first.', "Luis Ortega"),
    _case('The bill was drafted by Senator Alan Pike, who argued that the tax was unfair.', "Alan Pike"),
    _case('Union leader Maria Santos, who warned that the strike could last weeks, met the minister.', "Maria Santos"),
    _case('The motion came from Dr. Irene Hall, who insisted that the hospital needed more staff.', "Irene Hall"),
    _case('Negotiator Samir Nasser, who told reporters the gap was narrowing, left Geneva on Friday.', "Samir Nasser"),
    _case('Praise came from Chancellor Otto Brandt, who said the agreement was historic.', "Otto Brandt"),
    _case('Ms. Clara Wood, who claimed the vote had been rigged, demanded a recount.', "Clara Wood"),
    _case('The deal was denounced by Frank Olsen, who stressed that farmers would lose out.', "Frank Olsen"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), RELATIVE)
def test_relative_pronoun_speaks_for_its_antecedent(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# "The company said ...": a definite description of an organisation named before.
ORGANISATIONS = [
    _case('Boeing cut its forecast on Monday. The company said demand for new jets had fallen.', "Boeing"),
    _case('Siemens Energy announced job cuts on Tuesday. The company said the plan would save money.', "Siemens Energy"),
    _case('Greenpeace staged a protest at the port. The group said the ships carried illegal timber.', "Greenpeace"),
    _case('Unite balloted its members last week. The union said most of them backed a strike.', "Unite",
          xfail="'Unite' alone is no recognised organisation: nothing to refer back to"),
    _case('Reuters obtained a copy of the memo. The agency said the document was dated May 3.', "Reuters"),
    _case('Amnesty International published its report on Thursday. The organization said the arrests were arbitrary.',
          "Amnesty International"),
    _case('The Labour Party lost the vote. The party said it would try again in the autumn.', "Labour Party"),
    _case('Toyota recalled two million cars. The carmaker said no injuries had been reported.', "Toyota"),
    _case('Deutsche Bank raised its fees. The bank said costs had risen sharply.', "Deutsche Bank"),
    _case('The New York Times reviewed the files. The newspaper said the payments were never disclosed.',
          "New York Times"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), ORGANISATIONS)
def test_definite_description_names_the_organisation_before(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# "It was a failure, he said, and he regretted it": an attribution set between commas.
INSERTED = [
    _case('Barack Obama spoke on Monday. It was the bitterest failure of his term, he said, and he regretted it.',
          "Barack Obama"),
    _case('Mayor Ruth Kemp spoke first. The budget, she said, would be balanced by June.', "Ruth Kemp"),
    _case('Unions met the minister. The strike will continue, Omar Haddad said, until the company restores the bonus.',
          "Omar Haddad"),
    _case('Talks resumed in Geneva. No deal is possible this week, Nadia Petrova said, but the gap is narrowing.',
          "Nadia Petrova"),
    _case('Governor Luis Ortega toured the site. The plant will reopen, he said, once the repairs are finished.',
          "Luis Ortega"),
    _case('Frank Olsen addressed farmers. The subsidy is gone for good, Olsen told them, and nobody will restore it.',
          "Frank Olsen"),
    _case('Ambassador Jonas Berg left Vienna. Iran has not replied, Berg said, although the offer expires on Friday.',
          "Jonas Berg"),
    _case('Maria Santos led the march. The nurses will walk out, she said, unless the hospital hires more staff.',
          "Maria Santos"),
    _case('Clara Wood spoke after the vote. The count was flawed, Wood insisted, and a recount was needed.', "Clara Wood"),
    _case('Paul Ivers testified on Tuesday. The department has no plan to settle, Ivers said, and it will appeal.',
          "Paul Ivers"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), INSERTED)
def test_attribution_between_commas_reports_the_sentence_around_it(nlp, text, speaker, kinds):
    found = [f for f in speakers(nlp, text, kinds=("indirect",)) if "said" not in f[2] and "told" not in f[2]]
    assert found, "no quote found"
    assert found[-1][0] == speaker, found
    assert len(found[-1][2].split()) >= 6, found


# 'X leaned in and boomed: "..."': a quote opened right after a colon is the words of the
# subject of the clause the colon ends, whatever its verb.
COLON = [
    _case('Trump gestured to the crowd, then leaned in and boomed: "We will win in November."', "Trump",
          xfail="the parse attaches the last conjunct so that no subject is reached from 'boomed'"),
    _case('Angela Merkel put it bluntly: "This deal is dead."', "Angela Merkel"),
    _case('Boris Johnson struck a defiant tone: "We will leave on October 31."', "Boris Johnson"),
    _case('Emmanuel Macron turned to the cameras: "Europe will not be divided."', "Emmanuel Macron"),
    _case('Nancy Pelosi had one answer for the reporters: "The wall is immoral."', "Nancy Pelosi"),
    _case('Justin Trudeau summed up the talks: "We got a good deal for Canada."', "Justin Trudeau"),
    _case('Jacinda Ardern closed her speech with a promise: "Nobody will be left behind."', "Jacinda Ardern"),
    _case('Olaf Scholz kept it short: "The answer is no."', "Olaf Scholz"),
    _case('Narendra Modi ended the rally on a high note: "India is ready."', "Narendra Modi"),
    _case('Pedro Sanchez shrugged off the question: "Elections are won at the ballot box."', "Pedro Sanchez"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), COLON)
def test_quote_after_a_colon_is_the_clause_subjects(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=("direct", "partial"))
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# A colon after a fragment with no verb at all ('Her answer: "No."'): reading the clause before
# the colon must stop at the root (a loop that compared spaCy tokens with `is` never did:
# every `.head` access builds a new Token object).
VERBLESS_COLON = [
    'Her answer: "No deal without guarantees."',
    'The message from Kyiv: "No territory will be ceded."',
    'The union\'s verdict on the offer: "An insult to every worker."',
    'Bottom line: "The deal is dead."',
    'One word from the minister: "Never."',
    'The mood in the hall afterwards: "Relief, mostly."',
]


@pytest.mark.parametrize("text", VERBLESS_COLON)
def test_quote_after_a_verbless_colon_lead_is_read_and_stops(nlp, text):
    import signal

    def hung(signum, frame):
        raise TimeoutError("reading the clause before the colon did not stop")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        found = speakers(nlp, text, kinds=("direct", "partial"))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert found, "no quote found"


# A definite description of one official ('the Japanese official', 'North Korea's top
# negotiator', 'the spokesman for the union') stands for the person the text names next to it:
# the nearest person of that state or organisation named in the two sentences before, or a person
# first named, as a speaker, in the two sentences after (a lead that names them next).
OFFICIAL_NAMED_NEARBY = [
    _case('Japanese envoy Kunio Umeda said the answers had been disappointing. The Japanese official says the two '
          'sides could not narrow their differences.', "Kunio Umeda", kinds=("indirect",)),
    _case("North Korea's top nuclear negotiator says the talks in Stockholm ended shortly after they began.\n\n"
          '"The negotiations have broken off," Kim Myong Gil said outside the embassy.', "Kim Myong Gil",
          kinds=("indirect",)),
    _case('The spokesman for the Congress of South African Trade Unions told VOA the strike will continue on '
          'Monday.\n\nPatrick Craven said the government had done very little to resume talks.', "Patrick Craven",
          kinds=("indirect",)),
    _case('French negotiator Claire Dubois said the text was nearly ready. The French diplomat added that a '
          'signing could come within days.', "Claire Dubois", kinds=("indirect",)),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), OFFICIAL_NAMED_NEARBY)
def test_definite_official_is_the_person_named_nearby(nlp, text, speaker, kinds):
    found = [f for f in speakers(nlp, text, kinds=kinds) if f[1]]  # the description's quote
    assert found, speakers(nlp, text, kinds=kinds)
    assert found[0][0] == speaker, found


# It stays the state's or organisation's words when the description is indefinite (someone not
# named), when the person named nearby has another role (a spokesman is no president), or
# when the person named after it is no speaker.
OFFICIAL_STAYS_THE_BODY = [
    _case('Japanese envoy Kunio Umeda said the answers had been disappointing. A Japanese official said the two '
          'sides could not narrow their differences.', "Japan", kinds=("indirect",)),
    _case('Russian President Vladimir Putin said the talks were useful. The Kremlin spokesman said no date had been '
          'set for the next round.', "Russia", kinds=("indirect",)),
    _case('The spokesman for the Russian foreign ministry said the talks would resume. Foreign Minister Sergei '
          'Lavrov said the offer was fair.', "Russia", kinds=("indirect",)),
    _case("North Korea's top nuclear negotiator says the talks in Stockholm ended early. Reporters waited for "
          "Kim Myong Gil outside the embassy.", "North Korea", kinds=("indirect",)),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), OFFICIAL_STAYS_THE_BODY)
def test_official_stays_the_state_or_organisation(nlp, text, speaker, kinds):
    found = [f for f in speakers(nlp, text, kinds=kinds) if f[1]]  # the description's quote
    assert found, speakers(nlp, text, kinds=kinds)
    assert found[0][0] == speaker, found


# '"Obama has failed us," the Florida senator said': a person named inside the quotation is what
# the speaker talks about, never the referent of the "he" or "the senator" outside it that speaks
# the quote (pipeline/extract/actors/references.py).
NAMED_INSIDE = [
    _case('Marco Rubio spoke in Iowa. "President Obama has failed us. Obama is weak," the Florida senator said.',
          "Marco Rubio"),
    _case('Jeb Bush went after the frontrunner. "Donald Trump is good at one-liners, but he is a chaos candidate," '
          'the former governor said.', "Jeb Bush"),
    _case('Angela Merkel met the press in Berlin. "Emmanuel Macron wants more. He asks too much," the chancellor said.',
          "Angela Merkel"),
    _case('Nora Quist leads the nurses\' union. "Minister Hans Brill has not answered our letter," she told reporters.',
          "Nora Quist"),
    _case('Victor Ramos took questions on Friday. "Frank Ostrow knows our terms," he said. "He has had them for a week."',
          "Victor Ramos"),
    _case('Ingrid Solberg addressed the summit. "I spoke to Prime Minister Jonas Lind this morning," she said.',
          "Ingrid Solberg"),
    _case('Mayor Kate Dwyer visited the depot. "Governor Alan Frost promised us buses," the mayor said on Monday.',
          "Kate Dwyer"),
    _case('Rafael Cortes answered the critics. "Senator Judith Byrne voted for this bill twice," he added.',
          "Rafael Cortes"),
    _case('Lena Vogt heads the employers\' federation. "We told Tom Hale that the offer is final," she said.',
          "Lena Vogt"),
    _case('Ahmed Karimi spoke after the talks. "Secretary Blake Moran asked for more time. We gave it," the envoy said.',
          "Ahmed Karimi"),
    _case('Paula Grant defended the plan. "Even Robert Kline agrees with it," the Republican candidate told voters.',
          "Paula Grant"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), NAMED_INSIDE)
def test_person_named_inside_the_quote_does_not_speak_it(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# 'Kerry said Lavrov had agreed. He said ...': the subject of a reported clause is who the report
# is about; the reporter, the main clause's subject, is the one a later "he" or "they" goes on with
# (pipeline/extract/actors/references.py, reported_subject).
REPORTER_GOES_ON = [
    _case('Secretary of State John Kerry said Sergei Lavrov had agreed to press the separatists. He said the two '
          'men would meet again in May.', "John Kerry"),
    _case('President Barack Obama told reporters that Vladimir Putin must withdraw his troops. He said sanctions '
          'would follow otherwise.', "Barack Obama"),
    _case('Union leader Joseph Mathunjwa said Finance Minister Pravin Gordhan had refused to meet the miners. He '
          'added that the strike would go on.', "Joseph Mathunjwa"),
    _case('Opposition leader Morgan Tsvangirai said President Robert Mugabe had broken the agreement. "We will '
          'boycott the cabinet," he said.', "Morgan Tsvangirai"),
    _case('Chief negotiator Ivan Marquez said President Juan Manuel Santos had ignored the proposals. He said the '
          'rebels would stay at the table.', "Ivan Marquez"),
    _case('Angela Merkel said Emmanuel Macron shared her concerns about the budget. She told reporters the summit '
          'would go on.', "Angela Merkel"),
    _case('Senator Ruth Adler argued that Governor Tim Walsh had misled voters. "He knew the numbers," she said.',
          "Ruth Adler"),
    _case('Mediator Olusegun Obasanjo said rebel leader Riek Machar was ready to talk. He warned that the ceasefire '
          'remained fragile.', "Olusegun Obasanjo"),
    _case('Mayor Lena Ortiz claimed that Commissioner Dan Pryor had blocked the deal. She said the city would sue.',
          "Lena Ortiz"),
    _case('The Republicans say the Democrats are trying to distract voters. They say the leaks matter more.',
          "Republicans"),
    _case('Prime Minister Shinzo Abe said Kim Jong Il should return the abductees. "We will not give up," he said.',
          "Shinzo Abe"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), REPORTER_GOES_ON)
def test_reporter_goes_on_over_the_subject_of_the_report(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# 'The union rejected the offer. Its leaders said ...': the leaders of a group speak for it
# (gold conventions: unnamed people speak for the body the text names), whether a possessive or
# "it"/"its"/"their" names it; a group named by a singular noun is an "it"
# (actors/table.actor_of, actors/references.py).
GROUP_LEADERS = [
    _case('The union rejected the offer on Monday. Its leaders said the strike would go on.', "union"),
    _case('The union rejected the offer on Monday. It said the strike would go on.', "union"),
    _case('The miners turned down the deal. Their leaders said the pits would stay shut.', "miners"),
    _case('The opposition walked out of parliament. Its leaders said the vote had been rigged.', "opposition"),
    _case('The rebels rejected the ceasefire. Their representatives told mediators the army had attacked first.',
          "rebels"),
    _case('The nurses voted to strike on Friday. Their leaders warned that hospitals would close.', "nurses"),
    _case('The federation declined the invitation. It said the talks were a waste of time.', "federation"),
    _case('The farmers blocked the highway again. Their leaders said the protest would go on until Monday.', "farmers"),
    _case('The association turned down the offer. Its members said the fees were too high.', "association"),
    _case('Hamas rejected the proposal on Monday. Its leaders said Israel must withdraw first.', "Hamas"),
    _case('The teachers\' union rejected the offer on Monday. Its leader said the strike would go on.',
          "teachers' union"),
    # control: a subject the table has no actor for comes between the group and "it"
    _case('The movement has long argued that providers should be punished. The campaign put out a statement on '
          'Monday. It said the policy was unchanged.', None),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), GROUP_LEADERS)
def test_group_leaders_speak_for_the_group(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# 'According to HuffPo: "Senator Tim Kaine has ..."': the source phrase of "according to" ends at
# the colon or quotation mark; a person named in the quoted words is what the source reports on,
# not who speaks (quotes._source_actor).
ACCORDING_TO_UNKNOWN = [
    _case('According to HuffPo: "Senator Tim Kaine has had a mixed record on abortion."', None),
    _case('According to the blog: "Governor Amy Lind vetoed the bill twice."', None),
    _case('According to one account: "Minister Paul Biya never saw the letter."', None),
    _case('According to the memo: "Director Sam Ortiz approved the transfer in May."', None),
    _case('According to the filing: "Chairman Raj Patel knew of the losses."', None),
    _case('According to the summary, "Ambassador Dan Reyes left the talks early."', None),
    _case('According to the transcript: "President Lula asked for more time."', None),
    _case('According to the notes: "Commander Ivan Duque ordered the retreat."', None),
    _case('According to the diary: "Secretary Ann Cole met the rebels twice."', None),
    _case('According to the minutes, "Mayor Ted Ruiz opposed the plan."', None),
    _case('According to Reuters: "Senator Tim Kaine has had a mixed record on abortion."', "Reuters"),
]


@pytest.mark.parametrize(("text", "speaker", "kinds"), ACCORDING_TO_UNKNOWN)
def test_according_to_source_ends_before_the_quote(nlp, text, speaker, kinds):
    found = speakers(nlp, text, kinds=kinds)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found
