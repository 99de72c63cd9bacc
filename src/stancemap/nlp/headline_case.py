"""A title-case headline parsed in sentence case, its offsets still the original text's.

spaCy's small model reads a line set in title case ("Romney Blasts Trump as a 'Fraud'",
"Clinton And Trump Clash Over Trade") as a run of proper nouns: NER runs names on through
the verb and the parser finds no verb. When a document's first line is a title-case line
(the one definition, ``actors.headline_cut.is_title_line``), that paragraph is parsed in a
sentence-cased form of the same length: each word is lower-cased unless it is the line's
first word, a word after a colon, a word in capitals ("GOP", "DNC"), a word the document
writes with the same capital mid-sentence outside that line ("Trump", "Republican"), or a
word that with its neighbour in the line makes two capitalised words the document writes
together ("Marco Rubio", "Lindsey Graham").
The parse (tags, lemmas, morphology, dependencies, entities) is then put on a Doc whose
words are the original characters, so every offset and span still reads the original
``text``. Rule ``nlp.headline.sentence_case``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from ..rules import declare

SENTENCE_CASE = declare(
    "nlp.headline.sentence_case",
    "'Romney Blasts Trump as a Fraud': a document's first line in title case is parsed as "
    "'Romney blasts Trump as a fraud' (words the story capitalises mid-sentence kept), offsets "
    "unchanged",
)

_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
# a capitalised word after a lower-case word or a comma: a name the story writes so
_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'-]*")
# two capitalised words side by side (overlapping: "Sen. Marco Rubio" gives both pairs)
_PAIR = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*) (?=([A-Z][\w’'-]*))")
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


def headline_line(piece: str) -> bool:
    """A one-line paragraph set in title case."""
    from ..actors.headline_cut import is_title_line  # actors imports nlp

    line = piece.strip()
    if not line or "\n" in line:
        return False
    return is_title_line([m.group() for m in _WORD.finditer(line)])


class StoryCapitals:
    """What the text after its first ``skip`` characters writes with a capital: words
    mid-sentence, and pairs of capitalised words side by side."""

    def __init__(self, text: str, skip: int) -> None:
        self.words = frozenset(m.group() for m in _MID_SENTENCE.finditer(text, skip))
        self.pairs = frozenset(
            (_bare(m.group(1)), _bare(m.group(2))) for m in _PAIR.finditer(text, skip)
        )

    def keeps(self, word: str, before: str | None, after: str | None) -> bool:
        core = _bare(word)
        if word in self.words or core in self.words or _stem(core) in self.words:
            return True
        return (before is not None and (_bare(before), core) in self.pairs) or (
            after is not None and (core, _bare(after)) in self.pairs
        )


def story_capitals(text: str, skip: int) -> StoryCapitals:
    """See ``StoryCapitals``."""
    return StoryCapitals(text, skip)


def _bare(word: str) -> str:
    return _stem(word.rstrip(".,’'-"))


def sentence_cased(line: str, keep: StoryCapitals) -> str:
    """``line`` with each word lower-cased unless kept (see the module doc); same length."""
    out = list(line)
    matches = list(_WORD.finditer(line))
    for n, match in enumerate(matches):
        word = match.group()
        before = line[: match.start()].rstrip()
        if n == 0 or before.endswith(":") or not word[0].isupper():
            continue
        core = word.rstrip(".’'-")
        if len(core) > 1 and core.isupper():  # "GOP", "DNC", "U.S."
            continue
        prev = matches[n - 1].group() if _joined(line, matches, n - 1) else None
        nxt = matches[n + 1].group() if _joined(line, matches, n) else None
        if keep.keeps(word, prev, nxt):
            continue
        low = word.lower()
        if len(low) != len(word):
            continue
        out[match.start() : match.end()] = low
    return "".join(out)


def _joined(line: str, matches: list[re.Match[str]], a: int) -> bool:
    """Words ``a`` and ``a + 1`` of the line stand parted by one space alone."""
    if a < 0 or a + 1 >= len(matches):
        return False
    return line[matches[a].end() : matches[a + 1].start()] == " "


def _stem(word: str) -> str:
    """The word without a possessive ("Clinton’s" -> "Clinton")."""
    for end in ("’s", "'s"):
        if word.endswith(end):
            return word[: -len(end)]
    return word


def restore(parsed: Doc, original: str) -> Doc:
    """A Doc of ``original``'s characters carrying ``parsed``'s analysis (same length)."""
    words = [original[t.idx : t.idx + len(t)] for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    table: Any = parsed.to_array(_ATTRS)  # uint64 rows, one a token
    doc.from_array(_ATTRS, table)
    if parsed.tensor is not None and parsed.tensor.size:
        doc.tensor = parsed.tensor
    return doc
