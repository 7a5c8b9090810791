"""Stances: who supports, opposes, proposes, demands or considers what, on what condition, and
which positions are red lines. Read from the dependency parse with the tables of
``models/lexicons/stance.toml``.

The rule, in short: find a stance cue (verb, phrasal verb, predicative adjective, noun,
participle, an evaluation such as 'called the deal "null and void"', a predicate such as
"X is non-negotiable", a committed or refused action such as "will lift", "will not recognize",
or an obligation in someone's words), its holder (subject, agent, possessor, the speaker of
the quotation for "we"/"I", the reporter for an evaluation or an obligation) and its object as
the issue. When the object is itself an action ("rejects recognizing X", "refused to sign",
"is ready to move forward with"), read through to it. Polarity comes from tables, not
arithmetic: the cue's polarity composed with the embedded cue's, then the negation table, then
modality (hedges and predictions make a stance ``consider``). Conditions come from
if/unless/provided/as long as/without. A stance inside a clause reported by someone else
("X claimed that Y was open to Z") is Y's, with ``claimed_by`` = X. Questions and clauses
inside a condition ("unless Israel withdraws") state no stance.

The package, one job a module: :mod:`.cues` (lexical cues), :mod:`.constructions` (cues read
from a construction), :mod:`.forms` (the news constructions of red lines, things given up,
preconditions, threats and holders named together), :mod:`.holders`, :mod:`.issues`,
:mod:`.polarity` (composition, negation, modality, conditions), :mod:`.demands` (reading through
embedded cues, and what a stance's conditions demand), :mod:`.red_lines`, and :mod:`.reading`,
which puts them together.
"""

from .cues import find_cue
from .reading import extract_stances

__all__ = ["extract_stances", "find_cue"]
