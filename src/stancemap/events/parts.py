"""The records the coder's parts hand each other: a frame, a coded predication, the
document context, and the settings-dependent switches and constants."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import constants
from ..records import Quote
from ..rules import Rule, RuleSwitches
from .lexicon import TriggerEntry


@dataclass
class Coded:
    """One coded predication, before merging and numbering."""

    trigger: tuple[int, int]
    type: str
    cameo: str | None
    source: list[str]
    target: list[str]
    modality: str | None
    subtype: str | None
    context: list[str]
    date: str | None
    location: tuple[int, int] | None
    evidence: tuple[int, int]
    reported_by: str | None
    confidence: float
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # the lexicon row that matched ("events/triggers.tsv:12", "rule:sent_goods") and its
    # role ("event", "light", ...): features of the learned event reality (events/reality.py)
    origin: str = ""
    role: str = ""
    # a merged event's mentions as each was read before the merge (the first included),
    # its own parties and confidence: ``Event.mention_parties``; empty unless merged
    own: list[Coded] = field(default_factory=list)
    # the learned reality of each of ``own`` (None where not recorded)
    own_reality: list[float | None] = field(default_factory=list)
    # the learned reality recorded on the event beside its coded confidence
    # (events.reality.recorded; None where not recorded or where it is the confidence)
    learned: float | None = None


@dataclass
class Frame:
    """What a matched predicate contributes before sense, modality and dating."""

    row: TriggerEntry
    code: str | None
    type: str
    head: Token  # the token whose modifiers give negation/tense
    trigger: tuple[int, int]
    tokens: list[Token]  # predicate tokens (for dates, places)
    source: list[str]
    target: list[str]
    words: set[str]  # object words, to refine aid codes and read the sense
    nominal: bool = False


@dataclass
class DocContext:
    """What the coder needs to know about the document being coded."""

    actors: ActorLayer
    quotes: list[Quote]
    reference: date | None
    # DATE entities by sentence start, filled once per document (linear, not per event)
    dates_by_sentence: dict[int, list[SpacySpan]] | None = None
    # predicates whose hostile act a verb of withholding holds back ("refrained from
    # criticizing X"): the finisher marks them negated (events.sense.withheld_hostile_act)
    withheld_acts: set[int] = field(default_factory=set)
    # predicates whose cooperative act a negated adjective of readiness made a refusal ("not
    # ready to support X"): the negation is the refusal's own, read by the sense stage
    # (events.mode.readiness_refusal_asserted)
    readiness_refusals: set[int] = field(default_factory=set)
    # tokens whose reading a sense rule vetoed: no event at all there, no other reading of
    # the token in its place (events.sense.no_political_party); the coder clears it per
    # sentence, FrameBuilder reads it
    sense_vetoes: list[int] = field(default_factory=list)


@dataclass
class Tuning:
    """Which rules are on, and the [events] constants (data/constants.toml)."""

    switches: RuleSwitches = field(default_factory=RuleSwitches)
    _groups: dict[str, list[Rule]] = field(default_factory=dict, repr=False)

    @cached_property
    def constants(self) -> dict[str, Any]:
        return constants("events")

    def on(self, name: str) -> bool:
        return self.switches.enabled(name)

    def active(self, prefix: str) -> list[Rule]:
        """The enabled rules of a group, in order (looked up once: it sorts the registry)."""
        found = self._groups.get(prefix)
        if found is None:
            found = self._groups[prefix] = self.switches.active(prefix)
        return found

    def number(self, key: str) -> float:
        return float(self.constants[key])


def fill_empty_target(
    frame: Frame,
    ctx: DocContext,
    tuning: Tuning,
    rule: str,
    finder: Callable[[Frame, DocContext], list[str]],
) -> Frame:
    """Give ``frame`` the target ``finder`` reads, when it has none and ``rule`` is on: the
    one shape of the target finders that each read a single syntactic place."""
    if not frame.target and tuning.on(rule):
        found = finder(frame, ctx)
        if found:
            frame.target = found
    return frame
