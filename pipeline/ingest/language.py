"""Language guess: English or not, from function words, stop words and scripts (part of ingest)."""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import unicodedata
from pathlib import Path

from ..grammar import ENGLISH_FUNCTION_WORDS

# Latin-script languages whose stop words name a non-English text in the skip reason (spaCy
# ships the lists, so this needs no model and no download).
_OTHER_LANGUAGES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "pl": "Polish", "cs": "Czech",
    "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "ro": "Romanian", "hu": "Hungarian",
    "fi": "Finnish", "tr": "Turkish", "id": "Indonesian", "ca": "Catalan", "af": "Afrikaans",
    "tl": "Tagalog", "sq": "Albanian", "lt": "Lithuanian", "lv": "Latvian", "vi": "Vietnamese",
}
_LANGUAGE_SAMPLE_CHARS = 60_000
# characters past the Latin blocks (letters among them are another script's)
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")


def _language_sample(text: str) -> str:
    """Beginning, middle and end of a long text: enough to judge its language in bounded time."""
    if len(text) <= _LANGUAGE_SAMPLE_CHARS:
        return text
    third = _LANGUAGE_SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


@functools.lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    """spaCy's stop-word lists of the languages above, read from their files as data (the
    string constants assigned to ``STOP_WORDS``): importing ``spacy.lang.fr`` itself would
    compile its tokenizer exceptions, seconds per language."""
    spec = importlib.util.find_spec("spacy.lang")
    locations = list(spec.submodule_search_locations or []) if spec else []
    lists = {}
    for code in _OTHER_LANGUAGES:
        words: set[str] = set()
        try:
            tree = ast.parse((Path(locations[0]) / code / "stop_words.py").read_text(encoding="utf-8"))
        except (IndexError, OSError, SyntaxError, ValueError):  # a spaCy without that language
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "STOP_WORDS" for t in node.targets):
                words.update(w for c in ast.walk(node.value)
                             if isinstance(c, ast.Constant) and isinstance(c.value, str) for w in c.value.split())
        # words English shares ("a", "in", "no") would make every English text look foreign
        if words:
            lists[code] = frozenset(words) - ENGLISH_FUNCTION_WORDS
    return lists


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


def guess_language(text: str) -> tuple[str, str, float]:
    """Whether ``text`` reads as English, and if not, what it looks like.

    English is judged by the share of common English function words (about 30-45% of the words
    of news prose). A text is not English when most of its letters are in another script, or
    when another language's function words clearly outnumber English ones, or when hardly any
    word is an English function word. Texts under 20 words are given the benefit of the doubt.

    Returns:
        (code, description, English share): code ``en`` for English, else the language's code
        (``de``) when its function words name it, or ""; description is a phrase for the skip
        reason ("looks like German (...)", "mostly Cyrillic script").
    """
    sample = _language_sample(text)
    letters = sum(map(str.isalpha, sample))
    if letters:
        non_latin = [ch for ch in _BEYOND_LATIN.findall(sample) if ch.isalpha()]
        if len(non_latin) > letters / 2:
            scripts: dict[str, int] = {}
            for ch in non_latin[:5000]:
                name = _script(ch)
                scripts[name] = scripts.get(name, 0) + 1
            script = max(sorted(scripts), key=scripts.__getitem__)
            return "", f"mostly {script if script == 'CJK' else script.title()} script", 0.0
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 20:
        return "en", "too short to judge", 1.0
    share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    if share >= 0.12:
        return "en", "English", share
    best, best_share = "", 0.0
    for code, stop in sorted(_stop_words().items()):
        other = sum(1 for w in words if w in stop) / len(words)
        if other > best_share:
            best, best_share = code, other
    if best_share >= 0.15 and best_share >= 2 * share:
        name = _OTHER_LANGUAGES[best]
        return best, f"looks like {name} ({best_share:.0%} {name} function words, {share:.0%} English)", share
    if share < 0.05:
        return "", f"only {share:.0%} English function words", share
    return "en", "English (few function words)", share
