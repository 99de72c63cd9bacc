"""Events told with a noun or an adjective and no verb of their own (session 53 RC, issue 12:
recall).

Session 52 found that most core events the judges marked missed on the Lee tune stories are
read nowhere, even in the sentence alone. Two of their shapes carry a criticism or a blame
on a word the trigger lexicon reads in no such place; both are read here from WordNet
(``data/events/predicate_triggers.tsv``, written by ``predicate_trigger_import.py``), never
from a list of phrases:

- ``events.trigger.under_criticism``: "X is under fire from Y", "X came under heavy
  criticism from Y over Z", "X, who is under attack from Y": the object of "under" is a
  noun of WordNet's criticism.n.01 or below (or one of WordNet's own idioms
  under_fire / under_attack), and the clause's subject X is its target, the "from"/"by"
  phrase Y its source: Y's ACCUSE (111, criticize's row) of X. "fire" and "attack" are force
  first, so with an armed party, a weapon or a place around ("the patrol came under fire
  from gunmen") nothing is read here.
- ``events.trigger.held_responsible``: "X holds Y responsible for Z", "Y was held
  accountable by X", "X considers Y guilty", "X regards Y as responsible": a verb of WordNet's
  deem.v.01 ("hold", "deem") or of the synset above it ("consider", "regard", "view", "see",
  "reckon") whose object, or whose
  small clause's subject, is Y, predicating an adjective of the clusters of guilty.a.01 or
  responsible.a.01 (responsible, accountable, culpable, guilty): X's ACCUSE (112, blame's
  row) of Y. "hold him in high regard", "held a meeting" have no such adjective.

The mode is the governing verb's: "is not under fire", "would hold X responsible" carry
their negation or hypothesis as any verb's clause does. Both need the target named; the
source may be unnamed ("X came under fire over Z"), as for any event.
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare
from .lexicon import TriggerEntry
from .parts import DocContext, Frame
from .roles import RoleFinder
from .sense import _armed

UNDER_CRITICISM = declare(
    "events.trigger.under_criticism",
    "'X is under fire from Y', 'X came under heavy criticism from Y': a noun of WordNet's "
    "criticism.n.01 or below after 'under' (predicate_triggers.tsv) is Y's ACCUSE of the "
    "clause's subject X; 'fire'/'attack' (force first) not with anything armed around",
    order=40.5,
)
HELD_RESPONSIBLE = declare(
    "events.trigger.held_responsible",
    "'X holds Y responsible for Z', 'Y was held accountable by X', 'X regards Y as guilty': "
    "a verb of WordNet's deem.v.01 or its hypernym consider predicating an adjective of guilty.a.01 / responsible.a.01 "
    "(predicate_triggers.tsv) of its object is X's ACCUSE (blame, 112) of Y",
    order=40.6,
)
FILE = "events/predicate_triggers.tsv"
FROM_PREPS = ("from", "by")
SUBJECTS = ("nsubj", "nsubjpass")
# where the parser hangs the blame adjective: "holds Y responsible" (a small clause, ccomp
# with Y its subject), "held Y accountable" (oprd, Y the object), "deems Y guilty" (xcomp)
ADJECTIVE_DEPS = ("ccomp", "xcomp", "oprd", "acomp")


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], dict[str, str]]:
    out: dict[tuple[str, str], dict[str, str]] = {}
    for row in read_table(FILE, required=("word", "kind", "first", "code", "type", "via")):
        out[(row["kind"], row["word"])] = row
    return out


@cache
def words(kind: str) -> frozenset[str]:
    """The words of one kind of row: "under", "blame" or "holding"."""
    return frozenset(word for k, word in _table() if k == kind)


def _entry(row: dict[str, str], pos: str) -> TriggerEntry:
    return TriggerEntry(
        row["word"], pos, "event", row["code"], (), row["type"], f"{FILE}:{row['_line']}"
    )


def _phrase_objects(heads: list[Token], preps: tuple[str, ...], after: int) -> list[Token]:
    return [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps and p.i > after
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _named(tokens: list[Token], ctx: DocContext, roles: RoleFinder) -> list[str]:
    return list(dict.fromkeys(a for t in tokens for a in roles.actors(t, ctx)))


def under_frame(tok: Token, ctx: DocContext, roles: RoleFinder) -> Frame | None:
    """'X is under fire from Y': Y's criticism of X, or None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    row = _table().get(("under", tok.lemma_.lower()))
    if row is None or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ not in ("AUX", "VERB"):
        return None
    subject = roles.subject(verb)
    target = _named([subject], ctx, roles) if subject is not None else []
    source = [
        a for a in _named(_phrase_objects([tok, verb], FROM_PREPS, tok.i), ctx, roles)
        if a not in target
    ]  # fmt: skip
    if not target:
        return None
    entry = _entry(row, "N")
    frame = Frame(
        entry, entry.cameo, entry.type or "", verb, (tok.idx, tok.idx + len(tok)),
        [tok, verb], source, target, set(),
    )  # fmt: skip
    if row["first"] == "0" and _armed(frame, tok, ctx):
        return None  # "the patrol came under fire from gunmen": force
    return frame


def _holding_verb(tok: Token) -> Token | None:
    """The verb that predicates the adjective: its head, or the verb of its "as" phrase
    ("regards Y as responsible", "was viewed as culpable")."""
    if tok.dep_ in ADJECTIVE_DEPS:
        return tok.head
    if tok.dep_ in ("pobj", "amod") and tok.head.lower_ == "as" and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def held_frame(tok: Token, ctx: DocContext, roles: RoleFinder) -> Frame | None:
    """'X holds Y responsible for Z': X's blame of Y, or None."""
    if tok.pos_ != "ADJ":
        return None
    row = _table().get(("blame", tok.lemma_.lower()))
    verb = _holding_verb(tok)
    if row is None or verb is None:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("holding"):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:  # "Y was held accountable by X"
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        holders = _phrase_objects([verb], ("by",), verb.i)
    else:
        held = [c for c in verb.children if c.dep_ == "dobj"]
        held += [c for c in tok.children if c.dep_ == "nsubj"]  # "holds Y responsible"
        subject = roles.subject(verb)
        holders = [subject] if subject is not None else []
    target = _named(held, ctx, roles)
    source = [a for a in _named(holders, ctx, roles) if a not in target]
    if not target:
        return None
    entry = _entry(row, "A")
    return Frame(
        entry, entry.cameo, entry.type or "", verb, (tok.idx, tok.idx + len(tok)),
        [tok, verb], source, target, set(),
    )  # fmt: skip


def predicate_frame(
    tok: Token, ctx: DocContext, roles: RoleFinder, under: bool, held: bool
) -> Frame | None:
    """The event a noun after 'under' or a blame adjective predicates, where its rule is on."""
    return (under_frame(tok, ctx, roles) if under else None) or (
        held_frame(tok, ctx, roles) if held else None
    )
