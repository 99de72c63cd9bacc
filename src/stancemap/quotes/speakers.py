"""Who a source span refers to: the actors stage first, then a context rule.

The actors stage links names, titles ("the Kremlin spokesman") and, where it can,
pronouns. Where it gives no actor for a source - an unresolved "he", or a
quotation with no source at all - the fallback is the most recent salient
person before it: a person actor that is the subject of a clause in the same
or the few preceding sentences, else the nearest person mention there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..nlp.text import doc_text
from ..records import ActorMention

Offsets = tuple[int, int]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_LOOKBACK_SENTENCES = 3


class SpeakerResolver:
    """Resolves source spans of one document against its actor layer."""

    def __init__(self, doc: Doc, actors: ActorLayer) -> None:
        self.doc = doc
        self.actors = actors

    def resolve(self, source: Offsets) -> tuple[str | None, ActorMention | None, bool]:
        """(actor id, the mention it came from, whether the context rule was used)."""
        mention = self.actors.mention_at(*source)
        if mention is not None:
            return mention.actor_id, mention, False
        words = doc_text(self.doc)[source[0] : source[1]].lower().split()
        if len(words) == 1 and words[0] in PERSON_PRONOUNS:
            antecedent = self.salient_before(source[0], person=True)
            if antecedent is not None:
                return antecedent.actor_id, antecedent, True
        if len(words) == 1 and words[0] in GROUP_PRONOUNS:
            antecedent = self.salient_before(source[0], person=False)
            if antecedent is not None:
                return antecedent.actor_id, antecedent, True
        return None, None, False

    def _is_person(self, mention: ActorMention) -> bool:
        actor = self.actors.actor(mention.actor_id)
        return actor is not None and actor.type == "person"

    def _is_subject(self, mention: ActorMention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        return span.root.dep_ in ("nsubj", "nsubjpass") or (
            span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"
        )

    def salient_before(self, position: int, *, person: bool = True) -> ActorMention | None:
        """The most recent subject actor (a person, or else a non-person) shortly before."""
        window_start = self._window_start(position)
        candidates = [
            m
            for m in self.actors.mentions_in(window_start, position)
            if m.how != "pronoun" or m.confidence >= 0.5
        ]
        wanted = [m for m in candidates if self._is_person(m) == person]
        subjects = [m for m in wanted if self._is_subject(m)]
        for pool in (subjects, wanted):
            if pool:
                return max(pool, key=lambda m: m.start)
        return None

    def _window_start(self, position: int) -> int:
        token = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if token is None or len(token) == 0:
            return max(0, position - 600)
        sent = token[0].sent
        start = sent.start
        for _ in range(_LOOKBACK_SENTENCES):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return self.doc[start].idx
