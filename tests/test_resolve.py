"""Stage 4: canonical actors and issues across documents."""

from __future__ import annotations

import pytest

from pipeline.records import Document, DocResult, LocalActor, StanceRecord
from pipeline.ids import slugify
from pipeline.issues import resolve_issues
from pipeline.resolve import resolve, resolve_actors


def result(doc_id, actors, stances=()):
    return DocResult(document=Document(doc_id=doc_id, path=doc_id, text="x"), actors=tuple(actors), stances=tuple(stances))


def person(name, role="", aff=-1, aff_gaz=""):
    return LocalActor(name=name, type="PERSON", role=role, affiliation=aff, affiliation_gaz=aff_gaz, mentions=1)


def state(gaz_id, name):
    return LocalActor(name=name, type="GPE", gaz_id=gaz_id, mentions=1)


def ids(actors):
    return {a.actor_id: a for a in actors}


def test_transliterations_merge(lexicon):
    actors, mapping = resolve_actors([
        result("a", [person("Volodymyr Zelensky")]),
        result("b", [person("Volodymyr Zelenskyy")]),
        result("c", [person("Volodymyr Zelenskiy")]),
    ], lexicon)
    assert len(actors) == 1
    assert actors[0].actor_id == "volodymyr-zelensky" and set(actors[0].doc_ids) == {"a", "b", "c"}


def test_same_surname_without_evidence_stays_apart(lexicon):
    actors, _ = resolve_actors([
        result("a", [person("Ivanka Trump", role="adviser")]),
        result("b", [person("Trump", role="President")]),
        result("c", [person("Donald Trump", role="President")]),
    ], lexicon)
    by_id = ids(actors)
    assert set(by_id) == {"ivanka-trump", "donald-trump"}
    assert set(by_id["donald-trump"].doc_ids) == {"b", "c"}


def test_bare_surname_with_shared_affiliation_merges(lexicon):
    actors, _ = resolve_actors([
        result("a", [state("turkey", "Turkey"), person("Recep Tayyip Erdoğan", "President", 0, "turkey")]),
        result("b", [state("turkey", "Turkey"), person("Erdogan", "president", 0, "turkey")]),
    ], lexicon)
    by_id = ids(actors)
    assert "recep-tayyip-erdogan" in by_id and set(by_id["recep-tayyip-erdogan"].doc_ids) == {"a", "b"}
    assert by_id["recep-tayyip-erdogan"].affiliation == "turkey"
    assert "Erdogan" in by_id["recep-tayyip-erdogan"].aliases


def test_different_first_names_are_different_people(lexicon):
    actors, _ = resolve_actors([result("a", [person("Kim Jong Un")]), result("b", [person("Kim Yo Jong")])], lexicon)
    assert len(actors) == 2


def test_gazetteer_states_keep_their_id(lexicon):
    actors, _ = resolve_actors([result("a", [state("united-states", "United States")]), result("b", [state("united-states", "United States")])], lexicon)
    assert [a.actor_id for a in actors] == ["united-states"]


def test_overrides_merge_rename_drop(lexicon):
    overrides = {"merge": {"volodymyr-zelensky": ["zelensky"]}, "rename": {"volodymyr-zelensky": "President Zelensky"}, "drop": ["voa"]}
    actors, _ = resolve_actors([
        result("a", [person("Volodymyr Zelensky"), LocalActor(name="VOA", type="ORG", mentions=1)]),
        result("b", [person("Zelensky")]),
    ], lexicon, overrides)
    assert [(a.actor_id, a.name) for a in actors] == [("volodymyr-zelensky", "President Zelensky")]
    assert actors[0].doc_ids == ("a", "b")


def test_issue_clustering(issue_model):
    labels = [("n", "30-day ceasefire"), ("n", "ceasefire"), ("n", "ceasefire"), ("n", "sanctions against Russia"),
              ("n", "recognition of occupied territories"), ("n", "recognition of Russian-occupied territories")]
    issues, mapping = resolve_issues(labels, issue_model)
    assert mapping[("n", "30-day ceasefire")] == mapping[("n", "ceasefire")] == "30-day-ceasefire"
    assert mapping[("n", "recognition of occupied territories")] != mapping[("n", "sanctions against Russia")]
    categories = {i.issue_id: i.category for i in issues}
    assert categories["30-day-ceasefire"] == "ceasefire"
    assert {i.parent for i in issues if i.issue_id == "30-day-ceasefire"} == {"category-ceasefire"}


def test_slugify():
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slugify("  ") == "x"


def test_resolve_builds_rows(lexicon):
    res = result("a", [person("Lindsey Graham", "Senator"), state("russia", "Russia")],
                 [StanceRecord(actor=0, issue="sanctions against Russia", issue_text="sanctions against Russia", polarity="demand",
                               cue="called for", evidence="Graham called for sanctions against Russia.", start=0, end=40)])
    resolved = resolve([res], lexicon)
    assert [s.actor_id for s in resolved.stances] == ["lindsey-graham"]
    assert resolved.stances[0].issue_id == "sanctions-against-russia"
    assert [i.issue_id for i in resolved.issues] == ["sanctions-against-russia"]


def test_issue_wordings_fall_together(issue_model):
    labels = [("n", "recognition of occupied territories"), ("n", "recognition of Russian-occupied territories"),
              ("n", "territorial concessions"), ("n", "concession of territory")]
    _, mapping = resolve_issues(labels, issue_model)
    assert mapping[("n", "recognition of occupied territories")] == mapping[("n", "recognition of Russian-occupied territories")]
    assert mapping[("n", "territorial concessions")] == mapping[("n", "concession of territory")]
    assert mapping[("n", "territorial concessions")] != mapping[("n", "recognition of occupied territories")]


def test_generic_issues_never_join_across_negotiations(issue_model):
    issues, mapping = resolve_issues([("kenya-2015", "talks"), ("colombia-2013", "talks"), ("colombia-2013", "the talks")],
                                     issue_model)
    assert mapping[("kenya-2015", "talks")] != mapping[("colombia-2013", "talks")]
    assert mapping[("colombia-2013", "talks")] == mapping[("colombia-2013", "the talks")]
    assert {i.negotiation_id for i in issues} == {"kenya-2015", "colombia-2013"}


def test_long_labels_keep_their_negotiation_apart(issue_model):
    """Ids are cut at slugify's limit: the negotiation suffix survives, and no issue overwrites another."""
    label = "withdrawal of all foreign troops and mercenaries from the whole territory of the country within ninety days"
    issues, mapping = resolve_issues([("libya-2020", label), ("sudan-2019", label)], issue_model)
    first, second = mapping[("libya-2020", label)], mapping[("sudan-2019", label)]
    assert first != second
    assert first.endswith("-libya-2020") and second.endswith("-sudan-2019")
    assert len(first) <= 80 and len(second) <= 80
    assert {i.issue_id for i in issues} == {first, second}


def test_labels_of_one_slug_in_one_negotiation_are_one_issue(issue_model):
    issues, mapping = resolve_issues([("n", "U.S. troop withdrawal"), ("n", "U-S troop withdrawal")], issue_model)
    assert mapping[("n", "U.S. troop withdrawal")] == mapping[("n", "U-S troop withdrawal")]
    (issue,) = [i for i in issues if i.issue_id == mapping[("n", "U-S troop withdrawal")]]
    assert {issue.label, *issue.aliases} >= {"U.S. troop withdrawal", "U-S troop withdrawal"}


def test_same_quotation_in_two_documents_is_one_quote_node(lexicon):
    from pipeline.records import QuoteRecord

    quote = QuoteRecord("We will not recognize any occupied territories.", "direct", "said", 0, 45, 0)
    a = result("a.txt", [person("Volodymyr Zelensky")])._replace(quotes=(quote,))
    b = result("b.txt", [person("Volodymyr Zelensky")])._replace(quotes=(quote._replace(start=10, end=55),))
    resolved = resolve([a, b], lexicon)
    assert len(resolved.quotes) == 2  # one row per document that reports it
    assert len({q.quote_node for q in resolved.quotes}) == 1
    assert all(q.doc_ids == ("a.txt", "b.txt") for q in resolved.quotes)


@pytest.mark.parametrize("text, said", [
    pytest.param('drop = []\n[merge]\n[merge]\n"a" = ["b"]\n', "add your lines under the one already there",
                 id="table-declared-twice"),
    pytest.param('drop = "voa"\n', 'drop must be a list of ids', id="drop-a-string"),
    pytest.param('[merge]\n"a" = "b"\n', 'merge.a must be ["id", ...]', id="merge-to-a-string"),
    pytest.param('[rename]\n"a" = ["A"]\n', 'rename.a must be "a name"', id="rename-to-a-list"),
    pytest.param('[renames]\n"a" = "A"\n', "renames is not a key of the overrides", id="unknown-table"),
    pytest.param('[negotiations.splits]\n"n" = ["d"]\n', "negotiations.splits is not a key of [negotiations]",
                 id="unknown-negotiations-key"),
    pytest.param('[negotiations.rename]\n"n" = 5\n', 'negotiations.rename.n must be "a name"',
                 id="negotiation-name-a-number"),
])
def test_a_wrong_overrides_file_is_a_config_error_naming_the_key(tmp_path, text, said):
    # a new user appended [merge] under the file's own empty [merge] and got a 100-line traceback
    from pipeline.config import ConfigError
    from pipeline.resolve import load_overrides

    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_overrides(path)
    assert str(path) in str(caught.value) and said in str(caught.value)


def test_a_right_overrides_file_is_read(tmp_path):
    from pipeline.resolve import load_overrides

    path = tmp_path / "overrides.toml"
    path.write_text('drop = ["voa"]\n[merge]\n"a" = ["b", "c"]\n[rename]\n"a" = "Alpha"\n'
                    '[negotiations.rename]\n"n" = "Talks"\n[negotiations.split]\n"m" = ["d.txt"]\n', encoding="utf-8")
    assert load_overrides(path) == {"drop": ["voa"], "merge": {"a": ["b", "c"]}, "rename": {"a": "Alpha"},
                                    "negotiations": {"rename": {"n": "Talks"}, "split": {"m": ["d.txt"]}}}


@pytest.mark.parametrize("text, warned", [
    pytest.param('drop = ["nobody-here"]\n', "drop 'nobody-here'", id="drop-unknown-id"),
    pytest.param('[rename]\n"nobody-here" = "N"\n', "rename 'nobody-here'", id="rename-unknown-id"),
    pytest.param('[negotiations.rename]\n"old-id-2019" = "Talks"\n', "negotiations.rename 'old-id-2019'",
                 id="negotiation-rename-unknown-id"),
    pytest.param('drop = ["russia"]\n[rename]\n"lindsey-graham" = "Sen. Graham"\n', None, id="ids-that-exist"),
])
def test_overrides_that_match_nothing_are_logged(tmp_path, lexicon, caplog, text, warned):
    # a new user's [negotiations.rename] named the id from before an actor merge and did nothing, silently
    res = result("a", [person("Lindsey Graham", "Senator"), state("russia", "Russia")],
                 [StanceRecord(actor=0, issue="sanctions against Russia", issue_text="sanctions against Russia", polarity="demand",
                               cue="called for", evidence="Graham called for sanctions against Russia.", start=0, end=40)])
    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    with caplog.at_level("WARNING", logger="pipeline.resolve"):
        resolve([res], lexicon, path)
    messages = [r.getMessage() for r in caplog.records if r.name == "pipeline.resolve"]
    if warned is None:
        assert messages == []
    else:
        assert len(messages) == 1 and warned in messages[0]
