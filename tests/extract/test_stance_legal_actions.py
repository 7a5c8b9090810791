"""Legal action against an issue (issue #11, stance recall: deliberate acts), read by the full
pipeline. The gold conventions count "suing to stop" as a stance by a deliberate act; the tables
read "sued to block X" (the aim a stance verb) but not the other ways news says it:

- what a legal step is for ([forms] legal_verbs, legal_nouns, legal_steps with legal_modifiers,
  court_nouns; its aims threat_aims_demand, threat_aims_oppose and legal_aims_oppose): "sued to
  stop the deportations", "went to court to halt the tariffs", "filed a lawsuit to overturn the
  ban" oppose what the step is for; "went to court to force the government to publish the report"
  demands the publication. No red line: going to court is no ultimatum.
- what a legal step is against: "sued the ministry over the reform", "filed suit against the
  permit", "took legal action against the law", "sought an injunction against the levy",
  "launched a legal challenge to the quotas", "lodged an appeal against the verdict",
  "challenged the dismissals in court" ([forms] challenging_verbs with a court), "appealed the
  ruling" ([forms] appealing_verbs) oppose it.

Controls: a party sued ("sued the newspaper", "filed a case against Germany"), a passive ("the
company was sued over the merger": the company takes no step), a bare "went to court", a time
("over the weekend"), a bare idiom ("against the law", "against the wishes of"), a challenge to a
person or a debate, "appealed to both sides" (a plea, read as such), a court that rules.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_news_forms import NoIssue
from .test_stance_pairs import Expect as E

AIMS = [
    C("sued to stop", "Amnesty International sued to stop the deportations.",
      E("Amnesty International", "oppose", "deportations")),
    C("went to court to halt", "The union went to court to halt the privatisation.",
      E("union", "oppose", "privatisation"), A("union", "support")),
    C("filed a lawsuit to overturn", "The ACLU filed a lawsuit to overturn the travel ban.",
      E("ACLU", "oppose", "travel ban")),
    C("is suing to reverse", "The union is suing to reverse the job cuts.",
      E("union", "oppose", "job cuts")),
    C("went to court to force", "The nurses' union went to court to force the government to publish the report.",
      E("nurses' union", "demand", "report")),
    C("sought an injunction to stop", "Greenpeace sought an injunction to stop the drilling.",
      E("Greenpeace", "oppose", "drilling")),
    C("took legal action to prevent", "The farmers took legal action to prevent the evictions.",
      E("farmers", "oppose", "evictions")),
    C("sued to block (a stance verb already)", "The ACLU sued to block the new rule.",
      E("ACLU", "oppose", "rule")),
    C("filed a suit to annul", "Poland filed a suit to annul the directive.",
      E("Poland", "oppose", "directive")),
    C("sued, no red line", "Hungary sued to stop the migrant quotas.",
      E("Hungary", "oppose", "migrant quotas", red_line=False)),
]

TARGETS = [
    C("sued X over", "The teachers' union sued the ministry over the pension reform.",
      E("teachers' union", "oppose", "pension reform")),
    C("filed suit against", "Greenpeace filed suit against the drilling permit.",
      E("Greenpeace", "oppose", "drilling permit")),
    C("took legal action against", "The union took legal action against the election law.",
      E("union", "oppose", "election law")),
    C("sought an injunction against", "The farmers sought an injunction against the new levy.",
      E("farmers", "oppose", "levy"), A("farmers", "support")),
    C("launched a legal challenge to", "Hungary launched a legal challenge to the migrant quotas.",
      E("Hungary", "oppose", "migrant quotas"), A("Hungary", "support")),
    C("lodged an appeal against", "The union lodged an appeal against the verdict.",
      E("union", "oppose", "verdict")),
    C("challenged in court", "The miners' union challenged the dismissals in court.",
      E("miners' union", "oppose", "dismissals")),
    C("appealed the ruling", "Poland appealed the ruling.",
      E("Poland", "oppose", "ruling")),
    C("filed a complaint against", "Slovakia filed a complaint against the quota plan at the European Court.",
      E("Slovakia", "oppose", "quota plan")),
    C("took X to court over", "Exxon took the government to court over the windfall tax.",
      E("Exxon", "oppose", "windfall tax")),
    C("challenged in court: the court is no part of the label", "The nurses' union challenged the dismissals in court.",
      NoIssue("nurses' union", "court"),
      xfail="the label keeps the 'in court' the parser hangs on the object ('dismissals in court')"),
    C("against a party, over a law", "The ACLU filed a lawsuit against the state of Montana over its voting law.",
      E("ACLU", "oppose", "voting law"), NoIssue("ACLU", "state")),
    C("contested in court", "Italy contested the fine in court.",
      E("Italy", "oppose", "fine")),
]

CONTROLS = [
    C("went to court, no issue", "The union went to court on Monday.",
      A("union")),
    C("sued a party", "The union sued the newspaper.",
      A("union")),
    C("sued a person", "Amnesty International sued the police officer.",
      A("Amnesty International")),
    C("a case against a state", "Nicaragua filed a case against Germany at the International Court of Justice.",
      A("Nicaragua")),
    C("passive: sued over", "The company was sued over the merger.",
      A("company")),
    C("report over the weekend", "Greenpeace filed its annual report over the weekend.",
      A("Greenpeace")),
    C("a case against a government of a state", "The union filed a lawsuit against the government of Kenya.",
      A("union")),
    C("sued for damages", "The union sued for damages.",
      A("union")),
    C("challenged a person", "The prime minister challenged the opposition leader to a debate.",
      A("opposition leader")),
    C("a court rules", "The court ruled against the union.",
      A("union")),
    C("lost its case", "The union lost its court case.",
      A("union")),
    C("against the law, an idiom", "The union filed a lawsuit against the wishes of its members.",
      A("union")),
    C("challenged the results, no court", "The opposition party challenged the results.",
      A("opposition party", "oppose")),
]

CASES = AIMS + TARGETS + CONTROLS


def test_table_has_enough_cases():
    assert len(AIMS) >= 10 and len(TARGETS) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_legal_action(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
