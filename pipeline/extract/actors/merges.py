"""Second mentions of an actor that look like other actors: an acronym the text introduces
("the Liberation Tigers of Tamil Eelam, known as the LTTE", "the Free Aceh Movement, or GAM",
"the Movement for Democratic Change (MDC)"), a generic group noun that stands for the one group
the text introduced with it ("the rebel Karen National Union ... the rebels", "separatist
rebels of the Free Aceh Movement ... the rebels"), and a person named by the first word of their
name ("President Chen" after "Chen Shui-bian")."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lexicon import GazetteerEntry, Lexicon
from ..syntax import children_of
from ..text import fold
from .candidates import Builder
from .names import first_surname_of

_NO_ENTRY = GazetteerEntry(id="", name="", type="")

# "X, known as ABC", "X, also known as ABC", "X, or ABC", "X, called ABC"
_INTRODUCERS = (("known", "as"), ("also", "known", "as"), ("or",), ("called",), ("dubbed",))


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def _owners(builders: dict[str, Builder], order: list[str]) -> dict[int, str]:
    owner: dict[int, str] = {}
    for key in order:
        for start, end, _ in builders[key].spans:
            for i in range(start, end):
                owner.setdefault(i, key)
    return owner


def _merge(target: Builder, other: Builder, alias: str) -> None:
    target.spans.extend(other.spans)
    target.aliases.setdefault(alias, None)
    for a in other.aliases:
        target.aliases.setdefault(a, None)
    target.acting = target.acting or other.acting
    other.spans = []


def _acronym_after(doc: Doc, end: int) -> int | None:
    """The token of an acronym introduced right after a name ending at ``end``: "X, known as
    (the) ABC", "X, or ABC", "X (ABC)"."""
    i = end
    if i < len(doc) and doc[i].text in {"(", ","}:
        i += 1
    if doc[end].text == ",":
        for words in _INTRODUCERS:
            if tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
                i += len(words)
                break
        else:
            return None
    elif end >= len(doc) or doc[end].text != "(":
        return None
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i if i < len(doc) and is_acronym(doc[i].text) else None


def _name_with_of(doc: Doc, start: int, owner: dict[int, str], builders: dict[str, Builder]) -> tuple[int, str | None]:
    """"Liberation Tigers of Tamil Eelam", cut by the NER at "of": where the full name starts,
    and the actor the NER made of its first part, if any."""
    i = start
    if i < 2 or doc[i - 1].lower_ != "of" or not doc[i - 2].is_title:
        return start, None
    first = owner.get(i - 2)
    if first is not None:
        b = builders[first]
        if b.gaz_id or b.type == "GPE" or not any(end == i - 1 for _, end, _ in b.spans):
            return start, None
        return min(s for s, end, _ in b.spans if end == i - 1), first
    i -= 2
    while i > 0 and doc[i - 1].is_title and (i - 1) not in owner and doc[i - 1].lower_ != "the" \
            and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
        i -= 1
    return i, None


def link_introduced_acronyms(doc: Doc, builders: dict[str, Builder], order: list[str]) -> None:
    """An acronym the text introduces right after a name is that actor (and the name, cut by the
    NER at "of", is the whole name)."""
    owner = _owners(builders, order)
    by_name = {builders[k].name: k for k in order if builders[k].spans}
    for key in list(order):
        target = builders[key]
        if not target.spans or target.type == "GPE" or is_acronym(target.name):
            continue
        for start, end, _ in sorted(target.spans):
            if end >= len(doc):
                continue
            j = _acronym_after(doc, end)
            if j is None:
                continue
            acronym = doc[j].text
            other_key = by_name.get(acronym)
            other = builders[other_key] if other_key is not None else None
            if other is not None and (other is target or other.gaz_id or other.type == "GPE"):
                continue
            lo, part = _name_with_of(doc, start, owner, builders)
            if part is not None and part != key:
                _merge(target, builders[part], builders[part].name)
            if lo < start:
                target.add(lo, end, "name")
                target.name = " ".join(doc[lo:end].text.split())
            if target.type == "PERSON":
                target.type = "ORG"  # a name with an acronym is an organisation's
            if other is not None:
                _merge(target, other, acronym)
            else:
                target.add(j, j + 1, "name", acronym)
            owner = _owners(builders, order)
            break


def _stems(name: str) -> set[str]:
    return {fold(w).rstrip("s") for w in name.replace("-", " ").split() if len(w) > 3 and w.lower() != "the"}


def _introducing_words(doc: Doc, start: int, end: int, kinds: frozenset[str] = frozenset()) -> set[str]:
    """Words that introduce an organisation's mention as a kind: its modifiers ("the rebel
    Karen National Union"), the noun it is the "of" object of ("separatist rebels of the Free
    Aceh Movement"), the noun phrase it is in apposition with ("the largest rebel group,
    the KNU"), and the noun it modifies ("the FNL rebels")."""
    span = doc[start:end]
    root = span.root
    words: set[str] = set()
    for tok in doc[max(0, start - 3) : start]:
        if tok.head.i in range(start, end) and tok.dep_ in {"amod", "compound", "nmod"}:
            words.add(fold(tok.text).rstrip("s"))
    related = [root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "of" else []
    related += [root.head] if root.dep_ == "appos" else []
    # "the FNL rebels", "the NUM union": the noun of a kind of organisation or of fighters the
    # name modifies (not its people: "NATO officials" are no "officials" said later)
    related += [root.head] if root.dep_ in {"compound", "nmod"} and root.head.i >= end and root.head.lower_ in kinds else []
    related += [c for c in children_of(root) if c.dep_ == "appos"]
    for noun in related:
        # the noun and its own modifiers ("largest rebel group"), not the clause around it
        words |= {fold(t.text).rstrip("s") for t in [noun, *children_of(noun)]
                  if t.is_alpha and (t.i == noun.i or t.dep_ in {"amod", "compound", "nmod"}) and not (start <= t.i < end)}
    return words


def fold_generic_groups(doc: Doc, builders: dict[str, Builder], order: list[str], group_nouns: tuple[str, ...],
                        org_heads: frozenset[str] = frozenset(), workforce: frozenset[str] = frozenset(),
                        workforce_generic: frozenset[str] = frozenset(), armed: frozenset[str] = frozenset(),
                        workforce_leaders: frozenset[str] = frozenset()) -> None:
    """A bare group ("the rebels", "rebel leaders", "separatist rebels") stands for the one
    organisation the text introduced with that word; else a one-word group ("the workers") for
    the one longer group with that head ("public sector workers"), or, for a generic word of
    people at work, with any such head ("Zimbabwean civil servants"); a group of several words
    ("union leaders") for the one group whose name ends with them ("workers union leaders"), and
    the leaders of a strike ("the strike leaders") for the first group of people at work named; else it
    stays a group."""
    generic = {fold(n).rstrip("s") for n in group_nouns}
    # organisations of the gazetteer count too: the one introduced with the word takes it ("the
    # Kenya National Union of Teachers ... the union"), and two are rivals ("the LRA rebels and the
    # M23 rebels": "the rebels" is neither); fold_armed_groups takes a bare armed word besides
    orgs = [k for k in order if builders[k].type == "ORG" and builders[k].spans]
    # the words that introduce it, and the head words of its own name ("the union" after "the
    # Kenya National Union of Teachers")
    kinds = frozenset(org_heads) | frozenset(armed)
    introduced = {k: set().union(*(_introducing_words(doc, s, e, kinds) for s, e, _ in builders[k].spans))
                  | {fold(w).rstrip("s") for w in builders[k].name.split() if w.lower() in org_heads}
                  # "the M23 rebels" taken whole as a mention of M23
                  | {fold(t.text).rstrip("s") for s, e, _ in builders[k].spans for t in doc[s:e] if t.lower_ in kinds}
                  for k in orgs}
    def other_groups(key: str) -> list[str]:
        # the groups besides ``key`` that are still mentioned, in the text's order
        return [k for k in order if k != key and builders[k].type == "GROUP" and builders[k].spans]

    for key in list(order):
        b = builders[key]
        if b.type != "GROUP" or not b.spans:
            continue
        stems = _stems(b.name) & generic
        matches = [k for k in orgs if builders[k].spans and introduced[k] & stems] if stems else []
        if len(matches) == 1:
            _merge(builders[matches[0]], b, b.name)
            continue
        words = [w for w in b.name.lower().split() if w != "the"]
        if len(words) > 1:
            # "union leaders" beside "workers union leaders": the one group whose name ends with it
            longer = [k for k in other_groups(key)
                      if len(builders[k].name.split()) > len(words) and builders[k].name.lower().split()[-len(words):] == words]
            if not longer:
                # "hostage families" beside "Families of American hostages": the one group named
                # with the head first and the modifiers after its "of"
                longer = [k for k in other_groups(key) if _of_form(builders[k].name, words)]
            if len(longer) == 1:
                _merge(builders[longer[0]], b, b.name)
            elif " ".join(words) in workforce_leaders:
                # "Zimbabwean civil servants went on strike ... the strike leaders said": the group of
                # people at work the text names first, before the leaders
                first = min(st for st, _, _ in b.spans)
                at_work = sorted((min(st for st, _, _ in builders[k].spans), k) for k in other_groups(key)
                                 if builders[k].name.lower() not in workforce_generic  # "the workers": any
                                 and builders[k].name.lower().split()[-1] in workforce)
                if at_work and at_work[0][0] < first:
                    _merge(builders[at_work[0][1]], b, b.name)
            continue
        if not stems:
            continue
        # "the workers" after "public sector workers": the one group named before with that head
        heads = {words[0]} | (workforce if words[0] in workforce_generic else frozenset())
        # ("the workers" after "Zimbabwean civil servants": any people at work)
        longer = [k for k in other_groups(key)
                  if len(builders[k].name.split()) > 1 and builders[k].name.lower().split()[-1] in heads]
        if len(longer) == 1:
            _merge(builders[longer[0]], b, b.name)


def _of_form(name: str, words: list[str]) -> bool:
    """Whether ``name`` says ``words`` ("hostage families") the other way round: its head first
    and each modifier's stem among the words after its "of" ("Families of American hostages")."""
    named = name.lower().split()
    if len(named) < 3 or named[0] != words[-1] or "of" not in named[1:]:
        return False
    after = [fold(w).rstrip("s") for w in named[named.index("of", 1) + 1:]]
    return all(fold(m).rstrip("s") in after for m in words[:-1])


def fold_armed_groups(builders: dict[str, Builder], order: list[str], lexicon: Lexicon) -> None:
    """"The FARC resumed talks in Havana. The rebels demanded land reform": a bare group whose
    head is a word for armed fighters ("the rebels", "the guerrillas", "former rebels"), or whose
    people it modifies ("rebel leaders", "rebel negotiators"), is the one
    armed group of the gazetteer the text names; with two ("Hamas", "Hezbollah") or none, or a
    name in the group's words ("Tamil Tiger rebels"), it stays a group."""
    armed = [k for k in order if builders[k].spans and builders[k].gaz_id
             and "armed-group" in lexicon.gazetteer_by_id.get(builders[k].gaz_id, _NO_ENTRY).tags]
    if len(armed) != 1:
        return
    def is_armed(word: str) -> bool:
        return word.lower() in lexicon.armed_group_nouns or f"{word.lower()}s" in lexicon.armed_group_nouns

    for key in order:
        b = builders[key]
        words = [w for w in b.name.split() if w.lower() != "the"]
        if b.type != "GROUP" or not b.spans or not words:
            continue
        # "the rebels", "former rebels"; "rebel leaders", "Rebel negotiators" (the armed word as a
        # modifier, capitalised or not, of the group's people)
        if not (words[-1].lower() in lexicon.armed_group_nouns or any(is_armed(w) for w in words[:-1])) \
                or any(w[:1].isupper() and not is_armed(w) for w in words[:-1]):
            continue
        _merge(builders[armed[0]], b, b.name)


def merge_first_word_persons(builders: dict[str, Builder], order: list[str]) -> None:
    """"President Chen" after "Chen Shui-bian": a one-word person name that is the first word of
    exactly one longer person name, and no one's surname, is that person."""
    persons = [builders[k] for k in order if builders[k].type == "PERSON" and builders[k].spans]
    surnames = {b.surname for b in persons if len(b.full_tokens) > 1}
    for b in persons:
        if len(b.full_tokens) != 1 or b.full_tokens[0] in surnames:
            continue
        longer = [p for p in persons if p is not b and len(p.full_tokens) > 1 and p.full_tokens[0] == b.full_tokens[0]]
        if len(longer) == 1 and longer[0].spans:
            _merge(longer[0], b, b.name)


def merge_first_surname_persons(builders: dict[str, Builder], order: list[str]) -> None:
    """"Rosselló" met before "Ricardo Rosselló Nevares" is named in full (the model missed the
    full name until the given-name pass found it): a one-word person name that is the first of
    two surnames of exactly one longer person name (see ``first_surname_of``), and no one's
    surname, is that person. A later bare mention joins the person as it is added."""
    persons = [builders[k] for k in order if builders[k].type == "PERSON" and builders[k].spans]
    surnames = {b.surname for b in persons if len(b.full_tokens) > 1}
    for b in persons:
        if len(b.full_tokens) != 1 or b.full_tokens[0] in surnames or not b.spans:
            continue
        key = first_surname_of(b.full_tokens[0], builders)
        if key and builders[key] is not b and builders[key].spans:
            _merge(builders[key], b, b.name)
            if b.role and not builders[key].role:
                builders[key].role = b.role
