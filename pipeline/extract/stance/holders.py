"""Holders: who holds a stance (subject, agent, possessor, the speaker of the quotation for
"we", the reporter of an evaluation), and who merely reports it (``claimed_by``)."""

from __future__ import annotations

from spacy.tokens import Token

from ...grammar import ASIDE_MARKS, COMPANION_ADVERBS, COMPANION_PREPS, DEED_PREPS, EXAMPLE_PREPS, FIRST_PERSON, FLOATING_QUANTIFIERS, LIKENING_PREPS, NEUTER_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, RANKING_MODIFIERS, RELATIVE, REPRESENTED_PREPS
from ...lexicon import Lexicon, derived
from ..actors import ActorTable, actor_of
from ..actors.table import actor_for_entry
from ..quotes import is_reporting_cue
from ..syntax import (children_of, first_child, first_conjunct, is_infinitive, is_passive, lemma_guesses, participle_subject,
                      prep_object)
from ..text import sent_of
from . import forms
from .context import Context, Cue


def clause_subject(tok: Token) -> Token | None:
    """Subject of the clause ``tok`` heads, through xcomp/acomp/conj/advcl chains; a relative
    clause's subject is the noun it modifies ("Hezbollah, which rejected the plan")."""
    subj = participle_subject(tok)
    if subj is not None:
        return subj
    node = tok
    for _ in range(6):
        subj = first_child(node, "nsubj", "csubj")
        if subj is None:
            # "he can and may declare": the parser hangs the subject on the first auxiliary
            subj = next((g for c in children_of(node) if c.dep_ == "aux" for g in children_of(c) if g.dep_ == "nsubj"), None)
        if subj is None:
            subj = _likened_subject(node)
        if subj is not None:
            if node.dep_ == "relcl" and any(c.lower_ in FLOATING_QUANTIFIERS for c in children_of(node)) \
                    and any(c.lower_ in RELATIVE for c in children_of(node)):
                # "Ted Cruz and John Kasich, who both oppose the deal", "Egypt and Qatar, which each
                # proposed a truce": every noun of the coordination the clause is on (the parser
                # hangs it on the last; it may make "both" the subject and "which" an object)
                return first_conjunct(node.head)
            if subj.lower_ in RELATIVE and node.dep_ == "relcl":
                return node.head
            return _partitive_antecedent(subj, node) or subj
        agent = first_child(node, "agent")
        if agent is not None:
            return prep_object(agent)
        if node.dep_ == "relcl" and not is_infinitive(node):
            return node.head
        if node.dep_ in {"relcl", "acl"} and is_infinitive(node) and (
                node.head.dep_ in {"appos", "nsubj"} and _ranked(node.head)
                or any(c.dep_ == "appos" and c.i < node.i and _ranked(c) for c in children_of(node.head))):
            # "said Jeff Merkley, the only senator to endorse Sanders", "the first leader to visit
            # Kyiv, Mr. X, said": the ranked noun does what its infinitive says (the parser may
            # hang the infinitive on the name before it: "Nicaragua, the last country to ratify")
            return node.head
        if node.dep_ in {"xcomp", "acomp", "conj", "advcl", "oprd"} and node.head.i != node.i:
            node = node.head
            continue
        owner = first_child(node.head, "poss") if node.dep_ == "acl" and node.tag_ == "VBG" else None
        if owner is not None and owner.pos_ != "PRON" and node.head.dep_ == "pobj":
            # "echoes of the past in Trump's comments appearing to praise X": the participle tells
            # what the owner's comments do, not what the clause's subject does (a pronoun owner is
            # the subject's: "In her statement condemning X, Clinton ...")
            return owner
        if node.dep_ in {"acl", "relcl"} and node.head.dep_ in {"dobj", "pobj", "attr"}:
            # "FARC said it would need time to study the bill": the verb that has the noun
            node = node.head.head if node.head.dep_ != "pobj" else node.head.head.head
            continue
        if node.dep_ == "pcomp" and node.head.head.i != node.i:
            said_by = first_child(node.head.head, "dobj") if node.head.lower_ == "as" else None
            if said_by is not None:
                return said_by  # "the agency quoted Mathunjwa as saying ...": he says it, the agency reports
            node = node.head.head
            continue
        return None
    return None


def _likened_subject(verb: Token) -> Token | None:
    """The subject the parser takes for a noun modifier when a likening phrase follows it:
    "Sanders, like Warren, opposes the deal" ("Sanders" hung on the verb as npadvmod, before a
    comma and the "like" phrase: :data:`LIKENING_PREPS`)."""
    kids = children_of(verb)
    name = next((c for c in kids if c.dep_ == "npadvmod" and c.i < verb.i and c.pos_ == "PROPN"), None)
    if name is None or not any(c.dep_ == "prep" and c.lower_ in LIKENING_PREPS and name.i < c.i < verb.i for c in kids):
        return None
    return name


def _ranked(noun: Token) -> bool:
    """A noun ranked among others ("the only senator", "the first country": grammar.RANKING_MODIFIERS)."""
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in RANKING_MODIFIERS for c in children_of(noun))


def _partitive_antecedent(subj: Token, verb: Token) -> Token | None:
    """"X, Y and Z, all of whom opposed the deal": the first of the nouns a partitive relative
    subject ("all / most / each of whom / which") stands for, also when the parser hangs its verb
    on the main clause as an adverbial clause; None for any other subject."""
    of = next((c for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    rel = prep_object(of)
    if rel is None or rel.lower_ not in RELATIVE - {"that"}:
        return None
    if verb.dep_ == "relcl":
        antecedent = verb.head
    elif verb.dep_ == "advcl" and subj.i >= 2 and subj.doc[subj.i - 1].lower_ == ",":
        antecedent = subj.doc[subj.i - 2]
    else:
        return None
    if antecedent.pos_ not in {"PROPN", "NOUN"}:
        return None
    return first_conjunct(antecedent)


def _described_party(tok: Token, ctx: Context) -> Token | None:
    """The party a participle right after it describes: "House Republicans supporting the bill
    said ...", "Democrats opposing the deal met" (the participle is the party's stance, as "who
    support the bill" would be). Only a party the table knows: "a letter urging Congress to act"
    is its sender's (read through the verb that has the letter). Not for a verb of weighing: "scientists
    studying patients" weigh nothing (the caller passes only other polarities)."""
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or tok.head.i > tok.i or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.is_punct for t in tok.doc[tok.head.i + 1 : tok.i]):
        return None  # "Hamas, rejecting the plan, said": the main clause's subject (participle_subject)
    return tok.head if holder_actor_of(tok.head, ctx) >= 0 else None


def _hoper(tok: Token, ctx: Context) -> Token | None:
    """Who hopes or prays that another acts ([forms] hoping_verbs): "I hope that Anne Sacoolas will
    come back and engage with the law", "Obama hopes Congress will pass the bill" (the wish is the
    hoper's position; the one hoped to act states none), or None. Not a hope for one's own act
    ("hopes to pass the bill": an infinitive, its subject's own), nor one whose clause has no party
    as its subject ("hopes the deal will bring calm" is read, if at all, as before), nor a denied one."""
    node = tok
    for _ in range(4):  # "will come back and will engage": up the coordination to the hoped clause
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            break
        node = node.head
    hoped = first_child(node, "nsubj", "nsubjpass")
    if node.dep_ != "ccomp" or hoped is None or holder_actor_of(hoped, ctx) < 0 \
            or not _inflects(node.head, ctx.lexicon.forms.get("hoping_verbs", ())) \
            or first_child(node.head, "neg") is not None:
        return None
    return clause_subject(node.head)


def _inflects(verb: Token, lemmas) -> bool:
    """Whether ``verb`` is a form of one of ``lemmas`` by its lemma or, where the small model's
    lemmatiser slips ("hopes" -> "hop"), by its regular inflections ("-s", "-d", "-ed", "-ing")."""
    return verb.lemma_.lower() in lemmas or any(f in lemmas for f in lemma_guesses(verb.lower_, strict=True))


def _document_author(subj: Token | None, ctx: Context) -> Token | None:
    """"The Egyptian proposal calls for a six-week truce", "Egypt presented a plan that calls for
    a truce", "the draft resolution, written by France, demands a ceasefire": a document of
    proposing ([forms] document_nouns) that states a position is its author's (the owner, the
    name before it, the agent of its writing, the subject of its presenting), when it is no
    actor itself."""
    if subj is None or subj.lemma_.lower() not in ctx.lexicon.forms.get("document_nouns", ()):
        return None
    owner = first_child(subj, "poss")
    if owner is not None and owner.pos_ == "PRON":
        # "My Social Security plan would lift the cap", "our Gaza plan calls for X": the owner the
        # pronoun stands for (the speaker of a quote), not a name the plan is about
        return owner
    if holder_actor_of(subj, ctx) >= 0:
        return None
    author = _noun_holder(subj, ctx)
    if author is None:
        # the agent of a participle of writing or proposing ("written by France", "put forward by
        # Egypt"), not of one of judging it ("the proposal, rejected by the union, would have cut
        # pensions": the union wrote none of it)
        written = next((c for c in children_of(subj) if c.dep_ == "acl" and first_child(c, "agent") is not None
                        and _authoring_participle(c, ctx)), None)
        author = prep_object(first_child(written, "agent")) if written is not None else None
    return author


def _speech_agent(tok: Token, ctx: Context) -> Token | None:
    """Who speaks in the statement a passive stance verb without an agent names as its means:
    "Turkey was condemned in a joint statement by Egypt, Greece and Cyprus", "the plan was
    rejected in a letter signed by forty senators" (a noun of speech, [cues] nouns, after "in",
    "through" or "via", with "by" or a participle's agent after it). None without one: "the plan
    was rejected in a statement" names no one, and "in an interview with X" names the listener."""
    for prep in children_of(tok):
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "through", "via"}:
            continue
        noun = prep_object(prep)
        if noun is None or noun.lemma_.lower() not in ctx.lexicon.speech_nouns:
            continue
        by = next((c for c in children_of(noun) if c.dep_ in {"prep", "agent"} and c.lower_ == "by"), None)
        if by is None:
            # "in a statement issued by the ministry", "in a letter signed by 40 senators"
            issued = next((c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            by = first_child(issued, "agent") if issued is not None else None
        if by is not None and prep_object(by) is not None:
            return prep_object(by)
    return None


def _rejected_participle(tok: Token, ctx: Context) -> bool:
    """A participle on a verb's direct object ("Japan rejected a resolution calling for
    sanctions", "Russia vetoed a draft demanding a halt", "backed a motion urging X"): what the
    participle says is the object's, not the subject's, unless the subject produced the object
    ([forms] handing_verbs, authoring_verbs, adopting_verbs: "issued an injunction blocking the
    bill", "began writing op-eds defending the tax cuts", "signed a decree banning X"). A
    participle on a preposition's object stays the subject's ("in her statement condemning the
    test", "is on record opposing the ban")."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.dep_ != "dobj":
        return False
    lemma = tok.head.head.lemma_.lower()
    return not any(lemma in ctx.lexicon.forms.get(k, ()) for k in ("handing_verbs", "authoring_verbs", "adopting_verbs"))


def _authoring_participle(verb: Token, ctx: Context) -> bool:
    """A participle whose agent wrote or put forward the document it modifies: [participles] of
    proposing ("drafted", "put forward", "brokered") and [forms] authoring_verbs ("written")."""
    lemma = verb.lemma_.lower()
    lexicon = ctx.lexicon
    return (lexicon.stance_participles.get(verb.lower_) == "propose" or lemma in lexicon.forms.get("authoring_verbs", ())
            or lexicon.stance_verbs.get(lemma) == "propose")


def owned_position(subj: Token | None, ctx: Context) -> bool:
    """A position noun that is the subject of another verb: "Kenya's refusal to negotiate
    prolonged the strike", "Japan's insistence on X blocked a deal", "the union's demand for a
    raise angered the board". The position is its owner's (read from the noun itself); what the
    position does is no act of the owner's, so the owner holds no stance on the verb's object
    (the caller asks only of a support, an opposition or a consideration: what a demand
    "requires" or "calls for" is its content, the owner's). A document ("Egypt's proposal calls
    for a truce") states its author's terms and is read before this ([forms] document_nouns); a
    noun that names an actor itself is none."""
    if subj is None or subj.pos_ != "NOUN" or ctx.table.actor_at(subj) >= 0:
        return False
    lemma = subj.lemma_.lower()
    return lemma in ctx.lexicon.stance_nouns and lemma not in ctx.lexicon.forms.get("document_nouns", ())


def _noun_holder(tok: Token, ctx: Context) -> Token | None:
    """"Zelensky's refusal", "the U.S. push", "proposal by X", "shown openness", "made the decision",
    "the invitation of our Swedish hosts", "an offer from Qatar"."""
    lexicon = ctx.lexicon
    poss = first_child(tok, "poss")
    if poss is not None and poss.pos_ == "PRON":
        owner = _illustrated_owner(poss, ctx)
        if owner is not poss:
            return owner  # "Trump's proposals, in particular his proposal for X": Trump's
    if poss is not None and not (poss.pos_ == "PRON" and tok.dep_ in {"dobj", "attr"}
                                 and tok.head.lemma_.lower() in lexicon.light_verbs):
        return poss  # "signaled its openness": "its" is the subject of the light verb
    by = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None:
        return prep_object(by)
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in {"VERB", "AUX"}:
        return clause_subject(tok.head.head)  # "NATO issued a statement in support of the decision"
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and prep_object(of) is not None and prep_object(of).ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return prep_object(of)  # "the request of Prime Minister Boris Johnson to suspend Parliament"
    if tok.lemma_.lower() in lexicon.stance_nouns and lexicon.stance_nouns[tok.lemma_.lower()] in {"propose", "demand"}:
        # "the invitation of our Swedish hosts", "an offer from Qatar", "a request from the
        # union": who proposes or asks (not "the release of the hostages", "support from voters")
        for prep in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
            obj = prep_object(prep)
            if obj is not None and ctx.table.actor_at(obj) >= 0 and ctx.table.actors[ctx.table.actor_at(obj)].type != "GROUP":
                return obj
    for child in children_of(tok):
        if child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
            return child
    if tok.dep_ in {"dobj", "attr"} and tok.head.lemma_.lower() in lexicon.light_verbs:
        return clause_subject(tok.head)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in (*lexicon.forms.get("adopting_verbs", ()),
                                                          *lexicon.forms.get("authoring_verbs", ())):
        return clause_subject(tok.head)  # "passed a resolution calling for X", "drafted a plan demanding X"
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lexicon.light_verbs:
        # "the demand for a referendum was made by the opposition", "a new offer was presented by
        # the company": the agent of the light verb made it
        agent = first_child(tok.head, "agent")
        if agent is not None and prep_object(agent) is not None:
            return prep_object(agent)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in lexicon.forms.get("arriving_verbs", ()):
        return clause_subject(tok.head.head)  # "Iran arrived in Geneva with a proposal for a ceasefire"
    return None


def _illustrating_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of [forms] illustrating ("in particular", "including"), made once per lexicon."""
    return frozenset(w for entry in lexicon.forms.get("illustrating", ()) for w in entry.split())


def _illustrated_owner(poss: Token, ctx: Context) -> Token:
    """The party a possessive pronoun stands for on an item set off with an illustrating word
    ([forms] illustrating) after a noun a named party owns: "Ryan criticized Trump's proposals on
    immigration, in particular his proposal for a ban", "uneasy about Trump's statements,
    including his proposal to ban X" (Trump's, though "his" would go to the clause's subject,
    and a light verb's subject would hold it: "Ryan voiced displeasure with ..., in particular his
    proposal"); else the pronoun itself."""
    doc, start = poss.doc, poss.sent.start
    words = derived(ctx.lexicon, _illustrating_words)
    i = poss.i - 1
    while i > start and doc[i].lower_ in words:
        i -= 1
    if i == poss.i - 1 or i <= start or doc[i].text != ",":
        return poss
    noun = doc[i - 1]
    for _ in range(4):  # from the last word before the comma up to the owned noun
        owner = first_child(noun, "poss")
        if owner is not None and owner.pos_ == "PROPN" and ctx.table.actor_at(owner) >= 0:
            return owner
        if noun.head.i == noun.i or noun.head.pos_ in {"VERB", "AUX"}:
            break
        noun = noun.head
    return poss


def find_holders(cue: Cue, ctx: Context) -> list[tuple[int, Token | None]]:
    """(actor, subject token) pairs holding the stance; conjoined subjects each hold it."""
    tok = cue.token
    table = ctx.table
    deed = attributed_deed(tok, ctx) if cue.holder is None and not cue.reporter else None
    if deed is not None and (cue.kind != "noun" or _noun_holder(tok, ctx) is None
                             or _noun_holder(tok, ctx).pos_ == "PRON"):
        # "Iran accused the United States of rejecting the plan": the stance is the accused's
        subj = deed[1]
    elif cue.holder is not None:
        subj = (_hoper(tok, ctx) if cue.kind != "noun" else None) or cue.holder
    elif cue.reporter:
        subj = reporter_of(tok, ctx) or _reporter_after(tok, ctx)
        if subj is None:
            qi = ctx.quote_of.get(tok.i, -1)
            if qi >= 0 and ctx.quotes[qi].speaker >= 0:
                # "we definitely shared a view that it is only possible through X": the speaker
                # and, of a joint appearance, the others who speak in its turns
                we = _enclosing_we(tok)
                partners = joint_partners(we, ctx.quotes[qi], ctx) if we is not None else []
                return [(ctx.quotes[qi].speaker, None)] + [(p, we) for p in partners if p != ctx.quotes[qi].speaker]
            return []
    elif cue.kind == "noun":
        subj = _noun_holder(tok, ctx)
        if subj is not None and subj.dep_ == "poss" and subj.lower_ in PLURAL_PRONOUNS and holder_actor_of(subj, ctx) < 0:
            # "I want to thank Minister X and Minister Y for their readiness to engage": "their"
            # is the people just named together
            together = coordinated_before(subj, ctx)
            joiners = joining_owner(tok, ctx.lexicon.forms.get("joining_verbs", ()))
            if together or not joiners:
                return together
            subj = joiners[0]  # "Smith joined the Republicans in their calls for X": Smith's at least
        if subj is None:
            for child in children_of(tok):
                if child.dep_ in {"compound", "nmod"} and table.actor_at(child) >= 0:
                    return [(table.actor_at(child), child)]
            for child in children_of(tok):
                group = _group_named(child, table) if child.dep_ in {"compound", "nmod"} else -1
                if group >= 0:
                    return [(group, child)]  # "an opposition proposal", "a rebel offer": the group named before
            return []
    elif cue.kind == "verb" and (is_passive(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
        subj = prep_object(first_child(tok, "agent")) or _speech_agent(tok, ctx)
    else:
        described = _described_party(tok, ctx) if cue.polarity != "consider" else None
        subj = described or _hoper(tok, ctx) or clause_subject(tok)
        if described is None and _rejected_participle(tok, ctx):
            # "Japan rejected a resolution calling for sanctions", "dismissed the movement supporting
            # a boycott": the participle is the noun's, not the subject's (its author's, if any)
            subj = _document_author(tok.head, ctx)
        subj = _document_author(subj, ctx) or subj
        if cue.polarity in {"support", "oppose", "consider"} and owned_position(subj, ctx):
            return []
    if subj is None or poll_share(subj, ctx.lexicon):
        return []
    if cue.kind == "verb" and _inanimate_requirement(tok, subj, ctx):
        # "Any truce would require monitors on the ground, Rubio said": the reporter's demand
        subj = reporter_of(tok, ctx) or _reporter_after(tok, ctx)
        if subj is None:
            qi = ctx.quote_of.get(tok.i, -1)
            return [(ctx.quotes[qi].speaker, None)] if qi >= 0 and ctx.quotes[qi].speaker >= 0 else []
    if subj.i in ctx.hyphen_holders:
        return [(ctx.hyphen_holders[subj.i], subj)]
    result = []
    # "The Indonesian government and separatist rebels of GAM began talks": the small parser often
    # hangs the first of two coordinated subjects off the second as a modifier with its own "and"
    misparsed = [c for c in children_of(subj) if c.dep_ == "nmod" and c.i < subj.i
                 and any(g.dep_ == "cc" and g.lower_ == "and" for g in children_of(c))]
    subjects = misparsed + [subj] + [c for c in subj.conjuncts if c.i > subj.i]
    if cue.kind not in {"noun", "predicate"}:
        # a companion is named itself, not "the plan along with Egypt's proposal"
        subjects += [c for c in companions(subj, ctx.lexicon.forms.get("partnering_verbs", ()))
                     + joined_partners(subj, tok, ctx.lexicon.forms.get("joining_verbs", ())) if table.actor_at(c) >= 0]
    elif cue.kind == "noun":
        # "Smith joined the Republicans in their calls for a repeal": who joins holds the call too
        subjects += [c for c in joining_owner(tok, ctx.lexicon.forms.get("joining_verbs", ()))
                     if table.actor_at(c) >= 0 and c not in subjects]
    for s in subjects:
        members = [p for p in included_parties(s, ctx) if p[0] not in {a for a, _ in result}]
        result.extend(members)
        named = appositive_parties(s, ctx)
        if named:
            # "The mediators, Egypt and Qatar, proposed a truce": the parties the group names
            result.extend(p for p in named if p[0] not in {a for a, _ in result})
            continue
        if s.lower_ in FIRST_PERSON and s.i in ctx.quote_of:
            q = ctx.quotes[ctx.quote_of[s.i]]
            if q.speaker >= 0:
                result.append((q.speaker, s))
                # "we agreed", "we shared a view", "we both want" in a turn of a joint appearance:
                # the speaker and the others who speak in its turns
                result.extend((p, s) for p in joint_partners(s, q, ctx) if p not in {a for a, _ in result})
            continue
        own = own_side(s, ctx)
        if own < 0:
            own = reported_own_body(s, tok, ctx)
        if own >= 0:
            if own not in {a for a, _ in result}:
                result.append((own, s))
            continue
        represented = acting_for(s, ctx) or represented_parties(s, ctx)
        if represented:
            result.extend(p for p in represented if p[0] not in {a for a, _ in result})
            continue
        actor = holder_actor_of(s, ctx)
        if actor < 0:
            actor = _titled_person(s, ctx)
        if actor < 0:
            actor = _demonym_author(s, ctx)
        if s.lower_ in {"it", "they", "he", "she"}:
            # "The union said it would never accept job cuts": the reporter's subject
            actor = _pronoun_reporter(tok, s, ctx, actor)
        else:
            # "M23 spokesman Rene Abandi said most of its fighters do not want to join the army"
            actor = _reported_owner(tok, s, ctx, actor)
        group = actor >= 0 and table.actors[actor].type == "GROUP"
        # "The foreign ministers of Egypt, Greece and Cyprus met. The ministers denounced X": a
        # plural group word goes on, as "they" does, with the parties named for the group before
        together = named_together(s, actor, ctx) if s.lower_ in PLURAL_PRONOUNS or (group and s.tag_ == "NNS") else []
        if together:
            result.extend(p for p in together if p[0] not in {a for a, _ in result})
            continue
        bare_group = group and table.actors[actor].name.lower() == s.lower_
        # "Shoukry and Dendias met. The foreign ministers denounced X": a group word with
        # lower-case modifiers stands for people named together before (not "between Turkey and
        # Libya", states)
        described = group and not bare_group and _plain_group_word(table.actors[actor].name, s)
        if (actor < 0 or bare_group or described) and forms.is_collective(s, ctx.lexicon):
            # "both sides agreed", "both delegations rejected": each party named before holds
            # the stance; the bare group word is no party of its own
            parties = [p for p in forms.named_parties(s, table, persons=described) if p[0] not in {a for a, _ in result}]
            if parties:
                result.extend(parties)
                continue
        if actor >= 0 and not unplaced_description(actor, ctx):
            result.append((actor, s))
    if not result and cue.red_line and cue.kind in {"predicate", "redline"} and cue.holder is not None \
            and cue.holder.dep_ in {"pobj", "poss"}:
        # "a Kurdish state is a red line for Ankara", "Jerusalem is a red line for all
        # Palestinians, Abbas said": an owner the table has no actor for; whoever says so holds it
        return find_holders(cue._replace(holder=None, reporter=True), ctx)
    return result


def _plain_group_word(name: str, subj: Token) -> bool:
    """Whether a group actor's name is the subject's word after lower-case modifiers only
    ("foreign ministers" for "the foreign ministers"): a word for parties, no party of its own
    ("Palestinian leaders", "Republican senators" name a side)."""
    *modifiers, head = name.split() or [""]
    return head.lower() == subj.lower_ and all(m.islower() and m.isalpha() for m in modifiers)


def poll_share(subj: Token, lexicon: Lexicon) -> bool:
    """Whether a holder is a share of people a poll counts (issue #11, stance precision): "47
    percent of Cuban Americans say they will support Clinton", "as many as 40 percent of her
    voters said they could not support him", "12 percent who say they might vote for him": what a
    survey found, no party's position ([forms] `poll_shares`, or a percentage the recogniser
    tags). A pronoun or a relative pronoun is read through to the share it stands for: the subject
    of the verb of saying above it, or the noun its relative clause hangs on."""
    shares = lexicon.forms.get("poll_shares", ())
    seen = [subj]
    if subj.lower_ in PLURAL_PRONOUNS or subj.lower_ in RELATIVE:
        verb = subj.head
        for _ in range(3):
            if verb.dep_ in {"relcl", "acl"}:
                seen.append(verb.head)
            if verb.dep_ not in {"ccomp", "xcomp", "acomp", "relcl", "acl", "advcl"} or verb.head.i == verb.i:
                break
            verb = verb.head
            said_by = first_child(verb, "nsubj")
            if said_by is not None:
                seen.append(said_by)
                if said_by.lower_ in RELATIVE and verb.dep_ == "relcl":
                    seen.append(verb.head)
    return any(t.ent_type_ == "PERCENT" and t.pos_ in {"NOUN", "NUM", "SYM"} or t.lemma_.lower() in shares for t in seen)


def unplaced_description(actor: int, ctx: Context) -> bool:
    """"Government officials said they would not accept the offer" in a text that names no state:
    a group of unnamed officials ([descriptions] heads) whose words say they speak for a state's
    government ([state_bodies] anaphoric), when the description could not be given to a state,
    holds no stance (gold README, "Unnamed speakers and holders"): the side is known to be a
    state's, only not which. A group of officials with no such word ("Officials said ...",
    "Western diplomats") still holds what it says."""
    group = ctx.table.actors[actor]
    words = group.name.lower().split()
    return group.type == "GROUP" and words[-1] in ctx.lexicon.description_heads \
        and any(w in ctx.lexicon.anaphoric_bodies for w in words[:-1])


def _enclosing_we(tok: Token) -> Token | None:
    """The "we" subject of a verb whose clause holds ``tok`` ("we agreed that the ceasefire must
    hold", "we shared a view that X is the only way"), or None."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            we = next((c for c in children_of(node) if c.dep_ == "nsubj" and c.lower_ == "we"), None)
            if we is not None:
                return we
    return None


def joint_partners(we: Token, quote, ctx: Context) -> list[int]:
    """The other speakers of a transcript whose speaker says "we" of what they did together: "we
    agreed", "we shared a view that ...", "we both want a deal" ([forms] joint_verbs, or "both"
    with the pronoun) in a turn of a joint press conference. The partners are the actors, other
    than the speaker, who speak in the document's turns (no one in a one-speaker briefing)."""
    if we.lower_ != "we" or quote.cue != "transcript":
        return []
    verb = we.head
    both = any(c.lower_ == "both" for c in children_of(we)) or any(
        c.lower_ == "both" and c.dep_ in {"advmod", "det", "preconj", "appos"} for c in children_of(verb))
    if not both and verb.lemma_.lower() not in ctx.lexicon.forms.get("joint_verbs", ()):
        return []
    table = ctx.table
    partners: list[int] = []
    for other in ctx.quotes:
        actor = other.speaker
        if other.cue == "transcript" and actor >= 0 and actor != quote.speaker and actor not in partners \
                and table.actors[actor].type == "PERSON":
            partners.append(actor)
    if not partners:
        partners = _named_counterparts(we, quote, ctx)
    return partners


def _named_counterparts(we: Token, quote, ctx: Context) -> list[int]:
    """The people the speaker of the only turns names, in a turn before ``we``, as whom they met: "my
    counterpart Mr. Kerry" ([forms] counterpart_nouns), "talks with Secretary Kerry" (a talk noun
    or a verb of meeting with "with")."""
    lexicon, table = ctx.lexicon, ctx.table
    doc = we.doc
    counterparts = set(lexicon.forms.get("counterpart_nouns", ()))
    talks = set(lexicon.forms.get("talk_nouns", ())) | set(lexicon.forms.get("meeting_verbs", ()))
    found: list[int] = []
    for tok in doc[: we.i]:
        actor = table.actor_at(tok)
        if actor < 0 or actor == quote.speaker or actor in found or table.actors[actor].type != "PERSON" \
                or ctx.quote_of.get(tok.i, -1) < 0 or ctx.quotes[ctx.quote_of[tok.i]].speaker != quote.speaker:
            continue
        head = tok.head
        named = (tok.dep_ in {"appos", "compound"} and head.lemma_.lower() in counterparts) or (
            head.lemma_.lower() in counterparts and tok.dep_ == "pobj") or (
            tok.dep_ == "pobj" and head.lower_ == "with"
            and (head.head.lemma_.lower() in talks or head.head.lower_ in talks))
        if not named and tok.dep_ == "compound" and tok.head.dep_ in {"appos", "pobj"}:
            # "my counterpart Mr. Kerry": the name's head is the title's word
            named = tok.head.head.lemma_.lower() in counterparts
        if named:
            found.append(actor)
    return found


def _group_named(word: Token, table: ActorTable) -> int:
    """The group named before by the word that modifies a stance noun ("the opposition ... an
    opposition proposal", "the rebels ... a rebel offer"), or -1."""
    forms = {word.lower_, word.lemma_.lower()}
    forms |= {f"{w}s" for w in forms}
    found = [i for i, a in enumerate(table.actors)
             if a.type == "GROUP" and a.first_char <= word.idx and a.name.lower() in forms]
    return found[0] if len(found) == 1 else -1


def companions(subj: Token, partnering: frozenset | tuple = ()) -> list[Token]:
    """The actors a subject acts along with: "Egypt, along with Qatar, proposed a truce",
    "Egypt, together with Qatar, ...", "Egypt, alongside Qatar, ..." (the parser hangs the
    phrase on the subject or on its verb), and the partners of a verb of joining forces
    (``partnering``, [forms] partnering_verbs) the stance's clause hangs from: "X teamed up with
    Y and Z to introduce the bill"; each with its conjuncts."""
    found: list[Token] = []
    for head in (subj, subj.head):
        partners = head.i != subj.i and _partnering(head, partnering)
        # "joined forces with Y": the parser may hang the "with" phrase on the verb's object
        joined = [c for c in children_of(head) if c.dep_ == "dobj"] if partners else []
        for prep in [p for h in (head, *joined) for p in children_of(h)]:
            obj = None
            if prep.dep_ == "prep" and (prep.lower_ in COMPANION_PREPS or partners and prep.lower_ == "with"):
                obj = prep_object(prep)
            elif prep.dep_ == "prep" and prep.lower_ == "with" and any(
                    c.dep_ == "advmod" and c.lower_ in COMPANION_ADVERBS for c in children_of(prep)):
                obj = prep_object(prep)  # "together with Qatar"
            elif prep.dep_ in {"prep", "advmod"} and prep.lower_ in COMPANION_ADVERBS:
                obj = prep_object(next((c for c in children_of(prep) if c.dep_ == "prep" and c.lower_ == "with"), None))
            elif prep.dep_ == "prep" and prep.lower_ in LIKENING_PREPS and head.i != subj.i and prep.i > 0 \
                    and prep.doc[prep.i - 1].text == ",":
                obj = prep_object(prep)  # "Sanders, like Warren, opposes the deal": set off by commas
            if obj is not None and obj.i not in {t.i for t in found}:
                found += [obj, *obj.conjuncts]
    return found


def joined_partners(subj: Token, tok: Token, joining: frozenset | tuple) -> list[Token]:
    """Those a subject joins, or who join it, in a stance (``joining``, [forms] joining_verbs):
    "Manchin joined Tester in opposing the bill" (Tester too), "Tester was joined by Manchin in
    opposing the bill" (the subject, Tester, beside the agent, Manchin); each with its conjuncts.
    Only with the stance ``tok`` in an "in" phrase of the verb: "joined the talks" names no partner."""
    verb, partners = subj.head, []
    if subj.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
        partners = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    elif subj.dep_ == "nsubj":
        partners = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in joining or not any(
            c.dep_ == "prep" and c.lower_ == "in" and c.left_edge.i <= tok.i <= c.right_edge.i for c in children_of(verb)):
        return []  # the stance ``tok`` in the "in" phrase ("joined Y in Iowa to oppose X": no partner in it)
    return [t for p in partners for t in (p, *p.conjuncts)]


def joining_owner(noun: Token, joining: frozenset | tuple) -> list[Token]:
    """Who joins another in a stance noun of an "in" phrase ([forms] joining_verbs): "Smith joined
    the Republicans in their calls for a repeal" (Smith, with his conjuncts; the noun's owner
    holds it by its own words)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in joining:
        return []
    subject = clause_subject(verb)
    return [subject, *subject.conjuncts] if subject is not None else []


def _partnering(verb: Token, partnering: frozenset | tuple) -> bool:
    """Whether ``verb`` with its particle or object is one of ``partnering`` ("team up", "join
    forces", "partner")."""
    if verb.pos_ != "VERB" or not partnering:
        return False
    lemma = verb.lemma_.lower()
    extra = [c.lower_ for c in children_of(verb) if c.dep_ in {"prt", "dobj"}]
    return lemma in partnering or any(f"{lemma} {e}" in partnering for e in extra)


def appositive_parties(subj: Token, ctx: Context) -> list[tuple[int, Token]]:
    """"The mediators, Egypt and Qatar, proposed ...": the actors an apposition names for a
    subject that is no actor of its own or a bare group; for a plural subject that is an actor,
    the parties an apposition names together ("the two leading Republicans, Donald Trump and
    Senator Ted Cruz, criticized the accord": each of them, not the first only). Empty otherwise."""
    table = ctx.table
    own = table.actor_at(subj)
    listed = own >= 0 and table.actors[own].type != "GROUP"
    if listed and subj.tag_ not in {"NNS", "NNPS"}:
        return []
    parties: list[tuple[int, Token]] = []
    for appos in tuple(c for c in children_of(subj) if c.dep_ == "appos") + (() if listed else _examples(subj)):
        if listed and not appos.conjuncts:
            continue  # "The Republicans, the party of Lincoln, ...": a name of the subject's own
        for party in [*_hung_before(appos), appos, *appos.conjuncts]:
            actor = holder_actor_of(party, ctx)
            if actor >= 0 and actor != own and table.actors[actor].type != "GROUP" and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
    return parties if not listed or len(parties) >= 2 else []


def _hung_before(noun: Token) -> list[Token]:
    """The first of two names coordinated with ``noun`` that the small parser hangs on it as a
    modifier with its own "and" ("Majority Leader Kevin McCarthy and Whip Steve Scalise": McCarthy
    a modifier of Scalise)."""
    return [c for c in children_of(noun) if c.dep_ == "nmod" and c.i < noun.i and any(g.dep_ == "cc" for g in children_of(c))]


def _examples(subj: Token) -> tuple[Token, ...]:
    """"Several candidates, including X and Senators Y and Z, criticized it": the members a
    subject names by example (the parser may hang the first of them on a later one as a
    modifier with its own "and")."""
    found: list[Token] = []
    for prep in children_of(subj):
        obj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in EXAMPLE_PREPS else None
        if obj is not None:
            found += _hung_before(obj)
            found.append(obj)
    return tuple(found)


def _trailing_examples(subj: Token) -> tuple[Token, ...]:
    """"Several senators backed the bill, including X and Y", "Republicans opposed the measure,
    including Senator Z": the members a plural subject names by example at the end of its clause,
    set off by a comma after a singular object (the parser hangs them on the object; "rejected
    several offers, including the latest one" names the object's own)."""
    if subj.dep_ != "nsubj" or subj.tag_ not in {"NNS", "NNPS"}:
        return ()
    obj = first_child(subj.head, "dobj")
    if obj is None or obj.tag_ not in {"NN", "NNP"}:
        return ()
    return tuple(prep_object(p) for p in children_of(obj) if p.dep_ == "prep" and p.lower_ in EXAMPLE_PREPS
                 and p.doc[p.i - 1].lower_ == "," and prep_object(p) is not None)


def included_parties(subj: Token, ctx: Context) -> list[tuple[int, Token]]:
    """"Several countries, including France and Germany, rejected the plan", "leaders such as
    Macron": the actors a group subject names as its members hold its stance too (each with its
    conjuncts; a bare group word is no party of its own, see find_holders)."""
    parties: list[tuple[int, Token]] = []
    # "including" with the first member the parser may hang on a later one (_examples), "such as"
    members = list(_examples(subj)) + [prep_object(p) for p in children_of(subj) if p.dep_ == "prep" and p.lower_ == "as"
                                       and any(c.lower_ == "such" for c in subj.doc[max(p.i - 1, 0) : p.i])]
    for member in members:
        for party in ([member, *member.conjuncts] if member is not None else []):
            actor = holder_actor_of(party, ctx)
            if actor >= 0 and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
    for member in _trailing_examples(subj):
        # named people, states and organisations only: "including the farm bill" is the object's
        for party in (member, *member.conjuncts):
            actor = holder_actor_of(party, ctx)
            if actor >= 0 and ctx.table.actors[actor].type in {"PERSON", "ORG", "GPE"} \
                    and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
    return parties


def coordinated_before(pronoun: Token, ctx: Context) -> list[tuple[int, Token]]:
    """"thank Minister Deshchytsia and Minister Lavrov for their readiness": the parties of the
    nearest coordination of two or more actors before a plural pronoun in its sentence. Empty
    when there is none."""
    sent = sent_of(pronoun)
    for tok in reversed(sent[: pronoun.i - sent.start]):
        if tok.dep_ == "conj" or not tok.conjuncts:
            continue
        parties: list[tuple[int, Token]] = []
        for party in [tok, *tok.conjuncts]:
            actor = holder_actor_of(party, ctx)
            if actor >= 0 and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
        if len(parties) >= 2:
            return parties
    return []


def owned_by_another(tok: Token, ctx: Context) -> bool:
    """Whether a stance noun belongs to someone else than the speaker: a third-person or named
    possessor ("their offer", "his proposal", "the government's refusal") or the subject of its clause ("they haven't come forward with
    proposals"). In a quotation that is not the speaker, whom an ownerless noun is given to."""
    third = PLURAL_PRONOUNS | NEUTER_PRONOUNS | set(PERSON_PRONOUNS)
    poss = first_child(tok, "poss")
    if poss is not None:
        if poss.pos_ in {"NOUN", "PROPN"}:
            # "the government's refusal", "the ministry's proposal": a party named as the owner
            # (one that is no actor here) is not the speaker, unless "our" makes it the speaker's
            # own ("our government's proposal")
            return not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in children_of(poss))
        return poss.lower_ in third
    if any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)) \
            and ctx.lexicon.stance_nouns.get(tok.lemma_.lower()) == "oppose":
        # "no explanation was given for the refusal to open the road": a speaker names a refusal
        # of their own as theirs ("our refusal"); "the refusal" is someone else's
        return True
    node = tok
    for _ in range(4):
        if node.dep_ not in {"pobj", "dobj", "prep", "attr"} or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subj = clause_subject(node)
            return subj is not None and subj.lower_ == "they"  # "she had no plans", in a partial quote, may be its speaker
    return False


def _demonym_author(tok: Token, ctx: Context) -> int:
    """"the Egyptian proposal", "an Egyptian-drafted plan", "the Swedish invitation": a state's
    adjective that modifies a stance noun or a participle authors it, as the state's unnamed
    officials would (gold conventions); the state becomes an actor of the document if new."""
    if tok.dep_ not in {"amod", "npadvmod", "compound", "nmod"} or tok.i >= tok.head.i:
        return -1
    entry = ctx.lexicon.gazetteer_demonyms.get(tok.text)
    if entry is None or not entry.is_state:
        return -1
    return actor_for_entry(ctx.table, entry, tok.idx, acting=True)


def attributed_deed(tok: Token, ctx: Context) -> tuple[Token, Token] | None:
    """(verb, object) when ``tok`` is in the deed a verb of accusing, blaming or praising
    ascribes to its object ("Iran accused the United States of rejecting the plan", "blamed the
    rebels for refusing to disarm", "thanked Lavrov for his readiness to engage"): the object
    holds the stance, the verb's subject only claims it."""
    verbs = ctx.lexicon.forms.get("attributing_verbs", ())
    node = tok
    for _ in range(4):
        if node.dep_ in {"pcomp", "pobj"} and node.head.dep_ == "prep" and node.head.lower_ in DEED_PREPS:
            head = node.head.head
            if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
                obj = first_child(head, "dobj")
                return (head, obj) if obj is not None else None
            if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in verbs:
                return head.head, head  # "blamed [the rebels for rejecting]"
            return None
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _titled_person(title: Token, ctx: Context) -> int:
    """"Dick Durbin and incoming chair of the House Intelligence Committee Representative Adam
    Schiff questioned ...": the parser makes the person named after the title's organisation the
    object of "of"; a title is held by the person, not "of" them. -1 when it is no such title."""
    table = ctx.table
    if title.lower_ not in ctx.lexicon.title_heads:
        return -1
    of = next((c for c in children_of(title) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = prep_object(of)
    actor = table.actor_at(obj) if obj is not None else -1
    if actor < 0 or table.actors[actor].type != "PERSON" or not any(
            t.ent_type_ == "ORG" for t in obj.subtree if t.i < obj.i):
        return -1
    return actor


def own_side(subj: Token, ctx: Context) -> int:
    """""Our government will never accept ...", "our country rejects ...", "our union demands ..."
    in a quotation: the state or organisation its speaker speaks for, else the speaker; -1 when
    the words are no own side or the speaker is unknown."""
    if subj.lemma_.lower() not in ctx.lexicon.own_bodies and subj.lower_ not in ctx.lexicon.own_bodies:
        return -1
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in children_of(subj)):
        return -1
    qi = ctx.quote_of.get(subj.i, -1)
    speaker = ctx.quotes[qi].speaker if qi >= 0 else -1
    if speaker < 0:
        return -1
    affiliation = ctx.table.actors[speaker].affiliation
    return affiliation if affiliation >= 0 and ctx.table.actors[affiliation].type in {"GPE", "ORG"} else speaker


def reported_own_body(subj: Token, tok: Token, ctx: Context) -> int:
    """"Joseph Mathunjwa, the AMCU leader, said the union would accept the deal": "the union"
    (a bare organisation word) in a clause its reporter reports is the organisation the
    reporter speaks for; -1 otherwise."""
    lexicon, table = ctx.lexicon, ctx.table
    kind = lexicon.reported_bodies.get(subj.lower_)
    if (subj.lower_ not in lexicon.org_heads and kind is None) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(subj)) \
            or any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in children_of(subj)):
        return -1
    named = table.actor_at(subj)
    if named >= 0 and table.actors[named].type != "GROUP":
        return -1  # "the union" already read as a named organisation
    reporter = reporter_of(tok, ctx)
    speaker = holder_actor_of(reporter, ctx) if reporter is not None else -1
    if speaker < 0:
        return -1
    if kind is not None:
        # "a senior Iranian diplomat said the country would never ...", "Iran said the country
        # ...", "an EU official said the bloc backs ...": the reporter's own party, of the kind
        # the word fits (a state for "the country", an organisation for "the bloc")
        for party in (speaker, table.actors[speaker].affiliation):
            if party >= 0 and table.actors[party].type.lower() == kind:
                return party
        return -1
    if table.actors[speaker].type == "ORG" and any(m.kind == "description" and m.start <= reporter.i < m.end
                                                    for m in table.mentions):
        return speaker  # "sources close to Hamas said the group had accepted": the group they speak for
    affiliation = table.actors[speaker].affiliation
    return affiliation if affiliation >= 0 and table.actors[affiliation].type == "ORG" else -1


def named_together(pronoun: Token, actor: int, ctx: Context) -> list[tuple[int, Token]]:
    """"Armenia and Azerbaijan met in Brussels. They agreed to ...": a plural pronoun whose
    antecedent was named in a coordination ("X and Y", "negotiators from X and Y") stands for
    every party of it (gold README, parties named together). Empty otherwise."""
    if actor < 0:
        return []
    table = ctx.table
    earlier = [m for m in table.mentions if m.actor == actor and m.end <= pronoun.i and m.kind != "pronoun"]
    if not earlier:
        return []
    mention = max(earlier, key=lambda m: m.start)
    if sent_of(pronoun).start - mention.start > 120:
        return []
    first = pronoun.doc[mention.start : mention.end].root
    if table.actors[actor].type == "GROUP":
        # "Negotiators from Serbia and Kosovo met. They agreed ...": the parties they speak for;
        # a group named with others ("the union and the Ministry of Labour said they ...") is one
        # of the parties named together
        represented = represented_parties(first, ctx)
        if represented or not first_conjunct(first).conjuncts:
            return represented
    first = first_conjunct(first)
    parties: list[tuple[int, Token]] = []
    for party in [first, *first.conjuncts]:
        found = holder_actor_of(party, ctx)
        if found >= 0 and found not in {a for a, _ in parties}:
            parties.append((found, party))
    return parties if len(parties) >= 2 and actor in {a for a, _ in parties} else []


def shared_modifier_party(conj: Token, first: Token, ctx: Context) -> int:
    """"the Syrian government and opposition": a bare noun coordinated after a modified one
    shares its modifier; the party is the actor named by the two ("Syrian opposition"), when the
    text has one (-1 otherwise)."""
    if conj.pos_ != "NOUN" or any(c.dep_ in {"det", "amod", "compound", "nmod", "poss"} for c in children_of(conj)):
        return -1
    for mod in children_of(first):
        if mod.dep_ not in {"amod", "compound", "nmod"} or mod.i > first.i:
            continue
        wanted = f"{mod.text} {conj.text}".lower()
        for i, actor in enumerate(ctx.table.actors):
            if any(n.lower() == wanted for n in (actor.name, *actor.aliases)):
                return i
    return -1


def acting_for(subj: Token, ctx: Context) -> list[tuple[int, Token]]:
    """"A delegation led by Foreign Minister X rejected ...", "a team representing the rebels
    demanded ...": a body with no name of its own (or a bare group) acts for whom its participle
    names: the leader ([forms] leading_verbs, by the agent) or the party represented
    ([forms] representing_verbs, its object); each of them when coordinated. Only a participle
    that tells which body it is: one set off by a comma describes a body its own words name ("The
    Montreal team, led by X, proposed a method": the team's). Empty otherwise."""
    table, forms_ = ctx.table, ctx.lexicon.forms
    own = table.actor_at(subj)
    if own >= 0 and table.actors[own].type != "GROUP":
        return []
    doc = subj.doc
    for clause in children_of(subj):
        if clause.dep_ != "acl" or (clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].is_punct):
            continue
        lemma = clause.lemma_.lower()
        if clause.tag_ == "VBN" and lemma in forms_.get("leading_verbs", ()):
            named = prep_object(first_child(clause, "agent"))
        elif clause.tag_ == "VBG" and lemma in forms_.get("representing_verbs", ()):
            named = first_child(clause, "dobj")
        elif clause.tag_ == "VBG" and _behalf_of(clause) is not None:
            named = _behalf_of(clause)  # "a spokesman speaking on behalf of the federation"
        else:
            continue
        if named is None:
            return []
        parties: list[tuple[int, Token]] = []
        for party in [named, *named.conjuncts]:
            actor = holder_actor_of(party, ctx)
            if actor >= 0 and actor != own and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
        return parties
    return []


def _behalf_of(verb: Token) -> Token | None:
    """Whom "on behalf of X" (or "in behalf of X") on a verb names, or None."""
    for prep in children_of(verb):
        behalf = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in {"on", "in"} else None
        if behalf is not None and behalf.lower_ == "behalf":
            return prep_object(next((c for c in children_of(behalf) if c.dep_ == "prep" and c.lower_ == "of"), None))
    return None


def represented_parties(subj: Token, ctx: Context) -> list[tuple[int, Token]]:
    """"Negotiators from Israel and Hamas", "the governments of Serbia and Kosovo", "the foreign
    ministers of Egypt and Jordan", "Israeli and Palestinian negotiators": a plural of people or
    bodies who speak for the parties named together after (or before) it; each party holds the stance (gold README, parties named together). One
    party named is the holder when the plural is no actor of its own or a bare group ("negotiators
    from Israel"); else empty."""
    lexicon, table = ctx.lexicon, ctx.table
    own = table.actor_at(subj)
    lemma = subj.lemma_.lower()
    # "a delegation from the KNU", "a team from the IMF", "a spokesman for Hamas": one
    # representative body or person speaks for one party named after it
    singular = subj.tag_ in {"NN", "NNP"} and subj.lower_ in set(lexicon.state_bodies) | lexicon.description_heads \
        | lexicon.staff_nouns
    if subj.tag_ not in {"NNS", "NNPS"} and not singular or own >= 0 and table.actors[own].type == "PERSON":
        return []
    if not ({lemma, subj.lower_} & (lexicon.description_heads | lexicon.partitive_nouns | lexicon.title_heads
                                      | set(lexicon.state_bodies) | lexicon.staff_nouns)):
        return []
    poss = first_child(subj, "poss")
    if poss is not None and poss.lower_ in PLURAL_PRONOUNS:
        # "India and Pakistan met. Their leaders agreed ...": the leaders of each
        return named_together(poss, holder_actor_of(poss, ctx), ctx)
    for prep in children_of(subj):
        if prep.dep_ != "prep" or prep.lower_ not in REPRESENTED_PREPS:
            continue
        obj = prep_object(prep)
        if obj is None:
            continue
        parties: list[tuple[int, Token]] = []
        for party in [obj, *obj.conjuncts]:
            # "a delegation from Burma's largest rebel group, the Karen National Union": the
            # party is the one its apposition names, not the state that owns the description
            party = next((c for c in children_of(party) if c.dep_ == "appos" and holder_actor_of(c, ctx) >= 0), party)
            actor = holder_actor_of(party, ctx)
            if actor < 0 and party.i != obj.i:
                actor = shared_modifier_party(party, obj, ctx)
            if actor >= 0 and table.actors[actor].type != "PERSON" and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
        if len(parties) >= 2 or parties and (own < 0 or table.actors[own].type == "GROUP"):
            return parties  # one party: "negotiators from Israel" speak for Israel, not as a group
    for mod in children_of(subj):
        # "Israeli and Palestinian negotiators", "U.S. and Cuban officials": the parties named
        # together before the noun
        if mod.dep_ not in {"amod", "compound", "nmod"} or mod.i > subj.i or not mod.conjuncts:
            continue
        parties = []
        for party in [mod, *mod.conjuncts]:
            actor = holder_actor_of(party, ctx)
            if actor >= 0 and table.actors[actor].type in {"GPE", "ORG"} and actor not in {a for a, _ in parties}:
                parties.append((actor, party))
        if len(parties) >= 2:
            return parties
    return []


def _inanimate_requirement(tok: Token, subj: Token, ctx: Context) -> bool:
    """A requirement verb whose subject is an agreement, not an actor: "any deal would need
    guarantees" (not "circumstances may require delays")."""
    lexicon = ctx.lexicon
    return (tok.lemma_.lower() in lexicon.forms.get("requirement", ()) and subj.pos_ == "NOUN"
            and subj.lemma_.lower() in lexicon.agreement_objects | lexicon.reciprocal_issues
            and holder_actor_of(subj, ctx) < 0)


def _pronoun_reporter(tok: Token, pronoun: Token, ctx: Context, default: int) -> int:
    """"The opposition said it will not ...": a pronoun subject of a reported clause is the
    reporter when the reporter fits the pronoun (he/she a person, it/they not)."""
    reporter = reporter_of(tok, ctx)
    actor = holder_actor_of(reporter, ctx) if reporter is not None and reporter.i < pronoun.i else -1
    if actor < 0:
        return default
    person = ctx.table.actors[actor].type == "PERSON"
    return actor if person == (pronoun.lower_ in {"he", "she"}) or pronoun.lower_ == "they" else default


def _reported_owner(tok: Token, subj: Token, ctx: Context, default: int) -> int:
    """"Rene Abandi, an M23 spokesman, said most of its fighters ...", "the union said its members
    would strike", "a Syrian diplomat said his government would not ...": a party's people named by "its"/"their" in a clause its reporter reports are the
    reporter's party (the organisation or state itself, or the one a person speaks for), whatever
    organisation was named last."""
    table = ctx.table
    owner = first_child(subj, "poss")
    if owner is None and subj.lower_ in ctx.lexicon.partitive_nouns:
        inner = prep_object(next((c for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of"), None))
        owner = first_child(inner, "poss") if inner is not None else None
    if owner is None or owner.lower_ not in {"its", "their"} and not (
            owner.lower_ in {"his", "her"} and subj.lemma_.lower() in ctx.lexicon.own_bodies):
        return default  # ("a North Korean diplomat said his country would not ...": the diplomat's state)
    reporter = reporter_of(tok, ctx)
    actor = holder_actor_of(reporter, ctx) if reporter is not None and reporter.i < owner.i else -1
    if actor < 0:
        return default
    if table.actors[actor].type == "PERSON":
        actor = table.actors[actor].affiliation
    return actor if actor >= 0 and table.actors[actor].type != "PERSON" else default


def _reporter_after(tok: Token, ctx: Context) -> Token | None:
    """"There can be no deal without X, Israel said": the reporting verb hangs from the clause."""
    root = sent_of(tok).root
    if not root.is_ancestor(tok) and root.i != tok.i:
        return None
    for child in children_of(root):
        # "The status of Jerusalem, Netanyahu said, is not up for discussion": a reporting verb
        # between commas inside the clause reports it as one after it does
        after = child.i > tok.i and child.dep_ in {"parataxis", "ccomp", "advcl", "conj"}
        aside = child.i < tok.i and child.dep_ == "parataxis" and _between_commas(child)
        if (after or aside) and is_reporting_cue(child, ctx.lexicon):
            subj = first_child(child, "nsubj")
            if subj is not None and holder_actor_of(subj, ctx) >= 0:
                return subj
    return continued_reporter(tok, ctx)


def _between_commas(verb: Token) -> bool:
    """A clause set off by commas on both sides: ", Netanyahu said,"."""
    words = [t for t in verb.subtree if t.text != ","]
    doc = verb.doc
    first, last = words[0].i, words[-1].i
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def continued_reporter(tok: Token, ctx: Context) -> Token | None:
    """"Rubio acknowledged the challenges, saying ... . Moreover, any truce would require
    monitors.": a sentence that opens with an adverb adding to what was just reported
    (`continuation_adverbs` in stance.toml [forms]) and names no reporter of its own goes on
    with the report of the sentence before: its reporter is that sentence's (the subject of its
    first reporting verb, when an actor). Not inside a quotation (its speaker answers)."""
    sent = sent_of(tok)
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ not in ctx.lexicon.forms.get("continuation_adverbs", ()) \
            or sent.start == 0 or tok.i in ctx.quote_of:
        return None
    before = sent_of(tok.doc[sent.start - 1])
    for verb in before:
        if verb.pos_ == "VERB" and is_reporting_cue(verb, ctx.lexicon):
            subj = clause_subject(verb)  # "Rubio ..., saying that ...": the participle's subject is Rubio
            if subj is not None and holder_actor_of(subj, ctx) >= 0:
                return subj
    return None


def holder_actor_of(token: Token, ctx: Context) -> int:
    """The actor a holder token refers to ("members of the European Union" -> the EU); none for
    the backers of a person ("Sanders supporters threatened to sit out the election", "Trump
    delegates": [forms] candidacy_nouns in the plural with a person's name), who are not the
    person they back ("Japanese delegates" still stand for Japan); none for those a party has
    against it or beside it ([forms] counterparty_nouns with a party's name: "Trump's opponents",
    "Iran's neighbours"), who are not that party."""
    if token.tag_ == "NNS" and token.lemma_.lower() in ctx.lexicon.forms.get("candidacy_nouns", ()) and any(
            c.dep_ in {"compound", "poss"} and _names_person(c, ctx) for c in children_of(token)):
        return -1
    if token.lemma_.lower() in ctx.lexicon.forms.get("counterparty_nouns", ()) and any(
            c.dep_ in {"compound", "poss"} and ctx.table.actor_at(c) >= 0 for c in children_of(token)):
        return -1  # "Trump's opponents oppose the wall", "Hamas's rivals rejected the truce": not Trump, not Hamas
    named = _apposed_name(token, ctx)
    return named if named >= 0 else actor_of(token, ctx.table, ctx.lexicon)


def _apposed_name(token: Token, ctx: Context) -> int:
    """The party a description set off after its name stands for: "Tom Rath, a veteran GOP leader
    who had endorsed Kasich" (Rath, not the GOP of the description), "National Nurses United, a
    union that has endorsed Sanders", "Sen. Jeff Merkley, the only senator to endorse Sanders" (the
    subject of the clause on the description is the description); -1 for a name's own apposition
    ("the mediators, Egypt and Qatar": the names, read by appositive_parties) or a description
    of no actor."""
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.head.pos_ != "PROPN":
        return -1
    named = ctx.table.actor_at(token.head)
    return named if named >= 0 and ctx.table.actors[named].type != "GROUP" else -1


def _names_person(tok: Token, ctx: Context) -> bool:
    """Whether a word names a person: tagged so, or a word of a person actor's mention."""
    actor = ctx.table.actor_at(tok)
    return tok.ent_type_ == "PERSON" or actor >= 0 and ctx.table.actors[actor].type == "PERSON"


def reporter_of(tok: Token, ctx: Context) -> Token | None:
    """The subject of the reporting (or cognitive) verb whose clause contains ``tok``."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return _according_to(tok)
        if node.dep_ in {"ccomp", "xcomp", "advcl", "conj", "parataxis"} and (
                is_reporting_cue(node.head, ctx.lexicon) or node.head.lemma_.lower() in ctx.lexicon.evaluation_verbs
                or node.head.lemma_.lower() in ctx.lexicon.judgement_verbs):
            subj = clause_subject(node.head)
            if subj is not None and not subj.is_ancestor(tok):
                return subj
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and stated_position(node.head, ctx.lexicon) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(node)):
            # "North Korea's insistence that the case is closed", "Russia's position that Crimea is
            # not negotiable": the position's owner says what its clause says
            owner = first_child(node.head, "poss")
            if owner is not None:
                return owner
        node = node.head
    return _according_to(tok)


def _according_to(tok: Token) -> Token | None:
    """"According to Hamas, the plan is unacceptable", "the talks will resume, according to the
    State Department": whom the clause of ``tok`` (or one it hangs from) is credited to."""
    node = tok
    for _ in range(8):
        for prep in children_of(node):
            if prep.dep_ == "prep" and prep.lower_ == "according":
                obj = prep_object(next((c for c in children_of(prep) if c.lower_ == "to"), None))
                if obj is not None:
                    return obj
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def stated_position(noun: Token, lexicon) -> bool:
    """A noun of a position held and stated ([forms] position_nouns, insisting_words)."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.forms.get("position_nouns", ()) or lemma in lexicon.forms.get("insisting_words", ())


def claimer(tok: Token, holder_actor: int, ctx: Context) -> int:
    """The actor who reports this stance when it sits in a clause they report about someone
    else, or in their quotation."""
    table, lexicon = ctx.table, ctx.lexicon
    deed = attributed_deed(tok, ctx)
    if deed is not None:
        subj = clause_subject(deed[0])
        actor = holder_actor_of(subj, ctx) if subj is not None else -1
        if actor >= 0 and actor != holder_actor:
            return actor  # "Iran accused the United States of rejecting the plan": Iran claims it
    node = tok
    for _ in range(8):
        if node.dep_ == "advcl" and is_aside(node):
            return -1  # "..., even as the U.S. and Ukraine agreed to a truce": the writer's, not the reporter's
        if node.dep_ in {"ccomp", "acl", "relcl", "advcl", "conj"} and node.head.i != node.i:
            reporter = node.head
            if reporter.pos_ in {"VERB", "AUX"} and is_reporting_cue(reporter, lexicon) and node.dep_ in {"ccomp", "advcl", "conj"}:
                subj = clause_subject(reporter) if node.dep_ != "conj" else None
                if subj is None and node.dep_ != "ccomp":
                    node = node.head
                    continue
                if subj is not None and any(holder_actor_of(c, ctx) == holder_actor for c in subj.conjuncts):
                    return -1  # "Israel and Hamas said they had agreed to a truce": Hamas says so too
                actor = holder_actor_of(subj, ctx) if subj is not None else -1
                return actor if actor >= 0 and actor != holder_actor and not _speaks_for(actor, holder_actor, table) else -1
            if reporter.pos_ == "NOUN" and reporter.lemma_.lower() in lexicon.speech_nouns:
                by = next((c for c in children_of(reporter) if c.dep_ == "prep" and c.lower_ == "by"), None)
                subj = prep_object(by) or first_child(reporter, "poss")
                actor = holder_actor_of(subj, ctx) if subj is not None else -1
                return actor if actor >= 0 and actor != holder_actor else -1
        if node.head.i == node.i:
            break
        node = node.head
    # "According to Washington, Tehran is open to ..."
    for t in sent_of(tok):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = prep_object(t.doc[t.i + 1]) or (t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None)
            actor = holder_actor_of(obj, ctx) if obj is not None else -1
            if actor >= 0 and actor != holder_actor:
                return actor
    qi = ctx.quote_of.get(tok.i, -1)
    if qi >= 0:
        speaker = ctx.quotes[qi].speaker
        if speaker >= 0 and speaker != holder_actor and table.actors[holder_actor].type != "GPE" \
                and table.actors[speaker].affiliation != holder_actor:
            return speaker
    return -1


def is_aside(clause: Token) -> bool:
    """An adverbial clause the writer sets beside a report: "even as Y agreed", "while Y refused",
    "although Y denied it"."""
    marks = [c for c in children_of(clause) if c.dep_ == "mark"]
    return any(m.lower_ in ASIDE_MARKS or m.lower_ == "as" and any(
        c.dep_ == "advmod" and c.lower_ == "even" for c in (*children_of(clause), *children_of(m))) for m in marks)


def _speaks_for(speaker: int, party: int, table: ActorTable) -> bool:
    """"Netanyahu said Israel would not ...": a leader stating his state's position is no claim."""
    return table.actors[speaker].affiliation == party or table.actors[party].affiliation == speaker


def is_commentator(actor: int, ctx: Context) -> bool:
    """Analysts and experts assess; the positions they describe are the parties' (claimed)."""
    a = ctx.table.actors[actor]
    return a.type == "GROUP" and a.name.lower().split()[-1] in ctx.lexicon.commentators


def is_reciprocal(tok: Token, ctx: Context | None = None) -> bool:
    """Whether the clause of ``tok`` is about parties with one another: coordinated subjects,
    "both sides", "they" for parties, "agree with X". With ``ctx``, a "they" that stands for one
    party ("Israeli officials said they would not agree to a withdrawal": Israel) is no
    reciprocal subject, unless it was named together with others."""
    subj = clause_subject(tok)
    if subj is not None and subj.lower_ == "they" and ctx is not None and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in children_of(tok)):
        actor = holder_actor_of(subj, ctx)
        if actor >= 0 and ctx.table.actors[actor].type != "GROUP" and not named_together(subj, actor, ctx):
            return False
    return subj is not None and (bool(subj.conjuncts) or subj.lower_ in {"they", "sides", "parties", "both"}) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children_of(tok))


def partner_named_by(head: Token | None, actor: int, ctx: Context) -> Token | None:
    """The object of the issue's "with" that names the holder itself ("an agreement with the
    government of Syria", held by Syria), or None."""
    if head is None or actor < 0:
        return None
    for prep in children_of(head):
        if prep.dep_ == "prep" and prep.lower_ == "with":
            partner = prep_object(prep)
            if partner is not None and holder_actor_of(partner, ctx) == actor:
                return partner
    return None


def agreement_partners(issues, ctx: Context) -> list[tuple[int, Token]]:
    """"entered into an agreement with the government of Syria": the partner supports it too."""
    partners = []
    for _, _, head in issues:
        if head is None or head.lemma_.lower() not in ctx.lexicon.reciprocal_issues:
            continue
        for prep in children_of(head):
            if prep.dep_ == "prep" and prep.lower_ == "with":
                partner = prep_object(prep)
                actor = holder_actor_of(partner, ctx) if partner is not None else -1
                if actor >= 0:
                    partners.append((actor, partner))
    return partners
