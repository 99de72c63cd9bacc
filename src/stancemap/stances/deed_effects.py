"""A narrated act done to another party takes that act's effect on it (session 59 RS).

Issue 14 (sign accuracy). "Donald Trump fired FBI Director James Comey", "the governor
pardoned Y", "prosecutors indicted Y": the events stage codes no event for many acts a
holder does to a person in office or in court (dismissing, prosecuting, pardoning are
mostly domestic and not in its CAMEO patterns), and no stance cue reads them, so the pair
has no relation at all (relation set tune rel-723). The project already knows what such
an act does to the one it is done to: ``data/stances/person_effects.tsv`` (WordNet verb
classes by ``stances.effect_import``: removed, punished, charged, condemned -1; freed,
backed +1), read so far only inside a request ("called for Y to be fired",
``stances.relations.request_effect``).

Here the same classes read the act itself, narrowed to a verb one of whose two most
frequent senses is of such a class (``data/stances/deed_verbs.tsv``, by ``deed_import``:
removed, punished, charged -1, freed +1; not a contest's "defeat", not "back", which the
attitude cues read), in an asserted clause (not negated, no modal, no question, no
infinitive - a requested or intended act is request_effect's), whose doer (the subject;
the 'by' agent of a passive) and the one acted on (the direct object; the passive
subject) are two different parties: the doer holds the act's sign towards the one acted
on, weighed as any narrated relation. A verb the events stage coded an event at is left to
that event ("he accused her on television", "Obama pardoned Y"): read twice, one act
outweighed the rest of the pair's evidence (W18 tune rel-1325, a past accusation against a
present endorsement).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..datafiles import constants, read_table
from ..nlp.clause_mode import ASSERTED, clause_mode
from ..records import Event
from ..rules import declare
from .extract import ALIGNMENT, Finding, party_at

DEED_EFFECT = declare(
    "stances.relations.deed_effect",
    "'X fired Y', 'Y was pardoned by X': an asserted act done to another party by a verb one "
    "of whose two most frequent WordNet senses removes, punishes, charges (-1) or frees "
    "(+1) the one acted on (data/stances/deed_verbs.tsv, from person_effects' classes) is "
    "the doer's position towards it (session 59 RS, issue 14)",
    order=58.7,
)
_OBJECTS = frozenset({"dobj", "obj"})


def _parties(actors: ActorLayer, heads: list[Token]) -> list[str]:
    out = [p for h in heads for t in (h, *h.conjuncts) if (p := party_at(actors, t)) is not None]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def deed_verbs() -> dict[str, int]:
    """verb -> its effect on the one acted on (``data/stances/deed_verbs.tsv``, by
    ``stances.deed_import``)."""
    rows = read_table("stances/deed_verbs.tsv", required=("word", "effect", "class"))
    return {r["word"]: int(r["effect"]) for r in rows}


def _effect(verb: Token) -> int | None:
    """The act's effect on the one it is done to (a two-word verb with its particle first)."""
    table = deed_verbs()
    for c in verb.children:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            hit = table.get(f"{verb.lemma_.lower()}_{c.lower_}")
            if hit is not None:
                return hit
    return table.get(verb.lemma_.lower())


def _roles(actors: ActorLayer, verb: Token) -> tuple[list[str], list[str]]:
    """(the doers, the ones acted on) the verb's clause names."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        done = _parties(actors, [c for c in verb.children if c.dep_ == "nsubjpass"])
        agents = [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        return _parties(actors, agents), done
    doers = _parties(actors, [c for c in verb.children if c.dep_ == "nsubj"])
    return doers, _parties(actors, [c for c in verb.children if c.dep_ in _OBJECTS])


def deed_findings(doc: Doc, actors: ActorLayer, events: list[Event]) -> list[Finding]:
    """Each doer's position towards each party its asserted act of a signed class is done to."""
    weight = constants("stances")["narrated_relation"]
    out: list[Finding] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ in ("xcomp", "amod", "acl"):
            continue  # "urged him to fire Y" is request_effect's; "the fired official"
        sign = _effect(verb)
        if sign is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        doers, done = _roles(actors, verb)
        if not doers or not done or clause_mode(verb) != ASSERTED:
            continue
        if any(e.trigger.start <= verb.idx < e.trigger.end for e in events):
            continue  # "he accused her", "pardoned Y": an act coded already weighs as its event
        sent = verb.sent
        out += [
            Finding(
                holder=a,
                frame=ALIGNMENT,
                args=frozenset({b}),
                polarity=sign,
                confidence=round(weight, 3),
                start=sent.start_char,
                end=sent.end_char,
                evidence=[],
                cue=verb.i,
                notes=("deed-effect",),
            )
            for a in doers
            for b in done
            if a != b
        ]
    return out
