"""Polarity: composition of embedded cues ("refuse to accept" = oppose), negation, modality
(hedges and predictions make a stance ``consider``) and the conditions attached to a stance."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...grammar import EVER_ADVERBS, FIRST_PERSON, NEGATIVE_ADVERBS, NEGATIVE_CONJUNCTIONS, NEGATIVE_SUBJECTS, PURPOSE_MARKS
from ...lexicon import Lexicon, entry_pairs
from ..syntax import children_of, first_child, prep_object
from ..text import clean_space, sent_of
from . import forms
from .context import Context


def is_negated(tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok``'s clause is negated: "not", "never", "no longer", "no" before a noun cue, a negative
    subject ("None of the parties accepted", "Neither Paris nor Berlin would sign") or a denied
    possibility the clause depends on ("there is no way / no chance we will accept this deal":
    the nouns of [modality] impossibility_nouns)."""
    for child in children_of(tok):
        if child.dep_ == "neg" or (child.lower_ in NEGATIVE_ADVERBS and child.dep_ in {"advmod", "neg"}):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in children_of(child)):
            return True  # "will no longer accept any delay", "no longer supports the deal"
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from" \
            and tok.head.head.lemma_.lower() in lexicon.forms.get("refraining_verbs", ()):
        return True  # "refrained from endorsing the plan": the act kept from is denied
    if denied_possibility(tok, lexicon):
        return True
    subject = next((c for c in children_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (subject.lower_ in NEGATIVE_SUBJECTS or any(
        c.dep_ in {"preconj", "det"} and c.lower_ in NEGATIVE_SUBJECTS for c in children_of(subject))
        or any(c.dep_ == "cc" and c.lower_ in NEGATIVE_CONJUNCTIONS for c in children_of(subject)))


def denied_possibility(tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok``'s clause hangs from a possibility that "no" denies ([modality]
    impossibility_nouns): "there is no way we will accept this deal", "there is no chance Hamas
    will agree to it", "no way can we build it"."""
    if tok.dep_ in {"relcl", "acl", "ccomp"}:
        noun = tok.head
    else:
        noun = next((c for c in children_of(tok) if c.dep_ == "npadvmod"), None)
        if noun is None:
            return False
    return noun.lower_ in lexicon.impossibility_nouns and any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(noun))


def is_obliged(tok: Token, lexicon: Lexicon) -> bool:
    """An obligation put on the clause's subject ("Israel must accept the ceasefire, the UN said",
    "the union should accept the offer", "Hamas will have to agree to it"): a demand of whoever
    says so, no position the subject has taken ([modality] deontic). A first-person subject ("we
    must reach a deal") states its own."""
    subject = next((c for c in children_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    infinitive = next((c for c in children_of(tok) if c.dep_ == "xcomp"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        # "will have to agree", "needs to accept": the obligation is on the verb above
        subject = next((c for c in children_of(tok.head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if f"{tok.head.lower_} to" not in lexicon.deontic or any(c.lower_ in lexicon.undecided for c in children_of(tok.head)):
            return False  # "has yet to respond": undecided, no obligation
    elif infinitive is not None and f"{tok.lower_} to" in lexicon.deontic:
        pass  # "Russia needs to agree to the truce": read at "needs", the obligation is the same
    elif not any(c.dep_ == "aux" and c.lower_ in lexicon.deontic for c in children_of(tok)):
        return False  # "must", "should"
    return subject is None or subject.lower_ not in FIRST_PERSON


def is_undecided(tok: Token, lexicon: Lexicon) -> bool:
    """"has yet to respond", "haven't yet agreed"."""
    nodes = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    return any(c.lower_ in lexicon.undecided for n in nodes for c in children_of(n))


def purpose_clause(tok: Token) -> bool:
    """A clause of purpose (grammar.PURPOSE_MARKS), whose modal states the aim of the deed it
    hangs from, not a guess: "declared an emergency so he could fund the wall"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in children_of(tok))


def is_hedged(tok: Token, lexicon: Lexicon) -> bool:
    """Predicted or hedged: "is unlikely to accept", "may accept", "could agree"."""
    node = tok
    for _ in range(3):
        aux = {c.lower_ for c in children_of(node) if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in children_of(node))
        if purpose_clause(node):
            return False
        if aux & lexicon.hedge_verbs and not (negated and aux & {"could", "can", "ca"}):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.hedge_adjectives:
            return True
        if node.dep_ in {"xcomp", "conj"}:
            node = node.head
            continue
        break
    return False


def is_counterfactual(tok: Token, lexicon: Lexicon) -> bool:
    """"might have leaned against X", "could have rejected the offer": a modal of
    ``counterfactual_modals`` with a perfect on the cue's verb, or on the verb it is an
    infinitive or conjunct of ("could have tried to block X"); a cue that is a preposition, on its
    verb ("might have leaned against X")."""
    node = tok.head if tok.dep_ == "prep" else tok
    for _ in range(3):
        aux = {c.lower_ for c in children_of(node) if c.dep_ == "aux"}
        if "have" in aux and aux & lexicon.counterfactual_modals and node.tag_ == "VBN":
            return True
        if node.dep_ not in {"xcomp", "conj"}:
            return False
        node = node.head
    return False


def ended_up(tok: Token, lexicon: Lexicon) -> bool:
    """"will end up passing a different bill", "may wind up accepting the terms": a phrasal of
    ``outcome_phrasals`` on the cue's verb, or on the verb it is an infinitive or conjunct of,
    tells how things turn out, not what a party wants (and "would end up better off" is no cue
    to end anything)."""
    node = tok
    for _ in range(3):
        if forms.outcome_phrasal(node, lexicon):
            return True
        if node.dep_ not in {"xcomp", "conj"}:
            return False
        node = node.head
    return False


def foreseen(tok: Token, lexicon: Lexicon) -> bool:
    """"The hope has been that employers would offer cheaper plans", "the expectation is that Iran
    will accept the offer": the cue's clause is the complement of "be" or "remain" whose subject is a noun
    of ``forecast_nouns`` that nobody owns, a hope or forecast of no one's position (the party of
    the clause holds nothing; "Iran's hope is that ..." is not read here)."""
    node = tok
    for _ in range(6):
        if node.dep_ == "ccomp":
            break
        if node.dep_ not in {"relcl", "dobj", "pobj", "pcomp", "prep", "xcomp", "conj", "advcl", "acl"}:
            return False
        node = node.head
    else:
        return False
    copula = node.head
    subject = first_child(copula, "nsubj") if copula.lemma_.lower() in {"be", "remain"} else None
    return (subject is not None and subject.lemma_.lower() in forms.forecast_nouns(lexicon)
            and first_child(subject, "poss") is None)


def predicted(tok: Token, lexicon: Lexicon) -> bool:
    """"Most Democrats don't expect Sanders to back Clinton", "analysts expect Iran to accept the
    deal", "McConnell predicted that Trump would sign the bill": the cue's clause is what a verb
    of forecasting ([forms] `forecast_verbs`) foretells of another party, named as its object or
    as the clause's own subject (a name, not a pronoun that may be the forecaster: "Iran expects
    that it will sign"), a guess at the party's act, not a position it holds ("Iran expects to sign
    the deal next week", its own plan, is read)."""
    node = tok
    for _ in range(3):
        head = node.head
        if node.dep_ in {"xcomp", "ccomp"} and head.i != node.i and head.lemma_.lower() in lexicon.forms.get("forecast_verbs", ()):
            subject = first_child(node, "nsubj")
            if node.dep_ == "xcomp":
                return first_child(head, "dobj") is not None or subject is not None
            return subject is not None and subject.pos_ in {"PROPN", "NOUN"}
        if node.dep_ != "conj":
            return False
        node = head
    return False


def predicted_never(tok: Token, lexicon: Lexicon) -> bool:
    """"is unlikely to ever recognize X": a prediction that the party never will (a refusal,
    not a weighing)."""
    node = tok
    for _ in range(3):
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.never_adjectives:
            return any(c.dep_ == "advmod" and c.lower_ in EVER_ADVERBS for c in (*children_of(node), *children_of(node.head)))
        if node.dep_ != "conj":
            break
        node = node.head
    return False


def condition_of(tok: Token, ctx: Context, negated: bool) -> str:
    """Text of a condition attached to the stance's clause ("if X", "unless X", "without X")."""
    lexicon = ctx.lexicon
    heads = [tok]
    node = tok
    while node.dep_ in {"xcomp", "acomp", "conj", "ccomp"} and node.head is not node and len(heads) < 4:
        node = node.head
        heads.append(node)
    heads.extend(c for c in children_of(tok) if c.dep_ == "xcomp")  # "offered to release X in exchange for Y"
    doc = tok.doc
    for head in heads:
        proviso = forms.detached_proviso(head)
        if proviso is not None:  # "will return to work provided the company withdraws X"
            words = [t for t in proviso.subtree if t.dep_ != "mark" or t.head.i != proviso.i]
            return clean_space(" ".join(t.text_with_ws for t in words)).strip(" ,.")
        for child in children_of(head):
            if child.dep_ == "advcl":
                start = child.left_edge.i
                before = " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
                lead = " ".join(t.lower_ for t in doc[start : start + 3])
                for marker in lexicon.condition_markers:
                    if lead.startswith(marker + " ") or f" {before} ".endswith(f" {marker} ") or (
                            marker in {"provided", "providing"} and child.lower_ == marker):
                        words = [t for t in child.subtree]
                        text = clean_space(" ".join(t.text_with_ws for t in words))
                        text = _markers_pattern(lexicon.condition_markers, r"^(", r")\s+").sub("", text)
                        text = re.sub(r"^that\s+", "", text)
                        return text.strip(" ,.")
            if child.dep_ == "prep" and not negated:
                phrase = " ".join(t.lower_ for t in doc[child.i : child.i + 3])
                if child.lower_ == "without" or any(phrase.startswith(p) for p in lexicon.condition_prepositions):
                    pobj = prep_object(child) or (prep_object(first_child(child, "prep")) if first_child(child, "prep") else None)
                    if phrase.startswith(("in exchange for", "in return for")):
                        pobj = prep_object(next((t for t in child.subtree if t.lower_ == "for"), None)) or pobj
                    if pobj is not None:
                        return clean_space(doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
    text_condition = _condition_in_text(tok, lexicon)
    if text_condition:
        return text_condition
    if not negated:
        obj = first_child(tok, "dobj")
        prep = next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "without"), None) if obj is not None else None
        if prep is not None and prep_object(prep) is not None:
            p = prep_object(prep)
            return clean_space(doc[p.left_edge.i : p.right_edge.i + 1].text)
    return ""


@lru_cache(maxsize=16)
def _markers_pattern(markers: tuple[str, ...], before: str, after: str) -> re.Pattern:
    """One case-insensitive alternation of condition markers, in the lexicon's order (longest first)."""
    return re.compile(before + "|".join(re.escape(m) for m in markers) + after, re.I)


def _condition_in_text(tok: Token, lexicon: Lexicon) -> str:
    """When the parse hides a condition clause ("as long as X" hung from an adverb), read it from
    the words after the stance: the first condition marker, to the end of the sentence."""
    sent = sent_of(tok)
    rest = sent.text[tok.idx - sent.start_char :]  # Doc.text rebuilds the whole text on every call
    match = _markers_pattern(lexicon.condition_text_markers, r"\b(", r")\b\s+").search(rest)
    if match is None:
        return ""
    clause = rest[match.end():]
    # ("there will be no talks until the shelling stops, the rebels said": the clause ends where
    # the verb that reports it begins, with its subject)
    root = sent.root
    report = next((c for c in children_of(root) if c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i), None) \
        if root.i > tok.i else None
    if report is not None:
        subject = first_child(root, "nsubj")  # (before the verb, or after it: "..., said Bolton")
        cut = min(subject.left_edge, root, key=lambda t: t.i) \
            if subject is not None and subject.i > report.right_edge.i else root
        end = cut.idx - tok.idx - match.end()
        if end > 0:
            clause = clause[:end].rstrip().rstrip(_CLOSING_QUOTES)  # ('... stops," said Kuleba')
    clause = re.split(r"[;:]|,\s+(?:but|and|while|although)\b", clause)[0]
    return clean_space(clause).strip(" ,.")


_CLOSING_QUOTES = "\"”’'"


def compose(outer: str, inner: str, lexicon: Lexicon) -> str:
    """Polarity of "outer to inner": "ready to accept" = support; "refuse to accept" = oppose;
    "urged X to agree" = demand; "urged X to reject" = oppose; "considering accepting" = consider."""
    if outer == "support":
        return inner
    if outer in {"demand", "propose"}:
        return inner if inner in {"consider", "oppose"} else outer
    if outer == "oppose":
        return lexicon.negation.get(inner, "oppose") if inner != "oppose" else "support"
    return "consider"


def excluded_conjunct(head: Token | None) -> bool:
    """Whether an issue is a conjunct that "not" sets apart from the one before it: "will offer
    broad autonomy but not independence", "supports a truce but not a permanent ceasefire",
    "wants higher pay and not longer hours" (the "not" on the conjunct or on a word before it in
    its phrase). The stance on it is the opposite of the stance on the first."""
    if head is None or head.dep_ != "conj" or head.head.i >= head.i:
        return False
    return any(t.dep_ == "neg" and head.head.i < t.i < head.i for t in head.subtree)


def excluded_polarity(polarity: str, lexicon: Lexicon) -> str:
    """The polarity of a thing set apart by "but not" from what a stance is on ([forms]
    excluded_polarities, "polarity:excluded"); "" when it states none ("rejected the plan but
    not the talks" says nothing of the talks)."""
    return entry_pairs(lexicon.forms.get("excluded_polarities", ())).get(polarity, "")
