"""Language identification (langdetect), deterministic and on a bounded sample.

Only languages the pipeline supports go on to extraction; the others are
reported as skips. Texts too short to judge keep the language their metadata
claims (or none) and go on: refusing a one-line English note is worse than
letting a rare short foreign text through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# langdetect needs some letters to be reliable; below this it guesses wildly.
MIN_LETTERS = 40
# langdetect costs ~5 ms per 1000 characters and is settled well before that.
_SAMPLE_CHARS = 1200
_MIN_PROBABILITY = 0.70
_URLISH = re.compile(r"\S*[/@]\S*|\d+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class LanguageGuess:
    """``code`` is an ISO 639-1 code or None when the text is too short or mixed."""

    code: str | None
    probability: float


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` from a sample of its start."""
    sample = _URLISH.sub(" ", text[:_SAMPLE_CHARS])
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return LanguageGuess(None, 0.0)
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return LanguageGuess(None, 0.0)
    code = best.lang.split("-")[0]  # zh-cn -> zh
    if best.prob < _MIN_PROBABILITY:
        return LanguageGuess(None, best.prob)
    return LanguageGuess(code, best.prob)


def normalize_language(value: object) -> str | None:
    """A metadata language tag ("en-US", "EN", "eng") as a lower-case primary code."""
    if value is None:
        return None
    raw = str(value).strip().lower().replace("_", "-")
    primary = raw.split("-")[0]
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
