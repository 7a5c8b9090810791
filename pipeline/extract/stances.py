"""Stances: who supports, opposes, proposes, demands or considers what, on what condition, and
which positions are red lines. Read from the dependency parse with the tables of
``models/lexicons/stance.toml``.

The rule, in short: find a stance cue (verb, phrasal verb, predicative adjective, noun,
participle, an evaluation such as 'called the deal "null and void"', a predicate such as
"X is non-negotiable", a committed or refused action such as "will lift", "will not recognize",
or an obligation in someone's words), its holder (subject, agent, possessor, the speaker of
the quotation for "we"/"I", the reporter for an evaluation or an obligation) and its object as
the issue. When the object is itself an action ("rejects recognizing X", "refused to sign",
"is ready to move forward with"), read through to it. Polarity comes from tables, not
arithmetic: the cue's polarity composed with the embedded cue's, then the negation table, then
modality (hedges and predictions make a stance ``consider``). Conditions come from
if/unless/provided/as long as/without. A stance inside a clause reported by someone else
("X claimed that Y was open to Z") is Y's, with ``claimed_by`` = X. Questions and clauses
inside a condition ("unless Israel withdraws") state no stance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..records import QuoteRecord, StanceRecord
from .actors import ActorTable
from .quotes import _actor_of, _is_cue
from .text import clean_space, sent_of, sentences

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})
LIGHT_VERBS = frozenset({"show", "express", "signal", "voice", "reiterate", "indicate", "make", "announce", "claim",
                         "repeat", "state", "declare", "confirm", "emphasize", "stress", "have", "give", "take",
                         "reach", "hold"})
LIGHT_ACTIONS = frozenset({"make", "take", "show", "give", "reach", "hold", "have", "do", "offer", "provide"})
FUTURE = frozenset({"will", "shall", "'ll", "wo", "would", "going"})
HEDGE_MODALS = frozenset({"may", "might", "could", "can", "ca"})
ISSUE_PREPS = frozenset({"of", "against", "on", "for", "to", "with", "from", "over", "about", "between", "in", "into"})
RECIPROCAL_ISSUES = frozenset({"agreement", "deal", "accord", "treaty", "pact", "truce", "ceasefire", "memorandum",
                               "memoranda", "settlement", "understanding", "arrangement"})
GENERIC_HEADS = frozenset({"proposal", "plan", "idea", "initiative", "offer", "demand", "call", "request"})
STRONG_CATEGORIES = frozenset({"ceasefire", "territory", "sanctions", "security-guarantees", "prisoners", "monitoring",
                               "elections", "trade", "wages", "nuclear", "aid"})
# Nouns that state a position only with what they are for: "a right to have a say", "a call
# for talks", "an offer to mediate"; "the rights of third states", "a phone call" state none.
COMPLEMENT_NOUNS = frozenset({"right", "call", "push", "offer", "plan", "request", "demand", "decision", "support"})
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them", "which", "what"})
# "announced X" states a position only when X is a measure, not news ("announced his death")
MEASURE_NOUNS = frozenset({"plan", "program", "programme", "system", "package", "measure", "measures", "policy", "deal",
                           "agreement", "initiative", "framework", "bill", "law", "sanctions", "tariffs", "ceasefire",
                           "truce", "strike", "boycott", "reform", "reforms", "fund", "aid", "offensive", "operation"})
ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "stop", "finish"})
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADP", "ADV"})  # parts of speech a cue can have
SUBJUNCTIVE_VERBS = frozenset({"insist", "demand", "need", "want", "require", "urge", "ask", "request", "prefer"})
# "proposed that the talks be held": a proposal only with a subjunctive clause (else it is speech)
SUBJUNCTIVE_ONLY = frozenset({"propose", "suggest", "recommend"})
CONTROL_VERBS = frozenset({"urge", "ask", "call", "invite", "count", "press", "push", "encourage", "tell", "request",
                           "order", "allow", "permit", "require"})


class _Cue(NamedTuple):
    token: Token
    polarity: str
    kind: str  # verb | phrasal | adjective | noun | participle | action | without | predicate | evaluation | deontic
    obj: Token | None  # where the issue is (a noun, or a verb for embedded actions)
    holder: Token | None = None  # set when the construction names the holder itself
    red_line: bool = False
    text: str = ""
    reporter: bool = False  # the holder is whoever reports the clause (evaluations, obligations)


@dataclass
class _Context:
    doc: Doc
    table: ActorTable
    quotes: list[QuoteRecord]
    lexicon: Lexicon
    quote_of: dict[int, int] = field(default_factory=dict)
    conditional: set[int] = field(default_factory=set)
    recent: list[Token] = field(default_factory=list)  # issue heads of earlier stances
    hyphen_holders: dict[int, int] = field(default_factory=dict)  # "U.S.-backed" token -> actor


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _pobj(prep: Token | None) -> Token | None:
    return _child(prep, "pobj", "pcomp") if prep is not None else None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)


# ---------------------------------------------------------------------------------------------
# Cues
# ---------------------------------------------------------------------------------------------


def _phrasal_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    lemma = tok.lemma_.lower()
    best: _Cue | None = None
    for words, polarity in lexicon.stance_phrasal.items():
        if words[0] != lemma:
            continue
        anchors = [tok]
        matched: list[Token] = []
        for word in words[1:]:
            found = None
            for anchor in anchors:
                found = next((c for c in anchor.children if c.lower_ == word and c.i > tok.i
                              and c.dep_ in {"prt", "prep", "advmod", "dative", "agent"}), None)
                if found is not None:
                    break
            if found is None:
                break
            matched.append(found)
            anchors.append(found)
        if len(matched) != len(words) - 1:
            continue
        last = matched[-1]
        dobj = _child(tok, "dobj")
        if last.dep_ in {"prep", "agent"} and dobj is not None and dobj.i < last.i and lemma not in {"withdraw", "pull"}:
            continue  # "called Nevada for Biden" is not "called for", "signed a deal on Friday" not "signed on"
        obj = _pobj(last) if last.dep_ in {"prep", "agent"} else _object_of(tok)
        if obj is None and last.dep_ in {"prep", "agent"}:
            continue
        if obj is not None and obj.pos_ in {"PROPN", "PRON", "NOUN"}:
            # "called on Israel to allow aid", "count on Turkey to act", "call on any other country to join"
            action = next((c for n in (tok, obj) for c in n.children if c.dep_ in {"xcomp", "acl", "relcl", "ccomp"}
                           and _infinitive(c)), None) or next(
                (c for c in obj.subtree if c.i > obj.i and c.dep_ == "xcomp" and _infinitive(c)), None)
            if action is not None:
                obj = action
        cue = _Cue(tok, polarity, "phrasal", obj, text=" ".join(t.text for t in [tok, *matched]))
        if best is None or len(words) > len(best.text.split()):
            best = cue
    return best


def _object_of(tok: Token) -> Token | None:
    """Where a verb's issue is: an embedded action for object-control verbs ("urged both sides
    to return"), else the direct object, else an infinitive, else a prepositional object."""
    dobj = _child(tok, "dobj")
    if tok.lemma_.lower() in SUBJUNCTIVE_ONLY and dobj is None:
        clause = _child(tok, "ccomp", "xcomp")
        if clause is None or not (clause.tag_ == "VB" and _child(clause, "nsubj") is not None
                                  or any(c.lower_ == "should" for c in clause.children)):
            return None  # "analysts suggest that X may stem from Y" is speech, not a proposal
    xcomp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and _infinitive(c)), None)
    if xcomp is None and dobj is not None:
        xcomp = next((c for c in dobj.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if dobj is not None and xcomp is not None and (dobj.pos_ in {"PROPN", "PRON"} or dobj.ent_type_ or
                                                    tok.lemma_.lower() in CONTROL_VERBS):
        return xcomp
    if dobj is not None:
        return dobj
    for child in tok.children:
        if child.dep_ == "xcomp" and (child.pos_ in {"VERB", "AUX"} or _infinitive(child)):
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "on", "for", "with", "from", "against"}:
            pobj = _pobj(child)
            if pobj is not None:
                return pobj
    clause = _child(tok, "ccomp")
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children):
        clause = None  # "asked if they wanted to end the strike": a question, not a demand
    subjunctive = clause is not None and (clause.tag_ == "VB" or any(c.lower_ == "should" for c in clause.children))
    if clause is not None and (tok.lemma_.lower() in SUBJUNCTIVE_VERBS or
                               (tok.lemma_.lower() in SUBJUNCTIVE_ONLY and subjunctive)):
        # "insists that the budget include funding for the wall", "needed the government open"
        return _child(clause, "dobj") or clause
    return None


def _is_measure(noun: Token, lexicon: Lexicon) -> bool:
    low = noun.lower_
    if low in MEASURE_NOUNS or re.search(r"(tion|sion|ment|al|ure|ance|ence)s?$", low):
        return True
    return any(low.startswith(k) for words in lexicon.taxonomy.values() for k in words if " " not in k)


def _infinitive(tok: Token) -> bool:
    """"to host talks": a verb after "to", whatever tag the parser gave it."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 1].dep_ == "aux")


def find_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """The lexical stance cue at ``tok``, if any, with its polarity and where its object is."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        phrasal = _phrasal_cue(tok, lexicon)
        if phrasal:
            return phrasal
        if lemma in lexicon.measures and not _is_passive(tok) and tok.dep_ != "amod" and _child(tok, "dobj") is not None:
            return _Cue(tok, "support", "measure", tok)  # "Germany banned Mahan Air": a ban on Mahan Air
        if lemma in lexicon.agreement_verbs and lemma not in lexicon.stance_verbs:
            obj = _child(tok, "dobj") or _child(tok, "nsubjpass")
            if obj is not None and obj.lemma_.lower() in lexicon.agreement_objects:
                if _is_passive(tok):
                    return _Cue(tok, "support", "verb", obj)
                return _Cue(tok, "propose" if lemma in {"broker"} else "support", "verb", obj)
            return None
        if lemma in lexicon.stance_verbs:
            if tok.dep_ == "amod":
                return None  # participles are read from the noun they modify
            if tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"} and _child(tok, "nsubj", "aux", "agent") is None:
                return None  # "When asked about sanctions": someone else asks
            if _is_passive(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
                subj = _child(tok, "nsubjpass") or (tok.head if tok.dep_ == "acl" else None)
                return _Cue(tok, lexicon.stance_verbs[lemma], "verb", subj)
            obj = _object_of(tok)
            if lemma in ASPECTUAL and obj is not None and obj.tag_ == "VBG":
                return None  # "began singing": aspect, not a position
            if lemma == "announce" and obj is not None and obj.pos_ == "NOUN" and not _is_measure(obj, lexicon):
                return None  # "announced his death"
            return _Cue(tok, lexicon.stance_verbs[lemma], "verb", obj)
        return None
    if tok.pos_ == "ADJ" and lemma in lexicon.stance_adjectives and tok.dep_ in {"acomp", "amod", "ROOT", "conj", "xcomp", "oprd"}:
        if tok.dep_ == "amod" and lemma not in {"opposed"}:
            return None
        return _Cue(tok, lexicon.stance_adjectives[lemma], "adjective", _object_of(tok))
    if tok.pos_ in {"NOUN", "PROPN"} and lemma in lexicon.stance_nouns and tok.ent_type_ not in {"ORG", "GPE", "PERSON"}:
        obj = _noun_object(tok)
        if lemma in COMPLEMENT_NOUNS and (obj is None or not (obj.pos_ in {"VERB", "AUX"} or _infinitive(obj)
                                                              or obj.head.lower_ in {"for", "to", "on"})):
            return None  # "the sovereign rights of third states" is no claim to a right
        return _Cue(tok, lexicon.stance_nouns[lemma], "noun", obj)
    return None


def _noun_object(tok: Token) -> Token | None:
    if tok.dep_ == "dobj":
        # "claiming a right to Turkey to have a say": the parser hangs the infinitive on the verb
        action = next((c for c in tok.head.children if c.dep_ == "xcomp" and _infinitive(c) and c.i > tok.i), None)
        if action is not None and not any(c.dep_ == "prep" and c.lower_ in {"of", "on", "for"} for c in tok.children):
            return action
    for child in tok.children:
        if child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"} and any(c.lower_ == "to" for c in child.children):
            return child  # "refusal to recognize", "decision to allow", "a right to Turkey to have a say"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "on", "for", "to", "against"}:
            pobj = _pobj(child)
            if pobj is not None:
                if pobj.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
                    # "a right to Turkey to have a say": what the actor is to do
                    action = next((c for c in pobj.children if c.dep_ in {"acl", "relcl"} and _infinitive(c)), None)
                    if action is not None:
                        return action
                return pobj
    return None


_HYPHEN_PARTICIPLE = re.compile(r"^(?P<actor>.+?)-(?P<verb>backed|brokered|sponsored|led|proposed|drafted|mediated|imposed|supported)$", re.I)


def _hyphen_participle_cues(noun: Token, ctx: _Context) -> list[_Cue]:
    """"a U.S.-backed proposal" written as one token: the actor before the hyphen backs it."""
    cues = []
    for child in noun.children:
        match = _HYPHEN_PARTICIPLE.match(child.text) if child.dep_ in {"amod", "compound", "nmod"} else None
        if match is None:
            continue
        actor = _actor_named(match.group("actor"), ctx)
        if actor < 0:
            continue
        verb = match.group("verb").lower()
        polarity = ctx.lexicon.stance_participles.get(verb, "support")
        if noun.lemma_.lower() in GENERIC_HEADS and polarity == "support":
            polarity = "propose"
        cues.append(_Cue(child, polarity, "participle", noun, holder=None, text=child.text, reporter=False)._replace(
            holder=child))
        ctx.hyphen_holders[child.i] = actor
    return cues


def _actor_named(surface: str, ctx: _Context) -> int:
    """The local actor a gazetteer name or alias refers to, added to the table when new."""
    entry = ctx.lexicon.gazetteer_forms.get(surface)
    if entry is None:
        return -1
    for i, actor in enumerate(ctx.table.actors):
        if actor.gaz_id == entry.id:
            return i
    from ..records import LocalActor

    ctx.table.actors.append(LocalActor(name=entry.name, type=entry.type, gaz_id=entry.id, mentions=1,
                                       affiliation_gaz=entry.affiliation))
    return len(ctx.table.actors) - 1


def _participle_cues(noun: Token, lexicon: Lexicon) -> list[_Cue]:
    """"a U.S.-backed proposal", "a ceasefire put forth by the U.S.", "the Qatari-brokered deal"."""
    cues = []
    for child in noun.children:
        if child.tag_ != "VBN" or child.dep_ not in {"amod", "acl"}:
            continue
        lemma = child.lemma_.lower()
        phrasal = _phrasal_cue(child, lexicon)
        polarity = phrasal.polarity if phrasal else lexicon.stance_participles.get(child.lower_) or (
            lexicon.stance_verbs.get(lemma) if child.dep_ == "acl" else None)
        if polarity is None:
            continue
        agent = _child(child, "agent")
        holder = _pobj(agent) if agent is not None else None
        if holder is None:
            # "U.S.-backed": the actor before the hyphen modifies the participle or the noun
            holder = next((c for c in child.children if c.dep_ in {"npadvmod", "compound", "nmod", "nsubj"}), None)
        if holder is None and child.i >= 2 and child.doc[child.i - 1].text in {"-", "–"}:
            holder = child.doc[child.i - 2]
        if holder is None:
            continue
        if noun.lemma_.lower() in GENERIC_HEADS and polarity == "support":
            polarity = "propose"  # "a U.S.-backed proposal": the backer is the proposer
        cues.append(_Cue(child, polarity, "participle", noun, holder=holder,
                         text=phrasal.text if phrasal else child.text))
    return cues


def _predicate_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """"X is non-negotiable / out of the question / under review / null and void": the stance of
    whoever says so (or, for "under Kremlin review", of the actor named) on the subject X."""
    if tok.dep_ not in {"acomp", "attr", "prep", "advmod"} or tok.head.lemma_ != "be":
        return None
    copula = tok.head
    subject = _child(copula, "nsubj", "csubj")
    if subject is None or subject.lower_ in PERSONAL_PRONOUNS or tok.lemma_.lower() in lexicon.stance_adjectives:
        return None  # "we are ready to take positive steps" is a stance of "we", read elsewhere
    # "non", "-", "negotiable" may each hang from the copula: read to the end of its phrase
    words = clean_space(re.sub(r"[\"“”‘’]", " ", tok.doc[tok.i : copula.right_edge.i + 1].text.lower()))
    negated = any(c.dep_ == "neg" for c in copula.children)
    if tok.lower_ == "under" and _pobj(tok) is not None:
        words = "under " + _pobj(tok).lower_  # "under Kremlin review" -> "under review"
    for polarity, red in (("oppose", True), ("demand", True)):
        key = "red_line_oppose" if polarity == "oppose" else "red_line_demand"
        for phrase in lexicon.predicates.get(key, ()):
            if _contains(words, phrase):
                return _Cue(tok, polarity, "predicate", subject, red_line=True, text=phrase, reporter=True)
    if words.startswith("not ") or negated:
        if any(_contains(words, p) for p in ("subject for discussion", "up for discussion", "negotiable")):
            return _Cue(tok, "oppose", "predicate", subject, red_line=True, text=words, reporter=True)
    for polarity in ("consider", "oppose", "support"):
        for phrase in lexicon.predicates.get(polarity, ()):
            if _contains(words, phrase):
                holder = None
                if tok.lower_ == "under":  # "under Kremlin review"
                    noun = _pobj(tok)
                    holder = next((c for c in noun.children if c.dep_ in {"compound", "nmod", "poss", "amod"}), None) if noun is not None else None
                pol = lexicon.negation.get(polarity, polarity) if negated and polarity != "consider" else polarity
                return _Cue(tok, pol, "predicate", subject, holder=holder, text=phrase, reporter=holder is None)
    return None


def _words(tok: Token) -> str:
    """Lower-case text of a token's subtree, quote marks dropped, hyphenated words kept whole."""
    span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    return clean_space(re.sub(r"[\"“”‘’]", " ", span.text.lower()))


def _contains(words: str, phrase: str) -> bool:
    return phrase in words and _phrase_pattern(phrase).search(words) is not None


@lru_cache(maxsize=1024)
def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def _evaluation_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """'called the border agreement "null and void"', 'calling it a red line'."""
    if tok.lemma_.lower() not in lexicon.evaluation_verbs or tok.pos_ != "VERB":
        return None
    obj = _child(tok, "dobj")
    complement = next((c for c in tok.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp"}), None)
    if complement is None and obj is not None:
        complement = next((c for c in obj.children if c.dep_ in {"amod", "appos", "acl"} and c.i > obj.i), None) or next(
            (t for t in obj.subtree if t.dep_ == "oprd"), None)
    if obj is None or complement is None:
        return None
    words = _words(complement)
    for key, polarity, red in (("red_line_oppose", "oppose", True), ("red_line_demand", "demand", True),
                               ("oppose", "oppose", False), ("support", "support", False)):
        for phrase in lexicon.predicates.get(key, ()):
            if _contains(words, phrase):
                return _Cue(tok, polarity, "evaluation", obj, red_line=red, text=f"{tok.text} {phrase}")
    return None


def _violation_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """'(they deemed that) the agreement ... goes against the UN resolution': the reporter opposes it."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    words = " ".join(t.lower_ for t in tok.doc[tok.i : tok.i + 3])
    if lemma in lexicon.violation_verbs or any(words.startswith(p) for p in lexicon.violation_phrases):
        subject = _child(tok, "nsubj")
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
            return _Cue(tok, "oppose", "predicate", subject, text=tok.text, reporter=True)
    return None


def _action_cue(tok: Token, lexicon: Lexicon, negating_phrase: bool) -> _Cue | None:
    """Committed or refused actions: "will lift its pause", "will not recognize", "may declare",
    "would under no circumstances disarm"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or (lemma not in lexicon.commitment_verbs and lemma not in lexicon.nominalisations):
        return None
    if lemma in lexicon.stance_verbs or _is_passive(tok):
        return None
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or negating_phrase
    if negated and aux & (FUTURE | {"can", "ca", "could", "must"}):
        return _Cue(tok, "oppose", "action", tok)
    if lemma not in lexicon.commitment_verbs:
        return None
    if aux & HEDGE_MODALS:
        return _Cue(tok, "consider", "action", tok)
    if aux & FUTURE or (tok.dep_ == "xcomp" and tok.head.lemma_ == "go"):
        return _Cue(tok, "support", "action", tok)
    return None


def _without_cue(tok: Token) -> _Cue | None:
    """"Moscow would not rush into negotiations without guarantees": a demand for guarantees."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children):
        return None
    prep = _without_phrase(tok)
    pobj = _pobj(prep)
    if pobj is None:
        return None
    return _Cue(tok, "demand", "without", pobj, text=f"not {tok.text} without")


def _without_phrase(verb: Token) -> Token | None:
    """"without X" attached to the verb or, as the parser often has it, to the verb's object."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "without":
            return child
        if child.dep_ == "dobj":
            nouns = [child]
        elif child.dep_ == "prep":
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            for grand in noun.children:
                if grand.dep_ == "prep" and grand.lower_ == "without":
                    return grand
    return None


def _deontic_cues(clause: Token, lexicon: Lexicon) -> list[_Cue]:
    """Obligations in someone's words: "both sides will have to make compromises", "X must
    withdraw", "it is now up to Russia to reciprocate" -> the reporter demands the action."""
    cues = []
    for tok in clause.subtree:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        obliged = bool(aux & {"must", "should"})
        if not obliged and tok.dep_ in {"xcomp", "advcl", "ccomp", "acl"} and "to" in aux:
            before = " ".join(t.lower_ for t in tok.doc[max(clause.left_edge.i, tok.i - 6) : tok.i])
            obliged = any(f" {d} " in f" {before} " for d in lexicon.deontic if d not in {"must", "should"}) and (
                tok.head.lemma_ in {"have", "need", "be", "up"} or "up to" in before)
        if obliged and not any(c.dep_ == "neg" for c in tok.children):
            cues.append(_Cue(tok, "demand", "deontic", tok, text="must " + tok.lemma_, reporter=True))
    return cues


# ---------------------------------------------------------------------------------------------
# Holders
# ---------------------------------------------------------------------------------------------


def _clause_subject(tok: Token) -> Token | None:
    """Subject of the clause ``tok`` heads, through xcomp/acomp/conj/advcl chains; a relative
    clause's subject is the noun it modifies ("Hezbollah, which rejected the plan")."""
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "acl"} and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        # '..., calling Ukraine's goal "unrealistic"': the participle shares the main clause's subject
        root = sent_of(tok).root
        subj = _child(root, "nsubj", "nsubjpass")
        if subj is not None and subj.i < tok.i:
            return subj
    node = tok
    for _ in range(6):
        subj = _child(node, "nsubj", "csubj")
        if subj is None:
            # "he can and may declare": the parser hangs the subject on the first auxiliary
            subj = next((g for c in node.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in RELATIVE and node.dep_ == "relcl":
                return node.head
            return subj
        agent = _child(node, "agent")
        if agent is not None:
            return _pobj(agent)
        if node.dep_ == "relcl" and not _infinitive(node):
            return node.head
        if node.dep_ in {"xcomp", "acomp", "conj", "advcl", "oprd"} and node.head is not node:
            node = node.head
            continue
        if node.dep_ in {"acl", "relcl"} and node.head.dep_ in {"dobj", "pobj", "attr"}:
            # "FARC said it would need time to study the bill": the verb that has the noun
            node = node.head.head if node.head.dep_ != "pobj" else node.head.head.head
            continue
        if node.dep_ == "pcomp" and node.head.head is not node:
            node = node.head.head
            continue
        return None
    return None


def _noun_holder(tok: Token) -> Token | None:
    """"Zelensky's refusal", "the U.S. push", "proposal by X", "shown openness", "made the decision"."""
    poss = _child(tok, "poss")
    if poss is not None:
        return poss
    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None:
        return _pobj(by)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and _pobj(of) is not None and _pobj(of).ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return _pobj(of)  # "the request of Prime Minister Boris Johnson to suspend Parliament"
    for child in tok.children:
        if child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
            return child
    if tok.dep_ in {"dobj", "attr"} and tok.head.lemma_.lower() in LIGHT_VERBS:
        return _clause_subject(tok.head)
    return None


def _holders(cue: _Cue, ctx: _Context) -> list[tuple[int, Token | None]]:
    """(actor, subject token) pairs holding the stance; conjoined subjects each hold it."""
    tok = cue.token
    table = ctx.table
    if cue.holder is not None:
        subj = cue.holder
    elif cue.reporter:
        subj = _reporter(tok, ctx)
        if subj is None:
            qi = ctx.quote_of.get(tok.i, -1)
            if qi >= 0 and ctx.quotes[qi].speaker >= 0:
                return [(ctx.quotes[qi].speaker, None)]
            return []
    elif cue.kind == "noun":
        subj = _noun_holder(tok)
        if subj is None:
            for child in tok.children:
                if child.dep_ in {"compound", "nmod"} and table.actor_at(child) >= 0:
                    return [(table.actor_at(child), child)]
            return []
    elif cue.kind == "verb" and (_is_passive(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
        subj = _pobj(_child(tok, "agent"))
    else:
        subj = _clause_subject(tok)
    if subj is None:
        return []
    if subj.i in ctx.hyphen_holders:
        return [(ctx.hyphen_holders[subj.i], subj)]
    result = []
    for s in [subj] + [c for c in subj.conjuncts if c.i > subj.i]:
        if s.lower_ in FIRST_PERSON and s.i in ctx.quote_of:
            q = ctx.quotes[ctx.quote_of[s.i]]
            if q.speaker >= 0:
                result.append((q.speaker, s))
            continue
        actor = _holder_actor(s, table)
        if actor >= 0:
            result.append((actor, s))
    return result


def _holder_actor(token: Token, table: ActorTable) -> int:
    """The actor a holder token refers to ("members of the European Union" -> the EU)."""
    return _actor_of(token, table)


def _reporter(tok: Token, ctx: _Context) -> Token | None:
    """The subject of the reporting (or cognitive) verb whose clause contains ``tok``."""
    node = tok
    for _ in range(8):
        if node.head is node:
            return None
        if node.dep_ in {"ccomp", "xcomp", "advcl", "conj", "parataxis"} and (
                _is_cue(node.head, ctx.lexicon) or node.head.lemma_.lower() in ctx.lexicon.evaluation_verbs
                or node.head.lemma_.lower() in {"conclude", "deem", "find", "believe", "think", "decide"}):
            subj = _clause_subject(node.head)
            if subj is not None and not subj.is_ancestor(tok):
                return subj
        node = node.head
    return None


# ---------------------------------------------------------------------------------------------
# Issues
# ---------------------------------------------------------------------------------------------


def _phrase_tokens(head: Token, depth: int = 0) -> list[Token]:
    """The words of an issue phrase headed by ``head``: modifiers, the head, and up to two levels
    of prepositional complements ("sanctions against Russia", "recognition of occupied territories")."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "nummod", "nmod", "npadvmod", "poss", "det", "advmod", "quantmod"}:
            keep.extend(t for t in child.subtree if t.dep_ not in {"relcl", "appos"})
    if depth < 2:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ISSUE_PREPS:
                pobj = _pobj(child)
                if pobj is not None:
                    keep.append(child)
                    keep.extend(_phrase_tokens(pobj, depth + 1))
            elif child.dep_ == "compound":
                keep.extend(child.subtree)
            elif child.dep_ in {"dobj", "prt"} and head.pos_ == "VERB":
                keep.extend(_phrase_tokens(child, depth + 1) if child.dep_ == "dobj" else [child])
            elif depth >= 1 and child.dep_ in {"cc", "conj"} and (child.dep_ == "cc" or child.pos_ in {"NOUN", "PROPN"}):
                # "between Turkey and Libya", "sanctions against Russia and Iran"
                keep.extend([child] if child.dep_ == "cc" else _phrase_tokens(child, depth + 1))
    return sorted(set(keep), key=lambda t: t.i)


def _label(tokens: list[Token], lexicon: Lexicon, table: ActorTable | None = None) -> str:
    words = []
    for t in tokens:
        low = t.lower_
        if low in lexicon.issue_drop or t.dep_ in {"det", "poss"} or (t.is_punct and t.text not in {"-", "–"}):
            continue
        if t.orth_ in {"'s", "’s"} or t.dep_ == "case":
            continue
        proper = t.pos_ == "PROPN" or t.text.isupper() or (t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON", "LOC"}
                                                           and t.text[:1].isupper())
        words.append(t.text if proper else low)
    label = " ".join(words)
    label = re.sub(r"\s*([-–])\s*", r"\1", label).strip("-– ")
    return label


def _gerund(verb: Token) -> str:
    if verb.tag_ == "VBG":
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if len(lemma) <= 4 and re.match(r".*[^aeiou][aeiou][bdgklmnprt]$", lemma) and lemma not in {"open", "visit"}:
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _action_label(verb: Token, ctx: _Context) -> tuple[str, str, Token | None]:
    """"recognizing occupied territories" -> "recognition of occupied territories"; "return to the
    talks" -> "return to talks"; "lay down its weapons" -> "laying down of weapons"."""
    lexicon = ctx.lexicon
    lemma = verb.lemma_.lower()
    particle = _child(verb, "prt")
    noun = (lexicon.measures.get(lemma) or lexicon.nominalisations.get(lemma)) if particle is None else None
    head = noun or _gerund(verb)
    if particle is not None:
        head = f"{head} {particle.lower_}"
    inner = _child(verb, "dobj")
    if particle is not None:
        lemma = f"{lemma} {particle.lower_}"  # "give up" is not the light verb "give"
    if inner is None and verb.dep_ == "ccomp" and verb.pos_ in {"ADJ", "VERB"} and _child(verb, "nsubj") is not None \
            and lemma in lexicon.nominalisations:
        inner = _child(verb, "nsubj")  # "we needed the government open"
    if lemma in LIGHT_ACTIONS and inner is not None:
        label, text, tok = _noun_issue(inner, ctx)  # "make compromises" -> "compromises"
        if label:
            return label, text, tok
    if inner is not None and inner.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and inner.lower_ not in lexicon.vague_issues:
        inner_tokens = _phrase_tokens(inner)
        label = _label(inner_tokens, lexicon)
        text = clean_space(verb.doc[min(verb.i, inner_tokens[0].i) : inner_tokens[-1].i + 1].text)
        if lemma in lexicon.measures and label:
            return f"{head} {label}", text, inner  # "ban on Mahan Air", "sanctions on Iran"
        return (f"{head} of {label}" if label else head), text, inner
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into", "with", "from", "on", "in"}), None)
    pobj = _pobj(prep)
    if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
        if pobj.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}:
            return "", "", None  # "we will return to Havana": a journey, not an issue
        label = _label(_phrase_tokens(pobj), lexicon)
        if label:
            return f"{head} {prep.lower_} {label}", clean_space(verb.doc[verb.i : pobj.right_edge.i + 1].text), pobj
    if noun or particle is not None:
        return head, verb.text, verb
    return "", "", None


def _noun_issue(obj: Token, ctx: _Context) -> tuple[str, str, Token | None]:
    lexicon = ctx.lexicon
    if obj.lower_ in lexicon.vague_issues:
        # "the idea of a temporary truce", "the need for reparations": the complement names it
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "on", "for"}), None)
        inner = _pobj(of)
        if inner is not None:
            return _issue_for(inner, ctx)
    if obj.lower_ == "what" and obj.head.dep_ == "csubj":
        # "what we need is goodwill and determination": the copula's complement
        attr = _child(obj.head.head, "attr", "acomp")
        if attr is not None:
            return _issue_for(attr, ctx)
    if obj.pos_ == "PRON" and obj.lower_ not in THING_PRONOUNS:
        return "", "", None  # "introduced me to them": people are not issues
    if obj.pos_ == "PRON" or (obj.lower_ in lexicon.vague_issues and any(
            c.lower_ in {"this", "that", "these", "those"} for c in obj.children)):
        antecedent = _vague_antecedent(obj, ctx)  # "accept it", "reject this idea"
        if antecedent is None:
            return "", "", None
        obj = antecedent
    if obj.lower_ in lexicon.vague_issues:
        return "", "", None  # "take more steps", "need time": no issue named
    if obj.pos_ == "PROPN" and (ctx.table.actor_at(obj) >= 0 or obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}):
        return "", "", None  # an actor is not an issue
    if obj.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"} and obj.pos_ != "NOUN":
        return "", "", None
    tokens = [t for t in _phrase_tokens(obj) if not (t.i < obj.i and ((t.tag_ == "VBN" and t.dep_ == "amod")
                                                                    or _HYPHEN_PARTICIPLE.match(t.text)))]
    # "a U.S.-backed 30-day ceasefire proposal": keep what the proposal is about
    if obj.lower_ in GENERIC_HEADS:
        act = next((c for c in obj.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in c.children)), None)
        if act is not None:
            label, text, tok = _action_label(act, ctx)
            if label:
                return label, text, tok
        content = [t for t in tokens if t.i < obj.i and ctx.table.actor_at(t) < 0 and (not t.is_punct or t.text in "-–")
                   and not _HYPHEN_PARTICIPLE.match(t.text) and not (t.tag_ == "VBN" and t.dep_ == "amod")]
        content_label = _label(content, lexicon)
        if content_label and _strong(content_label, lexicon):
            tokens = content
        elif not content_label and any(c.lower_ in {"the", "this", "that"} for c in obj.children):
            # "the U.S.-backed proposal" after the ceasefire was named: that issue
            antecedent = _vague_antecedent(obj, ctx)
            if antecedent is not None and antecedent.i != obj.i:
                return _noun_issue(antecedent, ctx)
        else:
            tokens = [t for t in tokens if not (t.i < obj.i and ctx.table.actor_at(t) >= 0 and t.pos_ == "PROPN")]
    label = _label(tokens, lexicon)
    if len(label.split()) > 12:
        label = " ".join(label.split()[:12])
    if not label or label.lower() in lexicon.vague_issues:
        return "", "", None
    return label, clean_space(obj.doc[tokens[0].i : tokens[-1].i + 1].text), obj


def _strong(label: str, lexicon: Lexicon) -> bool:
    """Whether a label names a concrete negotiation issue (a seed category other than peace talks)."""
    words = label.lower().split()
    for category, keywords in lexicon.taxonomy.items():
        if category in STRONG_CATEGORIES and any(w.startswith(k) for w in words for k in keywords if " " not in k):
            return True
    return False


def _issue_for(obj: Token | None, ctx: _Context) -> tuple[str, str, Token | None]:
    """(label, text as written, head token) of the issue an object token names."""
    if obj is None:
        return "", "", None
    if obj.pos_ in {"VERB", "AUX"} or obj.tag_ in {"VBG", "VB"} or (obj.dep_ in {"xcomp", "acl"} and _infinitive(obj)) \
            or (obj.dep_ == "ccomp" and obj.pos_ == "ADJ"):
        return _action_label(obj, ctx)
    return _noun_issue(obj, ctx)


def _issues(obj: Token | None, ctx: _Context) -> list[tuple[str, str, Token | None]]:
    """The issue of an object and of each coordinated object ("enact a ceasefire and enter into
    negotiations")."""
    if obj is None:
        return []
    found = [_issue_for(obj, ctx)]
    for conj in obj.conjuncts:
        if conj.i > obj.i and conj.pos_ == obj.pos_:
            found.append(_issue_for(conj, ctx))
    return [f for f in found if f[0]]


def _vague_antecedent(tok: Token, ctx: _Context) -> Token | None:
    """"accept it" -> the nearest negotiation noun before it in its sentence ("commented on the
    agreement, calling it null and void"), else the issue of the last stance, else the nearest
    earlier negotiation noun."""
    doc = tok.doc
    sent_start = sent_of(tok).start
    keywords = [k for words in ctx.lexicon.taxonomy.values() for k in words if " " not in k]
    for cand in reversed(list(doc[sent_start : tok.i])):
        if cand.pos_ == "NOUN" and cand.dep_ != "compound" and (
                cand.lower_ in GENERIC_HEADS or any(cand.lower_.startswith(k) for k in keywords)):
            return cand
    for head in reversed(ctx.recent):
        if head.i < tok.i and head.i >= max(0, sent_start - 80):
            return head
    keywords = [k for words in ctx.lexicon.taxonomy.values() for k in words if " " not in k]
    for cand in reversed(list(doc[max(0, sent_start - 60) : tok.i])):
        if cand.pos_ != "NOUN" or cand.dep_ == "compound":
            continue
        low = cand.lower_
        if low in GENERIC_HEADS or any(low.startswith(k) for k in keywords):
            return cand
    return None


# ---------------------------------------------------------------------------------------------
# Polarity, conditions, red lines, claims
# ---------------------------------------------------------------------------------------------


def _negated(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.lower_ in {"never"} and child.dep_ in {"advmod", "neg"}):
            return True
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return True
    return False


def _undecided(tok: Token, lexicon: Lexicon) -> bool:
    """"has yet to respond", "haven't yet agreed"."""
    nodes = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    return any(c.lower_ in lexicon.undecided for n in nodes for c in n.children)


def _hedged(tok: Token, lexicon: Lexicon) -> bool:
    """Predicted or hedged: "is unlikely to accept", "may accept", "could agree"."""
    node = tok
    for _ in range(3):
        aux = {c.lower_ for c in node.children if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in node.children)
        if aux & lexicon.hedge_verbs and not (negated and aux & {"could", "can", "ca"}):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.hedge_adjectives:
            return True
        if node.dep_ in {"xcomp", "conj"}:
            node = node.head
            continue
        break
    return False


_MARKERS = ("only if", "as long as", "so long as", "provided that", "providing that", "on condition that",
            "if", "unless", "provided", "providing", "once", "until")


def _condition(tok: Token, ctx: _Context, negated: bool) -> str:
    """Text of a condition attached to the stance's clause ("if X", "unless X", "without X")."""
    lexicon = ctx.lexicon
    heads = [tok]
    node = tok
    while node.dep_ in {"xcomp", "acomp", "conj", "ccomp"} and node.head is not node and len(heads) < 4:
        node = node.head
        heads.append(node)
    doc = tok.doc
    for head in heads:
        for child in head.children:
            if child.dep_ == "advcl":
                start = child.left_edge.i
                before = " ".join(t.lower_ for t in doc[max(0, start - 2) : start])
                lead = " ".join(t.lower_ for t in doc[start : start + 3])
                for marker in _MARKERS:
                    if lead.startswith(marker + " ") or f" {before} ".endswith(f" {marker} ") or (
                            marker in {"provided", "providing"} and child.lower_ == marker):
                        words = [t for t in child.subtree]
                        text = clean_space(" ".join(t.text_with_ws for t in words))
                        text = re.sub(r"^(only if|as long as|so long as|provided that|providing that|on condition that|if|unless|provided|providing|once|until)\s+", "", text, flags=re.I)
                        text = re.sub(r"^that\s+", "", text)
                        return text.strip(" ,.")
            if child.dep_ == "prep" and not negated:
                phrase = " ".join(t.lower_ for t in doc[child.i : child.i + 3])
                if child.lower_ == "without" or any(phrase.startswith(p) for p in lexicon.condition_prepositions):
                    pobj = _pobj(child) or (_pobj(_child(child, "prep")) if _child(child, "prep") else None)
                    if pobj is not None:
                        return clean_space(doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
    text_condition = _condition_in_text(tok)
    if text_condition:
        return text_condition
    if not negated:
        obj = _child(tok, "dobj")
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "without"), None) if obj is not None else None
        if prep is not None and _pobj(prep) is not None:
            p = _pobj(prep)
            return clean_space(doc[p.left_edge.i : p.right_edge.i + 1].text)
    return ""


_MARKER_RE = re.compile(r"\b(only if|as long as|so long as|provided that|providing that|on condition that|unless|until|if)\b\s+",
                        re.I)


def _condition_in_text(tok: Token) -> str:
    """When the parse hides a condition clause ("as long as X" hung from an adverb), read it from
    the words after the stance: the first condition marker, to the end of the sentence."""
    sent = sent_of(tok)
    rest = sent.text[tok.idx - sent.start_char :]  # Doc.text rebuilds the whole text on every call
    match = _MARKER_RE.search(rest)
    if match is None:
        return ""
    clause = rest[match.end():]
    clause = re.split(r"[;:]|,\s+(?:but|and|while|although)\b", clause)[0]
    return clean_space(clause).strip(" ,.")


def _red_line(sent: Span, ctx: _Context, qi: int) -> bool:
    low = sent.text.lower()
    if any(p in low for p in ctx.lexicon.red_line_phrases):
        return True
    return False


def _claimer(tok: Token, holder_actor: int, ctx: _Context) -> int:
    """The actor who reports this stance when it sits in a clause they report about someone
    else, or in their quotation."""
    table, lexicon = ctx.table, ctx.lexicon
    node = tok
    for _ in range(8):
        if node.dep_ in {"ccomp", "acl", "relcl", "advcl", "conj"} and node.head is not node:
            reporter = node.head
            if reporter.pos_ in {"VERB", "AUX"} and _is_cue(reporter, lexicon) and node.dep_ in {"ccomp", "advcl", "conj"}:
                subj = _clause_subject(reporter) if node.dep_ != "conj" else None
                if subj is None and node.dep_ != "ccomp":
                    node = node.head
                    continue
                actor = _holder_actor(subj, table) if subj is not None else -1
                return actor if actor >= 0 and actor != holder_actor and not _speaks_for(actor, holder_actor, table) else -1
            if reporter.pos_ == "NOUN" and reporter.lemma_.lower() in lexicon.speech_nouns:
                by = next((c for c in reporter.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                subj = _pobj(by) or _child(reporter, "poss")
                actor = _holder_actor(subj, table) if subj is not None else -1
                return actor if actor >= 0 and actor != holder_actor else -1
        if node.head is node:
            break
        node = node.head
    # "According to Washington, Tehran is open to ..."
    for t in sent_of(tok):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = _pobj(t.doc[t.i + 1]) or (t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None)
            actor = _holder_actor(obj, table) if obj is not None else -1
            if actor >= 0 and actor != holder_actor:
                return actor
    qi = ctx.quote_of.get(tok.i, -1)
    if qi >= 0:
        speaker = ctx.quotes[qi].speaker
        if speaker >= 0 and speaker != holder_actor and table.actors[holder_actor].type != "GPE" \
                and table.actors[speaker].affiliation != holder_actor:
            return speaker
    return -1


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def _cues_at(tok: Token, ctx: _Context, negating_phrase: bool) -> list[_Cue]:
    lexicon = ctx.lexicon
    cues = []
    for finder in (_evaluation_cue, _predicate_cue, _violation_cue):
        cue = finder(tok, lexicon)
        if cue is not None:
            return [cue]
    cue = find_cue(tok, lexicon)
    if cue is None:
        cue = _without_cue(tok) or _action_cue(tok, lexicon, negating_phrase)
    elif cue.kind in {"verb", "phrasal"} and any(c.dep_ == "neg" for c in tok.children) and _without_phrase(tok) is not None:
        # "will not sign any agreement without sanctions relief": a demand, and conditional support
        cues.append(_without_cue(tok))
        cue = cue._replace(polarity="support", kind="conditional")
    if cue is not None:
        cues.append(cue)
    if tok.pos_ in {"NOUN", "PROPN"}:
        cues.extend(_participle_cues(tok, lexicon))
        cues.extend(_hyphen_participle_cues(tok, ctx))
    if _is_cue(tok, lexicon) and tok.pos_ == "VERB":
        clause = _child(tok, "ccomp")
        if clause is not None:
            cues.extend(_deontic_cues(clause, lexicon))
    return [c for c in cues if c is not None]


def _compose(outer: str, inner: str, lexicon: Lexicon) -> str:
    """Polarity of "outer to inner": "ready to accept" = support; "refuse to accept" = oppose;
    "urged X to agree" = demand; "considering accepting" = consider."""
    if outer == "support":
        return inner
    if outer in {"demand", "propose"}:
        return outer if inner in {"support", "propose", "demand"} else "consider" if inner == "consider" else outer
    if outer == "oppose":
        return lexicon.negation.get(inner, "oppose") if inner != "oppose" else "support"
    return "consider"


def _inside_outer_cue(tok: Token, lexicon: Lexicon) -> bool:
    if tok.dep_ == "xcomp" and find_cue(tok.head, lexicon) is not None:
        return True
    if tok.dep_ in {"acl", "relcl"} and tok.head.pos_ == "NOUN" and find_cue(tok.head, lexicon) is not None \
            and any(a.lower_ == "to" for a in tok.children):
        return True
    return False


def extract_stances(doc: Doc, table: ActorTable, quotes: list[QuoteRecord], lexicon: Lexicon) -> list[StanceRecord]:
    """Stance statements of ``doc``.

    Args:
        doc: a parsed Doc.
        table: the document's actors (holders index into it).
        quotes: the document's quotations (first-person holders inside a quote are its speaker).
        lexicon: stance words, negation and modality tables, condition markers, red-line phrases.

    Returns:
        One record per (holder, issue, cue) in text order.
    """
    ctx = _Context(doc, table, quotes, lexicon)
    for qi, q in enumerate(quotes):
        if q.kind == "indirect":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                ctx.quote_of[t.i] = qi
    for tok in doc:
        if tok.dep_ not in {"advcl", "ccomp"}:
            continue
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if tok.dep_ == "advcl" and marks & {"if", "unless", "once", "whether"}:
            ctx.conditional.update(t.i for t in tok.subtree)
        elif tok.dep_ == "ccomp" and marks & {"if", "whether"}:
            ctx.conditional.update(t.i for t in tok.subtree)  # "asked if they wanted to end": a question
    records: list[StanceRecord] = []
    seen: set[tuple[int, str, str, int]] = set()
    for sent in sentences(doc)[0]:
        if sent.text.rstrip().rstrip("”\"’'").endswith("?"):
            continue  # a question states no position
        low = sent.text.lower()
        negating_phrase = any(p in low for p in lexicon.negating_phrases)
        for tok in sent:
            if tok.pos_ not in CUE_POS or tok.i in ctx.conditional:
                continue
            for cue in _cues_at(tok, ctx, negating_phrase):
                records.extend(_read(cue, sent, ctx, negating_phrase, seen))
    records.extend(_red_line_headlines(doc, table, lexicon))
    records = _red_line_references(doc, records, ctx)
    records.sort(key=lambda r: (r.start, r.actor, r.issue, r.polarity))
    return records


def _read(cue: _Cue, sent: Span, ctx: _Context, negating_phrase: bool, seen: set) -> list[StanceRecord]:
    lexicon = ctx.lexicon
    tok = cue.token
    if cue.kind not in {"participle", "predicate", "deontic"} and _inside_outer_cue(tok, lexicon):
        return []  # "refuse to accept": read at the outer cue
    polarity, obj, cue_text = cue.polarity, cue.obj, cue.text or _cue_text(cue)
    # read through embedded stances: "ready to move forward with X", "urged them to agree to X",
    # "welcomed Israel's decision to allow aid"
    for _ in range(3):
        if obj is None or cue.kind in {"predicate", "evaluation", "action", "deontic", "without", "measure"}:
            break
        if obj.dep_ not in {"xcomp", "acl", "relcl", "ccomp", "pcomp", "dobj", "pobj"} or obj.i == tok.i:
            break
        inner = find_cue(obj, lexicon) if obj.pos_ in {"VERB", "AUX"} or obj.lemma_.lower() in {"decision", "willingness", "readiness"} else None
        if inner is None:
            break
        if inner.kind == "measure":
            polarity = _compose(polarity, inner.polarity, lexicon)
            cue_text = f"{cue_text} {_cue_text(inner)}"
            break  # "rejects recognizing X": the issue is the measure itself
        polarity = _compose(polarity, inner.polarity, lexicon)
        cue_text = f"{cue_text} {_cue_text(inner)}"
        obj = inner.obj
    negated = False
    if cue.kind in {"verb", "phrasal", "adjective", "noun", "conditional", "measure"}:
        negated = _negated(tok) or (cue.kind == "adjective" and _negated(tok.head)) or (
            negating_phrase and tok.dep_ in {"ROOT", "ccomp"})
        if not negated and tok.dep_ == "xcomp" and _negated(tok.head) and tok.head.lemma_.lower() not in lexicon.stance_verbs:
            negated = True  # "did not want to sign" is read at "want"; "is not ready to" at "ready"
    if negated:
        if _undecided(tok, lexicon):
            polarity = "consider"
        else:
            polarity = lexicon.negation.get(polarity, polarity)
    elif _undecided(tok, lexicon) and cue.kind == "phrasal":
        polarity = "consider"  # "has yet to respond to"
    if negated and tok.lemma_.lower() == "agree" and _reciprocal(tok):
        return []  # "the president and Congress could not agree on a budget": no position on it
    hedged = cue.kind != "predicate" and _hedged(tok, lexicon)
    if hedged and polarity != "consider":
        polarity = "consider"
    if cue.kind == "phrasal" and polarity == "oppose" and tok.lemma_.lower() in {"withdraw", "pull"} and obj is not None \
            and obj.ent_type_ in {"GPE", "ORG"}:
        # "pulled out of Iran": a withdrawal from a country is supported, not the country opposed
        polarity = "support"
        issues = [(f"withdrawal from {_label(_phrase_tokens(obj), lexicon)}", clean_space(obj.text), obj)]
    else:
        issues = _issues(obj, ctx)
    if not issues:
        return []
    qi = ctx.quote_of.get(tok.i, -1)
    holders = [(a, t) for a, t in _holders(cue, ctx) if not _commentator(a, ctx)]
    if not holders and qi >= 0 and ctx.quotes[qi].speaker >= 0 and cue.kind in {"noun", "predicate"}:
        holders = [(ctx.quotes[qi].speaker, None)]
    red = cue.red_line or (polarity in {"oppose", "demand"} and _red_line(sent, ctx, qi))
    condition = _condition(tok, ctx, negated) if cue.kind not in {"predicate", "without"} else ""
    if cue.kind == "conditional":
        inner_without = _pobj(_without_phrase(tok))
        if inner_without is not None:
            condition = clean_space(tok.doc[inner_without.left_edge.i : inner_without.right_edge.i + 1].text)
    if polarity == "support" and cue.kind in {"verb", "phrasal"}:
        holders = holders + [h for h in _agreement_partners(issues, ctx) if h[0] not in {a for a, _ in holders}]
    out = []
    for label, issue_text, head in issues:
        if cue.red_line and cue.polarity == "oppose" and head is not None and head.lower_ in lexicon.value_nouns:
            label = f"compromise on {label}"  # "territorial integrity is a red line"
        for actor, subj in holders:
            key = (actor, label, polarity, sent.start, condition)
            if key in seen:
                continue
            seen.add(key)
            claimed = -1 if cue.reporter else _claimer(tok, actor, ctx)
            if head is not None:
                ctx.recent.append(head)
            out.append(StanceRecord(
                actor=actor, issue=label, issue_text=issue_text, polarity=polarity, cue=cue_text,
                evidence=clean_space(sent.text), start=sent.start_char, end=sent.end_char,
                red_line=red, condition=condition, claimed_by=claimed, quote=qi, hedged=hedged,
            ))
    return out


def _speaks_for(speaker: int, party: int, table: ActorTable) -> bool:
    """"Netanyahu said Israel would not ...": a leader stating his state's position is no claim."""
    return table.actors[speaker].affiliation == party or table.actors[party].affiliation == speaker


def _commentator(actor: int, ctx: _Context) -> bool:
    """Analysts and experts assess; the positions they describe are the parties' (claimed)."""
    a = ctx.table.actors[actor]
    return a.type == "GROUP" and a.name.lower().split()[-1] in ctx.lexicon.commentators


def _reciprocal(tok: Token) -> bool:
    subj = _clause_subject(tok)
    return subj is not None and (bool(subj.conjuncts) or subj.lower_ in {"they", "sides", "parties", "both"}) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _agreement_partners(issues, ctx: _Context) -> list[tuple[int, Token]]:
    """"entered into an agreement with the government of Syria": the partner supports it too."""
    partners = []
    for _, _, head in issues:
        if head is None or head.lemma_.lower() not in RECIPROCAL_ISSUES:
            continue
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                partner = _pobj(prep)
                actor = _holder_actor(partner, ctx.table) if partner is not None else -1
                if actor >= 0:
                    partners.append((actor, partner))
    return partners


def _cue_text(cue: _Cue) -> str:
    tok = cue.token
    aux = [c for c in tok.children if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE | HEDGE_MODALS)]
    return " ".join(t.text for t in sorted(aux + [tok], key=lambda t: t.i))


_RED_LINE_HEADLINE = re.compile(r"^(?P<holder>[^\n:]{2,60}?)['’]s\s+red\s+lines?\s*:\s*(?P<issue>[^\n]{3,120})$", re.MULTILINE)


def _red_line_headlines(doc: Doc, table: ActorTable, lexicon: Lexicon) -> list[StanceRecord]:
    """"Zelensky's red line: No recognition of occupied territories" (a heading)."""
    records = []
    for match in _RED_LINE_HEADLINE.finditer(doc.text):
        span = doc.char_span(match.start("holder"), match.end("holder"), alignment_mode="expand")
        if span is None:
            continue
        actor = next((table.actor_at(t) for t in span if table.actor_at(t) >= 0), -1)
        if actor < 0:
            continue
        issue = match.group("issue").strip().rstrip(".")
        issue = re.sub(r"^(no|never|not)\s+", "", issue, flags=re.IGNORECASE)
        words = [w for w in issue.split() if w.lower() not in lexicon.issue_drop]
        label = " ".join(w if w.isupper() else w.lower() for w in words[:12])
        records.append(StanceRecord(
            actor=actor, issue=label, issue_text=issue, polarity="oppose", cue="red line",
            evidence=clean_space(match.group(0)), start=match.start(), end=match.end(), red_line=True,
        ))
    return records


_THIS_IS_A_RED_LINE = re.compile(r"\b(this|that|it)\s+(is|was|remains|will remain)\s+(?:\w+\s+){0,4}?red\s+line", re.I)


def _red_line_references(doc: Doc, records: list[StanceRecord], ctx: _Context) -> list[StanceRecord]:
    """Red lines stated about what was just said: "... This is the most important red line." marks
    the same speaker's preceding stance; a categorical "No project excluding our country can be
    implemented" marks the same holder's stances in that paragraph that share its subject."""
    text = doc.text
    out = list(records)
    for sent in sentences(doc)[0]:
        qi = ctx.quote_of.get(sent.start, ctx.quote_of.get(sent.start + 1, -1))
        speaker = ctx.quotes[qi].speaker if qi >= 0 else -1
        if _THIS_IS_A_RED_LINE.search(sent.text) and speaker >= 0:
            before = [i for i, r in enumerate(out) if r.actor == speaker and r.end <= sent.start_char
                      and sent.start_char - r.end < 600 and r.polarity in {"oppose", "demand"}]
            if before:
                i = before[-1]
                out[i] = out[i]._replace(red_line=True)
        for verb in sent:
            qv = ctx.quote_of.get(verb.i, -1)
            if qv < 0 or ctx.quotes[qv].speaker < 0 or not _is_passive(verb):
                continue
            subject = _child(verb, "nsubjpass")
            if subject is None or not any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in {"can", "will", "shall", "ca", "wo", "may"} for c in verb.children):
                continue
            # "No project excluding our country ... can be implemented": a categorical red line
            holder = ctx.quotes[qv].speaker
            para_start = text.rfind("\n\n", 0, sent.start_char) + 1
            para_end = text.find("\n\n", sent.end_char)
            para_end = len(text) if para_end < 0 else para_end
            word = subject.lemma_.lower()
            for i, r in enumerate(out):
                if r.actor == holder and para_start <= r.start < para_end and word in r.issue.lower():
                    out[i] = r._replace(red_line=True)
            label = _label(_phrase_tokens(subject), ctx.lexicon)
            if label:
                out.append(StanceRecord(
                    actor=holder, issue=label, issue_text=clean_space(doc[subject.left_edge.i : subject.right_edge.i + 1].text),
                    polarity="oppose", cue=f"no {subject.text} can be {verb.text}", evidence=clean_space(sent.text),
                    start=sent.start_char, end=sent.end_char, red_line=True, quote=qv,
                ))
    return out
