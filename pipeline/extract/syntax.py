"""Small readings of the dependency parse shared by the quote, stance and actor rules.

Each takes a token and answers one grammatical question (its child with a given label, the
object of a preposition, whether it is passive or an infinitive, which subject a participle
shares). They know no vocabulary beyond the grammar of :mod:`pipeline.grammar`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .text import sent_of


def first_child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` attached with one of ``deps``."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def prep_object(prep: Token | None) -> Token | None:
    """The object of a preposition (``None`` for no preposition)."""
    return first_child(prep, "pobj", "pcomp") if prep is not None else None


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)


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
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 1].dep_ == "aux")


def participle_subject(tok: Token) -> Token | None:
    """'..., calling Ukraine's goal "unrealistic"': a participle after a comma shares the main
    clause's subject (when that subject comes before it)."""
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "acl"} and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        subj = first_child(sent_of(tok).root, "nsubj", "nsubjpass")
        if subj is not None and subj.i < tok.i:
            return subj
    return None
