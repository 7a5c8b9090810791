"""The actor table of one document, step by step: gazetteer mentions, state bodies, named
entities, names the NER missed, groups, roles, then references."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ...grammar import PLACE_PREPS, POSSESSIVE_ORTH, SUBJECT_DEPS, SURNAME_PARTICLES, VERB_FORM_TAGS
from ...lexicon import GazetteerEntry, Lexicon
from ...records import LocalActor
from ..text import DASHES, doc_tokens, fold, fold_name_token, lower_positions, positions, span_text, strip_span
from ..syntax import children_of
from .bodies import group_mentions, link_acronyms, merge_surname_orgs, state_body_mentions
from .candidates import Builder, display_name, is_acting, is_locative, title_like_org
from .gazetteer import gazetteer_spans
from .merges import (
    fold_armed_groups,
    fold_generic_groups,
    is_acronym,
    link_introduced_acronyms,
    merge_first_surname_persons,
    merge_first_word_persons,
)
from .orgspans import organisation_entities, state_opening_party
from .names import (
    is_given_name,
    is_place_list,
    looks_like_name,
    names_a_thing,
    names_after_title,
    person_key,
    person_name_tokens,
    propagate_surnames,
    speaking_names,
    surname_key,
    taken_as_place,
)
from .references import refer
from .roles import assign_roles, inherit_affiliations, respectively, stated_affiliations
from .table import ActorTable, MentionSpan

# Square brackets an editor puts inside a quotation ("President [Joe] Biden")
_EDITORIAL_BRACKETS = {"[", "]"}
_NO_BRACKETS = str.maketrans("", "", "[]")
# A person's initials written before the surname: "S.P.", "J.K.", "J."
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,2}$")
# "D'Souza", "O'Neill": a word of letters around one apostrophe (spaCy's is_alpha says no).
_APOSTROPHE_WORD = re.compile(r"^[^\W\d_]+['\u2019][^\W\d_]+$")


def _wordlike(tok: Token) -> bool:
    return tok.is_alpha or bool(_APOSTROPHE_WORD.match(tok.text))


class Candidates:
    """Actor clusters being built from one document's mentions, in order of first mention, and
    which tokens are already taken by a mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.builders: dict[str, Builder] = {}
        self.order: list[str] = []
        self.taken = [False] * len(doc)
        self.person_surnames: dict[str, list[str]] = {}

    def builder(self, key: str, **kw: object) -> Builder:
        if key not in self.builders:
            self.builders[key] = Builder(key=key, **kw)  # type: ignore[arg-type]
            self.order.append(key)
        return self.builders[key]

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.taken[i] = True

    def add_person(self, tokens: list[Token]) -> Builder:
        doc = self.doc
        # "President [Joe] Biden": an editor's brackets inside a quotation are no part of the name
        tokens = [t for t in tokens if t.text not in _EDITORIAL_BRACKETS] or tokens
        # a dash the tokenizer left on the first word of a line signing a quote ("-Michelle Marks")
        words = [t.text.lstrip(DASHES) or t.text for t in tokens]
        surname = surname_key(words)
        full = tuple(fold_name_token(w) for w in words if w not in {"-", "–"})
        key = person_key(full, surname, self.person_surnames, self.builders)
        display = span_text(doc, tokens[0].i, tokens[-1].i + 1).replace(" - ", "-").replace(" – ", "–")
        display = " ".join(display.translate(_NO_BRACKETS).split()).lstrip(DASHES)
        if display.isupper() and len(display) > 3:
            display = display.title()  # transcript labels and headlines in capitals
        b = self.builder(key, type="PERSON", name=display, surname=surname, full_tokens=full)
        if len(full) > len(b.full_tokens):
            b.aliases.setdefault(b.name, None)
            b.name, b.full_tokens = display, full
        b.add(tokens[0].i, tokens[-1].i + 1, "name", display)
        b.acting = True
        self.take(tokens[0].i, tokens[-1].i + 1)
        return b


def extract_actor_table(doc: Doc, lexicon: Lexicon) -> ActorTable:
    """Find the document's actors and every span referring to them.

    Args:
        doc: a parsed Doc with entities.
        lexicon: the language tables (gazetteer, titles, state bodies, groups).

    Returns:
        The local actors (persons, organisations, states, groups) with aliases, role and
        affiliation, and their mention spans including titles and pronouns.
    """
    found = Candidates(doc)
    builders, order, taken = found.builders, found.order, found.taken
    # 1. Gazetteer: states, organisations, their metonyms and demonyms.
    demonym_adjs, gaz_tokens = _gazetteer_mentions(doc, lexicon, found)

    # 2. State bodies: "the Syrian government", "the government of Syria", "the American side".
    state_body_mentions(doc, lexicon, demonym_adjs, builders, found.builder, taken)

    # 3. Named entities the gazetteer does not know.
    demonym_tokens = {t.i: entry for span, entry in demonym_adjs for t in span}

    # 3a. After a capitalised title come names ("Presidents Muhammadu Buhari of Nigeria and
    # Patrice Talon of Benin"), whatever the NER guessed for them; so after any title past its
    # post ("Turkey's envoy to NATO Emre Aydin").
    tokens, index = doc_tokens(doc), lower_positions(doc)
    for i in positions(index, {low for low in index if low.rstrip("s") in lexicon.title_heads}):
        tok = tokens[i]
        if (tok.text[:1].isupper() or tok.lower_ in lexicon.posted_title_heads) and not taken[tok.i]:
            for name in names_after_title(doc, tok, taken, lexicon):
                if not any(t.ent_type_ in {"GPE", "NORP", "LOC", "FAC", "DATE"} for t in name):
                    found.add_person(name)

    for ent in organisation_entities(doc, lexicon):
        if ent.label_ in {"PERSON", "ORG", "GPE", "NORP"} and not any(taken[i] for i in range(ent.start, ent.end)):
            _entity_mention(ent, lexicon, found, demonym_tokens)

    # 3b. Names the NER missed: after a capitalised title (see 3a), a known given name followed
    # by a surname, and later mentions of a known person's surname.
    _given_name_mentions(doc, lexicon, found)
    propagate_surnames(doc, builders, order, taken, found.add_person)
    speaking_names(doc, taken, lexicon, found.add_person)

    merge_surname_orgs(builders, order, lexicon.title_acronyms)
    link_acronyms(doc, builders, order)

    # 4. Groups that may speak ("analysts suggest", "industry sources said"): kept only if used.
    group_mentions(doc, lexicon, builders, found.builder, taken)
    link_introduced_acronyms(doc, builders, order)
    fold_generic_groups(doc, builders, order, lexicon.group_nouns, lexicon.org_heads, lexicon.workforce_nouns,
                        lexicon.workforce_generic, lexicon.armed_group_nouns, lexicon.workforce_leaders)
    fold_armed_groups(builders, order, lexicon)
    merge_first_word_persons(builders, order)
    merge_first_surname_persons(builders, order)

    # 5. Roles and affiliations from titles and appositions.
    actors_by_token: dict[int, str] = {}
    for key in order:
        for start, end, _ in builders[key].spans:
            for i in range(start, end):
                actors_by_token.setdefault(i, key)
    assign_roles(doc, lexicon, builders, order, actors_by_token, gaz_tokens)
    respectively(doc, builders, order, actors_by_token, gaz_tokens)
    for key in order:
        if _unplaced_name(doc, builders[key], lexicon):
            builders[key].acting = False

    # 6. Assemble, then find what references (titles, pronouns, "the government") refer to.
    table = _assemble(doc, found)
    refer(doc, lexicon, table)
    table.index()
    stated_affiliations(doc, table, lexicon)
    return table


def _set_off_by_title(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is set off by commas as the apposition of a title noun ("a spokesperson,
    Morgan Ortagus, said") or has one as its own ("Morgan Ortagus, a spokesperson, said"). Only a
    name of two or three words with no determiner before it ("director of the Central
    Intelligence Agency", "a major investor, Pershing Square Capital Management" stay bodies)."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) > 3 or (before is not None and before.dep_ == "det"):
        return False
    if root.dep_ == "appos" and root.head.lower_ in lexicon.title_heads:
        return True
    return any(c.dep_ == "appos" and c.lower_ in lexicon.title_heads for c in children_of(root))


def _unplaced_name(doc: Doc, b: Builder, lexicon: Lexicon) -> bool:
    """A "person" the model found in a word that names a place or a thing: no given name, no
    title or role, and every mention a place ("in Jaffna", "the Jaffna peninsula") or a modifier
    ("a Farsi speaker", "his Brexit strategy"), never a subject, possessor or party; or one word
    the text also writes in lower case ("China Bans All Types of Fentanyl" beside "fentanyl").
    It is kept only when it speaks or holds a stance."""
    if b.type != "PERSON" or b.role or any(kind != "name" for _, _, kind in b.spans):
        return False
    words = b.name.split()
    if is_given_name(words[0], lexicon):
        return False
    if len(words) == 1 and words[0].lower() in _token_texts(doc):
        return True
    return all(_place_use(doc[start:end], lexicon) for start, end, _ in b.spans)


def _place_use(span: Span, lexicon: Lexicon) -> bool:
    """A mention used as a place or a modifier: "in Jaffna", "the Jaffna peninsula"."""
    root = span.root
    if root.dep_ == "pobj":
        return root.head.lower_ in PLACE_PREPS
    return is_locative(span) and not is_acting(span, lexicon)


def _gazetteer_mentions(doc: Doc, lexicon: Lexicon, found: Candidates):
    """Gazetteer mentions become actors; returns the demonym adjectives ("Syrian") and the
    gazetteer entry of every token in a gazetteer span."""
    demonym_adjs: list[tuple[Span, GazetteerEntry]] = []
    gaz_tokens: dict[int, GazetteerEntry] = {}
    for span, gform in gazetteer_spans(doc, lexicon):
        entry, form = gform.entry, gform.form
        if form in {"name", "alias", "metonym"} and _inside_org_name(span, lexicon, outlets_only=form == "metonym"):
            continue  # "the Kenya National Union of Teachers": the organisation, not Kenya
        if form in {"name", "alias", "metonym"} and _opens_person_name(span, lexicon, form == "metonym"):
            continue  # "Israel Katz said": a person whose given name is a state's
        for tok in span:
            gaz_tokens[tok.i] = entry
        if form == "demonym_adj":
            demonym_adjs.append((span, entry))
            continue
        if form == "demonym_plural" and _people_of_place(span, entry, lexicon):
            # "the Kosovo Albanians reject ...": the people of a place speak for the place (named
            # before them), not for the state their demonym names
            found.take(span.start, span.end)
            continue
        if form in {"metonym", "demonym_plural"} and not is_acting(span, lexicon):
            # "talks in Moscow", "the sacrifices of Ukrainians" as places or people, not the party
            found.take(span.start, span.end)
            continue
        b = found.builder(f"gaz:{entry.id}", type=entry.type, name=entry.name, gaz_id=entry.id)
        b.affiliation_gaz = entry.affiliation
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
        b.add(start, span.end, "gaz" if form in {"name", "alias"} else form, display_name(span))
        if entry.type != "GPE" or not is_locative(span) or form != "name" and form != "alias":
            b.acting = b.acting or entry.type != "GPE" or is_acting(span, lexicon) or not is_locative(span)
        found.take(span.start, span.end)
    return demonym_adjs, gaz_tokens


def _people_of_place(span: Span, entry: GazetteerEntry, lexicon: Lexicon) -> bool:
    """A plural demonym after the name of another state that modifies it: "Kosovo Albanians",
    "the Kosovo Serbs" (as "Kosovo Albanian negotiators" are Kosovo's)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.pos_ != "PROPN" or prev.dep_ != "compound" or not span.start <= prev.head.i < span.end:
        return False
    place = lexicon.gazetteer_forms.get(prev.text)
    return place is not None and place.is_state and place.id != entry.id


@lru_cache(maxsize=8)
def _entities(doc: Doc, label: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the Doc's entities of one label, read once per Doc and label (``doc.ents``
    makes a Span of every entity on each call)."""
    return tuple((e.start, e.end) for e in doc.ents if e.label_ == label)


def _opens_person_name(span: Span, lexicon: Lexicon, capital: bool = False) -> bool:
    """A state's or a capital's name that is the given name of a person the NER found: "Israel
    Katz", "Chad Wolf", "Georgia Meloni", "Santiago Pena" (the person speaks, not the state). One
    or two capitalised words follow it inside the PERSON entity, none of them a known place, an
    organisation's, outlet's or thing's head or a title ("Jordan Valley", "Kenya Airways", "Manila
    Bulletin" are no persons). A capital's name before another word is more often a thing's
    ("the Baku Olympiad", "according to Manila Bulletin"): it is read as a given name only when
    the name is a subject or an owner, as people are."""
    doc = span.doc
    ent = next(((start, end) for start, end in _entities(doc, "PERSON") if start == span.start and end > span.end), None)
    if ent is None or ent[1] - span.end > 2:
        return False
    if capital and doc[ent[0] : ent[1]].root.dep_ not in SUBJECT_DEPS | {"poss"}:
        return False
    return all(t.is_alpha and t.is_title and t.text not in lexicon.gazetteer_forms and t.lower_ not in lexicon.org_heads
               and t.lower_ not in lexicon.title_heads and t.lower_ not in lexicon.outlet_heads
               and t.lower_ not in lexicon.thing_heads for t in doc[span.end : ent[1]])


@lru_cache(maxsize=4)
def _token_texts(doc: Doc) -> frozenset[str]:
    """The texts of the Doc's tokens, made once per Doc (asked about for every unplaced name)."""
    return frozenset(t.text for t in doc_tokens(doc))


def _inside_org_name(span: Span, lexicon: Lexicon, outlets_only: bool = False) -> bool:
    """A state's name that opens a longer organisation name the NER found ("Kenya National Union
    of Teachers", "Zimbabwe Congress of Trade Unions"), ending in an organisation head, or an
    outlet's name, ending in an outlet head ("The Washington Post", "The Moscow Times": the
    newspaper speaks when it reports, not the state its city stands for). A metonym ("Washington")
    gives way to an outlet's name only: "White House Press Office" stays the White House's."""
    doc = span.doc
    if not outlets_only and _closes_org_name(span, lexicon):
        return True
    if not outlets_only and len(span) == 1 and span.end < len(doc) and doc[span.end].ent_type_ == "ORG" and any(
            start == span.end and state_opening_party(doc, doc[start:end], lexicon) for start, end in _entities(doc, "ORG")):
        return True  # "UK Independence Party": the party, not the United Kingdom
    ent = next(((start, end) for start, end in _entities(doc, "ORG") if start <= span.start and span.end < end), None)
    if ent is None or span.start - ent[0] > 1 or doc[span.end].orth_ in POSSESSIVE_ORTH:
        return False
    words = [t for t in doc[span.end : ent[1]] if t.is_alpha]
    if not words or not words[0].is_title:
        return False
    return words[-1].lower_ in lexicon.outlet_heads or not outlets_only and any(
        t.lower_ in lexicon.org_heads for t in words)


def _closes_org_name(span: Span, lexicon: Lexicon) -> bool:
    """A state's name that closes a longer organisation name the NER found, after "of" ("the
    Communications Workers of America", "the National Union of Mineworkers of South Africa"):
    capitalised words before "of" with an organisation head among them (``org_heads``,
    ``named_body_heads``); "the Government of Canada" and "the Embassy of Japan" stay the
    state's."""
    doc = span.doc
    ent = next(((start, end) for start, end in _entities(doc, "ORG") if start < span.start and span.end <= end), None)
    if ent is None:
        return False
    k = span.start - 1
    if doc[k].lower_ == "the" and k > ent[0]:
        k -= 1
    if doc[k].lower_ != "of" or k <= ent[0]:
        return False
    words = [t for t in doc[ent[0] : k] if t.is_alpha and t.lower_ != "the"]
    return bool(words) and words[-1].is_title and any(
        t.lower_ in lexicon.org_heads or t.lower_ in lexicon.named_body_heads for t in words)


def _entity_mention(ent: Span, lexicon: Lexicon, found: Candidates, demonym_tokens: dict[int, GazetteerEntry]) -> None:
    """A named entity the gazetteer does not know: a person, an organisation or a people."""
    doc = ent.doc
    span = strip_span(ent)
    if len(span) == 0 or not any(_wordlike(t) for t in span):
        return
    label = ent.label_
    if _capital_of_sentence(span, lexicon):
        return  # "Time is running out", "Buenas tardes.": a common word, upper case as it opens the sentence
    if label in {"NORP", "ORG"} and all(t.i in demonym_tokens for t in span if t.is_alpha):
        return  # "Ukrainian": an adjective, read as an affiliation
    before = doc[span.start - 1] if span.start > 0 else None
    if label != "PERSON" and looks_like_name(span) and (
            (before is not None and before.lower_ in lexicon.title_heads)
            or (len(span) >= 2 and span[-1].lower_ not in lexicon.org_heads
                and (is_given_name(span[0].text, lexicon) or _set_off_by_title(span, lexicon)))):
        # "Foreign Minister Nikos Christodoulides" or "Nikos Christodoulides" tagged ORG; "a State
        # Department spokesperson, Morgan Ortagus," and "Morgan Ortagus, a spokesperson," too
        label = "PERSON"
    if label == "ORG" and len(span) == 2 and _INITIALS.match(span[0].text) and looks_like_name(span[1:]) \
            and span[-1].lower_ not in lexicon.org_heads and span[0].text not in lexicon.gazetteer_forms \
            and not (before is not None and before.dep_ == "det"):
        # "S.P. Thamilselven" tagged ORG: initials open a person's name ("the D.C. Circuit" does not)
        label = "PERSON"
    if label == "PERSON" and len(span) >= 2 and span[-1].lower_ in lexicon.org_heads and span[-1].is_title:
        label = "ORG"  # "the rebel Karen National Union" tagged as a person named Karen
    if label == "ORG" and (title_like_org(span, lexicon) or not any(t.text[:1].isupper() for t in span)):
        return
    if label == "PERSON" and (is_place_list(span, lexicon) or names_a_thing(span, lexicon) or any(
            t.is_alpha and t.text[:1].islower() and fold(t.text) not in SURNAME_PARTICLES for t in span)):
        return  # "per cubic meter": a name has no lower-case words but particles (de, van, al)
    if label in {"PERSON", "ORG"}:
        span = _headline_name(span, lexicon)
        if span is None:
            return
    if label == "PERSON":
        _person_mention(span, lexicon, found, demonym_tokens)
    elif label == "ORG":
        span, acronym = _bracketed_acronym(span)
        # a leading demonym names the owner ("the Turkish Ministry of Foreign Affairs"); one
        # inside a company name ("Anglo American Platinum") means nothing
        lead = span[0] if span[0].i in demonym_tokens else None
        name = display_name(span)
        b = found.builder("org:" + fold(name), type="ORG", name=name)
        b.add(span.start, span.end, "name", name)
        if acronym is not None:
            b.add(acronym.start, acronym.end, "name", acronym.text)
        # a programme, a facility or a place the model took for an organisation acts only where
        # the gazetteer says so ("the TurkStream gas pipeline", "the National Zoo")
        b.acting = b.acting or not (names_a_thing(span, lexicon) or taken_as_place(span, lexicon)) and (
            not is_locative(span) or span.root.dep_ in {"compound"})
        if lead is not None and demonym_tokens[lead.i].is_state and not b.affiliation_gaz:
            # "the Turkish Ministry of Foreign Affairs" belongs to Turkey
            b.affiliation_key, b.affiliation_gaz = f"gaz:{demonym_tokens[lead.i].id}", demonym_tokens[lead.i].id
        found.take(span.start, span.end if acronym is None else acronym.end)
    elif label == "NORP":
        # A non-state people acting as a party ("the Kurds"); adjectives are never actors.
        if span.root.tag_ in {"NNPS", "NNS"} or span.text.endswith("s"):
            name = display_name(span)
            b = found.builder("norp:" + fold(name), type="NORP", name=name)
            b.add(span.start, span.end, "name", name)
            b.acting = b.acting or is_acting(span, lexicon)
            found.take(span.start, span.end)


def _headline_name(span: Span, lexicon: Lexicon) -> Span | None:
    """The name inside an entity of a headline written in title case ("Ted Cruz Refuses to
    Disavow ...", "Trump Calls On Obama To Resign", "Who Called For ..."), where every word is
    capitalised and the model runs a name into the verb or the words after it: leading headline
    words (:func:`_headline_word`) left out, the name cut at the next word of the headline that is
    no grammar word, grammar words at its end left out ("Obama To Resign" -> "Obama"; "Bank of
    America Says" -> "Bank of America"); None when no word is left. Elsewhere the entity as found."""
    doc = span.doc
    tokens = doc_tokens(doc)
    if not _headline_word(tokens[span.start], lexicon, lines_only=True):
        return span
    start = span.start
    while start < span.end and _headline_word(tokens[start], lexicon):
        start += 1
    end = start
    while end < span.end and not (_headline_word(tokens[end], lexicon) and not tokens[end].is_stop) \
            and not (end > start and tokens[end].tag_ in VERB_FORM_TAGS):
        end += 1  # ("Donald Trump Sounds", "Guy Walks": a verb the tagger still reads)
    while end > start and tokens[end - 1].is_stop:
        end -= 1
    if all(t.lower_ in lexicon.org_heads or t.lower_ in lexicon.named_body_heads for t in tokens[start:end]):
        return None  # "Top Climate Group Will Run Ads": no name is left but the bare head "Group"
    return doc[start:end]


def _headline_word(tok: Token, lexicon: Lexicon, lines_only: bool = False) -> bool:
    """A word of a title-case headline (:func:`_title_case_lines`) that names nobody: a grammar
    word, or one the text also writes in lower case ("Refuses" beside "refuses"), but not the head
    word of an organisation's name ("Teamsters Union" beside "the union"). With ``lines_only``,
    whether the word is on such a line at all."""
    if not any(start <= tok.idx < end for start, end in _title_case_lines(tok.doc)):
        return False
    low = tok.lower_
    return lines_only or tok.is_stop or (tok.text != low and low in _token_texts(tok.doc) and low not in lexicon.org_heads
                                         and low not in lexicon.named_body_heads and low not in lexicon.outlet_heads)


@lru_cache(maxsize=4)
def _title_case_lines(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(start, end) characters of the Doc's lines written in title case: four words or more, most
    of them capitalised and every other one a grammar word ("Ted Cruz Refuses to Disavow Lindsey
    Graham Endorsement", "Trump Calls On Obama To Resign"): a headline, not a sentence."""
    lines = []
    start = 0
    text = doc.text
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        capitalised = [w for w in words if w[:1].isupper()]
        if len(words) >= 4 and len(capitalised) >= 0.7 * len(words) and all(
                w[:1].isupper() or w.lower() in STOP_WORDS for w in words):
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(lines)


def _capital_of_sentence(span: Span, lexicon: Lexicon) -> bool:
    """A one-word entity whose capital letter only opens its sentence: the tagger reads a common
    noun or adjective ("Time is running out") and the text writes the word in lower case
    elsewhere ("time"), never capitalised inside a sentence. The tagger alone misleads: it reads
    "Trump" and "Guterres" opening a sentence as common nouns too. A surname that is also a common
    word ("Price said", beside "fuel prices") stays a name as the subject of a verb of saying or of
    a stance: what a common noun seldom is."""
    tok = span[0]
    if len(span) != 1 or not tok.is_sent_start or tok.pos_ not in {"NOUN", "ADJ"} or tok.is_upper:
        return False
    verb = tok.head
    if tok.dep_ == "nsubj" and (verb.lemma_ in lexicon.reporting_verbs or verb.lemma_ in lexicon.stance_verbs):
        return False
    lower = tok.lower_
    doc = span.doc
    same = [doc[i] for i in lower_positions(doc).get(lower, ()) if i != tok.i]
    return any(t.text == lower for t in same) and not any(t.text != lower and not t.is_sent_start for t in same)


def _bracketed_acronym(span: Span) -> tuple[Span, Span | None]:
    """"The Movement for Democratic Change (MDC": the NER's span cut before the bracket, and the
    acronym inside it, a second name of the same organisation."""
    doc = span.doc
    k = next((t.i for t in span if t.text == "("), None)
    if k is None or k == span.start or k + 1 >= len(doc) or not is_acronym(doc[k + 1].text):
        return span, None
    return strip_span(doc[span.start : k]), doc[k + 1 : k + 2]


def _person_mention(span: Span, lexicon: Lexicon, found: Candidates, demonym_tokens: dict[int, GazetteerEntry]) -> None:
    """A PERSON entity: the person, or "the Trump administration", an organisation named after them
    ("the Clinton campaign" is the candidate's own: the person)."""
    doc = span.doc
    tokens = [t for t in person_name_tokens(span, lexicon) if t.i not in demonym_tokens]
    if not tokens:
        return
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if after is not None and after.orth_ in POSSESSIVE_ORTH and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    if after is not None and after.lower_ in lexicon.led_bodies:
        # "the Trump administration": an organisation named after its leader
        lo = tokens[0].i - 1 if tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the" else tokens[0].i
        name = f"{span_text(doc, tokens[0].i, tokens[-1].i + 1)} {after.lower_}"
        b = found.builder("org:" + fold(name), type="ORG", name=name)
        b.add(lo, after.i + 1, "name", span_text(doc, lo, after.i + 1))
        b.acting = True
        found.take(lo, after.i + 1)
        return
    person = found.add_person(tokens)
    if after is not None and after.lower_ in lexicon.person_led_bodies and after.i == tokens[-1].i + 1:
        # "the Clinton campaign said", "a spokesman for the Clinton campaign": the candidate's words
        person.add(tokens[0].i, after.i + 1, "name", span_text(doc, tokens[0].i, after.i + 1))
        found.take(after.i, after.i + 1)


def _given_name_mentions(doc: Doc, lexicon: Lexicon, found: Candidates) -> None:
    """A known given name followed by capitalised words the NER did not tag as a person."""
    taken = found.taken
    for tok in doc_tokens(doc):
        if taken[tok.i] or not tok.is_title or tok.i + 1 >= len(doc):
            continue
        given = fold(tok.text)
        if given not in lexicon.female_names and given not in lexicon.male_names:
            continue
        name = [tok]
        # "Ambassador to Germany Richard Grenell" tagged as one organisation: past the place the
        # gazetteer took, a given name inside the entity goes on with the surname the entity holds
        lumped = tok.ent_iob_ == "I" and tok.ent_type_ in {"ORG", "GPE"} and taken[tok.i - 1]
        for nxt in doc[tok.i + 1 : tok.i + 4]:
            if taken[nxt.i] or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.lower_ in lexicon.title_heads \
                    or _headline_word(nxt, lexicon) \
                    or nxt.ent_type_ in {"DATE", "TIME", "GPE", "ORG", "NORP", "LOC", "FAC"} \
                    and not (lumped and nxt.ent_iob_ == "I" and nxt.ent_type_ == tok.ent_type_):
                break
            name.append(nxt)
        if len(name) >= 2 and not any(t.ent_type_ == "PERSON" for t in name) and name[-1].lower_ not in lexicon.org_heads:
            found.add_person(name)  # "Represenative Adam Schiff": a known given name and a surname


def _assemble(doc: Doc, found: Candidates) -> ActorTable:
    """The table of the clusters that have mentions, with affiliations as table indexes."""
    builders = found.builders
    table = ActorTable()
    index_of: dict[str, int] = {}
    for key in found.order:
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
    inherit_affiliations(table)
    table.index()
    return table


