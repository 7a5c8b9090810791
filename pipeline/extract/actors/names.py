"""Person names: the tokens of a name, its surname key, names after a title, and the clustering of
full names, shorter forms and bare surnames into one person."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...grammar import POSSESSIVE_ORTH, POST_PREPS, SURNAME_PARTICLES
from ...lexicon import Lexicon
from ..syntax import children_of
from ..text import DASHES, doc_tokens, fold, fold_name_token, per_doc
from .candidates import Builder


def is_given_name(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a given name of the names lexicon ("Nikos", "María"), compared folded.
    Two lookups rather than one in the union of the lists, which would copy both per call."""
    folded = fold(word)
    return folded in lexicon.female_names or folded in lexicon.male_names


def person_name_tokens(span: Span, lexicon: Lexicon) -> list[Token]:
    tokens = [t for t in span if not t.is_punct or t.text in {"-", "–"}]
    # (a dash the tokenizer left on a title opening a line that signs a quote: "-Mayor X")
    while tokens and ((first := tokens[0].lower_.lstrip(DASHES)) in lexicon.honorifics
                      or first in lexicon.title_heads
                      or tokens[0].lower_ in {"the", "a"} or opening_cue_word(tokens[0], lexicon)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].orth_ in POSSESSIVE_ORTH or tokens[-1].text in {"-", "–"}
                      or tokens[-1].lower_ in {"of", "and"}):
        tokens = tokens[:-1]
    return tokens


def opening_cue_word(tok: Token, lexicon: Lexicon) -> bool:
    """'Stated Stone:', 'Added Hale: "..."', 'Replied Ortiz:': a reporting verb in the past that
    opens its sentence before the speaker's name, which the entity recogniser takes into the name."""
    if not tok.is_title or not (tok.i == 0 or tok.is_sent_start or tok.nbor(-1).is_space):
        return False
    word = tok.lower_
    if not word.endswith("ed") or len(word) < 5:
        return False
    return bool({word[:-1], word[:-2], word[:-3] + "y"} & lexicon.reporting_verbs)


def surname_key(tokens: list[str]) -> str:
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


def names_after_title(doc: Doc, title: Token, taken: list[bool], lexicon: Lexicon) -> list[list[Token]]:
    """Capitalised names right after a capitalised title, and after "and" when the title is
    plural; after a title of either case past its post ("envoy to Syria", see ``_after_post``)."""
    names: list[list[Token]] = []
    i = _after_post(doc, title.i + 1, title, taken, lexicon)
    if i == title.i + 1 and not title.text[:1].isupper():
        return names  # a lower-case title is followed by a name only past its post ("the envoy to Syria X")
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
        if len(tokens) >= 2 or (tokens and not plural and (tokens[0].ent_type_ == "PERSON" or _lone_surname(tokens, title))):
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


def _after_post(doc: Doc, i: int, title: Token, taken: list[bool], lexicon: Lexicon) -> int:
    """Where a name may start after a title that names its post: past "to the United Nations" in
    "Ambassador to the United Nations Nikki Haley", "for Syria" in "Special Envoy for Syria X"
    (and "of France to the UN" in "Representative of France to the UN ..."), each complement a
    state or body already found; ``i`` otherwise."""
    if title.lower_ not in lexicon.posted_title_heads:
        return i
    found = i
    while i < len(doc) and (doc[i].lower_ in POST_PREPS or doc[i].lower_ == "of"):
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        k = j
        while k < len(doc) and taken[k]:
            k += 1
        if k == j:
            break
        if doc[i].lower_ in POST_PREPS:
            found = k
        i = k
    return found


def _lone_surname(tokens: list[Token], title: Token) -> bool:
    """"President Ruto said", "Minister Shoukry's": one proper noun the model left untagged right
    after a capitalised title, with no capitalised word after it ("Deputy Assistant Secretary",
    "Chief Technical Officer" are titles) and modifying no noun after it ("the President Street
    office", "Prime Minister Office officials")."""
    doc = title.doc
    name = tokens[0]
    nxt = doc[name.i + 1] if name.i + 1 < len(doc) else None
    return (len(tokens) == 1 and name.ent_type_ == "" and name.pos_ == "PROPN" and title.text[:1].isupper()
            and (nxt is None or not (nxt.is_alpha and nxt.text[:1].isupper()))
            and not (name.dep_ in {"compound", "amod", "nmod"} and name.head.i > name.i))


def propagate_surnames(doc: Doc, builders, order, taken: list[bool], add_person) -> None:
    """Later mentions of a known person's surname ("De La Calle sais") the NER did not tag, or
    tagged a place the gazetteer does not know ("Honcharuk filed his resignation" after "Oleksiy
    Honcharuk", a one-word GPE)."""
    known: dict[str, Builder] = {}
    shared: set[str] = set()  # surnames of several people ("Gloria Vanderbilt", "Gertrude Vanderbilt Whitney")
    for key in order:
        b = builders[key]
        if b.type == "PERSON" and len(b.full_tokens) >= 2 and b.surname:
            last = b.surname.split()[-1]
            if known.setdefault(last, b) is not b:
                shared.add(last)
    if not known:
        return
    shared.update(w for b in builders.values() if b.type == "PERSON" for w in b.full_tokens[:-1]
                  if w in known and known[w] is not b)
    for tok in doc_tokens(doc):
        if taken[tok.i] or not tok.is_alpha or not tok.text[:1].isupper() or tok.ent_type_ in {"DATE", "TIME"} \
                or tok.ent_type_ == "GPE" and not _lone_entity(tok):
            continue
        b = known.get(fold_name_token(tok.text))
        if b is None or tok.ent_type_ == "GPE" and fold_name_token(tok.text) in shared:
            continue
        start = tok.i
        while start > 0 and not taken[start - 1] and fold(doc[start - 1].text) in SURNAME_PARTICLES:
            start -= 1
        add_person(list(doc[start : tok.i + 1]))




def _lone_entity(tok: Token) -> bool:
    """Whether an entity is this one token ("Honcharuk", not the "Jersey" of "New Jersey")."""
    doc = tok.doc
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")


@per_doc
def entity_at(doc: Doc) -> dict[int, Span]:
    """Token index -> the entity the token is in, made once per Doc (``doc.ents`` makes a Span of
    every entity on each call)."""
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def _listed(root: Token) -> list[Token]:
    """A name and the names coordinated with it (its whole list)."""
    chain = [root]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        head = chain[-1].head
        # a conjunct attached to the last word of a name stands beside the whole name
        ent = entity_at(head.doc).get(head.i) if head.ent_iob_ != "O" else None
        chain.append(ent.root if ent is not None and ent.root.i != chain[-1].i else head)
    chain.extend(t for t in list(chain) for t in t.conjuncts)
    return chain


def is_place_list(span: Span, lexicon: Lexicon) -> bool:
    """"Donetsk, Luhansk, Kherson and Zaporizhzhia oblasts", "two regional capitals, Kherson and
    Zaporizhzhia", "the army entered X and Y": names listed with places, set beside a place noun
    (also when the parser did not attach the list to it) or taken by a verb of places are places."""
    return any(tok.ent_type_ in {"GPE", "LOC", "FAC"} for tok in _listed(span.root)) or taken_as_place(span, lexicon)


def taken_as_place(span: Span, lexicon: Lexicon) -> bool:
    """Names set beside a place noun ("X and Y oblasts", "two capitals, X and Y"), also when the
    parser did not attach the list to it, or taken by a verb of places ("entered X and Y")."""
    doc = span.doc
    listed = _listed(span.root)
    for tok in listed:
        if tok.head.lower_ in lexicon.place_nouns:
            return True
        # a list of names right before a place noun, however parsed (one name before "state" is
        # no place: "the Macron state visit")
        if len(listed) > 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in lexicon.place_nouns \
                and doc[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
            return True
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.place_verbs:
            return True
    return False


def names_a_thing(span: Span, lexicon: Lexicon) -> bool:
    """A name of a place or a thing, not of a party: "the National Zoo" (its last word a thing),
    "the TurkStream gas pipeline", "medical services Medicare and Medicaid", "our biggest island
    Crete", "the town of X" (set beside a place or thing noun)."""
    words = [t for t in span if t.is_alpha]
    if words and words[-1].lower_ in lexicon.thing_heads:
        return True
    nouns = lexicon.place_nouns | lexicon.thing_nouns
    # a modifier names the thing unless it reads as its owner: an acronym or an organisation's
    # name ("the IMF programme", "the African Union plan"), a person ("the Trump plan")
    owner = span.root.ent_type_ == "PERSON" or span.text.isupper() or (words and words[-1].lower_ in lexicon.org_heads)
    for tok in _listed(span.root):
        head = tok.head
        if (tok.dep_ == "appos" or tok.dep_ == "compound" and not owner) and head.lower_ in nouns:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in nouns:
            return True  # "the town of X"
        if any(c.dep_ in {"appos", "compound"} and c.lower_ in nouns and not span.start <= c.i < span.end
               for c in children_of(tok)):
            return True  # "Crete, the biggest island", "medical services Medicare"
    return False


def looks_like_name(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return 1 <= len(words) <= 4 and all(t.text[:1].isupper() for t in words)


def person_key(full: tuple[str, ...], surname: str, surnames: dict[str, list[str]],
                builders: dict[str, Builder]) -> str:
    """Cluster key for a person mention: a full name starts a cluster; a bare surname (or a
    shorter form of a known name) joins the most recent cluster with that surname."""
    if not surname:
        return "person:" + " ".join(full)
    candidates = surnames.setdefault(surname, [])
    surname_len = len(surname.split())
    is_bare = len(full) <= surname_len
    for key in reversed(candidates):
        other = builders[key].full_tokens
        if is_bare or full == other or name_compatible(full, other):
            return key
    if is_bare and len(full) == 1:
        inner = first_surname_of(full[0], builders)
        if inner:
            return inner  # "Rosselló" after "Ricardo Rosselló Nevares"
    key = "person:" + " ".join(full)
    candidates.append(key)
    return key


def first_surname_of(word: str, builders: dict[str, Builder]) -> str:
    """The one person whose full name (three words or more) has ``word`` (folded) between the
    given name and the last word: a first surname of two ("Wanda Vázquez Garced", later
    "Vázquez"), which news uses alone. Empty when no person, or more than one, has it."""
    if not word or word in SURNAME_PARTICLES:
        return ""
    found = [key for key, b in builders.items() if b.type == "PERSON" and len(b.full_tokens) >= 3
             and word in b.full_tokens[1:-1] and b.full_tokens[b.full_tokens.index(word) - 1] not in SURNAME_PARTICLES]
    return found[0] if len(found) == 1 else ""


def name_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Recep Tayyip Erdogan" ~ "Tayyip Erdogan"; "Donald Trump" !~ "Ivanka Trump"."""
    if not a or not b or a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(word in long_ for word in short)


# How many tokens a describing apposition between a lone name and its cue may run ("Ellis, a
# two-term Democrat from the valley, said").
_PERSON_APPOSITION_TOKENS = 10


def speaking_names(doc: Doc, taken: list[bool], lexicon: Lexicon, add_person) -> None:
    """'Ellis, a Democrat, said', 'Whiting, 54, added': a capitalised singular noun the entity
    recogniser missed that is the subject of a reporting verb and is set off by an apposition that
    describes a person (a person noun of the title or description lists, or an age) is a person,
    also when the tagger took it for a common noun ("Whiting" read as the fish); so is one set off
    by a title or an age ("Kiir, South Sudan's president, rejected", "Okafor, 52, rejected"),
    whatever its verb, also when the recogniser took it for a place. Proper nouns right before it that modify it ("Darran
    Whiting") come with it."""
    people = lexicon.title_heads | lexicon.referring_people | lexicon.spokesperson_heads
    for tok in doc_tokens(doc):
        if taken[tok.i] or tok.tag_ not in {"NNP", "NN"} or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper:
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.ent_type_ in {"DATE", "TIME"}:
            continue
        misread = tok.ent_type_ in {"GPE", "LOC", "NORP", "FAC"}
        if not misread and tok.head.lemma_.lower() in lexicon.reporting_verbs:
            close = _person_apposition(doc, tok.i + 1, tok.head.i, people)
        elif tok.text not in lexicon.gazetteer_forms and tok.text not in lexicon.gazetteer_demonyms:
            # "Kiir, South Sudan's president, rejected the deal", "Araghchi, Iran's deputy foreign
            # minister, said" (the name tagged as a place), "Singh, 47, voted for ...": set off by
            # a title or an age, a person whatever the verb or the entity tag
            close = _person_apposition(doc, tok.i + 1, tok.head.i, lexicon.title_heads)
        else:
            continue
        if close < 0:
            continue
        start = tok.i
        while start > 0 and not taken[start - 1] and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == tok.i \
                and not doc[start - 1].is_sent_start:
            start -= 1
        if any(t.lower_ in lexicon.title_heads or t.lower_ in lexicon.honorifics for t in doc[start : tok.i + 1]):
            continue  # "Governor, a Republican, said": a title, which 3a reads
        add_person(list(doc[start : tok.i + 1]))


def _person_apposition(doc: Doc, comma: int, verb: int, people: frozenset[str]) -> int:
    """The index of the comma closing a phrase set off by the comma at ``comma`` and ending right
    before the cue ``verb`` (adverbs and auxiliaries between allowed) that describes a person:
    an age ("54") or a noun phrase whose head is a person noun ("a Democrat from the valley",
    "the county sheriff"); -1 otherwise."""
    if comma >= verb or doc[comma].text != ",":
        return -1
    close = next((k for k in range(comma + 1, min(verb, comma + 2 + _PERSON_APPOSITION_TOKENS)) if doc[k].text == ","), -1)
    if close < 0 or close == comma + 1 or any(t.pos_ not in {"ADV", "AUX", "PART"} for t in doc[close + 1 : verb]):
        return -1
    phrase = doc[comma + 1 : close]
    if any(t.pos_ in {"VERB", "AUX"} or t.is_quote for t in phrase):
        return -1
    if len(phrase) == 1 and phrase[0].like_num and phrase[0].text.isdigit() and 14 <= int(phrase[0].text) <= 110:
        return close  # an age
    nouns = [t for t in phrase if t.pos_ in {"NOUN", "PROPN"} and not t.like_num]
    last = next((t for t in reversed(nouns) if t.head.i >= close or t.head.i < comma + 1 or t.dep_ == "ROOT"), None)
    if last is None:
        last = nouns[-1] if nouns else None
    if last is None or last.lower_ not in people and last.lower_.rstrip("s") not in people:
        return -1
    return close
