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


@pytest.mark.parametrize("date, expected", [
    pytest.param("2023-02-01", "colombia-eln-2023", id="iso-date-gives-its-year"),
    pytest.param("yesterday-ish 99/99", "colombia-eln", id="unreadable-date-no-year"),
    pytest.param("Spring 2021", "colombia-eln", id="season-kept-as-written-no-year"),
    pytest.param("25/12/2020", "colombia-eln", id="ambiguous-numeric-no-year"),
    pytest.param("", "colombia-eln", id="undated"),
])
def test_a_negotiation_takes_its_year_from_iso_dates_only(date, expected):
    # a header date kept as written once named the negotiation "rebels-yest" (its first four characters)
    docs = {"a": facts("a", {"colombia", "eln"}, date)}
    (group,) = name_groups([["a"]], docs, {"colombia": "Colombia", "eln": "ELN"}, {})
    assert group.negotiation_id == expected


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


def every_pair_grouping(docs):
    """The grouping by trying every two documents of a party, in the order group_documents
    promises (party by party in order of first use, document by document): the reference the
    candidate filtering must equal."""
    from pipeline.negotiations import _join_spans, _weights, link_score

    docs = sorted(docs, key=lambda f: f.doc_id)
    weights = _weights(docs)
    parent = list(range(len(docs)))
    span = [(f.date[:10], f.date[:10]) if f.date else ("", "") for f in docs]

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    postings = {}
    for i, f in enumerate(docs):
        for p in sorted(f.parties):
            if weights[p] == 1.0:
                postings.setdefault(p, []).append(i)
    refused = set()
    for members in postings.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                root_i, root_j = find(i), find(j)
                if root_i == root_j or (i, j) in refused or not link_score(docs[i], docs[j], weights):
                    continue
                a, b = sorted((root_i, root_j))
                joined = _join_spans(span[a], span[b])
                if joined is None:
                    refused.add((i, j))
                else:
                    parent[b], span[a] = a, joined
    groups = {}
    for i, f in enumerate(docs):
        groups.setdefault(find(i), []).append(f.doc_id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def random_facts(seed, n, odd_dates):
    import random

    rng = random.Random(seed)
    parties = [f"p{k}" for k in range(12)]
    dates = ["", ""] + (["2020-13-45", "20200105", "2019-05"] if odd_dates else []) + [f"{rng.randrange(2015, 2024)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                                                 for _ in range(40)]
    return [facts(f"d{k:03d}", set(rng.sample(parties, rng.randrange(1, 5))), rng.choice(dates),
                  set(rng.sample(parties, rng.randrange(0, 4))), {f"i{rng.randrange(6)}" for _ in range(rng.randrange(0, 4))})
            for k in range(n)]


@pytest.mark.parametrize("seed, odd_dates", [(seed, odd) for seed in range(8) for odd in (False, True)])
def test_grouping_tries_only_pairs_that_could_link(seed, odd_dates):
    """Trying only the candidate pairs (shared parties, places and issues; the time window; the
    groups' spans) groups exactly as trying every pair of documents of a party does, dates that
    are no plain ISO dates included."""
    docs = random_facts(seed, 150, odd_dates)
    assert group_documents(docs) == every_pair_grouping(docs)



NAMES = {"amcu": "AMCU", "south-africa": "South Africa", "industry-sources": "Industry sources",
         "officials": "Officials", "lonmin": "Lonmin", "erdogan": "Recep Tayyip Erdogan", "turkey": "Turkey",
         "civil-servants": "Zimbabwean civil servants", "zimbabwe": "Zimbabwe"}


@pytest.mark.parametrize("parties, persons, collectives, lead", [
    # a group named by a bare common noun comes after states and organisations
    ({"amcu", "industry-sources", "south-africa"}, set(), {"industry-sources"}, "amcu-south-africa-2019"),
    # and after people
    ({"officials", "erdogan"}, {"erdogan"}, {"officials"}, "officials-recep-tayyip-erdogan-2019"),
    ({"officials", "erdogan", "turkey"}, {"erdogan"}, {"officials"}, "recep-tayyip-erdogan-turkey-2019"),
    # a group named by its own words is a party like an organisation
    ({"civil-servants", "zimbabwe", "erdogan"}, {"erdogan"}, set(), "zimbabwe-zimbabwean-civil-servants-2019"),
    # otherwise the alphabet decides, as before
    ({"amcu", "lonmin"}, set(), set(), "amcu-lonmin-2019"),
], ids=["group-after-organisations", "group-after-people", "group-after-people-and-states", "named-group", "tie"])
def test_negotiation_named_after_its_leading_parties(parties, persons, collectives, lead):
    doc = DocFacts("a", "2019-10-09", frozenset(parties), frozenset(), frozenset())
    [group] = name_groups([["a"]], {"a": doc}, NAMES, {}, frozenset(persons), frozenset(collectives))
    assert group.negotiation_id == lead


PRESENCE_NAMES = {"eu": "European Union", "nato": "NATO", "sdf": "Syrian Democratic Forces", "syria": "Syria",
                  "turkey": "Turkey", "us": "United States", "schiff": "Adam Schiff", "schumer": "Chuck Schumer",
                  "pelosi": "Nancy Pelosi", "aprilia": "Aprilia", "zeta": "Zeta Union"}


@pytest.mark.parametrize("presence, persons, lead", [
    # the parties holding the positions name a one-article dispute, not the first in the alphabet
    ([("eu", 1, 0), ("nato", 1, 1), ("sdf", 1, 4), ("syria", 1, 2), ("turkey", 2, 1), ("us", 1, 0)], set(),
     "syrian-democratic-forces-turkey-2019"),
    # a state beside people: the people holding and voicing most come next
    ([("us", 4, 3), ("schiff", 1, 1), ("schumer", 1, 2), ("pelosi", 1, 1)], {"schiff", "schumer", "pelosi"},
     "chuck-schumer-united-states-2019"),
    # stances held weigh before quotations voiced
    ([("aprilia", 0, 6), ("zeta", 3, 0), ("turkey", 2, 1)], set(), "turkey-zeta-union-2019"),
    # voices break a tie of stances
    ([("aprilia", 1, 0), ("zeta", 1, 2), ("turkey", 1, 1)], set(), "turkey-zeta-union-2019"),
    # and the alphabet breaks a full tie
    ([("zeta", 1, 1), ("turkey", 1, 1), ("aprilia", 1, 1)], set(), "aprilia-turkey-2019"),
], ids=["holders-before-alphabet", "people-by-presence", "stances-before-voices", "voices-break-tie", "alphabet-last"])
def test_negotiation_named_after_the_parties_holding_positions(presence, persons, lead):
    doc = DocFacts("a", "2019-10-09", frozenset(p for p, _, _ in presence), frozenset(), frozenset(), tuple(presence))
    [group] = name_groups([["a"]], {"a": doc}, PRESENCE_NAMES, {}, frozenset(persons))
    assert group.negotiation_id == lead


def test_presence_adds_up_over_a_negotiations_documents():
    docs = {"a": DocFacts("a", "2019-10-09", frozenset({"aprilia", "zeta"}), frozenset(), frozenset(),
                          (("aprilia", 3, 0), ("zeta", 1, 0))),
            "b": DocFacts("b", "2019-10-10", frozenset({"turkey", "zeta"}), frozenset(), frozenset(),
                          (("turkey", 2, 0), ("zeta", 3, 0)))}
    [group] = name_groups([["a", "b"]], docs, PRESENCE_NAMES, {})
    assert group.parties[:2] == ("zeta", "aprilia")
