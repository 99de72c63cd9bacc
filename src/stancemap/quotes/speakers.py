"""Who a source span refers to: always the actors stage's answer.

Pronouns and descriptive subjects are resolved only in the actor layer
(``actors/coref.py``): this module asks ``ActorLayer.referent`` for a source
span's actor, then the layer's coreference rules for a descriptive subject the
actors stage left open ("the diplomat said", "the statement said",
``coref.described_referent``), and ``ActorLayer.salient_before`` for the speaker
of a quotation that has no source of its own; it resolves nothing itself.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..actors.coref import described_referent
from ..records import ActorMention
from .salience import main_clause_salient
from .spokespeople import _head_of

Offsets = tuple[int, int]


class SpeakerResolver:
    """Resolves source spans of one document against its actor layer."""

    def __init__(
        self,
        doc: Doc,
        actors: ActorLayer,
        subject_rules: list[Any] | None = None,
        head_mention: bool = False,
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.subject_rules = subject_rules or []
        self.head_mention = head_mention
        if self.actors.doc is None:
            self.actors.doc = doc  # a layer built by hand (tests): the parse to read

    def resolve(self, source: Offsets) -> tuple[str | None, ActorMention | None, bool]:
        """(actor id, the mention it came from, whether a context rule was used)."""
        mention = (self.head_mention and self._at_head(source)) or self.actors.mention_at(*source)
        if mention is not None:
            return mention.actor_id, mention, False
        referent = self.actors.referent(*source)
        if referent is not None:
            return referent.actor_id, referent, True
        described = described_referent(self.actors, self.doc, *source, self.subject_rules)
        if described is not None:
            return described.actor_id, described, True
        return None, None, False

    def _at_head(self, source: Offsets) -> ActorMention | None:
        """Of several mentions inside the source, the longest holding its head word
        ("Kenyan opposition leader Raila Odinga": the person, not the group)."""
        inside = self.actors.mentions_in(*source)
        if len(inside) < 2:
            return None
        head = _head_of(self.doc, source)
        if head is None:
            return None
        holding = [m for m in inside if m.start <= head.idx < m.end]
        if not holding:
            return None
        return max(holding, key=lambda m: (m.end - m.start, m.confidence))

    def salient_before(
        self, position: int, *, person: bool = True, main_clause: bool = False
    ) -> ActorMention | None:
        """The most recent subject actor (a person, or else a non-person) shortly before;
        with ``main_clause``, a main clause's subject rather than a relative's."""
        if main_clause:
            return main_clause_salient(self.actors, self.doc, position, person=person)
        return self.actors.salient_before(position, person=person)
