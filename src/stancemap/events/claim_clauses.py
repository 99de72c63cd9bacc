"""A claim that accuses no one is no accusation: ordinary verbs of saying read as ACCUSE.

Session 33 (engineer EV), issue 12. The judged real-news tune files' largest no-event
cause is the ordinary verb; among them, verbs of arguing and claiming that the imported
CAMEO dictionary codes bare as a disapproval (110: argue, claim, contend, allege,
lament, doubt, dispute, ...): "Obamacare's supporters argue that multiple provisions of
the law ... are changing the economics of health care", "Brill has argued that the law
was crippled from the outset", "Sanders argued insistently that he would be a superior
candidate", "for Democrats to claim they will release transcripts", "individuals who
claim to represent Asian Americans". Each says what the speaker holds; none names a
party who is disapproved of.

- ``events.sense.claim_accuses_no_one``: a verb (not a noun) read as the bare
  disapproval (110) with no target after every argument rule, whose complement is a
  clause (a that-clause, or an infinitive: "claim to represent") and which has no
  object, dative, passive subject nor a party phrase (against, about, of, on, over, at,
  with, to: "argued against X", "complained about X"), accuses no one: no event. By the
  parse, for any verb the dictionary codes so; s29's ``asserted_clause_no_act`` (off)
  read a WordNet list of verbs of asserting, REQUEST too, and dropped a claim whose
  clause named a party; here a clause about a party ("argued that Haddad lied": Haddad
  the target) keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

CLAIM_ACCUSES_NO_ONE = "events.sense.claim_accuses_no_one"
BARE_DISAPPROVAL = "110"
CLAUSE_DEPS = ("ccomp", "xcomp")
# what names the one disapproved of, or a thing one is against
PARTY_DEPS = ("dobj", "obj", "dative", "iobj", "nsubjpass", "oprd", "attr")
PARTY_PREPS = ("against", "about", "of", "on", "over", "at", "with", "to", "for")


def accuses_no_one(verb: Token) -> bool:
    """The verb's complement is a clause and nothing else names a party."""
    if not args.children(verb, *CLAUSE_DEPS):
        return False
    if args.children(verb, *PARTY_DEPS):
        return False
    return not args.prep_objects(verb, PARTY_PREPS)


def bare_untargeted_disapproval(frame: Frame, tok: Token) -> bool:
    """A verb (not a noun) read as the bare disapproval code with no target: the only
    readings the claim rules look at."""
    return (
        not frame.nominal
        and frame.type == "ACCUSE"
        and frame.code == BARE_DISAPPROVAL
        and not frame.target
        and tok.pos_ in ("VERB", "AUX")
    )


@rule(
    CLAIM_ACCUSES_NO_ONE,
    order=32.4,
    doc="'supporters argue that the law is changing health care', 'has argued that the law "
    "was crippled', 'individuals who claim to represent X': a verb read as the bare "
    "disapproval (110) with no target, whose complement is a clause or infinitive and with "
    "no object nor against/about/of/on/over/at/with/to/for phrase, accuses no one: no event "
    "(by the parse; a clause about a party, 'argued that X lied', keeps it)",
)
def claim_accuses_no_one(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not bare_untargeted_disapproval(frame, tok):
        return frame
    return None if accuses_no_one(tok) else frame


SELF_CLAIM = "events.sense.self_claim_no_accusation"


def about_oneself(verb: Token, source: list[str], ctx: DocContext) -> bool:
    """Every complement clause is about the claimant: an infinitive ("claim to represent
    X", "as Sanders claims to desire"), or a clause whose subject names the source
    itself ("argued that he would be a superior candidate", "for Democrats to claim they
    will release transcripts")."""
    clauses = args.children(verb, *CLAUSE_DEPS)
    if not clauses:
        return False
    for clause in clauses:
        if clause.dep_ == "xcomp":
            continue
        subjects = args.children(clause, "nsubj", "nsubjpass")
        if not subjects or not source:
            return False
        named = args.phrase_actors(subjects[0], ctx.actors)
        if not named or not set(named) <= set(source):
            return False
    return True


@rule(
    SELF_CLAIM,
    order=32.41,
    doc="'argued insistently that he would be a superior candidate', 'claim they will release "
    "transcripts', 'as Sanders claims to desire': a verb read as the bare disapproval (110) "
    "with no target and no object nor party phrase, whose every complement is an infinitive "
    "or a clause whose subject is the claimant, says something of the claimant: no event (the "
    "narrow form of claim_accuses_no_one)",
)
def self_claim_no_accusation(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not bare_untargeted_disapproval(frame, tok) or not accuses_no_one(tok):
        return frame
    return None if about_oneself(tok, frame.source, ctx) else frame
