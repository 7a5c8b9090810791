"""The sentence gates of the stance constructions (pipeline/extract/stance/gates.py): a
construction is skipped in a sentence that lacks a word its own tests require, which must never
change a result. Each construction has a sentence where it fires (that sentence passes its gate),
a gate fails only where the construction finds nothing, and the gated reader gives the records the
ungated one gives."""

from __future__ import annotations

import pytest

from pipeline.extract.stance import forms, gates
from pipeline.extract.stance.constructions import (
    agent_noun_cue, conferred_approval_cue, hoped_outcome_cue, hyphen_participle_cues, participle_cues, position_cues, wish_to_see_cue,
)
from pipeline.extract.stance.red_lines import (
    based_on, closed_issue, extracted_concession, impossible_without, no_concession, no_room, passive_refusal,
    stated_precondition,
)


def _actor_at(tok) -> int:
    """A stand-in for the actor table: a name or an entity is an actor."""
    return 0 if tok.pos_ == "PROPN" or tok.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} else -1


def _call(construction, tok, lexicon):
    """The construction's answer at ``tok``, None (or empty) when it finds nothing."""
    if construction is forms.existential_negation:
        return construction(tok, lexicon) or None
    if construction in {forms.elliptical_denial, forms.denied_alternative}:
        return construction(tok) or None
    if construction is participle_cues:
        return construction(tok, lexicon) or None
    if construction is hyphen_participle_cues:
        from pipeline.extract.actors import ActorTable
        from pipeline.extract.stance.context import Context

        return construction(tok, Context(tok.doc, ActorTable(), [], lexicon)) or None
    if construction is forms.talks_parties:
        return construction(tok, lexicon, _actor_at, lambda t: False) or None
    if construction is forms.meeting_parties:
        return construction(tok, lexicon, _actor_at)[1] or None
    if construction in {forms.threat_aims, forms.legal_aims, forms.is_threat, position_cues, forms.requirement_terms}:
        return construction(tok, lexicon) or None
    return construction(tok, lexicon)


# A sentence in which each construction fires, written for these tests.
FIRING = [
    (stated_precondition, "The union's precondition for talks is the reinstatement of the dismissed workers."),
    (impossible_without, "Normal relations are impossible without a settlement of the border question, the minister said."),
    (closed_issue, "The status of the city is closed for discussion, the mayor said."),
    (forms.protested_over, "The government recalled its ambassador over the arms deal."),
    (forms.overridden_objection, "The council adopted the resolution despite Russia's objections."),
    (no_room, "There is no room for compromise on the borders, the president said."),
    (forms.meeting_red_lines, "Israel will only accept an agreement that respects its red lines."),
    (forms.red_line_noun_parts, "Moscow drew a red line at the deployment of foreign troops."),
    (based_on, "Any settlement must be based on the 1967 borders, the envoy said."),
    (no_concession, "Ankara will make no concessions on Cyprus."),
    (extracted_concession, "They will not extract any concessions from us, the minister said."),
    (forms.precondition_thing, "The opposition made the release of prisoners a precondition for talks."),
    (forms.talks_parties, "The envoy wrapped up a week of talks with the Taliban in Doha."),
    (forms.meeting_parties, "American and Cuban officials met in Havana to discuss the reopening of embassies."),
    (forms.ruled_out_as_question, "There can be no question of surrendering our weapons, the commander said."),
    (forms.existential_negation, "There will be no amnesty for the generals, the president said."),
    (forms.elliptical_denial, "No talks without a ceasefire, the rebels say."),
    (forms.denied_alternative, "It is a full withdrawal or no deal, the negotiator said."),
    (forms.denied_chance, "The rebels said there was no chance of talks unless the army withdrew."),
    (forms.blocked_until, "Talks cannot resume until Israel stops building settlements."),
    (forms.conditioned_on, "Abbas has conditioned the resumption of talks on a settlement freeze."),
    (forms.continued_until, "The strike will continue until the government pays the arrears."),
    (forms.ultimatum_action, "The council gave Tehran 60 days to return to compliance."),
    (forms.threat_aims, "Beijing threatened military force to prevent a declaration of independence."),
    (forms.legal_aims, "The union went to court to halt the privatisation."),
    (forms.legal_target, "The teachers' union sued the ministry over the pension reform."),
    (forms.is_threat, "The union threatened to strike."),
    (forms.threatened_object, "The union threatened a general strike unless the government withdrew the tax."),
    (forms.threatened_protest, "The nurses threatened a strike over staffing."),
    (passive_refusal, "Jerusalem will never be divided, the prime minister said."),
    (forms.surrender_object, "Iran will not give up its right to enrichment."),
    (forms.dropped_demand, "The union said it would not drop its demand for a pay rise."),
    (position_cues, "Congo's position is that the rebels must lay down their arms."),
    (forms.acted_in_protest, "The opposition walked out of parliament in protest at the ruling."),
    (forms.requirement_terms, "Russia's conditions for a settlement include a ceasefire, a withdrawal and elections."),
    (wish_to_see_cue, "Russia would like to see sanctions lifted."),
    (hoped_outcome_cue, "Egypt hopes the truce will hold."),
    (agent_noun_cue, "Germany has been a strong supporter of the deal."),
    (conferred_approval_cue, "Germany gave the plan the green light."),
    (participle_cues, "The rebels rejected a ceasefire brokered by Qatar."),
    (hyphen_participle_cues, "The council discussed a U.S.-backed proposal on Syria."),
]

# Sentences where few or none of them fire: the gates must fail only where nothing is found.
OTHERS = [
    "The talks resumed in Geneva on Monday.",
    "The minister said the line of trucks was long.",
    "The strike ended after two weeks.",
    "There is no doubt that the economy will recover.",
    "The shop was closed on Sunday.",
    "He gave his daughter a book to read.",
    "The negotiators met in Vienna.",
    "The union warned of job losses.",
    "Prices have risen over the past year.",
    "The company did not give an inch on pay, the union said.",
    "The treaty was signed in 1990 and has been respected since.",
    "A well-known author wrote the long-awaited report.",
]

ALL_GATES = {**gates.FORM_GATES, **gates.FINDER_TESTS}


def test_every_construction_of_the_tables_has_a_firing_sentence():
    assert {c for c, _ in FIRING} == set(ALL_GATES)
    assert len(gates.FORM_GATES) >= 24


@pytest.mark.parametrize("construction, text", FIRING, ids=[c.__name__ for c, _ in FIRING])
def test_a_sentence_where_the_construction_fires_passes_its_gate(base_nlp, lexicon, construction, text):
    doc = base_nlp(text)
    assert any(_call(construction, tok, lexicon) is not None for tok in doc), "the construction does not fire"
    form_open, finder_open = gates.open_constructions(doc, lexicon)
    assert construction in form_open | finder_open


@pytest.mark.parametrize("construction", list(ALL_GATES), ids=[c.__name__ for c in ALL_GATES])
def test_a_gate_fails_only_where_the_construction_finds_nothing(base_nlp, lexicon, construction):
    """In every sentence of both tables whose words fail the gate, the construction returns None
    at every token: skipping it changes nothing."""
    failed = 0
    for text in [t for _, t in FIRING] + OTHERS:
        doc = base_nlp(text)
        form_open, finder_open = gates.open_constructions(doc, lexicon)
        if construction in form_open | finder_open:
            continue
        failed += 1
        for tok in doc:
            assert _call(construction, tok, lexicon) is None, (text, tok.text)
    assert failed > 0  # the gate rules some sentences out


@pytest.mark.parametrize("keys, expected", [({"no", "room"}, True), ({"room", "for"}, False), ({"no"}, False), (set(), False)])
def test_passes_needs_every_requirement(keys, expected):
    gate = gates.compile_gate(({"room", "space"}, {"no"}), None)
    assert gates.passes(gate, keys) is expected


def test_labels_are_no_words():
    """A dependency label in a gate is met by the label, not by a word spelt like it."""
    gate = gates.compile_gate((gates.dep("expl"),), None)
    assert not gates.passes(gate, {"expl"})
    assert gates.passes(gate, {("dep", "expl")})


def test_gates_are_compiled_once_per_lexicon(lexicon):
    assert gates.compiled_gates(lexicon) is gates.compiled_gates(lexicon)


@pytest.mark.parametrize("text", [t for _, t in FIRING] + OTHERS)
def test_the_bits_answer_as_the_word_sets(base_nlp, lexicon, text):
    """open_constructions (bits cached by string ids) lets through what the gates' word sets do."""
    doc = base_nlp(text)
    keys = gates.sentence_keys(doc)
    expected = tuple(frozenset(c for c, gate in table.items() if gates.passes(gates.compile_gate(gate, lexicon), keys))
                     for table in (gates.FORM_GATES, gates.FINDER_TESTS))
    assert gates.open_constructions(doc, lexicon) == expected
    assert gates.open_constructions(doc, lexicon) == expected  # from the caches


# The gated and the ungated reader on texts that hold the firing sentences among others.
READER_TEXTS = [
    " ".join(t for _, t in FIRING[:9]),
    " ".join(t for _, t in FIRING[9:18]),
    " ".join(t for _, t in FIRING[18:]) + " " + " ".join(OTHERS),
    '"There will be no deal unless the sanctions are lifted," the Iranian foreign minister said. '
    "Hamas said it would not disarm while the occupation lasts. The teachers' union said the strike "
    "would go on until salaries were paid, and threatened to boycott the exams.",
]


@pytest.mark.parametrize("text", READER_TEXTS, ids=[f"text{i}" for i in range(len(READER_TEXTS))])
def test_the_gated_reader_gives_the_ungated_records(nlp, lexicon, text):
    from pipeline.extract.components import table_from_doc
    from pipeline.extract.stance import extract_stances
    from pipeline.records import QuoteRecord

    doc = nlp(text)
    table = table_from_doc(doc)
    quotes = [QuoteRecord(*q) for q in doc._.ng_quotes or []]
    gated = extract_stances(doc, table, quotes, lexicon)
    ungated = extract_stances(doc, table, quotes, lexicon, gated=False)
    assert gated == ungated
    assert gated  # the texts state stances
