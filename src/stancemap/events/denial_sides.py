"""Who denies, at whom, and whether a denial is told as made (``events.frame.denial``).

Session 61 (engineer CE2, finishing engineer CE's ``events.frame.denial``, ``denials.py``).
Two blind A/B judges compared the rule's firings on the check pools with the default
(rule better 9 / 8, default better 7 / 7). Their causes where the default was better
(read as causes only, no item): a denial offered as an alternative ("neither admitted nor
denied") read as made; a company denying a report (on its finances, of a bid), which
docs/judging.md calls a commercial act, no event; a politician denying a personal matter
("a report about her paid speeches"); and the target set to a party of what is denied
("denied attacking Germany": Germany) or to the denier's own side. So a denial row, once
its frame is built, is read here (``Coder``):

- an alternative is no denial: a verb of denying coordinated by "or" / "nor", or under
  "neither" / "either" ("neither confirmed nor denied", "declined to confirm or deny",
  "would not confirm or deny") tells no denial made - no event (a denial negated by its
  own "not" keeps the finisher's negated mode, as before);
- the denier is a political actor: the source side (its actors, else the subject's head)
  must be of a political kind by the actors' KB type and sector as
  ``events.sense.no_political_party`` reads it (``apolitical_acts.side_kind``: a country,
  a government, a party, an armed group, a body of the state or an agents-lexicon noun of
  such a sector); a company is not, nor a person the KB does not place (a name with no
  sector, a person pronoun no actor reads) unless what is denied names a political actor or
  a noun of a political sector ("Mr Howard denied his shadow cabinet was split");
- a denied claim with no political content: where the object is a claim noun (the
  project's ``CLAIM_NOUNS``: "report", "claim", "rumour") and what it says (its phrases and
  clauses; not its owner, its "by" / "from" source, where it stood, "a newspaper report") names no political actor, no
  political-sector noun and no guilt that is not itself a claim (the rule's guilt words:
  "wrongdoing", "fraud", "involvement"), the denial is of a personal or commercial matter
  ("denied reports of a bid", "denied a report about her paid speeches") - no event; a
  bare "denied the report" (no content) is kept;
- the target is the accuser: the owner of the denied claim, or its "by" / "from" phrase
  ("denied Kiev's reports", "denied reports by Kiev"), where that is an actor, else none -
  never an argument of the denied clause or gerund ("denied attacking Germany": no target).

Session 69 (engineer PA): the actors of what is denied were read political by
``apolitical_acts._political_actor`` without ``events.sense.private_modifiers``, so with
that rule on (it is, since session 68) a multinational firm's CAMEO code made the denied
matter political here ("Mr Pollard denied that Sony had cut jobs" a REJECT) while the
side and head tests beside it read the firm as private. ``events.sense.private_denials``
(off) reads them as the other tests do: a firm coded MNC is no political actor where
``private_modifiers`` is on.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import replace

from spacy.tokens import Token

from ..nlp.modality import CLAIM_NOUNS
from ..rules import declare
from . import arguments as args
from .apolitical_acts import POLITICAL, UNKNOWN, _political_actor, head_kind, side_kind
from .denials import denial_words
from .parts import DocContext, Frame

PRIVATE_DENIALS = declare(
    "events.sense.private_denials",
    "'Mr Pollard denied that Sony had cut jobs': what is denied names a political actor only "
    "as private_modifiers reads actors - a multinational firm's CAMEO code (MNC) is none "
    "where that rule is on (session 68 read it political here only)",
    order=4.691,
)
# events.sense.private_denials is on (set from the settings by sense.apply_sense)
private_denials_on: ContextVar[bool] = ContextVar("private_denials_on", default=False)

ALTERNATIVES = ("or", "nor")
CORRELATIVES = ("neither", "either")
ACCUSER_PREPS = ("by", "from")
# where a claim was made ("reports in the press"), not what it says
MEDIUM_PREPS = ("in",)
# what a claim says: its phrases and clauses ("reports of a bid", "that its troops had
# crossed"), not its modifiers ("a newspaper report": who or what told it)
CONTENT_DEPS = ("prep", "acl", "relcl", "ccomp", "appos")
# a person pronoun doing what the claim says, that no actor reads: the denier acting
DOER_DEPS = ("nsubj", "nsubjpass")
PERSONS = ("he", "she", "they", "we", "i")


def alternative(verb: Token) -> bool:
    """The verb of denying is one of alternatives: "neither confirmed nor denied",
    "declined to confirm or deny" (its coordination joined by "or" / "nor", or opened by
    "neither" / "either")."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.head.i == first.i)]
    for member in members:
        for child in member.children:
            if child.dep_ == "cc" and child.lower_ in ALTERNATIVES:
                return True
            if child.dep_ == "preconj" and child.lower_ in CORRELATIVES:
                return True
    return False


def _claim_object(verb: Token) -> Token | None:
    objects = args.children(verb, "dobj", "obj")
    if len(objects) == 1 and objects[0].lemma_.lower() in CLAIM_NOUNS:
        return objects[0]
    return None


def _accusers(claim: Token) -> list[Token]:
    """The owner of a claim and its "by" / "from" phrase: who made it."""
    owners = args.children(claim, "poss")
    return owners + args.prep_objects(claim, ACCUSER_PREPS)


def _private() -> bool | None:
    """Whether a firm's MNC code is private here: as ``private_modifiers`` says with
    ``events.sense.private_denials`` on (None: the setting), never without (session 68)."""
    return None if private_denials_on.get() else False


def _political_content(claim: Token, ctx: DocContext) -> bool | None:
    """Whether what a claim says names a political party or a guilt; None where it says
    nothing (a bare "the report")."""
    content = [
        t
        for c in claim.children
        if c.dep_ in CONTENT_DEPS and c.lower_ not in (*ACCUSER_PREPS, *MEDIUM_PREPS)
        for t in c.subtree
        if not t.is_punct
    ]
    if not [t for t in content if t.pos_ in ("NOUN", "PROPN", "PRON", "VERB")]:
        return None
    guilt = denial_words()["guilt"]
    for tok in content:
        if tok.tag_ == "PRP$":
            continue  # "her paid speeches": whose, the denier's own
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in guilt and lemma not in CLAIM_NOUNS:
            return True  # "reports of fraud"
        if tok.pos_ == "PRON":
            actor = ctx.actors.actor_at(tok.idx, tok.idx + len(tok))
            if actor is not None and _political_actor(actor, ctx, private=_private()):
                return True  # "reports that he had resigned": he, a politician
            if actor is None and tok.dep_ in DOER_DEPS and tok.lower_ in PERSONS:
                return True  # the (political) denier's own act, told of an unplaced "he"
            continue
        if tok.pos_ in ("NOUN", "PROPN") and head_kind(tok, ctx) == POLITICAL:
            return True  # "reports that its troops had crossed", "of a Russian plan"
    return False


def _a_person(source: list[str], verb: Token, ctx: DocContext) -> bool:
    """The denier is a person: its actors all persons, or no actor and a person pronoun."""
    if source:
        actors = [ctx.actors.actor(a) for a in source]
        return all(a is not None and a.type == "person" for a in actors)
    return any(s.lower_ in PERSONS for s in args.children(verb, "nsubj"))


def _political_denied(verb: Token, claim: Token | None, ctx: DocContext) -> bool:
    """What is denied - a claim's content, else the denied clause or gerund - names a
    political actor or a noun of a political sector (a country, "cabinet", "troops")."""
    if claim is not None:
        tokens = [t for c in claim.children if c.dep_ in CONTENT_DEPS for t in c.subtree]
    else:
        tokens = [
            t
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp") or (c.dep_ in ("dobj", "obj") and c.tag_ == "VBG")
            for t in c.subtree
        ]
    for tok in tokens:
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.tag_ != "PRP$":
            actor = ctx.actors.actor_at(tok.idx, tok.idx + len(tok))
            if actor is not None and _political_actor(actor, ctx, private=_private()):
                return True  # "British membership of the euro"
            if tok.pos_ != "ADJ" and head_kind(tok, ctx) == POLITICAL:
                return True  # "his shadow cabinet was split"
    return False


def read_denial(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    """A denial row's frame as the module's doc reads it: None where no denial by a
    political actor of a political matter is told, else the frame aimed at the accuser."""
    if alternative(tok):
        return None  # "neither confirmed nor denied"
    claim = _claim_object(tok)
    kind = side_kind(frame.source, tok, ctx, source=True)
    if kind == UNKNOWN and _a_person(frame.source, tok, ctx):
        # a person the KB does not place ("Mr Howard"): a politician where what is
        # denied names a political party ("his shadow cabinet was split")
        kind = POLITICAL if _political_denied(tok, claim, ctx) else kind
    if kind != POLITICAL:
        return None  # "Acme Corp denied ...": a commercial or personal act
    if claim is not None and _political_content(claim, ctx) is False:
        return None  # "denied reports of a bid", "a report about her paid speeches"
    accusers = (
        [a for t in _accusers(claim) for a in args.phrase_actors(t, ctx.actors)] if claim else []
    )
    target = [a for a in dict.fromkeys(accusers) if a not in frame.source]
    return replace(frame, target=target)
