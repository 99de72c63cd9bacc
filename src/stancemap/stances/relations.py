"""Relations between actors read from the text itself, and claims with a target.

Three readings, each a named rule (``stances.relations.*``):

- reciprocal: coordinated subjects of a verb like "clash" ("X and Y clash over
  Z", "X clashed with Y", "X and Y traded barbs"), or the actors "between" whom
  a noun like "rift" stands, are opposed;
- response: "X rejected the accusations" / "denied" / "dismissed Y's claims"
  sets X against whoever made the claim: the author the claim names ("Y's
  claims", "criticism from Y"), else (``claim_owner``) the earlier claimant who
  accused X or said the claim's own words, else the nearest earlier claimant (a
  quote's speaker or an event's source) within a few sentences;
- outcome: a speaker's judgement of how something went ("the mission failed",
  "the troops fulfilled their duty", "the talks made progress") is a statement
  about that thing; two
  speakers judging one thing oppositely then disagree through the ordinary
  issue pairing, whatever words each used.

Words come from ``data/stances/relations.tsv``; confidences from the
``[stances]`` section of ``data/constants.toml``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import permutations

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.leaders import country_code
from ..actors.lexicon import agent_words
from ..datafiles import constants, read_table, word_list
from ..events.lexnames import lexnames
from ..ingest import Document
from ..nlp.view import doc_view
from ..nlp.words import pronouns
from ..records import ActorMention, Event, Quote, is_agent_id
from ..rules import declare, rule
from .agent_owner import PARTICIPLE_AGENT_OWNER
from .ally_possessor import ALLY_POSSESSOR, ally_possessor
from .alongside import ACTING_ALONGSIDE, acting_alongside
from .answered_side import (
    CLAIMANT_OTHER_SIDE,
    CLAIMANT_SAID_WORDS,
    other_side_window,
    own_side_claimant,
    verbal_conflict,
)
from .attitude_nouns import ATTITUDE_NOUN, attitude_noun
from .between_verb import BETWEEN_ON_VERB, between_preps
from .campaign import (
    CAMPAIGN_RULES,
    PRIOR_TALK_VERB,
    _phrase_hits,
    disapproval_verbs,
    judging_verbs,
    verb_sign,
)
from .claim_nouns import WORDNET_CLAIM_NOUNS, is_claim_noun
from .claims import (
    ASSERTED,
    CLAIM_SWITCHES,
    DERIVED_NOUN_SIGN,
    NEAR_ANTECEDENT,
    SAME_TARGET,
    STATE_TARGETS,
    antecedent,
    claim_words,
    judged_act,
    marked_target,
    predicate,
    rekey,
    remember,
    settle_targets,
    state_target,
    unasserted,
    wordnet_signs,
)
from .contests import CONTEST_RULES
from .contests import READERS as CONTEST_READERS
from .contrary_claims import meet_unsigned
from .controlled import CONTROLLED_RULES
from .criticism_aimed import CRITICISM_AIMED, criticism_aimed
from .criticism_from import CRITICISM_FROM, criticism_from
from .demonym_acts import DEMONYM_ACT_OWNER
from .extract import ALIGNMENT, PARTY_TYPES, Extractor, Finding, QuoteIndex
from .headline import (
    BETWEEN_WORDNET,
    DIRECTED,
    LEADERS,
    NAME_WORDS,
    RECIPROCAL_WITH,
    RIVALRY_NOUN,
    SECOND_PARSE,
    SECOND_RULES,
    SURNAME_ANY_TAG,
    TRANSITIVE,
    VERSUS,
    conflict_noun,
    headline,
    headline_leaders,
    headline_lines,
    lower_cased,
)
from .lead_over import LEAD_OVER, lead_over
from .lexicon import Lexicon
from .owned_objects import OWNED_OBJECT_TARGET
from .polarity import cue_polarity
from .standing import ATTITUDE_PHRASE, STANDING_PHRASE, attitude_phrase, standing_phrase
from .standing_mode import STANDING_AGENT
from .ties import PARTNERS_AROUND as TIE_PARTNERS_AROUND
from .ties import TIE_RULES
from .ties import WORDNET_WORDS as TIE_WORDNET
from .ties_moved import MOVED_RULES, PARTY_LEADER
from .topics import FrameMatcher, lemma

# third-person pronouns from the shared list, and the demonstratives that point back the same way
_PRONOUNS = pronouns(person=3) | {"this", "that"}


@dataclass(frozen=True)
class RelationWords:
    """kind -> lemma -> (sign, weight)."""

    table: dict[str, dict[str, tuple[int, float]]]

    def get(self, kind: str, word: str) -> tuple[int, float] | None:
        return self.table.get(kind, {}).get(word)


@lru_cache(maxsize=1)
def relation_words() -> RelationWords:
    table: dict[str, dict[str, tuple[int, float]]] = {}
    for row in read_table("stances/relations.tsv", required=("kind", "lemma", "sign", "weight")):
        table.setdefault(row["kind"], {})[row["lemma"].lower()] = (
            int(row["sign"]),
            float(row["weight"]),
        )
    return RelationWords(table)


@dataclass
class Context:
    doc: Doc
    document: Document
    actors: ActorLayer
    quotes: QuoteIndex
    all_quotes: list[Quote]
    events: list[Event]
    lexicon: Lexicon
    words: RelationWords
    table: dict
    frames: FrameMatcher | None = None  # issue frames, for a claim's target ("vote" = "election")
    on: frozenset[str] = frozenset()  # the switchable rules that are on
    state_heads: dict[str, str] = field(default_factory=dict)  # claims.state_target's heads
    # target -> start token of the sentence where a claim last judged it (claims.remember)
    judged_in: dict[str, int] = field(default_factory=dict)
    # claims.same_target: a claim's key -> (head word, the marks of which one)
    claim_targets: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    on_map: dict[str, bool] = field(default_factory=dict)  # the base rules on (by name)

    def actor_of(self, tok: Token) -> str | None:
        mention = self.actors.mention_at(tok.idx, tok.idx + len(tok))
        if mention is None:
            return None
        actor = self.actors.actor(mention.actor_id)
        if actor is not None and actor.type not in PARTY_TYPES:
            return None
        return mention.actor_id

    def sentence(self, tok: Token) -> tuple[int, int]:
        sent = tok.sent
        end = sent.end_char
        text = self.document.text
        while end > sent.start_char and text[end - 1].isspace():
            end -= 1
        # a dateline opening the sentence is nobody's evidence
        return self.document.clear_of_excluded(sent.start_char, end)


def _group(ctx: Context, head: Token) -> list[str]:
    """The actors named by a phrase and its conjuncts ("Turkey and Romania")."""
    found = []
    for tok in [head, *head.conjuncts]:
        actor = ctx.actor_of(tok)
        if actor is None:  # "from a former rival, X": the apposition names the actor
            actor = next(
                (a for c in tok.children if c.dep_ == "appos" and (a := ctx.actor_of(c))), None
            )
        if actor is not None:
            found.append(actor)
    return list(dict.fromkeys(found))


def _pairwise(
    ctx: Context, tok: Token, parties: list[str], sign: int, confidence: float, evidence: list[str]
) -> list[Finding]:
    start, end = ctx.sentence(tok)
    return [
        Finding(
            holder=a,
            frame=ALIGNMENT,
            args=frozenset({b}),
            polarity=sign,
            confidence=round(confidence, 3),
            start=start,
            end=end,
            evidence=list(evidence),
            cue=tok.i,
            notes=("narrated-relation",),
        )
        for a, b in permutations(parties, 2)
    ]


def _exchanged(tok: Token, ctx: Context) -> tuple[int, float] | None:
    """'traded barbs', 'exchanged insults': a verb of exchange with a hostile (or
    friendly) object is a reciprocal relation, whatever the verb says alone."""
    if ctx.words.get("exchange", lemma(tok)) is None:
        return None
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
        hit = ctx.words.get("exchanged", lemma(obj))
        if hit is not None:
            return hit
    return None


def _events_at(ctx: Context, tok: Token) -> list[str]:
    """Events whose trigger is this word: the relation reading replaces their sign."""
    return [e.id for e in ctx.events if e.trigger.start <= tok.idx < e.trigger.end]


@rule("stances.relations.reciprocal", order=10, doc="'X and Y clash over Z': X and Y are opposed")
def reciprocal(tok: Token, ctx: Context) -> list[Finding]:
    hit = ctx.words.get("reciprocal", lemma(tok))
    evidence: list[str] = []
    if hit is None and tok.pos_ in ("VERB", "NOUN"):
        hit = _exchanged(tok, ctx)
        if hit is not None:  # (asked only then: it scans every event of the document)
            evidence = _events_at(ctx, tok)  # "traded" coded as trade is no cooperation here
    if hit is None or tok.pos_ not in ("VERB", "NOUN"):
        return []
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.pos_ == "NOUN":  # a headline parsed "Macron and Scholz clash"
        subjects = [c for c in tok.children if c.dep_ == "compound"]
    if not subjects and tok.dep_ == "xcomp":  # "failed to agree" is no clash; "began to clash"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        parties = _group(ctx, subj)
        if len(parties) == 1:  # "X clashed with Y", "X traded barbs with Y"
            parties += [a for a in _pobj_actors(ctx, tok, ("with",)) if a not in parties]
        if len(parties) >= 2:
            pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
            conf = ctx.table["narrated_relation"] * hit[1] * pol.factor
            return _pairwise(ctx, tok, parties, pol.sign, conf, evidence)
    return []


@rule("stances.relations.between", order=20, doc="'a rift between X and Y': X and Y are opposed")
def between(tok: Token, ctx: Context) -> list[Finding]:
    hit = ctx.words.get("between", lemma(tok)) or conflict_noun(tok, ctx)
    if hit is None or tok.pos_ != "NOUN":
        return []
    preps = between_preps(tok, BETWEEN_ON_VERB in ctx.on)  # "a rift has opened between"
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            parties = _group(ctx, obj)
            if len(parties) >= 2:
                conf = ctx.table["narrated_relation"] * hit[1]
                return _pairwise(ctx, tok, parties, hit[0], conf, [])
    return []


_DASHES = frozenset({"-", "–", "—", "/"})


def _named_by_word(ctx: Context, word: str) -> str | None:
    """The one party actor of the document a bare name stands for: the mention at its words
    if any, else the only party actor with that word among its name's words ("Duterte" for
    Sara Duterte); None where none or several have it."""
    found = {
        actor_id
        for actor_id, actor in ctx.actors.actors.items()
        if actor.type in PARTY_TYPES and word in actor.name.split()
    }
    return next(iter(found)) if len(found) == 1 else None


def _own_mention(mention: ActorMention, name: Token) -> bool:
    """Whether a mention covers a name and no dash beside it ("Orbán", not the
    "Orbán-Magyar" the actors stage may have read as one name)."""
    return (
        mention.start >= name.idx
        and mention.end <= name.idx + len(name)
        and not any(d in mention.text for d in _DASHES)
    )


@rule(
    "stances.relations.hyphen_pair",
    order=22,
    doc="'the Orbán-Magyar feud', 'Marcos-Duterte rift widens': two names joined by a dash "
    "before a relation noun of conflict; each name the one actor of the story it names",
)
def hyphen_pair(tok: Token, ctx: Context) -> list[Finding]:
    hit = ctx.words.get("between", lemma(tok)) or conflict_noun(tok, ctx, any_pos=True)
    if hit is None or tok.pos_ not in ("NOUN", "PROPN", "VERB") or tok.i < 3:
        return []
    left = ctx.doc[tok.i - 3 : tok.i]  # NAME - NAME, right before the noun
    if (
        left[1].text not in _DASHES
        or not left[0].text[:1].isupper()  # names, whatever a headline's tags
        or not left[2].text[:1].isupper()
        or left[0].sent != tok.sent
        or left[1].whitespace_ != ""
        or left[0].whitespace_ != ""
    ):
        return []
    if tok.i >= 4 and ctx.doc[tok.i - 4].pos_ == "PROPN":
        return []  # "Prime Minister Orbán-Magyar": not two bare names
    parties = []
    for name in (left[0], left[2]):
        mention = ctx.actors.mention_at(name.idx, name.idx + len(name))
        actor = (
            ctx.actor_of(name)
            if mention is not None and _own_mention(mention, name)
            else _named_by_word(ctx, name.text)
        )
        if actor is None:
            return []
        parties.append(actor)
    if parties[0] == parties[1]:
        return []
    conf = ctx.table["narrated_relation"] * hit[1]
    return _pairwise(ctx, tok, parties, hit[0], conf, [])


CLAIM_ANTECEDENT = declare(
    "stances.relations.claim_antecedent",
    "'a report by Y said P. X called that report a lie': a definite claim noun naming no "
    "author takes the author named by the same noun shortly before, ahead of the nearest "
    "claimant",
    order=30.3,
)
# the determiners that point back to a noun already told ("that report", "these charges")
_POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})


def _antecedent_claimant(ctx: Context, obj: Token) -> str | None:
    """The author named by the last earlier mention of a definite claim noun's lemma
    (within the claim lookback), for ``claim_antecedent``."""
    if not any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in obj.children):
        return None
    sents = list(ctx.doc.sents)
    at = next((n for n, sent in enumerate(sents) if sent.start <= obj.i < sent.end), 0)
    first = sents[max(0, at - int(ctx.table["claim_lookback_sentences"]))].start
    word = lemma(obj)
    for tok in reversed(ctx.doc[first : obj.i]):
        if tok.pos_ == "NOUN" and lemma(tok) == word:
            return _owner_named(ctx, tok)
    return None


def _named_claimant(ctx: Context, obj: Token) -> str | None:
    """The author a claim noun names: "Y's claims", "criticism from/of/by Y"; with
    ``claim_antecedent`` on, "that report" after "a report by Y"."""
    found = _owner_named(ctx, obj)
    if found is None and CLAIM_ANTECEDENT in ctx.on:
        found = _antecedent_claimant(ctx, obj)
    return found


def _owner_named(ctx: Context, obj: Token) -> str | None:
    """The author a noun names itself: "Y's claims", "criticism from/of/by Y"."""
    for child in obj.children:
        if child.dep_ == "poss":
            actor = ctx.actor_of(child)
            if actor is not None:
                return actor
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                actor = ctx.actor_of(pobj)
                if actor is not None:
                    return actor
    return None


def _nearest_claimant(
    ctx: Context,
    tok: Token,
    holder: str,
    claims: list[Token] | None = None,
    denied: set[str] | None = None,
) -> tuple[str, list[str]] | None:
    """The speaker or event source of the nearest earlier claim by someone else; with
    ``stances.relations.claim_owner`` on and the claim nouns given, first the latest earlier
    claim that accused the holder, then the latest that said the claim's own words."""
    lookback = int(ctx.table["claim_lookback_sentences"])
    sents = list(ctx.doc.sents)
    starts = [s.start for s in sents]
    here = bisect_right(starts, tok.i) - 1
    first = max(0, here - lookback)
    # with claimant_other_side on, no claimant of the holder's own side, and a sentence
    # only they spoke in does not use up the lookback (session 55)
    other_side = CLAIMANT_OTHER_SIDE in ctx.on
    if other_side:
        first = other_side_window(
            ctx.actors, ctx.all_quotes, ctx.events, sents, here, lookback, holder
        )
    earliest = sents[first].start_char
    verbal_only = CLAIMANT_SAID_WORDS in ctx.on
    # (position, claimant, evidence, start, end of its words, accused the holder, an event)
    found: list[tuple[int, str, list[str], int, int, bool, bool]] = []
    said_only = SAID_CLAIMS in ctx.on
    for q in ctx.all_quotes:
        if (
            q.speaker
            and q.speaker != holder
            and not (other_side and own_side_claimant(ctx.actors, holder, q.speaker))
            and earliest <= q.content.start < tok.idx
            and q.content.end <= tok.idx + 1
            and not (said_only and q.reports == "attitude")  # "X thanked Y": no claim
        ):
            named = {m.actor_id for m in ctx.actors.mentions_in(q.content.start, q.content.end)}
            found.append(
                (
                    q.content.start,
                    q.speaker,
                    [q.id],
                    q.content.start,
                    q.content.end,
                    holder in named,
                    False,
                )
            )
    # the cues of quotes that report an attitude or act: an event on such a cue ("welcomed
    # the plan") is that act, no claim
    acts = (
        {(q.cue.start, q.cue.end) for q in ctx.all_quotes if q.reports == "attitude" and q.cue}
        if said_only
        else set()
    )
    for ev in ctx.events:
        if ev.reported_by:
            continue  # an act told inside a quote is the speaker's claim: the quote stands for it
        if any(a <= ev.trigger.start < b for a, b in acts):
            continue
        if verbal_only and not verbal_conflict(ev.type):
            continue  # "talks under EU mediation", "officials met": no claim (session 55)
        if earliest <= ev.trigger.start < tok.idx and ev.source:
            others = [
                s
                for s in ev.source
                if s != holder and not (other_side and own_side_claimant(ctx.actors, holder, s))
            ]
            if others:
                accused = ev.type == "ACCUSE" and holder in ev.target
                found.append(
                    (
                        ev.trigger.start,
                        others[0],
                        [ev.id],
                        ev.trigger.start,
                        ev.trigger.end,
                        accused,
                        True,
                    )
                )
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    if claims and CLAIM_OWNER in ctx.on:
        accusers = [f for f in found if f[5]]
        if accusers:  # "Y accused X of Z. X rejected the accusations": whom they were aimed at
            return accusers[-1][1], accusers[-1][2]
        words = _claim_content_words(claims)
        if words:  # "Y said the tender was rigged. X called the tender claims baseless"
            text = ctx.document.text
            for f in reversed(found):
                span = ctx.doc.char_span(f[3], f[4], alignment_mode="expand")
                said = {lemma(t) for t in span} if span is not None else set()
                if words & (said | set(text[f[3] : f[4]].lower().split())):
                    return f[1], f[2]
    if denied is not None:
        # only an accusation aimed at the holder (an ACCUSE event, a foreign speaker's quote on
        # his country) or a claim that said the denied words (two of them, or all of fewer)
        need = min(_OVERLAP_MIN, len(denied))
        for f in reversed(found):
            if (
                (f[6] and f[5])
                or (not f[6] and _about_holder(ctx, f[3], f[4], holder, f[1]))
                or (need and len(denied & _said_words(ctx, f[3], f[4])) >= need)
            ):
                return f[1], f[2]
        return None
    return found[-1][1], found[-1][2]


def _about_holder(ctx: Context, start: int, end: int, holder: str, speaker: str) -> bool:
    """Whether a quote charges the holder's country, its speaker being of another ("X said
    Pakistan sheltered the men" ... Pakistan's prime minister denied it). A quote merely naming
    the holder is not enough: in a story about him most do."""
    named = {m.actor_id for m in ctx.actors.mentions_in(start, end)}
    own = ctx.actors.actor(holder)
    other = ctx.actors.actor(speaker)
    if own is None or own.country is None or (other is not None and other.country == own.country):
        return False
    for actor_id in named:
        actor = ctx.actors.actor(actor_id)
        if actor is not None and actor.type == "country" and actor.country == own.country:
            return True
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    # a place the actors stage made no actor of: the country lists name it
    return span is not None and any(
        ent.label_ == "GPE" and country_code(ent.text) == own.country for ent in span.ents
    )


def _content_lemmas(tokens: Iterable[Token]) -> set[str]:
    return {
        lemma(t)
        for t in tokens
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.ent_type_ == "" and len(t.text) > 2
    }


_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
# one content word shared by a long clause and an earlier quote is chance ("the attacks")
_OVERLAP_MIN = 2


def _said_words(ctx: Context, start: int, end: int) -> set[str]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return _content_lemmas(span) if span is not None else set()


def _denied_words(tok: Token) -> set[str]:
    """What a rejection denies, as content lemmas: the clause it governs ("denied that the
    tender was rigged"); never the holder or the cue."""
    return _content_lemmas(
        t for c in tok.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree
    )


DENIAL_CLAUSE = declare(
    "stances.relations.denial_clause",
    "'X denied that P': whoever said P before (an earlier quote or claim sharing P's content "
    "lemmas) is answered, never merely the nearest speaker; none said it, no relation",
    order=30.71,
)

SAID_CLAIMS = declare(
    "stances.relations.claimant_said",
    "a quote that reports an attitude or act, not words ('X criticized the plan', "
    "Quote.reports == 'attitude'), is no claim a rejection answers when its author is sought",
    order=30.65,
)


CLAIM_OWNER = declare(
    "stances.relations.claim_owner",
    "'Y accused X of Z ... W spoke ... X rejected the claims': an unnamed claim is the earlier "
    "speaker's who accused X (a quote naming X, an ACCUSE event at X), else who said the "
    "claim's own words ('the tender claims'), before the merely nearest claimant",
    order=30.6,
)


def _claim_content_words(claims: list[Token]) -> set[str]:
    """What a claim noun says it is about: its noun and adjective modifiers, "claims about
    the tender", "the rigging allegations" (lemmas; the claim noun itself not)."""
    out: set[str] = set()
    for claim in claims:
        for child in claim.children:
            if child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
                out.add(lemma(child))
            if child.dep_ == "prep" and child.lower_ in ("about", "over", "on", "of", "that"):
                out |= {lemma(c) for c in child.subtree if c.pos_ in ("NOUN", "PROPN")}
    return out


def _response_holders(tok: Token, ctx: Context) -> list[tuple[str, float, list[str]]]:
    node = tok
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ == "nsubj"]
        if subj:
            found = _group(ctx, subj[0])
            if not found and subj[0].lower_ in ("i", "we"):
                quote = ctx.quotes.at(tok.idx)
                if quote is not None and quote.speaker:
                    return [(quote.speaker, quote.confidence, [quote.id])]
            return [(a, 1.0, []) for a in found]
        if node.dep_ in ("conj", "xcomp") and node.head != node:
            node = node.head
            continue
        break
    return []


@rule(
    "stances.relations.response",
    order=30,
    doc="'X rejected the accusations', 'Y agreed': X against (Y beside) whoever made the claim",
)
def response(tok: Token, ctx: Context) -> list[Finding]:
    hit = ctx.words.get("response", lemma(tok))
    if hit is None and NAMED_CLAIM in ctx.on:
        hit = _named_claim(tok, ctx)
    phrasal = False
    if hit is None and PHRASAL in ctx.on:
        hit = _dismiss_phrase(tok, ctx)
        phrasal = hit is not None
    if hit is None or tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl"):
        return []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if phrasal and not any(is_claim_noun(ctx, o) for o in objects):
        return []  # "walked out", "voted down the bill": no claim answered
    if any(ctx.actor_of(o) is not None for o in objects):
        return []  # "dismissed Petro": a stance on an actor, read by the attitude cues
    if hit[0] > 0 and (objects or any(c.dep_ in ("xcomp", "prep") for c in tok.children)):
        return []  # "agreed to open the border", "agreed on a plan": an act, not assent
    claim_objects = [o for o in objects if is_claim_noun(ctx, o)]
    if objects and not claim_objects and FALSITY in ctx.on:
        claim_objects = _falsity_objects(tok, ctx, objects)  # "described Y's figures as absurd"
    if not objects and NAMING_WORDNET in ctx.on:
        claim_objects = _compound_claims(tok, ctx)  # "called the claims groundless", misparsed
    if objects and not claim_objects:
        return []  # "rejected the plan": a stance on an issue, not on a claimant
    out: list[Finding] = []
    for holder, holder_conf, evidence in _response_holders(tok, ctx):
        claimant: str | None = None
        refs: list[str] = list(evidence)
        conf = ctx.table["claimant_named"]
        for obj in claim_objects:
            claimant = _named_claimant(ctx, obj)
            if claimant is not None:
                break
        if claimant is None:
            gated = (
                DENIAL_CLAUSE in ctx.on
                and not claim_objects
                and any(c.dep_ == "ccomp" for c in tok.children)
            )
            denied = _denied_words(tok) if gated and hit[0] < 0 else None
            near = _nearest_claimant(ctx, tok, holder, claim_objects, denied)
            if near is None:
                continue
            claimant, found = near
            refs += found
            conf = ctx.table["claimant_nearest"]
        if claimant == holder:
            continue
        pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
        start, end = ctx.sentence(tok)
        out.append(
            Finding(
                holder=holder,
                frame=ALIGNMENT,
                args=frozenset({claimant}),
                polarity=pol.sign,
                confidence=round(conf * hit[1] * holder_conf * pol.factor, 3),
                start=start,
                end=end,
                evidence=refs,
                cue=tok.i,
                notes=("response",),
            )
        )
    return out


@lru_cache(maxsize=1)
def response_nouns() -> dict[str, str]:
    """noun -> the answering response verb WordNet derives it from (``between_import``):
    "denial" -> "deny", "rejection" -> "reject"."""
    return {
        row["noun"]: row["response"]
        for row in read_table("stances/response_nouns.tsv", required=("noun", "response"))
    }


def _claimant_of(
    ctx: Context, tok: Token, holder: str, claim: Token
) -> tuple[str, list[str], float] | None:
    """Whose words a claim noun answered at ``tok`` are: the author it names ("X's claim"),
    else the earlier claimant ``_nearest_claimant`` finds for it; (claimant, evidence,
    confidence)."""
    named = _named_claimant(ctx, claim)
    if named is not None:
        return named, [], ctx.table["claimant_named"]
    near = _nearest_claimant(ctx, tok, holder, [claim])
    if near is None:
        return None
    return near[0], near[1], ctx.table["claimant_nearest"]


@rule(
    "stances.relations.response_nominal",
    order=30.8,
    doc="'Y's denial/rejection of X's claim': a noun WordNet derives from an answering "
    "response verb (data/stances/response_nouns.tsv), its possessor (or 'by' Y) against "
    "the claim's author",
)
def response_nominal(tok: Token, ctx: Context) -> list[Finding]:
    verb = response_nouns().get(lemma(tok))
    if verb is None or tok.pos_ != "NOUN":
        return []
    hit = ctx.words.get("response", verb)
    if hit is None or hit[0] > 0:
        return []
    givers = [c for c in tok.children if c.dep_ == "poss"]
    claims: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if prep.lower_ == "by":
            givers += [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.lower_ in ("of", "to"):
            claims += [c for c in prep.children if c.dep_ == "pobj" and is_claim_noun(ctx, c)]
    holders = [a for g in givers for a in _group(ctx, g)]
    if not holders or not claims:
        return []
    answering: list[tuple[str, float, list[str]]] = [(h, 1.0, []) for h in holders]
    return _against_claimant(ctx, tok, answering, claims[0], hit[0], hit[1])


@rule(
    "stances.relations.response_passive",
    order=30.85,
    doc="'A claim by X that ... was rejected by Y', 'X's accusation was dismissed by Y', 'the "
    "claim was brushed aside by Y': a passive answering verb (or phrasal verb) whose subject "
    "is a claim noun: the passive agent against the claim's author ('by'/possessor, else the "
    "nearest earlier claimant)",
)
def response_passive(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    hit = ctx.words.get("response", lemma(tok))
    if hit is None and PHRASAL in ctx.on:
        hit = _dismiss_phrase(tok, ctx)  # "was brushed aside by Y"
    if hit is None or hit[0] > 0:
        return []
    claims = [c for c in tok.children if c.dep_ == "nsubjpass" and is_claim_noun(ctx, c)]
    agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if not claims:
        claims = _root_claim(ctx, tok)
    holders = [h for g in agents for h in _group(ctx, g)]
    if not claims or not holders:
        return []
    answering: list[tuple[str, float, list[str]]] = [(h, 1.0, []) for h in holders]
    return _against_claimant(ctx, tok, answering, claims[0], hit[0], hit[1])


def _root_claim(ctx: Context, tok: Token) -> list[Token]:
    """ "A claim by X that the tribunal destroyed ballots after the vote was rejected by Y",
    parsed with the claim noun as the sentence's root and the passive inside its clause: a
    sentence whose root is a noun has no verb of its own, so the passive it holds is its
    verb and the root claim noun its subject."""
    node = tok
    while node.dep_ in ("advcl", "acl", "ccomp", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ROOT" and node.pos_ == "NOUN" and is_claim_noun(ctx, node):
        return [node]
    return []


def _against_claimant(
    ctx: Context,
    tok: Token,
    holders: list[tuple[str, float, list[str]]],
    claim: Token,
    polarity: int,
    scale: float,
) -> list[Finding]:
    """One finding per answering holder (actor, confidence, evidence) towards the author of
    ``claim``, never towards itself: the response rules' common end."""
    out: list[Finding] = []
    start, end = ctx.sentence(tok)
    for holder, holder_conf, evidence in holders:
        found = _claimant_of(ctx, tok, holder, claim)
        if found is None or found[0] == holder:
            continue
        claimant, refs, conf = found
        out.append(
            Finding(
                holder=holder,
                frame=ALIGNMENT,
                args=frozenset({claimant}),
                polarity=polarity,
                confidence=round(conf * holder_conf * scale, 3),
                start=start,
                end=end,
                evidence=[*evidence, *refs],
                cue=tok.i,
                notes=("response",),
            )
        )
    return out


def _reply_sign(ctx: Context, verb: Token) -> int:
    """The sign of what a speaker said in reply: the clauses the verb governs (ccomp and
    their conjuncts) carry a negation or a negative evaluative cue -> -1; only positive
    cues -> +1; neither -> 0."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    signs: set[int] = set()
    for clause in clauses:
        for t in clause.subtree:
            if t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no"):
                signs.add(-1)
                continue
            cue = ctx.lexicon.cue("evaluative", lemma(t))
            if cue is not None and cue.sign:
                signs.add(cue.sign)
    if -1 in signs:
        return -1
    return 1 if 1 in signs else 0


@rule(
    "stances.relations.in_response_to",
    order=30.9,
    doc="'In response to X's accusation, Y said the figures were absurd': a speaker answering "
    "another's claim noun ('in response to', 'responding to') is against (beside) its author "
    "as the reply's own words are negative (positive)",
)
def in_response_to(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "relcl", "advcl"):
        return []
    claims: list[Token] = []
    for child in tok.children:
        to_heads: list[Token] = []
        if child.dep_ == "prep" and child.lower_ == "in":  # "in response to"
            to_heads = [c for c in child.children if c.dep_ == "pobj" and lemma(c) == "response"]
        elif child.dep_ == "advcl" and lemma(child) == "respond":  # "responding to"
            to_heads = [child]
        for head in to_heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"):
                claims += [c for c in prep.children if c.dep_ == "pobj" and is_claim_noun(ctx, c)]
    if not claims:
        return []
    sign = _reply_sign(ctx, tok)
    if not sign:
        return []
    answering = list(_response_holders(tok, ctx))
    return _against_claimant(ctx, tok, answering, claims[0], sign, ctx.table["claimant_reply"])


PHRASAL = declare(
    "stances.relations.response_phrasal",
    "'X brushed off criticism from Y', 'shrugged off the accusations': a WordNet verb and "
    "particle under an answering response verb (data/stances/dismiss_phrases.tsv), with a "
    "claim noun as its object, answers the claimant",
    order=30.5,
)
# the words the parser may hang a phrasal verb's particle on it with ("brushed aside": advmod)
_PARTICLE_DEPS = ("prt", "advmod")


@lru_cache(maxsize=1)
def dismiss_phrases() -> dict[tuple[str, str], str]:
    """(verb, particle) -> the answering response verb it lies under (``between_import``)."""
    return {
        tuple(row["phrase"].split()): row["response"]  # type: ignore[misc]
        for row in read_table("stances/dismiss_phrases.tsv", required=("phrase", "response"))
    }


def _dismiss_phrase(tok: Token, ctx: Context) -> tuple[int, float] | None:
    """The response row of the verb a phrasal verb of dismissing lies under."""
    if tok.pos_ != "VERB":
        return None
    for child in tok.children:
        if child.dep_ in _PARTICLE_DEPS and child.i > tok.i:
            verb = dismiss_phrases().get((lemma(tok), child.lower_))
            if verb is not None:
                return ctx.words.get("response", verb)
            if DISMISS_PARTICLE in ctx.on and child.lower_ in _DISMISS_PARTICLES:
                return ctx.words.get("response", "dismiss")
    return None


NAMED_CLAIM = declare(
    "stances.relations.response_naming",
    "'X called the claims absurd', 'described the accusations as lies': a verb of naming "
    "whose object is another's words and whose name judges them answers the claimant",
    order=31,
)


def _compound_claims(tok: Token, ctx: Context) -> list[Token]:
    """ "called the claims groundless" parsed with "groundless" a noun, the verb's oprd, and
    "claims" its compound: the claim nouns hung on the name."""
    return [
        c
        for name in tok.children
        if name.dep_ == "oprd"
        for c in name.children
        if c.dep_ == "compound" and is_claim_noun(ctx, c)
    ]


def _named_claim(tok: Token, ctx: Context) -> tuple[int, float] | None:
    """(sign, weight) of a claim named with a judging word: a verb of the ``naming`` rows
    with a claim noun as its object ("called the claims absurd", "described the charges as
    lies"); the name's sign is an evaluative cue's, else the claim words' (AFINN, VADER).
    Only a negative name answers the claimant here: a positive one is read as assent by
    no rule yet."""
    if tok.pos_ != "VERB" or ctx.words.get("naming", lemma(tok)) is None:
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    claims_ = [o for o in objects if is_claim_noun(ctx, o)]
    names = [c for c in tok.children if c.dep_ in ("oprd", "acomp") and c.pos_ in ("ADJ", "NOUN")]
    if not claims_ and not objects and NAMING_WORDNET in ctx.on:
        claims_ = _compound_claims(tok, ctx)
    falsity = False
    if not claims_ and objects and FALSITY in ctx.on:
        claims_ = _falsity_objects(tok, ctx, objects)
        falsity = bool(claims_)
    if not claims_:
        return None
    # an adjective after the noun is the name the parser hung on it ("called Y's remarks
    # outrageous", parsed amod): English puts a modifying adjective before its noun
    names += [c for c in claims_[0].children if c.dep_ == "amod" and c.i > claims_[0].i]
    if NAMING_WORDNET in ctx.on:  # "called the allegations unfounded", parsed acl: the same
        names += [
            c
            for c in claims_[0].children
            if c.dep_ == "acl" and c.pos_ == "ADJ" and c.i == claims_[0].i + 1
        ]
    for holder in (tok, claims_[0]):  # "described [the charges] as lies"
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "as"):
            names += [c for c in prep.children if c.dep_ == "pobj"]
    if FALSITY in ctx.on:
        names += _parsed_names(tok, claims_[0])
    hit = _name_sign(ctx, names)
    if hit is None and FALSITY in ctx.on and (falsity or _falsity_named(names)):
        hit = ctx.words.get("response", "deny")  # "a pack of lies": naming it false denies it
    return hit


def _name_sign(ctx: Context, names: list[Token]) -> tuple[int, float] | None:
    """(sign, weight) of the first signed word among the names given to a claim (or a
    modifier of one): an evaluative cue's, else the claim words' (AFINN, VADER), else with
    ``naming_wordnet_sign`` on its WordNet sign; only a negative name counts."""
    words = claim_words()
    for name in names:
        for word in [name, *(c for c in name.children if c.dep_ in ("amod", "compound"))]:
            cue = ctx.lexicon.cue("evaluative", lemma(word))
            hit = (cue.sign, cue.weight) if cue is not None and cue.sign else None
            hit = hit or words.get(word.lower_) or words.get(lemma(word))
            if hit is None and NAMING_WORDNET in ctx.on:
                hit = wordnet_signs().get(word.lower_) or wordnet_signs().get(lemma(word))
            if hit is not None:
                return hit if hit[0] < 0 else None
    return None


DISMISS_PARTICLE = declare(
    "stances.relations.dismiss_particle",
    "'X waved the accusations away', 'fended off criticism from Y': a verb with the particle "
    "'away', 'aside' or 'off' whose object is a claim noun dismisses it, as the WordNet "
    "phrases of response_phrasal do",
    order=30.55,
)
# the particles that make a verb with a claim noun as object one of setting it aside
_DISMISS_PARTICLES = frozenset({"away", "aside", "off"})


# the prepositions through which a verb aims at another's words ("scoffed at the claim",
# "hit back at the claims", "laughed off the suggestion" parsed with a preposition)
_AIMED_PREPS = frozenset({"at", "on", "against", "off"})


@rule(
    "stances.relations.response_prep",
    order=31.7,
    doc="'Y scoffed at the claim', 'Y hit back at the accusations', 'Y laughed off the "
    "suggestion': a verb of judging (the attitude cues, judgment verbs, WordNet's mock and "
    "criticize verbs), a campaign phrase or a dismissing phrase aimed "
    "through a preposition at a claim noun naming no author answers its nearest earlier "
    "claimant; one naming its author is stances.campaign.phrase_claim's",
)
def response_prep(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "relcl"):
        return []
    hits = [(hit, prep) for hit, prep in _phrase_hits(tok) if hit[0] < 0]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS):
        hit = verb_sign(tok, ctx)
        if hit is None and (
            judging_verbs().get(lemma(tok)) == -1 or lemma(tok) in disapproval_verbs()
        ):  # WordNet's verbs under mock.v.01 ("scoffed at") and criticize.v.01 ("railed at")
            hit = (-1, float(ctx.table["disapproval_verb_weight"]))
        verb = dismiss_phrases().get((lemma(tok), prep.lower_))
        hit = hit or (ctx.words.get("response", verb) if verb else None)
        if hit is not None and hit[0] < 0:
            hits.append((hit, prep))
    for hit, prep in hits:
        claims_ = [
            c
            for c in prep.children
            if c.dep_ == "pobj"
            and ctx.actor_of(c) is None
            and is_claim_noun(ctx, c)
            and _owner_named(ctx, c) is None
        ]
        if claims_:
            held = _response_holders(tok, ctx)
            return _against_claimant(ctx, tok, held, claims_[0], -1, hit[1])
    return []


# the determiners that point back to words already told ("the claims", "these charges")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


@rule(
    "stances.relations.judged_claim",
    order=31.6,
    doc="'X said the claims were baseless': another's claim noun as the subject of a "
    "negative name (a copula's complement) in X's quote answers the claimant, as "
    "response_naming's 'X called the claims baseless' does",
)
def judged_claim(tok: Token, ctx: Context) -> list[Finding]:
    if ctx.words.get("copula", lemma(tok)) is None or tok.pos_ not in ("AUX", "VERB"):
        return []
    claims_ = [c for c in tok.children if c.dep_ == "nsubj" and is_claim_noun(ctx, c)]
    falsity = False
    if not claims_ and FALSITY in ctx.on:  # "said the story was false": a thing said
        claims_ = [
            c
            for c in tok.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and ctx.actor_of(c) is None
            and _said_thing(ctx, c)
        ]
        falsity = bool(claims_)
    if not claims_ or any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
        return []  # "were not false", "will prove false": no rejection asserted
    if not any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE)
        for c in claims_[0].children
    ):
        return []  # "some accusations are hard to prove", "a remark was rough": no one's words
    names = [
        c
        for c in tok.children
        if c.dep_ in ("acomp", "attr")
        and c.pos_ in ("ADJ", "NOUN")
        # a name with its own complement says how the claim stands to something else
        # ("unlikely to have an effect", "difficult to prove", "frightening to voters")
        and not any(g.dep_ in ("xcomp", "ccomp", "prep") for g in c.children)
    ]
    if falsity and not _falsity_named(names):
        return []  # "the story was moving": only a name of untruth makes a thing someone's words
    hit = _name_sign(ctx, names)
    if hit is None and falsity:
        hit = ctx.words.get("response", "deny")
    quote = ctx.quotes.at(tok.idx)
    if hit is None or quote is None or not quote.speaker:
        return []
    held: list[tuple[str, float, list[str]]] = [(quote.speaker, quote.confidence, [quote.id])]
    return _against_claimant(ctx, tok, held, claims_[0], hit[0], hit[1])


FALSITY = declare(
    "stances.relations.falsity_claim",
    "'X described Y's figures as absurd', 'said the story was false', 'branded it a pack of "
    "lies': a thing named untrue or senseless (data/stances/falsity_words.txt, WordNet) is "
    "someone's words, whatever its noun, and naming it so answers its author",
    order=31.55,
)


@lru_cache(maxsize=1)
def falsity_words() -> frozenset[str]:
    """Words judging something said as untrue or senseless (``falsity_import``)."""
    return word_list("stances/falsity_words.txt")


@lru_cache(maxsize=1)
def message_nouns() -> frozenset[str]:
    """Nouns of things said (``falsity_import``): WordNet's communication.n.02."""
    return word_list("stances/message_nouns.txt")


def _said_thing(ctx: Context, thing: Token) -> bool:
    """Whether a thing named false can be someone's words: its owner is named ("Y's
    figures"), or it is a noun of something said ("the story", not "the idea")."""
    return _named_claimant(ctx, thing) is not None or lemma(thing) in message_nouns()


def _falsity_named(names: list[Token]) -> bool:
    """Whether a name given is one of untruth or senselessness: the word, a modifier of it
    ("utterly false"), or what it is made of ("a pack of lies")."""
    words = falsity_words()
    for name in names:
        parts = [name, *(c for c in name.children if c.dep_ in ("amod", "compound"))]
        for prep in (c for c in name.children if c.dep_ == "prep" and c.lower_ == "of"):
            parts += [c for c in prep.children if c.dep_ == "pobj"]
        if any(p.lower_ in words or lemma(p) in words for p in parts):
            return True
    return False


def _falsity_objects(tok: Token, ctx: Context, objects: list[Token]) -> list[Token]:
    """The objects of a verb of naming that names them untrue or senseless ("described Y's
    figures as absurd", "called the story a fabrication"): no actor, and a name of
    untruth as the verb's complement, its 'as' phrase or an adjective after the object."""
    if ctx.words.get("naming", lemma(tok)) is None:
        return []
    things = [
        o for o in objects if o.pos_ == "NOUN" and ctx.actor_of(o) is None and _said_thing(ctx, o)
    ]
    if not things:
        return []
    names = [c for c in tok.children if c.dep_ in ("oprd", "acomp") and c.pos_ in ("ADJ", "NOUN")]
    for holder in (tok, things[0]):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "as"):
            names += [c for c in prep.children if c.dep_ == "pobj"]
            names += [c for c in prep.children if c.dep_ == "amod"]  # "as absurd" parsed amod
    names += [c for c in things[0].children if c.dep_ in ("amod", "acl") and c.i > things[0].i]
    names += _parsed_names(tok, things[0])
    return things[:1] if _falsity_named(names) else []


def _parsed_names(tok: Token, thing: Token) -> list[Token]:
    """The names the parser hangs elsewhere: a second object after the thing ("branded the
    allegations [a pack of lies]") and a clause marked 'as' ("described the charges as
    [fabricated]", parsed advcl)."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > thing.i]
    out += [
        c
        for c in tok.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
    ]
    return out


@lru_cache(maxsize=1)
def refutation_nouns() -> frozenset[str]:
    """Nouns of contradicting another's words (``falsity_import``)."""
    return word_list("stances/refutation_nouns.txt")


@rule(
    "stances.relations.refutation_noun",
    order=30.85,
    doc="'Y's rebuttal came within hours', 'Y's denial was swift': a noun of contradicting "
    "another's words (data/stances/refutation_nouns.txt, WordNet) owned by Y and naming no "
    "claim answers the nearest earlier claimant (response_nominal reads one naming a claim)",
)
def refutation_noun(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "NOUN" or lemma(tok) not in refutation_nouns():
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("of", "to", "from", "by") for c in tok.children):
        return []  # "denial of the charges", "rebuttal to X": response_nominal's
    holders = [a for c in tok.children if c.dep_ == "poss" for a in _group(ctx, c)]
    out: list[Finding] = []
    start, end = ctx.sentence(tok)
    hit = ctx.words.get("response", "refute") or (-1, 1.0)
    for holder in holders:
        near = _nearest_claimant(ctx, tok, holder)
        if near is None or near[0] == holder:
            continue
        out.append(
            Finding(
                holder=holder,
                frame=ALIGNMENT,
                args=frozenset({near[0]}),
                polarity=-1,
                confidence=round(ctx.table["claimant_nearest"] * hit[1], 3),
                start=start,
                end=end,
                evidence=list(near[1]),
                cue=tok.i,
                notes=("response",),
            )
        )
    return out


NAMING_WORDNET = declare(
    "stances.relations.naming_wordnet_sign",
    "'X called the claims baseless/unfounded': a name AFINN and VADER leave unsigned takes "
    "its WordNet sign (data/stances/wordnet_signs.tsv), also when the parse hangs it on the "
    "claim noun (acl) or the claim noun on it (compound of the verb's oprd)",
    order=31.5,
)


_RECEIVING = {"win", "receive", "get", "earn", "secure", "land", "gain", "have"}


def _pobj_actors(ctx: Context, tok: Token, preps: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            out += _group(ctx, pobj)
    return out


@rule(
    "stances.relations.endorsement",
    order=35,
    doc="'X's endorsement of Y', 'Y won the endorsement of X': X backs Y",
)
def endorsement(tok: Token, ctx: Context) -> list[Finding]:
    hit = ctx.words.get("endorsement", lemma(tok))
    if hit is None or tok.pos_ != "NOUN":
        return []
    givers = [a for c in tok.children if c.dep_ == "poss" for a in _group(ctx, c)]
    takers = _pobj_actors(ctx, tok, ("of", "for"))
    if givers:
        pass  # "Christie's endorsement of Trump"
    elif tok.dep_ in ("dobj", "obj") and lemma(tok.head) in _RECEIVING:
        # "Trump won the endorsement of X"; "received an endorsement on Friday from X"
        givers = _pobj_actors(ctx, tok, ("of", "from")) or _pobj_actors(ctx, tok.head, ("from",))
        takers = [a for c in tok.head.children if c.dep_ == "nsubj" for a in _group(ctx, c)]
    if not givers or not takers:
        return []
    # "withdrew his endorsement of Y" is against Y (stances.polarity.reversal)
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["narrated_relation"] * hit[1] * pol.factor
    quote = ctx.quotes.at(tok.idx)
    evidence = [quote.id] if quote is not None else []
    start, end = ctx.sentence(tok)
    return [
        Finding(
            holder=g,
            frame=ALIGNMENT,
            args=frozenset({t}),
            polarity=pol.sign,
            confidence=round(conf, 3),
            start=start,
            end=end,
            evidence=evidence,
            cue=tok.i,
            notes=("endorsement",),
        )
        for g in givers
        for t in takers
        if g != t
    ]


def _target_word(tok: Token, ctx: Context, last: list[str]) -> str | None:
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in _PRONOUNS:  # "they fulfilled their mission": the last thing judged
        return antecedent(subj, ctx, last)  # (only a near one with near_antecedent on)
    if STATE_TARGETS in ctx.on:
        state = state_target(subj, ctx)  # "the peacekeepers" and "the forces" of one state
        if state is not None:
            return state
    if subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if SAME_TARGET in ctx.on:
        return marked_target(subj, ctx)
    return lemma(subj)


@rule(
    "stances.claims.outcome",
    order=40,
    doc="'the mission failed' said by X: X's claim about the mission (target, polarity)",
)
def _outcome_object(tok: Token, ctx: Context) -> tuple[int, float] | None:
    """'the talks made progress', 'ended in deadlock': a plain verb whose object judges."""
    if ctx.words.get("outcome_verb", lemma(tok)) is None:
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objects:
        hit = ctx.words.get("outcome_object", lemma(obj))
        if hit is not None:
            return hit
    return None


def outcome(tok: Token, ctx: Context, last: list[str]) -> list[Finding]:
    hit = ctx.words.get("outcome", lemma(tok))
    if hit is None and tok.pos_ == "VERB":
        hit = _outcome_object(tok, ctx)
    if hit is None or tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "xcomp"):
        return []
    quote = ctx.quotes.at(tok.idx)
    if quote is None or not quote.speaker:
        return []
    if ASSERTED in ctx.on and unasserted(tok, tok, ctx):
        return []  # "if they fail to act", "the talks could fail": not asserted
    word = _target_word(tok, ctx, last)
    if word is None:
        return []
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and ctx.actor_of(subj) == quote.speaker:
        return []  # "we succeeded": self-praise, no claim about another
    remember(ctx, last, word, tok)
    pol = cue_polarity(tok, hit[0], ctx.lexicon)
    start, end = ctx.sentence(tok)
    return [
        Finding(
            holder=quote.speaker,
            frame=f"claim-{word}",
            args=frozenset(),
            polarity=pol.sign,
            confidence=round(ctx.table["outcome_claim"] * hit[1] * quote.confidence, 3),
            start=start,
            end=end,
            evidence=[quote.id],
            cue=tok.i,
            notes=("outcome",),
        )
    ]


# ---- requests by composition: a request takes the sign of the requested act's effect on
# the one it names

REQUEST_EFFECT = declare(
    "stances.relations.request_effect",
    "a request, demand or 'should' by X whose content is an act done to Y, or by Y itself, "
    "takes the sign of that act's effect on Y ('called for Y to be arrested', 'urged Y to "
    "resign', 'called for the sacking of Y' against Y; 'called on voters to back Y' for Y; "
    "WordNet, data/stances/person_effects.tsv)",
)
# the event types of a request (the events stage's), and the modals of one in said words
_REQUESTS = frozenset({"REQUEST", "DEMAND"})
_SHOULD = frozenset({"should", "must"})
# "unite behind Y", "rally behind Y": the one preposition that backs its object
_BEHIND = "behind"


@lru_cache(maxsize=1)
def _person_effect_rows() -> tuple[dict[str, str], ...]:
    return tuple(
        read_table(
            "stances/person_effects.tsv", required=("word", "pos", "effect", "role", "class")
        )
    )


@lru_cache(maxsize=1)
def person_effects() -> dict[tuple[str, str], tuple[int, str]]:
    """(word, 'v' or 'n') -> (effect on the party, 'object' or 'subject')."""
    return {(r["word"], r["pos"]): (int(r["effect"]), r["role"]) for r in _person_effect_rows()}


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _act_key(verb: Token) -> tuple[int, str] | None:
    """The verb's effect row: the WordNet two-word verb with its particle first ("drop
    out", "step down"), else the verb."""
    table = person_effects()
    for c in verb.children:
        if c.dep_ in ("prt", "prep", "advmod") and c.i == verb.i + 1:
            hit = table.get((f"{lemma(verb)}_{c.lower_}", "v"))
            if hit is not None:
                return hit
    return table.get((lemma(verb), "v"))


def _noun_act(ctx: Context, noun: Token) -> list[tuple[str, int]]:
    """'the impeachment of Y', 'Y's resignation': (Y, the act's effect on Y)."""
    hit = person_effects().get((lemma(noun), "n"))
    if hit is None or noun.pos_ != "NOUN":
        return []
    owners = [a for c in noun.children if c.dep_ == "poss" for a in _group(ctx, c)]
    owners += _pobj_actors(ctx, noun, ("of",))
    return [(a, hit[0]) for a in owners]


def _act_parties(ctx: Context, verb: Token, asked: list[str]) -> list[tuple[str, int]]:
    """The parties a requested act ``verb`` names, each with the act's effect on it:
    the one acted on (object, passive subject, 'behind' Y), else the doer itself (the
    verb's subject or the one asked: 'urged Y to resign')."""
    flip = -1 if _negated(verb) else 1
    out = [(a, flip) for a in _pobj_actors(ctx, verb, (_BEHIND,))]
    hit = _act_key(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for obj in objects:  # "remove Y from office"; "demand Y's resignation" is the noun's
        out += [(a, e * flip) for a, e in _noun_act(ctx, obj)]
    if hit is None:
        return out
    effect, role = hit
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if role == "object":
        if passive:
            themes = [c for c in verb.children if c.dep_ == "nsubjpass"]
            found = [a for t in themes for a in _group(ctx, t)] or ([] if themes else asked)
        else:
            found = [a for o in objects for a in _group(ctx, o)]
    elif passive or not all(_own_thing(o) for o in objects):
        return out  # "withdraw the bill": not the doer's own leaving
    else:  # "urged Y to resign", "to withdraw its troops"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        found = [a for s in subjects for a in _group(ctx, s)] or ([] if subjects else asked)
    return out + [(a, effect * flip) for a in found]


def _own_thing(obj: Token) -> bool:
    """'its troops', 'their forces': a thing owned by the doer, named by a pronoun (the
    doer's own leaving goes with what it takes along)."""
    return any(c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in obj.children)


def _asked(ctx: Context, trigger: Token) -> list[str]:
    """The one a request is made of: 'urged Y to', 'called on Y to'."""
    found = [a for c in trigger.children if c.dep_ in ("dobj", "obj") for a in _group(ctx, c)]
    return found or _pobj_actors(ctx, trigger, ("on", "upon"))


def _request_content(ctx: Context, trigger: Token) -> list[tuple[str, int]]:
    """The parties a request names in its content, with the requested act's effect."""
    asked = _asked(ctx, trigger)
    out: list[tuple[str, int]] = []
    for c in trigger.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX"):
            # "urged Y to resign", "demanded that C remove Y", "called for Y to be arrested"
            if c.dep_ == "advcl" and not any(m.lower_ == "for" for m in c.children):
                continue  # "called ... after Y was arrested" is no content
            out += _act_parties(ctx, c, asked)
        elif c.dep_ in ("dobj", "obj") and not any(
            x.dep_ in ("xcomp", "ccomp") for x in trigger.children
        ):  # "demanded the resignation of Y"; "asked the campaign of Y to stop" asks Y
            out += _noun_act(ctx, c)
        elif c.dep_ == "prep" and c.lower_ == "for":  # "called for the impeachment of Y"
            for pobj in (p for p in c.children if p.dep_ == "pobj"):
                out += _noun_act(ctx, pobj)
    return out


def _request_events(tok: Token, ctx: Context) -> list[Event]:
    """The request events, not negated, whose trigger holds ``tok``."""
    return [
        e
        for e in ctx.events
        if e.trigger.start <= tok.idx < e.trigger.end
        and e.type.upper() in _REQUESTS
        and (e.mode or "").lower() not in ("negated", "not")
    ]


def request_effect(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or _negated(tok):
        return []
    if tok.dep_ == "relcl" and tok.head.dep_ == "pobj":
        # "Governor X, a former backer of Senator Y, who has since called on ...": a relative
        # clause after a prepositional phrase may belong to the noun the phrase hangs on
        return []
    holders: list[str] = []
    evidence: list[str] = []
    confidence = 1.0
    found: list[tuple[str, int]] = []
    events = _request_events(tok, ctx)
    if events:
        holders = list(dict.fromkeys(a for e in events for a in e.source))
        evidence = [e.id for e in events]
        confidence = max(e.confidence for e in events)
        found = _request_content(ctx, tok)
    elif any(c.dep_ == "aux" and c.lower_ in _SHOULD for c in tok.children):
        quote = ctx.quotes.at(tok.idx)  # "X said Y should drop out"
        if quote is not None and quote.speaker:
            holders, evidence, confidence = [quote.speaker], [quote.id], quote.confidence
            found = _act_parties(ctx, tok, [])
    if not holders or not found:
        return []
    return _effect_findings(ctx, tok, tok.i, found, holders, evidence, confidence, "request-effect")


CEASE_REQUEST = declare(
    "stances.relations.cease_request",
    "a request, demand or 'should' by X that the one asked, Y, stop an act of Y's own or give "
    "up a thing Y holds - a verb of ceasing or giving up (WordNet: "
    "data/stances/ceasing_verbs.txt) with a gerund ('urged Y to stop pimping votes', 'called "
    "on Y to cease attacking Z') or an object Y owns ('called on Y to end its occupation', "
    "'urged Y to abandon his bid', 'demanded that Y retract her remarks') - is X's criticism "
    "of what Y does: X against Y, as request_effect signs 'urged Y to resign'; a request of "
    "two or more parties ('called on India and Pakistan to stop fighting') is an appeal, no "
    "side, and a thing not Y's ('urged Y to end the tax') no criticism of Y "
    "(session 65 RL)",
)


def _own_act(ctx: Context, verb: Token, doers: list[str]) -> bool:
    """The verb of ceasing names an act of the doer's own: a gerund ('stop attacking'), an
    object a pronoun or the doer owns ('stop his attacks', 'cease Y's campaign'), or one a
    relative clause gives the doer ('abandon the guidelines he proposed')."""

    def doer(tok: Token) -> bool:
        return tok.lower_ in _PRONOUNS or (ctx.actor_of(tok) or "") in doers

    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG":
            return True
        if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN":
            for p in c.children:
                if p.dep_ == "poss" and doer(p):
                    return True
                if p.dep_ == "relcl" and any(s.dep_ == "nsubj" and doer(s) for s in p.children):
                    return True
    return False


def cease_request(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or _negated(tok):
        return []
    from .polarity import ceasing_verbs

    events = _request_events(tok, ctx)
    holders: list[str] = []
    found: list[tuple[str, int]] = []
    if events:
        holders = list(dict.fromkeys(a for e in events for a in e.source))
        evidence = [e.id for e in events]
        confidence = max(e.confidence for e in events)
        asked = _asked(ctx, tok)
        verbs = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and lemma(c) in ceasing_verbs()
        ]
    elif lemma(tok) in ceasing_verbs() and any(
        c.dep_ == "aux" and c.lower_ in _SHOULD for c in tok.children
    ):
        quote = ctx.quotes.at(tok.idx)  # "X said Y should stop attacking Z"
        if quote is None or not quote.speaker:
            return []
        holders, evidence, confidence = [quote.speaker], [quote.id], quote.confidence
        asked, verbs = [], [tok]
    else:
        return []
    for verb in verbs:
        if _negated(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        doers = [a for s in subjects for a in _group(ctx, s)] or ([] if subjects else asked)
        doers = list(dict.fromkeys(doers))
        if len(doers) != 1 or not _own_act(ctx, verb, doers):
            continue  # an appeal to two sides, or a thing not the doer's: no criticism
        found.append((doers[0], -1))
    if not holders or not found:
        return []
    return _effect_findings(ctx, tok, tok.i, found, holders, evidence, confidence, "cease-request")


CEASE_REQUEST_NOUN = declare(
    "stances.relations.cease_request_noun",
    "cease_request's noun form: a request or demand by X of a noun of ceasing or giving up "
    "(WordNet's derived nouns of the ceasing verbs: data/stances/ceasing_nouns.txt) whose "
    "'to'/'of' thing one party owns - 'called for an end to Israel's occupation', 'demanded "
    "the retraction of his remarks', 'urged the cessation of its raids' - is X against that "
    "party; a thing no one or two parties own reads nothing (session 65 RL)",
)


@lru_cache(maxsize=1)
def ceasing_nouns() -> frozenset[str]:
    return word_list("stances/ceasing_nouns.txt")


def _ceased_owners(ctx: Context, noun: Token) -> list[str]:
    """'an end to Y's occupation', 'the retraction of his remarks': the one party owning
    the thing a noun of ceasing takes with 'to' or 'of' (a possessor the actors stage
    names, a pronoun included)."""
    owners: list[str] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
        for thing in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for p in (c for c in thing.children if c.dep_ == "poss"):
                owners += _group(ctx, p)
    return list(dict.fromkeys(owners))


def cease_request_noun(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or _negated(tok):
        return []
    events = _request_events(tok, ctx)
    if not events:
        return []
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    nouns += [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    found: list[tuple[str, int]] = []
    for noun in nouns:
        if noun.pos_ != "NOUN" or lemma(noun) not in ceasing_nouns():
            continue
        owners = _ceased_owners(ctx, noun)
        if len(owners) == 1:
            found.append((owners[0], -1))
    holders = list(dict.fromkeys(a for e in events for a in e.source))
    if not holders or not found:
        return []
    confidence = max(e.confidence for e in events)
    evidence = [e.id for e in events]
    return _effect_findings(
        ctx, tok, tok.i, found, holders, evidence, confidence, "cease-request-noun"
    )


ADVICE_REQUEST = declare(
    "stances.relations.advice_request",
    "a request made with a verb of advising or proposing (one of its two most frequent WordNet "
    "senses is advise.v.01 or propose.v.01: data/stances/advice_verbs.txt, by "
    "stances/advice_import.py; not the pressure of urge.v.01) whose content is no act done "
    "to the one asked (request_effect reads that) and no finite clause ('suggested that Y was "
    "vulnerable' is a claim) is X's position for each one the event names: 'advised Obama on "
    "the overhaul', 'proposed to draft Y as an adviser' - advice and proposals are given to "
    "or made for a partner, not a demand on an opponent (judged real news: such requests "
    "scored as conflict had the wrong sign; session 29 SG); the position re-signs the "
    "event's own pair, so it names no new one",
)
# the CAMEO codes of a request against the one it names (a change in leadership, judicial
# action): "called for the resignation of Y" is no advice
_HOSTILE_CODES = frozenset(
    code for pair in constants("events")["hostile_request_codes"].values() for code in pair
)


@lru_cache(maxsize=1)
def advice_verbs() -> frozenset[str]:
    return word_list("stances/advice_verbs.txt")


def advice_request(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or _negated(tok) or lemma(tok) not in advice_verbs():
        return []
    if any(c.dep_ == "ccomp" for c in tok.children):
        return []  # "suggested that Trump was vulnerable", "advised that ...": a claim or notice
    events = [
        e
        for e in ctx.events
        if e.trigger.start <= tok.idx < e.trigger.end
        and e.type.upper() == "REQUEST"
        and (e.cameo or "") not in _HOSTILE_CODES
        and (e.mode or "").lower() not in ("negated", "not")
    ]
    if not events:
        return []
    # a party the requested act does something to takes that act's sign (request_effect)
    affected = {a for a, _ in _request_content(ctx, tok)}
    pairs = {
        (h, t) for e in events for h in e.source for t in e.target if h != t and t not in affected
    }
    return _request_alignments(ctx, tok, events, pairs, "advice-request")


REQUEST_BENEFICIARY = declare(
    "stances.relations.request_beneficiary",
    "a request's sign towards the one asked is read from who gains by the requested act, "
    "not from the verb: where the one asked is to do an act for the asker - back, help or "
    "support the asker (data/stances/person_effects.tsv, an act of effect + on its object) "
    "or join the asker or a body the asker owns (WordNet join.v.01: "
    "data/stances/joining_verbs.txt, by stances/joining_import.py) - the asker is for the one "
    "asked ('called on Rubio to support him', 'urged Sanders to join her campaign'); an act "
    "against the one asked keeps request_effect's sign ('urged Y to drop out' is pressure), "
    "an act against a third party signs the asker against that party (request_effect) and "
    "nothing new between asker and asked (session 31 SG, issue 14)",
)


@lru_cache(maxsize=1)
def joining_verbs() -> frozenset[str]:
    return word_list("stances/joining_verbs.txt")


def _joins(ctx: Context, verb: Token, holder: str) -> bool:
    """'join her campaign', 'join Clinton': the object is the holder, or a body the
    holder owns (its possessor, or the actors stage's owner)."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if holder in _group(ctx, obj):
            return True
        if any(c.dep_ == "poss" and ctx.actor_of(c) == holder for c in obj.children):
            return True
        for a in _group(ctx, obj):
            actor = ctx.actors.actor(a)
            if actor is not None and holder in actor.owned_by:
                return True
    return False


def request_beneficiary(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or _negated(tok) or not any(c.dep_ == "xcomp" for c in tok.children):
        return []  # the requested act is the verb's open clause: no scan of the events without one
    events = [
        e
        for e in ctx.events
        if e.trigger.start <= tok.idx < e.trigger.end
        and e.type.upper() in _REQUESTS
        and (e.cameo or "") not in _HOSTILE_CODES
        and (e.mode or "").lower() not in ("negated", "not")
    ]
    if not events:
        return []
    asked = _asked(ctx, tok)
    holders = list(dict.fromkeys(h for e in events for h in e.source))
    targets = list(dict.fromkeys(t for e in events for t in e.target))
    pairs: set[tuple[str, str]] = set()
    for act in tok.children:
        if act.dep_ != "xcomp" or act.pos_ not in ("VERB", "AUX") or _negated(act):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in act.children):
            continue  # "urged that C remove Y": the act's doer is another than the one asked
        effects = _act_parties(ctx, act, asked)
        hurt = {a for a, sign in effects if sign < 0}
        joining = lemma(act) in joining_verbs()
        for h in holders:
            if (h, 1) in effects or (joining and _joins(ctx, act, h)):
                pairs |= {(h, t) for t in targets if t != h and t not in hurt}
    return _request_alignments(ctx, tok, events, pairs, "request-beneficiary")


def _request_alignments(
    ctx: Context, tok: Token, events: list[Event], pairs: set[tuple[str, str]], note: str
) -> list[Finding]:
    """Asker-for-asked alignments read from a request (advice_request, request_beneficiary):
    the request's sentence is the evidence span, its events the evidence, and the confidence
    the narrated-relation weight times the surest event's."""
    if not pairs:
        return []
    start, end = ctx.sentence(tok)
    conf = round(ctx.table["narrated_relation"] * max(e.confidence for e in events), 3)
    return [
        Finding(
            holder=h,
            frame=ALIGNMENT,
            args=frozenset({t}),
            polarity=1,
            confidence=conf,
            start=start,
            end=end,
            evidence=[e.id for e in events],
            cue=tok.i,
            notes=(note,),
        )
        for h, t in sorted(pairs)
    ]


def _effect_findings(
    ctx: Context,
    tok: Token,
    cue: int,
    found: list[tuple[str, int]],
    holders: list[str],
    evidence: list[str],
    confidence: float,
    note: str,
    generic_holders: bool = True,
) -> list[Finding]:
    """Each holder's position towards each party an act affects with one sign (a party it both
    helps and harms is left out). A generic agent ("people", "ground forces") is no party an
    act is for or against; ``generic_holders=False`` keeps it from holding one either."""
    start, end = ctx.sentence(tok)
    signs: dict[str, set[int]] = {}
    for party, sign in found:
        signs.setdefault(party, set()).add(sign)
    conf = round(ctx.table["narrated_relation"] * confidence, 3)
    return [
        Finding(
            holder=h,
            frame=ALIGNMENT,
            args=frozenset({party}),
            polarity=next(iter(sign)),
            confidence=conf,
            start=start,
            end=end,
            evidence=list(evidence),
            cue=cue,
            notes=(note,),
        )
        for party, sign in sorted(signs.items())
        if len(sign) == 1 and not is_agent_id(party)
        for h in holders
        if h != party and (generic_holders or not is_agent_id(h))
    ]


# ---- purposes by composition: "X sent troops to help Y" is X for Y

PURPOSE_EFFECT = declare(
    "stances.relations.purpose_effect",
    "X's act done 'to' or 'in order to' do something to Y takes the sign of that act's "
    "effect on Y ('sent troops to help Y's government', 'deployed ships to defend Y' for Y; "
    "'froze assets to punish Y' against Y; WordNet, data/stances/person_effects.tsv)",
)
# the sectors of a state's own apparatus: "Y's government", "Y's forces" are Y's side
_APPARATUS = frozenset({"GOV", "MIL"})
# WordNet lexicographer files of a verb's first sense that name no act on another
_NO_ACT_SENSES = frozenset({"verb.perception", "verb.cognition"})
_REFLEXIVES = pronouns(forms=("reflexive",))


def _doers(ctx: Context, verb: Token) -> list[str]:
    """The named doers of ``verb``: its subject, through 'began deploying' (xcomp) and
    coordination ('arrived and pledged'); nobody for a passive or a negated verb."""
    tok = verb
    while True:
        if _negated(tok) or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return []
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            return [a for s in subjects for a in _group(ctx, s)]
        if tok.dep_ not in ("xcomp", "conj"):
            return []
        tok = tok.head


def _helped(ctx: Context, noun: Token) -> list[str]:
    """The parties a phrase names as the one acted on: its actors, and the leader who owns
    a state's apparatus ("Y's government", "Y's forces" are Y's). No apposition: a name
    the parser hangs on a thing ("close loopholes Y used") is no party acted on."""
    found: list[str] = []
    for tok in (noun, *noun.conjuncts):
        actor_id = ctx.actor_of(tok)
        if actor_id is not None:
            found.append(actor_id)
        if _apparatus(ctx, tok, actor_id):
            for owner in (c for c in tok.children if c.dep_ == "poss"):
                found += [a for a in _group(ctx, owner) if a != actor_id]
            actor = ctx.actors.actor(actor_id) if actor_id is not None else None
            state = f"country:{actor.country}" if actor is not None and actor.country else None
            if state is not None and ctx.actors.actor(state) is not None:
                found.append(state)  # "to assist its government": the state named before
    return list(dict.fromkeys(found))


def _apparatus(ctx: Context, tok: Token, actor_id: str | None) -> bool:
    """Whether ``tok`` names a state's own apparatus: an actor of the government or
    military sector, or a group noun the agents lexicon gives that sector ("government",
    "regime", "forces")."""
    actor = ctx.actors.actor(actor_id) if actor_id is not None else None
    if actor is not None:
        return actor.sector in _APPARATUS
    word = agent_words().get(lemma(tok).lower()) or agent_words().get(tok.lower_)
    return word is not None and word.kind == "group" and word.sector in _APPARATUS


def _purpose_parties(ctx: Context, verb: Token) -> list[tuple[str, int]]:
    """The parties a purpose clause's verb acts on, with the act's effect: its object, the
    subject of its clause ('help Y fight Z': Y is helped), or the noun of an act on Y
    ('to force Y's resignation')."""
    if lexnames().get((lemma(verb), "V")) in _NO_ACT_SENSES:
        return []  # "to see who ...", "to look at": a verb first of perceiving acts on nobody
    hit = _act_key(verb)
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ not in _REFLEXIVES
    ]  # "pledged to remove herself": the doer's own withdrawal, no act on another
    out = [(a, e) for o in objects if not _agent_owned(o) for a, e in _noun_act(ctx, o)]
    if hit is None or hit[1] != "object":
        return out
    themes = list(objects)
    if not themes:  # "help Y's government fight Z": the clause's subject is the one helped
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            if any(m.dep_ in ("aux", "auxpass", "mark") for m in clause.children):
                continue  # only a bare infinitive ("help Y fight"), not "who Y should be"
            themes += [
                c
                for c in clause.children
                if c.dep_ in ("nsubj", "compound") and c.pos_ in ("NOUN", "PROPN")
            ]
    flip = -1 if _negated(verb) else 1
    return out + [(a, hit[0] * flip) for t in themes for a in _helped(ctx, t)]


@lru_cache(maxsize=1)
def _backing_nouns() -> frozenset[str]:
    """Nouns of backing (person_effects.tsv class 'back': "support", "help", "lead")."""
    rows = _person_effect_rows()
    return frozenset(r["word"] for r in rows if r["pos"] == "n" and r["class"] == "back")


def _agent_owned(noun: Token) -> bool:
    """'Y's support', 'Y's lead': a noun of backing whose owner gives it, not one done to
    the owner as 'Y's release' or 'Y's ouster' is."""
    return lemma(noun) in _backing_nouns() and any(c.dep_ == "poss" for c in noun.children)


def _purpose_clause(verb: Token) -> Token | None:
    """The verb of the act ``verb`` is done for: an adverbial 'to' infinitive ('sent
    troops to help Y') or 'in order to'; None otherwise."""
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        ):
            return c
        if c.dep_ == "prep" and c.lower_ == "in":
            for order in (p for p in c.children if p.dep_ == "pobj" and p.lower_ == "order"):
                return next((a for a in order.children if a.pos_ == "VERB"), None)
    return None


def purpose_effect(tok: Token, ctx: Context) -> list[Finding]:
    if tok.pos_ != "VERB" or _negated(tok):
        return []
    purpose = _purpose_clause(tok)
    if purpose is None:
        return []
    holders = _doers(ctx, tok)
    if not holders:
        return []
    found = _purpose_parties(ctx, purpose)
    if not found:
        return []
    # the evidence: an event at the verb (or a later mention of one), else the quote
    events = [
        e for e in ctx.events if any(s.start <= tok.idx < s.end for s in (e.trigger, *e.mentions))
    ]
    quote = ctx.quotes.at(tok.idx)
    if events:
        evidence, confidence = [e.id for e in events], max(e.confidence for e in events)
    elif quote is not None:
        evidence, confidence = [quote.id], quote.confidence
    else:
        evidence, confidence = [], 1.0
    return _effect_findings(
        ctx, tok, purpose.i, found, holders, evidence, confidence, "purpose-effect", False
    )


Step = Callable[[Token], list[Finding]]

# What each rule's first test asks of a token: a part of speech, or a dependency. A token
# that has neither gets nothing from the rule, so the reader does not ask it (the loop
# over every token asked ~20 rules of each; most words are no verb, noun or adjective).
# A rule not named here is asked of every token. Keep a gate no wider than its rule's
# own first test: tests/stances/test_relation_gates.py asks each rule of the tokens its
# gate turns away and expects nothing.
_VERB, _NOUN = frozenset({"VERB"}), frozenset({"NOUN"})
_CLAIM = (frozenset({"ADJ", "NOUN", "VERB"}), frozenset({"acomp", "attr"}))  # claims._predicate
RULE_GATES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "stances.relations.request_effect": (_VERB, frozenset()),
    "stances.relations.cease_request": (_VERB, frozenset()),
    "stances.relations.cease_request_noun": (_VERB, frozenset()),
    "stances.relations.purpose_effect": (_VERB, frozenset()),
    "stances.relations.advice_request": (_VERB, frozenset()),
    "stances.relations.request_beneficiary": (_VERB, frozenset()),
    "stances.relations.reciprocal": (frozenset({"VERB", "NOUN"}), frozenset()),
    "stances.relations.between": (_NOUN, frozenset()),
    "stances.relations.hyphen_pair": (frozenset({"NOUN", "PROPN", "VERB"}), frozenset()),
    "stances.relations.rival_possessor": (frozenset({"NOUN", "ADJ"}), frozenset()),
    "stances.relations.ally_possessor": (frozenset({"NOUN", "PROPN"}), frozenset()),
    "stances.relations.acting_alongside": (frozenset(), frozenset({"prep"})),
    "stances.campaign.attitude_noun": (_NOUN, frozenset()),
    "stances.relations.versus_prep": (frozenset(), frozenset({"prep"})),
    "stances.relations.contest_against": (_NOUN, frozenset()),
    "stances.relations.lead_over": (_NOUN, frozenset()),
    "stances.relations.criticism_aimed": (_NOUN, frozenset()),
    "stances.relations.criticism_from": (_NOUN, frozenset()),
    "stances.relations.standing_phrase": (frozenset(), frozenset({"prep"})),
    "stances.relations.attitude_phrase": (frozenset(), frozenset({"prep"})),
    "stances.relations.possessed_against": (_NOUN, frozenset()),
    "stances.relations.response": (_VERB, frozenset()),
    "stances.relations.response_nominal": (_NOUN, frozenset()),
    "stances.relations.response_passive": (_VERB, frozenset()),
    "stances.relations.refutation_noun": (_NOUN, frozenset()),
    "stances.relations.in_response_to": (_VERB, frozenset()),
    "stances.relations.judged_claim": (frozenset({"AUX", "VERB"}), frozenset()),
    "stances.relations.response_prep": (_VERB, frozenset()),
    "stances.relations.endorsement": (_NOUN, frozenset()),
    "stances.claims.outcome": (_VERB, frozenset()),
    "stances.claims.predicate": _CLAIM,  # "nothing" (claim_signs.nothing_about) is an attr
    "stances.claims.judged_act": _CLAIM,
    "stances.campaign.judgment": (_VERB, frozenset()),
    "stances.campaign.disapproval": (_VERB, frozenset()),
    "stances.campaign.passive": (_VERB, frozenset()),
    "stances.campaign.possessed": (_VERB, frozenset()),
    "stances.campaign.phrase": (_VERB, frozenset()),
    "stances.campaign.wordnet_phrase": (_VERB, frozenset()),
    "stances.campaign.phrase_claim": (_VERB, frozenset()),
    "stances.campaign.noun": (_NOUN, frozenset()),
    "stances.campaign.agent": (_NOUN, frozenset()),
    "stances.campaign.adjective": (frozenset({"ADJ"}), frozenset()),
    "stances.campaign.participle": (_VERB, frozenset()),
    "stances.campaign.for_gerund": (_VERB, frozenset()),
    "stances.campaign.light_verb": (_NOUN, frozenset()),
    "stances.campaign.owned_act": (_VERB, frozenset()),
    "stances.campaign.prior_act": (_VERB, frozenset()),
    "stances.campaign.act_by": (_VERB, frozenset()),
    "stances.campaign.judged_conduct": (_VERB, frozenset()),
    "stances.campaign.not_done_enough": (_VERB, frozenset()),
    "stances.against.joined": (frozenset(), frozenset({"prep"})),
}


def passes(name: str, pos: str, dep: str) -> bool:
    """Whether rule ``name`` may find anything on a token of this POS and dependency."""
    gate = RULE_GATES.get(name)
    return gate is None or pos in gate[0] or dep in gate[1]


class RelationReader:
    """Runs the ``stances.relations.*`` and ``stances.claims.*`` rules over a document."""

    def __init__(
        self, lexicon: Lexicon, switches: object = None, extractor: Extractor | None = None
    ) -> None:
        self.lexicon = lexicon
        self.extractor = extractor or Extractor(lexicon)
        self.words = relation_words()
        self.table = constants("stances")
        self.enabled = getattr(switches, "enabled", lambda _name: True)

    def __call__(
        self,
        doc: Doc,
        document: Document,
        actors: ActorLayer,
        quotes: list[Quote],
        events: list[Event],
    ) -> list[Finding]:
        ctx = Context(
            doc,
            document,
            actors,
            QuoteIndex(quotes),
            quotes,
            events,
            self.lexicon,
            self.words,
            self.table,
            self.extractor.frames,
        )
        on = {
            name: self.enabled(name)
            for name in (
                "stances.relations.reciprocal",
                "stances.relations.between",
                "stances.relations.hyphen_pair",
                "stances.relations.response",
                "stances.relations.response_nominal",
                "stances.relations.response_passive",
                "stances.relations.refutation_noun",
                "stances.relations.in_response_to",
                "stances.relations.judged_claim",
                "stances.relations.response_prep",
                "stances.relations.endorsement",
                "stances.claims.outcome",
                "stances.claims.predicate",
                "stances.claims.judged_act",
                "stances.relations.headline",
            )
        }
        declared = (
            PRIOR_TALK_VERB,
            TIE_WORDNET,
            TIE_PARTNERS_AROUND,
            STATE_TARGETS,
            DERIVED_NOUN_SIGN,
            ASSERTED,
            NEAR_ANTECEDENT,
            SAME_TARGET,
            DIRECTED,
            VERSUS,
            NAME_WORDS,
            BETWEEN_WORDNET,
            BETWEEN_ON_VERB,
            *CLAIM_SWITCHES,
            LEADERS,
            TRANSITIVE,
            NAMED_CLAIM,
            NAMING_WORDNET,
            CLAIM_OWNER,
            PHRASAL,
            RECIPROCAL_WITH,
            SURNAME_ANY_TAG,
            SECOND_PARSE,
            SAID_CLAIMS,
            DENIAL_CLAUSE,
            DISMISS_PARTICLE,
            RIVALRY_NOUN,
            FALSITY,
            CLAIM_ANTECEDENT,
            REQUEST_EFFECT,
            CEASE_REQUEST,
            CEASE_REQUEST_NOUN,
            PURPOSE_EFFECT,
            ADVICE_REQUEST,
            REQUEST_BENEFICIARY,
            PARTY_LEADER,
            *CONTEST_RULES,
            LEAD_OVER,
            ALLY_POSSESSOR,
            ACTING_ALONGSIDE,
            ATTITUDE_NOUN,
            OWNED_OBJECT_TARGET,
            STANDING_AGENT,
            CRITICISM_AIMED,
            CRITICISM_FROM,
            STANDING_PHRASE,
            ATTITUDE_PHRASE,
            WORDNET_CLAIM_NOUNS,
            DEMONYM_ACT_OWNER,
            PARTICIPLE_AGENT_OWNER,
            CLAIMANT_OTHER_SIDE,
            CLAIMANT_SAID_WORDS,
        )
        ctx.on = frozenset(name for name in declared if self.enabled(name)) | frozenset(
            name for name, is_on in on.items() if is_on
        )
        ctx.on_map = on
        last: list[str] = []
        out: list[Finding] = []
        view = doc_view(doc)
        pos, dep = view.pos, view.dep
        steps = self._steps(ctx, on, last)
        # the steps a token of each (part of speech, dependency) may answer, in rule order
        by_shape: dict[tuple[str, str], list[Step]] = {}
        for i in range(len(doc)):
            shape = (pos[i], dep[i])
            calls = by_shape.get(shape)
            if calls is None:
                calls = by_shape[shape] = [call for name, call in steps if passes(name, *shape)]
            if not calls:
                continue
            tok = doc[i]
            if document.is_excluded(tok.idx, tok.idx + len(tok)):
                continue
            for call in calls:
                out += call(tok)
        rekey(out, ctx.state_heads)
        if SAME_TARGET in ctx.on:
            settle_targets(out, ctx.claim_targets)
        meet_unsigned(out, ctx.on)  # stances.claims.contrary_predicate / met_wordnet_sign
        if on["stances.relations.headline"]:
            out += self._headlines(ctx, out)
            out += headline_leaders(ctx, out)
        return out

    def _steps(self, ctx: Context, on: dict[str, bool], last: list[str]) -> list[tuple[str, Step]]:
        """The rules that are on, in the order they run on each token, as (name, call)."""
        actors, index = ctx.actors, ctx.quotes

        def holders(tok: Token) -> list[tuple[str, float, list[str]]]:
            # the attitude cues' holders: the subject, or the speaker of a quote about him/herself
            return self.extractor._holders(tok, "attitude", actors, index)

        steps: list[tuple[str, Step]] = [
            ("stances.relations.reciprocal", lambda tok: reciprocal(tok, ctx)),
            ("stances.relations.between", lambda tok: between(tok, ctx)),
            ("stances.relations.hyphen_pair", lambda tok: hyphen_pair(tok, ctx)),
            ("stances.relations.response", lambda tok: response(tok, ctx)),
            ("stances.relations.response_nominal", lambda tok: response_nominal(tok, ctx)),
            ("stances.relations.response_passive", lambda tok: response_passive(tok, ctx)),
            ("stances.relations.refutation_noun", lambda tok: refutation_noun(tok, ctx)),
            ("stances.relations.in_response_to", lambda tok: in_response_to(tok, ctx)),
            ("stances.relations.judged_claim", lambda tok: judged_claim(tok, ctx)),
            ("stances.relations.response_prep", lambda tok: response_prep(tok, ctx)),
            ("stances.relations.endorsement", lambda tok: endorsement(tok, ctx)),
            ("stances.claims.outcome", lambda tok: outcome(tok, ctx, last)),
            ("stances.claims.predicate", lambda tok: predicate(tok, ctx, last, _PRONOUNS)),
            ("stances.claims.judged_act", lambda tok: judged_act(tok, ctx)),
        ]

        def campaign_step(read: Callable[..., list[Finding]]) -> Step:
            return lambda tok: read(tok, ctx, holders)

        steps = [(name, call) for name, call in steps if on[name]]
        if REQUEST_EFFECT in ctx.on:
            steps.append((REQUEST_EFFECT, lambda tok: request_effect(tok, ctx)))
        if CEASE_REQUEST in ctx.on:  # "urged Y to stop attacking Z" (session 65 RL)
            steps.append((CEASE_REQUEST, lambda tok: cease_request(tok, ctx)))
        if CEASE_REQUEST_NOUN in ctx.on:  # "called for an end to Y's occupation"
            steps.append((CEASE_REQUEST_NOUN, lambda tok: cease_request_noun(tok, ctx)))
        if PURPOSE_EFFECT in ctx.on:
            steps.append((PURPOSE_EFFECT, lambda tok: purpose_effect(tok, ctx)))
        if ADVICE_REQUEST in ctx.on:
            steps.append((ADVICE_REQUEST, lambda tok: advice_request(tok, ctx)))
        if REQUEST_BENEFICIARY in ctx.on:
            steps.append((REQUEST_BENEFICIARY, lambda tok: request_beneficiary(tok, ctx)))
        for name, contest_read in CONTEST_READERS:  # "the battle between X and Y", "vs. Y"
            if name in ctx.on:
                steps.append((name, partial(contest_read, ctx=ctx)))
        if LEAD_OVER in ctx.on:  # "her lead over Y", "X's victory over Y"
            steps.append((LEAD_OVER, partial(lead_over, ctx=ctx)))
        if ALLY_POSSESSOR in ctx.on:  # "Pakistan's close ally China" (session 68 MP)
            steps.append((ALLY_POSSESSOR, partial(ally_possessor, ctx=ctx)))
        if ACTING_ALONGSIDE in ctx.on:  # "X fought alongside Y" (session 70 RE)
            steps.append((ACTING_ALONGSIDE, partial(acting_alongside, ctx=ctx)))
        if CRITICISM_AIMED in ctx.on:  # "concentrating her fire on Y" (session 43 RS)
            steps.append((CRITICISM_AIMED, partial(criticism_aimed, ctx=ctx)))
        if CRITICISM_FROM in ctx.on:  # "Y came under fire from X" (session 59 CA)
            steps.append((CRITICISM_FROM, partial(criticism_from, ctx=ctx)))
        if STANDING_PHRASE in ctx.on:  # "X is at odds with Y" (session 53 RS)
            steps.append((STANDING_PHRASE, partial(standing_phrase, ctx=ctx)))
        if ATTITUDE_PHRASE in ctx.on:  # "spoke in support of Y" (session 53 RS)
            steps.append((ATTITUDE_PHRASE, partial(attitude_phrase, ctx=ctx)))
        steps += [
            (name, campaign_step(read)) for name, read in CAMPAIGN_RULES if self.enabled(name)
        ]
        if ATTITUDE_NOUN in ctx.on:  # "X's distrust of Y" (session 72 PP)
            steps.append((ATTITUDE_NOUN, partial(attitude_noun, ctx=ctx)))
        steps += [(name, campaign_step(read)) for name, read in TIE_RULES if self.enabled(name)]
        steps += [(name, campaign_step(read)) for name, read in MOVED_RULES if self.enabled(name)]
        steps += [
            (name, campaign_step(read)) for name, read in CONTROLLED_RULES if self.enabled(name)
        ]
        return steps

    def _headlines(self, ctx: Context, found: list[Finding]) -> list[Finding]:
        """Headline lines the parse-based rules read nothing from, read by word order."""
        out: list[Finding] = []
        lines = headline_lines(
            ctx.document.text,
            int(self.table["headline_first_lines"]),
            int(self.table["headline_max_words"]),
        )
        for start, end in lines:
            if ctx.document.is_excluded(start, end):
                continue
            if any(f.start < end and start < f.end and f.frame == ALIGNMENT for f in found):
                continue
            read = headline(ctx, start, end)
            if not read and SECOND_PARSE in ctx.on:
                read = self._second_parse(ctx, start, end)
            out += read
        return out

    def _second_parse(self, ctx: Context, start: int, end: int) -> list[Finding]:
        """A title-case headline parsed again with its common words in lower case
        (``headline.lower_cased``): the parse-based rules read that parse."""
        again = lower_cased(ctx, start, end)
        if again is None:
            return []
        doc, extra = again
        layer = ActorLayer(
            actors=ctx.actors.actors, mentions=[*ctx.actors.mentions, *extra], doc=doc
        )
        ctx2 = replace(ctx, doc=doc, actors=layer)
        steps = [call for name, call in self._steps(ctx2, ctx.on_map, []) if name in SECOND_RULES]
        first = {t.idx: t.i for t in ctx.doc}
        cue = next((t.i for t in ctx.doc if t.idx >= start), None)
        out: list[Finding] = []
        for tok in doc:
            if start <= tok.idx < end:
                for call in steps:
                    out += [
                        replace(f, start=start, end=end, cue=first.get(tok.idx, cue))
                        for f in call(tok)
                        if f.frame == ALIGNMENT
                    ]
        return out
