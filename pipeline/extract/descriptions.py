"""Unnamed speakers and holders: "a Syrian diplomat", "a senior U.S. official", "officials in
Beijing", "the ministry's spokesman", "a spokesman" after a sentence naming the ministry.

The annotation conventions credit what an unnamed official says, and the positions they state,
to the state or organisation they speak for, when the text names it; the description itself is
never an actor. So a description becomes a mention (kind ``description``) of that state or
organisation, and quotes keep its words as their ``speaker_description``. A description whose
affiliation the text does not give is left alone: its speaker stays unknown.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammar import OWNER_PREPS, PERSON_PRONOUNS, SUBJECT_DEPS
from ..lexicon import GazetteerEntry, Lexicon
from ..records import LocalActor
from .actors import ActorTable, MentionSpan
from .actors.officeholders import office_roles, role_holder, unplaced_holder
from .actors.table import actor_for_entry  # noqa: F401  (titles and transcripts import it from here)
from .actors.references import latest_org_named, person_subject_before, quoted_tokens, state_of_body
from .syntax import children_of, lefts_of, rights_of
from .text import clean_space, doc_tokens, lower_positions, positions, sent_of

# Dependency labels of the words that name whom a description speaks for.
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# How far back "a spokesman" looks for the organisation it speaks for, in sentences.
_LOOKBACK_SENTENCES = 2


def gazetteer_entry(text: str, lexicon: Lexicon) -> GazetteerEntry | None:
    """The gazetteer entry a surface form names: a name, alias, metonym or demonym."""
    key = text.strip()
    entry = lexicon.gazetteer_forms.get(key)
    if entry is None:
        entry = lexicon.gazetteer_demonyms.get(key)
    return entry


def is_description_head(token: Token, lexicon: Lexicon) -> bool:
    """"official", "diplomat", "spokesman" ... used as a common noun (not a title before a name)."""
    if token.lower_ not in lexicon.description_heads or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.dep_ in {"appos", "compound", "nsubj", "ROOT", "flat"}:
        return False  # "spokesman Dmitry Peskov": a title, the name speaks
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(token)):
        return False  # "a spokesman, John Kirby, said"
    return token.head.ent_type_ != "PERSON" or token.dep_ not in {"compound", "appos"}


def owner_in_phrase(token: Token, lexicon: Lexicon, table: ActorTable) -> tuple[int, int]:
    """(actor, end of the phrase) when the description's own words name its owner:
    "a Syrian diplomat", "the State Department spokesman", "Russia's envoy", "officials in
    Beijing", "a spokesman for the ministry"; for a report, "a White House readout"."""
    doc = token.doc
    for child in sorted((c for c in lefts_of(token) if c.dep_ in _OWNER_DEPS), key=lambda c: -c.i):
        for tok in sorted(child.subtree, key=lambda t: -t.i):
            actor = _owner_of(tok, lexicon, table)
            if actor >= 0:
                return actor, token.i + 1
    # "sources close to Hamas": the party they are close to
    close = [p for a in rights_of(token) if a.dep_ == "amod" and a.lower_ == "close"
             for p in children_of(a) if p.dep_ == "prep" and p.lower_ == "to"]
    for prep in [*rights_of(token), *close]:
        if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS and prep not in close:
            continue
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        for tok in [obj, *sorted(lefts_of(obj), key=lambda t: -t.i)]:
            actor = _owner_of(tok, lexicon, table)
            if actor >= 0:
                end = obj.i + 1
                while end <= obj.right_edge.i and not doc[end].is_punct \
                        and not (doc[end].dep_ == "cc" and doc[end].head.i == obj.i):
                    end += 1  # "the ministry of public service", not its bracketed acronym or clause,
                    # nor the second party of "negotiators from Israel and Hamas"
                return actor, end
    return -1, token.i + 1


def _owner_of(tok: Token, lexicon: Lexicon, table: ActorTable) -> int:
    """The state or organisation a word names, through the table or the gazetteer; a common
    noun such as "ministry" names the latest organisation before it whose name has it; a word of
    a group apart from its state ("the Syrian opposition": :func:`_stateless_group`) that group."""
    actor = table.actor_at(tok)
    if actor >= 0 and table.actors[actor].type in {"ORG", "GPE"}:
        return actor
    if actor >= 0 and table.actors[actor].type == "PERSON":
        return -1  # a person is no owner here; a people ("Ugandan") names its state
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lexicon.stateless_groups:
        return _stateless_group(tok, table)  # "a Syrian opposition official": the opposition's, not Syria's
    bare = actor >= 0 and table.actors[actor].type == "GROUP" and table.actors[actor].name.lower() in {
        tok.lower_, f"the {tok.lower_}"}  # "negotiators for the union": maybe the union named before
    if actor >= 0 and table.actors[actor].type == "GROUP" and not bare and not any(
            m.actor == actor and m.start <= tok.i < m.end and m.start <= tok.head.i < m.end for m in table.mentions):
        return -1  # nor a group named apart; but the state named inside one ("Japanese delegates") is
    doc = tok.doc
    for length in (3, 2, 1):  # "United Nations", "State Department", "Syrian"
        lo = max(0, tok.i - length + 1)
        entry = gazetteer_entry(doc[lo : tok.i + 1].text, lexicon)
        if entry is not None:
            return actor_for_entry(table, entry, doc[lo].idx)
    # a bare word, whose own modifiers name no one ("Obama administration officials", "Democratic
    # party officials" are the administration's and the party's, not a state's or another party's)
    bare_word = not any(c.dep_ in _OWNER_DEPS for c in lefts_of(tok))
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lexicon.anaphoric_bodies and tok.i < tok.head.i \
            and tok.dep_ in {"compound", "amod", "nmod", "poss"} and bare_word:
        # "Government officials said", "administration negotiators", "the government's envoys":
        # the organisation named before whose name has the word ("the Obama administration ...
        # administration officials"), else the state, as "the government" alone is
        found = latest_org_named(tok, table)
        return found if found >= 0 else state_of_body(tok, table)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lexicon.possessed_bodies | lexicon.description_bodies:
        found = latest_org_named(tok, table, lexicon if bare_word else None)
        return found if found >= 0 else _body_of(tok, table)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in lexicon.referring_bodies | lexicon.company_words and bare_word:
        # "negotiators for the union", "company executives": the organisation named before whose
        # name has the word (for a company's word, the one company)
        return latest_org_named(tok, table, lexicon)
    return -1


def _stateless_group(tok: Token, table: ActorTable) -> int:
    """The group a word standing apart from the state names ("the Syrian opposition", "Syrian
    rebels": groups.toml `stateless`), with the words before it: the group of the table of that
    name, else a new one; -1 for the word alone, which names no owner apart from the description
    ("Opposition negotiators", "rebel delegates" stay the description's own group)."""
    doc, start = tok.doc, tok.left_edge.i
    while start > 0 and doc[start - 1].head.i in (tok.i, tok.head.i) and doc[start - 1].dep_ in _OWNER_DEPS - {"poss"} \
            and (doc[start - 1].ent_type_ or doc[start - 1].pos_ == "PROPN"):
        # "a Venezuelan opposition spokesman": the demonym hung on the head noun; the head noun's
        # own words are not the group's ("a senior Syrian opposition official": "senior" stays out)
        start -= 1
    words = [t.text for t in doc[start : tok.i + 1] if t.dep_ != "det" and not t.is_punct]
    name = " ".join(words)
    if len(words) < 2:
        return -1  # "rebel delegates": no state named beside it, the description's own group stands
    return _actor_named(table, name, "GROUP", doc[start].idx, article=True)


def _body_of(tok: Token, table: ActorTable) -> int:
    """"a senior official at the ministry of public service": the body its words name, an
    organisation of its own ("Ministry of Public Service") when the text writes it in lower case."""
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return -1
    words = [t.text for t in tok.doc[tok.i : obj.i + 1] if not t.is_punct]
    name = " ".join(w if w.lower() in {"of", "and", "for"} else w[:1].upper() + w[1:] for w in words)
    return _actor_named(table, name, "ORG", tok.idx)


def _actor_named(table: ActorTable, name: str, kind: str, first_char: int, article: bool = False) -> int:
    """The actor of type ``kind`` the table names ``name`` (case aside; with ``article``, a leading
    "the " of the table's name aside too), else a new one the description alone names (no mention
    of its own)."""
    for idx, actor in enumerate(table.actors):
        known = actor.name.lower()
        if actor.type == kind and (known.removeprefix("the ") if article else known) == name.lower():
            return idx
    table.actors.append(LocalActor(name=name, type=kind, mentions=0, first_char=first_char))
    return len(table.actors) - 1


def _latest_speaking_body(doc: Doc, token: Token, table: ActorTable) -> int:
    """"The State Department dismissed the report. A spokesman said ...": the organisation (or
    state) that is a subject in the sentences just before."""
    sent = sent_of(token)
    lo_sent = sent
    for _ in range(_LOOKBACK_SENTENCES):
        if lo_sent.start == 0:
            break
        lo_sent = sent_of(doc[lo_sent.start - 1])
    best = -1
    for mention in sorted(table.mentions, key=lambda m: m.start):
        if not lo_sent.start <= mention.start < token.i:
            continue
        actor = table.actors[mention.actor]
        root = doc[mention.start : mention.end].root
        if actor.type in {"ORG", "GPE"} and root.dep_ in {"nsubj", "nsubjpass"}:
            best = mention.actor
    return best


def _same_description_before(doc: Doc, token: Token, table: ActorTable) -> int:
    """'A U.S. official said ... The official said ...': a definite description that names no
    affiliation of its own ("the official", "the diplomats") goes on with the nearest description
    of the same word in the sentences just before: the same unnamed official, speaking for the
    same state or organisation."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts_of(token)) \
            or any(c.dep_ in _OWNER_DEPS for c in lefts_of(token)):
        return -1
    lo_sent = sent_of(token)
    for _ in range(_LOOKBACK_SENTENCES):
        if lo_sent.start == 0:
            break
        lo_sent = sent_of(doc[lo_sent.start - 1])
    earlier = [m for m in table.mentions if m.kind == "description" and lo_sent.start <= m.start and m.end <= token.i
               and any(t.lower_ == token.lower_ for t in doc[m.start : m.end])]
    return max(earlier, key=lambda m: m.start).actor if earlier else -1


def add_description_mentions(doc: Doc, lexicon: Lexicon, table: ActorTable) -> None:
    """Make every unnamed-official description whose affiliation the text gives a mention of
    that state or organisation (kind ``description``). Call ``table.index()`` afterwards."""
    tokens = doc_tokens(doc)
    for i in positions(lower_positions(doc), lexicon.description_heads):
        tok = tokens[i]
        if not is_description_head(tok, lexicon):
            continue  # (its word is a head: the first test of is_description_head, passed)
        current = table.actor_at(tok)
        if current >= 0 and table.actors[current].type != "GROUP":
            body = next((m for m in table.mentions if m.start <= tok.i < m.end and m.actor == current), None)
            if body is not None and body.kind == "body":
                # "Chinese officials": already the state's; kept as a description too
                table.mentions.append(MentionSpan(body.start, body.end, current, "description"))
            continue  # else a title of a known person
        actor, end = owner_in_phrase(tok, lexicon, table)
        if actor < 0:
            actor, end = _same_description_before(doc, tok, table), tok.i + 1
        if actor < 0 and tok.lower_ in lexicon.spokesperson_heads and not any(
                c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN"} for c in lefts_of(tok)):
            actor = _latest_speaking_body(doc, tok, table)
        if actor < 0:
            continue
        actor = _named_holder(tok, actor, table, lexicon)
        start = min([tok.i] + [c.left_edge.i for c in lefts_of(tok) if c.dep_ != "punct"])
        table.mentions.append(MentionSpan(start, end, actor, "description"))
        table.actors[actor] = table.actors[actor]._replace(acting=True, mentions=table.actors[actor].mentions + 1)


def add_described_pronouns(doc: Doc, lexicon: Lexicon, table: ActorTable) -> None:
    """"The Egyptian president met the envoy on Tuesday. He called for a truce.": a "he"/"she"
    subject that no named person answers (no mention of its own), whose nearest subject before it
    (the subject of its sentence's main verb, in its sentence or the one before) is an unnamed
    official of a state or organisation (a ``description`` mention with a singular head, or a
    ``body`` one headed by a title: "the Egyptian president"), is that official's party, as the
    description is (gold README, "Unnamed speakers and holders"). Pronouns inside quotation marks
    are left alone, as :func:`.actors.references.refer` leaves them. Call ``table.index()``
    afterwards."""
    people = lexicon.description_heads | lexicon.title_heads
    described = [m for m in table.mentions if m.kind == "description"
                 or m.kind == "body" and doc[m.end - 1].lower_ in people]
    if not described:
        return
    taken = {i for m in table.mentions for i in range(m.start, m.end)}
    in_quote = quoted_tokens(doc)
    tokens = doc_tokens(doc)
    for i in positions(lower_positions(doc), PERSON_PRONOUNS):
        tok = tokens[i]
        if tok.dep_ not in SUBJECT_DEPS or i in taken or i in in_quote:
            continue
        sent = sent_of(tok)
        earliest = sent_of(doc[sent.start - 1]).start if sent.start > 0 else 0
        for k in range(tok.i - 1, earliest - 1, -1):
            before = doc[k]
            if before.dep_ not in SUBJECT_DEPS or before.pos_ not in {"NOUN", "PROPN", "PRON"} \
                    or before.head.dep_ not in {"ROOT", "conj"}:
                continue  # (not "the talks" of "the official said the talks were useful")
            mention = next((m for m in described if m.start <= k < m.end), None)
            if mention is not None and (before.tag_ in {"NN", "NNP"} or mention.kind == "pronoun") \
                    and table.actors[mention.actor].type in {"GPE", "ORG"}:
                added = MentionSpan(tok.i, tok.i + 1, mention.actor, "pronoun")
                table.mentions.append(added)
                # "A senior official spoke to reporters. She said ... She also rejected ...": the
                # official's "she" goes on
                described.append(added)
            break  # the nearest subject decides


def _named_holder(head: Token, owner: int, table: ActorTable, lexicon: Lexicon) -> int:
    """"North Korea's top negotiator" is Kim Myong Gil when the text names one person of North
    Korea with that role ("Washington's top diplomat": the one of that office, its secretary of
    state); "the Iranian diplomat" right after a sentence whose subject is Iran's Araghchi is
    Araghchi (see :func:`person_subject_before`); else the description stays the owner's."""
    if head.tag_ in {"NNS", "NNPS"}:
        return owner
    offices = office_roles(head, lexicon)
    person = role_holder(table, head.lower_, body=owner, gaz=table.actors[owner].gaz_id, offices=offices)
    if person < 0 and offices and table.actors[owner].type == "GPE":
        person = unplaced_holder(table, offices)
    if person < 0 and any(c.dep_ == "det" and c.lower_ == "the" for c in lefts_of(head)):
        # 'Iran's Araghchi said ... The Iranian diplomat added ...': the person just named goes on
        person = person_subject_before(head, table, lexicon, body=owner, gaz=table.actors[owner].gaz_id)
    return person if person >= 0 else owner


def description_of(token: Token | None, table: ActorTable) -> str:
    """The words of the description mention that ``token`` belongs to ("a senior U.S. official"),
    or "" when the token is no description (a name, a pronoun, a title of a named person)."""
    if token is None:
        return ""
    doc = token.doc
    for mention in table.mentions:
        if mention.kind == "description" and mention.start <= token.i < mention.end:
            return clean_space(_trim(doc[mention.start : mention.end]).text)
    return ""


def _trim(span: Span) -> Span:
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span
