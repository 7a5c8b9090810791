"""Lexical stance cues: a verb, phrasal verb, predicative adjective or noun of
``models/lexicons/stance.toml`` at a token, with its polarity and where its object (the issue) is."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from itertools import islice

from spacy.tokens import Token

from ...grammar import (INANIMATE_PRONOUNS, INDICATIVE_AUXILIARIES, NOUN_OBJECT_PREPS, REFLEXIVE_PRONOUNS, RELATIVE,
                        THIRD_PARTY_POSSESSIVES, TIME_ADVERBS, VERB_OBJECT_PREPS)
from ...lexicon import Lexicon, derived, entry_pairs
from ..syntax import (children_of, first_child, is_infinitive, is_passive, lemma_guesses, misread_clause, passive_subject,
                      prep_object)
from .context import Cue
from .forms import modal_negation, surrender_particle
















# the phrasal verbs of a lexicon by their verb: (the lexicon's table, its size, the index)
_PHRASAL_BY_VERB: dict[int, tuple[dict, int, dict[str, list[tuple[tuple[str, ...], str]]]]] = {}


def _phrasal_by_verb(phrasal: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """``phrasal``'s entries grouped by their first word, in table order: a verb reads its own few
    entries instead of scanning the hundred of the table (every verb and participle asks)."""
    found = _PHRASAL_BY_VERB.get(id(phrasal))
    if found is None or found[0] is not phrasal or found[1] != len(phrasal):
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, polarity in phrasal.items():
            index.setdefault(words[0], []).append((words, polarity))
        if len(_PHRASAL_BY_VERB) > 16:
            _PHRASAL_BY_VERB.clear()
        found = _PHRASAL_BY_VERB[id(phrasal)] = (phrasal, len(phrasal), index)
    return found[2]


def phrasal_verb(tok: Token, lexicon: Lexicon) -> str:
    """The first word of the phrasal entries of ``lexicon`` that ``tok`` opens (see
    :func:`_phrasal_verb`)."""
    return _phrasal_verb(tok, _phrasal_by_verb(lexicon.stance_phrasal))


def _phrasal_verb(tok: Token, by_verb: dict) -> str:
    """The first word of the phrasal entries ``tok`` opens: its lemma, else (the small model's
    lemmatizer makes "hoping", "hopes" and "hoped" "hop") the first of its inflected form
    stripped of "-s", "-ed", "-ing" that opens some, for a verb only."""
    lemma = tok.lemma_.lower()
    if lemma in by_verb or tok.pos_ != "VERB":
        return lemma
    return next((f for f in lemma_guesses(tok.lower_) if f in by_verb), lemma)


def phrasal_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    by_verb = _phrasal_by_verb(lexicon.stance_phrasal)
    lemma = _phrasal_verb(tok, by_verb)
    best: Cue | None = None
    for words, polarity in by_verb.get(lemma, ()):
        anchors = [tok]
        matched: list[Token] = []
        for word in words[1:]:
            found = None
            for anchor in anchors:
                found = next((c for c in children_of(anchor) if c.lower_ == word and c.i > tok.i
                              and (c.dep_ in {"prt", "prep", "advmod", "dative", "agent"}
                                   or (c.dep_ == "dobj" and c.pos_ == "NOUN"))), None)
                if found is not None:
                    break
            if found is None:
                break
            matched.append(found)
            anchors.append(found)
        if len(matched) != len(words) - 1:
            continue
        last = matched[-1]
        dobj = first_child(tok, "dobj")
        # "asked the unions for more time", "petitioned parliament for a pay rise": the object is
        # whom the demand is put to, the demand is what "for" names
        # (not a name after "for": "the District Court for the Southern District")
        named = prep_object(last)
        addressed = lemma in lexicon.forms.get("addressee_verbs", ()) and last.lower_ == "for" and named is not None \
            and not (named.pos_ == "PROPN" and named.ent_type_)
        if last.dep_ in {"prep", "agent"} and dobj is not None and dobj.i < last.i and not addressed \
                and dobj not in matched and dobj.lower_ not in REFLEXIVE_PRONOUNS and (
                lemma not in {"withdraw", "pull"} or dobj.lemma_.lower() in lexicon.forms.get("moved_forces", ())):
            # "called Nevada for Biden" is not "called for", "signed a deal on Friday" not "signed
            # on", "withdrew its troops from the regions" not "withdrew from" them
            continue
        # ("gave the green light to the deal": the "to" of a dative names the thing too)
        obj = prep_object(last) if last.dep_ in {"prep", "agent", "dative"} else object_of(tok, lexicon)
        if obj is None and (is_passive(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
            # "the offer was turned down by the union", "the deal, turned down by parliament":
            # what the phrase takes is the passive's subject (its agent holds the stance)
            obj = passive_subject(tok) or (tok.head if tok.dep_ == "acl" else None)
        if obj is None and last.dep_ in {"prep", "agent"}:
            continue
        if last.dep_ == "prep" and obj.ent_type_ in {"DATE", "TIME"} and obj.pos_ == "PROPN":
            continue  # "called on Wednesday for X to V", "agreed on Monday to V": a day, not "call on" or "agree on"
            # ("called for a day of action", "for a shorter working week" are calls for them)
        if obj is not None and obj.pos_ in {"PROPN", "PRON", "NOUN"}:
            # "called on Israel to allow aid", "count on Turkey to act", "call on any other country to join"
            action = next((c for n in (tok, obj) for c in children_of(n) if c.dep_ in {"xcomp", "acl", "relcl", "ccomp"}
                           and is_infinitive(c)), None) or next(
                (c for c in obj.subtree if c.i > obj.i and c.dep_ == "xcomp" and is_infinitive(c)), None) or next(
                # "call on GAM, the Aceh separatist movement, to terminate the conflict"
                (c for a in children_of(obj) if a.dep_ == "appos" for c in children_of(a)
                 if c.dep_ in {"acl", "relcl", "xcomp"} and is_infinitive(c)), None)
            if action is not None and not (action.dep_ in {"relcl", "acl"} and action.head.i == obj.i and obj.pos_ == "NOUN"
                                           and any(c.dep_ == "auxpass" for c in children_of(action))):
                obj = action  # (not "called for the safe zone to be set up": the zone is what is called for)
        if _own_position_given_up(obj, lexicon):
            continue  # "backed away from its demand for a raise": the position given up, nothing said of the raise
        if " ".join(words) in lexicon.forms.get("undoing_verbs", ()) and not _undone(obj, lexicon):
            continue  # "struck down the ban", not "struck down the assertion": a measure undone, as "overturned"
        cue = Cue(tok, polarity, "phrasal", obj, text=" ".join(t.text for t in [tok, *matched]))
        if best is None or len(words) > len(best.text.split()):
            best = cue
    if best is None:
        best = _answer_cue(tok, lexicon) or _for_clause_cue(tok, lexicon) or _committed_action(tok, lexicon)
    return best


def _committed_action(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"committed to send more troops", "..., committing to send more troops": a verb of
    promising that is no stance verb of its own ([forms] commissive_verbs, "commit") with the
    action in an infinitive rather than after a preposition ("commit to a ceasefire", read as
    [phrasal]) supports the action; "committed a crime" commits to nothing."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon.stance_verbs or lemma not in lexicon.forms.get("commissive_verbs", ()):
        return None
    # (the parser may make the infinitive an adverbial clause; right after the verb it is still
    # the action committed to, where "committed troops to secure the border" is a purpose)
    action = next((c for c in children_of(tok) if c.pos_ in {"VERB", "AUX"} and is_infinitive(c) and (
        c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.i == tok.i + 2))), None)
    return Cue(tok, "support", "phrasal", action, text=f"{tok.text} to") if action is not None else None


def _answer_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The union said no to the pay offer", "Britain said yes to the deal", "voters said no to
    the constitution": an answer given to a thing. The verb and the preposition of what is
    answered are [forms] answering_verbs ("verb:prep"), the answers and their polarity [forms]
    answers ("word:polarity"); the answer word stands between them, on the verb or on the
    preposition (where the parser hangs it). Only a common noun is answered ("said no to
    reporters' questions" is answered by nothing here: "questions" names no issue)."""
    preps = entry_pairs(lexicon.forms.get("answering_verbs", ()))
    prep_word = preps.get(tok.lemma_.lower())
    if prep_word is None:
        return None
    prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == prep_word and c.i > tok.i), None)
    obj = prep_object(prep) if prep is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return None
    answers = entry_pairs(lexicon.forms.get("answers", ()))
    word = next((c for n in (tok, prep) for c in children_of(n) if c.lower_ in answers and tok.i < c.i < prep.i), None)
    if word is None:
        return None
    return Cue(tok, answers[word.lower_], "phrasal", obj, text=f"{tok.text} {word.text} {prep.text}")


def _for_clause_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"The UN called for Israel to withdraw from Gaza", "pushed for the talks to resume": the
    parser makes "for" the marker of a clause with its own subject; the clause is what is called
    for (a phrasal "V for" of the table)."""
    # a demand only: "voted for Pelosi to serve as Speaker" is a vote, not a call (decided on the
    # lemma before the clause is looked for: most verbs make no demand with "for")
    if lexicon.stance_phrasal.get((tok.lemma_.lower(), "for")) != "demand":
        return None
    clause = next((c for c in children_of(tok) if c.dep_ in {"advcl", "ccomp"} and c.i > tok.i and is_infinitive(c)
                   and any(m.dep_ == "mark" and m.lower_ == "for" and m.i > tok.i and _only_when_between(tok, m)
                           for m in children_of(c))), None)
    if clause is None:
        return None
    return Cue(tok, "demand", "phrasal", clause, text=f"{tok.text} for")


def _only_when_between(verb: Token, mark: Token) -> bool:
    """Whether nothing but a time stands between a verb and the "for" of its clause: "called
    Wednesday for Ginsburg to resign", "called on Monday for the talks to resume", "called again
    for X to V" (a few words at most; "called the UN for ..." is no call for the clause; a manner,
    "pressed privately for X to V", is left as before)."""
    between = verb.doc[verb.i + 1 : mark.i]
    return len(between) <= 4 and all(
        t.ent_type_ in {"DATE", "TIME"} or t.lower_ in TIME_ADVERBS
        or (t.dep_ == "prep" and t.head == verb and t.i + 1 < mark.i and t.nbor().ent_type_ in {"DATE", "TIME"})
        for t in between)


def _manner_idiom(obj: Token, lexicon: Lexicon) -> bool:
    """Whether an object's words, spaces around hyphens closed up, are a manner idiom the parser
    takes for an object ([forms] manner_idioms: "point-blank", "point - blank"). The text is put
    together only for an object whose first word opens an idiom (its text starts with that word:
    the hyphens' spaces lie after it), not for every verb's object."""
    idioms = lexicon.forms.get("manner_idioms", ())
    first = obj.left_edge.lower_
    if not any(idiom.startswith(first) for idiom in idioms):
        return False
    return re.sub(r"\s*-\s*", "-", obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text.lower()) in idioms


def object_of(tok: Token, lexicon: Lexicon) -> Token | None:
    """Where a verb's issue is: an embedded action for object-control verbs ("urged both sides
    to return"), else the direct object, else an infinitive, else a prepositional object."""
    dobj = first_child(tok, "dobj")
    if dobj is not None and _manner_idiom(dobj, lexicon):
        dobj = None  # "refused point-blank to talk": the manner, no object
    if dobj is not None and dobj.lower_ in RELATIVE and tok.dep_ == "relcl" and tok.head.dep_ in {"dobj", "nsubj", "attr", "appos"} \
            and not tok.head.ent_type_:
        dobj = tok.head  # "offered a raise, which the union rejected" (not "help in the election, which he denied")
    if dobj is None and tok.dep_ == "relcl" and tok.head.dep_ == "attr" \
            and tok.head.lemma_.lower() in lexicon.forms.get("placeholder_nouns", ()) \
            and any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(tok)):
        # "a pay freeze is something we will never accept": what the copula's subject is (a
        # refusal only: "bonuses are the last thing she wants to hear about" wants nothing)
        dobj = first_child(tok.head.head, "nsubj") or dobj
    named = what_is_called(tok) if dobj is None or dobj.lower_ == "what" else None
    if named is not None:
        return named  # "accepted what is called the Geneva communique"
    if tok.lemma_.lower() in lexicon.subjunctive_only_verbs and dobj is None:
        clause = first_child(tok, "ccomp", "xcomp")
        if clause is not None and clause.dep_ == "xcomp" and is_infinitive(clause) and first_child(clause, "nsubj") is None:
            return clause  # "the United States proposed to hold another round": the action proposed
        if clause is not None and clause.dep_ == "xcomp" and clause.tag_ == "VBG" and first_child(clause, "nsubj") is None:
            return clause  # "Iran proposed holding talks in Geneva": the gerund is the action proposed
        if clause is None or not (clause.tag_ == "VB" and first_child(clause, "nsubj") is not None
                                  or any(c.lower_ == "should" or (c.dep_ == "auxpass" and c.lower_ == "be")
                                         for c in children_of(clause))):
            return None  # "analysts suggest that X may stem from Y" is speech, not a proposal
    xcomp = next((c for c in children_of(tok) if c.dep_ in {"xcomp", "ccomp"} and is_infinitive(c)), None)
    if xcomp is None and dobj is not None and tok.lemma_.lower() in lexicon.control_verbs:
        # "petitioned the government to release the report": the parser may hang the action on
        # the verb as an adverbial clause; right after the object, with no comma or marker, it is
        # the action asked for
        xcomp = next((c for c in children_of(tok) if c.dep_ == "advcl" and is_infinitive(c) and c.i > dobj.i
                      and not any(m.dep_ == "mark" for m in children_of(c))
                      and not any(t.is_punct for t in tok.doc[dobj.right_edge.i + 1 : c.left_edge.i])), None)
    if xcomp is None and dobj is not None:
        xcomp = next((c for c in children_of(dobj) if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    if dobj is not None and xcomp is not None and (dobj.pos_ in {"PROPN", "PRON"} or dobj.ent_type_ or
                                                    tok.lemma_.lower() in lexicon.control_verbs):
        return xcomp
    if dobj is not None and tok.lemma_.lower() in lexicon.control_verbs:
        # "invited the rebels to talks": the talks, not the party invited
        talks = next((prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"
                      and prep_object(c) is not None and (prep_object(c).lower_ in lexicon.forms.get("talk_nouns", ())
                                                          or prep_object(c).lower_ in lexicon.agreement_objects)), None)
        if talks is not None:
            return talks
    if dobj is not None:
        return dobj
    for child in children_of(tok):
        if child.dep_ == "xcomp" and (child.pos_ in {"VERB", "AUX"} or is_infinitive(child)):
            return child
    subject = first_child(tok, "nsubj")
    consequence = (subject is not None and subject.lower_ in INANIMATE_PRONOUNS - {"it"}) or any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in children_of(tok))
    if tok.lemma_.lower() in lexicon.control_verbs and not consequence:
        # "will not allow Iran to acquire nuclear weapons", parsed as a clause with its own subject
        # (not "the truce would only allow Ukraine to regroup": a consequence, not a position)
        # ("will not let Hamas rebuild its tunnels": a bare infinitive after "let")
        bare = tok.lemma_.lower() in lexicon.forms.get("refused_only_verbs", ())
        clause = next((c for c in children_of(tok) if c.dep_ == "ccomp" and (is_infinitive(c) or bare and c.tag_ == "VB")
                       and first_child(c, "nsubj") is not None), None)
        if clause is not None:
            return clause
    for child in children_of(tok):
        if child.dep_ == "prep" and child.lower_ in VERB_OBJECT_PREPS:
            pobj = prep_object(child)
            if pobj is not None:
                return pobj
    gerund = _gerund_object(tok)
    if gerund is not None:
        return gerund  # "ruled out returning to negotiations", parsed as an adverbial clause
    clause = first_child(tok, "ccomp")
    promised = clause is not None and tok.lemma_.lower() in lexicon.forms.get("commissive_verbs", ())
    agreed = clause is not None and not promised and tok.lemma_.lower() in lexicon.forms.get("agreed_clause_verbs", ())
    if (promised or agreed) and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "shall"}
                                    for c in children_of(clause)) \
            and not (agreed and any(c.dep_ == "neg" for c in children_of(clause))):
        # "Wen promised China would promote direct links": the promised action; "Iran and Oman
        # agreed that talks would resume in March", "agreed that the embargo would be lifted":
        # what is agreed on is the action of the clause (not a negated one: "agreed that Iran
        # would never accept it" states another party's refusal; "should" is read as the
        # reporter's obligation)
        return clause
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in children_of(clause)):
        clause = None  # "asked if they wanted to end the strike": a question, not a demand
    subjunctive = clause is not None and (clause.tag_ == "VB" or any(
        c.lower_ == "should" or (c.dep_ == "auxpass" and c.lower_ == "be") for c in children_of(clause)))
    if clause is not None and (tok.lemma_.lower() in lexicon.subjunctive_verbs or
                               (tok.lemma_.lower() in lexicon.subjunctive_only_verbs and subjunctive)):
        # "demanded that the United States lift the sanctions": the action demanded (its object
        # alone would demand the sanctions); a light verb's object ("insists that the budget
        # include funding for the wall", "that the government hold elections") is read by the label
        return clause
    return None


def _gerund_object(tok: Token) -> Token | None:
    """A gerund right after the verb (and its particle) with no subject, marker or comma before
    it: the verb's object ("ruled out returning", "rejected holding talks"), not "..., saying"."""
    for child in children_of(tok):
        if child.dep_ not in {"advcl", "ccomp", "xcomp"} or child.tag_ != "VBG" or child.i <= tok.i:
            continue
        between = tok.doc[tok.i + 1 : child.i]
        if any(t.is_punct or t.dep_ not in {"prt", "advmod", "neg"} for t in between):
            continue
        if any(c.dep_ in {"mark", "nsubj"} for c in children_of(child)):
            continue
        return child
    return None


def what_is_called(verb: Token) -> Token | None:
    """"accepted what is called X", "begin what it called X": the thing named X."""
    for clause in children_of(verb):
        if clause.dep_ in {"ccomp", "dobj"} and clause.lemma_.lower() in {"call", "term", "dub", "describe"} \
                and any(c.lower_ == "what" for c in children_of(clause)):
            return first_child(clause, "oprd", "attr", "xcomp")
    return None


def is_measure(noun: Token, lexicon: Lexicon) -> bool:
    low = noun.lower_
    if low in lexicon.measure_nouns or re.search(r"(tion|sion|ment|al|ure|ance|ence)s?$", low):
        return True
    return any(low.startswith(k) for words in lexicon.taxonomy.values() for k in words if " " not in k)


def _named_thing(noun: Token, lexicon: Lexicon, form_keys: tuple[str, ...], extra: tuple[Container[str], ...] = (),
                 *, surface: bool = False) -> bool:
    """Whether ``noun``'s lemma is an agreement ([agreement_verbs] objects), in one of the [forms]
    lists ``form_keys`` or in one of the sets ``extra``; with ``surface``, its own form may be in
    the [forms] lists too ("talks" where the lemma is "talk")."""
    lemma = noun.lemma_.lower()
    words = (lemma, noun.lower_) if surface else (lemma,)
    return lemma in lexicon.agreement_objects or any(lemma in known for known in extra) or any(
        w in lexicon.forms.get(key, ()) for key in form_keys for w in words)


def _contested(obj: Token | None, lexicon: Lexicon) -> bool:
    """What a verb of contesting ([forms] contesting_verbs: "fight") opposes: a measure, a
    proposal or a deal ("vowed to fight the pension reform", "is fighting the plan"), not a
    contest it takes part in ([forms] contests: "fought the war", "will fight the election")."""
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in lexicon.forms.get("contests", ()):
        return False
    return is_measure(obj, lexicon) or _named_thing(obj, lexicon, ("document_nouns", "contested_things"),
                                                    (lexicon.stance_nouns,))


def _undone(obj: Token | None, lexicon: Lexicon) -> bool:
    """What a verb of undoing ([forms] undoing_verbs: "overturn", "strike down") opposes: a noun
    that names a measure, a law, a decision or a deal ("overturned the ban", "struck down the
    law"), not any noun in "-tion" as :func:`_contested` takes ("struck down the assertion")."""
    if obj is None or obj.pos_ != "NOUN":
        return False
    return _named_thing(obj, lexicon, ("document_nouns", "contested_things"), (lexicon.measure_nouns,))


def _criticised_thing(noun: Token | None, lexicon: Lexicon) -> bool:
    """Whether a noun is a thing a verb of attacking ([forms] criticising_verbs) criticises, or
    one of promoting (commending_verbs) promotes: a
    document or a decision ([forms] document_nouns, summary_nouns, criticised_nouns) or an
    agreement ([agreement_verbs] objects)."""
    return noun is not None and _named_thing(noun, lexicon, ("document_nouns", "summary_nouns", "criticised_nouns"),
                                             surface=True)


def _process_target(noun: Token, lexicon: Lexicon) -> bool:
    """Talks, an agreement, or one's part in them ("its participation in the talks")."""
    talks = lexicon.forms.get("talk_nouns", ())
    low = noun.lemma_.lower()
    if low in talks or noun.lower_ in talks or low in lexicon.agreement_objects:
        return True
    inner = next((prep_object(c) for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in {"in", "of"}), None)
    return low in lexicon.forms.get("part_nouns", ()) and inner is not None and (
        inner.lemma_.lower() in talks or inner.lower_ in talks or inner.lemma_.lower() in lexicon.agreement_objects)


def summed_act(noun: Token | None, lexicon: Lexicon) -> Token | None:
    """The verb of the clause a noun set off after it sums up: "Israel closed the crossing, a move
    condemned by Hamas" (the parser hangs "move" on the verb or on one of its nouns), "allowed
    states to combine the groups, a practice criticized by X" ([forms] summary_nouns)."""
    if noun is None or noun.lemma_.lower() not in lexicon.forms.get("summary_nouns", ()) \
            or noun.dep_ not in {"npadvmod", "appos", "dobj"} or noun.left_edge.i == 0 \
            or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    if noun.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < noun.i for c in children_of(noun.head)):
        return None  # a second object after the first: "combined the groups, a practice ..."
    node = noun.head
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"}:
            return node if node.i < noun.i else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _agreed_by(tok: Token) -> Token | None:
    """The agreement a participle with an agent modifies: "the deal reached by Iran and Russia",
    "the truce negotiated by Turkey" (the agent's, as "Iran reached a deal" is Iran's). Without an
    agent ("the deal reached last week") the participle names nobody's act."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i and first_child(tok, "agent") is not None:
        return tok.head
    return None


def _relative_antecedent(tok: Token, subj: Token | None, fits: Callable[[Token], bool]) -> Token | None:
    """A passive subject, or the noun a relative pronoun subject stands for: "a naval coalition,
    which was later joined by Australia" (the coalition); when the parser hangs the clause on
    a later noun ("a coalition to patrol the Gulf which was joined by X": on "Gulf"), the nearest
    noun above it that ``fits`` the verb."""
    if subj is None or subj.lower_ not in RELATIVE or tok.dep_ != "relcl":
        return subj
    for noun in (tok.head, *islice(tok.head.ancestors, 3)):
        if noun.pos_ == "NOUN" and fits(noun):
            return noun
    return tok.head if tok.head.pos_ == "NOUN" else subj


def _joined_undertaking(lemma: str, obj: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of joining ([forms] joining_verbs) takes a common noun of a joint undertaking
    ([forms] joined_undertakings): "Germany joined the coalition against the Islamic State", "the
    campaign was joined by Canada" support it (a named body joined, "joined the European Union",
    is a membership, not read here; "joined the company" none)."""
    return lemma in lexicon.forms.get("joining_verbs", ()) and obj.pos_ == "NOUN" \
        and obj.lemma_.lower() in lexicon.forms.get("joined_undertakings", ())


def _unit_of_talks(obj: Token | None, lexicon: Lexicon) -> Token | None:
    """The talks or agreement a span or round of them names: "three days of talks", "a second
    round of negotiations" ([forms] time_spans and talk_units, with "of")."""
    if obj is None or obj.lower_ not in {*lexicon.forms.get("time_spans", ()), *lexicon.forms.get("talk_units", ())}:
        return None
    inner = prep_object(next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"), None))
    return inner if inner is not None and inner.lemma_.lower() in lexicon.agreement_objects else None


def _stative_passive(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"Berlin is opposed to the deal", "Kyiv is committed to the plan", parsed as a passive with
    no agent: the adjective's stance on what "to" names, held by the subject (before any phrasal
    reading: "commit to" would make the subject the thing committed)."""
    if tok.lower_ not in lexicon.stance_adjectives or not is_passive(tok) or first_child(tok, "agent") is not None:
        return None
    stative = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"
                    and prep_object(c) is not None), None)
    subject = first_child(tok, "nsubjpass")
    if stative is None or subject is None:
        return None
    return Cue(tok, lexicon.stance_adjectives[tok.lower_], "adjective", prep_object(stative), holder=subject)


def _verb_cue_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words at which :func:`find_cue`'s reading of a verb may find a cue (made once per
    lexicon): (the lemmas of its lists: the first words of phrasal entries, the answering verbs,
    measures, agreement, criticising, authoring, decision and stance verbs; the stance adjectives a stative
    passive's form is; the first words of phrasal entries, which a verb's inflected form may
    give, see :func:`_phrasal_verb`). A verb with none of them is no cue: each reading of the
    verb path tests one of these words first."""
    by_verb = _phrasal_by_verb(lexicon.stance_phrasal)
    forms = lexicon.forms
    lemmas = frozenset(by_verb) | frozenset(entry_pairs(forms.get("answering_verbs", ()))) | frozenset(lexicon.measures) \
        | frozenset(lexicon.agreement_verbs) | frozenset(forms.get("authoring_verbs", ())) \
        | frozenset(forms.get("criticising_verbs", ())) | frozenset(forms.get("commending_verbs", ())) \
        | frozenset(forms.get("levying_verbs", ())) | frozenset(forms.get("heralding_verbs", ())) \
        | frozenset(forms.get("decision_verbs", ())) | frozenset(forms.get("striving_verbs", ())) \
        | frozenset(lexicon.stance_verbs) \
        | frozenset(forms.get("commissive_verbs", ())) \
        | frozenset(forms.get("refused_only_verbs", ()))  # (_committed_action: "undertook to withdraw"; "will not let")
    return lemmas, frozenset(lexicon.stance_adjectives), frozenset(by_verb)


def _may_be_verb_cue(tok: Token, lemma: str, pos: str, lexicon: Lexicon) -> bool:
    """Whether the verb reading of :func:`find_cue` may find a cue at ``tok`` by its words
    (:func:`_verb_cue_words`): nine verbs in ten are passed over without a reading."""
    lemmas, statives, phrasal_verbs = derived(lexicon, _verb_cue_words)  # every list the verb path reads
    if lemma in lemmas:
        return True
    low = tok.lower_
    if low in statives:
        return True
    # (_phrasal_verb: a verb's inflected form stripped of "-s", "-ed", "-ing")
    return pos == "VERB" and (low[:-1] in phrasal_verbs or low[:-2] in phrasal_verbs
                              or low[:-3] + "e" in phrasal_verbs or low[:-3] in phrasal_verbs)


def find_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """The lexical stance cue at ``tok``, if any, with its polarity and where its object is."""
    lemma = tok.lemma_.lower()
    pos = tok.pos_
    if pos in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        if not _may_be_verb_cue(tok, lemma, pos, lexicon):
            return None
        stative = _stative_passive(tok, lexicon)
        if stative is not None:
            return stative
        phrasal = phrasal_cue(tok, lexicon)
        if phrasal:
            return phrasal
        target = first_child(tok, "dobj")
        if lemma in lexicon.measures and not is_passive(tok) and tok.dep_ != "amod" and target is not None:
            if lemma in lexicon.forms.get("boycotting_verbs", ()) and _process_target(target, lexicon):
                # "boycotted the talks", "boycotted its part in the talks": a boycott of a process
                # is a stand against it, not a measure on it ("suspended the treaty" stays a
                # suspension, supported: the gold reads it so)
                return Cue(tok, "oppose", "verb", target)
            return Cue(tok, "support", "measure", tok)  # "Germany banned Mahan Air": a ban on Mahan Air
        if lemma in lexicon.agreement_verbs and lemma not in lexicon.stance_verbs:
            def agreed(noun: Token) -> bool:
                return noun.lemma_.lower() in lexicon.agreement_objects or _joined_undertaking(lemma, noun, lexicon)
            obj = first_child(tok, "dobj") or _relative_antecedent(tok, first_child(tok, "nsubjpass"), agreed) \
                or _agreed_by(tok)
            obj = _unit_of_talks(obj, lexicon) or obj  # "concluded three days of talks": the talks
            if obj is not None and agreed(obj):
                if is_passive(tok):
                    return Cue(tok, "support", "verb", obj)
                return Cue(tok, "propose" if lemma in {"broker"} else "support", "verb", obj)
            return None
        for key, polarity in (("criticising_verbs", "oppose"), ("commending_verbs", "support")):
            if lemma in lexicon.forms.get(key, ()) and lemma not in lexicon.stance_verbs:
                # "Erdogan attacked the proclamation", "the plan was attacked by the unions",
                # "promoted the trade deals": a stance only on a measure, a document or an
                # agreement ("rebels attacked the base", "promoted the film" are none)
                attacked = _patient(tok, target)
                return Cue(tok, polarity, "verb", attacked) if _criticised_thing(attacked, lexicon) else None
        if lemma in lexicon.forms.get("heralding_verbs", ()):
            # "heralded the deal as a breakthrough" welcomes the deal ("heralds a new era" foretells it)
            heralded = _patient(tok, target)
            return Cue(tok, "support", "verb", heralded) if heralded is not None and any(
                c.dep_ == "prep" and c.lower_ == "as" for c in children_of(tok)) else None
        if lemma in lexicon.forms.get("levying_verbs", ()):
            # "slapped a duty on Chinese tyres": support for the levy only ("slapped the table" is none)
            levied = _patient(tok, target)
            return Cue(tok, "support", "verb", levied) if levied is not None and (
                levied.lemma_.lower() in lexicon.forms.get("levied_nouns", ())) else None
        if lemma in lexicon.forms.get("authoring_verbs", ()) and lemma not in lexicon.stance_verbs and tok.dep_ != "amod":
            # "Senator Collins sponsored the bill", "the resolution drafted by France": the author
            # proposes the document (not "sponsored the World Cup", "wrote a letter to Hamas")
            written = _patient(tok, target)
            if written is None and tok.dep_ == "acl":
                written = tok.head
            if written is not None and written.lemma_.lower() in lexicon.forms.get("authored_nouns", ()):
                return Cue(tok, "propose", "verb", written)
            return None
        decided = lexicon.forms.get("decision_verbs", ())
        striving = lemma in lexicon.forms.get("striving_verbs", ()) and target is None  # ("pushed Iran to V": pressing)
        if (lemma in decided or striving) and lemma not in lexicon.stance_verbs:
            # "the union resolved to continue the strike", "parliament voted to reject the deal",
            # "campaigned to raise the minimum wage": a decision or an effort only with what is
            # decided or striven for ("resolved their differences", "worked hard" are none)
            action = _striven_action(tok, lexicon) if striving else next(
                (c for c in children_of(tok) if c.dep_ == "xcomp" and is_infinitive(c)), None)
            return Cue(tok, "support", "verb", action) if action is not None else None
        if lemma in lexicon.forms.get("refused_only_verbs", ()):
            # "will not let Hamas rebuild its tunnels", as "will not allow": a position only when a
            # modal refuses it ("let the voters decide", "will not let you down", "let by X": none)
            if not (modal_negation(tok, False) and any(c.dep_ in {"ccomp", "xcomp"} for c in children_of(tok))):
                return None
            return Cue(tok, "support", "verb", object_of(tok, lexicon))
        if lemma in lexicon.stance_verbs:
            if tok.dep_ == "amod":
                return None  # participles are read from the noun they modify
            if surrender_particle(tok, lexicon):
                return None  # "refused to back down on its demand": giving ground, not backing
            if tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"} and first_child(tok, "nsubj", "aux", "agent") is None:
                return None  # "When asked about sanctions": someone else asks
            if is_passive(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
                # its own subject, or the one of a passive it is coordinated with ("the proposal was
                # presented to Hamas and should be accepted")
                subj = (first_child(tok, "nsubjpass") or (tok.head if tok.dep_ == "acl" else None)
                        or (passive_subject(tok) if tok.dep_ == "conj" else None))
                summed = summed_act(subj, lexicon) if tok.dep_ == "acl" and first_child(tok, "agent") is not None else None
                if summed is not None:
                    # "Israel closed the crossing, a move condemned by Hamas": the closure;
                    # a stance summed up ("rejected the cuts, a decision welcomed by X") is left
                    return None if summed.lemma_.lower() in lexicon.stance_verbs else Cue(tok, verb_polarity(tok, summed, lexicon), "verb", summed)
                return Cue(tok, verb_polarity(tok, subj, lexicon), "verb", subj)
            obj = object_of(tok, lexicon)
            if lemma in lexicon.light_verbs and obj is not None and obj.pos_ == "NOUN" and obj.dep_ == "dobj" \
                    and lexicon.stance_nouns.get(obj.lemma_.lower()) in {"support", "oppose"}:
                # "offered qualified support for charter schools", "pledged its support for the
                # plan": the noun's stance, read at the noun (not a proposal of "support")
                return None
            if lemma in lexicon.aspectual_verbs and obj is not None and obj.tag_ == "VBG":
                return None  # "began singing": aspect, not a position
            if lemma in lexicon.forms.get("announcing_verbs", ()) and obj is not None and obj.pos_ == "NOUN" \
                    and not is_measure(obj, lexicon):
                return None  # "announced his death"
            if lemma in lexicon.forms.get("undoing_verbs", ()) and not _undone(obj, lexicon):
                return None  # "overturned the ban", not "overturned the car"
            if lemma in lexicon.forms.get("contesting_verbs", ()) and not _contested(obj, lexicon):
                striven = _striven_action(tok, lexicon) if obj is None or obj.dep_ in {"xcomp", "advcl"} else None
                if striven is not None:
                    return Cue(tok, "support", "verb", striven)  # "fought to keep the plant open": striven for
                return None  # "fought the war", "will fight the election": a contest, not a measure opposed
            if _own_position_given_up(obj, lexicon):
                return None  # "abandoned its demand for a raise": the position given up, nothing said of the raise
            return Cue(tok, verb_polarity(tok, obj, lexicon), "verb", obj)
        return None
    if pos == "ADJ" and lemma in lexicon.stance_adjectives and tok.dep_ in {"acomp", "amod", "ROOT", "conj", "xcomp", "oprd", "advcl"}:
        if tok.dep_ == "amod" and lemma not in {"opposed"}:
            return None
        if tok.dep_ == "advcl" and not any(c.dep_ == "xcomp" and is_infinitive(c) for c in children_of(tok)):
            return None  # "came to Khartoum ready to compromise", not any adverbial adjective
        return Cue(tok, lexicon.stance_adjectives[lemma], "adjective", object_of(tok, lexicon))
    if pos == "NOUN" and tok.lower_ in lexicon.forms.get("refused_intents", ()) \
            and any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)):
        # "has no plans to withdraw", "no interest in joining the talks": the intent denied (support,
        # turned into oppose by the "no"), only with what it is for
        obj = noun_object(tok, lexicon) or _intent_object(tok)
        return Cue(tok, "support", "noun", obj) if obj is not None else None
    if pos == "NOUN" and lemma in lexicon.forms.get("threat_nouns", ()) and lemma not in lexicon.stance_nouns:
        return owned_threat(tok, lexicon)
    if pos == "NOUN" and lemma in lexicon.forms.get("interest_nouns", ()):
        return voiced_interest(tok, lexicon)
    if pos in {"NOUN", "PROPN"} and lemma in lexicon.stance_nouns and tok.ent_type_ not in {"ORG", "GPE", "PERSON"}:
        if dropped_position(tok, lexicon):
            return None  # "the union dropped its demand for a pay rise": no longer demanded
        if doubted_disposition(tok, lexicon):
            return None  # "questioned Israel's commitment to peace": doubted, not stated
        obj = noun_object(tok, lexicon)
        if lemma in lexicon.complement_nouns and (obj is None or not (obj.pos_ in {"VERB", "AUX"} or is_infinitive(obj)
                                                              or misread_clause(obj)
                                                              or obj.head.lower_ in {"for", "to", "on"}
                                                              or (lemma == "offer" and obj.head.lower_ == "of")
                                                              or owned_complement(tok, obj, lexicon)
                                                              or (obj.head.lower_ == "of" and tok.dep_ == "pobj"
                                                                  and tok.head.lower_ == "in"))):
            if asserted_right(tok, lexicon):
                return Cue(tok, "support", "noun", tok)  # "Turkey underlined its mining rights in the region"
            return None  # "the sovereign rights of third states" is no claim to a right ("in support of X" is)
        if lemma in lexicon.forms.get("addressed_nouns", ()) and (
                tok.head.lemma_.lower() in lexicon.forms.get("attraction_verbs", ()) or not (
                    is_infinitive(obj) or obj.head.lower_ == "for" and not names_a_party(obj, lexicon))):
            # an appeal or a plea asks "for" a thing or "to" act ("made the appeal on Tuesday", "its
            # appeal for voters", "had only one appeal for the Whigs", "the appeal he had to Democrats")
            return None
        if lemma in lexicon.forms.get("endeavour", ()) and not (
                obj.lemma_.lower() in lexicon.commitment_verbs or find_cue(obj, lexicon) is not None):
            return None  # "efforts to secure a release" state a position, "an attempt to cross the Channel" none
        if obj is None and lexicon.stance_nouns[lemma] in {"propose", "demand"}:
            obj = _compound_issue(tok, lexicon)
        return Cue(tok, lexicon.stance_nouns[lemma], "noun", obj)
    return None


def owned_complement(noun: Token, obj: Token, lexicon: Lexicon) -> bool:
    """"Merkel's support of coordinated policies", "her support of the bailout": a noun of
    position ([forms] owned_of_nouns) owned by its holder takes what it is of as its issue, as "for"
    would ("the support of the unions", with no owner, names who supports)."""
    return obj.head.lower_ == "of" and noun.lemma_.lower() in lexicon.forms.get("owned_of_nouns", ()) \
        and first_child(noun, "poss") is not None


def asserted_right(noun: Token, lexicon: Lexicon) -> bool:
    """A right stated as one's own by a verb of asserting it ([forms] asserting_verbs, asserted_nouns):
    "Turkey underlined its rights in the eastern Mediterranean", "Greece stressed its sovereign
    rights", "China reaffirmed Chinese fishing rights" (the rights are the issue). A right with no
    owner or kind ("stressed the rights of minorities", "underlined rights") claims none."""
    if noun.lemma_.lower() not in lexicon.forms.get("asserted_nouns", ()) or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in lexicon.forms.get("asserting_verbs", ()):
        return False
    return any(c.dep_ == "poss" and c.lower_ in THIRD_PARTY_POSSESSIVES or c.dep_ in {"amod", "compound"} and c.i < noun.i
               for c in children_of(noun))


def voiced_interest(noun: Token, lexicon: Lexicon) -> Cue | None:
    """An interest shown in something ([forms] interest_nouns) is a position for it: "expressed
    favourable interest in term limits", "Italy voiced interest in joining the project", "Japan's
    interest in buying the jets". Only voiced by a verb of [forms] interest_verbs ("expressed",
    "showed") or in an action ("interest in joining"): "has an interest in football", "U.S.
    interests in the region", "interest rates" and "in the interest of peace" state none. "no interest in X" is a refused intent,
    read before this."""
    weak = lexicon.forms.get("weak_quantifiers", ())
    if noun.lower_ != noun.lemma_.lower() or any((c.lower_ == "no" and c.dep_ == "det") or c.lower_ in weak
                                                 for c in children_of(noun)):
        return None  # "interests" (a stake), "no interest" (refused_intents), "little interest"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in weak:
        return None  # "a lack of interest in X"
    prep = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "in"), None)
    if prep is None and noun.dep_ == "dobj":  # the parser may hang "in X" on the verb
        prep = next((c for c in children_of(noun.head) if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i), None)
    obj = prep_object(prep) if prep is not None else None
    if obj is None:
        return None
    voiced = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.forms.get("interest_verbs", ())
    if not voiced and not (obj.pos_ in {"VERB", "AUX"} or obj.tag_ == "VBG"):
        return None
    return Cue(noun, "support", "noun", obj)


def _compound_issue(noun: Token, lexicon: Lexicon) -> Token | None:
    """What a proposal or demand is about when a noun before it says so and nothing after it
    does: "Egypt's truce proposal", "a truce proposal by Egypt", "Germany's sanctions proposal". Only
    a measure, talks or an agreement ("a truce", "talks", "sanctions"), never a name or a date
    ("the Egyptian proposal", "the January proposal")."""
    talks = lexicon.forms.get("talk_nouns", ())
    for child in children_of(noun):
        if child.dep_ != "compound" or child.pos_ != "NOUN" or child.ent_type_ or child.i > noun.i:
            continue
        low = child.lemma_.lower()
        if low in lexicon.agreement_objects or low in talks or is_measure(child, lexicon):
            return child
    return None


def owned_threat(noun: Token, lexicon: Lexicon) -> Cue | None:
    """A threat noun with its owner, read as the verb would be: "Hamas's threat to walk out of
    the talks" (as "Hamas threatened to walk out": the act threatened is the owner's stance), "the
    union's threat of a strike" (a measure threatened, supported: [issue_nouns] measures,
    [forms] protest_measures). A threat no one in the phrase owns ("the threat of war", "mutual
    threats to withdraw") states no one's position, nor one of what it endangers ("a threat to
    peace")."""
    if first_child(noun, "poss") is None or noun.ent_type_ in {"ORG", "GPE", "PERSON"} \
            or noun.lemma_.lower() in lexicon.speech_nouns:
        return None  # (a warning is said: "Iran's warning to close the strait" is read as speech)
    act = next((c for c in children_of(noun) if c.dep_ == "acl" and is_infinitive(c)), None)
    if act is not None:
        return Cue(noun, "support", "noun", act)
    of = prep_object(next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None))
    if of is not None and of.pos_ == "NOUN" and (
            of.lower_ in lexicon.measure_nouns or of.lemma_.lower() in lexicon.forms.get("protest_measures", ())):
        return Cue(noun, "support", "noun", of)
    return None


def doubted_disposition(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a position or disposition noun is the object of a verb of doubting ([forms]
    doubting_verbs): "questioned Israel's commitment to peace", "doubts Moscow's sincerity"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lexicon.forms.get("doubting_verbs", ()):
        return False
    return noun.lower_ in lexicon.forms.get("disposition_nouns", ())


def dropped_position(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a position noun is one its holder gives up: the object of a verb of [forms]
    dropping_verbs that no "not" negates ("dropped its demand for X", "withdrew its proposal",
    "backed down on its call for X", "the demand was dropped"), its owner none or a pronoun (the
    subject's own; "dropped the union's demand" is another matter). The position is no longer
    held; what the shift means for the thing is not said ("will not drop its demand" keeps it)."""
    path: set[str] = set()
    if noun.dep_ in {"dobj", "nsubjpass"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.dep_ == "advmod" and verb.pos_ == "ADV":
            # "backed away from its demand": the parser hangs the "from" on the adverb
            path = {verb.lower_, noun.head.lower_}
            verb = verb.head
    else:
        return False
    if verb.pos_ != "VERB" or verb.i == noun.i:
        return False
    owner = first_child(noun, "poss")
    if owner is not None and owner.pos_ != "PRON":
        return False
    words = {c.lower_ for c in children_of(verb) if c.dep_ in {"prt", "prep", "advmod"}} | path
    lemma = verb.lemma_.lower()
    if not any(entry.split()[0] == lemma and set(entry.split()[1:]) <= words
               for entry in lexicon.forms.get("dropping_verbs", ())):
        return False
    return not any(c.dep_ == "neg" or c.lower_ in {"never"} for c in children_of(verb))


def _own_position_given_up(obj: Token | None, lexicon: Lexicon) -> bool:
    """Whether the object of a verb or phrase of giving up is its holder's own stated position (a
    stance noun other than a proposal, owned by a pronoun: "abandoned its demand for a raise",
    "backed away from his previous support for X"; :func:`dropped_position`): the verb then says
    nothing of the thing once asked for. A measure discarded stays opposed ("jettisoned the tax
    plan", "abandoned its plan to V": [verbs])."""
    if obj is None or lexicon.stance_nouns.get(obj.lemma_.lower()) in {None, "propose"}:
        return False
    owner = first_child(obj, "poss")
    return owner is not None and owner.pos_ == "PRON" and dropped_position(obj, lexicon)


def _intent_object(noun: Token) -> Token | None:
    """What a noun of intent is for when "in" names it: "no interest in joining the talks" (the
    gerund), "no interest in a deal"."""
    prep = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "in"), None)
    if prep is None:
        return None
    return prep_object(prep) or first_child(prep, "pcomp")


def verb_polarity(tok: Token, thing: Token | None, lexicon: Lexicon) -> str:
    """The polarity of a stance verb on ``thing``: announcing an instrument ("the AU announced an
    electronic payment system", "the regulations announced by the Treasury", "announced a new
    plan") puts it forward, as "unveiled" does (propose; [forms] announcing_verbs,
    instrument_nouns); announcing an act ("announced a complete withdrawal") is a decision
    (support). What an instrument requires ("the bill would require a referendum") is proposed
    by its owner, not demanded of anyone; wanting one's own action ("wants to reach a deal",
    [forms] motives) supports it, wishing for another party's ("would prefer Israel to accept
    the truce") demands it."""
    polarity = lexicon.stance_verbs[tok.lemma_.lower()]
    instruments = lexicon.forms.get("instrument_nouns", ())
    if polarity == "support" and thing is not None and tok.lemma_.lower() in lexicon.forms.get("announcing_verbs", ()) \
            and thing.lemma_.lower() in instruments:
        return "propose"
    if polarity == "demand" and thing is not None and tok.lemma_.lower() in lexicon.forms.get("motives", ()) \
            and thing.dep_ == "xcomp" and thing.head.i == tok.i and is_infinitive(thing) \
            and first_child(tok, "dobj") is None and first_child(thing, "nsubj") is None:
        # "Hamas wants to reach a deal", "they want to reach a settlement": a wish for one's own
        # action supports it; "wants Hamas to release the hostages", "wants a pay rise" demand
        return "support"
    if polarity == "support" and thing is not None and tok.lemma_.lower() in lexicon.forms.get("motives", ()) \
            and thing.dep_ in {"ccomp", "xcomp"} and thing.head.i == tok.i and is_infinitive(thing) \
            and (first_child(thing, "nsubj") or first_child(tok, "dobj")) is not None:
        # "Hamas would prefer Israel to accept the truce", "Britain prefers the EU to back the plan":
        # a wish for another party's action is a demand of it, as "wants Israel to V" is
        return "demand"
    if polarity == "demand" and tok.lemma_.lower() in lexicon.forms.get("requirement", ()):
        # "the government's draft bill would require any deal to be put to a vote", "Israel's
        # plan would require Hamas to disarm": what an instrument requires is in it, proposed
        subject = first_child(tok, "nsubj")
        if subject is not None and subject.lower_ in RELATIVE and tok.dep_ == "relcl":
            subject = tok.head
        if subject is not None and subject.lemma_.lower() in instruments:
            return "propose"
    return polarity


def names_a_party(noun: Token, lexicon: Lexicon) -> bool:
    """A noun for people or a body ("the Japanese delegation, led by X", "a Saudi-led
    coalition", "rebels backed by Rwanda"): a participle on it says who leads or backs the
    party, not who proposes an issue."""
    word, lemma = noun.lower_, noun.lemma_.lower()
    return (noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or word in lexicon.state_bodies
            or word in lexicon.group_nouns or lemma in lexicon.collective_nouns or lemma in lexicon.org_heads
            or lemma in lexicon.own_bodies)


def _patient(verb: Token, target: Token | None) -> Token | None:
    """What a verb acts on: a passive's subject ("the plan was attacked by the unions"), else its
    object ``target``."""
    return first_child(verb, "nsubjpass") if is_passive(verb) else target


def _striven_action(verb: Token, lexicon: Lexicon) -> Token | None:
    """The infinitive a verb of striving strives for: its infinitive complement, or the
    infinitive the parser hangs on it as an adverbial clause right after it, with only adverbs
    between and no marker ("pushed to expand Medicaid", "campaigned hard to defeat the deal"; not
    "worked late so as to finish"); none for a race's aim ([forms] competing_verbs: "battled to
    overtake Obama", "fighting to win the war")."""
    for clause in children_of(verb):
        if not is_infinitive(clause) or clause.i < verb.i:
            continue
        if clause.lemma_.lower() in lexicon.forms.get("competing_verbs", ()):
            return None
        if clause.dep_ == "xcomp":
            return clause
        between = verb.doc[verb.i + 1 : clause.left_edge.i]
        if clause.dep_ == "advcl" and not any(m.dep_ == "mark" for m in children_of(clause)) \
                and all(t.dep_ == "advmod" and t.head.i == verb.i for t in between):
            return clause
    return None


def noun_object(tok: Token, lexicon: Lexicon | None = None) -> Token | None:
    clause = next((c for c in children_of(tok) if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)
    if clause is not None and not any(  # (the tag alone misleads: "lay" is read as a past tense)
            c.dep_ in {"aux", "auxpass"} and c.lower_ in INDICATIVE_AUXILIARIES
            for c in children_of(clause)):
        # "Burma's demand that the rebels first lay down their arms" (not "the insistence that the
        # case is closed", a claim of fact)
        return clause
    misread = next((c for c in children_of(tok) if misread_clause(c) or _subjunctive_relative(c)), None)
    if misread is not None:
        # "repeated its demand that Hamas disarm", "disarm" read as a noun; "its call that Israel
        # withdraw", read as a relative clause
        return misread
    if tok.dep_ == "dobj":
        # "claiming a right to Turkey to have a say": the parser hangs the infinitive on the verb
        # "used its veto to block the resolution", "exercised its veto to sink the treaty": with a
        # verb of using, the infinitive (an xcomp or an adverbial clause) is what the veto is used
        # for, and the veto is on the thing it stops
        using = lexicon is not None and tok.head.lemma_.lower() in lexicon.forms.get("using_verbs", ())
        action = next((c for c in children_of(tok.head) if (c.dep_ == "xcomp" or (using and c.dep_ == "advcl"))
                       and is_infinitive(c) and c.i > tok.i), None)
        if action is not None and not any(c.dep_ == "prep" and c.lower_ in {"of", "on", "for"} for c in children_of(tok)):
            return first_child(action, "dobj") if using else action
        if lexicon is not None and tok.head.pos_ == "VERB" and tok.head.text.islower() \
                and lexicon.stance_nouns.get(tok.lemma_.lower()) == "demand":
            # "joined the calls to repeal the tax": the parser hangs a call's infinitive on the verb
            # as an adverbial clause; right after the noun, with no marker, it is what is called for
            # (a proposal's is not read so: "introduced initiatives to address X" names a purpose; a
            # capitalised "verb" is a name misread, as "Trump needs to V")
            action = next((c for c in children_of(tok.head) if c.dep_ == "advcl" and is_infinitive(c)
                           and c.left_edge.i == tok.right_edge.i + 1
                           and not any(m.dep_ == "mark" for m in children_of(c))), None)
            if action is not None:
                return action
    for child in children_of(tok):
        if child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"} and any(c.lower_ == "to" for c in children_of(child)):
            return child  # "refusal to recognize", "decision to allow", "a right to Turkey to have a say"
    for child in children_of(tok):
        if child.dep_ == "prep" and child.lower_ in NOUN_OBJECT_PREPS and not predicate_phrase(child, lexicon):
            pobj = prep_object(child)  # (not "a new offer on the table": where it is, not what)
            if pobj is not None and _addressee(tok, child, pobj, lexicon):
                continue
            if pobj is not None:
                if pobj.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
                    # "a right to Turkey to have a say": what the actor is to do
                    action = next((c for c in children_of(pobj) if c.dep_ in {"acl", "relcl"} and is_infinitive(c)), None)
                    if action is not None:
                        return action
                return pobj
    if tok.dep_ == "dobj":
        # "signaled its openness to a prisoner swap": the parser hangs the preposition on the verb
        handing = lexicon is not None and (tok.head.lemma_.lower() in lexicon.forms.get("handing_verbs", ())
                                           or tok.lemma_.lower() in lexicon.forms.get("addressed_nouns", ()))
        prep = next((c for c in children_of(tok.head) if c.dep_ == "prep" and c.i == tok.right_edge.i + 1
                     and c.lower_ in {"to", "for", "on"} and not (handing and c.lower_ == "to")), None)
        # ("brought new proposals to the table", "sent a plan to Hamas": where it goes, not what;
        # "made a plea to the president": whom it is put to)
        if prep is not None and prep_object(prep) is not None and not predicate_phrase(prep, lexicon):
            return prep_object(prep)
    return None


def _subjunctive_relative(clause: Token) -> bool:
    """Whether a clause the parser hangs on a noun as a relative clause is its "that" clause in the
    subjunctive: "its call that Israel withdraw", "the demand that Iran comply" (the bare verb
    after a subject, and "that" tagged a complementizer, not a relative pronoun: "the plan that
    Israel support" has its "that" as WDT and is a relative clause)."""
    return clause.dep_ == "relcl" and clause.pos_ == "VERB" and clause.tag_ in {"VB", "VBP"} \
        and first_child(clause, "nsubj") is not None and not any(c.dep_ == "aux" for c in children_of(clause)) \
        and any(c.lower_ == "that" and c.tag_ == "IN" and c.i < clause.i for c in children_of(clause))


def _addressee(noun: Token, prep: Token, pobj: Token, lexicon: Lexicon | None) -> bool:
    """Whether the "to" phrase of a demand or an offer names whom it is put to: "issued an ultimatum
    to the government", "a request to the court", "an offer to Hamas" (not "an objection to the
    plan", nor "an invitation to the talks"); with [forms] addressed_nouns, any "to" phrase."""
    if lexicon is None or prep.lower_ != "to":
        return False
    if noun.lemma_.lower() in lexicon.forms.get("addressed_nouns", ()):
        return True  # "made a plea to the president", "an appeal to the court"
    return lexicon.stance_nouns.get(noun.lemma_.lower()) in {"demand", "propose"} and names_a_party(pobj, lexicon)


def predicate_phrase(prep: Token, lexicon: Lexicon | None) -> bool:
    """Whether a prepositional phrase is one of the predicates of the lexicon ("on the table",
    "on the agenda"): it says where the verb puts its object ("put their final offer on the
    table"), not what the object is about."""
    if lexicon is None:
        return False
    phrase = " ".join(t.lower_ for t in prep.subtree)
    return any(phrase == p for phrases in lexicon.predicates.values() for p in phrases)
