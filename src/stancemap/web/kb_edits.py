"""KB edits through the web: add an actor, or correct a known one, in the user's layer.

Edits go to one JSON Lines file, ``[web] user_kb``, which the server's pipeline
reads over the shipped knowledge base (the ``[actors] extra_kb`` mechanism: a
known id in such a layer is corrected, see ``actors.kb.KnowledgeBase.add``).
The layer holds at most one record per actor: a second edit of the same actor
is merged into its record (the fields it gives win, aliases and terms are
added, a term with the same title and start replaces the earlier one). Every
record is validated by the KB's own parser before anything is written, and the
file is replaced atomically, so a bad edit never reaches the layer.

An edit can re-link the stored documents' actors at once (``reresolve``): the
same ``store.reresolve`` the CLI runs, with the KB as it is after the edit.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..actors.countries import known_country_codes
from ..actors.kb import ACTOR_TYPES, KnowledgeBase, actor_to_json, load_kb, parse_actor
from ..actors.linker import Linker
from ..actors.normalize import fold
from ..actors.stage import to_actor
from ..config import Settings
from ..errors import ConfigError, InputError, KnowledgeBaseError, NotFoundError
from ..rules import RuleSwitches
from ..store.core import Store
from ..store.reresolve import ReresolveCounts, reresolve
from .security import AccessDenied

DATE = r"^\d{4}-\d{2}-\d{2}$"
KbLoader = Callable[[list[str]], KnowledgeBase]


class RoleEdit(BaseModel):
    """A dated term: the title, and what it makes the holder (office, country, sector)."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    office: str | None = Field(default=None, description="HOS, HOG, FM, DEF, LEADER or OTHER.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code.")
    sector: str | None = Field(default=None, description="PLOVER/CAMEO sector code, e.g. GOV.")
    start: str | None = Field(default=None, pattern=DATE)
    end: str | None = Field(default=None, pattern=DATE)


class KbEdit(BaseModel):
    """A new actor (no ``id``, or an id the KB does not know) or a correction of a known one."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        default=None,
        max_length=200,
        description="The actor to correct; a new actor's id defaults to TYPE:name-in-words.",
    )
    name: str | None = Field(default=None, min_length=1, max_length=200)
    type: str | None = Field(default=None, description=f"One of {', '.join(ACTOR_TYPES)}.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code.")
    sector: str | None = Field(default=None, description="PLOVER/CAMEO sector code.")
    aliases: list[str] = Field(default_factory=list, max_length=50)
    roles: list[RoleEdit] = Field(default_factory=list, max_length=20)
    allow_shared_names: bool = Field(
        default=False, description="Keep a name another actor also carries (a shared surname)."
    )
    reresolve: bool = Field(
        default=False, description="Re-link the stored documents' actors with the edited KB."
    )


class RelinkCounts(BaseModel):
    documents: int
    changed_documents: int
    relinked_actors: int


class KbEditResult(BaseModel):
    id: str
    created: bool = Field(description="The KB did not know this actor before.")
    actor: dict[str, Any] = Field(description="The actor as the pipeline now reads it.")
    layer: dict[str, Any] = Field(description="The record kept in the user's layer.")
    reresolve: RelinkCounts | None = None


class KbRecord(BaseModel):
    id: str
    actor: dict[str, Any]
    source: str
    layer: dict[str, Any] | None = None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def merge_edit(record: dict[str, Any], edit: KbEdit) -> dict[str, Any]:
    """``record`` (a layer record) with ``edit`` applied; the input is left as it was."""
    out = dict(record)
    if name := _clean(edit.name):
        out["name"] = name
    if kind := _clean(edit.type):
        out["type"] = kind
    for key in ("country", "sector"):
        if value := _clean(getattr(edit, key)):
            out[key] = value.upper()
    aliases = list(out.get("aliases", []))
    for alias in (a.strip() for a in edit.aliases):
        if alias and alias not in aliases and alias != out.get("name"):
            aliases.append(alias)
    if aliases:
        out["aliases"] = aliases
    roles = list(out.get("roles", []))
    for role in edit.roles:
        given = {k: v.strip() for k, v in role.model_dump().items() if v and v.strip()}
        for key in ("office", "country", "sector"):
            if key in given:
                given[key] = given[key].upper()
        roles = [
            r
            for r in roles
            if (r.get("title"), r.get("start")) != (given["title"], given.get("start"))
        ]
        roles.append(given)
    if roles:
        out["roles"] = roles
    return out


class KbEditor:
    """The user's KB layer: reads it, applies edits, and hands the edited KB on.

    ``load`` builds a knowledge base from the extra layer files (default: the
    shipped KB with them on top, ``actors.kb.load_kb``); tests pass a small one.
    ``on_change`` callbacks run after each edit (the analysis service drops its
    pipeline so that the next analysis reads the edited KB).
    """

    def __init__(self, settings: Settings, *, load: KbLoader | None = None) -> None:
        self.settings = settings
        self.path = Path(settings.web.user_kb) if settings.web.user_kb else None
        self._load: KbLoader = load or (lambda extra: load_kb(extra))
        self._kb: KnowledgeBase | None = None
        self._lock = threading.Lock()
        self.on_change: list[Callable[[], None]] = []

    # ---------------------------------------------------------------- reading

    @property
    def enabled(self) -> bool:
        return self.path is not None

    def require_enabled(self) -> Path:
        if self.path is None:
            raise AccessDenied(
                403, "KB edits are switched off on this server (the operator sets [web] user_kb)"
            )
        return self.path

    def layers(self) -> list[str]:
        """The extra KB files the pipeline reads: ``[actors] extra_kb`` and the user layer
        once it holds a record (an empty layer would only cost the shipped KB's cache)."""
        extra = list(self.settings.actors.extra_kb)
        if self.path is not None and str(self.path) not in extra and self._layer_has_records():
            extra.append(str(self.path))
        return extra

    def kb(self) -> KnowledgeBase:
        """The knowledge base with every layer, as the pipeline reads it (loaded once)."""
        with self._lock:
            if self._kb is None:
                self._kb = self._load(self.layers())
            return self._kb

    def record(self, actor_id: str) -> KbRecord:
        actor = self.kb().get(actor_id)
        if actor is None:
            raise NotFoundError(f"no actor '{actor_id}' in the knowledge base")
        return KbRecord(
            id=actor.id,
            actor=actor_to_json(actor),
            source=actor.source,
            layer=self._read_layer().get(actor_id),
        )

    def _layer_has_records(self) -> bool:
        return bool(self._read_layer()) if self.path is not None else False

    def _read_layer(self) -> dict[str, dict[str, Any]]:
        if self.path is None or not self.path.exists():
            return {}
        records: dict[str, dict[str, Any]] = {}
        for number, line in enumerate(self.path.read_text("utf-8").splitlines(), start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    data = json.loads(line)
                    records[data["id"]] = data
                except (ValueError, KeyError, TypeError) as exc:
                    raise ConfigError(
                        f"the user KB layer {self.path}:{number} is not a KB record ({exc})"
                    ) from None
        return records

    # ---------------------------------------------------------------- writing

    def apply(self, edit: KbEdit, store: Store | None = None) -> KbEditResult:
        """Validate ``edit``, write it to the layer, reload; re-link the store if asked."""
        path = self.require_enabled()
        if edit.reresolve and store is None:
            raise InputError("KB edit", "reresolve needs a store (serve --db)")
        kb = self.kb()
        with self._lock:
            layer = self._read_layer()
            actor_id, record, created = self._base(edit, layer, kb)
            record = merge_edit(record, edit)
            # the KB's own validation: a bad field is named, and nothing is written
            try:
                actor = parse_actor(record, "KB edit", 1, known_country_codes())
            except KnowledgeBaseError as exc:
                raise InputError(f"KB edit of {actor_id}", exc.problem) from None
            if not edit.allow_shared_names:
                self._refuse_shared(kb, actor_id, actor.names())
            self._write(path, actor_id, record)
            self._kb = None
        for callback in self.on_change:
            callback()
        fresh = self.kb().get(actor_id)
        counts = self.relink(store) if edit.reresolve and store is not None else None
        return KbEditResult(
            id=actor_id,
            created=created,
            actor=actor_to_json(fresh) if fresh is not None else record,
            layer=record,
            reresolve=RelinkCounts(**vars(counts)) if counts is not None else None,
        )

    def relink(self, store: Store) -> ReresolveCounts:
        """``stancemap reresolve`` with the KB as it is now."""
        # the served settings' switches, for the linker and for the relations made
        # again (the CLI's `reresolve --config` does the same)
        switches = RuleSwitches.from_settings(self.settings)
        linker = Linker(self.kb(), self.settings.actors.fuzzy_threshold, switches)

        def resolve(name: str, when: str | None) -> Any:
            found = linker.link(name, when)
            return to_actor(found) if found is not None else None

        return reresolve(store, resolve, switches)

    def _base(
        self, edit: KbEdit, layer: dict[str, dict[str, Any]], kb: KnowledgeBase
    ) -> tuple[str, dict[str, Any], bool]:
        """(actor id, the record the edit applies to, whether the actor is new)."""
        actor_id = _clean(edit.id)
        if actor_id is None:
            name, kind = _clean(edit.name), _clean(edit.type) or "person"
            if name is None:
                raise InputError(
                    "KB edit", "a new actor needs a 'name' (or give the 'id' to correct)"
                )
            actor_id = f"{kind}:{_slug(name) or 'actor'}"
        if actor_id in layer:
            return actor_id, layer[actor_id], False
        known = kb.get(actor_id)
        if known is not None:  # a correction: the layer keeps only what the user gave
            return actor_id, {"id": actor_id, "name": known.name, "type": known.type}, False
        if _clean(edit.name) is None:
            raise InputError(
                "KB edit", f"'{actor_id}' is not in the knowledge base: a new actor needs a 'name'"
            )
        return actor_id, {"id": actor_id, "type": "person"}, True

    @staticmethod
    def _refuse_shared(kb: KnowledgeBase, actor_id: str, names: Iterable[str]) -> None:
        clashes = []
        for name in names:
            others = [i for i in kb.index.get(fold(name), []) if i != actor_id]
            if others:
                clashes.append(f"'{name}' is already {', '.join(others[:5])}")
        if clashes:
            raise NameClash(
                "names other actors carry (send allow_shared_names to keep them): "
                + "; ".join(clashes)
            )

    @staticmethod
    def _write(path: Path, actor_id: str, record: dict[str, Any]) -> None:
        """Replace the actor's line (or add one) and swap the file in atomically."""
        lines = path.read_text("utf-8").splitlines() if path.exists() else []
        line = json.dumps(record, ensure_ascii=False)
        for i, old in enumerate(lines):
            record_line = old.strip() and not old.lstrip().startswith("#")
            if record_line and json.loads(old).get("id") == actor_id:
                lines[i] = line
                break
        else:
            lines.append(line)
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".user-kb-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
            os.replace(tmp, path)
        except OSError as exc:
            raise ConfigError(f"cannot write the user KB layer {path}: {exc.strerror}") from exc


class NameClash(InputError):
    """An edit gives a name the KB already gives another actor (409)."""

    def __init__(self, message: str) -> None:
        super().__init__("KB edit", message)


def with_layer(settings: Settings, editor: KbEditor) -> Settings:
    """``settings`` whose ``[actors] extra_kb`` includes the user layer (once it holds a record)."""
    extra = editor.layers()
    if extra == list(settings.actors.extra_kb):
        return settings
    actors = settings.actors.model_copy(update={"extra_kb": extra})
    return settings.model_copy(update={"actors": actors})
