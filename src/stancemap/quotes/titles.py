"""Headlines in title case: "Senator Praises Trade Deal", "GOVERNOR VOWS TO FIGHT BAN".

The tagger reads capitalised words as parts of a name, so the parse does not see
the verb. A line set in title case (or capitals) is read by its words instead: the
first inflected reporting verb ("Praises", "Vowed", "Says") with capitalised words
before it splits the line into source, cue and content.
"""

from __future__ import annotations

import re

from ..datafiles import constants
from .lexicon import Lexicon
from .reported import Attribution, Offsets, trim

_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_C = constants("quotes")
_TITLE_SHARE = float(_C["title_share"])  # of a line's words capitalised: a title
_MIN_WORDS = int(_C["title_min_words"])
_MAX_WORDS = int(_C["title_max_words"])  # longer lines are prose, whatever their capitals
_LINKING = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
_CONFIDENCE = float(_C["title_confidence"])


def is_title(words: list[str]) -> bool:
    """Enough of a line's words capitalised, within a title's length."""
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    content_words = [w for w in words if w.lower() not in _LINKING]
    if not content_words:
        return False
    capitalised = sum(w[0].isupper() for w in content_words)
    return capitalised / len(content_words) >= _TITLE_SHARE


def _verb_at(words: list[re.Match[str]], lexicon: Lexicon) -> tuple[int, str] | None:
    """The first inflected reporting verb after at least one capitalised word."""
    for index, match in enumerate(words[1:], start=1):
        form = match.group().lower()
        lemma = lexicon.inflected_verb(form)
        if lemma is None:
            continue
        before = words[index - 1].group()
        if before.lower() in _LINKING or not before[0].isupper():
            return None  # "Rules For Voting Are Set": the word is a noun here
        return index, lemma
    return None


def title_attributions(text: str, lexicon: Lexicon) -> list[Attribution]:
    """One attribution per title-case line whose words hold an inflected reporting verb."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        words = list(_WORD.finditer(line.group()))
        if not is_title([w.group() for w in words]):
            continue
        hit = _verb_at(words, lexicon)
        if hit is None:
            continue
        index, lemma = hit
        base = line.start()
        verb = words[index]
        cue: Offsets = (base + verb.start(), base + verb.end())
        source = trim(text, base + words[0].start(), cue[0])
        content = trim(text, cue[1], line.end())
        if content[1] - content[0] < 2 or index + 2 > len(words) or source[1] <= source[0]:
            continue
        cls = lexicon.verb_class(lemma) or "speech"
        found.append(
            Attribution(
                content=content,
                cue=cue,
                source=source,
                cls=cls,
                lemma=lemma,
                confidence=_CONFIDENCE,
                via="title",
            )
        )
    return found
