"""The right holder of a stance (issue #11, items 1 and 5; gold README, "Unnamed speakers and
holders" and "Parties named together"). Each table is one construction in ten-odd wordings of our
own, read by the full pipeline (actors with their description mentions, quotes, stances), with
controls that must keep their reading:

- a bare body word in a clause its reporter reports ("a senior Iranian diplomat said the country
  would never ...", "an EU official said the bloc backs ..."): the reporter's own party, of the
  kind the word fits ([state_bodies] reported in roles.toml);
- "they" for one party under a negated "agree to" ("Israeli officials said they would not agree
  to a withdrawal"): a refusal of that party, not two parties failing to agree;
- a threat noun with its owner ("Hamas's threat to walk out of the talks", "the union's threat of
  a strike"): read as the verb would be, held by the owner; a threat no one owns, or one made to
  something ("a threat to peace"), is no one's position;
- a body with no name of its own that acts for whom its participle names ("a delegation led by
  Foreign Minister X", "a team representing Hamas", "a spokesman speaking on behalf of X");
- "he"/"she" whose nearest main-clause subject before is an unnamed official ("The Egyptian
  president met the envoy. He called for a truce."): the official's party, as the description;
- parties that report together ("Israel and Hamas said they had agreed to a truce"): each
  states its position, none claims another's; a bare group named with an organisation ("the union
  and the Ministry of Labour said they ...") is one of the parties named together;
- pins of readings that already hold: pronouns across sentences, capitals for their states,
  unnamed officials for their state, appositions of a person and their office.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


# --- a bare body word in the clause its reporter reports ----------------------------------------
REPORTED_BODIES = [
    ("A senior Iranian diplomat said the country would never give up enrichment.",
     E("Iran", "oppose", "enrichment", red_line=True)),
    ("Iran said the country would never accept a halt to enrichment.",
     E("Iran", "oppose", "halt", red_line=True)),
    ("An EU official said the bloc supported the ceasefire plan.",
     E("European Union", "support", "ceasefire")),
    ("Foreign Minister Ali Rahimi of Iran said the country rejected the freeze.",
     E("Iran", "oppose", "freeze")),
    ("A Turkish diplomat said the country opposed the sale of the jets.",
     E("Turkey", "oppose", "sale")),
    ("Kenya said the nation would not accept foreign troops on its soil.",
     E("Kenya", "oppose", "foreign troops")),
    ("A Chinese official said the country firmly opposed the new tariffs.",
     E("China", "oppose", "tariffs")),
    ("A NATO official said the bloc welcomed the peace talks.",
     E("NATO", "support", "peace talks")),
    # controls: a state named in the clause keeps it; a reporter with no party holds nothing new
    ("A senior Iranian diplomat said Iraq rejected the proposal.",
     E("Iraq", "oppose", "proposal"), A("Iran", "oppose")),
    ("A Russian diplomat said Moscow was ready to consider the plan.",
     E("Russia", "consider", "plan")),
    ("The country rejected the proposal.",
     A("country")),
]
REPORTED_BODIES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(REPORTED_BODIES, REPORTED_BODIES_KNOWN)))
def test_reported_body_is_the_reporters_party(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "they" for one party under a negated "agree to" --------------------------------------------
ONE_PARTY_THEY = [
    ("Israeli officials said they would not agree to a full withdrawal.",
     E("Israel", "oppose", "withdrawal")),
    ("Chinese officials said they would never agree to the new tariffs.",
     E("China", "oppose", "tariffs", red_line=True)),
    ("Turkish officials said they could not agree to the sale of the jets.",
     E("Turkey", "oppose", "sale")),
    ("Israeli officials said they rejected a full withdrawal.",
     E("Israel", "oppose", "withdrawal")),
    # controls: two parties that cannot agree hold no position on what they failed to agree on
    ("Israel and Hamas met in Cairo. They could not agree on a ceasefire.",
     A("Israel"), A("Hamas")),
    ("The president and Congress could not agree on a budget.",
     A("Congress")),
]
ONE_PARTY_THEY_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ONE_PARTY_THEY, ONE_PARTY_THEY_KNOWN)))
def test_they_for_one_party_refuses(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- a threat noun with its owner ---------------------------------------------------------------
OWNED_THREATS = [
    ("Hamas's threat to walk out of the talks alarmed the mediators.",
     E("Hamas", "oppose", "talks")),
    ("The mediators were alarmed by Hamas's threat to walk out of the talks.",
     E("Hamas", "oppose", "talks")),
    ("The union's threat of a strike forced the company back to the table.",
     E("union", "support", "strike")),
    ("The union's threat of an all-out strike worried the ministry.",
     E("union", "support", "all-out strike")),
    ("The rebels' threat to resume fighting was taken seriously.",
     E("rebels", "support", "fighting")),
    ("Washington's threat of sanctions hangs over the talks.",
     E("United States", "support", "sanctions")),
    ("The opposition's threat to reject the budget drew criticism.",
     E("opposition", "oppose", "budget")),
    ("The nurses' threat of a boycott pushed the ministry to talk.",
     E("nurses", "support", "boycott")),
    # controls: no owner, a threat made to something, a warning (said, not threatened)
    ("The threat of war hangs over the talks.", A("war")),
    ("Russia's threat to Ukraine grew.", A("Russia")),
    ("The rebels' threat to the peace process is real.", A("rebels")),
    ("The UN's warning of famine went unheeded.", A("United Nations")),
    ("After weeks of threats to withdraw from the talks, the delegations met again.", A("delegations")),
    ("The union repeated its threat to strike if wages are not paid.",
     E("union", "support", "strike")),
]
OWNED_THREATS_KNOWN = {
    "The union repeated its threat to strike if wages are not paid.":
        "the condition's clause hangs on the threat's act: the reader leaves every stance under an 'if' unread",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(OWNED_THREATS, OWNED_THREATS_KNOWN)))
def test_owned_threat_is_the_owners(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- a body with no name of its own, acting for whom its participle names ----------------------
ACTING_FOR = [
    ("A delegation led by Foreign Minister Ali Rahimi rejected the proposal.",
     E("Ali Rahimi", "oppose", "proposal")),
    ("A delegation led by Iran's foreign minister rejected the proposal.",
     E("Iran", "oppose", "proposal")),
    ("A team representing Hamas demanded an amnesty.",
     E("Hamas", "demand", "amnesty")),
    ("Lawyers representing the Teachers Federation rejected the offer.",
     E("Teachers Federation", "oppose", "offer")),
    ("Negotiators representing the Teachers Federation rejected the offer.",
     E("Teachers Federation", "oppose", "offer"), A("Negotiators")),
    ("A mission headed by Norway's foreign minister proposed new talks.",
     E("Norway", "propose", "talks")),
    ("A mission headed by the Norwegian foreign minister proposed new talks.",
     E("Norway", "propose", "talks")),
    ("A spokesman speaking on behalf of the Teachers Federation rejected the pay offer.",
     E("Teachers Federation", "oppose", "pay")),
    ("An official speaking on behalf of the Kenyan government rejected the call for elections.",
     E("Kenya", "oppose", "elections")),
    # controls: a body with a name of its own keeps it; a person keeps their own stance; a
    # participle set off by commas describes a body its own words name
    ("The research team, led by Anna Berg, proposed a new survey.",
     A("Anna Berg")),
    ("The Karen National Union, led by General Bo Mya, rejected the proposal.",
     E("Karen National Union", "oppose", "proposal")),
    ("Speaking on behalf of the union, Maria Costa rejected the pay offer.",
     E("Maria Costa", "oppose", "pay")),
    ("A team representing the rebels demanded an amnesty.",
     E("rebels", "demand", "amnesty")),
    ("Negotiators for the union rejected the offer of a 4 percent raise.",
     E("union", "oppose", "raise")),
]
ACTING_FOR_KNOWN = {
    "A team representing the rebels demanded an amnesty.":
        "a bare group word after the participle is no actor of the sentence unless it is a subject",
    "Negotiators for the union rejected the offer of a 4 percent raise.":
        "a bare group word after 'for' is no actor of the sentence unless it is a subject",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ACTING_FOR, ACTING_FOR_KNOWN)))
def test_body_acts_for_whom_its_participle_names(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "he"/"she" after an unnamed official: the official's party -------------------------------
DESCRIBED_PRONOUNS = [
    ("A senior Iranian diplomat arrived in Vienna. He rejected the proposal for a freeze.",
     E("Iran", "oppose", "freeze")),
    ("A Turkish official said the talks were useful. She called for a second round.",
     E("Turkey", "demand", "second round")),
    ("The Kenyan president flew to Addis Ababa. He proposed talks with the rebels.",
     E("Kenya", "propose", "talks")),
    ("A Hamas spokesman spoke to reporters on Monday. He rejected the proposal for a long truce.",
     E("Hamas", "oppose", "truce")),
    ("A Chinese diplomat met the envoy in Geneva. She opposed any new sanctions.",
     E("China", "oppose", "sanctions")),
    # controls: a named person as the subject before keeps the pronoun; a pronoun in a quotation
    # is left alone; the subject of a reported clause is no antecedent
    ("A senior Iranian diplomat met Foreign Minister Ahmed Karimi. Karimi arrived late. He rejected the freeze.",
     E("Ahmed Karimi", "oppose", "freeze"), A("Iran")),
    ('A Turkish official spoke on Monday. "She rejected the plan," an aide said.',
     A("Turkey", "oppose")),
    ("A Turkish official said the minister was tired. She called for a second round.",
     E("Turkey", "demand", "second round")),
    ("Italy's finance minister met the lenders. He rejected their calls for more cuts.",
     E("Italy", "oppose", "cuts"), A("Italy", "demand")),
]
DESCRIBED_PRONOUNS_KNOWN = {
    "Italy's finance minister met the lenders. He rejected their calls for more cuts.":
        "'their' is taken for the minister's state, not the lenders named last",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(DESCRIBED_PRONOUNS, DESCRIBED_PRONOUNS_KNOWN)))
def test_pronoun_after_unnamed_official(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- parties that report together: each states its own position, and a bare group among them --
JOINT_REPORTERS = [
    ("Israel and Hamas said they had agreed to a truce.",
     E("Hamas", "support", "truce", claimed_by=""), E("Israel", "support", "truce", claimed_by="")),
    ("Washington and Seoul said they had agreed to share the cost of the troops.",
     E("South Korea", "support", "cost", claimed_by="")),
    ("Serbia and Kosovo said they would both accept the plan.",
     E("Kosovo", "support", "plan", claimed_by="")),
    ("Armenia and Azerbaijan announced that they had agreed to a border commission.",
     E("Azerbaijan", "support", "border commission", claimed_by="")),
    ("The union and the Ministry of Labour said they had agreed to a new wage deal.",
     E("union", "support", "wage deal"), E("Ministry of Labour", "support", "wage deal")),
    ("The Teachers Federation and the Ministry of Education met on Monday. Both parties rejected the mediator's proposal.",
     E("Teachers Federation", "oppose", "proposal"), E("Ministry of Education", "oppose", "proposal")),
    # controls: reporters that name another party claim its position
    ("Egypt and Qatar said Hamas had accepted the truce.",
     E("Hamas", "support", "truce", claimed_by="Egypt")),
    ("Israel said Hamas had agreed to a truce.",
     E("Hamas", "support", "truce", claimed_by="Israel")),
    ("The union and the employers met on Monday. They agreed to a new round of talks.",
     E("union", "support", "talks"), A("union and the employers")),
    ("The rebels and the army met on Monday. They agreed to a truce.",
     E("rebels", "support", "truce"), E("army", "support", "truce")),
]
JOINT_REPORTERS_KNOWN = {
    "The rebels and the army met on Monday. They agreed to a truce.":
        "a bare 'the army' with no state named is no actor, so 'they' names the rebels alone",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(JOINT_REPORTERS, JOINT_REPORTERS_KNOWN)))
def test_joint_reporters_hold_their_own(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- pins: readings that already hold ------------------------------------------------------------
PINS = [
    # a pronoun for the person or body the sentence before names
    ("Foreign Minister Ahmed Karimi arrived in Vienna on Monday. He rejected the European plan for a phased deal.",
     E("Ahmed Karimi", "oppose", "deal")),
    ("Chancellor Anna Weber spoke to reporters in Berlin. She opposed any cap on gas prices.",
     E("Anna Weber", "oppose", "cap")),
    ("The National Union of Miners met the employers on Friday. It rejected the new wage offer.",
     E("National Union of Miners", "oppose", "wage")),
    ("Serbia and Kosovo sent delegations to Brussels. They agreed to a plan on car plates.",
     E("Serbia", "support", "plan"), E("Kosovo", "support", "plan")),
    ("The government of Chad faced new pressure on Monday. It refused to release the detained journalists.",
     E("Chad", "oppose", "release")),
    ("The Egyptian president met the envoy on Tuesday. He called for an immediate truce in the south.",
     E("Egypt", "demand", "truce")),
    ("The dockworkers' union and the port authority met for six hours. They agreed to a new round of talks.",
     E("union", "support", "talks"), E("port authority", "support", "talks")),
    # capitals and seats for their states
    ("Washington rejected the proposal for a joint patrol.", E("United States", "oppose", "joint patrol")),
    ("Beijing insists on a one-China policy.", E("China", "demand", "one-China policy")),
    ("Ankara opposed the sale of the fighter jets.", E("Turkey", "oppose", "sale")),
    # unnamed officials for their state
    ("Palestinian officials rejected the plan for a buffer zone.", E("Palestine", "oppose", "buffer zone")),
    ("A senior U.S. official said Washington would not accept a partial deal.",
     E("United States", "oppose", "partial deal")),
    ("A senior diplomat rejected calls for a new round of sanctions.", A("diplomat")),
    # a person and their office
    ("Ali Rahimi, Iran's top negotiator, said Tehran would not accept a freeze.", E("Iran", "oppose", "freeze")),
    ("The head of the nurses' union, Sara Lind, called for a 10 percent raise.",
     E("Sara Lind", "demand", "10 percent raise")),
]
PINS_KNOWN = {
    "The dockworkers' union and the port authority met for six hours. They agreed to a new round of talks.":
        "a bare 'the port authority' is no actor of its own, so 'they' names the union alone",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PINS, PINS_KNOWN)))
def test_holder_pins(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- the owned-threat rule pinned on hand-built parses (the rule, not the parser) --------------
from pipeline.extract.stance.cues import owned_threat  # noqa: E402
from tests.docs import parse  # noqa: E402

THREAT_TO_QUIT = """
Hamas    Hamas    PROPN NNP poss  2 B-ORG
's       's       PART  POS case  0
threat   threat   NOUN  NN  nsubj 6
to       to       PART  TO  aux   4
quit     quit     VERB  VB  acl   2
talks    talk     NOUN  NNS dobj  4
worried  worry    VERB  VBD ROOT  6
"""
THREAT_OF_STRIKE = """
the      the      DET   DT  det   1
union    union    NOUN  NN  poss  3
's       's       PART  POS case  1
threat   threat   NOUN  NN  nsubj 7
of       of       ADP   IN  prep  3
a        a        DET   DT  det   6
strike   strike   NOUN  NN  pobj  4
worked   work     VERB  VBD ROOT  7
"""
THREAT_OF_WAR = """
the      the      DET   DT  det   1
threat   threat   NOUN  NN  nsubj 4
of       of       ADP   IN  prep  1
war      war      NOUN  NN  pobj  2
grew     grow     VERB  VBD ROOT  4
"""
THREAT_TO_PEACE = """
Russia   Russia   PROPN NNP poss  2 B-GPE
's       's       PART  POS case  0
threat   threat   NOUN  NN  nsubj 5
to       to       ADP   IN  prep  2
peace    peace    NOUN  NN  pobj  3
grew     grow     VERB  VBD ROOT  5
"""
THREAT_OF_FAMINE = """
Iran     Iran     PROPN NNP poss  2 B-GPE
's       's       PART  POS case  0
threat   threat   NOUN  NN  nsubj 5
of       of       ADP   IN  prep  2
famine   famine   NOUN  NN  pobj  3
grew     grow     VERB  VBD ROOT  5
"""

OWNED_THREAT_PARSES = [
    # (parse, index of the threat noun, what the cue is on: the act or measure threatened, or None)
    pytest.param(THREAT_TO_QUIT, 2, "quit", id="owner, infinitive: the act threatened"),
    pytest.param(THREAT_OF_STRIKE, 3, "strike", id="owner, of a measure: the measure"),
    pytest.param(THREAT_OF_WAR, 1, None, id="no owner: no one's position"),
    pytest.param(THREAT_TO_PEACE, 2, None, id="a threat to something: no position"),
    pytest.param(THREAT_OF_FAMINE, 2, None, id="of a thing that is no measure: no position"),
]


@pytest.mark.parametrize(("table", "at", "wanted"), OWNED_THREAT_PARSES)
def test_owned_threat_rule(lexicon, table, at, wanted):
    cue = owned_threat(parse(table)[at], lexicon)
    assert (cue.obj.text if cue is not None else None) == wanted
