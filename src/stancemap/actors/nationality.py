"""People the KB does not know, by the nationality their Wikipedia article gives.

``data/kb/nationality_wikipedia.tsv.gz`` holds about a million English Wikipedia
person titles with the one country their nationality names (built by
``stancemap kb nationality``, see ``build_table``; source and licence in
``data/kb/NOTICE-nationality.md``). It is no KB of office holders - no roles, no
dates - only a country for a full name nobody else knows, so:

* it is tried after every other reading (rule ``actors.link.nationality_list`` and,
  in documents, ``actors.names.nationality_list`` inside a new person);
* only a full name of two words or more, as written, is looked up (never a
  surname alone, never a place);
* what the text says about the person wins over it (``country_source`` marks it,
  ``as_described`` lets the text replace it);
* its confidence is the share of KB office holders the table's nationality word
  places in the KB's own country (measured by the build, per word).

The table is read lazily on the first look-up and searched in place (sorted lines,
binary search over their offsets), so it costs about its decompressed size in memory
and nothing for a process that never asks.
"""

from __future__ import annotations

import gzip
import pickle
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..datafiles import constants, read_table
from ..errors import KnowledgeBaseError
from .countries import demonym_index, known_country_codes
from .normalize import clean, fold

TABLE = "data/kb/nationality_wikipedia.tsv.gz"
WORDS = "kb/nationality_words.tsv"
SOURCE = "wikipedia-nationality"
_SETTINGS = constants("actors")["nationality"]


@dataclass(frozen=True)
class Nationality:
    """The country a Wikipedia person title's nationality names, and how far to trust it."""

    title: str
    country: str
    confidence: float


# ---------------------------------------------------------------- look-up


class NationalityTable:
    """Sorted ``key<TAB>ISO3<TAB>title<TAB>confidence`` lines, searched in place."""

    def __init__(self, data: bytes) -> None:
        # comment lines (source, licence) come first and are skipped (no copy of the body)
        base = 0
        while data.startswith(b"#", base):
            base = data.index(b"\n", base) + 1
        self._data = data
        ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8, offset=base) == 10) + base
        self._starts = np.concatenate(([base], ends[:-1] + 1)).astype(np.int64)
        self._ends = ends.astype(np.int64)

    def __len__(self) -> int:
        return len(self._starts)

    def _key(self, row: int) -> bytes:
        start = int(self._starts[row])
        return self._data[start : self._data.index(b"\t", start)]

    def get(self, name: str) -> Nationality | None:
        """The entry of a full name (folded: case, accents, apostrophes), or None."""
        key = fold(name).encode()
        low, high = 0, len(self._starts)
        while low < high:
            middle = (low + high) // 2
            if self._key(middle) < key:
                low = middle + 1
            else:
                high = middle
        if low == len(self._starts) or self._key(low) != key:
            return None
        line = self._data[int(self._starts[low]) : int(self._ends[low])].decode()
        _, country, title, confidence = line.split("\t")
        return Nationality(title, country, float(confidence))


@lru_cache(maxsize=1)
def shipped_table() -> NationalityTable | None:
    """The shipped table (read once per process), or None where it is not installed."""
    path = resources.files("stancemap").joinpath(TABLE)
    if not path.is_file():
        return None
    return NationalityTable(gzip.decompress(path.read_bytes()))


def looks_like_full_name(words: list[str]) -> bool:
    """Two to five capitalised words ("Heiko Maas", "Jam Kamal Khan"), no digits."""
    if not 2 <= len(words) <= int(_SETTINGS["max_words"]):
        return False
    return all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)


def nationality_of(name: str, table: NationalityTable | None = None) -> Nationality | None:
    """The country the nationality list gives a full personal name, or None."""
    words = clean(name).split()
    if not looks_like_full_name(words):
        return None
    table = table if table is not None else shipped_table()
    return table.get(" ".join(words)) if table is not None else None


# ---------------------------------------------------------------- build


class _NoCode(pickle.Unpickler):
    """Reads a pickle of plain dicts, lists and strings; refuses anything that runs code."""

    def find_class(self, module: str, name: str) -> Any:
        raise KnowledgeBaseError(
            "name2nats.pkl", None, None, f"refused {module}.{name}: the table must be plain data"
        )


def read_name2nat(path: Path) -> dict[str, list[str]]:
    """``name2nats.pkl`` of the ``name2nat`` package: Wikipedia person title -> nationality
    words (most frequent first). Only plain data is unpickled."""
    with path.open("rb") as handle:
        data = _NoCode(handle).load()
    if not isinstance(data, dict):
        raise KnowledgeBaseError(str(path), None, None, "expected a dict of title -> nationalities")
    return data


def nationality_words() -> dict[str, str | None]:
    """Nationality word (folded) -> ISO3, or None for a word naming no one state.

    The project's demonyms first (``countries.tsv``, ethnic groups with one home), then
    ``nationality_words.tsv`` for the words Wikipedia uses that are not demonyms of a
    state ("English", "Welsh", "Pole") or that name several ("Korean", "Tamil": None)."""
    out: dict[str, str | None] = {}
    for word, codes in demonym_index().items():
        out[word] = codes[0] if len(codes) == 1 else None
    known = known_country_codes()
    for row in read_table(WORDS, required=("word",), unique="word"):
        iso3 = row.get("country") or None
        if iso3 is not None and iso3 not in known:
            raise KnowledgeBaseError(WORDS, int(row["_line"]), "country", f"unknown code {iso3}")
        out[fold(row["word"])] = iso3
    return out


def kb_countries(people: Iterable[Any]) -> dict[str, set[str]]:
    """Folded name -> the countries of KB people of that name (their roles' countries)."""
    out: dict[str, set[str]] = defaultdict(set)
    for actor in people:
        if actor.type != "person":
            continue
        countries = {r.country for r in actor.roles if r.country} | (
            {actor.country} if actor.country else set()
        )
        if countries:
            for name in actor.names():
                out[fold(name)] |= countries
    return out


def agreement(
    entries: dict[str, tuple[str, str, str]], known: dict[str, set[str]]
) -> dict[str, tuple[int, int]]:
    """Per nationality word: (KB people whose country it names, KB people it places)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, (_, country, word) in entries.items():
        if key in known:
            tally[word][1] += 1
            tally[word][0] += int(country in known[key])
    return {w: (a, n) for w, (a, n) in tally.items()}


def build_table(source: dict[str, list[str]], people: Iterable[Any]) -> tuple[list[str], dict]:
    """The table's lines (sorted by key) and a report, from title -> nationality words.

    Kept: titles of two words or more whose nationality words all name one state; a
    folded key that two titles of different countries share is dropped, and so is a
    name made of very common first and last words (``_common_names``). Each word's
    confidence is its agreement with the KB's office holders, smoothed; a word whose
    agreement is under ``min_agreement`` over at least ``min_evidence`` KB people (the
    list's "Guinean" for Papua New Guineans, "British" for colonial governors) is
    dropped whole."""
    words = nationality_words()
    unmapped: Counter[str] = Counter()
    entries: dict[str, tuple[str, str, str]] = {}
    clashes: set[str] = set()
    for title, nationalities in source.items():
        if not isinstance(title, str) or not nationalities or "(" in title:
            continue
        title = clean(title)
        if not looks_like_full_name(title.split()):
            continue
        countries = {words.get(fold(n)) for n in nationalities}
        if len(countries) != 1 or None in countries:
            unmapped.update(n for n in nationalities if words.get(fold(n)) is None)
            continue
        (country,) = countries
        key = fold(title)
        if not key or "\t" in title:
            continue
        if key in entries and entries[key][1] != country:
            clashes.add(key)
            continue
        entries.setdefault(key, (title, str(country), fold(nationalities[0])))
    for key in clashes:
        entries.pop(key, None)
    common = _common_names(source, entries)
    for key in common:
        entries.pop(key)
    agree = agreement(entries, kb_countries(people))
    prior, weight = float(_SETTINGS["prior"]), float(_SETTINGS["prior_weight"])
    confidence = {word: (a + prior * weight) / (n + weight) for word, (a, n) in agree.items()}
    floor, evidence = float(_SETTINGS["min_agreement"]), int(_SETTINGS["min_evidence"])
    # too few KB people say nothing against a word ("Kazakh", 1 of 1): kept, smoothed
    dropped = {w for w, c in confidence.items() if c < floor and agree[w][1] >= evidence}
    scale = float(_SETTINGS["confidence_scale"])
    lines = []
    for key in sorted(entries, key=lambda k: k.encode()):
        title, country, word = entries[key]
        if word in dropped:
            continue
        value = scale * confidence.get(word, prior)
        lines.append(f"{key}\t{country}\t{title}\t{value:.2f}")
    report = {
        "titles": len(source),
        "kept": len(lines),
        "clashing_keys": len(clashes),
        "common_names": len(common),
        "unmapped_words": dict(unmapped.most_common(20)),
        "dropped_words": {w: agree[w] for w in sorted(dropped)},
        "agreement": {w: agree[w] for w in sorted(agree, key=lambda w: -agree[w][1])[:40]},
    }
    return lines, report


def _common_names(source: dict[str, list[str]], entries: dict[str, Any]) -> set[str]:
    """Keys whose first and last words are so common that, were names drawn at random,
    at least ``max_expected_namesakes`` other listed people would bear the same one
    ("Sarah Mitchell", "Boris Johnson"): a mention of such a name says little about
    which person - maybe nobody in the list - it is."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for title in source:
        words = fold(title).split() if isinstance(title, str) else []
        if len(words) >= 2:
            first[words[0]] += 1
            last[words[-1]] += 1
    total = max(1, sum(first.values()))
    limit = float(_SETTINGS["max_expected_namesakes"])
    out = set()
    for key in entries:
        words = key.split()
        if first[words[0]] * last[words[-1]] / total >= limit:
            out.add(key)
    return out


HEADER = (
    "# Person titles of English Wikipedia (dump 2020-06-01) with the country their\n"
    "# nationality names: key (folded), ISO3, title, confidence.\n"
    "# Source: name2nats.pkl of the name2nat package 0.5.1 (Kyubyong Park, Apache-2.0),\n"
    "# derived from English Wikipedia's categories: CC BY-SA 4.0, see NOTICE-nationality.md.\n"
    "# Built by `stancemap kb nationality` (stancemap.actors.nationality); do not edit.\n"
)


def write_table(lines: list[str], out: Path) -> None:
    data = (HEADER + "".join(f"{line}\n" for line in lines)).encode()
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def iter_people(kb: Any) -> Iterator[Any]:
    for actor in kb.actors.values():
        if actor.type == "person":
            yield actor
