"""Canonical issues inside a negotiation, and their categories (part of the resolve stage).

The words come from ``models/taxonomy.toml`` (synonyms, weak modifiers, wrapper nouns, generic
heads, the non-issue stop list, the category taxonomy); this module holds only the grammar of
issue labels: a label is a head noun with modifiers before it and complements after its first
preposition ("immediate interim 30-day ceasefire": head ceasefire, modifier 30-day;
"recognition of occupied territories": head recognition, complement occupied territories).

Two labels of one negotiation are one issue when, after synonyms and weak modifiers, they have
the same head, modifiers and complement; a bare or less specific label joins a more specific
one only when that is the only one it could mean ("ceasefire" joins "30-day ceasefire" unless
the negotiation also has an "energy ceasefire"). Labels never fold across negotiations.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .extract.text import fold
from .grammar import FRAME_PREPOSITIONS, LABEL_FUNCTION_WORDS, LABEL_PREPOSITIONS, OBJECT_DETERMINERS
from .ids import slugify, spell_signs, suffixed_slug
from .records import Issue


# the prepositions of what a concession gives up ("concessions on territory"); "to" and "from"
# name who gets or makes it
CONCESSION_PREPOSITIONS = frozenset({"on", "of", "over"})
ARTICLES = frozenset({"the", "a", "an"})


class Category(NamedTuple):
    key: str
    label: str
    keywords: tuple[str, ...]
    # whether its words name a concrete issue (false for the talks themselves)
    concrete: bool = True


@dataclass(frozen=True, eq=False)
class IssueModel:
    """The contents of ``models/taxonomy.toml``."""

    synonyms: tuple[tuple[str, str], ...]
    weak_modifiers: frozenset[str]
    earlier_modifiers: frozenset[str]
    wrappers: frozenset[str]
    frames: frozenset[str]
    activity_heads: frozenset[str]
    measure_modifiers: dict[str, str]
    concessions: frozenset[str]
    concession_qualifiers: frozenset[str]
    meeting_heads: frozenset[str]
    meeting_units: frozenset[str]
    sequence_modifiers: frozenset[str]
    generic_heads: frozenset[str]
    stop_labels: frozenset[str]
    categories: tuple[Category, ...]
    # heads that name no issue with modifiers that name none either ("hard questions")
    stop_heads: frozenset[str] = frozenset()
    # the modifiers that name nothing with those heads ("hard", "next", "mixed")
    empty_modifiers: frozenset[str] = frozenset()
    # a verb opening a label before its bare object -> the noun of its action ("withdraw troops"
    # is the "withdrawal of troops"); ``noun_verbs`` only before a determiner ("free the hostages",
    # not "free trade")
    verbs: dict[str, str] = field(default_factory=dict)
    noun_verbs: dict[str, str] = field(default_factory=dict)
    # number words -> digits ("six-week truce" is the "6-week truce")
    numbers: dict[str, str] = field(default_factory=dict)
    # states' names and aliases, as written (case counts: "US" is a state, "us" is not), and the
    # pattern that finds them: "U.S. sanctions" and "sanctions by the United States" are one (see
    # ``with_places``); empty unless the resolve stage gives the gazetteer
    places: dict[str, str] = field(default_factory=dict)
    place_pattern: re.Pattern | None = None


@lru_cache(maxsize=4)
def load_issue_model(path: Path) -> IssueModel:
    """Read the issue taxonomy file.

    Raises:
        ValueError: naming the file, when it is missing, not TOML or lacks a table.
    """
    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ValueError(f"issue taxonomy {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"issue taxonomy {path} is not valid TOML: {exc}") from exc
    try:
        fold_table, stop, cats = data["fold"], data["stop"], data["categories"]
        synonyms = sorted(((fold(k), fold(v)) for k, v in fold_table["synonyms"].items()), key=lambda kv: (-len(kv[0]), kv[0]))
        return IssueModel(
            synonyms=tuple(synonyms),
            weak_modifiers=frozenset(fold(w) for w in fold_table["weak_modifiers"]),
            earlier_modifiers=frozenset(stem(w) for w in fold_table.get("earlier_modifiers", [])),
            wrappers=frozenset(fold(w) for w in fold_table["wrappers"]),
            frames=frozenset(fold(w) for w in fold_table.get("frames", [])),
            activity_heads=frozenset(fold(w) for w in fold_table.get("activity_heads", [])),
            measure_modifiers={fold(k): fold(v) for k, v in fold_table.get("measure_modifiers", {}).items()},
            concessions=frozenset(fold(w) for w in fold_table.get("concessions", [])),
            concession_qualifiers=frozenset(fold(w) for w in fold_table.get("concession_qualifiers", [])),
            meeting_heads=frozenset(stem(w) for w in fold_table.get("meeting_heads", [])),
            meeting_units=frozenset(fold(w) for w in fold_table.get("meeting_units", [])),
            sequence_modifiers=frozenset(fold(w) for w in fold_table.get("sequence_modifiers", [])),
            generic_heads=frozenset(fold(w) for w in fold_table["generic_heads"]),
            stop_labels=frozenset(fold(w) for w in stop["labels"]),
            stop_heads=frozenset(stem(fold(w)) for w in stop.get("heads", [])),
            empty_modifiers=frozenset(fold(w) for w in stop.get("empty_modifiers", [])),
            categories=tuple(Category(k, v["label"], tuple(fold(x) for x in v["keywords"]), bool(v.get("concrete", True)))
                             for k, v in cats.items()),
            verbs={fold(k): fold(v) for k, v in fold_table.get("verbs", {}).items()},
            noun_verbs={fold(k): fold(v) for k, v in fold_table.get("noun_verbs", {}).items()},
            numbers={fold(k): fold(v) for k, v in fold_table.get("numbers", {}).items()},
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"issue taxonomy {path} lacks or misshapes {exc}") from exc


@lru_cache(maxsize=8)
def with_places(model: IssueModel, places: tuple[tuple[str, str], ...]) -> IssueModel:
    """The model with the names of states and international organisations: each form (a name or
    alias as written: "U.S.", "US", "America", "Britain", "EU") -> the state's or body's name. A label's key then reads "U.S. sanctions", "US
    sanctions" and "sanctions by the United States" alike (memoised, so one gazetteer gives one
    model, whose readings are cached)."""
    table = {form: name for form, name in places if form and name}
    if not table:
        return model
    forms = sorted(table, key=lambda f: (-len(f), f))
    # a possessive goes with its name ("America's sanctions": the state is the argument)
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")(?:['’]s)?(?![\w])")
    return replace(model, places=table, place_pattern=pattern)


def place_forms(entries: Iterable) -> tuple[tuple[str, str], ...]:
    """The (form, name) pairs of the states and international organisations (tag ``io``) of a
    gazetteer (entries with ``is_state``, ``name``, ``aliases``, ``tags``): the name itself, its
    aliases, and the aliases written with a final full stop also without it ("U.S" as a label may
    end); "leaving the EU" and "leaving the European Union" are one. Not demonyms: "Turkish
    soldiers" names the party whose soldiers they are, and read as "Turkey" it makes a bare
    "agreement between Turkey and Libya" match every agreement with a Turkish side, so it joins none."""
    pairs = []
    for entry in entries:
        if not (entry.is_state or "io" in getattr(entry, "tags", ())):
            continue
        for form in (entry.name, *entry.aliases):
            pairs.append((form, entry.name))
            if form.endswith(".") and len(form) > 2:
                pairs.append((form[:-1], entry.name))
    return tuple(sorted(set(pairs)))


def _placed(label: str, model: IssueModel) -> str:
    """The label with each state's form written as the state's name."""
    if model.place_pattern is None:
        return label
    return model.place_pattern.sub(lambda m: model.places[m.group(1)], label)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: plurals folded, long words cut to seven letters (territory/territorial,
    concession/concessions, hostage/hostages fall together)."""
    word = fold(word)
    if word.endswith("ies") and len(word) > 6:
        word = word[:-3] + "y"
    elif re.search(r"(?:ss|x|z|ch|sh)es$", word) and len(word) > 4:
        word = word[:-2]  # "taxes", "watches"; "hostages" and "hostage" stay one stem
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        word = word[:-1]
    return word[:7] if len(word) > 7 else word


def _words(label: str, model: IssueModel) -> list[str]:
    return list(_cached_words(label, model))


# a plural after a number: "30 days" is the "30-day" of "30-day ceasefire" (not "ss": "3 class")
_COUNTED_PLURAL = re.compile(r"(?<=\d )([a-z]{2,}[^s\W])s\b")


@lru_cache(maxsize=4)
def _number_pattern(model: IssueModel) -> re.Pattern | None:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, model.numbers))) + r")\b") if model.numbers else None


def _numbered(text: str, model: IssueModel) -> str:
    """Number words as digits, and a counted noun singular (text folded: hyphens are spaces):
    "six-week truce", "6-week truce" and "truce of six weeks" say one length."""
    pattern = _number_pattern(model)
    if pattern is not None:
        text = pattern.sub(lambda m: model.numbers[m.group(1)], text)
    return _COUNTED_PLURAL.sub(r"\1", text)


def _verb_read(words: list[str], model: IssueModel) -> list[str]:
    """A label opened by a verb with its bare object, read as the verb's action: "withdraw troops"
    -> "withdrawal of troops"; a word that is also a noun or adjective only before a determiner
    ("free the hostages" -> "release of the hostages"; "free trade" stays)."""
    if len(words) < 2 or words[1] in LABEL_PREPOSITIONS:
        return words
    noun = model.verbs.get(words[0])
    if noun is None and words[1] in OBJECT_DETERMINERS:
        noun = model.noun_verbs.get(words[0])
    return words if noun is None else [*noun.split(), "of", *words[1:]]


@lru_cache(maxsize=65536)
def _cached_words(label: str, model: IssueModel) -> tuple[str, ...]:
    text = f" {fold(spell_signs(_placed(label, model)))} "  # "$5 billion" and "€5 billion" are two amounts
    text = re.sub(r"[^\w\s\-]", " ", text)
    text = re.sub(r"\s+", " ", text)
    text = f" {' '.join(_verb_read(_numbered(text, model).split(), model))} "
    text = re.sub(r"(?<= )(?:the|a|an) ", "", text)  # "halt to the fighting" is "halt to fighting"
    gerund = next((p for p, _ in model.synonyms if p.split()[0].endswith("ing") and text.startswith(f" {p} ")), None)
    rest = text[len(gerund) + 2 :].split() if gerund is not None else []
    if rest and rest[0] not in LABEL_PREPOSITIONS:
        # "withdrawing troops", "freeing the hostages": a gerund the synonym table names as an
        # action, with a bare object, is the action of its object ("withdrawal of troops")
        text = f" {gerund} of {' '.join(rest)} "
    for phrase, canonical in model.synonyms:
        if phrase in text:
            text = text.replace(f" {phrase} ", f" {canonical} ")
    return tuple(text.split())


@lru_cache(maxsize=65536)
def _uses_synonym(label: str, model: IssueModel) -> bool:
    plain = re.sub(r"\s+", " ", re.sub(r"[^\w\s\-]", " ", fold(spell_signs(_placed(label, model))))).split()
    plain = [w for w in plain if w not in ARTICLES]
    return tuple(plain) != _cached_words(label, model)


def _plural(word: str) -> bool:
    return stem(word) != word and word.endswith("s") and not word.endswith("ss")


class IssueKey(NamedTuple):
    """What an issue label says: its head and the other content words (stems, order-free, so
    "territorial concessions" and "concession of territory" are one key)."""

    head: str
    spec: frozenset[str]


@lru_cache(maxsize=65536)
def issue_key(label: str, model: IssueModel) -> IssueKey:
    """The key of a label ("enacting of immediate interim 30-day ceasefire" -> ceasefire, {30-day})."""
    words = _words(label, model)
    while len(words) > 1 and words[0] in ARTICLES:  # "the resumption of the talks"
        words = words[1:]
    if len(words) == 2 and words[0] in model.wrappers and words[0].endswith("ing") and _plural(words[1]):
        # "resuming talks", "continuing strikes": a gerund wrapper and its bare object (a plural:
        # "continuing resolution", "starting point" are compound nouns)
        words = words[1:]
    # "enacting of X", "acceptance of X": the object is the issue
    while len(words) > 2 and words[0] in model.wrappers:
        rest = words[1:]
        while rest and rest[0] in LABEL_PREPOSITIONS | ARTICLES:
            rest = rest[1:]
        if not rest:
            break
        words = rest
    cut = next((i for i, w in enumerate(words) if w in LABEL_PREPOSITIONS and i > 0), len(words))
    before = [w for w in words[:cut] if w not in LABEL_FUNCTION_WORDS]
    after = [w for w in words[cut:] if w not in LABEL_FUNCTION_WORDS]
    if before and before[-1] in model.frames and after and words[cut] in FRAME_PREPOSITIONS:
        # "EU proposal for normalization between the parties": the normalization is at stake
        return issue_key(" ".join(words[cut + 1:]), model)
    if before and before[-1] in model.concessions:
        # "territorial concessions", "concessions on territory": what is given up is at stake
        # ("painful concessions" say how hard, not what)
        given = [w for w in before[:-1] if w not in model.weak_modifiers | model.concession_qualifiers]
        if given:
            return issue_key(" ".join(given + words[cut:]), model)
        if after and words[cut] in CONCESSION_PREPOSITIONS:
            return issue_key(" ".join(words[cut + 1:]), model)
    if before and before[-1] in model.meeting_units and after and words[cut] == "of":
        return issue_key(" ".join(words[cut + 1:]), model)  # "the second round of talks": the talks
    if not before:
        return IssueKey("", frozenset(stem(w) for w in after))
    if len(before) > 1 and before[-1] in model.activity_heads:
        before = before[:-1]  # "independence activities on the island": its independence
    measure = next((model.measure_modifiers[w] for w in before[:-1] if w in model.measure_modifiers), None)
    if measure is not None:  # "higher wages": a wage increase
        before = [w for w in before if w not in model.measure_modifiers] + [measure]
    weak = model.weak_modifiers
    if stem(before[-1]) in model.meeting_heads:  # "the first formal negotiations" are the talks
        weak = weak | model.sequence_modifiers
    spec = frozenset(stem(w) for w in before[:-1] + after if w not in weak)
    return IssueKey(stem(before[-1]), spec - {stem(before[-1])})


def named_words(label: str, model: IssueModel | None = None) -> set[str]:
    """The stems of a label's names and numbers: words written with a capital or a digit
    ("November 27 border agreement between Turkey and Libya" -> novembe, 27, turkey, libya; with
    the model's states, "U.S. sanctions" -> united, state)."""
    if model is not None:
        label = _placed(label, model)
    return {stem(w) for w in re.findall(r"[\w\-]+", label) if w[:1].isupper() or any(ch.isdigit() for ch in w)}


def compound_tails(label: str) -> set[str]:
    """The stems of the later parts of a label's hyphenated words: "working-level" is one
    modifier, written as one word, though its parts are two words of the key (working, level)."""
    return {stem(part) for word in re.findall(r"\w+(?:-\w+)+", label) for part in word.split("-")[1:]}


def is_stop_label(label: str, model: IssueModel) -> bool:
    """Whether a label names no issue ("position", "the documents", "line"), also with modifiers
    that name none ("hard questions", "the next steps", "less controversial issues"): a head of
    [stop] heads with no complement, no name and only modifiers of [stop] empty_modifiers ("the
    border issue", "the Taiwan question", "the water issue" name one)."""
    words = [w for w in _words(label, model) if w not in LABEL_FUNCTION_WORDS]
    while len(words) > 1 and words[0] in model.wrappers:  # "saying of a few words": the words
        words = words[1:]
    if not words or " ".join(words) in model.stop_labels:
        return True
    if any(w in LABEL_PREPOSITIONS for w in _words(label, model)[1:]) or named_words(label):
        return False
    if len(words) < 2 or stem(words[-1]) not in model.stop_heads:
        return False  # a bare head is a stop label only as listed ("the answers" may be at stake)
    # every modifier one that names nothing: "the water issue" names its topic
    return all(w in model.empty_modifiers for w in words[:-1])


def is_generic(label: str, model: IssueModel) -> bool:
    """Whether a label's head is a generic one (talks, plan, deal, process...)."""
    key = issue_key(label, model)
    return not key.head or key.head in {stem(h) for h in model.generic_heads}


def fold_issues(labels: Counter, model: IssueModel) -> dict[str, str]:
    """Fold the labels of one negotiation into issues.

    Args:
        labels: label -> number of stances with it.
        model: the issue taxonomy.

    Returns:
        label -> the display label of its issue (the shortest full form: the fewest words among
        the labels with the issue's own key, then one in the synonym table's canonical words,
        the most frequent, the shortest, alphabetical).
    """
    by_key: dict[IssueKey, list[str]] = defaultdict(list)
    for label in sorted(labels):
        by_key[issue_key(label, model)].append(label)
    keys = sorted(by_key, key=lambda k: (len(k.spec), k.head, sorted(k.spec)))
    named = {k: set().union(*(named_words(m, model) for m in by_key[k])) for k in keys}
    tails = {k: set().union(*(compound_tails(m) for m in by_key[k])) for k in keys}
    target: dict[IssueKey, IssueKey] = {k: k for k in keys}
    same_head: dict[str, list[IssueKey]] = defaultdict(list)
    for k in keys:
        same_head[k.head].append(k)
    for k in keys:
        if not k.head:
            continue
        # the more specific keys this one could mean; it joins them only when they are one chain.
        # Names and numbers do not count against the join ("border agreement" is the "November 27
        # maritime border agreement between Turkey and Libya"), at most two other words do (a
        # hyphenated word is one: "working-level nuclear talks" has two)
        # An earlier issue ("earlier temporary truce") is not what a bare "truce" means now
        wider = [o for o in same_head[k.head] if o != k and k.spec < o.spec
                 and len(o.spec - k.spec - named[o] - tails[o]) <= 2 and not (o.spec - k.spec) & model.earlier_modifiers]
        widest = max(wider, key=lambda o: (len(o.spec), sorted(o.spec)), default=None)
        if widest is not None and all(o.spec <= widest.spec for o in wider):
            target[k] = widest
    _follow_roots(target, keys)
    _join_vehicles(target, keys, named, model)
    display: dict[IssueKey, str] = {}
    for root in set(target.values()):
        own = by_key[root]
        display[root] = min(own, key=lambda m: (len(m.split()), _uses_synonym(m, model), -labels[m], len(m), m))
    return {label: display[target[k]] for k, members in by_key.items() for label in members}


def _follow_roots(target: dict[IssueKey, IssueKey], keys: list[IssueKey]) -> None:
    for k in keys:
        root = target[k]
        while target[root] != root:
            root = target[root]
        target[k] = root


def _join_vehicles(target: dict[IssueKey, IssueKey], keys: list[IssueKey], named: dict[IssueKey, set[str]],
                   model: IssueModel) -> None:
    """An issue joins the one agreement, plan or talks of its negotiation that is about it:
    "maritime borders in the Eastern Mediterranean" is the "maritime border agreement between
    Turkey and Libya" (the vehicle's words are the issue's head and words, names aside; "sanctions"
    is not the "talks on sanctions relief"). With two such vehicles ("ceasefire agreement",
    "ceasefire plan") it stays on its own."""
    generic = {stem(h) for h in model.generic_heads}
    roots = sorted(set(target.values()), key=lambda k: (len(k.spec), k.head, sorted(k.spec)))
    vehicles = [(g, g.spec - named[g]) for g in roots if g.head in generic and g.spec - named[g]]
    moved: dict[IssueKey, IssueKey] = {}
    owns = {root: (root.spec - named[root]) | {root.head} for root in roots if root.head and root.head not in generic}
    for root, own in owns.items():
        about = [g for g, content in vehicles if content == own]
        if not about:
            # "permanent ceasefire" and the one "ceasefire agreement": a vehicle about the issue's
            # head and fewer of its words is about it when no other issue of the negotiation is
            # ("ceasefire agreement" beside a "permanent" and a "temporary ceasefire" is neither)
            about = [g for g, content in vehicles if content < own and root.head in content and len(own - content) <= 2
                     and not any(content <= other for o, other in owns.items() if o != root)]
        if len(about) == 1:
            moved[root] = about[0]
    for k in keys:
        target[k] = moved.get(target[k], target[k])


@lru_cache(maxsize=4)
def _category_keywords(model: IssueModel) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool], ...]:
    """Per category: its one-word keywords matched as prefixes, those matched as whole words
    (short ones: "pay" is no "payment", "inf" no "information"), its phrases, and whether it
    is concrete."""
    return tuple((c.key, tuple(k for k in c.keywords if " " not in k and len(k) > _SHORT_KEYWORD),
                  tuple(k for k in c.keywords if " " not in k and len(k) <= _SHORT_KEYWORD),
                  tuple(k for k in c.keywords if " " in k), c.concrete)
                 for c in model.categories)


# a keyword of this many letters or fewer names its category as a whole word (or its plural) only
_SHORT_KEYWORD = 3
# prepositions after a vehicle of the talks ("resumption of", "talks on", "agreement over") whose
# object is what the talks are about
_ABOUT_PREPOSITIONS = frozenset({"of", "on", "over", "about"})


def _word_category(word: str, table) -> tuple[str, bool]:
    for category, prefixes, whole, _, concrete in table:
        if word.startswith(prefixes) or (whole and (word in whole or word.endswith("s") and word[:-1] in whole)):
            return category, concrete
    return "", False


def _whole_word_category(word: str, table) -> tuple[str, bool]:
    """A modifier's category: only a keyword that is the whole word, or its plural, names one
    ("maritime border agreement" is about the border; "regional cooperation" is not about a region)."""
    for category, prefixes, whole, _, concrete in table:
        if any(word == k or word == f"{k}s" for k in (*prefixes, *whole)):
            return category, concrete
    return "", False


def _phrase_category(words: list[str], table) -> str:
    text = f" {' '.join(words)} "
    for category, _, _, phrases, _ in table:
        if any(f" {k}" in text for k in phrases):
            return category
    return ""


@lru_cache(maxsize=65536)
def category_of(label: str, model: IssueModel) -> str:
    """The category of an issue label.

    A keyword phrase in the label names it first ("security assistance" is security, not aid);
    else the head's category, unless the head is a vehicle of the talks whose object ("resumption
    of security assistance", "talks on the border") or a modifier as a whole keyword ("maritime
    border agreement", "trade deal") names a concrete category; else the first word's that names one,
    a wrapper's ("resumption of") last.
    """
    words = _words(label, model)
    table = _category_keywords(model)
    phrase = _phrase_category(words, table)
    if phrase:
        return phrase
    key = issue_key(label, model)
    for k, word in enumerate(words):
        if stem(word) != key.head:
            continue
        category, concrete = _word_category(word, table)
        if not category:
            continue
        if not concrete:
            about = ""
            if k + 1 < len(words) and words[k + 1] in _ABOUT_PREPOSITIONS:
                about = next((c for c, strong in (_word_category(w, table) for w in words[k + 2:]) if c and strong), "")
            if not about:
                about = next((c for c, strong in (_whole_word_category(w, table) for w in words[:k]) if c and strong), "")
            if about:
                return about
        return category
    # no category on the head: the first word's that names one, a wrapper's last ("resumption of
    # arms deliveries" is disarmament: the wrapper only says what is done with the deliveries)
    firsts = [_word_category(word, table)[0] for word in words if word not in model.wrappers]
    firsts += [_word_category(word, table)[0] for word in words if word in model.wrappers]
    return next((c for c in firsts if c), "")


# ---------------------------------------------------------------------------------------------
# Canonical issues, inside negotiations
# ---------------------------------------------------------------------------------------------


def resolve_issues(labels: Iterable[tuple[str, str]], model: IssueModel) -> tuple[list[Issue], dict[tuple[str, str], str]]:
    """Fold issue labels into canonical issues, one negotiation at a time.

    Args:
        labels: (negotiation_id, label) pairs, one per stance.

    Returns:
        (issues, map (negotiation_id, label) -> issue_id). An issue's id is the slug of its
        label, followed by its negotiation's id when another negotiation has an issue of that
        label too: issues never join across negotiations.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for negotiation_id, label in labels:
        counts[negotiation_id][label] += 1
    folded = {nid: fold_issues(counter, model) for nid, counter in counts.items()}
    negotiations_of_slug: dict[str, set[str]] = defaultdict(set)
    for nid, mapping in folded.items():
        for display in mapping.values():
            negotiations_of_slug[slugify(spell_signs(display))].add(nid)
    issues: dict[str, Issue] = {}
    label_to_id: dict[tuple[str, str], str] = {}
    for nid in sorted(folded):
        members: dict[str, list[str]] = defaultdict(list)
        for label, display in folded[nid].items():
            members[display].append(label)
        for display in sorted(members):
            slug = slugify(spell_signs(display))  # "10% pay rise" -> 10-percent-pay-rise
            issue_id = slug if len(negotiations_of_slug[slug]) == 1 else suffixed_slug(slug, nid)
            same = issues.get(issue_id)
            if same is not None and same.negotiation_id == nid:
                # "U.S. sanctions" and "US sanctions": one slug in one negotiation is one issue
                aliases = set(same.aliases) | {display, *members[display]}
                issues[issue_id] = same._replace(aliases=tuple(sorted(aliases - {same.label})))
            else:
                n = 2
                while issue_id in issues:  # a slug cut at its length limit: number it, never overwrite
                    issue_id, n = suffixed_slug(slug, f"{nid}-{n}"), n + 1
                category = category_of(display, model)
                issues[issue_id] = Issue(issue_id, display, tuple(sorted(set(members[display]) - {display})), (),
                                         category, 0, nid, f"category-{category}" if category else "")
            for label in members[display]:
                label_to_id[(nid, label)] = issue_id
    return sorted(issues.values(), key=lambda i: i.issue_id), label_to_id


def category_rows(issues: Iterable[Issue], model: IssueModel) -> list[Issue]:
    """The category level of the issue hierarchy: one row per category that has issues."""
    members: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        if issue.category:
            members[issue.category].append(issue)
    rows = []
    for category in model.categories:
        if category.key in members:
            group = members[category.key]
            rows.append(Issue(f"category-{category.key}", category.label, (),
                              tuple(sorted({d for i in group for d in i.doc_ids})), category.key,
                              sum(i.n_stances for i in group), "", "", "category"))
    return rows
