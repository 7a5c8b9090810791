"""Actor mentions, their clusters, roles, affiliations and references within one document.

Pure functions from a parsed ``Doc`` (and the lexicon) to ``ActorTable``: the document's local
actors and every token span that refers to one of them (names, metonyms, demonyms, titles,
pronouns). Quotation and stance extraction name their speakers and holders through it.

Why rules and not a coreference model: no coreference package for spaCy 3.8 runs offline, and
speaker/holder resolution in news is dominated by a few patterns (surname after full name,
"the president" after "President X", "he said" after a quote) that rules on the parse get right.

The package, one job a module: :mod:`.table` (the ActorTable and token -> actor lookup),
:mod:`.gazetteer` (matching known actors), :mod:`.candidates` (clusters under construction),
:mod:`.names` (person names and their clustering), :mod:`.orgspans` (organisation names the
NER cut in two, joined back), :mod:`.bodies` (state bodies, groups, acronyms), :mod:`.roles` (roles and affiliations), :mod:`.references` (titles, pronouns,
"the government"), and :mod:`.mentions`, which builds the table step by step.
"""

from .mentions import extract_actor_table
from .names import opening_cue_word
from .references import refer
from .table import ActorTable, MentionSpan, actor_of

__all__ = ["ActorTable", "MentionSpan", "actor_of", "extract_actor_table", "opening_cue_word", "refer"]
