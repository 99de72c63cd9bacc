"""A second source of real news for the judged files: the Lee corpus (session 51).

By session 50 every PolNeAR check article was in a judged check file, so a rule that
changed nothing judged could earn no blind evidence. The Lee corpus (Lee, Pincombe and
Welsh 2005) is 350 short news stories of the Australian Broadcasting Corporation's news
mail service (2001-2002: Afghanistan, the Middle East, Australian politics, bushfires),
one story per line. It ships with gensim's test data on PyPI (``lee_background.cor``,
300 stories, and ``lee.cor``, 50), so it reaches a machine that can only install
packages. Nobody on the project had read it before session 51: a different outlet, era
and subject from the 2016 US campaign of PolNeAR.

The texts stay where they are installed (``pip install gensim``, or
``STANCEMAP_LEE_CORPUS`` naming a folder that holds the two files); the project keeps
only its judgements, by article stem and offsets, like the PolNeAR ones. A story's stem
is ``abc-lee-bg-NNN`` (background file, 0-based line) or ``abc-lee-t-NN``; the stories
carry no date, so the pipeline reads them undated (since session 62 with their period,
``PERIOD``).
"""

from __future__ import annotations

from pathlib import Path

from .installed_corpus import installed_folder
from .split import part_of

SOURCE = "lee"
ENV = "STANCEMAP_LEE_CORPUS"
FILES = {"abc-lee-bg": "lee_background.cor", "abc-lee-t": "lee.cor"}
# session 62 DT: the stories' years (ABC news mail of 2001-2002, as above), the period
# every story is read in where a rule reads periods (``actors.link.document_period``)
PERIOD = ("2001-01-01", "2002-12-31")


def default_folder() -> Path | None:
    """``$STANCEMAP_LEE_CORPUS``, else gensim's installed test data (found without
    importing gensim), else None."""
    return installed_folder(ENV, "gensim", "test", "test_data")


def is_lee(stem: str) -> bool:
    """Whether an article stem names a Lee story."""
    return any(stem.startswith(prefix + "-") for prefix in FILES)


class LeeArticles:
    """The Lee stories by stem, with the interface of ``judged_news.Articles``."""

    def __init__(self, folder: Path | None = None) -> None:
        self.root = folder if folder is not None else default_folder()
        self._lines: dict[str, list[str]] = {}

    def exists(self) -> bool:
        return self.root is not None and all((self.root / f).is_file() for f in FILES.values())

    def _stories(self, prefix: str) -> list[str]:
        if prefix not in self._lines:
            assert self.root is not None
            # Latin-1: the files are ASCII but for one pound sign (byte 0xa3)
            raw = (self.root / FILES[prefix]).read_text(encoding="latin-1")
            # one story per line; trailing blanks are the file's, not the story's
            self._lines[prefix] = [line.rstrip() for line in raw.split("\n") if line.strip()]
        return self._lines[prefix]

    def stems(self, part: str | None = None) -> list[str]:
        """Every story's stem in file order, or those of one split part (tune, check)."""
        if not self.exists():
            return []
        every = [f"{prefix}-{n:03d}" for prefix in FILES for n in range(len(self._stories(prefix)))]
        return every if part is None else [s for s in every if part_of(s) == part]

    def text(self, stem: str) -> str | None:
        prefix, _, number = stem.rpartition("-")
        if prefix not in FILES or not number.isdigit() or not self.exists():
            return None
        stories = self._stories(prefix)
        n = int(number)
        return stories[n] if n < len(stories) else None
