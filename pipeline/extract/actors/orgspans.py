"""Organisation names the entity recogniser cut in two.

The model often ends an organisation's name at "for" or "of" and starts another entity after it
("the Tunisian League" + "the Defence of Human Rights"), drops the words after "for" ("the
Puerto Rico Center" for "the Puerto Rico Center for Investigative Journalism"), or keeps only
the last part of a name joined by "and" ("Reform Committee" of "the House Oversight and Reform
Committee"). Each half then became an actor of its own, or the actor had half a name. Here the
halves are joined back into one ORG span before the actor table reads the entities.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# words that join the parts of one organisation's name ("League for the Defence of Human Rights")
_JOINERS = {"for", "of"}
# small words allowed inside the capitalised words of a name ("Reconciliation and Democracy")
_INNER = {"and", "of", "the", "for", "&"}


def _title_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ == ""


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


def _joined_after(doc: Doc, ent: Span, next_ent: Span | None) -> int:
    """Where an ORG name goes on past "for"/"of": to the end of the ORG entity right after
    ("the Tunisian League" for "the Defence of Human Rights"), or, after "for", over the
    capitalised words no entity holds ("Center" for "Investigative Journalism")."""
    k = ent.end
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
    if joiner.lower_ != "for":
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


def organisation_entities(doc: Doc) -> list[Span]:
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
        end = _joined_after(doc, ent, next_ent)
        if start < ent.start and out and out[-1].end > start:
            start = ent.start
        if next_ent is not None and end == next_ent.end:
            i += 1  # the entity after "for"/"of" is the name's second half
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="ORG"))
        i += 1
    return out
