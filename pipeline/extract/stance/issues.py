"""Issues: the label of what a stance is about, read from the cue's object ("recognizing
occupied territories" -> "recognition of occupied territories"), through vague words and
pronouns to the issue they stand for."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...grammar import (ACTION_PREPS, CLAUSE_OPENERS, DEFINITE_DETERMINERS, FRAME_COMPLEMENT_PREPS, ISSUE_PREPS, OBJECT_COMPLEMENT_PREPS,
                        PAIR_WORDS, PARTICLES, RELATION_PREPS, RELATIVE, PERSONAL_PRONOUNS, TIME_PREPS,
                        PRO_VERB, PRO_VERB_OBJECTS, THING_PRONOUNS, VAGUE_COMPLEMENT_PREPS, VERB_PREFIXES)
from ...lexicon import Lexicon
from ..actors import ActorTable
from ..syntax import children_of, first_child, first_conjunct, is_infinitive, is_passive, lefts_of, misread_clause, prep_object, result_particle, rights_of
from ..text import clean_space, doc_tokens, sent_of
from .constructions import conferred_approval, hyphen_participle
from .forms import denied_alternative, surrender_object, surrender_particle, umbrella_items
from .cues import doubted_disposition, predicate_phrase
from .context import Context






def phrase_tokens(head: Token, depth: int = 0, time_nouns: frozenset[str] = frozenset(),
                  venue_heads: frozenset[str] = frozenset(), utterances: frozenset[str] = frozenset(),
                  buildings: frozenset[str] = frozenset()) -> list[Token]:
    """The words of an issue phrase headed by ``head``: modifiers, the head, and up to two levels
    of prepositional complements ("sanctions against Russia", "recognition of occupied territories");
    a complement naming a time ("on Tuesday", "in this round", ``time_nouns``) is not part of it,
    nor one naming where a meeting is held (see :func:`is_venue`), nor "in" the words it was said in
    ("stop the suffering in remarks made at the talks", "a ceasefire, in a statement", ``utterances``)."""
    keep = [head]
    for child in lefts_of(head):
        if child.dep_ in {"compound", "amod", "nummod", "nmod", "npadvmod", "poss", "det", "advmod", "quantmod"}:
            keep.extend(t for t in child.subtree if t.dep_ not in {"relcl", "appos"})
    if depth < 2:
        separate = {c for c in rights_of(head) if separate_conjunct(c)}
        # the first issue's complement ends where a later one begins: "the release of all hostages
        # and an immediate cease-fire in Gaza", the parser hanging "in Gaza" on "release", is the
        # release of the hostages and the cease-fire in Gaza (the nearer noun takes the phrase)
        later = min((t.i for c in rights_of(head) if c.dep_ == "prep" for t in c.subtree if list_item(t) is not None),
                    default=None)
        for child in [*rights_of(head), *taken_from_first(head)]:
            if separate and child.dep_ in {"cc", "conj"}:
                continue  # "the release of all hostages and an immediate cease-fire": two issues
            if later is not None and child.i > later:
                continue
            if child.dep_ == "prep" and child.lower_ in ISSUE_PREPS:
                pobj = prep_object(child)
                if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"} and pobj.lower_ not in time_nouns \
                        and pobj.lower_ not in PERSONAL_PRONOUNS and not is_venue(head, child, pobj, venue_heads, buildings) \
                        and not (child.lower_ == "in" and pobj.lemma_.lower() in utterances):
                    keep.append(child)  # not "a ceasefire on Tuesday", "an agreement in this round", "talks with us"
                    keep.extend(phrase_tokens(pobj, depth + 1, time_nouns, venue_heads, utterances, buildings))
            elif child.dep_ == "compound":
                keep.extend(child.subtree)
            elif child.dep_ == "appos" and names_amount(head) and child.pos_ == "NOUN" and not names_amount(child):
                # "630 rand ($86.44) monthly housing allowance": the conversion in brackets cuts the
                # amount from its noun, which the parser hangs on it as an apposition
                keep.extend(phrase_tokens(child, depth + 1, time_nouns, venue_heads, utterances, buildings))
            elif child.dep_ in {"dobj", "prt"} and head.pos_ == "VERB":
                keep.extend(phrase_tokens(child, depth + 1, time_nouns, venue_heads, utterances, buildings)
                            if child.dep_ == "dobj" else [child])
            elif depth >= 1 and child.dep_ in {"cc", "conj"} and (child.dep_ == "cc" or child.pos_ in {"NOUN", "PROPN"}):
                # "between Turkey and Libya", "sanctions against Russia and Iran"; a "and" with no
                # conjunct after it ("the fate of Japanese nationals and North Korea's insistence",
                # the second noun hung elsewhere) is no part of the label
                if child.dep_ == "cc" and not any(c.dep_ == "conj" and c.i > child.i and c.pos_ in {"NOUN", "PROPN"}
                                                  for c in rights_of(head)):
                    continue
                keep.extend([child] if child.dep_ == "cc"
                            else phrase_tokens(child, depth + 1, time_nouns, venue_heads, utterances, buildings))
    keep = [t for t in keep if t.i == head.i or not bracketed_amount(t)]
    kept = {t.i for t in keep}
    doc = head.doc
    # "cease-fire": the hyphen is a punct child of the head, kept when it joins two kept words
    keep.extend(doc[i] for i in range(min(kept) + 1, max(kept))
                if i not in kept and doc[i].text in {"-", "–"} and i - 1 in kept and i + 1 in kept)
    return sorted(set(keep), key=lambda t: t.i)


def list_item(tok: Token) -> Token | None:
    """The first item of the list of issues whose later item ``tok`` is (see
    :func:`separate_conjunct`; a third item the parser hangs on the second counts too), else None."""
    first = first_conjunct(tok)
    if first is tok or not (tok.pos_ == "NOUN" and first.dep_ == "pobj" and any(c.dep_ == "det" for c in children_of(tok))):
        return None
    if related_pair(first, tok):
        return None
    if first.pos_ == "NOUN":
        return first
    named_item = first.pos_ == "PROPN" and first.head.head.lower_ != "between" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))
    return first if named_item else None


def taken_from_first(conj: Token) -> list[Token]:
    """The phrases after the last of a list of issues that the parser hung on the first issue's
    noun: in "the release of all hostages and an immediate cease-fire in Gaza" (the cease-fire a
    conjunct inside the release's complement, "in Gaza" a phrase of "release"), "in Gaza" is the
    cease-fire's, the nearer noun."""
    first = list_item(conj)
    if first is None or first.head.dep_ != "prep":
        return []
    owner = first.head.head
    if owner.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [c for c in rights_of(owner) if c.dep_ == "prep" and c.i > conj.i
            and not any(list_item(t) is not None for t in conj.doc[conj.i + 1 : c.i])]


AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "PERCENT"})


def names_amount(tok: Token) -> bool:
    """Whether a noun is an amount of money or a quantity ("630 rand", "$86.44", "7 percent"), or a
    noun counted in figures ("30,000 naira", which the model does not always tag as money)."""
    return tok.ent_type_ in AMOUNT_ENTITIES or any(
        c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) and not bracketed_amount(c) for c in children_of(tok))


def bracketed_amount(tok: Token) -> bool:
    """Whether a word belongs to an amount in brackets, a conversion ("($86.44)", "(about $68)",
    "(450 euros)"): the amount is said before it, so the label keeps it once."""
    doc = tok.doc
    # the nearest bracket at or before the word (at most five words back), and at or after it
    marks = _bracket_marks(doc)
    k = bisect_right(marks, tok.i)
    start = marks[k - 1] if k > 0 and marks[k - 1] >= tok.i - 5 else None
    k = bisect_left(marks, tok.i)
    end = marks[k] if k < len(marks) and marks[k] <= tok.i + 5 else None
    if start is None or end is None or doc[start].text != "(" or doc[end].text != ")":
        return False
    inside = [t for t in doc[start + 1 : end] if not t.is_punct]
    # a number with its unit ("450 euros": the model does not always tag it as money)
    unit = {t.i for t in inside if t.pos_ == "NOUN" and t.i > 0 and doc[t.i - 1].pos_ == "NUM"}
    return bool(inside) and any(t.ent_type_ in AMOUNT_ENTITIES or t.pos_ == "NUM" for t in inside) and all(
        t.ent_type_ in AMOUNT_ENTITIES or t.pos_ in {"NUM", "SYM", "ADV", "ADP"} or t.i in unit for t in inside)


@lru_cache(maxsize=4)
def _bracket_marks(doc: Doc) -> tuple[int, ...]:
    """The indexes of the words whose text is in "()" (a bracket), in order, found once per Doc:
    :func:`bracketed_amount` asks about every word of every issue phrase."""
    return tuple(t.i for t in doc_tokens(doc) if t.text in "()")


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def is_venue(head: Token, prep: Token, pobj: Token, venue_heads: frozenset[str],
             buildings: frozenset[str] = frozenset()) -> bool:
    """Whether "in PLACE" says where something is held, not what is at stake: the place of a
    meeting noun ("talks in Geneva", "a new round of peace talks in Helsinki", ``venue_heads``),
    or a building ("in the Oval Office", also when the model tags it as an organisation:
    a proper name whose head is one of ``buildings``). A place of any other noun is at stake ("a
    cease-fire in Gaza", "the deployment of troops in Libya")."""
    if prep.lower_ in {"in", "at"} and pobj.pos_ == "PROPN" and pobj.lower_ in buildings \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(pobj)):
        return True  # not "membership in the House of Lords": a body, not a building
    if prep.lower_ not in {"in", "at"} or pobj.ent_type_ not in PLACE_ENTITIES:
        return False
    if pobj.ent_type_ == "FAC":
        return True
    meeting = head
    # "talks with the U.S. in Stockholm": the parser hangs the place on the party the talks are with
    while meeting.pos_ == "PROPN" and meeting.dep_ == "pobj" and meeting.head.dep_ == "prep" and meeting.head.head.i != meeting.i:
        meeting = meeting.head.head
    return meeting.lower_ in venue_heads or meeting.lemma_.lower() in venue_heads


def separate_conjunct(tok: Token) -> bool:
    """Whether a conjunct inside an issue's complement is an issue of its own: a common noun with
    its own determiner after a common noun ("the release of all hostages and an immediate
    cease-fire") or, with its own "of", after a name; unlike the names of "a border between
    Turkey and Libya"."""
    if not (tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.dep_ == "pobj" and any(c.dep_ == "det" for c in children_of(tok))):
        return False
    first = first_conjunct(tok.head)
    if related_pair(first, tok):
        return False  # "the gap between the two payments and the minimum wage": one relation
    if tok.head.pos_ == "NOUN":
        return True
    # after a name, a common noun with its own determiner and "of" complement is the next item,
    # not a second name: "the return of refugees from Uganda and the disarmament of the militias"
    # ("talks between Israel and the Palestinians", "between Israel and the people of Gaza" stay one)
    return tok.head.pos_ == "PROPN" and tok.head.head.lower_ != "between" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))


def related_pair(first: Token, later: Token) -> bool:
    """Whether the first of coordinated nouns is the object of a preposition that relates them to
    each other ("the gap between the jobless payments and the minimum wage", "the link between the
    sanctions and the talks", ``RELATION_PREPS``): the nouns are the two ends of one relation, one
    issue, not a list of issues. Not when the first is already both ends ("the relationship
    between the two countries and the continued presence of the coalition", ``PAIR_WORDS``) and
    the later noun has its own "of" complement: a further item of a list."""
    if not (first.dep_ == "pobj" and first.head.lower_ in RELATION_PREPS):
        return False
    paired = any(c.lower_ in PAIR_WORDS for c in children_of(first) if c.dep_ in {"nummod", "det", "predet"})
    return not (paired and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(later)))


AMOUNT_SIGNS = frozenset({"%", "‰"})


def glued_amount(t: Token, previous: Token | None) -> bool:
    """Whether a word is written onto the one before it as part of an amount: the sign of "10%"
    after its number, the number of "$300" or "€5" after its currency sign."""
    if previous is None or previous.i != t.i - 1 or previous.whitespace_:
        return False
    return (t.text in AMOUNT_SIGNS and previous.like_num) or (previous.is_currency and t.like_num)


def issue_label(tokens: list[Token], lexicon: Lexicon, table: ActorTable | None = None) -> str:
    words: list[str] = []
    # "the new offer on the table": a predicate phrase says where the issue is, not what it is
    dropped: set[int] = {w.i for t in tokens if t.dep_ == "prep" and t.i > 0 and predicate_phrase(t, lexicon)
                         for w in t.subtree}
    tokens = [t for t in tokens if t.i not in dropped]
    previous: Token | None = None  # the last token written into the label
    for t in tokens:
        low = t.lower_
        if low == "of" and t.head.i in dropped:
            continue  # "seize all of Donbas": the "of" of a dropped quantifier goes with it
        hyphened = not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in {"-", "–"}
        named = t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"}
        possessor = t.dep_ == "poss" or (t.dep_ in {"compound", "amod"} and _in_possessor(t))  # all of "Prime Minister Theresa May's"
        if (low in lexicon.issue_drop and not hyphened and not named) or (t.dep_ == "det" and not hyphened) or possessor or (
                t.is_punct and t.text not in {"-", "–"} and not glued_amount(t, previous)):
            dropped.add(t.i)
            continue  # "all" and "the" go, the "all" of "all-out offensive", the "no" of "no-deal Brexit" and the "New" of "New York" stay
        if t.orth_ in {"'s", "’s"} or t.dep_ == "case":
            continue
        proper = t.pos_ == "PROPN" or t.text.isupper() or (t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON", "LOC"}
                                                           and t.text[:1].isupper())
        noun = gerund_noun(t, tokens, lexicon)
        if words and glued_amount(t, previous):
            words[-1] += t.text  # "10%", "$300", "€5 billion": an amount is one word of the label
        else:
            words.extend([noun, "of"] if noun else [t.text if proper else low])
        previous = t
    label = " ".join(words)
    label = re.sub(r"\s*([-–])\s*", r"\1", label).strip("-– ")
    return label


def _in_possessor(tok: Token) -> bool:
    """Whether a compound word is part of a possessor's name: "North" of "North Korea's", "Prime"
    of "Prime Minister Theresa May's", "former" of "former President Obama's" (a chain of
    compounds, and their adjectives, up to the possessive)."""
    node = tok
    while node.dep_ in {"compound", "amod"} and node.head.i != node.i and node.head.dep_ in {"compound", "poss"}:
        node = node.head
    return node.dep_ == "poss"


def hyphen_pieces(tok: Token) -> list[Token]:
    """The pieces of a hyphened word the parser left side by side as one word's siblings ("the
    re-election of X", "the re-opening of the plant" read as "re", "-", "election", each an object
    of the verb): all of them, the head word last; ``[tok]`` for any other word."""
    if tok.pos_ not in {"NOUN", "PROPN"} and tok.text not in {"-", "–"}:
        return [tok]
    doc, start, end = tok.doc, tok.i, tok.i
    def sibling(t: Token) -> bool:
        return t.head.i == tok.head.i and t.dep_ == tok.dep_ and t.head.i != t.i
    while start >= 2 and doc[start - 1].text in {"-", "–"} and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and sibling(doc[start - 1]) and sibling(doc[start - 2]):
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in {"-", "–"} and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_ and sibling(doc[end + 1]) and sibling(doc[end + 2]):
        end += 2
    return [doc[i] for i in range(start, end + 1)] if end > start else [tok]


def _hyphened_modifier(tok: Token) -> bool:
    """A compound modifier written with a hyphen inside it: the "no-deal" of "a no-deal Brexit"."""
    return tok.dep_ in {"compound", "amod"} and tok.i < tok.head.i and any(
        c.is_punct and c.text in {"-", "–"} for c in children_of(tok))


def gerund_noun(tok: Token, tokens: list[Token], lexicon: Lexicon) -> str:
    """The noun of a gerund with its object inside a phrase ("goal of restoring its borders" ->
    "goal of restoration of borders"), so that both wordings of the action are one issue."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"pcomp", "pobj"}:
        return ""
    if not any(c.dep_ == "dobj" and c in tokens for c in children_of(tok)):
        return ""
    noun = lexicon.nominalisations.get(tok.lemma_.lower(), "")
    return noun if noun and noun != tok.lower_ else ""


# endings whose last syllable carries the stress, so the consonant doubles before -ing
STRESSED_FINAL = re.compile(r"(?:[^aeiou]ol|mit|[^aeiou]cur|[^f]fer|pel)$")


def gerund(verb: Token) -> str:
    if verb.tag_ == "VBG":
        return verb.lower_
    lemma = verb.lemma_.lower()
    if len(lemma) <= 2:
        return lemma + "ing"  # "be" -> "being", "go" -> "going"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if len(lemma) <= 4 and re.match(r".*(?:qu|[^aeiou])[aeiou][bdgklmnprt]$", lemma) and lemma not in {"open", "visit"}:
        return lemma + lemma[-1] + "ing"
    if STRESSED_FINAL.search(lemma) and lemma != "limit":
        return lemma + lemma[-1] + "ing"  # "controlling", "committing", "occurring", "referring", "expelling"
    return lemma + "ing"


def action_label(verb: Token, ctx: Context, obj: Token | None = None) -> tuple[str, str, Token | None]:
    """"recognizing occupied territories" -> "recognition of occupied territories"; "return to the
    talks" -> "return to talks"; "lay down its weapons" -> "laying down of weapons". ``obj``: the
    object to read instead of the verb's first one (a coordinated object)."""
    lexicon = ctx.lexicon
    if obj is None and verb.lemma_.lower() in lexicon.stance_verbs and surrender_particle(verb, lexicon) \
            and surrender_object(verb, lexicon) is None:
        # "urged him not to back down": giving ground on nothing named, no issue ("backing down"),
        # where the bare verb is a stance of its own ("back"); "refused to give up" is a surrender
        return "", "", None
    stem = prefixed_stem(verb)
    if stem is not None:
        return prefixed_action(verb, stem, ctx, obj)
    lemma = verb.lemma_.lower()
    if lemma in lexicon.forms.get("remark_verbs", ()):
        return "", "", None  # "declined to comment on the talks": saying nothing is no issue
    if lemma == PRO_VERB and stands_for_action(verb):
        return earlier_action(verb, ctx)  # "refused to do so": the action named before
    if lemma == PRO_VERB:
        proposed = proposed_action(verb, ctx)
        if proposed[0]:
            return proposed  # "questioned his power to do as he proposed": what he proposed
    if lemma in lexicon.effort_verbs:
        purpose = purpose_of(verb)
        if purpose is not None:  # "work with leaders in the region to stop the conflict": its halt
            label, text, tok = action_label(purpose, ctx)
            if label:
                return label, text, tok
    involved = prep_object(next((c for c in children_of(verb) if c.dep_ == "prep"
                                 and f"{lemma} {c.lower_}" in lexicon.involvement_phrases), None))
    if obj is None and involved is not None and involved.pos_ == "NOUN" and involved.lower_ not in lexicon.manner_nouns:
        # "engage in indirect talks": the talks (not "in good faith": how, not what)
        label, text, tok = noun_issue(involved, ctx)
        if label:
            return label, text, tok
    if lemma in lexicon.basis_verbs and is_passive(verb):
        on = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"on", "upon", "in"}), None)
        if prep_object(on) is not None:  # "has to be based on the Lausanne parameters": the parameters
            label, text, tok = noun_issue(prep_object(on), ctx)
            if label:
                return label, text, tok
    if lemma in STATE_VERBS:
        state = state_label(verb, ctx)
        if state[0]:
            return state  # "the island should be independent": its independence
    particle = first_child(verb, "prt") or next((c for c in children_of(verb) if c.dep_ == "advmod" and c.i == verb.i + 1
                                                 and c.lower_ in PARTICLES), None)  # "walk out" parsed as an adverb
    result = result_particle(verb) if particle is None else None
    if result is not None and lexicon.nominalisations.get(f"{lemma} {result.lower_}"):
        # "declared the strike over", "declared [the strike over]": "declare over", the end of it
        particle = result
        if obj is None or obj.i == verb.i:
            obj = first_child(verb, "dobj") or first_child(result, "nsubj")
    # "walk out" -> "walkout"; "lay down" also as written (the lemmatizer may read "lay" as the past of "lie")
    noun = (lexicon.measures.get(lemma) or lexicon.nominalisations.get(lemma)) if particle is None else \
        lexicon.nominalisations.get(f"{lemma} {particle.lower_}") or \
        lexicon.nominalisations.get(f"{verb.lower_} {particle.lower_}")
    head = noun or gerund(verb)
    if particle is not None and noun is None:
        head = f"{head} {particle.lower_}"
    manner = next((lexicon.manner_adverbs[c.lower_] for c in children_of(verb)
                   if c.dep_ == "advmod" and c.lower_ in lexicon.manner_adverbs), None)
    if manner is not None:
        head = f"{manner} {head}"  # "negotiate directly with X": the direct negotiation with X
    inner = obj if obj is not None else first_child(verb, "dobj")
    if inner is None and noun and lemma not in lexicon.light_actions and is_passive(verb):
        # "demanded that the embargo be lifted", "promised the troops would be withdrawn": the
        # passive subject is what an action with a name of its own is done to (the lifting of
        # the embargo; not "insist that any deal be put to a vote": the vote; nor a light verb's,
        # read as its object: "these decisions should be made locally" is no issue "decisions")
        inner = first_child(verb, "nsubjpass")
        raised = first_child(verb.head, "nsubj") if inner is None and verb.dep_ == "xcomp" else None
        if raised is not None and not is_party(raised, ctx):
            inner = raised  # "the sanctions need to be removed": the subject of "need" is removed
    if inner is not None and (inner.lower_.endswith(("self", "selves")) or inner.lower_ in PERSONAL_PRONOUNS):
        inner = None  # "must prepare itself", "disarm us": no object at stake, the party is the holder's
    elif inner is not None and inner.lower_ in RELATIVE and inner.i < verb.i:
        # a relative pronoun stands for its noun ("Kosovo, which Serbia refuses to recognize": Kosovo);
        # "the call that Israel withdraw": the "that" (a conjunction) the parser took for the object
        # stands for nothing
        inner = relative_antecedent(inner, ctx) if inner.pos_ == "PRON" else None
    if particle is not None:
        lemma = f"{lemma} {particle.lower_}"  # "give up" is not the light verb "give"
    if inner is None and verb.dep_ == "ccomp" and verb.pos_ in {"ADJ", "VERB"} and first_child(verb, "nsubj") is not None \
            and lemma in lexicon.nominalisations and first_child(verb, "nsubj").lower_ not in PERSONAL_PRONOUNS \
            and not party_going_somewhere(verb, first_child(verb, "nsubj"), ctx):
        inner = first_child(verb, "nsubj")  # "we needed the government open" (not "demanding that we disarm")
    if inner is None:
        inner = gerund_complement(verb)  # "agreed to stop fighting": the halt of the fighting
    if inner is None and (noun or particle is not None):
        doing = object_gerund(verb)
        done = action_label(doing, ctx) if doing is not None else ("", "", None)
        if done[0]:  # "agreed to stop enriching uranium": the halt of the enrichment of uranium
            end = max(doing.right_edge.i, done[2].right_edge.i if done[2] is not None else doing.i)
            return f"{head} of {done[0]}", clean_space(verb.doc[verb.i : end + 1].text), done[2]
    kept = state_of_object(verb, inner, ctx)
    if kept[0]:
        return kept  # "keep our border safe": the border's security
    if lemma in lexicon.light_actions and (inner is None or inner.lower_ in lexicon.vague_issues
                                           or inner.lower_ in lexicon.infinitive_heads):
        purpose = purpose_of(verb)
        if purpose is not None:  # "take steps in order to de-escalate the tensions": the de-escalation
            label, text, tok = action_label(purpose, ctx)
            if label:
                return label, text, tok
    if (lemma in lexicon.light_actions or lemma in lexicon.granting_verbs) and inner is not None:
        # "make compromises" -> "compromises"; "meet Hamas's demand for a prisoner release" -> the release
        label, text, tok = noun_issue(inner, ctx)
        if label:
            return label, text, tok
    if inner is not None and (inner.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or nominal_gerund(inner)) and (
            inner.lower_ not in lexicon.vague_issues or named_vague(inner)):
        inner_tokens = phrase_tokens(inner, time_nouns=lexicon.time_nouns, venue_heads=lexicon.venue_heads,
                                     utterances=lexicon.utterances, buildings=lexicon.venue_buildings)
        if inner.pos_ in {"NOUN", "PROPN"}:
            inner_tokens = sorted({*inner_tokens, *second_complement(verb, inner, ctx)}, key=lambda t: t.i)
        label = issue_label(inner_tokens, lexicon)
        text = clean_space(verb.doc[min(verb.i, inner_tokens[0].i) : inner_tokens[-1].i + 1].text)
        if lemma in lexicon.measures and label:
            return f"{head} {label}", text, inner  # "ban on Mahan Air", "sanctions on Iran"
        return (f"{head} of {label}" if label else head), text, inner
    bound = prep_object(next((c for c in children_of(verb) if c.dep_ == "prep"
                              and f"{lemma} {c.lower_}" in lexicon.prepositional_actions), None))
    if obj is None and bound is not None and bound.pos_ in {"NOUN", "PROPN"}:
        # "watch over the captured fighters", "get rid of superdelegates" (a passive with "get")
        label = issue_label(phrase_tokens(bound, time_nouns=lexicon.time_nouns), lexicon)
        if label:
            got = any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in children_of(verb))
            action = f"getting {verb.lower_}" if got else head
            return f"{action} {bound.head.lower_} {label}", clean_space(verb.doc[verb.i : bound.right_edge.i + 1].text), bound
    prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ACTION_PREPS | {"out"} and not is_purpose(c)
                 and not (prep_object(c) is not None and (prep_object(c).ent_type_ in {"DATE", "TIME"}
                                                          or prep_object(c).lower_ in lexicon.time_nouns
                                                          or any(d.dep_ == "det" and d.lower_ == "no"
                                                                 for d in children_of(prep_object(c)))))), None)
    # (nor the "in no case" of "would in no case withdraw": how firmly, not where to)
    pobj = prep_object(prep)
    inner_prep = first_child(prep, "prep") if prep is not None and prep.lower_ == "out" else None
    if inner_prep is not None:  # "stays out of NATO"
        pobj = prep_object(inner_prep)
    if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
        if pobj.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}:
            return "", "", None  # "we will return to Havana": a journey, not an issue
        label = issue_label(phrase_tokens(pobj, time_nouns=lexicon.time_nouns, venue_heads=lexicon.venue_heads,
                                     utterances=lexicon.utterances, buildings=lexicon.venue_buildings), lexicon)
        preps = f"{prep.lower_} {inner_prep.lower_}" if inner_prep is not None else prep.lower_
        if label:
            return f"{head} {preps} {label}", clean_space(verb.doc[verb.i : pobj.right_edge.i + 1].text), pobj
    if particle is not None and noun is None and lemma.split()[0] in lexicon.light_actions \
            and particle.lower_ not in PARTICLES:
        return "", "", None  # "take in the course of the talks": a light verb with no phrasal particle names nothing
    if ((noun and lemma not in lexicon.light_actions) or particle is not None) \
            and not any(c.dep_ == "ccomp" and c.left_edge.lower_ in CLAUSE_OPENERS for c in children_of(verb)):
        return head, verb.text, verb  # not a bare "giving" or "holding", nor "clarify that ...": nothing named
    return "", "", None


def nominal_gerund(tok: Token) -> bool:
    """A gerund the parser tags a verb, standing as a noun object with no object or subject of its
    own: "to halt fighting in Gaza" halts the fighting (the halt of fighting in Gaza, not a bare
    "halt"), and so does "to stop fighting", the gerund a clause complement of the verb."""
    return tok.tag_ == "VBG" and tok.dep_ in {"dobj", "xcomp"} and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "nsubj", "nsubjpass"} for c in children_of(tok))


def gerund_complement(verb: Token) -> Token | None:
    """The bare gerund after a verb, as its clause complement ("stop fighting", "resume talking"):
    the activity the verb acts on."""
    return next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i and nominal_gerund(c)), None)


def object_gerund(verb: Token) -> Token | None:
    """The gerund with an object of its own after a verb that names an action on an activity
    ("stop enriching uranium", "resume buying soybeans", "continue blocking the port"): the
    activity, named with what it is done to."""
    return next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VBG"
                 and first_child(c, "dobj") is not None), None)


def second_complement(verb: Token, obj: Token, ctx: Context) -> list[Token]:
    """The words of an action's second complement, a phrase the parser hangs on the verb right
    after its object ("raise tariffs on steel", "link the hostages to the truce",
    ``OBJECT_COMPLEMENT_PREPS``): part of what is at stake ("increase of tariffs on steel"). Not a
    time ("lift sanctions on Monday"), nor the words something was said in, nor a person, nor a
    manner ([normalise] manner_nouns: "on the basis of", "on behalf of")."""
    lexicon = ctx.lexicon
    end = max(t.i for t in phrase_tokens(obj, depth=2))
    prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in OBJECT_COMPLEMENT_PREPS
                 and c.i == end + 1), None)
    pobj = prep_object(prep)
    if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"} or pobj.ent_type_ in {"DATE", "TIME", "PERSON"} \
            or pobj.lower_ in lexicon.time_nouns or pobj.lemma_.lower() in lexicon.utterances \
            or pobj.lower_ in lexicon.manner_nouns:
        return []  # nor how: "end its search on the basis of piracy"
    return [prep, *phrase_tokens(pobj, 1, lexicon.time_nouns, lexicon.venue_heads, lexicon.utterances,
                                 lexicon.venue_buildings)]


def prefixed_stem(prefix: Token) -> Token | None:
    """The verb after a prefix the parser split off: "re-open", "de-escalate", "co-operate" are
    three tokens ("re", "-", "open"), the first standing for the verb; the last is the stem."""
    doc = prefix.doc
    i = prefix.i
    if prefix.lower_ not in VERB_PREFIXES or prefix.whitespace_ or i + 2 >= len(doc):
        return None
    hyphen, stem = doc[i + 1], doc[i + 2]
    if hyphen.text not in {"-", "–"} or hyphen.whitespace_ or stem.pos_ != "VERB":
        return None
    return stem


def prefixed_action(prefix: Token, stem: Token, ctx: Context, obj: Token | None) -> tuple[str, str, Token | None]:
    """The action of a prefixed verb ("agreed to de-escalate the tensions" -> "de-escalation of
    tensions", "demanded that the highway be re-opened" -> "reopening of highway"): the stem's
    action, named with the whole verb's noun (``nominalisations``: "reopen", "de-escalate"), else
    its gerund with the prefix. The parser hangs the object or subject on either token."""
    lexicon = ctx.lexicon
    if obj is None:
        obj = first_child(prefix, "dobj")
    if obj is None and first_child(stem, "dobj") is None and prefix.dep_ == "ccomp":
        # the parser hangs a passive subject on the prefix or on its auxiliary ("be" <- "highway")
        subj = first_child(prefix, "nsubj", "nsubjpass") or next(
            (first_child(a, "nsubj", "nsubjpass") for a in children_of(prefix) if a.dep_ in {"auxpass", "aux"}
             and first_child(a, "nsubj", "nsubjpass") is not None), None)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and not party_going_somewhere(stem, subj, ctx):
            obj = subj  # "that the highway be re-opened": what is re-opened
    label, text, tok = action_label(stem, ctx, obj)
    if not label:
        return "", "", None
    lemma = stem.lemma_.lower()
    stem_head = lexicon.measures.get(lemma) or lexicon.nominalisations.get(lemma) or gerund(stem)
    whole = f"{prefix.lower_}-{lemma}"
    noun = lexicon.nominalisations.get(whole) or lexicon.nominalisations.get(whole.replace("-", "")) \
        or f"{prefix.lower_}-{stem_head}"
    if label.split()[0] == stem_head.split()[0]:
        label = noun + label[len(stem_head.split()[0]):]
    start = min(prefix.i, tok.i if tok is not None else prefix.i)
    end = max(stem.i, tok.right_edge.i if tok is not None else stem.i)
    return label, clean_space(prefix.doc[start : end + 1].text), tok


def party_going_somewhere(verb: Token, subj: Token, ctx: Context) -> bool:
    """Whether the subject of an embedded action is a party doing it towards a complement of its
    own ("the union said workers will return to work", "the rebels will withdraw from the
    talks"): the complement is at stake ("return to work"), the party is a side, not the issue
    ("return of workers"). A thing at stake keeps its place ("troops withdraw from X")."""
    if ctx.table.actor_at(subj) < 0:
        return False
    for prep in children_of(verb):
        pobj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in ACTION_PREPS else None
        if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} and pobj.ent_type_ not in {"DATE", "TIME"} \
                and pobj.lower_ not in ctx.lexicon.time_nouns:
            return True
    return False


def is_purpose(prep: Token) -> bool:
    """Whether a preposition opens "in order to V": a purpose, never what an action is about."""
    pobj = prep_object(prep)
    return prep.lower_ == "in" and pobj is not None and pobj.lower_ == "order" and any(
        c.dep_ in {"acl", "relcl", "advcl"} and is_infinitive(c) for c in children_of(pobj))


def purpose_of(verb: Token) -> Token | None:
    """The action a verb of effort is for: "work with X to stop the conflict", "cooperate in order
    to end the war" (an infinitive clause of purpose)."""
    for child in children_of(verb):
        if child.dep_ in {"advcl", "xcomp"} and child.pos_ == "VERB" and is_infinitive(child):
            return child
        if child.dep_ == "prep" and is_purpose(child):
            act = next((c for c in children_of(prep_object(child))
                        if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)
            if act is not None:
                return act
    return None


# copulas: "should be independent", "must remain neutral", "will stay sovereign", "become autonomous"
STATE_VERBS = frozenset({"be", "remain", "stay", "become"})


def state_label(verb: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """The state an actor wants something in, from "be" + an adjective with a noun
    (``state_nouns``): "the island should be independent" -> "independence of island";
    "we must be neutral" -> "neutrality" (a pronoun subject is the holder's side, not at stake)."""
    state = first_child(verb, "acomp")
    if state is not None and any(c.dep_ == "prep" for c in children_of(state)):
        return "", "", None  # "we are open to talks": the talks are at stake, not an opening
    noun = ctx.lexicon.state_nouns.get(state.lemma_.lower() if state is not None else "", "")
    if not noun:
        noun = ctx.lexicon.state_nouns.get(state.lower_, "") if state is not None else ""
    if not noun:
        return "", "", None
    subj = first_child(verb, "nsubj")
    owner = ""
    if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and subj.lower_ not in PERSONAL_PRONOUNS:
        owner = issue_label(phrase_tokens(subj, depth=2), ctx.lexicon)
    text = clean_space(verb.doc[min(verb.i, subj.i if subj is not None else verb.i) : state.i + 1].text)
    return (f"{noun} of {owner}" if owner else noun), text, state


def state_of_object(verb: Token, obj: Token | None, ctx: Context) -> tuple[str, str, Token | None]:
    """The state an action leaves its object in (an adjective complement with a noun in
    ``state_nouns``): "keep our border safe" -> "security of border", "make Kosovo independent" ->
    "independence of Kosovo", "keep the crossings open" -> "opening of crossings"."""
    state = first_child(verb, "oprd")
    small = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                  and first_child(c, "nsubj") is not None), None)
    if state is None and small is not None and obj is None:
        state, obj = small, first_child(small, "nsubj")  # "make Kosovo independent", parsed as a small clause
    if obj is None or state is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return "", "", None
    noun = ctx.lexicon.state_nouns.get(state.lower_, "")
    owner = issue_label(phrase_tokens(obj, depth=2), ctx.lexicon) if noun else ""
    if not owner:
        return "", "", None
    return f"{noun} of {owner}", clean_space(verb.doc[min(verb.i, obj.i) : state.i + 1].text), state


# the verbs of an action embedded under a stance ("urged Iran to suspend", "said he may declare"),
# not the stance's own verb
EMBEDDED_ACTION_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp"})


def stands_for_action(verb: Token) -> bool:
    """Whether "do" stands for an action named before: "do so", "do it" (not "do as he proposed",
    whose action is the one its subject proposed, not always the latest)."""
    return any(c.dep_ in {"advmod", "dobj"} and c.lower_ in PRO_VERB_OBJECTS for c in children_of(verb))


def proposed_action(verb: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """"do as he proposed", "do what X planned": the latest issue that its proposer proposed or
    weighed before (``Context.proposals``); a pronoun proposer is the owner of the power or
    right the action hangs on ("the President's power to do as he proposed")."""
    verbs = ctx.lexicon.forms.get("proposing_verbs", ())
    clause = next((c for c in children_of(verb) if c.dep_ in {"advcl", "ccomp"} and c.lemma_.lower() in verbs
                   and any(m.lower_ in {"as", "what"} for m in children_of(c) if m.dep_ in {"mark", "dobj"})), None)
    subj = first_child(clause, "nsubj") if clause is not None else None
    if subj is None:
        return "", "", None
    actor = ctx.table.actor_at(subj)
    if subj.pos_ == "PRON" and verb.dep_ == "acl":
        owner = first_child(verb.head, "poss")
        if owner is not None and ctx.table.actor_at(owner) >= 0:
            actor = ctx.table.actor_at(owner)
    earlier = [p for p in ctx.proposals.get(actor, ()) if p[0] < verb.i] if actor >= 0 else []
    if not earlier:
        return "", "", None
    _, label, text = earlier[-1]
    return label, text, ctx.label_heads.get(label)


def earlier_action(verb: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """The issue of the latest stance before a pro-verb, read as the action done to it ("declare a
    national emergency ... the power to do so" is the declaration of the emergency), or as itself
    when that action is the stance ("proposed a ceasefire ... agreed to do so")."""
    head = next((h for h in reversed(ctx.recent) if h.i < verb.i), None)
    if head is None or head.i < sent_of(verb).start - 80:
        return "", "", None
    action = head.head
    lemma = action.lemma_.lower()
    if head.dep_ == "dobj" and action.pos_ == "VERB" and action.dep_ in EMBEDDED_ACTION_DEPS and lemma != PRO_VERB \
            and lemma not in ctx.lexicon.light_actions:
        return action_label(action, ctx)  # "asked the rebels to lay down their arms ... agreed to do so"
    # "demanded a wage increase ... refused to do so": the increase, not the demand
    return noun_issue(head, ctx) if head.pos_ in {"NOUN", "PROPN"} else ("", "", None)


def noun_issue(obj: Token, ctx: Context) -> tuple[str, str, Token | None]:
    lexicon = ctx.lexicon
    written = obj  # the object as written, before an antecedent stands for it
    if obj.lower_ in lexicon.partitives and not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"}
                                                    for c in children_of(obj)):
        # (not "expand the number of justices": a definite number is itself at stake)
        counted = prep_object(next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"), None))
        if counted is not None and counted.pos_ in {"NOUN", "PROPN"}:
            return noun_issue(counted, ctx)  # "a series of nationwide demonstrations": the demonstrations
    if (obj.lower_ in lexicon.attitude_nouns or obj.lower_ in lexicon.utterances) and owner_party(obj, ctx) is not None:
        # "rejected the US position on enrichment", "Japan's hard line on the islands", "welcomed
        # the minister's comments on pay": a stance on another party's attitude or words says
        # nothing of which side of the issue the holder takes
        return "", "", None
    endorsing = next((v for v in (obj.head, *obj.head.conjuncts) if v.lemma_.lower() in lexicon.forms.get("candidacy_verbs", ())),
                     None) if obj.dep_ == "dobj" else None  # (also "supports and endorses X")
    if endorsing is not None:
        named = next((c for c in children_of(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is None and obj.lemma_.lower() in lexicon.forms.get("office_nouns", ()) and not any(
                c.dep_ in {"compound", "amod", "nmod"} for c in children_of(obj)):
            # "supported Joe Biden's candidacy", "endorsed Biden's bid": the owner's ("Ryan's
            # reelection bid" keeps its words)
            named = first_child(obj, "poss")
        endorsed = candidacy(named, ctx, endorsing) if named is not None else ("", "", None)
        if endorsed[0]:  # "endorsed the party's nominee, Donald Trump": the person named beside the title
            return endorsed
        if obj.lemma_.lower() in lexicon.forms.get("candidate_nouns", ()) and not any(
                c.dep_ == "poss" or c.lower_ == "the" for c in children_of(obj)):
            # "did not endorse another candidate": nobody named ("would support the party's
            # nominee" stays a position on the nominee, whoever it will be)
            return "", "", None
    if doubted_disposition(obj, lexicon):
        return "", "", None  # "questioned Israel's commitment to peace": no side taken on peace
    if obj.lower_ in lexicon.containers:
        # "the terms of the truce", "a framework for talks on the border", "the plan's provision
        # on overtime": the container holds the issue (alone, "the terms" stay the label)
        held = contained(obj, ctx)
        if held[0]:
            return held
    if obj.lower_ in lexicon.vague_issues:
        # "the idea of a temporary truce", "the need for reparations": the complement names it
        # (not "the remarks of the NATO chief": whose remarks they are)
        of = next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in VAGUE_COMPLEMENT_PREPS
                   and not (c.lower_ == "of" and prep_object(c) is not None and is_party(prep_object(c), ctx))), None)
        inner = prep_object(of)
        if inner is not None:
            return issue_for(inner, ctx)
        stated = stated_content(obj)
        if stated is not None and any(c.lower_ in {"should", "must"} or c.dep_ == "auxpass" for c in children_of(stated)):
            # "rejected the idea that it should halt enrichment": the halt (not a claim: "rejected
            # the notion that Democrats could pull away from the bill")
            label, text, tok = action_label(stated, ctx, clause_subject_at_stake(stated, ctx))
            if label:
                ctx.read_as_aims.add(stated.i)  # read here: no stance of its own ("it should halt" is no demand)
                return label, text, tok
    if obj.lower_ == "what" and obj.head.dep_ == "csubj":
        # "what we need is goodwill and determination": the copula's complement
        attr = first_child(obj.head.head, "attr", "acomp")
        if attr is not None:
            return issue_for(attr, ctx)
    if obj.pos_ == "PRON" and obj.lower_ not in THING_PRONOUNS:
        # "introduced me to them": people are not issues, save a person backed for office ("is
        # fairly sure he can't support her": the candidacy of whom "her" stands for)
        return candidacy(obj, ctx)
    claim = reported_claim(obj, ctx)
    if claim[0]:  # "X said the state cannot pay. The workers dismissed this": that claim
        return claim
    relative = relative_antecedent(obj, ctx) if obj.pos_ == "PRON" and obj.lower_ in RELATIVE else None
    if relative is not None:  # "the territories that Ukraine will never cede": the territories
        obj = relative
    elif obj.pos_ == "PRON" or (obj.lower_ in lexicon.vague_issues and any(
            c.lower_ in {"this", "that", "these", "those"} for c in children_of(obj))) or _definite_deed(obj, ctx):
        antecedent = vague_antecedent(obj, ctx)  # "accept it", "reject this idea"
        if antecedent is None:
            return "", "", None
        if acted_on(antecedent, ctx):  # "refused to recognize the territories ... rejected it"
            return action_label(antecedent.head, ctx)
        obj = antecedent
    if obj.lower_ in lexicon.infinitive_heads:
        act = infinitive_of(obj)
        if act is not None and obj.lemma_.lower() in lexicon.reciprocal_issues and not settled_by(obj, act, ctx):
            act = None
        if act is not None:  # "questioned the President's power to declare an emergency"
            label, text, tok = action_label(act, ctx)
            if label:
                return label, text, tok
            journey = journey_label(obj, act, ctx)
            if journey[0]:  # "accepted the invitation to return to Stockholm": that return
                return journey
    if obj.lower_ in lexicon.content_heads:
        label, text, tok = content_issue(obj, ctx)
        if label:  # "the draft bill that would require any deal to be put to a vote"
            return label, text, tok
    if obj.lower_ in lexicon.vague_issues and not named_vague(obj):
        return "", "", None  # "take more steps", "need time": no issue named
    earlier = named_before(obj, ctx)
    if earlier is not None:  # "the ceasefire" after "a 30-day ceasefire": that one
        obj = earlier
    else:
        offered = proposed_before(obj, ctx)
        if offered[0]:  # "proposed a prisoner swap ... rejected the deal": the swap
            return offered
    if obj.pos_ == "PROPN" and (ctx.table.actor_at(obj) >= 0 or obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}) \
            and not named_thing(obj, ctx) and not any(c.dep_ == "amod" and c.pos_ == "ADJ" or _hyphened_modifier(c) for c in children_of(obj)):
        # an actor is not an issue ("an independent Kosovo", a state to be, is one; so is "a
        # no-deal Brexit", a kind of the thing named), save a person endorsed for office
        return candidacy(obj, ctx) if obj is written else ("", "", None)
    if obj.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"} and obj.pos_ != "NOUN" \
            and not _bargained_amount(obj, lexicon):
        return "", "", None
    if obj.ent_type_ in {"DATE", "TIME"} and obj.lower_ in lexicon.time_nouns and all(
            c.dep_ in {"det", "predet"} for c in children_of(obj)):
        # "Trump began the day in a hole", "began the week with talks": a time, no issue ("a
        # four-day week", "a shorter working week" are)
        return "", "", None
    tokens = phrase_tokens(obj, time_nouns=lexicon.time_nouns, venue_heads=lexicon.venue_heads,
                           utterances=lexicon.utterances, buildings=lexicon.venue_buildings)
    hung = hung_on_verb(obj, "to") if obj.lower_ in lexicon.to_complement_nouns else []
    if hung and not is_party(prep_object(hung[0]), ctx):
        # "demanded a halt to the fighting", "to the fighting" hung on "demanded": the halt's (not
        # whom it is offered to: "offered an increase to the workers")
        tokens = sorted({*tokens, *hung, *phrase_tokens(prep_object(hung[0]), 1, lexicon.time_nouns, lexicon.venue_heads,
                                                       lexicon.utterances, lexicon.venue_buildings)}, key=lambda t: t.i)
    pieces = hyphen_pieces(obj)
    if len(pieces) > 1:  # "re-election of X": the pieces before the head word the parser left beside it
        tokens = sorted({*tokens, *pieces}, key=lambda t: t.i)
    # "the Western-backed plan", "the Egyptian-brokered truce": the participle goes, and the hyphen
    # that tied its author to it ("Western plan", not "Western-plan")
    participles = [t for t in tokens if t.i < obj.i
                   and ((t.tag_ == "VBN" and t.dep_ == "amod") or hyphen_participle(t.text, lexicon))]
    # and its adverb ("the long-awaited peace plan", "the hard-won agreement": the plan, the agreement)
    hyphens = {w.i for t in participles for w in t.subtree
               if w.is_punct or (w.i != t.i and w.pos_ == "ADV" and not w.text[:1].isupper())}
    tokens = [t for t in tokens if t not in participles and t.i not in hyphens]
    # "a U.S.-backed 30-day ceasefire proposal": keep what the proposal is about ("calls for a
    # ceasefire" as "a call for a ceasefire")
    if obj.lower_ in lexicon.generic_heads or (obj.tag_ == "NNS" and obj.lemma_.lower() in lexicon.generic_heads and (
            framed_complement(obj, ctx) is not None or infinitive_of(obj) is not None)):
        act = next((c for c in children_of(obj) if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in children_of(c))), None)
        if act is not None:
            label, text, tok = action_label(act, ctx)
            if label:
                return label, text, tok
        stated = stated_content(obj)
        if stated is not None:
            # "rejected Tehran's demand that sanctions be lifted first", "a U.S. demand that Iran
            # halts enrichment": the demand's clause is what is asked for
            label, text, tok = action_label(stated, ctx, clause_subject_at_stake(stated, ctx))
            if label:
                return label, text, tok
        asked = framed_complement(obj, ctx)
        if asked is not None:
            # "rejected the demand for a timetable" opposes the timetable (gold README), "welcomed
            # the proposal for a ceasefire" supports the ceasefire: the head is the container
            label, text, tok = noun_issue(asked, ctx)
            if label:
                return label, text, tok
        # (the participles before the head are gone from tokens already)
        content = [t for t in tokens if t.i < obj.i and ctx.table.actor_at(t) < 0 and (not t.is_punct or t.text in "-–")]
        content_label = issue_label(content, lexicon)
        if content_label and _strong(content_label, lexicon):
            tokens = content
        elif not content_label and any(c.lower_ in {"the", "this", "that"} for c in children_of(obj)) and not any(
                c.dep_ == "prep" and c.lower_ in ISSUE_PREPS and prep_object(c) is not None for c in children_of(obj)):
            # "the U.S.-backed proposal" after the ceasefire was named: that issue ("the plan of
            # releasing the prisoners" names its own)
            antecedent = vague_antecedent(obj, ctx)
            if antecedent is not None and antecedent.i != obj.i:
                return noun_issue(antecedent, ctx)
        else:
            tokens = [t for t in tokens if not (t.i < obj.i and ctx.table.actor_at(t) >= 0 and t.pos_ == "PROPN")]
    label = issue_label(tokens, lexicon)
    if len(label.split()) > 12:
        label = " ".join(label.split()[:12])
    if not label or label.lower() in lexicon.vague_issues:
        return "", "", None
    return label, clean_space(obj.doc[tokens[0].i : tokens[-1].i + 1].text), obj


def stated_content(head: Token) -> Token | None:
    """The verb of the clause that states what a generic head asks for or proposes: a clause opened
    by the conjunction "that", whatever its mood ("the demand that Iran halt / halts / should halt
    enrichment", also when the parser takes it for a relative clause), or, with "that" read as a
    relative pronoun, a subjunctive or a clause with "should"/"must" ("the demand that sanctions be
    lifted first"); not a relative clause about the head ("the proposal that Iran made"), nor a
    clause that tells what happened ("the proposal that it had agreed to a ceasefire")."""
    for clause in children_of(head):
        if clause.dep_ not in {"acl", "ccomp", "relcl"} or clause.pos_ != "VERB" or clause.i < head.i:
            continue
        that = next((m for m in children_of(clause) if m.lower_ == "that" and m.dep_ in {"mark", "dobj"}), None)
        if that is None or (clause.dep_ == "relcl" and that.dep_ != "mark"):
            continue
        told = clause.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" or c.lemma_ == "have"
                                            for c in children_of(clause) if c.dep_ in {"aux", "auxpass"})
        if (that.dep_ == "mark" and not told) or any(c.dep_ == "auxpass" or c.lower_ in {"should", "must"} or c.tag_ == "VB"
                                                     for c in (clause, *children_of(clause)) if c.dep_ != "mark"):
            return clause
    return None


def clause_subject_at_stake(verb: Token, ctx: Context) -> Token | None:
    """The subject of a stated clause that is what the action is done to: a passive subject ("that
    sanctions be lifted"), or the subject of a verb with no object whose action names it ("that
    the sanctions end" -> end of sanctions); a party doing the action is its side, not at stake."""
    passive = first_child(verb, "nsubjpass")
    if passive is not None:
        return passive
    subj = first_child(verb, "nsubj")
    if subj is None or first_child(verb, "dobj") is not None or subj.pos_ not in {"NOUN", "PROPN"} \
            or is_party(subj, ctx) or verb.lemma_.lower() not in ctx.lexicon.nominalisations:
        return None
    return subj


def contained(container: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """The issue a container noun ([normalise] containers: "terms", "principle", "framework",
    "form", "version", "provision") holds: the issue of the noun after its "of", "for" or "on"
    ("the terms of the 30-day truce" -> "30-day truce"; a topic before a whole: "the part of the
    deal on inspections" -> "inspections"), when that noun is no party ("the terms of Hamas" name
    whose terms they are)."""
    preps = [c for c in children_of(container) if c.dep_ == "prep" and c.lower_ in VAGUE_COMPLEMENT_PREPS]
    # "the part of the deal on inspections": the part's own topic, after its "of", is at stake
    preps.sort(key=lambda c: c.lower_ == "of")
    for prep in preps:
        inner = prep_object(prep)
        if inner is None or inner.pos_ not in {"NOUN", "PROPN"} or is_party(inner, ctx):
            continue
        return issue_for(inner, ctx)
    return "", "", None


def _bargained_amount(obj: Token, lexicon) -> bool:
    """A sum of money or a percentage demanded, asked for, offered or refused: "the union demanded
    $500 a month", "Obama asked for $1.9 billion to fight Zika" ([forms] bargaining_verbs): the
    amount is what is at stake, where "spent $5 billion" or "rose 5 percent" state nothing."""
    if obj.ent_type_ not in {"MONEY", "PERCENT"}:
        return False
    verb = obj.head if obj.dep_ == "dobj" else (
        obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "for" else None)
    return verb is not None and verb.lemma_.lower() in lexicon.forms.get("bargaining_verbs", ())


PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def candidacy(person: Token, ctx: Context, verb: Token | None = None) -> tuple[str, str, Token | None]:
    """The candidacy of a person a verb of endorsing takes as its object ([forms] candidacy_verbs:
    "Ryan endorsed Trump", "Clinton was endorsed by the union": the candidacy), or ``verb`` takes
    as the object the person is set beside ("endorsed his former rival, Hillary Clinton"), or the
    approval handed to the person ("gave Clinton the nod"); no issue for any other party."""
    forms = ctx.lexicon.forms
    run = person.head if person.dep_ in {"poss", "compound"} and person.head.lemma_.lower() in forms.get("candidacy_runs", ()) \
        else None
    if verb is None:
        if run is not None and run.dep_ == "pobj" and run.head.lower_ in forms.get("candidacy_preps", ()):
            verb = run.head.head  # "a surrogate for Clinton's campaign", "voted for the Sanders campaign": the runner's
        elif person.dep_ in {"dobj", "nsubjpass", "compound"}:
            verb = person.head  # (a compound before a noun of backing: "a Clinton supporter")
        elif person.dep_ == "pobj" and person.head.lower_ in forms.get("candidacy_preps", ()):
            verb = person.head.head  # "would vote for Clinton", "threw his support behind Clinton"
    endorsed = verb is not None and (verb.lemma_.lower() in forms.get("candidacy_verbs", ())
                                     or verb.lemma_.lower() in forms.get("candidacy_nouns", ()))
    if not endorsed and not (person.dep_ == "dative" and conferred_approval(person.head, ctx.lexicon) is person):
        return "", "", None
    actor = ctx.table.actor_at(person)
    if not (person.ent_type_ == "PERSON" or actor >= 0 and ctx.table.actors[actor].type == "PERSON"):
        return "", "", None
    if person.dep_ == "compound" and actor >= 0 and ctx.table.actor_at(person.head) == actor:
        return "", "", None  # "Tom Hale, a Senate delegate": a word of the backer's own description
    name = [t for t in person.subtree if t.i <= person.i and t.pos_ == "PROPN" and t.dep_ in {"compound", person.dep_}]
    label = ctx.table.actors[actor].name if actor >= 0 else " ".join(t.text for t in name)  # the name, not "Senator"
    return f"candidacy of {label}", ctx.doc[name[0].i if name else person.i:person.i + 1].text, person


def is_party(tok: Token, ctx: Context) -> bool:
    """Whether a noun names a party (an actor, a person, a body, a state, a people or a group
    word: "the employers"), not a thing at stake."""
    if tok.pos_ == "PROPN" and any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in children_of(tok)):
        return False  # "a federal Cyprus": a state to be, at stake (see noun_issue)
    if named_thing(tok, ctx):
        return False  # "supported the North American Free Trade Agreement": a named pact, at stake
    # a group word is a party when it is definite or a bare plural ("the union", "the employers",
    # "workers"); "a customs union", "free movement" and a meeting ("a summit") are things
    group = tok.lower_ in ctx.lexicon.group_nouns and tok.lower_ not in ctx.lexicon.venue_heads and (
        any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in children_of(tok))
        or (tok.tag_ == "NNS" and not any(c.dep_ == "det" for c in children_of(tok))))
    return ctx.table.actor_at(tok) >= 0 or tok.ent_type_ in PARTY_ENTITIES or group \
        or tok.lemma_.lower() in ctx.lexicon.title_heads  # "the NATO chief", "the minister"


def named_thing(tok: Token, ctx: Context) -> bool:
    """Whether a proper noun heads the name of a thing ([things] heads: "the North American Free
    Trade Agreement", "the Voting Rights Act") that the model took for an organisation: the actor
    table holds such a name but does not make it act (actors.mentions), so it is at stake, not a
    party."""
    if tok.pos_ != "PROPN" or tok.lower_ not in ctx.lexicon.thing_heads:
        return False
    actor = ctx.table.actor_at(tok)
    return actor < 0 or not ctx.table.actors[actor].acting


def owner_party(noun: Token, ctx: Context) -> Token | None:
    """The party whose attitude a noun of one is ([normalise] attitudes): the owner of "Japan's
    line", "the US position", "the stance of the government", "the view held by Moscow" (a
    pronoun owner, "its position", is left to the holder's reading)."""
    for child in children_of(noun):
        if child.dep_ == "poss" and child.pos_ != "PRON" or (
                child.dep_ in {"compound", "amod", "nmod"} and is_party(child, ctx)):
            return child
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            owner = prep_object(child)
            if owner is not None and owner.pos_ != "PRON" and is_party(owner, ctx):
                return owner
        if child.dep_ == "acl":  # "the view held by Moscow"
            agent = next((prep_object(a) for a in children_of(child) if a.dep_ == "agent"), None)
            if agent is not None and is_party(agent, ctx):
                return agent
    return None


def framed_complement(head: Token, ctx: Context) -> Token | None:
    """What a generic head ([issue_nouns] generic: "proposal", "demand", "offer") proposes or asks
    for: the noun after its first "for" or "of" that is no party ("the proposal of the
    mediators" names its author, not its content; "the offer on the table" where it lies)."""
    for prep in [*children_of(head), *hung_on_verb(head)]:
        if prep.dep_ != "prep" or prep.lower_ not in FRAME_COMPLEMENT_PREPS:
            continue
        inner = prep_object(prep)
        if inner is None or inner.pos_ != "NOUN" or ctx.table.actor_at(inner) >= 0 \
                or inner.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or inner.lower_ in ctx.lexicon.group_nouns \
                or inner.lower_ in ctx.lexicon.vague_issues or inner.lower_ in ctx.lexicon.time_nouns:
            continue
        return inner
    return None


def hung_on_verb(head: Token, word: str = "for") -> list[Token]:
    """The "for" phrase (or ``word`` phrase) right after a generic object that the parser hung on
    the verb ("accepted the Egyptian proposal for a truce", "for a truce" a phrase of "accepted";
    "urged a halt to settlement construction"): the object's complement. Not a reason ("criticized
    the plan for its cost": an owned noun)."""
    if head.dep_ != "dobj" or any(c.dep_ == "prep" for c in children_of(head)):
        return []
    prep = next((c for c in children_of(head.head) if c.dep_ == "prep" and c.lower_ == word
                 and c.i == head.right_edge.i + 1), None)
    pobj = prep_object(prep)
    if pobj is None or any(c.dep_ == "poss" for c in children_of(pobj)):
        return []
    return [prep]


def journey_label(head: Token, act: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """An invitation, call or plan to go to a place: a journey alone names no issue ("we will
    return to Havana"), but one that is invited, called for or planned is the issue, with its
    head ("the invitation of our hosts to return to Stockholm" -> "invitation to return to
    Stockholm"; the author after "of" is no part of it)."""
    prep = next((c for c in children_of(act) if c.dep_ == "prep" and c.lower_ in ACTION_PREPS), None)
    place = prep_object(prep)
    if place is None or place.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return "", "", None
    to = [c for c in children_of(act) if c.dep_ == "aux" and c.lower_ == "to"]
    tokens = sorted([head, *to, act, prep, *place.subtree], key=lambda t: t.i)
    label = issue_label(tokens, ctx.lexicon)
    if not label or len(label.split()) > 12:
        return "", "", None
    return label, clean_space(head.doc[head.i : place.right_edge.i + 1].text), head


def reported_claim(pron: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """A demonstrative object ("dismissed this", "denied that") in a sentence that names nothing
    else before it, right after a sentence that reports a claim in indirect speech: the position is
    on that claim ("claim that government cannot afford to pay even $300 a month"), whose words
    are the reported clause ([normalise] reported_claim)."""
    if pron.lower_ not in {"this", "that"} or pron.pos_ != "PRON" or pron.dep_ != "dobj" or not ctx.lexicon.reported_claim:
        return "", "", None
    sent = sent_of(pron)
    subject = {w.i for t in pron.doc[sent.start : pron.i] if t.dep_ in {"nsubj", "nsubjpass"} for w in t.subtree}
    if sent.start == 0 or any(t.pos_ in {"NOUN", "PROPN"} and t.i not in subject for t in pron.doc[sent.start : pron.i]):
        return "", "", None
    before = sent_of(pron.doc[sent.start - 1])
    quote = next((q for q in ctx.quotes if q.kind == "indirect" and before.start_char <= q.start < before.end_char), None)
    span = pron.doc.char_span(quote.start, quote.end, alignment_mode="expand") if quote is not None else None
    if span is None:
        return "", "", None
    # the claim itself, not the reasons given for it ("because it is broke")
    reasons = {w.i for t in span if t.dep_ == "advcl" and t.head.i != t.i and t.head in span for w in t.subtree}
    words = issue_label([t for t in span if t.i not in reasons], ctx.lexicon).split()
    if len(words) < 2:
        return "", "", None
    label = " ".join([*ctx.lexicon.reported_claim.split(), *words][:12])
    return label, clean_space(span.text), None


def acted_on(noun: Token, ctx: Context) -> bool:
    """Whether an antecedent noun is the object of an action that names the issue ("recognize
    the territories" is recognition of them): a verb with a nominalisation or a measure noun."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in ctx.lexicon.light_actions
            and (verb.lemma_.lower() in ctx.lexicon.nominalisations or verb.lemma_.lower() in ctx.lexicon.measures))


def content_issue(noun: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """The issue a bill or law is about, from its relative clause: the action it requires ("that
    would require any peace deal to be put to a popular vote") or the measure it takes ("that
    would ban strikes"). A proposal, plan, offer or deal (a vehicle: ``generic_heads``,
    ``reciprocal_issues``) says what it holds in a clause set off by a comma ("the proposal, which
    would extend the president's term"), in a participle ("a proposal seeking the suspension of
    the talks") or in what it would do ("a plan that would create a buffer zone"); a clause that
    only restricts it is a condition on it ("would only accept a deal that returns the hostages",
    "ruled out any deal that would freeze the conflict"), and a negated one never names it. A
    text says it in a participle too ("a measure authorizing broader background checks", "a bill
    banning assault weapons"), as in its relative clause."""
    vehicle = noun.lower_ in ctx.lexicon.generic_heads or noun.lemma_.lower() in ctx.lexicon.reciprocal_issues
    clause = next((c for c in children_of(noun) if c.i > noun.i and c.pos_ == "VERB" and (
        c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG"))), None)
    if clause is None or any(c.dep_ == "neg" for c in children_of(clause)):
        return "", "", None
    subject = first_child(clause, "nsubj")
    if first_child(clause, "nsubjpass") is not None or (subject is not None and subject.lower_ not in RELATIVE):
        # "the proposal that Iran made last week", "the deal that was signed in 2015": what was
        # done to it, not what it holds
        return "", "", None
    if vehicle and not described(noun, clause):
        return "", "", None
    naming = {"compound", "amod", "nmod"} if vehicle else {"compound"}
    modifiers = [t for c in lefts_of(noun) if c.dep_ in naming for t in c.subtree if ctx.table.actor_at(t) < 0]
    if modifiers and _strong(issue_label(modifiers, ctx.lexicon), ctx.lexicon):
        # "the Iran nuclear deal, which ...", "the US blockade measure that bans flights": the deal
        # or the text its modifiers name (a text's kind, an adjective, names no content: "a
        # constitutional amendment that would impose term limits" is on the limits)
        return "", "", None
    required = first_child(clause, "xcomp", "ccomp")
    if required is None and clause.dep_ == "acl":
        # an infinitive the parser hangs on a participle: "a law mandating priests to report abuse"
        # (not in a relative clause that tells which laws: "state laws that bind delegates to V")
        required = next((c for c in children_of(clause) if c.dep_ == "advcl" and is_infinitive(c)), None)
    if required is None and first_child(clause, "dobj") is not None:
        # "a decree ordering troops to leave the border": the infinitive after the participle's
        # object, which the parser may hang on the verb the text is the object of
        after = clause.doc[min(first_child(clause, "dobj").right_edge.i + 1, len(clause.doc) - 1)]
        required = after.head if after.lower_ == "to" and after.dep_ == "aux" and is_infinitive(after.head) else None
    if required is not None and required.pos_ == "VERB":
        return action_label(required, ctx)
    lemma = clause.lemma_.lower()
    if lemma in ctx.lexicon.measures or lemma in ctx.lexicon.nominalisations:
        return action_label(clause, ctx)
    stated = stated_object(clause, ctx.lexicon)
    if stated is not None:  # "the plan, which calls for the recognition of Kosovo": the recognition
        return noun_issue(stated, ctx)
    return "", "", None


def described(noun: Token, clause: Token) -> bool:
    """Whether a clause after a proposal or deal describes what it holds, rather than restricting
    which one is meant: set off by a comma, a participle, or with "would"/"will" (what it would do),
    and never after "any" or "no"."""
    if any(c.dep_ == "det" and c.lower_ in {"any", "no"} for c in children_of(noun)):
        return False
    doc = noun.doc
    return clause.dep_ == "acl" or doc[clause.left_edge.i - 1].text == "," or any(
        c.dep_ == "aux" and c.lower_ in {"would", "will", "'d", "'ll"} for c in children_of(clause))


def relative_antecedent(pron: Token, ctx: Context) -> Token | None:
    """The thing a relative pronoun stands for: the head of the relative clause it opens ("the
    territories that Ukraine will never cede", "the pipeline, which Turkey wants to build"), a
    noun (a state recognised is at stake: "Kosovo, which Serbia does not recognize"); else None. Not
    a person ("Guardian, who ..."), nor a time ("banned travel in January,
    which Biden opposed", "the fourth night in a row that ...", "during the hearing, which X
    accepted"): there the pronoun stands for the whole clause before it, or for someone."""
    clause = pron.head
    for _ in range(4):
        if clause.dep_ == "relcl":
            noun = clause.head
            if noun.pos_ not in {"NOUN", "PROPN"} or noun.i > pron.i or pron.lower_ in {"who", "whom"} \
                    or noun.ent_type_ in {"PERSON", "DATE", "TIME"} or noun.lower_ in ctx.lexicon.time_nouns:
                return None
            phrase = noun.head if noun.dep_ == "pobj" else None
            if phrase is not None and (phrase.lower_ in TIME_PREPS or phrase.head.lower_ in ctx.lexicon.time_nouns):
                return None
            return noun
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return None


def stated_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The object of a verb by which a text states what it is for (``content_verbs``: "calls for
    X", "envisages X", "paves the way for X"): X, a noun."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.content_verbs:
        obj = first_child(verb, "dobj")
        return obj if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None
    for prep in children_of(verb):
        pobj = prep_object(prep) if prep.dep_ == "prep" else None
        if pobj is not None and pobj.pos_ == "NOUN" and f"{lemma} {prep.lower_}" in lexicon.content_verbs:
            return pobj
    obj = first_child(verb, "dobj")
    for_prep = next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "for"), None) if obj is not None else None
    if for_prep is not None and f"{lemma} the {obj.lower_} for" in lexicon.content_verbs \
            and prep_object(for_prep) is not None and prep_object(for_prep).pos_ == "NOUN":
        return prep_object(for_prep)  # "paves the way for X"
    return None


def infinitive_of(noun: Token) -> Token | None:
    """The infinitive that complements a noun ("power to declare", "plan to withdraw"); right after
    an object, the parser may hang it on the verb ("dismissed calls to halt the offensive")."""
    own = next((c for c in children_of(noun) if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"}
                and any(a.lower_ == "to" for a in children_of(c))), None)
    if own is not None or noun.dep_ != "dobj":
        return own
    return next((c for c in children_of(noun.head) if c.dep_ == "advcl" and c.pos_ == "VERB" and is_infinitive(c)
                 and c.left_edge.i == noun.right_edge.i + 1), None)


def settled_by(agreement: Token, act: Token, ctx: Context) -> bool:
    """Whether an infinitive after an agreement noun says what the agreement settles ("struck a
    deal to eliminate the arsenal", "the accord to open the crossings"), not why a party acted on
    a definite one ("signed the deal to show goodwill", the infinitive hung on the verb); an
    agreement with a named party stays itself, each side's ("signed a pact with Eritrea to end
    the war" is the pact with Eritrea, and Eritrea's pact with Ethiopia)."""
    if act.head.i != agreement.i and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(agreement)):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "with" and prep_object(c) is not None and is_party(prep_object(c), ctx)
                   for c in children_of(agreement))


def named_before(noun: Token, ctx: Context) -> Token | None:
    """A definite bare noun ("the ceasefire", "the truce") that repeats the head of an issue named
    earlier with modifiers ("a 30-day ceasefire") stands for that issue: the latest one."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(noun)):
        return None
    if any(c.dep_ in {"amod", "compound", "nummod", "nmod", "poss", "prep", "acl", "relcl"} for c in children_of(noun)):
        return None
    for head in reversed(ctx.recent):
        if head.i < noun.i and head.lemma_.lower() == noun.lemma_.lower() and head.pos_ == "NOUN" and any(
                c.dep_ in {"amod", "compound", "nummod", "nmod", "prep"} for c in children_of(head)):
            return head
    return None


def proposed_before(noun: Token, ctx: Context) -> tuple[str, str, Token | None]:
    """A bare definite noun of what a proposal becomes once on the table ([normalise]
    proposed_vehicles: "the deal", "the agreement") stands for the latest issue proposed or offered
    in the sentences just before ("The United States proposed a prisoner swap. Russia rejected the
    deal": the swap), when nothing else in its own sentence names one."""
    if noun.lower_ not in ctx.lexicon.proposed_vehicles or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(noun)) or any(
            c.dep_ not in {"det", "punct"} for c in children_of(noun)):
        return "", "", None
    start = sent_of(noun).start
    offers = [p for found in ctx.proposals.values() for p in found if max(0, start - 80) <= p[0] < start]
    if not offers:
        return "", "", None
    _, label, text = max(offers, key=lambda p: p[0])
    return label, text, ctx.label_heads.get(label)


def named_vague(noun: Token) -> bool:
    """"the abduction issue", "the nuclear question": a vague head that a modifier names."""
    return noun.lower_ in {"issue", "issues", "question", "matter"} and any(
        c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "PROPN", "ADJ"} for c in children_of(noun))


def _strong(label: str, lexicon: Lexicon) -> bool:
    """Whether a label names a concrete negotiation issue: a word of a concrete category of the
    taxonomy (not the talks themselves), other than the words that name none ("union")."""
    words = label.lower().split()
    for category, keywords in lexicon.taxonomy.items():
        if category in lexicon.strong_categories and any(
                w.startswith(k) for w in words for k in keywords if " " not in k and k not in lexicon.weak_issue_words):
            return True
    return False


def issue_for(obj: Token | None, ctx: Context) -> tuple[str, str, Token | None]:
    """(label, text as written, head token) of the issue an object token names."""
    if obj is None:
        return "", "", None
    obj = hyphen_pieces(obj)[-1]  # "endorsed the re-election of X" read as "re", "-", "election": the election
    if obj.pos_ in {"VERB", "AUX"} or obj.tag_ in {"VBG", "VB"} or (obj.dep_ in {"xcomp", "acl"} and is_infinitive(obj)) \
            or (obj.dep_ == "ccomp" and obj.pos_ == "ADJ") or misread_clause(obj):
        return action_label(obj, ctx)
    return noun_issue(obj, ctx)


def find_issues(obj: Token | None, ctx: Context) -> list[tuple[str, str, Token | None]]:
    """The issue of an object and of each coordinated object ("enact a ceasefire and enter into
    negotiations")."""
    if obj is None:
        return []
    items = umbrella_items(obj, ctx.lexicon)
    if items:
        # "proposed several ways to help workers, including free community college": the examples
        return [found for item in items for found in find_issues(item, ctx)]
    found = [issue_for(obj, ctx)]
    # "all the hostages or no deal, period": nothing from the denied alternative on is demanded with X
    cut = next((c.i for c in obj.conjuncts if c.i > obj.i and denied_alternative(c) is not None), len(obj.doc))
    for conj in [*obj.conjuncts, *listed_items(obj), *listed_infinitives(obj)]:
        if obj.i < conj.i < cut and conj.pos_ == obj.pos_ and not owned_attitude(conj, ctx.lexicon) \
                and (conj.i not in ctx.conditional or obj.i in ctx.conditional):  # not "provided the company withdraws X"
            found.append(issue_for(conj, ctx))
    first = found[0][2]
    if first is not None:
        # "secure the release of all hostages and an immediate cease-fire": the second issue too
        found.extend(issue_for(t, ctx) for t in first.subtree if separate_conjunct(t))
        if first.i != obj.i and first.dep_ == "dobj" and first.head.pos_ == "VERB" \
                and obj.left_edge.i <= first.i <= obj.right_edge.i:
            # "efforts to secure a ceasefire and the release of hostages", "lift sanctions and
            # tariffs": the action on each object
            found.extend(action_label(first.head, ctx, conj) for conj in first.conjuncts
                         if conj.i > first.i and conj.pos_ == "NOUN")
    found = [(dangling_of(label), text, tok) for label, text, tok in found if dangling_of(label)]
    if found and stated_before(obj, ctx.lexicon):
        # "has previously rejected the idea of a temporary truce": an earlier truce, not this one
        found = [(f"earlier {label}" if earlier_issue(tok, obj) else label, text, tok) for label, text, tok in found]
    return found


def owned_attitude(conj: Token, lexicon: Lexicon) -> bool:
    """Whether a conjunct is someone's own demand, objection or position ("Japan's demands for
    information and North Korea's insistence that the case is closed"): another stance, with its
    own holder, not one more thing demanded."""
    attitudes = {w for key in ("demand_nouns", "objection_nouns", "position_nouns") for w in lexicon.forms.get(key, ())}
    return conj.lower_ in attitudes and any(c.dep_ == "poss" for c in children_of(conj))


def listed_items(obj: Token) -> list[Token]:
    """The items of a list the parser hangs on an object as an apposition ("demanded an amnesty,
    the release of prisoners and a share of power": "release" appos, "share" its conjunct); an
    apposition without "and"/"or" renames the object ("the plan, a 30-day ceasefire"; "a pay rise,
    about double the inflation rate, as well as ...")."""
    items = [c for c in children_of(obj) if c.dep_ == "appos" and c.pos_ == "NOUN"
             and any(g.dep_ == "cc" and g.lower_ in {"and", "or"} for g in children_of(c))]
    # "an 8.6 percent pay rise, about double the inflation rate, as well as a housing allowance":
    # the apposition renames the rise, what comes after "as well as" is one more item
    added = [conj for c in children_of(obj) if c.dep_ == "appos" and c not in items for conj in c.conjuncts
             if conj.i > c.i and conj.pos_ == "NOUN" and as_well_as(conj)]
    return [t for item in items for t in (item, *item.conjuncts)] + added


def listed_infinitives(verb: Token) -> list[Token]:
    """The later items of a list of infinitives the parser does not join to the first one ("urged
    the West to lift the sanctions, to unfreeze its assets and to return to the deal": a second
    infinitive of the same verb; "called on Russia to withdraw its troops, to release the
    prisoners, and to allow monitors in": an infinitive after a comma taken for a clause of the
    first, with an item of its own joined to it), with the items joined to each. Not an
    infinitive of purpose ("to work together to rebuild the town": no comma, no list)."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or not is_infinitive(verb):
        return []
    doc = verb.doc
    after_comma = [c for c in children_of(verb.head) if c.dep_ == "xcomp" and c.i > verb.i and is_infinitive(c)
                   and doc[c.left_edge.i - 1].text == ","]
    after_comma += [c for c in children_of(verb) if c.dep_ == "advcl" and c.pos_ == "VERB" and is_infinitive(c)
                    and doc[c.left_edge.i - 1].text == ","
                    and any(j.i > c.i and is_infinitive(j) for j in c.conjuncts)]
    return [t for item in after_comma for t in (item, *item.conjuncts) if t.i > verb.i]


def as_well_as(conj: Token) -> bool:
    """Whether a conjunct is joined by "as well as" ("..., as well as a housing allowance")."""
    doc = conj.doc
    cc = next((i for i in range(conj.left_edge.i - 1, max(-1, conj.left_edge.i - 3), -1) if doc[i].dep_ == "cc"), None)
    return cc is not None and cc >= 2 and [t.lower_ for t in doc[cc - 2 : cc + 1]] == ["as", "well", "as"]


def stated_before(obj: Token, lexicon: Lexicon) -> bool:
    """Whether the verb of an object sets the stance in the past ("Putin has previously rejected
    X", "In the past, Russia has ruled out X", "had once refused to accept X")."""
    verb = obj
    for _ in range(4):  # "the idea of a truce": up to the verb that takes it
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    verbs = [verb]
    while verbs[-1].dep_ in {"xcomp", "conj"} and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
        verbs.append(verbs[-1].head)  # "previously refused to accept X"
    for v in verbs:
        for c in children_of(v):
            if c.dep_ == "advmod" and c.lower_ in lexicon.earlier_markers:
                return True
            if c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in lexicon.earlier_markers:
                return True
    return False


def earlier_issue(tok: Token | None, obj: Token) -> bool:
    """Whether an issue named in a stance set in the past is an earlier one: a noun of the object
    itself (not an antecedent) with an indefinite article ("a temporary truce"); "the ceasefire"
    is the one on the table."""
    return (tok is not None and tok.pos_ == "NOUN" and obj.left_edge.i <= tok.i <= obj.right_edge.i
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(tok)))


def dangling_of(label: str) -> str:
    """A label whose complement was dropped ("recognition of" when what is recognised is an
    actor or a relative pronoun) ends at its head: "recognition"."""
    words = label.split()
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words)


def subject_aside(tok: Token) -> set[int]:
    """The token indexes of what is set off between the subject and the verb of the clause that
    takes ``tok`` ("Hamas, insisting on a full withdrawal, rejected the plan", "Russia, which wants
    a neutral Ukraine, rejected the proposal", "Germany, a backer of the pipeline, ..."): the
    subject's own position, which is not what its verb's "the plan" or "it" stands for."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "Iran, which ..., said it would reject the plan" keeps its subject
    subject = first_child(verb, "nsubj", "nsubjpass")
    if subject is None or subject.i > verb.i:
        return set()
    set_off = [c for c in children_of(subject) if c.dep_ in {"relcl", "acl", "appos"} and c.i > subject.i]
    set_off += [c for c in children_of(verb) if c.dep_ == "advcl" and subject.i < c.i < verb.i]
    return {t.i for c in set_off for t in c.subtree}


def _one_word_keywords(lexicon: Lexicon) -> tuple[str, ...]:
    """The one-word keywords of the issue categories, as one tuple for ``str.startswith`` (made
    once per taxonomy)."""
    return _keywords_of(id(lexicon.taxonomy), lexicon.taxonomy)


def _keywords_of(key: int, taxonomy) -> tuple[str, ...]:
    found = _KEYWORDS.get(key)
    if found is None or found[0] is not taxonomy:
        if len(_KEYWORDS) > 8:
            _KEYWORDS.clear()
        found = _KEYWORDS[key] = (taxonomy, tuple(k for words in taxonomy.values() for k in words if " " not in k))
    return found[1]


_KEYWORDS: dict[int, tuple] = {}  # id(taxonomy) -> (taxonomy, its one-word keywords)


def _definite_deed(obj: Token, ctx: Context) -> bool:
    """"was disappointed by the decision", "criticized Iraq's move": a deed noun ([normalise]
    deeds) with "the" or an owner and no complement of its own stands for the act just reported,
    when that act was for its thing (the last stance before it supports, proposes or demands)."""
    if obj.lower_ not in ctx.lexicon.deed_nouns:
        return False
    kids = children_of(obj)
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in kids)
    if not definite or any(c.dep_ in {"prep", "acl", "relcl", "amod", "compound"} for c in kids):
        return False
    # only a deed for a thing: "Germany blocked the merger. France rejected the decision" is for
    # the merger, which a label taken back would read as against it
    last = next((p for at, p in zip(reversed(ctx.recent_at), reversed(ctx.recent_polarity)) if at < obj.i), "")
    return last in {"support", "propose", "demand"}


def vague_antecedent(tok: Token, ctx: Context) -> Token | None:
    """"accept it" -> the nearest negotiation noun before it in its sentence ("commented on the
    agreement, calling it null and void"), else the issue of the last stance, else the nearest
    earlier negotiation noun."""
    doc = tok.doc
    sent_start = sent_of(tok).start
    keywords = _one_word_keywords(ctx.lexicon)
    aside = subject_aside(tok)
    tokens = doc_tokens(doc)
    for cand in reversed(tokens[sent_start : tok.i]):
        if cand.dep_ in {"nsubj", "nsubjpass", "poss"} or ctx.table.actor_at(cand) >= 0 or cand.i in aside:
            continue  # "The workers rejected the proposal": the holder is not what it rejects
        if cand.pos_ == "NOUN" and cand.dep_ != "compound" and (
                cand.lower_ in ctx.lexicon.generic_heads or cand.lower_.startswith(keywords)):
            return cand
    # the issue of the last stance stated before it, by where the stance was stated: a stance
    # that took an issue named paragraphs before ("questioned the President's power to do so")
    # is still the last one ("Schiff called it a non-starter"), not an older one whose head is nearer
    for head, at in zip(reversed(ctx.recent), reversed(ctx.recent_at)):
        if head.i < tok.i and at < tok.i and at >= max(0, sent_start - 80) and head.i not in aside:
            return head
    for cand in reversed(tokens[max(0, sent_start - 60) : tok.i]):
        if cand.pos_ != "NOUN" or cand.dep_ == "compound" or ctx.table.actor_at(cand) >= 0 or cand.i in aside:
            continue
        if cand.dep_ in {"nsubj", "nsubjpass"} and cand.head.i == tok.head.i:
            continue  # "said its government rejected the proposal": the holder is not what it rejects
        if any(ctx.table.actor_at(c) >= 0 for c in cand.conjuncts):
            continue  # "Iran and the six powers met": a party named with a party, no issue
        low = cand.lower_
        if low in ctx.lexicon.generic_heads or low.startswith(keywords):
            return cand
    return None
