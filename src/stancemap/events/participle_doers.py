"""The doer of a nominal event is the agent of the support-verb participle that makes it.

Session 53, engineer EA (issue 12, source/target). On the tune parts of the PLOVER dev set
and the wire sets, most source errors are an empty source; one shape of them is a nominal
event the coder reads on its own (no coded verb governs it) whose doer the sentence names
as the 'by' agent of a passive participle hung on the noun: "relief supplies sent by
India", "raids conducted by government troops", "sanctions imposed by the EU", "the
criticism expressed by X". The participle is a support verb - a verb the trigger lexicon
(``data/events/triggers.tsv``) reads with the role ``light``: its subject does the act its
object noun names ("sent aid", "carried out strikes") - so its passive agent is the noun's
doer. A participle of any other verb ("the sanctions criticised by Russia", "the strikes
condemned by X") says something of the act, and its agent is no doer of it.

Rule ``events.args.participle_agent_doer`` (shipped off): fills only an empty source of a
nominal event read on its own, from a participle on the noun or on a noun coordinated with
it ("supplies and rescue teams sent by India"), each conjunct of the agent by its own head;
with the doer found, an empty target from the participle's own against/on/with/to phrase
("a lawsuit filed against X by Y": X, which the noun's own phrases miss).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .arguments import TARGET_PREPS
from .lexicon import Lexicon
from .parts import DocContext, Frame, Tuning

PARTICIPLE_AGENT_DOER = declare(
    "events.args.participle_agent_doer",
    "'relief supplies sent by India', 'raids conducted by government troops': a nominal "
    "event read on its own with no source takes the 'by' agent of a passive participle on "
    "the noun (or a noun coordinated with it) whose verb the trigger lexicon reads as a "
    "support verb (role light), and, with none, the target its against/on/with/to phrase names "
    "('a lawsuit filed against X by Y'); never the agent of another verb's participle",
    order=66.95,
)
LIGHT = "light"


def _verb_keys(verb: Token) -> list[str]:
    """The lexicon keys of a participle: its lemma, and with its particle ("carried out")."""
    lemma = verb.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    return keys + [lemma]


def is_support_verb(verb: Token, lexicon: Lexicon) -> bool:
    """``verb`` (or verb + particle) has a ``light`` row in the trigger lexicon."""
    return any(
        row.role == LIGHT for key in _verb_keys(verb) for row in lexicon.candidates(key, "V")
    )


def _passive_participles(noun: Token) -> list[Token]:
    """Passive participles hung on ``noun`` or on a noun coordinated with it: "aid sent by
    X", "supplies and teams sent by X" (the participle on the last conjunct)."""
    nouns = [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return [
        c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > n.i
    ]


def _conjuncts(noun: Token) -> list[Token]:
    """``noun`` and the nouns coordinated after it ("by X and Y")."""
    out = [noun]
    for tok in out:
        out += [c for c in tok.children if c.dep_ == "conj"]
    return out


def participle_parties(
    noun: Token, ctx: DocContext, lexicon: Lexicon
) -> tuple[list[str], list[str]]:
    """The actors a support verb's passive participle on ``noun`` names: its 'by' agent's
    (each conjunct by its own head: "by X and his affair with Y" is X alone), and the
    objects of its against/on/with/to phrases ("a lawsuit filed against X by Y": X)."""
    doers: list[str] = []
    aimed: list[str] = []
    for participle in _passive_participles(noun):
        if not is_support_verb(participle, lexicon):
            continue
        for agent in args.prep_objects(participle, ["by"]):
            for conjunct in _conjuncts(agent):
                doers += args.phrase_actors(conjunct, ctx.actors, head_only=True)
        if doers:
            for party in args.prep_objects(participle, TARGET_PREPS):
                aimed += args.phrase_actors(party, ctx.actors)
    doers = list(dict.fromkeys(doers))
    return doers, [a for a in dict.fromkeys(aimed) if a not in doers]


def fill_participle_source(
    frame: Frame, ctx: DocContext, tuning: Tuning, lexicon: Lexicon
) -> Frame:
    """Give a nominal ``frame`` with no source the doer a support participle names, and,
    when it has no target, the party the participle's act is aimed at (rule
    ``PARTICIPLE_AGENT_DOER``); its target keeps none of the doers."""
    if frame.source or not frame.nominal or not tuning.on(PARTICIPLE_AGENT_DOER):
        return frame
    doers, aimed = participle_parties(frame.head, ctx, lexicon)
    if doers:
        frame.source = doers
        frame.target = [a for a in frame.target if a not in doers] or aimed
    return frame
