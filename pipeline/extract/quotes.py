"""Quotations: direct, partial and indirect, each attributed to a local actor when the text
says who spoke.

``extract_quotes(doc, table, lexicon)`` is pure apart from adding speakers the actor table did
not know (transcript labels such as "SECRETARY KERRY:"). Attribution follows the patterns news
uses (textacy's direct-quotation rules, extended):

- '"...," X said' / '"...," said X' / 'X said, "..."' / 'X said: "..."' / 'X said "..."'
- '"...," X said, "..."' (one speaker, two pieces) and a quote continuing after '... he said.'
- 'according to X', 'X was quoted as saying', 'In a statement, X ...'
- partial quotes in the writer's sentence: 'called it "unrealistic"' (the clause's subject)
- a quoted paragraph with no attribution continues the previous paragraph's speaker
- transcripts: paragraphs of a labelled turn ("MR. PRICE:") are that speaker's direct quotes

A quote whose speaker cannot be known keeps ``speaker = -1``: it is not dropped or guessed.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..grammar import (CONTRAST_MARKS, COPULAS, FIRST_PERSON, HYPOTHETICAL_MARKS, LINKING_WORDS, PERSON_PRONOUNS,
                       NEGATIVE_SUBJECTS, PLACING_PREPS, RELATIVE, SUBJECT_DEPS)
from ..lexicon import Lexicon, derived

from ..records import QuoteRecord
from .actors import ActorTable, MentionSpan, actor_of, opening_cue_word
from .descriptions import description_of, owner_in_phrase
from .marks import QuoteSpan, doc_quotes, quote_inner_text
from .syntax import children_of, first_child, lefts_of, participle_subject, rights_of
from .speakers import described_person, relative_antecedent, staff_antecedent, surname_speaker
from .text import DASHES, clean_space, doc_text, doc_tokens, ends_paragraph, lemma_positions, lower_positions, paragraph_index, positions, sent_of
from .transcripts import transcript_quotes


class _Located(NamedTuple):
    quote: QuoteSpan
    span: Span  # tokens of the inner text


def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _trailing_name(subject: Token, cue: Token) -> Token:
    """'... from Fiorina to Rubio to, now, Cruz, Wilkin said': the last word of the reported
    clause and the speaker's name parsed as two subjects joined by a comma alone; the name right
    before the cue, after the comma, is who spoke."""
    if subject.i >= cue.i or any(c.dep_ in {"cc", "preconj"} for c in children_of(subject)):
        return subject
    name = next((c for c in children_of(subject) if c.dep_ == "conj" and c.i == cue.i - 1 and c.pos_ == "PROPN"), None)
    if name is None:
        return subject
    first = name.left_edge.i
    return name if first > subject.i + 1 and name.doc[first - 1].text == "," else subject


def _subject_of(verb: Token, in_quote: list[bool] | None = None) -> Token | None:
    """The subject of ``verb``, following participles and conjuncts up to the clause that has one
    ("He emphasized ..., stating" -> He), never climbing into the quoted words themselves;
    "X quoted Y as saying" -> Y."""
    subj = _set_off_cue_subject(verb) or participle_subject(verb) or _participle_after_quote(verb) \
        or _opening_participle_subject(verb) or _relative_clause_subject(verb)
    if subj is not None and (in_quote is None or not in_quote[subj.i]):
        return subj
    agent = _telling_agent(verb)
    if agent is not None:
        return agent
    seen = 0
    tok = verb
    while tok is not None and seen < 4:
        if tok.lemma_.lower() == "quote" and tok.i != verb.i:
            obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        for child in children_of(tok):
            if child.dep_ in SUBJECT_DEPS:
                return _nearer_split_subject(tok, child)
            if child.dep_ == "agent" and seen == 0:
                # "was quoted by X"; but the agent of a passive a participle hangs from is not
                # who speaks: "X was booed and heckled by Y after saying ..." is X's
                for grand in children_of(child):
                    if grand.dep_ == "pobj":
                        return grand
        if tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in {"NOUN", "PROPN"} \
                and not any(c.dep_ == "agent" for c in children_of(tok)):
            # "Members of the House of Commons protested by shouting ...", parsed as a noun
            # phrase with "protested" modifying "Members": the noun is who acts
            return tok.head
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            nearer = _nearer_conjunct_subject(tok)
            if nearer is not None and (in_quote is None or not in_quote[nearer.i]):
                return nearer
        if tok.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp", "pobj", "prep"} and tok.head.i != tok.i:
            if in_quote is not None and in_quote[tok.head.i]:
                break
            tok = tok.head
            seen += 1
            continue
        break
    return None


def _nearer_split_subject(verb: Token, subject: Token) -> Token:
    """'Brenner, Lindqvist argued, could not be trusted': a cue set inside the reported clause, its
    subject parsed as the cue's second subject after a comma; the subject right before the cue is
    who speaks, the first one is the reported clause's own."""
    doc = verb.doc
    if subject.i > verb.i:
        return subject
    later = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and subject.i < c.i < verb.i]
    if not later and verb.dep_ == "parataxis":
        # 'Brenner, Lindqvist said, had agreed': the nearer name parsed as an apposition to the
        # first, yet no comma closes it before the cue
        later = [c for c in children_of(subject) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == verb.i - 1]
    if not later:
        return subject
    nearer = later[-1]
    if any(t.dep_ not in {"advmod", "aux", "neg"} for t in doc[nearer.right_edge.i + 1 : verb.i]):
        return subject  # only the cue's adverbs and auxiliaries after the nearer subject
    between = doc[subject.i + 1 : nearer.left_edge.i]
    if not len(between) or between[-1].text != "," or any(t.pos_ in {"VERB", "AUX"} for t in between):
        return subject
    return nearer


def _opening_participle_main(verb: Token) -> Token | None:
    """The main verb of the sentence a participle opens ('Insisting that ..., Lindqvist left the
    room', 'Saying "...", Brenner elaborated, "..."'): the participle's head when the parser made
    it an adverbial clause or a clausal subject, or, when it made the participle the root, the
    finite verb it governs whose subject stands after a comma; None when the sentence does not
    open on a participle or no comma closes its phrase before that subject."""
    sent = sent_of(verb)
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if verb.tag_ != "VBG" or first is None or first.i != verb.i:
        return None
    if verb.dep_ in {"advcl", "csubj"}:
        mains = [verb.head]
    elif verb.dep_ == "ROOT":
        mains = [c for c in children_of(verb) if c.i > verb.i and c.dep_ in {"ccomp", "conj", "parataxis"}
                 and c.tag_ in {"VBD", "VBZ", "VBP"}]
    else:
        return None
    doc = verb.doc
    for main in mains:
        subj = next((c for c in children_of(main) if c.dep_ in {"nsubj", "nsubjpass"} and verb.i < c.i < main.i), None)
        if subj is None:
            continue
        k = subj.left_edge.i - 1
        while k > verb.i and doc[k].is_quote:
            k -= 1
        if doc[k].text == ",":
            return main
    return None


def _opening_participle_subject(verb: Token) -> Token | None:
    """The subject a sentence-opening participle shares with its main clause (see
    ``_opening_participle_main``): 'Calling the offer "an insult", Lindqvist said ...' -> Lindqvist."""
    main = _opening_participle_main(verb)
    if main is None:
        return None
    return next((c for c in children_of(main) if c.dep_ in {"nsubj", "nsubjpass"} and verb.i < c.i < main.i), None)


def _relative_clause_subject(verb: Token) -> Token | None:
    """'Sanders, meanwhile, who sits at zero endorsements, said ...': a relative clause set off
    before a cue that has no subject of its own, parsed as a clause of the cue (its complement, an
    adverbial clause) with the name it describes and its "who" as two subjects; the name is the
    cue's subject."""
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return None
    for clause in children_of(verb):
        if clause.dep_ in {"ccomp", "advcl", "parataxis"} and clause.i < verb.i:
            named = _relative_subjects(clause)
            if named is not None:
                return named
    return None


def _set_off_clause(clause: Token) -> bool:
    """Whether a clause the parser hung before a cue as its complement is no reported clause but
    words set off before the cue's subject: a relative clause ('Sanders, meanwhile, who sits ...',
    'during which she spoke ...') or a participle phrase opening the sentence ('Sitting down with
    the host, ...')."""
    if _relative_subjects(clause) is not None:
        return True
    doc = clause.doc
    if doc[clause.left_edge.i].tag_ == "VBG" and clause.left_edge.i == sent_of(clause).start:
        return True
    return any(t.tag_ in _RELATIVE_TAGS and clause.i in {t.head.i, t.head.head.i} for t in doc[clause.left_edge.i : clause.i])


def _relative_subjects(clause: Token) -> Token | None:
    """The noun of a relative clause the parser took for a clause of its own with two subjects,
    the noun and its relative pronoun ('Sanders, meanwhile, who sits ...'): the noun, else None."""
    subjects = sorted((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS and c.i < clause.i), key=lambda c: c.i)
    if len(subjects) >= 2 and subjects[-1].lower_ in RELATIVE and subjects[0].pos_ in {"PROPN", "NOUN"}:
        return subjects[0]
    return None


def _set_off_cue_subject(verb: Token) -> Token | None:
    """'Comey cannot say that "...," Lewandowski added, saying it should be ...': a participle
    after a comma that hangs on a reporting clause set inside the sentence shares that clause's
    subject (Lewandowski), not the subject of the sentence's main verb."""
    doc = verb.doc
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or verb.i < 1 or doc[verb.i - 1].text != "," \
            or head.dep_ not in {"ccomp", "parataxis"} or head.i != verb.i - 2:
        return None  # the clause's verb right before the comma: "X added, saying"
    return next((c for c in children_of(head) if c.dep_ == "nsubj" and c.i < head.i), None)


def _nearer_conjunct_subject(verb: Token) -> Token | None:
    """'Rabbis called for a boycott, and the league denounced his rhetoric and said it would ...':
    the parser hangs every verb of a chain of conjuncts on the first, so the subject a conjunct
    without one of its own shares is that of the nearest clause before it that has one (the
    league's), not the first verb's (the rabbis')."""
    siblings = [c for c in children_of(verb.head) if c.dep_ == "conj" and c.i < verb.i and c.pos_ in {"VERB", "AUX"}]
    for sibling in sorted(siblings, key=lambda c: -c.i):
        subject = next((c for c in children_of(sibling) if c.dep_ in SUBJECT_DEPS and c.i < sibling.i), None)
        if subject is not None:
            return subject
    return None


# Cues whose passive agent is not the speaker: "X was quoted by Reuters as saying".
_RELAYING_LEMMAS = frozenset({"quote", "cite", "report", "interview"})


def _telling_agent(verb: Token) -> Token | None:
    """'Putin was informed by Foreign Minister Lavrov that ...', 'he was told by the minister
    of "..."': the agent of a passive cue is who spoke, not its passive subject (the one told)."""
    if verb.lemma_.lower() in _RELAYING_LEMMAS or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children_of(verb)):
        return None
    agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
    return next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None


def _participle_after_quote(verb: Token) -> Token | None:
    """'Trump told Newsmax that Romney "had a crazy policy," adding, "..."': a participle after a
    quote that ends on a comma shares the main clause's subject, as after a plain comma."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "acl", "conj"} or verb.i < 2 \
            or not doc[verb.i - 1].is_quote or doc[verb.i - 2].text != ",":
        return None
    root = sent_of(verb).root
    subj = next((c for c in children_of(root) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj if subj is not None and subj.i < verb.i else None


def _speaker_of(subject: Token | None, table: ActorTable, lexicon: Lexicon) -> int:
    """The actor a cue's subject names ('said Harvey, who added ...': the relative pronoun's
    antecedent); a name word the table missed ('said Griffin, an Obama backer' after "Eddie
    Griffin") is its person before any actor inside the phrase."""
    antecedent = relative_antecedent(subject) if subject is not None else None
    if antecedent is None and subject is not None:
        antecedent = staff_antecedent(subject, lexicon)
    if antecedent is not None:
        subject = antecedent
    example = _named_example(subject, table) if subject is not None else -1
    if example >= 0:
        return example  # "critics like Senator X say": the one named, not the group
    served = _served_person(subject, table, lexicon) if subject is not None else -1
    if served >= 0:
        return served  # "sources close to X say", "officials in his office said"
    if subject is not None and table.actor_at(subject) < 0:
        actor = surname_speaker(subject, table)
        if actor >= 0:
            return actor
    if subject is not None and subject.pos_ == "NOUN" and subject.dep_ in SUBJECT_DEPS:
        # "Vatican spokesman the Rev. Federico Lombardi told ...": a description and, after it, the
        # person's name parsed as a second subject of the cue; the person speaks
        for other in children_of(subject.head):
            person = table.actor_at(other) if other.i > subject.i and other.dep_ == subject.dep_ else -1
            if person >= 0 and table.actors[person].type == "PERSON" and other.left_edge.i == subject.i + 1:
                return person
    actor = actor_of(subject, table, lexicon)
    if actor >= 0:
        return described_person(subject, actor, table, lexicon)
    if subject is not None and subject.pos_ == "NOUN":
        named = _named_by_description(subject, table, lexicon)
        if named >= 0:
            return named  # "a university student named X said"
    if subject is not None and subject.dep_ in SUBJECT_DEPS:
        # "A member of the panel, Damien Kingsbury of Deakin University, says": the name parsed
        # as a second subject of the cue beside the description
        for other in children_of(subject.head):
            if other.i != subject.i and other.dep_ == subject.dep_ and table.actor_at(other) >= 0:
                return actor_of(other, table, lexicon)
        conjunct = _named_conjunct(subject, table, lexicon)
        if conjunct >= 0:
            return conjunct
    return _principal(subject, table, lexicon) if subject is not None else actor


def _named_conjunct(subject: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """'A group of rabbis and the civil rights organization the Anti-Defamation League said ...':
    of subjects joined by a conjunction, the first that names an actor (itself or by the name in
    apposition to it) speaks, when the first names none."""
    for conj in children_of(subject):
        if conj.dep_ != "conj" or conj.pos_ not in {"NOUN", "PROPN"}:
            continue  # "The deal and how it came to be ...": a clause joined to the noun names no one
        actor = actor_of(conj, table, lexicon)  # (its apposition's actor too)
        if actor >= 0:
            return actor
    return -1


def _named_example(subject: Token, table: ActorTable) -> int:
    """'Critics like Senator X say', 'unions such as the Teamsters said': a plural common noun
    speaks through the first person, organisation or state it gives as an example ('like', 'such
    as'), before any group the noun itself names."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return -1
    for child in children_of(subject):
        if child.dep_ != "prep":
            continue
        if child.lower_ == "like" or child.lower_ == "as" and child.i > 0 and child.doc[child.i - 1].lower_ == "such":
            obj = first_child(child, "pobj")
            if obj is not None:
                actor = table.actor_at(obj.i)
                if actor >= 0 and table.actors[actor].type in {"PERSON", "ORG", "GPE"}:
                    return actor
    return -1


def _named_by_description(subject: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """The person a description gives the name of in a clause on it: a naming participle ("a
    student named X", "a farmer called X", "a woman identified only as X"), or a name noun the
    clause holds ("a protester using the pseudonym X", "a teacher who gave her name as X"); -1
    when it names none."""
    for clause in children_of(subject):
        if clause.dep_ not in {"acl", "relcl"}:
            continue
        nouns = [c for c in children_of(clause) if c.dep_ == "dobj" and c.lower_ in lexicon.name_nouns]
        if not nouns and not (clause.lemma_ in lexicon.description_naming_verbs and clause.tag_ == "VBN"):
            continue
        # the name: the participle's object ("named X"), after "as" ("known as X", "gave her name
        # as X"), or beside the name noun ("the pseudonym X"); not any person in the clause ("a
        # source known to X")
        names = [c for c in children_of(clause) if c.dep_ in {"oprd", "dobj", "attr"}]
        names += [g for c in children_of(clause) if c.dep_ == "prep" and c.lower_ == "as"
                  for g in children_of(c) if g.dep_ == "pobj"]
        names += [g for noun in nouns for g in children_of(noun) if g.dep_ in {"appos", "compound"}]
        for name in names:
            actor = table.actor_at(name)
            if actor >= 0 and table.actors[actor].type == "PERSON":
                return actor
    return -1


def _principal(subject: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """"O'Malley's campaign says", "aides to Clinton say", "lawyers for the company said": the
    one whose staff speaks, named by a possessive or by "to", "for", "of" ('staff' nouns of
    roles.toml), when the table has no actor for the phrase itself."""
    if subject.lower_ not in lexicon.staff_nouns:
        return -1
    names = [c for c in children_of(subject) if c.dep_ == "poss"]
    names += [g for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in {"to", "for", "of"}
              for g in children_of(c) if g.dep_ == "pobj"]
    for name in names:
        actor = table.actor_at(name)
        if actor < 0 and name.pos_ == "PROPN":
            actor = surname_speaker(name, table)
        if actor >= 0:
            return actor
    return -1


def _served_person(subject: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """'Sources close to Macron said', 'officials in Macron's office said', 'an aide on her
    campaign said': unnamed people (a description head) placed by a preposition with a person,
    or with a person's staff (an office, a campaign, a team: ``staff_nouns`` with their owner),
    speak for that person; states and organisations placed that way are read by the
    descriptions themselves ("officials in Beijing")."""
    if subject.pos_ != "NOUN" or subject.lower_ not in lexicon.description_heads:
        return -1
    preps = [c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in PLACING_PREPS]
    close = [p for a in children_of(subject) if a.dep_ == "amod" and a.lower_ == "close"
             for p in children_of(a) if p.dep_ == "prep" and p.lower_ == "to"]
    for prep in [*close, *preps]:
        obj = first_child(prep, "pobj")
        if obj is None:
            continue
        if prep.lower_ == "to":
            actor = table.actor_at(obj)
            if (actor < 0 or table.actors[actor].type != "PERSON") and obj.pos_ == "PROPN":
                actor = surname_speaker(obj, table)  # a surname the recogniser took for a place
        elif obj.lower_ in lexicon.staff_nouns:
            actor = _principal(obj, table, lexicon)
        else:
            continue
        if actor >= 0 and table.actors[actor].type == "PERSON":
            return actor
    return -1


# How many words before a name may describe it after an inverted cue ("said former tech
# executive Carly Fiorina").
_NAME_MODIFIERS = 5


def _name_from(doc: Doc, i: int, stop: int, table: ActorTable) -> tuple[int, int]:
    """(actor, end) of the name that starts at token ``i``, read up to token ``stop``: an article
    and words that modify the name may come first ("the", "retired neurosurgeon", "Mr."); then an
    actor's mention, or proper nouns the table missed whose last word is one person's surname
    ("recalled Mr. Rhodes" after "Ben Rhodes"). (-1, end) when no actor is named there."""
    j = i
    if j < stop and doc[j].lower_ in {"the", "a", "an"}:
        j += 1
    k = j
    while k < stop and k - j < _NAME_MODIFIERS and table.actor_at(k) < 0 and k < doc[k].head.i \
            and doc[k].dep_ in {"compound", "amod", "nmod"}:
        k += 1  # words before the name that modify it: "said retired neurosurgeon Ben Carson", "Mr."
    if k < stop and k > j and table.actor_at(k) >= 0:
        j = k
    actor = table.actor_at(j) if j < stop else -1
    if actor >= 0:
        while j < stop and table.actor_at(j) == actor:
            j += 1
    elif j < stop and doc[j].pos_ == "PROPN":
        while j + 1 < stop and doc[j + 1].pos_ == "PROPN" and table.actor_at(j + 1) < 0:
            j += 1
        actor = surname_speaker(doc[j], table)
        j += 1
    return actor, j


def _inverted_speaker(verb: Token, table: ActorTable) -> int:
    """'"...," said X' / 'That end, said Secretary X, would be...' / 'Added Smith: "..."': the
    actor named right after a reporting verb that follows a quote or a comma or opens its
    sentence (``_name_from``), the name ending its clause."""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    opens = prev is None or verb.is_sent_start or prev.is_space  # 'Continued Stone: "..."'
    if not opens and not (prev.text == "," or prev.is_quote):
        return -1
    actor, j = _name_from(doc, verb.i + 1, len(doc), table)
    if actor < 0:
        return _described_then_named(verb, table)
    return actor if j >= len(doc) or doc[j].is_punct or doc[j].is_space else -1


def _described_then_named(verb: Token, table: ActorTable) -> int:
    """'"...," said the longtime senator from Iowa, Chuck Hanley.': after an inverted cue, a
    description with no verb and no person in it, a comma, then the person's name ending the
    clause (the parser may hang the name on a noun inside the description)."""
    doc = verb.doc
    start = verb.i + 1
    if start >= len(doc) or doc[start].pos_ not in {"DET", "ADJ", "NOUN", "PROPN"}:
        return -1
    end = min(sent_of(verb).end, start + _APPOSITION_TOKENS)
    comma = next((k for k in range(start + 1, end) if doc[k].text == ","), -1)
    if comma < 0 or not any(t.pos_ == "NOUN" for t in doc[start:comma]) or any(
            t.pos_ in {"VERB", "AUX"} or t.is_quote or t.is_punct or table.actor_at(t.i) >= 0
            and table.actors[table.actor_at(t.i)].type == "PERSON" for t in doc[start:comma]):
        return -1
    actor, j = _name_from(doc, comma + 1, len(doc), table)
    if actor < 0 or table.actors[actor].type != "PERSON":
        return -1
    return actor if j >= len(doc) or doc[j].is_punct or doc[j].is_space else -1


def _adjacent_actor(verb: Token, table: ActorTable) -> int:
    """'..., former president Bill Clinton said his wife ...' parsed with no subject for the cue
    (or with one borrowed from another verb: 'It was no accident - Brendan Buck, a spokesman for
    Ryan, told POLITICO ...' parsed as a conjunct of 'was'): the actor whose mention ends right before it, or right before a phrase set off before it
    that has no verb of its own (``_set_off_before``): 'Jay DiPietro, the club's president,
    suggested', 'Sen. Elizabeth Warren (D-Mass.) said', 'Forbes, however, says'."""
    doc = verb.doc
    first = verb.i
    while first > 0 and doc[first - 1].dep_ in {"aux", "neg"} and doc[first - 1].head.i == verb.i:
        first -= 1  # "Mr. Trump, asked about the deaths, had said, "..."": the name before its auxiliary
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or first < verb.i and doc[first].tag_ in {"VBD", "VBZ", "VBP", "MD"}
    if first == 0 or not finite:
        return -1
    i = first - 1
    for _ in range(_SET_OFF_PHRASES + 1):
        actor = table.actor_at(i)
        if actor >= 0:
            return actor
        if i < first - 1 and doc[i].pos_ == "PROPN":
            return surname_speaker(doc[i], table)  # a name the table missed, before its apposition
        i = _set_off_before(doc, i)
        if i < 0:
            return -1
    return -1


# How many tokens an apposition set between a speaker's name and the cue may run.
_APPOSITION_TOKENS = 25
# How many set-off phrases may follow one another between a name and its cue ("Sen. Jane Roe
# (D-Ore.), the committee's chair, said").
_SET_OFF_PHRASES = 2
# The mark that opens a phrase each closing mark ends.
_SET_OFF_MARKS = {",": ",", ")": "(", "\u2014": "\u2014", "\u2013": "\u2013", "-": "-"}


def _set_off_before(doc: Doc, close: int) -> int:
    """The token before a phrase set off between commas, parentheses or dashes that ends with
    token ``close``: the phrase stays in its sentence, runs at most ``_APPOSITION_TOKENS`` and
    describes what comes before it (``_describes``); -1 when ``close`` ends no such phrase."""
    opener = _SET_OFF_MARKS.get(doc[close].text)
    if opener is None:
        return -1
    start = sent_of(doc[close]).start
    for k in range(close - 1, max(start, close - 1 - _APPOSITION_TOKENS) - 1, -1):
        tok = doc[k]
        if tok.text == opener:
            return k - 1 if k - 1 >= start and k < close - 1 and _describes(doc[k + 1 : close]) else -1
        if tok.is_space or tok.text in {".", ";", ":"}:
            return -1
    return -1


# Words that open a relative clause inside a phrase set off after a name ("in a line that ...").
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Words that open a participle or relative phrase set off after a name, verbs allowed inside.
_DESCRIBING_TAGS = frozenset({"VBG", "VBN", "WP", "WDT", "WP$"})


def _describes(phrase: Span) -> bool:
    """Whether a phrase set off after a name only describes it: no verb ("the club's president",
    "(D-Mass.)"), or a participle or relative phrase ("wearing a red cap and "Vote X" pins",
    "who leads the polls", "asked about the deal"), its quotation marks paired."""
    if not len(phrase) or sum(1 for t in phrase if t.is_quote) % 2:
        return False
    if phrase[0].tag_ in _DESCRIBING_TAGS or phrase[0].tag_ == "VBD" and phrase[0].dep_ in {"acl", "advcl"}:
        return True  # "asked about the deal" tagged as a past tense, parsed as a modifier
    verb = next((t for t in phrase if t.pos_ in {"VERB", "AUX"} or t.is_quote), None)
    if verb is None:
        return True
    if not verb.is_quote and any(t.tag_ in _RELATIVE_TAGS for t in phrase[1 : verb.i - phrase.start]) \
            and not any(t.is_quote for t in phrase):
        # "in a line that seemed aimed at his rival", "a man who knew him": the first verb is
        # a relative clause's, inside a phrase about the name
        return True
    # "a Ukrainian-American then working for the ministry": a noun phrase and a participle
    # phrase modifying it, no finite verb of its own
    return verb.tag_ in {"VBG", "VBN"} and verb.i > phrase.start and any(t.pos_ in {"NOUN", "PROPN"} for t in phrase[: verb.i - phrase.start]) \
        and not any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} or t.is_quote for t in phrase[verb.i - phrase.start :])


def _named_after_quote(cue: Token, loc: _Located, table: ActorTable) -> int:
    """'"...," Brent Bozell, founder of the Media Research Center, tells ...' parsed with the name
    hanging on the quoted words: the actor named right after the closing mark, when only an
    apposition set between commas (no verb of its own) comes between the name and the cue; the
    name is read as after an inverted cue (``_name_from``: '"...," Trump, the party's frontrunner,
    said')."""
    doc = cue.doc
    i = loc.span.end
    while i < cue.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= cue.i or i == loc.span.end or "\n" in doc[loc.span.end - 1 : i + 1].text:
        return -1
    actor, j = _name_from(doc, i, cue.i, table)
    if actor < 0:
        return -1
    if j == cue.i:
        return actor
    between = doc[j : cue.i]
    if doc[j].text != "," or doc[cue.i - 1].text != "," or len(between) > _APPOSITION_TOKENS \
            or len(between) < 3 or not _describes(doc[j + 1 : cue.i - 1]):
        return -1
    return actor


def _named_in_set_off(cue: Token, subject: Token | None, table: ActorTable) -> int:
    """'One pastor backing the senator, Dan Walsh of Grace Church, said ...' parsed with the name
    hanging on a word of the description: the person named first in the phrase set off between
    commas right before the cue, when the cue's subject is a common noun before it that names no
    actor (a description of that person)."""
    doc = cue.doc
    if subject is None or subject.pos_ != "NOUN" or subject.i >= cue.i or cue.i < 2 or doc[cue.i - 1].text != ",":
        return -1
    k = cue.i - 2
    while k > subject.i and doc[k].text != ",":
        k -= 1
    if k <= subject.i or cue.i - k > _APPOSITION_TOKENS:
        return -1
    actor = table.actor_at(k + 1)
    if actor < 0 or table.actors[actor].type != "PERSON" or not _describes(doc[k + 1 : cue.i - 1]):
        return -1
    return actor


def _left_subject_actor(verb: Token, table: ActorTable, in_quote: list[bool]) -> int:
    """Fallback when the parse gives the cue no subject: the nearest actor before it in the
    sentence that is the subject of something ("Mitsotakis speaking to ... called it"), never one
    inside the quoted words ('"Imagine Thor up against Trump," mused ...')."""
    for tok in reversed(list(verb.doc[sent_of(verb).start : verb.i])):
        if in_quote[tok.i]:
            continue
        actor = table.actor_at(tok)
        if actor >= 0 and tok.dep_ in SUBJECT_DEPS:
            return actor
    return -1


def is_reporting_cue(token: Token, lexicon: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    if lemma != "make" and lemma not in lexicon.reporting_verbs:
        if lemma in lexicon.it_phrasing_verbs:
            return _puts_it(token)
        return False  # the common case, decided before any neighbour is looked at
    if token.i >= 2 and token.doc[token.i - 1].text == "-" \
            and token.doc[token.i - 2 : token.i + 1].text.lower() in lexicon.not_cue_words:
        return False  # "so-called"
    if lemma in lexicon.reporting_verbs:
        return (token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBD", "VBZ", "VBP"}) \
            and not in_cue_idiom(token, lexicon)
    # "made it clear that ...", "made clear that ..."
    return lemma == "make" and token.pos_ == "VERB" and any(c.lower_ == "clear" for c in children_of(token))


def _cue_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """The lemmas :func:`is_reporting_cue` goes past its first test with (made once per lexicon)."""
    return lexicon.reporting_verbs | lexicon.it_phrasing_verbs | {"make"}


def _puts_it(verb: Token) -> bool:
    """'As X put it, "..."', 'X put it bluntly: "..."': a verb of putting words (``it_phrasing``
    of the cue lexicon) with "it" as its object, in an "as" clause or before a colon or a quote
    mark, and no place or addressee ("put it on the table", "put it to a vote" report nothing)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(verb)):
        return False
    if any(c.dep_ in {"prep", "dative", "prt"} and c.i > verb.i
           and not any(o.ent_type_ in {"DATE", "TIME"} for o in children_of(c)) for c in children_of(verb)):
        return False  # a place or an addressee after it; a time ("on Monday") or "at the time" before is none
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb)):
        return True
    after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    return after is not None and (after.text == ":" or after.is_quote)


def in_cue_idiom(token: Token, lexicon: Lexicon) -> bool:
    """Whether a cue verb is a word of a set phrase that reports nothing ("That said, ...", "All
    told, ...", "Needless to say, ..."; ``idioms`` of the cue lexicon), matched on the text around
    it, whole words only."""
    word = token.lower_.replace("\u2019", "'")
    places = derived(lexicon, _idiom_places)
    found = places.get(word)
    if found is None:
        if len(places) > 100_000:  # a bound for archives of many words
            places.clear()
        found = places[word] = _idioms_with(word, lexicon)
    if not found:
        return False  # most cue verbs: in no set phrase
    text = doc_text(token.doc)
    for idiom, at in found:
        start = token.idx - at
        end = start + len(idiom)
        if start < 0 or end > len(text):
            continue
        if " ".join(text[start:end].lower().replace("\u2019", "'").split()) != idiom:
            continue
        if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        before = text[:start].rstrip()
        if before and before[-1] not in _OPENING_PUNCT and before.split()[-1].lower() not in LINKING_WORDS:
            continue  # "the report that said the talks ...": a relative clause, no set phrase
        after = text[end:].lstrip()
        if idiom.split()[-1] in {"that", "this"} and after[:1].isalnum():
            continue  # "Having said that the deal was dead, he left": "that" opens his words
        return True
    return False


def _idioms_with(word: str, lexicon: Lexicon) -> tuple[tuple[str, int], ...]:
    """The set phrases of ``lexicon`` (``cue_idioms``) holding ``word`` as a whole word, each with
    the place of its first such occurrence (what :func:`in_cue_idiom` looks for around a token)."""
    return tuple((idiom, at) for idiom in lexicon.cue_idioms if (at := f" {idiom} ".find(f" {word} ")) >= 0)


def _idiom_places(lexicon: Lexicon) -> dict[str, tuple[tuple[str, int], ...]]:
    """A word -> :func:`_idioms_with` table, kept per lexicon (filled as words are asked)."""
    return {}


# What may stand before a set phrase of ``in_cue_idiom``: a sentence or clause boundary, or a
# linking word ("But that said, ...").
_OPENING_PUNCT = frozenset(".,;:!?-\u2013\u2014(\"\u201c'\u2018")


def extract_quotes(doc: Doc, table: ActorTable, lexicon: Lexicon) -> list[QuoteRecord]:
    """All quotations of ``doc`` with kind, cue, speaker and character offsets.

    Args:
        doc: a parsed Doc (paragraphs separated by blank lines).
        table: the document's actors (speakers are indexes into ``table.actors``).
        lexicon: reporting cues and transcript labels.

    Returns:
        Direct, partial and indirect quotes in text order.
    """
    text = doc_text(doc)
    located: list[_Located] = []
    for q in doc_quotes(doc):
        span = _token_span(doc, q.inner_start, q.inner_end)
        if span is not None and len(span):
            located.append(_Located(q, span))
    in_quote = [False] * len(doc)
    for loc in located:
        for tok in loc.span:
            in_quote[tok.i] = True
    para = paragraph_index(doc)

    records: list[QuoteRecord] = []
    transcript = transcript_quotes(doc, table, lexicon)
    turn_speaker = {para[doc.char_span(r.start, r.end, alignment_mode="expand")[0].i]: r.speaker for r in transcript}
    transcript_paras = set(turn_speaker)
    records.extend(transcript)

    reported = _indirect_quotes(doc, table, lexicon, in_quote, turn_speaker, para)
    indirect = reported + _according_to(doc, table, lexicon, in_quote)
    # who spoke last in each paragraph, and where: (end offset, speaker) of attributed quotes; a
    # source named by "according to" gives facts and figures ("16% of the military, according
    # to CNA"), not speech a following quote goes on with
    spoken: dict[int, list[tuple[int, int]]] = {}
    for q in reported:
        if q.speaker >= 0 and not _is_commentator(q.speaker, table, lexicon):
            spoken.setdefault(para[doc.char_span(q.start, q.end, alignment_mode="expand")[-1].i], []).append((q.end, q.speaker))
    for loc in located:
        first_tok = loc.span[0]
        if para[first_tok.i] in transcript_paras or is_title(doc, loc.span, lexicon):
            continue
        quote_text = quote_inner_text(text, loc.quote)
        kind = _kind(doc, loc, lexicon)
        cue_tok, speaker, source = _attribute(doc, loc, table, lexicon, in_quote,
                                              continues=_last_speaker(spoken, para[first_tok.i], loc) >= 0)
        cue = cue_tok.text if cue_tok is not None else ""
        description = description_of(source, table) if speaker >= 0 else ""
        if speaker < 0 and cue_tok is None and kind == "partial":
            speaker = _governing_subject(loc, table, lexicon, in_quote)
        if speaker < 0 and cue_tok is None and kind == "direct":
            speaker = _signed(doc, loc, table, para)
        if speaker < 0 and cue_tok is None and kind == "direct":
            cue_tok, speaker = _announced(doc, loc, table, lexicon, in_quote, para)
            cue = cue_tok.text if cue_tok is not None else ""
        if speaker < 0 and cue_tok is None:
            speaker, cue = _continuation(loc, para, spoken)
        if speaker >= 0:
            spoken.setdefault(para[loc.span[-1].i], []).append((loc.quote.inner_end, speaker))
        elif not cue and kind == "partial" and sum(1 for t in loc.span if t.is_alpha) <= _SCARE_QUOTE_WORDS \
                and loc.span.text[:1].islower():
            continue  # a scare quote (the 'experts'): no cue, no speaker, lower case, no attribution
        records.append(QuoteRecord(quote_text.strip().strip(" ,"), kind, cue, loc.quote.inner_start,
                                   loc.quote.inner_end, speaker, description))
    records.extend(indirect)
    # commentators ("analysts suggest ...") assess; they are not parties whose words are evidence:
    # what they say is reported speech of no actor (the gold's unnamed speaker, null), the
    # description keeping who they are; officials or sources no body is named for, in a quote of
    # any kind, are no known speaker either
    records = [q._replace(speaker=-1, speaker_description=q.speaker_description or table.actors[q.speaker].name)
               if (q.kind == "indirect" and _is_commentator(q.speaker, table, lexicon))
               or _unaffiliated(doc, q.speaker, table, lexicon) else q for q in records]
    records.sort(key=lambda r: (r.start, r.end, r.kind))
    return records


# A partial quote this short with no cue and no speaker is the writer's scare quote.
_SCARE_QUOTE_WORDS = 3
# A name in quotation marks has at most this many words ("Guardians of the Galaxy").
_TITLE_WORDS = 8


def is_title(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A title or a name set in quotation marks inside the writer's sentence, not an utterance:
    a show ('told NBC's "Meet the Press"'), a book, a film, a slogan, a nickname, an operation.
    Its words are capitalised (function words aside), it has no finite verb and no exclamation,
    and it sits inside a noun phrase of the writer's sentence."""
    words = [t for t in span if t.is_alpha]
    if not words or len(words) > _TITLE_WORDS:
        return False
    if not all(t.text[0].isupper() or (t.is_stop and t.is_lower) for t in words):
        return False
    if not any(t.text[0].isupper() for t in words):
        return False
    if _after_work_noun(doc, span, lexicon):
        return True  # 'the podcast "So, That Happened"', 'his radio program, "Morning Report"'
    if _before_person_noun(doc, span, lexicon):
        return True  # '"Orange Is the New Black" star Selenis Leyva', '"Daily Show" host Trevor Noah'
    if _listed_after_title(doc, span, lexicon):
        return True  # 'starred in "Lost Harbours" and "The Glass Road"'
    verbs = [t for t in span if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}]
    if any(t.text in {"!", "?"} for t in span) or verbs and not (
            all(t.text[0].isupper() for t in verbs) and _in_work_slot(doc, span)):
        return False  # an utterance: "Lock Her Up!", "Hello, It's Me", 'his rival's "You're no Lincoln"'
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.lemma_.lower() in lexicon.naming_verbs and verb.i < span.start:
        return False  # 'He named it "Operation Dawn"': the namer's words
    mark = span.start - 1
    while mark >= 0 and (doc[mark].is_punct and doc[mark].text not in {",", ".", ":", "!", "?", "—", "–"}
                         or doc[mark].is_space):
        mark -= 1  # the opening mark(s) and spaces
    if mark < 0 or doc[mark].is_sent_start and doc[mark].is_punct or doc[mark + 1].is_sent_start:
        return False
    before = doc[mark]
    if before.text in {".", ":", "!", "?", "—", "–"} or is_reporting_cue(before, lexicon):
        return False  # 'He said: "Never Again."', 'She said "No"'
    if before.text == "," and before.i > 0 and is_reporting_cue(doc[before.i - 1], lexicon):
        return False  # 'He said, "Absolutely Not."'
    # a name inside a noun phrase: 'NBC's "Meet the Press"', 'fans of "Star Wars"', 'the podcast
    # "Inside Politics"', 'his memoir, "Dreams"'; a verb's object ('likes "The Walking Dead"',
    # 'chanted "Law and Order"') may be words someone uses, and stays
    return before.tag_ == "POS" or before.pos_ in {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"} \
        or span.root.dep_ in {"appos", "compound", "nmod", "amod", "pobj"}


# Prepositions after which a capitalised name in quotation marks is a work, whatever verb its
# words hold: 'a part in "How the West Was Won"', 'appeared on "Who Runs the Country"'.
_WORK_PREPS = frozenset({"in", "on"})


def _opening_before(doc: Doc, span: Span) -> int:
    """The index of the last token before the opening quotation mark(s) of ``span``, or -1."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i


def _in_work_slot(doc: Doc, span: Span) -> bool:
    """Whether the quoted words stand right after a possessive ('Fox's "Who Runs the Country"')
    or after "in"/"on" ('starred in "How the West Was Won"'), where only a name fits."""
    i = _opening_before(doc, span)
    if i < 0 or not (doc[i].tag_ == "POS" or doc[i].lower_ in _WORK_PREPS and doc[i].pos_ == "ADP"):
        return False
    # in a headline every word is capitalised, the words someone said too: 'Senator: Clinton's
    # "Judgment Is In Question"'
    outside = [t for t in sent_of(span[0]) if t.is_alpha and not t.is_stop and not span.start <= t.i < span.end]
    return any(t.is_lower for t in outside)


def _listed_after_title(doc: Doc, span: Span, lexicon: Lexicon, depth: int = 0) -> bool:
    """Whether the quoted words follow another quoted title in a list, after "and", "or" or a
    comma ('"Night Train," "Apollo Rising," and "Summer in Paris"'): the next title of the list."""
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not doc[i].is_quote:
        return False
    i -= 1  # past the opening mark: '"Night Train," "Apollo Rising"' has the last one's closing
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].lower_ in {"and", "or"}:
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
    elif i >= 0 and doc[i].text == ",":
        i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not doc[i].is_quote or depth > 6:
        return False
    close = i
    j = close - 1
    while j >= 0 and not doc[j].is_quote and close - j <= _TITLE_WORDS + 4:
        j -= 1
    if j < 0 or not doc[j].is_quote or j + 1 >= close:
        return False
    end = close
    while end > j + 1 and doc[end - 1].is_punct:
        end -= 1  # '"Night Train,"': the comma inside the marks
    if end <= j + 1:
        return False
    prior = doc[j + 1 : end]
    return is_title(doc, prior, lexicon) or _listed_after_title(doc, prior, lexicon, depth + 1) and _capitalised(prior)


def _capitalised(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(t.text[0].isupper() or (t.is_stop and t.is_lower) for t in words) \
        and any(t.text[0].isupper() for t in words)


def _before_person_noun(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """Whether the quoted words, closed with no comma or end mark inside, are followed by a
    lower-case noun for a person or a work ("star", "host", "series") and then a name: they
    modify it as the title of a work ('"Broad City" star Arturo Castro')."""
    if span[-1].is_punct:
        return False
    i = span.end
    while i < len(doc) and doc[i].is_quote:
        i += 1
    if i + 1 >= len(doc) or i == span.end:
        return False
    noun = doc[i]
    heads = lexicon.referring_people | lexicon.work_nouns
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in heads and doc[i + 1].pos_ == "PROPN"


def _after_work_noun(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """Whether the quoted words follow a noun for a work (a podcast, a show, a book), past the
    opening mark and a comma: they are its title."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct and doc[i].text != "," or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return False
    if doc[i].pos_ in {"NOUN", "PROPN"}:
        return doc[i].lemma_.lower() in lexicon.work_nouns or doc[i].lower_ in lexicon.work_nouns
    if doc[i].lower_ not in lexicon.work_nouns or doc[i].tag_ not in {"VB", "VBP"}:
        return False  # 'The band played "Born in the U.S.A."': a verb
    # tagged as a verb ("the HuffPost politics podcast"): still a noun when a determiner opens
    # the phrase it ends, with only nouns and adjectives between
    for j in range(i - 1, max(-1, i - 5), -1):
        if doc[j].tag_ in {"DT", "PRP$", "POS"}:
            return True
        if doc[j].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
    return False


def _is_commentator(speaker: int, table: ActorTable, lexicon: Lexicon) -> bool:
    if speaker < 0:
        return False
    actor = table.actors[speaker]
    return actor.type == "GROUP" and actor.name.lower().split()[-1] in lexicon.commentators


def _unaffiliated(doc: Doc, speaker: int, table: ActorTable, lexicon: Lexicon) -> bool:
    """A group of people who speak for a body without being it ("officials", "sources": groups.toml
    `unaffiliated_speakers`) when no mention of it names the body: no name and no noun beside its
    head ("local officials said", "senior officials"; not "White House officials", "union
    officials", "industry sources", "Democratic sources"). The gold convention gives such a
    speaker no actor (null)."""
    if speaker < 0:
        return False
    actor = table.actors[speaker]
    if actor.type != "GROUP" or actor.name.lower().split()[-1] not in lexicon.unaffiliated_speakers:
        return False
    # (a count names no body: "dozens of officials said", "two sources said")
    return all((tok.pos_ not in _NAMING_POS and not tok.ent_type_) or tok.lower_ in lexicon.unaffiliated_speakers
               or tok.like_num or tok.lower_ in lexicon.quantity_nouns
               for m in table.mentions if m.actor == speaker for tok in doc[m.start:m.end])


# Parts of speech of a word that names a body beside the head noun ("White House officials",
# "union officials"); an entity word names one too ("Democratic officials": the party).
_NAMING_POS = {"PROPN", "NOUN"}


def _according_to(doc: Doc, table: ActorTable, lexicon: Lexicon, in_quote: list[bool]) -> list[QuoteRecord]:
    """"According to Syrian state media, government forces began deploying ...": the clause is the
    source's report."""
    records = []
    tokens = doc_tokens(doc)
    for i in lower_positions(doc).get("according", ()):
        tok = tokens[i]
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "to" or in_quote[i]:
            continue
        source = next((c for c in children_of(doc[tok.i + 1]) if c.dep_ == "pobj"), doc[tok.i + 2])
        speaker = actor_of(source, table, lexicon)
        if speaker < 0:
            speaker = _actor_in(doc, tok.i + 2, min(len(doc), source.right_edge.i + 1), table)
        if speaker < 0:
            speaker = _report_owner(source, table, lexicon)
        if speaker < 0 and source.lemma_.lower() not in lexicon.report_nouns | lexicon.speech_nouns \
                and source.lower_ not in lexicon.description_heads:
            continue  # "according to a poll", "according to court records": a report with no speaker;
            # "according to officials" is speech whose speaker the text does not give
        sent = sent_of(tok)
        phrase_end = source.right_edge.i + 1
        after = phrase_end + (1 if phrase_end < sent.end and doc[phrase_end].text == "," else 0)
        rest = [t for t in doc[after : sent.end] if not (t.is_punct or t.is_space)]
        opener = doc[tok.i - 2] if tok.i - 2 >= sent.start and doc[tok.i - 1].text == "," else doc[tok.i - 1]
        inserted = doc[tok.i - 1].text == "," and phrase_end < sent.end and doc[phrase_end].text == "," \
            and len(rest) >= 3 and any(t.tag_ in _FINITE_TAGS for t in rest)
        words = ""
        if tok.i - sent.start <= 1 or inserted and opener.pos_ == "SCONJ":
            # leading, or after "that"/"because": the clause follows ("said that, according to its
            # count, the party had won")
            start, end = after, sent.end
        elif inserted:
            # set between commas: the sentence around it ("Among the cases at risk, according to
            # the professor, are sixteen on trade")
            start, end = sent.start, sent.end
            words = clean_space(doc[sent.start : tok.i - 1].text + " " + doc[after : sent.end].text)
        elif doc[tok.i - 1].lower_ in RELATIVE and any(t.tag_ in _FINITE_TAGS for t in rest):
            continue  # "the union, which according to X has lost members, ...": inside a clause
        else:  # trailing: the clause precedes
            start, end = sent.start, tok.i
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - start < 4 or any(in_quote[i] for i in range(start, end)):
            continue
        span = doc[start:end]
        text = words.rstrip(" .!?;:") if words else clean_space(span.text)
        records.append(QuoteRecord(text, "indirect", "according to", span.start_char, span.end_char,
                                   speaker, description_of(source, table)))
    return records


def _kind(doc: Doc, loc: _Located, lexicon: Lexicon) -> str:
    """Direct (a full utterance set off from the writer's words) or partial (a fragment in them)."""
    words = [t for t in loc.span if t.is_alpha]
    first = next((t for t in loc.span if not t.is_punct or t.text in "([["), None)
    text = loc.span.text.lstrip("([ ")
    starts_upper = bool(text) and (text[0].isupper() or text[0].isdigit())
    before = doc[loc.span.start - 2] if loc.span.start >= 2 else None  # token before the mark
    sentence_start = before is None or before.is_space or before.text in {".", "!", "?", ":", ",", "—", "–"} \
        or before.is_sent_start
    if starts_upper and len(words) >= 3 and (sentence_start or (before is not None and is_reporting_cue(before, lexicon))
                                             or any(t.pos_ in {"VERB", "AUX"} for t in loc.span)):
        return "direct"
    if first is not None and len(words) >= 4 and sentence_start and any(t.pos_ in {"VERB", "AUX"} for t in loc.span):
        return "direct"
    return "partial"


def _attribute(doc: Doc, loc: _Located, table: ActorTable, lexicon: Lexicon, in_quote: list[bool],
               continues: bool = False) -> tuple[Token | None, int, Token | None]:
    """(cue token, speaker, the words naming the speaker) for a quote from the sentences it sits in;
    ``continues``: a quote of its paragraph came before it with a speaker ('"...," X said. "..."')."""
    qs, qe = loc.span.start, loc.span.end
    text = doc_text(doc)
    sents = {sent_of(t).start: sent_of(t) for t in (doc[qs], doc[qe - 1])}
    # frame: tokens of the quote's sentences (and one sentence after when the quote ends one)
    frame_start = min(s.start for s in sents.values())
    frame_end = max(s.end for s in sents.values())
    if frame_end < len(doc) and (qe >= frame_end - 2) and "\n" not in text[doc[qe - 1].idx : doc[frame_end].idx]:
        nxt = sent_of(doc[frame_end])
        if _goes_on_lower(nxt, loc, in_quote):
            # '"... resign!" the presumptive nominee, Donald Trump, tweeted Sunday after ...': a
            # "sentence" opening in lower case right after a quote's closing mark is the rest of
            # the quote's own sentence, its attribution, however long it runs
            frame_end = nxt.end
        elif nxt.end - nxt.start <= 12 and not any(in_quote[t.i] or t.dep_ == "ccomp" for t in nxt if t.i >= qe):
            # '"... end of quote." he said.' split as its own sentence; not 'Y added: "..."' or
            # 'Y said the talks failed.', a short sentence that reports words of its own, a quote or
            # a clause ('"...," X said. "..." Y added: "..."': the middle quote goes on with X)
            frame_end = nxt.end
    if qs - frame_start <= 2 and frame_start > 0:
        prev = sent_of(doc[frame_start - 1])
        if prev.text.rstrip().endswith(":") or prev.end - prev.start <= 10 and not any(in_quote[t.i] for t in prev) \
                and "\n" not in text[prev[-1].idx : doc[qs].idx]:
            # 'Zelensky said:' as its own sentence; not '"...," Y said.', a quote with its cue,
            # nor a short sentence ending the paragraph before ('"...?" Maddow asked.' then, on a
            # new line, '"...?" Clinton replied, ...', split after its '?': Clinton's words)
            frame_start = prev.start
    candidates = _cue_candidates(doc, loc, frame_start, frame_end, lexicon, in_quote)
    if not candidates and not continues and qs - frame_start <= 2 and frame_end < len(doc) and qe >= frame_end - 2 \
            and "\n" not in text[doc[qe - 1].idx : doc[frame_end].idx]:
        opening = _opening_cue(sent_of(doc[frame_end]), lexicon, in_quote)
        if opening is not None:
            # '"... who knows?" Trump told Britain's ITV in an interview aired on Monday when ...':
            # the attribution opens the next sentence, however long it runs
            frame_end = sent_of(opening).end
            candidates = _cue_candidates(doc, loc, frame_start, frame_end, lexicon, in_quote)
    # "according to X"
    low = [t.lower_ for t in doc[frame_start:frame_end]]
    for phrase in lexicon.speaker_after_phrases:
        words = phrase.split()
        for k in range(len(low) - len(words) + 1):
            if low[k : k + len(words)] == words:
                obj_tok = doc[frame_start + k + len(words)] if frame_start + k + len(words) < len(doc) else None
                if obj_tok is not None and not in_quote[obj_tok.i] \
                        and not _cue_speaks_over(doc[frame_start + k], candidates, table, lexicon, in_quote):
                    actor = _source_actor(obj_tok, table, lexicon)
                    if actor >= 0:
                        return doc[frame_start + k], actor, obj_tok
    candidates = _governing_first(candidates, loc.span)
    for _, cue in candidates:
        if cue.i < qs:
            colon = _colon_clause_over(doc, loc, cue, table, lexicon, in_quote)
            if colon is not None:
                return colon
        subject = _subject_of(cue, in_quote)
        if subject is not None and in_quote[subject.i]:
            subject = None  # "I", "we" or a noun of the quoted words is not the speaker
        if subject is not None:
            subject = _trailing_name(subject, cue)
        actor = _speaker_of(subject, table, lexicon)
        if actor < 0:
            actor = _inverted_speaker(cue, table)
        if actor < 0:
            actor = _statement_speaker(subject, table, lexicon, in_quote)
        if actor < 0:
            actor = _named_in_set_off(cue, subject, table)
        if actor < 0 and (subject is None or subject.head.i != cue.i):
            actor = _adjacent_actor(cue, table)  # also when the subject is another verb's
        if actor < 0 and subject is None:
            actor = _named_after_quote(cue, loc, table)
        if actor < 0 and subject is None:
            actor = _left_subject_actor(cue, table, in_quote)
        if actor >= 0:
            return cue, actor, subject
    if candidates:
        return candidates[0][1], -1, None
    cue, actor = _after_quote(doc, loc, table, in_quote)
    if actor < 0 and not continues:
        cue, actor = _summing_up(doc, loc, table, lexicon, in_quote)
    if actor < 0:
        cue, actor, source = _colon_speaker(doc, loc, table, lexicon, in_quote)
        if actor < 0:
            cue, actor, source = _owned_speech(doc, loc, table, lexicon, in_quote)
        if actor < 0:
            cue, actor, source = _comma_speaker(doc, loc, table, in_quote, lexicon)
        return cue, actor, source
    return cue, actor, None


def _governing_first(candidates: list[tuple[int, Token]], span: Span) -> list[tuple[int, Token]]:
    """The cue candidates nearest first, except that a relative clause's cue that does not govern
    the quote goes after one that does: 'X, who has called the pact "insanity," and Y, who says
    it is "a disaster"': "says" is nearer to "insanity", "called" governs it."""
    ranked = sorted(candidates, key=lambda c: c[0])
    if len(ranked) < 2 or ranked[0][1].dep_ != "relcl" or _governs(ranked[0][1], span):
        return ranked
    governing = [c for c in ranked if _governs(c[1], span)]
    return governing + [c for c in ranked if c not in governing] if governing else ranked


def _cue_speaks_over(phrase: Token, candidates: list[tuple[int, Token]], table: ActorTable, lexicon: Lexicon,
                     in_quote: list[bool]) -> bool:
    """Whether a source phrase ("according to X") hangs on a reporting cue of the quote whose own
    subject names its speaker: '"He can win," he told aides, according to Tom Brand' (he spoke;
    Brand told of it), not '"...," according to Brand' with no cue of its own."""
    for _, cue in candidates:
        if phrase.head.i != cue.i:
            continue
        subject = _subject_of(cue, in_quote)
        if subject is not None and not in_quote[subject.i] and _speaker_of(subject, table, lexicon) >= 0:
            return True
    return False


def _goes_on_lower(sent: Span, loc: _Located, in_quote: list[bool]) -> bool:
    """Whether ``sent`` starts right after the quote's closing mark (nothing but marks between)
    with a word in lower case: the sentence splitter cut the quote's sentence after its '?' or '!'."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or in_quote[words[0].i] or not words[0].is_alpha or not words[0].text[:1].islower():
        return False
    return all(t.is_punct or t.is_space for t in sent.doc[loc.span.end : words[0].i])


def _comma_speaker(doc: Doc, loc: _Located, table: ActorTable, in_quote: list[bool],
                   lexicon: Lexicon) -> tuple[Token | None, int, Token | None]:
    """'Hillary Clinton shot back, "I suppose ..."': a named speaker, a verb (with its particle)
    and a comma right before a quote that opens with a capital are a speech act, whatever the
    verb; so is a statement its subject issues ('X released a statement, "..."')."""
    i = loc.span.start - 1
    while i >= 0 and (doc[i].is_punct and doc[i].text != "," or doc[i].is_space):
        i -= 1
    if i < 2 or doc[i].text != "," or not loc.span.text.lstrip("([ ")[:1].isupper():
        return None, -1, None
    k = i - 1
    if doc[k].tag_ in {"RP", "RB"} and not doc[k].lower_.endswith("ly"):
        k -= 1  # "shot back", "fired back"
    noun = _issued_statement(doc, i, lexicon, in_quote)
    if noun is not None:
        # "Trump issued a statement, "...": the statement's words are its issuer's
        subject = _subject_of(noun.head, in_quote)
        actor = _speaker_of(subject, table, lexicon) if subject is not None and not in_quote[subject.i] else -1
        return (noun, actor, subject) if actor >= 0 else (None, -1, None)
    verb = doc[k]
    if verb.dep_ == "dobj" and verb.head.i < verb.i and verb.i - verb.head.i <= _COMMA_OBJECT_TOKENS \
            and verb.head.tag_ in {"VBD", "VBZ"} and verb.left_edge.i > verb.head.i \
            and any(t.pos_ in {"VERB", "AUX"} for t in loc.span):
        # "Trump, also on Twitter, defended his decision, "As I have stated ..."": a short object
        # between the verb and the comma, and a quoted sentence after it
        verb = verb.head
        k = verb.i
    if verb.tag_ not in {"VBD", "VBZ"} and verb.dep_ == "pobj":
        reacting = _verb_of_phrase(verb, i, in_quote)
        if reacting is not None and any(t.pos_ in {"VERB", "AUX"} for t in loc.span):
            subject = next((c for c in lefts_of(reacting) if c.dep_ == "nsubj"), None)
            actor = actor_of(subject, table, lexicon) if subject is not None and not in_quote[subject.i] else -1
            if actor >= 0 and table.actors[actor].type in {"PERSON", "ORG"}:
                return reacting, actor, subject
        return None, -1, None
    if in_quote[verb.i] or verb.tag_ not in {"VBD", "VBZ"} or not verb.is_lower:
        return None, -1, None
    j = k - 1
    if doc[j].tag_ == "RB" and doc[j].lower_.endswith("ly"):
        j -= 1  # "Clinton quickly shot back"
    actor = table.actor_at(j) if j >= 0 else -1
    if actor < 0 and doc[j].text == ",":
        # "Trump, also on Twitter, defended ...": the verb's subject before a phrase set off
        subject = next((c for c in lefts_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and table.actor_at(subject) >= 0 and _set_off_before(doc, j) == subject.i:
            j, actor = subject.i, table.actor_at(subject)
    if actor < 0 or in_quote[j]:
        return None, -1, None
    while j > 0 and table.actor_at(j - 1) == actor:
        j -= 1
    if j > 0 and (doc[j - 1].pos_ == "SCONJ" or doc[j - 1].tag_ == "IN" or verb.dep_ == "advcl"):
        return None, -1, None  # "As Maria Lopez left, "...": a clause of time, no speech
    return verb, actor, doc[j]


def _verb_of_phrase(noun: Token, comma: int, in_quote: list[bool]) -> Token | None:
    """'X reacted skeptically to the deal, "..."': the main verb in the past or present whose
    clause a short prepositional phrase ends right at the comma, found up from its noun (the
    parser may hang it on the quoted words)."""
    tok = noun
    while tok.dep_ in {"pobj", "prep"} and tok.head.i < tok.i:
        tok = tok.head
    if tok.tag_ not in {"VBD", "VBZ"} or not (tok.dep_ == "ROOT" or in_quote[tok.head.i]) or not tok.is_lower \
            or any(c.dep_ == "mark" for c in children_of(tok)) or comma - tok.i > _COMMA_PHRASE_TOKENS \
            or tok.right_edge.i != comma - 1:
        return None
    return tok


# How many tokens a verb and its prepositional phrase may run before the comma that opens its
# quote ("reacted skeptically to the deal, "...").
_COMMA_PHRASE_TOKENS = 9
# How many tokens the object of a verb may run before the comma that opens its quote ("defended
# his decision, "...").
_COMMA_OBJECT_TOKENS = 4
# How many tokens may follow a statement noun before the comma that opens its quote ("issued
# a statement on Monday, "...").
_STATEMENT_TAIL = 5


def _issued_statement(doc: Doc, comma: int, lexicon: Lexicon, in_quote: list[bool]) -> Token | None:
    """The speech noun ("statement", "letter") that a verb takes as its object right before
    ``comma``, its own modifiers ("on Monday", "to its members") aside."""
    for k in range(comma - 1, max(-1, comma - 2 - _STATEMENT_TAIL), -1):
        tok = doc[k]
        if in_quote[k] or tok.is_punct:
            return None
        if tok.lemma_.lower() in lexicon.speech_nouns and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            verb_span = {t.i for t in tok.head.subtree}
            return tok if all(j in verb_span for j in range(k, comma)) else None
    return None


def _cue_candidates(doc: Doc, loc: _Located, start: int, end: int, lexicon: Lexicon,
                    in_quote: list[bool]) -> list[tuple[int, Token]]:
    """(distance to the quote, token) of the reporting cues of ``doc[start:end]`` outside quotes."""
    qs, qe = loc.span.start, loc.span.end
    candidates: list[tuple[int, Token]] = []
    for tok in doc[start:end]:
        if in_quote[tok.i] or not is_reporting_cue(tok, lexicon):
            continue
        distance = qs - tok.i if tok.i < qs else tok.i - qe
        if tok.lemma_.lower() in lexicon.clause_only_verbs and distance > 6 and not _governs(tok, loc.span) \
                and not _after_set_off_name(doc, loc, tok) and not _subject_after_quote(doc, loc, tok):
            continue
        if tok.lemma_.lower() in lexicon.belief_verbs:
            continue
        if tok.i >= qe and _opens_next_quote(doc, loc, tok, in_quote):
            continue
        if tok.lemma_.lower() in lexicon.clause_only_verbs and not _infinitive_cue(tok, lexicon) and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(tok)):
            continue  # "will continue to be "a champion"", "expects to win": an infinitive, no speech
        candidates.append((distance, tok))
    return candidates


def _first_word_after_quote(doc: Doc, loc: _Located, cue: Token) -> int:
    """Where the words after the quote begin: past the punctuation and spaces that follow it, in
    its line, at the cue at most."""
    i = loc.span.end
    while i < cue.i and (doc[i].is_punct or doc[i].is_space) and "\n" not in doc[i].text:
        i += 1
    return i


def _subject_after_quote(doc: Doc, loc: _Located, cue: Token) -> bool:
    """'"...?" the party's likely nominee, Jo Marsh, wrote on Sunday': the cue follows the quote
    after nothing but its own subject, however long the subject runs."""
    i = _first_word_after_quote(doc, loc, cue)
    subject = next((c for c in children_of(cue) if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or subject.left_edge.i != i:
        return False
    return all(t.is_punct for t in doc[subject.right_edge.i + 1 : cue.i])


def _after_set_off_name(doc: Doc, loc: _Located, cue: Token) -> bool:
    """'"...," Ann Cole, a lawyer then working for the ministry, wrote in an email': the cue
    follows the quote after nothing but a name and a phrase set off between commas that
    describes it, however long the phrase (the parse may hang the cue on the quoted words)."""
    i = _first_word_after_quote(doc, loc, cue)
    j = i
    while j < cue.i and doc[j].pos_ == "PROPN":
        j += 1
    return i < j < cue.i - 1 and doc[j].text == "," and doc[cue.i - 1].text == "," \
        and _set_off_before(doc, cue.i - 1) == j - 1


# How many tokens may separate a cue from the quote it opens ('Y told reporters on Monday: "...').
_OPENING_GAP = 6


def _opens_next_quote(doc: Doc, loc: _Located, cue: Token, in_quote: list[bool]) -> bool:
    """'"... in place." Y added, "For now."': a cue after a quote whose words end their sentence
    (a full stop inside the marks) that a quote of its own follows, in its sentence, opens that
    one; it is no trailing attribution of the quote before it."""
    if loc.span[-1].text != ".":
        return False
    end = min(sent_of(cue).end, cue.i + 1 + _OPENING_GAP)
    return any(in_quote[k] for k in range(cue.i + 1, end))


# How many words of a sentence may come before the reporting cue that opens it.
_OPENING_CUE_WORDS = 6


def _opening_cue(sent: Span, lexicon: Lexicon, in_quote: list[bool]) -> Token | None:
    """The reporting cue that opens ``sent``: 'said Trump ...', or 'Trump told ...', 'The former
    president said ...' (every word before the cue is its subject's)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or in_quote[words[0].i]:
        return None
    for tok in words[:_OPENING_CUE_WORDS]:
        if in_quote[tok.i]:
            return None
        if not is_reporting_cue(tok, lexicon) or tok.lemma_.lower() in lexicon.belief_verbs:
            continue
        if tok.i == words[0].i:
            # 'said Trump ...'; 'asked Mr. Manafort, referring to ...', the name parsed as the
            # cue's object: a proper noun right after an inverted cue is who spoke
            return tok if tok.i + 1 < sent.end and (any(c.dep_ in SUBJECT_DEPS and c.i > tok.i for c in children_of(tok))
                                                    or _proper_noun_after(tok)) else None
        subject = next((c for c in lefts_of(tok) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.left_edge.i == words[0].i and subject.right_edge.i < tok.i:
            return tok
        return None
    return None


def _proper_noun_after(cue: Token) -> bool:
    """Whether a proper noun follows ``cue`` at once ('asked Mr. Manafort', 'said Senator Cole')."""
    nxt = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return nxt is not None and nxt.tag_ == "NNP" and nxt.text[:1].isupper()


def _colon_speaker(doc: Doc, loc: _Located, table: ActorTable, lexicon: Lexicon,
                   in_quote: list[bool]) -> tuple[Token | None, int, Token | None]:
    """'Trump leaned in and boomed: "Let's win."': a quote opened right after a colon is the words
    of the subject of the clause the colon ends, whatever its verb."""
    i = loc.span.start - 1
    while i >= 0 and (doc[i].is_punct and doc[i].text not in _COLONS or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text not in _COLONS or in_quote[i - 1]:
        return None, -1, None
    label = _label_actor(doc, i, table, lexicon)
    if label >= 0:
        return None, label, doc[i - 1]
    verb = doc[i - 1] if doc[i - 1].pos_ in {"VERB", "AUX"} else doc[i - 1].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or in_quote[verb.i] or verb.i >= loc.span.start:
        return None, -1, None
    subject = _subject_of(verb, in_quote)
    root = sent_of(verb).root
    if subject is None and "dep" in {verb.dep_, verb.head.dep_} and root.i < verb.i:
        subject = _subject_of(root, in_quote)  # "X gestured, then leaned in and boomed:" (a lost conjunct)
    while subject is not None and subject.tag_ in {"WP", "WDT"} and subject.head.i != root.i \
            and relative_antecedent(subject) is None:
        # "Clinton has since apologized for what happened:": the clause the wh-clause is part of
        # (not "Thomas Gray, who cited ...:", a relative pronoun that stands for its speaker)
        governing = next((a for a in subject.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if governing is None:
            break
        verb, subject = governing, _subject_of(governing, in_quote)
    if subject is None or in_quote[subject.i] or subject.i > i:
        return None, -1, None
    actor = _speaker_of(subject, table, lexicon)
    if actor < 0:
        # "As for Ban, he seems content that the deal he pushed for happened: "..."": the clause
        # the colon ends is set inside the main clause (the topmost verb before the colon), whose
        # subject speaks
        top = verb
        for a in verb.ancestors:
            if in_quote[a.i] or a.i > i:
                break
            top = a if a.pos_ in {"VERB", "AUX"} else top
        main = _subject_of(top, in_quote) if top.i != verb.i else None
        if main is not None and not in_quote[main.i] and main.i < i:
            actor = _speaker_of(main, table, lexicon)
            verb, subject = top, main
    return (verb, actor, subject) if actor >= 0 else (None, -1, None)


def _owned_speech(doc: Doc, loc: _Located, table: ActorTable, lexicon: Lexicon,
                  in_quote: list[bool]) -> tuple[Token | None, int, Token | None]:
    """'after her March comment that, "We're going to ..."', 'his statement: "..."': a quote
    opened right after a noun of speech (``nouns`` of the cue lexicon's phrases), and "that", a
    comma or a colon, is the words of whoever the noun's possessive names; not a quote after the
    sentence that ends with such a noun ('... told X before Ryan's interview. "..."'), nor one that
    a colon gives to the subject of the clause holding the noun ('X opposed Y's statement: "..."':
    X's, :func:`_colon_speaker`, tried first)."""
    i = loc.span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].text in {",", ":"} or doc[i].lower_ == "that") \
            and not in_quote[i]:
        i -= 1
    if i < 0 or in_quote[i] or doc[i].pos_ != "NOUN" or doc[i].lower_ not in lexicon.speech_nouns \
            and doc[i].lemma_.lower() not in lexicon.speech_nouns:
        return None, -1, None
    owner = next((c for c in children_of(doc[i]) if c.dep_ == "poss"), None)
    actor = table.actor_at(owner) if owner is not None else -1
    return (doc[i], actor, owner) if actor >= 0 else (None, -1, None)


def _colon_clause_over(doc: Doc, loc: _Located, cue: Token, table: ActorTable, lexicon: Lexicon,
                       in_quote: list[bool]) -> tuple[Token, int, Token | None] | None:
    """'When X suggested that ..., Y fired back: "..."': a cue inside a clause that depends on
    the verb whose clause a colon ends, right before the quote, reports its own words, not the
    quote's; the colon's clause names the speaker (:func:`_colon_speaker`). None otherwise."""
    i = loc.span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text not in _COLONS:
        return None
    verb, actor, source = _colon_speaker(doc, loc, table, lexicon, in_quote)
    if actor < 0 or verb is None or verb.i == cue.i or not any(a.i == verb.i for a in cue.ancestors):
        return None
    return verb, actor, source


def _label_actor(doc: Doc, colon: int, table: ActorTable, lexicon: Lexicon) -> int:
    """'Clinton: "Our goal is ..." Bush: "The mission is ..."': an actor's name alone before a
    colon, opening its sentence (or following a quote that ends one), labels the quote after it;
    so does a name after a reporting verb that opens the sentence ('Stated Stone: "..."'), and a
    name with its party and state in brackets ('Rep. X (R-S.C.): "..."') or the topic it speaks
    on ('X on the budget: "..."')."""
    k = _on_topic(doc, _before_bracket(doc, colon), table)
    actor = table.actor_at(k - 1) if k > 0 else -1
    if actor < 0:
        return -1
    k -= 1
    while k > 0 and table.actor_at(k - 1) == actor:
        k -= 1
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in lexicon.title_heads:
        k -= 1  # 'Rep. X (R-S.C.):', 'Senator Y:': the title before the name
    if k > 0 and opening_cue_word(doc[k - 1], lexicon):
        k -= 1
    if k > 1 and doc[k - 1].text in {"-", "—", "–", "--"} and doc[k - 2].whitespace_ and doc[k - 1].whitespace_ \
            and not doc[k - 2].is_quote:  # (a dash after a quotation mark is no label's)
        # a roundup's line 'Pollsters agree - Carl Bialik: "..."', 'TURNOUT IS UP — Pew Research:
        # "..."': a name set off by a spaced dash labels the quote like one opening its sentence
        return actor
    m = k - 1
    while m >= 0 and (doc[m].is_quote or doc[m].is_space or doc[m].text in {"-", "—", "–"}):
        m -= 1
    if m < 0 or doc[m].text in _SENTENCE_ENDS or "\n" in doc[m + 1 : k].text or doc[m].is_space:
        return actor
    return -1


def _before_bracket(doc: Doc, colon: int) -> int:
    """Where a short bracket closing right before the colon at ``colon`` opens ('X (R-S.C.):',
    'Y (D):', the tokenizer's one token "):" too), or ``colon`` when no such bracket ends there."""
    if doc[colon].text == "):":
        last = colon - 1
    elif colon >= 1 and doc[colon - 1].text == ")":
        last = colon - 2
    else:
        return colon
    for k in range(last, max(last - _LABEL_BRACKET_TOKENS, -1), -1):
        if doc[k].text == "(":
            return k
        if doc[k].is_quote or doc[k].text in {")", ":"}:
            break
    return colon


def _on_topic(doc: Doc, end: int, table: ActorTable) -> int:
    """Where the name of a label that names its topic ends ('X on the budget:', 'Y on why the
    talks failed:', 'X on Y:'): before the "on" of a short phrase with no verb of its own that
    runs up to ``end``; ``end`` for any other label."""
    verb = False
    for k in range(end - 1, max(end - 1 - _TOPIC_TOKENS, 0), -1):
        tok = doc[k]
        if tok.lower_ == "on" and table.actor_at(k - 1) >= 0 and (not verb or doc[k + 1].tag_ in _RELATIVE_TAGS
                                                                   or doc[k + 1].tag_ == "WRB"):
            return k  # a verb only in a wh-clause: 'on why the talks failed'
        if tok.is_punct or tok.is_space:
            break
        verb = verb or tok.pos_ in {"VERB", "AUX"}
    return end


# The most tokens of the topic of a label ('on the budget').
_TOPIC_TOKENS = 7
# What ends the sentence before a label ('... Trump: "..."' after an ellipsis too).
_SENTENCE_ENDS = frozenset({".", "!", "?", "...", "\u2026"})
# A colon, and the one token the tokenizer makes of a bracket closed before a colon ('(R-S.C.):').
_COLONS = frozenset({":", "):"})
# The most tokens inside a bracket that follows a label's name ('(R-S.C.)').
_LABEL_BRACKET_TOKENS = 5


def _after_quote(doc: Doc, loc: _Located, table: ActorTable, in_quote: list[bool]) -> tuple[Token | None, int]:
    """'"...," De La Calle sais.': a named speaker and one word after the closing mark, ending the
    sentence, attribute the quote even when the word is no known (or a misspelt) reporting verb;
    a name after a paragraph break opens a paragraph of its own ('"... GREAT!" || Senator X spoke
    on Fox News, "..."'), no inverted cue of the quote that ended the one before."""
    i = loc.span.end
    while i < len(doc) and (doc[i].is_punct and doc[i].text in {'"', "”", "’", "'", ","} or doc[i].is_space):
        if ends_paragraph(doc[i]):
            return None, -1
        i += 1
    j = i
    actor = table.actor_at(j) if j < len(doc) else -1
    if actor < 0 and i < len(doc) and i > loc.span.end and _ends_open(doc, loc) and doc[i].is_alpha \
            and doc[i].text.islower() and doc[i].tag_ in _SPEECH_ACT_TAGS and not in_quote[i]:
        # '"That is a lie," snapped Senator X.', '"Wonderful!" beamed Y of Dayton, Ohio, who ...':
        # a verb of manner, inverted, then the name that ends its clause
        named, k = _name_from(doc, i + 1, len(doc), table)
        if named >= 0 and table.actors[named].type == "PERSON" and (k >= len(doc) or doc[k].is_punct or doc[k].dep_ in {"prep", "mark"}):
            return doc[i], named
    if actor < 0:
        return None, -1
    while j < len(doc) and table.actor_at(j) == actor:
        j += 1
    if j + 1 < len(doc) and doc[j].is_alpha and doc[j].text.islower() and doc[j + 1].text in {".", ",", ";", "!"} \
            and not in_quote[j] and not _opens_next_quote(doc, loc, doc[j], in_quote):
        return doc[j], actor
    if j + 1 < len(doc) and doc[j].tag_ == "RB" and doc[j].lower_.endswith("ly"):
        j += 1  # "Trump angrily retorted"
    if j < len(doc) and _ends_open(doc, loc) and doc[j].is_alpha and doc[j].text.islower() and not in_quote[j] \
            and doc[j].tag_ in _SPEECH_ACT_TAGS:
        return doc[j], actor  # '"Go back to Univision," Trump barked and ...': a verb of manner
    return None, -1


# Demonstratives that stand for a quote before them ('That was the message from X').
_POINTING = frozenset({"that", "this", "such", "so"})


def _summing_up(doc: Doc, loc: _Located, table: ActorTable, lexicon: Lexicon,
                in_quote: list[bool]) -> tuple[Token | None, int]:
    """'"There will be no concessions." That was the message from Prime Minister X.', '"The
    ceasefire must hold" -- that was the demand of the envoy, Y': the sentence right after the
    quote (or the words after a dash that ends it) sums it up with a demonstrative subject and a
    noun of speech (``message_nouns``) whose speaker follows "from" or "of", or owns the noun."""
    i = loc.span.end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].lower_ not in _POINTING:
        if doc[i].text == "\n" or "\n\n" in doc[i].text:
            return None, -1
        i += 1
    if i >= len(doc) or i - loc.span.end > 4 or doc[i].lower_ not in _POINTING or in_quote[i]:
        return None, -1
    verb = doc[i].head
    if doc[i].dep_ not in SUBJECT_DEPS or verb.lemma_ != "be":
        return None, -1
    noun = next((c for c in children_of(verb) if c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in lexicon.message_nouns), None)
    if noun is None:
        return None, -1
    for child in children_of(noun):
        if child.dep_ == "poss":
            actor = actor_of(child, table, lexicon)
            if actor >= 0:
                return noun, actor
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            obj = first_child(child, "pobj")
            if obj is not None:
                # the name in apposition first: "of Taiwan's president, Lai Ching-te" is Lai's
                actor = next((table.actor_at(a) for a in children_of(obj) if a.dep_ == "appos" and table.actor_at(a) >= 0), -1)
                if actor < 0:
                    actor = actor_of(obj, table, lexicon)
                if actor >= 0:
                    return noun, actor
    return None, -1


# Tags of a verb that can tell a speech act of its subject ('barked', 'snaps', 'fired back').
_SPEECH_ACT_TAGS = frozenset({"VBD", "VBZ", "VBN"})


def _ends_open(doc: Doc, loc: _Located) -> bool:
    """Whether the quoted words end on a comma, '?' or '!' (inside the marks or right after them):
    the sentence goes on with who said them."""
    last = loc.span[-1]
    nxt = doc[loc.span.end] if loc.span.end < len(doc) else None
    return last.text in {",", "?", "!"} or (nxt is not None and nxt.text == ",") \
        or (loc.span.end + 1 < len(doc) and nxt is not None and nxt.is_punct and doc[loc.span.end + 1].text == ",")


def _governing_subject(loc: _Located, table: ActorTable, lexicon: Lexicon, in_quote: list[bool]) -> int:
    """A fragment quoted in the writer's sentence is the words of the clause's subject
    ('the Kremlin has signaled that it is "carefully studying" the proposal')."""
    node = loc.span.root
    for _ in range(6):
        if not in_quote[node.i] and node.pos_ in {"VERB", "AUX"}:
            subj = _subject_of(node, in_quote)
            if subj is None:
                subj = _issuer_of(node, lexicon, in_quote)  # 'issued a statement saying it "..."'
            if subj is not None and not in_quote[subj.i]:
                return actor_of(subj, table, lexicon)
        if node.head.i == node.i:
            break
        node = node.head
    return -1


def _source_actor(first: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """The actor named by the phrase starting at ``first`` ("according to X"): its own actor, an
    actor in its first words, or the owner of the report it names ("a White House readout")."""
    doc = first.doc
    actor = actor_of(first, table, lexicon)
    if actor < 0:
        # the phrase ends at a colon or a quotation mark: 'According to HuffPo: "Senator Tim
        # Kaine has ..."' names no source in the quoted words
        end = first.i
        while end < min(len(doc), first.i + 6) and not (doc[end].is_quote or doc[end].text in {":", ";"}):
            end += 1
        actor = _actor_in(doc, first.i, end, table)
    if actor < 0:
        actor = _report_owner(first if first.dep_ == "pobj" else first.head, table, lexicon)
    return actor


def _report_owner(noun: Token, table: ActorTable, lexicon: Lexicon) -> int:
    """"a White House readout", "the ministry's statement": the state or organisation a report
    or a statement belongs to, named in its own words."""
    if noun.lemma_.lower() not in lexicon.report_nouns | lexicon.speech_nouns:
        return -1
    return owner_in_phrase(noun, lexicon, table)[0]


# How far back "the statement said" looks for the statement's speaker, in sentences.
_STATEMENT_LOOKBACK = 3


def _statement_speaker(subject: Token | None, table: ActorTable, lexicon: Lexicon, in_quote: list[bool]) -> int:
    """"The statement said ...": a statement, letter or readout as the subject speaks for whoever
    its own words name ("the ministry's statement"), else for the one who spoke "in a statement"
    in the sentences just before ("Morgan Ortagus said in a statement, ... The statement said")."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon.speech_nouns | lexicon.report_nouns:
        return -1
    actor = _report_owner(subject, table, lexicon)
    if actor >= 0 or not any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in children_of(subject)):
        return actor
    doc = subject.doc
    lo = sent_of(subject)
    for _ in range(_STATEMENT_LOOKBACK):
        if lo.start == 0:
            break
        lo = sent_of(doc[lo.start - 1])
    for tok in reversed(doc[lo.start : subject.i]):
        if tok.lemma_ != subject.lemma_ or in_quote[tok.i]:
            continue
        if tok.dep_ == "dobj" and (_issued_document(tok, lexicon) or tok.head.lemma_.lower() in lexicon.issuing_verbs):
            return _speaker_of(_subject_of(tok.head, in_quote), table, lexicon)  # "issued a statement"
        if tok.dep_ != "pobj" or tok.head.head.pos_ not in {"VERB", "AUX"}:
            continue
        return _speaker_of(_subject_of(tok.head.head, in_quote), table, lexicon)  # "said in a statement"
    return -1


def _governs(cue: Token, span: Span) -> bool:
    return any(tok.head.i == cue.i or cue.i in {a.i for a in tok.ancestors} for tok in span[:3])


def _actor_in(doc: Doc, start: int, end: int, table: ActorTable) -> int:
    for i in range(start, end):
        actor = table.actor_at(i)
        if actor >= 0:
            return actor
    return -1


def _announced(doc: Doc, loc: _Located, table: ActorTable, lexicon: Lexicon, in_quote: list[bool],
               para: list[int]) -> tuple[Token | None, int]:
    """'Senator X, ..., tweeted a warning. "..."', 'Y said in a statement. "..."', 'Z continued
    his remarks.' then a paragraph of quoted words: a quote with no attribution of its own that
    opens a sentence right after one announcing speech is the announcer's. The sentence before
    holds no quotation and reports no words of its own (a cue with no clause, or a noun of speech
    as its object, or, in the quote's own paragraph, a verb presenting or judging its object:
    'X touted her record. "..."', [phrases] presenting), and the quote opens a sentence of its
    paragraph or, from the sentence ending the paragraph before, the next paragraph."""
    first = loc.span[0]
    k = first.i - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space or doc[k].text in {"(", "["}):
        k -= 1
    if k < 0 or doc[k].text not in {".", ":"} or in_quote[k]:
        return None, -1
    if para[k] != para[first.i] and para[k] != para[first.i] - 1:
        return None, -1
    sent = sent_of(doc[k])
    if any(in_quote[t.i] or t.is_quote for t in sent) or sent.end - sent.start > _ANNOUNCING_TOKENS:
        return None, -1
    verb = sent.root
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None, -1
    if any(c.dep_ in {"ccomp", "xcomp", "advcl", "parataxis"} and c.pos_ in {"VERB", "AUX"} for c in children_of(verb)):
        return None, -1  # 'X said the talks failed.': it reports words of its own
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    speech_object = any(o.lemma_.lower() in lexicon.speech_nouns | lexicon.message_nouns
                        or o.lower_ in lexicon.speech_nouns for o in objects)
    brief = para[k] == para[first.i] and sum(1 for t in sent if not (t.is_punct or t.is_space)) <= _BRIEF_TOKENS \
        and all(c.dep_ in _MANNER_DEPS for c in children_of(verb))
    reporting = is_reporting_cue(verb, lexicon)
    speech_object = speech_object or bool(objects) and verb.lemma_.lower() in lexicon.presenting_verbs \
        and para[k] == para[first.i]
    if not speech_object and not brief and (objects or not reporting):
        return None, -1
    subject = first_child(verb, "nsubj")
    if subject is None:
        return None, -1
    if brief and not speech_object and not reporting:
        # 'Professor X agreed. "..."', 'The senator was blunt. "..."': a few words on how a
        # person took it (the verb with nothing but its subject and words of manner; not an act
        # like 'walked out of the chamber'), then, in the same paragraph, the words that show it
        actor = _speaker_of(subject, table, lexicon)
        return (verb, actor) if actor >= 0 and table.actors[actor].type == "PERSON" else (None, -1)
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=verb.i)
    if verb.i == last and any(t.text == "," for t in doc[sent.start : verb.i]):
        return None, -1  # 'Or maybe Y, consultant X says.': a trailing cue, the words before are X's
    actor = _speaker_of(subject, table, lexicon)
    return (verb, actor) if actor >= 0 else (None, -1)


# The longest sentence read as announcing the quote after it, in tokens.
_ANNOUNCING_TOKENS = 40
# The most words of a sentence that only says how its subject took something ('X agreed.').
_BRIEF_TOKENS = 8
# What the verb of such a sentence may have beside its subject: words of manner ('disagreed
# sharply', 'was blunt'), negation, auxiliaries.
_MANNER_DEPS = frozenset({"nsubj", "advmod", "acomp", "neg", "aux", "punct"})


def _signed(doc: Doc, loc: _Located, table: ActorTable, para: list[int]) -> int:
    """A paragraph that is one quotation, signed by the short line under it ('"..." / - Senator
    X.', '"..." / -X, tweeting after the speech.'), as fact checks, notebooks and lists of
    quotes set them: the name after the dash is the speaker (ingest takes a spaced dash for a
    list bullet and leaves 'X.', a short line read the same). The quotation must be its whole
    paragraph (a byline under a paragraph of prose, '- Jane Doe.', signs the writer's words, not a
    quote inside them), and the line holds no quotation mark and no finite verb."""
    first, last = loc.span[0].i, loc.span[-1].i
    p = para[first]
    opening = first - 1
    while opening >= 0 and doc[opening].is_space:
        opening -= 1
    if opening < 0 or not doc[opening].is_quote or opening > 0 and para[opening - 1] == p \
            and not doc[opening - 1].is_space:
        return -1  # words before the quotation in its paragraph: no quotation of its own
    i = last + 1
    while i < len(doc) and para[i] == p and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= len(doc) or para[i] != p + 1:
        return -1  # words after the quotation in its paragraph
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return -1
    end = i
    while end < len(doc) and para[end] == para[i]:
        end += 1
    line = doc[i:end]
    if doc[i].text[:1] not in _SIGNING_DASHES:
        # the dash of '- X.' is a list bullet to ingest, which leaves 'X.': a line of a name, a
        # full stop and no more than a few words beside
        words = [t for t in line if not t.is_space]
        if not words or words[-1].text != "." or len(words) > _UNDASHED_SIGNATURE_TOKENS:
            return -1
    if end - i > _SIGNATURE_TOKENS or any(t.is_quote or t.tag_ in _FINITE_TAGS for t in line):
        return -1  # '- X said the crowd was large.': a sentence of its own, no signature
    k = i + 1 if doc[i].text.strip(DASHES) == "" else i
    # the name opens the line, after the capitalised words of a title ('-Senator X', '- Gov. Y')
    while k < end and table.actor_at(k) < 0 and doc[k].text.strip(DASHES + ".")[:1].isupper():
        k += 1
    name = table.actor_at(k) if k < end else -1
    while k < end and table.actor_at(k) == name >= 0:
        k += 1
    if k < end and doc[k].text not in {",", "."}:
        return -1  # 'TRUMP COUNTER.', a subhead: the name is not all the line holds before a comma
    return name


# The dashes that open a line signing the quotation above it, and its longest length in tokens.
_SIGNING_DASHES = frozenset(DASHES)
_SIGNATURE_TOKENS = 16
# The longest signature with its dash left off by ingest ('Bernie Sanders.', 'Sen. X, in a statement.').
_UNDASHED_SIGNATURE_TOKENS = 8


def _last_speaker(spoken: dict[int, list[tuple[int, int]]], p: int, loc: _Located) -> int:
    """The speaker of the last attributed quote (direct or reported) of paragraph ``p`` that
    ends before ``loc`` starts, or -1."""
    before = [(end, speaker) for end, speaker in spoken.get(p, []) if end <= loc.quote.inner_start]
    return max(before)[1] if before else -1


def _continuation(loc: _Located, para: list[int], spoken: dict[int, list[tuple[int, int]]]) -> tuple[int, str]:
    """A quote with no cue continues the speaker of the last quote before it, direct or reported
    ('Carter said that ... . "That's because ..."'): in the same paragraph, or the previous
    paragraph's when this quote opens its paragraph (a floating quote)."""
    p = para[loc.span[0].i]
    speaker = _last_speaker(spoken, p, loc)
    if speaker >= 0:
        return speaker, ""
    para_start = loc.span[0].i - 1
    while para_start > 0 and para[para_start - 1] == p:
        para_start -= 1
    opens_paragraph = loc.span[0].i - para_start <= 1
    if opens_paragraph:
        return _last_speaker(spoken, p - 1, loc), ""
    return -1, ""


def _indirect_quotes(doc: Doc, table: ActorTable, lexicon: Lexicon, in_quote: list[bool],
                     turn_speaker: dict[int, int], para: list[int]) -> list[QuoteRecord]:
    """'X said (that) ...', 'X told reporters ...', '..., X said.', 'saying that ...'.

    A report nested in another ("Y said ..., Reuters reported") keeps the inner one when the
    outer is a trailing attribution or a news report, and the outer one otherwise ("He said
    that FARC has acknowledged ...")."""
    found: list[tuple[QuoteRecord, Token, int, int]] = []
    tokens = doc_tokens(doc)
    # only the words whose lemma may be a cue (is_reporting_cue's first test), in text order
    for i in positions(lemma_positions(doc), derived(lexicon, _cue_lemmas)):
        tok = tokens[i]
        if in_quote[i] or not is_reporting_cue(tok, lexicon) or _writer_comment(tok) or _correspondent_line(tok) \
                or _unreal_report(tok, lexicon):
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children_of(tok)) or (
            tok.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in children_of(tok)))
        clause = None
        for child in children_of(tok):
            if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and _infinitive_cue(tok, lexicon)
                                         and not passive and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))):
                clause = child
                break
        if clause is not None and clause.i < tok.i and _set_off_clause(clause):
            # 'Sanders, meanwhile, who sits at zero, said that fact speaks volumes', 'Sitting down
            # with the host, during which she ..., Clinton remarked that ...': the reported clause
            # is the one after the cue
            clause = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i), clause)
        if clause is not None and clause.dep_ == "xcomp" and _portent(tok, lexicon):
            continue  # "the vote promised to be a turning point": a thing's outlook, nobody's words
        if clause is not None and _correspondent_line(clause):
            continue  # "Correspondent X reports from Moscow, the ministry has not replied": parsed upside down
        if clause is None:
            clause = _clause_on_medium(tok, lexicon)
        told = passive and clause is not None and _telling_agent(tok) is not None  # "was told by X that ..."
        span = _reported_span(doc, tok, clause, lexicon, in_quote) if not passive or told else None
        span = _before_contrast(span, lexicon) if span is not None else None
        if span is None:
            continue
        attribution = _attribution_before(tok, lexicon)
        subject = _subject_of(attribution if attribution is not None else tok, in_quote)
        if subject is None:
            subject = _issuer_of(tok, lexicon, in_quote)
        if subject is not None:
            subject = _trailing_name(subject, tok)
        if subject is not None and span.start <= subject.i < span.end and subject.head.i != tok.i:
            subject = None  # a subject inside the reported words (not the cue's own, set between commas)
        if para[tok.i] in turn_speaker and tok.tag_ not in {"VBD", "VBN"} and (
                subject is None or subject.lower_ in FIRST_PERSON | {"you"}):
            continue  # "Let me tell you that ...", "I think ...": the turn's own words, no report
        speaker = _speaker_of(subject, table, lexicon)
        description = description_of(subject, table) if speaker >= 0 else ""
        if speaker < 0:
            speaker = _inverted_speaker(tok, table)
        if speaker < 0:
            speaker = _statement_speaker(subject, table, lexicon, in_quote)
        if speaker < 0:
            speaker = _named_in_set_off(tok, subject, table)
        if speaker < 0 and (subject is None or subject.head.i != tok.i):
            speaker = _adjacent_actor(tok, table)  # also when the subject is another verb's
        if speaker < 0 and subject is not None and subject.lower_ in FIRST_PERSON:
            speaker = turn_speaker.get(para[tok.i], -1)  # "As we said yesterday, ..." in a speaker's turn
        if speaker < 0 and subject is not None and subject.lower_ == "you":
            speaker = _addressee(para[tok.i], turn_speaker)
        if subject is not None and speaker >= 0 and speaker == turn_speaker.get(para[tok.i], -1) \
                and subject.lower_ in PERSON_PRONOUNS:
            speaker = _other_person(subject, speaker, table, para)
        record = QuoteRecord(_words_around(span, tok), "indirect", tok.text, span.start_char, span.end_char, speaker,
                             description)
        found.append((record, tok, span.start, span.end))
    keep = []
    for record, cue, start, end in found:
        outer = [(o, oc, s, e) for o, oc, s, e in found if o is not record and s <= cue.i < e]
        inner = [(i, ic, s, e) for i, ic, s, e in found if i is not record and start <= ic.i < end]
        if any(not _outer_yields(oc, s) for _, oc, s, _ in outer):
            continue  # "He said that FARC has acknowledged ...": the inner verb is part of his words
        if inner and _outer_yields(cue, start):
            continue  # "Industry sources said ..., Reuters reported": the inner report is the quote
        keep.append(record)
    return keep


def _issuer_of(cue: Token, lexicon: Lexicon, in_quote: list[bool]) -> Token | None:
    """'The union issued a statement saying that ...', 'she posted a message saying ...': a
    participle cue on a noun of speech (``speech_nouns``, ``message_nouns``) that is the object of
    a verb speaks for that verb's subject, who issued the words."""
    if cue.dep_ != "acl" or cue.tag_ != "VBG":
        return None
    noun = cue.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    nouns = lexicon.speech_nouns | lexicon.message_nouns
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns and not _issued_document(noun, lexicon):
        return None
    return _subject_of(noun.head, in_quote)


def _issued_document(noun: Token, lexicon: Lexicon) -> bool:
    """'sent out a press release', 'released a memo': a document (``report_nouns``) that its
    verb's subject puts out (``issuing`` verbs), so that its words are the subject's."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in lexicon.report_nouns \
        and noun.head.lemma_.lower() in lexicon.issuing_verbs


def _addressee(paragraph: int, turn_speaker: dict[int, int]) -> int:
    """'QUESTION: You said on Monday that the talks would resume. ...': in a question (a turn with no
    speaker) "you" is the one asked, who answers in the next turn with a speaker; -1 outside a
    question turn, or when no such turn follows."""
    if turn_speaker.get(paragraph, 0) >= 0:
        return -1
    return next((turn_speaker[p] for p in sorted(turn_speaker) if p > paragraph and turn_speaker[p] >= 0), -1)


def _other_person(pronoun: Token, turn: int, table: ActorTable, para: list[int]) -> int:
    """'SECRETARY KERRY: ... I met the foreign minister. He said that Russia wants the same
    thing': in a speaker's turn "he" or "she" is someone else (the speaker says "I"): the person
    named last before it in its paragraph; -1 when there is none (unknown, not the speaker)."""
    best, best_start = -1, -1
    for m in table.mentions:
        if m.kind == "pronoun" or m.actor == turn or not m.start < pronoun.i or m.start <= best_start \
                or para[m.start] != para[pronoun.i] or table.actors[m.actor].type != "PERSON":
            continue
        best, best_start = m.actor, m.start
    return best


def _writer_comment(cue: Token) -> bool:
    """'It is fair to say that ...', 'It's hard to say whether ...', 'It is worth noting that ...',
    'It is no exaggeration to say that ...': a cue in an infinitive or gerund with no subject of its own, under a copula whose subject is
    the empty "it", is the writer's comment on the clause, nobody's report."""
    if cue.dep_ not in {"xcomp", "acl"} or any(c.dep_ in SUBJECT_DEPS for c in children_of(cue)):
        return False
    head = cue.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" or head.pos_ == "NOUN" and head.dep_ == "attr":
        head = head.head  # "worth noting", "no exaggeration to say": it hangs on the copula's complement
    elif cue.dep_ == "acl":
        return False
    return head.lemma_.lower() in COPULAS and any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in children_of(head)) and any(
        c.dep_ in {"acomp", "attr"} for c in children_of(head))


def _unreal_report(cue: Token, lexicon: Lexicon) -> bool:
    """A cue that reports no words said: a hypothetical ('If the minister says the deal is dead,
    ...'), a question ('Did the minister say that ...?') or what nobody is to say ('No one should
    expect ...', 'Nobody can claim that ...')."""
    if cue.dep_ == "advcl" and not is_reporting_cue(cue.head, lexicon) and any(
            c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in children_of(cue)):
        return True  # a condition, not "asked if he believes that ...", where "if" opens a question
    subject = first_child(cue, *SUBJECT_DEPS)
    if subject is None:
        return False
    sent = sent_of(cue)
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    if last is not None and last.text == "?" and cue.dep_ == "ROOT" and any(
            c.dep_ == "aux" and c.i < subject.i for c in children_of(cue)):
        return True  # "Did he say ...?": the auxiliary before the subject
    negative = subject.lower_ in NEGATIVE_SUBJECTS or subject.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(subject))
    return negative and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(cue))


def _portent(cue: Token, lexicon: Lexicon) -> bool:
    """'The vote promised to be a turning point', 'a crisis that threatens to derail the talks':
    "promise" and "threaten" (``portent`` cues) with an event, a process or a document for subject
    (``portent_subjects``, or a relative pronoun standing for one) say what is likely, not what
    anyone said ("The union threatened to strike" stays a report)."""
    if cue.lemma_.lower() not in lexicon.portent_cues:
        return False
    subject = first_child(cue, *SUBJECT_DEPS)
    if subject is None:
        return False
    if subject.tag_ in {"WDT", "WP"} or subject.lower_ in {"that", "which"}:
        if cue.dep_ != "relcl":
            return False
        subject = cue.head  # "a lawsuit that threatened to bankrupt the union"
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in lexicon.portent_subjects


def _correspondent_line(cue: Token) -> bool:
    """'VOA's Anna Berg reports from Nairobi, the rebels ...': a correspondent's line, in the
    present, naming the place the story is filed from; what follows is the story itself, told in
    the writer's voice, not a report of someone's words."""
    if cue.lemma_.lower() != "report" or cue.tag_ not in {"VBZ", "VBP"}:
        return False
    subject = first_child(cue, *SUBJECT_DEPS)
    if subject is None or subject.ent_type_ in {"ORG", "GPE", "NORP"}:
        return False  # "Reuters reports from London that ...": an agency's report
    return any(prep.dep_ == "prep" and prep.lower_ == "from" and any(
        o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "FAC"} for o in children_of(prep)) for prep in children_of(cue))


def _clause_on_medium(cue: Token, lexicon: Lexicon) -> Token | None:
    """'told the paper in an interview that the border would reopen', 'said in a statement that
    ...': the parse hangs the "that" clause on the noun of the medium (``speech_nouns``) in the
    cue's prepositional phrase, as if it said what the interview was; it is the cue's report. A
    relative clause ("in a statement that was released on Monday": "that" its subject) is not."""
    for prep in children_of(cue):
        if prep.dep_ != "prep":
            continue
        for noun in children_of(prep):
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in lexicon.speech_nouns and noun.lower_ not in lexicon.speech_nouns:
                continue
            for clause in rights_of(noun):
                if clause.dep_ in {"acl", "relcl"} and clause.pos_ in {"VERB", "AUX"} and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)):
                    return clause
    return None


def _before_contrast(span: Span, lexicon: Lexicon) -> Span | None:
    """The reported words up to a second report set beside them by a contrast ("Hamas said it
    accepted the proposal, while Israel said it was studying it"): a reporting cue with a
    subject of its own, opened by "while" or "whereas" after a comma, is someone else's report,
    not part of the first speaker's words. None when too little is left."""
    doc = span.doc
    for tok in span:
        if tok.dep_ != "advcl" or not is_reporting_cue(tok, lexicon) \
                or not any(c.dep_ in SUBJECT_DEPS for c in children_of(tok)):
            continue
        mark = next((c for c in children_of(tok) if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS), None)
        if mark is None or mark.i <= span.start or doc[mark.i - 1].text != ",":
            continue
        end = mark.i - 1
        return doc[span.start : end] if end - span.start >= 3 else None
    return span


_CUE_OBJECT_DEPS = frozenset({"dobj", "dative", "npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod"})


def _infinitive_cue(tok: Token, lexicon: Lexicon) -> bool:
    """A cue whose reported words can be an infinitive: "urged them to return", and with its
    preposition, "called on the government to raise wages"."""
    lemma = tok.lemma_.lower()
    return lemma in lexicon.infinitive_cues or any(
        f"{lemma} {c.lower_}" in lexicon.infinitive_cues for c in children_of(tok) if c.dep_ in {"prep", "prt"})


def _attribution_bounds(cue: Token) -> tuple[int, int] | None:
    """(first, last) token of an attribution set between commas inside the reported sentence
    ("It was a failure, he said, and he regretted it"; "..., Olsen told reporters on Monday,
    ..."), commas included; None when the cue is not inserted so."""
    doc = cue.doc
    sent = sent_of(cue)
    subject = _inserted_subject(cue)
    if subject is None or not (cue.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in lefts_of(cue))):
        return None  # the parse must see the attribution as set into the clause, not governing it
    lo = subject.left_edge.i - 1
    if lo - sent.start < 2 and not (lo - sent.start == 1 and doc[sent.start].pos_ in {"PROPN", "NOUN"}) \
            or doc[lo].text != ",":
        return None  # 'Iran, he warned, ...' opens on a noun; not 'Now, he said, ...'
    hi = cue.i + 1
    while hi < sent.end and hi - cue.i <= 5 and doc[hi].text != "," and doc[hi].dep_ in _CUE_OBJECT_DEPS \
            and cue.i in {a.i for a in doc[hi].ancestors}:
        hi += 1
    if hi >= sent.end or doc[hi].text != ",":
        return None
    rest = [t for t in doc[hi + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if _own_participle(cue, None) is not None:
        return None  # "The deal is off, Anna Berg said, adding that ...": the cue's own next words
    return (lo, hi) if len(rest) >= 3 else None


def _inserted_subject(cue: Token) -> Token | None:
    """The subject of an attribution set into its clause: the nearer of two subjects the parse
    gave the cue ('The chancellor, Lindqvist insisted, had ...'), or a name right before the cue
    parsed as an apposition to the clause's subject ('Brenner, Lindqvist said, had agreed ...')."""
    subject = next((c for c in lefts_of(cue) if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        return _nearer_split_subject(cue, subject)
    if cue.dep_ != "parataxis" or cue.i < 1:
        return None
    name = cue.doc[cue.i - 1]
    if name.dep_ == "appos" and name.pos_ == "PROPN" and name.head.dep_ in SUBJECT_DEPS and name.head.head.i == cue.head.i:
        return name
    return None


def _inserted_attribution(cue: Token, sent: Span) -> Span | None:
    """The sentence around an attribution set between commas, up to its end mark."""
    bounds = _attribution_bounds(cue)
    if bounds is None:
        return None
    doc = cue.doc
    end = sent.end
    while end > bounds[1] + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[sent.start : end]


def _words_around(span: Span, cue: Token) -> str:
    """The text of ``span`` without the attribution inside it ("..., he said, ...")."""
    bounds = _attribution_bounds(cue)
    if bounds is None or not span.start < bounds[0] <= bounds[1] < span.end - 1:
        return clean_space(span.text)
    doc = span.doc
    return clean_space(doc[span.start : bounds[0]].text + " " + doc[bounds[1] + 1 : span.end].text)


def _outer_yields(cue: Token, clause_start: int) -> bool:
    """Whether a report gives way to the report nested in it: a trailing attribution ("...,
    Reuters reported") or a news agency's report."""
    return cue.i > clause_start or cue.lemma_.lower() in {"report", "quote"}


def _reported_span(doc: Doc, cue: Token, clause: Token | None, lexicon: Lexicon, in_quote: list[bool]) -> Span | None:
    """The words a cue reports: its clause, widened to the clauses coordinated with it; or,
    when the parse lost the clause, the rest of the sentence after a strong cue; or the sentence
    around an attribution set between commas."""
    sent = sent_of(cue)
    inserted = _inserted_attribution(cue, sent) if cue.lemma_.lower() in lexicon.strong_cues else None
    if inserted is not None:
        return _unquoted(inserted, in_quote)
    if clause is not None:
        tokens = sorted(clause.subtree, key=lambda t: t.i)
        start_i, end_i = tokens[0].i, tokens[-1].i + 1
        main = _opening_participle_main(cue)
        if main is not None and main.i > end_i:
            pass  # 'Saying ..., Brenner elaborated': the main clause after the comma is not reported
        elif start_i > cue.i:
            # "said they could not confirm X but expected Y": coordinated words belong to it
            end_i = max(end_i, max(t.i for t in rights_of(cue)) + 1 if list(rights_of(cue)) else end_i)
        elif not _trails_its_clause(cue, end_i) and any(t.pos_ in {"VERB", "AUX"} for t in _after_speaker(cue, sent)):
            clause = None  # "moves to a third day, after a spokesman said there were meetings": a parse slip
    if clause is None and cue.dep_ in {"ccomp", "parataxis"} and cue.head.i < cue.i and cue.lemma_.lower() in lexicon.strong_cues:
        # "Hamas has agreed to the proposal, a senior Hamas official told Reuters" parsed upside down
        subject = next((c for c in children_of(cue) if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
        comma = subject.left_edge.i - 1 if subject is not None else -1
        own = _own_participle(cue, lexicon)
        after = [t for t in doc[cue.i + 1 : sent.end] if own is None or not own.left_edge.i <= t.i <= own.right_edge.i]
        if comma > sent.start and doc[comma].text == "," and not any(t.pos_ in {"VERB", "AUX"} for t in after):
            start_i, end_i = sent.start, comma
            if end_i - start_i >= 3:
                return doc[start_i:end_i]
    if clause is None:
        if cue.lemma_.lower() not in lexicon.strong_cues or cue.i + 2 >= sent.end:
            return None
        subject_before = any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in children_of(cue))
        has_object = any(c.dep_ in {"dobj", "dative", "oprd"} for c in children_of(cue))
        nxt = doc[cue.i + 1]
        if not subject_before or has_object or nxt.is_punct or nxt.pos_ in {"ADP", "PART"} or nxt.lower_ in {"on", "in", "to"}:
            return None
        start_i, end_i = cue.i + 1, sent.end
        verbs = [t for t in doc[start_i:end_i] if t.pos_ in {"VERB", "AUX"}]
        if not verbs or not any(t.tag_ in _FINITE_TAGS for t in verbs) and doc[verbs[0].i - 1].text == ",":
            return None  # "said Tuesday night, drawing applause": a participle set off goes on with the
            # writer's words ("reported spending $1 million" keeps its gerund)
        if all(_in_adverbial(t, start_i, end_i) for t in verbs):
            return None  # '"...," he said cheerfully as the results came in': the cue's own circumstances
    if cue.lemma_.lower() == "make":
        while start_i < end_i and doc[start_i].lower_ in {"it", "clear", "very", "quite"}:
            start_i += 1  # "made it clear that ..."
    while start_i < end_i and (doc[start_i].lower_ in {"that", ",", "“", '"'} or doc[start_i].is_space):
        start_i += 1
    while end_i > start_i and (doc[end_i - 1].is_punct and doc[end_i - 1].text not in {")", "]", "”", '"'}
                               or doc[end_i - 1].is_space):
        end_i -= 1
    # a trailing attribution is not part of the words: "..., Reuters reported"
    for i in range(end_i - 1, start_i, -1):
        if doc[i].text == "," and i + 3 >= end_i - 1 and any(is_reporting_cue(t, lexicon) for t in doc[i + 1 : end_i]):
            end_i = i
            break
    start_i = _past_adverbial(doc, start_i, end_i)
    if end_i - start_i < 3 or _no_clause(doc[start_i], cue):
        return None
    return _unquoted(doc[start_i:end_i], in_quote)


# Tags of a finite verb: a clause the parse lost has one ('said the talks were over'), a participle
# phrase set off after the cue does not ('said on Monday, drawing applause').
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Words that open a clause of report: 'asked if', 'wondered whether', 'said that'.
_REPORT_COMPLEMENTIZERS = frozenset({"if", "whether", "that"})


def _past_adverbial(doc: Doc, start: int, end: int) -> int:
    """Where the reported words start past an adverbial clause set between the cue and "that"
    ('said, as the crowd cheered, that the deal was done'; 'said while campaigning in Iowa that
    he would win')."""
    first = doc[start]
    if first.pos_ != "SCONJ" or first.lower_ in _REPORT_COMPLEMENTIZERS or first.head.i == first.i:
        return start
    adverbial = first.head
    inner = {t.i for c in children_of(adverbial) if c.dep_ == "ccomp" for t in c.subtree}
    span = {t.i for t in adverbial.subtree}
    i = start
    while i < end and i in span and i not in inner:
        i += 1
    while i < end and (doc[i].text == "," or doc[i].is_space):
        i += 1
    if i >= end or doc[i].lower_ != "that":
        return start  # "said that when the talks resume, ...": the adverbial is part of the words
    return i + 1


# Dependencies of a clause that modifies another word rather than being reported: 'as the
# results came in', 'which was attended by thousands', 'broadcast on Sunday'.
_ADVERBIAL_DEPS = frozenset({"advcl", "relcl", "acl"})


def _in_adverbial(verb: Token, start: int, end: int) -> bool:
    """Whether ``verb`` belongs to a clause that modifies the cue or a word of its phrase (an
    adverbial or relative clause), going up its heads inside the words ``start``..``end``; a
    reported clause that the parse lost has a verb outside any ('said frankly the deal is dead'),
    or opens with "that", "if" or "whether" ('said at a news conference that he may wait')."""
    tok = verb
    for _ in range(12):
        if tok.dep_ in _ADVERBIAL_DEPS:
            # "said at a news conference that he may wait", "must declare publicly if they
            # represent ...": a reported clause hung on a noun or parsed as an adverbial one
            return not any(c.dep_ == "mark" and c.lower_ in _REPORT_COMPLEMENTIZERS for c in children_of(tok))
        if tok.head.i == tok.i or not start <= tok.head.i < end:
            return False
        tok = tok.head
    return False


def _no_clause(first: Token, cue: Token) -> bool:
    """Words a cue governs that are no reported clause but an adverbial one, a parse slip: 'said
    while campaigning in Iowa', 'said as she turned around'."""
    if first.pos_ != "SCONJ" or first.lower_ in _REPORT_COMPLEMENTIZERS:
        return False
    verb = first.head
    return verb.i == cue.i or verb.dep_ == "advcl" and verb.head.i == cue.i


def _own_participle(cue: Token, lexicon: Lexicon | None) -> Token | None:
    """'..., Omar Haddad said, warning that ...': the participle right after the cue and its comma
    that goes on with the speaker's words, whatever the parse attached it to."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and doc[i].dep_ in {"dobj", "dative", "npadvmod", "prep", "pobj", "det", "compound"} \
            and i - cue.i <= 4 and doc[i].text != ",":
        i += 1  # "said on Monday, noting ..."
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].tag_ != "VBG":
        return None
    participle = doc[i + 1]
    if lexicon is not None and not is_reporting_cue(participle, lexicon):
        return None
    return participle if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in children_of(participle)) or lexicon is None else None


def _attribution_before(participle: Token, lexicon: Lexicon) -> Token | None:
    """The reporting cue a participle goes on from ('Haddad said, warning that ...'), or None."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    for tok in reversed(doc[max(sent_of(participle).start, participle.i - 6) : participle.i - 1]):
        if is_reporting_cue(tok, lexicon) and tok.tag_ in {"VBD", "VBZ", "VBP"}:
            own = _own_participle(tok, lexicon)
            return tok if own is not None and own.i == participle.i else None
    return None


def _trails_its_clause(cue: Token, clause_end: int) -> bool:
    """'CLAUSE, Mr. Manafort said, adding that ...', 'CLAUSE, President Obama told his advisers as
    he ...': a main-clause cue whose subject follows the comma that ends its clause."""
    subject = next((c for c in lefts_of(cue) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or cue.dep_ not in {"ROOT", "parataxis"}:
        return False
    lo = subject.left_edge.i
    return lo >= 1 and cue.doc[lo - 1].text == "," and clause_end <= lo


def _after_speaker(cue: Token, sent: Span) -> list[Token]:
    """The tokens after a cue up to the sentence end, leaving out the speaker's phrase when it
    follows the cue ("..., said Wilcox, an Orlando Republican who founded two companies")."""
    speaker = next((c for c in rights_of(cue) if c.dep_ in SUBJECT_DEPS), None)
    skip = range(speaker.left_edge.i, speaker.right_edge.i + 1) if speaker is not None else range(0)
    return [t for t in cue.doc[cue.i + 1 : sent.end] if t.i not in skip]


def _unquoted(span: Span, in_quote: list[bool]) -> Span | None:
    """``span`` unless it is the quoted words, a direct quote's: most of its words in quotes, or
    a quoted utterance first (its words end on a comma or an end mark inside the quotation marks:
    'said "We will not pay," before leaving'). A clause that opens with a quoted fragment and goes
    on in the writer's words is reported speech ('said "we need more information" about how the
    agency decided')."""
    words = [t for t in span if not t.is_punct]
    if sum(1 for t in words if in_quote[t.i]) > len(words) * 0.5:
        return None
    if in_quote[span.start]:
        doc = span.doc
        i = span.start
        while i + 1 < span.end and in_quote[i + 1]:
            i += 1
        first = doc[span.start]
        if doc[i].text in {",", ".", "!", "?", ";", ":"} or i + 1 >= span.end \
                or first.text[:1].isupper() and first.text != "I":
            return None
        if span.start > 0 and doc[span.start - 1].is_quote:
            return doc[span.start - 1 : span.end]  # the opening mark with the fragment it opens
    return span


__all__ = ["extract_quotes", "MentionSpan"]
