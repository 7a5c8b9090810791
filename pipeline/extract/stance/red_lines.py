"""Red lines: sentences that call a position a red line, red-line headings ("X's red line: no
recognition of ...") and red lines stated about what was just said ("This is a red line")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...grammar import CATEGORICAL_MODALS
from ...lexicon import Lexicon
from ...records import StanceRecord
from ..actors import ActorTable
from ..syntax import first_child, is_passive
from ..text import clean_space, doc_text, sentences
from .context import Context
from .issues import issue_label, phrase_tokens


def states_red_line(sent: Span, ctx: Context, qi: int) -> bool:
    low = sent.text.lower()
    if any(p in low for p in ctx.lexicon.red_line_phrases):
        return True
    return False


def demands_first(tok) -> bool:
    """"demanded that the rebels first lay down their arms", "insists that sanctions be lifted
    before it returns to the deal": a precondition, a red line."""
    return any(c.dep_ in {"ccomp", "xcomp", "acl", "relcl"} and any(
        (g.dep_ == "advmod" and g.lower_ == "first" and g.i < c.i)
        or (g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in g.children))
        for g in c.children) for c in tok.children)


_RED_LINE_HEADLINE = re.compile(r"^(?P<holder>[^\n:]{2,60}?)['’]s\s+red\s+lines?\s*:\s*(?P<issue>[^\n]{3,120})$", re.MULTILINE)


def red_line_headlines(doc: Doc, table: ActorTable, lexicon: Lexicon) -> list[StanceRecord]:
    """"Zelensky's red line: No recognition of occupied territories" (a heading)."""
    records = []
    for match in _RED_LINE_HEADLINE.finditer(doc_text(doc)):
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


def red_line_references(doc: Doc, records: list[StanceRecord], ctx: Context) -> list[StanceRecord]:
    """Red lines stated about what was just said: "... This is the most important red line." marks
    the same speaker's preceding stance; a categorical "No project excluding our country can be
    implemented" marks the same holder's stances in that paragraph that share its subject."""
    text = doc_text(doc)
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
            if qv < 0 or ctx.quotes[qv].speaker < 0 or not is_passive(verb):
                continue
            subject = first_child(verb, "nsubjpass")
            if subject is None or not any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in CATEGORICAL_MODALS for c in verb.children):
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
            label = issue_label(phrase_tokens(subject), ctx.lexicon)
            if label:
                out.append(StanceRecord(
                    actor=holder, issue=label, issue_text=clean_space(doc[subject.left_edge.i : subject.right_edge.i + 1].text),
                    polarity="oppose", cue=f"no {subject.text} can be {verb.text}", evidence=clean_space(sent.text),
                    start=sent.start_char, end=sent.end_char, red_line=True, quote=qv,
                ))
    return out
