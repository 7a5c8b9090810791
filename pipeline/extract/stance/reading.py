"""Reading a document's stances: find every cue in every sentence that is not a question or
a condition, read through embedded cues, then apply negation, modality, holders, issues,
conditions and red lines to build the records."""

from __future__ import annotations

from typing import NamedTuple

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from ...grammar import ABILITY_MODALS, CUE_POS, FUTURE, GENERIC_SUBJECTS, PRO_VERB, REFUSAL_MODALS
from ...lexicon import Lexicon, derived, entry_pairs
from ...records import QuoteRecord, StanceRecord
from ..actors import ActorTable
from ..nonactors import is_outlet
from ..quotes import is_reporting_cue
from ..syntax import children_of, first_child, is_infinitive, prep_object
from ..text import clean_space, doc_text, doc_tokens, sent_of, sentences
from .constructions import (
    action_cue,
    agenda_cues,
    agent_noun_cue,
    backer_noun_cue,
    received_position_cue,
    content_cue,
    conferred_approval_cue,
    position_cues,
    deontic_cues,
    evaluation_cue,
    hyphen_participle_cues,
    goal_cue,
    priority_cue,
    last_chance_cue,
    membership_cue,
    need_cue,
    neglected_action,
    participle_cues,
    predicate_cue,
    preparation_cue,
    reliance_cue,
    sole_means_cue,
    stand_cue,
    stated_demand_cue,
    wish_to_see_cue,
    hoped_outcome_cue,
    nearness_cue,
    progress_cue,
    shortfall_cue,
    violation_cue,
    wish_lemma,
    without_cue,
    without_phrase,
)
from . import forms
from .context import Context, Cue
from .gates import FORM_GATES, FINDER_TESTS, open_constructions
from .cues import find_cue, is_measure, phrasal_verb
from .demands import clause_issues, cue_text, demanded, given_up, issue_without_object, promised_action, read_through
from .holders import agreement_partners, claimer, stated_position, partner_named_by, clause_subject, find_holders, is_commentator, is_reciprocal, owned_by_another, reporter_of
from .issues import find_issues, issue_label, phrase_tokens
from .polarity import condition_of, ended_up, excluded_conjunct, foreseen, excluded_polarity, is_counterfactual, is_hedged, is_negated, is_obliged, is_undecided, predicted, predicted_never
from .red_lines import based_on, categorical_refusal, closed_issue, kept_position, demands_first, extracted_concession, forecast_only, impossible_without, negotiable, necessity_claim, only_accepts, no_concession, no_room, passive_refusal, refuses_any, surrendered_thing, refuses_without, stated_precondition, red_line_headlines, red_line_references, states_red_line, wanted_red_line, refuses_reopening, restricted_kind, term_of_any


def _form_cues(tok: Token, ctx: Context, negating_phrase: bool, opened: frozenset = frozenset(FORM_GATES)) -> list[Cue] | None:
    """The constructions of :mod:`.forms` at ``tok``: red lines named as nouns, preconditions,
    "there will be no deal unless ...", threats, and refusals to give something up. None when
    there is none (an empty list: a construction that names no stance). ``opened``: the
    constructions the sentence's words let through (:data:`.gates.FORM_GATES`; one left out
    would return None)."""
    lexicon = ctx.lexicon
    pos = tok.pos_
    stated = stated_precondition(tok, lexicon) if pos in {"AUX", "VERB"} and stated_precondition in opened else None
    if stated is not None:
        # "Tehran's precondition for talks is the lifting of sanctions": a red-line demand
        owner, thing = stated
        return [Cue(tok, "demand", "precondition", thing, holder=owner, red_line=True, text="precondition is",
                    reporter=owner is None)]
    required = impossible_without(tok, lexicon) if pos == "ADJ" and impossible_without in opened else None
    if required is not None:
        # "normalization is impossible without a resolution of the abduction issue", said by X
        marker = forms.condition_marker(required) or "without" if required.dep_ == "advcl" else "without"
        # "impossible as long as C": the denial lasts through C, which is opposed
        polarity = "oppose" if marker in {"as long as", "so long as"} else "demand"
        return [Cue(tok, polarity, "precondition", required, red_line=True, text=f"{tok.text} {marker}", reporter=True)]
    ended = closed_issue(tok, lexicon) if pos in {"VERB", "ADJ"} and closed_issue in opened else None
    if ended is not None:
        # "the Crimea issue is closed", said by X: X refuses to reopen it, a red line
        return [Cue(tok, "oppose", "predicate", ended, red_line=True, text="closed", reporter=True)]
    if pos == "AUX" and forms.protested_over in opened and tok.lemma_ == "be":
        protested = forms.protested_over(tok, lexicon)
        if protested is not None:
            # "Kenyan doctors are on strike over unpaid salaries": as "went on strike over"
            return [Cue(tok, forms.protest_polarity(protested, lexicon), "protest", protested,
                        text=f"{tok.text} {protested.head.text}")]
    if pos not in {"NOUN", "PROPN", "VERB"}:
        return None
    # (a construction below that opens with a part of speech is tried only at it: at another it
    # would return None)
    objected = forms.overridden_objection(tok, lexicon) if pos == "NOUN" and forms.overridden_objection in opened else None
    if objected is not None:
        # "adopted the resolution despite Israel's objections": Israel opposes the resolution
        return [Cue(tok, "oppose", "objection", objected[1], holder=objected[0], text=f"{tok.head.text} {tok.text}")]
    refused = no_room(tok, lexicon) if no_room in opened else None
    if refused is not None:
        # "Minsk said there was no room for compromise on the elections": a red line on them
        return [Cue(tok, "oppose", "predicate", refused, red_line=True, text=f"no {tok.text} for", reporter=True)]
    met = forms.meeting_red_lines(tok, lexicon) if forms.meeting_red_lines in opened else None
    if met is not None:
        # "a comprehensive agreement that meets our bottom lines": the agreement, demanded by the
        # lines' owner, else by who wants or accepts it ("Israel would only accept an agreement
        # that respects its red lines"), else by whoever says so
        owner, thing = met
        if owner is None and thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
            owner = clause_subject(thing.head)
        return [Cue(tok, "demand", "precondition", thing, holder=owner, red_line=True,
                    text=f"{tok.head.text} red lines", reporter=owner is None)]
    listed = forms.listed_red_lines(tok, lexicon) if forms.red_line_noun_parts in opened else None
    if listed is not None:
        # "Unite set out its red lines: no job cuts and no pay freeze": one red line per item, an
        # item with "no" excluded, one qualified as wanted demanded (as "X is our red line")
        # (one polarity for the list: the parser shares an item's reading with its conjuncts)
        source, items = listed
        holder = clause_subject(source) if source is not None and source.pos_ in {"VERB", "AUX"} else source
        denied = any(forms.denied_item(item) for item in items)
        wanted = not denied and any(wanted_red_line(item, "red line", lexicon) for item in items)
        if not denied and not wanted and not any(negotiable(item, lexicon) for item in items):
            return []  # "the sketch has red lines: a square and a circle": drawn lines, nothing bargained
        return [Cue(tok, "demand" if wanted else "oppose", "redline", item, holder=holder, red_line=True,
                    text="red lines", reporter=holder is None) for item in items]
    parts = forms.red_line_noun_parts(tok, lexicon) if forms.red_line_noun_parts in opened else None
    if parts is not None:
        source, thing = parts
        holder = clause_subject(source) if source is not None and source.pos_ in {"VERB", "AUX"} else source
        if thing is None:
            return []
        # "deploying troops would cross a red line, Moscow warned": the reporter's red line
        return [Cue(tok, "oppose", "redline", thing, holder=holder, red_line=True, text="red line",
                    reporter=holder is None)]
    basis = based_on(tok, lexicon) if based_on in opened else None
    if basis is not None:
        # "the talks must be based on the one-China principle": a precondition of the talks
        return [Cue(tok, "demand", "precondition", basis, red_line=True, text="must be based on", reporter=True)]
    made = no_concession(tok, lexicon) if no_concession in opened else None
    if made is not None:
        # "Turkey would make no compromise on Cyprus": a red line against the concession
        return [Cue(tok, "oppose", "refusal", tok, holder=clause_subject(made), red_line=True,
                    text=f"{made.text} no {tok.text}")]
    denied = extracted_concession(tok, lexicon) if extracted_concession in opened else None
    if denied is not None:
        # "they won't extract any concession from us": the speaker's red line against conceding
        return [Cue(tok, "oppose", "refusal", tok, red_line=True, text=f"{denied.text} {tok.text} from", reporter=True)]
    pre = forms.precondition_thing(tok, lexicon) if pos == "NOUN" and forms.precondition_thing in opened else None
    if pre is not None:
        verb, thing = pre
        holder = clause_subject(verb)
        return [Cue(tok, "demand", "precondition", thing, holder=holder, red_line=True,
                    text=f"{verb.text} {tok.text}")] if holder is not None else []
    parties = forms.talks_parties(tok, lexicon, ctx.table.actor_at, lambda t: find_cue(t, lexicon) is not None,
                                  clause_subject) if pos == "NOUN" and forms.talks_parties in opened else []
    if parties:
        # "a week of talks with government officials": each party supports the talks (the one
        # they are held with, the talks with the others: see `_from_partner`)
        return [Cue(tok, "support", "talks", tok, holder=p, text=tok.text,
                    counterpart=next((q for q in parties if q.i != p.i), None)) for p in parties]
    met_on, met = forms.meeting_parties(tok, lexicon, ctx.table.actor_at) if pos == "VERB" \
        and forms.meeting_parties in opened else (None, [])
    if met and met_on is not None and is_measure(met_on, lexicon):  # a measure, not "the border dispute"
        return [Cue(tok, "support", "talks", met_on, holder=p, text=f"{tok.text} to discuss") for p in met]
    ruled = forms.ruled_out_as_question(tok, lexicon) if forms.ruled_out_as_question in opened else None
    if ruled is not None:
        # "there is no question of surrendering our arms", said by X: X's red line against it
        return [Cue(tok, "oppose", "redline", ruled, red_line=True, text="no question of", reporter=True)]
    if pos == "NOUN" and forms.existential_negation in opened and forms.existential_negation(tok, lexicon) \
            and (forms.existential_condition(tok) or not forecast_only(tok, lexicon)):
        return [Cue(tok, "oppose", "existential", tok, red_line=True, text=f"no {tok.text}", reporter=True)]
    if pos == "NOUN" and forms.elliptical_denial in opened and forms.elliptical_denial(tok) and negotiable(tok, lexicon):
        # "No deal without a ceasefire, says Hamas": a headline's "there will be no deal without X"
        return [Cue(tok, "oppose", "existential", tok, red_line=True, text=f"no {tok.text}", reporter=True)]
    alternative = forms.denied_alternative(tok) if pos == "NOUN" and forms.denied_alternative in opened else None
    if alternative is not None and negotiable(tok, lexicon):
        # "It's all the hostages or no deal," X said: X's ultimatum, the first outcome demanded
        return [Cue(tok, "demand", "precondition", alternative, red_line=True, text=f"or no {tok.text}", reporter=True)]
    chanced = forms.denied_chance(tok, lexicon) if pos == "NOUN" and forms.denied_chance in opened else None
    if chanced is not None:
        # "there is no chance of a deal unless C", said by X: X refuses the deal short of C
        return [Cue(tok, "oppose", "existential", chanced, red_line=True, text=f"no {tok.text} of", reporter=True)]
    blocked = forms.blocked_until(tok, lexicon) if pos == "VERB" and forms.blocked_until in opened else None
    if blocked is not None:
        # "talks cannot resume until C", said by X: X refuses the talks until C and demands C
        return [Cue(tok, "oppose", "existential", blocked, red_line=True, text=f"no {blocked.text} until",
                    reporter=True)]
    required = forms.conditioned_on(tok, lexicon) if pos == "VERB" and forms.conditioned_on in opened else None
    linked = first_child(tok, "dobj") if required is not None and tok.lemma_.lower() in {"link", "tie"} else None
    if linked is not None and (not is_measure(linked, lexicon) or required is None or not is_measure(required, lexicon)):
        # "linked the rise in prices to the war", "tied the attack to a gang": a cause, not a
        # precondition; a precondition links one measure to another
        required = None
    if required is not None and _refused_linking(tok, lexicon):
        required = None  # "refused to link the deal to a ceasefire": the linking is opposed, nothing demanded
    if required is not None:
        # "Abbas has conditioned the resumption of talks on a settlement freeze": a precondition
        holder = clause_subject(tok)
        return [Cue(tok, "demand", "precondition", required, holder=holder, red_line=True,
                    text=f"{tok.text} on")] if holder is not None else []
    kept = forms.continued_until(tok, lexicon) if pos == "VERB" and forms.continued_until in opened else None
    if kept is not None:
        # "the strike will continue until the government pays", said by X: X's strike and demand
        return [Cue(tok, "support", "action", kept, text=f"{kept.text} {tok.text} until", reporter=True)]
    if pos != "VERB":
        return None
    acts = _act_cues(tok, ctx, opened)
    if acts:
        return acts
    if forms.is_threat in opened and forms.is_threat(tok, lexicon) and find_cue(tok, lexicon) is None:
        # "threatened to impose new tariffs": the action threatened is the actor's stance (read
        # through: "threatened to walk out of the talks" opposes them), on the threat's condition
        # when it has one (as "warned that it would V unless C"); the condition is demanded
        threatened = first_child(tok, "xcomp")
        return [Cue(tok, "demand", "threat", None, red_line=True, text=tok.text),
                Cue(tok, "support", "verb", threatened, text=f"{tok.text} to")]
    threatened_thing = forms.threatened_object(tok, lexicon) if forms.threatened_object in opened else None
    if threatened_thing is not None:
        # "threatened a general strike if the government did not withdraw the increase": the
        # strike supported, its condition demanded as a red line (an ultimatum)
        return [Cue(tok, "demand", "threat", None, red_line=True, text=tok.text),
                Cue(tok, "support", "verb", threatened_thing, text=tok.text)]
    protest = forms.threatened_protest(tok, lexicon) if forms.threatened_protest in opened else None
    if protest is not None:
        # "the nurses threatened a strike": the strike supported (a condition it has is its own);
        # "threatened a boycott of the talks" opposes the talks, as "boycotted the talks" does
        boycotted = prep_object(next((c for c in children_of(protest) if c.dep_ == "prep" and c.lower_ == "of"), None)) \
            if protest.lemma_.lower() in lexicon.forms.get("boycotting_verbs", ()) else None
        if boycotted is not None:
            return [Cue(tok, "oppose", "verb", boycotted, text=f"{tok.text} {protest.text} of")]
        return [Cue(tok, "support", "verb", protest, text=tok.text)]
    refused = passive_refusal(tok, lexicon) if passive_refusal in opened else None
    if refused is not None:
        # "Jerusalem will never be divided", said by X (or "... by X"): X's red line on the division
        subject, agent = refused
        word = "never" if any(c.lower_ == "never" for c in children_of(tok)) else "not"
        # "Crimea will never be given up", "its weapons cannot be traded": the thing kept
        thing = subject if surrendered_thing(tok, lexicon) else tok
        return [Cue(tok, "oppose", "refusal", thing, holder=agent, red_line=True, text=f"{word} be {tok.text}",
                    reporter=agent is None)]
    given = forms.surrender_object(tok, lexicon) if forms.surrender_object in opened else None
    if given is None and forms.dropped_demand in opened:
        given = forms.dropped_demand(tok, lexicon)  # "will not drop its demand for X", as "give up"
    if given is not None and forms.modal_negation(tok, negating_phrase):
        # "will not give up its nuclear rights" opposes (giving up) the rights: a red line
        text = cue_text(Cue(tok, "oppose", "surrender", given))
        pressed = forms.pressed_for(given, lexicon)
        if pressed is not None:  # "will not bow to pressure to release X" opposes the release
            return [Cue(tok, "oppose", "surrender", pressed, red_line=True, text=text)]
        inner = forms.demanded_inside(given, lexicon)
        if inner is not None:  # "will not back down on its demand for X" demands X
            return [Cue(tok, "demand", "surrender", inner, red_line=True, text=text)]
        return [Cue(tok, "oppose", "surrender", given, red_line=True, text=text)]
    return None


def _ownerless_threatened(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is the act a threat noun with no owner threatens ("after days of mutual
    threats to withdraw from the talks", the parser hanging "to withdraw" on the main verb as often
    as on the noun): an act only threatened, by parties the sentence does not name as the
    threat's owners, so no stance of whoever the clause is about. An owned threat ("the union's
    threat to walk out") is read as before."""
    if verb.pos_ != "VERB":
        return False
    to = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    noun = verb.doc[to.i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.forms.get("threat_nouns", ()) \
        and not any(c.dep_ == "poss" for c in children_of(noun))


def _refused_linking(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of conditioning is negated or refused: "will not link the deal to a
    ceasefire", "refused to link ...", "rejected efforts to tie ..." (the verb of refusing above
    it, or above the noun it completes): no precondition of anyone's."""
    if is_negated(verb, lexicon):
        return True
    outer = verb.head if verb.dep_ in {"xcomp", "ccomp"} else (
        verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in {"dobj", "pobj"} else None)
    if outer is None or outer.i == verb.i or outer.pos_ not in {"VERB", "AUX"}:
        return False
    cue = find_cue(outer, lexicon)
    return cue is not None and cue.polarity == "oppose" and not is_negated(outer, lexicon)


def _act_cues(tok: Token, ctx: Context, opened: frozenset = frozenset(FORM_GATES)) -> list[Cue]:
    """Deliberate acts aimed at an issue: a measure taken in protest "over" it, an ultimatum, what
    a threat is for (``opened`` as in :func:`_form_cues`)."""
    lexicon = ctx.lexicon
    protested = forms.protested_over(tok, lexicon) if forms.protested_over in opened else None
    if protested is not None:
        # "Athens expelled the Libyan ambassador over the agreement": Greece opposes the agreement
        # ("went on strike over unpaid wages": the strikers demand the wages)
        return [Cue(tok, forms.protest_polarity(protested, lexicon), "protest", protested,
                    text=f"{tok.text} {protested.head.text}")]
    demanded_in_time = forms.ultimatum_action(tok, lexicon) if forms.ultimatum_action in opened else None
    if demanded_in_time is not None:
        # "gave Moscow 60 days to return to compliance": the giver demands the action; "Russia
        # would be given 60 days to ...": whoever reports it. A span of time alone is a deadline,
        # no red line; one named an ultimatum ("gave the government a seven-day ultimatum to V") is
        ultimatum = any(c.dep_ == "dobj" and c.lemma_.lower() == "ultimatum" for c in children_of(tok))
        return [Cue(tok, "demand", "ultimatum", demanded_in_time, red_line=ultimatum, text=f"{tok.text} (time) to",
                    reporter=tok.dep_ != "ROOT" and first_child(tok, "nsubjpass") is not None)]
    aims = forms.threat_aims(tok, lexicon) if forms.threat_aims in opened else []
    if aims:
        # "threatened military force to achieve reunification": a red line on what the threat is for
        ctx.read_as_aims.update(aim.i for aim, _, _ in aims)
        return [Cue(tok, polarity, "threat_aim", obj, red_line=True, text=f"{tok.text} to {aim.text}")
                for aim, polarity, obj in aims]
    aims = forms.legal_aims(tok, lexicon) if forms.legal_aims in opened else []
    if aims:
        # "sued to stop the privatisation": opposes what the legal step is for (no red line)
        ctx.read_as_aims.update(aim.i for aim, _, _ in aims)
        return [Cue(tok, polarity, "legal_aim", obj, text=f"{tok.text} to {aim.text}") for aim, polarity, obj in aims]
    contested = forms.legal_target(tok, lexicon) if forms.legal_target in opened else None
    if contested is not None:
        # "sued the government over the rule", "challenged the ruling in court": opposes the thing
        return [Cue(tok, "oppose", "protest", contested, text=f"{tok.text} {contested.head.text}")]
    return []


# The constructions tried in turn at a token, the first that matches giving its cue, each with the
# parts of speech it can match at (its own first test; None: any). A construction is tried only
# at its parts of speech: at another it would return None, after a call and a few lookups.
FINDERS = (
    (evaluation_cue, {"VERB"}), (predicate_cue, None), (violation_cue, {"VERB"}), (last_chance_cue, {"NOUN"}),
    (need_cue, {"NOUN"}), (goal_cue, None), (priority_cue, {"VERB"}), (stand_cue, {"ADP"}), (nearness_cue, {"ADJ", "ADV"}), (progress_cue, {"NOUN"}), (shortfall_cue, {"VERB"}),
    (sole_means_cue, {"ADP", "NOUN"}), (reliance_cue, {"VERB"}), (content_cue, None), (preparation_cue, {"VERB"}),
    (wish_to_see_cue, {"VERB"}), (hoped_outcome_cue, {"VERB", "ADJ"}), (stated_demand_cue, None), (agent_noun_cue, {"NOUN"}),
    (backer_noun_cue, {"NOUN"}),
    (membership_cue, {"AUX", "VERB"}), (received_position_cue, {"NOUN"}), (conferred_approval_cue, {"VERB"}),
)
_ALL_FINDERS = tuple(finder for finder, _ in FINDERS)
FINDERS_BY_POS = {pos: tuple(finder for finder, parts in FINDERS if parts is None or pos in parts) for pos in CUE_POS}

# What a token must be for a construction of FINDERS to match at it, for those whose first test is
# a word class: its lower-cased lemma ("lemma"), its lower-cased form ("lower") or its dependency
# label ("dep") in the words given (a set, or a function of the lexicon giving its word class);
# several entries: any of them. A construction not listed here is tried at every token of its
# parts of speech. About one token in forty opens a construction, and a set lookup costs less
# than the call that would return None (tests/extract/test_speed_helpers.py checks each gate).
FINDER_GATES = {
    evaluation_cue: (("lemma", lambda lex: lex.evaluation_verbs | set(lex.forms.get("make_red_line", ()))),),
    predicate_cue: (("dep", {"acomp", "attr", "prep", "advmod"}),),
    last_chance_cue: (("lower", lambda lex: lex.forms.get("chance_nouns", ())),),
    need_cue: (("lemma", lambda lex: lex.forms.get("need_nouns", ())),),
    goal_cue: (("lemma", {"be", "remain"}),),
    priority_cue: (("lemma", {"make"}),),
    # (the first word of a phrase of [forms] stand_for or stand_against: "in favour of", "against")
    stand_cue: (("lower", lambda lex: {p.split()[0] for k in ("stand_for", "stand_against") for p in lex.forms.get(k, ()) if p.split()}),),
    nearness_cue: (("lower", lambda lex: lex.forms.get("nearness", ())),),
    progress_cue: (("lower", lambda lex: lex.forms.get("progress_nouns", ())),),
    shortfall_cue: (("lemma", lambda lex: ("fall", "go", *lex.forms.get("measuring_verbs", ()),
                                          *entry_pairs(lex.forms.get("sense_idioms", ())))),),
    sole_means_cue: (("lower", lambda lex: lex.forms.get("sole_means_preps", ())),
                     ("lemma", lambda lex: lex.forms.get("no_alternative", ()) + lex.forms.get("sole_means", ()))),
    reliance_cue: (("lemma", lambda lex: entry_pairs(lex.forms.get("reliance_verbs", ()), lex.forms.get("pressing_verbs", ()))),),
    content_cue: (("lower", lambda lex: lex.forms.get("content_adjectives", ()) + lex.forms.get("discontent_adjectives", ())),),
    preparation_cue: (("lemma", lambda lex: lex.forms.get("preparation_verbs", ())),),
    stated_demand_cue: (("lemma", {"be", "remain"}),),
    agent_noun_cue: (("lemma", lambda lex: [entry.split(":")[0] for entry in lex.forms.get("agent_nouns", ())]),),
    backer_noun_cue: (("lemma", lambda lex: lex.forms.get("candidacy_nouns", ())),),
    membership_cue: (("lemma", {"be", "become", "remain"}),),
    received_position_cue: (("lemma", lambda lex: [entry.split(":")[0] for entry in lex.forms.get("received_nouns", ())]),),
    conferred_approval_cue: (("lemma", lambda lex: lex.forms.get("conferring_verbs", ())),),
}

_NO_WORDS: frozenset[str] = frozenset()
def gate_words(finder, lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """A construction's gate (:data:`FINDER_GATES`) as (lemmas, forms, dependency labels), or None."""
    spec = FINDER_GATES.get(finder)
    if spec is None:
        return None
    words: dict[str, set[str]] = {"lemma": set(), "lower": set(), "dep": set()}
    for key, source in spec:
        words[key].update(source(lexicon) if callable(source) else source)
    return frozenset(words["lemma"]), frozenset(words["lower"]), frozenset(words["dep"])


def gated_finders(lexicon: Lexicon) -> dict[str, tuple]:
    """FINDERS_BY_POS with each construction's gate, made once per lexicon."""
    return derived(lexicon, _gate_finders)


def _gate_finders(lexicon: Lexicon) -> dict[str, tuple]:
    gates = {finder: gate_words(finder, lexicon) for finder in _ALL_FINDERS}
    table = {pos: tuple((f, gates[f]) for f in finders) for pos, finders in FINDERS_BY_POS.items()}
    table[""] = tuple((f, gates[f]) for f in _ALL_FINDERS)
    return table


def _finder_cache(lexicon: Lexicon) -> dict:
    """The table of :func:`_open_at`'s answers kept for a lexicon across Docs."""
    return derived(lexicon, _new_finder_cache)


def _new_finder_cache(lexicon: Lexicon) -> dict:
    return {}


def _blamed_failure(verb: Token, lexicon: Lexicon) -> Token | None:
    """The action a blaming verb's object is blamed for not taking: "accused Lonmin of failing to
    raise wages", "criticised Kyiv for not implementing the agreements" (`blaming_verbs` in
    stance.toml [forms]), or None."""
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
            continue
        done = first_child(prep, "pcomp")
        if done is None or done.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in children_of(done)) and done.tag_ == "VBG" \
                and done.lemma_.lower() not in lexicon.forms.get("empty_blamed_verbs", ()):
            return done  # "for not implementing the agreements" (not "of not doing her job")
        failed = neglected_action(done, lexicon)
        if failed is not None:
            return failed
    return None


class Opened(NamedTuple):
    """What a sentence's words let through (:mod:`.gates`), found once per sentence: the
    constructions of FORM_GATES that may match in it, those of FINDER_TESTS that cannot, and
    whether one of those open is tried at a word that is no verb or auxiliary (:data:`AT_VERBS`)."""

    forms: frozenset
    closed_finders: frozenset
    other_pos: bool = True


ALL_OPEN = Opened(frozenset(FORM_GATES), frozenset())

# The constructions of FORM_GATES tried only at a verb or an auxiliary (their part of speech is
# the first test _form_cues, _act_cues or _cues_at puts before them); the others may match at a
# noun, a proper noun or an adjective too.
AT_VERBS = frozenset({
    stated_precondition, forms.protested_over, forms.meeting_parties, forms.blocked_until, forms.conditioned_on,
    forms.continued_until, forms.ultimatum_action, forms.threat_aims, forms.legal_aims, forms.legal_target, forms.is_threat,
    forms.threatened_object, forms.threatened_protest, passive_refusal, forms.surrender_object, forms.dropped_demand,
    forms.acted_in_protest,
})
_AT_OTHER_POS = frozenset(FORM_GATES) - AT_VERBS
# CUE_POS by spaCy's ids (Token.pos is read without decoding the name, at every token)
_CUE_POS_IDS = frozenset(int(POS_IDS[pos]) for pos in CUE_POS)


def _opened(tokens, ctx: Context) -> Opened:
    """The constructions a sentence (its tokens) may match, by its words (:mod:`.gates`)."""
    forms_open, finders_open = open_constructions(tokens, ctx.lexicon)
    closed = _CLOSED_FINDERS.get(finders_open)
    return Opened(forms_open, closed if closed is not None else _closed(finders_open),
                  not _AT_OTHER_POS.isdisjoint(forms_open))


# the FINDER_TESTS constructions not open, by those open (a handful of combinations): the same
# frozenset for the same combination keeps _open_at's keys few
_CLOSED_FINDERS: dict[frozenset, frozenset] = {}


def _closed(finders_open: frozenset) -> frozenset:
    closed = _CLOSED_FINDERS[finders_open] = frozenset(f for f in FINDER_TESTS if f not in finders_open)
    return closed


def _cues_at(tok: Token, ctx: Context, negating_phrase: bool, opened: Opened = ALL_OPEN) -> list[Cue]:
    lexicon = ctx.lexicon
    pos = tok.pos_
    finders, word_cue = _open_at(tok, pos, ctx, opened.closed_finders)
    if pos == "VERB":
        if _ownerless_threatened(tok, lexicon):  # (its first test: a verb)
            return []
    elif not finders and not word_cue and not opened.other_pos:  # (word_cue: True at an auxiliary)
        # a noun, adjective, adverb or adposition in a sentence that opens none of the
        # constructions tried at them, where no construction of FINDERS opens and its word is no
        # cue of find_cue or position noun: none (seven in ten nouns and adjectives, eight in ten
        # proper nouns), decided by its words once per lexicon
        return []
    found = _form_cues(tok, ctx, negating_phrase, opened.forms)
    if found is not None:
        return found
    cues = []
    for finder in finders:
        cue = finder(tok, lexicon)
        if cue is not None:
            return [cue]
    cue = find_cue(tok, lexicon)
    if cue is None:
        if pos == "VERB":  # (both open with the verb's part of speech)
            cue = without_cue(tok) or action_cue(tok, lexicon, negating_phrase)
    elif cue.kind in {"verb", "phrasal", "measure"} and forms.denied(tok) \
            and without_phrase(tok) is not None:
        # "will not sign any agreement without sanctions relief", "would accept no deal without
        # guarantees": a demand, and conditional support
        cues.append(without_cue(tok))
        cue = cue._replace(polarity="support", kind="conditional")
    if cue is not None and cue.kind in {"verb", "phrasal"} and cue.obj is None:
        cue = _echoing(cue, lexicon)
    if cue is not None:
        cues.append(cue)
    if pos in {"NOUN", "PROPN"}:
        if participle_cues in opened.forms:
            cues.extend(participle_cues(tok, lexicon))
        if hyphen_participle_cues in opened.forms:
            cues.extend(hyphen_participle_cues(tok, ctx))
    if pos == "VERB" and is_reporting_cue(tok, lexicon):
        clause = first_child(tok, "ccomp")
        if clause is not None:
            cues.extend(c for c in deontic_cues(clause, lexicon) if not _generic_obligation(c.token))
            cues.extend(agenda_cues(clause, lexicon))
        elif _reported_root(tok) is not None:
            # "The talks should be focused on other issues, he said, notably X": the parser may
            # hang "he said" inside the clause it reports; its subject holds the clause's obligations
            subject = clause_subject(tok)
            root = _reported_root(tok)
            cues.extend(c._replace(holder=subject, reporter=subject is None)
                        for c in deontic_cues(root, lexicon) + agenda_cues(root, lexicon) if (not c.token.is_ancestor(tok)
                        or c.token.i == root.i) and not _generic_obligation(c.token))
    elif tok.i in ctx.quote_of and _quoted_root(tok, ctx):  # (its first test: a token of a quotation)
        # "This deal has to be based on the Lausanne parameters, period." in a speaker's quotation
        # (a transcript's turn, a quoted paragraph): the speaker's obligation, as if reported
        cues.extend(c for c in deontic_cues(tok, lexicon) if not _courtesy_obligation(c.token, lexicon))
    if pos == "VERB" and tok.lemma_.lower() in lexicon.forms.get("blaming_verbs", ()):
        blamed = _blamed_failure(tok, lexicon)
        if blamed is not None:
            # "the union accused Lonmin of failing to raise wages": the union demands the raise
            cues.append(Cue(blamed, "demand", "deontic", blamed, holder=clause_subject(tok),
                            text=f"{tok.text} failing to {blamed.lemma_.lower()}"))
    if pos == "NOUN" and stated_position(tok, lexicon):
        clause = next((c for c in children_of(tok) if c.dep_ in {"acl", "ccomp"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)
        owner = first_child(tok, "poss") if clause is not None else None
        if owner is not None and ctx.table.actor_at(owner) >= 0:
            # "Israel's position that the war must continue", "Iran's insistence that sanctions
            # must go first": the obligations of the clause are the owner's, as if reported
            cues.extend(c._replace(holder=owner, reporter=False) for c in deontic_cues(clause, lexicon))
    if pos == "VERB" and tok.lemma_.lower() in lexicon.forms.get("agreeing_verbs", ()):
        clause = next((c for c in children_of(tok) if c.dep_ == "ccomp"
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)
        subject = clause_subject(tok) if clause is not None else None
        if subject is not None and ctx.table.actor_at(subject) >= 0:
            # "Kerry and Lavrov agreed that the ceasefire must hold": the obligation is what those
            # who agree hold, as a reporter's would be (besides the speaker's, in a quotation)
            cues.extend(c._replace(holder=subject, reporter=False) for c in deontic_cues(clause, lexicon))
    if position_cues in opened.forms:
        cues.extend(position_cues(tok, lexicon))
    protested = forms.acted_in_protest(tok, lexicon) if pos == "VERB" and forms.acted_in_protest in opened.forms else None
    if protested is not None:
        # "walked out of parliament in protest at the ruling": the act's subject opposes the ruling
        # (demands what it is owed: "stopped work in protest over unpaid salaries")
        thing, polarity, noun = protested
        cues.append(Cue(tok, polarity, "protest", thing, text=f"in {noun.text} {thing.head.text}"))
    # "the necessary conditions for a settlement include X, Y and Z", said by someone: demands;
    # "Russia's demands include X": the owner's
    terms = forms.requirement_terms(tok, lexicon) if forms.requirement_terms in opened.forms else []
    if terms:
        owner = forms.requirement_owner(tok)
        # "Tehran's preconditions include X": a precondition named as such is a red line (a plain
        # "conditions" or "demands" is not)
        subject = first_child(tok, "nsubj")
        prior = subject is not None and subject.lemma_.lower() in lexicon.forms.get("prior_conditions", ())
        cues.extend(Cue(tok, "demand", "deontic", term, holder=owner, text=f"{tok.text} (conditions)",
                        reporter=owner is None, red_line=prior) for term in terms)
    return [c for c in cues if c is not None] if cues else cues


def _open_at(tok: Token, pos: str, ctx: Context, closed: frozenset = frozenset()) -> tuple[tuple, bool]:
    """What may match at ``tok`` by its own words: the constructions of :data:`FINDERS` of its part
    of speech whose gate (:data:`FINDER_GATES`) its lemma, form or dependency label passes, in the
    table's order, less those ``closed`` in its sentence (:data:`.gates.FINDER_TESTS`); and whether
    its word may be a cue of its own (:func:`_word_may_cue`). They depend on its part of speech, tag,
    lemma, form, label and the closed set only, so a lexicon's table answers once for each
    combination (keyed by the words' ids in the StringStore, which are read without decoding a
    string), one look-up per token."""
    key = (closed, tok.pos, tok.tag, tok.lemma, tok.lower, tok.dep)
    found = ctx.open_finders.get(key)
    if found is None:
        # (a new key in about one token in three of a cold run: the gates are read from the
        # lexicon's index of their words, not tried one by one)
        lemmas, lowers, labels, ungated = derived(ctx.lexicon, _finder_words)
        lemma, lower = tok.lemma_.lower(), tok.lower_
        opening = (ungated | lemmas.get(lemma, 0) | lowers.get(lower, 0) | labels.get(tok.dep_, 0)) \
            & _POS_FINDER_BITS.get(pos, _ALL_FINDER_BITS)
        if len(ctx.open_finders) > 200_000:
            ctx.open_finders.clear()
        found = ctx.open_finders[key] = (_finders_of(opening, closed),
                                         pos in {"VERB", "AUX"} or _may_cue(tok.tag_, lemma, lower, pos, ctx.lexicon))
    return found


# Each construction of FINDERS as a bit (its place in the table), and the bits of those tried at
# each part of speech (FINDERS_BY_POS; all of them at another)
_ALL_FINDER_BITS = (1 << len(_ALL_FINDERS)) - 1
_POS_FINDER_BITS = {pos: sum(1 << _ALL_FINDERS.index(f) for f in finders) for pos, finders in FINDERS_BY_POS.items()}


def _finder_words(lexicon: Lexicon) -> tuple[dict[str, int], dict[str, int], dict[str, int], int]:
    """The gates of :func:`gated_finders` by their words: for each lemma, form and dependency label
    of a gate, the bits of the constructions it opens; and the bits of those without a gate
    (made once per lexicon)."""
    lemmas: dict[str, int] = {}
    lowers: dict[str, int] = {}
    labels: dict[str, int] = {}
    ungated = 0
    for n, (finder, gate) in enumerate(gated_finders(lexicon)[""]):
        if gate is None:
            ungated |= 1 << n
            continue
        for words, index in zip(gate, (lemmas, lowers, labels)):
            for word in words:
                index[word] = index.get(word, 0) | 1 << n
    return lemmas, lowers, labels, ungated


# the constructions of some bits, in the table's order, less those closed: (bits, closed) -> tuple
_FINDERS_OF: dict[tuple[int, frozenset], tuple] = {}


def _finders_of(bits: int, closed: frozenset) -> tuple:
    key = (bits, closed)
    found = _FINDERS_OF.get(key)
    if found is None:
        if len(_FINDERS_OF) > 4096:
            _FINDERS_OF.clear()
        found = _FINDERS_OF[key] = tuple(f for n, f in enumerate(_ALL_FINDERS) if bits >> n & 1 and f not in closed)
    return found


def _word_may_cue(tok: Token, pos: str, lexicon: Lexicon) -> bool:
    """Whether the word of a token that is no verb or auxiliary may be a cue of :func:`_cues_at`
    outside the constructions of FINDERS and FORM_GATES: a word tagged as a verb (read as one by
    find_cue), a stance adjective, a stance, threat, refused-intent or position noun
    (:func:`.cues.find_cue`, :func:`.holders.stated_position`). False: the token is no cue, in
    a sentence that opens no construction tried at its part of speech."""
    return _may_cue(tok.tag_, tok.lemma_.lower(), tok.lower_, pos, lexicon)


def _may_cue(tag: str, lemma: str, lower: str, pos: str, lexicon: Lexicon) -> bool:
    """:func:`_word_may_cue` of a token's tag, lower-cased lemma and form."""
    if tag.startswith("VB"):
        return True  # find_cue reads it as a verb
    words = derived(lexicon, _cue_words)
    if pos == "NOUN":
        return lemma in words["NOUN"] or lower in words["refused"]
    return lemma in words.get(pos, ())  # ADJ, PROPN; none for ADP, ADV


def _cue_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The words :func:`_word_may_cue` reads, by part of speech (made once per lexicon)."""
    forms_ = lexicon.forms
    return {
        "ADJ": frozenset(lexicon.stance_adjectives),
        "NOUN": frozenset(lexicon.stance_nouns) | frozenset(forms_.get("threat_nouns", ()))
        | frozenset(forms_.get("position_nouns", ())) | frozenset(forms_.get("insisting_words", ()))
        | frozenset(forms_.get("interest_nouns", ())),
        "refused": frozenset(forms_.get("refused_intents", ())),
        "PROPN": frozenset(lexicon.stance_nouns),
    }


def _reported_root(verb: Token) -> Token | None:
    """The root of a sentence that a reporting verb hung inside it as a parataxis reports
    ("X must V, he said, notably Y"): the verb after the root, the root a verb."""
    root = sent_of(verb).root
    if verb.dep_ != "parataxis" or root.i >= verb.i or root.pos_ not in {"VERB", "AUX"} or not root.is_ancestor(verb):
        return None
    return root


def _quoted_root(tok: Token, ctx: Context) -> bool:
    """The root of a sentence inside a direct quotation whose speaker is known and that no
    reporting verb of its own frames."""
    qi = ctx.quote_of.get(tok.i, -1)
    if qi < 0 or ctx.quotes[qi].speaker < 0 or tok.dep_ != "ROOT" or tok.pos_ not in {"VERB", "AUX"}:
        return False
    sent = sent_of(tok)
    return all(t.i in ctx.quote_of for t in (sent[0], sent[-1]) if not t.is_punct) and not any(
        is_reporting_cue(t, ctx.lexicon) for t in sent if t.pos_ == "VERB")


def _courtesy_obligation(verb: Token, lexicon: Lexicon) -> bool:
    """"I have to say", "we must thank our hosts", "tomorrow I have to get up": the courtesies and
    errands of remarks; "you have to protect the waters": a generic "you", no party's demand."""
    subject = clause_subject(verb)
    return verb.lemma_.lower() in lexicon.forms.get("courtesy_verbs", ()) or _generic_obligation(verb) or (
        subject is not None and subject.lower_ == "i")


def _generic_obligation(verb: Token) -> bool:
    """"You have to find some explanation," he said; "one needs to take that into account": an
    obligation on a generic you or one binds no party, quoted or reported (grammar.GENERIC_SUBJECTS)."""
    subject = clause_subject(verb)
    return subject is not None and subject.lower_ in GENERIC_SUBJECTS


def _echoing(cue: Cue, lexicon: Lexicon) -> Cue:
    """"the rebels must lay down their arms, as the UN has demanded": the "as" clause's stance is
    on the main clause, read as a demanded clause is ("as the unions had urged, the government
    rejected the plan" opposes the plan; "the talks will not resume, as Israel demanded" opposes
    the resumption)."""
    echoed = forms.echoed_clause(cue.token, lexicon)
    if echoed is None:
        return cue
    main, negated = echoed
    text = f"as {cue.text or cue.token.text}"
    inner = find_cue(main, lexicon)
    if inner is not None and inner.kind == "verb" and inner.obj is not None and inner.polarity == "oppose" \
            and cue.polarity in {"support", "propose", "demand"}:
        return cue._replace(polarity="oppose", obj=inner.obj, kind="echo_object", text=text)
    polarity = "oppose" if negated and cue.polarity in {"support", "propose", "demand"} else cue.polarity
    return cue._replace(polarity=polarity, obj=main, kind="echo", text=text)


def _intended_aversion(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of averting ([forms] averting_verbs) states an intent: an infinitive ("to
    prevent the law") or a modal ("will avoid a strike"), with what is averted as its object ("prevent
    Mazars from releasing the returns" stops an agent: no issue). Other verbs: True."""
    if tok.lemma_.lower() not in lexicon.forms.get("averting_verbs", ()):
        return True
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
    if not aux & ({"to", "must", "should"} | FUTURE | REFUSAL_MODALS):
        return False
    thing = first_child(tok, "dobj")
    return not any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(tok)) and not (
        thing is not None and any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(thing)))


def _wanted_content(tok: Token, lexicon: Lexicon) -> bool:
    """The clause of a noun someone wants, seeks or demands: "Ukraine wants guarantees that Russia
    will not attack again" states what Ukraine demands, no commitment of Russia's ("Russia gave
    assurances that it would not attack" is Russia's)."""
    if tok.dep_ not in {"acl", "ccomp"} or tok.head.dep_ not in {"dobj", "pobj"} or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)):
        return False
    noun = tok.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.i == noun.i or governor.pos_ not in {"VERB", "AUX"}:
        return False
    outer = find_cue(governor, lexicon)
    return outer is not None and (outer.polarity == "demand" or governor.lemma_.lower() in lexicon.forms.get("motives", ()))


def _gerund_object(tok: Token) -> bool:
    """A gerund the parser hangs as an adverbial clause right after its verb (and particle), with no
    subject, marker or object of the verb before it: the verb's object ("ruled out banning X"),
    not a participle set off after it ("objected, calling the ban illegal")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return False
    if any(c.dep_ in {"nsubj", "mark", "aux"} for c in children_of(tok)):
        return False
    verb = tok.head
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i < tok.i for c in children_of(verb)):
        return False
    between = [t for t in tok.doc[verb.i + 1:tok.left_edge.i] if not (t.dep_ == "prt" and t.head.i == verb.i)]
    return not between


def _inside_outer_cue(tok: Token, lexicon: Lexicon) -> bool:
    helping = lexicon.forms.get("helping_verbs", ())
    while tok.dep_ in {"xcomp", "ccomp"} and tok.head.i != tok.i and tok.head.lemma_.lower() in helping \
            and tok.head.dep_ == "xcomp":
        tok = tok.head  # "asked the parties to try to reach a deal": read at "asked", through "try"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lexicon.forms.get("outcome_verbs", ()) \
            and tok.lemma_.lower() in lexicon.forms.get("agreeing_outcomes", ()):
        return True  # "the two sides failed to agree on fishing rights": an outcome, no one's position
    if tok.dep_ == "xcomp" and forms.is_threat(tok.head, lexicon):
        return True  # "threatened to walk out unless ...": a threat, read as the demand of its condition
    if tok.dep_ == "xcomp" and find_cue(tok.head, lexicon) is not None:
        return True
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and forms.ruled_out_as_question(tok.head.head, lexicon) is not None:
        return True  # "there is no question of Russia withdrawing": read at "no question of"
    if _gerund_object(tok) and find_cue(tok.head, lexicon) is not None:
        return True  # "ruled out banning the airline", parsed as an adverbial clause: read at "ruled out"
    if tok.dep_ in {"advcl", "xcomp"} and reliance_cue(tok.head, lexicon) is not None:
        return True  # "counted on Germany to back the reform": read at "counted on"
    if tok.dep_ == "ccomp" and is_infinitive(tok) and first_child(tok, "nsubj") is not None \
            and (outer := find_cue(tok.head, lexicon)) is not None and outer.obj is tok:
        return True  # "the UN wants Israel to allow aid", "the EU needs Turkey to accept the deal": asked of them
    if tok.dep_ in {"advcl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(tok)) \
            and find_cue(tok.head, lexicon) is not None:
        return True  # "the UN called for Israel to withdraw": the UN's demand, read at "called for"
    demanding = tok.head.lemma_.lower() in lexicon.subjunctive_verbs if tok.dep_ == "ccomp" else (
        tok.dep_ == "acl" and tok.head.lower_ in lexicon.forms.get("demand_nouns", ()))  # "Hamas's demand that Israel V"
    if demanding and (
            (tok.tag_ in {"VB", "VBP"} or any(c.dep_ == "auxpass" and c.lemma_ == "get" and c.tag_ in {"VB", "VBP"}
                                              for c in children_of(tok)))  # "demanded that X get rid of Y"
            and not any(c.dep_ == "aux" for c in children_of(tok))
            or any(c.dep_ == "aux" and c.lower_ == "should" for c in children_of(tok))) \
            and find_cue(tok.head, lexicon) is not None:
        return True  # "Hamas demanded that Israel accept the truce": Hamas's demand, no acceptance of Israel's
    if tok.dep_ in {"acl", "relcl"} and tok.head.pos_ == "NOUN" and find_cue(tok.head, lexicon) is not None \
            and any(a.lower_ == "to" for a in children_of(tok)):
        return True
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(tok)):
        outer = find_cue(tok.head.head, lexicon)
        if outer is not None and outer.polarity == "oppose":
            return True  # "rebuffed international pressure to agree to a truce": others' wish, refused
    return False


def _judged_difficulty(clause: Token, lexicon: Lexicon) -> bool:
    """Whether an infinitive with "for X" is what an adjective of difficulty judges ("hard for
    X to V", "it will be difficult for X to V"; `difficulty_adjectives`)."""
    head = clause.head
    adjectives = [head] if head.pos_ == "ADJ" else [c for c in children_of(head) if c.dep_ == "acomp"]
    words = lexicon.forms.get("difficulty_adjectives", ())
    return any(a.lower_ in words for a in adjectives)


def _counted_by_how(clause: Token) -> bool:
    """Whether a clause asks "how many" or "how much" of its subject or object ("how many
    workers will join the strike")."""
    for arg in children_of(clause):
        if arg.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            for mod in children_of(arg):
                if mod.lower_ in {"many", "much"} and any(c.lower_ == "how" for c in children_of(mod)):
                    return True
    return False


def extract_stances(doc: Doc, table: ActorTable, quotes: list[QuoteRecord], lexicon: Lexicon, *,
                    gated: bool = True) -> list[StanceRecord]:
    """Stance statements of ``doc``.

    Args:
        doc: a parsed Doc.
        table: the document's actors (holders index into it).
        quotes: the document's quotations (first-person holders inside a quote are its speaker).
        lexicon: stance words, negation and modality tables, condition markers, red-line phrases.
        gated: skip the constructions a sentence's words rule out (:mod:`.gates`); False tries
            every construction everywhere (the same records, slower: the tests compare them).

    Returns:
        One record per (holder, issue, cue) in text order.
    """
    # the finders open at a token depend on the lexicon and the StringStore ids of its words
    # (hashes, the same in every Doc): found once per lexicon, not once per Doc
    ctx = Context(doc, table, quotes, lexicon, open_finders=_finder_cache(lexicon))
    for qi, q in enumerate(quotes):
        if q.kind == "indirect":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                ctx.quote_of[t.i] = qi
    for tok in doc_tokens(doc):
        if tok.dep_ not in {"advcl", "ccomp", "csubj", "conj", "xcomp"}:
            continue
        marks = {c.lower_ for c in children_of(tok) if c.dep_ == "mark"}
        if tok.dep_ == "advcl" and (marks & {"if", "unless", "once", "whether"} or (
                marks & {"until"} and not _past(tok))):
            # "will strike until the authorities come up with a better offer": the authorities
            # offer nothing yet ("talks went on until Iran accepted the deal" tells a fact)
            ctx.conditional.update(t.i for t in tok.subtree)
        elif tok.dep_ in {"ccomp", "csubj"} and marks & {"if", "whether"} or "whether" in marks:
            # "asked if they wanted to end", "whether Russia will accept it remains to be seen", "has
            # not decided whether to join the talks", "depends on X and whether or not Israel wants
            # to make the deal": a question
            ctx.conditional.update(t.i for t in tok.subtree)
        elif tok.dep_ == "advcl" and "for" in marks and _judged_difficulty(tok, lexicon):
            # "it will be difficult for the unions to accept the offer": the act's chances, not
            # the unions' position
            ctx.conditional.update(t.i for t in tok.subtree)
        elif tok.dep_ in {"ccomp", "csubj"} and _counted_by_how(tok):
            # "don't know how many rabbis will participate", "how much the union will accept is
            # unclear": a question about the group, no position of it
            ctx.conditional.update(t.i for t in tok.subtree)
        elif tok.dep_ in {"ccomp", "conj"} and forms.detached_proviso(tok.head) is tok:
            # "will return to work provided that the company withdraws X": the company commits to nothing
            ctx.conditional.update(t.i for t in tok.subtree)
    records: list[StanceRecord] = []
    seen: dict[tuple[int, str, str, int, str], bool] = {}  # (holder, issue, polarity, sentence, condition): red line
    text = doc_text(doc)
    tokens = doc_tokens(doc)
    for sent in sentences(doc)[0]:
        sent_text = text[sent.start_char : sent.end_char]  # sent.text, without a walk over its tokens
        if sent_text.rstrip().rstrip("”\"’'").endswith("?"):
            continue  # a question states no position
        low = sent_text.lower()
        negating_phrase = any(p in low for p in lexicon.negating_phrases)
        sent_tokens = tokens[sent.start : sent.end]
        opened = _opened(sent_tokens, ctx) if gated else ALL_OPEN
        for tok in sent_tokens:
            if tok.pos not in _CUE_POS_IDS or tok.i in ctx.conditional or tok.i in ctx.read_as_aims:
                continue
            for cue in _cues_at(tok, ctx, negating_phrase, opened):
                if cue.kind in {"predicate", "evaluation"} and _judged_action(cue):
                    # "it was wrong to impose tariffs": the action is judged, not taken
                    ctx.read_as_aims.add(cue.obj.i)
                records.extend(_read(cue, sent, ctx, negating_phrase, seen))
    records = [r._replace(red_line=True) if not r.red_line and seen.get((r.actor, r.issue, r.polarity, r.start, r.condition))
               else r for r in records]
    records.extend(red_line_headlines(doc, table, lexicon))
    records = red_line_references(doc, records, ctx)
    # an outlet that only gathers news ("Wikinews sought expert input", "asked three pundits")
    # holds no position in what it reports
    reporters = {i for i, a in enumerate(table.actors)
                 if not a.acting and any(is_outlet(n, lexicon) for n in (a.name, *a.aliases))}
    records = [r for r in records if r.actor not in reporters]
    records.sort(key=lambda r: (r.start, r.actor, r.issue, r.polarity))
    return records


def _judged_action(cue: Cue) -> bool:
    """Whether an evaluation's issue is the infinitive after it ("it would be unacceptable to
    delay the vote"): that verb is read by the evaluation only, not as an action of its own."""
    obj = cue.obj
    return obj is not None and obj.pos_ in {"VERB", "AUX"} and obj.i > cue.token.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(obj))


def _told_failure(copula: Token, lexicon: Lexicon) -> bool:
    """A past inability the writer tells ("after she was unable to negotiate a deal", "the two
    sides have been unable to agree on X": a failure, they wanted it), not one reported in the past tense of its report ("said it was unable to
    accept the deal": its position)."""
    if copula.dep_ == "ccomp" and is_reporting_cue(copula.head, lexicon):
        return False
    return _past(copula) or copula.tag_ == "VBN"  # "have been unable to agree": a failure so far


def _past(verb: Token) -> bool:
    """A verb in the past tense, or with a past auxiliary ("accepted", "had agreed", "was signed")."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children_of(verb))


def _interest_of(tok: Token, lexicon: Lexicon) -> Token | None:
    """The adjective of interest an action hangs from after "in" / "on" ([forms]
    interest_adjectives): "interested in resuming the talks", "interested in getting rid of X"
    (the parser makes "rid" the complement of the gerund "getting")."""
    gerund = tok.head if tok.dep_ in {"acomp", "xcomp"} and tok.head.lemma_ == "get" else tok
    if gerund.dep_ != "pcomp" or gerund.head.head.dep_ != "acomp":
        return None
    adjective = gerund.head.head
    return adjective if adjective.lower_ in lexicon.forms.get("interest_adjectives", ()) else None


def _polarity_in_context(cue: Cue, polarity: str, negating_phrase: bool, lexicon: Lexicon) -> tuple[str, bool]:
    """The polarity after negation and "has yet to"; and whether the cue was negated."""
    tok = cue.token
    negated = False
    if cue.kind in {"verb", "phrasal", "adjective", "noun", "conditional", "measure", "membership"}:
        # "is not ready to", "was not opposed to": the copula carries the negation of its complement
        negated = is_negated(tok, lexicon) or ((cue.kind == "adjective" or tok.dep_ == "acomp")
                                               and is_negated(tok.head, lexicon)) or (
            negating_phrase and tok.dep_ in {"ROOT", "ccomp"}) or (
            cue.kind in {"verb", "phrasal", "measure", "conditional"} and forms.none_taken(tok))
        if not negated and tok.dep_ == "xcomp" and is_negated(tok.head, lexicon) and tok.head.lemma_.lower() not in lexicon.stance_verbs \
                and tok.head.lemma_.lower() not in lexicon.forms.get("hesitation_verbs", ()):
            # "did not want to sign" is read at "want"; "is not ready to" at "ready"; "would not
            # hesitate to impose sanctions" imposes them (a negated hesitation)
            negated = True
        if not negated and tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and not _told_failure(tok.head.head, lexicon):
            # "would not be able to accept the deal", "is unable to accept it": the ability denied
            # is the action's ([forms] ability_adjectives, inability_adjectives); not a past failure
            # ("after she was unable to negotiate a deal": she wanted one)
            able = tok.head.lower_
            negated = able in lexicon.forms.get("inability_adjectives", ()) or (
                able in lexicon.forms.get("ability_adjectives", ()) and (
                    is_negated(tok.head, lexicon) or is_negated(tok.head.head, lexicon)))
        elif not negated and tok.dep_ == "pcomp" and tok.head.head.lower_ in lexicon.forms.get("inability_adjectives", ()) \
                and not _told_failure(tok.head.head.head, lexicon):
            negated = True  # "is incapable of accepting the deal"
        elif not negated and (interest := _interest_of(tok, lexicon)) is not None:
            # "Iran is not interested in resuming the talks": the copula's negation is the action's
            negated = is_negated(interest, lexicon) or is_negated(interest.head, lexicon)
        elif not negated and tok.dep_ in {"acl", "relcl"} and tok.head.lower_ in lexicon.forms.get("ability_nouns", ()) \
                and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "in":
            negated = is_negated(tok.head.head.head, lexicon) and not _told_failure(tok.head.head.head, lexicon)  # "is not in a position to accept"
    light = tok.head if cue.kind == "noun" and tok.dep_ in {"dobj", "attr"} \
        and tok.head.lemma_.lower() in lexicon.light_verbs else None
    if not negated and light is not None and is_negated(light, lexicon):
        # "did not express support for the plan", "has not made a proposal": the light verb's
        # subject holds the noun's stance, and its negation
        negated = True
    if negated:
        undecided = is_undecided(tok, lexicon) or (light is not None and is_undecided(light, lexicon))
        if undecided:
            polarity = "consider"
        elif polarity == "demand" and wish_lemma(tok, lexicon) is not None:
            # "Russia does not want a NATO base in Ukraine", "would not like to see the talks
            # delayed": a wish denied opposes its thing (a demand denied only leaves it open)
            polarity = "oppose"
        else:
            polarity = lexicon.negation.get(polarity, polarity)
    elif is_undecided(tok, lexicon) and cue.kind == "phrasal":
        polarity = "consider"  # "has yet to respond to"
    return polarity, negated


def held_value(head: Token | None, lexicon: Lexicon) -> bool:
    """Whether an issue is a value its holder defends ([values] nouns: "territorial integrity",
    "our sovereignty"), not one named as another's ("Taiwan independence", "Kosovo's independence")."""
    return head is not None and head.lower_ in lexicon.value_nouns and not any(
        c.dep_ in {"compound", "poss", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_) for c in children_of(head))


def _given_up_place(surrendered: Token, ctx: Context) -> bool:
    """Whether a thing given up that names an entity is a place: a place by its entity type, or a
    name the small model takes for an organisation ("will never give up Crimea", "cede the
    Falklands") that no gazetteer organisation is: what is ceded is land, not a party."""
    if surrendered.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    if surrendered.ent_type_ != "ORG" or surrendered.pos_ != "PROPN":
        return False
    actor = ctx.table.actor_at(surrendered)
    return actor < 0 or not ctx.table.actors[actor].gaz_id


def _answered_inquiry(obj: Token | None, lexicon: Lexicon) -> bool:
    """Whether ``obj`` is a noun of [forms] inquiry_nouns that a verb of [forms] remark_verbs
    answers, as its object or after "to" ("answer the questions", "respond to requests for
    comment"), however the cue reads through to it ("declined to respond to questions")."""
    if obj is None or obj.lemma_.lower() not in lexicon.forms.get("inquiry_nouns", ()) \
            and obj.lower_ not in lexicon.forms.get("inquiry_nouns", ()):
        return False
    verb = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "to" else obj.head if obj.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in lexicon.forms.get("remark_verbs", ())


def _own_run(obj: Token | None, lexicon: Lexicon) -> bool:
    """Whether ``obj`` is an office noun of [forms] office_nouns that a verb of [forms]
    running_verbs takes as its object, owned by nobody but a pronoun, with no complement ("of",
    "for", "to", a clause): "is seeking reelection", "secured the Democratic nomination",
    "launching his White House bid" (not "sought the nomination of Merrick Garland", "Paul Ryan's
    reelection bid", "launched a bid to join the EU")."""
    if obj is None or obj.dep_ != "dobj" or obj.lower_ not in lexicon.forms.get("office_nouns", ()) \
            or obj.head.lemma_.lower() not in lexicon.forms.get("running_verbs", ()):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"of", "for", "to"} or c.dep_ == "poss" and c.pos_ != "PRON"
                   or c.dep_ in {"acl", "relcl"} for c in children_of(obj))


def _issues_of(cue: Cue, obj: Token | None, polarity: str, prefix: str, surrendered: Token | None,
               ctx: Context, negated: bool = False) -> tuple[str, list]:
    """(polarity, issues) of a stance's object; ``negated``: the cue was negated."""
    lexicon = ctx.lexicon
    tok = cue.token
    if cue.kind == "phrasal" and (polarity == "oppose" or negated and polarity == "consider") \
            and tok.lemma_.lower() in {"withdraw", "pull"} and obj is not None and (
                obj.ent_type_ in {"GPE", "ORG", "LOC", "FAC"} or obj.lemma_.lower() in lexicon.forms.get("left_places", ())):
        # "pulled out of Iran", "will pull out of the country": a withdrawal from a country is
        # supported, not the country opposed;
        # "will never withdraw from the Jordan Valley" opposes the withdrawal (not "does not oppose")
        return "oppose" if negated else "support", [
            (f"withdrawal from {issue_label(phrase_tokens(obj), lexicon)}", clean_space(obj.text), obj)]
    if _own_run(obj, lexicon):
        # "Rubio, who is seeking reelection", "had secured the Democratic nomination": a
        # candidate's own run for an office, no issue at stake
        return polarity, []
    if _answered_inquiry(obj, lexicon):
        # "did not respond to requests for comment", "declined to respond to questions about X",
        # "responded to accusations that he lied": a question or a charge answered, or left
        # unanswered, is no position on what it asks
        return polarity, []
    left = find_cue(obj, lexicon) if obj is not None and obj.pos_ == "VERB" and obj.i != tok.i else None
    if left is not None and forms.leaves_place(left, lexicon):
        # "urged Russia to withdraw from Ukraine", "refused to pull out of the region": the
        # withdrawal from the place (read through in `read_through`)
        return polarity, [(f"withdrawal from {issue_label(phrase_tokens(left.obj), lexicon)}", clean_space(left.obj.text),
                           left.obj)]
    that_clause = cue.kind in {"noun", "predicate"} and obj is not None and obj.pos_ in {"VERB", "AUX"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in children_of(obj))  # "the demand that sanctions be lifted",
    # "it is important that the hostages are released"
    for_clause = cue.kind == "phrasal" and obj is not None and obj.dep_ in {"advcl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in children_of(obj))  # "pushed for the talks to resume"
    found = clause_issues(obj, ctx, agent=cue.kind == "echo") if (cue.kind in {"deontic", "echo", "ultimatum", "refusal"}
                                                                   or that_clause or for_clause
                                                                   or (cue.kind == "precondition" and obj is not None
                                                                       and obj.pos_ in {"VERB", "AUX"})) \
        and obj is not None \
        else find_issues(obj, ctx)
    # "a settlement that includes three parts: a cease fire, ... and an international force": each term too
    found += [f for label, text, head in list(found) if head is not None
              for term in forms.included_terms(head, lexicon) for f in find_issues(term, ctx)]
    issues = [(f"{prefix} {label}" if prefix else label, text, head) for label, text, head in found]
    if not issues and surrendered is None and cue.red_line and cue.kind in {"predicate", "redline"} and obj is not None:
        # "Jerusalem is our red line", "Taiwan is not a subject for negotiation", "no room for
        # negotiation on Jerusalem"
        surrendered = obj
    if not issues and surrendered is not None and _given_up_place(surrendered, ctx):
        # "will never give up Jerusalem": a place given up is the issue, not an actor
        label = issue_label(phrase_tokens(surrendered), lexicon)
        issues = [(f"{prefix} {label}" if prefix else label, surrendered.text, surrendered)] if label else []
        if cue.red_line and cue.kind in {"predicate", "redline"}:
            polarity = "oppose"  # "Taiwan is not negotiable", "Jerusalem is our red line": not to be given up
    if cue.red_line and polarity == "oppose" and cue.kind in {"predicate", "evaluation", "redline"} and issues \
            and wanted_red_line(obj, cue.text.removeprefix("not ").removeprefix(f"{tok.text} "), lexicon,
                                owned=cue.kind != "redline"):
        polarity = "demand"  # "its weapons are not for discussion", "a 15 percent raise is our red line"
    wanted = cue.text.removeprefix("not ") in lexicon.forms.get("wanted_predicates", ())
    if cue.red_line and polarity in {"oppose", "demand"} and cue.kind in {"predicate", "evaluation"} and issues and not wanted and all(
            held_value(head, lexicon) for _, _, head in issues):
        # a value the actor defends said to be a red line, inviolable or not negotiable ("calling
        # territorial integrity a red line", "its sovereignty is not negotiable"): it opposes
        # compromise on it, as "will not give up its sovereignty" does; "Taiwan independence is a
        # red line for Beijing" (another's value) stays opposed, "the release of the hostages is
        # non-negotiable" (no value) demanded
        polarity = "oppose"
        issues = [(f"compromise on {label}", text, head) for label, text, head in issues]
    return polarity, issues


def _weighed(tok: Token, obj: Token | None) -> bool:
    """Whether the issue of a cue is in a "whether" clause under it ("has not decided whether to
    join the talks", "will vote on whether to end the strike"): weighed, not taken."""
    node, steps = obj if obj is not None else tok, 0
    while steps < 6:
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(node)):
            return True
        if node.i == tok.i or node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return False


def _read(cue: Cue, sent: Span, ctx: Context, negating_phrase: bool, seen: dict) -> list[StanceRecord]:
    lexicon = ctx.lexicon
    tok = cue.token
    if cue.kind not in {"participle", "predicate", "deontic", "redline", "precondition"} and _inside_outer_cue(tok, lexicon):
        return []  # "refuse to accept": read at the outer cue
    if cue.kind == "noun" and tok.dep_ in {"dobj", "pobj"}:
        giving = tok.head if tok.dep_ == "dobj" else tok.head.head  # the verb of the noun or of its "up" phrase
        if forms.surrender_object(giving, lexicon) is tok and forms.modal_negation(giving, negating_phrase):
            return []  # "will not give up its right to enrichment": read at the refusal to give it up
    if cue.kind in {"action", "verb", "phrasal"} and _wanted_content(tok, lexicon):
        return []  # "wants guarantees that Russia will not attack": Russia commits to nothing
    if cue.kind == "verb" and not _intended_aversion(tok, lexicon):
        return []  # "narrowly avoided a conviction": an outcome; "prevent X from V-ing": an agent
    polarity, obj, text = read_through(cue, lexicon)
    if cue.kind == "deontic" and obj is not None and obj.pos_ == "VERB" and polarity == "demand" \
            and obj.lemma_.lower() in lexicon.forms.get("averting_verbs", ()) and _intended_aversion(obj, lexicon) \
            and first_child(obj, "dobj") is not None and not any(c.dep_ == "neg" for c in children_of(obj)):
        polarity, obj = "oppose", first_child(obj, "dobj")  # "the country must avoid a strike": the strike opposed
    if polarity == "support" and cue.kind == "action" and promised_action(tok.head, tok, lexicon):
        polarity = "propose"  # "the minister promised that Zimbabwe would raise salaries": offered
    if _courtesy(tok, obj, lexicon):
        return []  # "I want to welcome the Vice Premier", "I want to say a few words": no position
    if obj is not None and obj.pos_ == "NOUN" and forms.listed_red_lines(obj, lexicon) is not None:
        return []  # "set out its red lines: no job cuts and no pay freeze": the lines are read at the noun
    if cue.kind in {"verb", "phrasal", "adjective", "measure", "action"} and is_obliged(tok, lexicon):
        # "Israel must accept the ceasefire, the UN said": the UN's demand, no acceptance; "Israel
        # must not expand the settlements": Israel refuses nothing
        return []
    if is_counterfactual(tok, lexicon):
        return []  # "the US might have leaned against the plan": what it did not do
    if ended_up(tok, lexicon) or foreseen(tok, lexicon) or predicted(tok, lexicon):
        # "Congress will end up passing a different bill", "the hope is that X would V", "analysts
        # expect Iran to accept the deal": no position
        return []
    polarity, negated = _polarity_in_context(cue, polarity, negating_phrase, lexicon)
    if negated and tok.lemma_.lower() == "agree" and is_reciprocal(tok, ctx):
        return []  # "the president and Congress could not agree on a budget": no position on it
    hedged = cue.kind != "predicate" and is_hedged(tok, lexicon)
    if hedged and polarity in {"support", "propose", "demand"} and predicted_never(tok, lexicon):
        hedged, polarity = False, "oppose"  # "is unlikely to ever recognize X": will never
    if first_child(tok, "nsubj", "nsubjpass") is not None and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(tok)):
        return []  # "questions as to whether Cruz still supports X": asked of him, not said
    if _weighed(tok, obj):
        hedged, negated = True, False  # "has not decided whether to join the talks", "will vote on whether to end the strike"
    if hedged and polarity != "consider":
        polarity = "consider"
    least = forms.minimum_demanded(obj, lexicon)
    if least is not None:
        # "will accept nothing short of independence", "would not accept anything less than X"
        obj, polarity, cue = least, "demand", cue._replace(red_line=True)
    elif polarity == "oppose" and obj is not None and forms.refused_short_of(obj, tok) is not None:
        # "rejects any solution short of independence": the independence demanded
        obj, polarity, cue = forms.refused_short_of(obj, tok), "demand", cue._replace(red_line=True)
    surrendered = obj if cue.kind == "surrender" else None
    obj, polarity, prefix = given_up(obj, polarity, lexicon)
    if prefix:
        surrendered = obj
    if obj is None:
        obj = issue_without_object(cue, ctx)
    polarity, issues = _issues_of(cue, obj, polarity, prefix, surrendered, ctx, negated)
    absolute = forms.modal_negation(tok, negating_phrase or forms.none_taken(tok)) if tok.pos_ == "VERB" or cue.kind == "membership" else False
    # "refuses to sign the deal unless the warrants are lifted", "threatened not to attend unless
    # the army withdrew": a refusal on a condition is one with a modal ("will not V unless C")
    refusing = absolute or (polarity == "oppose" and tok.pos_ in {"VERB", "NOUN"}
                            and tok.lemma_.lower() in lexicon.forms.get("conditioned_refusals", ()))
    demands = demanded(cue, ctx) if not hedged else _hedged_terms(cue, ctx)
    if not issues and not demands:
        return []
    qi = ctx.quote_of.get(tok.i, -1)
    if _commentators_view(tok, ctx, goal=cue.kind in {"goal", "sole_means"}):
        return []  # "Analysts say the government wants to avert a strike": a commentator's view
    if _depended_on(tok, lexicon):
        return []  # "its success hinges on Moscow's willingness to compromise": the writer's weighing
    if tok.dep_ == "advcl" and tok.head.lemma_.lower() == PRO_VERB and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in children_of(tok)):
        return []  # "questioned his power to do as he proposed": the proposal named before, not a new one
    holders = [(a, t) for a, t in find_holders(cue, ctx) if not is_commentator(a, ctx)]
    if not holders and qi >= 0 and ctx.quotes[qi].speaker >= 0 and cue.kind in {"noun", "predicate"} \
            and not (cue.kind == "noun" and (owned_by_another(tok, ctx) or (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.stance_verbs))):
        # ("I reject any proposal to intern people": the speaker's position is the verb's, read
        # through to the proposal's content; the proposal is nobody's in particular)
        holders = [(ctx.quotes[qi].speaker, None)]
    # "will not V unless C" is "no V unless C": a red line, as "no deal unless" is; so is "will
    # not V as long as C", which opposes C ("will not join the government as long as Maduro
    # remains in power" opposes his remaining, it does not demand it)
    red = cue.red_line or (polarity in {"oppose", "demand"} and not _advice(cue) and states_red_line(sent, ctx, qi, tok)) or (
        polarity == "oppose" and not _advice(cue) and categorical_refusal(tok, lexicon)) or (
        polarity == "demand" and kept_position(tok if tok.pos_ == "NOUN" else first_child(tok, "nsubj") or tok, lexicon)) or (
        polarity == "support" and states_red_line(sent, ctx, qi, tok, lexicon.unconditional_phrases)) or (
        polarity == "support" and not hedged and only_accepts(tok, lexicon)) or (
        "demand" in {polarity, cue.polarity} and demands_first(tok, lexicon)) or (
        polarity == "demand" and not hedged and term_of_any(tok, lexicon)) or (
        refusing and any(marker in _ABSOLUTE_MARKERS for _, _, _, marker in demands)) or (
        absolute and not demands and _lasting_refusal(tok, cue, lexicon)) or (
        absolute and polarity == "oppose" and refuses_any(tok, obj, lexicon, cue.kind == "membership")) or (
        absolute and polarity == "oppose" and refuses_reopening(tok, obj, lexicon)) or (
        absolute and cue.kind in {"without", "conditional"} and refuses_without(tok, lexicon))
    commentated = _reported_by_commentator(tok, ctx)
    red = red and not commentated and not necessity_claim(tok, lexicon)
    condition = condition_of(tok, ctx, negated) if cue.kind not in {"predicate", "without", "ultimatum"} else ""
    if cue.kind in {"threat_aim", "legal_aim", "precondition"} and obj is not None and obj.text in condition \
            or _wished_clause(cue):
        # "threatened force if necessary to achieve X": the aim is no condition; "impossible
        # without X": X is what is demanded, not its condition; "would be happy if the truce
        # held": the wished outcome
        condition = ""
    if cue.kind == "conditional":
        inner_without = prep_object(without_phrase(tok))
        if inner_without is not None:
            condition = clean_space(tok.doc[inner_without.left_edge.i : inner_without.right_edge.i + 1].text)
    if polarity == "support" and cue.kind in {"verb", "phrasal"} and not _unilateral(cue, lexicon):
        holders = holders + [h for h in agreement_partners(issues, ctx) if h[0] not in {a for a, _ in holders}]
    rows = [(label, issue_text, head, polarity, red, condition) for label, issue_text, head in issues
            if not excluded_conjunct(head)]
    # "will offer broad autonomy but not independence": the thing set apart, the other way
    excluded = excluded_polarity(polarity, lexicon)
    rows += [(label.removeprefix("not "), issue_text, head, excluded, False, condition) for label, issue_text, head in issues
             if excluded and excluded_conjunct(head)]
    if polarity == "oppose" and (absolute or refusing):
        # "will not sign any bill that does not include funding for the wall": the funding demanded
        # "would not accept any deal that does not restore its borders": the restoration demanded
        rows += [(label, issue_text, head, "demand", red, "") for _, _, issue_head in issues if issue_head is not None
                 for label, issue_text, head in _missing_terms(issue_head, ctx)]
    # "there can be no denuclearisation as long as U.S. troops remain": a denial lasts through C too
    denial = absolute or negated or refusing or cue.kind == "existential"
    rows += [(label, issue_text, head, "oppose" if denial and marker in _WHILE_MARKERS
              or marker in {forms.THREATENED_IF, forms.THREATENED_FORCE} else "demand",
              marker != forms.THREATENED_IF and not commentated and (red or _red_marker(marker, lexicon, cue)
                                                                     or (refusing and marker in _ABSOLUTE_MARKERS)), "")
             for label, issue_text, head, marker in demands]
    return _records(rows, holders, cue, text, sent, ctx, seen, hedged)


def _wished_clause(cue: Cue) -> bool:
    """Whether an adjective's issue is in an "if" clause of its own ("would be happy if the truce
    held", :func:`.constructions.content_cue`): the outcome wished, not a condition."""
    if cue.kind != "adjective" or cue.obj is None:
        return False
    clause = cue.obj if cue.obj.dep_ == "advcl" else cue.obj.head
    return clause.dep_ == "advcl" and clause.head.i in {cue.token.i, cue.token.head.i} \
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(clause))


def _unilateral(cue: Cue, lexicon: Lexicon) -> bool:
    """A phrasal cue one side states alone ([forms] unilateral_phrasals): "Kenya hoped for a trade
    deal with Britain" says nothing of Britain, as "agreed to a deal with Britain" would."""
    if cue.kind != "phrasal" or not cue.text:
        return False
    words = " ".join([phrasal_verb(cue.token, lexicon), *cue.text.lower().split()[1:]])
    return words in lexicon.forms.get("unilateral_phrasals", ())


def _hedged_terms(cue: Cue, ctx: Context) -> list:
    """The terms of a stance hedged only by "could" or "can": "the union signalled that it could
    accept the offer only if the company dropped the job cuts", "Israel could agree to a truce
    only if all hostages were released" weigh the offer but set its terms ("only if C": C demanded
    as a red line, [forms] red_line_markers). Any other hedge ("may accept", "is unlikely to
    accept") is a guess that sets no terms."""
    tok = cue.token
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
    if not aux or not aux <= ABILITY_MODALS or any(c.dep_ == "neg" for c in children_of(tok)) \
            or _reported_by_commentator(tok, ctx):
        return []  # ("analysts said Iran could accept a deal only if C": their guess of its terms)
    markers = set(ctx.lexicon.forms.get("red_line_markers", ()))
    return [d for d in demanded(cue, ctx) if d[3] in markers]


def _advice(cue: Cue) -> bool:
    """"China should reject such a candidate out of hand", "Congress ought never to fund it": what
    a speaker advises another to do, however firmly worded, is no line the speaker holds (a "must"
    or a precondition still is one)."""
    tok = cue.token
    return cue.kind == "deontic" and (any(c.dep_ == "aux" and c.lower_ == "should" for c in children_of(tok))
                                      or any(t.lower_ == "ought" for t in tok.doc[max(0, tok.i - 4) : tok.i]))


def _missing_terms(noun: Token, ctx: Context) -> list[tuple[str, str, Token | None]]:
    """The issues of what a refused thing is said to lack: "any bill that does not include
    funding for the wall" (the terms of a negated inclusion), "any deal that does not restore
    the 1991 borders" (a negated clause on "any" thing: its action)."""
    terms = forms.included_terms(noun, ctx.lexicon, missing=True)
    if terms:
        return [f for term in terms for f in find_issues(term, ctx)]
    if not any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(noun)) and not restricted_kind(noun):
        return []
    clause = next((c for c in children_of(noun) if c.dep_ == "relcl" and any(g.dep_ == "neg" for g in children_of(c))), None)
    return clause_issues(clause, ctx) if clause is not None else []


# Markers whose clause, after a refusal with a modal ("will not V ..."), makes it a red line; of
# those, the ones whose clause is what the refusal lasts through (opposed, not demanded).
_WHILE_MARKERS = frozenset({"as long as", "so long as", "while"})
_ABSOLUTE_MARKERS = frozenset({"unless", "until", "before"}) | _WHILE_MARKERS


def _lasting_refusal(tok: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """"will not return to talks unless the army withdraws", "would not negotiate until Assad
    goes": a refusal with a modal that lasts until a condition is met is a red line, as "no deal
    unless" is, also when the condition's clause names no issue to demand (a bare "withdraws")."""
    commitment = cue.kind in {"action", "threat", "existential", "surrender", "conditional"}
    return any(marker in _ABSOLUTE_MARKERS
               for _, marker, _ in forms.demand_clauses(tok, lexicon, cue.kind == "existential", commitment))


def _commentators_view(tok: Token, ctx: Context, goal: bool = False) -> bool:
    """A motive that analysts, observers or experts read into a party ("analysts say the
    government wants to avert a strike", "observers suggest Putin's willingness to ..."): the gold
    conventions count no position inferred from a commentator's view (what a party did, "analysts
    say Iran has accepted the deal", stays the party's)."""
    motives = ctx.lexicon.forms.get("motives", ())
    node = tok
    while not goal and node.lemma_.lower() not in motives:
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head  # "would like to veto the package": the motive governs the action
    return _reported_by_commentator(tok, ctx)


def _depended_on(tok: Token, lexicon: Lexicon) -> bool:
    """A stance word in what something depends on ("its success hinges on Moscow's willingness to
    compromise", "peace depends on Hamas accepting the plan"): what is needed, no position."""
    heads = lexicon.forms.get("dependence_heads", ())
    node = tok
    for _ in range(4):
        if node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in {"on", "upon"}:
            above = node.head.head
            return above.lower_ in heads or above.lemma_.lower() in heads
        if node.head.i == node.i or node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"pcomp", "acl"}:
            return False
        node = node.head
    return False


def _reported_by_commentator(tok: Token, ctx: Context) -> bool:
    """Whether analysts, observers or experts report the clause of ``tok``: "analysts say Hamas
    will never accept disarmament" is their view of Hamas, no red line Hamas draws."""
    reporter = reporter_of(tok, ctx)
    if reporter is None:
        return False
    actor = ctx.table.actor_at(reporter)
    if actor >= 0:
        return is_commentator(actor, ctx)
    return reporter.lemma_.lower() in ctx.lexicon.commentators or reporter.lower_ in ctx.lexicon.commentators


def _courtesy(tok: Token, obj: Token | None, lexicon: Lexicon) -> bool:
    """A wish to speak, thank or greet ("want to say", "would like to thank", "want to welcome the
    Vice Premier"): the courtesies of remarks and briefings, not a demand."""
    if obj is None or tok.lemma_.lower() not in {"want", "like", "wish"}:
        return False
    courtesies = lexicon.forms.get("courtesy_verbs", ())
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in courtesies for c in children_of(tok)):
        return True  # "I want to thank the ministers ..., their readiness to engage": whatever the parse hangs on "want"
    verb = obj
    for _ in range(3):  # "want to begin with the situation in Gaza": the verb above the object
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() in lexicon.forms.get("courtesy_verbs", ()):
        return True
    return obj.lower_ in lexicon.title_heads


def _red_marker(marker: str, lexicon: Lexicon, cue: Cue) -> bool:
    """"only after C", a threat's or an existential's condition: the demand is a red line; so is
    the condition of an action threatened in a clause ("warned it would strike unless the offer
    was improved": an ultimatum)."""
    tok = cue.token
    threats = lexicon.forms.get("threat", ())
    threatened = cue.kind == "action" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in threats \
        and marker in {"if", "unless"}
    # "vowed to strike unless the company raises wages", "vowed to impose tariffs unless C": a
    # vow or warning of an act, on an "unless" the parser hangs on the act, is the same ultimatum
    threatened = threatened or (marker == "unless" and tok.lemma_.lower() in threats and first_child(tok, "xcomp") is not None)
    # "would walk away from the talks unless C": a threat to leave, an ultimatum as "threatened to"
    walkout = marker in {"if", "unless"} and forms.walkout_threat(tok, lexicon)
    return marker in lexicon.forms.get("red_line_markers", ()) or cue.kind in {"threat", "existential"} or threatened \
        or walkout or marker == forms.THREATENED_FORCE


def _from_partner(label: str, head: Token | None, actor: int, holders, cue: Cue, ctx: Context) -> str:
    """The label as the holder named after its "with" sees it: "the SDF entered into an agreement
    with the government of Syria" gives Syria an "agreement with Syrian Democratic Forces", and
    "talks with rebel leader Riek Machar", held by Machar, are his "talks with Salva Kiir" (an
    actor has no agreement or talks with itself; the gold labels each party's side so). The other
    party is another holder of the record, or the cue's counterpart; with none, the label stays."""
    partner = partner_named_by(head, actor, ctx)
    if partner is None:
        return label
    others = [a for a, _ in holders if a >= 0 and a != actor]
    if not others and cue.counterpart is not None:
        other = ctx.table.actor_at(cue.counterpart)
        others = [other] if other >= 0 and other != actor else []
    if not others:
        return label
    # the partner's words as the label wrote them: with its complements ("the government of
    # Syria"), or without those the label left out ("Kosovo", not "Kosovo in Brussels")
    written = {issue_label(phrase_tokens(partner, depth), ctx.lexicon) for depth in (0, 1, 2)}
    named = max((w for w in written if w and f"with {w}" in label), key=lambda w: (len(w), w), default="")
    if not named:
        return label
    return label.replace(f"with {named}", f"with {ctx.table.actors[others[0]].name}", 1)


# Cues that name a red line in words ("made X a red line", "X is non-negotiable", "a
# precondition"): the holder's line, whoever reports it.
_NAMED_RED_LINES = frozenset({"predicate", "redline", "evaluation", "precondition"})


def _forecast_of_another(cue: Cue, claimed: int, actor: int, ctx: Context) -> bool:
    """"Netanyahu said Hamas would never accept the proposal", "Iran said the United States would
    never lift the sanctions": one party's "will never" or "will not" said of another is its
    forecast or charge, no line the other draws (the stance stays, claimed by the reporter). A
    red line named in words stays the holder's; a person's line told by another person is that
    person's forecast unless the reporter is the holder's spokesman or aide; a reporter who is a
    person of no known party may speak for a state or body holder ("Muamba said the government will not ..."), and so may a name the
    gazetteer does not know (a person the tagger took for an organisation), or a body speaking of
    a group it may stand for ("the Kurds will not disarm ..., the SDF said"): the line stays."""
    if cue.kind in _NAMED_RED_LINES:
        return False
    held, reporter = ctx.table.actors[actor], ctx.table.actors[claimed]
    if held.type == "PERSON" and reporter.type == "PERSON" and claimed != actor:
        # "Christie said Trump is not going to give in", "Netanyahu said Abbas would never accept
        # the plan": one person's account of another's resolve; the holder's own spokesman, aide
        # or envoy ([descriptions] heads as the role) speaks for the holder
        role = reporter.role.lower().split()
        return reporter.affiliation != actor and not (role and role[-1] in ctx.lexicon.description_heads)
    if not held.gaz_id:
        return False
    return reporter.affiliation >= 0 if reporter.type == "PERSON" else bool(reporter.gaz_id)


def _own_red_line(cue: Cue, actor: int, ctx: Context) -> bool:
    """Whether a red line ``cue`` reads for ``actor`` is the actor's own (not another's forecast)."""
    claimed = -1 if cue.reporter else claimer(cue.token, actor, ctx)
    return not (claimed >= 0 and _forecast_of_another(cue, claimed, actor, ctx))


def _records(rows, holders, cue: Cue, text: str, sent: Span, ctx: Context, seen: dict, hedged: bool) -> list[StanceRecord]:
    """One record per (row, holder), each (holder, issue, polarity, sentence, condition) once."""
    tok = cue.token
    qi = ctx.quote_of.get(tok.i, -1)
    out = []
    for row_label, issue_text, head, polarity, red, condition in rows:
        for actor, _subj in holders:
            if head is not None and row_label.startswith("candidacy of ") and ctx.table.actor_at(head) == actor:
                continue  # a party backing itself ("his supporters would back him" read for him)
            label = _from_partner(row_label, head, actor, holders, cue, ctx)
            key = (actor, label, polarity, sent.start_char, condition)
            if key in seen:
                # a red line read by a second cue marks the first's record, unless it is another's
                # forecast there too
                if red and not seen[key]:
                    seen[key] = _own_red_line(cue, actor, ctx)
                continue
            claimed = -1 if cue.reporter else claimer(tok, actor, ctx)
            # each holder's own: one reporter's forecast of another party is no line of that party's
            red_here = seen[key] = red and (claimed < 0 or not _forecast_of_another(cue, claimed, actor, ctx))
            if head is not None:
                ctx.recent.append(head)
                ctx.recent_at.append(tok.i)
                ctx.recent_polarity.append(polarity)
                ctx.label_heads[label] = head
            if polarity in {"propose", "consider"} and label:
                ctx.proposals.setdefault(actor, []).append((tok.i, label, issue_text))
            out.append(StanceRecord(
                actor=actor, issue=label, issue_text=issue_text, polarity=polarity, cue=text,
                evidence=clean_space(sent.text), start=sent.start_char, end=sent.end_char,
                red_line=red_here, condition=condition, claimed_by=claimed, quote=qi, hedged=hedged,
            ))
    return out
