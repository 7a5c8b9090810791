"""Constructions of news English for stances and red lines (issue #11), read from the parse with
the word classes of ``[forms]`` in ``models/lexicons/stance.toml``:

- giving something up ("will not give up X", "refused to compromise on X", "will not back down on
  its demand for X"): the issue is the thing given up, never the verb;
- red lines named as such ("drew a red line at X", "X crosses Moscow's red line", "what Moscow
  calls its red lines"), preconditions ("made X a precondition for talks", "set X as a
  precondition") and existentials ("there will be no deal unless/without X");
- conditions the holder demands: "will not negotiate unless C", "will walk out unless C",
  "threatened to walk out if C does not happen", "only after C", "in exchange for N";
- holders named together ("both sides agreed"): each party named before;
- positions stated without an object ("the opposition has objected"): the issue just named.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...grammar import CONDITION_OPENERS, FUTURE, SAND_PLACE_PREPS, DEMANDED_PREPS, DISTRIBUTIVE_DETERMINERS, PARTY_DETERMINERS, RED_LINE_PREPS, REFUSAL_MODALS, RELATIVE
from ...lexicon import Lexicon, entry_pairs
from ..syntax import children_of, first_child, is_passive, prep_object
from ..text import doc_tokens, lemma_positions, positions, sent_of

# entities that name a party, who acts (not a means: "can only be resolved by Congress")
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _words(lexicon: Lexicon, key: str) -> tuple[str, ...]:
    return lexicon.forms.get(key, ())


# ---------------------------------------------------------------------------------------------
# Giving something up
# ---------------------------------------------------------------------------------------------


def surrender_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The thing a surrender verb gives up: "give up X", "negotiate away X", "compromise on X"."""
    if verb.pos_ not in {"VERB", "AUX"} and not verb.tag_.startswith("VB"):
        return None
    lemma = verb.lemma_.lower()
    phrases = _surrender_phrases(_words(lexicon, "surrender"))
    ground = first_child(verb, "dobj")
    if lemma in phrases and ground is not None and ground.lower_ in lexicon.ground_nouns:
        # "will not give an inch on pay", "would not cede ground on security": the pay, the security
        on = next((c for place in (ground, verb) for c in children_of(place)
                   if c.dep_ == "prep" and c.lower_ in {"on", "over"}), None)
        return prep_object(on) if prep_object(on) is not None else ground
    for words in phrases.get(lemma, ()):
        last = verb
        for word in words[1:]:
            last = next((c for c in children_of(verb) if c.lower_ == word and c.i > verb.i
                         and c.dep_ in {"prt", "prep", "advmod"}), None) or next(
                (c for c in children_of(last) if c.lower_ == word and c.dep_ in {"prt", "prep", "advmod"}), None)
            if last is None:
                break
        if last is None:
            continue
        if last.i != verb.i and last.dep_ == "prep":
            obj = prep_object(last)
        else:
            obj = first_child(verb, "dobj")
        if obj is not None:
            return obj
    return None


def gives_up(lemma: str, particles: set[str], lexicon: Lexicon) -> bool:
    """Whether a verb (with its particles) is one of giving something up ([forms] surrender):
    "will not give up X" is a red line with a plain "not", so "X will not be given up" is too."""
    return any(len(words) == 1 or words[1] in particles or words[1] in {"on", "over", "from"}
               for words in _surrender_phrases(_words(lexicon, "surrender")).get(lemma, ()))


def dropped_demand(verb: Token, lexicon: Lexicon) -> Token | None:
    """The demand noun a verb of dropping one's position takes ([forms] dropping_verbs, one word:
    "will not drop its demand for a pay rise", "would never withdraw its claim to the islands"),
    when the noun says what is asked ([forms] demand_nouns and its "for" / "to": `demanded_inside`).
    Refused with a modal, this is "will not give up its demand": the thing asked is demanded as a
    red line. "will not drop the charges" names no demand, and is none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words(lexicon, "dropping_verbs"):
        return None
    obj = first_child(verb, "dobj")
    return obj if obj is not None and demanded_inside(obj, lexicon) is not None else None


def surrender_particle(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's particle makes it a phrase of giving ground ([forms] surrender): "back
    down on X", "back off" are no "back X" (support); the phrase is read as a surrender."""
    particles = {c.lower_ for c in children_of(verb) if c.dep_ == "prt"}
    return bool(particles) and any(len(words) > 1 and words[1] in particles
                                   for words in _surrender_phrases(_words(lexicon, "surrender")).get(verb.lemma_.lower(), ()))


def outcome_phrasal(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` with its particle is a phrasal of ``outcome_phrasals`` ("end up", "wind up")."""
    phrases = _surrender_phrases(_words(lexicon, "outcome_phrasals")).get(verb.lemma_.lower())
    if not phrases:
        return False
    particles = {c.lower_ for c in children_of(verb) if c.dep_ == "prt"}
    return any(len(words) == 2 and words[1] in particles for words in phrases)


def forecast_nouns(lexicon: Lexicon) -> tuple[str, ...]:
    """Nouns of a hope or forecast: "the hope is that X would V" states no position of X."""
    return _words(lexicon, "forecast_nouns")


@lru_cache(maxsize=8)
def _surrender_phrases(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """The surrender phrases by their verb, so that a verb not in them costs one look-up."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        table.setdefault(words[0], []).append(words)
    return table


def modal_negation(verb: Token, negating_phrase: bool) -> bool:
    """"will not", "would never", "cannot", "under no circumstances will", "is not going to": an
    absolute refusal."""
    if going_to(verb) and any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(verb.head)):
        return True  # "we are not going to lift the sanctions": the negation is on "going"
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(verb)) or negating_phrase
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    return negated and (bool(aux & REFUSAL_MODALS) or any(c.lower_ == "never" for c in children_of(verb)))


def none_taken(verb: Token) -> bool:
    """Whether a verb's object is denied by "no": "would accept no deal without guarantees",
    "will sign no agreement that leaves Hamas in power", "would agree to no truce" (as "would
    not accept any deal"); "no less than" is no such object (a floor, read elsewhere), nor is a
    phrase of another preposition ("came back with no deal")."""
    if verb.pos_ != "VERB":
        return False
    obj = first_child(verb, "dobj")
    if obj is None:
        obj = next((prep_object(c) for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    return obj is not None and obj.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(obj))


def going_to(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a future "going to" ("is not going to lift X"), whose
    negation and tense are on "going"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.i < verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def pressed_for(noun: Token, lexicon: Lexicon) -> Token | None:
    """What the pressure or demands one yields "to" ask for ("bow to pressure to release the
    prisoners", "give in to demands for a ceasefire", "cave to calls for X"): the demand is
    another's, so refusing to yield opposes its thing. None when the noun is not the object of
    "to" after a verb of yielding ([forms] yielding_verbs), is no noun of pressing ([forms] demand_nouns, pressure_nouns) or names no
    thing; a noun owned by a pronoun ("its demands") is the holder's own."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.pos_ not in {"VERB", "AUX"} \
            or noun.head.head.lemma_.lower() not in _words(lexicon, "yielding_verbs"):
        return None
    lemma = noun.lemma_.lower()
    if lemma not in _words(lexicon, "pressure_nouns") and noun.lower_ not in _words(lexicon, "demand_nouns"):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(noun)):
        return None
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ == "for" and prep_object(child) is not None:
            return prep_object(child)
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children_of(child)):
            return child
    return None


def demanded_inside(noun: Token, lexicon: Lexicon) -> Token | None:
    """"its demand for an end to the embargo": what a demand noun asks for."""
    if noun.lower_ not in _words(lexicon, "demand_nouns") and noun.lemma_.lower() not in _words(lexicon, "demand_nouns"):
        return None
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in DEMANDED_PREPS:
            inner = prep_object(prep)
            if inner is not None:
                return inner
    if noun.dep_ == "dobj":
        # right after the object, the parser may hang its complement on the verb ("will never give
        # up its claim to the islands": "to the islands" on "give"): the complement that starts
        # where the object ends is still the noun's
        prep = next((c for c in children_of(noun.head) if c.dep_ == "prep" and c.lower_ in DEMANDED_PREPS
                     and c.i == noun.right_edge.i + 1), None)
        inner = prep_object(prep)
        if inner is not None and inner.pos_ in {"NOUN", "PROPN"}:
            return inner
    # "will not budge on the pay demand", "their wage demands": the thing asked for as a compound
    # before the noun (a name there is who asks: "the Hamas demand")
    return next((c for c in reversed(list(children_of(noun))) if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.i < noun.i), None)


# ---------------------------------------------------------------------------------------------
# Red lines named as such, preconditions, "there will be no deal unless ..."
# ---------------------------------------------------------------------------------------------


def is_red_line_noun(tok: Token) -> bool:
    """"red line(s)", "redline(s)", and "a line in the sand" (the idiom of the same sense: "drew a
    line in the sand on NATO expansion")."""
    low = tok.lower_
    if low in {"redline", "redlines"}:
        return True
    if low not in {"line", "lines"}:
        return False
    return any(c.lower_ == "red" for c in children_of(tok) if c.dep_ in {"amod", "compound"}) or _in_the_sand(tok)


def _in_the_sand(line: Token) -> bool:
    """"line in the sand": an "in" with "sand" as its object, the noun's own or, right after the
    noun, its verb's ("drew a line in the sand": the parser hangs "in" from "drew")."""
    return _sand_of(line) is not None


def _sand_of(line: Token) -> Token | None:
    """The "sand" of "a line in the sand" (see `_in_the_sand`), or None."""
    places = list(children_of(line)) + [c for c in children_of(line.head) if c.i == line.right_edge.i + 1]
    return next((prep_object(c) for c in places if c.dep_ == "prep" and c.lower_ == "in"
                 and prep_object(c) is not None and prep_object(c).lower_ == "sand"), None)


def is_bottom_line(tok: Token) -> bool:
    """"bottom line(s)": a red line named as the least a holder will take."""
    return tok.lower_ in {"line", "lines"} and any(c.lower_ == "bottom" for c in children_of(tok)
                                                   if c.dep_ in {"amod", "compound"})


def walkout_threat(tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` threatens to leave talks or a deal: a verb of [forms] walkout_verbs under a
    modal of will, not negated, whose object or prepositional object is talks or an agreement
    ("would walk away from the talks", "will pull out of the deal", "would quit the negotiations").
    Its condition ("unless C", "if C does not happen") is an ultimatum (a red line)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words(lexicon, "walkout_verbs"):
        return False
    aux = {c.lower_ for c in children_of(tok) if c.dep_ == "aux"}
    if not aux & FUTURE or any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(tok)):
        return False
    kinds = set(_words(lexicon, "talk_nouns")) | lexicon.agreement_objects
    # its object, or the object of its preposition, which the parser may hang from its particle
    # ("walk away from the talks": "from" under "away"; "pull out of": "of" under "out")
    preps = [c for c in children_of(tok) if c.dep_ == "prep"] + [
        g for c in children_of(tok) if c.dep_ in {"prt", "advmod", "prep"} for g in children_of(c) if g.dep_ == "prep"]
    things = [first_child(tok, "dobj"), *(prep_object(p) for p in preps)]
    if any(t is not None and t.lemma_.lower() in kinds for t in things):
        return True
    # a bare "would walk away if C" leaves the talks the sentence is about
    return tok.lemma_.lower() == "walk" and any(c.lower_ == "away" for c in children_of(tok)) \
        and not any(t is not None for t in things)


def listed_red_lines(tok: Token, lexicon: Lexicon) -> tuple[Token | None, list[Token]] | None:
    """(source, items) of red lines listed after a colon: "Unite set out its red lines: no job
    cuts and no pay freeze", "Hamas has two red lines: a permanent ceasefire and a full
    withdrawal", "Ukraine's red lines were clear: no recognition of the occupied territories and
    no neutrality": one red line per item. The source is the lines' named owner, else the verb
    the noun is the object or subject of (its subject holds them), else None (whoever says so).
    The colon must close the noun's own short clause (at most four words after the noun, none a
    noun: "its red lines were clear:"), and the items are the noun phrase after it with its
    coordinated and apposed nouns; a clause after the colon ("its red line: Israel must leave")
    lists none. Without a colon, the examples named by "including" or "such as" are the items
    ("what Moscow calls its red lines, such as NATO expansion"); lines crossed ([forms]
    cross_red_line: "X crosses its red lines, including Y") are then whoever says so's."""
    if not (is_red_line_noun(tok) or is_bottom_line(tok)):
        return None
    sent = tok.sent
    colon = next((t for t in tok.doc[tok.i + 1 : min(tok.i + 6, sent.end)] if t.text == ":"), None)
    if colon is None or any(t.pos_ in {"NOUN", "PROPN"} for t in tok.doc[tok.i + 1 : colon.i]):
        first = _example_of(tok)
        if first is None:
            return None
        after = range(first.left_edge.i, sent.end)
    else:
        after = range(colon.i + 1, sent.end)
        first = next((t for t in tok.doc[colon.i + 1 : sent.end] if t.head.i not in after or t.head.i == t.i), None)
    if first is None or first.pos_ not in {"NOUN", "PROPN"}:
        return None
    items, todo = [], [first]
    while todo:
        item = todo.pop(0)
        items.append(item)
        todo.extend(c for c in children_of(item) if c.dep_ in {"conj", "appos"} and c.pos_ in {"NOUN", "PROPN"} and c.i in after)
    owner = first_child(tok, "poss")
    if owner is not None and owner.pos_ != "PRON":
        return owner, items
    if colon is None and tok.head.lemma_.lower() in _words(lexicon, "cross_red_line"):
        # "NATO expansion crosses its red lines, including X": the lines of whoever says so, not
        # of what crosses them
        return None, items
    # "what Hamas calls its red lines, including X": the lines the object complement of the verb
    return (tok.head if tok.dep_ in {"dobj", "nsubj", "oprd"} and tok.head.pos_ in {"VERB", "AUX"} else None), items


def _example_of(noun: Token) -> Token | None:
    """The first example named of red lines by "including" or "such as" ("set out its red lines
    for the talks, including sanctions relief", "what Moscow calls its red lines, such as NATO
    expansion"): hung from the noun or from a noun of its own complements."""
    for word in noun.subtree:
        if word.dep_ != "prep" or word.i <= noun.i:
            continue
        example = word.lower_ == "including" or (word.lower_ == "as" and any(
            c.lower_ == "such" for c in children_of(word)))
        if not example:
            continue
        holder = word.head
        while holder.i != noun.i and holder.dep_ in {"pobj", "prep"}:
            holder = holder.head
        if holder.i == noun.i:
            return prep_object(word)
    return None


def denied_item(item: Token) -> bool:
    """Whether a listed item is denied with "no" ("no job cuts")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(item))


def red_line_noun_parts(tok: Token, lexicon: Lexicon) -> tuple[Token | None, Token | None] | None:
    """(holder, thing) of a red line named as a noun, or None when the sentence names neither:
    "X drew a red line at Y", "Y crosses X's red line", "what X calls its red lines", "X's red
    line on Y", "X's red lines include Y"."""
    if not is_red_line_noun(tok):
        return uncrossed_line(tok, lexicon)
    head = tok.head
    if tok.dep_ == "attr" and any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(head)):
        return None, None  # "the status of Cyprus is not a red line for Turkey": none drawn
    poss = first_child(tok, "poss")
    own = poss if poss is not None and poss.pos_ != "PRON" else None
    # a line in the sand is on a topic, never "at" a place ("drew a line in the sand at the beach")
    preps = RED_LINE_PREPS - SAND_PLACE_PREPS if _in_the_sand(tok) else RED_LINE_PREPS
    line_prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in preps), None)
    if line_prep is None and _in_the_sand(tok):
        # "a line in the sand on NATO expansion": the parser may hang the topic from "sand"
        sand = _sand_of(tok)
        line_prep = next((c for c in children_of(sand) if c.dep_ == "prep" and c.lower_ in preps), None)
    if tok.dep_ == "dobj" and head.lemma_.lower() in _words(lexicon, "draw_red_line"):
        prep = next((c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in preps), None) or line_prep
        return head, prep_object(prep)  # the holder is the subject of "drew"
    if tok.dep_ == "dobj" and head.lemma_.lower() in _words(lexicon, "cross_red_line"):
        if own is None:  # "would cross a red line for the European Union": the Union's
            whose = prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for"), None))
            own = whose if whose is not None and whose.ent_type_ in ENTITY_TYPES else None
        return own, first_child(head, "nsubj", "csubj")  # no owner named: whoever says so
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in _words(lexicon, "regard_as_red_line") and first_child(head.head, "dobj") is not None:
        # "Ankara has set Kurdish autonomy as a red line", "Beijing sees independence as a red line"
        return head.head, first_child(head.head, "dobj")
    # "Crimea is a red line for Moscow", "For Moscow, Crimea is a red line"
    beneficiary = prep_object(next((c for place in (tok, head) for c in children_of(place)
                                    if c.dep_ == "prep" and c.lower_ == "for"), None)) if tok.dep_ == "attr" else None
    if beneficiary is not None and beneficiary.ent_type_ in ENTITY_TYPES:
        return beneficiary, first_child(head, "nsubj")
    if tok.dep_ in {"oprd", "dobj"} and head.lemma_.lower() == "call" and any(c.lower_ == "what" for c in children_of(head)):
        # "what Moscow calls its red lines": the holder is the subject of "calls"; the thing is the
        # one the lines are on or include ("its red lines on pensions", "..., including X"), else
        # the subject of a copula above ("X is what Moscow calls its red lines"); "the deal
        # respects what Iran calls its red lines" names none
        outer = head.head
        named = _red_line_content(tok, lexicon)
        if named is not None:
            return head, named
        thing = first_child(outer, "nsubj") if outer.i != head.i and outer.lemma_ == "be" else None
        return head, thing
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "nsubj" and head.head.lower_ in {"one", "another"} \
            and head.head.head.lemma_ == "be":
        # "One of Israel's red lines is a nuclear-armed Iran": the lines' owner, the copula's attribute
        return own, first_child(head.head.head, "attr")
    if tok.dep_ == "nsubj" and own is not None:
        return own, first_child(head, "dobj", "attr")
    if tok.dep_ == "nsubj" and head.lemma_ in {"be", "remain"}:
        # "A key red line for Russia is NATO expansion", "For the union, the main red line is pay"
        whose = prep_object(next((c for place in (tok, head) for c in children_of(place)
                                  if c.dep_ == "prep" and c.lower_ == "for"), None))
        if whose is not None and whose.ent_type_ in ENTITY_TYPES:
            return whose, first_child(head, "attr")
    if tok.dep_ == "pobj" and head.lower_ == "among" and own is not None and head.head.lemma_ in {"be", "remain"}:
        # "Among Israel's red lines is the right of return": the owner's, the copula's subject
        return own, first_child(head.head, "nsubj", "attr")
    if own is not None and line_prep is not None:
        return own, prep_object(line_prep)
    return None


def _red_line_content(tok: Token, lexicon: Lexicon) -> Token | None:
    """What a red-line noun says it is on or includes: "its red lines on pensions", "its red
    lines, including the right to enrich" (a preposition or a participle of including)."""
    # the parser hangs them from the noun or from "calls" after it
    places = list(children_of(tok)) + [c for c in children_of(tok.head) if c.i > tok.i]
    for child in places:
        if child.dep_ in {"prep", "acl"} and (child.lower_ in RED_LINE_PREPS or child.lower_ == "including"):
            return prep_object(child) or first_child(child, "dobj", "pobj")
    return None


def only_way(subject: Token, lexicon: Lexicon) -> bool:
    """Whether a copula's subject is the one way to an end ("the only way to end this war", "the
    only acceptable outcome"): one of ``only_way_nouns`` with "only", not a route ("the only way
    to reach the island", ``travel_verbs``). "The only way to end this war is a full withdrawal"
    demands the withdrawal as a red line (:func:`red_lines.stated_precondition`)."""
    return subject.lower_ in lexicon.only_way_nouns \
        and any(c.lower_ == "only" for c in children_of(subject) if c.dep_ in {"amod", "advmod"}) \
        and not any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in lexicon.travel_verbs for c in children_of(subject))


def meeting_red_lines(tok: Token, lexicon: Lexicon) -> tuple[Token | None, Token] | None:
    """(owner, thing) of a thing asked to meet a holder's red lines: "a comprehensive agreement
    that meets our bottom lines", "an agreement that respects its red lines" demand the agreement as
    a red line (the owner is None for a pronoun: whoever says so). The verbs are meet_red_line in
    [forms] of stance.toml; a past ("a deal that met its red lines") reports an outcome."""
    if not (is_red_line_noun(tok) or is_bottom_line(tok)):
        return None
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ != "relcl" or verb.tag_ == "VBD" \
            or verb.lemma_.lower() not in _words(lexicon, "meet_red_line") or any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    owner = first_child(tok, "poss")
    return (owner if owner is not None and owner.pos_ != "PRON" else None), verb.head


def uncrossed_line(tok: Token, lexicon: Lexicon) -> tuple[Token | None, Token | None] | None:
    """(holder, thing) of a line its holder refuses to cross: "recognizing the annexation is a line
    we will not cross", "dividing Jerusalem was a line Israel would never cross". The refusal
    needs a modal ("a line they did not cross" tells what happened)."""
    if tok.lower_ not in {"line", "lines"} or tok.dep_ != "attr":
        return None
    crossed = next((c for c in children_of(tok) if c.dep_ == "relcl" and c.lemma_.lower() in _words(lexicon, "cross_red_line")), None)
    if crossed is None or not modal_negation(crossed, False):
        return None
    return first_child(crossed, "nsubj"), first_child(tok.head, "nsubj", "csubj")


def precondition_thing(tok: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """(verb, thing) of "made X a precondition", "set X as a precondition for talks"."""
    if tok.lower_ not in _words(lexicon, "precondition") or tok.pos_ != "NOUN":
        return None
    if tok.lower_ in {"condition", "conditions"} and not any(
            c.dep_ == "prep" and c.lower_ in {"for", "of"} for c in children_of(tok)):
        return None  # "conditions on the ground"
    verbs = _words(lexicon, "precondition_verbs")
    if tok.dep_ in {"dobj", "oprd", "xcomp"} and tok.head.lemma_.lower() in verbs:
        thing = first_child(tok, "nsubj") or next((c for c in children_of(tok.head) if c.dep_ == "dobj" and c.i != tok.i), None)
        if thing is not None:
            return tok.head, thing
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in verbs:
        verb = tok.head.head
        thing = first_child(verb, "dobj") or prep_object(
            next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"on", "upon"}), None))
        if thing is not None:
            return verb, thing
    thing = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
    if thing is not None and thing.dep_ == "pobj" and thing.head.lower_ in {"on", "upon"} \
            and thing.head.head.lemma_.lower() in verbs:
        return thing.head.head, thing  # "insists on a settlement freeze as a precondition for talks"
    if thing is not None and thing.dep_ == "dobj" and thing.head.lemma_.lower() in verbs:
        return thing.head, thing  # "demanded the lifting of sanctions as a precondition": "as" on the object
    return None


def conditioned_on(tok: Token, lexicon: Lexicon) -> Token | None:
    """What "conditioned X on Y", "linked X to Y", "tied X to Y", "made X conditional on Y" make a
    precondition: Y (the thing a verb of conditioning attaches X to)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    pairs = entry_pairs(_words(lexicon, "conditioning_verbs"))
    adjectives = {"conditional": "on", "contingent": "on", "dependent": "on"}
    if lemma in {"make", "render"}:
        adj = next((c for c in children_of(tok) if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"}
                    and c.lower_ in adjectives), None)
        if adj is None:
            return None
        prep, scope = adjectives[adj.lower_], [tok, *adj.subtree]
    elif lemma in pairs and first_child(tok, "dobj") is not None:
        prep, scope = pairs[lemma], [tok, *first_child(tok, "dobj").subtree]
    else:
        return None
    # the parser hangs "on Y" off the verb, the object or the object's own "of" phrase
    for place in scope:
        for child in children_of(place):
            if child.dep_ == "prep" and child.lower_ == prep and child.i > tok.i and prep_object(child) is not None:
                return prep_object(child)
    return None


def existential_negation(tok: Token, lexicon: Lexicon | None = None) -> bool:
    """"there will be no deal", "there will not be a blanket amnesty": a noun denied existence
    in the future or as a possibility (not "there is no agreement yet", a report). With
    ``lexicon``, two more: a subjunctive under a word of insisting ("insisted that there be no
    partial deal", "its insistence that there be no amnesty"; [forms] insisting_words), and a
    present of a talks or agreement noun with its condition ("there is no deal without
    Jerusalem", "there is no peace unless the occupation ends": the condition makes it a rule of
    the speaker's, not a report)."""
    be = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in {"attr", "nsubj"} or be.lemma_ != "be" \
            or not any(c.dep_ == "expl" for c in children_of(be)):
        return False
    denied = any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)) or any(c.dep_ == "neg" for c in children_of(be))
    if not denied:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for place in (tok, be) for c in children_of(place)
           if c.dep_ in {"prep", "npadvmod", "advmod"} for t in c.subtree):
        return False  # "there will be no talks on Sunday": a schedule, no refusal
    aux = {c.lower_ for c in children_of(be) if c.dep_ == "aux"}
    expl = next(c for c in children_of(be) if c.dep_ == "expl")
    if any(c.dep_ == "aux" and c.i < expl.i for c in children_of(be)):
        return False  # "will there be no deal without X?": a question
    if aux & REFUSAL_MODALS:
        return True
    if lexicon is None or aux:
        return False  # "there has been no deal", "there may be no deal": a report, a guess
    if be.lower_ == "be" and be.dep_ in {"ccomp", "acl"} and be.head.i != be.i \
            and be.head.lemma_.lower() in _words(lexicon, "insisting_words"):
        return True
    processes = set(_words(lexicon, "talk_nouns")) | set(lexicon.agreement_objects)
    return be.tag_ in {"VBZ", "VBP"} and (tok.lower_ in processes or tok.lemma_.lower() in processes) \
        and existential_condition(tok)


def denied_chance(tok: Token, lexicon: Lexicon) -> Token | None:
    """What "there is no chance of X unless C" refuses short of its condition: X ("there is no
    chance of a deal unless the government improves its offer", "there is no possibility of talks
    without a ceasefire", said by X's party: a red line, as "no deal unless"). The nouns are
    [forms] prospect_nouns; without a condition it is a forecast ("there is no chance of rain").
    Returns the object of "of"."""
    if tok.lower_ not in _words(lexicon, "prospect_nouns") or tok.dep_ not in {"attr", "nsubj"} \
            or tok.head.lemma_ != "be" or not any(c.dep_ == "expl" for c in children_of(tok.head)):
        return None
    if not any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)):
        return None
    thing = prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None))
    if thing is None or not (existential_condition(tok) or existential_condition(thing, own=True)):
        return None
    return thing


def elliptical_denial(tok: Token) -> bool:
    """"No deal without a ceasefire, says Hamas", "No talks until the shelling stops, Kyiv says": a
    verbless "no X" with its condition, reported as someone's words (the noun heads the reported
    clause or the sentence), as "there will be no X without Y" is. The caller checks that X is a
    thing a party grants or negotiates."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"ccomp", "ROOT"} or not any(
            c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)):
        return False
    return existential_condition(tok, own=True)


def denied(verb: Token) -> bool:
    """Whether a verb is denied by a "not" of its own or by a "no" on its object (:func:`none_taken`):
    "would not sign any deal", "would sign no deal"."""
    return any(c.dep_ == "neg" for c in children_of(verb)) or none_taken(verb)


def denied_alternative(tok: Token) -> Token | None:
    """"It's all the hostages or no deal", "a full withdrawal or no agreement", "let's get them all
    back or no deal": a verbless "no X" set after "or" as the only other outcome (an ultimatum):
    what comes before "or" is demanded (a red line), by whoever says so. Returns that thing (a
    noun, or the verb of a clause whose particle or adverb the "or" hangs on); None for a
    modifier ("little or no support"), another conjunction, or "deal or no deal" (either way). The caller checks that X is a
    thing a party grants or negotiates."""
    if tok.pos_ != "NOUN" or tok.dep_ != "conj" or not any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)):
        return None
    first = tok.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" and first.i < c.i < tok.i for c in children_of(first)) \
            or first.lemma_.lower() == tok.lemma_.lower() or first.dep_ == "pobj":
        return None  # (nor "deal or no deal, Britain leaves": either way; nor "the lifting of X or no deal", read at X)
    if first.pos_ in {"NOUN", "PROPN", "VERB"}:
        return first
    if first.pos_ in {"ADV", "ADP"} and first.dep_ in {"advmod", "prt"} and first.head.pos_ == "VERB":
        return first.head  # "get them all back or no deal": the getting back
    return None


def existential_condition(tok: Token, own: bool = False) -> bool:
    """Whether a denied existential names its condition: "without X" (on the noun or on "be"), or
    an "unless"/"until" clause ("there will be no deal unless C"); with ``own``, on the noun only."""
    for place in (tok,) if own else (tok, tok.head):
        for child in children_of(place):
            if child.dep_ == "prep" and child.lower_ == "without" and prep_object(child) is not None:
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"unless", "until"} for m in children_of(child)):
                return True
    return False


def ruled_out_as_question(tok: Token, lexicon: Lexicon) -> Token | None:
    """"there is no question of surrendering our arms", "there can be no question of a return to
    the old borders": what the idiom rules out ([forms] no_question_nouns), opposed as a red line
    by whoever says so. "There is no question that X" (a certainty) is none."""
    if tok.lower_ not in _words(lexicon, "no_question_nouns") or tok.dep_ not in {"attr", "nsubj"} \
            or tok.head.lemma_ != "be" or not any(c.dep_ == "expl" for c in children_of(tok.head)):
        return None
    if not any(c.lower_ == "no" and c.dep_ == "det" for c in children_of(tok)):
        return None
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, "pobj", "pcomp") if of is not None else None


def blocked_until(tok: Token, lexicon: Lexicon) -> Token | None:
    """"talks cannot resume until Israel stops building settlements", "no agreement will be signed
    unless ...": a process (talks, a deal) denied until a condition is met, said by someone, is
    their refusal of it and their demand of the condition (a red line, as "no deal unless").
    Returns the process noun."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in REFUSAL_MODALS for c in children_of(tok)):
        return None
    subject = first_child(tok, "nsubj", "nsubjpass")
    processes = set(_words(lexicon, "talk_nouns")) | set(lexicon.agreement_objects)
    if subject is None or subject.lower_ not in processes:
        return None
    if not (any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(tok))
            or any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(subject))):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"until", "unless"} for m in children_of(c))
               for c in children_of(tok)):
        return None
    return subject


def continued_until(tok: Token, lexicon: Lexicon) -> Token | None:
    """"the strike will continue until the government pays the increase", said by X: X keeps up
    the strike (conditioned) and demands the condition; so does "the union said the strike would
    go on" (a reported future, no condition: X keeps it up; "police said the strike continued"
    tells what happened). Returns the action noun."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {*_words(lexicon, "continuative"), "last", "go"}:
        return None
    if any(c.dep_ == "neg" for c in children_of(tok)):
        return None
    subject = first_child(tok, "nsubj")
    if subject is None or subject.lemma_.lower() not in _words(lexicon, "protest_actions"):
        return None
    if tok.lemma_.lower() == "go" and not any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"on", "ahead"}
                                               for c in children_of(tok)) \
            and not any(c.dep_ == "advcl" for c in children_of(tok)):
        return None  # "will go to court": only "go on", "go ahead" keep it up
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"until", "unless"} for m in children_of(c))
               for c in children_of(tok)) and not (
            tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in children_of(tok))):
        return None
    return subject


def echoed_clause(verb: Token, lexicon: Lexicon) -> tuple[Token, bool] | None:
    """(main verb, negated) of the clause an "as X demanded" clause echoes: "the rebels must lay
    down their arms, as the United Nations has demanded" (the UN demands the disarmament), "wages
    will not rise, as the union had feared" is none (no stance verb). ``verb`` is the stance verb
    of the "as" clause; it must have a subject and no object of its own ("as Russia demanded a
    ceasefire" is an ordinary stance, "as talks began" no stance at all)."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_.lower() in _words(lexicon, "echo_predictions"):
        return None  # "as the union had expected": a forecast, not a wish
    if not any(c.dep_ == "mark" and c.lower_ in _words(lexicon, "echo_markers") for c in children_of(verb)):
        return None
    if first_child(verb, "nsubj", "nsubjpass") is None:
        return None  # "as demanded", "as expected": no holder named
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "attr", "oprd"} for c in children_of(verb)):
        return None
    if any(c.dep_ == "prep" and prep_object(c) is not None for c in children_of(verb)):
        return None  # "as Russia called for a ceasefire": the preposition names the issue
    main = verb.head
    return main, any(c.dep_ == "neg" for c in children_of(main))


# ---------------------------------------------------------------------------------------------
# Conditions the holder demands
# ---------------------------------------------------------------------------------------------


def condition_marker(clause: Token) -> str:
    """The condition marker that opens an adverbial clause ("unless", "only after", "as long as")."""
    doc = clause.doc
    start = clause.left_edge.i
    lead = " ".join(t.lower_ for t in doc[start : start + 3])
    before = doc[start - 1].lower_ if start > 0 else ""
    if start >= 2 and doc[start - 1].lower_ == "long" and doc[start - 2].lower_ in {"as", "so"}:
        return f"{doc[start - 2].lower_} long as"  # the parser hangs "as long" off the main clause
    marks = [c.lower_ for c in children_of(clause) if c.dep_ == "mark"]
    # "only if C", or "would only return to the talks once C" with "only" on the main verb
    # "though only if C": "only" right before the marker, after another one
    only = before == "only" or lead.startswith("only ") or (clause.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.lower_ == "only" and c.i < clause.i for c in children_of(clause.head))) or any(
        c.dep_ == "advmod" and c.lower_ == "only" and c.i + 1 < len(doc) and doc[c.i + 1].dep_ == "mark"
        for c in children_of(clause))
    lead = lead.removeprefix("only ")
    for marker in CONDITION_OPENERS:
        if lead.startswith(marker) or marker in marks:
            return f"only {marker}" if only and marker in {"if", "after", "when", "once"} else marker
    return ""


_marker = condition_marker


def detached_proviso(verb: Token) -> Token | None:
    """"will return to work provided (that) the company withdraws the dismissals": the parser
    hangs "provided" off the main verb alone and the clause beside it (ccomp or conj); the clause
    right after "provided"/"providing" is then the condition. None when there is none."""
    marker = next((c for c in children_of(verb) if c.lower_ in {"provided", "providing"}
                   and c.dep_ in {"advcl", "prep"} and c.i > verb.i), None)
    place = verb
    if marker is None:
        # "would accept the deal provided that sanctions are lifted": or both off the object
        obj = first_child(verb, "dobj")
        marker = next((c for c in children_of(obj) if c.lower_ in {"provided", "providing"}
                       and c.dep_ in {"acl", "advcl", "prep"} and c.i > obj.i), None) if obj is not None else None
        place = obj
    if marker is None or any(c.dep_ in {"ccomp", "advcl", "pobj", "pcomp"} for c in children_of(marker)):
        return None
    return next((c for c in children_of(place) if c.dep_ in {"ccomp", "conj", "acl", "advcl"} and c.pos_ in {"VERB", "AUX"}
                 and c.i > marker.i and c.left_edge.i <= marker.i + 2 and first_child(c, "nsubj", "nsubjpass") is not None),
                None)


def on_condition(prep: Token) -> Token | None:
    """The clause of "on (the) condition that C" (the parser hangs C from "condition"), or None."""
    noun = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "on" else None
    if noun is None or noun.lemma_.lower() != "condition":
        return None
    return next((c for c in children_of(noun) if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)


def stopped_activity(word: Token | None, lexicon: Lexicon) -> Token | None:
    """The activity of a clause of stopping the parser read as a noun phrase: "the shelling
    stops", "the bombing ends" (the verb, one of [forms] stopping_verbs, a preposition's object,
    with the activity, a gerund, as its modifier). None for any other word ("until the end of the
    war": a time)."""
    if word is None or word.lemma_.lower() not in _words(lexicon, "stopping_verbs") or word.lower_ == word.lemma_.lower():
        return None  # (an inflected verb: "stops", "ends", "ceased"; "until the end" is a noun)
    return next((c for c in children_of(word) if c.dep_ in {"amod", "compound", "nsubj"} and c.i < word.i
                 and c.lower_.endswith("ing")), None)


def demand_clauses(tok: Token, lexicon: Lexicon, existential: bool = False,
                   commitment: bool = True) -> list[tuple[Token, str, bool]]:
    """Clauses and nouns a stance at ``tok`` depends on that its holder thereby demands:
    (head, marker, negated). "if C" counts only when C is negated ("if the company does not
    restore the bonus"): a plain "if" is as often a threat ("will retaliate if attacked"), and
    only for a ``commitment`` (an action the holder will take): "urged her, if she cannot govern,
    to step down" demands no governing.
    ``existential``: "there will be no deal without X" demands X too."""
    nodes = [tok]
    if tok.dep_ in {"xcomp", "ccomp", "conj"} and tok.head.i != tok.i or existential:
        nodes.append(tok.head)
    nodes.extend(c for c in children_of(tok) if c.dep_ == "xcomp")
    if existential:  # "there is no chance of a deal without X": the condition may hang from the deal
        nodes.extend(prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                     and prep_object(c) is not None)
    markers = _words(lexicon, "demand_markers")
    found = []
    for node in nodes:
        # "as long as C" is often hung from "long", an adverb of the main clause
        children = list(children_of(node)) + [g for c in children_of(node) if c.dep_ == "advmod" for g in children_of(c)]
        proviso = detached_proviso(node)
        if proviso is not None:
            found.append((proviso, "provided", any(c.dep_ == "neg" for c in children_of(proviso))))
        for child in children:
            if child.dep_ == "advcl" and child.pos_ in {"VERB", "AUX"}:
                marker = _marker(child)
                negated = any(c.dep_ == "neg" for c in children_of(child))
                if marker == "before" and _refused(node, lexicon):
                    # "will not disarm before the government withdraws its troops": a precondition
                    found.append((child, marker, negated))
                elif not marker and _lasting_while(child) and _refused(node, lexicon):
                    # "would not negotiate while Israel builds settlements": what the refusal lasts
                    # through, as "as long as" (opposed); a contrast ", while Y said" is none
                    found.append((child, "while", negated))
                elif marker in markers or (marker == "if" and negated and commitment):
                    found.append((child, marker, negated))
                elif marker == "if" and commitment and not negated and force_threat(node, child, lexicon):
                    # "threatened to use force if Taiwan declares independence": the declaration
                    # opposed, a line whose crossing is met with force
                    found.append((child, THREATENED_FORCE, negated))
                elif marker == "if" and commitment and _protest_verb(node, lexicon):
                    # "will strike if the airline cuts their pensions": the cuts opposed
                    found.append((child, THREATENED_IF, negated))
            elif (clause := on_condition(child)) is not None:
                # "will free the hostages on condition that its fighters are released"
                found.append((clause, "on condition", any(c.dep_ == "neg" for c in children_of(clause))))
            elif child.dep_ == "prep" and existential and child.lower_ == "without" and prep_object(child) is not None:
                found.append((prep_object(child), "without", False))
            elif child.dep_ == "prep" and child.lower_ == "before" and _refused(node, lexicon) and prep_object(child) is not None \
                    and prep_object(child).ent_type_ not in {"DATE", "TIME"} \
                    and prep_object(child).lower_ not in _words(lexicon, "time_spans") \
                    and prep_object(child).lower_ not in lexicon.time_nouns:
                # "would not lay down arms before the election": a precondition, as "until" is
                found.append((prep_object(child), "before", False))
            elif child.dep_ == "prep" and child.lower_ in {"until", "unless", "before"} \
                    and stopped_activity(prep_object(child), lexicon) is not None:
                # "no talks until the shelling stops", as the parser often has it: "until" a
                # preposition, "stops" its object and "shelling" a modifier: the halt demanded
                found.append((prep_object(child), child.lower_, False))
            elif child.dep_ == "prep" and child.lower_ in {"after", "until"} and prep_object(child) is not None and (
                    child.i > 0 and child.doc[child.i - 1].lower_ == "only"):
                # "will resume talks only after the highway [is reopened]", as the parser often has it
                found.append((prep_object(child), f"only {child.lower_}", False))
            elif child.dep_ == "prep":
                phrase = " ".join(t.lower_ for t in child.doc[child.i : child.i + 3])
                for marker in ("in exchange for", "in return for"):
                    if phrase.startswith(marker):
                        inner = prep_object(next((c for c in child.subtree if c.lower_ == "for"), None))
                        if inner is not None:
                            found.append((inner, marker, False))
    # "refused to rule out a ceasefire, but only if C", "signalled he was willing to meet, only if
    # C": an "only if" clause the parser hangs from a verb above the stance, or coordinates as a
    # clause of its own ("but only if C"), still sets the stance's terms
    seen = {head.i for head, _, _ in found}
    only = set(_words(lexicon, "red_line_markers"))
    above, node = [], tok
    while node.head.i != node.i and len(above) < 6:
        node = node.head
        above.append(node)
    for node in [tok, *above]:
        for child in children_of(node):
            if child.i <= tok.i or child.i in seen or child.pos_ not in {"VERB", "AUX"}:
                continue
            if child.dep_ == "advcl" or (child.dep_ == "conj" and child.left_edge.lower_ == "only"):
                marker = _marker(child)
                if marker in only:
                    found.append((child, marker, any(c.dep_ == "neg" for c in children_of(child))))
                    seen.add(child.i)
    return found


# The marker of "if C" after a threatened protest ("will strike if C"): C is opposed, not demanded.
THREATENED_IF = "if, threatened"
# The marker of "if C" after a threat of force ("will use force if C"): C is opposed as a red line.
THREATENED_FORCE = "if, force"


def force_threat(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is an act of force ([forms] force_verbs alone, "retaliate", "invade"; or
    with their object, [forms] force_phrases: "use force", "take military action") whose "if"
    ``clause`` names another party's act: "will use force if Taiwan declares independence". A
    clause of no named party ("will retaliate if attacked", "if it is attacked", "if necessary")
    tells when force comes, no act of another refused."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    # the verb with its object ("use force", "use military force"), its preposition and object
    # ("go to war", "resort to force") or its adverb ("respond militarily")
    said = set()
    for child in children_of(verb):
        if child.dep_ == "dobj":
            said |= {f"{lemma} {child.lemma_.lower()}",
                     f"{lemma} {' '.join(t.lower_ for t in child.subtree if t.dep_ != 'det')}"}
        elif child.dep_ == "prep" and prep_object(child) is not None:
            said.add(f"{lemma} {child.lower_} {prep_object(child).lemma_.lower()}")
        elif child.dep_ == "advmod":
            said.add(f"{lemma} {child.lower_}")
    if lemma not in _words(lexicon, "force_verbs") and not said & set(_words(lexicon, "force_phrases")):
        return False
    subject = first_child(clause, "nsubj", "nsubjpass")
    # a named party, or a thing named by one ("if NATO troops enter Ukraine")
    return subject is not None and (subject.pos_ == "PROPN" or any(
        c.dep_ in {"compound", "amod", "poss"} and c.pos_ == "PROPN" for c in children_of(subject)))


def _protest_verb(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of a collective protest ([forms] protest_actions: "strike", "boycott", "walk out")."""
    if verb.pos_ != "VERB":
        return False
    actions = _words(lexicon, "protest_actions")
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ in {"prt", "advmod"} and c.i == verb.i + 1), "")
    return verb.lemma_.lower() in actions or f"{verb.lemma_.lower()}{particle}" in actions


def _lasting_while(clause: Token) -> bool:
    """A "while" clause of a state that lasts, right after its main clause: "while Israel builds
    settlements", "while the bombing continues" (present tense, no comma before "while": after a
    comma, "while" sets a contrast)."""
    mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "while"), None)
    if mark is None or clause.tag_ not in {"VBZ", "VBP", "VBG"} or clause.i < clause.head.i:
        return False
    return mark.i == 0 or not clause.doc[mark.i - 1].is_punct


def _refused(verb: Token, lexicon: Lexicon | None = None) -> bool:
    """A verb refused with a modal ("will not disarm", "would never sign", "cannot return"), or by a
    verb of refusing ("refused to lay down their arms", [forms] conditioned_refusals): what must come
    "before" it is then a precondition."""
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    if lexicon is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words(lexicon, "conditioned_refusals") \
            and verb.head.lemma_.lower() not in _words(lexicon, "threat"):
        return True
    return bool(aux & REFUSAL_MODALS) and any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(verb))


def is_threat(tok: Token, lexicon: Lexicon) -> bool:
    return tok.lemma_.lower() in _words(lexicon, "threat") and any(c.dep_ == "xcomp" for c in children_of(tok))


def threatened_object(tok: Token, lexicon: Lexicon) -> Token | None:
    """The thing a threat names on a condition: "threatened a general strike if the government did
    not withdraw the increase", "warned of a walkout unless wages were paid" (the strike, the
    walkout; the condition is demanded as with "threatened to strike unless"). A threat with no
    condition ("threatened legal action") is read elsewhere."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words(lexicon, "threat") or first_child(tok, "xcomp") is not None:
        return None
    thing = first_child(tok, "dobj") or prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None))
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    for clause in children_of(tok):
        if clause.dep_ != "advcl":
            continue
        marker = _marker(clause)
        if marker == "unless" or (marker == "if" and any(c.dep_ == "neg" for c in children_of(clause))):
            return thing
    return None


def threatened_protest(tok: Token, lexicon: Lexicon) -> Token | None:
    """The collective action a threat names with no "unless": "the nurses threatened a strike",
    "the union has threatened a walkout if the company cuts jobs", "warned of a boycott" (a
    protest action of [forms] threatened_protests, as "threatened to strike" is read). A threat
    of anything else ("threatened military force", "threatened Iran") states no stance of its
    own here."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words(lexicon, "threat") or first_child(tok, "xcomp") is not None:
        return None
    thing = first_child(tok, "dobj") or prep_object(next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None))
    if thing is None or thing.pos_ != "NOUN" or thing.lemma_.lower() not in _words(lexicon, "threatened_protests"):
        return None
    # another party's action, warned of: "a strike by pilots", "the pilots' strike", "a Unite strike"
    # (where the parser hangs "by pilots" on the verb too); "its strike", "a hunger strike" stay
    if any((c.dep_ in {"prep", "agent"} and c.lower_ == "by" and c.i > thing.i) for c in (*children_of(thing), *children_of(tok))) \
            or any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_))
                   for c in children_of(thing)):
        return None
    return thing


def ultimatum_action(tok: Token, lexicon: Lexicon) -> Token | None:
    """The action an ultimatum demands: "gave Moscow 60 days to return to compliance", "gave the
    government until Friday to release the report", "set a deadline of Friday for Britain to
    present its proposals", "Russia would be given 60 days to ..." (then whoever reports it
    demands). A span of time or a limit ("until Friday") and an infinitive of what to do in it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words(lexicon, "ultimatum_verbs"):
        return None
    spans = _words(lexicon, "time_spans")
    span = next((c for c in children_of(tok) if c.dep_ in {"dobj", "npadvmod", "dative"} and c.lower_ in spans), None)
    limit = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in {"until", "till"}), None)
    if span is None and limit is None:
        return None
    for place in (tok, span):
        if place is None:
            continue
        action = next((c for c in children_of(place) if c.dep_ in {"advcl", "acl", "relcl", "xcomp"}
                       and c.pos_ in {"VERB", "AUX"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
        if action is not None:
            return action
    return None


def protested_over(tok: Token, lexicon: Lexicon) -> Token | None:
    """What a measure taken in protest is "over": "expelled the Libyan ambassador over the
    agreement", "suspended talks over the arms sale" oppose the agreement, the sale; "went on strike
    over unpaid wages" demands the wages (:func:`protest_polarity`; not "postponed the talks over
    the weekend")."""
    if tok.pos_ != "VERB" and not (tok.lemma_ == "be" and tok.dep_ == "ROOT"):
        return None  # "have been on strike for five weeks over unpaid allowances": the copula too
    lemma = tok.lemma_.lower()
    places = [tok, *(c for c in children_of(tok) if c.dep_ in {"dobj", "prep"})]
    places += [prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and prep_object(c) is not None]
    if lemma not in _words(lexicon, "protest_measures") and not any(
            p.lower_ in _words(lexicon, "protest_actions") for p in places if p.dep_ == "pobj"):
        return None  # "went on strike over X": the action is the verb's prepositional object
    spans = set(_words(lexicon, "time_spans")) | set(lexicon.time_nouns)
    preps = _words(lexicon, "protest_preps")  # "over", and "against": "held a general strike against the tax"
    for place in places:
        over = next((c for c in children_of(place) if c.dep_ == "prep" and c.lower_ in preps), None)
        thing = prep_object(over)
        if thing is not None and thing.lemma_.lower() in _words(lexicon, "protest_prep_idioms"):
            continue  # "against the wishes of the union", "against the advice of"
        if thing is not None and thing.ent_type_ not in {"DATE", "TIME"} and thing.lower_ not in spans:
            return thing
    return None


def protest_polarity(thing: Token, lexicon: Lexicon) -> str:
    """The stance of a protest on what it is "over": what workers are owed or ask for ([forms]
    pay_nouns: "nurses are on strike over unpaid allowances", "walked out over pay", "stopped work
    in protest over unpaid salaries") is demanded, the strikers want it paid; anything else ("over
    the agreement", "over pay cuts", "over the new tax") is opposed."""
    owed = _words(lexicon, "pay_nouns")
    before = thing.doc[thing.i - 1].lower_ if thing.i > 0 else ""
    # (an entry of two words is the noun with the word before it: "pay and working conditions")
    return "demand" if thing.lemma_.lower() in owed or thing.lower_ in owed or f"{before} {thing.lower_}" in owed \
        else "oppose"


def acted_in_protest(tok: Token, lexicon: Lexicon) -> tuple[Token, str, Token] | None:
    """(what, polarity, the purpose noun) of an act done "in protest at" an issue, "in defiance of"
    or "in retaliation for" it ([forms] purpose_nouns, purpose_preps): "the opposition walked out
    of parliament in protest at the ruling", "doctors stopped work in protest over unpaid
    salaries", "farmers blocked roads in protest against the tax" (the phrase hung on the verb or
    on its object) oppose the ruling, the salaries, the tax, whatever the act; "left the hall in
    protest" names no issue."""
    if tok.pos_ != "VERB":
        return None
    entries = _words(lexicon, "purpose_nouns")
    purposes = entry_pairs(entries)
    preps = _words(lexicon, "purpose_preps")
    for noun in _purpose_phrases(tok.doc, entries).get(tok.i, ()):
        about = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in preps), None)
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if about is None and after is not None and after.dep_ == "prep" and after.lower_ in preps:
            about = after  # "in protest at the ruling": the parser may hang "at" on the verb
        thing = prep_object(about) if about is not None else None
        if thing is not None and thing.pos_ != "PRON" and thing.ent_type_ not in {"DATE", "TIME"}:
            polarity = purposes[noun.lemma_.lower()]
            return thing, protest_polarity(thing, lexicon) if polarity == "oppose" else polarity, noun
    return None


@lru_cache(maxsize=4)
def _purpose_phrases(doc: Doc, entries: tuple[str, ...]) -> dict[int, tuple[Token, ...]]:
    """The purpose nouns of a Doc ("in protest", "in retaliation") by the index of the act they
    belong to, in document order: found once per Doc instead of walking every verb's subtree. The
    phrase may hang on the verb, its object or a place after it: the act is the first verb above
    the preposition. The Doc is held by the cache while it is cached (its id is not reused
    meanwhile)."""
    purposes = entry_pairs(entries)
    acts: dict[int, list[Token]] = {}
    tokens = doc_tokens(doc)
    for i in positions(lemma_positions(doc), purposes):
        noun = tokens[i]
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            continue
        act = noun.head.head
        while act.pos_ not in {"VERB", "AUX"} and act.head.i != act.i:
            act = act.head
        acts.setdefault(act.i, []).append(noun)
    return {i: tuple(nouns) for i, nouns in acts.items()}


def overridden_objection(tok: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """(objector, what it objects to) when an act goes ahead "despite" or "over" someone's
    objections: "the council adopted the resolution despite Israel's objections", "over the
    objections of Hungary", "despite opposition from the unions": the objector opposes what the
    clause does (its object, else the act), or the noun the phrase hangs on ("the arms sale
    despite China's protests")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _words(lexicon, "objection_nouns") and \
            tok.lower_ not in _words(lexicon, "objection_nouns"):
        return None
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _words(lexicon, "overriding_preps") \
            or prep.head.pos_ not in {"VERB", "AUX", "NOUN"}:
        return None
    holder = first_child(tok, "poss")
    if holder is None:
        holder = next((prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in {"of", "from", "by"}), None)
    if holder is None:
        return None
    verb = prep.head
    if verb.pos_ == "NOUN":
        # "went ahead with the arms sale despite China's protests" ("the merger over Germany's
        # opposition" would label the merger with the objection)
        return (holder, verb) if prep.lower_ == "despite" else None
    return holder, first_child(verb, "dobj") or verb


AIM_PATH = frozenset({"xcomp", "advcl", "ccomp", "dobj", "relcl", "acl"})


def threat_aims(tok: Token, lexicon: Lexicon) -> list[tuple[Token, str, Token]]:
    """(aim verb, polarity, object) of what a threat is for: "threatened military force to achieve
    reunification" demands the reunification, "threatened to use force to prevent the referendum"
    opposes the referendum, "threatened sanctions to force Caracas to hold elections" demands the
    elections. The aim is an infinitive of purpose of the threatened action (not "warned Kyiv to
    stop": an addressee told what to do)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words(lexicon, "threat"):
        return []
    demand, oppose = _words(lexicon, "threat_aims_demand"), _words(lexicon, "threat_aims_oppose")
    return _aims_of(tok, demand, oppose, lambda aim: _purpose_of_threatened(aim, tok))


def _aims_of(tok: Token, demand, oppose, purpose) -> list[tuple[Token, str, Token]]:
    """(aim verb, polarity, object) of the infinitives of purpose below an act (up to three steps
    down ``AIM_PATH``) whose verb is one of ``demand`` or ``oppose`` and that ``purpose`` accepts."""
    found, frontier = [], [(c, 1) for c in children_of(tok) if c.dep_ in AIM_PATH]
    while frontier:
        node, depth = frontier.pop(0)
        lemma = node.lemma_.lower()
        if node.pos_ in {"VERB", "AUX"} and (lemma in demand or lemma in oppose) and purpose(node):
            obj = _aim_object(node, lemma in demand)
            if obj is not None:
                found.append((node, "demand" if lemma in demand else "oppose", obj))
            continue
        if depth < 3:
            frontier.extend((c, depth + 1) for c in children_of(node) if c.dep_ in AIM_PATH)
    return found


def _purpose_of_threatened(aim: Token, threat: Token) -> bool:
    """An infinitive of purpose after the threatened action, not the threat verb's own complement
    unless the threat names what it threatens ("threatened war to stop X")."""
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(aim)):
        return False
    if aim.head.i != threat.i:
        return True
    threatened = first_child(threat, "dobj")
    return threatened is not None and threatened.pos_ == "NOUN" and not threatened.ent_type_ \
        and threatened.i < aim.i


def _aim_object(aim: Token, demanded: bool) -> Token | None:
    """What an aim verb is about: its object, the action it forces ("to force X to hold
    elections"), or what it keeps someone from ("to stop X from declaring independence")."""
    action = next((c for c in children_of(aim) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
    if demanded and action is not None:
        return action
    obj = first_child(aim, "dobj")
    kept_from = next((prep_object(c) or first_child(c, "pcomp") for c in children_of(aim)
                      if c.dep_ == "prep" and c.lower_ == "from"), None)
    if kept_from is not None and (obj is None or obj.ent_type_ in ENTITY_TYPES or obj.pos_ == "PROPN"):
        return kept_from
    return obj


# ---------------------------------------------------------------------------------------------
# Legal action against an issue
# ---------------------------------------------------------------------------------------------


def legal_act(tok: Token, lexicon: Lexicon) -> Token | None:
    """The legal step an active verb takes ([forms] legal_verbs, legal_nouns, court_nouns): the
    verb itself when it sues ("sued", "is suing"), its object when that is a legal noun ("filed a
    lawsuit", "sought an injunction", "took legal action", "launched a legal challenge"), the court
    it goes to ("went to court", "took the ministry to court"); None otherwise, and for a passive
    ("the company was sued over the merger": the company is sued, it takes no step)."""
    if tok.pos_ != "VERB" or is_passive(tok):
        return None
    if tok.lemma_.lower() in _words(lexicon, "legal_verbs"):
        return tok
    obj = first_child(tok, "dobj")
    if obj is not None and _legal_noun(obj, lexicon):
        return obj
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ == "to":
            court = prep_object(c)
            if court is not None and court.lemma_.lower() in _words(lexicon, "court_nouns"):
                return court
    return None


def _legal_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of a legal step: one of [forms] legal_nouns ("lawsuit", "injunction"), or one of
    legal_steps with a legal modifier ("legal action", "a court challenge"; a bare "action" or
    "challenge" is any deed)."""
    lemma = noun.lemma_.lower()
    return lemma in _words(lexicon, "legal_nouns") or lemma in _words(lexicon, "legal_steps") and any(
        c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _words(lexicon, "legal_modifiers") for c in children_of(noun))


def legal_aims(tok: Token, lexicon: Lexicon) -> list[tuple[Token, str, Token]]:
    """(aim verb, polarity, object) of what a legal step is for: "sued to stop the privatisation",
    "went to court to halt the eviction", "filed a lawsuit to overturn the ban" oppose the
    privatisation, the eviction, the ban; "sued to force the ministry to publish the report"
    demands the publication (the aims of threats, [forms] threat_aims_demand and
    threat_aims_oppose, and legal_aims_oppose). No red line: going to court is no ultimatum."""
    if legal_act(tok, lexicon) is None:
        return []
    demand = _words(lexicon, "threat_aims_demand")
    oppose = (*_words(lexicon, "threat_aims_oppose"), *_words(lexicon, "legal_aims_oppose"))
    return _aims_of(tok, demand, oppose, lambda aim: any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(aim)))


def legal_target(tok: Token, lexicon: Lexicon) -> Token | None:
    """What a legal step is taken against: "sued the government over the privatisation", "filed
    suit against the merger", "launched a legal challenge to the law", "challenged the ruling in
    court", "appealed the verdict" oppose the privatisation, the merger, the law, the ruling, the
    verdict. Not a party ("sued the newspaper", "filed a complaint against Google"), a time, or an
    idiom of [forms] protest_prep_idioms."""
    if tok.pos_ != "VERB" or is_passive(tok):
        return None
    act = legal_act(tok, lexicon)
    lemma = tok.lemma_.lower()
    if act is None:
        challenged = first_child(tok, "dobj") if lemma in _words(lexicon, "challenging_verbs") else None
        if challenged is None or not _legal_thing(challenged, lexicon):
            return None
        # "in court" hung on the verb or on its object ("challenged [the ruling in court]")
        in_court = any(c.dep_ == "prep" and c.lower_ in {"in", "before"} and prep_object(c) is not None
                       and prep_object(c).lemma_.lower() in _words(lexicon, "court_nouns")
                       for place in (tok, challenged) for c in children_of(place))
        return challenged if in_court or lemma in _words(lexicon, "appealing_verbs") else None
    # "launched a legal challenge to the law": "to" with a legal noun (the parser hangs it on the
    # noun or the verb; "went to court" is the step itself, no court is a thing at stake)
    # "sued the state over its voting law": what it is "over" first, then what it is "against"
    preps = ("over", "against", "to") if act.pos_ == "NOUN" else ("over", "against")
    places = [tok, act] if act.i != tok.i else [tok]
    # "a lawsuit against the state of Montana over its voting law": the parser may hang "over" on the party
    places += [prep_object(c) for place in list(places) for c in children_of(place)
               if c.dep_ == "prep" and c.lower_ == "against" and prep_object(c) is not None]
    for prep in preps:
        for place in places:
            for c in children_of(place):
                thing = prep_object(c) if c.dep_ == "prep" and c.lower_ == prep else None
                if thing is not None and _legal_thing(thing, lexicon):
                    return thing
    return None


def _legal_thing(thing: Token, lexicon: Lexicon) -> bool:
    """Whether what a legal step is against can be an issue: no party, pronoun or time, nor a bare
    idiom ("against the wishes of", "against the law"; "against the new election law" is a law)."""
    idiom = thing.lemma_.lower() in _words(lexicon, "protest_prep_idioms") and all(
        c.dep_ in {"det", "prep"} for c in children_of(thing))
    # "a lawsuit against the state of Montana", "the government of Syria": a party by another name
    party = any(c.dep_ == "prep" and c.lower_ == "of" and prep_object(c) is not None
                and prep_object(c).ent_type_ in ENTITY_TYPES for c in children_of(thing))
    if party:
        return False
    return thing.pos_ in {"NOUN", "PROPN"} and thing.ent_type_ not in ENTITY_TYPES | {"DATE", "TIME"} and not idiom \
        and thing.lemma_.lower() not in _words(lexicon, "court_nouns") \
        and thing.lower_ not in _words(lexicon, "time_spans")


# ---------------------------------------------------------------------------------------------
# Holders named together; stances without an object
# ---------------------------------------------------------------------------------------------


def is_collective(subj: Token, lexicon: Lexicon) -> bool:
    """"both sides", "the two delegations", "the parties", "both"; one by one: "neither side",
    "each party", "neither government", "neither of them", "each of the two sides"."""
    low = subj.lower_
    words = _words(lexicon, "collective")
    if low in DISTRIBUTIVE_DETERMINERS:
        # "neither of them", "each of the parties": of a plural pronoun or a collective word
        of = prep_object(next((c for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of"), None))
        return of is not None and (of.lower_ in {"them", "us"} or of.lower_ in words)
    if low not in words:
        plurals = {f"{low}s", f"{low[:-1]}ies" if low.endswith("y") else f"{low}s"}
        return bool(plurals & set(words)) and subj.tag_ == "NN" and any(
            c.lower_ in DISTRIBUTIVE_DETERMINERS and c.dep_ in {"det", "preconj"} for c in children_of(subj))
    if low == "both":
        return True
    return any(c.lower_ in PARTY_DETERMINERS for c in children_of(subj))


def named_parties(subj: Token, table, persons: bool = False) -> list[tuple[int, Token]]:
    """The actors named together before ``subj`` ("Armenia and Azerbaijan", "between X and Y"),
    nearest first, within its sentence and the two before it; with ``persons``, the nearest
    people named together ("the foreign ministers" after "Shoukry and Dendias", not after
    "between Turkey and Libya")."""
    doc = subj.doc
    start = sent_of(subj).start
    for _ in range(2):
        if start > 0:
            start = sent_of(doc[start - 1]).start
    for cand in reversed(list(doc[start : subj.i])):
        first = table.actor_at(cand)
        if first < 0 or cand.dep_ == "conj":
            continue
        parties = [(first, cand)]
        for conj in cand.conjuncts:
            actor = table.actor_at(conj)
            if actor >= 0 and actor not in {a for a, _ in parties}:
                parties.append((actor, conj))
        if persons and any(table.actors[a].type != "PERSON" for a, _ in parties):
            continue
        if len(parties) >= 2:
            return parties
    met = _met_parties(doc[start : subj.i], table)
    return [] if persons and any(table.actors[a].type != "PERSON" for a, _ in met) else met


def _met_parties(window, table) -> list[tuple[int, Token]]:
    """"Kerry met Lavrov in Sochi. Both ministers called for ...": the subject and the one met
    ("met X", "met with X") of the latest meeting before, when no coordination names the parties."""
    for verb in reversed(list(window)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"meet", "talk", "speak"}:
            continue
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        other = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if other is None:
            other = next((g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with"
                          for g in children_of(c) if g.dep_ == "pobj"), None)
        if subj is None or other is None:
            continue
        first, second = table.actor_at(subj), table.actor_at(other)
        if first >= 0 and second >= 0 and first != second:
            return [(first, subj), (second, other)]
        return []
    return []


def object_by_coordination(tok: Token) -> Token | None:
    """"The government announced a curfew, but the opposition has objected": the object of the
    clause the stance is coordinated with."""
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        return first_child(tok.head, "dobj")
    return None


# ---------------------------------------------------------------------------------------------
# Talks held with someone
# ---------------------------------------------------------------------------------------------


def talks_parties(tok: Token, lexicon: Lexicon, actor_at, is_cue, subject_of=None) -> list[Token]:
    """The parties to "talks with X" ("wrapping up a week of talks with government officials",
    "arrived for talks with the rebels"): X and the subject of the clause that holds the talks,
    each supporting the talks. None when the talks are themselves the object of another stance
    ("refused talks with X", "called for talks with X"): that stance says it. ``subject_of``
    finds the subject of a participle that has none of its own ("Kiir spoke in remarks made at
    the start of talks with Machar": Kiir)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _words(lexicon, "talk_nouns") and tok.lower_ not in _words(lexicon, "talk_nouns"):
        return []
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children_of(tok)):
        return []
    named = [p for p in (prep_object(c) for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "with") if p is not None]
    partners = [p for p in named if actor_at(p) >= 0]
    if not named:
        return _arrived_for(tok, lexicon)
    # ("talks with government officials": a partner the table has no actor for still makes the
    # subject a party to the talks)
    verb = tok.head
    while verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "pobj"} and verb.head.i != verb.i and not is_cue(verb):
            # "held a round of talks with X", "rejected a new round of talks with X": the unit's
            # verb holds, or refuses, the talks
            verb = verb.head
    if verb.dep_ == "xcomp" and is_cue(verb.head):
        return []  # "refused to attend the talks with X", "agreed to join talks with X": that stance says it
    if verb.i != tok.i and is_cue(verb):
        return []  # "is open to talks with X", "a proposal for talks with X": that stance says it
    particle = first_child(verb, "prt")
    if verb.pos_ == "VERB" and (f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None
                                else verb.lemma_.lower()) in _words(lexicon, "breaking_verbs"):
        return []  # "called off the talks with X": no party holds them
    if verb.pos_ in {"VERB", "AUX"} and (verb.lemma_.lower() in lexicon.stance_verbs or any(
            c.dep_ == "neg" for c in children_of(verb)) or verb.lemma_.lower() in _words(lexicon, "threat")):
        return []  # "rejected talks with X", "did not hold talks with X", "threatened to quit talks with X"
    parties = list(partners)
    if not partners and verb.pos_ not in {"VERB", "AUX"}:
        return []
    if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i:
        subj = first_child(verb, "nsubj")
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and subject_of is not None:
            # "remarks made at talks with X": who made them is the subject of the verb above
            outer = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            subj = subject_of(outer) if outer is not None else None
        if subj is not None and subj.lower_ not in RELATIVE and subj.lower_ != "it":
            parties.append(subj)
    return parties



def _arrived_for(talks: Token, lexicon: Lexicon) -> list[Token]:
    """"A Hamas delegation arrived in Cairo for talks on the truce", "Iran's negotiators came to
    Vienna for talks": whoever travels for the talks ([forms] arriving_verbs) takes part in them,
    with no partner named. [] otherwise."""
    prep = talks.head
    if talks.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB" \
            or prep.head.lemma_.lower() not in _words(lexicon, "arriving_verbs") \
            or any(c.dep_ == "neg" for c in children_of(prep.head)):
        return []
    subj = first_child(prep.head, "nsubj")
    return [subj] if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else []


def meeting_parties(tok: Token, lexicon: Lexicon, actor_at) -> tuple[Token | None, list[Token]]:
    """"U.S. and Cuban officials met in Havana to discuss the re-establishment of relations":
    (what they met to discuss, the parties that met), each party supporting it (a deliberate act
    aimed at the issue, gold conventions). The parties are the subject and the actors that modify
    a common-noun subject ("Israeli and Palestinian negotiators")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words(lexicon, "meeting_verbs") \
            or any(c.dep_ == "neg" for c in children_of(tok)):
        return None, []
    purpose = next((c for c in children_of(tok) if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _words(
        lexicon, "purpose_verbs") and any(a.lower_ == "to" for a in children_of(c))), None)
    obj = first_child(purpose, "dobj") if purpose is not None else None
    if obj is None:
        return None, []
    obj = next((t for t in reversed(list(children_of(obj.head))) if t.dep_ == "dobj" and t.pos_ == "NOUN"), obj)
    subject = first_child(tok, "nsubj")
    if subject is None or subject.lower_ in RELATIVE:
        return None, []
    parties = [subject]
    if subject.pos_ == "NOUN":
        for mod in children_of(subject):
            if mod.dep_ in {"nmod", "compound", "amod"}:
                parties += [m for m in [mod, *mod.conjuncts] if actor_at(m) >= 0]
    parties += [c for c in subject.conjuncts if c.i > subject.i]
    return obj, parties


def _refused(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb, or the verb it is the infinitive of, is negated or a verb of opposing
    ("would not accept anything less than X", "refuses to accept anything less", "reject anything
    short of X")."""
    for node in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(node)) \
                or lexicon.stance_verbs.get(node.lemma_.lower()) == "oppose":
            return True
    return False


def refused_short_of(obj: Token | None, verb: Token) -> Token | None:
    """"The Kosovo Albanians reject any solution short of independence", "Hamas will not accept
    any deal short of a permanent ceasefire": refusing "any" thing short of X (the "short" on the
    thing or, as the parser often hangs it, on the verb) demands X; the caller reads it only for
    a refusal ("would accept any deal short of war" accepts all but war)."""
    if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(obj)):
        return None
    for short in [*children_of(obj), *children_of(verb)]:
        if short.lower_ == "short" and short.i > obj.i:
            of = next((c for c in children_of(short) if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and prep_object(of) is not None:
                return prep_object(of)
    return None


def minimum_demanded(obj: Token | None, lexicon: Lexicon | None = None) -> Token | None:
    """"nothing short of full independence", "anything less than a 10 percent raise": the least
    the holder will take, which it demands as a red line; so is "will accept no less than X", and,
    with a verb of accepting (any_refusal_verbs, "settle for"), "will accept nothing but X",
    "would not accept anything other than X" ("want nothing but peace" is a wish)."""
    if obj is None:
        return None
    than = {"of", "than"}
    if obj.lower_ in {"less", "fewer"} and any(c.lower_ == "no" for c in children_of(obj)):
        mods = [(obj, than)]
    elif obj.lower_ in {"nothing", "anything"}:
        verb = obj.head.head if obj.dep_ == "pobj" else obj.head
        if obj.lower_ == "anything" and lexicon is not None and not _refused(verb, lexicon):
            return None  # "would consider anything short of shooting": all but X, nothing demanded
        mods = [(m, than) for m in children_of(obj) if m.lower_ in {"short", "less"}]
        for amount in children_of(obj):
            # "nothing less than 15%": the parser may make the amount an apposition of "nothing",
            # "less than" its modifiers
            if amount.dep_ in {"appos", "npadvmod"} and amount.i > obj.i and any(
                    m.lower_ in {"less", "short", "fewer"} and m.i < amount.i for m in amount.subtree):
                return amount
        if lexicon is not None and (verb.lemma_.lower() in lexicon.any_refusal_verbs or verb.lemma_.lower() == "settle"):
            # "nothing but X", "anything other than X"
            mods += [(obj, {"but"})] + [(m, than) for m in children_of(obj) if m.lower_ == "other"]
    else:
        return None
    for mod, preps in mods:
        for prep in children_of(mod):
            if prep.dep_ == "prep" and prep.lower_ in preps and prep_object(prep) is not None:
                return prep_object(prep)
    return None


def listed_terms(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The terms an inclusion verb lists: "includes three parts: a cease fire, the principles ...
    and the authorization of a force" -> cease fire, principles, authorization; "include the
    extension of X, the introduction of Y and an end to Z" -> extension, introduction, end."""
    if verb.lemma_.lower() not in _words(lexicon, "inclusion_verbs"):
        return []
    obj = first_child(verb, "dobj")
    if obj is None:
        return []
    if obj.lemma_.lower() in _words(lexicon, "list_heads"):
        obj = next((c for c in children_of(obj) if c.dep_ == "appos"), None)
        if obj is None:
            return []
    terms, todo = [], [obj]
    while todo:
        tok = todo.pop()
        if tok in terms or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        terms.append(tok)
        todo.extend(c for c in children_of(tok) if c.dep_ in {"conj", "appos"} and c.i > tok.i)
    return sorted(terms, key=lambda t: t.i)


def included_terms(noun: Token, lexicon: Lexicon, missing: bool = False) -> list[Token]:
    """"a settlement that includes X, Y and Z": the terms listed for an issue noun. ``missing``:
    the terms a negated inclusion says it lacks instead ("any bill that does not include funding
    for the wall": refusing the bill demands the funding), which are no terms of it."""
    verb = next((c for c in children_of(noun) if c.dep_ in {"relcl", "acl"}
                 and c.lemma_.lower() in _words(lexicon, "inclusion_verbs")), None)
    if verb is None or any(c.dep_ == "neg" for c in children_of(verb)) != missing:
        return []
    return listed_terms(verb, lexicon)


def requirement_owner(verb: Token) -> Token | None:
    """Whose requirements they are: "Russia's demands include X", "the union's conditions include
    X" (a possessive pronoun, "the union said its demands include X", leaves them to the reporter)."""
    subject = first_child(verb, "nsubj")
    owner = first_child(subject, "poss") if subject is not None else None
    return owner if owner is not None and owner.pos_ != "PRON" else None


def requirement_terms(verb: Token, lexicon: Lexicon) -> list[Token]:
    """"the necessary conditions for a settlement include X, Y and Z": the terms demanded."""
    if verb.lemma_.lower() not in _words(lexicon, "inclusion_verbs"):
        return []  # (as listed_terms would say), asked before the subject is looked for
    subject = first_child(verb, "nsubj")
    if subject is None or subject.lemma_.lower() not in _words(lexicon, "requirement_subjects"):
        return []
    if subject.lemma_.lower() == "condition" and first_child(subject, "poss") is None and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in children_of(subject)):
        return []  # "the conditions in the camp include overcrowding": a state, no terms
    return listed_terms(verb, lexicon)


# ---------------------------------------------------------------------------------------------
# What talks are to be about
# ---------------------------------------------------------------------------------------------


def illustrated_items(noun: Token, clause: Token, lexicon: Lexicon) -> list[Token]:
    """The items a general noun is illustrated by: "should focus on other issues, notably the
    return of refugees", "on key issues, including / such as the release of prisoners", "on the
    core questions, namely a ceasefire", "on urgent matters, in particular debt relief" (words of
    `illustrating` in stance.toml [forms]). The parser hangs the item on the noun (apposition,
    preposition) or on the clause's verb (the adverb's noun): any is taken inside ``clause``'s
    subtree after the noun. The first item only; its conjuncts are read with it."""
    words = _words(lexicon, "illustrating")
    doc = noun.doc
    end = clause.right_edge.i
    for t in doc[noun.i + 1 : end + 1]:
        if not clause.is_ancestor(t):
            continue
        low = t.lower_
        two = f"{low} {doc[t.i + 1].lower_}" if t.i < end else ""
        item = None
        if low in words and t.dep_ == "advmod" and (t.head.pos_ in {"NOUN", "PROPN"} or t.head.tag_ == "VBG") \
                and t.head.i > t.i:
            item = t.head  # "notably the return of refugees", "especially defunding the agency"
        elif low in words and t.dep_ == "prep":
            item = prep_object(t)  # "including the release of prisoners"
        elif two in words and t.dep_ == "amod" and t.head.dep_ == "prep":
            item = prep_object(t.head)  # "such as X": "such" modifies the preposition
        elif two in words and t.dep_ == "prep":
            # "in particular X"; the parser may hang "in particular" on the item itself
            item = prep_object(t) or (t.head if t.head.i > t.i + 1 else None)
        if item is not None and (item.pos_ in {"NOUN", "PROPN"} or item.tag_ == "VBG"):
            return [item]
    return []


def umbrella_items(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The items a general plural noun is illustrated by, when they are what a stance is about:
    "proposed several ways to help workers, including free community college", "backed a number
    of reforms, notably a higher minimum wage", "supports progressive policies like single-payer
    health care" (the college, the wage, the health care; [forms] `umbrella_nouns`, the plural of
    a topic noun too: "fought on many issues, especially X"). The items are looked for in the
    clause of the verb the noun depends on (``illustrated_items``); a singular noun is one thing of
    its own ("rejected the plan, including its call for X": the plan)."""
    if noun.tag_ != "NNS":
        return []
    lemma = noun.lemma_.lower()
    if lemma not in _words(lexicon, "umbrella_nouns") and lemma not in _words(lexicon, "topic_nouns"):
        return []
    clause = noun
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    items = illustrated_items(noun, clause, lexicon)
    # "opposed the reforms, including Senator Jones": people named by example hold, not items
    return [] if any(item.ent_type_ in {"PERSON", "NORP", "GPE"} for item in items) else items


def leaves_place(cue, lexicon: Lexicon) -> bool:
    """Whether a cue is leaving a place ("withdraw from Ukraine", "pull out of Gaza"): the
    withdrawal is the action, supported; "withdraw from the talks" opposes the talks."""
    obj = cue.obj
    return cue.kind == "phrasal" and cue.polarity == "oppose" and cue.token.lemma_.lower() in _words(lexicon, "leaving_verbs") \
        and obj is not None and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.lemma_.lower() in _words(lexicon, "left_places"))
