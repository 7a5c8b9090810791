"""Speakers the actor table does not reach: the last resort of quote attribution.

The actor table maps a token to an actor when recognition found it as a mention. A bare surname
the entity recogniser labelled wrongly or not at all ('"...," said Griffin' after "Eddie
Griffin", "Ban recalled" after "Ban Ki-moon") slips past it: it is the one person of the
document whose name has that word. A relative pronoun ("said Harvey, who added ...") speaks for
its antecedent.

Definite descriptions of someone named before ("the Florida senator", "the company") are
mentions the actor table already has (``actors/references.py``), so stance holders read them too;
unnamed officials ("a spokesman") speak for their organisation (``descriptions.py``), except a
definite description of one official whose person the text names next to it ("Japanese envoy
Kunio Umeda said ... The Japanese official says ..."): ``described_person``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import SUBJECT_DEPS
from ..lexicon import Lexicon
from .actors import ActorTable
from .actors.officeholders import speaks_for
from .syntax import children_of, lefts_of
from .text import sent_of


# Relative pronouns that can be the subject of a reporting cue: "Harvey, who said", "the union,
# which said", "the party that said".
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def relative_antecedent(token: Token) -> Token | None:
    """'said Harvey, who acknowledged ...', 'rejected by the union, which said ...': the noun a
    relative pronoun subject stands for; 'the United States, whose envoy said ...': the noun
    whose staff (``staff_nouns``, ``description_heads``) is the subject is read by
    :func:`staff_antecedent`."""
    if token.lower_ not in _RELATIVE_SUBJECTS or token.dep_ not in SUBJECT_DEPS:
        return None
    if token.head.dep_ == "ccomp" and token.head.head.lemma_ == "be" and token.lower_ in {"who", "that"}:
        # "It was Otieno who told reporters ...": a cleft parsed as a complement of "was"; the
        # predicate noun before the pronoun is who spoke
        return next((c for c in children_of(token.head.head) if c.dep_ == "attr" and c.i < token.i), None)
    if token.head.dep_ != "relcl":
        return None
    if token.lower_ != "who" and any(t.dep_ not in {"aux", "auxpass", "advmod", "neg"} or t.pos_ in {"PRON", "PROPN", "NOUN"}
                                     for t in token.doc[token.i + 1 : token.head.i]):
        return None  # "the emails, which she said were all of them": "which" is the reported clause's
    return token.head.head


def staff_antecedent(token: Token, lexicon: Lexicon) -> Token | None:
    """'brokered by the United States, whose envoy said ...': the antecedent of "whose" when the
    subject it owns is an official or staff noun, who speaks for it."""
    low = token.lower_
    if low not in lexicon.staff_nouns and low not in lexicon.description_heads:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in children_of(token)):
        return None
    return token.head.head if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "relcl" else None


def surname_speaker(token: Token, table: ActorTable) -> int:
    """A capitalised name word (with its compounds, "Ki-moon") that is part of exactly one
    person's name in the table; of several people sharing it ("Bill Clinton", "Hillary
    Clinton"), the one named last before it."""
    if not token.text[:1].isupper() or token.pos_ not in {"PROPN", "NOUN"} or token.i == sent_of(token).start \
            and token.pos_ == "NOUN":
        return -1
    words = [t.text for t in lefts_of(token) if t.dep_ in {"compound", "flat"}] + [token.text]
    if any(w[:1].islower() for w in words):
        return -1
    key = _fold(words[-1])
    found = {idx for idx, actor in enumerate(table.actors)
             if actor.type == "PERSON" and len(key) > 2
             and any(key in [_fold(w) for w in name.split()] for name in (actor.name, *actor.aliases))}
    if len(found) == 1:
        return found.pop()
    return _named_last(found, token.i, table)


def _named_last(candidates: set[int], before: int, table: ActorTable) -> int:
    """Of ``candidates``, the actor whose last mention ends nearest before token ``before``
    (-1 when none is mentioned before it)."""
    last = {}
    for m in table.mentions:
        if m.actor in candidates and m.end <= before:
            last[m.actor] = max(last.get(m.actor, -1), m.end)
    if not last:
        return -1
    best = max(last.values())
    nearest = [actor for actor, end in last.items() if end == best]
    return nearest[0] if len(nearest) == 1 else -1


# How many sentences away a definite description may name the person it stands for.
_DESCRIBED_SENTENCES = 2


def described_person(subject: Token, actor: int, table: ActorTable, lexicon: Lexicon) -> int:
    """The person a definite description of one official stands for, when the text names them
    next to it: 'Japanese envoy Kunio Umeda said ... The Japanese official says ...' (the nearest
    person of that state named in the sentences before), or 'North Korea's top negotiator says
    ... "...," Kim Myong Gil said.' (a person first named, as a speaker, in the sentences right
    after). ``actor`` is the state or organisation the description speaks for; it stays the
    speaker when no such person is named, and for 'a spokesman' (someone not named yet) or
    'officials'."""
    mention = next((m for m in table.mentions if m.kind == "description" and m.start <= subject.i < m.end
                    and m.actor == actor), None)
    if mention is None or subject.tag_ not in {"NN", "NNP"} or table.actors[actor].type == "PERSON":
        return actor
    doc = subject.doc
    first = doc[mention.start]
    if not (first.lower_ in {"the", "that", "this"} or any(t.tag_ == "POS" for t in doc[mention.start : subject.i])):
        return actor  # "a Japanese official": someone else
    sent = sent_of(subject)
    before = _neighbour_sentences(sent, -1)
    after = _neighbour_sentences(sent, 1)
    for m in sorted((m for m in table.mentions if before <= m.start < mention.start), key=lambda m: -m.start):
        if m.kind != "description" and speaks_for(table.actors[m.actor], table, actor, table.actors[actor].gaz_id) \
                and _role_fits(subject, table.actors[m.actor].role, lexicon):
            return m.actor
    persons = [m for m in table.mentions if table.actors[m.actor].type == "PERSON"]
    for m in sorted((m for m in persons if mention.end <= m.start < after), key=lambda m: m.start):
        named_first = min(p.start for p in persons if p.actor == m.actor) == m.start
        if named_first and m.kind == "name" and _is_speaker(doc[m.end - 1]) and (
                table.actors[m.actor].affiliation in {-1, actor}) and _role_fits(subject, table.actors[m.actor].role, lexicon):
            return m.actor
        return actor  # another person comes first
    return actor


def _neighbour_sentences(sent, step: int) -> int:
    """Token index bounding ``_DESCRIBED_SENTENCES`` sentences before (step -1: their start) or
    after (step 1: their end) ``sent``."""
    doc = sent.doc
    for _ in range(_DESCRIBED_SENTENCES):
        if step < 0 and sent.start > 0:
            sent = sent_of(doc[sent.start - 1])
        elif step > 0 and sent.end < len(doc):
            sent = sent_of(doc[sent.end])
    return sent.start if step < 0 else sent.end


def _is_speaker(token: Token) -> bool:
    """Whether a name's last word is the subject of a verb ('Kim Myong Gil said')."""
    return token.dep_ in SUBJECT_DEPS and token.head.pos_ in {"VERB", "AUX"}


def _role_fits(head: Token, role: str, lexicon: Lexicon) -> bool:
    """Whether a description fits the role the text gives a person: its head is a word of the
    role ('the negotiator', 'chief negotiator'), or a general one ('the official', 'the diplomat')
    for someone who is no spokesperson; 'the spokesman' is no minister."""
    words = role.lower().split()
    if not words or head.lower_ in words:
        return True
    spokes = lexicon.spokesperson_heads
    return head.lower_ not in spokes and not any(w in spokes for w in words)


def _fold(word: str) -> str:
    return word.replace("\u2019", "'").lower()
