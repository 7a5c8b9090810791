"""Roles and affiliations from titles and appositions ("U.S. Secretary of State Antony Blinken",
"the foreign ministers of Egypt and Jordan, respectively")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...grammar import POSSESSIVE_ORTH
from ...lexicon import GazetteerEntry, Lexicon
from ..text import sent_of, span_text
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
        if low in lexicon.title_heads or low in lexicon.title_modifiers or i in demonyms:
            tokens.insert(0, tok)
        elif i in actor_tokens and not actor_tokens[i].startswith(("person:", "group:")):
            tokens.insert(0, tok)
        elif tok.orth_ in POSSESSIVE_ORTH and i - 1 >= 0 and (i - 1 in actor_tokens or i - 1 in demonyms):
            tokens.insert(0, tok)
        elif tok.text in {"-", "–"} and tokens:
            tokens.insert(0, tok)
        elif low == "the" and tokens and tokens[0].lower_ in {"of"}:
            tokens.insert(0, tok)
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


def _split_title(tokens: list[Token], lexicon: Lexicon, actor_tokens: dict[int, str],
                 demonyms: dict[int, GazetteerEntry], builders: dict[str, Builder]) -> tuple[str, str, str]:
    """(role text, affiliation builder key, affiliation gazetteer id) from title tokens."""
    aff_key, aff_gaz = "", ""
    role_tokens: list[Token] = []
    for tok in tokens:
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
    for tok in doc:
        if tok.lower_ != "respectively":
            continue
        sent = sent_of(tok)
        groups: dict[int, list[Token]] = {}
        for t in doc[sent.start : tok.i]:
            if t.i not in demonyms or not demonyms[t.i].is_state or t.dep_ not in {"amod", "conj", "compound", "nmod"}:
                continue
            first = t
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
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
                or tok.orth_ in POSSESSIVE_ORTH or tok.lower_ in {"of", "the", "and", "-", "–"}):
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
