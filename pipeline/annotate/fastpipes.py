"""Faster exact stand-ins for two components of the base model: the attribute ruler and the
rule lemmatizer.

spaCy's ``attribute_ruler`` runs its Matcher over every token and sets the attributes of each
match through a Token object; its rule ``lemmatizer`` makes a Token object per token and caches
only some of its answers. Together they took about a fifth of the parse time of
``en_core_web_sm`` on news. The stand-ins read and write the Doc's attribute arrays and memoise
what depends only on a token's own attributes:

- :class:`FastAttributeRuler` compiles the ruler's patterns (one-token and fixed-length
  patterns over ``TAG``, ``DEP``, ``LOWER``, ``ORTH``, ``IS_SPACE`` with equality, ``IN``,
  ``NOT_IN`` or ``REGEX``, setting ``TAG``, ``POS``, ``MORPH``, ``LEMMA`` or ``DEP``) and
  applies them as the ruler does: every match of the Doc as it was before the ruler, applied
  in the order of the patterns, so that for each token and attribute the last pattern that
  sets it wins.
- :class:`FastLemmatizer` memoises the rule lemmatizer's answer per (orth, POS, morphology),
  which is all its rules read (``Lemmatizer`` and ``EnglishLemmatizer``, mode ``rule``).

Any other ruler pattern, lemmatizer class or mode keeps spaCy's own component
(:func:`speed_up` replaces only what it can compile). The results are the same token
attributes, bit for bit: ``tests/annotate/test_fastpipes.py`` compares them with the real
components on news sentences.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

# the token attributes a pattern may test (key position in a token's key), and how
_KEY_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH}
_SET_ATTRS = {TAG, POS, MORPH, LEMMA, DEP}
# memo sizes at which a memo starts again (entries are pure functions of their key)
_MEMO_MAX = 500_000

Predicate = Callable[[tuple], bool]


class Unsupported(ValueError):
    """A pattern the compiled ruler does not handle: spaCy's own component stays."""


def _predicate(spec: dict[str, Any], strings, key_names: list[str]) -> Predicate:
    """A test on a token's key (its values of ``key_names``) equal to the Matcher's."""
    tests: list[Predicate] = []
    for name, value in spec.items():
        if name not in _KEY_ATTRS:
            raise Unsupported(f"attribute {name}")
        pos = key_names.index(name)
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                raise Unsupported(f"IS_SPACE value {value!r}")
            want = int(value)
            tests.append(lambda key, pos=pos, want=want: key[pos] == want)
        elif isinstance(value, str):
            want = strings.add(value)
            tests.append(lambda key, pos=pos, want=want: key[pos] == want)
        elif isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                values = frozenset(strings.add(a) for a in arg)
                if op == "IN":
                    tests.append(lambda key, pos=pos, values=values: key[pos] in values)
                else:
                    tests.append(lambda key, pos=pos, values=values: key[pos] not in values)
            elif op == "REGEX" and isinstance(arg, str):
                regex = re.compile(arg)
                tests.append(lambda key, pos=pos, regex=regex: bool(regex.search(strings[key[pos]])))
            else:
                raise Unsupported(f"operator {op}")
        else:
            raise Unsupported(f"value {value!r}")
    return lambda key: all(test(key) for test in tests)


# the attributes a pattern's token is indexed by, most selective first
_INDEX_ORDER = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")


def _index_values(spec: dict[str, Any], strings, key_names: list[str]) -> tuple[int, frozenset[int]] | None:
    """(key position, values) such that a token can match ``spec`` only if its key holds one of
    the values there; None when no attribute of ``spec`` is tested for equality."""
    for name in _INDEX_ORDER:
        if name not in spec:
            continue
        value = spec[name]
        if name == "IS_SPACE":
            return key_names.index(name), frozenset({int(value)})
        if isinstance(value, str):
            return key_names.index(name), frozenset({strings.add(value)})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return key_names.index(name), frozenset(strings.add(a) for a in value["IN"])
    return None


class CompiledRuler:
    """An AttributeRuler's patterns as predicates on token keys."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.columns: list[int] = []
        # one-token patterns: (priority, predicate, {attr: value}); longer ones: (priority,
        # [predicate per token], target offset, {attr: value})
        self.single: list[tuple[int, Predicate, dict[int, int]]] = []
        self.multi: list[tuple[int, list[Predicate], int, dict[int, int]]] = []
        self.buckets: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.unindexed: list[tuple[int, int]] = []
        entries = ruler.patterns
        # a token's key: its values of the attributes the patterns test
        self.key_names = sorted({name for entry in entries for pattern in entry["patterns"]
                                 for spec in pattern if isinstance(spec, dict) for name in spec})
        if any(name not in _KEY_ATTRS for name in self.key_names):
            raise Unsupported(f"tests {self.key_names}")
        self.key_attrs = [_KEY_ATTRS[name] for name in self.key_names]
        for priority, entry in enumerate(entries):
            attrs = ruler.attrs[priority]
            if any(name not in _SET_ATTRS for name in attrs):
                raise Unsupported(f"sets {sorted(attrs)}")
            for name in attrs:
                if name not in self.columns:
                    self.columns.append(name)
            index = ruler.indices[priority]
            for pattern in entry["patterns"]:
                if not pattern or not isinstance(pattern, list) or not all(isinstance(spec, dict) for spec in pattern):
                    raise Unsupported("empty pattern")
                target = index if index >= 0 else len(pattern) + index
                if not 0 <= target < len(pattern):
                    raise Unsupported("index outside the pattern")
                predicates = [_predicate(spec, strings, self.key_names) for spec in pattern]
                if len(pattern) == 1:
                    rule = (0, len(self.single))
                    self.single.append((priority, predicates[0], dict(attrs)))
                else:
                    rule = (1, len(self.multi))
                    self.multi.append((priority, predicates, target, dict(attrs)))
                # the rules a token may start, looked up by the values of its key
                indexed = _index_values(pattern[0], strings, self.key_names)
                if indexed is None:
                    self.unindexed.append(rule)
                else:
                    pos, values = indexed
                    for value in values:
                        self.buckets.setdefault((pos, value), []).append(rule)
        self.bucket_positions = sorted({pos for pos, _ in self.buckets})
        self.col_of = {name: c for c, name in enumerate(self.columns)}
        self.key_format = f"={len(self.key_attrs)}Q"
        self.memo: dict[bytes, tuple] = {}

    def token_rules(self, packed: bytes) -> tuple:
        """What the one-token patterns set on a token whose key packs to ``packed``: the value of
        each column (0 where none is set), whether it is set, the priority of the pattern that
        set it, and the multi-token patterns whose first token matches it."""
        key = struct.unpack(self.key_format, packed)
        best: list[tuple[int, int] | None] = [None] * len(self.columns)
        candidates = set(self.unindexed)
        for pos in self.bucket_positions:
            candidates.update(self.buckets.get((pos, key[pos]), ()))
        starts = []
        for kind, r in sorted(candidates):
            if kind == 1:
                if self.multi[r][1][0](key):
                    starts.append(r)
                continue
            priority, predicate, attrs = self.single[r]
            if predicate(key):
                for name, value in attrs.items():
                    c = self.col_of[name]
                    if best[c] is None or best[c][0] < priority:
                        best[c] = (priority, value)
        found = (tuple(0 if b is None else b[1] for b in best), tuple(b is not None for b in best),
                 tuple(-1 if b is None else b[0] for b in best), tuple(starts), key)
        if len(self.memo) >= _MEMO_MAX:
            self.memo.clear()
        self.memo[packed] = found
        return found

    def apply(self, doc: Doc) -> None:
        n = len(doc)
        if not n:
            return
        # a token's key, packed as the bytes of its row of attribute values (hashable, cheap)
        width = 8 * len(self.key_attrs)
        packed = numpy.ascontiguousarray(doc.to_array(self.key_attrs), dtype=numpy.uint64).tobytes()
        memo = self.memo
        rules = [memo.get(packed[a : a + width]) or self.token_rules(packed[a : a + width])
                 for a in range(0, n * width, width)]
        new = numpy.array([r[0] for r in rules], dtype=numpy.uint64)
        mask = numpy.array([r[1] for r in rules], dtype=bool)
        for i, rule in enumerate(rules):
            for m in rule[3]:  # the few multi-token patterns ("gon na", "there is")
                priority, predicates, target, attrs = self.multi[m]
                if i + len(predicates) > n or not all(p(rules[i + k][4]) for k, p in enumerate(predicates[1:], 1)):
                    continue
                t = i + target
                for name, value in attrs.items():
                    c = self.col_of[name]
                    if not mask[t, c] or rules[t][2][c] < priority:
                        # a later pattern wins over the one-token pattern (whose priority is kept
                        # in rules[t]) and over earlier multi-token ones
                        new[t, c] = value
                        mask[t, c] = True
                        rules[t] = (*rules[t][:2], tuple(priority if k == c else p for k, p in enumerate(rules[t][2])),
                                    *rules[t][3:])
        if mask.any():
            values = doc.to_array(self.columns).reshape((n, len(self.columns)))
            numpy.copyto(values, new, where=mask)
            doc.from_array(self.columns, values)


class FastAttributeRuler:
    """The attribute ruler, compiled (see the module doc); spaCy's own ruler when it cannot be."""

    def __init__(self, ruler: AttributeRuler, compiled: CompiledRuler) -> None:
        self.ruler = ruler
        self.compiled = compiled

    def __call__(self, doc: Doc) -> Doc:
        self.compiled.apply(doc)
        return doc


class FastLemmatizer:
    """The rule lemmatizer with every answer memoised per (orth, POS, morphology)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        lemmatizer.lookups = _indexes_as_sets(lemmatizer.lookups)
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated or not len(doc):
            return lemmatizer(doc)  # validates its tables (and raises as spaCy does)
        strings = doc.vocab.strings
        overwrite = lemmatizer.overwrite
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        memo = self.memo
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if pos:  # no POS: spaCy warns on every such token; not memoised
                    if len(memo) >= _MEMO_MAX:
                        memo.clear()
                    memo[key] = found
            values[i, 3] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], values[:, 3:4].copy())
        return doc


def _indexes_as_sets(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables with each word list of ``lemma_index`` as a set: the rules test
    ``form in index``, a scan of up to 57,000 nouns in a list, an instant in a set."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            sets = Table(name=name)
            for key, value in table.items():
                sets[key] = frozenset(value) if isinstance(value, list) else value
            table = sets
        copy.set_table(name, table)
    return copy


def compile_ruler(ruler: Any) -> CompiledRuler | None:
    """The compiled form of an AttributeRuler, or None when it has a pattern not handled."""
    if type(ruler) is not AttributeRuler:
        return None
    try:
        return CompiledRuler(ruler)
    except Unsupported:
        return None


def lemmatizer_memoisable(lemmatizer: Any) -> bool:
    """Whether a lemmatizer's answer depends on (orth, POS, morphology) alone: spaCy's rule
    lemmatizer and the English one (its ``is_base_form`` reads POS and morphology)."""
    return type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and lemmatizer.mode == "rule"


@Language.factory("negotiation_graph_fast_attribute_ruler_v1", default_config={"source": "attribute_ruler"},
                  assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep"])
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """The compiled form of the pipeline's ruler ``source`` (see :func:`speed_up`).

    Raises:
        ValueError: ``source`` is no AttributeRuler, or has a pattern the compiler does not handle.
    """
    ruler = nlp.get_pipe(source)
    compiled = compile_ruler(ruler)
    if compiled is None:
        raise ValueError(f"the component {source!r} is not an attribute ruler whose patterns can be compiled")
    return FastAttributeRuler(ruler, compiled)


@Language.factory("negotiation_graph_fast_lemmatizer_v1", default_config={"source": "lemmatizer"},
                  assigns=["token.lemma"])
def make_fast_lemmatizer(nlp: Language, name: str, source: str) -> FastLemmatizer:
    """The memoised form of the pipeline's rule lemmatizer ``source`` (see :func:`speed_up`).

    Raises:
        ValueError: ``source`` is not a lemmatizer whose answers can be memoised.
    """
    lemmatizer = nlp.get_pipe(source)
    if not lemmatizer_memoisable(lemmatizer):
        raise ValueError(f"the component {source!r} is not a rule lemmatizer that can be memoised")
    return FastLemmatizer(lemmatizer)


def speed_up(nlp: Language) -> list[str]:
    """Replace the base model's attribute ruler and rule lemmatizer by their fast stand-ins where
    they can be made exactly (:func:`compile_ruler`, :func:`lemmatizer_memoisable`); the others
    stay. The stand-in takes the name and place of the component it replaces.

    Returns:
        The names of the components replaced.
    """
    replaced = []
    for name, proc in list(nlp.pipeline):
        if isinstance(proc, AttributeRuler) and compile_ruler(proc) is not None:
            factory = "negotiation_graph_fast_attribute_ruler_v1"
        elif isinstance(proc, Lemmatizer) and lemmatizer_memoisable(proc):
            factory = "negotiation_graph_fast_lemmatizer_v1"
        else:
            continue
        temporary = f"ng_fast_{name}"
        nlp.add_pipe(factory, name=temporary, after=name, config={"source": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(temporary, name)
        replaced.append(name)
    return replaced
