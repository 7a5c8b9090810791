"""Organisation names the entity recogniser cut in two.

The model often ends an organisation's name at "for" or "of" and starts another entity after it
("the Tunisian League" + "the Defence of Human Rights"), drops the words after "for" ("the
Puerto Rico Center" for "the Puerto Rico Center for Investigative Journalism"), or keeps only
the last part of a name joined by "and" ("Reform Committee" of "the House Oversight and Reform
Committee"). It also stops a name at "of" when the words after it are no entity ("the
Progressive Party of Working People" as "Progressive Party"), inside a run of capitalised words
("the National Center for Disaster" of "... Disaster Preparedness"), before the "and" of a name
after "of" ("the American Congress of Obstetricians" of "... and Gynecologists"), and reads a
state's abbreviation opening a party's name as the state ("UK" + "Independence Party"). Each
half then became an actor of its own, or the actor had half a name. Here the halves are joined
back into one ORG span before the actor table reads the entities.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon

# words that join the parts of one organisation's name ("League for the Defence of Human Rights")
_JOINERS = {"for", "of"}
# small words allowed inside the capitalised words of a name ("Reconciliation and Democracy")
_INNER = {"and", "of", "the", "for", "&"}


def _title_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ == ""


def _named_word(tok: Token) -> bool:
    """A capitalised word that may go on a name after its "and": no entity, or a plural noun the
    model took for a people, a plural ("Obstetricians and Gynecologists")."""
    return _title_word(tok) or tok.is_alpha and tok.is_title and tok.ent_type_ == "NORP" and tok.tag_ in {"NNPS", "NNP"} and tok.lower_.endswith("s")


def _capitalised_run(doc: Doc, i: int) -> int:
    """End of the run of capitalised words (with inner "and", "of", "the") starting at ``i``
    that no entity claims; ``i`` when there is none. The run ends on a capitalised word."""
    end = i
    k = i
    while k < len(doc):
        tok = doc[k]
        if _title_word(tok):
            k += 1
            end = k
        elif tok.lower_ in _INNER and k > i and tok.ent_type_ == "":
            k += 1
        else:
            break
    return end


def _named_after_joiner(ent: Span) -> bool:
    """An ORG entity whose name goes on after its own "for"/"of" ("National Center for Disaster",
    "American Congress of Obstetricians")."""
    return any(t.lower_ in _JOINERS for t in ent[1:-1])


def _joined_after(doc: Doc, ent: Span, next_ent: Span | None, lexicon: Lexicon | None = None) -> int:
    """Where an ORG name goes on past "for"/"of": to the end of the ORG entity right after
    ("the Tunisian League" for "the Defence of Human Rights"), or, after "for" or after "of"
    that follows an organisation head ("Party" of "Working People"), over the capitalised words
    no entity holds ("Center" for "Investigative Journalism"). A name already past its own
    "for"/"of" goes on over the capitalised words right after it ("Disaster" + "Preparedness")
    and over "and" with more of them ("Obstetricians" + "and Gynecologists"), never over a title
    ("the Centers for Disease Control Director")."""
    org_heads = lexicon.org_heads if lexicon is not None else frozenset()
    titles = lexicon.title_heads if lexicon is not None else frozenset()
    k = ent.end
    if k < len(doc) and _named_after_joiner(ent) and ent[-1].is_title and (
            _title_word(doc[k]) or doc[k].lower_ == "and" and k + 1 < len(doc) and _named_word(doc[k + 1])):
        end = k + (doc[k].lower_ == "and")
        while end < len(doc) and (_title_word(doc[end]) or end > k and _named_word(doc[end])) \
                and doc[end].lower_ not in titles:
            end += 1
        if end == k + (doc[k].lower_ == "and"):
            return ent.end
        if end < len(doc) and doc[end].lower_ in _JOINERS | {"and", "&"}:
            return ent.end  # the words go on into another name: not sure where this one ends
        return end
    if k >= len(doc) or doc[k].lower_ not in _JOINERS:
        return ent.end
    joiner = doc[k]
    k += 1
    if next_ent is not None and next_ent.label_ == "ORG" and next_ent.start == k:
        return next_ent.end
    if k < len(doc) and doc[k].lower_ == "the":
        if next_ent is not None and next_ent.label_ == "ORG" and next_ent.start == k + 1:
            return next_ent.end
        k += 1
    if joiner.lower_ != "for" and ent[-1].lower_ not in org_heads:
        return ent.end  # "the Council of Europe" is one entity already; "X of Y" two names
    end = _capitalised_run(doc, k)
    return end if end > k else ent.end


def _joined_before(doc: Doc, ent: Span) -> int:
    """Where an ORG name starts before "and": "the House Oversight and Reform Committee", whose
    entity is "Reform Committee", starts at "House"; "the Alliance for Justice and Reform" at
    "Alliance" (capitalised words after "the", with inner "for"/"of", which no entity holds)."""
    start = ent.start
    while start < ent.end and doc[start].lower_ == "the":
        start += 1
    k = start - 1
    if k < 1 or doc[k].lower_ != "and":
        return ent.start
    j, first = k, k
    while j - 1 >= 0 and (_title_word(doc[j - 1]) or doc[j - 1].lower_ in _INNER - {"the"} and j < k
                          and doc[j - 1].ent_type_ == ""):
        j -= 1
        if _title_word(doc[j]):
            first = j
    if first == k or first == 0 or doc[first - 1].lower_ != "the":
        return ent.start
    return first - 1


def state_opening_party(doc: Doc, ent: Span, lexicon: Lexicon) -> bool:
    """An ORG entity of two or more capitalised words ending in an organisation head ("Independence
    Party") right after a state's abbreviation that modifies it ("UK", "US"): one name, "UK
    Independence Party", not the state and a party."""
    if len(ent) < 2 or ent.start == 0 or ent[-1].lower_ not in lexicon.org_heads:
        return False
    state = doc[ent.start - 1]
    return (state.ent_type_ in {"GPE", ""} and state.is_upper and 2 <= len(state.text) <= 3 and state.dep_ == "compound"
            and ent.start <= state.head.i < ent.end and ent[0].is_title and state.text in lexicon.gazetteer_forms)


def organisation_entities(doc: Doc, lexicon: Lexicon | None = None) -> list[Span]:
    """The Doc's entities with organisation names that the model cut in two joined back (see
    the module's docstring); every other entity as the model found it."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ != "ORG":
            out.append(ent)
            i += 1
            continue
        next_ent = ents[i + 1] if i + 1 < len(ents) else None
        start = _joined_before(doc, ent)
        end = _joined_after(doc, ent, next_ent, lexicon)
        if lexicon is not None and start == ent.start and state_opening_party(doc, ent, lexicon):
            if out and out[-1].end == ent.start:
                out.pop()  # "UK" + "Independence Party"
            start = ent.start - 1
        if start < ent.start and out and out[-1].end > start:
            start = ent.start
        if next_ent is not None and end == next_ent.end:
            i += 1  # the entity after "for"/"of" is the name's second half
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="ORG"))
        i += 1
    return out
