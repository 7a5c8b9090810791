"""Stances found by reading fresh news of policy fights (courts, filibusters, trade, labour,
refugees) as a coder would (issue #11, round `freshf`): the general constructions a fresh
hand-annotated set showed, in our own words, each with near misses that must stay as they are.

- A vote or a campaign for a person backs the person's candidacy, as an endorsement does: "she
  plans to vote for Senator Sanders", "the union campaigned for Clinton" ([forms]
  candidacy_verbs with candidacy_preps; "voted for the bill" stays the bill, "fought for the workers" no candidacy).
- A reaction with its manner takes a side: "reacted skeptically to the deal", "responded coolly
  to the offer", "reacted warmly to the proposal" ([phrasal]).
- Verbs of news the lexicon lacked: heralding a thing as a gain ("heralded the deal as a
  breakthrough"; "heralds a new era" foretells: [forms] heralding_verbs), lamenting it ("laments
  hosting so many refugees", [verbs]), slapping a levy on something ("slapped a duty on Chinese
  tyres"; "slapped the table" is none: [forms] levying_verbs, levied_nouns).
- Words that call a measure mad oppose it: "called the pact insanity", "the tariffs are
  madness" ([predicates] oppose; not "crazy", said of people as often).
- What an actor makes its priority, centrepiece or cornerstone it supports: "made the pipeline
  her top priority", "made protecting religious liberty a centerpiece of his campaign", "made it a
  priority to end the war" (`priority_cue`, [forms] priority_nouns); the centrepiece of a speech
  is a topic, not a goal.
- Members a group subject names with "like" hold its stance, as with "including" and "such as":
  "civil rights groups like the ACLU praised the plan" (grammar.EXAMPLE_PREPS); another party's
  argument names no issue, as its position does ("embraced his argument that ...": [normalise]
  attitudes)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

VOTES_FOR_PEOPLE = [
    C("plans to vote for", "Jennifer Hawkins plans to vote for Senator Bernie Sanders.",
      E("Jennifer Hawkins", "support", "candidacy of Bernie Sanders")),
    C("will vote for", "Mark Weddle will vote for Donald Trump in November.",
      E("Mark Weddle", "support", "candidacy of Donald Trump")),
    C("voted for", "Jay Nixon voted for Hillary Clinton in the primary.",
      E("Jay Nixon", "support", "candidacy of Hillary Clinton")),
    C("will not be voting for", "Jennifer Hawkins works at Carrier. She says she will not be voting for Donald Trump.",
      E("Jennifer Hawkins", "oppose", "candidacy of Donald Trump")),
    C("would never vote for", "Meg Whitman said she would never vote for Donald Trump.",
      E("Meg Whitman", "oppose", "candidacy of Donald Trump", red_line=True)),
    C("intends to vote for", "Paul Ryan intends to vote for Donald Trump.",
      E("Paul Ryan", "support", "candidacy of Donald Trump")),
    C("campaigned for", "The Teamsters union campaigned for Hillary Clinton in Ohio.",
      E("Teamsters", "demand", "candidacy of Hillary Clinton")),
    C("urged voters to vote for", "Elizabeth Warren urged voters to vote for Hillary Clinton.",
      E("Elizabeth Warren", "demand", "candidacy of Hillary Clinton")),
    C("a vote for him, pronoun in a quote",
      'Mark Weddle dislikes Donald Trump. "If Trump will kick Carrier\'s ass, then I\'ll vote for him," Weddle said.',
      E("Mark Weddle", "support", "candidacy of Donald Trump"),
      xfail="a person pronoun is no issue (read as the candidacy it moved 'didn't endorse her until July' to an "
            "opposition in Wikinews); 'him' here also refers to no actor of the table"),
    C("cast her ballot for", "Nancy Pelosi cast her ballot for Hillary Clinton.",
      E("Nancy Pelosi", "support", "candidacy of Hillary Clinton"),
      xfail="'cast a ballot for' is no stance phrase of the lexicon"),
]

VOTES_CONTROLS = [
    C("a vote for a bill stays the bill", "Jay Nixon voted for the bill.", E("Jay Nixon", "support", "bill"),
      A("Jay Nixon", "oppose")),
    C("a fight for people is no candidacy", "Jay Nixon fought for the workers.", A("Jay Nixon", "support")),
    C("a first time is no issue", "Jay Nixon voted for the first time.", A("Jay Nixon")),
    C("a person pronoun is no issue", "Jay Nixon praised Donald Trump. Then Nixon endorsed him.",
      A("Jay Nixon", "support")),
]

REACTIONS = [
    C("reacted skeptically to", "Filippo Grandi reacted skeptically to the EU-Turkey deal.",
      E("Filippo Grandi", "oppose", "deal")),
    C("reacted sceptically to", "The Dutch government reacted sceptically to the proposal for a refugee quota.",
      E("Netherlands", "oppose", "refugee quota")),
    C("responded coolly to", "The union responded coolly to the management's pay offer.",
      E("union", "oppose", "pay")),
    C("reacted angrily to", "Beijing reacted angrily to the new tariffs.", E("China", "oppose", "tariffs")),
    C("reacted negatively to", "Angela Merkel reacted negatively to the plan.", E("Angela Merkel", "oppose", "plan")),
    C("reacted warmly to", "Angela Merkel reacted warmly to the French proposal for a summit.",
      E("Angela Merkel", "support", "summit")),
    C("reacted positively to", "The employers reacted positively to the mediator's proposal.",
      E("employers", "support", "proposal")),
    C("distanced herself from", "Hillary Clinton has distanced herself from trade agreements she once supported.",
      E("Hillary Clinton", "oppose", "trade agreements"),
      xfail="'distance oneself from' is left out of the lexicon: it denies a part in a deed as often"),
    C("reacted coolly to", "Poland reacted coolly to the German proposal for a border force.",
      E("Poland", "oppose", "border force")),
    C("responded angrily to", "The teachers' union responded angrily to the pay offer.", E("teachers' union", "oppose", "pay")),
    C("responded warmly to", "Kosovo responded warmly to the invitation to talks in Brussels.",
      E("Kosovo", "support", "talks")),
]

REACTIONS_CONTROLS = [
    C("a plain reaction takes no side", "Angela Merkel reacted to the plan on Monday.", A("Angela Merkel", "oppose"),
      A("Angela Merkel", "support")),
    C("a quick reaction takes no side", "Angela Merkel reacted quickly to the news.", A("Angela Merkel", "oppose")),
    C("a distance kept from a place", "Angela Merkel kept her distance from Moscow.", A("Angela Merkel", "oppose")),
    C("a distance from a deed", '"He is distancing himself from the killing," Hatice Cengiz said.',
      A("Hatice Cengiz", "oppose")),
]

NEW_VERBS = [
    C("heralded as a breakthrough", "Angela Merkel heralded the deal with Turkey as a breakthrough.",
      E("Angela Merkel", "support", "deal")),
    C("heralded the agreement", "Beijing heralded the trade agreement as a new beginning.",
      E("China", "support", "trade agreement")),
    C("heralded as, passive", "The deal was heralded by France as a breakthrough.", E("France", "support", "deal")),
    C("laments hosting", "Recep Tayyip Erdogan laments hosting the growing number of refugees.",
      E("Recep Tayyip Erdogan", "oppose", "hosting")),
    C("lamented the collapse", "Angela Merkel lamented the collapse of the talks.",
      E("Angela Merkel", "oppose", "collapse of talks")),
    C("lamented the cuts", "The union lamented the cuts to pensions.", E("union", "oppose", "cuts")),
    C("slapped tariffs", "The White House slapped tariffs on Chinese steel.", E("United States", "support", "tariffs")),
    C("slapped a duty", "The European Union slapped a duty on Chinese solar panels.",
      E("European Union", "support", "duty")),
    C("slapped sanctions", "Washington slapped new sanctions on Russian banks.",
      E("United States", "support", "sanctions")),
    C("slapped a ban", "India slapped a ban on onion exports.", E("India", "support", "ban")),
    C("the administration slapped, unnamed holder",
      "In 2009, the administration slapped a 35% duty on cheap Chinese truck tires.",
      E("United States", "support", "duty"),
      xfail="'the administration' with no state named before it in the text resolves to no actor"),
]

NEW_VERBS_CONTROLS = [
    C("a report heralds nothing", "The report heralded a new era.", A("report")),
    C("a rise foretells, no 'as'", "The Fed's rate rise heralds a new investment era.", A("Fed"), A("Federal Reserve")),
    C("a slap is no levy", "Angela Merkel slapped the table.", A("Angela Merkel", "support")),
    C("a lament as a reporting verb", '"It is a sad day," Angela Merkel lamented.', A("Angela Merkel")),
]

JUDGED_MAD = [
    C("called X insanity", "Donald Trump called the pact insanity.", E("Donald Trump", "oppose", "pact")),
    C("said X is madness", "Angela Merkel said the tariffs are madness.", E("Angela Merkel", "oppose", "tariffs")),
    C("called X madness", "Boris Johnson called the plan madness.", E("Boris Johnson", "oppose", "plan")),
    C("X would be lunacy", "Rishi Sunak said the windfall tax would be lunacy.", E("Rishi Sunak", "oppose", "windfall tax")),
    C("X is lunacy, in a quote", '"This deal is lunacy," Donald Trump said.', E("Donald Trump", "oppose", "deal")),
    C("called X sheer madness", "The union called the pension reform sheer madness.", E("union", "oppose", "pension reform"),
      xfail="a modifier before a bare predicate noun ('sheer madness') is kept: only those after an article are dropped"),
    C("calls X insanity, present", "Bernie Sanders calls the trade agreement insanity.",
      E("Bernie Sanders", "oppose", "trade agreement")),
    C("it is madness to", "Angela Merkel said it was madness to scrap the deal.", E("Angela Merkel", "oppose", "deal")),
    C("called X 'insanity', quoted", 'Donald Trump has called the TPP pact "insanity."', E("Donald Trump", "oppose", "pact"),
      xfail="with the quotation mark the parser hangs the pact on the predicate as a modifier, with no object"),
    C("12-nation pact 'insanity'", 'Donald Trump has called the 12-nation TPP pact "insanity."',
      E("Donald Trump", "oppose", "pact"),
      xfail="the parser reads 'pact' as a verb after the hyphenated number"),
]

JUDGED_MAD_CONTROLS = [
    C("people called crazy", '"These people are crazy," said Bill Dombrowski.', A("Bill Dombrowski")),
    C("a week of madness", "Angela Merkel said the week was madness.", A("Angela Merkel")),
    C("madness of a person", "Angela Merkel said Putin's madness was to blame.", A("Angela Merkel", "oppose")),
]

PRIORITIES = [
    C("her top priority", "Angela Merkel made the pipeline her top priority.", E("Angela Merkel", "support", "pipeline")),
    C("a centerpiece of his campaign", "Ted Cruz has made protecting religious liberties a centerpiece of his campaign.",
      E("Ted Cruz", "support", "religious liberties")),
    C("the cornerstone of her policy", "Angela Merkel made peace in Ukraine the cornerstone of her foreign policy.",
      E("Angela Merkel", "support", "peace")),
    C("made it a priority to", "Angela Merkel made it a priority to end the war.", E("Angela Merkel", "support", "end of war")),
    C("made it his mission to", "Joe Biden made it his mission to restore the alliance.",
      E("Joe Biden", "support", "restor")),
    C("made X a key priority", "France has made a carbon tax a key priority of its presidency.",
      E("France", "support", "carbon tax")),
    C("made X the hallmark", "Bernie Sanders made opposition to free trade the hallmark of his campaign.",
      E("Bernie Sanders", "oppose", "free trade"),
      xfail="'opposition to X' inside the priority is read as the noun 'opposition', not as its polarity"),
    C("made revitalizing X a priority", "Gov. Chris Christie made revitalizing Atlantic City a priority in his first term.",
      E("Chris Christie", "support", "revitaliz"),
      xfail="the parser takes the place after the gerund for a dative and the priority for the gerund's object"),
    C("a pay rise its top priority", "The union has made a pay rise its top priority.", E("union", "support", "pay rise"),
      xfail="the parser reads 'rise' as a verb whose object is the priority"),
    C("made the wall a centrepiece of his campaign", "Donald Trump made the border wall the centrepiece of his campaign.",
      E("Donald Trump", "support", "wall")),
]

PRIORITIES_CONTROLS = [
    C("not a priority", "Angela Merkel did not make the pipeline a priority.", A("Angela Merkel", "support")),
    C("the centrepiece of his speeches is a topic",
      "Donald Trump made Carrier's move to Mexico a centerpiece of his stump speeches.", A("Donald Trump", "support")),
    C("made a speech", "Angela Merkel made a speech.", A("Angela Merkel")),
    C("made history", "Angela Merkel made history.", A("Angela Merkel")),
]

EXAMPLES_LIKE = [
    C("groups like X", "Rights groups like Amnesty International praised the plan.",
      E("Amnesty International", "support", "plan")),
    C("countries like X and Y", "Countries like France and Germany rejected the plan.",
      E("France", "oppose", "plan"), E("Germany", "oppose", "plan")),
    C("groups like X and Y, a deed",
      "Civil rights groups like the American Civil Liberties Union and the National Association of Criminal Defense "
      "Lawyers praised the attempt to shutter the prison.",
      E("American Civil Liberties Union", "support", "shutter"),
      E("National Association of Criminal Defense Lawyers", "support", "shutter")),
    C("unions like X", "Unions like the Teamsters oppose the trade deal.", E("Teamsters", "oppose", "trade deal")),
    C("senators like X", "Republican senators like Jeff Flake criticized the tariffs.",
      E("Jeff Flake", "oppose", "tariffs")),
    C("companies like X", "Companies like Apple and Microsoft refused to fund the convention.",
      E("Apple", "oppose", "fund"), E("Microsoft", "oppose", "fund")),
    C("allies like X", "Allies like Japan welcomed the agreement.", E("Japan", "support", "agreement")),
    C("leaders like X", "European leaders like Emmanuel Macron have called for a ceasefire.",
      E("Emmanuel Macron", "demand", "ceasefire")),
    C("states like X", "Gulf states like Qatar backed the truce.", E("Qatar", "support", "truce")),
    C("neighbours like X", "Neighbours like Poland have opposed the pipeline.", E("Poland", "oppose", "pipeline")),
]

EXAMPLES_LIKE_CONTROLS = [
    C("a deal like another", "A deal like the one France signed was rejected by Germany.",
      E("Germany", "oppose", "deal"), A("France", "oppose")),
    C("like after the object", "Germany rejected several offers, like the latest one.", E("Germany", "oppose", "offers")),
    C("a pronoun like him", "Senators like him rejected the plan.", E("Senators", "oppose", "plan")),
    # another party's argument names no issue, as its position does
    C("another's argument", "Germany rejected Moscow's argument for a buffer zone.", A("Germany")),
]

TABLES = (VOTES_FOR_PEOPLE, VOTES_CONTROLS, REACTIONS, REACTIONS_CONTROLS, NEW_VERBS, NEW_VERBS_CONTROLS, JUDGED_MAD,
          JUDGED_MAD_CONTROLS, PRIORITIES,
          PRIORITIES_CONTROLS, EXAMPLES_LIKE, EXAMPLES_LIKE_CONTROLS)
CASES = [c for table in TABLES for c in table]


def test_tables_have_enough_cases():
    for table in (VOTES_FOR_PEOPLE, REACTIONS, NEW_VERBS, JUDGED_MAD, PRIORITIES, EXAMPLES_LIKE):
        assert len([c for c in table if not c.xfail]) >= 7
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_fresh_policy_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
