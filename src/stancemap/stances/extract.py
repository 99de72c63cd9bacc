"""Read positions out of the parsed text: who holds which polarity on which frame.

A *finding* is one cue in one clause: a holder (the speaker of the quote the cue
sits in, or the subject of an attitude verb), a frame with its argument actors,
a polarity and a confidence. The stage merges findings into statements.

Holders come only from attributions and from actors acting as subjects: an
evaluative word in the author's own voice ("the illegal war") is nobody's
stance and yields nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors import ActorLayer
from ..ingest import Document
from ..records import Quote
from .lexicon import Frame, Lexicon
from .polarity import cue_polarity

_FIRST_PERSON = {"i", "we", "me", "us"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
_NARRATIVE_CONFIDENCE = 0.8  # an attitude verb with a named subject, outside any quote
_REPORTED_OTHER = 0.6  # a speaker telling what another actor does


@dataclass
class Finding:
    holder: str
    frame: str
    args: frozenset[str]
    polarity: int
    confidence: float
    start: int  # the clause or sentence the position was read from
    end: int
    evidence: list[str] = field(default_factory=list)
    cue: int | None = None  # token index of the cue
    notes: tuple[str, ...] = ()


class QuoteIndex:
    """Find the attribution whose content covers a character offset."""

    def __init__(self, quotes: list[Quote]) -> None:
        usable = sorted(
            (q for q in quotes if q.speaker), key=lambda q: (q.content.start, -q.content.end)
        )
        self.quotes = usable
        self.starts = [q.content.start for q in usable]

    def at(self, offset: int) -> Quote | None:
        i = bisect_right(self.starts, offset)
        best: Quote | None = None
        for q in self.quotes[max(0, i - 8) : i]:
            if q.content.start <= offset < q.content.end and (
                best is None
                or q.content.end - q.content.start < best.content.end - best.content.start
            ):
                best = q
        return best


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() or tok.lower_


class FrameMatcher:
    """Lemma-sequence lookup of frame triggers ("military operation", "war")."""

    def __init__(self, lex: Lexicon) -> None:
        self.by_trigger = lex.frames_by_trigger()
        self.longest = max((len(t) for t in self.by_trigger), default=1)

    def match_at(self, doc: Doc, i: int) -> tuple[Frame, int] | None:
        """The frame whose trigger starts at token ``i``, and the trigger's length."""
        for n in range(self.longest, 0, -1):
            if i + n > len(doc):
                continue
            lemmas = tuple(_lemma(doc[j]) for j in range(i, i + n))
            lowers = tuple(doc[j].lower_ for j in range(i, i + n))
            frame = self.by_trigger.get(lemmas) or self.by_trigger.get(lowers)
            if frame is not None:
                return frame, n
        return None

    def nearest(self, doc: Doc, region: list[Token], cue: Token) -> tuple[Frame, Token] | None:
        """The frame evoked closest to the cue within its region, and its trigger's head."""
        hits: list[tuple[int, Frame, Token]] = []
        covered = -1  # a token inside a longer trigger ("carbon tax") starts no other ("tax")
        for tok in sorted(region, key=lambda t: t.i):
            if tok.i <= covered:
                continue
            match = self.match_at(doc, tok.i)
            if match is not None:
                frame, length = match
                covered = tok.i + length - 1
                distance = min(abs(j - cue.i) for j in range(tok.i, tok.i + length))
                hits.append((distance, frame, doc[tok.i : tok.i + length].root))
        if not hits:
            return None
        best = min(hits, key=lambda h: h[0])
        return best[1], best[2]


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing verb for xcomp/conj chains."""
    node = verb
    for _ in range(4):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if node.dep_ in ("xcomp", "conj") and node.head is not node:
            node = node.head
            continue
        return None
    return None


def _span_actor(actors: ActorLayer, tok: Token) -> str | None:
    start = tok.left_edge.idx
    end = tok.right_edge.idx + len(tok.right_edge)
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is None:
        mention = actors.mention_at(start, end)
    return mention.actor_id if mention else None


def _clause_head(tok: Token) -> Token:
    """The verb or auxiliary heading the clause a word sits in (the word itself if none)."""
    node = tok
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node is not tok:
            return node
        if node.head is node:
            return node
        node = node.head
    return node


def _region(cue: Token, kind: str) -> list[Token]:
    """The tokens that say what the cue is about."""
    if kind in ("attitude", "predicate"):
        skip: set[int] = set()
        for child in cue.children:
            if child.dep_ in _SUBJECT_DEPS:
                skip.update(t.i for t in child.subtree)
        return [t for t in cue.subtree if t.i not in skip and t.i != cue.i]
    # an evaluative word judges the clause it sits in ("X is in a solid position")
    clause = _clause_head(cue)
    return [t for t in clause.subtree if t.i != cue.i]


def _noun_phrase(tok: Token) -> list[Token]:
    """The phrase a trigger word heads or modifies ("economic" -> "the economic policy of X")."""
    node = tok
    while node.dep_ in ("amod", "compound") and node.head is not node:
        node = node.head
    return list(node.subtree)


def _arg_tokens(cue: Token, kind: str, trigger: Token | None) -> list[Token]:
    """Where the issue's argument actors are named."""
    out: list[Token] = []
    if trigger is not None:
        out += _noun_phrase(trigger)
    if kind == "predicate":  # "recognized the DPR and LPR": the objects
        for child in cue.children:
            if child.dep_ in ("dobj", "obj", "oprd", "prep", "dative"):
                out += list(child.subtree)
    elif kind == "evaluative":  # "the West is in a solid position": the clause subject
        clause = _clause_head(cue)
        for child in clause.children:
            if child.dep_ in _SUBJECT_DEPS:
                out += list(child.subtree)
    return out


def _compound_name(noun: Token) -> str:
    """ "fuel taxes" -> "fuel_tax": a noun with its compound modifiers, lemmatised."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    parts = [_lemma(c) for c in head.children if c.dep_ == "compound" and c.i < head.i]
    return "_".join([*parts, _lemma(head)])


class Extractor:
    """Cue-by-cue reading of one parsed document."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.frames = FrameMatcher(lex)
        self.predicates = {p: f for f in lex.frames.values() for p in f.predicates}

    def cue_of(self, tok: Token) -> tuple[str, int, float, Frame | None] | None:
        """(kind, sign, weight, fixed frame) when ``tok`` carries a position."""
        lemma = _lemma(tok)
        if tok.pos_ in ("VERB", "AUX"):
            particles = {_lemma(c) for c in tok.children if c.dep_ in ("prep", "prt")}
            cue = self.lex.cue("attitude", lemma, particles)
            if cue is not None:
                return "attitude", cue.sign, cue.weight, None
            if lemma in self.predicates and tok.pos_ == "VERB":
                return "predicate", 1, 0.9, self.predicates[lemma]
        if tok.pos_ in ("ADJ", "NOUN", "VERB"):
            cue = self.lex.cue("evaluative", lemma) or self.lex.cue("evaluative", tok.lower_)
            if cue is not None:
                return "evaluative", cue.sign, cue.weight, None
        return None

    def __call__(
        self, doc: Doc, document: Document, actors: ActorLayer, quotes: list[Quote]
    ) -> list[Finding]:
        index = QuoteIndex(quotes)
        findings: list[Finding] = []
        for tok in doc:
            if document.is_excluded(tok.idx, tok.idx + len(tok)):
                continue
            cue = self.cue_of(tok)
            if cue is None:
                continue
            kind, sign, weight, frame = cue
            if kind == "attitude" and self._governs_cue(tok):
                continue  # "refused to recognize": read once, from the governed verb
            findings.extend(self._read(doc, tok, kind, sign, weight, frame, actors, index))
        return findings

    def _governs_cue(self, tok: Token) -> bool:
        if not self.lex.has("shifter", _lemma(tok)):
            return False
        return any(c.dep_ == "xcomp" and self.cue_of(c) is not None for c in tok.children)

    def _read(
        self,
        doc: Doc,
        tok: Token,
        kind: str,
        sign: int,
        weight: float,
        frame: Frame | None,
        actors: ActorLayer,
        index: QuoteIndex,
    ) -> list[Finding]:
        region = _region(tok, kind)
        trigger: Token | None = None
        if frame is None:
            hit = self.frames.nearest(doc, region, tok)
            if hit is not None:
                frame, trigger = hit
        frame_id = frame.id if frame else self._fallback_topic(tok, kind)
        if frame_id is None:
            return []
        pol = cue_polarity(tok, sign, self.lex)
        holders = self._holders(tok, kind, actors, index)
        if not holders:
            return []
        sent: Span = tok.sent
        text_end = sent.end_char
        while text_end > sent.start_char and doc.text[text_end - 1].isspace():
            text_end -= 1
        out = []
        for holder, holder_conf, evidence in holders:
            args = self._args(_arg_tokens(tok, kind, trigger), frame, actors, holder)
            out.append(
                Finding(
                    holder=holder,
                    frame=frame_id,
                    args=args,
                    polarity=pol.sign,
                    confidence=round(min(1.0, weight * pol.factor * holder_conf), 3),
                    start=sent.start_char,
                    end=text_end,
                    evidence=evidence,
                    cue=tok.i,
                    notes=pol.notes,
                )
            )
        return out

    def _fallback_topic(self, tok: Token, kind: str) -> str | None:
        """An issue named by the object of an attitude verb when no frame fits ("backs the reform").

        A vague head noun ("the decision to raise fuel taxes") hands over to the
        first specific noun beneath it.
        """
        if kind != "attitude":
            return None
        for child in tok.children:
            obj = child
            if child.dep_ == "prep":
                obj = next((c for c in child.children if c.dep_ == "pobj"), child)
            if obj.dep_ not in ("dobj", "obj", "pobj") or obj.pos_ != "NOUN":
                continue
            # the head itself, then what follows it ("decision to raise fuel taxes"),
            # never a possessor ("the government's decision")
            for noun in [obj, *(t for t in obj.subtree if t.i > obj.i)]:
                if noun.pos_ == "NOUN" and not self.lex.has("generic", _lemma(noun)):
                    return f"topic-{_compound_name(noun)}"
            return None
        return None

    def _holders(
        self, tok: Token, kind: str, actors: ActorLayer, index: QuoteIndex
    ) -> list[tuple[str, float, list[str]]]:
        quote = index.at(tok.idx)
        subj = _subject(tok) if kind in ("attitude", "predicate") else None
        subj_actor = _span_actor(actors, subj) if subj is not None else None
        if subj is not None and quote is None and kind != "evaluative":
            # "France and Germany welcomed ...": every conjoined subject holds it
            found = [_span_actor(actors, t) for t in [subj, *subj.conjuncts]]
            holders = list(dict.fromkeys(a for a in found if a))
            return [(a, _NARRATIVE_CONFIDENCE, []) for a in holders]
        if quote is not None and quote.speaker:
            speaker = quote.speaker
            if kind == "evaluative" or subj is None or subj.lower_ in _FIRST_PERSON:
                return [(speaker, quote.confidence, [quote.id])]
            if subj_actor is None or subj_actor == speaker:
                return [(speaker, quote.confidence, [quote.id])]
            if self._speaks_for(actors, speaker, subj_actor):
                # "Kazakhstan will not recognize ...", said by its president: both hold it
                return [
                    (speaker, quote.confidence, [quote.id]),
                    (subj_actor, quote.confidence, [quote.id]),
                ]
            return [(subj_actor, quote.confidence * _REPORTED_OTHER, [quote.id])]
        if kind == "evaluative" or subj_actor is None:
            return []
        return [(subj_actor, _NARRATIVE_CONFIDENCE, [])]

    @staticmethod
    def _speaks_for(actors: ActorLayer, speaker: str, other: str) -> bool:
        """A speaker speaks for their own country (a president saying "Kazakhstan will ...")."""
        a, b = actors.actor(speaker), actors.actor(other)
        if a is None or b is None or b.type != "country":
            return False
        return bool(a.country) and (a.country == b.country or a.country == b.id)

    def _args(
        self, tokens: list[Token], frame: Frame | None, actors: ActorLayer, holder: str
    ) -> frozenset[str]:
        found: set[str] = set()
        for tok in tokens:
            mention = actors.mention_at(tok.idx, tok.idx + len(tok))
            if mention is None or mention.actor_id == holder or mention.how == "pronoun":
                continue
            actor = actors.actor(mention.actor_id)
            if frame is not None and actor is not None and actor.type not in frame.arg_types:
                continue
            found.add(mention.actor_id)
        return frozenset(found)
