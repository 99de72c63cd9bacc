"""Reading a pasted page: which lines are chrome, the headline, the dateline, the date.

    reading = read_page(text)
    reading.excluded      # chrome stretches of ``text`` (offsets exact, text untouched)
    reading.title         # the headline, never a banner or a breadcrumb
    reading.dateline      # place, agency, date of "ASTANA, Sept 22 (Reuters) -"
    reading.date, reading.date_source

Each decision is a named rule (``stancemap rules``) that ``[rules] disable``
switches off. The publication date comes, in this order, from a full date in
the dateline, from a credit/byline line of the page ("Published ...",
"Source: X | 2023-09-23 20:41"), or from a dateline's month and day put in
the year of the page's "now" banner; the banner's own date is never the
publication date: it is the day the page was saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ...datafiles import constants
from ...records import Excluded
from ...rules import RuleSwitches, declare
from ..boilerplate import find_boilerplate, find_running_chrome, load_patterns
from .classifier import LineModel, load_model
from .datelines import Dateline, parse_dateline
from .dates import dates_in, month_day, with_year_before
from .features import line_features
from .lines import (
    FINITE_TAGS,
    PageLine,
    is_menu_row,
    page_tagger,
    prose_reading,
    sentence_end,
    split_lines,
)
from .shapes import CHROME_SHAPES, chrome_shapes
from .teasers import INLINE_TEASER, find_teasers

CLASSIFIER = declare(
    "ingest.pages.classifier",
    "page lines the line classifier judges chrome (navigation, credits, banners, ...) are excluded",
    order=10,
)
PATTERNS = declare(
    "ingest.pages.patterns",
    "lines matching data/boilerplate.txt are excluded; a comment-section marker excludes the rest",
    order=20,
)
REPEATED_HEADLINE = declare(
    "ingest.pages.repeated_headline",
    "a later line repeating the headline (or its opening words) is excluded",
    order=30,
)
TITLE_BELOW_NAVIGATION = declare(
    "ingest.pages.title_below_navigation",
    "the title is the first headline line under the page's last navigation line above the "
    "body (breadcrumbs and section rows sit above a headline, never under it)",
    order=33,
)
KEEP_PROSE = declare(
    "ingest.pages.keep_prose",
    "a line of running prose between the first and last prose lines of the page is kept, "
    "whatever the classifier says (losing a body sentence costs more than keeping a teaser)",
    order=15,
)
SOLE_PROSE = declare(
    "ingest.pages.sole_prose",
    "the one line of running prose of a page is body, whatever the classifier says: a story "
    "pasted as one paragraph (a wire text, a corpus line) has no other body to lose it to",
    order=15.5,
)
FINITE_PROSE = declare(
    "ingest.pages.finite_prose",
    "a sentence of 10+ words that is prose by its finite verb, not by its stopwords (a "
    "news sentence full of names and titles), is body whatever the classifier says: the "
    "classifier learnt such stopword-poor lines as bylines and credits",
    order=16,
)
ABOVE_HEADLINE = declare(
    "ingest.pages.above_headline",
    "kept lines above the headline are page chrome (nothing of a story precedes its headline)",
    order=35,
)
DATELINE = declare(
    "ingest.pages.dateline",
    "a dateline opening the story ('CITY (Agency) -') is parsed into metadata and excluded",
    order=40,
)
DATELINE_OPENS_BODY = declare(
    "ingest.pages.dateline_opens_body",
    "a page with no headline line (its first line is body prose, taken as title for want "
    "of one) may open with the dateline: 'PARIS - Former President X said ...' is looked "
    "at for it too (else the place stays in the text as the subject of 'said')",
    order=41,
)
DATE_UNDER_HEADLINE = declare(
    "ingest.pages.date_under_headline",
    "when no credit line gives a date, a line with a full date between the headline and "
    "the first prose line does, if it was kept or taken for a banner (banners sit above "
    "a headline)",
    order=45,
)
DATED_SENTENCE = declare(
    "ingest.pages.dated_sentence_not_date_line",
    "under date_under_headline: a line that is a finished sentence with a finite verb ('The "
    "Senate voted on 3 March 2015 to block the bill.') is the story's prose, however short: "
    "the date it mentions is no publication date, and the look for a date line stops there "
    "(a date line - 'Published 3 March 2015', '28.11.2023 - Press release' - tells no act) "
    "(session 62 DT)",
    order=46,
)
PROSE_PARAGRAPH = declare(
    "ingest.pages.prose_paragraph_body",
    "a line of three or more sentences that is running prose up to its last sentence end is "
    "body whatever the classifier says, though it ends in chrome with no full stop ('... "
    "wait.\" Source:-Al Jazeera and news agencies'): no credit, byline or caption runs to "
    "three sentences (session 70 CH: the News Articles set's one-paragraph bodies were "
    "dropped whole as credit lines)",
    order=16.5,
)
SENTENCE_CHROME = declare(
    "ingest.pages.sentence_chrome",
    "chrome inside running text by shape (data/boilerplate.txt kinds sentence, inline): a "
    "closing 'Source: X' line, 'X contributed to this report.', 'Follow X on Twitter', an "
    "opinion page's disclaimer, a share row of platforms, an e-mail address, a print "
    "edition's tag, editors' initials crediting agencies ('ksb/rt (Reuters, dpa)') are "
    "excluded, the text unchanged (session 70 CH)",
    order=23,
)
AGENCY_LEAD = declare(
    "ingest.pages.agency_lead",
    "a line's opening agency tag glued to its first word ('(CNN)Iran's ...', 'Washington "
    "(CNN)President ...'; data/boilerplate.txt kind lead) is excluded like a dateline: "
    "neither the place nor the agency is anyone in the story (session 70 CH)",
    order=24,
)
BANNER_YEAR = declare(
    "ingest.pages.banner_year",
    "a dateline without a year takes the latest year that puts it on or before a date of "
    "the page's head (its 'now' banner, a timestamp)",
    order=50,
)

KEPT = frozenset({"body", "headline"})
# Chrome whose dates are not the page's: the day it was saved, teasers, comments.
NOT_DATE_LINES = frozenset({"banner", "related", "comment", "navigation"})


@cache
def _settings() -> dict[str, Any]:
    return constants("ingest")["pages"]


@dataclass
class PageReading:
    """What a page says about itself, and which of its stretches are chrome."""

    excluded: list[Excluded] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    dateline: Dateline | None = None
    dateline_date: str | None = None
    kinds: list[str] = field(default_factory=list)  # per non-empty line
    lines: list[PageLine] = field(default_factory=list)


def read_page(
    text: str,
    *,
    switches: RuleSwitches | None = None,
    model: LineModel | None = None,
    exclude: bool = True,
    tagger: str = "auto",
) -> PageReading:
    """Read ``text`` as a pasted page. ``exclude=False`` reads metadata but lists no chrome.
    ``tagger`` names the spaCy pipeline (``[nlp] model``) that tags name-dense lines."""
    switches = switches or RuleSwitches()
    settings = _settings()
    lines = split_lines(text)
    reading = PageReading(lines=lines)
    too_long = len(text) > settings["max_page_chars"]
    readings = [] if too_long else [prose_reading(line.text, tagger) for line in lines]
    prose = [reading is not None for reading in readings]
    if too_long or not any(prose):
        # A book-length text is no pasted page, and a text without one sentence of
        # running prose has no body to tell chrome from: only the cheap patterns apply.
        if exclude and switches.enabled(PATTERNS):
            reading.excluded = find_boilerplate(text)
        if exclude and switches.enabled(CHROME_SHAPES):
            reading.excluded = _merge(reading.excluded + chrome_shapes(text))
        if exclude:
            reading.excluded = _merge(reading.excluded + _running_chrome(text, switches, tagger))
        reading.kinds = ["body"] * len(lines)
        reading.title = lines[0].text[: settings["max_title_chars"]] if lines else None
        return reading
    kinds, headline_p = _classify(text, lines, prose, model or load_model(), switches, settings)
    if switches.enabled(FINITE_PROSE) and switches.enabled(CLASSIFIER):
        for i, why in enumerate(readings):
            if why == "finite-verb" and kinds[i] not in KEPT:
                kinds[i] = "body"
    if switches.enabled(PROSE_PARAGRAPH) and switches.enabled(CLASSIFIER):
        for i, line in enumerate(lines):
            if kinds[i] not in KEPT and prose_paragraph(line.text, tagger):
                kinds[i] = "body"
    title_at = _headline(
        lines,
        kinds,
        headline_p,
        settings["title_min_probability"],
        switches.enabled(TITLE_BELOW_NAVIGATION),
    )
    if title_at is not None:
        reading.title = lines[title_at].text[: settings["max_title_chars"]]
        if switches.enabled(REPEATED_HEADLINE):
            _mark_repeats(lines, kinds, title_at)
        if switches.enabled(ABOVE_HEADLINE):
            for i in range(title_at):
                if kinds[i] in KEPT:
                    kinds[i] = "above-headline"
    reading.kinds = kinds
    dateline_at = (
        _find_dateline(lines, kinds, title_at, settings, switches.enabled(DATELINE_OPENS_BODY))
        if switches.enabled(DATELINE)
        else None
    )
    spans: list[Excluded] = []
    if dateline_at is not None:
        at, found = dateline_at
        reading.dateline = found.shifted(lines[at].start)
        reading.dateline_date = _full_date(found.date_text)
        if kinds[at] in KEPT:
            end = lines[at].start + len(lines[at].text[: found.end].rstrip())
            spans.append(Excluded(start=lines[at].start, end=end, reason="dateline"))
    reading.date, reading.date_source = _publication_date(
        reading, lines, kinds, title_at or 0, switches, prose, tagger
    )
    if exclude:
        spans.extend(
            Excluded(start=line.start, end=line.end, reason=kind)
            for line, kind in zip(lines, kinds, strict=True)
            if kind not in KEPT
        )
        if switches.enabled(PATTERNS):
            spans.extend(find_boilerplate(text))
        if switches.enabled(CHROME_SHAPES):
            spans.extend(chrome_shapes(text))
        spans.extend(_running_chrome(text, switches, tagger))
        reading.excluded = _merge(spans)
    return reading


_SENTENCE_ENDS = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"“‘'(]?[A-Z0-9])")
PARAGRAPH_SENTENCES = 3
# a piece of fewer words is an abbreviation's cut ('Photo: U.S.'), no sentence of its own
SENTENCE_MIN_WORDS = 4


def prose_paragraph(line: str, tagger: str = "auto") -> bool:
    """``line`` holds three or more sentences and is running prose up to its last sentence
    end, whatever follows it (``ingest.pages.prose_paragraph_body``)."""
    ends = list(_SENTENCE_ENDS.finditer(line))
    if len(ends) + 1 < PARAGRAPH_SENTENCES:
        return False
    cuts = [0, *(end.end() for end in ends), len(line)]
    pieces = [line[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    if sum(len(piece.split()) >= SENTENCE_MIN_WORDS for piece in pieces) < PARAGRAPH_SENTENCES:
        return False
    last = len(line) if sentence_end(line) else ends[-1].end()
    return prose_reading(line[:last].rstrip(), tagger) is not None


def _running_chrome(text: str, switches: RuleSwitches, tagger: str = "auto") -> list[Excluded]:
    """Chrome glued into running text (``ingest.pages.sentence_chrome``, ``agency_lead``)."""
    sentences, leads = switches.enabled(SENTENCE_CHROME), switches.enabled(AGENCY_LEAD)
    out = find_running_chrome(text, sentences=sentences, leads=leads) if sentences or leads else []
    if switches.enabled(INLINE_TEASER):
        out.extend(find_teasers(text, load_patterns().teasers, tagger))
    return out


def _classify(
    text: str,
    lines: list[PageLine],
    prose: list[bool],
    model: LineModel,
    switches: RuleSwitches,
    settings: dict[str, Any],
) -> tuple[list[str], list[float]]:
    """Each line's class, and its probability of being a headline.

    With ``keep_prose`` on, a prose line inside the prose block is body
    whatever the classifier would say, so it is not described at all: on a
    full-size page those lines are most of the cost.
    """
    n = len(lines)
    if not switches.enabled(CLASSIFIER):
        return ["body"] * n, [0.0] * n
    settled = [False] * n
    if switches.enabled(KEEP_PROSE):
        inside = [i for i, p in enumerate(prose) if p][1:-1]
        for i in inside:
            settled[i] = True
    if switches.enabled(SOLE_PROSE) and sum(prose) == 1:
        settled[prose.index(True)] = True  # the page's only prose: its story
    judged = [i for i in range(n) if not settled[i]]
    probabilities = model.probabilities(line_features(text, lines, prose, judged))
    kept = [model.classes.index(k) for k in KEPT if k in model.classes]
    headline = model.classes.index("headline") if "headline" in model.classes else None
    kinds = ["body"] * n
    headline_p = [0.0] * n
    for i, row in zip(judged, probabilities, strict=True):
        best = model.classes[int(row.argmax())]
        if best not in KEPT and row[kept].sum() >= settings["keep_probability"]:
            # unsure: keeping a body line matters more than dropping a chrome line
            best = model.classes[max(kept, key=lambda k: row[k])]
        if (
            best == "headline"
            and (found := parse_dateline(lines[i].text))
            and found.end < len(lines[i].text)
        ):
            # a story opens with its dateline: that line is body, whatever it looks like
            best = "body"
        kinds[i] = best
        if headline is not None:
            headline_p[i] = float(row[headline])
    return kinds, headline_p


def _headline(
    lines: list[PageLine],
    kinds: list[str],
    headline_p: list[float],
    min_p: float,
    below_navigation: bool = True,
) -> int | None:
    """The first headline line above the body that is no row of section names
    (with ``below_navigation``: the first under the last navigation line, if
    there is one); else the likeliest line above the body; else the first
    kept line.
    """
    first_body = next((i for i, kind in enumerate(kinds) if kind == "body"), len(kinds))
    above = [
        i for i in range(first_body) if kinds[i] == "headline" and not is_menu_row(lines[i].text)
    ]
    if above and below_navigation:
        # breadcrumbs and section rows sit above a story's headline, never under it
        last_nav = max((i for i in range(first_body) if kinds[i] == "navigation"), default=-1)
        above = [i for i in above if i > last_nav] or above
    if above:
        return above[0]
    # a story has a headline: the likeliest line above the body, if likely enough
    candidates = [i for i in range(first_body) if headline_p[i] >= min_p]
    if candidates:
        best = max(candidates, key=lambda i: headline_p[i])
        kinds[best] = "headline"
        return best
    return next((i for i, kind in enumerate(kinds) if kind in KEPT), None)


_WORDS = re.compile(r"\w+")


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _mark_repeats(lines: list[PageLine], kinds: list[str], title_at: int) -> None:
    title = _normal(lines[title_at].text)
    for i in range(title_at + 1, len(lines)):
        if kinds[i] not in KEPT or len(lines[i].text) > 2 * len(lines[title_at].text):
            continue
        line = _normal(lines[i].text)
        if len(line.split()) >= 3 and (line == title or title.startswith(line + " ")):
            kinds[i] = "repeated-headline"


def _find_dateline(
    lines: list[PageLine],
    kinds: list[str],
    title_at: int | None,
    settings: dict[str, Any],
    body_title: bool = False,
) -> tuple[int, Dateline] | None:
    """The dateline among the first lines after the headline; with ``body_title``, from the
    title line itself when that is a body line (a page without a headline), in a form with
    a dash, an agency or a date: a title line's "AP: ..." or "HUFFPOLLSTER: ..." is a
    headline's label, no dateline."""
    start = 0 if title_at is None else title_at + 1
    if body_title and title_at is not None and kinds[title_at] == "body":
        start = title_at
    looked = 0
    for i in range(start, len(lines)):
        if kinds[i] not in KEPT and kinds[i] != "dateline":
            continue
        found = parse_dateline(lines[i].text)
        if found is not None and i == title_at and _label_form(lines[i].text, found):
            found = None
        if found is not None:
            return i, found
        looked += kinds[i] in KEPT
        if looked >= settings["dateline_lines"]:
            break
    return None


def _label_form(line: str, found: Dateline) -> bool:
    """A place alone before a colon ("AP: ..."): on a title line, a label."""
    return not found.agency and not found.date_text and line[: found.end].rstrip().endswith(":")


_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _told_sentence(line: str, tagger: str) -> bool:
    """``line`` is a finished sentence whose finite verb has a noun or pronoun before it
    (its subject: "The Senate voted on 3 March 2015."): prose, however short; a credit
    line's verb opens it ("Last updated on 3 March 2015."). The tagger runs only on the
    dated lines under a headline that ``prose`` missed."""
    if not (sentence_end(line) and dates_in(line)):
        return False
    seen_noun = False
    for token in page_tagger(tagger)(line):
        if token.tag_ in FINITE_TAGS:
            return seen_noun
        seen_noun = seen_noun or token.tag_ in _SUBJECT_TAGS
    return False


def _full_date(date_text: str | None) -> str | None:
    if not date_text:
        return None
    found = dates_in(date_text)
    return found[0][1] if found else None


def _publication_date(
    reading: PageReading,
    lines: list[PageLine],
    kinds: list[str],
    title_at: int,
    switches: RuleSwitches,
    prose: list[bool],
    tagger: str = "auto",
) -> tuple[str | None, str | None]:
    """The dateline's full date, else the first dated credit line under the headline,
    else one above it that the classifier does not take for a "now" banner.

    A banner's date is the day the page was saved: it only gives a dateline
    without a year its year. ``prose``: each line's ``is_prose``, read once; ``tagger``
    reads a short dated sentence's verb (``ingest.pages.dated_sentence_not_date_line``).
    """
    if reading.dateline_date:
        return reading.dateline_date, "dateline"
    below = range(title_at + 1, len(lines))
    above = range(title_at)
    for span, usable in ((below, NOT_DATE_LINES), (above, NOT_DATE_LINES | {"above-headline"})):
        for i in span:
            if kinds[i] not in KEPT and kinds[i] not in usable:
                found = dates_in(lines[i].text)
                if found:
                    return found[0][1], "page"
    if switches.enabled(DATE_UNDER_HEADLINE):
        # a dated line between the headline and the story is its date line, whether
        # the classifier kept it or took it for a "now" banner, which sits above a
        # headline, never under it ("28.11.2023 - Press release")
        told = switches.enabled(DATED_SENTENCE)  # a short finished sentence is prose too
        for i in below:
            if prose[i] or (told and _told_sentence(lines[i].text, tagger)):
                break
            found = dates_in(lines[i].text) if kinds[i] in KEPT | {"banner"} else []
            if found:
                return found[0][1], "page"
    dateline = reading.dateline
    partial = month_day(dateline.date_text) if dateline and dateline.date_text else None
    if partial and switches.enabled(BANNER_YEAR):
        # any date of the page's head (banner, stray timestamp) is on or after the story's
        head = next((i for i, kind in enumerate(kinds) if kind == "body"), len(kinds))
        for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
            found = dates_in(line.text) if kind == "banner" or i < head else []
            if found:
                return with_year_before(*partial, found[0][1]), "dateline+banner-year"
    return None, None


def _merge(spans: list[Excluded]) -> list[Excluded]:
    """Sorted, without stretches inside another (a line inside a comment section)."""
    out: list[Excluded] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start >= out[-1].start and span.end <= out[-1].end:
            continue
        out.append(span)
    return out
