"""Office holders: the person a description of an office stands for.

"North Korea's top negotiator", "the Israeli prime minister", "the Japanese official": when the
text names a person of that state or organisation whose role fits the description, the
description is that person; else it stays the state's or organisation's (an unnamed official
speaks for it: gold README). Three readers ask this question: unnamed-official descriptions
(``descriptions.py``), definite descriptions of a state's person (``references.py``) and quote
speakers (``speakers.described_person``); this module is their one answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import LocalActor
from ..syntax import lefts_of
from .table import ActorTable

# Role words that make a role a stand-in's, not the office's own holder: "the Russian leader" is
# no vice-president.
_SECOND_IN_LINE = frozenset({"vice", "deputy", "assistant"})


def speaks_for(actor: LocalActor, table: ActorTable, body: int = -1, gaz: str = "") -> bool:
    """Whether a person speaks for the local actor ``body`` or the gazetteer entry ``gaz``: their
    affiliation is that actor, or carries that gazetteer id (directly, or through the affiliated
    local actor)."""
    if actor.type != "PERSON":
        return False
    if body >= 0 and actor.affiliation == body:
        return True
    if not gaz:
        return False
    return actor.affiliation_gaz == gaz or actor.affiliation >= 0 and table.actors[actor.affiliation].gaz_id == gaz


def office_roles(head: Token, lexicon: Lexicon, paired_only: bool = False) -> tuple[str, ...]:
    """The roles a description word describes without naming them (``[offices]`` in roles.toml):
    "top diplomat" -> secretary of state, foreign minister ...; "leader" -> president, prime
    minister ... A modifier and the head ("top diplomat") come before the head alone, which
    ``paired_only`` leaves out (a bare "the leader" may be anyone's)."""
    # the modifier may stand apart from the head, a state's name or demonym between them: "the
    # top U.S. diplomat", "Iran's chief nuclear negotiator"
    for child in lefts_of(head):
        if child.dep_ in {"amod", "compound", "nmod", "advmod"}:
            paired = lexicon.office_words.get(f"{child.lower_} {head.lower_}")
            if paired:
                return paired
    doc = head.doc
    if head.i > 0:
        paired = lexicon.office_words.get(f"{doc[head.i - 1].lower_} {head.lower_}")
        if paired:
            return paired
    return () if paired_only else lexicon.office_words.get(head.lower_, ())


def holds_role(actor: LocalActor, word: str, offices: tuple[str, ...] = ()) -> bool:
    """Whether ``word`` ("minister", "negotiator") is a word of the role the text gives the actor,
    or the role is one of ``offices`` (see :func:`office_roles`) held in its own right."""
    words = actor.role.lower().replace("-", " ").split() if offices else actor.role.lower().split()
    if word in actor.role.lower().split():
        return True
    if not offices or _SECOND_IN_LINE & set(words):
        return False
    padded = f" {' '.join(words)} "
    return any(f" {office} " in padded for office in offices)


def role_holder(table: ActorTable, word: str, body: int = -1, gaz: str = "",
                among: Iterable[int] | None = None, offices: tuple[str, ...] = ()) -> int:
    """The one person (of ``among``, else of the whole table) whose role has ``word`` and who
    speaks for ``body`` / ``gaz`` (see :func:`speaks_for`); failing that, with ``offices``, the one
    whose role is one of those offices ("the Russian leader": Russia's president). -1 when there is
    none or several."""
    candidates = list(range(len(table.actors)) if among is None else among)
    for fits in ((), offices) if offices else ((),):
        found = {idx for idx in candidates
                 if holds_role(table.actors[idx], word, fits) and speaks_for(table.actors[idx], table, body, gaz)}
        if found:
            return found.pop() if len(found) == 1 else -1
    return -1


def unplaced_holder(table: ActorTable, offices: tuple[str, ...], among: Iterable[int] | None = None) -> int:
    """The one person whose role is one of ``offices`` and whom the text places in no state or
    organisation (of ``among``, else of the whole table): "Secretary of State Marco Rubio ...
    America's top diplomat" (the title gives no state); -1 when there is none or several, or a placed person holds such an office too."""
    candidates = range(len(table.actors)) if among is None else among
    found = {idx for idx in candidates
             if table.actors[idx].type == "PERSON" and holds_role(table.actors[idx], "", offices)}
    if len(found) != 1:
        return -1
    actor = table.actors[next(iter(found))]
    return next(iter(found)) if actor.affiliation < 0 and not actor.affiliation_gaz else -1
