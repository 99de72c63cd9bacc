"""One validating reader for the word lists, tables and constants under data/.

Every lexicon, table and threshold the stages use is read through here, so
that a malformed file fails the same way everywhere: a ``KnowledgeBaseError``
naming the file, line and field. TSV files have a header line naming their
columns; ``#`` starts a comment line; blank lines are skipped.

    rows = read_table("events/triggers.tsv", required=("lemma", "cameo"))
    words = word_list("lexicon/speech_verbs.txt")
    conf = constants("events")["default_confidence"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import KnowledgeBaseError


def data_path(relative: str) -> Path:
    """The path of a file shipped under ``stancemap/data``."""
    return Path(str(resources.files("stancemap").joinpath("data", relative)))


def _lines(path: Path) -> Iterable[tuple[int, str]]:
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise KnowledgeBaseError(str(path), None, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(str(path), None, None, f"not UTF-8 ({exc.reason})") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def read_table(
    relative: str | Path,
    *,
    required: tuple[str, ...] = (),
    unique: str | None = None,
) -> list[dict[str, str]]:
    """Rows of a TSV file with a header line, as dicts; each row also has ``_line``.

    ``relative`` is under data/ unless it is an absolute path (a user's file).
    Missing required cells, extra cells and duplicate ``unique`` keys fail with
    file:line.
    """
    path = Path(relative) if Path(relative).is_absolute() else data_path(str(relative))
    lines = iter(_lines(path))
    try:
        header_line, header = next(lines)
    except StopIteration:
        raise KnowledgeBaseError(
            str(path), None, None, "empty file (needs a header line)"
        ) from None
    columns = [c.strip() for c in header.split("\t")]
    for name in required:
        if name not in columns:
            raise KnowledgeBaseError(str(path), header_line, name, "column missing from header")
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for number, line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(columns):
            raise KnowledgeBaseError(
                str(path), number, None, f"{len(cells)} cells, header has {len(columns)}"
            )
        row = dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))
        for name in required:
            if not row[name]:
                raise KnowledgeBaseError(str(path), number, name, "empty")
        if unique is not None:
            key = row[unique]
            if key in seen:
                raise KnowledgeBaseError(
                    str(path), number, unique, f"{key!r} already on line {seen[key]}"
                )
            seen[key] = number
        row["_line"] = str(number)
        rows.append(row)
    return rows


def words_by_kind(relative: str, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """kind -> lower-cased words of a ``word``/``kind`` TSV; a kind not in ``kinds``
    fails with file:line."""
    out: dict[str, set[str]] = {k: set() for k in kinds}
    for row in read_table(relative, required=("word", "kind")):
        if row["kind"] not in out:
            raise KnowledgeBaseError(
                f"data/{relative}", int(row["_line"]), "kind", f"{row['kind']!r} not in {kinds}"
            )
        out[row["kind"]].add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def word_list(relative: str | Path) -> frozenset[str]:
    """A one-word-or-phrase-per-line list (lower-cased); duplicates fail with file:line."""
    path = Path(relative) if Path(relative).is_absolute() else data_path(str(relative))
    words: dict[str, int] = {}
    for number, line in _lines(path):
        word = line.split("#", 1)[0].strip().lower()
        if not word:
            continue
        if word in words:
            raise KnowledgeBaseError(
                str(path), number, None, f"{word!r} already on line {words[word]}"
            )
        words[word] = number
    return frozenset(words)


@cache
def _constants() -> dict[str, Any]:
    path = data_path("constants.toml")
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(str(path), None, None, f"not valid TOML: {exc}") from None


def constants(section: str) -> dict[str, Any]:
    """The confidences and thresholds of one stage (``data/constants.toml``)."""
    table = _constants().get(section)
    if table is None:
        raise KnowledgeBaseError(str(data_path("constants.toml")), None, section, "section missing")
    return dict(table)
