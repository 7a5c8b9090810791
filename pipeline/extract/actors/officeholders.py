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

from ...records import LocalActor
from .table import ActorTable


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


def holds_role(actor: LocalActor, word: str) -> bool:
    """Whether ``word`` ("minister", "negotiator") is a word of the role the text gives the actor."""
    return word in actor.role.lower().split()


def role_holder(table: ActorTable, word: str, body: int = -1, gaz: str = "",
                among: Iterable[int] | None = None) -> int:
    """The one person (of ``among``, else of the whole table) whose role has ``word`` and who
    speaks for ``body`` / ``gaz`` (see :func:`speaks_for`); -1 when there is none or several."""
    candidates = range(len(table.actors)) if among is None else among
    found = {idx for idx in candidates
             if holds_role(table.actors[idx], word) and speaks_for(table.actors[idx], table, body, gaz)}
    return found.pop() if len(found) == 1 else -1
