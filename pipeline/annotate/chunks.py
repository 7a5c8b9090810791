"""Long texts in chunks: cut a text at paragraph breaks, and join the records of its chunks."""

from __future__ import annotations

from ..records import LocalActor, QuoteRecord, StanceRecord

_MIN_CHUNK_CHARS = 200
# characters of text spaCy may hold in one batch (see _parse_items): the peak memory of a parse
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', ".” ", ".’ ", "\n")


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) pieces of at most ``limit`` characters.

    Cuts at the last paragraph break of the window where there is one in its last three
    quarters, else at the last sentence end, else at the last space, else (a single "word" longer
    than the window) anywhere. The pieces cover the whole text: ``text[offset:offset +
    len(chunk)] == chunk`` for every piece, nothing is dropped but whitespace-only pieces, so
    offsets in a chunk plus its offset index the text. ``limit`` below 200 is raised to 200.
    """
    limit = max(int(limit), _MIN_CHUNK_CHARS)
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            low = start + limit // 4
            cut = text.rfind("\n\n", low, end)
            if cut < 0:
                cut = max(text.rfind(mark, low, end - len(mark) + 1) + len(mark) for mark in _SENTENCE_ENDS)
                if cut < low:
                    space = max(text.rfind(" ", low, end), text.rfind("\t", low, end))
                    cut = space + 1 if space >= 0 else end
            end = cut
        chunks.append((start, text[start:end]))
        start = end
    return [(offset, chunk) for offset, chunk in chunks if chunk.strip()]


def merge_chunks(parts: list[tuple[int, list[LocalActor], list[QuoteRecord], list[StanceRecord]]]):
    """Join the records of a document's chunks: shift offsets, merge actors known in several.

    ``parts`` holds (offset of the chunk in the text, its actors, quotes, stances), each chunk's
    references being indexes into its own lists. An actor is the same across chunks when its
    gazetteer id (or, without one, its type and name) is. Returns (actors, quotes, stances) of
    the whole document, references renumbered, offsets indexing the whole text.
    """
    actors: list[LocalActor] = []
    index: dict[tuple[str, str, str], int] = {}
    quotes: list[QuoteRecord] = []
    stances: list[StanceRecord] = []
    for offset, part_actors, part_quotes, part_stances in parts:
        remap: dict[int, int] = {}
        for i, actor in enumerate(part_actors):
            key = (actor.gaz_id, actor.type, actor.name if not actor.gaz_id else "")
            if key in index:
                j = index[key]
                prev = actors[j]
                aliases = tuple(dict.fromkeys(prev.aliases + actor.aliases))
                actors[j] = prev._replace(aliases=aliases, mentions=prev.mentions + actor.mentions,
                                          role=prev.role or actor.role, acting=prev.acting or actor.acting,
                                          affiliation_gaz=prev.affiliation_gaz or actor.affiliation_gaz)
                remap[i] = j
            else:
                index[key] = len(actors)
                remap[i] = len(actors)
                # the affiliation is an index into this chunk's actors: set below, once remapped
                actors.append(actor._replace(first_char=actor.first_char + offset, affiliation=-1))
        for i, actor in enumerate(part_actors):
            target = remap.get(actor.affiliation, -1) if actor.affiliation >= 0 else -1
            if target >= 0 and target != remap[i] and actors[remap[i]].affiliation < 0:
                actors[remap[i]] = actors[remap[i]]._replace(affiliation=target)
        qbase = len(quotes)
        for q in part_quotes:
            quotes.append(q._replace(start=q.start + offset, end=q.end + offset, speaker=remap.get(q.speaker, -1)))
        for s in part_stances:
            stances.append(s._replace(start=s.start + offset, end=s.end + offset, actor=remap.get(s.actor, -1),
                                      claimed_by=remap.get(s.claimed_by, -1),
                                      quote=s.quote + qbase if s.quote >= 0 else -1))
    return actors, quotes, stances
