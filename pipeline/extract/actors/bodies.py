"""Mentions that are not plain names: state bodies ("the Syrian government"), groups that speak
("analysts", "industry sources"), acronyms, and organisations that are a known person's surname."""

from __future__ import annotations

from spacy.tokens import Doc

from ...grammar import SUBJECT_DEPS
from ..syntax import children_of, first_child, first_conjunct, lefts_of
from ..text import doc_lowers, doc_tokens, fold, fold_name_token, span_text, strip_span
from .candidates import Builder, display_name
from .names import first_surname_of, surname_key




def merge_surname_orgs(builders: dict[str, Builder], order: list[str], title_acronyms: frozenset[str] = frozenset()) -> None:
    """An ORG/NORP mention that is a known person's surname ("Mathunjwa" tagged ORG, "al-Assad"
    after "Bashar al-Assad"), a first surname of two ("Vázquez" after "Wanda Vázquez Garced"),
    the last words of a known person's name ("López Obrador"), or a title's acronym and that
    surname ("DAS Escobar" after "Gabriel Escobar"), is that person."""
    surnames = {b.surname: key for key, b in builders.items() if b.type == "PERSON" and b.surname}
    for key in list(order):
        b = builders[key]
        if b.type in {"ORG", "NORP"} and not b.gaz_id:
            words = b.name.split()
            folded = " ".join(fold_name_token(w) for w in words)
            target = surnames.get(folded) or (surnames.get(surname_key(words[0].replace("-", " - ").split()))
                                              if len(words) == 1 and "-" in words[0] else "")  # "al-Assad"
            if not target and len(words) == 1:
                target = first_surname_of(folded, builders)  # "Vázquez" after "Wanda Vázquez Garced"
            if not target and 2 <= len(words) <= 3:
                tail = tuple(fold_name_token(w) for w in words)
                ends = [k for k, p in builders.items() if p.type == "PERSON" and len(p.full_tokens) > len(tail)
                        and p.full_tokens[-len(tail):] == tail]
                target = ends[0] if len(ends) == 1 else ""  # "López Obrador" after "Andrés Manuel López Obrador"
            if not target and len(words) >= 2 and all(w.lower().rstrip(".") in title_acronyms for w in words[:-1]):
                target = surnames.get(fold_name_token(words[-1]))  # "DAS Escobar": a title's acronym and a surname
            if target:
                builders[target].spans.extend(b.spans)
                b.spans = []


def link_acronyms(doc: Doc, builders: dict[str, Builder], order: list[str]) -> None:
    """"Syrian Democratic Forces (SDF)": the acronym in brackets is the same actor; so is an ORG
    whose name is the initials of another's."""
    orgs = [builders[k] for k in order if builders[k].type == "ORG" and builders[k].spans]
    by_initials: dict[str, Builder] = {}
    for b in orgs:
        words = [w for w in b.name.replace("-", " ").split() if w.lower() not in {"of", "and", "the", "for", "&"}]
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words).upper(), b)
    for b in orgs:
        if b.name.isupper() and b.name in by_initials and by_initials[b.name] is not b:
            target = by_initials[b.name]
            if b.gaz_id and not target.gaz_id:
                target, b = b, target
            target.spans.extend(b.spans)
            target.aliases.setdefault(b.name, None)
            target.acting = target.acting or b.acting
            b.spans = []


def state_body_mentions(doc, lexicon, demonym_adjs, builders, builder, taken) -> None:
    """Demonym or state name + state-body noun: "the Syrian government", "US government"."""
    bodies = {tuple(b.split()) for b in lexicon.state_bodies}
    by_start = {span.start: (span, entry) for span, entry in demonym_adjs}
    for span, entry in demonym_adjs:
        if not entry.is_state:
            continue
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ == "ethnic":
            continue  # "ethnic Albanian leaders": a people, not the state of Albania
        place = lexicon.gazetteer_forms.get(prev.text) if prev is not None and prev.pos_ == "PROPN" else None
        if place is not None and place.is_state and place.id != entry.id:
            # "Kosovo Albanian negotiators", "the Kosovo Albanian delegation": the people of a
            # place, who speak for that place, not for the state the demonym names
            span, entry = doc[span.start - 1 : span.end], place
        end = span.end
        # "Israeli and Palestinian negotiators": the first demonym shares the second's body noun
        nxt = by_start.get(end + 1) if end < len(doc) and doc[end].lower_ in {"and", ","} else None
        if nxt is not None and nxt[1].is_state and any(
                tuple(t.lower_ for t in doc[nxt[0].end : nxt[0].end + len(body)]) == body for body in bodies):
            b = builder(f"gaz:{entry.id}", type=entry.type, name=entry.name, gaz_id=entry.id)
            b.add(span.start, span.end, "body", display_name(span))
            b.acting = True
            for i in range(span.start, span.end):
                taken[i] = True
            continue
        for body in sorted(bodies, key=len, reverse=True) + [_modified_body(doc, end, lexicon)]:
            words = tuple(t.lower_ for t in doc[end : end + len(body)])
            if body and words == body:
                start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
                mention = doc[start : end + len(body)]
                b = builder(f"gaz:{entry.id}", type=entry.type, name=entry.name, gaz_id=entry.id)
                b.add(mention.start, mention.end, "body", display_name(mention))
                b.acting = True
                for i in range(mention.start, mention.end):
                    taken[i] = True
                break
    # "the government of Syria" / "Syria's government" / "the government in Khartoum": the state
    # mention is already a gaz span; extend it over the body noun so references to the body refer
    # to the state.
    for key, b in list(builders.items()):
        if not b.gaz_id or b.type != "GPE":
            continue
        for start, end, kind in list(b.spans):
            tok = doc[start:end].root
            if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "in"} and tok.head.head.lower_ in lexicon.anaphoric_bodies:
                # ("the government in Khartoum", "the regime in Damascus": a state seated there)
                body = tok.head.head
                lo = body.i - 1 if body.i > 0 and doc[body.i - 1].lower_ == "the" else body.i
                b.add(lo, body.i + 1, "body")
                b.acting = True
            elif tok.dep_ in {"poss", "compound"} and tok.head.lower_ in lexicon.possessed_bodies | lexicon.anaphoric_bodies:
                # "China's commerce ministry said": the ministry speaks for China
                lo = min([tok.head.i] + [c.i for c in lefts_of(tok.head) if c.dep_ in {"compound", "amod"} and c.i > tok.i])
                b.add(lo, tok.head.i + 1, "body")
                b.acting = True
                for i in range(lo, tok.head.i + 1):
                    taken[i] = True  # "Kosovo's negotiators": no group of negotiators besides


def _modified_body(doc: Doc, end: int, lexicon) -> tuple[str, ...]:
    """"the Chinese foreign ministry", "the Russian defence ministry": after a demonym, one or two
    lower-case modifiers of a body that speaks for its state ([state_bodies] possessed); the words
    from the modifiers to the body, or () when there is none."""
    for size in (1, 2):
        last = end + size
        if last >= len(doc) or doc[last].lower_ not in lexicon.possessed_bodies or not doc[last].is_lower:
            continue
        mods = doc[end:last]
        if all(t.dep_ in {"compound", "amod"} and t.head.i > t.i and t.head.i <= last and t.is_lower
               and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in mods):  # ("commerce" after "Chinese": a PROPN to the tagger)
            return tuple(t.lower_ for t in doc[end : last + 1])
    return ()


def _of_complement_end(head, end: int, taken: list[bool]) -> int:
    """"Families of American hostages demanded ...": the group is named with its "of" phrase,
    when that phrase is a plain noun phrase (no clause, no name of another actor)."""
    of = next((c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "NOUN" or obj.tag_ not in {"NNS", "NN"}:
        return end
    tokens = list(obj.subtree)
    if any(t.dep_ in {"relcl", "acl", "prep"} or taken[t.i] and t.ent_type_ not in {"NORP", ""} for t in tokens):
        return end
    return max(t.i for t in tokens) + 1


def _counted_group(head, end: int, match: tuple[str, ...], lexicon, builder, taken) -> bool:
    """"Thousands of workers walked off the job": the workers act, named with their count."""
    counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if counted is None or counted.lower_ not in lexicon.quantity_nouns or counted.dep_ not in SUBJECT_DEPS:
        return False
    start = counted.left_edge.i
    if any(taken[j] for j in range(start, end)):
        return False
    b = builder("group:" + fold(" ".join(match)), type="GROUP", name=" ".join(match))
    b.add(start, end, "group", span_text(head.doc, start, end))
    for j in range(start, end):
        taken[j] = True
    return True


def _group_acts(head, lexicon) -> bool:
    """A group noun that acts: a subject, the owner of a stance noun, a subject's conjunct
    ("the United Nations and regional heads of state have demanded"), the author named before a
    noun of proposing or demanding ("an opposition proposal to dissolve parliament", "a union
    demand for a pay rise"), or the agent of a stance verb in the passive or of a stance noun
    ("the offer was rejected by the unions", "the deal, welcomed by the rebels", "a proposal by
    the opposition"; not "killed by rebels", nor "attempts by workers", a noun of effort)."""
    first = first_conjunct(head)
    if first.dep_ in SUBJECT_DEPS | {"poss"}:
        return True
    part = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if part is not None and part.lower_ in lexicon.partitive_nouns and part.dep_ in SUBJECT_DEPS \
            and not (first.lower_ in lexicon.forms.get("collective", ())
                     and not any(c.dep_ in {"compound", "amod"} for c in children_of(first))) \
            and not any(c.dep_ == "poss" and c.pos_ in {"PROPN", "PRON"} for c in children_of(first)) \
            and not any(c.dep_ == "appos" for c in children_of(part)):
        # "one of the unions rejected the offer": some of the group act for it ("several of
        # Hungary's ministers", "some of its leaders" act for their owner; "each of the
        # delegations" is each party named before; "one of the mediators, Samuel Okafor," is he)
        return True
    if first.dep_ == "compound" and first.i < first.head.i \
            and lexicon.stance_nouns.get(first.head.lemma_.lower()) in {"propose", "demand"}:
        return True
    by = first.head
    if first.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in {"agent", "prep"}:
        return False
    if first.lower_ in lexicon.forms.get("collective", ()):
        return False  # "signed by the energy ministers": the parties named before, no group of its own
    acted = by.head
    if acted.pos_ == "VERB":
        lemma = acted.lemma_.lower()
        made = first_child(acted, "nsubjpass") if lemma in lexicon.light_verbs else None
        if made is not None and lexicon.stance_nouns.get(made.lemma_.lower()) in {"propose", "demand"}:
            return True  # "the demand for a referendum was made by the opposition": the light verb's agent
        return lemma in lexicon.stance_verbs or any(words[0] == lemma for words in lexicon.stance_phrasal)
    # not a noun of effort ("attempts by workers to demand X": the writer's framing of them)
    lemma = acted.lemma_.lower()
    return acted.pos_ == "NOUN" and lemma in lexicon.stance_nouns and lemma not in lexicon.forms.get("endeavour", ())


def _stance_toward(head, lexicon) -> bool:
    """"China's opposition to the resolution": a group word that is also a stance noun, with the
    "to" of what it is towards, is the stance of its owner, not a group ("the opposition")."""
    return head.lower_ in lexicon.stance_nouns and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i > head.i for c in children_of(head))


def group_mentions(doc, lexicon, builders, builder, taken) -> None:
    """Collective subjects: "analysts suggest", "industry sources said", "Russian nationalist
    voices and pro-war bloggers have spoken out". A group noun modified by a known organisation
    ("the AMCU union") is that organisation."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for noun in sorted((tuple(n.split()) for n in lexicon.group_nouns), key=len, reverse=True):
        by_first.setdefault(noun[0], []).append(noun)
    lowers = doc_lowers(doc)
    nouns = [n for group in by_first.values() for n in group]
    last_words = {n[-1] for n in nouns}  # the group nouns' heads ("workers" of "public sector workers")
    owner = {}
    for key, b in builders.items():
        for start, end, _ in b.spans:
            for j in range(start, end):
                owner.setdefault(j, key)
    i = 0
    while i < len(doc):
        opening = by_first.get(lowers[i])  # (most words open no group noun: no generator made for them)
        match = next((noun for noun in opening if tuple(lowers[i : i + len(noun)]) == noun), None) if opening else None
        if not match or (match[0] in lexicon.party_wing_nouns and doc[i].is_title):
            i += 1  # (capitalised, a wing names a party: "the Liberals secured a plurality")
            continue
        end = i + len(match)
        head = doc[i:end].root  # "heads" of "heads of state", "workers" of "public sector workers"
        collective = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if collective is not None and collective.head.lower_ in lexicon.collective_nouns and collective.head.dep_ in SUBJECT_DEPS:
            # "an assembly of several foreign ministers in Cairo denounced ...": the assembly acts
            noun = collective.head
            lo = noun.left_edge.i
            hi = max(t.i for t in noun.subtree if t.dep_ not in {"relcl", "acl", "punct"}) + 1
            if not any(j in owner for j in range(lo, hi)):
                b = builder("group:" + fold(" ".join(match)), type="GROUP", name=" ".join(match))
                b.add(lo, hi, "group", span_text(doc, lo, hi))
                for j in range(lo, hi):
                    taken[j] = True
                i = hi
                continue
        if _counted_group(head, end, match, lexicon, builder, taken):
            i = end
            continue
        if head.dep_ == "poss" and head.head.lower_ in last_words and head.head.i <= end + 2 \
                and head.head.lower_ not in lexicon.stance_nouns:  # not "the farmers' opposition to X"
            end = head.head.i + 1  # "the teachers' union": one group, named with its members
            head = head.head
        # a group is a holder as subject, or as the owner of a stance noun ("the workers' demand for X")
        if any(taken[j] for j in range(i, end)) or not _group_acts(head, lexicon) or _stance_toward(head, lexicon):
            i = end
            continue
        named = fold(" ".join(match))
        if head.dep_ == "compound" and any(f"group:{named}{s}" in builders for s in ("", "s")):
            i = end  # "the unions marched ... a union demand": the group named before (stance holders)
            continue
        start = i
        while start > 0 and start <= doc[start - 1].head.i < end and doc[start - 1].dep_ in {"amod", "compound", "nmod"} \
                and doc[start - 1].tag_ not in {"VBG", "VBN"}:
            # "Zimbabwean civil servants", "public sector workers" (a modifier of a modifier), not
            # "Striking Zimbabwean civil servants"
            start -= 1
        org = next((owner[j] for j in range(start, i) if j in owner and builders[owner[j]].type == "ORG"), None)
        if org is not None:
            builders[org].spans.append((start, end, "group"))
            builders[org].acting = True
            for j in range(start, end):
                taken[j] = True
            i = end
            continue
        end = _of_complement_end(head, end, taken)  # "families of the hostages"
        # "X and Y have spoken out": one group holding one position; not two sides each with its
        # own determiner ("the unions and the employers", "the rebels and the government"), nor a
        # word that only ends a longer group noun ("government" of "heads of government")
        for conj in head.conjuncts:
            if conj.i > head.i and conj.lower_ in last_words and not taken[conj.i] \
                    and not any(c.dep_ in {"det", "poss"} for c in children_of(conj)) \
                    and any(tuple(lowers[conj.i - len(n) + 1 : conj.i + 1]) == n for n in nouns):
                end = max(end, conj.i + 1)
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = doc[start:end]
        name = display_name(strip_span(span)) or span.text
        key = "group:" + fold(name)
        # "the families" after "Families of American hostages": the group named before
        key = next((k for k in builders if k.startswith("group:") and key != k
                    and k.startswith(key + " of ")), key)
        b = builder(key, type="GROUP", name=name)
        b.add(start, end, "group", name)
        for j in range(start, end):
            taken[j] = True
        i = end
