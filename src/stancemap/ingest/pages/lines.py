"""A page cut into lines with exact offsets, and the first rough reading of a line.

``split_lines`` keeps every offset exact; ``is_prose`` (jusText's stopword
density and a sentence end) finds the prose block the features are placed
against (``features.py``); ``scripts`` counts letters per script.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ...errors import KnowledgeBaseError


@dataclass
class PageLine:
    """One non-empty line: its stripped text and where that text sits in the page."""

    index: int  # among the page's non-empty lines
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[PageLine]:
    """The non-empty lines of ``text``; ``text[line.start:line.end] == line.text``.

    A hard-wrapped paragraph is one line: a line that does not end a clause,
    followed without a blank line by one that opens in lower case, goes on in
    it. (Also joining lines that reach a fixed wrap width was tried: it won a
    title on tune and lost two on check, so it is not done.)
    """
    out: list[PageLine] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.strip()
        if body:
            start = pos + (len(raw) - len(raw.lstrip()))
            previous = out[-1] if out else None
            if (
                previous is not None
                and body[0].islower()
                and text.count("\n", previous.end, start) == 1
                and not _CLAUSE_END.search(previous.text)
            ):
                previous.end = start + len(body)
                previous.text = text[previous.start : previous.end]
            else:
                out.append(PageLine(len(out), start, start + len(body), body))
        pos += len(raw)
    return out


_CLAUSE_END = re.compile(r"[.!?:;]['\"”’»)\]]*$")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_END_CHARS = 12
_SENTENCE_END = re.compile(r"[.!?]['\"”’»)]*$|[\"”’»]$")


@cache
def stopwords() -> frozenset[str]:
    """jusText's English stoplist: the density of these words marks prose.

    Read from the installed jusText package (a trafilatura dependency) without
    importing it, which would pull in lxml for a word list.
    """
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise KnowledgeBaseError(
            "justext", None, None, "jusText is not installed (pip install justext)"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "stoplists" / "English.txt"
    # jusText's lists repeat words, which word_list (for our own files) refuses
    return frozenset(w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip())


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """The script of a letter (LATIN, CYRILLIC, CJK, ARABIC, ...)."""
    if char.isascii():
        return "LATIN"
    try:
        return unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def scripts(text: str) -> dict[str, int]:
    """Letters per script in ``text``."""
    # ASCII letters are counted in one C pass; only the other letters one by one
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    counts: dict[str, int] = {"LATIN": ascii_letters} if ascii_letters else {}
    if not text.isascii():
        for char in _NON_ASCII.findall(text):
            if char.isalpha():
                name = script_of(char)
                counts[name] = counts.get(name, 0) + 1
    return counts


PROSE_WORDS = 10  # fewer words: a label, a caption, a short teaser, never judged prose
PROSE_STOP_DENSITY = 0.25  # jusText's reading of running text
# Penn tags of a finite verb: a clause with a tense, which no byline, credit or label has
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# a longer line is read by its stopwords alone: a paragraph that long and that poor in
# stopwords is no news prose, and the tagger's cost grows with the line
TAGGED_CHARS = 2000


def is_prose(line: str, tagger: str = "auto") -> bool:
    """A first, rough reading: a sentence of running text (used for position features)."""
    return prose_reading(line, tagger) is not None


def prose_reading(line: str, tagger: str = "auto") -> str | None:
    """Why ``line`` is running prose: "stopwords" (jusText's density), "finite-verb", or None.

    A sentence of 10+ words is prose when a quarter of its words are stopwords;
    a news sentence full of names and titles ("Brazilian President Luiz Inacio
    Lula da Silva supports the climate fund.") falls under that and would read
    like a byline, so a sentence with a finite verb is prose too. The tagger
    runs only on those few lines (sentence end, 10+ words, few stopwords).
    ``tagger``: the spaCy pipeline whose tagger reads them, ``[nlp] model``.
    """
    if not sentence_end(line):
        return None
    words = WORD.findall(line.lower())
    if len(words) < PROSE_WORDS:
        return None
    if sum(map(stopwords().__contains__, words)) / len(words) >= PROSE_STOP_DENSITY:
        return "stopwords"
    if len(line) > TAGGED_CHARS:
        return None
    return "finite-verb" if has_finite_verb(line, tagger) else None


def has_finite_verb(text: str, tagger: str = "auto") -> bool:
    """Does the tagger read a finite verb (one with a tense: VBZ, VBD, VBP, MD) in ``text``?"""
    return any(token.tag_ in FINITE_TAGS for token in page_tagger(tagger)(text))


@cache
def page_tagger(model: str = "auto") -> Any:
    """The configured spaCy pipeline (``[nlp] model``, "auto": the installed English
    one), its tagger only: loaded once per process and model, on the first line that
    needs it, so the page reader tags with the model the user chose.

    Not the stages' pipeline (``nlp.pipeline.load_pipeline``): that one builds the
    KB's entity ruler, seconds of work, and pages are read in the parent process of
    ``--workers`` runs, which never loads the full pipeline. The tagger alone gives
    the same tags (in the small English models it reads only its own tok2vec).
    """
    import spacy

    from ...errors import ConfigError
    from ...nlp.pipeline import resolve_model_name

    name = resolve_model_name(model)
    try:
        return spacy.load(
            name, exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "senter"]
        )
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy pipeline '{name}' ([nlp] model): {exc}") from None


def sentence_end(line: str) -> bool:
    """The line ends like a sentence (a full stop, a closing quote)."""
    # only the line's end can match: do not let the pattern scan a long line
    return _SENTENCE_END.search(line, max(0, len(line) - _END_CHARS)) is not None


def is_menu_row(line: str) -> bool:
    """A row of section names ("Home News Sport Business Culture"): four or more words,
    all capitalised (a Title Case headline keeps "of", "in", "the" small)."""
    words = WORD.findall(line)
    return len(words) >= 4 and all(w[0].isupper() for w in words) and not sentence_end(line)
