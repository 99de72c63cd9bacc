"""Requests hostile to the one they name: "called for the resignation of Y", "urged Y to
step down", "demanded Y's impeachment", "called for Y to be jailed".

A request (PLOVER REQUEST, CAMEO 02/10) is read from its trigger; what is requested is its
content, and the content may be an act against someone the request names. The content is
read in the parse, not from a list of phrases:

- a "for" clause or a "that" clause with its own subject ("called for Y to be jailed",
  "demanded that Y resign"),
- an object-control infinitive ("urged Y to drop out", "called on Y to resign"): the
  request's object (or the object of "on") is the infinitive's doer,
- an event noun the request takes as its object or "for" object, with the one it names as
  possessor or "of" object ("demanded Y's impeachment", "called for the resignation of Y").

Its polarity for Y comes from general data: the words of leaving an office, of removing
someone from one and of punishing (``data/events/requested_acts.tsv``, imported from
WordNet by ``requested_acts_import.py``), and the event coder's own lexicon on the
content's head (an act of the verbal or material conflict quad classes: arrest,
prosecute, investigate). Y leaving (the doer of "resign") or Y removed or acted on (the
undergoer of "oust", "jail", "Y's arrest") makes the request hostile to Y. It is then coded
as CAMEO does such requests: a change in leadership, 0241 (appeal) / 1041 (demand), for
leaving and removal; judicial cooperation, 0213 / 1013, for punishment and legal acts
(arrest, prosecution, investigation: ACCUSE, COERCE); the request's own code otherwise;
with Y as its target.

Rule ``events.frame.hostile_request`` (the CAMEO code). ``hostile_code`` says whether an
event's code is one this module gives (for the relation scorer).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants, read_table
from ..rules import declare
from . import arguments as args
from .matching import for_clauses
from .parts import DocContext, Frame

if TYPE_CHECKING:
    from .frames import FrameBuilder

HOSTILE_REQUEST = declare(
    "events.frame.hostile_request",
    "'called for the resignation of Y', 'urged Y to step down', 'called for Y to be jailed': "
    "a request whose content (read in the parse) is Y leaving office, or Y removed, punished "
    "or acted on by a conflict act, is a demand against Y (CAMEO 0241/1041, 0213/1013), Y "
    "its target",
    order=25.5,
)
DATA = "events/requested_acts.tsv"
CONFLICT_QUADS = ("verbal-conf", "material-conf")
JUDICIAL_TYPES = ("ACCUSE", "COERCE")  # arrest, charge, prosecute, investigate
# (appeal, demand) wordings of each kind of request against its object, in CAMEO
CODES: dict[str, tuple[str, str]] = {
    kind: (pair[0], pair[1]) for kind, pair in constants("events")["hostile_request_codes"].items()
}
HOSTILE_CODES = frozenset(c for pair in CODES.values() for c in pair)
PARTICLES = ("out", "down", "off", "aside", "up", "away")


@lru_cache(maxsize=1)
def requested_words() -> dict[tuple[str, str], str]:
    """(word, "V"/"N") -> kind (leave, remove, punish)."""
    out: dict[tuple[str, str], str] = {}
    for row in read_table(DATA, required=("word", "pos", "kind")):
        out.setdefault((row["word"], row["pos"]), row["kind"])
    return out


def hostile_code(code: str | None) -> bool:
    """Whether ``code`` is one this module gives a request against its target."""
    return code in HOSTILE_CODES


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _clause(tok: Token) -> bool:
    """A clause head: a verb, or a word with its own subject that the tagger took for a noun
    ("demanded that Y resign")."""
    return _is_verb(tok) or bool(args.children(tok, "nsubj", "nsubjpass"))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _keys(head: Token) -> list[str]:
    """The head's lemma with a particle first ("drop out", "step down"), then alone."""
    lemma = head.lemma_.lower()
    found = [
        f"{lemma} {c.lower_}"
        for c in head.children
        if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in PARTICLES and c.i > head.i
    ]
    return [*found, lemma]


def _kind(head: Token, verbal: bool) -> str | None:
    pos = "V" if verbal else "N"
    words = requested_words()
    for key in _keys(head):
        kind = words.get((key, pos))
        if kind is not None:
            return kind
    return None


def _conflict_type(head: Token, verbal: bool, ctx: DocContext, builder: FrameBuilder) -> str | None:
    """The PLOVER type of the head's act by the coder's lexicon, if of the conflict quads."""
    matcher = builder.matcher
    row = matcher.match_verb(head, ctx.actors) if verbal else matcher.match_noun(head)
    if row is None or not row.type or row.role not in ("event", "demand"):
        return None
    ontology = builder.ontology
    etype = ontology.canonical_type(row.type)
    kind = ontology.types.get(etype)
    return etype if kind is not None and kind.quad in CONFLICT_QUADS else None


def _polarity(
    head: Token, verbal: bool, undergoer: bool, ctx: DocContext, builder: FrameBuilder
) -> str | None:
    """ "leadership" / "judicial" / "conflict" where the act at ``head`` (a clause when
    ``verbal``) is against the one named as its doer (``undergoer`` false) or undergoer."""
    kind = _kind(head, verbal)
    if kind == "leave" and not undergoer:
        # "resign", "step down": leaving takes no object ("renounce its armed struggle",
        # "give up the plan" give up a thing, not an office)
        return None if args.children(head, "dobj", "obj") else "leadership"
    if not undergoer:
        return None
    if kind == "remove":
        return "leadership"
    if kind == "punish":
        return "judicial"
    etype = _conflict_type(head, verbal, ctx, builder)
    if etype is None:
        return None
    return "judicial" if etype in JUDICIAL_TYPES else "conflict"


def _addressee(tok: Token) -> list[Token]:
    """The one asked: the request verb's object, or the object of "on" ("call on Y to")."""
    return args.children(tok, "dobj", "obj") + args.prep_objects(tok, ["on", "upon"])


def _named(noun: Token) -> tuple[Token | None, bool]:
    """(the one an event noun names, whether as undergoer): its possessor ("Y's
    impeachment", undergoer unless the noun has its own object: "Y's investigation of Z")
    or its "of" object ("the resignation of Y")."""
    of = args.prep_objects(noun, ["of"])
    if of:
        return of[0], True
    poss = args.children(noun, "poss")
    if poss and not args.prep_objects(noun, ["into", "against"]):
        return poss[0], True
    return None, False


Content = tuple[Token, bool, Token, bool]  # head, whether a clause, the one named, undergoer


def contents(tok: Token) -> list[Content]:
    """(content head, whether it is a clause, the one it names, whether that one undergoes
    it) of a request verb."""
    out: list[Content] = []
    clauses = for_clauses(tok) + args.children(tok, "ccomp")
    for clause in clauses:  # "called for Y to be jailed", "demanded that Y resign"
        if not _clause(clause):
            continue
        for subj in args.children(clause, "nsubj", "nsubjpass"):
            out.append((clause, True, subj, _passive(clause)))
    asked = _addressee(tok)
    for clause in args.children(tok, "xcomp"):  # "urged Y to step down"
        if _is_verb(clause) and not args.children(clause, "nsubj", "nsubjpass"):
            out += [(clause, True, who, _passive(clause)) for who in asked]
    nouns = args.children(tok, "dobj", "obj") + args.prep_objects(tok, ["for"])
    for noun in nouns:  # "demanded Y's impeachment", "called for the resignation of Y"
        if noun.pos_ != "NOUN":
            continue
        who, undergoer = _named(noun)
        if who is not None:
            kind = _kind(noun, False)
            out.append((noun, False, who, undergoer and kind != "leave"))
    return out


def _demand_wording(frame: Frame, tok: Token, ctx: DocContext, builder: FrameBuilder) -> bool:
    """Whether the request is worded as a demand (the trigger's own CAMEO row is 10x:
    "demanded") rather than an appeal (02x: "called for", "urged"); a rule's request ("said
    Y must") whose verb has no request row is a demand."""
    row = frame.row
    if row.source.startswith("rule:"):
        row = builder.matcher.match_verb(tok, ctx.actors) or row
        if row.role != "demand":
            return True
    return (row.cameo or "").startswith("10")


def hostile_request(frame: Frame, tok: Token, ctx: DocContext, builder: FrameBuilder) -> Frame:
    """The request ``frame`` of verb ``tok`` as a request against the one its content acts
    on, where it is one: its code (``events.frame.hostile_request``)."""
    tuning = builder.tuning
    if frame.type != "REQUEST" or frame.nominal or not tuning.on(HOSTILE_REQUEST):
        return frame
    for head, verbal, who, undergoer in contents(tok):
        polarity = _polarity(head, verbal, undergoer, ctx, builder)
        if polarity is None:
            continue
        if ctx.actors.actor_at(who.idx, who.idx + len(who)) is None and not args.is_pronoun(who):
            continue  # "his employment was terminated": the one named owns the subject
        named = [a for a in builder.roles.actors(who, ctx) if a not in frame.source]
        if not named:
            continue
        code = frame.code
        if polarity in CODES:
            code = CODES[polarity][1 if _demand_wording(frame, tok, ctx, builder) else 0]
        return replace(frame, code=code)
    return frame
