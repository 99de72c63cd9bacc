"""Boilerplate lines in plain text: comment forms, share bars, cookie notices.

The text is never edited (offsets must stay exact); we list the stretches to
skip. A line is boilerplate when it matches one of the ``line`` patterns in
``data/boilerplate.txt``; a ``tail`` marker ("Leave a Reply") excludes it and
everything after it, because comment sections follow the article body.

Session 70 CH: chrome inside running text. A corpus that keeps an article as one
paragraph (the News Articles set of 2016-2017) glues its page furniture to the prose:
"... wait." Source:-Al Jazeera and news agencies', 'ABC News' X contributed to this
report.', 'Send Facebook Twitter ... Permalink http://...', '(CNN)Iran's Supreme Leader'.
Three more kinds of the same file list it by shape (``find_running_chrome``, rules
``ingest.pages.sentence_chrome`` and ``ingest.pages.agency_lead``):

* ``sentence``: a whole sentence of a line (or a run of such pieces one after another)
  that is chrome ("X contributed to this report.", "Source: news agencies");
* ``inline``: a stretch anywhere in a line that no prose has (a row of four sharing
  platforms, an e-mail address, a print edition's "(X Weekly 01/13/2017 page8)");
* ``lead``: a line's opening tag of the agency ("(CNN)", "Washington (CNN)") glued to
  the first word of the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..records import Excluded

KINDS = ("line", "tail", "sentence", "inline", "lead", "teaser")
# A "line" longer than this is prose, whatever words it contains.
MAX_LINE_CHARS = 200


@dataclass(frozen=True)
class BoilerplatePatterns:
    """Compiled patterns: ``line`` ones exclude a line, ``tail`` ones the rest of the text."""

    lines: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]
    sentences: tuple[re.Pattern[str], ...] = ()
    inlines: tuple[re.Pattern[str], ...] = ()
    leads: tuple[re.Pattern[str], ...] = ()
    teasers: tuple[re.Pattern[str], ...] = ()

    def __post_init__(self) -> None:
        # One alternation per kind: a 50 MB text has a million lines to test.
        object.__setattr__(self, "_line_any", _combine(self.lines))
        object.__setattr__(self, "_tail_any", _combine(self.tails))
        # a run of chrome pieces, each one whole ("Follow X on Twitter: @x Source: AP")
        one = _combine(self.sentences)
        run = (
            None
            if one is None
            else re.compile(rf"(?:{one.pattern})(?:\s+(?:{one.pattern}))*", re.IGNORECASE)
        )
        object.__setattr__(self, "_sentence_run", run)
        inline = _combine(self.inlines)
        object.__setattr__(
            self,
            "_inline_any",
            None
            if inline is None
            else re.compile(rf"(?<![\w@.+-])(?:{inline.pattern})(?![\w@])", re.IGNORECASE),
        )
        object.__setattr__(self, "_lead_any", _combine(self.leads))

    def is_line(self, body: str) -> bool:
        """True when a stripped line is boilerplate on its own."""
        pattern: re.Pattern[str] | None = self._line_any  # type: ignore[attr-defined]
        return pattern is not None and pattern.fullmatch(body) is not None

    def is_tail(self, body: str) -> bool:
        """True when a stripped line starts a comment section."""
        pattern: re.Pattern[str] | None = self._tail_any  # type: ignore[attr-defined]
        return pattern is not None and pattern.fullmatch(body) is not None


def _combine(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def parse_patterns(raw: str, path: str) -> BoilerplatePatterns:
    """Parse a boilerplate file (``kind<TAB>regex`` rows); errors name file and line."""
    found: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in KINDS}
    for number, row in enumerate(raw.splitlines(), start=1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        kind, tab, pattern = row.partition("\t")
        kind, pattern = kind.strip(), pattern.strip()
        if not tab:
            raise KnowledgeBaseError(path, number, None, "expected 'kind<TAB>regex'")
        if kind not in KINDS:
            raise KnowledgeBaseError(path, number, "kind", f"'{kind}' is not one of {KINDS}")
        if not pattern:
            raise KnowledgeBaseError(path, number, "regex", "empty pattern")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise KnowledgeBaseError(path, number, "regex", f"invalid regex: {exc}") from None
        if compiled.fullmatch(""):
            raise KnowledgeBaseError(path, number, "regex", "matches an empty line")
        found[kind].append(compiled)
    return BoilerplatePatterns(
        tuple(found["line"]),
        tuple(found["tail"]),
        tuple(found["sentence"]),
        tuple(found["inline"]),
        tuple(found["lead"]),
        tuple(found["teaser"]),
    )


def load_patterns(path: str | Path | None = None) -> BoilerplatePatterns:
    """The shipped patterns (``path=None``) or those of a user file."""
    if path is None:
        return _shipped()
    return parse_patterns(Path(path).read_text("utf-8"), str(path))


@lru_cache(maxsize=1)
def _shipped() -> BoilerplatePatterns:
    resource = resources.files("stancemap").joinpath("data/boilerplate.txt")
    return parse_patterns(resource.read_text("utf-8"), "stancemap/data/boilerplate.txt")


def stripped_lines(text: str) -> Iterator[tuple[str, int, int]]:
    """Each line of ``text`` without its edge spaces, with the offsets of that stripped
    body in ``text`` (end exclusive)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos + (len(line) - len(line.lstrip()))
        yield line.strip(), start, pos + len(line.rstrip())
        pos += len(line)


def find_boilerplate(text: str, patterns: BoilerplatePatterns | None = None) -> list[Excluded]:
    """The boilerplate stretches of ``text`` (offsets into ``text``, end exclusive)."""
    patterns = patterns or _shipped()
    out: list[Excluded] = []
    for body, start, end in stripped_lines(text):
        if not body or len(body) > MAX_LINE_CHARS:
            continue
        if patterns.is_tail(body):
            out.append(Excluded(start=start, end=len(text), reason="comment-section"))
            break
        if patterns.is_line(body):
            out.append(Excluded(start=start, end=end, reason="boilerplate-line"))
    return out


# where a sentence ends inside a line: . ! ? and the closing quotes or brackets after it
_ENDED = re.compile(r"[.!?][\"'”’)\]]*$")
_WORD_START = re.compile(r"(?<=\s)\S")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")


def _pieces(body: str) -> Iterator[tuple[int, int]]:
    """The sentences of a line as (start, end) offsets into it, edge spaces left out."""
    pos = 0
    for found in _SENTENCE_BREAK.finditer(body):
        yield pos, found.start()
        pos = found.end()
    if pos < len(body):
        yield pos, len(body.rstrip())


def find_running_chrome(
    text: str,
    patterns: BoilerplatePatterns | None = None,
    *,
    sentences: bool = True,
    leads: bool = True,
) -> list[Excluded]:
    """Chrome inside running text (``sentence``, ``inline`` and ``lead`` patterns): its
    stretches (offsets into ``text``, end exclusive). ``sentences`` lists the sentence and
    inline kinds, ``leads`` the lead kind."""
    patterns = patterns or _shipped()
    run: re.Pattern[str] | None = patterns._sentence_run  # type: ignore[attr-defined]
    inline: re.Pattern[str] | None = patterns._inline_any  # type: ignore[attr-defined]
    lead: re.Pattern[str] | None = patterns._lead_any  # type: ignore[attr-defined]
    out: list[Excluded] = []
    for body, start, _end in stripped_lines(text):
        if not body:
            continue
        if leads and lead is not None and (found := lead.match(body)) is not None:
            out.append(Excluded(start=start, end=start + found.end(), reason="agency-lead"))
        if not sentences:
            continue
        if inline is not None:
            out.extend(
                Excluded(start=start + m.start(), end=start + m.end(), reason="inline-chrome")
                for m in inline.finditer(body)
            )
        if run is not None:
            pieces = list(_pieces(body))
            for a, b in pieces:
                whole = (a, b) == (0, len(body))  # a line of its own: the line patterns'
                if not whole and b > a and run.fullmatch(body, a, b) is not None:
                    out.append(Excluded(start=start + a, end=start + b, reason="chrome-sentence"))
                elif (a, b) == pieces[-1] and not _ENDED.search(body):
                    # a closing credit glued to the last sentence, no full stop between
                    # ("... the 65 seat majority Source:-News agencies"): from a word start
                    for word in _WORD_START.finditer(body, a, b):
                        if word.start() > a and run.fullmatch(body, word.start(), b):
                            out.append(
                                Excluded(
                                    start=start + word.start(),
                                    end=start + b,
                                    reason="chrome-sentence",
                                )
                            )
                            break
    return sorted(out, key=lambda ex: (ex.start, ex.end))
