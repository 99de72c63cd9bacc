"""The findings a speaker's quote gives against or for a party it judges off the clause
subject, shared by ``owned_fault`` (a fault the party owns) and ``off_subject`` (a charge's
'by' agent or owner, a feeling about the party's deed).

Both walk the voiced quotes' sentences (``judged_subject.voiced_sentences``, the walk
``judged_subjects`` reads too) and, for each party their reading finds, apply the same gates
before a finding: the judged clause is asserted and not conceded, not another's thought
inside the quote, the speaker and the party are not one side, and the stage has not already
related the two at that sentence; one finding per speaker, party and sentence.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Span, Token

from ..actors import ActorLayer
from ..datafiles import constants
from ..ingest import Document
from ..nlp.judgement_grammar import someone_elses_clause
from ..records import Quote
from .claims import conceded, unasserted
from .extract import ALIGNMENT, Finding
from .judged_subject import one_side
from .lexicon import Lexicon


class QuotedCharges:
    """Findings of one document, kept clear of the pairs the stage already relates."""

    def __init__(
        self, document: Document, actors: ActorLayer, found: list[Finding], lexicon: Lexicon
    ) -> None:
        self.document = document
        self.actors = actors
        self.table = constants("stances")
        self.ctx = SimpleNamespace(lexicon=lexicon, table=self.table)
        aligned = [f for f in found if f.frame == ALIGNMENT]
        self.related = {(f.holder, a, f.start) for f in aligned for a in f.args}
        self.related |= {(a, f.holder, f.start) for f in aligned for a in f.args}
        self.seen: set[tuple[str, str, int]] = set()
        self.out: list[Finding] = []

    def add(
        self,
        quote: Quote,
        party: str,
        verb: Token,
        word: Token,
        sentence: Span,
        polarity: int,
        weight: float,
        note: str,
    ) -> None:
        """The speaker's finding about ``party``, judged at ``word`` under ``verb`` in
        ``sentence``, unless a gate of the module docstring stops it."""
        speaker = quote.speaker
        if unasserted(verb, word, self.ctx) or conceded(verb, word, self.ctx):
            return
        if someone_elses_clause(verb, quote):
            return
        if speaker is None or one_side(speaker, party, self.actors, quote.speaks_for):
            return
        start, end = self.document.clear_of_excluded(
            sentence.start_char, sentence.start_char + len(sentence.text.rstrip())
        )
        key = (speaker, party, start)
        if key in self.related or key in self.seen:
            return
        self.seen.add(key)
        conf = float(self.table["judged_act"]) * weight * quote.confidence
        self.out.append(
            Finding(
                holder=speaker,
                frame=ALIGNMENT,
                args=frozenset({party}),
                polarity=polarity,
                confidence=round(min(1.0, conf), 3),
                start=start,
                end=end,
                evidence=[quote.id],
                cue=word.i,
                notes=(note,),
            )
        )
