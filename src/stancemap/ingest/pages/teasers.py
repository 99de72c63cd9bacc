"""A link to another story glued into running text: "READ MORE: US slaps new sanctions on
Iran over missile test In a post on Twitter, Trump said ..." (session 70 CH).

A page kept as one paragraph (the News Articles set of 2016-2017) keeps its inline links
to related stories: a label ("READ MORE:", "RELATED:", "ALSO READ:", "WATCH:"; kind
``teaser`` of ``data/boilerplate.txt``) after a sentence end, then the other story's
headline, then this story's next sentence with no full stop between. The headline is
another story: its "US slaps new sanctions on Iran" is no act of this one, and glued to the
next sentence it garbles that sentence's parse. The headline ends where the next sentence
starts, told by its shape, never by a word list grown from errors:

* a sentence end inside it ("Who are Trump's cabinet picks?- Senate ...");
* a quotation closed after a quotation it opened ("'big step towards annexation' Before");
* an opening double quote after a word ("... immigration ban \\"This is the first ...");
* a function word (a determiner, pronoun, preposition or conjunction by the page
  tagger's Penn tag) written with a capital after a word (not after a dash or colon):
  "... missile test In a post", "... 50 days now A policeman": a headline in sentence
  case writes its function words small.

Where no such start is found within ``MAX_TEASER_WORDS`` words, only the label is excluded
(the headline cannot be told from the sentence). The text is never edited.
"""

from __future__ import annotations

import re

from ...records import Excluded
from ...rules import declare
from ..boilerplate import stripped_lines
from .lines import page_tagger

INLINE_TEASER = declare(
    "ingest.pages.inline_teaser",
    "a link to another story glued into running text ('READ MORE: US slaps new sanctions on "
    "Iran over missile test In a post ...'; label from data/boilerplate.txt kind teaser, "
    "after a sentence end) is excluded up to where the next sentence starts by shape (a "
    "sentence end, a closed quotation, an opening quote, a capitalised function word after "
    "a word); only the label where none is found (session 70 CH)",
    order=25,
)
MAX_TEASER_WORDS = 20
_TOKEN = re.compile(r"\S+")
_OPEN_QUOTES = "\"'“‘"
_CLOSE_QUOTES = "\"'”’"


# Penn tags of function words: written with a capital after a word, a sentence starts
FUNCTION_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "IN", "CC", "WDT", "WP", "WP$", "WRB", "EX"})
_WINDOW_CHARS = 250
_OPENING = frozenset({'"', "“", "‘", "'", "``"})
_CLOSING = frozenset({'"', "”", "’", "'", "''"})


def _capital(text: str) -> bool:
    return text[:1].isupper()


def _headline_end(body: str, start: int, tagger: str = "auto") -> int | None:
    """Where the headline that starts at ``start`` ends (the next sentence's start), or
    None when its shape does not tell. Only a window of the line after the label is tagged."""
    window = body[start : start + _WINDOW_CHARS]
    tokens = [t for t in page_tagger(tagger)(window) if not t.is_space][: MAX_TEASER_WORDS * 2]
    words = 0
    opened = False
    for n, token in enumerate(tokens):
        if token.is_alpha or token.like_num:
            words += 1
        if words > MAX_TEASER_WORDS:
            return None
        text = token.text
        if n == 0:
            opened = text in _OPENING
            continue
        previous = tokens[n - 1]
        nxt = next((t for t in tokens[n + 1 :] if t.text not in ("-", "–", "—")), None)
        if text in (".", "?", "!") and nxt is not None and _capital(nxt.text):
            return start + nxt.idx  # "picks?- Senate"
        told = nxt is not None and _capital(nxt.text)
        if told and text in _CLOSING and opened and previous.text not in _OPENING:
            assert nxt is not None
            return start + nxt.idx  # "'... annexation' Before"
        if told and text in _OPENING and text != "'" and not opened and previous.is_alpha:
            return start + token.idx  # 'ban "This is'
        if text in _OPENING:
            opened = True
        if (
            token.tag_ in FUNCTION_TAGS
            and _capital(text)
            and (len(text) == 1 or text[1:].islower())
            and (previous.is_alpha or previous.like_num)
        ):
            return start + token.idx  # "test In a post", "now A policeman"
    return None


def _teaser_labels(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    labels = "|".join(f"(?:{p.pattern})" for p in patterns)
    # after a sentence end (or the line's start): the label, its colon, perhaps a dash
    return re.compile(rf"(?:(?<=^)|(?<=[.!?\"'”’)]\s)|(?<=[.!?\"'”’)]-\s))(?:{labels}):\s?-?\s?")


def find_teasers(
    text: str, labels: tuple[re.Pattern[str], ...], tagger: str = "auto"
) -> list[Excluded]:
    """The teasers of ``text`` (offsets into it, end exclusive); ``tagger``: the spaCy
    pipeline that tags the words after a label (``[nlp] model``)."""
    label = _teaser_labels(labels)
    if label is None:
        return []
    out: list[Excluded] = []
    for body, start, _end in stripped_lines(text):
        for found in label.finditer(body):
            end = _headline_end(body, found.end(), tagger)
            stop = found.end() if end is None else end
            while stop > found.start() + 1 and body[stop - 1].isspace():
                stop -= 1
            out.append(Excluded(start=start + found.start(), end=start + stop, reason="teaser"))
    return out
