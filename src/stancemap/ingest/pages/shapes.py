"""Page furniture told by its shape, not by any outlet's name.

Two shapes the line classifier and the patterns of ``data/boilerplate.txt`` miss on real
news (PolNeAR, session 29):

* a photo credit on a line of its own: a few capitalised words, then "via" or a slash,
  then a few capitalised words ("Paras Griffin via Getty Images.", "John Moore/Getty
  Images.") - no verb, no sentence, nobody of the story;
* a widget row whose words lost their spaces when the page became text ("Igor
  BobicFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMJeb Bush
  Hits ..."): a word with three or more glued capitals inside is buttons and user names.
  The row is furniture up to its last glued word or time stamp; what follows on the line
  (a live blog post's own headline) is kept.

The text is never edited: the stretches are listed as excluded (offsets exact).
"""

from __future__ import annotations

import re

from ...records import Excluded
from ...rules import declare
from ..boilerplate import stripped_lines

CHROME_SHAPES = declare(
    "ingest.pages.chrome_shapes",
    "page furniture by shape: a photo credit line ('Name via Name.', 'Name/Name.': capitalised "
    "words only) and a widget row whose words lost their spaces ('BobicFlagShareLikeReply', "
    "up to its last glued word or time stamp) are excluded",
    order=22,
)

_CAP_WORD = r"(?:[A-Z][A-Za-z.'’-]*|[A-Z]\.)"
_NAMES = rf"{_CAP_WORD}(?: {_CAP_WORD}){{0,4}}"
# "Paras Griffin via Getty Images." / "John Moore/Getty Images." / "Bloomberg via Getty Images"
_CREDIT = re.compile(rf"{_NAMES}(?: via |/ ?){_NAMES}\.?")
# a word of letters and digits (no hashtag, handle, address) and its capitals glued inside
# it: lower case then upper case ("BobicFlagShareLikeReplyAni" 5, "McCain" 1)
_WORD = re.compile(r"(?<![\w#@/.])[A-Za-z0-9]+(?![\w/.@])")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# a clock time, perhaps glued to what follows ("10:57PMJeb")
_TIME = re.compile(r"\d{1,2}:\d{2} ?(?:AM|PM|am|pm)")
MAX_CREDIT_WORDS = 9


def chrome_shapes(text: str) -> list[Excluded]:
    """The credit lines and widget rows of ``text`` (end exclusive)."""
    out: list[Excluded] = []
    for body, start, end in stripped_lines(text):
        if not body:
            continue
        if len(body.split()) <= MAX_CREDIT_WORDS and _CREDIT.fullmatch(body):
            out.append(Excluded(start=start, end=end, reason="credit"))
            continue
        glued = _glued_words(body)
        if not glued:
            continue
        stop = glued[-1].end()
        times = [m for m in _TIME.finditer(body) if m.start() >= glued[0].start()]
        if times:
            stop = max(stop, times[-1].end())  # "10:57PMJeb": the post's headline follows
        out.append(Excluded(start=start, end=start + stop, reason="widget"))
    return out


def _glued_words(body: str) -> list[re.Match[str]]:
    """The glued words of a widget row: it needs one word with three capitals glued inside
    it (none on a line of ordinary words). Two words with two each are brand names in
    prose ("RealClearPolitics ... FiveThirtyEight": PolNeAR tune, a sentence lost), so
    they count only beside such a word."""
    counted = [(m, len(_INNER_CAPITAL.findall(m.group()))) for m in _WORD.finditer(body)]
    if any(n >= 3 for _, n in counted):
        return [m for m, n in counted if n >= 2]
    return []
