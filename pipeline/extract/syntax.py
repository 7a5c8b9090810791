"""Small readings of the dependency parse shared by the quote, stance and actor rules.

Each takes a token and answers one grammatical question (its child with a given label, the
object of a preposition, whether it is passive or an infinitive, which subject a participle
shares). They know no vocabulary beyond the grammar of :mod:`pipeline.grammar`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..grammar import PERFECT_AUX, RESULT_PARTICLES
from .text import doc_tokens, per_doc, sent_of


@per_doc
def doc_child_table(doc: Doc) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    """Every token's children, computed once per Doc, as one tuple of Tokens (the children of
    token 0, then of token 1 ..., each token's in document order) and where each token's begin
    (``starts[i]`` to ``starts[i + 1]``): ``Token.children`` walks the token's left and right
    edges and builds a Token at each step on every call, and the rules ask for the same children
    again and again. One tuple and a tuple of ints, not a tuple per token: the tables of every Doc
    of a batch are alive together while the components run over it, and each tuple of Tokens is an
    object the garbage collector walks at each full collection. Kept on the Doc
    (:func:`.text.per_doc`); the extractors never retokenize."""
    tokens = doc_tokens(doc)
    n = len(tokens)
    # each head as an offset from its token (read from the Doc's array, without making a Token
    # for each head; the array holds the offsets unsigned, so they are read back as signed)
    offsets = doc.to_array("HEAD").astype("int64")
    dependents = offsets.nonzero()[0]
    heads = dependents + offsets[dependents]
    order = heads.argsort(kind="stable")  # by head, each head's children in document order
    flat = tuple([tokens[i] for i in dependents[order].tolist()])
    starts = tuple(heads[order].searchsorted(range(n + 1)).tolist()) if n else (0,)
    return flat, starts


def doc_children(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    """Every token's children (by token index), as ``tuple(tok.children)`` for each token."""
    flat, starts = doc_child_table(doc)
    return tuple(flat[starts[i] : starts[i + 1]] for i in range(len(doc)))


# The Doc asked last and its children: the rules ask about one Doc hundreds of thousands of
# times in a row, and a look-up in the Doc's tables costs several times an identity test. The Doc
# is held here while it is the last (its id is not reused meanwhile).
_LAST: list = [None, (), (0,)]


def _children(doc: Doc, i: int) -> tuple[Token, ...]:
    last = _LAST
    if last[0] is not doc:
        last[1], last[2] = doc_child_table(doc)
        last[0] = doc
    starts = last[2]
    return last[1][starts[i] : starts[i + 1]]


def children_of(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``, from the per-Doc table of :func:`doc_child_table` (:func:`_children`
    written out: asked about 700,000 times per 400 articles, the call is a tenth of the cost)."""
    doc, last, i = tok.doc, _LAST, tok.i
    if last[0] is not doc:
        last[1], last[2] = doc_child_table(doc)
        last[0] = doc
    starts = last[2]
    return last[1][starts[i] : starts[i + 1]]


def lefts_of(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.lefts)``: the children before ``tok``, from the per-Doc cache."""
    i = tok.i
    return tuple(c for c in _children(tok.doc, i) if c.i < i)


def rights_of(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.rights)``: the children after ``tok``, from the per-Doc cache."""
    i = tok.i
    return tuple(c for c in _children(tok.doc, i) if c.i > i)


def lemma_guesses(word: str, strict: bool = False) -> tuple[str, ...]:
    """The lemmas the verb form ``word`` may be of where the small model's lemmatizer slips
    ("hopes", "hoped", "hoping" -> "hop"): ``word`` less "-s" or "-d", less "-es" or "-ed", less
    "-ing" with its "e" back, less "-ing", in that order. Loose (the default), each is tried
    whatever ``word`` ends in; ``strict``, only those of an ending ``word`` has."""
    if not strict:
        return word[:-1], word[:-2], word[:-3] + "e", word[:-3]
    guesses = [word[:-1]] if word.endswith(("s", "d")) else []
    if word.endswith("ed"):
        guesses.append(word[:-2])
    if word.endswith("ing"):
        guesses += [word[:-3] + "e", word[:-3]]
    return tuple(guesses)


def first_child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` attached with one of ``deps``."""
    for c in children_of(tok):  # (a loop: a generator and next() cost more, 120,000 times per 400 articles)
        if c.dep_ in deps:
            return c
    return None


def first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words ``tok`` belongs to ("the unions and the employers":
    "unions" for "employers"); ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def prep_object(prep: Token | None) -> Token | None:
    """The object of a preposition (``None`` for no preposition)."""
    return first_child(prep, "pobj", "pcomp") if prep is not None else None


def is_passive(tok: Token) -> bool:
    for c in children_of(tok):  # (a loop, as first_child)
        if c.dep_ in {"auxpass", "nsubjpass"}:
            return True
    return False


def modal_perfect(tok: Token) -> bool:
    """"should have vetoed", "must have known", "ought to have been rejected": a verb whose
    auxiliaries put a perfect after a modal or "to" (the base "have", not "has"/"had"), said of
    the past."""
    aux = [c for c in children_of(tok) if c.dep_ == "aux"]
    return any(c.lower_ in PERFECT_AUX for c in aux) and any(c.tag_ in {"MD", "TO"} for c in aux)


def passive_subject(tok: Token) -> Token | None:
    """The subject of a passive verb: its own, or, for a passive coordinated without one with
    another passive, that one's subject ("a proposal was presented to Hamas and should be
    accepted": the proposal is what should be accepted)."""
    subj = first_child(tok, "nsubjpass", "nsubj")
    if subj is None and tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"} \
            and first_child(tok, "dobj") is None:
        subj = first_child(tok.head, "nsubjpass")  # not "Hamas rejected the plan and was condemned"
    return subj


def is_infinitive(tok: Token) -> bool:
    """"to host talks": a verb after "to", whatever tag the parser gave it."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(tok)) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 1].dep_ == "aux")


def participle_subject(tok: Token) -> Token | None:
    """'..., calling Ukraine's goal "unrealistic"': a participle after a comma shares the main
    clause's subject (when that subject comes before it)."""
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "acl"} and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        subj = first_child(sent_of(tok).root, "nsubj", "nsubjpass")
        if subj is not None and subj.i < tok.i:
            return subj
    return None


def result_particle(tok: Token) -> Token | None:
    """The particle of a result after a verb's object, which the parser reads as an adverb or a
    small clause: the "over" of "declared the strike officially over", "declared [the strike
    over]", or a preposition with no object hung on the object ("declared a strike “officially
    over”") (grammar.RESULT_PARTICLES)."""
    found = next((c for c in children_of(tok) if c.i > tok.i and c.lower_ in RESULT_PARTICLES
                  and c.dep_ in {"advmod", "ccomp", "oprd", "acomp"}), None)
    obj = first_child(tok, "dobj")
    if found is None and obj is not None:
        found = next((c for c in children_of(obj) if c.i > obj.i and c.lower_ in RESULT_PARTICLES
                      and c.dep_ == "prep" and first_child(c, "pobj") is None), None)
    return found


def misread_clause(tok: Token) -> bool:
    """Whether a noun hung on another as a clause is a "that" clause the parser read as a noun
    phrase: "its demand that Hamas disarm", "renewed its call that Hamas disarm" (the small model
    tags the bare verb after a name as a noun, hangs it as acl or relcl, takes "that" for its mark
    or determiner and the clause's subject for a compound). By the parse's shape: the noun comes
    after its head, opens with "that", and holds nothing but that and the subject before it."""
    if tok.dep_ not in {"acl", "relcl"} or tok.pos_ != "NOUN" or tok.i < tok.head.i:
        return False
    kids = children_of(tok)
    return any(c.lower_ == "that" and c.dep_ in {"mark", "det"} for c in kids) \
        and any(c.dep_ == "compound" for c in kids) \
        and all(c.i < tok.i and (c.lower_ == "that" or c.dep_ == "compound") for c in kids)
