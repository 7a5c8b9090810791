"""Stable identifiers: slugs, short hashes, and the union-find that merges records into one id."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

_SLUG_MAX = 80


@lru_cache(maxsize=1 << 16)  # names and labels repeat across an archive
def slugify(text: str, limit: int = _SLUG_MAX) -> str:
    """ASCII lower-case slug: "Volodymyr Zelensky" -> "volodymyr-zelensky"."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # ASCII has no combining marks
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.lower()).strip("-")
    return text[:limit] or "x"


def spell_signs(text: str) -> str:
    """Signs of amounts spelled out by their Unicode names, so a slug keeps what they say: "10%" ->
    "10 percent", "$300" -> "dollar 300", "€5 billion" -> "euro 5 billion" ("$5 billion aid" and
    "€5 billion aid" stay two slugs)."""
    if text.isalnum():
        return text
    return "".join(f" {unicodedata.name(ch, '').lower().removesuffix(' sign')} "
                   if ch in "%‰" or unicodedata.category(ch) == "Sc" else ch for ch in text)


def suffixed_slug(slug: str, suffix: str) -> str:
    """``slug-suffix`` within slugify's length limit: the slug is cut, never the suffix."""
    return f"{slug[: max(1, _SLUG_MAX - len(suffix) - 1)].rstrip('-')}-{suffix}"


def short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


class UnionFind:
    """Union-find with a deterministic root (the smaller key), so merges never depend on order."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic: the smaller key becomes the root
            if str(rb) < str(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra
