"""Stances: who supports, opposes, proposes, demands or considers what, on what condition, and
which positions are red lines. Read from the dependency parse with the lexicon of
``models/lexicons/stance.toml``.

The rule, in short: find a stance cue (verb, phrasal verb, predicative adjective, noun or
participle), its holder (subject, agent, possessor, or the speaker of the quotation for "we"/"I"),
and its object as the issue. When the object is itself an action ("rejects recognizing X",
"refused to sign", "is ready to move forward with"), read through to it. Polarity comes from
tables, not arithmetic: the cue's polarity, then the negation table, then modality (hedges and
predictions make a stance ``consider``). Conditions come from if/unless/provided/without.
A stance inside a clause reported by someone else ("X claimed that Y was open to Z") is Y's,
with ``claimed_by`` = X.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..records import QuoteRecord, StanceRecord
from .actors import ActorTable
from .quotes import _actor_of, _is_cue
from .text import SUBJECT_DEPS, clean_space

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
LIGHT_VERBS = frozenset({"show", "express", "signal", "voice", "reiterate", "indicate", "make", "announce",
                         "repeat", "state", "declare", "confirm", "emphasize", "stress", "have", "give"})
MODALS_FUTURE = frozenset({"will", "would", "shall", "can", "could", "'ll", "wo", "ca"})
ISSUE_PREPS = frozenset({"of", "against", "on", "for", "to", "with", "from", "over", "about", "between", "in"})
GENERIC_HEADS = frozenset({"proposal", "plan", "idea", "initiative", "offer", "demand", "call", "request"})


class _Cue(NamedTuple):
    token: Token
    polarity: str
    kind: str  # verb | phrasal | adjective | noun | participle | action
    obj: Token | None  # where the issue is (a noun, or a verb for embedded actions)


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


# ---------------------------------------------------------------------------------------------
# Cues
# ---------------------------------------------------------------------------------------------


def _phrasal_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    lemma = tok.lemma_.lower()
    for words, polarity in lexicon.stance_phrasal.items():
        if words[0] != lemma:
            continue
        rest = list(words[1:])
        node: Token | None = tok
        obj = None
        ok = True
        for k, word in enumerate(rest):
            last = k == len(rest) - 1
            child = next((c for c in node.children if c.lower_ == word and c.dep_ in {"prt", "prep", "advmod", "dative", "agent"}), None) if node else None
            if child is None:
                ok = False
                break
            if last:
                if child.dep_ == "prep" or child.dep_ == "agent":
                    obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
                else:
                    obj = _object_of(tok)
            else:
                node = child if child.dep_ == "advmod" else node
        if ok:
            return _Cue(tok, polarity, "phrasal", obj)
    return None


def _object_of(tok: Token) -> Token | None:
    for dep in ("dobj", "xcomp", "ccomp_noun", "attr", "oprd"):
        for child in tok.children:
            if child.dep_ == dep:
                if dep == "xcomp" and child.pos_ not in {"VERB", "AUX"}:
                    continue
                return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "on", "for", "with", "from", "against"}:
            pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                return pobj
    return None


def find_cue(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """The stance cue at ``tok``, if any, with its polarity and where its object is."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        phrasal = _phrasal_cue(tok, lexicon)
        if phrasal:
            return phrasal
        if lemma in lexicon.stance_verbs:
            if tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"} and lemma in lexicon.stance_participles):
                return None  # participles are read from the noun they modify
            return _Cue(tok, lexicon.stance_verbs[lemma], "verb", _object_of(tok))
        return None
    if tok.pos_ == "ADJ" and lemma in lexicon.stance_adjectives and tok.dep_ in {"acomp", "amod", "ROOT", "conj", "xcomp", "oprd"}:
        if tok.dep_ == "amod" and lemma not in {"opposed"}:
            return None
        return _Cue(tok, lexicon.stance_adjectives[lemma], "adjective", _object_of(tok))
    if tok.pos_ in {"NOUN", "PROPN"} and lemma in lexicon.stance_nouns:
        return _Cue(tok, lexicon.stance_nouns[lemma], "noun", _noun_object(tok))
    return None


def _noun_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and any(c.lower_ == "to" for c in child.children):
            return child  # "refusal to recognize"
        if child.dep_ == "prep" and child.lower_ in {"of", "on", "for", "to", "against"}:
            pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                return pobj
    return None


# ---------------------------------------------------------------------------------------------
# Holders
# ---------------------------------------------------------------------------------------------


def _clause_subject(tok: Token) -> Token | None:
    """Subject of the clause ``tok`` heads, through xcomp/acomp/conj/advcl chains."""
    node = tok
    for _ in range(5):
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subj is not None:
            return subj
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if node.dep_ in {"xcomp", "acomp", "conj", "advcl", "ccomp"} and node.head is not node:
            if node.dep_ == "ccomp" and node.head.pos_ not in {"ADJ"}:
                return None
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.head is not node:
            node = node.head.head
            continue
        return None
    return None


def _noun_holder(tok: Token) -> Token | None:
    """"Zelensky's refusal", "the U.S. push", "Kremlin review", "proposal by X", "shown openness"."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in tok.children:
        if child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
            return child
    if tok.dep_ in {"dobj", "attr"} and tok.head.lemma_.lower() in LIGHT_VERBS:
        return _clause_subject(tok.head)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "under":
        return None
    return None


def _holders(cue: _Cue, table: ActorTable, quote_of: dict[int, int], quotes: list[QuoteRecord]) -> list[tuple[int, Token | None]]:
    """(actor, subject token) pairs holding the stance; conjoined subjects each hold it."""
    tok = cue.token
    if cue.kind == "noun":
        subj = _noun_holder(tok)
        if subj is None:
            for child in tok.children:
                if child.dep_ in {"compound", "nmod"}:
                    actor = table.actor_at(child)
                    if actor >= 0:
                        return [(actor, child)]
            return []
    elif cue.kind == "participle":
        subj = cue.token
    else:
        subj = _clause_subject(tok)
    if subj is None:
        return []
    result = []
    for s in [subj] + list(subj.conjuncts):
        if s.lower_ in FIRST_PERSON and s.i in quote_of:
            q = quotes[quote_of[s.i]]
            if q.speaker >= 0:
                result.append((q.speaker, s))
            continue
        actor = _actor_of(s, table)
        if actor >= 0:
            result.append((actor, s))
    return result


# ---------------------------------------------------------------------------------------------
# Issues
# ---------------------------------------------------------------------------------------------


def _phrase_tokens(head: Token, lexicon: Lexicon, depth: int = 0) -> list[Token]:
    """The words of an issue phrase headed by ``head``: modifiers, the head, and one level of
    prepositional complements ("sanctions against Russia", "recognition of occupied territories")."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "nummod", "nmod", "npadvmod", "poss", "det", "advmod", "quantmod"}:
            keep.extend(t for t in child.subtree if t.dep_ not in {"relcl", "appos"})
    if depth < 2:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ISSUE_PREPS:
                pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
                if pobj is not None:
                    keep.append(child)
                    keep.extend(_phrase_tokens(pobj, lexicon, depth + 1))
            elif child.dep_ in {"compound", "amod"}:
                keep.extend(child.subtree)
            elif child.dep_ == "dobj" and head.pos_ == "VERB":
                keep.extend(_phrase_tokens(child, lexicon, depth + 1))
    return sorted(set(keep), key=lambda t: t.i)


def _label(tokens: list[Token], lexicon: Lexicon) -> str:
    words = []
    for t in tokens:
        low = t.lower_
        if low in lexicon.issue_drop or t.dep_ in {"det", "poss"} or t.is_punct and t.text not in {"-"}:
            continue
        if t.orth_ in {"'s", "’s"}:
            continue
        words.append(t.text if t.pos_ == "PROPN" or t.text.isupper() else low)
    label = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return label


def issue_for(obj: Token | None, lexicon: Lexicon, context: list[Token]) -> tuple[str, str, Token | None]:
    """(label, text as written, head token) of the issue an object token names.

    Embedded actions are nominalised: "recognizing occupied territories" -> "recognition of
    occupied territories"; "to sign the deal" -> "signing of deal". Pronouns and vague heads
    take the nearest negotiation noun before them in ``context``.
    """
    if obj is None:
        return "", "", None
    if obj.pos_ in {"VERB", "AUX"} or obj.tag_ in {"VBG", "VB"}:
        lemma = obj.lemma_.lower()
        inner = _object_of(obj)
        noun = lexicon.nominalisations.get(lemma)
        if inner is not None and inner.pos_ in {"NOUN", "PROPN", "PRON"} and inner.lower_ not in lexicon.vague_issues:
            inner_tokens = _phrase_tokens(inner, lexicon)
            label = _label(inner_tokens, lexicon)
            head = noun or (obj.text if obj.tag_ == "VBG" else lemma + "ing")
            text = clean_space(obj.doc[min(obj.i, inner_tokens[0].i): inner_tokens[-1].i + 1].text)
            return (f"{head} of {label}" if label else head), text, inner
        if noun:
            return noun, obj.text, obj
        return "", "", None
    if obj.lower_ in lexicon.vague_issues:
        # "the idea of a temporary truce": the complement names the issue
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "on", "for"}), None)
        inner = next((c for c in of.children if c.dep_ in {"pobj", "pcomp"}), None) if of is not None else None
        if inner is not None:
            return issue_for(inner, lexicon, context)
    if obj.lower_ in lexicon.vague_issues or obj.pos_ == "PRON":
        antecedent = _vague_antecedent(obj, lexicon, context)
        if antecedent is None:
            return "", "", None
        obj = antecedent
    tokens = _phrase_tokens(obj, lexicon)
    label = _label(tokens, lexicon)
    words = label.split()
    if len(words) > 1 and words[-1] in GENERIC_HEADS:
        label = " ".join(words[:-1])
    if len(label.split()) > 12:
        label = " ".join(label.split()[:12])
    if not label or label in lexicon.vague_issues:
        return "", "", None
    return label, clean_space(obj.doc[tokens[0].i : tokens[-1].i + 1].text), obj


def _vague_antecedent(tok: Token, lexicon: Lexicon, context: list[Token]) -> Token | None:
    """"accept it" -> the nearest earlier negotiation noun (proposal, ceasefire, deal ...)."""
    keywords = [k for words in lexicon.taxonomy.values() for k in words]
    for cand in reversed(context):
        if cand.i >= tok.i:
            continue
        if cand.pos_ != "NOUN" or cand.dep_ == "compound":
            continue
        low = cand.lower_
        if low in GENERIC_HEADS or any(low.startswith(k) for k in keywords):
            return cand
    return None


# ---------------------------------------------------------------------------------------------
# Polarity, conditions, red lines, claims
# ---------------------------------------------------------------------------------------------


def _negated(tok: Token, lexicon: Lexicon) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.lower_ in {"never", "no longer"} and child.dep_ in {"advmod", "neg"}):
            return True
    # "Ukraine's refusal" has no negation; "no recognition" has a det "no"
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return True
    return False


def _hedged(tok: Token, lexicon: Lexicon) -> bool:
    """Predicted or hedged: "is unlikely to accept", "may accept", "could agree"."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in lexicon.hedge_verbs for c in node.children):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.hedge_adjectives:
            return True
        if node.dep_ in {"xcomp", "conj"}:
            node = node.head
            continue
        break
    return False


def _condition(tok: Token, lexicon: Lexicon, negated: bool) -> str:
    """Text of a condition attached to the stance's clause ("if X", "without X", "unless X")."""
    heads = [tok]
    if tok.dep_ in {"xcomp", "acomp"}:
        heads.append(tok.head)
    for head in heads:
        for child in head.children:
            if child.dep_ == "advcl":
                mark = next((c for c in child.children if c.dep_ == "mark"), None)
                if mark is not None and mark.lower_ in {m.split()[0] for m in lexicon.condition_markers}:
                    words = [t for t in child.subtree if not (t.i == mark.i)]
                    return clean_space(" ".join(t.text_with_ws for t in words))
            if child.dep_ == "prep" and child.lower_ in {p.split()[0] for p in lexicon.condition_prepositions} and not negated:
                if child.lower_ == "without" or " ".join(t.lower_ for t in child.doc[child.i: child.i + 3]).startswith(
                        tuple(lexicon.condition_prepositions)):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return clean_space(child.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text)
    return ""


def _red_line(sent: Span, tok: Token, lexicon: Lexicon, quote: QuoteRecord | None, text: str) -> bool:
    low = sent.text.lower()
    if any(p in low for p in lexicon.red_line_phrases):
        return True
    if quote is not None and quote.kind == "direct":
        return any(p in text[quote.start : quote.end].lower() for p in lexicon.red_line_phrases)
    return False


def _claimer(tok: Token, holder: Token | None, table: ActorTable, lexicon: Lexicon, holder_actor: int) -> int:
    """The actor who reports this stance when it sits in a clause they report about someone else."""
    node = tok
    for _ in range(6):
        if node.dep_ in {"ccomp", "acl", "relcl"} and node.head is not node:
            reporter = node.head
            if reporter.pos_ in {"VERB", "AUX"} and _is_cue(reporter, lexicon):
                subj = next((c for c in reporter.children if c.dep_ in SUBJECT_DEPS), None)
                actor = _actor_of(subj, table)
                if actor >= 0 and actor != holder_actor:
                    return actor
                return -1
            if reporter.pos_ == "NOUN" and reporter.lemma_.lower() in lexicon.speech_nouns:
                by = next((c for c in reporter.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                subj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                subj = subj or next((c for c in reporter.children if c.dep_ == "poss"), None)
                actor = _actor_of(subj, table)
                if actor >= 0 and actor != holder_actor:
                    return actor
                return -1
        if node.head is node:
            break
        node = node.head
    return -1


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def extract_stances(doc: Doc, table: ActorTable, quotes: list[QuoteRecord], lexicon: Lexicon) -> list[StanceRecord]:
    """Stance statements of ``doc``.

    Args:
        doc: a parsed Doc.
        table: the document's actors (holders index into it).
        quotes: the document's quotations (first-person holders inside a quote are its speaker).
        lexicon: stance words, negation and modality tables, condition markers, red-line phrases.

    Returns:
        One record per (holder, cue) in text order.
    """
    quote_of: dict[int, int] = {}
    for qi, q in enumerate(quotes):
        if q.kind == "indirect":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                quote_of[t.i] = qi
    records: list[StanceRecord] = []
    seen: set[tuple[int, str, str]] = set()
    text = doc.text
    for sent in doc.sents:
        context = list(doc[max(0, sent.start - 60) : sent.end])
        for tok in sent:
            cue = find_cue(tok, lexicon)
            if cue is None:
                cue = _negated_action(tok, lexicon) or _without_demand(tok, lexicon)
            if cue is None:
                continue
            if _inside_outer_cue(tok, lexicon):
                continue  # "refuse to accept": read at the outer cue
            polarity, obj, cue_text = cue.polarity, cue.obj, _cue_text(cue)
            # read through an embedded stance: "ready to move forward with X", "refuse to accept X"
            if obj is not None and obj.dep_ == "xcomp":
                inner = find_cue(obj, lexicon)
                if inner is not None:
                    polarity = _compose(polarity, inner.polarity, lexicon)
                    obj = inner.obj
                    cue_text = f"{cue_text} {_cue_text(inner)}"
            negated = _negated(tok, lexicon) or (cue.kind == "adjective" and _negated(tok.head, lexicon))
            if cue.kind == "action" or cue.kind == "without":
                negated = False  # already in the cue's polarity
            if negated:
                polarity = lexicon.negation.get(polarity, polarity)
            hedged = _hedged(tok, lexicon)
            if hedged and polarity != "consider":
                polarity = "consider"
            label, issue_text, issue_head = issue_for(obj, lexicon, context)
            if not label and cue.kind == "noun" and tok.lemma_.lower() in GENERIC_HEADS:
                label, issue_text, issue_head = _proposal_issue(tok, lexicon)
            if not label:
                continue
            qi = quote_of.get(tok.i, -1)
            quote = quotes[qi] if qi >= 0 else None
            holders = _holders(cue, table, quote_of, quotes)
            if not holders and quote is not None and quote.speaker >= 0 and cue.kind == "noun":
                holders = [(quote.speaker, None)]
            red = polarity in {"oppose", "demand"} and _red_line(sent, tok, lexicon, quote, text)
            condition = _condition(tok, lexicon, negated)
            for actor, subj in holders:
                key = (actor, label, polarity)
                if key in seen and qi < 0:
                    continue
                seen.add(key)
                claimed = _claimer(tok, subj, table, lexicon, actor)
                records.append(StanceRecord(
                    actor=actor, issue=label, issue_text=issue_text, polarity=polarity, cue=cue_text,
                    evidence=clean_space(sent.text), start=sent.start_char, end=sent.end_char,
                    red_line=red, condition=condition, claimed_by=claimed, quote=qi, hedged=hedged,
                ))
    records.extend(_red_line_headlines(doc, table, lexicon))
    records.sort(key=lambda r: (r.start, r.actor, r.issue))
    return records


def _cue_text(cue: _Cue) -> str:
    tok = cue.token
    if cue.kind == "phrasal":
        parts = [tok] + [c for c in tok.children if c.dep_ in {"prt", "prep", "advmod"} and c.i > tok.i][:2]
        return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
    aux = [c for c in tok.children if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS_FUTURE)]
    return " ".join(t.text for t in sorted(aux + [tok], key=lambda t: t.i))


def _compose(outer: str, inner: str, lexicon: Lexicon) -> str:
    """Polarity of "outer to inner": "ready to accept" = support; "refuse to accept" = oppose."""
    if outer == "support" or outer == "demand" and inner in {"support", "propose"}:
        return inner if outer == "support" else "demand"
    if outer == "oppose":
        return lexicon.negation.get(inner, "oppose") if inner != "oppose" else "support"
    return "consider"


def _inside_outer_cue(tok: Token, lexicon: Lexicon) -> bool:
    return tok.dep_ == "xcomp" and find_cue(tok.head, lexicon) is not None


def _negated_action(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """"we will not recognize X", "Ukraine would not cede territory": a refused action."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.nominalisations:
        return None
    if tok.lemma_.lower() in lexicon.stance_verbs:
        return None
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in MODALS_FUTURE for c in tok.children):
        return None
    if _object_of(tok) is None:
        return None
    return _Cue(tok, "oppose", "action", tok)


def _without_demand(tok: Token, lexicon: Lexicon) -> _Cue | None:
    """"Moscow would not rush into negotiations without guarantees": a demand for guarantees."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "neg" for c in tok.children):
        return None
    prep = _without_phrase(tok)
    if prep is None:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    return _Cue(tok, "demand", "without", pobj)


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


def _proposal_issue(tok: Token, lexicon: Lexicon) -> tuple[str, str, Token | None]:
    """"a U.S.-backed 30-day ceasefire proposal": the proposal's own modifiers name the issue."""
    mods = [c for c in tok.lefts if c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"}
            and c.tag_ != "VBN"]
    if not mods:
        return "", "", None
    tokens = []
    for m in mods:
        tokens.extend(t for t in m.subtree if t.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"} and t.tag_ != "VBN"
                      and not (t.is_punct and t.text != "-"))
    tokens = sorted(set(tokens), key=lambda t: t.i)
    label = _label(tokens, lexicon)
    label = re.sub(r"^-+|-+$", "", label).strip()
    if not label:
        return "", "", None
    return label, clean_space(tok.doc[tokens[0].i : tok.i + 1].text), tok


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
