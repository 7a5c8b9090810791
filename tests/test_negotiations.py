"""Negotiations, positions over time and congruence (pipeline/negotiations.py, positions.py)."""

from __future__ import annotations

from collections import namedtuple

import pytest

from pipeline.negotiations import DocFacts, group_documents, name_groups
from pipeline.positions import congruence, shifts, timelines


def facts(doc_id, parties, date="", places=(), issues=()):
    return DocFacts(doc_id, date, frozenset(parties), frozenset(places), frozenset(issues))


@pytest.mark.parametrize("docs, groups", [
    # the same two parties, a month apart: one negotiation
    ([facts("a", {"colombia", "eln"}, "2023-02-01"), facts("b", {"colombia", "eln"}, "2023-03-01")], [["a", "b"]]),
    # unrelated disputes
    ([facts("a", {"colombia", "eln"}), facts("b", {"kenya", "knut"})], [["a"], ["b"]]),
    # the same parties ten years apart: two negotiations
    ([facts("a", {"russia", "united-states"}, "2007-10-25"), facts("b", {"russia", "united-states"}, "2022-01-21")],
     [["a"], ["b"]]),
    # one shared party and one shared specific issue are not enough
    ([facts("a", {"russia", "ukraine"}, issues={"ceasefi"}), facts("b", {"russia", "syria"}, issues={"ceasefi"})],
     [["a"], ["b"]]),
    # an undated document cannot chain two dated disputes of different years
    ([facts("a", {"russia", "united-states"}, "2016-02-12"), facts("b", {"russia", "united-states"}),
      facts("c", {"russia", "united-states"}, "2025-03-11")], [["a", "b"], ["c"]]),
])
def test_grouping(docs, groups):
    assert group_documents(docs) == groups


def test_a_party_present_everywhere_does_not_join_disputes():
    docs = [facts(f"d{i}", {"united-states", f"state{i}"}, issues={"talk"}) for i in range(8)]
    assert len(group_documents(docs)) == 8


def test_names_and_overrides():
    docs = {"a": facts("a", {"colombia", "eln"}, "2023-02-01"), "b": facts("b", {"kenya", "knut"}, "2023-03-01"),
            "c": facts("c", {"kenya", "knut"}, "2023-03-05")}
    names = {"colombia": "Colombia", "eln": "ELN", "kenya": "Kenya", "knut": "KNUT"}
    groups = name_groups([["a"], ["b", "c"]], docs, names, {})
    assert [(g.negotiation_id, g.doc_ids) for g in groups] == [("colombia-eln-2023", ("a",)), ("kenya-knut-2023", ("b", "c"))]
    split = name_groups([["a"], ["b", "c"]], docs, names, {"split": {"teachers-2": ["c"]}})
    assert [g.doc_ids for g in split] == [("a",), ("b",), ("c",)]
    merged = name_groups([["a"], ["b", "c"]], docs, names, {"merge": {"colombia-eln-2023": ["kenya-knut-2023"]}})
    assert [(g.negotiation_id, g.doc_ids) for g in merged] == [("colombia-eln-2023", ("a", "b", "c"))]


S = namedtuple("S", "stance_id doc_id actor_id issue_id polarity claimed_by duplicate")


def test_a_change_of_position_between_dates_is_a_shift():
    stances = [S("s1", "d1", "hamas", "truce", "oppose", "", False),
               S("s2", "d2", "hamas", "truce", "consider", "", False),
               S("s3", "d2", "hamas", "truce", "oppose", "", False),  # the earlier rejection recalled
               S("s4", "d3", "hamas", "truce", "consider", "", False),
               S("s5", "d1", "israel", "truce", "support", "", False),
               S("s6", "d2", "israel", "truce", "support", "", False),
               S("s7", "d0", "hamas", "truce", "support", "", False)]  # undated: no place in time
    dates = {"d1": "2024-05-01", "d2": "2024-05-10", "d3": "2024-05-20"}
    assert shifts(stances, dates) == {"s2": "oppose"}
    steps = timelines(stances, dates)[("hamas", "truce")]
    assert [(s.date, s.polarity, s.shift_from) for s in steps] == [
        ("2024-05-01", "oppose", ""), ("2024-05-10", "consider", "oppose"), ("2024-05-20", "consider", "")]


def test_claims_are_no_shift():
    stances = [S("s1", "d1", "hamas", "truce", "oppose", "", False), S("s2", "d2", "hamas", "truce", "support", "israel", False)]
    assert shifts(stances, {"d1": "2024-05-01", "d2": "2024-05-10"}) == {}


def test_congruence_weights_and_issues():
    stances = [S("1", "d", "a", "ceasefire", "demand", "", False), S("2", "d", "b", "ceasefire", "support", "", False),
               S("3", "d", "a", "hostages", "demand", "", False), S("4", "d", "b", "hostages", "propose", "", False),
               S("5", "d", "a", "timetable", "oppose", "", False), S("6", "d", "b", "timetable", "support", "", False),
               S("7", "d", "c", "timetable", "consider", "", False),  # neutral: neither way
               S("8", "e", "x", "pay", "demand", "", False), S("9", "e", "y", "pay", "oppose", "", False)]
    of_issue = {"ceasefire": "n1", "hostages": "n1", "timetable": "n1", "pay": "n2"}
    pairs = {(c.a, c.b, c.relation): (c.weight, c.issues, c.negotiation_id) for c in congruence(stances, of_issue)}
    assert pairs == {("a", "b", "aligned"): (2, ("ceasefire", "hostages"), "n1"),
                     ("a", "b", "opposed"): (1, ("timetable",), "n1"),
                     ("x", "y", "opposed"): (1, ("pay",), "n2")}
