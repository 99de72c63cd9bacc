"""Acting *against* an actor: "US and UK join war against Islamic State" (``stances.against.joined``).

Whatever the verb, a clause whose subject does something against Z ("joined the
war against Z", "formed a coalition against Z", "sided with Y against Z", "took
part in the campaign against Z") sets the subject against Z: the preposition
carries the opposition, not the verb, so a verb of cooperation ("join") says
nothing friendly about Z. The events stage may code such a clause as an act of
cooperation aimed at Z; the findings here cite the events at the verb and its
object, so the relation scorer reads the clause once, as opposition.

Every coordinated subject holds it, and the subjects acting together (and a
partner named by "with") are aligned with each other, at a lower confidence: an
inference from the coordination, like ``alignment.score.co_sources``.

Not read: a verb that judges its object negatively ("condemned the war against
Z": no position on Z), a passive (the subject undergoes it), a phrase with no
verb above it, a phrase under another preposition than "in"/"into" ("broke with Y
over the sanctions against Z": what they differ about, not what they do), a clause
about electoral standings ("trails by two points in the polls against Z": the events
stage's contest and margin words, session 9's "standings between rivals are no act"). A verb that takes its object back ("ended the war against Z",
"lifted sanctions against Z") turns the sign, as for any cue noun
(``stances.polarity.reversal``); modals lower the confidence through ``cue_polarity``;
an act not done ("did not join", "refused to join the war against Z") says nothing of Z,
as a negated hostile event says nothing (``stances.polarity.negation_asymmetry``).
The prepositions are ``opposing_preps`` in ``[stances]`` of ``data/constants.toml``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..events.contest import contest_words
from ..rules import rule
from .extract import ALIGNMENT, Finding
from .polarity import cue_polarity, reversing_verb
from .topics import lemma, objects_of

if TYPE_CHECKING:
    from .relations import Context

Holders = Callable[[Token], list[tuple[str, float, list[str]]]]

_TABLE = constants("stances")
OPPOSING_PREPS = frozenset(str(p).lower() for p in _TABLE["opposing_preps"])


def _verb_and_object(prep: Token) -> tuple[Token, Token | None] | None:
    """The verb a clause's 'against' phrase hangs on, and the object noun between them
    ("joined [the war] against Z", "took part in [the campaign] against Z")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head, None
    if head.pos_ != "NOUN":
        return None
    if head.dep_ in ("dobj", "obj") and head.head.pos_ == "VERB":
        return head.head, head
    prep_of = head.head
    if head.dep_ == "pobj" and prep_of.lower_ in _TAKING_PART and prep_of.head.pos_ == "VERB":
        return prep_of.head, head  # "took part in the campaign against Z"
    return None  # "broke with Y over the sanctions against Z": what they differ about


# the prepositions of taking part in what one joins ("in the war", "into the fight"); any
# other ("over the sanctions against Z", "about the case against Z") names a topic
_TAKING_PART = frozenset({"in", "into"})


def _standing(verb: Token) -> bool:
    """A clause about electoral standings ("in the polls against Z", "51 percent against
    Z", "a general election matchup"): the contest and margin words of the events stage's
    ``events.sense.contest_*`` rules (data/events/contest.tsv), anywhere in the clause."""
    words = contest_words()
    standing = words.get("contest", frozenset()) | words.get("margin", frozenset())
    return any(t.lower_ in standing or lemma(t) in standing for t in verb.subtree)


def _judges_negatively(verb: Token, ctx: Context) -> bool:
    cue = ctx.lexicon.cue("attitude", lemma(verb))
    return cue is not None and cue.sign < 0


def _events_at(ctx: Context, toks: list[Token]) -> list[str]:
    spans = [(t.idx, t.idx + len(t)) for t in toks]
    return [
        e.id
        for e in ctx.events
        if any(e.trigger.start < end and start < e.trigger.end for start, end in spans)
    ]


def _partners(ctx: Context, verb: Token) -> list[str]:
    """A partner named by "with" on the verb ("joined forces with Y against Z"); none
    where the verb with "with" is a relational cue ("broke with Y", "sided with Y"),
    whose own reading says how the two stand."""
    out: list[str] = []
    if ctx.lexicon.cue("relational", lemma(verb), {"with"}) is not None:
        return out
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in objects_of(prep):
            for tok in [obj, *obj.conjuncts]:
                actor = ctx.actor_of(tok)
                if actor is not None:
                    out.append(actor)
    return out


@rule("stances.against.joined", order=61)
def joined(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X and Y join war against Z': X and Y against Z, and aligned with each other."""
    if tok.dep_ != "prep" or tok.lower_ not in OPPOSING_PREPS:
        return []
    found = _verb_and_object(tok)
    if found is None:
        return []
    verb, obj = found
    if any(c.dep_ == "nsubjpass" for c in verb.children) or _judges_negatively(verb, ctx):
        return []
    if _standing(verb):
        return []  # "leads by 5 points in the polls against Z": a standing, no act on Z
    targets: list[str] = []
    for pobj in objects_of(tok):
        for t in [pobj, *pobj.conjuncts]:
            actor = ctx.actor_of(t)
            mention = ctx.actors.mention_at(t.idx, t.idx + len(t))
            if actor is not None and mention is not None and mention.how != "pronoun":
                targets.append(actor)
    targets = list(dict.fromkeys(targets))
    held = holders(verb)
    if not targets or not held:
        return []
    cue = obj if obj is not None and reversing_verb(obj, ctx.lexicon) is not None else verb
    pol = cue_polarity(cue, -1, ctx.lexicon, towards_actor=True)
    if any(n == "negated" or n.startswith(("negated-governor", "shifter:")) for n in pol.notes):
        return []  # "did not join the war against Z": an act not done says nothing of Z
    cited = _events_at(ctx, [verb] if obj is None else [verb, obj])
    start, end = ctx.sentence(tok)

    def finding(holder: str, other: str, sign: int, conf: float, refs: list[str]) -> Finding:
        return Finding(
            holder=holder,
            frame=ALIGNMENT,
            args=frozenset({other}),
            polarity=sign,
            confidence=round(min(1.0, conf), 3),
            start=start,
            end=end,
            evidence=list(dict.fromkeys(refs + cited)),
            cue=tok.i,
            notes=("against",),
        )

    out = [
        finding(h, t, pol.sign, _TABLE["against_joined"] * pol.factor * conf, refs)
        for h, conf, refs in held
        for t in targets
        if h != t
    ]
    if pol.sign < 0:  # acting together against Z: partners in it
        side = list(dict.fromkeys([h for h, _, _ in held] + _partners(ctx, verb)))
        side = [a for a in side if a not in targets]
        refs = [r for _, _, rs in held for r in rs]
        out += [
            finding(a, b, 1, _TABLE["against_partners"] * pol.factor, refs)
            for a, b in permutations(side, 2)
        ]
    return out
