"""Actor mentions, their clusters, roles, affiliations and references within one document.

Pure functions from a parsed ``Doc`` (and the lexicon) to ``ActorTable``: the document's local
actors and every token span that refers to one of them (names, metonyms, demonyms, titles,
pronouns). Quotation and stance extraction name their speakers and holders through it.

Why rules and not a coreference model: no coreference package for spaCy 3.8 runs offline, and
speaker/holder resolution in news is dominated by a few patterns (surname after full name,
"the president" after "President X", "he said" after a quote) that rules on the parse get right.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..lexicon import GazetteerEntry, Lexicon
from ..records import LocalActor
from ..grammar import (
    ACTING_DEPS,
    AGENTIVE_PREPS,
    LOCATIVE_PREPS,
    NEUTER_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_ORTH,
    SUBJECT_DEPS,
    SURNAME_PARTICLES,
)
from .text import fold, fold_name_token, sent_of, sentences, span_text, strip_span



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


# ---------------------------------------------------------------------------------------------
# Gazetteer matching
# ---------------------------------------------------------------------------------------------


class _GazForm(NamedTuple):
    entry: GazetteerEntry
    form: str  # name | alias | metonym | demonym_adj | demonym_plural


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, dict[int, _GazForm]]] = {}


def _gazetteer_matcher(lexicon: Lexicon, vocab: Vocab) -> tuple[PhraseMatcher, dict[int, _GazForm]]:
    """A PhraseMatcher over every gazetteer form, built once per (lexicon, vocab)."""
    cache_key = (id(lexicon), id(vocab))
    if cache_key in _MATCHERS:
        return _MATCHERS[cache_key]
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    forms: dict[int, _GazForm] = {}
    for entry in lexicon.gazetteer:
        items = [(entry.name, "name")] + [(a, "alias") for a in entry.aliases]
        items += [(m, "metonym") for m in entry.metonyms]
        for demonym in entry.demonyms:
            plural = demonym.endswith("s") and not demonym.endswith(("ss", "ese", "ish"))
            items.append((demonym, "demonym_plural" if plural else "demonym_adj"))
        for text, form in items:
            key = f"{entry.id}|{form}|{text}"
            match_id = vocab.strings.add(key)
            forms[match_id] = _GazForm(entry, form)
            matcher.add(key, [tokenizer(text)])
    _MATCHERS[cache_key] = (matcher, forms)
    return matcher, forms


def gazetteer_spans(doc: Doc, lexicon: Lexicon) -> list[tuple[Span, _GazForm]]:
    """Gazetteer matches in ``doc``, longest first, no overlaps."""
    if not lexicon.gazetteer:
        return []
    matcher, forms = _gazetteer_matcher(lexicon, doc.vocab)
    found = {}
    for match_id, start, end in matcher(doc):
        found[(start, end)] = (doc[start:end], forms[match_id])
    kept = filter_spans([span for span, _ in found.values()])
    return [(span, found[(span.start, span.end)][1]) for span in kept]


# ---------------------------------------------------------------------------------------------
# Candidate mentions
# ---------------------------------------------------------------------------------------------


@dataclass
class _Builder:
    key: str
    type: str
    name: str
    gaz_id: str = ""
    aliases: dict[str, None] = field(default_factory=dict)
    role: str = ""
    affiliation_key: str = ""
    affiliation_gaz: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    acting: bool = False
    surname: str = ""
    full_tokens: tuple[str, ...] = ()

    def add(self, start: int, end: int, kind: str, alias: str = "") -> None:
        self.spans.append((start, end, kind))
        if alias[:4].lower() == "the ":
            alias = alias[4:]
        if alias and alias != self.name:
            self.aliases.setdefault(alias, None)


def _is_title_word(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in lexicon.title_heads or token.lower_ in lexicon.title_modifiers


def _title_like_org(span: Span, lexicon: Lexicon) -> bool:
    """An ORG the NER cut out of a title ("State" in "Secretary of State", "National Security")."""
    words = [t for t in span if not t.is_punct and t.lower_ not in {"the", "of"}]
    return bool(words) and all(_is_title_word(t, lexicon) for t in words)


def _person_name_tokens(span: Span, lexicon: Lexicon) -> list[Token]:
    tokens = [t for t in span if not t.is_punct or t.text in {"-", "–"}]
    while tokens and (tokens[0].lower_ in lexicon.honorifics or tokens[0].lower_ in lexicon.title_heads
                      or tokens[0].lower_ in {"the", "a"}):
        tokens = tokens[1:]
    while tokens and (tokens[-1].orth_ in POSSESSIVE_ORTH or tokens[-1].text in {"-", "–"}
                      or tokens[-1].lower_ in {"of", "and"}):
        tokens = tokens[:-1]
    return tokens


def _surname_key(tokens: list[str]) -> str:
    """Folded surname with its particles ("De la Calle" -> "de la calle", "el-Sisi" -> "sisi")."""
    words = [w for w in tokens if w not in {"-", "–"}]
    if not words:
        return ""
    last = [words[-1]]
    i = len(words) - 2
    while i >= 1 and fold(words[i]) in SURNAME_PARTICLES:
        last.insert(0, words[i])
        i -= 1
    folded = [fold_name_token(w) for w in last]
    while len(folded) > 1 and folded[0] in SURNAME_PARTICLES:
        folded = folded[1:]
    return " ".join(folded)


def _display(span: Span) -> str:
    text = span.text
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    text = " ".join(text.split()).strip(" ,;:")
    # keep the period of an abbreviation ("U.S."), drop a sentence's
    if text.endswith(".") and not (len(text) >= 2 and text[-2].isupper() and "." in text[:-1]):
        text = text[:-1]
    return text


def _is_locative(span: Span) -> bool:
    """A place reference: object of a locative preposition, or modifier of a non-party noun."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    if root.dep_ in {"compound", "amod", "nmod", "npadvmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return True
    return False


def _is_acting(span: Span) -> bool:
    """A mention that acts or speaks: subject, agent, possessor, party in a coordination."""
    root = span.root
    dep = root.dep_
    if dep in SUBJECT_DEPS or dep == "poss":
        return True
    if dep == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    if dep == "pobj" and root.head.lower_ in {"between", "with", "by"}:
        return True
    if dep == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True  # "according to Washington"
    if dep in {"compound", "nmod"} and root.head.lemma_.lower() in VOICE_NOUNS:
        return True  # "under Kremlin review", "a Kremlin spokesman", "the White House statement"
    if dep == "conj":
        first = root
        while first.dep_ == "conj":
            first = first.head
        return first.dep_ in SUBJECT_DEPS or first.dep_ == "poss"
    if dep == "appos":
        return root.head.dep_ in SUBJECT_DEPS
    return False


def extract_actor_table(doc: Doc, lexicon: Lexicon) -> ActorTable:
    """Find the document's actors and every span referring to them.

    Args:
        doc: a parsed Doc with entities.
        lexicon: the language tables (gazetteer, titles, state bodies, groups).

    Returns:
        The local actors (persons, organisations, states, groups) with aliases, role and
        affiliation, and their mention spans including titles and pronouns.
    """
    builders: dict[str, _Builder] = {}
    order: list[str] = []
    taken = [False] * len(doc)
    person_surnames: dict[str, list[str]] = {}

    def builder(key: str, **kw: object) -> _Builder:
        if key not in builders:
            builders[key] = _Builder(key=key, **kw)  # type: ignore[arg-type]
            order.append(key)
        return builders[key]

    def take(start: int, end: int) -> None:
        for i in range(start, end):
            taken[i] = True

    # 1. Gazetteer: states, organisations, their metonyms and demonyms.
    demonym_adjs: list[tuple[Span, GazetteerEntry]] = []
    gaz_tokens: dict[int, GazetteerEntry] = {}
    for span, gform in gazetteer_spans(doc, lexicon):
        entry, form = gform.entry, gform.form
        for tok in span:
            gaz_tokens[tok.i] = entry
        if form == "demonym_adj":
            demonym_adjs.append((span, entry))
            continue
        if form in {"metonym", "demonym_plural"} and not _is_acting(span):
            # "talks in Moscow", "the sacrifices of Ukrainians" as places or people, not the party
            take(span.start, span.end)
            continue
        b = builder(f"gaz:{entry.id}", type=entry.type, name=entry.name, gaz_id=entry.id)
        b.affiliation_gaz = entry.affiliation
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
        b.add(start, span.end, "gaz" if form in {"name", "alias"} else form, _display(span))
        if entry.type != "GPE" or not _is_locative(span) or form != "name" and form != "alias":
            b.acting = b.acting or entry.type != "GPE" or _is_acting(span) or not _is_locative(span)
        take(span.start, span.end)

    # 2. State bodies: "the Syrian government", "the government of Syria", "the American side".
    _state_bodies(doc, lexicon, demonym_adjs, builders, builder, taken)

    # 3. Named entities the gazetteer does not know.
    demonym_tokens = {t.i: entry for span, entry in demonym_adjs for t in span}

    def add_person(tokens: list[Token]) -> None:
        words = [t.text for t in tokens]
        surname = _surname_key(words)
        full = tuple(fold_name_token(w) for w in words if w not in {"-", "–"})
        key = _person_key(full, surname, person_surnames, builders)
        display = span_text(doc, tokens[0].i, tokens[-1].i + 1).replace(" - ", "-").replace(" – ", "–")
        if display.isupper() and len(display) > 3:
            display = display.title()  # transcript labels and headlines in capitals
        b = builder(key, type="PERSON", name=display, surname=surname, full_tokens=full)
        if len(full) > len(b.full_tokens):
            b.aliases.setdefault(b.name, None)
            b.name, b.full_tokens = display, full
        b.add(tokens[0].i, tokens[-1].i + 1, "name", display)
        b.acting = True
        take(tokens[0].i, tokens[-1].i + 1)

    # 3a. After a capitalised title come names ("Presidents Muhammadu Buhari of Nigeria and
    # Patrice Talon of Benin"), whatever the NER guessed for them.
    for tok in doc:
        if tok.lower_.rstrip("s") in lexicon.title_heads and tok.text[:1].isupper() and not taken[tok.i]:
            for name in _names_after_title(doc, tok, taken, lexicon):
                if not any(t.ent_type_ in {"GPE", "NORP", "LOC", "FAC", "DATE"} for t in name):
                    add_person(name)

    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        if any(taken[i] for i in range(ent.start, ent.end)):
            continue
        span = strip_span(ent)
        if len(span) == 0 or not any(t.is_alpha for t in span):
            continue
        label = ent.label_
        if label == "NORP" and all(t.i in demonym_tokens for t in span if t.is_alpha):
            continue  # "Ukrainian": an adjective, read as an affiliation
        before = doc[span.start - 1] if span.start > 0 else None
        if label != "PERSON" and _looks_like_name(span) and (
                (before is not None and before.lower_ in lexicon.title_heads)
                or (len(span) >= 2 and fold(span[0].text) in lexicon.female_names | lexicon.male_names)):
            label = "PERSON"  # "Foreign Minister Nikos Christodoulides" or "Nikos Christodoulides" tagged ORG
        if label == "ORG" and (_title_like_org(span, lexicon) or not any(t.text[:1].isupper() for t in span)):
            continue
        if label == "PERSON" and (_is_place_list(span) or any(
                t.is_alpha and t.text[:1].islower() and fold(t.text) not in SURNAME_PARTICLES for t in span)):
            continue  # "per cubic meter": a name has no lower-case words but particles (de, van, al)
        if label == "PERSON":
            tokens = [t for t in _person_name_tokens(span, lexicon) if t.i not in demonym_tokens]
            if not tokens:
                continue
            after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
            if after is not None and after.orth_ in POSSESSIVE_ORTH and after.i + 1 < len(doc):
                after = doc[after.i + 1]
            if after is not None and after.lower_ in PERSON_BODIES:
                # "the Trump administration": an organisation named after its leader
                lo = tokens[0].i - 1 if tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the" else tokens[0].i
                name = f"{span_text(doc, tokens[0].i, tokens[-1].i + 1)} {after.lower_}"
                b = builder("org:" + fold(name), type="ORG", name=name)
                b.add(lo, after.i + 1, "name", span_text(doc, lo, after.i + 1))
                b.acting = True
                take(lo, after.i + 1)
                continue
            add_person(tokens)
        elif label == "ORG":
            # a leading demonym names the owner ("the Turkish Ministry of Foreign Affairs"); one
            # inside a company name ("Anglo American Platinum") means nothing
            lead = span[0] if span[0].i in demonym_tokens else None
            name = _display(span)
            b = builder("org:" + fold(name), type="ORG", name=name)
            b.add(span.start, span.end, "name", name)
            b.acting = b.acting or not _is_locative(span) or span.root.dep_ in {"compound"}
            if lead is not None and demonym_tokens[lead.i].is_state and not b.affiliation_gaz:
                # "the Turkish Ministry of Foreign Affairs" belongs to Turkey
                b.affiliation_key, b.affiliation_gaz = f"gaz:{demonym_tokens[lead.i].id}", demonym_tokens[lead.i].id
            take(span.start, span.end)
        elif label == "NORP":
            # A non-state people acting as a party ("the Kurds"); adjectives are never actors.
            if span.root.tag_ in {"NNPS", "NNS"} or span.text.endswith("s"):
                name = _display(span)
                b = builder("norp:" + fold(name), type="NORP", name=name)
                b.add(span.start, span.end, "name", name)
                b.acting = b.acting or _is_acting(span)
                take(span.start, span.end)
        # Non-gazetteer GPEs are places (cities, regions): never actors by themselves.

    # 3b. Names the NER missed: after a capitalised title (see 3a), a known given name followed
    # by a surname, and later mentions of a known person's surname.
    for tok in doc:
        if taken[tok.i] or not tok.is_title or tok.i + 1 >= len(doc):
            continue
        given = fold(tok.text)
        if given not in lexicon.female_names and given not in lexicon.male_names:
            continue
        name = [tok]
        for nxt in doc[tok.i + 1 : tok.i + 4]:
            if taken[nxt.i] or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.lower_ in lexicon.title_heads \
                    or nxt.ent_type_ in {"DATE", "TIME", "GPE", "ORG", "NORP"}:
                break
            name.append(nxt)
        if len(name) >= 2 and not any(t.ent_type_ == "PERSON" for t in name):
            add_person(name)  # "Represenative Adam Schiff": a known given name and a surname
    _propagate_surnames(doc, builders, order, taken, add_person)

    _merge_surname_orgs(builders, order)
    _link_acronyms(doc, builders, order)

    # 4. Groups that may speak ("analysts suggest", "industry sources said"): kept only if used.
    _group_mentions(doc, lexicon, builders, builder, taken)

    # 5. Roles and affiliations from titles and appositions.
    actors_by_token: dict[int, str] = {}
    for key in order:
        for start, end, _ in builders[key].spans:
            for i in range(start, end):
                actors_by_token.setdefault(i, key)
    _roles(doc, lexicon, builders, order, actors_by_token, gaz_tokens)
    _respectively(doc, builders, order, actors_by_token, gaz_tokens)

    # 6. Assemble, then resolve references (titles, pronouns, "the government").
    table = ActorTable()
    index_of: dict[str, int] = {}
    for key in order:
        b = builders[key]
        if not b.spans:
            continue
        index_of[key] = len(table.actors)
        first = min(s for s, _, _ in b.spans)
        table.actors.append(
            LocalActor(
                name=b.name,
                type=b.type,
                gaz_id=b.gaz_id,
                aliases=tuple(a for a in b.aliases if a and a != b.name),
                role=b.role,
                affiliation=-1,
                affiliation_gaz=b.affiliation_gaz,
                mentions=len(b.spans),
                acting=b.acting,
                first_char=doc[first].idx,
            )
        )
        for start, end, kind in b.spans:
            table.mentions.append(MentionSpan(start, end, index_of[key], kind))
    for key, idx in index_of.items():
        aff = builders[key].affiliation_key
        if aff and aff in index_of and index_of[aff] != idx:
            table.actors[idx] = table.actors[idx]._replace(affiliation=index_of[aff])
    _inherit_affiliations(table)
    table.index()
    resolve_references(doc, lexicon, table)
    table.index()
    return table


VOICE_NOUNS = frozenset({"review", "consideration", "decision", "position", "statement", "spokesman", "spokeswoman",
                         "spokesperson", "official", "officials", "proposal", "plan", "offer", "demand", "response",
                         "rejection", "approval", "support", "opposition", "refusal", "insistence", "push", "call"})
COLLECTIVE_NOUNS = frozenset({"assembly", "meeting", "summit", "conference", "gathering", "group", "coalition",
                              "delegation", "council", "panel", "committee"})
PERSON_BODIES = frozenset({"administration", "government", "regime", "campaign", "cabinet"})


def _names_after_title(doc: Doc, title: Token, taken: list[bool], lexicon: Lexicon) -> list[list[Token]]:
    """Capitalised names right after a title, and after "and" when the title is plural."""
    names: list[list[Token]] = []
    i = title.i + 1
    plural = title.lower_.endswith("s") and title.lower_ not in lexicon.title_heads
    while i < len(doc):
        tokens = []
        ent = doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"
        if ent:
            # the NER's own person span, when it has one ("Bashar al-Assad", "Abdel Fattah el-Sisi")
            end = i
            while end < len(doc) and doc[end].ent_type_ == "PERSON" and end - i < 6:
                end += 1  # adjacent person spans are one name ("Mohammed bin Abdulrahman" + "Al Thani")
            if not any(taken[j] for j in range(i, end)):
                tokens = [t for t in doc[i:end] if t.orth_ not in POSSESSIVE_ORTH]
                i = end
        while not ent and i < len(doc) and len(tokens) < 5 and not taken[i] and doc[i].ent_type_ not in {"DATE", "TIME"} and (
                (doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].lower_ not in lexicon.title_heads)
                or (tokens and fold(doc[i].text) in SURNAME_PARTICLES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper())
                or (tokens and doc[i].text in {"-", "–"} and i + 1 < len(doc) and doc[i + 1].text[:1].isupper())):
            tokens.append(doc[i])
            i += 1
        if len(tokens) >= 2 or (tokens and not plural and tokens[0].ent_type_ == "PERSON"):
            names.append(tokens)
        elif not tokens:
            break
        if not plural:
            break
        # skip "of Nigeria" and "and" / "," to the next name of the list
        if i < len(doc) and doc[i].lower_ == "of":
            i += 1
            while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].lower_ == "the"):
                i += 1
        if i < len(doc) and doc[i].lower_ in {"and", ","}:
            i += 1
            continue
        break
    return names


def _propagate_surnames(doc: Doc, builders, order, taken: list[bool], add_person) -> None:
    """Later mentions of a known person's surname ("De La Calle sais") the NER did not tag."""
    known: dict[str, _Builder] = {}
    for key in order:
        b = builders[key]
        if b.type == "PERSON" and len(b.full_tokens) >= 2 and b.surname:
            known.setdefault(b.surname.split()[-1], b)
    if not known:
        return
    for tok in doc:
        if taken[tok.i] or not tok.is_alpha or not tok.text[:1].isupper() or tok.ent_type_ in {"DATE", "TIME", "GPE"}:
            continue
        b = known.get(fold_name_token(tok.text))
        if b is None:
            continue
        start = tok.i
        while start > 0 and not taken[start - 1] and fold(doc[start - 1].text) in SURNAME_PARTICLES:
            start -= 1
        add_person(list(doc[start : tok.i + 1]))


PLACE_NOUNS = frozenset("oblast oblasts region regions province provinces city cities town towns village "
                        "villages district districts county state states island islands".split())


def _is_place_list(span: Span) -> bool:
    """"Donetsk, Luhansk, Kherson and Zaporizhzhia oblasts": names listed with places are places."""
    root = span.root
    chain = [root]
    while chain[-1].dep_ == "conj":
        chain.append(chain[-1].head)
    chain.extend(t for t in list(chain) for t in t.conjuncts)
    for tok in chain:
        if tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.head.lower_ in PLACE_NOUNS:
            return True
    return False


def _looks_like_name(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return 1 <= len(words) <= 4 and all(t.text[:1].isupper() for t in words)


def _person_key(full: tuple[str, ...], surname: str, surnames: dict[str, list[str]],
                builders: dict[str, _Builder]) -> str:
    """Cluster key for a person mention: a full name starts a cluster; a bare surname (or a
    shorter form of a known name) joins the most recent cluster with that surname."""
    if not surname:
        return "person:" + " ".join(full)
    candidates = surnames.setdefault(surname, [])
    surname_len = len(surname.split())
    is_bare = len(full) <= surname_len
    for key in reversed(candidates):
        other = builders[key].full_tokens
        if is_bare or full == other or _name_compatible(full, other):
            return key
    key = "person:" + " ".join(full)
    candidates.append(key)
    return key


def _name_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Recep Tayyip Erdogan" ~ "Tayyip Erdogan"; "Donald Trump" !~ "Ivanka Trump"."""
    if not a or not b or a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(word in long_ for word in short)


def _merge_surname_orgs(builders: dict[str, _Builder], order: list[str]) -> None:
    """An ORG/NORP mention that is a known person's surname ("Mathunjwa" tagged ORG) is that person."""
    surnames = {b.surname: key for key, b in builders.items() if b.type == "PERSON" and b.surname}
    for key in list(order):
        b = builders[key]
        if b.type in {"ORG", "NORP"} and not b.gaz_id:
            folded = " ".join(fold_name_token(w) for w in b.name.split())
            target = surnames.get(folded)
            if target:
                builders[target].spans.extend(b.spans)
                b.spans = []


def _link_acronyms(doc: Doc, builders: dict[str, _Builder], order: list[str]) -> None:
    """"Syrian Democratic Forces (SDF)": the acronym in brackets is the same actor; so is an ORG
    whose name is the initials of another's."""
    orgs = [builders[k] for k in order if builders[k].type == "ORG" and builders[k].spans]
    by_initials: dict[str, _Builder] = {}
    for b in orgs:
        words = [w for w in b.name.replace("-", " ").split() if w.lower() not in {"of", "and", "the", "for", "&"}]
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words).upper(), b)
    for b in orgs:
        if b.name.isupper() and b.name in by_initials and by_initials[b.name] is not b:
            target = by_initials[b.name]
            if b.gaz_id and not target.gaz_id:
                target, b = b, target
            target.spans.extend(b.spans)
            target.aliases.setdefault(b.name, None)
            target.acting = target.acting or b.acting
            b.spans = []


def _state_bodies(doc, lexicon, demonym_adjs, builders, builder, taken) -> None:
    """Demonym or state name + state-body noun: "the Syrian government", "US government"."""
    bodies = {tuple(b.split()) for b in lexicon.state_bodies}
    for span, entry in demonym_adjs:
        if not entry.is_state:
            continue
        end = span.end
        for body in sorted(bodies, key=len, reverse=True):
            words = tuple(t.lower_ for t in doc[end : end + len(body)])
            if words == body:
                start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
                mention = doc[start : end + len(body)]
                b = builder(f"gaz:{entry.id}", type=entry.type, name=entry.name, gaz_id=entry.id)
                b.add(mention.start, mention.end, "body", _display(mention))
                b.acting = True
                for i in range(mention.start, mention.end):
                    taken[i] = True
                break
    # "the government of Syria" / "Syria's government": the state mention is already a gaz span;
    # extend it over the body noun so references to the body resolve to the state.
    for key, b in list(builders.items()):
        if not b.gaz_id or b.type != "GPE":
            continue
        for start, end, kind in list(b.spans):
            tok = doc[start:end].root
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in lexicon.anaphoric_bodies:
                body = tok.head.head
                lo = body.i - 1 if body.i > 0 and doc[body.i - 1].lower_ == "the" else body.i
                b.add(lo, body.i + 1, "body")
                b.acting = True
            elif tok.dep_ in {"poss", "compound"} and tok.head.lower_ in lexicon.possessed_bodies | lexicon.anaphoric_bodies:
                # "China's commerce ministry said": the ministry speaks for China
                lo = min([tok.head.i] + [c.i for c in tok.head.lefts if c.dep_ in {"compound", "amod"} and c.i > tok.i])
                b.add(lo, tok.head.i + 1, "body")
                b.acting = True


def _group_mentions(doc, lexicon, builders, builder, taken) -> None:
    """Collective subjects: "analysts suggest", "industry sources said", "Russian nationalist
    voices and pro-war bloggers have spoken out". A group noun modified by a known organisation
    ("the AMCU union") is that organisation."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for noun in sorted((tuple(n.split()) for n in lexicon.group_nouns), key=len, reverse=True):
        by_first.setdefault(noun[0], []).append(noun)
    lowers = [t.lower_ for t in doc]
    nouns = [n for group in by_first.values() for n in group]
    owner = {}
    for key, b in builders.items():
        for start, end, _ in b.spans:
            for j in range(start, end):
                owner.setdefault(j, key)
    i = 0
    while i < len(doc):
        match = next((noun for noun in by_first.get(lowers[i], ()) if tuple(lowers[i : i + len(noun)]) == noun), None)
        if not match:
            i += 1
            continue
        end = i + len(match)
        head = doc[end - 1]
        collective = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if collective is not None and collective.head.lower_ in COLLECTIVE_NOUNS and collective.head.dep_ in SUBJECT_DEPS:
            # "an assembly of several foreign ministers in Cairo denounced ...": the assembly acts
            noun = collective.head
            lo = noun.left_edge.i
            hi = max(t.i for t in noun.subtree if t.dep_ not in {"relcl", "acl", "punct"}) + 1
            if not any(j in owner for j in range(lo, hi)):
                b = builder("group:" + fold(" ".join(match)), type="GROUP", name=" ".join(match))
                b.add(lo, hi, "group", span_text(doc, lo, hi))
                for j in range(lo, hi):
                    taken[j] = True
                i = hi
                continue
        if any(taken[j] for j in range(i, end)) or head.dep_ not in SUBJECT_DEPS:
            i = end
            continue
        start = i
        while start > 0 and doc[start - 1].head.i == head.i and doc[start - 1].dep_ in {"amod", "compound", "nmod"}:
            start -= 1
        org = next((owner[j] for j in range(start, i) if j in owner and builders[owner[j]].type == "ORG"), None)
        if org is not None:
            builders[org].spans.append((start, end, "group"))
            builders[org].acting = True
            for j in range(start, end):
                taken[j] = True
            i = end
            continue
        # "X and Y have spoken out": one group holding one position
        for conj in head.conjuncts:
            if conj.i > head.i and conj.lower_ in {n[-1] for n in nouns} and not taken[conj.i]:
                end = max(end, conj.i + 1)
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = doc[start:end]
        name = _display(strip_span(span)) or span.text
        b = builder("group:" + fold(name), type="GROUP", name=name)
        b.add(start, end, "group", name)
        for j in range(start, end):
            taken[j] = True
        i = end


# ---------------------------------------------------------------------------------------------
# Roles and affiliations
# ---------------------------------------------------------------------------------------------


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
    if not any(t.lower_ in lexicon.title_heads for t in tokens):
        return []
    return tokens


def _split_title(tokens: list[Token], lexicon: Lexicon, actor_tokens: dict[int, str],
                 demonyms: dict[int, GazetteerEntry], builders: dict[str, _Builder]) -> tuple[str, str, str]:
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


def _roles(doc, lexicon, builders, order, actor_tokens, demonyms) -> None:
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
                            builders[aff_key] = _Builder(key=aff_key, type=entry.type, name=entry.name, gaz_id=gaz_id,
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


def _respectively(doc: Doc, builders, order, actor_tokens, demonyms) -> None:
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
                    builders[aff_key] = _Builder(key=aff_key, type=entry.type, name=entry.name, gaz_id=entry.id,
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


def _inherit_affiliations(table: ActorTable) -> None:
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


# ---------------------------------------------------------------------------------------------
# References: titles, pronouns, "the government"
# ---------------------------------------------------------------------------------------------


def resolve_references(doc: Doc, lexicon: Lexicon, table: ActorTable) -> None:
    """Add mentions for pronouns and definite descriptions that refer to a known actor.

    - "the president", "a Kremlin spokesman", "the commissioner": the person whose role has
      that head word (the most recent one before, else the only one in the document).
    - he/she/his/her: the most recent person that was a subject, else the most recent person.
    - it/its: the most recent organisation or state subject; they/their: the same, or a group.
    - "the government"/"the administration": the state the text is about.
    Third-person pronouns inside quotation marks are left alone: in a speaker's words "he" is
    rarely the speaker, and the text around the quote does not say who it is.
    """
    mentions = sorted(table.mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in mentions]
    taken = set(table.token_actor)
    new: list[MentionSpan] = []
    in_quote = _quoted_tokens(doc)
    all_sents, sent_of = sentences(doc)
    sent_starts = [s.start for s in all_sents]

    def add(mention: MentionSpan) -> None:
        k = bisect.bisect_right(starts, mention.start)
        starts.insert(k, mention.start)
        mentions.insert(k, mention)
        new.append(mention)

    role_heads: dict[str, list[int]] = {}
    for idx, actor in enumerate(table.actors):
        if actor.type == "PERSON" and actor.role:
            for word in actor.role.lower().replace("-", " ").split():
                if word in lexicon.title_heads:
                    role_heads.setdefault(word, []).append(idx)

    state_focus = _state_in_focus(table)

    for sent in all_sents:
        for tok in sent:
            if tok.i in taken:
                continue
            low = tok.lower_
            if low in lexicon.title_heads and tok.pos_ in {"NOUN", "PROPN"}:
                actor = _resolve_title(doc, tok, role_heads, mentions, table, lexicon)
                if actor >= 0:
                    start = tok.i
                    while start > sent.start and (doc[start - 1].lower_ in lexicon.title_modifiers
                                                  or doc[start - 1].lower_ in {"the", "a"}
                                                  or doc[start - 1].i in table.token_actor):
                        start -= 1
                    add(MentionSpan(start, tok.i + 1, actor, "title"))
                    continue
            if state_focus >= 0 and tok.i + 1 < len(doc) and f"{low} {doc[tok.i + 1].lower_}" in lexicon.anaphoric_bodies \
                    and tok.i + 1 not in taken:
                add(MentionSpan(tok.i, tok.i + 2, state_focus, "body"))  # "according to state media"
                continue
            if low in lexicon.anaphoric_bodies and tok.pos_ == "NOUN" and state_focus >= 0:
                prev = doc[tok.i - 1] if tok.i > 0 else None
                if prev is not None and prev.lower_ == "the" and not _has_of_complement(tok):
                    add(MentionSpan(tok.i - 1, tok.i + 1, state_focus, "body"))
                    continue
            if tok.pos_ != "PRON" or tok.i in in_quote:
                continue
            earliest = sent_starts[max(0, sent_of[tok.i] - 2)]
            if low in PERSON_PRONOUNS:
                actor = _antecedent(tok, mentions, starts, earliest, table, {"PERSON"},
                                    gender=PERSON_PRONOUNS[low], lexicon=lexicon)
            elif low in NEUTER_PRONOUNS and tok.dep_ in SUBJECT_DEPS | {"poss"}:
                actor = _antecedent(tok, mentions, starts, earliest, table, {"ORG", "GPE"}, subjects_only=True)
            elif low in PLURAL_PRONOUNS and tok.dep_ in SUBJECT_DEPS | {"poss"}:
                # "they" reaches further back: a group is often named a paragraph before
                actor = _antecedent(tok, mentions, starts, earliest, table, {"ORG", "GPE", "GROUP", "NORP"},
                                    subjects_only=True)
                if actor < 0:
                    # a group named a paragraph before ("an assembly of foreign ministers ... They concluded")
                    earliest_plural = sent_starts[max(0, sent_of[tok.i] - 4)]
                    actor = _antecedent(tok, mentions, starts, earliest_plural, table, {"GROUP", "NORP"}, subjects_only=True)
            else:
                continue
            if actor >= 0:
                add(MentionSpan(tok.i, tok.i + 1, actor, "pronoun"))
    for mention in new:
        table.mentions.append(mention)
        actor = table.actors[mention.actor]
        table.actors[mention.actor] = actor._replace(mentions=actor.mentions + 1)


def _quoted_tokens(doc: Doc) -> set[int]:
    from .marks import pair_quotes

    inside: set[int] = set()
    for q in pair_quotes(doc.text).quotes:
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _has_of_complement(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _state_in_focus(table: ActorTable) -> int:
    """The state a text is about: the one named most often (ties: first named)."""
    best, best_count = -1, 0
    for idx, actor in enumerate(table.actors):
        if actor.type == "GPE" and actor.gaz_id:
            count = sum(1 for m in table.mentions if m.actor == idx)
            if count > best_count:
                best, best_count = idx, count
    return best


def _resolve_title(doc, tok, role_heads, mentions, table, lexicon) -> int:
    """"the president added" -> the person whose role has "president" (most recent before)."""
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON":
        return -1  # a title before a name, handled by the name itself
    candidates = role_heads.get(tok.lower_, [])
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
        return before[-1].actor
    return candidates[0] if len(set(candidates)) == 1 else -1


def _antecedent(tok: Token, mentions: list[MentionSpan], starts: list[int], earliest: int, table: ActorTable,
                types: set[str], subjects_only: bool = False, gender: str = "", lexicon: Lexicon | None = None) -> int:
    """The most recent compatible mention before ``tok`` (from token ``earliest`` on), preferring
    subjects; for he/she, people whose given name says otherwise are skipped."""
    doc = tok.doc
    best_subject, best_any = -1, -1
    hi = bisect.bisect_left(starts, tok.i)
    lo = bisect.bisect_left(starts, earliest)
    for mention in mentions[lo:hi]:
        actor = table.actors[mention.actor]
        if actor.type not in types:
            continue
        if gender and lexicon is not None and _gender_of(actor, lexicon) not in {"", gender}:
            continue
        root = doc[mention.start:mention.end].root
        if root.dep_ in SUBJECT_DEPS or (root.dep_ in {"conj", "appos"} and root.head.dep_ in SUBJECT_DEPS):
            best_subject = mention.actor
        best_any = mention.actor
    if best_subject >= 0:
        return best_subject
    return -1 if subjects_only else best_any


def _gender_of(actor: LocalActor, lexicon: Lexicon) -> str:
    """"m"/"f" from the person's given name or role word, "" when unknown."""
    role = actor.role.lower()
    if any(w in role for w in ("spokeswoman", "chairwoman", "congresswoman", "queen", "princess", "businesswoman")):
        return "f"
    first = fold(actor.name.split()[0]) if actor.name.split() and len(actor.name.split()) > 1 else ""
    if first in lexicon.female_names:
        return "f"
    if first in lexicon.male_names:
        return "m"
    return ""
