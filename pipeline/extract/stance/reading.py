"""Reading a document's stances: find every cue in every sentence that is not a question or
a condition, read through embedded cues, then apply negation, modality, holders, issues,
conditions and red lines to build the records."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...grammar import CUE_POS, FUTURE, HEDGE_MODALS
from ...lexicon import Lexicon
from ...records import QuoteRecord, StanceRecord
from ..actors import ActorTable
from ..quotes import is_reporting_cue
from ..syntax import first_child, prep_object
from ..text import clean_space, sentences
from .constructions import (
    action_cue,
    deontic_cues,
    evaluation_cue,
    hyphen_participle_cues,
    participle_cues,
    predicate_cue,
    violation_cue,
    without_cue,
    without_phrase,
)
from .context import Context, Cue
from .cues import find_cue
from .holders import agreement_partners, claimer, find_holders, is_commentator, is_reciprocal
from .issues import find_issues, issue_label, phrase_tokens
from .polarity import compose, condition_of, is_hedged, is_negated, is_undecided
from .red_lines import red_line_headlines, red_line_references, states_red_line


def _cues_at(tok: Token, ctx: Context, negating_phrase: bool) -> list[Cue]:
    lexicon = ctx.lexicon
    cues = []
    for finder in (evaluation_cue, predicate_cue, violation_cue):
        cue = finder(tok, lexicon)
        if cue is not None:
            return [cue]
    cue = find_cue(tok, lexicon)
    if cue is None:
        cue = without_cue(tok) or action_cue(tok, lexicon, negating_phrase)
    elif cue.kind in {"verb", "phrasal"} and any(c.dep_ == "neg" for c in tok.children) and without_phrase(tok) is not None:
        # "will not sign any agreement without sanctions relief": a demand, and conditional support
        cues.append(without_cue(tok))
        cue = cue._replace(polarity="support", kind="conditional")
    if cue is not None:
        cues.append(cue)
    if tok.pos_ in {"NOUN", "PROPN"}:
        cues.extend(participle_cues(tok, lexicon))
        cues.extend(hyphen_participle_cues(tok, ctx))
    if is_reporting_cue(tok, lexicon) and tok.pos_ == "VERB":
        clause = first_child(tok, "ccomp")
        if clause is not None:
            cues.extend(deontic_cues(clause, lexicon))
    return [c for c in cues if c is not None]


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
    ctx = Context(doc, table, quotes, lexicon)
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
    records.extend(red_line_headlines(doc, table, lexicon))
    records = red_line_references(doc, records, ctx)
    records.sort(key=lambda r: (r.start, r.actor, r.issue, r.polarity))
    return records


def _read(cue: Cue, sent: Span, ctx: Context, negating_phrase: bool, seen: set) -> list[StanceRecord]:
    lexicon = ctx.lexicon
    tok = cue.token
    if cue.kind not in {"participle", "predicate", "deontic"} and _inside_outer_cue(tok, lexicon):
        return []  # "refuse to accept": read at the outer cue
    polarity, obj, cue_text = _read_through(cue, lexicon)
    negated = False
    if cue.kind in {"verb", "phrasal", "adjective", "noun", "conditional", "measure"}:
        negated = is_negated(tok) or (cue.kind == "adjective" and is_negated(tok.head)) or (
            negating_phrase and tok.dep_ in {"ROOT", "ccomp"})
        if not negated and tok.dep_ == "xcomp" and is_negated(tok.head) and tok.head.lemma_.lower() not in lexicon.stance_verbs:
            negated = True  # "did not want to sign" is read at "want"; "is not ready to" at "ready"
    if negated:
        if is_undecided(tok, lexicon):
            polarity = "consider"
        else:
            polarity = lexicon.negation.get(polarity, polarity)
    elif is_undecided(tok, lexicon) and cue.kind == "phrasal":
        polarity = "consider"  # "has yet to respond to"
    if negated and tok.lemma_.lower() == "agree" and is_reciprocal(tok):
        return []  # "the president and Congress could not agree on a budget": no position on it
    hedged = cue.kind != "predicate" and is_hedged(tok, lexicon)
    if hedged and polarity != "consider":
        polarity = "consider"
    if cue.kind == "phrasal" and polarity == "oppose" and tok.lemma_.lower() in {"withdraw", "pull"} and obj is not None \
            and obj.ent_type_ in {"GPE", "ORG"}:
        # "pulled out of Iran": a withdrawal from a country is supported, not the country opposed
        polarity = "support"
        issues = [(f"withdrawal from {issue_label(phrase_tokens(obj), lexicon)}", clean_space(obj.text), obj)]
    else:
        issues = find_issues(obj, ctx)
    if not issues:
        return []
    qi = ctx.quote_of.get(tok.i, -1)
    holders = [(a, t) for a, t in find_holders(cue, ctx) if not is_commentator(a, ctx)]
    if not holders and qi >= 0 and ctx.quotes[qi].speaker >= 0 and cue.kind in {"noun", "predicate"}:
        holders = [(ctx.quotes[qi].speaker, None)]
    red = cue.red_line or (polarity in {"oppose", "demand"} and states_red_line(sent, ctx, qi))
    condition = condition_of(tok, ctx, negated) if cue.kind not in {"predicate", "without"} else ""
    if cue.kind == "conditional":
        inner_without = prep_object(without_phrase(tok))
        if inner_without is not None:
            condition = clean_space(tok.doc[inner_without.left_edge.i : inner_without.right_edge.i + 1].text)
    if polarity == "support" and cue.kind in {"verb", "phrasal"}:
        holders = holders + [h for h in agreement_partners(issues, ctx) if h[0] not in {a for a, _ in holders}]
    out = []
    for label, issue_text, head in issues:
        if cue.red_line and cue.polarity == "oppose" and head is not None and head.lower_ in lexicon.value_nouns:
            label = f"compromise on {label}"  # "territorial integrity is a red line"
        for actor, subj in holders:
            key = (actor, label, polarity, sent.start, condition)
            if key in seen:
                continue
            seen.add(key)
            claimed = -1 if cue.reporter else claimer(tok, actor, ctx)
            if head is not None:
                ctx.recent.append(head)
            out.append(StanceRecord(
                actor=actor, issue=label, issue_text=issue_text, polarity=polarity, cue=cue_text,
                evidence=clean_space(sent.text), start=sent.start_char, end=sent.end_char,
                red_line=red, condition=condition, claimed_by=claimed, quote=qi, hedged=hedged,
            ))
    return out


def _read_through(cue: Cue, lexicon: Lexicon) -> tuple[str, Token | None, str]:
    """(polarity, object, cue text) after reading through embedded stances: "ready to move forward
    with X", "urged them to agree to X", "welcomed Israel's decision to allow aid"."""
    tok = cue.token
    polarity, obj, cue_text = cue.polarity, cue.obj, cue.text or _cue_text(cue)
    for _ in range(3):
        if obj is None or cue.kind in {"predicate", "evaluation", "action", "deontic", "without", "measure"}:
            break
        if obj.dep_ not in {"xcomp", "acl", "relcl", "ccomp", "pcomp", "dobj", "pobj"} or obj.i == tok.i:
            break
        inner = find_cue(obj, lexicon) if obj.pos_ in {"VERB", "AUX"} or obj.lemma_.lower() in {"decision", "willingness", "readiness"} else None
        if inner is None:
            break
        if inner.kind == "measure":
            polarity = compose(polarity, inner.polarity, lexicon)
            cue_text = f"{cue_text} {_cue_text(inner)}"
            break  # "rejects recognizing X": the issue is the measure itself
        polarity = compose(polarity, inner.polarity, lexicon)
        cue_text = f"{cue_text} {_cue_text(inner)}"
        obj = inner.obj
    return polarity, obj, cue_text


def _cue_text(cue: Cue) -> str:
    tok = cue.token
    aux = [c for c in tok.children if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE | HEDGE_MODALS)]
    return " ".join(t.text for t in sorted(aux + [tok], key=lambda t: t.i))
