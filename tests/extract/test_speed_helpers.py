"""Helpers introduced to make extraction cheaper (issue 11: extraction <= 15 % of the parse):
each must answer exactly what the expression it replaces answered."""

from __future__ import annotations

import pytest

from pipeline.extract.actors.names import is_given_name
from pipeline.extract.stance.reading import FINDERS
from pipeline.extract.text import fold

GIVEN_NAME_WORDS = ["Angela", "ANGELA", "María", "Nikos", "Jean-Claude", "Olaf", "Yulia", "table", "Geneva", "", "O'Brien"]


@pytest.mark.parametrize("word", GIVEN_NAME_WORDS)
def test_is_given_name_matches_the_union_of_the_name_lists(lexicon, word):
    assert is_given_name(word, lexicon) == (fold(word) in lexicon.female_names | lexicon.male_names)


@pytest.mark.parametrize("word, expected", [("Angela", True), ("Olaf", True), ("table", False), ("Geneva", False)])
def test_is_given_name_reads_both_lists(lexicon, word, expected):
    assert is_given_name(word, lexicon) is expected


def test_doc_tokens_are_the_docs_tokens_in_order(base_nlp):
    from pipeline.extract.text import doc_tokens, sentences

    doc = base_nlp("Talks resumed in Geneva. The envoy said no deal was near.\n\nBoth sides met again.")
    tokens = doc_tokens(doc)
    assert [(t.i, t.text) for t in tokens] == [(t.i, t.text) for t in doc]
    assert doc_tokens(doc) is tokens  # made once per Doc
    for sent in sentences(doc)[0]:  # the slice of a sentence is the sentence
        assert [t.i for t in tokens[sent.start : sent.end]] == [t.i for t in sent]


# sentences in which the constructions of reading.FINDERS match (and many tokens at which they do not)
FINDER_SENTENCES = [
    "The ministers called the proposal a red line.",
    "This is Iran's last chance to accept the offer, the envoy said.",
    "The union said there is a need for a new wage agreement.",
    "Their main goal is a lasting ceasefire.",
    "The government stands by the agreement.",
    "Both sides are close to a deal on tariffs.",
    "The crisis can only be resolved through negotiations.",
    "There is no alternative to the peace plan, the president said.",
    "The EU counts on Serbia to implement the accord.",
    "The rebels said they were satisfied with the deal.",
    "Israel has taken steps to ease the blockade.",
    "Russia would like to see sanctions lifted.",
    "Hamas's main demand is a permanent ceasefire.",
    "The settlement plan goes against the UN resolution, the ministry said.",
    "Sanctions relief is non-negotiable, the minister said.",
    "Quickly and quietly, the delegates left for home after the talks in Vienna.",
]


@pytest.fixture(scope="module")
def finder_tokens(base_nlp):
    return [tok for text in FINDER_SENTENCES for tok in base_nlp(text)]


def test_finders_by_pos_keep_the_order_of_the_finders():
    from pipeline.extract.stance.reading import FINDERS_BY_POS

    order = [finder for finder, _ in FINDERS]
    for pos, finders in FINDERS_BY_POS.items():
        assert list(finders) == [f for f in order if f in finders]
        assert all(parts is None or pos in parts for f, parts in FINDERS if f in finders)
        assert all(f in finders for f, parts in FINDERS if parts is None or pos in parts)


@pytest.mark.parametrize("finder, parts", [(f, p) for f, p in FINDERS if p is not None],
                         ids=[f.__name__ for f, p in FINDERS if p is not None])
def test_finder_matches_only_at_its_parts_of_speech(lexicon, finder_tokens, finder, parts):
    """A construction left out at a part of speech returns None there, so leaving it out changes nothing."""
    for tok in finder_tokens:
        if tok.pos_ not in parts:
            assert finder(tok, lexicon) is None, (finder.__name__, tok.text, tok.pos_)


def test_some_finders_with_parts_of_speech_match_in_the_table(lexicon, finder_tokens):
    matched = {finder.__name__ for finder, parts in FINDERS if parts is not None
               for tok in finder_tokens if tok.pos_ in parts and finder(tok, lexicon) is not None}
    assert len(matched) >= 4, matched  # the table exercises the constructions, not only their rejects


def test_entry_pairs_reads_word_and_other_the_later_entry_winning():
    from pipeline.lexicon import entry_pairs

    assert entry_pairs(("count:on", "implore:"), ("push:", "count:upon")) == {"count": "upon", "implore": "", "push": ""}
    assert entry_pairs(("count:on",), ()) is entry_pairs(("count:on",), ())  # read once per list


@pytest.mark.parametrize("words, expected", [
    ("it goes against the law", False),  # the phrase opens at the first token only
    ("goes against the resolution", True),
    ("runs counter to the plan", True),
    ("run for office", False),
    ("go ahead", False),
])
def test_violation_phrase_opens_at_token(base_nlp, lexicon, words, expected):
    from pipeline.extract.stance.constructions import _starts_violation_phrase

    tok = base_nlp(words)[0]
    phrase = " ".join(t.lower_ for t in tok.doc[tok.i : tok.i + 3])
    assert _starts_violation_phrase(tok, lexicon) is expected
    assert _starts_violation_phrase(tok, lexicon) == any(phrase.startswith(p) for p in lexicon.violation_phrases)


def test_entity_at_maps_every_token_of_an_entity_to_it(base_nlp):
    from pipeline.extract.actors.names import entity_at

    doc = base_nlp("Angela Merkel met Emmanuel Macron in Paris and Berlin on Monday.")
    index = entity_at(doc)
    for tok in doc:
        expected = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        found = index.get(tok.i)
        assert (found.start, found.end, found.label_) == (expected.start, expected.end, expected.label_) if expected else found is None
    assert entity_at(doc) is index  # made once per Doc


def _gated_ids():
    from pipeline.extract.stance.reading import FINDER_GATES

    return [f.__name__ for f in FINDER_GATES]


@pytest.mark.parametrize("name", _gated_ids())
def test_gated_finder_returns_none_where_its_gate_fails(lexicon, finder_tokens, name):
    """A construction skipped at a token whose lemma, form and dependency label are all outside its
    gate (reading.FINDER_GATES) would have returned None there, so skipping it changes nothing."""
    from pipeline.extract.stance.reading import FINDER_GATES, gate_words

    finder = next(f for f in FINDER_GATES if f.__name__ == name)
    lemmas, forms, deps = gate_words(finder, lexicon)
    assert lemmas or forms or deps
    for tok in finder_tokens:
        if tok.lemma_.lower() not in lemmas and tok.lower_ not in forms and tok.dep_ not in deps:
            assert finder(tok, lexicon) is None, (name, tok.text, tok.lemma_, tok.dep_)


def test_gates_let_the_table_matches_through(lexicon, finder_tokens):
    """Every match of a gated construction in the table is at a token its gate lets through."""
    from pipeline.extract.stance.reading import FINDER_GATES, gate_words

    seen = set()
    for finder in FINDER_GATES:
        lemmas, forms, deps = gate_words(finder, lexicon)
        for tok in finder_tokens:
            if finder(tok, lexicon) is not None:
                seen.add(finder.__name__)
                assert tok.lemma_.lower() in lemmas or tok.lower_ in forms or tok.dep_ in deps
    assert len(seen) >= 8, seen


def test_gated_finders_keep_the_order_and_are_made_once(lexicon):
    from pipeline.extract.stance.reading import FINDERS_BY_POS, _ALL_FINDERS, gated_finders

    table = gated_finders(lexicon)
    assert gated_finders(lexicon) is table
    for pos, finders in FINDERS_BY_POS.items():
        assert [f for f, _ in table[pos]] == list(finders)
    assert [f for f, _ in table[""]] == list(_ALL_FINDERS)


def test_open_finders_are_the_gated_finders_a_token_passes(lexicon, finder_tokens):
    """The constructions reading._open_at gives (kept for each part of speech, tag, lemma, form and
    label) are those the gate loop over gated_finders would try, in the same order."""
    from pipeline.extract.actors import ActorTable
    from pipeline.extract.stance.context import Context
    from pipeline.extract.stance.reading import _open_at, gated_finders

    table = gated_finders(lexicon)
    ctx = Context(finder_tokens[0].doc, ActorTable(), [], lexicon)
    for tok in finder_tokens:
        lemma, lower, dep = tok.lemma_.lower(), tok.lower_, tok.dep_
        expected = tuple(f for f, gate in table.get(tok.pos_, table[""])
                         if gate is None or lemma in gate[0] or lower in gate[1] or dep in gate[2])
        assert _open_at(tok, tok.pos_, ctx)[0] == expected, tok.text
        assert _open_at(tok, tok.pos_, ctx) is _open_at(tok, tok.pos_, ctx)


@pytest.mark.parametrize("text", [
    "The union called off the strike on Monday.",
    "Nurses will keep up their strike until pay rises.",
    "Hamas broke off the talks with Israel.",
    "Moscow called off the negotiations.",
    "The miners ended their boycott.",
    "The teachers called a strike.",
    "The government did not call off the talks.",
])
def test_verbs_of_ending_and_breaking_skip_only_lemmas_that_open_no_entry(base_nlp, lexicon, text):
    """_ended_or_kept_action and broken_talks answer at once for a verb whose lemma opens no entry
    of their lists; the verb with its particle that they compare starts with that lemma."""
    from pipeline.extract.stance.constructions import _opens_entry, _phrasal_object

    lists = [lexicon.forms.get(k, ()) for k in ("ending_verbs", "keeping_verbs", "breaking_verbs")]
    for tok in base_nlp(text):
        verb, _ = _phrasal_object(tok)
        for entries in lists:
            if verb in entries:
                assert _opens_entry(tok, entries), (tok.text, verb)


def test_requirement_terms_need_a_verb_of_inclusion(base_nlp, lexicon):
    from pipeline.extract.stance.forms import listed_terms, requirement_terms

    doc = base_nlp("The conditions for a settlement include a ceasefire, a withdrawal and elections. "
                   "The conditions for a settlement are a ceasefire and elections.")
    found = {tok.text for tok in doc if requirement_terms(tok, lexicon)}
    assert found == {"include"}
    for tok in doc:  # where the verb is none of inclusion_verbs, listed_terms finds nothing either
        if tok.lemma_.lower() not in lexicon.forms.get("inclusion_verbs", ()):
            assert listed_terms(tok, lexicon) == []


def _bracketed_amount_by_scan(tok) -> bool:
    """bracketed_amount as it was written before the per-Doc index of brackets: a scan of the
    six words on either side."""
    from pipeline.extract.stance.issues import AMOUNT_ENTITIES

    doc = tok.doc
    start = next((i for i in range(tok.i, max(-1, tok.i - 6), -1) if doc[i].text in "()"), None)
    end = next((i for i in range(tok.i, min(len(doc), tok.i + 6)) if doc[i].text in "()"), None)
    if start is None or end is None or doc[start].text != "(" or doc[end].text != ")":
        return False
    inside = [t for t in doc[start + 1 : end] if not t.is_punct]
    unit = {t.i for t in inside if t.pos_ == "NOUN" and t.i > 0 and doc[t.i - 1].pos_ == "NUM"}
    return bool(inside) and any(t.ent_type_ in AMOUNT_ENTITIES or t.pos_ == "NUM" for t in inside) and all(
        t.ent_type_ in AMOUNT_ENTITIES or t.pos_ in {"NUM", "SYM", "ADV", "ADP"} or t.i in unit for t in inside)


@pytest.mark.parametrize("text", [
    "The union wants a 630 rand ($86.44) monthly housing allowance.",
    "Teachers demand a raise of 450 euros (about $500) a month (before tax).",
    "(Reuters) The government offered talks (in Geneva) next week.",
    "The plan (which Hamas rejected) calls for a truce ( 30 days ) and (a) a prisoner swap.",
    "No brackets here at all.",
    "(",
    ")()(",
])
def test_bracketed_amount_answers_as_the_scan(base_nlp, text):
    from pipeline.extract.stance.issues import _bracket_marks, bracketed_amount

    doc = base_nlp(text)
    assert [bracketed_amount(t) for t in doc] == [_bracketed_amount_by_scan(t) for t in doc]
    assert _bracket_marks(doc) is _bracket_marks(doc)  # found once per Doc


@pytest.mark.parametrize("text", [
    "Talks resumed in Geneva.",
    "  Leading spaces, a tab\tand a line break\nthen a blank line\n\nand trailing spaces.  ",
    "“Quoted,” she said — no deal.\n",
    "",
])
def test_doc_text_is_the_docs_text(base_nlp, text):
    """doc_text joins the cached tokens as spaCy's Doc.text joins the Doc's."""
    from pipeline.extract.text import doc_text

    doc = base_nlp(text)
    assert doc_text(doc) == doc.text == text
