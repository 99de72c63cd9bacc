"""The event coder: one sentence's dependency parse -> coded predications.

One event per predication: a verb that triggers an event takes its clause
(objects, infinitive and clausal complements) with it, so "agreed to undertake
joint military exercises" is one AGREE, not AGREE + COOPERATE. Support verbs
("stage", "hold", "impose") hand the event to their object noun ("staged
protests", "imposed sanctions"). A noun triggers an event on its own only when
no coded verb governs it and it has an actor, a place or a date to anchor it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors import ActorLayer
from ..records import Quote
from . import arguments as args
from . import modality as mod
from .codes import (
    COOPERATIVE,
    MATERIAL_CONFLICT,
    demand_code,
    intent_code,
    refine_code,
    reject_code,
    threat_code,
)
from .dates import resolve_date
from .lexicon import Lexicon, TriggerEntry
from .ontology import Ontology

HISTORICAL_AFTER_DAYS = 45  # an event dated further back than this is background
LEAD_SENTENCES = 3  # present-perfect deeds after the lead are background ("has recognized")
MODAL_DEMAND = {"must", "should", "ought"}
# "Israel is opposed to X": adjectival passives whose subject is the actor, not the patient
STATIVE_PASSIVES = {"oppose", "commit", "dedicate", "engage", "involve"}
ACTOR_WORD = "@actor"  # lexicon requirement: the slot must name an actor
VISIT_CODE = "042"  # CAMEO "make a visit": the place visited names the host (the target)
TEMPORAL_MARKS = {
    "when",
    "after",
    "before",
    "while",
    "as",
    "because",
    "although",
    "though",
    "since",
    "if",
    "unless",
    "until",
    "whereas",
    "once",
}


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


@dataclass
class _Frame:
    """What a matched predicate contributes before modality and dating."""

    row: TriggerEntry
    code: str | None
    type: str
    head: Token  # the token whose modifiers give negation/tense
    trigger: tuple[int, int]
    tokens: list[Token]  # predicate tokens (for dates, places)
    source: list[str]
    target: list[str]
    words: set[str]  # object words, to refine aid codes
    nominal: bool = False


@dataclass
class DocContext:
    """What the coder needs to know about the document being coded."""

    actors: ActorLayer
    quotes: list[Quote]
    reference: date | None
    sentence_dates: tuple[int, list[SpacySpan]] | None = None  # cache: (sentence start, DATEs)


class Coder:
    """Codes sentences with a lexicon and an ontology."""

    def __init__(self, ontology: Ontology, lexicon: Lexicon) -> None:
        self.ontology = ontology
        self.lexicon = lexicon

    # ------------------------------------------------------------------ matching

    def _objects(self, tok: Token) -> list[Token]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        passive = passive and tok.lemma_ not in STATIVE_PASSIVES
        deps = ("dobj", "obj", "nsubjpass") if passive else ("dobj", "obj")
        return [o for d in args.children(tok, *deps) for o in args.conjuncts(d)]

    def _object_words(self, heads: list[Token]) -> set[str]:
        """Lemmas of objects, seeing through quantities ("700 kg of medicine")."""
        lemmas: set[str] = set()
        for head in heads:
            lemmas |= args.key_lemmas(head)
            for inner in args.prep_objects(head, ["of"]):
                lemmas |= args.key_lemmas(inner)
        return lemmas

    def _slot_tokens(self, slot: str, tok: Token) -> list[Token]:
        if slot == "obj":
            return self._objects(tok)
        if slot == "subj":
            return [c for s in args.children(tok, "nsubj", "nsubjpass") for c in args.conjuncts(s)]
        if slot.startswith("prep:"):
            return args.prep_objects(tok, [slot.split(":", 1)[1]])
        return []

    def _satisfies(self, row: TriggerEntry, tok: Token, actors: ActorLayer | None) -> bool:
        for req in row.requires:
            if req.slot == "comp":
                if not args.children(tok, "xcomp", "ccomp"):
                    return False
                continue
            heads = self._slot_tokens(req.slot, tok)
            words = self._object_words(heads)
            if ACTOR_WORD in req.words:  # "meet @actor": the object must be someone
                named = actors is not None and any(
                    args.phrase_actors(h, actors, head_only=True) for h in heads
                )
                if not (named or bool(words & req.words)):
                    return False
                continue
            if not req.accepts(words):
                return False
        return True

    def match_verb(self, tok: Token, actors: ActorLayer | None = None) -> TriggerEntry | None:
        """The first lexicon row whose word and conditions fit this verb."""
        if tok.pos_ != "VERB":
            return None
        for lemma in _verb_lemmas(tok):
            keys = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ in ("prt", "prep")]
            keys.append(lemma)
            for key in keys:
                for row in self.lexicon.candidates(key, "V"):
                    if self._satisfies(row, tok, actors):
                        return None if row.role == "none" else row
        return None

    def match_noun(self, tok: Token) -> TriggerEntry | None:
        """The lexicon row for an event noun ("protests", "hunger strike", "state of emergency")."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            return None
        lemma = tok.lemma_.lower()
        keys = []
        for child in tok.children:
            if child.dep_ in ("compound", "amod") and child.i < tok.i:
                keys.append(f"{child.lemma_.lower()} {lemma}")
            if child.dep_ == "prep" and child.lower_ == "of":
                keys.extend(f"{lemma} of {p.lemma_.lower()}" for p in args.children(child, "pobj"))
        keys.append(lemma)
        for key in keys:
            rows = self.lexicon.candidates(key, "N")
            if rows:  # a "none" row ("press release") stops the plain word from matching
                return None if rows[0].role == "none" else rows[0]
        return None

    # ------------------------------------------------------------------ arguments

    def _subject(self, tok: Token) -> Token | None:
        current = tok
        for _ in range(6):
            subj = args.children(current, "nsubj")
            if subj:
                return subj[0]
            if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
                if current.tag_ == "VBG" and current.head.dep_ in ("dobj", "obj"):
                    current = current.head.head  # "issued a declaration demanding ...": the issuer
                    continue
                return current.head
            purpose = current.dep_ == "advcl" and not any(
                c.lower_ in TEMPORAL_MARKS for c in current.children if c.dep_ in ("mark", "advmod")
            )
            if current.dep_ in ("xcomp", "conj") or purpose:
                current = current.head
                continue
            return None
        return None

    def _speaker_of_clause(self, tok: Token, ctx: DocContext) -> list[str]:
        """For "X said it would ...": the actor of the speech verb's subject."""
        current = tok
        while current.dep_ not in ("ccomp", "ROOT") and current.head.i != current.i:
            current = current.head
        if current.dep_ == "ccomp" and current.head.lemma_ in mod.SPEECH_LEMMAS:
            subj = self._subject(current.head)
            if subj is not None and not args.is_pronoun(subj):
                return args.phrase_actors(subj, ctx.actors)
        return []

    def _quote_at(self, start: int, ctx: DocContext) -> Quote | None:
        for quote in ctx.quotes:
            if quote.content.start <= start < quote.content.end:
                return quote
        return None

    def _actors(self, tok: Token, ctx: DocContext) -> list[str]:
        """Actors a subject/object token names, resolving pronouns where the parse allows."""
        found = args.phrase_actors(tok, ctx.actors)
        if found or not args.is_pronoun(tok):
            return found
        quote = self._quote_at(tok.idx, ctx)
        if tok.lower_ in args.FIRST_PERSON:
            return [quote.speaker] if quote is not None and quote.speaker else []
        if tok.dep_ == "poss":  # "X insisted on its demands": its = the clause's subject
            verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
            subj = self._subject(verb) if verb is not None else None
            if subj is not None and subj.i != tok.i and not args.is_pronoun(subj):
                found = args.phrase_actors(subj, ctx.actors)
                if found:
                    return found
        return self._speaker_of_clause(tok, ctx)

    def _source(self, tok: Token, ctx: DocContext, inherited: list[str] | None) -> list[str]:
        agents = args.prep_objects(tok, ["by"])
        if agents and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return [a for agent in agents for a in self._actors(agent, ctx)]
        subj = self._subject(tok)
        if subj is None and tok.lemma_ in STATIVE_PASSIVES:
            subj = next(iter(args.children(tok, "nsubjpass")), None)
        if subj is not None:
            found = self._actors(subj, ctx)
            if found:
                return found
        return list(inherited or [])

    def _purpose_targets(self, tok: Token, ctx: DocContext, exclude: list[str]) -> list[str]:
        """ "began a hunger strike to protest against Sweden's decision": the purpose
        clause (or the uncoded infinitive) names who the act is aimed at."""
        for clause in args.children(tok, "advcl", "xcomp"):
            if any(
                c.lower_ in TEMPORAL_MARKS for c in clause.children if c.dep_ in ("mark", "advmod")
            ):
                continue
            found = self._targets(clause, ctx, exclude) or self._purpose_targets(
                clause, ctx, exclude
            )
            if found:
                return found
        return []

    def _targets(self, tok: Token, ctx: DocContext, exclude: list[str]) -> list[str]:
        """Who the verb acts on: dative, object (or passive subject), then prepositions."""
        candidates = args.children(tok, "dative") + self._objects(tok)
        candidates += args.prep_objects(tok, args.TARGET_PREPS)
        for clause in args.children(tok, "ccomp"):  # "allowed the leader to hold a rally"
            candidates += args.children(clause, "nsubj")
        for cand in candidates:
            found = [a for a in self._actors(cand, ctx) if a not in exclude]
            if found:
                return found
        return []

    def _noun_source(self, tok: Token, ctx: DocContext) -> list[str]:
        """ "Russia's war", "US sanctions", "protests by farmers"."""
        pre = [c for c in tok.children if c.dep_ in args._PREMODIFIERS and c.i < tok.i]
        found: list[str] = []
        for child in pre:
            if child.dep_ == "det":
                continue
            found += (
                self._actors(child, ctx)
                if args.is_pronoun(child)
                else args.phrase_actors(child, ctx.actors)
            )
        for agent in args.prep_objects(tok, ["by"]):
            found += self._actors(agent, ctx)
        return list(dict.fromkeys(found))

    def _noun_targets(self, tok: Token, ctx: DocContext, exclude: list[str]) -> list[str]:
        candidates = args.prep_objects(tok, args.TARGET_PREPS)
        for clause in args.children(tok, "acl", "ccomp"):  # "demands that the government ..."
            candidates += args.children(clause, "nsubj")
        for cand in candidates:
            found = [a for a in self._actors(cand, ctx) if a not in exclude]
            if found:
                return found
        return []

    # ------------------------------------------------------------------ frames

    def _complements(self, tok: Token) -> list[Token]:
        out = args.children(tok, "xcomp", "ccomp")
        for obj in self._objects(tok):  # "launched 10 days of war games"
            out += [obj, *args.prep_objects(obj, ["of"])]
        out += args.prep_objects(tok, ("to", "for", "into", "on", "in"))
        out += args.children(tok, "attr", "acomp")
        return out

    def _frame_noun(
        self, noun: Token, ctx: DocContext, row: TriggerEntry, source: list[str]
    ) -> _Frame:
        own_source = self._noun_source(noun, ctx)
        src = own_source or source
        start = min(
            [noun.idx]
            + [
                c.idx
                for c in noun.children
                if c.dep_ in ("compound", "amod") and c.i < noun.i and c.i >= noun.i - 2
            ]
        )
        words = {t.lemma_.lower() for t in noun.subtree}
        return _Frame(
            row,
            row.cameo,
            row.type or "",
            noun,
            (start, noun.idx + len(noun)),
            [noun],
            src,
            self._noun_targets(noun, ctx, src),
            words,
            nominal=True,
        )

    def frame_verb(
        self, tok: Token, ctx: DocContext, inherited: list[str] | None = None, depth: int = 0
    ) -> _Frame | None:
        """The event a verb predicates, with its complement folded in, or None."""
        row = self.match_verb(tok, ctx.actors)
        if row is None or depth > 3:
            return None
        source = self._source(tok, ctx, inherited)
        trigger = (tok.idx, tok.idx + len(tok))
        words = {t.lemma_.lower() for o in self._objects(tok) for t in o.subtree}
        words |= {t.lemma_.lower() for p in args.prep_objects(tok, ["with"]) for t in p.subtree}
        if row.role == "event":
            direct = self._targets(tok, ctx, source) or self._purpose_targets(tok, ctx, source)
            return _Frame(
                row, row.cameo, row.type or "", tok, trigger, [tok], source, direct, words
            )
        comp = self._complement_frame(tok, ctx, source, depth)
        if row.role == "light":
            if comp is None:
                return None
            if comp.nominal and comp.trigger[0] > tok.idx and comp.trigger[0] - tok.idx < 40:
                comp.trigger = (tok.idx, comp.trigger[1])
            comp.tokens = [tok, *comp.tokens]
            comp.head = tok
            comp.nominal = False  # the support verb carries tense, negation and modality
            if not comp.target:
                comp.target = self._targets(tok, ctx, comp.source)
            if not comp.target:
                comp.target = self._purpose_targets(tok, ctx, comp.source)
            return comp
        target: list[str] = []
        if row.role == "demand":
            target = self._demand_target(tok, ctx, source)
        if comp is not None:
            transform = {
                "intent": intent_code,
                "threat": lambda c, _o: threat_code(c),
                "refuse": lambda c, _o: reject_code(c),
                "demand": lambda c, _o: demand_code(c),
            }[row.role]
            code = transform(comp.code, self.ontology) if comp.code else row.cameo
            if row.role == "intent" and comp.code is None and comp.type in MATERIAL_CONFLICT:
                code = "130"
            entry = self.ontology.lookup(code) if code else None
            etype = entry.type if entry else (comp.type if row.role == "intent" else row.type or "")
            target = target or comp.target or self._targets(tok, ctx, source)
            target = target or self._purpose_targets(tok, ctx, source)
            return _Frame(
                row,
                code,
                etype,
                tok,
                trigger,
                [tok, *comp.tokens],
                source,
                target,
                words | comp.words,
            )
        target = (
            target or self._targets(tok, ctx, source) or self._purpose_targets(tok, ctx, source)
        )
        if any(r.slot == "comp" for r in row.requires):
            return None  # "plans to put it to good use": the plan is not a coded event
        if row.role == "intent" and args.children(tok, "ccomp"):
            return None  # "voters agreed that she is healthy": an opinion, not an intent
        if row.role == "intent" and not target and tok.lemma_ != "agree":
            return None  # "offering analysis": no one is addressed, nothing is coded
        return _Frame(row, row.cameo, row.type or "", tok, trigger, [tok], source, target, words)

    def _complement_frame(
        self, tok: Token, ctx: DocContext, source: list[str], depth: int
    ) -> _Frame | None:
        for comp in self._complements(tok):
            if comp.pos_ == "VERB":
                inherited = source if comp.dep_ in ("xcomp", "pcomp") else None
                frame = self.frame_verb(comp, ctx, inherited, depth + 1)
                if frame is not None:
                    return frame
            else:
                row = self.match_noun(comp)
                if row is not None:
                    return self._frame_noun(comp, ctx, row, source)
        return None

    def _demand_target(self, tok: Token, ctx: DocContext, source: list[str]) -> list[str]:
        """ "demanded that the US cancel" (clause subject), "urged the EC to" (object)."""
        for ccomp in args.children(tok, "ccomp"):
            subj = self._subject(ccomp)
            if subj is not None:
                found = [a for a in self._actors(subj, ctx) if a not in source]
                if found:
                    return found
        for obj in self._objects(tok) + args.prep_objects(tok, ["on", "to", "from"]):
            found = [a for a in self._actors(obj, ctx) if a not in source]
            if found:
                return found
        return []

    def frame_speech_demand(self, tok: Token, ctx: DocContext) -> _Frame | None:
        """ "X said/declared that Y must do Z": a demand by X on Y."""
        if tok.lemma_ not in mod.SPEECH_LEMMAS:
            return None
        for ccomp in args.children(tok, "ccomp"):
            aux = {c.lower_ for c in ccomp.children if c.dep_ == "aux"}
            if not aux & MODAL_DEMAND:
                continue
            source = self._source(tok, ctx, None)
            subj = self._subject(ccomp)
            target = [a for a in self._actors(subj, ctx) if a not in source] if subj else []
            if not target:
                continue
            comp = self.frame_verb(ccomp, ctx, None, 1)
            code = demand_code(comp.code) if comp is not None and comp.code else "100"
            row = TriggerEntry(tok.lemma_, "V", "demand", code, (), "REQUEST", "rule:speech+modal")
            words = comp.words if comp is not None else set()
            return _Frame(
                row,
                code,
                "REQUEST",
                tok,
                (tok.idx, tok.idx + len(tok)),
                [tok, ccomp],
                source,
                target,
                words,
            )
        return None

    # ------------------------------------------------------------------ sentences

    def code_sentence(self, sent: SpacySpan, ctx: DocContext, sentence_index: int) -> list[Coded]:
        """Every event predicated in one sentence."""
        out: list[Coded] = []
        consumed: set[int] = set()
        by_depth = sorted(sent, key=lambda t: (sum(1 for _ in t.ancestors), t.i))
        for tok in by_depth:
            if tok.i in consumed or tok.pos_ != "VERB":
                continue
            frame = self.frame_speech_demand(tok, ctx) or self.frame_verb(tok, ctx)
            if frame is None:
                continue
            consumed |= _clause_tokens(tok)
            coded = self._finish(frame, sent, ctx, sentence_index)
            if coded is not None:
                out.append(coded)
        for tok in sent:
            if tok.i in consumed:
                continue
            row = self.match_noun(tok)
            if row is None or row.type is None:
                continue
            frame = self._frame_noun(tok, ctx, row, [])
            anchor = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
            frame.tokens = anchor
            coded = self._finish(frame, sent, ctx, sentence_index)
            if coded is None:
                continue
            if (
                not coded.source
                and not coded.target
                and coded.location is None
                and coded.date is None
            ):
                continue  # a bare mention ("the war") is not a predication
            consumed |= {t.i for t in tok.subtree}
            out.append(coded)
        return out

    def _finish(
        self, frame: _Frame, sent: SpacySpan, ctx: DocContext, sentence_index: int
    ) -> Coded | None:
        code, etype = frame.code, self.ontology.canonical_type(frame.type) if frame.type else ""
        if etype not in self.ontology.types:
            return None
        preds = frame.tokens
        negated = mod.is_negated(preds[:2] if not frame.nominal else [frame.head])
        future = not frame.nominal and mod.is_future([frame.head])
        hypothetical = not frame.nominal and mod.is_hypothetical([frame.head])
        if future and not negated and frame.row.role in ("event", "light"):
            if etype in COOPERATIVE and etype != "AGREE" and code:
                code = intent_code(code, self.ontology)
            elif etype in MATERIAL_CONFLICT and code:
                code = threat_code(code)
        if negated and (future or frame.row.role == "intent") and etype in COOPERATIVE:
            code = reject_code(code or "120")
        if code:
            code = refine_code(code, frame.words)
            entry = self.ontology.lookup(code)
            if entry is not None:
                etype = entry.type
        entry = self.ontology.lookup(code) if code else None
        location_tok = args.location_of(
            preds + ([frame.head.head] if frame.nominal else []), ctx.actors
        )
        if location_tok is None and not frame.nominal:  # "sent aid when protests erupted in X"
            location_tok = args.location_of(_when_clauses(frame.head), ctx.actors)
        location = None
        location_actors: list[str] = []
        if location_tok is not None:
            location = args.char_span(args.own_tokens(location_tok))
            location_actors = args.phrase_actors(location_tok, ctx.actors)
        source, target = list(frame.source), list(frame.target)
        if not source and etype == "PROTEST":
            source = location_actors[:1]
        material = self.ontology.types[etype].material
        if etype == "MOBILIZE" and location_actors:  # forces are moved *to* a place
            target = [a for a in location_actors[:1] if a not in source] or target
        if not target and (material or etype == "THREATEN"):  # "lifted the curfew in X"
            target = [a for a in location_actors[:1] if a not in source]
        if not target and code and code.startswith(VISIT_CODE):  # "arrived in Amman": the host
            target = [a for a in location_actors[:1] if a not in source]
        when = self._date(preds + ([frame.head.head] if frame.nominal else []), sent, ctx, future)
        if not (source or target or location or frame.nominal or _has_named_subject(frame.head)):
            return None  # nobody and nowhere ("to meet the target"): nothing to count
        historical = self._historical(frame, when, ctx, etype, sentence_index)
        modality = None
        for name, applies in (
            ("negated", negated),
            ("hypothetical", hypothetical),
            ("future", future),
            ("historical", historical),
        ):
            if applies and name in self.ontology.modality_order:
                modality = name
                break
        quote = self._quote_at(frame.trigger[0], ctx)
        confidence = 0.45 + (0.2 if source else 0) + (0.1 if target else 0)
        confidence += 0.1 if not frame.nominal else 0
        confidence = round(min(0.95, confidence * frame.row.weight), 3)
        evidence = (sent.start_char, sent.end_char - (len(sent.text) - len(sent.text.rstrip())))
        # the refused or intended act keeps its context ("will not recognize": diplomatic)
        original = self.ontology.lookup(frame.code) if frame.code else None
        context = list(dict.fromkeys(e.context for e in (entry, original) if e and e.context))
        return Coded(
            trigger=frame.trigger,
            type=etype,
            cameo=code,
            source=source,
            target=target,
            modality=modality,
            subtype=entry.mode if entry else None,
            context=context,
            date=when.isoformat() if when else None,
            location=location,
            evidence=evidence,
            reported_by=quote.id if quote is not None else None,
            confidence=confidence,
        )

    def _date(
        self, preds: list[Token], sent: SpacySpan, ctx: DocContext, future: bool
    ) -> date | None:
        anchors = {t.i for t in preds}
        for tok in preds:  # "... when protests erupted in January": the when-clause dates it
            anchors |= {advcl.i for advcl in _when_clauses(tok)}
        if ctx.sentence_dates is None or ctx.sentence_dates[0] != sent.start:
            # Span.ents walks every entity of the document: once per sentence is enough
            ctx.sentence_dates = (sent.start, [e for e in sent.ents if e.label_ == "DATE"])
        for ent in ctx.sentence_dates[1]:
            node = ent.root
            while node.i not in anchors and node.pos_ != "VERB" and node.head.i != node.i:
                node = node.head
            if node.i in anchors:
                resolved = resolve_date(ent.text, ctx.reference, forward=future)
                if resolved is not None:
                    return resolved
        return None

    def _historical(
        self, frame: _Frame, when: date | None, ctx: DocContext, etype: str, sentence_index: int
    ) -> bool:
        if when is not None and ctx.reference is not None:
            return (ctx.reference - when).days > HISTORICAL_AFTER_DAYS
        if frame.nominal:
            return False
        tense = mod.tense_of(frame.head)
        if tense == "pluperfect" or mod.has_background_adverb([frame.head]):
            return True
        speech = self.ontology.types[etype].speech
        return tense == "perfect" and not speech and sentence_index >= LEAD_SENTENCES


def _has_named_subject(tok: Token) -> bool:
    """The clause has a noun subject, even one the actors stage could not resolve."""
    subjects = args.children(tok, "nsubj", "nsubjpass")
    return any(s.pos_ in ("NOUN", "PROPN") for s in subjects)


def _verb_lemmas(tok: Token) -> list[str]:
    """spaCy's lemma, then naive ones from the surface form: the small model
    sometimes lemmatises "staged" as "stag"."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    out = [lemma]
    if word.endswith("ed"):
        out += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append(word[:-3])  # "stopped" -> "stop"
    elif word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        out.append(word[:-1])
    return list(dict.fromkeys(out))


def _when_clauses(tok: Token) -> list[Token]:
    """Verbs of "when ..." clauses attached to a predicate: they share its time and place."""
    return [a for a in args.children(tok, "advcl") if any(c.lower_ == "when" for c in a.children)]


def _clause_tokens(tok: Token) -> set[int]:
    """The predicate and its arguments; coordinated and temporal clauses stay free."""
    out = {tok.i}
    for child in tok.children:
        if child.dep_ in ("conj", "cc", "relcl", "parataxis"):
            continue
        if child.dep_ == "advcl" and any(
            c.lower_ in TEMPORAL_MARKS for c in child.children if c.dep_ in ("mark", "advmod")
        ):
            continue
        out |= {t.i for t in child.subtree}
    return out
