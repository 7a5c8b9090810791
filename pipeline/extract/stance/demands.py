"""What a stance's object and conditions come to, past its cue: reading through embedded cues
("ready to accept X", "vowed never to recognize X"), things given up ("refused to give up X"
opposes X), positions stated without an object ("the opposition has objected"), and what a
holder demands through the conditions of a stance ("will not negotiate unless C", "in exchange
for N", "only after C")."""

from __future__ import annotations

from spacy.tokens import Token

from ...grammar import FUTURE, HEDGE_MODALS, RELATIVE
from ...lexicon import Lexicon
from ..syntax import children_of, first_child, is_passive, passive_subject, prep_object
from ..text import clean_space, sent_of
from . import forms
from .context import Context, Cue
from .cues import find_cue
from .issues import find_issues, gerund, issue_label, phrase_tokens
from .polarity import compose

NO_READ_THROUGH = frozenset({"predicate", "evaluation", "action", "deontic", "without", "measure", "redline",
                             "precondition", "existential", "threat", "surrender", "echo", "echo_object", "threat_aim", "legal_aim", "ultimatum", "protest", "goal", "sole_means"})


def read_through(cue: Cue, lexicon: Lexicon) -> tuple[str, Token | None, str]:
    """(polarity, object, cue text) after reading through embedded stances: "ready to move forward
    with X", "urged them to agree to X", "welcomed Israel's decision to allow aid", "vowed never
    to recognize X"."""
    tok = cue.token
    polarity, obj, text = cue.polarity, cue.obj, cue.text or cue_text(cue)
    for _ in range(3):
        if obj is None or cue.kind in NO_READ_THROUGH:
            break
        if obj.dep_ not in {"xcomp", "acl", "relcl", "ccomp", "pcomp", "dobj", "pobj"} or obj.i == tok.i:
            break
        aided = next((c for c in children_of(obj) if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None) \
            if obj.pos_ == "VERB" and obj.lemma_.lower() in lexicon.forms.get("helping_verbs", ()) else None
        if aided is not None and not any(c.dep_ == "neg" for c in children_of(obj)):
            obj = aided  # "ready to help implement the agreement": the action helped
            continue
        inner = find_cue(obj, lexicon) if obj.pos_ in {"VERB", "AUX"} or obj.lemma_.lower() in {"decision", "willingness", "readiness"} else None
        if inner is not None and obj.pos_ == "VERB" and negated_clause(obj) and forms.surrender_object(obj, lexicon) is not None:
            # "vowed never to abandon enrichment" as "vowed never to give up enrichment": a
            # surrender refused (read by `given_up`), not a negated opposition ("does not reject")
            inner = None
        if inner is None:
            if obj.pos_ in {"VERB", "AUX"} and negated_clause(obj):
                # "vowed not to lay down its arms"; asking that it not be done opposes it ("urged
                # Turkey not to launch the offensive"), as asking to reject it does (`compose`)
                polarity = compose(polarity, "oppose", lexicon) if polarity in {"demand", "propose"} \
                    else lexicon.negation.get(polarity, polarity)
            elif polarity == "support" and promised_action(tok, obj, lexicon):
                polarity = "propose"  # "Wen promised China would promote direct links": an offer
            break
        if forms.leaves_place(inner, lexicon):
            # "urged Russia to withdraw from Ukraine", "refused to pull out of Kherson": leaving a
            # place is the action at stake (supported by who does it), not an opposition to the place
            polarity = compose(polarity, "support", lexicon)
            if negated_clause(obj):
                polarity = lexicon.negation.get(polarity, polarity)
            text = f"{text} {cue_text(inner)}"
            break
        inner_polarity = inner.polarity
        if negated_clause(obj):
            inner_polarity = lexicon.negation.get(inner_polarity, inner_polarity)  # "vowed never to recognize X"
        outer_polarity, polarity = polarity, compose(polarity, inner_polarity, lexicon)
        if outer_polarity == "propose" and inner_polarity == "support" and inner.obj is not None \
                and lexicon.stance_nouns.get(inner.obj.lemma_.lower()) == "propose":
            # "proposed to accept the invitation of our Swedish hosts", "offered to accept the UN
            # plan": what is put forward is the acceptance of another's proposal, supported
            polarity = "support"
        text = f"{text} {cue_text(inner)}"
        if inner.kind == "measure":
            break  # "rejects recognizing X": the issue is the measure itself
        obj = inner.obj
    return polarity, obj, text


def negated_clause(obj: Token) -> bool:
    """Whether a clause under a cue is negated: "vowed never to recognize X", "urged Turkey not to
    launch"; and the infinitive of a noun cue ("its pledge never to give up X", "a vow never to
    allow X", which the parser hangs from the noun as acl or relcl)."""
    if obj.dep_ not in {"xcomp", "ccomp"} and not (
            obj.dep_ in {"acl", "relcl"} and obj.head.pos_ == "NOUN"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(obj))):
        return False
    return any(c.dep_ == "neg" for c in children_of(obj))


def promised_action(tok: Token, clause: Token, lexicon: Lexicon) -> bool:
    """A promise of what someone will do, in a clause of its own ("Wen promised China would promote
    direct links", "the minister's promise that the government would engage the workers in
    dialogue"): an action offered to the other side, proposed (gold: propose). A promise "to V"
    ("Kiir promised to stop the war") is the promiser's commitment, supported."""
    return tok.lemma_.lower() in lexicon.forms.get("commissive_verbs", ()) and clause.dep_ in {"ccomp", "acl"} \
        and clause.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in children_of(clause)) \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))


def cue_text(cue: Cue) -> str:
    tok = cue.token
    aux = [c for c in children_of(tok) if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE | HEDGE_MODALS)]
    return " ".join(t.text for t in sorted(aux + [tok], key=lambda t: t.i))


def given_up(obj: Token | None, polarity: str, lexicon: Lexicon) -> tuple[Token | None, str, str]:
    """"refused to give up X" opposes X; "refused to back down on its demand for X" (or "to drop
    its demand for X") demands X;
    "agreed to give up X" supports the surrender of X. Returns (object, polarity, label prefix)."""
    given = forms.surrender_object(obj, lexicon) if obj is not None and obj.pos_ in {"VERB", "AUX"} else None
    if given is None and polarity == "oppose" and obj is not None:
        given = forms.dropped_demand(obj, lexicon)  # "refused to drop its demand for X" demands X
    if given is None and polarity == "oppose" and obj is not None \
            and (pressed := forms.pressed_for(obj, lexicon)) is not None:
        return pressed, "oppose", ""  # "refused to bow to pressure for a ceasefire"
    if given is None:
        return obj, polarity, ""
    if polarity == "oppose":
        pressed = forms.pressed_for(given, lexicon)
        if pressed is not None:
            # "refused to bow to pressure to release the prisoners": yielding to another's demand
            # refused, what it asks is opposed
            return pressed, "oppose", ""
        inner = forms.demanded_inside(given, lexicon)
        return (inner, "demand", "") if inner is not None else (given, "oppose", "")
    return given, polarity, lexicon.forms.get("surrender_noun", ("surrender of",))[0]


def issue_without_object(cue: Cue, ctx: Context) -> Token | None:
    """"The government announced a curfew, but the opposition has objected", "Hamas agreed": a
    position stated without an object is on what was just named."""
    tok = cue.token
    if cue.kind not in {"verb", "phrasal"} or tok.lemma_.lower() not in ctx.lexicon.forms.get("intransitive", ()) \
            or is_passive(tok):
        return None
    reason = None
    for child in children_of(tok):
        if child.dep_ == "advcl" and _set_off_participle(child):
            reason = child  # "Damascus has refused, accusing the rebels of ...": a reason, no object
            continue
        if child.dep_ in {"ccomp", "xcomp", "dobj", "advcl", "attr", "acomp"}:
            return None
        if child.dep_ == "prep" and not (prep_object(child) is not None
                                         and prep_object(child).ent_type_ in {"DATE", "TIME", "GPE"}):
            return None
    found = forms.object_by_coordination(tok)
    if found is not None:
        return found
    recent = next((h for h in reversed(ctx.recent) if h.i < tok.i and tok.i - h.i < 80), None)
    if recent is not None and reason is not None and sent_of(recent).start < _previous_sentence_start(tok):
        # with a reason given, the position answers what the sentence just before named ("Regional
        # Governor X agreed, saying only this group could have done it" agrees with a claim, not
        # with a measure named paragraphs before)
        return None
    return recent


def demanded(cue: Cue, ctx: Context) -> list[tuple[str, str, Token | None, str]]:
    """What the holder demands through the conditions of a stance: "will not negotiate unless the
    president steps down", "will walk out unless the company restores the bonus", "threatened to
    walk out if the talks did not begin", "in exchange for a truce". (label, text, head, marker)."""
    out = []
    commitment = cue.kind in {"action", "threat", "existential", "surrender", "conditional"} \
        or forms.walkout_threat(cue.token, ctx.lexicon)  # "would walk away from the talks if C did not happen"
    for head, marker, _negated in forms.demand_clauses(cue.token, ctx.lexicon, cue.kind == "existential", commitment):
        for label, text, issue_head in clause_issues(head, ctx):
            out.append((label, text, issue_head, marker))
    return out


def clause_issues(head: Token, ctx: Context, agent: bool = True) -> list[tuple[str, str, Token | None]]:
    """The issue a condition clause names: what its stance cue is about ("unless it agrees to
    discuss X"), else its action with the thing or party it concerns ("unless the highway is
    reopened" -> "reopening of highway", "unless Israel withdraws" -> "withdrawal by Israel"; the
    active subject only with ``agent``)."""
    lexicon = ctx.lexicon
    stopped = forms.stopped_activity(head, lexicon)
    if stopped is not None:
        # "until the shelling stops" read as a noun phrase: the halt of the shelling
        action = lexicon.nominalisations.get(head.lemma_.lower(), "halt")
        return [(f"{action} of {label}", text, issue_head) for label, text, issue_head in find_issues(stopped, ctx)[:1]] \
            or [(f"{action} of {stopped.lower_}", clean_space(stopped.text), stopped)]
    if head.pos_ in {"NOUN", "PROPN"}:
        return find_issues(head, ctx)
    if head.lemma_.lower() in lexicon.forms.get("focus_verbs", ()):
        # "the talks should focus on the return of refugees": what they are to be about
        about = first_child(head, "dobj") or next((prep_object(c) for c in children_of(head) if c.dep_ == "prep"
                                                    and c.lower_ in {"on", "upon", "with"}), None)
        items = forms.illustrated_items(about, head, lexicon) \
            if about is not None and about.lemma_.lower() in lexicon.forms.get("topic_nouns", ()) else []
        # "should focus on other issues, notably the return of refugees": the items, not "issues"
        found = [f for item in items for f in find_issues(item, ctx)] or (
            find_issues(about, ctx) if about is not None else [])
        if found:
            return found
    cue = find_cue(head, lexicon)
    if cue is not None and cue.obj is not None and cue.polarity in {"support", "propose", "demand"}:
        _, obj, _ = read_through(cue, lexicon)
        found = find_issues(obj, ctx)
        if found:
            return found
    activity = next((c for c in children_of(head) if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if activity is not None and head.lemma_.lower() in lexicon.aspectual_verbs | {"cease", "halt", "end"}:
        # "until Israel stops building settlements": a halt to the activity, not "halt by Israel"
        action = lexicon.nominalisations.get(head.lemma_.lower()) or gerund(head)
        inner = find_issues(activity, ctx)
        if inner:
            return [(f"{action} of {label}", text, issue_head) for label, text, issue_head in inner[:1]]
    found = [f for f in find_issues(head, ctx) if f[0] != gerund(head)]  # a bare "beginning" names nothing
    passive = is_passive(head)
    if passive and head.lemma_.lower() in lexicon.basis_verbs and found:
        return found  # "must be founded on mutual respect": the basis, not the thing founded on it
    if passive:
        subj = passive_subject(head)  # its own, or shared with a passive it is coordinated with
    else:
        subj = first_child(head, "nsubj") if agent and first_child(head, "dobj") is None else None
    if subj is not None and subj.lower_ in RELATIVE:
        subj = _relative_antecedent(subj)  # "the abduction issue, which must be resolved before ..."
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or forms.is_collective(subj, lexicon):
        return found
    sub = issue_label(phrase_tokens(subj), lexicon)
    if not sub:
        return found
    # "unless Israel withdraws" is a withdrawal by Israel; "unless the talks resume", a resumption of talks
    link = "by" if not passive and (subj.ent_type_ in forms.ENTITY_TYPES or subj.pos_ == "PROPN") else "of"
    if not found:
        action = lexicon.nominalisations.get(head.lemma_.lower()) or gerund(head)  # "unless Israel withdraws"
        return [(f"{action} {link} {sub}", clean_space(head.text), subj)]
    label, text, issue_head = found[0]
    if sub.lower() in label.lower():
        return found
    return [(f"{label} {link} {sub}", text, issue_head)] + found[1:]


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for, through reported clauses ("the issue - which
    officials say must be resolved")."""
    node = pronoun.head
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _set_off_participle(clause: Token) -> bool:
    """A participle clause set off by a comma after the verb ("has refused, accusing the rebels of
    supporting terrorism", "objected, saying ...", "declined, citing ..."): the reason or the words
    that go with a position, not its object."""
    return clause.tag_ == "VBG" and clause.i > clause.head.i and any(
        t.text == "," for t in clause.doc[clause.head.i + 1 : clause.left_edge.i])


def _previous_sentence_start(tok: Token) -> int:
    """The first token of the sentence before ``tok``'s (its own when it is the first)."""
    start = sent_of(tok).start
    return sent_of(tok.doc[start - 1]).start if start > 0 else start
