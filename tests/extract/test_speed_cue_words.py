"""Extraction speed, ninth round (issue 11): in a sentence whose words open none of the stance
constructions tried at nouns, proper nouns, adjectives, adverbs or adpositions (reading.AT_VERBS
lists those tried only at verbs and auxiliaries), such a token is a cue only by its own words: a
construction of FINDERS opening at it, or its word a stance adjective, a stance, threat,
refused-intent or position noun (reading._word_may_cue). Every other one is passed over at once,
which must never change a result. Also: quotes.in_cue_idiom tries only the set phrases holding
the word, and predicate_cue cuts a span's text from the Doc's text (each case its own test)."""

from __future__ import annotations

import pytest

# sentences with cues at nouns, adjectives and verbs, and with none
SENTENCES = [
    "Russia's demand for a ceasefire was rejected by Kyiv.",
    "The EU voiced strong support for the agreement on Tuesday.",
    "The union has no plans to call off the strike.",
    "Iran's position is that sanctions must be lifted first.",
    "Beijing remained opposed to the tariffs, the ministry said.",
    "The opposition said the plan was unacceptable.",
    "Washington expressed concern about the new settlements.",
    "The threat of sanctions hangs over the talks.",
    "Speaking in Geneva, the envoy welcomed the ceasefire.",
    "The senators voted in favour of the bill.",
    "Quickly and quietly, the delegates left for home after the talks in Vienna.",
    "The president warned that the army would attack unless the rebels withdrew.",
    "Sanctions relief is non-negotiable, the minister said.",
    "Hamas said it was ready to sign the deal.",
]

NOT_VERBS = {"VERB", "AUX"}


@pytest.fixture(scope="module")
def docs(base_nlp):
    return {text: base_nlp(text) for text in SENTENCES}


@pytest.mark.parametrize("text", SENTENCES)
def test_constructions_at_verbs_find_nothing_at_other_words(lexicon, docs, text):
    """_form_cues with only the constructions of AT_VERBS open answers nothing at a token that is
    no verb or auxiliary (their part of speech is tested first)."""
    from pipeline.extract.actors import ActorTable
    from pipeline.extract.stance.context import Context
    from pipeline.extract.stance.reading import AT_VERBS, _form_cues

    doc = docs[text]
    ctx = Context(doc, ActorTable(), [], lexicon)
    for tok in doc:
        if tok.pos_ not in NOT_VERBS:
            assert _form_cues(tok, ctx, False, AT_VERBS) is None, tok.text


@pytest.mark.parametrize("text", SENTENCES)
def test_a_word_that_is_a_cue_of_its_own_passes(lexicon, docs, text):
    """At a token that is no verb or auxiliary, find_cue and stated_position answer only where
    _word_may_cue lets the word through."""
    from pipeline.extract.stance.cues import find_cue
    from pipeline.extract.stance.holders import stated_position
    from pipeline.extract.stance.reading import _word_may_cue

    for tok in docs[text]:
        if tok.pos_ in NOT_VERBS:
            continue
        if find_cue(tok, lexicon) is not None or (tok.pos_ == "NOUN" and stated_position(tok, lexicon)):
            assert _word_may_cue(tok, tok.pos_, lexicon), tok.text


@pytest.mark.parametrize("text, word, expected", [
    ("Russia's demand for a ceasefire was rejected by Kyiv.", "demand", True),  # a stance noun
    ("The union has no plans to call off the strike.", "plans", True),  # a refused intent
    ("Iran's position is that sanctions must be lifted first.", "position", True),  # a position noun
    ("The threat of sanctions hangs over the talks.", "threat", True),  # a threat noun
    ("Hamas said it was ready to sign the deal.", "ready", True),  # a stance adjective
    ("Quickly and quietly, the delegates left for home after the talks in Vienna.", "home", False),
    ("Quickly and quietly, the delegates left for home after the talks in Vienna.", "Vienna", False),
    ("Quickly and quietly, the delegates left for home after the talks in Vienna.", "quietly", False),
    ("Quickly and quietly, the delegates left for home after the talks in Vienna.", "after", False),
])
def test_word_may_cue(lexicon, docs, text, word, expected):
    from pipeline.extract.stance.reading import _word_may_cue

    tok = next(t for t in docs[text] if t.text == word)
    assert _word_may_cue(tok, tok.pos_, lexicon) is expected


@pytest.mark.parametrize("text", SENTENCES)
def test_the_reader_passing_over_words_gives_the_records_of_the_full_reader(nlp, lexicon, text):
    """extract_stances gated (words passed over as above) and ungated (every construction tried
    at every token) give the same records."""
    from pipeline.extract.components import table_from_doc
    from pipeline.extract.stance import extract_stances
    from pipeline.records import QuoteRecord

    doc = nlp(text)
    table = table_from_doc(doc)
    quotes = [QuoteRecord(*q) for q in doc._.ng_quotes or []]
    assert extract_stances(doc, table, quotes, lexicon) == extract_stances(doc, table, quotes, lexicon, gated=False)


def test_stand_cue_opens_at_the_first_words_of_its_phrases(lexicon):
    """stand_cue's gate is the first word of each phrase of [forms] stand_for and stand_against:
    its phrase reading (_phrase_object) fails at once at any other word."""
    from pipeline.extract.stance.constructions import stand_cue
    from pipeline.extract.stance.reading import gate_words

    _, forms, _ = gate_words(stand_cue, lexicon)
    phrases = [p for key in ("stand_for", "stand_against") for p in lexicon.forms.get(key, ())]
    assert phrases and forms == frozenset(p.split()[0] for p in phrases)


# (text, whether a cue verb of it is in a set phrase)
IDIOM_TEXTS = [
    ("That said, the union said it would strike.", True),
    ("All told, the envoy told reporters that talks had failed.", True),
    ("Needless to say, the minister did not say what he wanted.", True),
    ("Having said that the deal was dead, he left.", False),  # "that" opens his words
    ("The report that said the talks had stalled was wrong.", False),  # a relative clause
    ("Truth be told, nobody told the delegates; it goes without saying that they were angry.", True),
]


@pytest.mark.parametrize("text, idiom", IDIOM_TEXTS)
def test_in_cue_idiom_finds_the_set_phrase(base_nlp, lexicon, text, idiom):
    from pipeline.extract.quotes import in_cue_idiom

    assert any(in_cue_idiom(tok, lexicon) for tok in base_nlp(text)) is idiom


def test_the_idioms_of_a_word_are_every_set_phrase_holding_it_as_a_word(lexicon):
    """The per-word table in_cue_idiom reads: each word of each set phrase finds that phrase, at
    the place the word stands in it, and a word in no phrase finds none."""
    from pipeline.extract.quotes import _idioms_with

    for idiom in lexicon.cue_idioms:
        words = idiom.split()
        for word in words:
            first = words.index(word)  # where the word stands in the phrase, in characters
            assert dict(_idioms_with(word, lexicon)).get(idiom) == len(" ".join(words[:first] + [""])), (idiom, word)
    assert _idioms_with("ceasefire", lexicon) == ()


@pytest.mark.parametrize("text", SENTENCES + [t for t, _ in IDIOM_TEXTS] + ["“Non - negotiable,”  he said.\n\nNo."])
def test_a_span_cut_from_the_doc_text_is_its_text(base_nlp, text):
    """predicate_cue's head words: the Doc's text from a token to the end of another is the text
    of the span between them (Span.text, without the last word's trailing space)."""
    from pipeline.extract.text import doc_text

    doc = base_nlp(text)
    for tok in doc:
        for end in doc[tok.i:]:
            assert doc_text(doc)[tok.idx : end.idx + len(end.text)] == doc[tok.i : end.i + 1].text
