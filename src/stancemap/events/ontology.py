"""The PLOVER ontology and the CAMEO -> PLOVER mapping, loaded from data files.

Both files live in ``stancemap/data/events/`` and are validated on load: a bad
line fails with the file, the line number and the field at fault, never later
with a KeyError deep inside the coder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import KnowledgeBaseError

DATA_PACKAGE = "stancemap"
DATA_DIR = ("data", "events")

QUADS = ("verbal-coop", "material-coop", "verbal-conf", "material-conf")


def data_text(name: str) -> str:
    """The text of one shipped events data file."""
    return resources.files(DATA_PACKAGE).joinpath(*DATA_DIR, name).read_text("utf-8")


class DataFileError(KnowledgeBaseError):
    """A shipped or user events data file is malformed (names file, line and field)."""


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type."""

    name: str
    quad: str
    speech: bool
    definition: str
    modes: tuple[str, ...]

    @property
    def cooperative(self) -> bool:
        return self.quad.endswith("coop")

    @property
    def material(self) -> bool:
        return self.quad.startswith("material")


@dataclass(frozen=True)
class CameoCode:
    """What one CAMEO code means in PLOVER terms."""

    code: str
    type: str
    mode: str | None
    context: str | None
    description: str


@dataclass
class Ontology:
    version: str
    types: dict[str, EventType]
    aliases: dict[str, str]
    mode_aliases: dict[str, str]
    modality_order: tuple[str, ...]
    contexts: frozenset[str]
    cameo: dict[str, CameoCode] = field(default_factory=dict)

    def canonical_type(self, name: str) -> str:
        """A type name in PLOVER 2021 terms (older names map to their successors)."""
        upper = name.strip().upper()
        return self.aliases.get(upper, upper)

    def canonical_mode(self, mode: str | None) -> str | None:
        """An event-specific mode in 2021 terms; empty means none."""
        if not mode or not mode.strip():
            return None
        mode = mode.strip()
        return self.mode_aliases.get(mode, mode)

    def lookup(self, code: str) -> CameoCode | None:
        """The entry for a CAMEO code, falling back to its 3- then 2-digit parent."""
        for cut in (len(code), 3, 2):
            entry = self.cameo.get(code[:cut])
            if entry is not None:
                return entry
        return None

    def type_of(self, name: str) -> EventType:
        return self.types[self.canonical_type(name)]


def _require(table: dict[str, Any], key: str, kind: type, file: str, where: str) -> Any:
    value = table.get(key)
    if not isinstance(value, kind):
        raise DataFileError(
            file, None, f"{where}.{key}", f"expected {kind.__name__}, got {value!r}"
        )
    return value


def parse_ontology(text: str, file: str = "plover.toml") -> Ontology:
    """Parse and validate the ontology TOML."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(file, None, "-", f"not valid TOML: {exc}") from None
    version = _require(data, "version", str, file, "")
    types: dict[str, EventType] = {}
    for name, table in _require(data, "types", dict, file, "").items():
        where = f"types.{name}"
        quad = _require(table, "quad", str, file, where)
        if quad not in QUADS:
            raise DataFileError(file, None, f"{where}.quad", f"{quad!r} is not one of {QUADS}")
        modes = _require(table, "modes", list, file, where)
        types[name] = EventType(
            name=name,
            quad=quad,
            speech=_require(table, "speech", bool, file, where),
            definition=_require(table, "definition", str, file, where),
            modes=tuple(str(m) for m in modes),
        )
    aliases = {k.upper(): v for k, v in data.get("aliases", {}).items()}
    for old, new in aliases.items():
        if new not in types:
            raise DataFileError(file, None, f"aliases.{old}", f"{new!r} is not a defined type")
    modality = data.get("modality", {})
    order = tuple(modality.get("order", ()))
    if not order:
        raise DataFileError(file, None, "modality.order", "must list the modality modes")
    contexts = frozenset(data.get("contexts", {}).get("names", ()))
    return Ontology(
        version=version,
        types=types,
        aliases=aliases,
        mode_aliases=dict(data.get("mode_aliases", {})),
        modality_order=order,
        contexts=contexts,
    )


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


CAMEO_COLUMNS = ("code", "type", "mode", "context", "description")


def parse_cameo_table(text: str, ontology: Ontology, file: str = "cameo_plover.tsv") -> None:
    """Read a CAMEO -> PLOVER table given as text (tests, user strings)."""
    rows: list[dict[str, str]] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols[0] == "code":
                continue
        if len(cols) != len(CAMEO_COLUMNS):
            raise DataFileError(
                file, number, "columns", f"expected 5 tab-separated, got {len(cols)}"
            )
        rows.append({**dict(zip(CAMEO_COLUMNS, cols, strict=True)), "_line": str(number)})
    add_cameo_rows(rows, ontology, file)


def add_cameo_rows(rows: list[dict[str, str]], ontology: Ontology, file: str) -> None:
    """Validate CAMEO -> PLOVER rows into ``ontology.cameo``."""
    for row in rows:
        number = int(row.get("_line", "0") or 0)
        code, etype, mode, context, description = (row[c].strip() for c in CAMEO_COLUMNS)
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise DataFileError(file, number, "code", f"{code!r} is not a 2-4 digit CAMEO code")
        if etype not in ontology.types:
            raise DataFileError(file, number, "type", f"{etype!r} is not a PLOVER type")
        mode_value = _dash(mode)
        if mode_value is not None and mode_value not in ontology.types[etype].modes:
            raise DataFileError(file, number, "mode", f"{mode_value!r} is not a mode of {etype}")
        context_value = _dash(context)
        if context_value is not None and context_value not in ontology.contexts:
            raise DataFileError(
                file, number, "context", f"{context_value!r} is not a known context"
            )
        if code in ontology.cameo:
            raise DataFileError(file, number, "code", f"{code} is listed twice")
        ontology.cameo[code] = CameoCode(code, etype, mode_value, context_value, description)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The shipped ontology with its CAMEO table (loaded once)."""
    ontology = parse_ontology(data_text("plover.toml"))
    from ..datafiles import read_table

    table = "events/cameo_plover.tsv"
    add_cameo_rows(read_table(table, required=CAMEO_COLUMNS[:4]), ontology, table)
    return ontology
