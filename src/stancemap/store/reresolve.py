"""Re-link stored actors after a knowledge-base update, without re-parsing text.

Each stored actor is looked up again by its name (then by its mentions'
words, longest first) on its document's date. When the knowledge base now
says something else - another id (a new actor that the KB has since
learnt, two names now known as one), another role on that date, a country -
the actor record is replaced, every quote, event and statement that named the
old id names the new one, and the document's relations are recomputed from
its statements, events and quotes with the rule switches of the settings it
runs with, so a re-resolved document's relations (which exist, their learned
confidence) mean what the pipeline's do. Only documents that changed are
rewritten, each in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..alignment import relate_document
from ..config import load_settings
from ..records import Actor, Analysis
from ..rules import RuleSwitches
from .core import Store
from .reader import iter_analyses

Resolve = Callable[[str, str | None], Actor | None]


@dataclass
class ReresolveCounts:
    documents: int = 0
    changed_documents: int = 0
    relinked_actors: int = 0

    def summary(self) -> str:
        return (
            f"checked {self.documents} documents: {self.relinked_actors} actors re-linked "
            f"in {self.changed_documents} documents"
        )


def _lookup(actor: Actor, when: str | None, resolve: Resolve) -> Actor | None:
    names = [actor.name] + sorted({m.text for m in actor.mentions}, key=len, reverse=True)
    for name in dict.fromkeys(names):
        found = resolve(name, when)
        if found is not None:
            return found
    return None


def _relinked(old: Actor, new: Actor) -> Actor:
    return new.model_copy(update={"mentions": old.mentions, "confidence": old.confidence})


def _same(a: Actor, b: Actor) -> bool:
    keys = ("id", "name", "type", "country", "sector", "role", "wiki")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def settings_switches(resolve: Resolve) -> RuleSwitches:
    """The rule switches of the settings ``resolve`` runs with: its stage's when it is an
    ``ActorStage.resolve`` (``stancemap reresolve --config``), else the shipped settings'."""
    switches = getattr(getattr(resolve, "__self__", None), "switches", None)
    if isinstance(switches, RuleSwitches):
        return switches
    return RuleSwitches.from_settings(load_settings())


def relink(
    analysis: Analysis, resolve: Resolve, switches: RuleSwitches | None = None
) -> tuple[Analysis, int]:
    """The analysis with its actors looked up again; how many actors changed.

    Relations are recomputed as the pipeline computes them, with ``switches``
    (by default ``settings_switches(resolve)``)."""
    when = analysis.document.date
    new_ids: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    changed = 0
    for actor in analysis.actors:
        found = _lookup(actor, when, resolve)
        updated = actor if found is None else _relinked(actor, found)
        if not _same(actor, updated):
            changed += 1
        new_ids[actor.id] = updated.id
        if updated.id in actors:  # two actors the KB now knows as one
            merged = actors[updated.id].mentions + updated.mentions
            updated = updated.model_copy(
                update={"mentions": sorted(merged, key=lambda s: (s.start, s.end))}
            )
        actors[updated.id] = updated
    if not changed:
        return analysis, 0

    def to(actor_id: str | None) -> str | None:
        return new_ids.get(actor_id, actor_id) if actor_id is not None else None

    def many(ids: list[str]) -> list[str]:
        return list(dict.fromkeys(new_ids.get(i, i) for i in ids))

    quotes = [
        q.model_copy(update={"speaker": to(q.speaker), "channel": to(q.channel)})
        for q in analysis.quotes
    ]
    embedded = [
        q.model_copy(update={"speaker": to(q.speaker), "channel": to(q.channel)})
        for q in analysis.embedded_quotes
    ]
    events = [
        e.model_copy(update={"source": many(e.source), "target": many(e.target)})
        for e in analysis.events
    ]
    statements = [s.model_copy(update={"actor": to(s.actor)}) for s in analysis.statements]
    actor_list = list(actors.values())
    result = analysis.model_copy(
        update={
            "actors": actor_list,
            "quotes": quotes,
            "embedded_quotes": embedded,
            "events": events,
            "statements": statements,
            "relations": relate_document(
                statements,
                events,
                actors=actor_list,
                quotes=quotes + embedded,
                switches=switches if switches is not None else settings_switches(resolve),
            ),
        }
    )
    return result, changed


def reresolve(
    store: Store, resolve: Resolve, switches: RuleSwitches | None = None
) -> ReresolveCounts:
    """Re-link every stored document's actors with ``resolve`` (``ActorStage.resolve``);
    relations follow ``switches`` (by default ``settings_switches(resolve)``)."""
    counts = ReresolveCounts()
    switches = switches if switches is not None else settings_switches(resolve)
    minhashes = {row["id"]: row["minhash"] for row in store.known_documents()}
    for analysis in iter_analyses(store):
        counts.documents += 1
        updated, changed = relink(analysis, resolve, switches)
        if changed:
            store.write(updated, minhashes.get(analysis.document.id))
            counts.changed_documents += 1
            counts.relinked_actors += changed
    return counts
