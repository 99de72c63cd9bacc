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
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..actors import ActorLayer
from ..ingest import Document
from ..nlp.text import doc_text
from ..records import Quote
from .lexicon import Frame, Lexicon
from .polarity import cue_polarity
from .topics import (
    FrameMatcher,
    arg_tokens,
    clause_head,
    compound_name,
    lemma,
    objects_of,
    reachable_preps,
    region_of,
    topic_candidates,
)

_FIRST_PERSON = {"i", "we", "me", "us"}
_NARRATIVE_CONFIDENCE = 0.8  # an attitude verb with a named subject, outside any quote
_REPORTED_OTHER = 0.6  # a speaker telling what another actor does
# entity types of proper names that can name an issue ("backs Obamacare")
_NAMED_TOPICS = {"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"}
ALIGNMENT = "alignment"  # the frame of a position towards another actor
PARTY_TYPES = {"person", "country", "organization", "group"}  # who one can side with


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
    # the mode of the cue's clause (``stances.modes``) or the event's mode; None: not read
    mode: str | None = None


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


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The holder-side argument of a verb, and whether it is missing from a passive.

    The subject, borrowed from the governing verb for xcomp/conj chains; in a
    passive ("we are accepted", "the plan was backed by X") the agent, if any.
    """
    node = verb
    for _ in range(4):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].dep_ != "nsubjpass":
                return subj[0], False
            for agent in (c for c in node.children if c.dep_ == "agent"):
                for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                    return pobj, False
            return None, True
        if node.dep_ in ("xcomp", "conj") and node.head != node:
            node = node.head
            continue
        if node.dep_ == "acomp" and node.head != node and node != verb:
            node = node.head  # "X was ready to back": the copula's subject
            continue
        return None, False
    return None, False


def _finite_clause(verb: Token) -> bool:
    """A main, complement, coordinated or controlled verb (not a gerund or participle phrase)."""
    return verb.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "parataxis")


def _span_actor(actors: ActorLayer, tok: Token) -> str | None:
    """The actor a phrase's head word refers to ("Clinton supporters" is not Clinton)."""
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    return mention.actor_id if mention else None


def party_at(actors: ActorLayer, tok: Token) -> str | None:
    """The party (a person, country, organization or group of the layer) a word names; the
    reciprocal and deed readers of session 59 shared this lookup as two copies."""
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is None:
        return None
    actor = actors.actor(mention.actor_id)
    return mention.actor_id if actor is not None and actor.type in PARTY_TYPES else None


def _as_state(actors: ActorLayer, actor_id: str) -> str:
    """A government body as its country ("the US government" -> the United States), so that
    "sanctions on the Russian government" and "sanctions on Russia" are one issue."""
    actor = actors.actor(actor_id)
    if actor is None or actor.type == "country" or actor.type == "person":
        return actor_id
    if actor.sector != "GOV" or not actor.country:
        return actor_id
    for other in actors.actors.values():
        if other.type == "country" and (other.country or other.id) == actor.country:
            return other.id
    return actor_id


def _clear(finding: Finding, document: Document) -> Finding:
    start, end = document.clear_of_excluded(finding.start, finding.end)
    if (start, end) == (finding.start, finding.end):
        return finding
    return replace(finding, start=start, end=end)


def _sentence_bounds(doc: Doc, tok: Token) -> tuple[int, int]:
    """The sentence of a token, without trailing whitespace: the evidence span."""
    sent: Span = tok.sent
    end = sent.end_char
    while end > sent.start_char and doc_text(doc)[end - 1].isspace():
        end -= 1
    return sent.start_char, end


class Extractor:
    """Cue-by-cue reading of one parsed document."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.frames = FrameMatcher(lex)
        self.predicates = {p: f for f in lex.frames.values() for p in f.predicates}

    def cue_of(self, tok: Token) -> tuple[str, int, float, Frame | None] | None:
        """(kind, sign, weight, fixed frame) when ``tok`` carries a position."""
        word = lemma(tok)
        if tok.pos_ in ("VERB", "AUX"):
            particles = {lemma(c) for c in tok.children if c.dep_ in ("prep", "prt")}
            cue = self.lex.cue("attitude", word, particles)
            if cue is None and tok.pos_ == "VERB":
                cue = self.lex.reversed_attitude(word)  # "unendorsed Y": against Y
            verb_particles = {
                lemma(c)
                for c in tok.children
                if c.dep_ in ("prt", "prep", "advmod") and self.lex.has("phrasal", lemma(c))
            }
            if cue is not None and verb_particles - set(cue.words):
                cue = None  # "backed off", "backed down": a phrasal verb of another meaning
            if cue is not None:
                return "attitude", cue.sign, cue.weight, None
            if word in self.predicates and tok.pos_ == "VERB":
                return "predicate", 1, 0.9, self.predicates[word]
        if tok.pos_ in ("VERB", "NOUN") and self.lex.has("relational", word):
            cue = self.lex.cue("relational", word, set(reachable_preps(tok)))
            if cue is not None and len(cue.words) == 2:
                return "relational", cue.sign, cue.weight, None
        if tok.pos_ in ("ADJ", "NOUN", "VERB"):
            cue = self.lex.cue("evaluative", word) or self.lex.cue("evaluative", tok.lower_)
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
            if kind in ("attitude", "predicate") and tok.dep_ in ("acl", "amod"):
                continue  # "people accused of ...", "the backed plan": a description, no act
            if kind == "relational":
                findings.extend(self._read_relational(doc, tok, sign, weight, actors, index))
                continue
            findings.extend(self._read(doc, tok, kind, sign, weight, frame, actors, index))
        if document.excluded:  # a dateline opening the sentence is nobody's evidence
            findings = [_clear(f, document) for f in findings]
        return findings

    def _read_relational(
        self, doc: Doc, tok: Token, sign: int, weight: float, actors: ActorLayer, index: QuoteIndex
    ) -> list[Finding]:
        """ "distanced himself from Merkel", "stood in contrast to Biden": a stance on an actor."""
        word = lemma(tok)
        preps = reachable_preps(tok)
        cue = self.lex.cue("relational", word, set(preps))
        if cue is None or len(cue.words) != 2:
            return []
        others = [
            m.actor_id
            for obj in objects_of(preps[cue.words[1]])
            if (m := actors.mention_at(obj.idx, obj.idx + len(obj))) is not None
        ]
        verb = tok if tok.pos_ == "VERB" else clause_head(tok)  # "stood in contrast to"
        pol = cue_polarity(verb, sign, self.lex, towards_actor=True)
        holders = self._holders(verb, "attitude", actors, index)
        return self._alignment_findings(doc, tok, others, pol.sign, weight * pol.factor, holders)

    def _alignment_findings(
        self,
        doc: Doc,
        tok: Token,
        others: list[str],
        polarity: int,
        weight: float,
        holders: list[tuple[str, float, list[str]]],
    ) -> list[Finding]:
        start, end = _sentence_bounds(doc, tok)
        out = []
        for holder, holder_conf, evidence in holders:
            for other in dict.fromkeys(others):
                if other == holder:
                    continue
                out.append(
                    Finding(
                        holder=holder,
                        frame=ALIGNMENT,
                        args=frozenset({other}),
                        polarity=polarity,
                        confidence=round(min(1.0, weight * holder_conf), 3),
                        start=start,
                        end=end,
                        evidence=list(evidence),
                        cue=tok.i,
                    )
                )
        return out

    def _governs_cue(self, tok: Token) -> bool:
        if not self.lex.has("shifter", lemma(tok)):
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
        region = region_of(tok, kind)
        trigger: Token | None = None
        if frame is None:
            hit = self.frames.nearest(doc, region, tok)
            if hit is not None:
                frame, trigger = hit
        frame_id: str | None = frame.id if frame else None
        if kind == "attitude" and (frame_id is None or _outside_objects(tok, trigger)):
            # "attacked her rival Dan Keller, calling his tax plan ...": the object is
            # a person; the issue named elsewhere in the sentence is not what is attacked
            parties = self._parties(tok, actors)
            if parties:  # "Orbán criticized Merkel": a position towards Merkel herself
                pol = cue_polarity(tok, sign, self.lex, towards_actor=True)
                holders = self._holders(tok, kind, actors, index)
                return self._alignment_findings(
                    doc, tok, parties, pol.sign, weight * pol.factor, holders
                )
        if frame_id is None:
            topic = self._fallback_topic(tok, kind)
            if topic is None:
                return []
            frame_id, trigger = topic
        pol = cue_polarity(tok, sign, self.lex)
        if trigger is not None and self._under_privative(trigger, tok):
            # "criticized the lack of a ceasefire": against the lack, so for the ceasefire
            pol = replace(pol, sign=-pol.sign, notes=(*pol.notes, "privative"))
        holders = self._holders(tok, kind, actors, index)
        if not holders:
            return []
        sent_start, text_end = _sentence_bounds(doc, tok)
        out = []
        for holder, holder_conf, evidence in holders:
            args = self._args(arg_tokens(tok, kind, trigger), frame, actors, holder)
            if kind == "predicate" and not args:
                continue  # "we must recognize that ...": acknowledging, not recognizing a state
            out.append(
                Finding(
                    holder=holder,
                    frame=frame_id,
                    args=args,
                    polarity=pol.sign,
                    confidence=round(min(1.0, weight * pol.factor * holder_conf), 3),
                    start=sent_start,
                    end=text_end,
                    evidence=evidence,
                    cue=tok.i,
                    notes=pol.notes,
                )
            )
        return out

    @staticmethod
    def _parties(tok: Token, actors: ActorLayer) -> list[str]:
        """Actors that are the direct object of a verb ("criticized Putin and Lavrov"),
        or its apposition ("attacked her rival Dan Keller")."""
        out = []
        for obj in objects_of(tok, ("dobj", "obj")):
            mention = actors.mention_at(obj.idx, obj.idx + len(obj))
            if mention is None:
                named = [c for c in obj.children if c.dep_ == "appos"]
                if named:
                    obj = named[0]
                    mention = actors.mention_at(obj.idx, obj.idx + len(obj))
            actor = actors.actor(mention.actor_id) if mention else None
            if (
                mention is not None
                and mention.how != "pronoun"
                and (actor is None or actor.type in PARTY_TYPES)
            ):
                out.append(mention.actor_id)
        return out

    def _vague(self, noun: Token) -> bool:
        return self.lex.has("generic", lemma(noun)) or self.lex.has("privative", lemma(noun))

    def _under_privative(self, topic: Token, cue: Token) -> bool:
        """True when an odd number of privative nouns ("lack of", "end to") head the topic."""
        flips = 0
        node = topic
        for _ in range(12):
            if node.head == node or node.head == cue:
                break
            node = node.head
            if node.pos_ == "NOUN" and self.lex.has("privative", lemma(node)):
                flips += 1
        return flips % 2 == 1

    def _fallback_topic(self, tok: Token, kind: str) -> tuple[str, Token] | None:
        """An issue named by the object of an attitude verb when no frame fits ("backs the reform").

        A vague head noun ("the decision to raise fuel taxes") hands over to the
        first specific noun beneath it.
        """
        if kind != "attitude":
            return None
        particles = {
            w
            for cues in self.lex.cues.get("attitude", {}).get(lemma(tok), [])
            for w in cues.words[1:]
        }
        for child in tok.children:
            obj = child
            if child.dep_ == "prep":
                if lemma(child) not in particles:
                    continue  # "at a rally": where, not what
                obj = next((c for c in child.children if c.dep_ == "pobj"), child)
            if obj.dep_ not in ("dobj", "obj", "pobj") or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            # the head itself, then what follows it ("decision to raise fuel taxes"),
            # never a possessor ("the government's decision")
            for noun in topic_candidates(obj):
                if noun.pos_ == "PROPN" and noun.ent_type_ in _NAMED_TOPICS:
                    return f"topic-{compound_name(noun)}", noun
                if noun.pos_ == "NOUN" and not self._vague(noun):
                    return f"topic-{compound_name(noun)}", noun
            return None
        return None

    def _holders(
        self, tok: Token, kind: str, actors: ActorLayer, index: QuoteIndex
    ) -> list[tuple[str, float, list[str]]]:
        quote = index.at(tok.idx)
        subj, passive = _subject(tok) if kind in ("attitude", "predicate") else (None, False)
        if passive:
            return []  # "we are accepted": the subject undergoes it, the holder is unnamed
        subj_actor = _span_actor(actors, subj) if subj is not None else None
        if subj is not None and quote is None and kind != "evaluative":
            # "France and Germany welcomed ...": every conjoined subject holds it
            found = [_span_actor(actors, t) for t in [subj, *subj.conjuncts]]
            holders = list(dict.fromkeys(a for a in found if a))
            return [(a, _NARRATIVE_CONFIDENCE, []) for a in holders]
        if quote is not None and quote.speaker:
            speaker = quote.speaker
            if subj is None and kind != "evaluative" and not _finite_clause(tok):
                return []  # "in advocating X": a gerund's doer is not named, maybe not the speaker
            if kind == "evaluative" or subj is None or subj.lower_ in _FIRST_PERSON:
                return [(speaker, quote.confidence, [quote.id])]
            if subj_actor is None:
                return []  # "the ad suggests ...", "they back ...": someone, not the speaker
            if subj_actor == speaker:
                return [(speaker, quote.confidence, [quote.id])]
            if self._speaks_for(actors, speaker, subj_actor):
                # "Serbia will not recognize ...", said by its president: both hold it
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
        """A speaker speaks for their own country (a president saying "Serbia will ...")."""
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
            found.add(_as_state(actors, mention.actor_id))
        found.discard(holder)
        return frozenset(found)


def _outside_objects(verb: Token, trigger: Token | None) -> bool:
    """True when a frame found near a verb lies outside its objects (a nearby clause)."""
    if trigger is None:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if obj.left_edge.i <= trigger.i <= obj.right_edge.i:
            return False
    return True
