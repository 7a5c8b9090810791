"""Names the NER takes for a person or organisation that name no party (gold conventions: the
actors are people, states, organisations and groups that act or speak): events and processes,
greetings in another language, and common words capitalised because they open a sentence.
Controls: real actors with the same shapes stay actors."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc


def names(nlp, text: str) -> list[str]:
    actors, _, _ = records_from_doc(nlp(text))
    return [a.name for a in actors]


# events, processes, illnesses, movements of ideas
EVENTS = [
    ("Brexit has divided the governing party, and the prime minister said talks would go on.", "Brexit"),
    ("The minister said Brexit would cost the farmers dearly.", "Brexit"),
    ("Grexit was averted when the creditors agreed to a new loan.", "Grexit"),
    ("Covid forced the negotiators to meet online, the union said.", "Covid"),
    ("Islamophobia was raised at the summit by the foreign minister.", "Islamophobia"),
    ("Communism collapsed in the region, and the new government sought talks.", "Communism"),
    ("Frexit was demanded by the far-right candidate during the campaign.", "Frexit"),
    ("Ebola slowed the talks, the health minister told parliament.", "Ebola"),
    ("Nationalism has grown across the continent, the president warned.", "Nationalism"),
    ("Ramadan delayed the next round of talks, the mediators said.", "Ramadan"),
]

# a greeting or courtesy in another language
GREETINGS = [
    ("Buenas tardes. Thank you all for coming to this meeting with the delegation.", "Buenas"),
    ("Buenos días. The minister welcomed the delegation from Havana.", "Buenos"),
    ("Muchas gracias. The ambassador then answered questions from reporters.", "Muchas"),
    ("Shalom. The envoy said both sides had agreed to meet again.", "Shalom"),
    ("Bonjour à tous. The foreign minister opened the conference.", "Bonjour"),
    ("Guten Tag. The chancellor said the talks would resume.", "Guten Tag"),
    ("Namaste. The prime minister greeted the visiting delegation.", "Namaste"),
    ("Merci beaucoup. The president thanked the hosts for the talks.", "Merci"),
    ("Grazie. The mayor then signed the agreement with the union.", "Grazie"),
    ("Hola. The negotiator said the rebels had accepted the offer.", "Hola"),
]

# a common word capitalised at the start of a sentence, written in lower case elsewhere
COMMON = [
    ("Time will tell whether the deal holds. The union said it had no time to lose.", "Time"),
    ("Chess was the minister's hobby. He said politics was no game of chess.", "Chess"),
    ("Content matters more than form, the envoy said, praising the content of the draft.", "Content"),
    ("Community leaders met the mayor. The community said it rejected the plan.", "Community"),
    ("Pride was at stake. The strikers said their pride would not let them give up.", "Pride"),
    ("Attendance was low at the rally. The union blamed the weather for the attendance.", "Attendance"),
    ("Rage spread through the camp. The refugees said their rage was justified.", "Rage"),
    ("Patience is running out, the minister said. The rebels said their patience had limits.", "Patience"),
    ("Anger grew among the workers. The union voiced its anger at the offer.", "Anger"),
    ("Silence followed the announcement. The opposition broke its silence on Monday.", "Silence"),
    ("Realistically, the union cannot win this strike, the analyst said.", "Realistically"),
    ("Time is running out for the talks between the government and the rebels.", "Time"),
    ("Attendance at the rally was lower than the organisers had hoped.", "Attendance"),
]

# real actors of the same shapes: they stay
CONTROLS = [
    ("Hamas rejected the proposal, and the mediators said Hamas would answer on Monday.", "Hamas"),
    ("Iran said it would not give up enrichment.", "Iran"),
    ("Tesco said it would raise wages, and the union welcomed the offer.", "Tesco"),
    ("Reuters reported the talks had stalled; Moscow said Putin would meet the envoy.", "Putin"),
    ("Merkel said the talks would resume next week.", "Merkel"),
    ("Congress rejected the bill. The members of congress said the vote was final.", "Congress"),
    ("The Taliban said they would join the talks in Doha.", "Taliban"),
    ("NATO warned Russia against any attack, the alliance said.", "NATO"),
    ("Gracia Martínez, the union leader, said the strike would go on.", "Gracia Martínez"),
    ("Exxon said it would sue the government over the tax.", "Exxon"),
    ("Solidarity called a general strike, and the government said it would negotiate.", "Solidarity"),
]


@pytest.mark.parametrize(("text", "name"), EVENTS, ids=[n for _, n in EVENTS])
def test_an_event_or_process_is_no_actor(nlp, text, name):
    assert name not in names(nlp, text)


@pytest.mark.parametrize(("text", "name"), GREETINGS, ids=[n for _, n in GREETINGS])
def test_a_greeting_in_another_language_is_no_actor(nlp, text, name):
    assert not any(n.startswith(name.split()[0]) for n in names(nlp, text)), names(nlp, text)


@pytest.mark.parametrize(("text", "name"), COMMON, ids=[n for _, n in COMMON])
def test_a_sentence_initial_common_word_is_no_actor(nlp, text, name):
    assert name not in names(nlp, text)


@pytest.mark.parametrize(("text", "name"), CONTROLS, ids=[n for _, n in CONTROLS])
def test_real_actors_of_the_same_shape_stay(nlp, text, name):
    assert name in names(nlp, text), names(nlp, text)
