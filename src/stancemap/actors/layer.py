"""``ActorLayer``: what the actors stage hands to every later stage.

Later stages ask it who a span of text refers to; they never link names
themselves. Offsets are character offsets into ``document.text``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from ..records import Actor, ActorMention, Span


@dataclass
class ActorLayer:
    actors: dict[str, Actor] = field(default_factory=dict)  # id -> actor (without mentions)
    mentions: list[ActorMention] = field(default_factory=list)  # sorted by start
    doc: Any = field(default=None, repr=False, compare=False)  # the parsed document
    # the layer as it was without a resolution read late (``late_ids``: its actors), or
    # None: the quotes and the events decide on it, the late actors only fill the source
    # of an event kept anyway (``events.late_sources``)
    before: ActorLayer | None = field(default=None, repr=False, compare=False)
    late_ids: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # of those, the ones that fill only an event's empty target (``object_groups``)
    late_target_ids: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        # the furthest end of the mentions up to each one: the first mention reaching past
        # a position is found by bisection instead of a walk from the document's start
        self._reach: list[int] = list(accumulate((m.end for m in self.mentions), max))

    def add(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        self.__post_init__()

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """Mentions lying wholly inside [start, end)."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, start: int, end: int) -> ActorMention | None:
        """The mention best covering [start, end): exact, inside, or overlapping."""
        inside = self.mentions_in(start, end)
        if inside:
            return max(inside, key=lambda m: (m.end - m.start, m.confidence))
        # the first mention (in order) starting before ``end`` that ends after ``start``
        i = bisect_right(self._reach, start)
        if i < len(self.mentions) and self.mentions[i].start < end:
            return self.mentions[i]
        return None

    def actor_at(self, start: int, end: int) -> str | None:
        mention = self.mention_at(start, end)
        return mention.actor_id if mention else None

    def referent(self, start: int, end: int) -> ActorMention | None:
        """Who the text at [start, end) refers to: the mention there (a name, a title,
        a pronoun the actors stage resolved), else - for a bare pronoun the stage left
        open - the salient person (he/she) or group (they) just before it."""
        mention = self.mention_at(start, end)
        if mention is not None or self.doc is None:
            return mention
        from ..nlp.text import doc_text
        from .coref import GROUP_PRONOUNS, PERSON_PRONOUNS, salient_before

        words = doc_text(self.doc)[start:end].lower().split()
        if len(words) == 1 and words[0] in PERSON_PRONOUNS:
            return salient_before(self, self.doc, start, person=True)
        if len(words) == 1 and words[0] in GROUP_PRONOUNS:
            return salient_before(self, self.doc, start, person=False)
        return None

    def salient_before(self, position: int, *, person: bool = True) -> ActorMention | None:
        """The most recent subject actor shortly before ``position`` (see ``coref``)."""
        if self.doc is None:
            return None
        from .coref import salient_before

        return salient_before(self, self.doc, position, person=person)

    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def to_records(self) -> list[Actor]:
        """Actors in order of first mention, each with its mentions as spans."""
        by_actor: dict[str, list[Span]] = {}
        for m in self.mentions:
            by_actor.setdefault(m.actor_id, []).append(Span(start=m.start, end=m.end, text=m.text))
        out = []
        for actor_id, spans in by_actor.items():
            base = self.actors.get(actor_id)
            if base is None:
                continue
            out.append(base.model_copy(update={"mentions": spans}))
        return out
