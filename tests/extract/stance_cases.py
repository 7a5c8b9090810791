"""The case tables of the stance tests: a sentence, the checks it must pass, and an optional
known-failure reason, turned into one pytest parameter per check."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import pytest


class Case(NamedTuple):
    family: str
    text: str
    checks: tuple
    xfail: str = ""


def C(family: str, text: str, *checks, xfail: str = "") -> Case:
    return Case(family, text, tuple(checks), xfail)


def case_params(cases: Iterable[Case], strict: bool = False) -> Iterator:
    """One parameter per check, its id naming the family and the sentence; known failures xfail
    (strictly with ``strict``: the test then says so when one starts passing)."""
    for case in cases:
        for k, check in enumerate(case.checks):
            marks = [pytest.mark.xfail(reason=case.xfail, strict=strict)] if case.xfail else []
            yield pytest.param(case.text, check, id=f"{case.family}|{case.text[:60]}|{k}", marks=marks)


def strict_params(cases: Iterable[Case]) -> Iterator:
    """``case_params`` with known failures as strict xfails."""
    return case_params(cases, strict=True)


def known_params(cases: Iterable[tuple], known: dict[str, str]) -> Iterator:
    """One parameter per sentence, with all its checks; a sentence in ``known`` is a strict xfail
    with its reason (when it starts passing, the test says so)."""
    for text, *checks in cases:
        marks = [pytest.mark.xfail(reason=known[text], strict=True)] if text in known else []
        yield pytest.param(text, tuple(checks), id=text[:70], marks=marks)


class NoRedLine:
    """Right when no stance of ``holder`` is a red line (a stance without one may be read)."""

    def __init__(self, holder: str):
        self.holder = holder

    def describe(self) -> str:
        return f"NO RED LINE of {self.holder}"

    def holds(self, found) -> bool:
        return not any(actor == self.holder and red for actor, _, _, red, *_ in found)


def assert_checks(found: list, text: str, checks: Iterable) -> None:
    """Every check holds on the rows found for ``text``."""
    for check in checks:
        assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
