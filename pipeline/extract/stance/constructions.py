"""Stance cues read from a construction rather than one word: participles ("a U.S.-backed
proposal"), predicates ("X is non-negotiable"), evaluations ('called the deal "null and void"'),
violations, committed or refused actions ("will not recognize"), "not ... without X", and
obligations in someone's words ("X must withdraw")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from ...grammar import (BARRING_MODALS, COPULAS, FUTURE, HEDGE_MODALS, INANIMATE_PRONOUNS, NEGATIVE_ADVERBS, PERSONAL_PRONOUNS, PRESENT_ABILITY,
                       QUESTION_WORDS, REFLEXIVE_PRONOUNS, REFUSAL_MODALS, RELATIVE, VERB_PREFIXES)
from ...lexicon import Lexicon, derived, entry_pairs
from ...records import LocalActor
from ..syntax import (children_of, first_child, first_conjunct, is_infinitive, is_passive, lemma_guesses, modal_perfect,
                      prep_object, result_particle)
from ..text import clean_space, doc_text, doc_tokens
from .context import Context, Cue
from .cues import find_cue, is_measure, names_a_party, phrasal_cue, summed_act, verb_polarity
from .forms import ENTITY_TYPES, existential_negation, going_to, is_bottom_line, is_red_line_noun, modal_negation, denied, only_way
from .polarity import is_negated, purpose_clause


def hyphen_participle(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(author, participle) of a token such as "U.S.-backed" (``hyphen_participles`` in
    stance.toml [forms]); None for any other token."""
    author, hyphen, verb = text.rpartition("-")
    if hyphen and author and verb.lower() in lexicon.forms.get("hyphen_participles", ()):
        return author, verb
    return None


def hyphen_participle_cues(noun: Token, ctx: Context) -> list[Cue]:
    """"a U.S.-backed proposal" written as one token: the actor before the hyphen backs it."""
    modifiers = [c for c in children_of(noun) if c.dep_ in {"amod", "compound", "nmod"}]
    cues = []
    if not modifiers or names_a_party(noun, ctx.lexicon):  # (the party asked about only with a modifier)
        return cues
    for child in modifiers:
        match = hyphen_participle(child.text, ctx.lexicon)
        if match is None:
            continue
        actor = actor_named(match[0], ctx)
        if actor < 0:
            continue
        verb = match[1].lower()
        polarity = ctx.lexicon.stance_participles.get(verb, "support")
        if noun.lemma_.lower() in ctx.lexicon.generic_heads and polarity == "support":
            polarity = "propose"
        cues.append(Cue(child, polarity, "participle", noun, holder=None, text=child.text, reporter=False)._replace(
            holder=child))
        ctx.hyphen_holders[child.i] = actor
    return cues


def actor_named(surface: str, ctx: Context) -> int:
    """The local actor a gazetteer name or alias refers to, added to the table when new."""
    entry = ctx.lexicon.gazetteer_forms.get(surface)
    if entry is None:
        return -1
    for i, actor in enumerate(ctx.table.actors):
        if actor.gaz_id == entry.id:
            return i
    ctx.table.actors.append(LocalActor(name=entry.name, type=entry.type, gaz_id=entry.id, mentions=1,
                                       affiliation_gaz=entry.affiliation))
    return len(ctx.table.actors) - 1


def participle_cues(noun: Token, lexicon: Lexicon) -> list[Cue]:
    """"a U.S.-backed proposal", "a ceasefire put forth by the U.S.", "the Qatari-brokered deal"."""
    participles = [c for c in children_of(noun) if c.tag_ == "VBN" and c.dep_ in {"amod", "acl"}]
    cues = []
    if not participles or names_a_party(noun, lexicon):  # (the party asked about only with a participle)
        return cues
    if summed_act(noun, lexicon) is not None:
        return cues  # "closed the crossing, a move condemned by Hamas": the closure, read at the verb (find_cue)
    for child in participles:
        lemma = child.lemma_.lower()
        phrasal = phrasal_cue(child, lexicon)
        polarity = phrasal.polarity if phrasal else lexicon.stance_participles.get(child.lower_) or (
            verb_polarity(child, noun, lexicon) if child.dep_ == "acl" and lemma in lexicon.stance_verbs else None)
        hyphenated = child.i >= 2 and child.doc[child.i - 1].text in {"-", "–"}
        if polarity is None and hyphenated and child.lower_ in lexicon.forms.get("hyphen_participles", ()):
            polarity = "support"  # "an EU-produced proposal" split at its hyphen (not "produced by a company")
        if polarity is None:
            continue
        agent = first_child(child, "agent")
        holder = prep_object(agent) if agent is not None else None
        if holder is None:
            # "U.S.-backed": the actor before the hyphen modifies the participle or the noun
            holder = next((c for c in children_of(child) if c.dep_ in {"npadvmod", "compound", "nmod", "nsubj"}), None)
        if holder is None and child.i >= 2 and child.doc[child.i - 1].text in {"-", "–"}:
            holder = child.doc[child.i - 2]
        if holder is None and child.dep_ == "amod" and child.lower_ in lexicon.stance_participles:
            # "Theresa May's proposed Brexit deal", "Egypt's proposed truce": the noun's possessor
            owner = first_child(noun, "poss")
            holder = owner if owner is not None and owner.pos_ != "PRON" else None
        if holder is None:
            continue
        if noun.lemma_.lower() in lexicon.generic_heads and polarity == "support":
            polarity = "propose"  # "a U.S.-backed proposal": the backer is the proposer
        cues.append(Cue(child, polarity, "participle", noun, holder=holder,
                         text=phrasal.text if phrasal else child.text))
    return cues


def predicate_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"X is non-negotiable / out of the question / under review / null and void": the stance of
    whoever says so (or, for "under Kremlin review", of the actor named) on the subject X."""
    if tok.dep_ not in {"acomp", "attr", "prep", "advmod"} or tok.head.lemma_ not in COPULAS:
        return None
    copula = tok.head
    subjects = [c for c in children_of(copula) if c.dep_ in {"nsubj", "csubj"} and c.i < copula.i]
    # "Well, my friends, Israel's security is non-negotiable": of two subjects, the first is the
    # ones addressed, the one next to the copula what the predicate is said of
    subject = subjects[-1] if len(subjects) > 1 else first_child(copula, "nsubj", "csubj")
    if subject is None and copula.dep_ == "ccomp":
        # "Tehran insisted its right to enrich was non-negotiable": the parser may make the subject
        # the object of the verb above, leaving the copula without one
        subject = next((c for c in children_of(copula.head) if c.dep_ == "dobj" and c.i < copula.i), None)
    if subject is None or subject.lower_ in PERSONAL_PRONOUNS or (
            tok.lemma_.lower() in lexicon.stance_adjectives and not _negated_red_line(tok, copula, lexicon)):
        return None  # "we are ready to take positive steps" is a stance of "we", read elsewhere
    # "it would be unacceptable to delay the vote": what is judged is the action after the
    # predicate, not the "it" that stands for it
    action = extraposed_action(tok, (tok, copula), subject, lexicon.aspectual_verbs)
    target = action if action is not None else subject
    # "non", "-", "negotiable" may each hang from the copula: read to the end of its phrase; red
    # lines with the predicate's modifiers ("a red line"), evaluations from its head ("a good
    # day" is no evaluation of anything)
    # (the span's text cut from the Doc's text: Span.text makes a Token of each word)
    end = copula.right_edge
    head_words = clean_space(re.sub(r"[\"“”‘’]", " ", doc_text(tok.doc)[tok.idx : end.idx + len(end.text)].lower()))
    words = clean_space(re.sub(r"[\"“”‘’]", " ", _predicate_text(tok, copula, subject).lower()))
    words = re.sub(r"\s*-\s*", "-", words)  # "non - negotiable" as the tokenizer may split it
    negated = any(c.dep_ == "neg" for c in children_of(copula)) or raised_negation(copula, lexicon)
    if tok.lower_ == "under" and prep_object(tok) is not None:
        words = head_words = "under " + prep_object(tok).lower_  # "under Kremlin review" -> "under review"
    # "our pay demand is not negotiable": a demand held as a red line, not one refused
    asked = subject.lower_ in lexicon.forms.get("demand_nouns", ())
    for polarity, red in (("oppose", True), ("demand", True)):
        key = "red_line_oppose" if polarity == "oppose" else "red_line_demand"
        for phrase in lexicon.predicates.get(key, ()):
            if _contains(words, phrase) and not (phrase in lexicon.forms.get("head_predicates", ()) and (
                    tok.lower_ != phrase.split()[-1] or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)))):
                # (a floor is the head of its predicate, of nothing: "the least of our worries" is none)
                if (negated or words.startswith("not ")) and not phrase.startswith("not "):
                    # "tariffs are not off the table", "X is not a red line": left open, no red
                    # line; "a ceasefire is not a precondition for talks": nothing demanded
                    return Cue(tok, "consider", "predicate", target, text=f"not {phrase}",
                               reporter=True) if polarity == "oppose" else None
                owner = _red_line_owner(tok, copula)
                return Cue(tok, "demand" if asked else polarity, "predicate", target, red_line=True, text=phrase,
                           holder=owner, reporter=owner is None)
    if (words.startswith("not ") or negated) and not any(c.lower_ in lexicon.undecided for c in children_of(copula)):
        # "is not on the table yet": not yet decided, no red line; "was not on the agenda of the
        # meeting": what a meeting's agenda held, no red line
        for key, polarity in (("red_line_negated_demand", "demand"), ("red_line_negated", "oppose")):
            # "X is not negotiable" insists on X (as "non-negotiable"); "X is not on the table" excludes it
            if any(_contains(words, p) and not _contains(words, p + " of") for p in lexicon.predicates.get(key, ())):
                return Cue(tok, "demand" if asked else polarity, "predicate", target, red_line=True, text=words,
                           reporter=True)
    bare = _bare_words(tok, head_words)
    judged = _judging_modifiers(tok, lexicon)
    # a phrase in none of the three readings is contained in none (tested once, before the
    # word-boundary tests of _contains: the phrases are a hundred, most in no reading)
    readings = f"{head_words}|{words}|{bare}"
    for polarity in ("consider", "oppose", "demand", "support"):
        phrases = lexicon.predicates.get(polarity, ())
        if action is not None:  # "it is right to wait": words that judge an action only so
            phrases = phrases + lexicon.predicates.get(f"extraposed_{polarity}", ())
        for phrase in phrases:
            if phrase not in readings:
                continue
            if " " not in phrase and _only_adverb(phrase, tok.doc[tok.i : end.i + 1]):
                # "it's just time to do away with it", "the two are really just two sides of one
                # coin": the adverb, not the evaluation ("the verdict is just")
                continue
            if polarity == "demand" and (tok.lower_ != phrase or action is not None):
                # a need only as the predicate's head: "sanctions relief is essential for any deal"
                # (not "the wall is a crucial part of X", an evaluation; nor "it is vital to V")
                continue
            if polarity == "demand" and (negated or subject.lower_ in QUESTION_WORDS or subject.pos_ in {"PRON", "DET"}):
                # "a ceasefire is not necessary": nothing demanded; "we will do what is necessary
                # to keep communities safe", "this is crucial for both of them", "it is imperative
                # that ...": no thing named
                return None
            if _contains(head_words, phrase) or ("-" in phrase and _contains(words, phrase)) or (  # "one-sided"
                    phrase.startswith(("a ", "an ", "the ")) and (_contains(bare, phrase) or _contains(words, phrase))) or (
                    phrase in judged):
                # "a historic mistake" (the modifiers dropped), "a good basis" (kept), "the right thing (to do)"
                holder = None
                if tok.lower_ == "under":  # "under Kremlin review"
                    noun = prep_object(tok)
                    holder = next((c for c in children_of(noun) if c.dep_ in {"compound", "nmod", "poss", "amod"}), None) if noun is not None else None
                pol = lexicon.negation.get(polarity, polarity) if negated and polarity != "consider" else polarity
                return Cue(tok, pol, "predicate", target, holder=holder, text=phrase, reporter=holder is None)
    return None


def extraposed_action(pred: Token, places: Sequence[Token], subject: Token | None,
                      aspectual: frozenset[str] | None = None) -> Token | None:
    """The action an evaluation with the expletive "it" judges: "it is wrong to impose tariffs",
    "it can be right to use immunity", "considered it inappropriate for royals to run": the
    infinitive after the predicate, hung from it or from its copula. None for any other subject
    ("it is unacceptable" of a deal named before judges that deal)."""
    if subject is None or subject.lower_ != "it":
        return None
    # hung from the predicate, its copula, or a noun inside the predicate ("out of the question
    # to recognize Israel": from "question")
    candidates = [c for place in places for c in children_of(place)] + [t for t in pred.subtree if t.i > pred.i]
    for child in candidates:
        if child.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and child.i > pred.i and child.pos_ in {"VERB", "AUX"} \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(child)):
            return child
    for child in candidates:
        # "it is important that the hostages are released", "it is unacceptable that the
        # settlements keep growing": the "that" clause is the action judged
        if child.dep_ == "ccomp" and child.i > pred.i and child.pos_ in {"VERB", "AUX"} \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(child)):
            # (an aspect verb passes to its complement: "that the settlements keep growing",
            # "that Israel continues to build settlements" judge the growing, the building)
            aspect = first_child(child, "xcomp") if aspectual is not None and child.lemma_.lower() in aspectual else None
            return aspect if aspect is not None else child
    for child in candidates:
        # "it would be a disaster if the talks collapsed", "it would be an outrage if Parliament
        # were silenced": under "would", the "if" clause is the event judged
        if child.dep_ == "advcl" and child.i > pred.i and child.pos_ in {"VERB", "AUX"} \
                and any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(child)) \
                and any(a.dep_ == "aux" and a.lower_ in {"would", "'d"} for place in places for a in children_of(place)):
            return child
    return None


def raised_negation(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a negated verb of judgement above a clause negates it: "I do not think it can be
    right to X" says it is not right ([verb_classes] judgement: think, believe, ...)."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.i != clause.i and head.lemma_.lower() in lexicon.judgement_verbs and any(
        c.dep_ == "neg" for c in children_of(head))


_CLAUSES = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp", "csubj"})


def _predicate_text(tok: Token, copula: Token, subject: Token) -> str:
    """The words of a predicate from ``tok`` to the end of the copula's phrase, without its
    subject ("Here's the bottom line": the subject is no predicate) and without the clauses it
    governs ("are unlikely to have an effect on the group's bottom line" says nothing of a
    bottom line held)."""
    doc = tok.doc
    dropped = set(range(subject.left_edge.i, subject.right_edge.i + 1)) if subject is not None else set()
    for place in (tok, copula):
        for child in children_of(place):
            if child.dep_ in _CLAUSES and child.i != tok.i:
                dropped.update(range(child.left_edge.i, child.right_edge.i + 1))
    kept = [t for t in doc_tokens(doc)[tok.left_edge.i : copula.right_edge.i + 1] if t.i not in dropped]
    return "".join(t.text_with_ws for t in kept)


def _red_line_owner(tok: Token, copula: Token) -> Token | None:
    """The party a red-line predicate names as its own: "X is the union's bottom line", "X remains
    a red line for Moscow", "For Moscow, X is a red line" (the owner holds it, whoever reports
    it). A pronoun ("our bottom line") or a thing ("a precondition for talks") names none: then
    whoever says so holds it."""
    owner = first_child(tok, "poss")
    if owner is not None and owner.pos_ != "PRON":
        return owner
    for place in (tok, copula):
        for child in children_of(place):
            inner = prep_object(child) if child.dep_ == "prep" and child.lower_ == "for" else None
            if inner is not None and inner.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and inner.pos_ == "PROPN":
                return inner
    return None


def _negated_red_line(tok: Token, copula: Token, lexicon: Lexicon) -> bool:
    """"X is not open to negotiation": a stance adjective ("open") in a negated red-line
    predicate is the predicate's, not a stance of the subject (red lines, issue #11)."""
    if not any(c.dep_ == "neg" for c in children_of(copula)):
        return False
    words = clean_space(tok.doc[tok.i : tok.right_edge.i + 1].text.lower())
    return any(_contains(words, p) for key in ("red_line_negated", "red_line_negated_demand")
               for p in lexicon.predicates.get(key, ()))


def _only_adverb(word: str, span) -> bool:
    """Whether ``word`` is in ``span`` only as an adverb ("just" in "is just two sides of it")."""
    found = [t for t in span if t.lower_ == word]
    return bool(found) and all(t.pos_ == "ADV" for t in found)


def _bare_words(noun: Token, head_words: str) -> str:
    """A noun predicate's article and its words from the noun on, the modifiers between them
    dropped: "a historic mistake" -> "a mistake", "an outright capitulation" -> "a capitulation"
    (news adds such words to the evaluations of [predicates]); empty without "a" / "an". The
    article is the one the noun takes ("a historic achievement" -> "an achievement", "an
    incredible opportunity" -> "an opportunity", as [predicates] write them)."""
    article = next((c for c in children_of(noun) if c.dep_ == "det" and c.lower_ in {"a", "an"} and c.i < noun.i), None)
    if article is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return ""
    # (a noun before it may make another noun: "a photo opportunity" is no opportunity, where "a
    # security threat" stays a threat; so only a word of "a" is read through one)
    compound = any(c.dep_ == "compound" and c.i < noun.i for c in children_of(noun))
    return f"{'an' if head_words[:1] in 'aeio' and not compound else 'a'} {head_words}"  # "an outright X"


def _judging_modifiers(noun: Token, lexicon: Lexicon) -> frozenset[str]:
    """The adjectives that judge a predicate noun's subject through a noun of a course of action
    ([forms] judged_kinds): "refoulement is an illegal and unethical solution", "the pact is a
    reckless gamble", "the proposal is good policy" judge the subject as "illegal", "reckless",
    "good" do; "a good day", "a great guy" judge nothing named (no such head)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.forms.get("judged_kinds", ()):
        return frozenset()
    modifiers = [c for c in children_of(noun) if c.dep_ == "amod" and c.i < noun.i]
    # "an illegal and unethical solution": the conjoined adjectives judge it too
    modifiers += [c for m in modifiers for c in children_of(m) if c.dep_ == "conj" and c.pos_ == "ADJ"]
    classing = lexicon.forms.get("classifying_modifiers", ())
    return frozenset(m.lower_ for m in modifiers if m.pos_ == "ADJ" and m.lower_ not in classing)


def _words(tok: Token) -> str:
    """Lower-case text of a token's subtree, quote marks dropped, hyphenated words kept whole."""
    span = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    return clean_space(re.sub(r"[\"“”‘’]", " ", span.text.lower()))


def _contains(words: str, phrase: str) -> bool:
    return phrase in words and _phrase_pattern(phrase).search(words) is not None


@lru_cache(maxsize=1024)
def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def evaluation_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """'called the border agreement "null and void"', 'calling it a red line'."""
    lemma = tok.lemma_.lower()
    # "Serbia has made the protection of its monasteries a red line": a verb of making ([forms]
    # make_red_line) states a red line, and nothing else ("made the deal a success")
    making = lemma in lexicon.forms.get("make_red_line", ())
    if (lemma not in lexicon.evaluation_verbs and not making) or tok.pos_ != "VERB":
        return None
    obj = first_child(tok, "dobj")
    complement = next((c for c in children_of(tok) if c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp"}), None)
    if complement is None and obj is not None:
        complement = next((c for c in children_of(obj) if c.dep_ in {"amod", "appos", "acl"} and c.i > obj.i), None) or next(
            (t for t in obj.subtree if t.dep_ == "oprd"), None) or next(
            (c for c in children_of(tok) if c.dep_ == "prep" and c.i > obj.i and c.lower_ in {"as", "out", "off", "beyond"}),
            None) or next(
            (c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "as"),
            None)  # 'described X as "a red line"', 'called X "out of the question"'; "as" may hang from X
    glued = _glued_predicate(obj if obj is not None else complement, lexicon)
    if glued is not None:
        # "called the agreement null and void": the parser makes the thing a compound of the
        # predicate's first word
        obj, complement, words = glued, obj if obj is not None else complement, _words_from(obj if obj is not None else complement)
    elif obj is None and complement is not None and complement.dep_ == "oprd" and complement.pos_ in {"NOUN", "PROPN"} \
            and first_child(complement, "dobj") is not None:
        # "calls the backstop its red line": the parser may make the thing the complement and the
        # evaluation its object
        obj, complement = complement, first_child(complement, "dobj")
        words = _words(complement)
    elif obj is None and complement is not None and (complement.dep_ == "ccomp" or (
            complement.dep_ == "oprd" and first_child(complement, "nsubj") is not None)) and (
            complement.pos_ in {"ADJ", "NOUN"} or complement.pos_ == "VERB" and first_child(complement, "aux", "auxpass", "dobj") is None):
        # "found the strike justified": a bare participle read as the verb of a small clause (the
        # predicate words below decide: "found the talks failed" judges nothing)
        obj = first_child(complement, "nsubj")  # "considers the protection of X non-negotiable"
        # "considers the expansion of NATO a red line": the noun's modifiers after the thing are
        # the predicate's words
        start = obj.right_edge.i + 1 if obj is not None and obj.right_edge.i < complement.i else complement.i
        words = re.sub(r"\s*-\s*", "-", clean_space(tok.doc[start : tok.right_edge.i + 1].text.lower()))
    elif obj is not None and complement is None and obj.pos_ == "NOUN" and first_child(obj, "nsubj") is not None:
        # "has made the lifting of sanctions a red line", "says Russia considers the expansion of
        # NATO a red line": the parser makes the predicate noun the object, the thing its subject
        obj, complement = first_child(obj, "nsubj"), obj
        words = _words(complement)[len(_words(obj)):].strip() if obj.i < complement.i else _words(complement)
    elif obj is not None and complement is not None and complement.dep_ == "oprd" and complement.head.i == tok.i:
        # "called the right of return non-negotiable": the parser may split "non - negotiable"
        # into several complements of the verb; read them all
        parts = [c for c in children_of(tok) if c.dep_ == "oprd"]
        start = min(c.left_edge.i for c in parts)
        start -= 1 if start > 0 and tok.doc[start - 1].lower_ == "non" else 0  # "non" hung on the object
        span = tok.doc[start : max(c.right_edge.i for c in parts) + 1]
        words = re.sub(r"\s*-\s*", "-", clean_space(re.sub(r"[\"“”‘’]", " ", span.text.lower())))
    elif obj is not None and complement is not None:
        words = _words(complement)
    if obj is None or complement is None:
        return None
    # "considered it inappropriate for royals to run": the "it" stands for the infinitive after
    # the predicate
    action = extraposed_action(complement, (complement, tok), obj)
    obj = action if action is not None else obj
    for key, polarity, red in (("red_line_oppose", "oppose", True), ("red_line_demand", "demand", True),
                               ("oppose", "oppose", False), ("support", "support", False)):
        for phrase in lexicon.predicates.get(key, ()) if red or not making else ():
            if _contains(words, phrase):
                if red and any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(tok)):
                    # "does not consider X a red line": left open, no line drawn (as "X is not a
                    # red line"); nothing demanded of what is not called a precondition
                    return Cue(tok, "consider", "evaluation", obj, text=f"not {phrase}") if polarity == "oppose" else None
                return Cue(tok, polarity, "evaluation", obj, red_line=red, text=f"{tok.text} {phrase}")
    if making:
        return None
    bare = _bare_words(complement, _words_from(complement))
    for key, polarity in (("oppose", "oppose"), ("support", "support")):
        # "called the deal a historic mistake", "a major breakthrough": the evaluation of the noun
        for phrase in lexicon.predicates.get(key, ()):
            if bare and phrase.startswith(("a ", "an ")) and _contains(bare, phrase):
                return Cue(tok, polarity, "evaluation", obj, text=f"{tok.text} {phrase}")
    return None


def _glued_predicate(noun: Token | None, lexicon: Lexicon) -> Token | None:
    """The thing an evaluation is of when the parser hung it on the predicate as a compound
    ("called the agreement null and void", "deemed the accord null and void": "agreement" a
    compound of "null"): the compound, when the words from ``noun`` open a [predicates] phrase."""
    if noun is None or noun.pos_ not in {"NOUN", "ADJ"}:
        return None
    thing = next((c for c in children_of(noun) if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.i < noun.i), None)
    if thing is None:
        return None
    words = _words_from(noun)
    opens = any(words == p or words.startswith(p + " ") for key in ("oppose", "support", "red_line_oppose", "red_line_demand")
                for p in lexicon.predicates.get(key, ()))
    return thing if opens else None


def _words_from(tok: Token) -> str:
    """Lower-case text from a token to the end of its subtree, quote marks dropped."""
    span = tok.doc[tok.i : tok.right_edge.i + 1]
    return clean_space(re.sub(r"[\"“”‘’]", " ", span.text.lower()))


def last_chance_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"this is Russia's final chance to return to compliance", "Iran has one last opportunity to
    accept the offer": an ultimatum, so what the chance is for is demanded as a red line by whoever
    says so. The nouns are [forms] chance_nouns, their qualifiers [forms] last_chance_modifiers;
    "the last chance to see the exhibition" names no one's chance and stays none (no owner, no
    subject of its clause)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in lexicon.forms.get("chance_nouns", ()):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in lexicon.forms.get("last_chance_modifiers", ()) for c in children_of(tok)):
        return None
    action = next((c for c in children_of(tok) if c.dep_ in {"acl", "relcl", "advcl"} and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if action is None or any(c.dep_ == "neg" for c in children_of(tok.head)):
        return None
    owner = first_child(tok, "poss")
    if owner is not None and owner.lower_ in {"my", "our"}:
        return None  # "it's my last chance to meet an honest politician": the speaker's own hope, no ultimatum
    clause_subject = first_child(tok.head, "nsubj") if tok.dep_ in {"dobj", "attr"} else None
    if owner is None and (clause_subject is None or clause_subject.pos_ == "PRON" and clause_subject.lower_ not in {"this", "it"}):
        return None
    return Cue(tok, "demand", "ultimatum", action, red_line=True, text=f"{tok.text} to", reporter=True)


@lru_cache(maxsize=4096)
def _may_open_phrase(low: str, phrases: tuple[str, ...]) -> bool:
    """Whether a lower-case form and the opening of one of ``phrases`` agree (either starts the
    other), once per form: every verb asks."""
    return any(p.startswith(low) or low.startswith(p) for p in phrases)


def _starts_violation_phrase(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a [predicates] violation phrase ("goes against", "runs counter to") opens at
    ``tok``, read on the token's next three words (only when a phrase could start with the token:
    its lower-case form and a phrase's opening agree)."""
    if not _may_open_phrase(tok.lower_, lexicon.violation_phrases):
        return False
    words = " ".join(t.lower_ for t in tok.doc[tok.i : tok.i + 3])
    return any(words.startswith(p) for p in lexicon.violation_phrases)


def violation_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """'(they deemed that) the agreement ... goes against the UN resolution': the reporter opposes it."""
    if tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() in lexicon.violation_verbs or _starts_violation_phrase(tok, lexicon):
        subject = first_child(tok, "nsubj")
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
            return Cue(tok, "oppose", "predicate", subject, text=tok.text, reporter=True)
    return None


def action_cue(tok: Token, lexicon: Lexicon, negating_phrase: bool) -> Cue | None:
    """Committed or refused actions: "will lift its pause", "will not recognize", "may declare",
    "would under no circumstances disarm"."""
    if tok.pos_ != "VERB":
        return None  # (each reading below is of a verb)
    lemma = tok.lemma_.lower()
    if lemma not in lexicon.stance_verbs and _threatened_action(tok, lexicon) and not is_passive(tok):
        # "the union warned that it would call a national strike unless the offer was improved":
        # whatever the verb, the action threatened on a condition is committed to
        return Cue(tok, "support", "action", tok)
    words, first_words = derived(lexicon, _action_words)
    if lemma not in words and lemma.split(" ", 1)[0] not in first_words:
        return None  # most verbs: each reading below tests the verb's lemma against one of its lists first
    if lemma not in lexicon.stance_verbs and _ended_or_kept_action(tok, lexicon):
        # "the union called off the strike", "the miners declared the strike over", "nurses
        # will continue their strike": what a party does to its collective action is a deliberate
        # act on it (the end, or the continuation, of the strike), in any tense; refused ("will not /
        # is not going to call off the strike"), it is opposed
        return Cue(tok, "oppose" if modal_negation(tok, False) else "support", "action", tok)
    called = (tok.head if tok.dep_ == "acl" and tok.tag_ == "VBN" else first_child(tok, "nsubjpass")) \
        if lemma in lexicon.forms.get("undertaking_verbs", ()) else None
    if called is not None and _protest_action(called, lexicon) and prep_object(first_child(tok, "agent")) is not None \
            and not is_negated(tok, lexicon):
        # "the strike, called by the teachers' union, entered its third week", "the strike was
        # called by the union": the agent's strike
        return Cue(tok, "support", "action", called, holder=prep_object(first_child(tok, "agent")))
    undertaken = _undertaken_action(tok, lexicon) if lemma not in lexicon.stance_verbs else None
    if undertaken is not None:
        # "public sector workers went on a one-day strike", "the union has called a strike for
        # Monday", "nurses joined the strike": taking part in the action supports it
        return Cue(tok, "support", "action", undertaken)
    continued = _continued_action(tok, lexicon)  # (a verb of stance too: "push ahead with", not "push for")
    if continued is not None:
        # "the teachers will stay on strike until their pay is restored", "carried on with the
        # strike": keeping the action going supports it
        return Cue(tok, "support", "action", continued)
    broken = broken_talks(tok, lexicon) if lemma not in lexicon.stance_verbs else None
    if broken is not None:
        # "Hamas broke off the talks", "Moscow called off the negotiations with Kyiv": opposes them
        return Cue(tok, "oppose", "action", broken)
    if lemma not in lexicon.stance_verbs and _facilitated_talks(tok, lexicon):
        # "Museveni is in Khartoum to help mediate the talks", "Qatar hosted the negotiations",
        # "Turkey is mediating between Moscow and Kyiv": running the talks is a deliberate act
        # for them (gold: the mediator supports the mediation)
        return Cue(tok, "support", "action", tok)
    if lemma not in lexicon.commitment_verbs and lemma not in lexicon.nominalisations:
        return None
    if lemma in lexicon.stance_verbs or is_passive(tok) or not _committing_sense(tok, lemma, lexicon):
        return None
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
    negated = is_negated(tok, lexicon) or any(c.lower_ in NEGATIVE_ADVERBS for c in children_of(tok)) or negating_phrase
    if negated and aux & (FUTURE | {"can", "ca", "could", "must"}):
        return Cue(tok, "oppose", "action", tok)
    if going_to(tok) and is_negated(tok.head, lexicon):
        return Cue(tok, "oppose", "action", tok)  # "we are not going to lift the sanctions": "will not lift"
    if lemma not in lexicon.commitment_verbs:
        return None
    if aux & HEDGE_MODALS and purpose_clause(tok):
        return Cue(tok, "support", "action", tok)  # "declared an emergency so he could fund the wall": its aim
    if aux & HEDGE_MODALS:
        # "we can sit down and solve our problems": a meeting called possible, none weighed
        sensed = any(s.split()[0] == lemma for s in lexicon.forms.get("committing_senses", ()))
        if sensed or (aux <= PRESENT_ABILITY and not _conditional(tok, lexicon)):
            # "we can raise up working families", "they can keep their members in the fold": an
            # ability claimed, no course weighed ("can lift the sanctions if Iran complies" weighs
            # them on its terms)
            return None
        return Cue(tok, "consider", "action", tok)
    if aux & FUTURE or (tok.dep_ == "xcomp" and tok.head.lemma_ == "go"):
        # "will keep talking": the action is the complement of a continuative verb
        action = first_child(tok, "xcomp") if lemma in lexicon.forms.get("continuative", ()) else tok
        return Cue(tok, "support", "action", action) if action is not None else None
    return None


def _one_word_condition_markers(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(m for m in lexicon.condition_markers if " " not in m)


def _conditional(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a clause hangs from ``verb`` under a one-word marker of [conditions] markers ("if",
    "unless", "once", "provided", "until")."""
    markers = derived(lexicon, _one_word_condition_markers)
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in children_of(c))
               for c in children_of(verb))


def _action_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas :func:`action_cue` reads past a threatened action (made once per lexicon): those
    of [forms] undertaking_verbs and facilitating_verbs, the commitment verbs and nominalisations;
    and the first words of [forms] ending_verbs, keeping_verbs, breaking_verbs and
    continuing_verbs (:func:`_opens_entry`)."""
    forms = lexicon.forms
    words = frozenset(forms.get("undertaking_verbs", ())) | frozenset(forms.get("facilitating_verbs", ())) \
        | frozenset(lexicon.commitment_verbs) | frozenset(lexicon.nominalisations)
    first_words = frozenset(entry.split(" ", 1)[0] for key in ("ending_verbs", "keeping_verbs", "breaking_verbs")
                            for entry in forms.get(key, ())) \
        | frozenset(entry.split(":", 1)[0].split(" ", 1)[0] for entry in forms.get("continuing_verbs", ()))
    return words, first_words


def _committing_sense(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a commitment verb is used in its committing sense: a verb listed in [forms]
    committing_senses ("sit down", "sit with") commits only with one of its listed particles or
    prepositions ("will not sit down with Putin"; "will sit out the vote" is none); any other
    verb always does."""
    senses = [s.split()[1] for s in lexicon.forms.get("committing_senses", ()) if s.split()[0] == lemma and len(s.split()) > 1]
    return not senses or any(c.dep_ in {"prt", "prep"} and c.lower_ in senses for c in children_of(verb))


def _ended_or_kept_action(tok: Token, lexicon: Lexicon) -> bool:
    """"called off / ended / declared over / kept up / continued" + a collective action as the
    object ("the strike", "their boycott", "its offensive"; [forms] protest_actions): the verb
    alone, or with its particle, is one of [forms] ending_verbs / keeping_verbs. Not negated ("did
    not call off the strike" states no end), not passive (who acts is then unnamed or an agent)."""
    ending, keeping = lexicon.forms.get("ending_verbs", ()), lexicon.forms.get("keeping_verbs", ())
    if not _opens_entry(tok, ending) and not _opens_entry(tok, keeping):
        return False  # most verbs: decided on the lemma before the object is looked for
    verb, obj = _phrasal_object(tok)
    if obj is None or is_passive(tok) or is_negated(tok, lexicon):
        return False
    if not _protest_action(obj, lexicon):
        return False
    return verb in ending or verb in keeping


# a list of verbs with particles -> (the list, its first words), by the list's identity: a lookup
# by identity, where an lru_cache hashed the whole list at every verb (three lists per verb)
_FIRST_WORDS: dict[int, tuple[Sequence[str], frozenset[str]]] = {}


def _first_words(entries: Sequence[str]) -> frozenset[str]:
    """The first words of a list of verbs with their particles ("call off" -> "call"), once per list."""
    found = _FIRST_WORDS.get(id(entries))
    if found is None or found[0] is not entries:  # (the list is kept, so its id is not reused)
        if len(_FIRST_WORDS) > 64:
            _FIRST_WORDS.clear()
        found = _FIRST_WORDS[id(entries)] = (entries, frozenset(entry.split(" ", 1)[0] for entry in entries))
    return found[1]


def _opens_entry(tok: Token, entries: Sequence[str]) -> bool:
    """Whether ``tok``'s lemma can open one of ``entries`` ("call" opens "call off"): what
    :func:`_phrasal_object` makes of a verb starts with its lemma, so a verb whose lemma opens no
    entry matches none."""
    return tok.lemma_.lower().split(" ", 1)[0] in _first_words(entries)


def _protest_action(noun: Token | None, lexicon: Lexicon) -> bool:
    """Whether a noun is one of [forms] protest_actions ("strike", "sit-in", "hunger strike")."""
    if noun is None:
        return False
    actions = lexicon.forms.get("protest_actions", ())
    hyphened = "".join(t.text for t in noun.doc[noun.left_edge.i : noun.i + 1]
                       if t.dep_ in {"compound", "punct"} or t.i == noun.i).lower()  # "sit-in"
    return noun.lemma_.lower() in actions or noun.lower_ in actions or hyphened in actions


def _undertaken_action(tok: Token, lexicon: Lexicon) -> Token | None:
    """The collective action a verb of taking it up has as its object ([forms] undertaking_verbs:
    "called a strike", "joined the protest", "staged a sit-in"; "went on strike", "embarked on a
    hunger strike" with "on"). None when the action is "over" or "against" something (read as
    opposing that, `forms.protested_over`), when the verb is negated or passive, or when it
    predicates something of the action ("declared the strike illegal")."""
    if tok.lemma_.lower() not in lexicon.forms.get("undertaking_verbs", ()) or is_passive(tok) \
            or is_negated(tok, lexicon) or first_child(tok, "prt") is not None or result_particle(tok) is not None:
        return None
    if any(c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} for c in children_of(tok)):
        return None
    noun = first_child(tok, "dobj")
    if noun is None:
        on = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "on"), None)
        noun = prep_object(on)
    if not _protest_action(noun, lexicon):
        return None
    if any(c.pos_ == "ADJ" and c.i > noun.i for c in children_of(noun)):
        return None  # "called its actions defensive": a predicate the parser hangs on the noun
    preps = lexicon.forms.get("protest_preps", ())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in (*children_of(noun), *children_of(tok))):
        return None
    return noun


def _continuing_verbs(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """[forms] continuing_verbs as a table (made once per lexicon): each verb with its particle
    -> its prepositions, and under "" the verbs' first words."""
    table: dict[str, set[str]] = {"": set()}
    for entry in lexicon.forms.get("continuing_verbs", ()):
        verb, prep = entry.split(":", 1)
        table.setdefault(verb, set()).add(prep)
        table[""].add(verb.split(" ", 1)[0])
    return {verb: frozenset(preps) for verb, preps in table.items()}


def _continued_action(tok: Token, lexicon: Lexicon) -> Token | None:
    """The collective action a verb keeps going through its preposition ([forms] continuing_verbs,
    "verb:prep" with the verb's particle, if any: "will stay on strike", "remained on strike",
    "carried on with the strike", "pressed ahead with the offensive"). None when the verb is
    negated or passive, or the noun is no protest action ("stayed on the board", "carried on with
    the meeting") or is "over" or "against" something (read as opposing that)."""
    table = derived(lexicon, _continuing_verbs)
    if tok.lemma_.lower() not in table[""] or is_passive(tok) or is_negated(tok, lexicon):
        return None
    particle = first_child(tok, "prt") or next((c for c in children_of(tok) if c.dep_ == "advmod" and c.i == tok.i + 1
                                                and c.lower_ in {"on", "ahead"}), None)
    verb = f"{tok.lemma_.lower()} {particle.lower_}" if particle is not None else tok.lemma_.lower()
    preps = table.get(verb, frozenset())
    noun = next((prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in preps), None)
    if noun is None and particle is not None:  # "carry on with the strike", "with" hung on the particle
        noun = next((prep_object(c) for c in children_of(particle) if c.dep_ == "prep" and c.lower_ in preps), None)
    if not _protest_action(noun, lexicon):
        return None
    preps = lexicon.forms.get("protest_preps", ())
    return None if any(c.dep_ == "prep" and c.lower_ in preps for c in children_of(noun)) else noun


def broken_talks(tok: Token, lexicon: Lexicon) -> Token | None:
    """The talks a verb of breaking off ([forms] breaking_verbs, alone or with its particle: "broke
    off the talks", "called off the negotiations", "cancelled the dialogue") has as its object
    ([forms] talk_nouns); not negated, not passive."""
    breaking = lexicon.forms.get("breaking_verbs", ())
    if not _opens_entry(tok, breaking):
        return None
    verb, obj = _phrasal_object(tok)
    if obj is None or obj.lower_ not in lexicon.forms.get("talk_nouns", ()) or is_passive(tok) \
            or is_negated(tok, lexicon):
        return None
    return obj if verb in breaking else None


def _phrasal_object(tok: Token) -> tuple[str, Token | None]:
    """(the verb with its particle, its object): "called off the strike" -> ("call off", strike),
    also when the parser reads the particle as a preposition ("called off the peace talks")."""
    lemma = tok.lemma_.lower()
    particle = first_child(tok, "prt") or result_particle(tok)
    obj = first_child(tok, "dobj")
    if obj is None and particle is not None:
        # "called off the peace talks", the object hung on "off"; "declared [the strike over]",
        # read as a clause whose subject is the object
        obj = first_child(particle, "pobj") or first_child(particle, "nsubj")
    if obj is None and particle is None:
        off = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in {"off", "up"}
                    and prep_object(c) is not None), None)
        if off is not None:
            return f"{lemma} {off.lower_}", prep_object(off)
    return (f"{lemma} {particle.lower_}" if particle is not None else lemma), obj


def _facilitated_talks(tok: Token, lexicon: Lexicon) -> bool:
    """"mediate / host / facilitate / chair" ([forms] facilitating_verbs) with talks as the object
    ([forms] talk_nouns), or "mediate between A and B"; not negated, not passive."""
    if tok.lemma_.lower() not in lexicon.forms.get("facilitating_verbs", ()) or is_passive(tok) \
            or is_negated(tok, lexicon):
        return False
    obj = first_child(tok, "dobj")
    talks = lexicon.forms.get("talk_nouns", ())
    if obj is not None:
        # "convene a new round of talks": the talks of the round
        of = next((prep_object(c) for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        return obj.lower_ in talks or (of is not None and of.lower_ in talks)
    return tok.lemma_.lower() == "mediate" and any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(tok))


def _threatened_action(tok: Token, lexicon: Lexicon) -> bool:
    """"(warned / threatened that) it would V if / unless C": a future, unnegated clause of a threat
    verb that carries its own condition."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in lexicon.forms.get("threat", ()):
        return False
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
    if not aux & FUTURE or is_negated(tok, lexicon):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in children_of(c))
               for c in children_of(tok))


def without_cue(tok: Token) -> Cue | None:
    """"Moscow would not rush into negotiations without guarantees", "would accept no deal without
    guarantees" (a denied object: :func:`.forms.denied`): a demand for guarantees."""
    if tok.pos_ != "VERB" or not denied(tok):
        return None
    prep = without_phrase(tok)
    pobj = prep_object(prep)
    if pobj is None:
        return None
    return Cue(tok, "demand", "without", pobj, text=f"not {tok.text} without")


def without_phrase(verb: Token) -> Token | None:
    """"without X" attached to the verb or, as the parser often has it, to the verb's object."""
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ == "without":
            return child
        if child.dep_ == "dobj":
            nouns = [child]
        elif child.dep_ == "prep":
            nouns = [g for g in children_of(child) if g.dep_ == "pobj"]
        else:
            continue
        for noun in nouns:
            for grand in children_of(noun):
                if grand.dep_ == "prep" and grand.lower_ == "without":
                    return grand
    return None


def deontic_cues(clause: Token, lexicon: Lexicon) -> list[Cue]:
    """Obligations in someone's words: "both sides will have to make compromises", "X must
    withdraw", "it is now up to Russia to reciprocate" -> the reporter demands the action."""
    cues = []
    for tok in clause.subtree:
        if tok.pos_ == "NOUN" and tok.lower_ in lexicon.forms.get("time_nouns", ()) and _time_stated(tok, lexicon):
            # "now is the time for a ceasefire": the thing the time has come for
            thing = prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for"), None))
            if thing is not None and _is_means(thing, lexicon):
                cues.append(Cue(tok, "demand", "deontic", thing, text="time for", reporter=True))
            continue
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        neglected = neglected_action(tok, lexicon)
        if neglected is not None:
            # "the government has done very little to start negotiations", said by X: X demands them
            cues.append(Cue(neglected, "demand", "deontic", neglected, text=f"{tok.lemma_.lower()} to {neglected.lemma_.lower()}",
                            reporter=True))
            continue
        aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
        obliged = bool(aux & {"must", "should"})
        if not obliged and tok.dep_ in {"xcomp", "advcl", "ccomp", "acl"} and "to" in aux:
            before = " ".join(t.lower_ for t in tok.doc[max(clause.left_edge.i, tok.i - 6) : tok.i])
            obliged = any(f" {d} " in f" {before} " for d in lexicon.deontic if d not in {"must", "should"}) and (
                tok.head.lemma_ in {"have", "need", "be", "up"} or f"{tok.head.lower_} to" in lexicon.deontic
                or "up to" in before)  # "ought to" parsed as a verb
            # "we don't have to raise taxes", "you do not need to sign": released, not obliged
            obliged = obliged and not any(c.dep_ == "neg" for c in children_of(tok.head))
        if not obliged and "to" in aux and _time_for(tok, lexicon):
            obliged = True  # "it is time to end the blockade", "the time has come to lift the sanctions"
        if obliged and modal_perfect(tok) and (
                aux & {"must", "should"} or any(t.lower_ == "ought" for t in tok.doc[max(0, tok.i - 4) : tok.i])):
            # "Obama should have vetoed the bill", "the Senate ought to have rejected him", "Iran must
            # have known": a regret or an inference about the past, nothing asked of anyone ("needs
            # to have passed it by June" sets a deadline: still a demand)
            continue
        if obliged and asks_nothing(tok, lexicon):
            continue
        if obliged and not any(c.dep_ == "neg" for c in children_of(tok)):
            # "X must be resolved before talks can resume": a precondition, hence a red line
            before = any(c.dep_ == "advcl" and any(m.lower_ == "before" for m in children_of(c) if m.dep_ == "mark")
                         for c in children_of(tok)) or any(
                c.dep_ == "prep" and c.lower_ == "before" and prep_object(c) is not None
                and prep_object(c).lower_ in set(lexicon.forms.get("talk_nouns", ())) | lexicon.agreement_objects
                for c in children_of(tok))  # "before any talks", "must leave office before any cease-fire"
            firm = not aux & {"should"} and "ought to" not in " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i])
            part = _part_of_any(tok, lexicon) if firm else None
            if part is not None:
                # "a customs union must be part of any deal": the subject, a term of every deal
                cues.append(Cue(tok, "demand", "deontic", part, text="must be part of any", reporter=True,
                                red_line=True))
                continue
            if tok.lemma_ == "be" and not any(c.dep_ == "acomp" and c.lower_ in lexicon.state_nouns for c in children_of(tok)):
                # "we must be in deep trouble", "the focus should be on jobs", "you have to be right
                # on guns": the copula names no action asked of anyone (a predicate is read as one,
                # "the elections must be free and fair"; a state, "the island should be
                # independent", is demanded)
                continue
            cues.append(Cue(tok, "demand", "deontic", tok, text="must " + tok.lemma_, reporter=True,
                            red_line=before or (firm and any_settlement(tok, lexicon))))
    return cues


def asks_nothing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an infinitive under a word of obligation asks nothing of anyone (issue #11, stance
    precision): the necessity denied ("Obama does not have to pick a firebrand", "you don't need to
    sign today": no obligation, and no refusal either); the means someone has, the noun the verb of
    having stands for gapped in a relative clause ("the best chance we have had to save the
    planet", "the opportunity we have to discuss our differences", "all the tools we need to cut
    emissions": "have" possesses, it obliges no one); a question asked ("asked whether the
    committee should approach the failures differently", "wondered how the city should pay for
    it": [forms] `asking_verbs` above a clause that "whether", "if" or a question word opens)."""
    need = verb.head if verb.head.lemma_ in {"have", "need"} and verb.head.i != verb.i else None
    if need is not None and verb.dep_ in {"xcomp", "advcl", "ccomp"}:
        if any(c.dep_ == "neg" for c in children_of(need)):
            return True
        subject = first_child(need, "nsubj")
        held = first_child(need, "dobj")
        if need.dep_ == "relcl" and (held is None or held.lower_ in RELATIVE) and subject is not None \
                and subject.lower_ not in RELATIVE and need.head.pos_ in {"NOUN", "PROPN"}:
            return True
    asking = lexicon.forms.get("asking_verbs", ())
    for tok in (verb, *verb.ancestors):
        if any(c.i < tok.i and c.lower_ in QUESTION_WORDS and c.dep_ in {"mark", "advmod"} for c in children_of(tok)):
            return any(h.lemma_.lower() in asking for h in tok.ancestors)
    return False


def neglected_action(verb: Token, lexicon: Lexicon) -> Token | None:
    """The action someone is said to neglect: "(has) done (very) little / nothing to start talks",
    "has not done enough to end the strike", "(accused X of) failing to raise wages"
    (`neglect_verbs`, `neglect_amounts`, `neglect_negated_amounts` in stance.toml [forms]): the
    infinitive, or None. Not a failure of a thing ("the talks did little to narrow the gaps"): the
    one who neglects is a party (a name or a noun, not talks or an agreement)."""
    forms = lexicon.forms
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in children_of(verb))
    places = [verb]
    if lemma in forms.get("neglect_verbs", ()):
        # only when blamed for it (:func:`reading._blamed_failure`): a failure only reported ("the
        # two sides failed to narrow their differences", "if the government fails to meet the
        # demands") is no one's demand
        if negated or verb.dep_ != "pcomp":
            return None
    elif lemma == "do":
        amount = first_child(verb, "dobj")
        if amount is None or not (amount.lower_ in forms.get("neglect_amounts", ())
                                  or (negated and amount.lower_ in forms.get("neglect_negated_amounts", ()))):
            return None
        places.append(amount)
    else:
        return None
    action = next((c for p in places for c in children_of(p) if c.dep_ in {"xcomp", "advcl", "acl", "relcl"}
                   and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if action is None or any(c.dep_ in {"auxpass", "nsubj"} for c in children_of(action)):
        return None
    subject = first_child(verb, "nsubj")
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        subject = None  # "(accused X) of failing to": X, named by the blaming verb
    elif subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.lemma_.lower() in lexicon.agreement_objects \
            or subject.lemma_.lower() in forms.get("talk_nouns", ()) or subject.lower_ in forms.get("talk_nouns", ()) \
            or subject.lemma_.lower() in forms.get("agenda_subjects", ()):
        return None
    return action


def _time_stated(noun: Token, lexicon: Lexicon) -> bool:
    """A time noun stated as come: the attribute of an affirmative copula ("it is (high) time",
    "now is the time"; the subject of one with "now") or the subject of a verb of arrival ("the time has come")."""
    verb = noun.head
    stated = (noun.dep_ == "attr" and verb.lemma_ == "be") or (
        # "now is the time for a ceasefire", parsed with "the time" as the subject
        noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(c.lower_ == "now" for c in children_of(verb))) or (
        noun.dep_ == "nsubj" and verb.lemma_.lower() in lexicon.forms.get("time_verbs", ()))
    return stated and not any(c.dep_ == "neg" for c in children_of(verb)) and not any(
        c.dep_ == "det" and c.lower_ in {"no", "some", "a"} for c in children_of(noun))


def _time_for(verb: Token, lexicon: Lexicon) -> bool:
    """"(it is time) to end the blockade", "(the time has come) to lift the sanctions": an
    infinitive on a stated time noun (:func:`_time_stated`), or on the verb of its arrival."""
    head = verb.head
    if verb.dep_ in {"relcl", "acl"} and head.lower_ in lexicon.forms.get("time_nouns", ()):
        return _time_stated(head, lexicon)
    if verb.dep_ == "advcl" and head.lemma_ == "be":
        # "it is time (now) for others in the region to protect their own territory": the parser
        # hangs the "for" clause on the copula
        attr = first_child(head, "attr")
        return attr is not None and attr.lower_ in lexicon.forms.get("time_nouns", ()) and _time_stated(attr, lexicon)
    if verb.dep_ in {"advcl", "xcomp"} and head.lemma_.lower() in lexicon.forms.get("time_verbs", ()):
        subject = first_child(head, "nsubj")
        return subject is not None and subject.lower_ in lexicon.forms.get("time_nouns", ()) and _time_stated(subject, lexicon)
    return False


def agenda_cues(clause: Token, lexicon: Lexicon) -> list[Cue]:
    """What talks will be about, in someone's words: "the process will focus on the withdrawal of
    militias" (said by the UN envoy), "the next round will concentrate on security arrangements":
    whoever says so proposes the agenda (the reporter, as for an obligation). A future focus verb
    (`focus_verbs` in stance.toml [forms]) whose subject is talks or a meeting (`talk_nouns`,
    `agenda_subjects`); not negated, and not a report of what talks were about ("the talks focused
    on trade")."""
    subjects = set(lexicon.forms.get("talk_nouns", ())) | set(lexicon.forms.get("agenda_subjects", ()))
    cues = []
    for tok in clause.subtree:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.forms.get("focus_verbs", ()) or is_negated(tok, lexicon):
            continue
        if not {c.lower_ for c in children_of(tok) if c.dep_ == "aux"} & FUTURE:
            continue
        subject = first_child(tok, "nsubj", "nsubjpass")
        if subject is None or (subject.lemma_.lower() not in subjects and subject.lower_ not in subjects):
            continue
        cues.append(Cue(tok, "propose", "deontic", tok, text=f"will {tok.lemma_.lower()}", reporter=True))
    return cues


def _settlement_noun(noun: Token | None, lexicon: Lexicon) -> bool:
    """"any deal", "any future agreement", "any peace settlement", "any package": a settlement
    noun with "any" ([issue_nouns] reciprocal, [forms] any_settlement_nouns)."""
    return noun is not None and (noun.lemma_.lower() in lexicon.reciprocal_issues
                                 or noun.lemma_.lower() in lexicon.forms.get("any_settlement_nouns", ())) and any(
        c.dep_ == "det" and c.lower_ == "any" for c in children_of(noun))


def any_settlement(verb: Token, lexicon: Lexicon) -> bool:
    """An obligation laid on any settlement: "any deal must include a full withdrawal", "any
    agreement will have to respect Ukraine's borders" (the subject of the verb, or of the "have"
    it serves): a term without which there is no deal, a red line of whoever says so."""
    subject = first_child(verb, "nsubj", "nsubjpass")
    if subject is None and verb.dep_ == "xcomp":
        subject = first_child(verb.head, "nsubj", "nsubjpass")
    return _settlement_noun(subject, lexicon)


def _part_of_any(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of "X must be part of any deal" ("X has to be included in any agreement"),
    the term demanded."""
    subject = first_child(verb, "nsubj", "nsubjpass")
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.lower_ in PERSONAL_PRONOUNS:
        return None
    place = first_child(verb, "attr") if verb.lemma_ == "be" else verb
    if place is None or (place is not verb and place.lemma_.lower() not in lexicon.forms.get("list_heads", ())):
        return None
    if place is verb and verb.lemma_.lower() not in lexicon.forms.get("inclusion_verbs", ()) + ("include",):
        return None
    for prep in children_of(place):
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in"} and _settlement_noun(prep_object(prep), lexicon):
            return subject
    return None


def position_cues(tok: Token, lexicon: Lexicon) -> list[Cue]:
    """"Congo's position is that the rebels must lay down their arms", "the union's view was that
    the offer must be improved": the owner of a position noun holds the obligations of its
    "that" clause."""
    if tok.lemma_ != "be":
        return []
    subject = first_child(tok, "nsubj")
    if subject is None or subject.lemma_.lower() not in lexicon.forms.get("position_nouns", ()):
        return []
    owner = next((c for c in children_of(subject) if c.dep_ == "poss"), None)
    clause = next((c for c in children_of(tok) if c.dep_ in {"ccomp", "attr"} and c.pos_ in {"VERB", "AUX"}), None)
    if owner is None or clause is None:
        return []
    # "Dublin's bottom line is that there can be no hard border": a thing denied existence in
    # the clause is the owner's red line, as "there will be no X" is its reporter's
    denied = [t for t in children_of(clause) if t.dep_ in {"attr", "nsubj"} and existential_negation(t, lexicon)]
    barred = _barred_in_line(subject, clause)
    return [Cue(t, "oppose", "existential", t, holder=owner, red_line=True, text=f"no {t.text}") for t in denied] \
        + [c._replace(holder=owner, reporter=False) for c in deontic_cues(clause, lexicon)] \
        + ([Cue(clause, "oppose", "deontic", clause, holder=owner, red_line=True,
                text=f"must never {clause.lemma_.lower()}")] if barred else [])


def _barred_in_line(subject: Token, clause: Token) -> bool:
    """Whether a red line or bottom line stated as a clause bars its action: "Israel's bottom line
    is that Iran must never get a nuclear weapon", "Ankara's red line is that the militias cannot
    hold the border" (a modal of obligation or ability, negated, in a clause introduced by
    "that"). A plain position ("Israel's position is that ...") sets no line, and a clause of
    fact ("... is that Iran never got one") bars nothing."""
    if not (is_bottom_line(subject) or is_red_line_noun(subject)):
        return False
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or is_passive(clause):
        return False
    kids = children_of(clause)
    modal = any(c.dep_ == "aux" and c.lower_ in BARRING_MODALS for c in kids)
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in kids)
    return modal and negated and first_child(clause, "nsubj") is not None


def need_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"there is a need for the government to present a new offer", "stressed the need for a
    ceasefire", "spoke of the need to raise wages", "we see no need for sanctions": who states a
    need demands what it is for (opposes it with "no need"); who concedes it ("acknowledged the
    need for reparations": [forms] conceding_verbs) supports it. The holder is the subject of the verb
    that states the need, or whoever reports an existential "there is a need"; a need of someone
    ("the needs of the refugees") states none."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.forms.get("need_nouns", ()):
        return None
    obj = _needed(tok)
    if obj is None:
        return None
    polarity = "oppose" if any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)) else "demand"
    text = f"no {tok.text}" if polarity == "oppose" else tok.text
    first = first_conjunct(tok)  # "acknowledged the pain of the victims and the need for reparations"
    head = first.head
    if first.dep_ in {"attr", "nsubj"} and head.lemma_ == "be" and any(c.dep_ == "expl" for c in children_of(head)):
        return Cue(tok, polarity, "need", obj, text=f"there is {text}", reporter=True)
    verb = head.head if first.dep_ == "pobj" and head.lower_ in {"of", "to", "on"} else head
    # "acknowledged the pain suffered by the victims and the need for reparations": the parser may
    # make the first object a clause ("the pain suffered") and the need its conjunct
    misparsed = first.dep_ == "ccomp" and first.i != tok.i and first_child(first, "nsubj", "nsubjpass") is not None
    if (first.dep_ in {"dobj", "pobj"} or misparsed) and verb.lemma_.lower() in lexicon.forms.get("need_verbs", ()):
        return Cue(tok, polarity, "need", obj, holder=first_child(verb, "nsubj"), text=f"{verb.text} {text}")
    if (first.dep_ == "dobj" or misparsed) and verb.lemma_.lower() in lexicon.forms.get("conceding_verbs", ()):
        # "FARC has acknowledged the need for reparations": a need conceded, what it is for accepted
        return Cue(tok, "support" if polarity == "demand" else polarity, "need", obj, holder=first_child(verb, "nsubj"),
                   text=f"{verb.text} {text}")
    return None


def _needed(noun: Token) -> Token | None:
    """What a need is for: "for X" (the action of "for the government to present"), "to V", or,
    for one need, "of X" ("the necessity of dialogue")."""
    for child in children_of(noun):
        if child.dep_ in {"acl", "relcl", "advcl"} and is_infinitive(child):
            return child  # "a need to V", "a need for X to V" (parsed with "for" as a marker)
        if child.dep_ == "prep" and (child.lower_ == "for" or (child.lower_ == "of" and noun.tag_ == "NN")):
            pobj = prep_object(child)
            if pobj is None:
                continue
            action = next((c for c in children_of(pobj) if c.dep_ in {"acl", "relcl"} and is_infinitive(c)), None)
            return action if action is not None else pobj
    return None


def membership_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"France would not be party to the deal", "Hungary will never be part of the migration
    pact", "would remain a signatory to the treaty": being a party to an agreement or talks under
    a modal ([forms] party_nouns after a copula, with "to", "of" or "in"; [agreement_verbs]
    objects) is the subject's support of it, which a negation makes a refusal ("would not be
    party to any deal that harmed its farmers": a red line, as "could not support any deal that
    ..."). Without a modal it is a fact ("Brazil is part of a pact"); "part of the problem" or "a
    party to the conflict" is none (no agreement)."""
    if tok.lemma_ not in {"be", "become", "remain"}:
        return None
    attr = first_child(tok, "attr")
    if attr is None or attr.lemma_.lower() not in lexicon.forms.get("party_nouns", ()):
        return None
    # (the parser may hang "to the deal" from the copula, right after the noun)
    prep = next((c for c in [*children_of(attr), *children_of(tok)] if c.dep_ == "prep" and c.lower_ in {"to", "of", "in"}
                 and (c.head.i == attr.i or c.i == attr.right_edge.i + 1)), None)
    thing = prep_object(prep)
    if thing is None or thing.lemma_.lower() not in lexicon.agreement_objects:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in children_of(tok)):
        # "Brazil is part of a pact with Mercosur", "Hungary was not a party to the talks": a fact,
        # no position; a modal states one ("will never be part of", "would remain a party to")
        return None
    return Cue(tok, "support", "membership", thing, text=f"{tok.text} {attr.text} {prep.text}")


def goal_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Our most urgent task is to de-escalate the situation", "Turkey's goal is a safe zone",
    "its priority was a wage increase": the owner of a goal supports what the goal is (the
    speaker for "our", whoever reports it for "the goal is ...")."""
    if tok.lemma_ not in {"be", "remain"}:
        return None
    subject = first_child(tok, "nsubj")
    if subject is not None and subject.lemma_.lower() not in lexicon.forms.get("goal_nouns", ()):
        return _goal_named_after(tok, subject, lexicon)
    if subject is None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(subject)) or any(c.dep_ == "neg" for c in children_of(tok)):
        return None  # "the aim of the talks", "the priority is not ...": no owner's goal stated
    goal = next((c for c in children_of(tok) if c.dep_ in {"xcomp", "advcl", "ccomp"} and is_infinitive(c)), None) or next(
        (c for c in children_of(tok) if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)
    if goal is not None and goal.i + 1 < len(goal.doc) and goal.doc[goal.i + 1].text == "-" \
            and goal.lower_ not in VERB_PREFIXES:
        return None  # a word split at its hyphen that is no verb prefix names no action ("de-escalate" does)
    if goal is None:
        return None
    owner = first_child(subject, "poss")
    return Cue(tok, "support", "goal", goal, holder=owner, reporter=owner is None, text=f"{subject.text} is")


def _goal_named_after(copula: Token, subject: Token, lexicon: Lexicon) -> Cue | None:
    """"A ceasefire is our priority", "the release of the hostages remains the top priority for
    Washington": a goal noun after the copula makes its subject (a measure, talks, an agreement)
    its owner's goal (a possessive names the owner; else whoever reports it). Not
    negated ("is not a priority"), not a goal of something ("the aim of the talks")."""
    goal = first_child(copula, "attr")
    if goal is None or goal.lemma_.lower() not in lexicon.forms.get("goal_nouns", ()) \
            or any(c.dep_ == "neg" for c in children_of(copula)) or not _is_means(subject, lexicon):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(goal)):
        return None
    owner = first_child(goal, "poss")  # "a priority for Washington", said by Kerry: Kerry's
    return Cue(copula, "support", "goal", subject, holder=owner, reporter=owner is None, text=f"is {goal.text}")


def priority_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Christie made revitalizing the city a priority", "Cruz has made protecting religious
    liberty the centerpiece of his campaign", "Merkel made the pipeline her top priority": what
    the subject of "make" sets up as its priority ([forms] priority_nouns) it supports. The parser
    hangs the goal noun on "make" (an object complement), on the thing (an apposition) or on a
    gerund (its second object). Not negated, and not the centrepiece of a speech or a debate (a
    topic: [normalise] utterances)."""
    if tok.lemma_.lower() != "make" or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in children_of(tok)):
        return None
    nouns = lexicon.forms.get("priority_nouns", ())
    goal = thing = None
    objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
    for c in children_of(tok):
        if (c.dep_ in {"ccomp", "oprd", "xcomp"} or c.dep_ == "dobj" and first_child(c, "nsubj") is not None) \
                and c.lemma_.lower() in nouns:
            # "made the pipeline her priority"; "made it a priority to end the war": the infinitive
            goal, thing = c, first_child(c, "nsubj") or first_child(tok, "dobj")
            if thing is not None and thing.lower_ == "it":
                thing = next((a for a in children_of(c) if a.dep_ in {"advcl", "xcomp", "acl"} and is_infinitive(a)), None)
        elif c.dep_ == "dobj" and c.lemma_.lower() in nouns and objects[0] is not c:
            goal, thing = c, objects[0]  # "made peace the cornerstone of her policy": two objects
        elif c.dep_ == "dobj":
            goal = next((a for a in children_of(c) if a.dep_ == "appos" and a.lemma_.lower() in nouns), None)
            thing = c
        elif c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and first_child(c, "dative") is None:
            # "made protecting religious liberty a centerpiece" (not with the gerund's own object
            # taken for a dative: the goal would be read as what is protected)
            goal = next((o for o in children_of(c) if o.dep_ == "dobj" and o.lemma_.lower() in nouns), None)
            thing = c
        if goal is not None:
            break
    if goal is None or thing is None or thing is goal:
        return None
    of = prep_object(next((c for c in children_of(goal) if c.dep_ == "prep" and c.lower_ == "of"), None))
    if of is not None and of.lemma_.lower() in lexicon.utterances | {"speech", "debate"}:
        return None  # "made the move a centrepiece of his speeches": what he talks about
    return Cue(tok, "support", "goal", thing, text=f"{tok.text} {goal.text}")


def stand_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Germany is against the proposal", "France is in favour of the plan", "the senators voted
    in favour of the bill": a preposition of position on a copula (or a verb of taking sides)
    states its subject's stance on the preposition's object. A person or pronoun as the object
    ("the vote went against him") or a subject that is no actor states none (read by the holder)."""
    if tok.dep_ != "prep" or tok.pos_ != "ADP":
        return None
    head = tok.head
    if head.dep_ == "acomp" and head.lemma_.lower() in lexicon.forms.get("stand_firm", ()) and head.head.i != head.i:
        head = head.head  # "stood firm against the plan", "remained steadfast against any amnesty"
    if not (head.lemma_.lower() in COPULAS or head.lemma_.lower() in lexicon.forms.get("stand_verbs", ())):
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "up" for c in children_of(head)) or tok.i < head.i:
        return None  # "is up against rising prices": a difficulty, not a position
    if any(t.is_punct for t in tok.doc[head.i + 1 : tok.i]) or any(
            c.dep_ in {"xcomp", "acomp", "attr", "ccomp"} and not c.is_ancestor(tok) for c in children_of(head)):
        return None  # "his term was to end in August, in favour of his successor": an adjunct
    for key, polarity in (("stand_for", "support"), ("stand_against", "oppose")):
        for phrase in lexicon.forms.get(key, ()):
            obj = _phrase_object(tok, phrase.split())
            if obj is None:
                continue
            if obj.lower_ in PERSONAL_PRONOUNS or obj.pos_ == "PRON" or obj.ent_type_ in {"PERSON", "CARDINAL"}:
                return None
            subject = first_child(head, "nsubj", "nsubjpass")
            if subject is None:
                return None
            return Cue(tok, polarity, "adjective", obj, holder=subject, text=f"{head.text} {phrase}")
    return None


def _phrase_object(prep: Token, words: list[str]) -> Token | None:
    """The object of a prepositional phrase read along the parse: "against X" -> X; "in favour
    of X" -> "in", its noun "favour", the "of" after it, X."""
    if prep.lower_ != words[0]:
        return None
    node = prep
    for k, word in enumerate(words[1:], start=1):
        if k % 2 == 1:
            node = prep_object(node)
        else:
            after = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
            node = next((c for c in children_of(node) if c.dep_ == "prep" and c.lower_ == word), None) or (
                # "are in favour of extending": the parser may hang "of" on the verb
                after if after is not None and after.dep_ == "prep" and after.lower_ == word else None)
        if node is None or (k % 2 == 1 and node.lower_ != word):
            return None
    return prep_object(node)


def nearness_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Washington and Beijing are close to a trade deal", "we're getting very close to making a
    deal": parties near an agreement support it (`nearness` in stance.toml; the object an
    agreement noun, or a gerund of reaching one). Not negated ("are not close to a deal")."""
    if tok.pos_ not in {"ADJ", "ADV"} or tok.lower_ not in lexicon.forms.get("nearness", ()) \
            or tok.dep_ not in {"acomp", "advmod", "oprd"}:
        return None
    prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = prep_object(prep)
    if obj is not None and obj.tag_ == "VBG" and (obj.lemma_.lower() in lexicon.agreement_verbs
                                                  or obj.lemma_.lower() in {"make", "sign", "get"}):
        obj = first_child(obj, "dobj")  # "close to making / reaching a deal"
    if obj is None or obj.lemma_.lower() not in lexicon.agreement_objects:
        return None
    verb = tok.head
    if is_negated(verb, lexicon) or is_negated(tok, lexicon):
        return None
    subject = first_child(verb, "nsubj")
    if subject is None:
        return None
    return Cue(tok, "support", "near", obj, holder=subject, text=f"{tok.text} to")


def progress_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The two sides made progress towards a ceasefire", "progress has been made on a deal", said
    by X, "there has been headway toward an agreement": progress towards an agreement supports it
    (`progress_nouns`, `progress_preps`, `progress_verbs` in stance.toml [forms]; the object an
    agreement noun, or a gerund of reaching one). Who makes the progress holds it; progress made
    in the passive or in "there has been" is whoever reports it. Not negated ("no progress has
    been made", "did not make progress"), nor progress "in" something ("progress in the search")."""
    forms = lexicon.forms
    if tok.pos_ != "NOUN" or tok.lower_ not in forms.get("progress_nouns", ()):
        return None
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() in forms.get("progress_verbs", ()):
        holder, reporter = first_child(verb, "nsubj"), False
        if holder is None:
            return None
    elif (tok.dep_ == "nsubjpass" and verb.lemma_.lower() in forms.get("progress_verbs", ())) \
            or (tok.dep_ == "attr" and verb.lemma_ == "be" and first_child(verb, "expl") is not None):
        holder, reporter = None, True
    else:
        return None
    if any(c.dep_ == "det" and c.lower_ in {"no", "little"} or c.dep_ == "amod" and c.lower_ in {"little", "scant"}
           for c in children_of(tok)) or is_negated(verb, lexicon):
        return None
    preps = forms.get("progress_preps", ())
    prep = next((c for p in (tok, verb) for c in children_of(p) if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = prep_object(prep)
    if obj is not None and obj.tag_ == "VBG" and (obj.lemma_.lower() in lexicon.agreement_verbs
                                                  or obj.lemma_.lower() in {"make", "sign", "get"}):
        obj = first_child(obj, "dobj")  # "progress towards reaching a deal"
    if obj is None or obj.lemma_.lower() not in lexicon.agreement_objects \
            or obj.lemma_.lower() in forms.get("talk_nouns", ()):
        return None
    return Cue(tok, "support", "near", obj, holder=holder, reporter=reporter, text=f"{tok.text} {prep.text}")


def shortfall_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The offer falls short of our demands", "the proposal does not meet our expectations", "the
    plan does not go far enough", "lifting the sanctions makes no sense" ([forms] sense_idioms),
    said by X: X opposes the measure (the subject: a measure, talks
    or an agreement); "the deal meets our demands" supports it (`measuring_verbs`,
    `wanted_measures` in stance.toml [forms]). Whoever reports it holds it."""
    forms = lexicon.forms
    lemma = tok.lemma_.lower()
    subject = first_child(tok, "nsubj", "csubj")  # ("lifting the sanctions makes sense": a gerund)
    if subject is None or not _is_means(subject, lexicon):
        return None
    negated = is_negated(tok, lexicon)
    idioms = entry_pairs(forms.get("sense_idioms", ()))
    sense = _idiom_object(tok, idioms[lemma]) if lemma in idioms else None  # "makes (little) sense"
    if lemma == "fall" and any(c.lower_ == "short" for c in children_of(tok)):
        polarity, text = ("support" if negated else "oppose"), "fell short"
    elif lemma == "go" and negated and any(c.lower_ == "far" for c in children_of(tok)) and any(
            e.lower_ == "enough" for c in (tok, *children_of(tok)) for e in children_of(c)):
        polarity, text = "oppose", "does not go far enough"
    elif sense is not None:
        denied = negated or any(c.dep_ in {"det", "amod"} and c.lower_ in {"no", "little"} for c in children_of(sense))
        polarity, text = ("oppose" if denied else "support"), f"{tok.text} {sense.text}"
    elif lemma in forms.get("measuring_verbs", ()):
        wanted = first_child(tok, "dobj")
        if wanted is None or wanted.lower_ not in forms.get("wanted_measures", ()):
            return None
        polarity, text = ("oppose" if negated else "support"), f"{tok.text} {wanted.text}"
    else:
        return None
    # the polarity is final: the negation is read here ("does not meet" opposes)
    return Cue(tok, polarity, "evaluation", subject, reporter=True, text=text)


def _idiom_object(verb: Token, noun: str) -> Token | None:
    """The object noun of an idiom, alone or after a quantity: "makes sense", "makes a lot of
    sense", "makes little sense"."""
    obj = first_child(verb, "dobj")
    if obj is not None and obj.lower_ != noun:
        obj = prep_object(next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"), None))
    return obj if obj is not None and obj.lower_ == noun else None


def sole_means_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"the crisis can only be resolved through negotiations", "it is only possible to end the war
    through dialogue", "dialogue is the only way to end the conflict", "the only path to peace is
    through talks", "there is no alternative to the Minsk agreements": whoever says so supports
    the one means (`sole_means`, `sole_words`, `sole_means_preps`, `no_alternative` in stance.toml
    [forms]). The means must be a measure, talks or an agreement, or an action ("is to negotiate"):
    "the only way to get there is by car", "can only be resolved by Congress" state none; nor does
    a negated copula ("force is not the only way"). "The only path to peace is a two-state
    solution" is a red-line demand (:func:`forms.only_way`), not read here."""
    forms = lexicon.forms
    means = None
    if tok.pos_ == "ADP" and tok.dep_ in {"prep", "agent"} and tok.lower_ in forms.get("sole_means_preps", ()):
        if _only_before(tok, lexicon):
            means = prep_object(tok)
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in forms.get("no_alternative", ()):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(tok)):
            means = prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"), None))
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in forms.get("sole_means", ()) \
            and any(c.dep_ in {"amod", "nummod", "advmod"} and c.lower_ in forms.get("sole_words", ()) for c in children_of(tok)):
        # "is the only way forward" may be parsed with "way" under "forward"
        copula = tok.head.head if tok.dep_ == "npadvmod" and tok.head.dep_ == "advmod" else tok.head
        if copula.lemma_ not in COPULAS or any(c.dep_ == "neg" for c in children_of(copula)):
            return None
        if tok.dep_ in {"attr", "npadvmod"}:  # "dialogue is the only way to end the conflict"
            means = first_child(copula, "nsubj", "csubj")
        elif tok.dep_ == "nsubj":  # "the only way to peace is through talks / is to negotiate"
            if first_child(copula, "attr") is not None and only_way(tok, lexicon):
                return None  # "the only way to peace is a two-state solution": a red-line demand (stated_precondition)
            means = first_child(copula, "attr") or prep_object(next(
                (c for c in children_of(copula) if c.dep_ == "prep" and c.lower_ in forms.get("sole_means_preps", ())), None)) \
                or next((c for c in children_of(copula) if c.dep_ in {"xcomp", "ccomp", "advcl"} and is_infinitive(c)), None)
    if means is None or not _is_means(means, lexicon):
        return None
    return Cue(tok, "support", "sole_means", means, text=f"only {tok.text}" if tok.pos_ == "ADP" else tok.text, reporter=True)


def _only_before(prep: Token, lexicon: Lexicon) -> bool:
    """"only" (``sole_adverbs``) on the preposition ("resolved only through"), on its verb before
    it ("can only be resolved through"), or on the adjective of "it is only possible to V
    through"; never negated."""
    only = lexicon.forms.get("sole_adverbs", ())
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb, lexicon):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in only for c in children_of(prep)):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in only and c.i < prep.i for c in children_of(verb)):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ in COPULAS and not is_negated(verb.head, lexicon):
        adjective = first_child(verb.head, "acomp")
        return adjective is not None and any(c.dep_ == "advmod" and c.lower_ in only for c in children_of(adjective))
    return False


def _is_means(means: Token, lexicon: Lexicon) -> bool:
    """A means someone can hold a position on: a measure, talks, an agreement or a proposal (not an
    actor, a pronoun or a vehicle), or an action that names one ("to negotiate", "signing the
    accord")."""
    if means.pos_ in {"VERB", "AUX"}:
        lemma = means.lemma_.lower()
        return lemma in lexicon.stance_verbs or lemma in lexicon.nominalisations or lemma in lexicon.commitment_verbs
    if means.pos_ not in {"NOUN", "PROPN"} or means.ent_type_ in ENTITY_TYPES:
        return False
    low = means.lemma_.lower()
    return is_measure(means, lexicon) or low in lexicon.forms.get("talk_nouns", ()) \
        or low in lexicon.agreement_objects or means.lower_ in lexicon.forms.get("talk_nouns", ()) \
        or low in lexicon.generic_heads


def reliance_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The EU counts on Serbia to implement the agreement", "Kyiv is looking to its allies to
    supply air defence", "we trust Egypt to enforce the truce": relying on a party for an action
    demands the action, and so does pressing a party to act ("France is pushing Iran to return to
    the deal") (`reliance_verbs`, `pressing_verbs` in stance.toml [forms]: the verb and the
    preposition of the party). The party must be one (a named state, organisation, group or person, or a
    pronoun: not "the Nile"), and the action an infinitive after it; negated, none is stated."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    preps = entry_pairs(lexicon.forms.get("reliance_verbs", ()), lexicon.forms.get("pressing_verbs", ()))
    if lemma not in preps or is_negated(tok, lexicon):
        return None
    action = None
    if preps[lemma]:
        party = prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == preps[lemma]), None))
    else:
        party = first_child(tok, "dobj")
        if party is None:
            # "implored Congress to approve the aid", parsed as a clause whose subject is the party
            action = next((c for c in children_of(tok) if c.dep_ == "ccomp" and is_infinitive(c)), None)
            party = first_child(action, "nsubj") if action is not None else None
    if party is None or not (party.pos_ == "PRON" or (party.pos_ == "PROPN" and party.ent_type_ in ENTITY_TYPES)
                             or party.lower_ in lexicon.forms.get("collective", ())):
        return None
    action = action or next((c for n in (tok, party) for c in children_of(n)
                             if c.dep_ in {"xcomp", "advcl", "acl", "relcl", "ccomp"} and c.i > party.i
                             and is_infinitive(c)), None)
    if action is None:
        return None
    text = f"{tok.text} {preps[lemma]} {party.text} to".replace("  ", " ")
    if is_negated(action, lexicon):
        # "pressured Trump not to commute the sentence": the action is opposed (read here, not
        # through, which would turn the demand to "consider")
        return Cue(tok, "oppose", "measure", action, text=f"{text} not")
    inner = find_cue(action, lexicon)
    if inner is not None and inner.obj is not None and inner.kind in {"verb", "phrasal"} \
            and inner.polarity in {"support", "oppose"}:
        # "counted on Germany to back the reform" demands the reform; "lobbied Washington to block
        # the resolution" opposes the resolution
        polarity = "demand" if inner.polarity == "support" else "oppose"
        return Cue(tok, polarity, "measure", inner.obj, text=f"{text} {inner.token.text}")
    return Cue(tok, "demand", "measure", action, text=text)


def content_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Hamas said it was satisfied with the deal", "Trump would be fine with a long shutdown"
    support it; "the unions are unhappy with the offer" opposes it (`content_adjectives`,
    `discontent_adjectives`, `content_preps` in stance.toml [forms]). The word is the predicate of
    a copula (an adjective, "content" read as a noun, "was disappointed" read as a passive) and
    the preposition hangs from it or from the copula. Only on a measure, talks or an agreement
    ("pleased with the result" states none), never with an infinitive ("happy to be here");
    negated, the polarity turns as any adjective's does."""
    low = tok.lower_
    forms = lexicon.forms
    polarity = "support" if low in forms.get("content_adjectives", ()) else \
        "oppose" if low in forms.get("discontent_adjectives", ()) else None
    if polarity is None:
        return None
    if tok.dep_ in {"acomp", "attr", "oprd"} and tok.head.lemma_ in COPULAS:
        places = [tok, tok.head]
    elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(tok)):
        places = [tok]  # "was disappointed with", parsed as a passive
    else:
        return None
    # "was disappointed by the decision": the parser makes the "by" phrase a passive's agent
    prep = next((c for p in places for c in children_of(p) if c.dep_ in {"prep", "agent"} and c.i > tok.i
                 and c.lower_ in forms.get("content_preps", ())), None)
    subject = first_child(places[-1], "nsubj", "nsubjpass")
    if prep is None and subject is not None:
        return _content_if(tok, places, polarity, subject, lexicon)
    obj = prep_object(prep)
    # a deed noun ("pleased by the move") is a means when it stands for the act just reported
    if obj is None or obj.pos_ in {"VERB", "AUX"} or not (_is_means(obj, lexicon) or obj.lower_ in lexicon.deed_nouns):
        return None
    if subject is None:
        return None
    return Cue(tok, polarity, "adjective", obj, holder=subject, text=f"{tok.text} {prep.text}")


def _content_if(tok: Token, places: list[Token], polarity: str, subject: Token, lexicon: Lexicon) -> Cue | None:
    """"Trump said he would be okay if the shutdown went on for years", "Egypt would be happy if the
    truce held": a content adjective under "would" with an "if" clause wishes the clause's outcome
    (:func:`wished_outcome`: a thing lasting or failing); "would be unhappy if the truce collapsed"
    wishes the opposite. Only the hypothetical "would" ("is happy if" states a habit) and only an
    outcome of a thing, not a party's act ("would be happy if Iran agreed")."""
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in children_of(places[-1])):
        return None
    clause = next((c for p in places for c in children_of(p) if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(c))), None)
    thing = first_child(clause, "nsubj") if clause is not None else None
    if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ in ENTITY_TYPES or is_negated(clause, lexicon):
        return None
    outcome = wished_outcome(clause, thing, lexicon)
    if outcome is None:
        return None
    wished, issue = outcome
    if polarity == "oppose":  # "would be unhappy if the truce collapsed": the truce supported
        wished = "oppose" if wished == "support" else "support"
    return Cue(tok, wished, "adjective", issue, holder=subject, text=f"{tok.text} if {clause.text}")


def preparation_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Israel has taken steps to ease the blockade", "the government made arrangements to send aid
    by sea", "Turkey is taking steps towards normalization": whoever takes or makes preparations
    supports the action prepared (`preparation_nouns`, `preparation_verbs`, `preparation_preps` in
    stance.toml [forms]), read through a stance verb ("took steps to accept the plan"). The parser
    may hang the infinitive on the noun, on the verb, or make the noun the subject of a clause
    ("made arrangements to send" as "made [arrangements send]"). None when negated ("has not
    taken any steps"), nor for steps only discussed ("discussed the required steps for X"); an
    action prepared "not to" be done is opposed ("making arrangements not to give assistance")."""
    forms = lexicon.forms
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in forms.get("preparation_verbs", ()) or is_negated(tok, lexicon):
        return None
    nouns = forms.get("preparation_nouns", ())
    noun = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    action = None
    if noun is None:
        # "made arrangements to send aid", parsed as a clause whose subject is the noun
        clause = next((c for c in children_of(tok) if c.dep_ in {"ccomp", "xcomp"} and is_infinitive(c)), None)
        subject = first_child(clause, "nsubj") if clause is not None else None
        if subject is None or subject.lemma_.lower() not in nouns:
            return None
        noun, action = subject, clause
    if action is None:
        action = next((c for c in children_of(noun) if c.dep_ in {"acl", "relcl"} and is_infinitive(c)), None) or next(
            (c for c in children_of(tok) if c.dep_ in {"xcomp", "advcl"} and c.i > noun.i and is_infinitive(c)), None) or \
            prep_object(next((c for c in children_of(noun) if c.dep_ == "prep"
                              and c.lower_ in forms.get("preparation_preps", ())), None))
    if action is None or action.pos_ == "PRON" or action.ent_type_ in ENTITY_TYPES:
        return None  # "steps towards those taking a step towards us": no action named
    inner = find_cue(action, lexicon) if action.pos_ == "VERB" else None
    text = f"{tok.text} {noun.text}"
    refused = action.pos_ == "VERB" and is_negated(action, lexicon)
    if inner is not None and inner.obj is not None and inner.kind in {"verb", "phrasal"}:
        # "took steps to accept the plan"; "made arrangements not to accept it" opposes it
        polarity = lexicon.negation.get(inner.polarity, inner.polarity) if refused else inner.polarity
        return Cue(tok, polarity, "measure", inner.obj, text=f"{text} to {inner.token.text}")
    # "made arrangements not to give assistance": the action prepared against
    return Cue(tok, "oppose" if refused else "support", "measure", action, text=text)


def wish_lemma(tok: Token, lexicon: Lexicon) -> str | None:
    """The verb of `wishing_verbs` that ``tok`` is, else None: "like" and "love" only after
    "would"; the small model's lemmatizer makes "hopes" "hop", so inflected forms are tried too;
    "hopeful" after a copula is "hope"."""
    if tok.pos_ == "ADJ":
        # "Kerry is hopeful the ceasefire will hold": the adjective of hoping ([forms] wishing_adjectives)
        return "hope" if tok.dep_ == "acomp" and tok.lower_ in lexicon.forms.get("wishing_adjectives", ()) else None
    if tok.pos_ != "VERB":
        return None
    wishes = entry_pairs(lexicon.forms.get("wishing_verbs", ()))
    low = tok.lower_
    # the loose guesses but the last (the bare stem less "-ing"), as this reading has always had them
    lemma = next((f for f in (tok.lemma_.lower(), low, *lemma_guesses(low)[:3]) if f in wishes), None)
    if lemma in {"like", "love"} and not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in children_of(tok)):
        return None
    return lemma


def wish_to_see_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Russia would like to see sanctions lifted", "we hope to see a ceasefire soon", "Washington
    wants to see the talks resume": the wish is on what is to be seen, its object or the clause
    after it (`wishing_verbs`, `seeing_verbs` in stance.toml [forms]); "like" and "love" only as
    "would like" ("I like to see my family" is none). Negation turns it as any verb's."""
    lemma = wish_lemma(tok, lexicon)
    if lemma is None:
        return None
    wishes = entry_pairs(lexicon.forms.get("wishing_verbs", ()))
    seeing = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.forms.get("seeing_verbs", ())
                   and is_infinitive(c)), None)
    if seeing is None:
        return None
    seen = next((c for c in children_of(seeing) if c.dep_ in {"ccomp", "xcomp"} and first_child(c, "nsubj", "nsubjpass") is not None),
                None) or first_child(seeing, "dobj")
    if seen is None or seen.pos_ == "PRON" or seen.ent_type_ in ENTITY_TYPES:
        return None  # "want to see him", "would like to see Kyiv ...": no issue named
    if any(c.lower_ in QUESTION_WORDS for c in seen.subtree if c.i <= seen.i) or any(
            c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in children_of(seeing)):
        return None  # "want to see what happens", "wanted to see which country": curiosity, no wish
    return Cue(tok, wishes[lemma], "verb", seen, text=f"{tok.text} to {seeing.text}")


def hoped_outcome_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Egypt hopes the truce will hold", "Washington wants the talks to succeed": a wish that a
    thing succeed supports it; that it fail ("hopes the talks will collapse") opposes it; that a
    collective action end ("hopes the strike will end soon") supports its end. The thing is the
    clause's subject, a common noun (not "hopes Hamas will agree", not "hopes it will rain");
    the verbs are [forms] succeeding_verbs, failing_verbs and ending_verbs."""
    lemma = wish_lemma(tok, lexicon)
    if lemma is None:
        return None
    clause = next((c for c in children_of(tok) if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}), None)
    thing = first_child(clause, "nsubj") if clause is not None else None
    if clause is None:
        # "Japan would like the negotiations to resume", parsed as an object with an infinitive
        thing = first_child(tok, "dobj")
        clause = next((c for c in children_of(thing) if c.dep_ in {"acl", "relcl"} and is_infinitive(c)), None) \
            if thing is not None else None
    if clause is None or thing is None or thing.pos_ != "NOUN" or thing.ent_type_ in ENTITY_TYPES:
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in children_of(clause)) or is_negated(clause, lexicon):
        return None  # "wants to know whether the truce will hold", "hopes the truce will not collapse"
    outcome = wished_outcome(clause, thing, lexicon)
    return Cue(tok, outcome[0], "verb", outcome[1], text=f"{tok.text} {clause.text}") if outcome is not None else None


def wished_outcome(clause: Token, thing: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    """(polarity, issue) of a wished outcome, the clause with ``thing`` as its subject: the thing
    succeeding or lasting supports it ("the truce will hold", "the strike went on": [forms]
    succeeding_verbs, with a particle too), failing opposes it ([forms] failing_verbs), a collective
    action ending supports its end ([forms] ending_verbs with protest_actions); None otherwise."""
    verb = clause.lemma_.lower()
    particle = first_child(clause, "prt")
    forms = lexicon.forms
    if verb in forms.get("succeeding_verbs", ()) or (
            particle is not None and f"{verb} {particle.lower_}" in forms.get("succeeding_verbs", ())):
        return "support", thing
    if verb in forms.get("failing_verbs", ()):
        return "oppose", thing
    if verb in forms.get("ending_verbs", ()) and thing.lower_ in forms.get("protest_actions", ()):
        return "support", clause
    return None


def stated_demand_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Hamas's main demand is a permanent ceasefire", "the top demand of the strikers is a pay
    rise", "one of Iran's demands is the lifting of sanctions", "among the union's demands is a
    housing allowance": a demand named as the subject of a copula (or after "among") is its owner's
    demand of what the copula names (the owner a possessive or an "of" names; for "its", "their",
    whoever reports it). The firm ones ("its non-negotiable demand is X") are red lines, read first."""
    if tok.lemma_ not in {"be", "remain"} or any(c.dep_ == "neg" for c in children_of(tok)):
        return None
    nouns = lexicon.forms.get("stated_demand_nouns", ())
    subject = first_child(tok, "nsubj")
    thing = first_child(tok, "attr")
    noun = subject
    if subject is not None and subject.lower_ in {"one", "some", "another"}:
        noun = prep_object(next((c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"), None))
    among = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is not None and prep_object(among) is not None:
        noun, thing = prep_object(among), subject or thing  # "Among the union's demands is a housing allowance"
    if noun is None or thing is None or noun.lemma_.lower() not in nouns or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    owner = first_child(noun, "poss")
    if owner is None:
        owner = prep_object(next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None))
    if owner is not None and owner.pos_ == "PRON" and owner.lower_ not in {"its", "their", "his", "her"}:
        owner = None  # "our main demand is ...": the speaker's, whoever reports it
    return Cue(tok, "demand", "goal", thing, holder=owner, reporter=owner is None, text=f"{noun.text} is")


def agent_noun_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Germany has been a strong supporter of the deal", "Hungary is the main opponent of the
    plan", "Poland, a vocal critic of the pipeline, said ...": a noun of a side on an issue
    ([forms] agent_nouns) after a copula is its subject's stance on the "of" thing, set off after
    a party the party's. A person or pronoun after "of" ("a critic of the president") is no issue;
    a plural noun of many ("supporters of the deal") names no party of the clause."""
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS":
        return None
    polarity = entry_pairs(lexicon.forms.get("agent_nouns", ())).get(tok.lemma_.lower())
    if polarity is None:
        return None
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = prep_object(of) if of is not None else None
    if thing is None or thing.pos_ == "PRON" or thing.ent_type_ in {"PERSON", "NORP"} \
            or names_a_party(thing, lexicon) or thing.lemma_.lower() in lexicon.title_heads:
        return None  # "a critic of the president / of the government": a party, no issue
    holder = _described_party(tok)
    if holder is None:
        return None
    return Cue(tok, polarity, "adjective", thing, holder=holder, text=tok.text)


def _described_party(noun: Token) -> Token | None:
    """The party a noun describes: the subject of the copula it completes ("Germany has been a
    strong supporter"), or the party it is set off after ("Poland, a vocal critic of X"; also as
    the second of two descriptions: "Russell, a Maine legislator and Sanders supporter")."""
    noun = first_conjunct(noun)
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        holder = first_child(noun.head, "nsubj")
    elif noun.dep_ == "appos":
        holder = noun.head
    else:
        holder = _self_described(noun)
        if holder is None:
            return None
    if holder is None or holder.lower_ in INANIMATE_PRONOUNS or holder.lower_ in RELATIVE:
        return None
    return holder


def _self_described(noun: Token) -> Token | None:
    """The subject of a verb that describes it through a reflexive pronoun, the noun being the
    description: "counts himself as a Trump supporter", "describes herself as a Sanders backer",
    "counts himself a Trump supporter", "considers herself a supporter of Sanders"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if verb.pos_ != "VERB":
        return None
    itself = first_child(noun, "nsubj") if noun.dep_ in {"ccomp", "xcomp", "oprd"} else None  # "considers [herself a supporter]"
    if itself is None and noun.dep_ in {"pobj", "dobj", "oprd"}:
        # "counts himself as a supporter", "calls himself a supporter" (the pronoun the verb's object)
        itself = next((c for c in children_of(verb) if c.dep_ in {"dobj", "dative"} and c.i < noun.i), None)
    if itself is None or itself.lower_ not in REFLEXIVE_PRONOUNS:
        return None
    return first_child(verb, "nsubj")


def backer_noun_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Neera Tanden, a Clinton supporter, ...", "Zogby, a Sanders superdelegate", "Turner, a
    surrogate for Sanders", "the secretary, a longtime supporter of Clinton", "Ryan is a Trump
    backer": a noun of backing a person ([forms] candidacy_nouns) with the person's name before
    it, or after "of" or "for", supports the person's candidacy (issues.candidacy), as its party's
    stance (set off after it or after a copula). Not a plural ("Clinton supporters" are no party
    named) nor a thing ("a supporter of the deal": agent_noun_cue)."""
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS" or tok.lemma_.lower() not in lexicon.forms.get("candidacy_nouns", ()):
        return None
    # (a name: the issue reader keeps only a person, by the parser's tag or the actor table:
    # "a Sanders supporter" when the parser tags "Sanders" as no person)
    person = next((c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if person is None:
        person = prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None))
    if person is not None and person.lemma_.lower() in lexicon.forms.get("candidacy_runs", ()):
        # "a surrogate for Clinton's campaign", "a supporter of the Sanders campaign": the person running
        person = next((c for c in children_of(person) if c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN"), None)
    if person is None or person.pos_ != "PROPN":
        return None
    holder = _described_party(tok)
    if holder is None:
        return None
    return Cue(tok, "support", "adjective", person, holder=holder, text=tok.text)



def conferred_approval(verb: Token, lexicon: Lexicon) -> Token | None:
    """The receiver of a noun of approval that a verb of giving hands over, written before the
    noun ("gave the plan its blessing", "gave Clinton the nod", "granted the merger the
    go-ahead": [forms] conferring_verbs, approval_nouns), or None. A pronoun receiver names no
    thing ("gave it the green light"); "gave its blessing to the plan" is a phrasal entry."""
    if verb.lemma_.lower() not in lexicon.forms.get("conferring_verbs", ()):
        return None
    receiver = first_child(verb, "dative")
    # (the parser may hang "the go-ahead" on the verb as an adverb)
    noun = first_child(verb, "dobj") or next((c for c in children_of(verb) if c.dep_ in {"advmod", "npadvmod"}
                                               and c.pos_ == "NOUN"), None)
    if receiver is None or noun is None or receiver.i > noun.i or receiver.pos_ == "PRON":
        return None
    approvals = lexicon.forms.get("approval_nouns", ())
    # the noun with its modifiers ("the green light"; "go-ahead" split by the tokenizer)
    words = re.sub(r"\s*-\s*", "-", " ".join(t.lower_ for t in noun.subtree
                                              if t.i <= noun.i and t.dep_ not in {"det", "poss"}))
    if noun.lemma_.lower() in approvals or any(words.endswith(a) for a in approvals if " " in a or "-" in a):
        return receiver
    return None


def conferred_approval_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The union gave the deal its backing", "the cabinet gave the plan the green light", "two
    unions gave Clinton the nod": approval handed to a thing supports it (to a person, their
    candidacy: see issues.candidacy); negation turns it as any verb's ("did not give the plan
    its blessing")."""
    receiver = conferred_approval(tok, lexicon) if tok.pos_ == "VERB" else None
    if receiver is None:
        return None
    return Cue(tok, "support", "verb", receiver, text=f"{tok.text} {receiver.text}")


def received_position_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The plan drew criticism from Spain", "the proposal won the backing of France", "the bill
    has the support of Germany", "the offer was met with scepticism by the union": a position
    noun ([forms] received_nouns, with its polarity) that a thing receives ([forms] received_verbs)
    is the stance of whom it comes from ("from", "of" or the passive's "by") on the thing, the
    verb's subject. A party as the subject ("Germany has the support of France") or a pronoun is
    no issue; a source that is no party is read as no holder."""
    if tok.pos_ != "NOUN":
        return None
    polarity = entry_pairs(lexicon.forms.get("received_nouns", ())).get(tok.lemma_.lower())
    if polarity is None:
        return None
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
        verb = tok.head.head  # "met with opposition from Italy"
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lexicon.forms.get("received_verbs", ()):
        return None
    source = None
    for head, words in ((tok, {"from", "of", "by"}), (verb, {"from", "by"})):
        prep = next((c for c in children_of(head) if c.dep_ in {"prep", "agent"} and c.lower_ in words), None)
        source = prep_object(prep) if prep is not None else None
        if source is not None:
            break
    if source is None or not (source.ent_type_ in ENTITY_TYPES or names_a_party(source, lexicon)):
        return None
    thing = first_child(verb, "nsubj", "nsubjpass")
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"} or thing.ent_type_ in ENTITY_TYPES \
            or names_a_party(thing, lexicon) or thing.lemma_.lower() in lexicon.title_heads:
        return None  # "Germany has the support of France", "the minister drew criticism": no issue named
    return Cue(tok, polarity, "adjective", thing, holder=source, text=f"{verb.text} {tok.text}")
