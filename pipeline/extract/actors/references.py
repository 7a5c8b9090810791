"""References: what titles ("the president"), personal pronouns and definite descriptions ("the
government") refer to. Not to be confused with :mod:`pipeline.resolve`, which links actors
across documents."""

from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from ...grammar import DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, NEUTER_PRONOUNS, ORDER_REFERENCES, PERSON_PRONOUNS, PLURAL_PRONOUNS, SUBJECT_DEPS
from ...lexicon import GazetteerEntry, Lexicon
from ...records import LocalActor
from ..marks import doc_quotes
from ..syntax import children_of, first_conjunct, lefts_of
from ..text import doc_lowers, doc_tokens, fold, per_doc, sent_of, sentences
from .officeholders import holds_role, office_roles, role_holder, speaks_for, unplaced_holder
from .table import ActorTable, MentionSpan, actor_for_entry

_PRON = int(POS_IDS["PRON"])

# How far back a definite description ("the Florida senator") looks for whom it refers to, in sentences.
_DESCRIBED_LOOKBACK = 3


@lru_cache(maxsize=4)
def _body_openings(bodies: frozenset[str]) -> frozenset[str]:
    """What a body of several words can open with (every part before a space: "state" of "state
    media"), so that :func:`refer` puts a pair of words together only at those; once per list."""
    return frozenset(body[:k] for body in bodies for k, ch in enumerate(body) if ch == " ")


def refer(doc: Doc, lexicon: Lexicon, table: ActorTable) -> None:
    """Add mentions for pronouns and definite descriptions that refer to a known actor.

    - "the president", "a Kremlin spokesman", "the commissioner": the person whose role has
      that head word (the most recent one before, else the only one in the document).
    - he/she/his/her: the most recent person that was a subject, else the most recent person.
    - it/its: the most recent organisation or state subject; they/their: the same, a group, or
      people named together as a subject ("Ted Cruz and John Kasich spoke. They ...").
    - "the government"/"the administration": the state the text is about.
    - a definite description as a clause's subject, no name in it: "the Florida senator", "the
      Republican candidate" (a role word the title path could not place) is the one person of
      the sentences just before whose role has the word, else the one person who was a subject
      there; "the company", "the union" is the latest organisation whose name has the word,
      else the one organisation that was a subject there (or whose gazetteer full name has the
      word: "the movement" after Hamas); "the kingdom", "the island nation" ([descriptions]
      states) is the state that was a subject of the nearest sentence before, else the one state
      named there. Quote attribution and stance holders both read these mentions.
    Third-person pronouns inside quotation marks are left alone: in a speaker's words "he" is
    rarely the speaker, and the text around the quote does not say who it is.
    """
    in_quote = quoted_tokens(doc)
    # the antecedents: mentions in the writer's words. A name inside a quotation is what the
    # speaker talks about ('"Obama has failed us," the Florida senator said'), so it is no
    # referent for the "he" or "the senator" outside it that speaks the quote.
    mentions = sorted((m for m in table.mentions if m.start not in in_quote), key=lambda m: (m.start, m.end))
    starts = [m.start for m in mentions]
    taken = set(table.token_actor)
    new: list[MentionSpan] = []
    all_sents, sent_index = sentences(doc)
    sent_starts = [s.start for s in all_sents]

    def add(mention: MentionSpan) -> None:
        new.append(mention)
        if mention.start in in_quote:
            return
        k = bisect.bisect_right(starts, mention.start)
        starts.insert(k, mention.start)
        mentions.insert(k, mention)

    def described(tok: Token) -> bool:
        # a clause's subject, or the agent of a passive ("the offer was rejected by the company")
        dep = tok.dep_  # (read once: asked at nearly every token)
        if dep not in SUBJECT_DEPS and not (dep == "pobj" and tok.head.dep_ == "agent") or tok.i in in_quote:
            return False
        actor = _described_referent(tok, mentions, (sent_starts, sent_index), table, lexicon)
        if actor >= 0:
            kind = "title" if table.actors[actor].type == "PERSON" else "body"
            det = _determiner(tok)
            # "Russia's leader": the description after the possessive, which stays the state's
            start = det.i if det is not None else max(c.right_edge.i + 1 for c in lefts_of(tok) if c.dep_ == "poss")
            add(MentionSpan(start, tok.i + 1, actor, kind))
        return actor >= 0

    role_heads = _role_heads(table, lexicon)
    state_focus = state_in_focus(table)

    halves = _named_halves(table, lexicon)
    bigram_starts = _body_openings(lexicon.anaphoric_bodies)
    tokens = doc_tokens(doc)
    lowers = doc_lowers(doc)
    for tok in tokens:  # every token in text order, as the sentences, which cover the text, have them
        if tok.i in taken:
            if _bare_group(tok, table):
                described(tok)  # "The union said" after the union named before
            continue
        low = lowers[tok.i]
        if low in lexicon.title_heads and tok.pos_ in {"NOUN", "PROPN"}:
            actor = _title_referent(doc, tok, role_heads, mentions, table, lexicon,
                                    sent_starts[max(0, sent_index[tok.i] - 1)])
            if actor >= 0:
                start = tok.i
                sent_start = sent_starts[sent_index[tok.i]]
                while start > sent_start and (lowers[start - 1] in lexicon.title_modifiers
                                              or lowers[start - 1] in {"the", "a"}
                                              or start - 1 in table.token_actor):
                    start -= 1
                add(MentionSpan(start, tok.i + 1, actor, "title"))
                continue
        if described(tok):
            continue
        if state_focus >= 0 and low in bigram_starts and tok.i + 1 < len(doc) \
                and f"{low} {lowers[tok.i + 1]}" in lexicon.anaphoric_bodies and tok.i + 1 not in taken:
            add(MentionSpan(tok.i, tok.i + 2, state_focus, "body"))  # "according to state media"
            continue
        if low in lexicon.anaphoric_bodies and tok.pos_ == "NOUN" and state_focus >= 0:
            if tok.i > 0 and lowers[tok.i - 1] == "the" and not _has_of_complement(tok):
                add(MentionSpan(tok.i - 1, tok.i + 1, state_focus, "body"))
                continue
        if low in lexicon.possessed_bodies and tok.is_lower and tok.dep_ in SUBJECT_DEPS and tok.i > 0 \
                and lowers[tok.i - 1] == "the" and not _has_of_complement(tok):
            actor = _body_named_before(tok, mentions, (sent_starts, sent_index))
            if actor >= 0:  # "China's commerce ministry said ... The ministry called ...": China's
                add(MentionSpan(tok.i - 1, tok.i + 1, actor, "body"))
                continue
        if low in _HALVES and halves and tok.i > 0 and lowers[tok.i - 1] == "the":
            actor = _divided_half(tok, halves, table, lexicon)
            if actor >= 0:  # "The North rejected the offer" after Seoul's
                add(MentionSpan(tok.i - 1, tok.i + 1, actor, "body"))
                continue
        if tok.pos != _PRON or tok.i in in_quote:  # (the part of speech by its id, at every token)
            continue
        actor = _pronoun_referent(tok, mentions, starts, (sent_starts, sent_index), table, lexicon)
        if actor >= 0:
            add(MentionSpan(tok.i, tok.i + 1, actor, "pronoun"))
    for mention in new:
        table.mentions.append(mention)
        actor = table.actors[mention.actor]
        table.actors[mention.actor] = actor._replace(mentions=actor.mentions + 1)


# "the North", "the South": the halves of a divided country ([descriptions] divided), in that order
_HALVES = ("north", "south")


def _named_halves(table: ActorTable, lexicon: Lexicon) -> tuple[str, str] | None:
    """The divided country ([descriptions] divided) one of whose halves the text names, as its
    two gazetteer ids, north first; None when it names none, or halves of two."""
    named = {actor.gaz_id for actor in table.actors if actor.gaz_id}
    pairs = [pair for pair in lexicon.divided_states if named.intersection(pair)]
    return pairs[0] if len(pairs) == 1 else None


def _divided_half(tok: Token, halves: tuple[str, str], table: ActorTable, lexicon: Lexicon) -> int:
    """"the North" / "the South" for a half of the divided country the text names; not a name
    that goes on ("the North Atlantic", "the South China Sea") or a region "of" somewhere."""
    doc = tok.doc
    if not tok.is_title or tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title or doc[tok.i + 1].lower_ == "of"):
        return -1
    entry = lexicon.gazetteer_by_id.get(halves[_HALVES.index(tok.lower_)])
    return actor_for_entry(table, entry, tok.idx, acting=True) if entry is not None else -1


def _body_named_before(tok: Token, mentions: list[MentionSpan], sents: tuple) -> int:
    """"the ministry", "the embassy" as a subject: the state whose body of that word was named in
    the two sentences before or in its own ("China's commerce ministry", "the Russian defence
    ministry"), the latest; -1 when none was."""
    sent_starts, sent_index = sents
    earliest = sent_starts[max(0, sent_index[tok.i] - 2)]
    doc = tok.doc
    for mention in reversed(mentions):
        if mention.start >= tok.i:
            continue
        if mention.start < earliest:
            break
        if mention.kind == "body" and doc[mention.end - 1].lower_ == tok.lower_:
            return mention.actor
    return -1


def _role_heads(table: ActorTable, lexicon: Lexicon) -> dict[str, list[int]]:
    """Title head word ("president", "spokesman") -> the persons whose role has it."""
    role_heads: dict[str, list[int]] = {}
    for idx, actor in enumerate(table.actors):
        if actor.type == "PERSON" and actor.role:
            for word in actor.role.lower().replace("-", " ").split():
                if word in lexicon.title_heads:
                    role_heads.setdefault(word, []).append(idx)
    return role_heads


def _pronoun_referent(tok: Token, mentions: list[MentionSpan], starts: list[int], sents: tuple, table: ActorTable,
                      lexicon: Lexicon) -> int:
    """The actor a personal pronoun refers to, or -1 (``sents``: sentence starts, token -> sentence)."""
    sent_starts, sent_index = sents
    low = tok.lower_
    earliest = sent_starts[max(0, sent_index[tok.i] - 2)]
    if low in PERSON_PRONOUNS:
        actor = _cataphoric_referent(tok, mentions, table, PERSON_PRONOUNS[low], lexicon)
        if actor < 0:
            actor = _antecedent(tok, mentions, starts, earliest, table, {"PERSON"},
                                gender=PERSON_PRONOUNS[low], lexicon=lexicon)
        if actor < 0 and tok.dep_ in SUBJECT_DEPS:
            # "Muamba told VOA ... The government is very clear, he said. Will there be an amnesty?
            # Yes, ... But he said ...": a subject "he" goes on with the person who was the subject
            # a few sentences before, when no one else came between
            earliest_far = sent_starts[max(0, sent_index[tok.i] - 5)]
            actor = _antecedent(tok, mentions, starts, earliest_far, table, {"PERSON"}, subjects_only=True,
                                gender=PERSON_PRONOUNS[low], lexicon=lexicon)
    elif low in NEUTER_PRONOUNS and tok.dep_ in SUBJECT_DEPS | {"poss"}:
        # a group named by a singular noun is an "it" too: "The union rejected the offer. Its leaders ..."
        actor = _antecedent(tok, mentions, starts, earliest, table, {"ORG", "GPE", "GROUP"}, subjects_only=True,
                            singular=True)
        if actor >= 0 and table.actors[actor].type == "GROUP" and not _last_subject_is(tok, actor, table, earliest):
            # "The movement has argued ... Trump's campaign put out a statement. In it, it said":
            # a subject the table has no actor for ("campaign") came after the group
            actor = -1
    elif low in PLURAL_PRONOUNS and tok.dep_ in SUBJECT_DEPS | {"poss"}:
        # "they" reaches further back: a group is often named a paragraph before
        # (people only when named together: "Ted Cruz and John Kasich spoke. They oppose the deal")
        actor = _antecedent(tok, mentions, starts, earliest, table, {"ORG", "GPE", "GROUP", "NORP", "PERSON"},
                            subjects_only=True, plural=True)
        if actor < 0:
            # a group named a paragraph before ("an assembly of foreign ministers ... They concluded")
            earliest_plural = sent_starts[max(0, sent_index[tok.i] - 4)]
            actor = _antecedent(tok, mentions, starts, earliest_plural, table, {"GROUP", "NORP"}, subjects_only=True)
    else:
        return -1
    if actor >= 0 and low not in PERSON_PRONOUNS and _order_reference_between(tok, actor, mentions):
        return -1
    return actor


def _cataphoric_referent(tok: Token, mentions: list[MentionSpan], table: ActorTable, gender: str,
                         lexicon: Lexicon) -> int:
    """"While he refused to release violent criminals, Mr. Obama deemed ...": the subject "he" of a
    clause that opens the sentence before its main clause is the person named as the main
    clause's subject (news English names the person right after such a clause), or -1."""
    if tok.dep_ not in SUBJECT_DEPS:
        return -1
    clause = tok.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return -1
    main = clause.head
    first = min(t.i for t in clause.subtree)
    if first != tok.sent.start and not all(t.is_punct or t.dep_ in {"cc", "advmod"} for t in tok.doc[tok.sent.start:first]):
        return -1
    subject = next((c for c in children_of(main) if c.dep_ in {"nsubj", "nsubjpass"} and c.i > tok.i), None)
    if subject is None:
        return -1
    named = [m for m in mentions if m.start <= subject.i < m.end and m.kind == "name"]
    if not named or table.actors[named[0].actor].type != "PERSON" \
            or _gender_of(table.actors[named[0].actor], lexicon) not in {"", gender}:
        return -1
    return named[0].actor


def _order_reference_between(tok: Token, actor: int, mentions: list[MentionSpan]) -> bool:
    """"Investigations were launched by the FAA and the NTSB, with the latter confirming they were
    not travelling": "the latter"/"the former" after the antecedent's last mention picks
    one of the parties named before, which the pronoun then goes on with; the antecedent found is
    no safe reading. Only "the former" standing for a noun phrase counts, not the adjective of
    "the former Egyptian envoy"."""
    last = max((m.end for m in mentions if m.actor == actor and m.end <= tok.i), default=tok.i)
    doc = tok.doc
    # (the parser often hangs "the latter" of "with the latter confirming" on the verb as a
    # modifier, so the test is the words around it: "the" before, no noun phrase going on after)
    return any(doc[k].lower_ in ORDER_REFERENCES and doc[k - 1].lower_ == "the"
               and doc[k + 1].pos_ not in _NOMINAL_POS for k in range(max(last, 1), tok.i))


# What goes on with a noun phrase after "the former": a modifier or its head ("the former envoy").
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _last_subject_is(tok: Token, actor: int, table: ActorTable, earliest: int) -> bool:
    """Whether the last noun that is a clause's subject before ``tok`` (from token ``earliest``)
    is a mention of ``actor``."""
    doc = tok.doc
    for k in range(tok.i - 1, earliest - 1, -1):
        t = doc[k]
        if t.dep_ in SUBJECT_DEPS and t.pos_ in {"NOUN", "PROPN"}:
            return table.actor_at(t) == actor
    return False


@per_doc
def quoted_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside quotation marks (a speaker's words, where "he" is rarely the speaker),
    found once per Doc for the references and the described pronouns."""
    inside: set[int] = set()
    for q in doc_quotes(doc):
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return frozenset(inside)


def _has_of_complement(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))


def state_in_focus(table: ActorTable) -> int:
    """The state a text is about: the one named most often (ties: first named)."""
    best, best_count = -1, 0
    for idx, actor in enumerate(table.actors):
        if actor.type == "GPE" and actor.gaz_id:
            count = sum(1 for m in table.mentions if m.actor == idx)
            if count > best_count:
                best, best_count = idx, count
    return best


# Determiners that pick one of several holders of a role ("one aide", "another adviser"): never
# the one the text has named.
_ONE_OF_SEVERAL = frozenset({"one", "another"})


def _title_referent(doc, tok, role_heads, mentions, table, lexicon, earliest: int = -1) -> int:
    """"the president added" -> the person whose role has "president" (most recent before; of
    two holders named since token ``earliest``, the sentence before, the one last named as a
    clause's subject: "Mr. Obama grew wary of pressing Mr. Assad. ... the president said")."""
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON":
        return -1  # a title before a name, handled by the name itself
    named = table.actor_at(tok.head) if tok.dep_ == "appos" else -1
    if named >= 0 and table.actors[named].type == "PERSON":
        # "John Bulgaro, the president of Teamsters Local 294, said": the named person's own
        # title, not the president named elsewhere
        return -1
    determiners = {c.lower_ for c in children_of(tok) if c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE_DETERMINERS}
    if determiners & _ONE_OF_SEVERAL or determiners and any(
            c.dep_ in {"prep", "amod", "compound", "nmod"} for c in children_of(tok)):
        # "a spokesman for the mediator", "one adviser", "another aide" ("one" parsed as a
        # number): someone new, not the spokesman or adviser named elsewhere
        return -1
    candidates = role_heads.get(tok.lower_, [])
    state = _state_modifier(tok, lexicon)
    if state is not None:
        # "the Syrian foreign minister": a minister of Syria, not the minister of another state
        candidates = [c for c in candidates if speaks_for(table.actors[c], table, gaz=state.id)]
    if not candidates:
        return -1
    modifiers = {doc[j].lower_ for j in range(max(0, tok.i - 3), tok.i)}
    if "vice" in modifiers or "deputy" in modifiers:
        candidates = [c for c in candidates if any(w in table.actors[c].role.lower() for w in ("vice", "deputy"))]
    elif tok.lower_ == "president":
        candidates = [c for c in candidates if "vice" not in table.actors[c].role.lower()] or candidates
    if not candidates:
        return -1
    before = [m for m in mentions if m.start < tok.i and m.actor in candidates]
    if before:
        recent = [m for m in before if m.start >= earliest] if earliest >= 0 else []
        subjects = [m for m in recent if first_conjunct(doc[m.start:m.end].root).dep_ in SUBJECT_DEPS]
        if subjects and subjects[-1].actor != before[-1].actor:
            return subjects[-1].actor
        return before[-1].actor
    return candidates[0] if len(set(candidates)) == 1 else -1


def _determiner(tok: Token) -> Token | None:
    return next((c for c in children_of(tok) if c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS), None)


def _bare_group(tok: Token, table: ActorTable) -> bool:
    """"the union" taken as a group of its own ("union"): it may still be the union named before."""
    actor = table.actor_at(tok)
    return actor >= 0 and table.actors[actor].type == "GROUP" and table.actors[actor].name.lower() == tok.lower_


def _described_referent(tok: Token, mentions: list[MentionSpan], sents: tuple, table: ActorTable,
                        lexicon: Lexicon) -> int:
    """The person or organisation a definite description refers to ("the Florida senator", "the
    company"), or -1: the noun is singular, has "the"/"this"/"that" and names no one in its phrase."""
    owner = _state_owner(tok, lexicon)  # "Beijing's leader", "Russia's foreign minister"
    if tok.tag_ not in {"NN", "NNP"} or tok.pos_ not in {"NOUN", "PROPN"} or _determiner(tok) is None and owner is None:
        return -1
    low = tok.lower_
    # "the top diplomat": a description word that with its modifier names an office
    offices = office_roles(tok, lexicon, paired_only=True)
    is_person = low in lexicon.title_heads | lexicon.referring_people and (low not in lexicon.description_heads
                                                                          or bool(offices))
    is_body = low in lexicon.referring_bodies | lexicon.company_words and tok.pos_ == "NOUN"
    if low in lexicon.state_descriptions and tok.pos_ == "NOUN" and owner is None and not is_person:
        return _state_named_before(tok, mentions, sents, table, lexicon)
    if not (is_person or is_body):
        return -1  # "the official", "the spokesman": an unnamed official, for descriptions.py
    state = (_state_modifier(tok, lexicon) or owner) if is_person else None
    if owner is not None and state is None:
        return -1
    if state is not None:
        return _person_of_state(tok, state, low, mentions, sents, table, lexicon)
    own = table.actor_at(tok)  # "the movement" taken as a group: its "the" is no other name
    # "the Rwanda-backed group", "the Iran-aligned movement": who backs it is no name of its own
    backers = {t.i for c in children_of(tok) if c.dep_ == "amod" and c.tag_ == "VBN" for t in c.subtree}
    if any(t.ent_type_ == "PERSON" or (table.actor_at(t) >= 0 and not _bare_group(t, table)
                                       and not (own >= 0 and table.actor_at(t) == own))
           for t in tok.subtree if t.i != tok.i and t.i not in backers and t.dep_ != "det"):
        return -1  # "the senator from Ohio" names a state; "the Kremlin spokesman" an owner
    sent_starts, sent_index = sents
    earliest = sent_starts[max(0, sent_index[tok.i] - _DESCRIBED_LOOKBACK)]
    types = {"PERSON"} if is_person else {"ORG"}
    before = _mentioned_before(tok, mentions, earliest, table, types)
    if is_person:
        named = {a for a in before if holds_role(table.actors[a], low)} or {
            a for a in before if offices and holds_role(table.actors[a], low, offices)}
    else:
        latest = latest_org_named(tok, table, lexicon)
        named = {latest} if latest >= 0 else set()
    if len(named) == 1:
        return named.pop()
    if own >= 0 and _bare_group(tok, table):
        return -1  # "the union" after "Boeing ... offered": a group of its own, not the company
    # else the subject of the nearest sentence that has one: "One month after backing Trump,
    # Rubio still believes ... '...,' the Florida senator told reporters"
    subject = _nearest_subject(tok, before, sent_index)
    return subject if subject is not None else -1


def person_subject_before(tok: Token, table: ActorTable, lexicon: Lexicon, body: int = -1, gaz: str = "") -> int:
    """'Iran's Araghchi said ... The Iranian diplomat added ...': the person a definite description
    of an unnamed official ("the Iranian diplomat", "the U.S. envoy") goes on with, when no role of
    the text names it: see :func:`_subject_speaking_for`; -1 when there is none."""
    in_quote = quoted_tokens(tok.doc)
    mentions = sorted((m for m in table.mentions if m.start not in in_quote), key=lambda m: (m.start, m.end))
    all_sents, sent_index = sentences(tok.doc)
    earliest = all_sents[max(0, sent_index[tok.i] - _DESCRIBED_LOOKBACK)].start
    before = _mentioned_before(tok, mentions, earliest, table, {"PERSON"})
    return _subject_speaking_for(tok, before, sent_index, table, lexicon, body, gaz)


def _subject_speaking_for(tok: Token, before: dict[int, tuple[bool, int]], sent_index: list[int],
                          table: ActorTable, lexicon: Lexicon, body: int = -1, gaz: str = "") -> int:
    """The person of ``before`` who is the one subject of the nearest sentence up to ``tok``'s,
    when the text places that person in ``body`` / ``gaz`` (see :func:`speaks_for`) and, when the
    description names an office ("the Russian leader"), gives no role outside it; else -1 (a
    person placed nowhere may be the other side's: "Rubio spoke first. The Russian diplomat said")."""
    if tok.lower_ in lexicon.spokesperson_heads:
        return -1  # "Lavrov met X. The Russian spokesman said": someone who speaks for him
    subject = _nearest_subject(tok, before, sent_index)
    if subject is None or subject < 0 or not speaks_for(table.actors[subject], table, body, gaz):
        return -1
    offices = office_roles(tok, lexicon)
    if offices and table.actors[subject].role and not holds_role(table.actors[subject], "", offices):
        return -1  # "Russian Vice President X ... the Russian leader": an office X does not hold
    return subject


def _nearest_subject(tok: Token, before: dict[int, tuple[bool, int]], sent_index: list[int]) -> int | None:
    """Of ``before`` (see :func:`_mentioned_before`), the actor that is the one subject of the
    nearest sentence up to ``tok``'s that has a subject among them (-1 when that sentence has
    several); None when no sentence of the look-back has one."""
    for k in range(sent_index[tok.i], max(-1, sent_index[tok.i] - _DESCRIBED_LOOKBACK - 1), -1):
        subjects = {a: first for a, (is_subject, first) in before.items() if is_subject and sent_index[first] == k}
        if len(subjects) > 1:
            # "Rubio is opening his campaign in Florida, where Trump leads. The Florida senator
            # said ...": of several subjects, the main clause's is whom the next sentence goes on with
            main = [a for a, first in subjects.items() if _main_clause_subject(tok.doc[first])]
            return main[0] if len(main) == 1 else -1
        if subjects:
            return next(iter(subjects))
    return None


def _main_clause_subject(tok: Token) -> bool:
    """Whether the mention that opens at ``tok`` is the subject of its sentence's main verb (or of
    a verb coordinated with it), not of a clause set inside the sentence."""
    for _ in range(4):  # up from the first word of a name to the name's head
        if tok.dep_ in SUBJECT_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    subject = first_conjunct(tok)
    if subject.dep_ not in SUBJECT_DEPS:
        return False
    return first_conjunct(subject.head).dep_ == "ROOT"


def _state_named_before(tok: Token, mentions: list[MentionSpan], sents: tuple, table: ActorTable,
                        lexicon: Lexicon) -> int:
    """"Cuba met U.S. diplomats in Havana. The island nation demanded an end to the embargo", "Saudi
    Arabia hosted the talks. The kingdom proposed a truce": a described state ([descriptions]
    states) with no name in its phrase is the state that was a clause's subject in the nearest
    sentence before (or in its own sentence, before it) that has one; with none, the one state
    named in those sentences. -1 when two states are subjects of that sentence, or none is named
    ("the country" of a text about no state keeps no holder)."""
    if any(t.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or table.actor_at(t) >= 0
           for t in tok.subtree if t.i != tok.i and t.dep_ != "det"):
        return -1  # "the country's president", "the Baltic country of Estonia": a name of its own
    sent_starts, sent_index = sents
    earliest = sent_starts[max(0, sent_index[tok.i] - _DESCRIBED_LOOKBACK)]
    before = {a: seen for a, seen in _mentioned_before(tok, mentions, earliest, table, {"GPE"}).items()
              if lexicon.gazetteer_by_id.get(table.actors[a].gaz_id) is not None
              and lexicon.gazetteer_by_id[table.actors[a].gaz_id].is_state}
    subject = _nearest_subject(tok, before, sent_index)
    if subject is not None:
        return subject
    return next(iter(before)) if len(before) == 1 else -1


def _state_modifier(tok: Token, lexicon: Lexicon) -> GazetteerEntry | None:
    """The state a person's description names by a demonym or a name before its head: "the
    Syrian foreign minister", "the Israeli prime minister", "the U.S. envoy"."""
    for child in lefts_of(tok):
        if child.dep_ not in {"amod", "compound", "nmod"}:
            continue
        for t in child.subtree:
            entry = lexicon.gazetteer_demonyms.get(t.text) or lexicon.gazetteer_forms.get(t.text)
            if entry is not None and entry.is_state:
                return entry
    return None


def _state_owner(tok: Token, lexicon: Lexicon) -> GazetteerEntry | None:
    """The state a possessive before a person's description names: "Russia's leader",
    "Beijing's top diplomat" (a capital stands for its state)."""
    for child in lefts_of(tok):
        if child.dep_ == "poss":
            entry = lexicon.gazetteer_forms.get(child.text) or lexicon.gazetteer_demonyms.get(child.text)
            if entry is not None and entry.is_state:
                return entry
    return None


def _person_of_state(tok: Token, state: GazetteerEntry, low: str, mentions: list[MentionSpan], sents: tuple,
                     table: ActorTable, lexicon: Lexicon) -> int:
    """"The Israeli prime minister rejected ...": the one person of that state named in the
    sentences just before whose role has the word, else the state itself (an unnamed official
    speaks for the state: gold README); never the subject of another state nearby."""
    sent_starts, sent_index = sents
    earliest = sent_starts[max(0, sent_index[tok.i] - _DESCRIBED_LOOKBACK)]
    before = _mentioned_before(tok, mentions, earliest, table, {"PERSON"})
    offices = office_roles(tok, lexicon)
    person = role_holder(table, low, gaz=state.id, among=before, offices=offices)
    if person < 0 and offices:
        # "Prime Minister Benjamin Netanyahu ... the Israeli leader": a title that named no state
        person = unplaced_holder(table, offices, among=before)
    if person < 0 and _determiner(tok) is not None:
        person = _subject_speaking_for(tok, before, sent_index, table, lexicon, gaz=state.id)
    if person >= 0:
        return person
    return actor_for_entry(table, state, tok.idx, acting=True)


def _mentioned_before(tok: Token, mentions: list[MentionSpan], earliest: int, table: ActorTable,
                      types: set[str]) -> dict[int, tuple[bool, int]]:
    """The actors of ``types`` mentioned from token ``earliest`` up to ``tok``'s phrase, each with
    whether its latest mention there is a clause's subject ("Anna Berg and Lars Dahl met") and
    where that mention starts."""
    doc = tok.doc
    found: dict[int, tuple[bool, int]] = {}
    for mention in mentions:  # in text order
        if not earliest <= mention.start < tok.left_edge.i or table.actors[mention.actor].type not in types:
            continue
        root = first_conjunct(doc[mention.start : mention.end].root)
        is_subject = root.dep_ in SUBJECT_DEPS
        seen = found.get(mention.actor)
        if is_subject and seen is not None and seen[0] and _main_clause_subject(doc[seen[1]]) \
                and doc[seen[1]].sent.start == root.sent.start:
            continue  # "X admitted that she had erred": the main clause's mention of the sentence stays
        if is_subject or seen is None:
            found[mention.actor] = (is_subject, mention.start)
        elif not found[mention.actor][0]:
            found[mention.actor] = (False, mention.start)
    return found


def latest_org_named(tok: Token, table: ActorTable, lexicon: Lexicon | None = None) -> int:
    """The latest organisation before ``tok`` whose name has its word: "the ministry's spokesman",
    "the company said" after "Siemens Energy Company"; with ``lexicon``, for a word of a company
    ("the company", "management") when no name has it, the one company named before
    (:func:`only_company`); -1 when none."""
    best, best_start = -1, -1
    for mention in table.mentions:  # grouped by actor, not in text order
        if mention.start >= tok.i or mention.start <= best_start:
            continue
        actor = table.actors[mention.actor]
        if actor.type == "ORG" and (tok.lower_ in actor.name.lower().split()
                                    or tok.lower_ in _gazetteer_name_words(actor, lexicon)):
            best, best_start = mention.actor, mention.start
    if best < 0 and lexicon is not None and tok.lower_ in lexicon.company_words:
        return only_company(tok, table, lexicon)
    if best < 0 and lexicon is not None and tok.lower_ in lexicon.kind_heads:
        best = only_of_kind(tok, table, lexicon.kind_heads[tok.lower_])
    if best < 0 and lexicon is not None and tok.lower_ in lexicon.kind_tags:
        best = latest_of_tags(tok, table, lexicon, lexicon.kind_tags[tok.lower_])
    return best


def _gazetteer_name_words(actor: LocalActor, lexicon: Lexicon | None) -> frozenset[str]:
    """The words of the gazetteer's full names of an organisation ("the movement" after "Hamas",
    whose full name is the Islamic Resistance Movement), lower case; none without a gazetteer entry."""
    entry = lexicon.gazetteer_by_id.get(actor.gaz_id) if lexicon is not None and actor.gaz_id else None
    if entry is None:
        return frozenset()
    return frozenset(w for alias in entry.aliases for w in alias.lower().split())


def only_of_kind(tok: Token, table: ActorTable, heads: frozenset[str]) -> int:
    """"the union" after "the International Association of Machinists": the one organisation
    named before ``tok`` whose name has one of ``heads`` (the other head words of its kind,
    [descriptions] kinds); -1 when there is none or several."""
    found = {m.actor for m in table.mentions if m.start < tok.i and table.actors[m.actor].type == "ORG"
             and set(table.actors[m.actor].name.lower().split()) & heads}
    return found.pop() if len(found) == 1 else -1


def latest_of_tags(tok: Token, table: ActorTable, lexicon: Lexicon, tags: frozenset[str]) -> int:
    """"According to Hamas, the group rejects ...", "IG Metall met the employers. The union
    demanded ...": the organisation the gazetteer tags as of the word's kind ([descriptions]
    tagged: an armed group, a union, a bloc), when it is the only one of that kind named before
    ``tok`` and the organisation named last before it; -1 otherwise (another organisation named
    since may be the one meant: "Hamas ... Human Rights Watch said the group ...")."""
    tagged: set[int] = set()
    latest, latest_start = -1, -1
    for mention in table.mentions:  # grouped by actor, not in text order
        actor = table.actors[mention.actor]
        if mention.start >= tok.i or actor.type != "ORG":
            continue
        if mention.start > latest_start:
            latest, latest_start = mention.actor, mention.start
        entry = lexicon.gazetteer_by_id.get(actor.gaz_id) if actor.gaz_id else None
        if entry is not None and tags.intersection(entry.tags):
            tagged.add(mention.actor)
    return latest if tagged == {latest} else -1


def only_company(tok: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """"Boeing met the machinists. Company executives rejected ...", "a proposal from management":
    the one organisation named before ``tok`` that can be a company: one the gazetteer does not
    know (no state body, bloc, armed group) whose name has no head word of another kind of body
    (a union, a party, a ministry, an outlet: [groups] org_heads, [named_bodies] heads, outlets),
    unless the head is a company's own ("Siemens Energy Company"). -1 when there is none or
    several (two companies: which one is not said)."""
    other_kinds = (lexicon.org_heads | lexicon.named_body_heads | lexicon.outlet_heads) - lexicon.company_words
    found: set[int] = set()
    for mention in table.mentions:
        if mention.start >= tok.i or mention.kind not in {"name", "body"}:
            continue
        actor = table.actors[mention.actor]
        words = set(actor.name.lower().split())
        if actor.type != "ORG" or actor.gaz_id or actor.name.lower() in lexicon.outlet_names or words & other_kinds:
            continue
        found.add(mention.actor)
    return found.pop() if len(found) == 1 else -1


def state_of_body(tok: Token, table: ActorTable) -> int:
    """"Government officials said ...", "administration negotiators": a word for a state's
    government ([state_bodies] anaphoric) before a noun for its people stands for the state whose
    body of that word was named before ("the Syrian government", "the government of Kenya"), the
    latest, else for the state the text is about (as "the government" does); -1 when the text
    names no state."""
    doc = tok.doc
    best, best_start = -1, -1
    for mention in table.mentions:  # grouped by actor, not in text order
        if not best_start < mention.start < tok.i or mention.kind != "body" \
                or table.actors[mention.actor].type != "GPE":
            continue
        if any(t.lower_ == tok.lower_ for t in doc[mention.start : mention.end]):
            best, best_start = mention.actor, mention.start
    return best if best >= 0 else state_in_focus(table)


def _antecedent(tok: Token, mentions: list[MentionSpan], starts: list[int], earliest: int, table: ActorTable,
                types: set[str], subjects_only: bool = False, gender: str = "", lexicon: Lexicon | None = None,
                plural: bool = False, singular: bool = False) -> int:
    """The most recent compatible mention before ``tok`` (from token ``earliest`` on), preferring
    subjects; for he/she, people whose given name says otherwise are skipped; for ``plural``
    ("they"), a plural subject ("Striking civil servants say the government has not responded.
    They ...") before a singular one; for ``singular`` ("it"), no group named by a plural noun."""
    doc = tok.doc
    best_subject, best_any, best_plural = -1, -1, -1
    main_subject_at, plural_at = -1, -1
    hi = bisect.bisect_left(starts, tok.i)
    lo = bisect.bisect_left(starts, earliest)
    sents, sent_index = sentences(doc)  # (Token.sent scans the document on every call)
    compatible = []
    for mention in mentions[lo:hi]:
        actor = table.actors[mention.actor]
        if actor.type not in types:
            continue
        if gender and lexicon is not None and _gender_of(actor, lexicon) not in {"", gender}:
            continue
        root = doc[mention.start:mention.end].root
        if gender and lexicon is not None and root.lower_ in lexicon.person_led_bodies:
            continue  # "The Sanders campaign was the first time she ...": a campaign is no he or she
        if singular and actor.type == "GROUP" and root.tag_ not in {"NN", "NNP"}:
            continue  # "the miners" are no "it"
        if plural and actor.type == "PERSON" and not _people_named_together(root, table):
            continue  # one person is no "they"
        compatible.append((mention, root))
    # sentences before the pronoun's whose main clause has a person of the pronoun as its subject
    led = {sent_index[m.start] for m, root in compatible if gender and sent_index[m.start] < sent_index[tok.i]
           and root.dep_ in SUBJECT_DEPS and _main_clause_subject(root)}
    for mention, root in compatible:
        # (a pronoun set after a subject to stress it, "Wolfe himself has conceded", is read as
        # that subject)
        word = root.head if root.dep_ == "appos" and root.pos_ == "PRON" and root.head.dep_ in SUBJECT_DEPS else root
        if _reported_about(word, mention, tok, sent_index) and not _reported_by_no_one(word, mention, tok, gender, table,
                                                                                        sent_index) \
                or sent_index[mention.start] in led and word.dep_ in SUBJECT_DEPS and not _main_clause_subject(word):
            # "Kerry said Lavrov had agreed. He said ...", "Lou said nothing was wrong with Lew's
            # raising it. He ...": the main clause's subject goes on, not the subject of a clause
            # inside its sentence
            best_any = mention.actor
            continue
        if root.dep_ in SUBJECT_DEPS or (root.dep_ in {"conj", "appos"} and root.head.dep_ in SUBJECT_DEPS) or (
                gender and (_owns_subject(root, mention, tok, mentions, starts, table, sent_index)
                            or _unparsed_subject(root))):
            best_subject = mention.actor
            main_subject_at = mention.start if root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT" else -1
            if plural and (root.tag_ in {"NNS", "NNPS"} or root.dep_ == "conj" or any(c.dep_ == "conj" for c in children_of(root))):
                best_plural, plural_at = mention.actor, mention.start
        best_any = mention.actor
    if best_plural >= 0 and main_subject_at >= 0 and sent_index[main_subject_at] > sent_index[plural_at] \
            and sents[sent_index[main_subject_at]].end >= sents[sent_index[tok.i]].start:
        # "The foreign ministers agreed ... The Turkish ministry denounced the conclusions. To
        # resolve differences, they invited ...": the main subject of the sentence just before
        # goes on, over a plural subject named earlier
        return best_subject
    if best_plural >= 0:
        return best_plural
    if best_subject >= 0:
        return best_subject
    return -1 if subjects_only else best_any


def _reported_by_no_one(word: Token, mention: MentionSpan, tok: Token, gender: str, table: ActorTable,
                        sent_index: list[int]) -> bool:
    """Whether a he / she may go on with a person a clause of an earlier sentence is about because
    what reports that clause is a thing or a body, no person: "PBS revealed that the prince
    accepted the blame. Speaking to reporters, he said ..." (the outlet reports; the prince speaks
    next), not "Kerry said Lavrov had agreed. He said ..." (Kerry goes on)."""
    if not gender or sent_index[mention.start] >= sent_index[tok.i]:
        return False
    verb = first_conjunct(first_conjunct(first_conjunct(word).head).head)
    reporter = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
    if reporter is None or reporter.pos_ not in {"NOUN", "PROPN"}:
        return False
    actor = table.actor_at(reporter)
    return actor < 0 or table.actors[actor].type != "PERSON"


def _owns_subject(root: Token, mention: MentionSpan, tok: Token, mentions: list[MentionSpan], starts: list[int],
                  table: ActorTable, sent_index: list[int]) -> bool:
    """Whether a person's mention owns a clause's subject as what a later he / she goes on with:
    in the pronoun's own sentence ("Ms. Merkel's popularity has been dented by her decision"), or
    the main clause's subject of an earlier sentence where no person is a subject ("Trump's role
    is more complicated. Union leaders never trusted him, because he favors X": Trump). Not a
    subject inside what someone says or thinks ("Gingrich said Trump's use of social media helps
    ... he said": Gingrich goes on), nor one beside a person who is a subject ("Like his comments,
    Mr. Graham said, Mr. Trump's jabs were unacceptable. '...,' he said": Graham)."""
    if root.dep_ != "poss" or root.head.dep_ not in SUBJECT_DEPS or root.head.pos_ != "NOUN":
        return False
    sent = sent_index[mention.start]
    if sent == sent_index[tok.i]:
        # (not a pronoun inside what the subject holds: "Team Clinton's contention that he ran
        # well" is a claim about someone else)
        return not root.head.left_edge.i <= tok.i <= root.head.right_edge.i
    if root.head.head.dep_ != "ROOT":
        return False
    doc = tok.doc
    span = sentences(doc)[0][sent]  # (the mentions of that sentence only, found by their starts)
    in_sent = mentions[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]
    return not any(m is not mention and table.actors[m.actor].type == "PERSON"
                   and doc[m.start:m.end].root.dep_ in SUBJECT_DEPS for m in in_sent)


def _unparsed_subject(root: Token) -> bool:
    """A name the parser hung on a main verb that has no subject, before it ("And Obama, for all
    the progress he helped win, seems to agree": "Obama" a modifier of "seems"): the subject."""
    if root.dep_ not in {"npadvmod", "nmod", "dep"} or root.pos_ != "PROPN":
        return False
    sent = sent_of(root)
    verb = sent.root
    if not root.i < verb.i or verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return False
    # the name opens the sentence (after "And", "But") and a comma sets off what follows it
    return all(t.dep_ in {"cc", "punct"} or t.i >= root.left_edge.i for t in root.doc[sent.start:root.i]) \
        and root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == ","


def _people_named_together(root: Token, table: ActorTable) -> bool:
    """Whether a person's mention is one of a subject's coordination naming two people or more
    ("Ted Cruz and John Kasich spoke"), the antecedent a plural pronoun can have among people; not
    names set off after a description ("X and his counterparts, A, B and C, gathered": the
    gathering, named before, goes on)."""
    first = first_conjunct(root)
    if first.dep_ not in SUBJECT_DEPS:
        return False
    people = {table.actor_at(t) for t in (first, *first.conjuncts)} - {-1}
    return sum(table.actors[a].type == "PERSON" for a in people) >= 2


def _reported_about(root: Token, mention: MentionSpan, tok: Token, sent_index: list[int]) -> bool:
    """Whether a mention is the subject of a reported clause (:func:`reported_subject`) that is no
    antecedent of ``tok``: one in an earlier sentence, or in ``tok``'s own when ``tok`` stands
    outside that clause ('He said Zelensky is "..."; however, "...", he added': the reporter)."""
    first = first_conjunct(root)
    if not reported_subject(first):
        return False
    if sent_index[mention.start] < sent_index[tok.i]:
        return True
    # (a verb with its subject right before the clause reports it: not the writer's sentence the parser
    # hung on a quote's trailing cue, 'Mosman saw it differently: "...," he said')
    clause = first_conjunct(first.head)
    doc = root.doc
    k = clause.left_edge.i - 1
    if k > 0 and doc[k].lower_ == "that":
        k -= 1
    return k >= 0 and doc[k].pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS for c in children_of(doc[k])) \
        and tok.i > clause.right_edge.i


def reported_subject(root: Token) -> bool:
    """Whether a mention's head is the subject of a clause that another clause's subject reports
    or thinks ("Kerry said Lavrov had agreed", "Obama told reporters that Putin must withdraw"):
    who the report is about, not who goes on speaking, so no antecedent for a later "he" (the
    reporter, the main clause's subject, is)."""
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = first_conjunct(root.head)
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    # (the reporting verb may share the subject of the verb it is joined to: "He said he was
    # focused on the platform and noted that Wolfe had conceded": "noted" has no subject of its own)
    return any(c.dep_ in SUBJECT_DEPS for c in children_of(first_conjunct(verb.head)))


def _gender_of(actor: LocalActor, lexicon: Lexicon) -> str:
    """"m"/"f" from the person's given name or role word, "" when unknown."""
    role = actor.role.lower()
    if any(w in role for w in lexicon.female_titles):
        return "f"
    first = fold(actor.name.split()[0]) if actor.name.split() and len(actor.name.split()) > 1 else ""
    if first in lexicon.female_names:
        return "f"
    if first in lexicon.male_names:
        return "m"
    return ""
