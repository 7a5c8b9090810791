"""Sentence gates: the words a stance construction needs somewhere in its sentence.

Each construction of :func:`.reading._form_cues` and :func:`.reading._act_cues` (and a few of
:data:`.reading.FINDERS`) can match only when certain words are in the sentence: "there is no
room for compromise on X" needs a noun of room, "no", "for" and "on"; "threatened to use force to
prevent X" needs a verb of threatening, a verb of aim and "to". A gate lists those requirements,
read off the construction's own tests (its first returns None unless they hold); a sentence
that lacks one of them cannot match, so the construction is not tried at any of its tokens. A
sentence's words are its tokens' lower-case forms and lemmas, its dependency labels (each also
with its token's tag: a past participle as amod) and its words "X-verb" (by their verb); the
dependency trees of a sentence stay inside it, so every token a construction looks at (the
token, its children, its heads) is counted.

Reading a sentence's gates costs about 1 us per word (as bits, :class:`Bits`); the
constructions of reading._form_cues cost about 12 us per verb or noun tried everywhere, 2 us gated
(150 Wikinews articles, 2026-12-06).
``tests/extract/test_stance_gates.py`` pins each gate (a sentence where the construction fires
passes it) and compares the gated and ungated readers' records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from spacy.tokens import Token

from ...grammar import FUTURE, REFUSAL_MODALS
from ...lexicon import Lexicon, derived
from . import forms
from .constructions import (
    agent_noun_cue, conferred_approval_cue, hoped_outcome_cue, hyphen_participle_cues, participle_cues, position_cues, wish_to_see_cue,
)
from .red_lines import based_on, closed_issue, extracted_concession, impossible_without, no_concession, no_room, passive_refusal, stated_precondition

# A requirement: words (lower-case forms or lemmas), dependency labels (``dep("expl")``), labels
# with a tag (``dep_tag(("amod",), "VBN")``) and "X-verb" words (``("hyphen", verb)``), or a
# function of the lexicon giving them; a sentence meets it when one of its words or labels is
# in it. A gate: requirements that must all be met.
Requirement = Iterable | Callable[[Lexicon], Iterable]


def dep(*labels: str) -> frozenset[tuple[str, str]]:
    """Dependency labels as gate entries (kept apart from words: a label is no word)."""
    return frozenset(("dep", label) for label in labels)


def dep_tag(labels: Iterable[str], tag: str) -> frozenset[tuple[str, str, str]]:
    """A token with one of the dependency labels and the part-of-speech tag (``dep_tag(("amod",),
    "VBN")``: a past participle modifying a noun), as gate entries."""
    return frozenset(("dep_tag", label, tag) for label in labels)


def hyphen_key(lower: str) -> tuple[str, str] | None:
    """The gate entry of a word written "author-verb" ("u.s.-backed" -> ("hyphen", "backed")), as
    :func:`.constructions.hyphen_participle` splits it (at its last hyphen, with an author before
    it); None for a word without one. A word's lower-case form splits as its text does (lowering
    makes no hyphen), so the form's entry is the text's."""
    author, hyphen, verb = lower.rpartition("-")
    return ("hyphen", verb) if hyphen and author else None


def _hyphenated(key: str) -> Callable[[Lexicon], set[tuple[str, str]]]:
    """The gate entries of the words "X-verb" for the verbs of a [forms] list."""
    return lambda lex: {("hyphen", verb.lower()) for verb in lex.forms.get(key, ())}


def _forms(*keys: str, extra: Iterable[str] = ()) -> Callable[[Lexicon], set[str]]:
    """The words of [forms] lists of stance.toml, with ``extra``."""
    return lambda lex: {w for key in keys for w in lex.forms.get(key, ())} | set(extra)


def _first_words(key: str) -> Callable[[Lexicon], set[str]]:
    """The first words of the phrases of a [forms] list ("give up" -> "give"): the verb's lemma,
    which the constructions look up before the particle."""
    return lambda lex: {phrase.split()[0] for phrase in lex.forms.get(key, ()) if phrase.split()}


def _pair_verbs(lex: Lexicon) -> set[str]:
    return {entry.split(":")[0] for entry in lex.forms.get("conditioning_verbs", ())}


def _pair_preps(lex: Lexicon) -> set[str]:
    return {entry.split(":")[1] for entry in lex.forms.get("conditioning_verbs", ()) if ":" in entry}


_RED_LINE_WORDS = {"redline", "redlines", "line", "lines"}

# The constructions of reading._form_cues and reading._act_cues (and three of reading._cues_at),
# each with what its sentence must hold (from the construction's own tests, cited in the comments).
FORM_GATES: dict[Callable, Sequence[Requirement]] = {
    # the copula "be"/"remain" (lemma), an attribute, and a subject that is a bottom line, a demand
    # noun, an only-way noun or a precondition noun (its lower-case form)
    stated_precondition: ({"be", "remain"}, dep("attr"),
                          lambda lex: _RED_LINE_WORDS | set(lex.forms.get("demand_nouns", ())) | set(lex.only_way_nouns)
                          | set(lex.forms.get("precondition", ()))),
    # an adjective of impossibility (or of possibility with "no") as acomp, and "without" or an
    # "until"/"unless" clause
    impossible_without: (lambda lex: set(lex.impossible_without) | set(lex.forms.get("possible_adjectives", ())),
                         dep("acomp"), {"without", "until", "unless", "long"}),
    # "closed" or a [forms] settled word
    closed_issue: (_forms("settled_words", extra={"closed"}),),
    # a protest measure (the verb's lemma) or action (a prepositional object's form), and a
    # protest preposition ("over", "against")
    forms.protested_over: (_forms("protest_measures", "protest_actions"), _forms("protest_preps")),
    # a noun of objection and "despite"/"over"
    forms.overridden_objection: (_forms("objection_nouns"), _forms("overriding_preps")),
    # "no room for compromise on X"
    no_room: (lambda lex: lex.room_nouns, {"no"}, {"for"}, {"on", "over", "about"}),
    # a red-line noun the object of a verb of meeting
    forms.meeting_red_lines: (_RED_LINE_WORDS, _forms("meet_red_line")),
    # "red line(s)"/"redline", or "line(s)" with a verb of crossing (uncrossed_line)
    # ("a line in the sand": "sand")
    forms.red_line_noun_parts: (_RED_LINE_WORDS, _forms("cross_red_line", extra={"redline", "redlines", "red", "sand"})),
    # "must be based on"
    based_on: ({"base"}, {"on", "upon"}),
    # "will make no compromise on": a concession noun with "no" the object of a light action
    no_concession: (lambda lex: lex.concession_nouns, {"no"}, lambda lex: lex.light_actions),
    # "won't extract any concession from us": a concession noun, a verb of getting, "from"
    extracted_concession: (lambda lex: lex.concession_nouns, _forms("extracting_verbs"), {"from"}),
    # a precondition noun with a verb of making or setting ("made X a precondition")
    forms.precondition_thing: (_forms("precondition"), _forms("precondition_verbs")),
    # a talks noun with "with" (partners) or "for" (arriving for talks)
    forms.talks_parties: (_forms("talk_nouns"), {"with", "for"}),
    # a verb of meeting with a verb of purpose ("met to discuss")
    forms.meeting_parties: (_forms("meeting_verbs"), _forms("purpose_verbs")),
    # "there is no question of": an expletive, "no", "of"
    forms.ruled_out_as_question: (_forms("no_question_nouns"), {"no"}, {"of"}, dep("expl")),
    # "there will be no deal": "be" with an expletive and a modal, or with a condition ("there is
    # no deal without X"), or under a word of insisting ("insisted that there be no deal")
    forms.existential_negation: ({"be"}, dep("expl"), lambda lex: set(REFUSAL_MODALS) | {"without", "unless", "until"}
                                 | set(lex.forms.get("insisting_words", ()))),
    # "No deal without a ceasefire, says Hamas": "no" and a condition word
    forms.elliptical_denial: ({"no"}, {"without", "unless", "until"}),
    # "all the hostages or no deal": "no", "or" and a conjunct
    forms.denied_alternative: ({"no"}, {"or"}, dep("conj")),
    # "there is no chance of a deal unless C": a prospect noun, "no", "of", a condition word
    forms.denied_chance: (_forms("prospect_nouns"), {"no"}, {"of"}, {"without", "unless", "until"}),
    # "talks cannot resume until C": a modal, a process noun, "until"/"unless"
    forms.blocked_until: (REFUSAL_MODALS, lambda lex: set(lex.forms.get("talk_nouns", ())) | set(lex.agreement_objects),
                          {"until", "unless"}),
    # "conditioned X on Y", "made X conditional on Y": the verb and its preposition
    forms.conditioned_on: (lambda lex: _pair_verbs(lex) | {"make", "render"}, lambda lex: _pair_preps(lex) | {"on"}),
    # "the strike will continue until C": a verb of continuing, a protest action, "until"/"unless"
    forms.continued_until: (_forms("continuative", extra={"last", "go"}), _forms("protest_actions"),
                            {"until", "unless"} | FUTURE),
    # "gave Moscow 60 days to V": an ultimatum verb, a span of time or "until", "to"
    forms.ultimatum_action: (_forms("ultimatum_verbs"), _forms("time_spans", extra={"until", "till"}), {"to"}),
    # "threatened force to achieve X": a threat verb, an aim verb, "to"
    forms.threat_aims: (_forms("threat"), _forms("threat_aims_demand", "threat_aims_oppose"), {"to"}),
    # "sued to stop X", "went to court to halt X": a legal word, an aim verb, "to"
    forms.legal_aims: (_forms("legal_verbs", "legal_nouns", "legal_steps", "court_nouns"),
                       _forms("threat_aims_demand", "threat_aims_oppose", "legal_aims_oppose"), {"to"}),
    # "sued the government over X", "challenged the ruling in court", "appealed the verdict": a
    # legal word or a verb of challenging, and a preposition of what it is against or a court
    forms.legal_target: (_forms("legal_verbs", "legal_nouns", "legal_steps", "court_nouns", "challenging_verbs"),
                         _forms("court_nouns", "appealing_verbs", extra={"over", "against", "to"})),
    # "threatened to V": a threat verb with an xcomp
    forms.is_threat: (_forms("threat"), dep("xcomp")),
    # "threatened a strike unless C": a threat verb with an adverbial clause
    forms.threatened_object: (_forms("threat"), dep("advcl")),
    # "threatened a strike": a threat verb and a protest action of [forms] threatened_protests
    forms.threatened_protest: (_forms("threat"), _forms("threatened_protests")),
    # "Jerusalem will never be divided": a conceded verb, a modal, "never" or a negation
    passive_refusal: (lambda lex: {v.split()[0] for v in lex.conceded_verbs if v.split()}, REFUSAL_MODALS,
                      {"never"} | dep("neg")),
    # "will not give up X": a verb of giving up ([forms] surrender, its first word)
    forms.surrender_object: (_first_words("surrender"),),
    # "will not drop its demand for X": a one-word verb of dropping a position, a demand noun
    forms.dropped_demand: (_forms("dropping_verbs"), _forms("demand_nouns")),
    # tried in reading._cues_at: "Congo's position is that ...": "be", a position noun, its owner
    position_cues: ({"be"}, _forms("position_nouns"), dep("poss")),
    # "walked out in protest at the ruling": a purpose noun after "in"
    forms.acted_in_protest: (lambda lex: {entry.split(":")[0] for entry in lex.forms.get("purpose_nouns", ())}, {"in"}),
    # "the conditions for a settlement include X": a verb of inclusion, a requirement subject
    forms.requirement_terms: (_forms("inclusion_verbs"), _forms("requirement_subjects")),
    # tried in reading._cues_at at nouns: "a ceasefire brokered by Qatar", "the Qatari-brokered
    # deal": a past participle (VBN) hanging from the noun as amod or acl
    participle_cues: (dep_tag(("amod", "acl"), "VBN"),),
    # "a U.S.-backed proposal" as one token: a word "X-verb" of [forms] hyphen_participles (split
    # as hyphen_participle splits it), hanging from the noun as amod, compound or nmod
    hyphen_participle_cues: (_hyphenated("hyphen_participles"), dep("amod", "compound", "nmod")),
}

# Constructions of reading.FINDERS that need words beyond the token they open at (their token
# gates are reading.FINDER_GATES): skipped in a sentence without them.
FINDER_TESTS: dict[Callable, Sequence[Requirement]] = {
    # "would like to see X": an infinitive of seeing under the wish
    wish_to_see_cue: (_forms("seeing_verbs"), dep("xcomp")),
    # "hopes the truce will hold": a verb of succeeding, failing or ending in the wished clause
    hoped_outcome_cue: (_forms("succeeding_verbs", "failing_verbs", "ending_verbs"),),
    # "a strong supporter of the deal": an agent noun (its lemma) and "of"
    agent_noun_cue: (lambda lex: {entry.split(":")[0] for entry in lex.forms.get("agent_nouns", ())}, {"of"}),
    # "gave the plan its blessing": a receiver before the object (a dative)
    conferred_approval_cue: (dep("dative"),),
}


def compile_gate(gate: Sequence[Requirement], lexicon: Lexicon) -> tuple[frozenset, ...]:
    """A gate's requirements as frozensets of words and ``("dep", label)`` pairs."""
    return tuple(frozenset(req(lexicon) if callable(req) else req) for req in gate)


class Bits:
    """The gates of a lexicon as bits, so a sentence is checked with a few integer operations:
    each requirement of each gate is one bit; a word or label has the bits of the requirements
    it meets; a sentence has the union of its tokens' bits; a gate passes when the sentence has
    all of its bits (as :func:`passes` on :func:`sentence_keys` says, which the tests check).
    Tokens' bits are cached by the StringStore ids of their form, lemma and label (ids are hashes
    of the strings, the same in every Doc), so each distinct word is read as a string once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.words: dict[str, int] = {}
        self.labels: dict[str, int] = {}
        self.tagged: dict[tuple[str, str], int] = {}  # (label, tag) -> bits
        self.hyphens: dict[str, int] = {}  # the verb of "X-verb" -> bits
        self.tables: list[tuple[tuple[Callable, int], ...]] = []
        bit = 0
        for gates in (FORM_GATES, FINDER_TESTS):
            table = []
            for construction, gate in gates.items():
                mask = 0
                for req in compile_gate(gate, lexicon):
                    for entry in req:
                        if not isinstance(entry, tuple):
                            table_, key = self.words, entry
                        elif entry[0] == "dep":
                            table_, key = self.labels, entry[1]
                        elif entry[0] == "dep_tag":
                            table_, key = self.tagged, entry[1:]
                        else:  # ("hyphen", verb)
                            table_, key = self.hyphens, entry[1]
                        table_[key] = table_.get(key, 0) | (1 << bit)
                    mask |= 1 << bit
                    bit += 1
                table.append((construction, mask))
            self.tables.append(tuple(table))
        self.by_lower: dict[int, int] = {}
        self.by_lemma: dict[int, int] = {}
        self.by_label: dict[int, int] = {}
        # the ids of the labels that some gate wants with a tag, and the bits by (label, tag) ids
        self.tag_labels: set[int] = set()
        self.by_label_tag: dict[tuple[int, int], int] = {}
        # a sentence's bits -> (FORM_GATES constructions open, FINDER_TESTS constructions open)
        self.opened: dict[int, tuple[frozenset, frozenset]] = {}

    def sentence(self, tokens: Iterable[Token]) -> int:
        """The bits of a sentence's words and labels."""
        words, by_lower, by_lemma, by_label = self.words, self.by_lower, self.by_lemma, self.by_label
        tag_labels = self.tag_labels
        if len(by_lower) > 500_000 or len(by_lemma) > 500_000:  # a bound for archives of many words
            by_lower.clear()
            by_lemma.clear()
        found = 0
        for tok in tokens:
            key = tok.lower
            bits = by_lower.get(key)
            if bits is None:
                bits = by_lower[key] = self._form_bits(tok.lower_)
            found |= bits
            key = tok.lemma
            bits = by_lemma.get(key)
            if bits is None:
                bits = by_lemma[key] = words.get(tok.lemma_.lower(), 0)
            found |= bits
            key = tok.dep
            bits = by_label.get(key)
            if bits is None:
                bits = by_label[key] = self.labels.get(tok.dep_, 0)
                if any(label == tok.dep_ for label, _ in self.tagged):
                    tag_labels.add(key)
            found |= bits
            if key in tag_labels:  # (amod, acl: the tag read for these labels only)
                pair = (key, tok.tag)
                bits = self.by_label_tag.get(pair)
                if bits is None:
                    bits = self.by_label_tag[pair] = self.tagged.get((tok.dep_, tok.tag_), 0)
                found |= bits
        return found

    def _form_bits(self, lower: str) -> int:
        """The bits of a lower-case form: as a word, and as "X-verb"."""
        bits = self.words.get(lower, 0)
        hyphen = hyphen_key(lower) if "-" in lower else None
        return bits | self.hyphens.get(hyphen[1], 0) if hyphen is not None else bits

    def open(self, found: int) -> tuple[frozenset, frozenset]:
        """The constructions open for a sentence's bits (a handful of combinations: cached)."""
        opened = self.opened.get(found)
        if opened is None:
            if len(self.opened) > 4096:
                self.opened.clear()
            opened = self.opened[found] = tuple(frozenset(f for f, mask in table if found & mask == mask)
                                                for table in self.tables)
        return opened


def compiled_gates(lexicon: Lexicon) -> Bits:
    """FORM_GATES and FINDER_TESTS compiled for a lexicon, made once per lexicon."""
    return derived(lexicon, Bits)


def sentence_keys(tokens: Iterable[Token]) -> set:
    """The words (lower-case forms and lemmas), dependency labels, (label, tag) pairs and "X-verb"
    words of a sentence's tokens: what the gates are read against (:class:`Bits` reads them as bits)."""
    keys: set = set()
    for tok in tokens:
        keys.update((tok.lower_, tok.lemma_.lower(), ("dep", tok.dep_), ("dep_tag", tok.dep_, tok.tag_)))
        hyphen = hyphen_key(tok.lower_)
        if hyphen is not None:
            keys.add(hyphen)
    return keys


def passes(gate: tuple[frozenset, ...], keys: set) -> bool:
    """Whether a sentence with ``keys`` meets every requirement of a compiled gate."""
    return all(not req.isdisjoint(keys) for req in gate)


def open_constructions(tokens: Iterable[Token], lexicon: Lexicon) -> tuple[frozenset[Callable], frozenset[Callable]]:
    """(constructions of FORM_GATES, constructions of FINDER_TESTS) a sentence may match."""
    bits = compiled_gates(lexicon)
    return bits.open(bits.sentence(tokens))
