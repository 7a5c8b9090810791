"""Speakers the actor table does not reach: the last resort of quote attribution.

The actor table maps a token to an actor when recognition found it as a mention. Two ways news
names a speaker often slip past it, and both are resolved here from the table's people:

- a bare surname the entity recogniser labelled wrongly or not at all ('"...," said Griffin'
  after "Eddie Griffin", "Ban recalled" after "Ban Ki-moon"): the one person of the document
  whose name has that word;
- a definite description of a person named before ('"...," the Florida senator told reporters',
  "the Republican candidate said"): the person whose role has the description's head noun, or
  else the one person who is the subject of a clause in the sentences just before.

Unnamed officials ("a spokesman", "the ministry's spokesman") are not resolved here: they speak
for their organisation (``descriptions.py``). Every function returns -1 when it cannot decide.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import SUBJECT_DEPS
from ..lexicon import Lexicon
from .actors import ActorTable
from .text import sent_of

# How far back a description looks for the person it refers to, in sentences.
_LOOKBACK_SENTENCES = 3
_DEFINITE = frozenset({"the", "this", "that"})


def fallback_speaker(subject: Token | None, table: ActorTable, lexicon: Lexicon) -> int:
    """The person a speaker phrase names when the actor table has no mention on it.

    Args:
        subject: the head of the phrase naming the speaker (the cue's subject).
        table: the document's actors.
        lexicon: title heads (the role nouns a description can have) and description heads.

    Returns:
        The index of a PERSON actor, or -1.
    """
    if subject is None:
        return -1
    actor = surname_speaker(subject, table)
    if actor < 0:
        actor = described_person(subject, table, lexicon)
    if actor < 0:
        actor = described_organisation(subject, table, lexicon)
    return actor


def relative_antecedent(token: Token) -> Token | None:
    """'said Harvey, who acknowledged ...': the noun a relative pronoun subject stands for."""
    if token.lower_ == "who" and token.dep_ in SUBJECT_DEPS and token.head.dep_ == "relcl":
        return token.head.head
    return None


def described_organisation(token: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """"The company said", "the group added": a singular definite noun phrase headed by a word
    for an organisation refers to the organisation named before: the one whose name has the
    word, else the one organisation that is a subject in the sentences just before."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in lexicon.referring_bodies:
        return -1
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in _DEFINITE or any(t.i != token.i and table.actor_at(t) >= 0 for t in token.subtree):
        return -1
    bodies = _mentioned_before(token, table, {"ORG"})
    named = {b for b in bodies if token.lower_ in table.actors[b].name.lower().split()}
    if len(named) == 1:
        return named.pop()
    subjects = {b for b, is_subject in bodies.items() if is_subject}
    return subjects.pop() if len(subjects) == 1 else -1


def surname_speaker(token: Token, table: ActorTable) -> int:
    """A capitalised name word (with its compounds, "Ki-moon") that is part of exactly one
    person's name in the table."""
    if not token.text[:1].isupper() or token.pos_ not in {"PROPN", "NOUN"} or token.i == token.sent.start \
            and token.pos_ == "NOUN":
        return -1
    words = [t.text for t in token.lefts if t.dep_ in {"compound", "flat"}] + [token.text]
    if any(w[:1].islower() for w in words):
        return -1
    key = _fold(words[-1])
    found = {idx for idx, actor in enumerate(table.actors)
             if actor.type == "PERSON" and len(key) > 2
             and any(key in [_fold(w) for w in name.split()] for name in (actor.name, *actor.aliases))}
    return found.pop() if len(found) == 1 else -1


def described_person(token: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """"the Florida senator", "the former secretary of state", "the Republican candidate": a
    singular definite noun phrase headed by a role word, with no name in it, refers to a person
    named before."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ not in {"NN", "NNP"} \
            or token.lower_ not in lexicon.title_heads | lexicon.referring_people:
        return -1
    if token.lower_ in lexicon.description_heads:
        return -1  # "the official", "the spokesman": an unnamed official, for descriptions.py
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in _DEFINITE:
        return -1
    if any(t.ent_type_ == "PERSON" or table.actor_at(t) >= 0 for t in token.subtree if t.i != token.i):
        return -1  # "the senator from Ohio" names a state; "the Kremlin spokesman" an owner
    people = _mentioned_before(token, table, {"PERSON"})
    by_role = [p for p in people if token.lower_ in table.actors[p].role.lower().split()]
    if len(set(by_role)) == 1:
        return by_role[0]
    subjects = {p for p, is_subject in people.items() if is_subject}
    return subjects.pop() if len(subjects) == 1 else -1


def _mentioned_before(token: Token, table: ActorTable, types: set[str]) -> dict[int, bool]:
    """The actors of ``types`` mentioned in the sentences before ``token`` (and earlier in its
    own), each with whether one of its mentions there is a clause's subject."""
    doc = token.doc
    lo = sent_of(token)
    for _ in range(_LOOKBACK_SENTENCES):
        if lo.start == 0:
            break
        lo = sent_of(doc[lo.start - 1])
    people: dict[int, bool] = {}
    for mention in table.mentions:
        if not lo.start <= mention.start < token.left_edge.i:
            continue
        if table.actors[mention.actor].type not in types:
            continue
        root = doc[mention.start : mention.end].root
        while root.dep_ == "conj" and root.head.i != root.i:  # "Anna Berg and Lars Dahl met"
            root = root.head
        people[mention.actor] = people.get(mention.actor, False) or root.dep_ in SUBJECT_DEPS
    return people


def _fold(word: str) -> str:
    return word.replace("\u2019", "'").lower()
