"""The fast attribute ruler and lemmatizer (pipeline/annotate/fastpipes.py) give every token the
same tag, POS, morphology, lemma and dependency label as spaCy's own components, and spaCy's
components stay where the fast ones cannot be exact."""

from __future__ import annotations

import csv
import sys

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from pipeline.annotate.fastpipes import FastAttributeRuler, FastLemmatizer, compile_ruler, speed_up
from pipeline.bench_corpus import DEFAULT_WIKINEWS as WIKINEWS

# news sentences, and the contractions, pronouns and copulas the model's ruler has patterns for
SENTENCES = {
    "reported-speech": "The foreign minister said on Tuesday that Tehran would not negotiate under pressure.",
    "copula-there": "There is no deal yet, and there were no talks on Friday, officials said.",
    "expletive-contraction": "There's a lot at stake, but there're still two rounds to go.",
    "pronouns-cases": "She told him that they had given us their word and that it was hers to keep.",
    "reflexives": "The ministers themselves admitted that the union had weakened itself.",
    "indefinite-pronouns": "Nobody expected anything from the summit, and everyone left with nothing.",
    "auxiliaries": "The agreement has been signed, is being reviewed and will be ratified.",
    "do-support": "He did not say whether Russia does accept the plan or did reject it.",
    "have-main-verb": "The rebels have had enough and had their demands rejected.",
    "modals-clipped": "We can't and won't accept it, but we'd consider a pause; they'd agreed.",
    "negations": "Washington isn't ready and doesn't want a ceasefire, aides said n't once.",
    "gonna-gotta": "\"We're gonna fight and we gotta win,\" the commander said.",
    "lets-yall": "\"Let's talk, y'all,\" he said, \"c'mon, it ain't over.\"",
    "dropped-g": "\"Nothin' doin',\" said the ol' senator, \"we're goin' home with somethin'.\"",
    "em-nuff": "\"Tell 'em we've had 'nuff,\" a protester shouted, \"'nuff said.\"",
    "gets-got": "The bill gets a vote after it got through committee.",
    "that-relative": "The deal that collapsed was the one that mattered, and that was that.",
    "subordinators": "Although talks resumed, unless both sides agree, nothing happens; whether or not.",
    "determiners-as-pronouns": "Those who signed and these who did not: all of them met.",
    "spaces": "Talks  resumed.\n\nThe envoy   arrived.\n \n  \tDelegates waited.",
    "heading-and-bullets": "Key points\n\n- Ceasefire from Monday\n- Prisoner exchange\n\nMore later.",
    "capitals": "THE PRESIDENT SAID HE WOULD NOT SIGN. I Am Ready, She Said.",
    "numbers-and-symbols": "Tariffs rose 25% to $3.5bn on 1 May 2019 (up 0.5 points).",
    "first-person-subject": "I will not resign, and you cannot make me; it is I who decide.",
}


def readings(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def models(base_nlp):
    """spaCy's pipeline (the tests' base model) and the same model with the fast components."""
    fast = spacy.load(base_nlp.meta["lang"] + "_" + base_nlp.meta["name"])
    fast.add_pipe("negotiation_graph_paragraphs_v1", name="ng_paragraphs", before="parser")
    replaced = speed_up(fast)
    return base_nlp, fast, replaced


def test_the_models_ruler_and_lemmatizer_are_replaced(models):
    _, fast, replaced = models
    assert replaced == ["attribute_ruler", "lemmatizer"]
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    assert fast.pipe_names == models[0].pipe_names


@pytest.mark.parametrize("text", list(SENTENCES.values()), ids=list(SENTENCES))
def test_same_token_attributes_as_spacy(models, text):
    real, fast, _ = models
    assert readings(fast(text)) == readings(real(text))


def test_same_token_attributes_on_wikinews_articles(models):
    """The first 20 Wikinews articles of the shared data, whole (skipped without it)."""
    files = sorted(WIKINEWS.glob("*.csv"))
    if not files:
        pytest.skip(f"no Wikinews articles in {WIKINEWS}")
    csv.field_size_limit(sys.maxsize)
    with files[0].open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row, _ in zip(csv.DictReader(handle), range(20))]
    real, fast, _ = models
    for text, a, b in zip(texts, real.pipe(texts), fast.pipe(texts)):
        assert readings(b) == readings(a), text[:80]


def _ruler(nlp, patterns):
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    return ruler


@pytest.mark.parametrize("patterns", [
    [{"patterns": [[{"LOWER": "talks"}, {"LOWER": "in", "OP": "?"}]], "attrs": {"POS": "NOUN"}}],
    [{"patterns": [[{"LENGTH": 5}]], "attrs": {"POS": "NOUN"}}],
    [{"patterns": [[{"TAG": {"REGEX": "^V"}}]], "attrs": {"NORM": "verb"}}],
    [{"patterns": [[{"LOWER": "talks"}]], "attrs": {"_": {"flag": True}}}],
], ids=["quantifier", "length", "sets-norm", "sets-extension"])
def test_a_ruler_it_cannot_compile_stays_spacys(base_nlp, patterns):
    from spacy.tokens import Token

    if not Token.has_extension("flag"):
        Token.set_extension("flag", default=False)
    assert compile_ruler(_ruler(base_nlp, patterns)) is None


@pytest.mark.parametrize("patterns", [
    [{"patterns": [[{"ORTH": "Talks"}], [{"LOWER": {"REGEX": "^neg"}}]], "attrs": {"POS": "PROPN", "LEMMA": "talk"}},
     {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"TAG": "NNP"}, "index": -1},
     {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", ""]}, "LOWER": {"IN": ["talks", "negotiations"]}}]],
      "attrs": {"MORPH": "Number=Plur"}}],
], ids=["orth-regex-index-not-in"])
def test_a_compiled_custom_ruler_sets_what_spacys_sets(base_nlp, patterns):
    text = "Talks stalled. Peace talks and negotiations resumed, and the negotiators welcomed the talks."
    real_ruler = _ruler(base_nlp, patterns)
    compiled = compile_ruler(real_ruler)
    assert compiled is not None
    with base_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        a, b = base_nlp(text), base_nlp(text)
    real_ruler(a)
    FastAttributeRuler(real_ruler, compiled)(b)
    assert readings(b) == readings(a)
