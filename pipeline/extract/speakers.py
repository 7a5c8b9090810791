"""Speakers the actor table does not reach: the last resort of quote attribution.

The actor table maps a token to an actor when recognition found it as a mention. A bare surname
the entity recogniser labelled wrongly or not at all ('"...," said Griffin' after "Eddie
Griffin", "Ban recalled" after "Ban Ki-moon") slips past it: it is the one person of the
document whose name has that word. A relative pronoun ("said Harvey, who added ...") speaks for
its antecedent.

Definite descriptions of someone named before ("the Florida senator", "the company") are
mentions the actor table already has (``actors/references.py``), so stance holders read them too;
unnamed officials ("a spokesman") speak for their organisation (``descriptions.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import SUBJECT_DEPS
from .actors import ActorTable


def relative_antecedent(token: Token) -> Token | None:
    """'said Harvey, who acknowledged ...': the noun a relative pronoun subject stands for."""
    if token.lower_ == "who" and token.dep_ in SUBJECT_DEPS and token.head.dep_ == "relcl":
        return token.head.head
    return None


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


def _fold(word: str) -> str:
    return word.replace("\u2019", "'").lower()
