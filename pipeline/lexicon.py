"""Language knowledge loaded from ``models/``: cue verbs, stance words, roles, issues, groups and
the actor gazetteer. Rules read these tables; none of this vocabulary lives in code.
"""

from __future__ import annotations

import json
import re
import tomllib
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from .records import POLARITIES


class LexiconError(ValueError):
    """A language file is missing or malformed; the message names the file and the problem."""


class GazetteerEntry(NamedTuple):
    """A known actor: a state, an organisation, an armed group or an institution."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    affiliation: str = ""
    tags: tuple[str, ...] = ()

    @property
    def is_state(self) -> bool:
        return self.type == "GPE"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every table the extraction rules use, read once per process."""

    reporting_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    it_phrasing_verbs: frozenset[str]
    issuing_verbs: frozenset[str]
    speaker_after_phrases: tuple[str, ...]
    speech_nouns: frozenset[str]
    transcript_titles: frozenset[str]
    reporter_labels: frozenset[str]
    stance_verbs: dict[str, str]
    stance_phrasal: dict[tuple[str, ...], str]
    stance_adjectives: dict[str, str]
    stance_nouns: dict[str, str]
    stance_participles: dict[str, str]
    negation: dict[str, str]
    hedge_adjectives: frozenset[str]
    hedge_verbs: frozenset[str]
    condition_markers: tuple[str, ...]
    condition_text_markers: tuple[str, ...]
    condition_prepositions: tuple[str, ...]
    red_line_phrases: tuple[str, ...]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    state_bodies: tuple[str, ...]
    anaphoric_bodies: frozenset[str]
    issue_drop: frozenset[str]
    nominalisations: dict[str, str]
    vague_issues: frozenset[str]
    taxonomy: dict[str, tuple[str, ...]]
    group_nouns: tuple[str, ...]
    commentators: frozenset[str] = frozenset()
    undecided: frozenset[str] = frozenset()
    never_adjectives: frozenset[str] = frozenset()  # "is unlikely to ever recognize": a refusal predicted
    counterfactual_modals: frozenset[str] = frozenset()  # "might have rejected": what was not done
    impossibility_nouns: frozenset[str] = frozenset()  # "there is no way we will accept": negated
    deontic: tuple[str, ...] = ()
    predicates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    violation_verbs: frozenset[str] = frozenset()
    violation_phrases: tuple[str, ...] = ()
    evaluation_verbs: frozenset[str] = frozenset()
    value_nouns: frozenset[str] = frozenset()
    commitment_verbs: frozenset[str] = frozenset()
    negating_phrases: tuple[str, ...] = ()
    conceded_verbs: frozenset[str] = frozenset()
    any_refusal_verbs: frozenset[str] = frozenset()
    any_that_refusal_verbs: frozenset[str] = frozenset()  # "will not sign any deal that ...": a red line
    concession_nouns: frozenset[str] = frozenset()
    only_way_nouns: frozenset[str] = frozenset()  # "the only way to end the war is X": X demanded
    travel_verbs: frozenset[str] = frozenset()  # "the only way to reach the island": a route
    impossible_without: frozenset[str] = frozenset()  # "a deal is impossible without X": X demanded
    room_nouns: frozenset[str] = frozenset()  # "there is no room for compromise on X": a red line
    closed_subjects: frozenset[str] = frozenset()  # "the Crimea issue is closed": a red line
    closed_for: frozenset[str] = frozenset()  # "X is closed for discussion": a red line
    ground_nouns: frozenset[str] = frozenset()  # "will not give an inch on pay": refuses the pay
    unconditional_phrases: tuple[str, ...] = ()  # "at any cost": a red line, a supported stance too
    measures: dict[str, str] = field(default_factory=dict)
    agreement_verbs: frozenset[str] = frozenset()
    agreement_objects: frozenset[str] = frozenset()
    # [forms] of stance.toml: word classes of the constructions of issue #11 (surrender verbs,
    # collective holders, precondition nouns, threat verbs ...), each a tuple of lower-case words
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    possessed_bodies: frozenset[str] = frozenset()
    own_bodies: frozenset[str] = frozenset()  # "our government" in a quote: the speaker's side
    # "(an Iranian diplomat said) the country would ...": the reporter's party, by the kind it fits
    reported_bodies: dict[str, str] = field(default_factory=dict)
    title_acronyms: frozenset[str] = frozenset()  # "DAS Escobar", "FM Lavrov": a title's acronym
    # "Ambassador to the United Nations Nikki Haley": title heads whose "to <state or body>" names
    # where the holder is posted, inside the title (the post, not the holder's side)
    posted_title_heads: frozenset[str] = frozenset()
    # "Capt.", "Lt.": ranks abbreviated with a dot, as written; the tokenizer keeps each one token
    rank_abbreviations: tuple[str, ...] = ()
    # "Workers", "Scouts": heads of a proper name a state's name closes ("the Communications Workers
    # of America") that stays the body's
    named_body_heads: frozenset[str] = frozenset()
    description_heads: frozenset[str] = frozenset()
    spokesperson_heads: frozenset[str] = frozenset()
    staff_nouns: frozenset[str] = frozenset()
    description_bodies: frozenset[str] = frozenset()
    referring_people: frozenset[str] = frozenset()
    referring_bodies: frozenset[str] = frozenset()
    # "the company", "management": words for a company, the one named before that no name has
    company_words: frozenset[str] = frozenset()
    # "the kingdom", "the island nation": words with which a described subject is a state named before
    state_descriptions: frozenset[str] = frozenset()
    # "union" -> {"association", "federation", ...}: the other head words of the names of a kind
    kind_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    # "union" -> {"union"}, "group" -> {"armed-group"}: the gazetteer tags of the known actors a word names
    kind_tags: dict[str, frozenset[str]] = field(default_factory=dict)
    # ("north-korea", "south-korea"): the gazetteer ids of a divided country's halves, "the North" first
    divided_states: tuple[tuple[str, str], ...] = ()
    # "the Russian leader", "the top diplomat": a description word -> the roles it describes
    office_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    naming_verbs: frozenset[str] = frozenset()
    # "a student named X", "a protester using the pseudonym X": what gives a description its name
    description_naming_verbs: frozenset[str] = frozenset()
    name_nouns: frozenset[str] = frozenset()
    not_cue_words: frozenset[str] = frozenset()
    cue_idioms: tuple[str, ...] = ()
    remarks_titles: tuple[str, ...] = ()
    answer_labels: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    presenting_verbs: frozenset[str] = frozenset()  # "X touted her record. "..."": the quote after is X's
    infinitive_cues: frozenset[str] = frozenset()
    portent_cues: frozenset[str] = frozenset()
    portent_subjects: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    strong_cues: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    light_actions: frozenset[str] = frozenset()
    aspectual_verbs: frozenset[str] = frozenset()
    subjunctive_verbs: frozenset[str] = frozenset()
    subjunctive_only_verbs: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()
    judgement_verbs: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    complement_nouns: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    reciprocal_issues: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    state_nouns: dict[str, str] = field(default_factory=dict)
    venue_heads: frozenset[str] = frozenset()
    venue_buildings: frozenset[str] = frozenset()
    utterances: frozenset[str] = frozenset()
    effort_verbs: frozenset[str] = frozenset()
    granting_verbs: frozenset[str] = frozenset()
    basis_verbs: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    to_complement_nouns: frozenset[str] = frozenset()
    involvement_phrases: frozenset[str] = frozenset()
    prepositional_actions: frozenset[str] = frozenset()
    manner_nouns: frozenset[str] = frozenset()
    manner_adverbs: dict[str, str] = field(default_factory=dict)
    reported_claim: str = ""
    earlier_markers: frozenset[str] = frozenset()
    infinitive_heads: frozenset[str] = frozenset()
    content_heads: frozenset[str] = frozenset()
    content_verbs: frozenset[str] = frozenset()
    proposed_vehicles: frozenset[str] = frozenset()
    containers: frozenset[str] = frozenset()
    deed_nouns: frozenset[str] = frozenset()
    attitude_nouns: frozenset[str] = frozenset()
    strong_categories: frozenset[str] = frozenset()
    weak_issue_words: frozenset[str] = frozenset()
    female_titles: tuple[str, ...] = ()
    led_bodies: frozenset[str] = frozenset()
    person_led_bodies: frozenset[str] = frozenset()  # "the Clinton campaign": the candidate
    voice_nouns: frozenset[str] = frozenset()
    outlet_names: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    outlet_verbs: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()
    thing_heads: frozenset[str] = frozenset()
    non_actor_words: frozenset[str] = frozenset()
    non_actor_suffixes: tuple[str, ...] = ()
    common_words: frozenset[str] = frozenset()
    non_actor_phrases: tuple[str, ...] = ()
    legislature_bodies: frozenset[str] = frozenset()
    legislator_titles: frozenset[str] = frozenset()
    deputy_words: frozenset[str] = frozenset()
    bare_leaders: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    partitive_nouns: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    party_wing_nouns: frozenset[str] = frozenset()
    workforce_nouns: frozenset[str] = frozenset()
    workforce_generic: frozenset[str] = frozenset()
    workforce_leaders: frozenset[str] = frozenset()
    armed_group_nouns: frozenset[str] = frozenset()
    unaffiliated_speakers: frozenset[str] = frozenset()
    stateless_groups: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    gazetteer: tuple[GazetteerEntry, ...] = ()
    gazetteer_by_id: dict[str, GazetteerEntry] = field(default_factory=dict)
    gazetteer_forms: dict[str, GazetteerEntry] = field(default_factory=dict)
    gazetteer_demonyms: dict[str, GazetteerEntry] = field(default_factory=dict)  # "Syrian" -> Syria


def _toml(path: Path) -> dict[str, Any]:
    try:
        with Path(path).open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise LexiconError(f"language file {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"language file {path} is not valid TOML: {exc}") from exc


# Every table and key a language file may have. ``None``: the table's keys are data (a lemma
# table, the taxonomy's categories), any key is allowed. Anything else is a typo or a leftover
# and is refused, naming the file and the key, so that no entry is silently ignored.
SCHEMA: dict[str, dict[str, frozenset[str] | None]] = {
    "cues": {
        "verbs": frozenset({"lemmas", "clause_only", "belief", "strong", "infinitive", "naming", "description_naming",
                            "not_cues", "idioms",
                            "portent", "portent_subjects", "it_phrasing", "issuing"}),
        "phrases": frozenset({"speaker_after", "nouns", "report_nouns", "works", "messages", "name_nouns", "presenting"}),
        "transcripts": frozenset({"titles", "reporter_labels", "remarks_titles", "answer_labels"}),
    },
    "stance": {
        "verbs": None, "phrasal": None, "adjectives": None, "measures": None, "nouns": None,
        "participles": None, "negation": None,
        "agreement_verbs": frozenset({"lemmas", "objects"}),
        "modality": frozenset({"hedge_adjectives", "never_adjectives", "hedge_verbs", "undecided", "deontic",
                               "impossibility_nouns", "counterfactual_modals"}),
        "predicates": frozenset({"oppose", "support", "demand", "consider", "red_line_oppose", "red_line_demand",
                                 "red_line_negated", "red_line_negated_demand", "extraposed_support", "violation_verbs", "violation_phrases", "evaluation_verbs"}),
        "values": frozenset({"nouns"}),
        "commitments": frozenset({"verbs"}),
        "red_line_forms": frozenset({"negating_phrases", "conceded_verbs", "any_refusal_verbs", "any_that_refusal_verbs", "concession_nouns",
                                             "only_way_nouns", "travel_verbs", "impossible_without",
                                             "room_nouns", "closed_subjects", "closed_for", "ground_nouns"}),
        "conditions": frozenset({"markers", "text_markers", "prepositions"}),
        "red_lines": frozenset({"phrases", "unconditional"}),
        "verb_classes": frozenset({"light", "light_actions", "aspectual", "subjunctive", "subjunctive_only",
                                   "control", "judgement"}),
        "issue_nouns": frozenset({"generic", "complement", "measures", "reciprocal"}),
        "forms": frozenset({"refraining_verbs", "conferring_verbs", "approval_nouns", "using_verbs", "legal_verbs", "legal_nouns", "legal_steps", "legal_modifiers", "court_nouns", "legal_aims_oppose", "challenging_verbs", "appealing_verbs", "averting_verbs", "agreeing_outcomes", "possible_adjectives", "outcome_verbs", "conditioned_refusals", "wanted_modifiers", "held_nouns", "manner_idioms", "wanted_predicates", "head_predicates", "agreed_clause_verbs", "judged_kinds", "classifying_modifiers", "force_verbs", "force_phrases", "hesitation_verbs", "no_question_nouns", "settled_words", "insisted_closed_subjects", "insisting_words", "traded_verbs", "market_preps", "chance_nouns", "prospect_nouns", "red_line_idioms", "prior_conditions", "last_chance_modifiers", "hyphen_participles", "surrender", "demand_nouns", "surrender_noun", "collective", "precondition", "categorical_adverbs", "categorical_verbs", "refused_passives", "refused_only_verbs", "any_settlement_nouns", "any_term_verbs", "placeholder_nouns",
                            "precondition_verbs", "threat", "intransitive", "draw_red_line", "cross_red_line", "regard_as_red_line", "make_red_line", "pressure_nouns", "yielding_verbs",
                            "demand_markers", "red_line_markers", "position_nouns", "courtesy_verbs", "asking_verbs", "poll_shares", "forecast_verbs", "meeting_verbs", "purpose_verbs", "protest_actions", "conditioning_verbs", "inclusion_verbs", "list_heads",
                            "requirement_subjects", "continuative", "endeavour", "joint_verbs", "partnering_verbs", "joining_verbs", "joined_undertakings", "counterpart_nouns", "refused_intents", "interest_nouns", "interest_verbs", "weak_quantifiers", "extracting_verbs", "dropping_verbs",
                            "talk_nouns", "requirement", "echo_markers", "echo_predictions", "outcome_phrasals", "difficulty_adjectives", "forecast_nouns", "need_nouns", "need_verbs", "conceding_verbs", "announcing_verbs", "instrument_nouns", "threat_aims_demand", "threat_aims_oppose", "threat_nouns", "ultimatum_verbs", "time_spans", "motives", "dependence_heads", "proposing_verbs", "decision_verbs", "commissive_verbs", "protest_measures", "goal_nouns", "focus_verbs", "topic_nouns", "illustrating", "agenda_subjects", "moved_forces",
                            "attributing_verbs", "stand_for", "stand_against", "stand_firm", "contesting_verbs", "undoing_verbs", "contests", "contested_things", "received_nouns", "received_verbs", "threatened_protests", "stand_verbs", "addressee_verbs", "nearness", "progress_nouns", "progress_preps", "progress_verbs", "time_nouns", "time_verbs", "neglect_verbs", "neglect_amounts", "neglect_negated_amounts", "blaming_verbs", "empty_blamed_verbs", "continuation_adverbs", "ability_adjectives", "inability_adjectives", "ability_nouns", "measuring_verbs", "wanted_measures", "boycotting_verbs", "part_nouns", "criticising_verbs", "commending_verbs", "criticised_nouns", "striving_verbs", "competing_verbs", "asserting_verbs", "asserted_nouns", "owned_of_nouns",
                            "objection_nouns", "overriding_preps", "umbrella_nouns", "helping_verbs", "leading_verbs", "representing_verbs",
                            "sole_means", "sole_words", "sole_means_preps", "sole_adverbs", "no_alternative", "reliance_verbs", "pressing_verbs",
                            "content_adjectives", "discontent_adjectives", "content_preps", "preparation_nouns",
                            "preparation_verbs", "preparation_preps", "hasty_verbs", "red_line_other_phrasals", "committing_senses", "meet_red_line", "wishing_verbs", "seeing_verbs", "hoping_verbs", "succeeding_verbs", "failing_verbs", "leaving_verbs", "walkout_verbs", "stopping_verbs", "party_nouns", "left_places", "stated_demand_nouns", "protest_preps", "protest_prep_idioms", "pay_nouns", "agreeing_verbs", "ending_verbs", "keeping_verbs", "facilitating_verbs", "arriving_verbs", "handing_verbs", "breaking_verbs", "undertaking_verbs", "purpose_nouns", "purpose_preps", "agent_nouns", "unilateral_phrasals", "authoring_verbs", "authored_nouns", "summary_nouns", "sense_idioms", "bargaining_verbs", "wishing_adjectives", "interest_adjectives", "excluded_polarities", "answering_verbs", "answers", "document_nouns", "talk_units", "addressed_nouns", "attraction_verbs", "candidacy_verbs", "candidacy_preps", "candidacy_nouns", "counterparty_nouns", "candidacy_runs", "priority_nouns", "levying_verbs", "levied_nouns", "heralding_verbs", "remark_verbs", "inquiry_nouns", "running_verbs", "office_nouns", "doubting_verbs", "disposition_nouns", "adopting_verbs", "candidate_nouns", "reopening_verbs", "continuing_verbs", "reopened_agreements"}),
    },
    "roles": {
        "titles": frozenset({"heads", "modifiers", "honorifics", "female", "acronyms", "abbreviations", "posted_heads"}),
        "state_bodies": frozenset({"nouns", "anaphoric", "possessed", "led", "person_led", "own", "reported"}),
        "voices": frozenset({"nouns"}),
        "outlets": frozenset({"names", "heads", "verbs"}),
        "places": frozenset({"nouns", "verbs"}),
        "things": frozenset({"nouns", "heads"}),
        "non_actors": frozenset({"words", "suffixes", "common", "phrases"}),
        "affiliations": frozenset({"bodies", "titles", "deputies", "bare_leaders"}),
        "descriptions": frozenset({"heads", "spokespersons", "bodies", "people", "organisations", "staff", "companies", "kinds",
                                    "states", "tagged", "divided"}),
        "offices": None,
        "named_bodies": frozenset({"heads"}),
    },
    "issues": {
        "normalise": frozenset({"drop", "nominalisations", "vague", "time_nouns", "venue_heads", "venue_buildings", "utterances",
                               "effort_verbs", "granting_verbs", "earlier_markers", "infinitive_heads",
                               "content_heads", "content_verbs", "proposed_vehicles", "state_nouns", "basis_verbs",
                               "partitives", "to_complement_nouns", "involvement_phrases", "prepositional_actions", "manner_nouns", "manner_adverbs",
                               "reported_claim", "containers", "attitudes", "deeds"}),
    },
    "groups": {"groups": frozenset({"nouns", "commentators", "collective", "partitive", "org_heads", "quantities", "party_wings",
                                 "workforce", "workforce_generic", "workforce_leaders", "armed",
                                 "unaffiliated_speakers", "stateless"})},
    "names": {"given_names": frozenset({"female", "male"})},
}
# Polarity values a stance table may give.


def check_keys(data: dict[str, Any], path: Path, kind: str) -> None:
    """Refuse a table or key of language file ``path`` (of kind ``kind``) the schema does not know.

    Raises:
        LexiconError: naming the file and the unknown ``[table]`` or ``[table].key``.
    """
    schema = SCHEMA[kind]
    for table, value in data.items():
        if table not in schema:
            raise LexiconError(f"language file {path}: unknown table [{table}] (known: {', '.join(sorted(schema))})")
        keys = schema[table]
        if keys is None or not isinstance(value, dict):
            continue
        for key in value:
            if key not in keys:
                raise LexiconError(f"language file {path}: unknown key [{table}].{key} (known: {', '.join(sorted(keys))})")


def _check_polarities(data: dict[str, Any], path: Path) -> None:
    """Every polarity a stance table gives is one of the five: a typo would otherwise surface
    only after the whole corpus is parsed. ``[negation]`` maps polarities to polarities."""
    for table in ("verbs", "phrasal", "adjectives", "nouns", "participles", "negation"):
        for key, value in data.get(table, {}).items():
            if value not in POLARITIES:
                raise LexiconError(f"language file {path}: [{table}].{key} = {value!r} is no polarity "
                                   f"({', '.join(sorted(POLARITIES))})")
    for key in data.get("negation", {}):
        if key not in POLARITIES:
            raise LexiconError(f"language file {path}: [negation].{key} is no polarity "
                               f"({', '.join(sorted(POLARITIES))})")


def _get(data: dict[str, Any], path: Path, *keys: str) -> Any:
    node: Any = data
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            raise LexiconError(f"language file {path} lacks [{'.'.join(keys)}]")
        node = node[key]
    return node


def _lower_set(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def load_gazetteer(path: Path) -> tuple[GazetteerEntry, ...]:
    """Read the actor gazetteer (JSON Lines, one actor per line).

    Raises:
        LexiconError: naming the file and line of a malformed entry.
    """
    entries = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise LexiconError(f"gazetteer {path} does not exist") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            raw = json.loads(line)
            entries.append(
                GazetteerEntry(
                    id=raw["id"],
                    name=raw["name"],
                    type=raw.get("type", "ORG"),
                    aliases=tuple(raw.get("aliases") or ()),
                    demonyms=tuple(raw.get("demonyms") or ()),
                    metonyms=tuple(raw.get("metonyms") or ()),
                    affiliation=raw.get("affiliation") or "",
                    tags=tuple(raw.get("tags") or ()),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise LexiconError(f"gazetteer {path}, line {number}: {exc}") from exc
    return tuple(entries)


def _phrasal(table: dict[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(key.lower().split()): value for key, value in table.items()}


@lru_cache(maxsize=8)
def load_lexicon(
    cues: Path, stance: Path, roles: Path, issues: Path, groups: Path, gazetteer: Path | None = None,
    names: Path | None = None, taxonomy: Path | None = None,
) -> Lexicon:
    """Read every language file. Cached: the same paths give the same object. The issue
    categories come from the taxonomy file (``models/taxonomy.toml``), their one home."""
    c, s, r, i, g = (_toml(p) for p in (cues, stance, roles, issues, groups))
    nt = _toml(names) if names and Path(names).exists() else {}
    for data, path, kind in ((c, cues, "cues"), (s, stance, "stance"), (r, roles, "roles"), (i, issues, "issues"),
                             (g, groups, "groups"), (nt, names, "names")):
        check_keys(data, path, kind)
    _check_polarities(s, stance)
    n = nt.get("given_names", {})
    i = {**i, "taxonomy": taxonomy_categories(taxonomy or DEFAULT_TAXONOMY)}
    return _build(c, s, r, i, g, n, cues, stance, roles, issues, groups, gazetteer)


DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / "models" / "taxonomy.toml"


def taxonomy_categories(path: Path) -> dict[str, Any]:
    """The ``[categories]`` table of the issue taxonomy: what extraction reads of it (the rest,
    folding and the stop list, is read by the resolve stage only)."""
    data = _toml(path)
    categories = data.get("categories")
    if not isinstance(categories, dict) or not all(isinstance(v, dict) and "keywords" in v for v in categories.values()):
        raise LexiconError(f"issue taxonomy {path}: [categories.*] tables with keywords are missing")
    return categories


def _build(c, s, r, i, g, n, cues, stance, roles, issues, groups, gazetteer) -> Lexicon:
    entries = load_gazetteer(gazetteer) if gazetteer else ()
    return Lexicon(
        reporting_verbs=_lower_set(_get(c, cues, "verbs", "lemmas")),
        clause_only_verbs=_lower_set(c["verbs"].get("clause_only", [])),
        belief_verbs=_lower_set(c["verbs"].get("belief", [])),
        it_phrasing_verbs=_lower_set(c["verbs"].get("it_phrasing", [])),
        issuing_verbs=_lower_set(c["verbs"].get("issuing", [])),
        naming_verbs=_lower_set(c["verbs"].get("naming", [])),
        description_naming_verbs=_lower_set(c["verbs"].get("description_naming", [])),
        name_nouns=_lower_set(c["phrases"].get("name_nouns", [])),
        not_cue_words=_lower_set(c["verbs"].get("not_cues", [])),
        cue_idioms=tuple(sorted({" ".join(p.lower().replace("\u2019", "'").split()) for p in c["verbs"].get("idioms", [])})),
        speaker_after_phrases=tuple(_get(c, cues, "phrases", "speaker_after")),
        speech_nouns=_lower_set(_get(c, cues, "phrases", "nouns")),
        transcript_titles=frozenset(_get(c, cues, "transcripts", "titles")),
        reporter_labels=frozenset(_get(c, cues, "transcripts", "reporter_labels")),
        stance_verbs=dict(_get(s, stance, "verbs")),
        stance_phrasal=_phrasal(_get(s, stance, "phrasal")),
        stance_adjectives=dict(_get(s, stance, "adjectives")),
        stance_nouns=dict(_get(s, stance, "nouns")),
        stance_participles=dict(s.get("participles", {})),
        negation=dict(_get(s, stance, "negation")),
        hedge_adjectives=_lower_set(_get(s, stance, "modality", "hedge_adjectives")),
        hedge_verbs=_lower_set(_get(s, stance, "modality", "hedge_verbs")),
        never_adjectives=_lower_set(s.get("modality", {}).get("never_adjectives", [])),
        counterfactual_modals=_lower_set(s.get("modality", {}).get("counterfactual_modals", [])),
        condition_markers=tuple(_get(s, stance, "conditions", "markers")),
        condition_text_markers=tuple(s["conditions"].get("text_markers", [])),
        condition_prepositions=tuple(_get(s, stance, "conditions", "prepositions")),
        red_line_phrases=tuple(p.lower() for p in _get(s, stance, "red_lines", "phrases")),
        unconditional_phrases=tuple(p.lower() for p in s.get("red_lines", {}).get("unconditional", [])),
        undecided=_lower_set(s["modality"].get("undecided", [])),
        impossibility_nouns=_lower_set(s["modality"].get("impossibility_nouns", [])),
        deontic=tuple(s["modality"].get("deontic", [])),
        predicates={k: tuple(p.lower() for p in v) for k, v in s.get("predicates", {}).items()
                    if not k.startswith(("violation_", "evaluation_"))},
        violation_verbs=_lower_set(s.get("predicates", {}).get("violation_verbs", [])),
        violation_phrases=tuple(s.get("predicates", {}).get("violation_phrases", [])),
        evaluation_verbs=_lower_set(s.get("predicates", {}).get("evaluation_verbs", [])),
        value_nouns=_lower_set(s.get("values", {}).get("nouns", [])),
        commitment_verbs=_lower_set(s.get("commitments", {}).get("verbs", [])),
        negating_phrases=tuple(s.get("red_line_forms", {}).get("negating_phrases", [])),
        conceded_verbs=_lower_set(s.get("red_line_forms", {}).get("conceded_verbs", [])),
        any_refusal_verbs=_lower_set(s.get("red_line_forms", {}).get("any_refusal_verbs", [])),
        any_that_refusal_verbs=_lower_set(s.get("red_line_forms", {}).get("any_that_refusal_verbs", [])),
        concession_nouns=_lower_set(s.get("red_line_forms", {}).get("concession_nouns", [])),
        only_way_nouns=_lower_set(s.get("red_line_forms", {}).get("only_way_nouns", [])),
        travel_verbs=_lower_set(s.get("red_line_forms", {}).get("travel_verbs", [])),
        impossible_without=_lower_set(s.get("red_line_forms", {}).get("impossible_without", [])),
        room_nouns=_lower_set(s.get("red_line_forms", {}).get("room_nouns", [])),
        closed_subjects=_lower_set(s.get("red_line_forms", {}).get("closed_subjects", [])),
        closed_for=_lower_set(s.get("red_line_forms", {}).get("closed_for", [])),
        ground_nouns=_lower_set(s.get("red_line_forms", {}).get("ground_nouns", [])),
        measures={k.lower(): v for k, v in s.get("measures", {}).items()},
        agreement_verbs=_lower_set(s.get("agreement_verbs", {}).get("lemmas", [])),
        agreement_objects=_lower_set(s.get("agreement_verbs", {}).get("objects", [])),
        forms={k: (v.lower(),) if isinstance(v, str) else tuple(x.lower() for x in v) for k, v in s.get("forms", {}).items()},
        title_heads=_lower_set(_get(r, roles, "titles", "heads")),
        title_modifiers=_lower_set(_get(r, roles, "titles", "modifiers")),
        title_acronyms=_lower_set(r["titles"].get("acronyms", [])),
        posted_title_heads=_lower_set(r["titles"].get("posted_heads", [])),
        rank_abbreviations=tuple(r["titles"].get("abbreviations", [])),
        named_body_heads=_lower_set(r.get("named_bodies", {}).get("heads", [])),
        honorifics=_lower_set(_get(r, roles, "titles", "honorifics")),
        state_bodies=tuple(n.lower() for n in _get(r, roles, "state_bodies", "nouns")),
        anaphoric_bodies=_lower_set(_get(r, roles, "state_bodies", "anaphoric")),
        possessed_bodies=_lower_set(r["state_bodies"].get("possessed", [])),
        own_bodies=_lower_set(r["state_bodies"].get("own", [])),
        reported_bodies=dict(entry.lower().split(":") for entry in r["state_bodies"].get("reported", [])),
        description_heads=_lower_set(r.get("descriptions", {}).get("heads", [])),
        spokesperson_heads=_lower_set(r.get("descriptions", {}).get("spokespersons", [])),
        staff_nouns=_lower_set(r.get("descriptions", {}).get("staff", [])),
        description_bodies=_lower_set(r.get("descriptions", {}).get("bodies", [])),
        referring_people=_lower_set(r.get("descriptions", {}).get("people", [])),
        referring_bodies=_lower_set(r.get("descriptions", {}).get("organisations", [])),
        company_words=_lower_set(r.get("descriptions", {}).get("companies", [])),
        state_descriptions=_lower_set(r.get("descriptions", {}).get("states", [])),
        kind_heads=_kind_heads(r.get("descriptions", {}).get("kinds", [])),
        kind_tags=_kind_heads(r.get("descriptions", {}).get("tagged", [])),
        divided_states=tuple(tuple(e.lower().split(":", 1)) for e in r.get("descriptions", {}).get("divided", [])),
        office_words={k.lower(): tuple(v.lower() for v in vs) for k, vs in r.get("offices", {}).items()},
        infinitive_cues=_lower_set(c["verbs"].get("infinitive", [])),
        portent_cues=_lower_set(c["verbs"].get("portent", [])),
        portent_subjects=_lower_set(c["verbs"].get("portent_subjects", [])),
        report_nouns=_lower_set(c["phrases"].get("report_nouns", [])),
        work_nouns=_lower_set(c["phrases"].get("works", [])),
        message_nouns=_lower_set(c["phrases"].get("messages", [])),
        presenting_verbs=_lower_set(c["phrases"].get("presenting", [])),
        remarks_titles=tuple(t.lower() for t in c["transcripts"].get("remarks_titles", [])),
        answer_labels=frozenset(c["transcripts"].get("answer_labels", [])),
        issue_drop=_lower_set(_get(i, issues, "normalise", "drop")),
        nominalisations={k.lower(): v for k, v in _get(i, issues, "normalise", "nominalisations").items()},
        vague_issues=_lower_set(_get(i, issues, "normalise", "vague")),
        time_nouns=_lower_set(i["normalise"].get("time_nouns", [])),
        state_nouns={k.lower(): v for k, v in i["normalise"].get("state_nouns", {}).items()},
        venue_heads=_lower_set(i["normalise"].get("venue_heads", [])),
        venue_buildings=_lower_set(i["normalise"].get("venue_buildings", [])),
        utterances=_lower_set(i["normalise"].get("utterances", [])),
        effort_verbs=_lower_set(i["normalise"].get("effort_verbs", [])),
        granting_verbs=_lower_set(i["normalise"].get("granting_verbs", [])),
        basis_verbs=_lower_set(i["normalise"].get("basis_verbs", [])),
        partitives=_lower_set(i["normalise"].get("partitives", [])),
        to_complement_nouns=_lower_set(i["normalise"].get("to_complement_nouns", [])),
        involvement_phrases=_lower_set(i["normalise"].get("involvement_phrases", [])),
        prepositional_actions=_lower_set(i["normalise"].get("prepositional_actions", [])),
        manner_nouns=_lower_set(i["normalise"].get("manner_nouns", [])),
        manner_adverbs={k.lower(): v.lower() for k, v in i["normalise"].get("manner_adverbs", {}).items()},
        reported_claim=str(i["normalise"].get("reported_claim", "")).lower(),
        earlier_markers=_lower_set(i["normalise"].get("earlier_markers", [])),
        infinitive_heads=_lower_set(i["normalise"].get("infinitive_heads", [])),
        content_heads=_lower_set(i["normalise"].get("content_heads", [])),
        content_verbs=_lower_set(i["normalise"].get("content_verbs", [])),
        proposed_vehicles=_lower_set(i["normalise"].get("proposed_vehicles", [])),
        containers=_lower_set(i["normalise"].get("containers", [])),
        deed_nouns=_lower_set(i["normalise"].get("deeds", [])),
        attitude_nouns=_lower_set(i["normalise"].get("attitudes", [])),
        taxonomy={k: tuple(w.lower() for w in v["keywords"]) for k, v in i["taxonomy"].items()},
        group_nouns=tuple(x.lower() for x in _get(g, groups, "groups", "nouns")),
        commentators=_lower_set(g["groups"].get("commentators", [])),
        female_names=_lower_set(n.get("female", [])),
        male_names=_lower_set(n.get("male", [])),
        **_word_classes(c, s, r, i, g),
        gazetteer=entries,
        gazetteer_by_id={e.id: e for e in entries},
        gazetteer_forms={form: e for e in entries for form in (e.name, *e.aliases, *e.metonyms)},
        gazetteer_demonyms={d: e for e in entries for d in e.demonyms},
    )


def _word_classes(c, s, r, i, g) -> dict[str, Any]:
    """The word classes the rules read differently (light verbs, generic heads, place nouns ...)."""
    vc, nouns = s.get("verb_classes", {}), s.get("issue_nouns", {})
    return dict(
        strong_cues=_lower_set(c["verbs"].get("strong", [])),
        light_verbs=_lower_set(vc.get("light", [])),
        light_actions=_lower_set(vc.get("light_actions", [])),
        aspectual_verbs=_lower_set(vc.get("aspectual", [])),
        subjunctive_verbs=_lower_set(vc.get("subjunctive", [])),
        subjunctive_only_verbs=_lower_set(vc.get("subjunctive_only", [])),
        control_verbs=_lower_set(vc.get("control", [])),
        judgement_verbs=_lower_set(vc.get("judgement", [])),
        generic_heads=_lower_set(nouns.get("generic", [])),
        complement_nouns=_lower_set(nouns.get("complement", [])),
        measure_nouns=_lower_set(nouns.get("measures", [])),
        reciprocal_issues=_lower_set(nouns.get("reciprocal", [])),
        strong_categories=frozenset(k for k, v in i["taxonomy"].items() if v.get("concrete", True)),
        weak_issue_words=_lower_set(w for v in i["taxonomy"].values() for w in v.get("not_concrete", [])),
        female_titles=tuple(w.lower() for w in r["titles"].get("female", [])),
        led_bodies=_lower_set(r["state_bodies"].get("led", [])),
        person_led_bodies=_lower_set(r["state_bodies"].get("person_led", [])),
        voice_nouns=_lower_set(r.get("voices", {}).get("nouns", [])),
        outlet_names=_lower_set(r.get("outlets", {}).get("names", [])),
        outlet_heads=_lower_set(r.get("outlets", {}).get("heads", [])),
        outlet_verbs=_lower_set(r.get("outlets", {}).get("verbs", [])),
        place_nouns=_lower_set(r.get("places", {}).get("nouns", [])),
        place_verbs=_lower_set(r.get("places", {}).get("verbs", [])),
        thing_nouns=_lower_set(r.get("things", {}).get("nouns", [])),
        thing_heads=_lower_set(r.get("things", {}).get("heads", [])),
        non_actor_words=_lower_set(r.get("non_actors", {}).get("words", [])),
        non_actor_suffixes=tuple(w.lower() for w in r.get("non_actors", {}).get("suffixes", [])),
        common_words=_lower_set(r.get("non_actors", {}).get("common", [])),
        non_actor_phrases=tuple(" ".join(w.lower().split()) for w in r.get("non_actors", {}).get("phrases", [])),
        legislature_bodies=_lower_set(r.get("affiliations", {}).get("bodies", [])),
        legislator_titles=_lower_set(r.get("affiliations", {}).get("titles", [])),
        deputy_words=_lower_set(r.get("affiliations", {}).get("deputies", [])),
        bare_leaders=_lower_set(r.get("affiliations", {}).get("bare_leaders", [])),
        collective_nouns=_lower_set(g["groups"].get("collective", [])),
        partitive_nouns=_lower_set(g["groups"].get("partitive", [])),
        org_heads=_lower_set(g["groups"].get("org_heads", [])),
        quantity_nouns=_lower_set(g["groups"].get("quantities", [])),
        party_wing_nouns=_lower_set(g["groups"].get("party_wings", [])),
        workforce_nouns=_lower_set(g["groups"].get("workforce", [])),
        workforce_generic=_lower_set(g["groups"].get("workforce_generic", [])),
        workforce_leaders=_lower_set(g["groups"].get("workforce_leaders", [])),
        armed_group_nouns=_lower_set(g["groups"].get("armed", [])),
        unaffiliated_speakers=_lower_set(g["groups"].get("unaffiliated_speakers", [])),
        stateless_groups=_lower_set(g["groups"].get("stateless", [])),
    )


def _kind_heads(entries: list[str]) -> dict[str, frozenset[str]]:
    """"union:association" entries as word -> the head words that name one of its kind."""
    kinds: dict[str, set[str]] = {}
    for entry in entries:
        word, _, head = entry.lower().partition(":")
        kinds.setdefault(word, set()).add(head)
    return {word: frozenset(heads) for word, heads in kinds.items()}


@lru_cache(maxsize=64)
def entry_pairs(*lists: tuple[str, ...]) -> dict[str, str]:
    """The "word:other" entries of word lists ("count:on", "implore:", "no:oppose") as one table
    word -> other ("" where nothing follows the colon), a later entry of a word overriding an
    earlier one; made once per set of lists (the rules ask at every word: read only)."""
    return {word: other for entries in lists for word, _, other in (entry.partition(":") for entry in entries)}


_T = TypeVar("_T")
# lexicon -> {build function: what it built}; a Lexicon is hashed by identity (eq=False) and the
# entry goes with it
_DERIVED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def derived(lexicon: Lexicon, build: Callable[[Lexicon], _T]) -> _T:
    """What ``build`` makes of ``lexicon`` (a table compiled from its word lists, a cache kept
    across Docs), made once per lexicon. ``build`` must be a module-level function: it is the key."""
    table = _DERIVED.get(lexicon)
    if table is None:
        table = _DERIVED[lexicon] = {}
    try:
        return table[build]
    except KeyError:
        value = table[build] = build(lexicon)
        return value


def lexicon_for(settings: Any) -> Lexicon:
    """The lexicon named by a :class:`~pipeline.config.Settings`."""
    return load_lexicon(
        settings.cues, settings.stance, settings.roles, settings.issues, settings.groups, settings.gazetteer,
        settings.names, settings.taxonomy,
    )


def unread_fields(code_root: Path) -> list[str]:
    """Fields of :class:`Lexicon` that no module under ``code_root`` (but this one) reads as
    ``.field``: language-file keys loaded for nothing. Empty when every table is used."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(code_root).rglob("*.py"))
                     if p.resolve() != Path(__file__).resolve())
    return [name for name in Lexicon.__dataclass_fields__ if not re.search(rf"\.{name}\b", code)]
