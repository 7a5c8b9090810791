"""The actor table of one document: its local actors, the token spans that refer to them, and
the lookup from a token to the actor it names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Token

from ...lexicon import GazetteerEntry, Lexicon
from ...records import LocalActor
from ..syntax import children_of


class MentionSpan(NamedTuple):
    """A token span referring to local actor ``actor`` (index into ``ActorTable.actors``)."""

    start: int
    end: int
    actor: int
    kind: str  # name | gaz | metonym | demonym | body | group | title | pronoun


@dataclass
class ActorTable:
    """The actors of one document and the spans that refer to them."""

    actors: list[LocalActor] = field(default_factory=list)
    mentions: list[MentionSpan] = field(default_factory=list)
    token_actor: dict[int, int] = field(default_factory=dict)

    def actor_at(self, token: Token | int) -> int:
        """Local actor index a token refers to, or -1."""
        i = token if isinstance(token, int) else token.i
        return self.token_actor.get(i, -1)

    def index(self) -> None:
        """Rebuild the token -> actor map (longer mentions win over the pronouns inside them)."""
        self.token_actor = {}
        for mention in sorted(self.mentions, key=lambda m: (m.end - m.start)):
            for i in range(mention.start, mention.end):
                self.token_actor[i] = mention.actor


def actor_of(token: Token | None, table: ActorTable, lexicon: Lexicon) -> int:
    """The actor a subject token refers to: the token itself, else any token of its phrase."""
    if token is None:
        return -1
    if token.lower_ in lexicon.partitive_nouns:
        # "Members of the House of Commons protested by shouting ..."
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None and table.actor_at(inner) >= 0:
            return table.actor_at(inner)
        if inner is not None and inner.i != token.i:
            found = actor_of(inner, table, lexicon)  # "some of the Hamas leaders", "several of its commanders"
            if found >= 0:
                return found
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        if owner is not None and table.actor_at(owner) >= 0 and table.actors[table.actor_at(owner)].type in {"ORG", "GPE", "GROUP"}:
            return table.actor_at(owner)  # "Hamas's leaders rejected the plan", "the miners' leaders", "its leaders"
    own = table.actor_at(token)
    if own >= 0 and table.actors[own].type == "PERSON" and any(
            m.kind == "name" and m.actor == own and m.start <= token.i < m.end for m in table.mentions):
        return own  # "Chris Covert, South Carolina director for Sanders, said": the named person speaks
    # "African Export-Import Bank president Okey Oramah said": the parser often makes the
    # organisation the subject and the person its apposition; the person speaks
    for child in children_of(token):
        if child.dep_ == "appos":
            actor = table.actor_at(child)
            if actor >= 0 and table.actors[actor].type == "PERSON":
                return actor
    actor = table.actor_at(token)
    if actor >= 0:
        return actor
    named = _titled_name(token, table, lexicon)
    if named >= 0:
        return named
    for tok in token.subtree:
        if tok.dep_ in {"relcl", "acl", "prep", "det"}:
            continue  # a determiner names nobody ("The Rwanda-backed group": not Rwanda)
        actor = table.actor_at(tok)
        if actor >= 0 and tok.head.i == token.i:
            return actor
    # "Kremlin spokesman Dmitry Peskov": compounds of the root
    for child in children_of(token):
        if child.dep_ in {"compound", "appos"}:
            actor = table.actor_at(child)
            if actor >= 0:
                return actor
    return -1


def _titled_name(token: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """"U.S. Ambassador to Germany Richard Grenell said", "Special Envoy for Syria Anna Berg
    said": a title whose "to"/"for"/"of" phrase the parser runs into the name after it, so that
    the name hangs inside the title's phrase; the person named at the phrase's end speaks, not
    the state before the title."""
    if token.lower_ not in lexicon.title_heads or not any(c.dep_ == "prep" for c in children_of(token)):
        return -1
    last = token.right_edge
    actor = table.actor_at(last)
    if actor < 0 or table.actors[actor].type != "PERSON":
        return -1
    mention = next((m for m in table.mentions if m.kind == "name" and m.actor == actor and m.end == last.i + 1), None)
    if mention is None or mention.start <= token.i:
        return -1
    between = token.doc[token.i + 1 : mention.start]
    if any(t.pos_ in {"VERB", "AUX", "PRON"} or t.is_punct for t in between):
        return -1  # "the envoy to the talks who met Anna Berg": a clause, not a title
    return actor


def actor_for_entry(table: ActorTable, entry: GazetteerEntry, first_char: int = 0, acting: bool = False) -> int:
    """The local actor of a gazetteer entry, added to the table when the text has none yet
    (a demonym alone, "a Syrian diplomat", makes no actor by itself; ``acting`` when the new
    actor acts in the text, as the state an unnamed official speaks for)."""
    for idx, actor in enumerate(table.actors):
        if actor.gaz_id == entry.id:
            return idx
    table.actors.append(LocalActor(name=entry.name, type=entry.type, gaz_id=entry.id, affiliation_gaz=entry.affiliation,
                                   mentions=0, acting=acting, first_char=first_char))
    return len(table.actors) - 1
