"""Transcripts and remarks: briefings, press availabilities, speeches and statements.

Two shapes, both from the annotation conventions:

- **Labelled turns**: a paragraph opening with a label in capitals ("THE PRESIDENT:",
  "SECRETARY KERRY:", "MR. PRICE:", "FOREIGN MINISTER LAVROV:", "Q:", "MODERATOR:") starts a
  turn; every paragraph up to the next label is a direct quote of the label's speaker. A label
  is resolved through the people the text names, the title ("Remarks by President Biden ..."
  makes "THE PRESIDENT" Joe Biden) and the header lines before the first turn (a byline such as
  "John Kerry / Secretary of State"). Questions and the moderator have no speaker. An unnamed
  official ("SENIOR ADMINISTRATION OFFICIAL") speaks for the organisation the label names, else
  for the state whose capital or institutions the text first names as a party.
- **One person's remarks without labels**: a title such as "Remarks by ...", "Statement by ...",
  or "Press Statement" with a byline makes each paragraph after the header a direct quote of
  that person.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from ..grammar import LOCATIVE_PREPS
from ..lexicon import Lexicon
from ..records import LocalActor, QuoteRecord
from .actors import ActorTable
from .actors.gazetteer import gazetteer_spans
from .descriptions import actor_for_entry, gazetteer_entry
from .text import clean_space, doc_text, fold_name_token, paragraph_spans

# "MR. PRICE: ...", "Q: ...", "FOREIGN MINISTER LAVROV (via interpreter): ..."
LABEL = re.compile(r"^([A-Z][A-Z.'’\- ]{0,50}[A-Z.]|Q|A)\s*(?:\([^()\n]{0,40}\))?\s*:\s+")
# Words of a label that count its speaker among a briefing's numbered officials.
_ORDINALS = frozenset({"ONE", "TWO", "THREE", "FOUR", "FIVE", "NUMBER", "NO.", "#1", "#2", "1", "2", "3"})
_HONORIFIC_LABELS = frozenset({"THE", "MR.", "MR", "MRS.", "MRS", "MS.", "MS", "DR.", "DR"})
# A stage direction, "(Laughter.)", "(Applause)", or a transcript's end mark is no one's words.
_NOT_WORDS = re.compile(r"^\s*(\(.*\)|\[.*\]|#+|\*+|END\b.*|—+|-+)\s*$")
# "Remarks by President Biden on ...": the speaker after "by"/"from", up to the topic.
_BY = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?(.+?)(?=\s+(?i:on|at|to|before|after|with|regarding|following|"
                 r"in|during|for|about|upon)\b|[,:;(]|$)")


# "Q&A with Vice President Joe Biden", "An interview with Angela Merkel".
_WITH = re.compile(r"\b(?i:q\s*&\s*a|interview|conversation|talk|chat)\s+with\s+(.+?)\s*$")
_TOPIC = re.compile(r"\s+(?i:on|at|to|before|after|regarding|following|in|during|for|about|upon)\b")


def cut_at_topic(phrase: str) -> str:
    """"Vice Premier Liu He Before Bilateral Meeting" -> "Vice Premier Liu He"."""
    match = _TOPIC.search(phrase)
    return phrase[: match.start()] if match else phrase


class Paragraph(NamedTuple):
    start: int
    end: int
    label: str  # "" when the paragraph opens with no label
    body_start: int


def paragraphs(text: str) -> list[Paragraph]:
    """The blank-line separated paragraphs of ``text``, each with its turn label if it has one."""
    found: list[Paragraph] = []
    for pos, stop in paragraph_spans(text):
        match = LABEL.match(text[pos:stop])
        label = match.group(1).strip() if match else ""
        found.append(Paragraph(pos, stop, label, pos + match.end() if match else pos))
    return found


def _is_speaker_label(label: str, lexicon: Lexicon) -> bool:
    """A label that can only be a turn's speaker (a title, a role, "Q"), not a dateline."""
    words = label.replace("’", "'").split()
    return label.upper() in lexicon.reporter_labels or any(
        w in lexicon.transcript_titles and w != "THE" or w.lower() in lexicon.description_heads for w in words)


def transcript_quotes(doc: Doc, table: ActorTable, lexicon: Lexicon) -> list[QuoteRecord]:
    """Direct quotes of a transcript's turns, or of one person's remarks (see the module doc).

    Speakers a label names but the text does not are added to ``table``."""
    text = doc_text(doc)
    paras = paragraphs(text)
    labelled = [p for p in paras if p.label]
    if not labelled:
        return _remarks_quotes(doc, table, lexicon, paras)
    if len(labelled) < 2 and not _is_speaker_label(labelled[0].label, lexicon):
        return []  # a single "WASHINGTON:" dateline is not a transcript
    header = text[: labelled[0].start]
    title = doc.user_data.get("ng_title", "") if doc.user_data else ""
    records: list[QuoteRecord] = []
    resolved: dict[str, tuple[int, str]] = {}
    speaker, description, active = -1, "", False
    for para in paras:
        if para.label:
            if para.label not in resolved:
                resolved[para.label] = resolve_label(doc, para.label, table, lexicon, title, header)
            (speaker, description), active = resolved[para.label], True
        if active:
            record = _paragraph_quote(text, para, speaker, description)
            if record is not None:
                records.append(record)
    return records


def _paragraph_quote(text: str, para: Paragraph, speaker: int, description: str) -> QuoteRecord | None:
    body = text[para.body_start : para.end]
    stripped = body.strip()
    if not stripped or _NOT_WORDS.match(stripped) or not re.search(r"[^\W\d_]{2,}", stripped):
        return None
    start = para.body_start + (len(body) - len(body.lstrip()))
    end = para.body_start + len(body.rstrip())
    return QuoteRecord(clean_space(stripped), "direct", "transcript", start, end, speaker, description)


def resolve_label(doc: Doc, label: str, table: ActorTable, lexicon: Lexicon, title: str,
                  header: str) -> tuple[int, str]:
    """(speaker, description) of a turn label; (-1, "") for questions and the moderator."""
    if label.upper() in lexicon.reporter_labels or label == "Q":
        return -1, ""
    if label.upper() in lexicon.answer_labels:
        return _interviewee(table, title, header, lexicon), ""
    words = label.replace("’", "'").split()
    titles = [w for w in words if w.upper() in lexicon.transcript_titles]
    names = [w for w in words if w.upper() not in lexicon.transcript_titles]
    if names and (person := _person_by_surname(table, names[-1])) >= 0:
        return person, ""
    if _is_official_label(words, lexicon):
        return _official_affiliation(doc, words, table, lexicon), label.title()
    if names:
        name = _full_name(names, f"{title}\n{header}", lexicon) or " ".join(w.capitalize() for w in names)
        role = " ".join(w.capitalize() for w in titles if w.upper() not in _HONORIFIC_LABELS)
        return add_person(table, name, role), ""
    return _role_speaker(table, {w.lower() for w in titles} - {"the"}, title, header, lexicon), ""


def _interviewee(table: ActorTable, title: str, header: str, lexicon: Lexicon) -> int:
    """The person an interview is "with", named in its title or header ("Q&A with Vice
    President Joe Biden"), or -1."""
    for line in [title, *header.splitlines()]:
        match = _WITH.search(line)
        if match is None:
            continue
        phrase = cut_at_topic(match.group(1).strip().rstrip("."))
        named = named_with_title(phrase, lexicon)
        if named is not None:
            return add_person(table, named[0], named[1])
        words = phrase.split()
        while words and not words[0][:1].isupper():
            words = words[1:]  # "union leader Omar Haddad"
        if len(words) >= 2 and words != phrase.split() and (named := named_with_title(" ".join(words), lexicon)):
            return add_person(table, named[0], named[1])
        name = " ".join(words)
        if _looks_like_name(name, lexicon):
            return add_person(table, name)
    return -1


def _full_name(names: list[str], source: str, lexicon: Lexicon) -> str:
    """"DE MISTURA" -> "Staffan de Mistura" when the title or header gives the full name."""
    match = re.search(r"(?i:" + r"\s+".join(re.escape(w) for w in names) + r")\b", source)
    if match is None:
        return ""
    given = []
    for word in reversed(source[: match.start()].split()[-3:]):
        if not word[:1].isupper() or word.lower() in lexicon.title_heads or word.lower() in lexicon.title_modifiers \
                or word.lower() in lexicon.honorifics or not word.rstrip(".").replace("-", "").isalpha():
            break
        given.insert(0, word)
    return " ".join(given + [match.group(0)]) if given else ""


def _is_official_label(words: list[str], lexicon: Lexicon) -> bool:
    """"SENIOR ADMINISTRATION OFFICIAL", "SENIOR OFFICIAL ONE": a description ends the label (or
    only a number follows it); in "SPECIAL ENVOY DE MISTURA" a name follows the role."""
    heads = [k for k, w in enumerate(words) if w.lower() in lexicon.description_heads]
    return bool(heads) and all(w.upper() in _ORDINALS for w in words[heads[-1] + 1 :])


def _person_by_surname(table: ActorTable, word: str) -> int:
    key = fold_name_token(word)
    for idx, actor in enumerate(table.actors):
        if actor.type == "PERSON" and fold_name_token(actor.name.split()[-1]) == key:
            return idx
    return -1


def add_person(table: ActorTable, name: str, role: str = "") -> int:
    """The table's person with ``name``'s surname, or a new person (a label's speaker)."""
    found = _person_by_surname(table, name.split()[-1])
    if found >= 0:
        return found
    table.actors.append(LocalActor(name=name, type="PERSON", role=role, mentions=1, first_char=0))
    return len(table.actors) - 1


def _role_speaker(table: ActorTable, role_words: set[str], title: str, header: str, lexicon: Lexicon) -> int:
    """"THE PRESIDENT": the person the text gives that role, else the one the title or the
    header names with it ("Remarks by President Biden", "Joseph R. Biden / President")."""
    if not role_words:
        return -1
    for idx, actor in enumerate(table.actors):
        if actor.type == "PERSON" and role_words <= set(actor.role.lower().split()):
            return idx
    by = _BY.search(title)
    for source in (by.group(1) if by else title, header):
        named = named_with_title(source, lexicon)
        if named is not None and role_words <= set(named[1].lower().split()):
            return add_person(table, named[0], named[1])
    return -1


def named_with_title(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(name, title) of a header's "Name" line followed by a "Title" line ("John Kerry" /
    "Secretary of State"), else of the first "Title Name" in a line ("President Biden",
    "Secretary of State Antony J. Blinken")."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in lines:  # "Antony J. Blinken, Secretary of State"
        name, _, role = line.partition(",")
        if role and _looks_like_name(name, lexicon) and any(w.lower() in lexicon.title_heads for w in role.split()):
            return name.strip(), role.strip()
    for name_line, role_line in zip(lines, lines[1:]):
        role_words = role_line.replace(",", " ").split()
        if _looks_like_name(name_line, lexicon) and role_words and any(w.lower() in lexicon.title_heads for w in role_words):
            return name_line, role_line.split(",")[0]
    for line in lines:
        tokens = re.findall(r"[A-Z][\w.'’\-]*|of|the|[^\w\s]", line)
        i = 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and (tokens[j].lower() in lexicon.title_heads
                                       or tokens[j].lower() in lexicon.title_modifiers or tokens[j] in {"of", "the"}):
                j += 1
            if j > i and any(t.lower() in lexicon.title_heads for t in tokens[i:j]):
                k = j
                while k < len(tokens) and tokens[k][:1].isupper() and tokens[k].lower() not in lexicon.title_heads:
                    k += 1
                if k > j:
                    return " ".join(tokens[j:k]), " ".join(t for t in tokens[i:j] if t != "the")
            i = max(j, i + 1)
    return None


def _looks_like_name(line: str, lexicon: Lexicon) -> bool:
    words = line.replace(",", " ").split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in line) \
        and not any(w.lower() in lexicon.title_heads for w in words[-1:])


def _official_affiliation(doc: Doc, words: list[str], table: ActorTable, lexicon: Lexicon) -> int:
    """"SENIOR STATE DEPARTMENT OFFICIAL" speaks for the State Department; "SENIOR ADMINISTRATION
    OFFICIAL" (or "SENIOR OFFICIAL ONE") for the state whose capital or institutions the text
    first names as a party ("Washington wakes up later than we do")."""
    forms = [w if any(c.islower() for c in w) or len(w) <= 4 else w.capitalize() for w in words
             if w.upper() not in _ORDINALS]
    for length in (3, 2, 1):
        for k in range(len(forms) - length + 1):
            entry = gazetteer_entry(" ".join(forms[k : k + length]), lexicon)
            if entry is not None:
                return actor_for_entry(table, entry)
    return home_state(doc, table, lexicon)


def home_state(doc: Doc, table: ActorTable, lexicon: Lexicon) -> int:
    """The state a briefing's officials belong to: the first state the text names other than
    as a place ("a typical Washington reaction", "the State Department", "the United States
    remains ready") and other than the state the title names, which is the briefing's subject
    ("Background Briefing on North Korea"), else -1."""
    title = doc.user_data.get("ng_title", "") if doc.user_data else ""
    for span, gform in gazetteer_spans(doc, lexicon):
        entry = gform.entry
        root = span.root
        if gform.form in {"demonym_adj", "demonym_plural"} or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS):
            continue  # "here in Vienna"
        if entry.type == "ORG":
            entry = lexicon.gazetteer_by_id.get(entry.affiliation)  # "the State Department": the United States
        if entry is None or not entry.is_state or _names_state(title, entry):
            continue
        return actor_for_entry(table, entry, span.start_char)
    return -1


def _names_state(text: str, entry) -> bool:
    forms = (entry.name, *entry.aliases, *entry.metonyms, *entry.demonyms)
    return any(form in text and re.search(r"\b" + re.escape(form) + r"\b", text) for form in forms if form)


def _remarks_quotes(doc: Doc, table: ActorTable, lexicon: Lexicon, paras: list[Paragraph]) -> list[QuoteRecord]:
    """One person's remarks or statement without labels: every paragraph after the header."""
    title = doc.user_data.get("ng_title", "") if doc.user_data else ""
    low = title.lower().lstrip()
    if not any(low.startswith(t) and (len(low) == len(t) or not low[len(t)].isalpha()) for t in lexicon.remarks_titles):
        return []
    text = doc_text(doc)
    body = [i for i, p in enumerate(paras) if _is_prose(text[p.start : p.end])]
    if not body:
        return []
    header = text[: paras[body[0]].start]
    speaker, description = _remarks_speaker(doc, table, title, header, lexicon)
    if speaker < 0:
        return []
    records = []
    for para in paras[body[0]:]:
        record = _paragraph_quote(text, para, speaker, description)
        if record is not None:
            records.append(record)
    return records


def _is_prose(paragraph: str) -> bool:
    """A paragraph of sentences, not header lines (a name, a role, a place, a date)."""
    return any(len(line.split()) >= 12 or (len(line.split()) >= 3 and line.rstrip()[-1:] in {".", "!", "?", "”", '"'})
               for line in paragraph.splitlines())


def _remarks_speaker(doc: Doc, table: ActorTable, title: str, header: str, lexicon: Lexicon) -> tuple[int, str]:
    """(speaker, description) of a text that is one person's remarks: the person named after
    "by" in the title, else by the header; a role alone ("Statement from the Press Secretary")
    is the person the text gives that role, else an unnamed official of the text's state."""
    match = _BY.search(title)
    if match and " and " not in match.group(1):
        phrase = match.group(1)
        named = named_with_title(phrase, lexicon)
        if named is not None:
            return add_person(table, named[0], named[1]), ""
        if _looks_like_name(phrase, lexicon):
            return add_person(table, phrase), ""
        role_words = {w.lower() for w in phrase.split()} & (lexicon.title_heads | lexicon.title_modifiers)
        role_words -= {"of", "and"}
        if not role_words & lexicon.title_heads:
            return -1, ""
        person = _role_speaker(table, role_words, "", "", lexicon)
        return (person, "") if person >= 0 else (home_state(doc, table, lexicon), phrase)
    named = named_with_title(header, lexicon)
    if named is not None:
        return add_person(table, named[0], named[1]), ""
    for line in (ln.strip() for ln in header.splitlines() if ln.strip()):
        stripped = " ".join(w for w in line.replace(",", " ").split() if w.lower() not in lexicon.title_heads)
        if _looks_like_name(stripped, lexicon) and _person_by_surname(table, stripped.split()[-1]) >= 0:
            return _person_by_surname(table, stripped.split()[-1]), ""
    return -1, ""
