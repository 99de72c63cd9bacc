"""The actors stage: KB-backed linking and in-document resolution.

``ActorStage(settings)`` loads the knowledge base once per process (shipped
files + ``[actors] extra_kb``); ``stage(doc, document) -> ActorLayer``;
``stage.ruler_patterns()`` gives the spaCy entity-ruler patterns for KB names;
``stage.resolve(mention, date)`` links one mention without context.

Country conventions: a country is one actor (``country:ISO3``, sector null)
whatever names it in a document, its capital or seat of government included
("Moscow", "the Kremlin"); ``resolve`` of such a seat returns that actor with
sector GOV, because on its own the mention names the government. Quasi-states
without an ISO code (Abkhazia, the Donetsk People's Republic) carry the code of
the state they are recognised as part of and sector PRE.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..config import Settings
from ..ingest import Document
from ..records import Actor
from ..rules import RuleSwitches
from .countries import country_table
from .definite_bodies import SOURCE_ONLY
from .kb import KnowledgeBase, load_kb
from .layer import ActorLayer
from .linker import Linker, Resolution
from .object_groups import OBJECT_GROUP
from .resolve import DocumentResolver
from .subject_groups import SUBJECT_GROUP
from .unlisted_groups import UNLISTED_GROUP

LATE_RULES = (SOURCE_ONLY, SUBJECT_GROUP, UNLISTED_GROUP, OBJECT_GROUP)

_RULER_LABELS = {
    "person": "PERSON",
    "organization": "ORG",
    "country": "GPE",
    "group": "NORP",
    "location": "LOC",
    "other": "ORG",
}
# short aliases that are ordinary words or common abbreviations stay out of the ruler
_MIN_RULER_CHARS = 3


@lru_cache(maxsize=8)
def _cached_kb(extra: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    return load_kb([path for path, _, _ in extra])


def _kb_files(paths: list[str]) -> tuple[tuple[str, int, int], ...]:
    """The extra KB files with their size and modification time: a file edited while the
    process runs (the web's KB edits) is read again by the next stage built."""
    stamped = []
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:  # load_kb names the file it cannot read
            stamped.append((path, -1, -1))
            continue
        stamped.append((path, stat.st_size, stat.st_mtime_ns))
    return tuple(stamped)


class ActorStage:
    """Links and resolves actor mentions; build once per process."""

    name = "stancemap.actors.v2"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._kb_stamps = _kb_files(settings.actors.extra_kb)
        self.kb = _cached_kb(self._kb_stamps)
        self.switches = RuleSwitches.from_settings(settings)
        self.linker = Linker(self.kb, settings.actors.fuzzy_threshold, self.switches)
        # the rules whose resolutions are read late: with none on, nothing is held back
        self.late_rules = any(self.switches.enabled(name) for name in LATE_RULES)

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Entity-ruler patterns for every unambiguous KB name (a few thousand), kept on
        disk between processes (``nlp.pattern_cache``): building them touches most KB
        actors, about a second at every worker's start."""
        from ..nlp.pattern_cache import cached_patterns, pattern_key

        sizes = (len(self.kb.exact), len(self.kb.actors))
        key = pattern_key(ActorStage.build_ruler_patterns, self._kb_stamps, sizes)
        return cached_patterns(key, self.build_ruler_patterns)

    def build_ruler_patterns(self) -> list[dict[str, Any]]:
        """``ruler_patterns`` computed from the KB (no cache)."""
        patterns: list[dict[str, Any]] = []
        for alias, ids in self.kb.exact.items():
            if len(ids) != 1:
                continue  # a shared name is left to NER and context
            actor = self.kb.actors[ids[0]]
            if not actor.curated and actor.source.startswith("data/kb/"):
                continue  # generated office-holder lists: NER finds the names, the KB links them
            short = len(alias) < _MIN_RULER_CHARS
            if short and actor.type != "country" and actor.cameo is None:
                continue
            if alias.lower().startswith("the "):
                continue  # "the" is not part of an entity span in spaCy's NER
            if " " not in alias and actor.type != "country" and not alias.isupper():
                # one word ("Marin", "West", "Amazon") is too often something else:
                # NER (and the resolver's proper-noun pass) find it, the KB links it
                continue
            patterns.append({"label": _RULER_LABELS[actor.type], "pattern": alias, "id": actor.id})
        for info in country_table().values():
            for seat in info.seats:
                if not seat.lower().startswith("the ") and seat not in self.kb.exact:
                    patterns.append({"label": "GPE", "pattern": seat, "id": f"country:{info.iso3}"})
        return patterns

    def resolve(self, mention: str, date: str | None = None) -> Actor | None:
        """The actor ``mention`` names on ``date`` (context-free), or None."""
        found = self.link(mention, date)
        return to_actor(found) if found is not None else None

    def link(self, mention: str, date: str | None = None) -> Resolution | None:
        """Like ``resolve`` but with how/why details (used by the evaluation)."""
        return self.linker.link(mention, date)

    def __call__(self, doc: Doc, document: Document) -> ActorLayer:
        resolver = DocumentResolver(self.linker, doc, document, self.switches)
        if not self.late_rules:
            return resolver.run()
        # a resolution read only as a source (``definite_bodies.SOURCE_ONLY``,
        # ``subject_groups``, ``unlisted_groups``): the layer without it, which the quotes and the events
        # decide on, from the same run up to the first late pass (``fork``)
        layer, before = resolver.run_both()
        if before is not None:
            for actor_id in resolver.late_ids:  # the events' filled sources look them up
                if actor_id in layer.actors:
                    before.actors.setdefault(actor_id, layer.actors[actor_id])
            layer.before = before
            layer.late_ids = frozenset(resolver.late_ids)
            layer.late_target_ids = frozenset(resolver.late_target_ids)
        return layer


def to_actor(found: Resolution) -> Actor:
    """The contract's actor record for a resolution."""
    return Actor(
        id=found.id,
        name=found.name,
        type=found.type,  # type: ignore[arg-type]
        country=found.country,
        sector=found.sector,
        role=found.role,
        wiki=found.wiki,
        confidence=found.confidence,
        cameo=found.cameo,
        kb_conflict=found.kb_conflict,
        country_source=found.country_source,
    )
