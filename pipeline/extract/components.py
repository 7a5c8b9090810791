"""spaCy components: thin wrappers that run the pure rules of this package on a Doc.

Each factory is registered under a versioned name (``negotiation_graph_actors_v1``); a changed
behaviour gets a ``.v2`` beside it. Results are stored in forms ``DocBin`` and multiprocessing can
serialise: a span group for mentions and lists of scalars in Doc extensions.

Attributes set:
    ``doc.spans["ng_mentions"]``: every span referring to an actor (label = mention kind,
        ``kb_id_`` = index into ``doc._.ng_actors``).
    ``doc._.ng_actors``: list of ``LocalActor`` field lists.
    ``doc._.ng_quotes``: list of ``QuoteRecord`` field lists.
    ``doc._.ng_stances``: list of ``StanceRecord`` field lists.
    ``doc._.ng_quote_marks``: the quotation marks paired once (``marks.doc_quotes``), read by the
        actors and quotes components.
    ``doc.user_data["ng_doc_tables"]``, while the components run: the per-Doc tables the rules
        share (``text.per_doc``: tokens, text, sentences, children, the stored mentions), made once
        per Doc whatever order the components run in; the stances component drops them.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import IS_SPACE, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..config import DEFAULT_MODELS_DIR
from ..lexicon import Lexicon, load_lexicon
from ..records import LocalActor, QuoteRecord, StanceRecord
from .actors import ActorTable, MentionSpan, extract_actor_table
from .actors.gazetteer import gazetteer_matcher
from .descriptions import add_described_pronouns, add_description_mentions
from .nonactors import drop_non_actor_mentions, names_that_are_no_parties, outlets_that_only_report
from .titles import add_title_actors
from .quotes import extract_quotes
from .stance import extract_stances
from .text import doc_tables, drop_doc_tables

MENTIONS_KEY = "ng_mentions"

for _name in ("ng_actors", "ng_quotes", "ng_stances"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_DEFAULT_LEXICON = {
    "cues": str(DEFAULT_MODELS_DIR / "lexicons/cues.toml"),
    "stance": str(DEFAULT_MODELS_DIR / "lexicons/stance.toml"),
    "roles": str(DEFAULT_MODELS_DIR / "lexicons/roles.toml"),
    "issues": str(DEFAULT_MODELS_DIR / "lexicons/issues.toml"),
    "groups": str(DEFAULT_MODELS_DIR / "lexicons/groups.toml"),
    "gazetteer": str(DEFAULT_MODELS_DIR / "gazetteer/actors.jsonl"),
    "names": str(DEFAULT_MODELS_DIR / "lexicons/names.toml"),
    "taxonomy": str(DEFAULT_MODELS_DIR / "taxonomy.toml"),
}


def _lexicon(paths: dict[str, str]) -> Lexicon:
    merged = {**_DEFAULT_LEXICON, **{k: v for k, v in paths.items() if v}}
    return load_lexicon(*(Path(merged[k]) for k in ("cues", "stance", "roles", "issues", "groups", "gazetteer", "names", "taxonomy")))


def table_from_doc(doc: Doc) -> ActorTable:
    """The ActorTable stored on a Doc by the actors component."""
    table = ActorTable()
    for fields in doc._.ng_actors or []:
        actor = LocalActor(*fields)
        table.actors.append(actor._replace(aliases=tuple(actor.aliases)))
    group = doc.spans.get(MENTIONS_KEY)
    stored = doc_tables(doc).get(MENTIONS_KEY)
    if group is not None and stored is not None and group is stored[0]:
        table.mentions.extend(stored[1])  # as stored (and as the spans read back)
    else:
        for span in group or []:
            table.mentions.append(MentionSpan(span.start, span.end, int(span.kb_id_), span.label_))
    table.index()
    return table


# The mentions stored on a Doc are kept beside it too, in the Doc's tables (text.doc_tables: its
# span group and the mentions the group holds), so the next component reads them from there
# instead of decoding every span's label and id, and a store of the same mentions keeps the span
# group instead of building every Span again. The span group's identity says that nothing
# replaced it since.


def store_table(doc: Doc, table: ActorTable) -> None:
    """Write an ActorTable onto a Doc (span group + scalar extension)."""
    doc._.ng_actors = [list(a) for a in table.actors]
    mentions = tuple(m for m in table.mentions if m.end > m.start)
    group = doc.spans.get(MENTIONS_KEY)
    tables = doc_tables(doc)
    stored = tables.get(MENTIONS_KEY)
    if group is None or stored is None or group is not stored[0] or mentions != stored[1]:
        doc.spans[MENTIONS_KEY] = [Span(doc, m.start, m.end, label=m.kind, kb_id=str(m.actor)) for m in mentions]
        group = doc.spans[MENTIONS_KEY]
    tables[MENTIONS_KEY] = (group, mentions)


class ParagraphBoundaries:
    """Start a sentence after every blank line, so headings and bullets stay sentences of their own."""

    def __call__(self, doc: Doc) -> Doc:
        # A line break is in a space token: a token's own trailing whitespace is one space or none
        # (spaCy keeps it as a flag), so only the space tokens, found in the Doc's array without
        # making a Token for every word, are read. The starts are written in one array: setting
        # Token.is_sent_start checks the whole Doc for a parse (a Token made per word) at each.
        starts = [i + 1 for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist() if "\n" in doc[i].text]
        if starts:
            if doc.has_annotation("DEP"):
                raise ValueError(Errors.E043)  # as Token.is_sent_start would: the parse sets them
            column = doc.to_array(SENT_START)
            column[starts] = 1
            doc.from_array([SENT_START], column)
        return doc


class ActorComponent:
    def __init__(self, lexicon: Lexicon, vocab: Vocab | None = None) -> None:
        self.lexicon = lexicon
        if vocab is not None:
            # the gazetteer's PhraseMatcher (every form of every actor tokenized and added) is
            # made with the component, as spaCy's own rule-based pipes build theirs, not at the
            # first Doc
            gazetteer_matcher(lexicon, vocab)

    def __call__(self, doc: Doc) -> Doc:
        table = extract_actor_table(doc, self.lexicon)
        drop_non_actor_mentions(doc, table)  # datelines, bylines, "(Laughter.)"
        outlets_that_only_report(doc, table, self.lexicon)  # "Wikinews has contacted ...", "told VOA"
        names_that_are_no_parties(doc, table, self.lexicon)  # "Brexit", "Buenas tardes", "Time will tell"
        table.index()
        add_description_mentions(doc, self.lexicon, table)  # "a Syrian diplomat" speaks for Syria
        add_described_pronouns(doc, self.lexicon, table)  # "The Egyptian president met X. He called for ...": Egypt
        add_title_actors(doc, table, self.lexicon)  # "Remarks by President Trump and Vice Premier Liu He"
        table.index()
        store_table(doc, table)
        return doc


class QuoteComponent:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        table = table_from_doc(doc)
        quotes = extract_quotes(doc, table, self.lexicon)
        store_table(doc, table)  # transcripts may add speakers
        doc._.ng_quotes = [list(q) for q in quotes]
        return doc


class StanceComponent:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        table = table_from_doc(doc)
        quotes = [QuoteRecord(*q) for q in doc._.ng_quotes or []]
        stances = extract_stances(doc, table, quotes, self.lexicon)
        store_table(doc, table)  # "U.S.-backed" may name an actor the text never names otherwise
        doc._.ng_stances = [list(s) for s in stances]
        drop_doc_tables(doc)  # the last of our components: the rules' per-Doc tables go with it
        return doc


@Language.factory(
    "negotiation_graph_paragraphs_v1",
    assigns=["token.is_sent_start"],
)
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    return ParagraphBoundaries()


_LEXICON_CONFIG = {"cues": "", "stance": "", "roles": "", "issues": "", "groups": "", "gazetteer": "", "names": "", "taxonomy": ""}


@Language.factory(
    "negotiation_graph_actors_v1",
    default_config={"lexicon": _LEXICON_CONFIG},
    # token.pos is read too: the attribute_ruler sets it from token.tag but declares no assigns,
    # so the declared requirement is the tagger's token.tag (nlp.analyze_pipes checks them)
    requires=["doc.ents", "token.ent_type", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.ng_actors", "doc._.ng_quote_marks", "doc.spans"],
)
def make_actor_component(nlp: Language, name: str, lexicon: dict[str, str]) -> ActorComponent:
    return ActorComponent(_lexicon(lexicon), nlp.vocab)


@Language.factory(
    "negotiation_graph_quotes_v1",
    default_config={"lexicon": _LEXICON_CONFIG},
    requires=["doc._.ng_actors", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.ng_quotes"],
)
def make_quote_component(nlp: Language, name: str, lexicon: dict[str, str]) -> QuoteComponent:
    return QuoteComponent(_lexicon(lexicon))


@Language.factory(
    "negotiation_graph_stances_v1",
    default_config={"lexicon": _LEXICON_CONFIG},
    requires=["doc._.ng_actors", "doc._.ng_quotes", "token.dep", "token.tag", "token.lemma", "token.ent_type"],
    assigns=["doc._.ng_stances"],
)
def make_stance_component(nlp: Language, name: str, lexicon: dict[str, str]) -> StanceComponent:
    return StanceComponent(_lexicon(lexicon))


def records_from_doc(doc: Doc) -> tuple[list[LocalActor], list[QuoteRecord], list[StanceRecord]]:
    """Read the components' results back from a Doc, keeping only actors that matter.

    An actor is kept when it acts in the text (not only a venue), speaks, holds or claims a
    stance, or is the affiliation of a kept actor. Indexes are renumbered accordingly.
    """
    actors = [LocalActor(*a)._replace(aliases=tuple(a[3])) for a in doc._.ng_actors or []]
    quotes = [QuoteRecord(*q) for q in doc._.ng_quotes or []]
    stances = [StanceRecord(*s) for s in doc._.ng_stances or []]
    return select_actors(actors, quotes, stances)


def select_actors(actors: list[LocalActor], quotes: list[QuoteRecord], stances: list[StanceRecord]):
    """Drop actors that never act (see :func:`records_from_doc`) and renumber references."""
    used = {q.speaker for q in quotes} | {s.actor for s in stances} | {s.claimed_by for s in stances}
    keep = set()
    for i, actor in enumerate(actors):
        if i in used or (actor.acting and actor.type != "GROUP"):
            keep.add(i)
    changed = True
    while changed:
        changed = False
        for i in list(keep):
            aff = actors[i].affiliation
            if aff >= 0 and aff not in keep:
                keep.add(aff)
                changed = True
    order = sorted(keep)
    new_index = {old: new for new, old in enumerate(order)}

    def remap(i: int) -> int:
        return new_index.get(i, -1)

    kept = [actors[i]._replace(affiliation=remap(actors[i].affiliation)) for i in order]
    quotes = [q._replace(speaker=remap(q.speaker)) for q in quotes]
    stances = [s._replace(actor=remap(s.actor), claimed_by=remap(s.claimed_by)) for s in stances if remap(s.actor) >= 0]
    return kept, quotes, stances
