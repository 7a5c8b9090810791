"""Backing a person standing for office, found by annotating fresh news of bargaining inside
parties by hand (issue #11, the fresh-text round of the evening of 2026-12-07, branch freshg),
read by the full pipeline; the sentences are our own:

- a verb of backing with a person as its object, or after one of [forms] candidacy_preps
  ([forms] candidacy_verbs: "backed Trump", "cannot support Trump", "would vote for Clinton",
  "voted against Cruz", "came out in support of Cruz") supports or opposes the person's
  candidacy, as "endorsed Trump" did alone before (a person is no issue elsewhere: "met Trump",
  "praised Trump");
- a noun of backing a person ([forms] candidacy_nouns) with the name before it or after "of" /
  "for", set off after a party or after a copula ("Tanden, a Clinton supporter", "Turner, a
  surrogate for Sanders", "Hill, a longtime supporter of Clinton", "Reed is a Cruz backer", also
  as the second of two descriptions: "a California superdelegate and Clinton supporter") is the
  party's support for the candidacy; plurals name no party ("Clinton supporters rallied");
- an office noun ([forms] office_nouns) a person owns is that person's candidacy ("supported Joe
  Biden's candidacy", "endorsed Biden's bid"; "the company's bid" stays a bid, "Ryan's reelection
  bid" keeps its words);
- a candidate noun with "the" or an owner stays a position on the nominee ("would support the
  party's nominee"); only an indefinite one names nobody ("did not endorse another candidate").

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

BACKING_VERBS = [
    C("backed a person", "Senator Maria Lopez backed Donald Trump on Tuesday.",
      E("Maria Lopez", "support", "candidacy of Donald Trump")),
    C("cannot support", "Paul Ryan said he cannot currently support Donald Trump.",
      E("Paul Ryan", "oppose", "candidacy of Donald Trump")),
    C("not ready to support", "Governor Ann Hale said she was not ready to support Donald Trump.",
      E("Ann Hale", "oppose", "candidacy of Donald Trump")),
    C("would vote for", "Bernie Sanders said he would vote for Hillary Clinton.",
      E("Bernie Sanders", "support", "candidacy of Hillary Clinton")),
    C("will not vote for", "Jeb Bush will not vote for Donald Trump.",
      E("Jeb Bush", "oppose", "candidacy of Donald Trump")),
    C("voted against", "Senator Ann Lee voted against Ted Cruz in the primary.",
      E("Ann Lee", "oppose", "candidacy of Ted Cruz")),
    C("no intention of backing", "Governor Ann Hale has no intention of backing Hillary Clinton.",
      E("Ann Hale", "oppose", "candidacy of Hillary Clinton")),
    C("refused to back", "Senator Ann Lee refused to back Donald Trump.",
      E("Ann Lee", "oppose", "candidacy of Donald Trump")),
    C("backed, in a relative clause", "The union, which backed Bernie Sanders last year, met on Monday.",
      E("union", "support", "candidacy of Bernie Sanders")),
    C("is supporting as", "Senator Ann Lee is supporting Bernie Sanders as a superdelegate.",
      E("Ann Lee", "support", "candidacy of Bernie Sanders")),
    C("came out in support of", "Governor Ann Hale came out in support of Ted Cruz.",
      E("Ann Hale", "support", "candidacy of Ted Cruz")),
    C("a pronoun backed", "Hillary Clinton won the primary on Tuesday. Michael Seaman said he is fairly sure he "
      "can't support her.", E("Michael Seaman", "oppose", "candidacy of Hillary Clinton")),
    C("supported a person's candidacy", "Bernie Sanders supported Joe Biden's candidacy.",
      E("Bernie Sanders", "support", "candidacy of Joe Biden")),
    C("asked others to back a person's bid", "Bernie Sanders asked every Democrat to back Joe Biden's bid.",
      E("Bernie Sanders", "demand", "candidacy of Joe Biden")),
    C("threw support behind", "Mayor Tom Reed threw his support behind Joe Biden.",
      E("Tom Reed", "support", "candidacy of Joe Biden"),
      xfail="\"throw one's support behind\" is no cue: the noun \"support\" with \"throw\" is not read"),
]

BACKER_NOUNS = [
    C("a X supporter, set off", "Senator Ann Lee, a Clinton supporter, spoke on Tuesday.",
      E("Ann Lee", "support", "candidacy of Clinton")),
    C("second of two descriptions", "Bob Marsh, a California superdelegate and Hillary Clinton supporter, said it "
      "was over.", E("Bob Marsh", "support", "candidacy of Hillary Clinton")),
    C("a surrogate for X", "Nina Turner, a prominent surrogate for Bernie Sanders, said she had seen emails.",
      E("Nina Turner", "support", "candidacy of Bernie Sanders")),
    C("supporter before a title", "Neera Tanden, a Clinton supporter and president of the Center for American "
      "Progress, asked a question.", E("Neera Tanden", "support", "candidacy of Clinton")),
    C("is a X backer", "Tom Reed is a longtime Ted Cruz backer.", E("Tom Reed", "support", "candidacy of Ted Cruz")),
    C("became a X supporter", "Mayor Tom Reed became a Donald Trump supporter last year.",
      E("Tom Reed", "support", "candidacy of Donald Trump")),
    C("a X delegate", "Jane Doe, a Bernie Sanders delegate from Ohio, spoke at the convention.",
      E("Jane Doe", "support", "candidacy of Bernie Sanders")),
    C("a supporter of X", "Mary Hill, a longtime supporter of Hillary Clinton, went on CNN.",
      E("Mary Hill", "support", "candidacy of Hillary Clinton")),
    C("an early backer of X", "Sam Ortiz, an early backer of Marco Rubio, spoke on Monday.",
      E("Sam Ortiz", "support", "candidacy of Marco Rubio")),
    C("a surname superdelegate", "Bernie Sanders spoke on Monday. Senator Ann Lee, a Sanders superdelegate, said "
      "it was over.", E("Ann Lee", "support", "candidacy of Bernie Sanders")),
    C("a surname supporter, second description", "Bernie Sanders spoke on Monday. Diane Russell, a Maine "
      "legislator and Sanders supporter, said it was over.", E("Diane Russell", "support", "candidacy of Bernie Sanders")),
    C("a lone surname supporter", "Senator Ann Lee, a Sanders supporter, said it was over.",
      E("Ann Lee", "support", "candidacy of Sanders"),
      xfail="a lone surname no actor stands for, tagged as an organisation by the parser, is no person"),
]

CONTROLS = [
    C("met a person", "Senator Maria Lopez met Donald Trump.", A("Maria Lopez")),
    C("praised a person", "Senator Maria Lopez praised Donald Trump.", A("Maria Lopez")),
    C("plural supporters", "Clinton supporters rallied in Ohio on Sunday.", A("Hillary Clinton"), A("Clinton")),
    C("a critic of the president", "Senator Ann Lee, a critic of the president, spoke on Tuesday.", A("Ann Lee")),
    C("the nominee", "Ayotte said she would support the nominee.", E("Ayotte", "support", "nominee")),
    C("the party's nominee", "Ryan has long said that he will support the party's nominee.",
      E("Ryan", "support", "nominee")),
    C("nobody endorsed", "Sheldon Adelson has not endorsed anyone in the race.", A("Sheldon Adelson")),
    C("a supporter of a thing", "Germany has been a strong supporter of the deal.", E("Germany", "support", "deal")),
    C("met supporters of X", "Senator Ann Lee met supporters of Donald Trump in Ohio.", A("Ann Lee")),
    C("a campaign's supporters", "The Clinton campaign's supporters were angry on Monday.", A("Hillary Clinton")),
    C("a delegate to a convention", "Governor Ann Hale, a delegate to the convention, spoke on Monday.",
      A("Ann Hale")),
    C("a company's bid", "The union endorsed the company's bid.", E("union", "support", "bid")),
    C("a person's modified office noun", "Senator Ann Lee endorsed Paul Ryan's reelection bid.",
      E("Ann Lee", "support", "reelection")),
    C("his supporters would back him", "Donald Trump said his supporters would back him.", A("Donald Trump")),
    C("backers are not the person", "Bernie Sanders spoke on Monday. Sanders supporters are threatening to sit out "
      "the election.", A("Bernie Sanders")),
    C("delegates are not the person", "Donald Trump spoke on Monday. Trump delegates said they would protest.",
      A("Donald Trump")),
    C("a word of one's own description", "Tom Hale, a Senate delegate, spoke on Monday.", A("Tom Hale")),
    C("a party's supporter", "Tom Hale, a Labour supporter, spoke on Monday.", A("Tom Hale")),
    C("met him", "Donald Trump spoke in Ohio. Paul Ryan met him on Thursday.", A("Paul Ryan")),
]

CASES = BACKING_VERBS + BACKER_NOUNS + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (BACKING_VERBS, BACKER_NOUNS, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_candidacy_backing(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
