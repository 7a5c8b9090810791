"""Red lines: sentences that call a position a red line, red-line headings ("X's red line: no
recognition of ...") and red lines stated about what was just said ("This is a red line")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...grammar import ASIDE_MARKS, CATEGORICAL_MODALS, OBLIGING_AUX, PERSONAL_PRONOUNS, REFUSAL_MODALS, REQUIRING_AUX, WORD_ENDINGS
from ...lexicon import Lexicon, derived
from ...records import StanceRecord
from ..actors import ActorTable
from ..quotes import is_reporting_cue
from ..syntax import children_of, first_child, is_passive, prep_object
from ..text import clean_space, doc_text, sentences
from . import forms
from .context import Context
from .constructions import any_settlement, without_phrase
from .cues import is_measure
from .issues import issue_label, phrase_tokens
from .polarity import denied_possibility


def states_red_line(sent: Span, ctx: Context, qi: int, tok=None, phrases: tuple[str, ...] | None = None) -> bool:
    """A red-line phrase ("will never", "under no circumstances", "no compromise" ...) in the
    sentence of the stance at ``tok``, in the stance's own clause or one above it: "I strongly
    reject the new measure ... they won't extract any concession from us" is no red line on the
    measure (the phrase is in another clause), "Iran said, under no circumstances, it would accept
    X" is one on X. ``phrases``: the phrases to look for, by default the red-line phrases and the
    unconditional ones ("at any cost"); an unconditional phrase may also stand in the clause the
    stance's verb governs ("vowed to fight to the last man for independence", read at "vowed")."""
    low = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()  # sent.text, without joining its tokens again
    # a partial quotation inside the phrase ('it would "never disarm"') does not break it
    at = [i for i, ch in enumerate(low) if ch not in _QUOTE_MARKS]
    bare = "".join(low[i] for i in at) if len(at) < len(low) else low
    lexicon = ctx.lexicon
    for phrase in (lexicon.red_line_phrases + lexicon.unconditional_phrases) if phrases is None else phrases:
        found = bare.find(phrase)
        while found >= 0:
            start = at[found] if bare is not low else found
            if _other_phrasal(bare, found + len(phrase), phrase, lexicon) or _idiom(bare, found, phrase, lexicon) \
                    or _runs_on(bare, found + len(phrase), phrase):
                found = bare.find(phrase, found + 1)
                continue
            if _others_line(sent, start):
                found = bare.find(phrase, found + 1)
                continue
            if (tok is None or _governs(sent, start, tok) or (
                    phrase in lexicon.unconditional_phrases and _within(sent, start, tok))) \
                    and not _history(sent, start, phrase):
                return True
            found = bare.find(phrase, found + 1)
    return False


_QUOTE_MARKS = frozenset('"“”„«»')


def _runs_on(text: str, end: int, phrase: str) -> bool:
    """Whether the phrase ending at ``end`` of ``text`` is only the beginning of a longer word that
    is no inflection of its last word: "would nevertheless be unlawful" holds no "would never",
    "not every country" no "not ever" (an adverb ends where it ends)."""
    if not phrase[-1:].isalpha():
        return False
    rest = end
    while rest < len(text) and text[rest].isalpha():
        rest += 1
    ending = text[end:rest]
    if not ending:
        return False
    return phrase.split()[-1] in {"never", "ever"} or ending not in WORD_ENDINGS


def _other_phrasal(text: str, end: int, phrase: str, lexicon: Lexicon) -> bool:
    """Whether the phrase ending at ``end`` of ``text`` runs into a phrasal verb of another sense
    ([forms] red_line_other_phrasals): "refused to bow out" is no "refused to bow"."""
    words = text[end:].split(None, 1)
    last = phrase.split()[-1] if phrase.split() else ""
    return bool(words) and f"{last} {words[0].strip('.,;:!?')}" in lexicon.forms.get("red_line_other_phrasals", ())


def _idiom(text: str, found: int, phrase: str, lexicon: Lexicon) -> bool:
    """Whether the phrase at ``found`` of ``text`` is part of an idiom of another sense ([forms]
    red_line_idioms): "the bottom line is that we need more money" sums up, it sets no line (where
    "the union's bottom line is a raise" does)."""
    for idiom in lexicon.forms.get("red_line_idioms", ()):
        at = idiom.find(phrase)
        if at >= 0 and found - at >= 0 and text.startswith(idiom, found - at) \
                and (found - at == 0 or not text[found - at - 1].isalnum()):
            return True
    return False


def _within(sent: Span, offset: int, tok) -> bool:
    """Whether the word at character ``offset`` of ``sent`` is in the words ``tok`` governs."""
    at = sent.char_span(offset, offset + 1, alignment_mode="expand")
    if at is None or not len(at) or not (tok.left_edge.i <= at[0].i <= tok.right_edge.i and at[0].i > tok.i):
        return False
    # 'rails against its "Great Wall" and pledges to stand firm against X': the phrase is in a
    # clause the parser coordinated with the stance's object, no resolve on the object
    node = at[0]
    while node.i != tok.i and node.head.i != node.i:
        if node.dep_ == "conj" and node.head.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ in {"acl", "relcl", "xcomp"} for c in children_of(node)):
            return False
        node = node.head
    return True


def _others_line(sent: Span, offset: int) -> bool:
    """Whether the word at character ``offset`` of ``sent`` is a red line the writer sets beside a
    thing as a line of some unnamed people: "refused to back an undivided Jerusalem as the capital,
    a red line for many GOP supporters" (their line, not the one who refused; "rejected NATO
    expansion, a red line for Russia" names a party and stays)."""
    at = sent.char_span(offset, offset + 1, alignment_mode="expand")
    if at is None or not len(at) or at[0].lower_ != "red":
        return False
    line = at[0].head
    if line.dep_ != "appos" or line.lemma_.lower() != "line":
        return False
    people = prep_object(next((c for c in children_of(line) if c.dep_ == "prep" and c.lower_ == "for"), None))
    return people is not None and people.tag_ == "NNS" and not people.ent_type_


def _history(sent: Span, offset: int, phrase: str) -> bool:
    """"has never accepted a pay cut in its history", "never agreed to it before", "has not ever
    agreed": a "never" that tells the past (a past or perfect verb with no modal) is no red line."""
    if not phrase.startswith(("never", "not ever", "n't ever")):
        return False
    at = sent.char_span(offset, offset + 1, alignment_mode="expand")
    if at is None or not len(at):
        return False
    verb = at[0].head
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    return (verb.tag_ in {"VBD", "VBN"} or bool(aux & {"did", "has", "have", "had"})) and not aux & REFUSAL_MODALS


def _governs(sent: Span, offset: int, tok) -> bool:
    """Whether the clause of the word at character ``offset`` of ``sent`` is the clause of
    ``tok`` or one above it."""
    at = sent.char_span(offset, offset + 1, alignment_mode="expand")
    if at is None or not len(at):
        return True
    word = at[0]
    if word.i == tok.i and tok.pos_ in {"NOUN", "PROPN"}:
        return True  # "the FARC's refusal ever to disarm doomed the talks": the phrase is the cue noun's own
    clause = word
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ == "AUX" and clause.dep_ in {"aux", "auxpass"}:
        clause = clause.head  # "will never": the clause of the verb the modal serves
    owner = first_child(tok, "poss") if tok.pos_ in {"NOUN", "PROPN"} and tok.i != clause.i else None
    subject = first_child(clause, "nsubj", "nsubjpass")
    if owner is not None and owner.pos_ != "PRON" and subject is not None and owner.lower_ != subject.lower_ \
            and not (subject.pos_ == "PRON" and tok.left_edge.i <= clause.i <= tok.right_edge.i):
        # "Israel will never accept Hamas's demand for a ceasefire": Israel's red line, not Hamas's
        # (a clause with a pronoun subject inside the noun's own words, "Hamas's demand, which it
        # says is non-negotiable", is said of the owner's demand; "..., which Israel will never
        # accept" is not)
        return False
    node = tok
    for _ in range(40):
        if node.i == clause.i:
            return True
        if node.head.i == node.i:
            break
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ASIDE_MARKS for m in children_of(node)):
            return False  # "Israel will not negotiate, while Hamas wants talks": another's position beside it
        node = node.head
    # a phrase inside the words of a noun or adjective cue ("his insistence on never ceding X"); a
    # verb's subtree holds other clauses, so for a verb only its own clause counts, and the
    # subjectless complement that is its object ("ruled out recognizing X under any
    # circumstances": the recognizing is what is ruled out)
    if tok.pos_ in {"VERB", "AUX"}:
        return _object_clause(clause, tok)
    return tok.left_edge.i <= word.i <= tok.right_edge.i


def _object_clause(clause, verb) -> bool:
    """Whether ``clause`` is a subjectless gerund or infinitive that ``verb`` takes as its object,
    directly or through a preposition ("ruled out recognizing X", "refused to consider X")."""
    if clause.i == verb.i or first_child(clause, "nsubj", "nsubjpass") is not None:
        return False
    obj = first_child(verb, "dobj")
    if obj is not None and not obj.left_edge.i <= clause.i <= obj.right_edge.i:
        return False  # "pressed Rome never to close its ports": the object's act, asked of it
    node = clause
    # the parser may hang an object gerund as an adverbial clause ("ruled out recognizing X"):
    # one with no comma before it and no marker is still the object
    gerund = clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.i == verb.i and verb.i < clause.i \
        and not any(t.text == "," for t in clause.doc[verb.i : clause.i]) and first_child(clause, "mark") is None
    if gerund:
        return True
    for _ in range(4):
        if node.dep_ not in {"xcomp", "pcomp", "dobj", "pobj", "prep"} or node.head.i == node.i:
            return False
        node = node.head
        if node.i == verb.i:
            return True
    return False


def given_particles(verb) -> set[str]:
    """The particles of a verb, with the adverbs the parser gives a passive in their place
    ("cannot be traded away", "was handed over")."""
    return {c.lower_ for c in children_of(verb)
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in {"away", "up", "over", "off"})}


def _bargained_away(verb, lexicon: Lexicon) -> bool:
    """"Our nuclear weapons cannot be traded", "the right of return cannot be bartered": a verb of
    bargaining ([forms] traded_verbs) refused in the passive of a thing owned or a value held,
    as "not for trade". A market's trade ("oil cannot be traded in rubles", "the bonds cannot be
    traded on the exchange") is none."""
    if verb.lemma_.lower() not in lexicon.forms.get("traded_verbs", ()):
        return False
    markets = lexicon.forms.get("market_preps", ())
    if any(c.dep_ == "prep" and c.lower_ in markets for c in children_of(verb)):
        return False
    subject = first_child(verb, "nsubjpass")
    if subject is None:
        return False
    return first_child(subject, "poss") is not None or subject.lemma_.lower() in lexicon.value_nouns \
        or subject.lower_ in lexicon.value_nouns or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in children_of(subject))


def surrendered_thing(verb, lexicon: Lexicon) -> bool:
    """Whether a passive refusal gives its subject up ("Crimea will never be given up", "our
    weapons cannot be traded away"): the issue is the subject, not the verb's act (as "will not
    give up its nuclear rights" is on the rights); "Jerusalem will never be divided" stays on
    the division."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.forms.get("traded_verbs", ()) or (
        len(given_particles(verb)) > 0 and forms.gives_up(lemma, given_particles(verb), lexicon))


def passive_refusal(verb, lexicon: Lexicon) -> tuple[object, object] | None:
    """(subject, agent) of a conceding verb that a modal and "never" or "not" refuse in the
    passive: "Jerusalem will never be divided", "the occupied territories will never be
    recognized as Russian", "our nuclear programme cannot be dismantled", "Kosovo's independence
    would never be accepted by Serbia". A past ("was never recognized") is history, a hedge ("may
    never be") a guess: neither is a red line."""
    if verb.pos_ != "VERB" or not is_passive(verb):
        return None
    lemma = verb.lemma_.lower()
    particles = given_particles(verb)
    # a phrase ("give up", "hand over") needs its particle: "will never be given a chance" is a
    # recipient, nothing given up
    if lemma not in lexicon.conceded_verbs and not any(f"{lemma} {p}" in lexicon.conceded_verbs for p in particles):
        return None
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    never = any(c.lower_ == "never" for c in children_of(verb))
    if not (never or any(c.dep_ == "neg" for c in children_of(verb))) or not aux & REFUSAL_MODALS:
        return None
    if not never and not forms.gives_up(lemma, particles, lexicon) and not _bargained_away(verb, lexicon) \
            and lemma not in lexicon.forms.get("refused_passives", ()):
        # "will not be accepted" is "will not accept": a plain refusal, as in the active; "will not be
        # tolerated" is "will not tolerate", a red line in the active too
        return None
    subject = first_child(verb, "nsubjpass")
    if subject is None or subject.lower_ in PERSONAL_PRONOUNS or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    return subject, prep_object(first_child(verb, "agent"))


def wanted_red_line(subject, phrase: str, lexicon: Lexicon, owned: bool = True) -> bool:
    """Whether a red-line predicate said of ``subject`` marks what the speaker wants, a demand,
    rather than what the speaker excludes: a thing held with a possessive pronoun ("its weapons
    are not for discussion / not for negotiation / a red line": kept, whichever predicate), and,
    for the bare "red line" (a bar set), an amount or a thing qualified as demanded ("a 15 percent
    raise is our red line", "the immediate return of all hostages is our red line": the least
    accepted). "NATO membership for Ukraine is Moscow's red line" and "our participation is out of
    the question" (an act owned, not a thing held) stay excluded. ``owned``: whether a possessive
    pronoun marks a thing kept ("giving up our nuclear program is a line we cannot cross" keeps
    the programme, it does not demand it: no). The qualifiers are
    [forms] wanted_modifiers, the acts [normalise] nominalisations and [issue_nouns] generic."""
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    if subject.lemma_.lower() in lexicon.forms.get("held_nouns", ()):
        return True  # "Iran's right to enrich uranium is a red line": the right is kept
    acts = set(lexicon.nominalisations.values()) | lexicon.generic_heads
    owner = first_child(subject, "poss")
    if owned and owner is not None and owner.pos_ == "PRON" and owner.lower_ not in {"your"} \
            and subject.lemma_.lower() not in acts and subject.lower_ not in acts:
        return True
    if phrase not in {"red line", "red lines"}:
        return False
    words = list(subject.subtree)
    if any(t.ent_type_ in {"PERCENT", "MONEY"} or t.text == "%" for t in words):
        return True
    wanted = set(lexicon.forms.get("wanted_modifiers", ()))
    return any(c.dep_ in {"amod", "advmod", "det", "predet"} and c.lower_ in wanted for c in children_of(subject))


def stated_precondition(copula, lexicon: Lexicon) -> tuple[object, object] | None:
    """(owner, thing) of a precondition named as the subject: "Tehran's precondition for talks
    is the lifting of all sanctions", "the union's bottom line is a 10 percent increase", "its
    main condition was the release of prisoners", "its non-negotiable demand is X", "the only way to
    peace is a withdrawal". The owner is None for a pronoun ("its"): then
    whoever reports it holds the demand. A "condition" needs an owner or a "for" ("the condition
    of the patient is stable" is none)."""
    if copula.lemma_ not in {"be", "remain"}:
        return None
    subject = first_child(copula, "nsubj")
    thing = first_child(copula, "attr")
    if subject is None or thing is None or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    low = subject.lower_
    bottom = forms.is_bottom_line(subject)
    # "the union's non-negotiable demand is a 15 percent raise": a demand called a red line
    words = subject.doc[subject.left_edge.i : subject.i + 1].text.lower().replace(" - ", "-")
    firm = low in lexicon.forms.get("demand_nouns", ()) and any(
        p in words for p in lexicon.predicates.get("red_line_demand", ()) + lexicon.predicates.get("red_line_oppose", ()))
    # "the only way to end this war is a full withdrawal": the one way, a red-line demand
    only = forms.only_way(subject, lexicon)
    if not bottom and not firm and not only and low not in lexicon.forms.get("precondition", ()):
        return None
    owner = first_child(subject, "poss")
    if low in {"condition", "conditions"} and owner is None and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in children_of(subject)):
        return None
    return (owner if owner is not None and owner.pos_ != "PRON" else None), thing


def based_on(verb, lexicon: Lexicon):
    """What talks or a deal must be based on, a precondition: "the talks must be based on the
    one-China principle", "stressed that the talks would be based on the principle that ...",
    "insisted that any settlement be based on the Minsk agreements". The verb is a passive "base"
    whose subject is a talks or agreement noun; a past ("the deal was based on") is history."""
    if verb.lemma_.lower() != "base" or not is_passive(verb):
        return None
    subject = first_child(verb, "nsubjpass")
    kinds = set(lexicon.forms.get("talk_nouns", ())) | lexicon.reciprocal_issues
    if subject is None or subject.lemma_.lower() not in kinds | {"solution", "resolution", "negotiation"}:
        return None
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    required = aux & REQUIRING_AUX or (
        not aux and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children_of(verb)))  # "insist that it be based on"
    if not required or any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    on = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"on", "upon"}), None)
    return prep_object(on)


def refuses_any(verb, obj, lexicon: Lexicon, membership: bool = False) -> bool:
    """"will not recognize any occupied territories", "would not accept any deal that does not end
    the war": a modal refusal (the caller checks it) of "any" X with a verb of accepting; "could not
    support any deal that treated Northern Ireland differently": with a verb of backing
    ([red_line_forms] any_that_refusal_verbs), only when a clause says which X. ``membership``:
    the verb is the copula of "be party to" (`constructions.membership_cue`), as a verb of backing."""
    lemma = verb.lemma_.lower()
    if membership:
        return obj is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(obj)) \
            and any(c.dep_ in {"relcl", "acl"} for c in children_of(obj))
    if lemma not in lexicon.any_refusal_verbs and lemma not in lexicon.any_that_refusal_verbs:
        return False
    if obj is None or obj.i == verb.i:  # a refused action ("will not recognize"): its object
        obj = first_child(verb, "dobj")
    if obj is not None and restricted_kind(obj):
        return True  # "would not accept a deal that cuts pensions": any deal that does
    if obj is None or not any(c.dep_ == "det" and c.lower_ in {"any", "no"} for c in children_of(obj)):
        return False  # "no": "will accept no deal that ..." (forms.none_taken), as "any"
    return lemma in lexicon.any_refusal_verbs or any(c.dep_ in {"relcl", "acl"} for c in children_of(obj))


def restricted_kind(noun) -> bool:
    """"a deal that cuts pensions", "an agreement that does not restore our borders": an
    indefinite noun whose restrictive relative clause (no comma before it) has the relative
    pronoun as its subject names a kind of thing, as "any deal that ..." does. "a bill that the
    House passed" (another subject) and "a deal, which ..." name one thing."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(noun)):
        return False
    return any(c.dep_ == "relcl" and c.i > noun.i and noun.doc[c.left_edge.i - 1].text != ","
               and any(g.dep_ in {"nsubj", "nsubjpass"} and g.tag_ in {"WDT", "WP"} for g in children_of(c))
               for c in children_of(noun))


def kept_position(noun, lexicon: Lexicon) -> bool:
    """"Russia's key demand, which it says it will not drop, is X", "the union's demand, which it
    has vowed never to give up": a position noun ([forms] position_nouns, demand_nouns) whose
    relative clause refuses, with a modal or "never", to drop or give it up ([forms]
    dropping_verbs, surrender): the writer frames the position as one its holder will not
    leave, a red line."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma not in lexicon.forms.get("position_nouns", ()) and lemma not in lexicon.forms.get("demand_nouns", ()):
        return False
    dropping = lexicon.forms.get("dropping_verbs", ())
    # the parser may hang the clause on what the demand asks for ("its demand for a settlement
    # freeze, which it will not withdraw")
    asked = forms.demanded_inside(noun, lexicon)
    for clause in [*children_of(noun), *(children_of(asked) if asked is not None else ())]:
        if clause.dep_ != "relcl" or any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in children_of(clause)):
            continue  # "..., which Israel will never accept": another's refusal
        for verb in clause.subtree:
            if verb.pos_ != "VERB" or not forms.modal_negation(verb, False):
                continue
            verb_lemma = verb.lemma_.lower()
            if verb_lemma in dropping or forms.gives_up(verb_lemma, given_particles(verb), lexicon):
                return True
    return False


def categorical_refusal(verb, lexicon: Lexicon) -> bool:
    """"rejected the proposal outright", "refused flatly to negotiate", "turned the offer down
    categorically": a refusal with an adverb of the absolute ([forms] categorical_adverbs) on its
    verb, wherever the adverb stands (the red-line phrases read it only right before or after the
    verb: "flatly rejected", "rejected outright"), a verb of refusing ([forms] categorical_verbs: "flatly
    denied the report" denies a claim). The caller checks the polarity; a "strongly" is no such
    adverb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.forms.get("categorical_verbs", ()):
        return False
    adverbs = lexicon.forms.get("categorical_adverbs", ())
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in children_of(verb))


def only_accepts(verb, lexicon: Lexicon) -> bool:
    """"would only accept a deal that returns all the hostages", "will only agree to a ceasefire
    that ends the war": a verb of accepting ([red_line_forms] any_refusal_verbs, or "agree") that
    "only" restricts under a modal of will: nothing else is acceptable, a red line. A past ("only
    accepted three bids") tells what happened."""
    if verb.lemma_.lower() not in lexicon.any_refusal_verbs | {"agree"}:
        return False
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    return bool(aux & REFUSAL_MODALS) and any(c.dep_ == "advmod" and c.lower_ == "only" for c in children_of(verb))


def impossible_without(adjective, lexicon: Lexicon):
    """What "X is impossible without Y" makes a precondition: "normalization of ties is impossible
    without a resolution of the abduction issue", "a deal is unthinkable without guarantees" (Y,
    demanded as a red line by whoever says so; "impossible as long as Y": Y, opposed). The adjectives are [red_line_forms]
    impossible_without of stance.toml; "without" hangs from the adjective or its copula."""
    subject = first_child(adjective.head, "nsubj") if adjective.dep_ == "acomp" else None
    # "no deal is possible without a settlement freeze": "no" with "possible" is "impossible"
    denied = adjective.lemma_.lower() in lexicon.forms.get("possible_adjectives", ()) and subject is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(subject))
    if (adjective.lemma_.lower() not in lexicon.impossible_without and not denied) or adjective.dep_ != "acomp" \
            or any(c.dep_ == "neg" for c in children_of(adjective.head)):
        return None
    for place in (adjective, adjective.head):
        for child in children_of(place):
            if child.dep_ == "prep" and child.lower_ == "without" and prep_object(child) is not None:
                return prep_object(child)
            if child.dep_ == "advcl" and (any(m.dep_ == "mark" and m.lower_ in {"until", "unless"} for m in children_of(child))
                                          or forms.condition_marker(child) in {"as long as", "so long as"}):
                return child  # "normalization is impossible until the abduction issue is resolved"
        # "a deal is impossible as long as the sanctions remain": the parser hangs the clause off
        # "long", an adverb of the adjective or its copula; what the refusal lasts through
        for adverb in children_of(place):
            if adverb.dep_ == "advmod" and adverb.lower_ == "long":
                for child in children_of(adverb):
                    if child.dep_ == "advcl" and forms.condition_marker(child) in {"as long as", "so long as"}:
                        return child
    return None


def no_room(noun, lexicon: Lexicon):
    """What "there is no room for compromise on X" refuses to give ground on: X (a red line of
    whoever says so). The noun of room is room_nouns in [red_line_forms], what there is no room
    for a concession noun or a talks noun ("no room for negotiation on Jerusalem")."""
    if noun.lower_ not in lexicon.room_nouns or not any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)):
        return None
    kinds = lexicon.concession_nouns | set(lexicon.forms.get("talk_nouns", ()))
    for prep in children_of(noun):
        inner = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "for" else None
        if inner is None or inner.lower_ not in kinds:
            continue
        for place in (inner, noun):
            on = next((c for c in children_of(place) if c.dep_ == "prep" and c.lower_ in {"on", "over", "about"}), None)
            if prep_object(on) is not None:
                return prep_object(on)
    return None


def closed_issue(tok, lexicon: Lexicon):
    """What "is closed" ends as a red line: "the Crimea issue is closed", "the question of the
    islands was closed", "the status of Jerusalem is closed for discussion" (the subject, opposed
    by whoever says so: reopening it is refused). Without "for discussion" only a subject of
    [red_line_forms] closed_subjects counts ("the border is closed", "the case was closed" are
    none); a negated "is not closed" leaves it open."""
    settled = tok.lower_ in lexicon.forms.get("settled_words", ())
    if (tok.lower_ != "closed" and not settled) or tok.pos_ not in {"VERB", "ADJ"} or any(c.dep_ == "neg" for c in children_of(tok)):
        return None
    if not any(c.dep_ in {"auxpass", "cop"} or (c.dep_ == "aux" and c.lemma_ == "be") for c in children_of(tok)) \
            and not (tok.dep_ == "acomp" and tok.head.lemma_ in {"be", "remain"}):
        return None  # "the government closed the border": an act, no red line
    owner = tok.head if tok.dep_ == "acomp" else tok
    if tok.dep_ == "acomp" and any(c.dep_ == "neg" for c in children_of(owner)):
        return None
    subject = first_child(owner, "nsubj", "nsubjpass") or next(  # the parser may hang it from "is"
        (first_child(c, "nsubj") for c in children_of(owner) if c.dep_ in {"auxpass", "aux"} and first_child(c, "nsubj")), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    talk = any(c.dep_ == "prep" and c.lower_ in {"for", "to"} and prep_object(c) is not None
               and prep_object(c).lower_ in lexicon.closed_for for c in children_of(tok))
    # "North Korea's insistence that the case is closed", "insists the abduction issue has been
    # settled": a matter insisted to be over is one its holder refuses to reopen; an issue
    # merely reported settled ("the dispute had been settled") is none; a bare "case" names no issue
    insisted = _insisted(owner, lexicon)
    if settled and not insisted:
        return None
    if subject.lemma_.lower() in lexicon.closed_subjects or (
            insisted and subject.lemma_.lower() in lexicon.forms.get("insisted_closed_subjects", ())):
        # "the question of the islands": the islands
        of = next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None)
        return prep_object(of) if prep_object(of) is not None else subject
    return subject if talk else None


def _insisted(clause, lexicon: Lexicon) -> bool:
    """Whether a clause is what a verb or noun of insisting governs ("insists that ...", "its
    insistence that ...", "maintained that ..."; [forms] insisting_words)."""
    words = lexicon.forms.get("insisting_words", ())
    return clause.dep_ in {"ccomp", "acl"} and clause.head.i != clause.i and clause.head.lemma_.lower() in words


def conceding_verb(tok, lexicon: Lexicon) -> bool:
    """A verb of accepting, signing or conceding ([red_line_forms] any_refusal_verbs,
    any_that_refusal_verbs, conceded_verbs; "give up" with its particle): what a party can refuse
    as a red line."""
    lemma = tok.lemma_.lower()
    return lemma in lexicon.any_refusal_verbs or lemma in lexicon.any_that_refusal_verbs \
        or lemma in lexicon.conceded_verbs or any(f"{lemma} {p}" in lexicon.conceded_verbs for p in given_particles(tok))


def forecast_only(noun, lexicon: Lexicon) -> bool:
    """Whether "there will be no X" with no condition foretells an event rather than refuses a
    thing: "there will be no change under her", "there will be no lies at our convention" (a
    forecast, a boast); "there will be no amnesty", "there will be no deal", "there will never be
    a Kurdish state" refuse what a party grants, negotiates or concedes (a measure or a process
    noun, an act named from its verb ([normalise] nominalisations), a concession, or a thing
    qualified by a people, place or body: "no NATO bases"). Only a
    modal foretells: "insisted that there be no X" demands."""
    if not any(c.dep_ == "aux" for c in children_of(noun.head)):
        return False
    return not negotiable(noun, lexicon)


def negotiable(noun, lexicon: Lexicon) -> bool:
    """Whether a noun names a thing a party grants, negotiates or concedes (see `forecast_only`)."""
    if is_measure(noun, lexicon) or noun.lemma_.lower() in lexicon.concession_nouns or noun.lower_ in lexicon.concession_nouns:
        return True
    processes = derived(lexicon, _negotiated_processes)
    if noun.lower_ in processes or noun.lemma_.lower() in processes:
        return True  # "there will be no return to the old borders": an act named from its verb
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"} for c in children_of(noun))


def _negotiated_processes(lexicon: Lexicon) -> frozenset[str]:
    """Talks, agreements and acts named from their verbs ("return", "withdrawal")."""
    return frozenset(lexicon.forms.get("talk_nouns", ())) | lexicon.agreement_objects | frozenset(lexicon.nominalisations.values())


def necessity_claim(tok, lexicon: Lexicon) -> bool:
    """"There is no way Congress can pass the bill without Democratic votes", "there's no way
    we will win the state without the suburbs": a possibility denied (`polarity.denied_possibility`)
    to an act short of a condition ("without X") says what the act needs, a plain claim, no red
    line. Only a verb of agreeing, signing or conceding (`conceding_verb`) refuses there: "there is
    no way Iran will sign a deal without sanctions relief" is a red line."""
    if not denied_possibility(tok, lexicon) or conceding_verb(tok, lexicon):
        return False
    # the parser may hang "without X" from a clause inside the object ("keep the promises we've
    # made ... without a new revenue source")
    return without_phrase(tok) is not None or any(
        t.dep_ == "prep" and t.lower_ == "without" and t.i > tok.i for t in tok.subtree)


def refuses_reopening(verb, obj, lexicon: Lexicon) -> bool:
    """"will not renegotiate the nuclear deal", "the EU would not reopen the withdrawal
    agreement": a modal refusal (the caller checks it) to open a settled agreement again ([forms]
    reopening_verbs, reopened_agreements) closes it to bargaining, a red line."""
    if verb.lemma_.lower() not in lexicon.forms.get("reopening_verbs", ()):
        return False
    if obj is None or obj.i == verb.i:
        obj = first_child(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in lexicon.forms.get("reopened_agreements", ())


def refuses_without(tok, lexicon: Lexicon) -> bool:
    """"will not sign any deal without sanctions relief", "Israel will never end the war without
    the return of the hostages": a refusal with a modal of acting without X, X a precondition (a
    red line, as "there will be no deal without X"). A refusal of haste ("would not rush into
    negotiations without guarantees") is caution, no red line; with "can" or "could", only a verb
    of accepting, signing or conceding refuses. The caller checks the modal."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon.forms.get("hasty_verbs", ()):
        return False
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
    if aux and aux <= {"can", "ca", "could"}:
        # "Democrats can't win without women", "he couldn't have a good outcome without X": what
        # cannot be had, a judgement; "we cannot accept a deal without X" refuses, a red line
        return conceding_verb(tok, lexicon)
    return True


def no_concession(noun, lexicon: Lexicon):
    """The verb of "will make no compromise on Cyprus", "would offer no concessions on
    Jerusalem": a concession noun with "no", made (a light action) in the future or the present. A
    past ("Iran made no concessions in the talks") reports an outcome, no red line."""
    if noun.lower_ not in lexicon.concession_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.light_actions or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)):
        return None
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    if not (aux & REFUSAL_MODALS or (not aux and verb.tag_ in {"VBP", "VBZ"})):
        return None
    return verb


def extracted_concession(noun, lexicon: Lexicon):
    """The verb of "they won't extract any concession from us", "Washington will get no
    concessions from me": a concession noun ([red_line_forms] concession_nouns) that another party
    is denied getting ([forms] extracting_verbs) from the speaker ("from us", "from me"), with "no",
    or with "any" under a negated modal. The speaker refuses the concession as a red line; a past
    ("they got no concessions from us") tells an outcome."""
    if noun.lower_ not in lexicon.concession_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.forms.get("extracting_verbs", ()):
        return None
    source = next((prep_object(c) for place in (verb, noun) for c in children_of(place)
                   if c.dep_ == "prep" and c.lower_ == "from"), None)
    if source is None or source.lower_ not in {"us", "me"}:
        return None
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    determiners = {c.lower_ for c in children_of(noun) if c.dep_ == "det"}
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(verb))
    if not (aux & REFUSAL_MODALS or (not aux and verb.tag_ in {"VBP", "VBZ"})):
        return None
    single = any(c.lower_ == "single" for c in children_of(noun))  # "won't get a single concession"
    return verb if "no" in determiners or (negated and ("any" in determiners or single or not determiners)) else None


def demands_first(tok, lexicon: Lexicon) -> bool:
    """"demanded that the rebels first lay down their arms", "insists that sanctions be lifted
    before it returns to the deal", "Pyongyang must first give up its weapons" (the obligation's
    own verb), "demand a settlement freeze before any talks" (talk_nouns in [forms]), "must be
    resolved before any normalization" (before any step at all): a precondition, a red line."""
    def first(verb) -> bool:
        return any((g.dep_ == "advmod" and g.lower_ == "first" and g.i < verb.i)
                   or (g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in children_of(g))
                       and not _named_party_acts(g))
                   for g in children_of(verb)) or _set_as_precondition(verb, lexicon, before=True)
    if any(c.dep_ in {"ccomp", "xcomp", "acl", "relcl"} and first(c) for c in children_of(tok)):
        return True
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in children_of(tok)) \
            and (any(g.dep_ == "advmod" and g.lower_ == "first" and g.i < tok.i for g in children_of(tok))
                 or _set_as_precondition(tok, lexicon)):
        return True
    talks = lexicon.forms.get("talk_nouns", ())
    before = [prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "before"]
    # "wants a settlement freeze before direct negotiations can begin": the talks' precondition
    before += [first_child(c, "nsubj", "compound") for c in children_of(tok) if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ == "before" for m in children_of(c))]
    # "insisted on a settlement freeze before moving to / entering direct talks": the talks a
    # gerund after "before" goes into (its object, or its preposition's)
    before += [o for g in before if g is not None and g.tag_ == "VBG" for c in children_of(g)
               for o in ((c,) if c.dep_ == "dobj" else (prep_object(c),) if c.dep_ == "prep" else ())]
    # "must be resolved before any normalization": before any step at all, a precondition
    return any(o is not None and (o.lower_ in talks or any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(o)))
               for o in before)


def term_of_any(verb, lexicon: Lexicon) -> bool:
    """"insisted that any package include a delay of the tax", "demands that any deal lift all
    sanctions" ([forms] any_term_verbs): a term laid on every settlement, without which there is
    no deal (a red line, as "any deal must include X" is); a negated term ("that any deal not
    include X"), a "should" clause, or a passive that sets the deal's procedure ("insist that any
    agreement be put to a vote") is no such term."""
    if verb.lemma_.lower() not in lexicon.forms.get("any_term_verbs", ()):
        return False
    clause = first_child(verb, "ccomp")
    return clause is not None and not is_passive(clause) and not any(
        c.dep_ == "neg" or c.lower_ in {"should", "could", "might", "may"} for c in children_of(clause)) \
        and any_settlement(clause, lexicon)


def _set_as_precondition(verb, lexicon: Lexicon, before: bool = False) -> bool:
    """Whether a demanded act is set as a precondition on its own verb: "Israel must withdraw as
    a condition for a ceasefire" ("as" and a noun of [forms] precondition with its "for" / "of");
    with ``before``, also "demanded that Israel withdraw before any ceasefire" (a "before" with
    talks or "any" step, as on the demanding verb itself)."""
    nouns = lexicon.forms.get("precondition", ())
    talks = lexicon.forms.get("talk_nouns", ())
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ not in {"as", "before"}:
            continue
        noun = prep_object(prep)
        if noun is None:
            continue
        if prep.lower_ == "as" and noun.lower_ in nouns and any(
                c.dep_ == "prep" and c.lower_ in {"for", "of"} for c in children_of(noun)):
            return True
        if before and prep.lower_ == "before" and (noun.lower_ in talks or any(
                c.dep_ == "det" and c.lower_ == "any" for c in children_of(noun))):
            return True
    return False


def _named_party_acts(clause) -> bool:
    """"called for a special prosecutor to look at the findings before the Justice Department
    makes a decision": a "before" clause whose subject is a named third party sets a deadline on
    its act, no precondition of the holder's own ("before it returns to the deal", "before talks
    resume")."""
    subject = first_child(clause, "nsubj")
    return subject is not None and subject.pos_ == "PROPN"


_RED_LINE_HEADLINE = re.compile(r"^(?P<holder>[^\n:]{2,60}?)['’]s\s+red\s+lines?\s*:\s*(?P<issue>[^\n]{3,120})$", re.MULTILINE)


def red_line_headlines(doc: Doc, table: ActorTable, lexicon: Lexicon) -> list[StanceRecord]:
    """"Zelensky's red line: No recognition of occupied territories" (a heading)."""
    records = []
    for match in _RED_LINE_HEADLINE.finditer(doc_text(doc)):
        span = doc.char_span(match.start("holder"), match.end("holder"), alignment_mode="expand")
        if span is None:
            continue
        after = doc.char_span(match.end("holder"), match.start("issue"), alignment_mode="expand")
        if after is not None and any(t.lower_ in {"line", "lines"} and forms.listed_red_lines(t, lexicon) is not None for t in after):
            continue  # the sentence reader lists its items ("X's red lines: no A and no B"), one by one
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
# the word each of the three patterns said of what was just said opens with (_THIS_IS_A_RED_LINE,
# _said_of_this, _last_chance): a sentence without it is searched once, not three times
_THIS_OR_THAT = re.compile(r"\b(?:this|that|it)\b", re.I)


def _said_of_this(lexicon: Lexicon) -> re.Pattern:
    """"This is non-negotiable", "that is out of the question", "it is not up for discussion",
    "this is a non-starter": a red-line predicate ([predicates] red_line_oppose, red_line_demand,
    red_line_negated, red_line_negated_demand after "not") said of what was just said."""
    heads = lexicon.forms.get("head_predicates", ())  # "It is the minimum wage that matters", "the least of X"
    said = [re.escape(p) for p in lexicon.predicates.get("red_line_oppose", ()) + lexicon.predicates.get("red_line_demand", ())
            if not p.startswith(("condition", "precondition", "pre-condition", "prerequisite", "bottom line")) and p not in heads]
    negated = [re.escape(p) for p in lexicon.predicates.get("red_line_negated", ()) + lexicon.predicates.get("red_line_negated_demand", ())]
    return re.compile(r"\b(?:this|that|it)\s+(?:is|was|remains|will remain|would be)\s+(?:(?:simply|absolutely|"
                      r"completely|totally|just|also|still|an?|our|my|the)\s+)*(?:(?:" + "|".join(said) + r")|"
                      r"(?:not|never)\s+(?:(?:" + "|".join(negated) + r")))(?![\w-])", re.I)


def _last_chance(lexicon: Lexicon) -> re.Pattern:
    """"This is Russia's final chance", "it was, in reality, their last opportunity": an ultimatum
    said of what was just demanded ([forms] chance_nouns, last_chance_modifiers); with "to V" after
    it the chance names its own demand (`constructions.last_chance_cue`)."""
    last = "|".join(re.escape(w) for w in lexicon.forms.get("last_chance_modifiers", ()))
    nouns = "|".join(re.escape(w) for w in lexicon.forms.get("chance_nouns", ()))
    if not last or not nouns:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:this|that|it)\b[^.;?!]{0,100}?\b(?:" + last + r")\s+(?:" + nouns + r")\b(?!\s+(?:to|for)\b)", re.I)


def red_line_references(doc: Doc, records: list[StanceRecord], ctx: Context) -> list[StanceRecord]:
    """Red lines stated about what was just said: "... This is the most important red line." marks
    the same speaker's preceding stance; a categorical "No project excluding our country can be
    implemented" marks the same holder's stances in that paragraph that share its subject."""
    text = doc_text(doc)
    out = list(records)
    said_of_this = derived(ctx.lexicon, _said_of_this)  # (compiled once per lexicon)
    last_chance = derived(ctx.lexicon, _last_chance)
    for sent in sentences(doc)[0]:
        qi = ctx.quote_of.get(sent.start, ctx.quote_of.get(sent.start + 1, -1))
        speaker = ctx.quotes[qi].speaker if qi >= 0 else -1
        sent_text = text[sent.start_char : sent.end_char]  # sent.text, without a walk over its tokens
        opened = _THIS_OR_THAT.search(sent_text) is not None
        said = (_THIS_IS_A_RED_LINE.search(sent_text) or said_of_this.search(sent_text)) if opened else None
        chance = None if said or not opened else last_chance.search(sent_text)
        if chance and re.search(r"\b(?:my|our)\s+(?:\w+\s+)?$", sent_text[: chance.end()].rsplit(" ", 2)[0] + " "):
            chance = None  # "this is our last chance": the speaker's own hope, no ultimatum to another
        if chance:
            said = chance
            if speaker < 0:
                speaker = _reporter_actor(sent, ctx)
            # an ultimatum marks what the speaker just demanded, not what was refused
            # (whoever demanded it when the words' speaker is unknown: "This is Moscow's final
            # chance," he said)
            before = [i for i, r in enumerate(out) if (r.actor == speaker or speaker < 0)
                      and r.start < sent.start_char + said.start()
                      and sent.start_char - r.end < 600 and r.polarity == "demand"]
            if before:
                out[before[-1]] = out[before[-1]]._replace(red_line=True)
            said = None
        if said and speaker < 0:
            speaker = _reporter_actor(sent, ctx)  # "He said that was out of the question"
        if said and speaker >= 0:
            # the speaker's last stance before the words, in this sentence ("rejected the plan,
            # saying it was out of the question") or a recent one
            at = sent.start_char + said.start()
            before = [i for i, r in enumerate(out) if r.actor == speaker and r.start < at
                      and sent.start_char - r.end < 600 and r.polarity in {"oppose", "demand"}]
            if before:
                i = before[-1]
                out[i] = out[i]._replace(red_line=True)
        for vi in range(sent.start, sent.end):  # the quoted tokens only, looked up before any Token is made
            qv = ctx.quote_of.get(vi, -1)
            if qv < 0 or ctx.quotes[qv].speaker < 0:
                continue
            verb = doc[vi]
            if not is_passive(verb):
                continue
            subject = first_child(verb, "nsubjpass")
            if subject is None or not any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(subject)):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in CATEGORICAL_MODALS for c in children_of(verb)):
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


def _reporter_actor(sent: Span, ctx: Context) -> int:
    """The actor who says a sentence's words, by its reporting verb's subject ("He said that was
    out of the question"), or -1."""
    for verb in sent:
        if verb.pos_ == "VERB" and is_reporting_cue(verb, ctx.lexicon):
            subject = first_child(verb, "nsubj")
            if subject is not None and ctx.table.actor_at(subject) >= 0:
                return ctx.table.actor_at(subject)
    return -1
