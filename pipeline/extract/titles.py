"""Actors the title names: "Background Briefing: Negotiations With Iran", "Remarks by President
Trump and Vice Premier Liu He Before Bilateral Meeting".

The title is part of what a reader reads, and a transcript's title often names a party its body
only calls "the Vice Premier" or never names at all. A state or organisation of the gazetteer
named in the title (by its name or an alias, not a metonym: "Talks in Geneva" names a place) is
an actor of the document; so is a person the title names with a title ("Vice Premier Liu He"),
when the body refers to them by surname or by that role.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .actors import ActorTable
from .descriptions import actor_for_entry
from .text import doc_text
from .transcripts import add_person, cut_at_topic, named_with_title

_LOCATIVE_END = re.compile(r"\b(?i:in|at|from|near|to|into|across)$")
_PIECES = re.compile(r"\s*(?:[,:;|–—]|\s-\s|\b(?:and|with|And|With)\b)\s*")


def _names_party(title: str, form: str) -> bool:
    """Whether ``form`` occurs in the title other than as a place ("in Vienna, Austria")."""
    if form not in title:
        return False  # most of the gazetteer: no pattern compiled (hundreds would flush re's cache)
    for match in re.finditer(r"(?<![\w.])" + re.escape(form) + r"(?![\w])", title):
        before = title[: match.start()].rstrip()
        if not before.endswith(",") and not _LOCATIVE_END.search(before):
            return True
    return False


# id(gazetteer) -> (gazetteer, ((entry, its name and aliases of three characters or more), ...));
# the gazetteer is held so that its id is not reused while cached
_FORMS: dict[int, tuple] = {}


def _entry_forms(gazetteer) -> tuple:
    """Each gazetteer entry with the forms a title is searched for (made once per gazetteer)."""
    cached = _FORMS.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        if len(_FORMS) > 8:
            _FORMS.clear()
        cached = _FORMS[id(gazetteer)] = (gazetteer, tuple(
            (entry, tuple(form for form in (entry.name, *entry.aliases) if len(form) >= 3)) for entry in gazetteer))
    return cached[1]


def add_title_actors(doc: Doc, table: ActorTable, lexicon: Lexicon) -> None:
    """Add the states, organisations and titled people the title names (see the module doc)."""
    title = doc.user_data.get("ng_title", "") if doc.user_data else ""
    if not title.strip():
        return
    for entry, forms in _entry_forms(lexicon.gazetteer):
        for form in forms:  # (a loop, the substring tested first: most of the gazetteer is not in the title)
            if form in title and _names_party(title, form):
                break
        else:
            continue
        idx = actor_for_entry(table, entry)
        table.actors[idx] = table.actors[idx]._replace(acting=True)
    body = doc_text(doc)
    for piece in _PIECES.split(title):
        named = named_with_title(cut_at_topic(piece), lexicon)
        if named is None:
            continue
        name, role = named
        surname = name.split()[-1]
        role_head = role.split()[-1] if role.split() else ""
        if re.search(r"\b" + re.escape(surname) + r"\b", body) or (
                role_head and re.search(r"\b(?:the|The)\s+" + re.escape(role), body)):
            add_person(table, name, role)
