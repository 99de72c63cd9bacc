"""What the coder read of an actor layer, sentence by sentence: a sentence coded again on
another layer that answers every one of those reads the same is coded the same.

A resolution read late (``ActorLayer.before``, ``late_sources``) needs the document coded
twice: once on the layer without it, to decide the events, once on the whole layer, only to
read the sources it gives. The second coding differs from the first only where the coder's
reads of the layer differ - the late mentions lie in a few sentences. So the first coding
goes through ``RecordingLayer``, which logs every question put to the layer (which
mentions lie in a span, who is at a position, an actor's record ...) with its answer, per
sentence; the second replays the log on the whole layer and codes again only a sentence
where an answer changed (``same_reads``), reusing the first coding's items elsewhere. The
coder is a function of the parse, its settings and these answers (its memos are reset per
sentence, ``TriggerMatcher.forget_layer``), so a reused sentence gives exactly what coding
it again would. A read the log cannot replay - the raw mention list, iterating the actor
table - or a write to the layer (a place or office actor the events stage adds) marks the
sentence for coding again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..actors import ActorLayer
from ..records import ActorMention


@dataclass
class ReadLog:
    """The reads of one sentence's coding: (question, arguments, answer)."""

    reads: list[tuple[str, tuple[Any, ...], Any]] = field(default_factory=list)
    opaque: bool = False  # read something no replay can check
    wrote: bool = False  # changed the layer

    def note(self, name: str, args: tuple[Any, ...], answer: Any) -> Any:
        self.reads.append((name, args, answer))
        return answer


class _RecordingActors:
    """The layer's actor table, its lookups logged (``RecordingLayer.actors``)."""

    def __init__(self, table: dict[str, Any], log: ReadLog) -> None:
        self._table = table
        self._log = log

    def _read(self, key: str) -> tuple[bool, Any]:
        """Whether the table has ``key`` and its record, logged."""
        found = (key in self._table, self._table.get(key))
        return self._log.note("actors", (key,), found)  # type: ignore[no-any-return]

    def get(self, key: str, default: Any = None) -> Any:
        present, value = self._read(key)
        return value if present else default

    def __getitem__(self, key: str) -> Any:
        present, value = self._read(key)
        if not present:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self._read(key)[0]  # type: ignore[arg-type]

    def __setitem__(self, key: str, value: Any) -> None:
        self._log.wrote = True
        self._table[key] = value

    def __iter__(self) -> Iterator[str]:
        self._log.opaque = True
        return iter(self._table)

    def __len__(self) -> int:
        self._log.opaque = True
        return len(self._table)

    def __getattr__(self, name: str) -> Any:  # keys(), items(), values() ...
        self._log.opaque = True
        return getattr(self._table, name)


class RecordingLayer:
    """An ``ActorLayer`` whose every read goes to the current ``log`` (set per sentence)."""

    def __init__(self, layer: ActorLayer) -> None:
        self._layer = layer
        self.log = ReadLog()

    @property
    def doc(self) -> Any:  # the parse itself: the same for both layers
        return self._layer.doc

    @property
    def actors(self) -> Any:
        return _RecordingActors(self._layer.actors, self.log)

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        return self.log.note("mentions_in", (start, end), self._layer.mentions_in(start, end))  # type: ignore[no-any-return]

    def mention_at(self, start: int, end: int) -> ActorMention | None:
        return self.log.note("mention_at", (start, end), self._layer.mention_at(start, end))  # type: ignore[no-any-return]

    def actor_at(self, start: int, end: int) -> str | None:
        return self.log.note("actor_at", (start, end), self._layer.actor_at(start, end))  # type: ignore[no-any-return]

    def referent(self, start: int, end: int) -> ActorMention | None:
        return self.log.note("referent", (start, end), self._layer.referent(start, end))  # type: ignore[no-any-return]

    def salient_before(self, position: int, *, person: bool = True) -> ActorMention | None:
        found = self._layer.salient_before(position, person=person)
        return self.log.note("salient_before", (position, person), found)  # type: ignore[no-any-return]

    def actor(self, actor_id: str) -> Any:
        return self.log.note("actor", (actor_id,), self._layer.actor(actor_id))

    def add(self, mention: ActorMention) -> None:
        self.log.wrote = True
        self._layer.add(mention)

    def __getattr__(self, name: str) -> Any:  # the raw mention list, to_records ...
        self.log.opaque = True
        return getattr(self._layer, name)


def same_reads(log: ReadLog, layer: ActorLayer) -> bool:
    """Whether ``layer`` answers every read of ``log`` as the recorded layer did."""
    if log.opaque or log.wrote:
        return False
    for name, args, answer in log.reads:
        if name == "actors":
            now: Any = (args[0] in layer.actors, layer.actors.get(args[0]))
        elif name == "salient_before":
            now = layer.salient_before(args[0], person=args[1])
        else:
            now = getattr(layer, name)(*args)
        if now != answer:
            return False
    return True
