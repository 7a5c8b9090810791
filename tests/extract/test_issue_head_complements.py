"""Labels that keep the complement a head names its content with (issue 11, labels round 5;
pipeline/extract/stance/issues.py): the fresh articles' "wrong issue label" misses most often
read the head alone ("opposes a Democratic measure authorizing broader background checks" ->
"Democratic measure", "struck a deal to eliminate Syria's chemical arsenal" -> "deal", "backed
Obama's advice that Britain should remain in the EU" -> "advice"). What an agreement settles in
its infinitive, what a text (bill, law, measure, resolution) enacts in its participle, as in its
relative clause, what advice, a suggestion or an idea holds in its "that" clause, what a halt
or an end is to when the parser hangs "to X" on the verb, and the person endorsed beside the
title that is the verb's object are at stake. Each family has its controls: what stays as it
was."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
AGREEMENT_INFINITIVES = {
    "struck a deal to eliminate": ("Obama struck a deal to eliminate Syria's chemical arsenal.",
                                   ("Obama", "support", "elimination of chemical arsenal")),
    "signed an accord to open": ("Israel signed an accord to open the crossings.",
                                 ("Israel", "support", "opening of crossings")),
    "rejected a deal to cut": ("The union rejected a deal to cut wages.", ("union", "oppose", "cut of wages")),
    "the agreement to withdraw": ("Turkey opposed the agreement to withdraw troops from the border.",
                                  ("Turkey", "oppose", "withdrawal of troops from border")),
    "an agreement to normalize": ("Serbia backed an agreement to normalize relations with Kosovo.",
                                  ("Serbia", "support", "normalization of relations with Kosovo")),
    "a pact to release": ("Hamas welcomed a pact to release the hostages.", ("Hamas", "support", "release of hostages")),
    "a treaty to ban": ("Russia rejected a treaty to ban nuclear tests.", ("Russia", "oppose", "ban on nuclear tests")),
    "an agreement to lay down": ("The rebels signed an agreement to lay down their arms.",
                                 ("rebels", "support", "laying down of arms")),
    "wants a deal to reduce": ("China wants a deal to reduce tariffs.", ("China", "demand", "reduction of tariffs")),
    "an arrangement to ship": ("Iran accepted an arrangement to ship its enriched uranium abroad.",
                               ("Iran", "support", "shipping of enriched uranium")),
    "reached a deal to share": ("Japan and South Korea reached a deal to share military intelligence.",
                                ("South Korea", "support", "sharing of military intelligence")),
    # controls: an agreement alone, talks (themselves at stake), why a definite deal was signed
    "control: the agreement alone": ("Iran rejected the agreement.", ("Iran", "oppose", "agreement")),
    "control: talks to end the war": ("Russia backed talks to end the war.", ("Russia", "support", "talks")),
    "control: signed the deal to show": ("Iran signed the deal to show goodwill.", ("Iran", "support", "deal")),
    "control: the deal, calling it": ("Greece rejected the deal, calling it unfair.", ("Greece", "oppose", "deal")),
}

TEXT_PARTICIPLES = {
    "a measure authorizing": ("Sen. Heidi Heitkamp opposes a Democratic measure authorizing broader background checks.",
                              ("Heidi Heitkamp", "oppose", "authorization of broader background checks")),
    "a bill requiring": ("Senator Smith opposed a bill requiring background checks on all gun sales.",
                         ("Smith", "oppose", "background checks on gun sales")),
    "a measure banning": ("Democrats backed a measure banning assault weapons.",
                          ("Democrats", "support", "ban on assault weapons")),
    "an amendment restricting": ("Republicans rejected an amendment restricting the sale of arms to Saudi Arabia.",
                                 ("Republicans", "oppose", "restriction of sale of arms")),
    "a resolution calling for": ("Japan rejected a resolution calling for sanctions.", ("Japan", "oppose", "sanctions")),
    "backed a resolution calling for": ("Kenya backed a resolution calling for a ceasefire.",
                                        ("Kenya", "support", "ceasefire")),
    "a measure authorizing force": ("Several senators voted against a measure authorizing the use of force.",
                                    ("Several senators", "oppose", "authorization of use of force")),
    "a law raising": ("Macron backed a law raising the retirement age.", ("Macron", "support", "increase of retirement age")),
    "legislation cutting": ("The unions opposed legislation cutting pensions.", ("unions", "oppose", "cut of pensions")),
    "a decree postponing": ("The opposition rejected a decree postponing the elections.",
                            ("opposition", "oppose", "postponement of elections")),
    "a resolution recognizing": ("Turkey rejected a resolution recognizing the Armenian genocide.",
                                 ("Turkey", "oppose", "recognition of Armenian genocide")),
    "a bill repealing": ("Senator Smith rejected a bill repealing the health law.",
                         ("Smith", "oppose", "repeal of health law")),
    "vetoed a resolution ending": ("President Trump vetoed a resolution ending the national emergency.",
                                   ("Trump", "oppose", "end of national emergency")),
    "blocked a bill expanding": ("Mitch McConnell blocked a bill expanding Medicaid.",
                                 ("Mitch McConnell", "oppose", "expansion of Medicaid")),
    "a bill extending": ("Nancy Pelosi supported a bill extending unemployment benefits.",
                         ("Nancy Pelosi", "support", "extension of unemployment benefits")),
    "a motion urging": ("Kenya criticised the motion urging new elections.", ("Kenya", "oppose", "elections")),
    "a bill mandating": ("China opposed a bill mandating sanctions on Hong Kong officials.",
                         ("China", "oppose", "sanctions on Hong Kong officials")),
    # controls: a participle whose verb states no measure leaves the text as it is, and a text its
    # modifiers name keeps its name
    "a bill requiring X to V": ("Senator Smith opposed a bill requiring employers to pay overtime.",
                                ("Smith", "oppose", "payment of overtime")),
    "a law mandating X to V": ("Pope Francis imposed a law mandating priests and nuns to report cases of abuse.",
                               ("Francis", "support", "reporting of cases of abuse")),
    "control: a named measure": ("Cuba strongly rejects the new US blockade measure banning flights.",
                                 ("Cuba", "oppose", "US blockade measure")),
    "control: a law limiting": ("The union opposed a law limiting the right to strike.", ("union", "oppose", "law")),
    "control: the bill alone": ("The unions opposed the bill.", ("unions", "oppose", "bill")),
}

ADVICE_CLAUSES = {
    "advice that X should": ("Clinton backed Obama's advice that Britain should remain in the European Union.",
                             ("Clinton", "support", "remaining in European Union")),
    "suggestion that workers accept": ("The union rejected the suggestion that workers accept a pay cut.",
                                       ("union", "oppose", "acceptance of pay cut")),
    "suggestion that X be lifted": ("Germany welcomed the suggestion that the sanctions be lifted.",
                                    ("Germany", "support", "lifting of sanctions")),
    "suggestion that it freeze": ("Israel rejected the suggestion that it freeze settlement construction.",
                                  ("Israel", "oppose", "freeze of settlement construction")),
    "idea that it should halt": ("Iran rejected the idea that it should halt enrichment.",
                                 ("Iran", "oppose", "halt of enrichment")),
    "notion that they should disarm": ("The rebels rejected the notion that they should disarm.",
                                       ("rebels", "oppose", "disarmament")),
    "idea that the talks should resume": ("Britain welcomed the idea that the talks should resume.",
                                          ("United Kingdom", "support", "resumption of talks")),
    # controls: a clause that tells what happened is a claim, not a content
    "control: suggestion that it had": ("The union rejected the suggestion that it had caused the strike.",
                                        ("union", "oppose", "suggestion")),
}

# an action noun whose "to" phrase the parser hangs on the verb ("urged a halt to X")
HUNG_TO_PHRASES = {
    "urged a halt to": ("Egypt urged a halt to settlement construction.",
                        ("Egypt", "demand", "halt to settlement construction")),
    "demanded a halt to": ("Russia demanded a halt to the fighting.", ("Russia", "demand", "halt to fighting")),
    "welcomed the halt to": ("Hamas welcomed the halt to the bombing.", ("Hamas", "support", "halt to bombing")),
    "a resolution demanding a halt to": ("Russia vetoed a resolution demanding a halt to the fighting.",
                                         ("Russia", "oppose", "halt to fighting")),
    "an immediate halt to": ("The UN called for an immediate halt to the fighting.",
                             ("United Nations", "demand", "immediate halt to fighting")),
    "urged an end to": ("The unions urged an end to the austerity measures.",
                        ("unions", "demand", "end to austerity measures")),
    "sought a halt to": ("Kyiv sought a halt to the shelling.", ("Ukraine", "support", "halt to shelling")),
    "requested a stop to": ("Pakistan requested a stop to the drone strikes.",
                            ("Pakistan", "demand", "stop to drone strikes")),
    "welcomed the end to": ("The UN welcomed the end to the siege.", ("United Nations", "support", "end to siege")),
    "rejected an end to": ("Israel rejected an end to the blockade.", ("Israel", "oppose", "end to blockade")),
    "proposed a halt to a possessed offensive": ("Iran proposed a halt to Iraq's offensive.",
                                                 ("Iran", "propose", "halt to offensive")),
}

# a person endorsed is named beside the title that is the verb's object ("endorsed the party's
# nominee, Donald Trump"): the candidacy of that person, not the title
ENDORSED_APPOSITIVES = {
    "the front-runner, X": ("Christie endorsed the front-runner, Donald Trump.",
                            ("Christie", "support", "candidacy of Donald Trump")),
    "his vice president, X": ("Obama endorsed his vice president, Joe Biden.",
                              ("Obama", "support", "candidacy of Joe Biden")),
    "the party's presumptive nominee, X": ("Ryan endorsed the party's presumptive nominee, Donald Trump.",
                                           ("Ryan", "support", "candidacy of Donald Trump")),
    "his former rival, X": ("Graham endorsed his former rival, Ted Cruz.", ("Graham", "support", "candidacy of Ted Cruz")),
    "the Democratic nominee, X": ("The union endorsed the Democratic nominee, Hillary Clinton.",
                                  ("union", "support", "candidacy of Hillary Clinton")),
    "the Utah senator, X": ("Mitt Romney endorsed the Utah senator, Mike Lee.",
                            ("Mitt Romney", "support", "candidacy of Mike Lee")),
    "our speaker of the House, X": ("Trump endorsed our speaker of the House, Paul Ryan.",
                                    ("Trump", "support", "candidacy of Paul Ryan")),
    "his running mate, X": ("Biden endorsed his running mate, Kamala Harris.",
                            ("Biden", "support", "candidacy of Kamala Harris")),
    "the former governor, X": ("The teachers' union endorsed the former governor, Jerry Brown.",
                               ("teachers' union", "support", "candidacy of Jerry Brown")),
    "her Senate colleague X": ("Warren endorsed her Senate colleague Bernie Sanders.",
                               ("Warren", "support", "candidacy of Bernie Sanders")),
    # control: a thing set beside a thing stays the thing
    "control: the plan, X's wall": ("Christie endorsed the plan, Trump's wall.", ("Christie", "support", "plan")),
}

FAMILIES = {**{f"agreement infinitive: {k}": v for k, v in AGREEMENT_INFINITIVES.items()},
            **{f"text participle: {k}": v for k, v in TEXT_PARTICIPLES.items()},
            **{f"advice clause: {k}": v for k, v in ADVICE_CLAUSES.items()},
            **{f"hung to phrase: {k}": v for k, v in HUNG_TO_PHRASES.items()},
            **{f"endorsed appositive: {k}": v for k, v in ENDORSED_APPOSITIVES.items()}}


@pytest.mark.parametrize(("sentence", "expected"), FAMILIES.values(), ids=FAMILIES.keys())
def test_the_label_keeps_what_the_head_names(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found


ADVICE_CONTENTS = {k: v for k, v in ADVICE_CLAUSES.items() if not k.startswith("control")}
ADVICE_CONTENTS["idea that it should halt the strike"] = (
    "The union rejected the idea that it should halt the strike.", ("union", "oppose", "halt of strike"))
ADVICE_CONTENTS["suggestion that they must raise wages"] = (
    "The employers dismissed the suggestion that they must raise wages.", ("employers", "oppose", "increase of wages"))


@pytest.mark.parametrize(("sentence", "expected"), ADVICE_CONTENTS.values(), ids=ADVICE_CONTENTS.keys())
def test_an_advised_clause_is_no_stance_of_its_own(base_nlp, lexicon, sentence, expected):
    # the clause read as the content ("should halt the strike") is not read again as the holder's
    # own demand: one row, not a support beside the opposition
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found and not [f for f in found if f[0] == expected[0] and f[2] == expected[2] and f != expected], found


# near misses that must give no label of the wrong thing
NEGATIVES = {
    "why a definite deal was signed": ("Iran signed the deal to show goodwill.", "goodwill"),
    "a condemnation is no content": ("Turkey rejected a resolution condemning the attack.", "condemn"),
    "a claim of what happened": ("Iran rejected the idea that it had cheated.", "cheat"),
    "talks keep their label": ("Russia backed talks to end the war.", "end of war"),
    "the idea alone": ("Iran rejected the idea.", "idea"),
}


@pytest.mark.parametrize(("sentence", "wrong"), NEGATIVES.values(), ids=NEGATIVES.keys())
def test_no_label_of_the_wrong_thing(base_nlp, lexicon, sentence, wrong):
    found = stances_of(base_nlp, lexicon, sentence)
    assert not any(label.startswith(wrong) for *_, label in found), found


# rows that must not be read: a claim is no content, whom a thing is sent to is no part of it
NOT_READ = {
    "the notion that X could": ("Iran rejected the notion that it could build a bomb.",
                                ("Iran", "oppose", "construction of bomb")),
    "a recipient of a submitted text": ("Cruz asked the Senate to send the amendment to the states.",
                                        ("Cruz", "demand", "amendment to states")),
    "a person met is no candidacy": ("Trump met the speaker of the House, Paul Ryan.",
                                     ("Trump", "support", "candidacy of Paul Ryan")),
    "the obliged party is no content": ("Pope Francis imposed a law mandating priests and nuns to report cases of abuse.",
                                        ("Francis", "support", "priests")),
}


@pytest.mark.parametrize(("sentence", "wrong"), NOT_READ.values(), ids=NOT_READ.keys())
def test_no_row_of_the_wrong_thing(base_nlp, lexicon, sentence, wrong):
    assert wrong not in stances_of(base_nlp, lexicon, sentence)


XFAILS = {
    "advice that it disarm, read as a relative clause": ("Hamas rejected the advice that it disarm.",
                                                         ("Hamas", "oppose", "disarmament")),
    "talks resume, parsed as a noun": ("Kyiv supported the recommendation that talks resume.",
                                       ("Ukraine", "support", "resumption of talks")),
    "a party as the subject of the clause": ("Moscow dismissed the idea that NATO should expand eastward.",
                                             ("Russia", "oppose", "expansion of NATO")),
    "endorsed with a possessive title, no stance read": ("Sanders endorsed his former rival, Hillary Clinton.",
                                                         ("Sanders", "support", "candidacy of Hillary Clinton")),
    "a participle whose verb names no measure": ("The union opposed a law limiting the right to strike.",
                                                 ("union", "oppose", "limitation of right to strike")),
}


@pytest.mark.xfail(reason="the small parser's reading (a conjunction read as a relative pronoun, a verb tagged a "
                          "noun), a party at stake that the clause reader leaves out, a verb with no noun of "
                          "its action in [normalise] nominalisations (read only through a measure or a content "
                          "verb), or a stance no cue reads ('Sanders endorsed his former rival, X': no row at all)",
                   strict=True)
@pytest.mark.parametrize(("sentence", "expected"), XFAILS.values(), ids=XFAILS.keys())
def test_head_complements_known_failures(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
