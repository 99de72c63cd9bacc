"""The reporting lexicon: reporting verbs, nouns, adjectives, adverbs, source phrases.

One list per concept, shared by every stage: the quotes stage finds attributions
with it, the actors stage and the events stage ask it which verbs report speech
(``speech_verbs``). The words live in versioned TSV files under
``stancemap/data/quotes/``; this module reads them through ``datafiles.read_table``
(a header line names the columns) and refuses a malformed line
with an error naming the file, the line and the field, so a bad edit fails at
load time, not mid-analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafiles import data_path, read_table
from ..errors import KnowledgeBaseError
from .lemmas import inflections, irregular_past

CLASSES = frozenset({"speech", "belief", "intention", "evidence", "stance"})
FRAMES = frozenset({"clause", "to", "object", "as", "seem"})
SOURCE_HOWS = frozenset({"object", "owner"})


@dataclass(frozen=True)
class SourcePhrase:
    """A phrase naming a source without a verb: "according to X", "in his view"."""

    words: tuple[str, ...]
    cls: str
    how: str  # "object": source is the object of the last word; "owner": the noun's possessor


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[str, str]]  # lemma -> (class, frame)
    nouns: dict[str, str]  # lemma -> class
    phrases: tuple[SourcePhrase, ...]
    # lemma -> class: "is confident that", "was critical of" (empty in hand-built lexicons)
    adjectives: dict[str, str] = field(default_factory=dict)
    # word -> class: "reportedly", "allegedly" (the source left unnamed)
    adverbs: dict[str, str] = field(default_factory=dict)

    @cached_property
    def _verb_forms(self) -> dict[str, str]:
        """Inflected form -> lexicon lemma, for when the tagger's lemma is wrong
        (the small English model makes "hoping" "hop" and "eyeing" "eye")."""
        forms: dict[str, str] = {}
        for lemma in self.verbs:
            for form in inflections(lemma):
                if form not in self.verbs:
                    forms.setdefault(form, lemma)
        return forms

    def verb_lemma(self, lemma: str, form: str) -> str | None:
        """The lexicon's lemma for a verb token: its own lemma, else its inflected form's."""
        low = lemma.lower()
        if low in self.verbs:
            return low
        return self._verb_forms.get(form.lower())

    def inflected_verb(self, form: str) -> str | None:
        """The lemma of an -s, -ed or irregular past form ("praises", "said"), not a base form."""
        low = form.lower()
        if low.endswith("ing"):
            return None
        lemma = irregular_past(low) or self._verb_forms.get(low)
        return lemma if lemma in self.verbs else None

    def verb_class(self, lemma: str) -> str | None:
        """The class of a reporting verb lemma, or None when it is not one."""
        entry = self.verbs.get(lemma.lower())
        return entry[0] if entry else None

    def verb_frame(self, lemma: str) -> str | None:
        entry = self.verbs.get(lemma.lower())
        return entry[1] if entry else None

    def is_speech(self, lemma: str) -> bool:
        """True for lemmas that report words (speech verbs and nouns, "according to")."""
        low = lemma.lower()
        if self.verb_class(low) == "speech" or self.nouns.get(low) == "speech":
            return True
        return low == "according"


def _table(relative: str | Path, columns: tuple[str, ...]) -> list[tuple[str, int, list[str]]]:
    """Rows of one lexicon file read through ``datafiles.read_table`` (header line,
    file:line errors), as (file, line, cells); a lemma listed twice is refused."""
    path = str(relative if Path(relative).is_absolute() else data_path(str(relative)))
    rows = read_table(relative, required=columns, unique=columns[0])
    return [(path, int(row["_line"]), [row[c] for c in columns]) for row in rows]


def _check_word(label: str, number: int, field: str, value: str) -> None:
    if not value or value != value.lower() or "\t" in value:
        raise KnowledgeBaseError(label, number, field, f"must be a lower-case word, got {value!r}")


def _check_choice(label: str, number: int, field: str, value: str, allowed: frozenset[str]) -> None:
    if value not in allowed:
        raise KnowledgeBaseError(
            label, number, field, f"{value!r} is not one of {', '.join(sorted(allowed))}"
        )


def parse_verbs(relative: str | Path) -> dict[str, tuple[str, str]]:
    """A file with columns ``lemma class frame`` (under data/, or an absolute path)."""
    verbs: dict[str, tuple[str, str]] = {}
    for label, number, (lemma, cls, frame) in _table(relative, ("lemma", "class", "frame")):
        _check_word(label, number, "lemma", lemma)
        _check_choice(label, number, "class", cls, CLASSES)
        _check_choice(label, number, "frame", frame, FRAMES)
        verbs[lemma] = (cls, frame)
    return verbs


def parse_nouns(relative: str | Path, key: str = "lemma") -> dict[str, str]:
    """A file with columns ``<key> class`` (nouns, adjectives: lemma; adverbs: word)."""
    nouns: dict[str, str] = {}
    for label, number, (lemma, cls) in _table(relative, (key, "class")):
        _check_word(label, number, key, lemma)
        _check_choice(label, number, "class", cls, CLASSES)
        nouns[lemma] = cls
    return nouns


def parse_phrases(relative: str | Path) -> tuple[SourcePhrase, ...]:
    """A file with columns ``phrase class how``."""
    phrases = []
    for label, number, (phrase, cls, how) in _table(relative, ("phrase", "class", "how")):
        words = tuple(phrase.split())
        if len(words) < 2:
            raise KnowledgeBaseError(label, number, "phrase", "needs at least two words")
        for word in words:
            _check_word(label, number, "phrase", word)
        _check_choice(label, number, "class", cls, CLASSES)
        _check_choice(label, number, "how", how, SOURCE_HOWS)
        phrases.append(SourcePhrase(words=words, cls=cls, how=how))
    return tuple(phrases)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon (``data/quotes/``), read and validated once per process."""
    return Lexicon(
        verbs=parse_verbs("quotes/reporting_verbs.tsv"),
        nouns=parse_nouns("quotes/reporting_nouns.tsv"),
        phrases=parse_phrases("quotes/source_phrases.tsv"),
        adjectives=parse_nouns("quotes/reporting_adjectives.tsv"),
        adverbs=parse_nouns("quotes/reporting_adverbs.tsv", key="word"),
    )


def speech_verbs() -> frozenset[str]:
    """Verb lemmas that report words ("say", "warn", "tweet"): class ``speech``."""
    return frozenset(v for v, (cls, _frame) in load_lexicon().verbs.items() if cls == "speech")
