"""A tie moved, a member dropped, a government quit (``stances.ties.switched``,
``stances.ties.dropped``, ``stances.ties.quit_led``; session 24, engineer T).

Issue 14's "statement not made" family: the sentence carries a relation between two
named parties through a tie, but no verb of attacking or backing, and no tie noun with a
partner that ``stances.ties.ended`` reads.

- switched: a verb of moving to another partner (WordNet switch.v.3 "leave for another",
  switch.v.4, turn_to.v.2) with "to Y" sets its holder beside Y and, where the sentence
  names whom it leaves ("from X", "away from X", "instead of X"), against X: "switched
  recognition from Taipei to Beijing", "turned to Moscow for arms instead of Washington".
  What moves must be a tie or a loyalty (tie nouns; allegiance.n.1-2, loyalty.n.2,
  support.n.2, recognition.n.1) or nothing; a bare "turned to Y" ("turned to the
  crowd") needs a replacement ("instead", "from X") or a purpose ("for arms"). The nouns
  WordNet derives from those verbs ("the switch to Beijing") hold it for their possessor
  or the speaker of the quote around them.
- dropped: a verb of removing from a position (remove.v.2 and its troponyms: drop.v.5
  "terminate an association with", oust, expel, kick out, sack) with a named object and
  "from" a tie or a government body ("dropped the Nepali Congress from his coalition")
  sets the subject against the one removed.
- quit_led: leaving (``leave``, ``end_from`` kinds; resign.v.1-2) a tie or government body
  that names whose it is ("quit Orban's cabinet", "resigned from the cabinet of President
  Marcos", "withdrew from the alliance led by Russia", "left the Marcos government") sets
  the one leaving against its head.

``stances.ties.party_leader`` (declared here, acts in these three rules only): a party
named as a party and its leader ("the party of former prime minister Oli", "X's
movement") is read as the leader; a party the actor layer knows (sector PTY) also stands
for the person the text calls its leader ("Congress leader Sher Bahadur Deuba", "the
leader of the Nepali Congress, Deuba").

Words: ``data/stances/ties_wordnet.tsv`` kinds ``switch``, ``switch_noun``, ``loyalty``,
``remove``, ``resign``, ``body``, ``party_noun``, ``leader`` (``stances.ties_import``);
these rules read that file whatever ``stances.ties.wordnet_words`` says, since the hand
list ``ties.tsv`` has none of those kinds. Confidence: ``narrated_relation`` times the
words' weights, the polarity factor and the holder's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import is_agent_id
from ..rules import declare, rule
from .campaign import holder_findings
from .extract import Finding
from .polarity import cue_polarity
from .ties import (
    Holders,
    TieWords,
    _group,
    _is_tie,
    _possessor_holders,
    _speaker_holders,
    _verb_of_prep,
    tie_words,
)
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

PARTY_LEADER = declare(
    "stances.ties.party_leader",
    "in stances.ties.switched/dropped/quit_led, a party named for its leader ('the party of "
    "Oli', 'X's movement') is that leader, and a known party (sector PTY) also stands for the "
    "person the text calls its leader ('Congress leader Deuba')",
    order=59.05,
)

_FROM_WEIGHT = 0.8  # leaving X for Y says less against X than it says for Y
_OWNER_DEPS = ("poss", "compound")


def _words() -> TieWords:
    return tie_words(True)


def _tie_or(tok: Token, ctx: Context, *kinds: str) -> tuple[int, float] | None:
    """A tie noun, or a noun of one of ``kinds`` (never a word of a name)."""
    hit = _is_tie(tok, ctx)
    if hit is not None or tok.pos_ != "NOUN":
        return hit
    mention = ctx.actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is not None and not is_agent_id(mention.actor_id):
        return None  # a word of a name; a generic agent ("the cabinet") is still a body
    words = _words()
    return next((h for k in kinds if (h := words.get(k, lemma(tok))) is not None), None)


def _leaders_of_party(ctx: Context, party: str) -> list[str]:
    """The persons the text calls ``party``'s leader: "Congress leader X" (the party's
    last name word as a compound of a leader noun heading X), "the leader of the P, X"."""
    actor = ctx.actors.actor(party)
    if actor is None or actor.sector != "PTY":
        return []
    name_words = {w.lower() for w in actor.name.split()}
    words = _words()
    out: list[str] = []
    for tok in ctx.doc:
        if tok.pos_ not in ("NOUN", "PROPN") or words.get("leader", tok.lower_) is None:
            continue
        named = any(
            c.dep_ == "compound" and (ctx.actor_of(c) == party or c.lower_ in name_words)
            for c in tok.children
        ) or any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(ctx.actor_of(o) == party for o in p.children)
            for p in tok.children
        )
        if not named:
            continue
        for person_tok in [tok.head, *(c for c in tok.children if c.dep_ == "appos")]:
            if person_tok == tok:
                continue
            found = ctx.actor_of(person_tok)
            person = ctx.actors.actor(found) if found is not None else None
            if person is not None and person.type == "person":
                out.append(person.id)
    return list(dict.fromkeys(out))


def _parties(ctx: Context, head: Token) -> list[str]:
    """The actors a phrase names ("X and Y"); with ``stances.ties.party_leader``, a party
    noun's leader ("the party of X") and a known party's leader the text names."""
    out = _group(ctx, head)
    if PARTY_LEADER not in getattr(ctx, "on", frozenset()):
        return out
    for tok in [head, *head.conjuncts]:
        actor = ctx.actor_of(tok)
        if actor is not None and not is_agent_id(actor):
            continue
        if _words().get("party_noun", lemma(tok)) is None:
            continue
        leaders: list[str] = []
        for child in tok.children:
            if child.dep_ == "poss":
                leaders += _group(ctx, child)
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    leaders += _group(ctx, obj)
        if leaders:  # "the party of X": X, not a generic "party" agent
            out = [a for a in out if a != actor] + leaders
    for actor in list(out):
        out += _leaders_of_party(ctx, actor)
    return list(dict.fromkeys(out))


def _prep_objects(ctx: Context, heads: list[Token], preps: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out += _parties(ctx, obj)
    return list(dict.fromkeys(out))


def _left_parties(ctx: Context, verb: Token) -> tuple[list[str], bool]:
    """Whom a move leaves ("from X", "away from X", "instead of X") and whether the
    sentence says it replaces anything ("instead")."""
    left = _prep_objects(
        ctx, [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))], ("from",)
    )
    replaced = bool(left)
    for tok in verb.subtree:
        if tok.lower_ != "instead":
            continue
        replaced = True
        of = tok.head if tok.head.lower_ == "of" else None
        of = of or next((c for c in tok.children if c.lower_ == "of"), None)
        if of is not None:
            for obj in (c for c in of.children if c.dep_ == "pobj"):
                left += _parties(ctx, obj)
    for tok in verb.subtree:  # "away from X" on the adverb, itself on the verb or on "to Y"
        if tok.lower_ == "away" and (tok.head == verb or tok.head.head == verb):
            left += _prep_objects(ctx, [tok], ("from",))
    return list(dict.fromkeys(left)), replaced


@rule(
    "stances.ties.switched",
    order=59.1,
    doc="'switched recognition from Taipei to Beijing', 'turned to Moscow for arms instead of "
    "Washington', 'the switch to Beijing': a tie moved to Y aligns its holder with Y and sets it "
    "against the one it leaves (WordNet switch.v.3/4, turn_to.v.2 and their nouns)",
)
def switched(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    words = _words()
    if tok.pos_ == "NOUN":
        return _switch_noun(tok, ctx)
    if tok.pos_ != "VERB":
        return []
    word = lemma(tok)
    hit = words.get("switch", word)
    bare_turn = False
    if hit is None:
        hit = words.get("switch", f"{word} to")
        bare_turn = hit is not None
    if hit is None:
        return []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    moved = [o for o in objects if _tie_or(o, ctx, "loyalty") is not None]
    if objects and not moved:
        return []  # "turned his attention to X", "shifted the blame to X"
    to = _prep_objects(ctx, [tok, *moved], ("to", "toward", "towards"))
    if not to:
        return []
    left, replaced = _left_parties(ctx, tok)
    purpose = any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    if bare_turn and not moved and not (replaced or purpose):
        return []  # "Clinton turned to Sanders": addressed him
    held = holders(tok)
    if not held:
        return []
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["narrated_relation"] * hit[1] * pol.factor
    out = holder_findings(ctx, tok, held, to, pol.sign, conf, "tie-switched")
    if pol.sign > 0:
        left = [a for a in left if a not in to]
        out += holder_findings(ctx, tok, held, left, -1, conf * _FROM_WEIGHT, "tie-switched-from")
    return out


def _switch_noun(tok: Token, ctx: Context) -> list[Finding]:
    hit = _words().get("switch_noun", lemma(tok))
    if hit is None or ctx.actors.mention_at(tok.idx, tok.idx + len(tok)) is not None:
        return []
    to = _prep_objects(ctx, [tok], ("to", "toward", "towards"))
    if not to:
        return []
    left = _prep_objects(ctx, [tok], ("from",))
    held = _possessor_holders(ctx, tok) or _speaker_holders(ctx, tok)
    if not held:
        return []
    conf = ctx.table["narrated_relation"] * hit[1]
    out = holder_findings(ctx, tok, held, to, 1, conf, "tie-switched")
    left = [a for a in left if a not in to]
    out += holder_findings(ctx, tok, held, left, -1, conf * _FROM_WEIGHT, "tie-switched-from")
    return out


@rule(
    "stances.ties.dropped",
    order=59.2,
    doc="'dropped the Nepali Congress from his coalition', 'expelled X from the alliance': "
    "whoever removes X from a tie or a government is against X (WordNet remove.v.2 and its "
    "troponyms)",
)
def dropped(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    if tok.pos_ != "VERB":
        return []
    words = _words()
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    keys = [f"{lemma(tok)} {p}" for p in particles] + [lemma(tok)]
    hit = next((h for k in keys if (h := words.get("remove", k)) is not None), None)
    if hit is None:
        return []
    froms = [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    body = next((o for o in froms if _tie_or(o, ctx, "body") is not None), None)
    if body is None:
        return []
    removed = [a for o in tok.children if o.dep_ in ("dobj", "obj") for a in _parties(ctx, o)]
    if not removed:
        return []
    held = holders(tok)
    if not held:
        return []
    weight = (_tie_or(body, ctx, "body") or (0, 1.0))[1]
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["narrated_relation"] * hit[1] * weight * pol.factor
    return holder_findings(ctx, tok, held, removed, pol.sign, conf, "tie-dropped")


def _heads_of(ctx: Context, body: Token) -> list[str]:
    """Whose a body or tie is: "Orban's cabinet", "the Marcos government", "the cabinet of
    President Marcos", "the alliance led by Russia"."""
    out: list[str] = []
    for child in body.children:
        if child.dep_ in _OWNER_DEPS and child.pos_ == "PROPN":
            out += _parties(ctx, child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            out += [
                a
                for o in child.children
                if o.dep_ == "pobj" and o.pos_ == "PROPN"
                for a in _parties(ctx, o)
            ]
        elif child.dep_ == "acl" and child.pos_ == "VERB":  # "led by Russia", "headed by X"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                out += [a for o in agent.children if o.dep_ == "pobj" for a in _parties(ctx, o)]
    return list(dict.fromkeys(out))


@rule(
    "stances.ties.quit_led",
    order=59.3,
    doc="'quit Orban's cabinet', 'resigned from the cabinet of President Marcos', 'withdrew "
    "from the alliance led by Russia': whoever leaves a government or tie named by its head "
    "is against that head",
)
def quit_led(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj", "pobj"):
        return []
    kind = _tie_or(tok, ctx, "body")
    if kind is None:
        return []
    words = _words()
    verb: Token | None = None
    hit: tuple[int, float] | None = None
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        verb = tok.head
        hit = words.get("leave", lemma(verb)) or words.get("resign", lemma(verb))
    elif tok.head.dep_ == "prep" and tok.head.lower_ in ("from", "of"):
        found = _verb_of_prep(tok.head)
        if found is not None:
            verb, key = found
            hit = words.get("end_from", key) or words.get("leave", key)
            if hit is None and tok.head.lower_ == "from":
                hit = words.get("leave", lemma(verb)) or words.get("resign", lemma(verb))
    if verb is None or hit is None:
        return []
    heads = _heads_of(ctx, tok)
    if not heads:
        return []
    held = holders(verb)
    if not held:
        return []
    pol = cue_polarity(verb, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["narrated_relation"] * hit[1] * kind[1] * pol.factor
    held = [h for h in held if h[0] not in heads]
    return holder_findings(ctx, verb, held, heads, pol.sign, conf, "tie-quit")


MOVED_RULES: list[tuple[str, Callable[[Token, Context, Holders], list[Finding]]]] = [
    ("stances.ties.switched", switched),
    ("stances.ties.dropped", dropped),
    ("stances.ties.quit_led", quit_led),
]
