"""Roles and affiliations from titles and appositions ("U.S. Secretary of State Antony Blinken",
"the foreign ministers of Egypt and Jordan, respectively")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...grammar import POSSESSIVE_ORTH, POST_PREPS
from ...lexicon import GazetteerEntry, Lexicon
from ..syntax import first_conjunct
from ..text import doc_tokens, lower_positions, sent_of, span_text
from .candidates import Builder
from .table import ActorTable


def _title_tokens_left(doc: Doc, end: int, lexicon: Lexicon, actor_tokens: dict[int, str],
                       demonyms: dict[int, GazetteerEntry]) -> list[Token]:
    """Tokens of a title phrase ending just before ``end``: "U.S. Secretary of State"."""
    tokens: list[Token] = []
    i = end - 1
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        if tok.is_space or (tok.is_punct and tok.text not in {"-", "–", "."}):
            break
        if low == "and" and i > 0 and i - 1 in actor_tokens and doc[i - 1].lower_ not in lexicon.title_heads:
            break  # "Germany and Chancellor Angela Merkel": two parties named together, not one title
        if low in lexicon.title_heads or low in lexicon.title_modifiers or i in demonyms:
            tokens.insert(0, tok)
        elif i in actor_tokens and not actor_tokens[i].startswith(("person:", "group:")):
            tokens.insert(0, tok)
        elif tok.orth_ in POSSESSIVE_ORTH and i - 1 >= 0 and (i - 1 in actor_tokens or i - 1 in demonyms):
            tokens.insert(0, tok)
        elif tok.text in {"-", "–"} and tokens:
            tokens.insert(0, tok)
        elif low == "the" and tokens and (tokens[0].lower_ in {"of"} or i > 0 and doc[i - 1].lower_ == "of"
                                          or i > 1 and doc[i - 1].lower_ in POST_PREPS
                                          and _post_of(doc, i - 1, lexicon, actor_tokens)):
            tokens.insert(0, tok)  # "Speaker of the National Assembly", "Ambassador to the United Nations"
        elif low in POST_PREPS and tokens and _post_of(doc, i, lexicon, actor_tokens):
            tokens.insert(0, tok)  # "envoy to Syria": the post is part of the title
        else:
            break
        i -= 1
    while tokens and tokens[0].lower_ in {"of", "and", "the", "-", "–"}:
        tokens = tokens[1:]
    # "the government of President Jacob Zuma": the body belongs to the person, it is no title
    cut = next((k for k, t in enumerate(tokens) if t.lower_ == "of" and k > 0
                and tokens[k - 1].lower_ in lexicon.state_bodies), -1)
    if cut >= 0:
        tokens = tokens[cut + 1 :]
    if not any(t.lower_ in lexicon.title_heads for t in tokens):
        return []
    return tokens


def _posted(tok: Token, lexicon: Lexicon) -> bool:
    """A title head whose "to" or "for" <state or body> names the holder's post ("Ambassador to
    the UN", "Special Envoy for Yemen"): ``posted_heads`` in roles.toml."""
    return tok.lower_ in lexicon.posted_title_heads


def _post_of(doc: Doc, to: int, lexicon: Lexicon, actor_tokens: dict[int, str]) -> bool:
    """Whether the "to" or "for" at ``to`` follows a title head that names a post ("envoy to
    Syria", "Special Envoy for Yemen"), or one with its state after "of" ("Permanent
    Representative of France to the UN")."""
    k = to - 1
    if k >= 0 and doc[k].lower_ != "of" and k in actor_tokens:
        while k >= 0 and (k in actor_tokens or doc[k].lower_ == "the"):
            k -= 1
        if k < 1 or doc[k].lower_ != "of":
            return False
        k -= 1
    return k >= 0 and _posted(doc[k], lexicon)


def _split_title(tokens: list[Token], lexicon: Lexicon, actor_tokens: dict[int, str],
                 demonyms: dict[int, GazetteerEntry], builders: dict[str, Builder]) -> tuple[str, str, str]:
    """(role text, affiliation builder key, affiliation gazetteer id) from title tokens."""
    aff_key, aff_gaz = "", ""
    role_tokens: list[Token] = []
    posted = False
    for tok in tokens:
        if not posted and tok.lower_ in POST_PREPS:
            while len(role_tokens) > 1 and role_tokens[-1].lower_ == "of" and _posted(role_tokens[-2], lexicon):
                role_tokens.pop()  # "Permanent Representative of [France] to the UN"
            posted = bool(role_tokens) and _posted(role_tokens[-1], lexicon)
        if posted:
            # "Ambassador to the United Nations": the state or body after "to" or "for" is the post,
            # kept in the role, never the affiliation
            role_tokens.append(tok)
            continue
        if tok.i in demonyms:
            entry = demonyms[tok.i]
            if not aff_gaz:
                aff_gaz = entry.id
                aff_key = f"gaz:{entry.id}"
            if tok.text in entry.metonyms:
                role_tokens.append(tok)  # "Kremlin spokesman"
            continue
        key = actor_tokens.get(tok.i)
        if key and not key.startswith(("person:", "group:")):
            if not aff_key:
                aff_key = key
                aff_gaz = builders[key].gaz_id if key in builders else ""
            b = builders.get(key)
            # keep metonyms in the role ("Kremlin spokesman"); drop state names ("U.S.")
            if b is not None and any(s <= tok.i < e and kind == "metonym" for s, e, kind in b.spans):
                role_tokens.append(tok)
            elif b is not None and b.type == "ORG" and not b.gaz_id:
                continue
            continue
        if tok.orth_ in POSSESSIVE_ORTH:
            continue
        role_tokens.append(tok)
    while role_tokens and role_tokens[0].lower_ in {"government", "the", "of", "and", "-", "–"}:
        role_tokens = role_tokens[1:]
    while role_tokens and role_tokens[-1].lower_ in {"the", "of", "and", "-", "–"}:
        role_tokens = role_tokens[:-1]  # "Speaker of the [National Assembly]": the body is the affiliation
    role = " ".join(t.text for t in role_tokens).replace(" - ", "-").replace(" – ", "–")
    if role.islower() or len(role_tokens) > 1:
        return role, aff_key, aff_gaz
    return role[:1].upper() + role[1:], aff_key, aff_gaz


def assign_roles(doc, lexicon, builders, order, actor_tokens, demonyms) -> None:
    for key in order:
        b = builders[key]
        if b.type != "PERSON":
            continue
        for start, end, kind in sorted(b.spans):
            if kind != "name":
                continue
            title = _title_tokens_left(doc, start, lexicon, actor_tokens, demonyms)
            appos = None
            if not title and start >= 2 and doc[start - 1].text == ",":
                # "Iran's foreign minister, Mohammad Javad Zarif"
                title = _title_tokens_left(doc, start - 1, lexicon, actor_tokens, demonyms)
                appos = title
            if not title and end < len(doc) - 2 and doc[end].text == ",":
                # "Mike Waltz, the national security adviser,"
                title = _title_tokens_right(doc, end + 1, lexicon, actor_tokens, demonyms)
                appos = title
            of_state = end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in demonyms
            if not title and not of_state:
                continue
            if title and title[0].orth_ in POSSESSIVE_ORTH and title[0].i > 0 and actor_tokens.get(title[0].i - 1) == key:
                continue  # "Sadie Weiner, Hagan's former spokeswoman, Hagan died": no one is their own spokeswoman
            role, aff_key, aff_gaz = _split_title(title, lexicon, actor_tokens, demonyms, builders) if title else ("", "", "")
            if not aff_key and of_state:
                # "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
                entry = demonyms[end + 1]
                aff_key, aff_gaz = f"gaz:{entry.id}", entry.id
            if not aff_key and title and title[0].orth_ in POSSESSIVE_ORTH and title[0].i > 0:
                boss = actor_tokens.get(title[0].i - 1, "")
                if boss.startswith("person:") and boss != key:
                    aff_key = boss  # "Ashton's spokesman": speaks for what Ashton speaks for
            if role and (not b.role or len(role) > len(b.role)):
                b.role = role
            if aff_key and not b.affiliation_key and aff_key != key:
                b.affiliation_key = aff_key
                b.affiliation_gaz = aff_gaz
                if aff_key.startswith("gaz:"):
                    gaz_id = aff_key[4:]
                    entry = lexicon.gazetteer_by_id.get(gaz_id)
                    if entry is not None:
                        builder_for = builders.get(aff_key)
                        if builder_for is None:
                            builders[aff_key] = Builder(key=aff_key, type=entry.type, name=entry.name, gaz_id=gaz_id,
                                                         affiliation_gaz=entry.affiliation)
                            order.append(aff_key)
                            # the demonym/metonym that names it is its mention
                            for tok in title:
                                if tok.i in demonyms and demonyms[tok.i].id == gaz_id:
                                    builders[aff_key].add(tok.i, tok.i + 1, "demonym", tok.text)
                                    break
                            builders[aff_key].acting = True
                        else:
                            builder_for.acting = True
            if not title:
                continue
            if appos is None:
                b.aliases.setdefault(span_text(doc, title[0].i, end), None)
                b.spans.append((title[0].i, start, "title"))
            else:
                lo, hi = (title[0].i, title[-1].i + 1)
                b.spans.append((lo, hi, "title"))


def respectively(doc: Doc, builders, order, actor_tokens, demonyms) -> None:
    """"his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and
    Jean-Yves Le Drian, respectively": the i-th demonym is the i-th person's state."""
    tokens = doc_tokens(doc)
    for i in lower_positions(doc).get("respectively", ()):
        tok = tokens[i]
        sent = sent_of(tok)
        groups: dict[int, list[Token]] = {}
        for t in doc[sent.start : tok.i]:
            if t.i not in demonyms or not demonyms[t.i].is_state or t.dep_ not in {"amod", "conj", "compound", "nmod"}:
                continue
            first = first_conjunct(t)
            groups.setdefault(first.head.i, []).append(t)  # the noun the coordinated adjectives modify
        candidates = [(noun_i, adjs) for noun_i, adjs in groups.items() if len(adjs) >= 2]
        if not candidates:
            continue
        noun_i, adjectives = max(candidates, key=lambda c: c[0])
        noun = doc[noun_i]
        persons: list[str] = []
        for t in doc[adjectives[-1].i + 1 : tok.i]:
            key = actor_tokens.get(t.i, "")
            if key.startswith("person:") and key not in persons:
                persons.append(key)
        if len(persons) != len(adjectives):
            continue
        role = noun.lemma_.lower()
        if role == "counterpart":
            # "X and his counterparts": X's role, X being the nearest titled person before
            before = [(max(st for st, _, _ in b.spans if st < noun.i), b.role) for b in builders.values()
                      if b.type == "PERSON" and b.role and any(st < noun.i for st, _, _ in b.spans)]
            role = max(before)[1] if before else ""
        for adjective, key in zip(adjectives, persons):
            b = builders[key]
            entry = demonyms[adjective.i]
            if not b.affiliation_key:
                aff_key = f"gaz:{entry.id}"
                b.affiliation_key, b.affiliation_gaz = aff_key, entry.id
                if aff_key not in builders:
                    builders[aff_key] = Builder(key=aff_key, type=entry.type, name=entry.name, gaz_id=entry.id,
                                                 affiliation_gaz=entry.affiliation)
                    order.append(aff_key)
                    builders[aff_key].add(adjective.i, adjective.i + 1, "demonym", adjective.text)
                builders[aff_key].acting = True
            if role and not b.role:
                b.role = role


def _title_tokens_right(doc: Doc, start: int, lexicon: Lexicon, actor_tokens, demonyms) -> list[Token]:
    i = start
    if i < len(doc) and doc[i].lower_ in {"the", "a", "an"}:
        i += 1
    tokens = []
    while i < len(doc) and doc[i].text not in {",", ".", ";", ":", "(", ")"} and not doc[i].is_space:
        tok = doc[i]
        if (tok.lower_ in lexicon.title_heads or tok.lower_ in lexicon.title_modifiers or i in demonyms
                or i in actor_tokens and not actor_tokens[i].startswith(("person:", "group:"))
                or tok.orth_ in POSSESSIVE_ORTH or tok.lower_ in {"of", "the", "and", "-", "–"}
                or tok.lower_ in POST_PREPS and _post_of(doc, i, lexicon, actor_tokens)):  # "..., the envoy to Syria,"
            tokens.append(tok)
            i += 1
            continue
        return []
    if not tokens or tokens[-1].lower_ not in lexicon.title_heads and not any(
        t.lower_ in lexicon.title_heads for t in tokens
    ):
        return []
    return tokens


def inherit_affiliations(table: ActorTable) -> None:
    """"Ashton's spokesman" speaks for what Ashton speaks for."""
    for idx, actor in enumerate(table.actors):
        aff = actor.affiliation
        if aff >= 0 and table.actors[aff].type == "PERSON":
            boss = table.actors[aff]
            table.actors[idx] = actor._replace(affiliation=boss.affiliation, affiliation_gaz=boss.affiliation_gaz)
        if table.actors[idx].affiliation < 0 and table.actors[idx].affiliation_gaz:
            gaz = table.actors[idx].affiliation_gaz
            for j, other in enumerate(table.actors):
                if other.gaz_id == gaz and j != idx:
                    table.actors[idx] = table.actors[idx]._replace(affiliation=j)
                    break


def _legislature(actor, lexicon: Lexicon) -> bool:
    """An organisation named by a legislature's word: "Congress", "the House of Representatives"
    (the head before "of"), not "the House Intelligence Committee"."""
    words = actor.name.lower().split()
    head = words[: words.index("of")] if "of" in words else words
    return actor.type == "ORG" and bool(head) and head[-1] in lexicon.legislature_bodies


def _names_legislature(role: str, lexicon: Lexicon) -> bool:
    """A role naming a chamber ("Speaker of the House", "Senate Minority Leader"), or a bare
    legislator's title ("Senator"; not "Special Representative", an envoy)."""
    words = role.lower().replace("-", " ").split()
    return any(w in lexicon.legislature_bodies for w in words) or len(words) == 1 and words[0] in lexicon.legislator_titles


def _deputy_of(role: str, lexicon: Lexicon) -> str:
    """"vice president" -> "president", "deputy prime minister" -> "prime minister"."""
    words = role.lower().replace("-", " ").split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in lexicon.deputy_words else ""


def stated_affiliations(doc: Doc, table: ActorTable, lexicon: Lexicon) -> None:
    """Affiliations the title states with the rest of the document, for people who have none:
    a legislator's chamber ("the Speaker of the House", "Senate Minority Leader X") is the one
    legislature the document names; "the Vice President" speaks for what the document's one
    President speaks for; a bare "leader X" right after the one organisation of its sentence
    belongs to it. Call after the table is indexed."""
    actors = table.actors
    legislatures = [i for i, a in enumerate(actors) if _legislature(a, lexicon)]
    for idx, actor in enumerate(actors):
        if actor.type != "PERSON" or actor.affiliation >= 0 or actor.affiliation_gaz or not actor.role:
            continue
        role = actor.role.lower()
        target = -1
        if len(legislatures) == 1 and legislatures[0] != idx and _names_legislature(role, lexicon):
            target = legislatures[0]
        elif (head := _deputy_of(role, lexicon)):
            bosses = {(a.affiliation, a.affiliation_gaz) for a in actors
                      if a.type == "PERSON" and a.role.lower() == head and (a.affiliation >= 0 or a.affiliation_gaz)}
            if len(bosses) == 1:
                aff, gaz = bosses.pop()
                if aff >= 0:
                    target = aff
                else:
                    actors[idx] = actor._replace(affiliation_gaz=gaz)
                    continue
        elif role in lexicon.bare_leaders:
            target = _organisation_before(doc, table, idx, lexicon)
        if target >= 0:
            actors[idx] = actor._replace(affiliation=target, affiliation_gaz=actors[target].gaz_id)


def _organisation_before(doc: Doc, table: ActorTable, idx: int, lexicon: Lexicon) -> int:
    """The one organisation (no state, no outlet) named in the sentence of a person's first name
    mention, before it; -1 if none or several."""
    names = sorted(m.start for m in table.mentions if m.actor == idx and m.kind == "name")
    if not names:
        return -1
    sent = sent_of(doc[names[0]])
    found = {m.actor for m in table.mentions
             if sent.start <= m.start < names[0] and m.actor != idx and m.kind in {"name", "gaz"}
             and table.actors[m.actor].type == "ORG"
             and table.actors[m.actor].name.lower().split()[-1] not in lexicon.outlet_heads
             and table.actors[m.actor].name.lower() not in lexicon.outlet_names}
    return found.pop() if len(found) == 1 else -1
