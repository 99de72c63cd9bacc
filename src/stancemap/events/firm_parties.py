"""A firm's commercial act is no event: deals, deliveries, launches and rivalry of firms.

Session 62 (engineer EP, issue 12: events that are no events on British news). On the
judged BBC tune file (``events_tune_s60bbc``, 30 articles of the politics and business
folders) 67 of the 114 readings the tree keeps are no event to the judges; the largest
cause a general mechanism can reach is an act whose every party is a firm: an auditor
approving a firm's accounts, a buyout agreed between two firms, an airline taking delivery
of aircraft, a carmaker unveiling a model, a firm's deal or forecast ("Commercial and
personal acts are no event", docs/judging.md). ``events.sense.no_political_party`` reads
those sides as *unknown*: the knowledge base does not hold most firms, and a named
organisation with no sector may be a party.

Rule ``events.sense.firm_parties``: an organisation with no sector is a *firm* where the
article names it with a noun of a firm (``data/lexicon/firm_nouns.tsv``, WordNet:
company, firm, airline, bank, insurer, carmaker, retailer, by ``events.firm_import``) - a
word of its name ("Marsh Companies"), a modifier or an apposition of a mention ("phone
firm MCI", "BA, the airline"; so too a name the actors stage read as a person's: "Ford,
the US car company") - or calls it back with one ("British Airways ... the airline made a
profit": a definite noun of a firm whose nearest organisation with no sector named before
it is this one); an actor of a business sector is one too. A name holding a noun of an
organised body or of an authority ("the Steelworkers union", "the Transport Safety
Bureau") is never a firm. A reading with a source, every party of which is a firm or
ordinary (business, civilians: ``apolitical_acts.ORDINARY_SECTORS``) and one at least a
firm, is no event, unless it is of a verbal type (ACCUSE, REJECT, REQUEST, PROTEST stay:
"Airbus and Boeing accuse each other" is an event), an agreement with no partner read
("the company agreed to clean up the mines": with whom is unsaid), its clause names an
authority (``apolitical_acts.authority_in_clause``) or a legal case ("agreed to pay $850m
to settle the suit": ``legal_act_nouns.txt``, WordNet legal_proceeding, charge), or its
sentence names a political actor. Read once the parties are final (``stage.py``, after the
merge and the learned reality): a sense rule sees a frame before its parties are filled.

Tune (read): s60bbc 3 no-event readings dropped (a forecast, a product launch, a firm's
internal reform), s28 1 no-event, s29 1 unjudged reading; 0 right or wrong lost; the other
tune files identical. A first version, with no source required and any call-back, lost 4
right readings (a union's and a firm's agreements, a firm's respect for a bureau's
findings, a gift of reserves to a firm with its doer unsaid).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from ..actors.firm_import import KINDS as FIRM_KINDS
from ..datafiles import word_list, words_by_kind
from ..rules import declare
from .apolitical_acts import (
    ORDINARY_SECTORS,
    _own_clause,
    _political_sentence,
    authority_in_clause,
    authority_word,
)
from .organised_parties import organised_nouns
from .parts import Coded, DocContext

Read = tuple[Coded, float | None]  # a reading and its learned reality

FIRM_PARTIES = declare(
    "events.sense.firm_parties",
    "'MCI agreed to the Verizon offer', 'the airline warned of lower profits', 'Ford, the "
    "car company, unveiled the Fusion': a reading of no verbal type (not ACCUSE, REJECT, "
    "REQUEST, PROTEST) with a source, every party of which is a firm or ordinary and one a "
    "firm - a business-sector actor, or an organisation with no sector the article names "
    "or calls back with a noun of a firm (WordNet: company, firm, airline, bank; "
    "lexicon/firm_nouns.tsv), not a union or bureau - is a commercial act, no event; not an "
    "agreement with no partner read, nor with an authority or a legal case (WordNet) in its "
    "clause or a political actor in its sentence",
    order=4.75,
)
FIRMS = "lexicon/firm_nouns.tsv"  # one table with actors.firm_names (session 63 FT)
LEGAL = "events/legal_act_nouns.txt"
# acts of words: a firm's accusation, denial or demand is coded (docs/judging.md)
VERBAL_TYPES = frozenset(("ACCUSE", "REJECT", "REQUEST", "PROTEST"))
# an agreement needs a partner: with none read, it may have been made with anyone
PARTNER_TYPES = frozenset(("AGREE",))
# sectors of a commercial body
FIRM_SECTORS = frozenset(("BUS", "MNC"))
# actors a noun of a firm may name: an organisation, or a firm's name read as a person's
NAMED_TYPES = ("organization", "person")
# how a noun names the organisation next to it ("phone firm MCI", "BA, the airline")
NAMING_DEPS = ("compound", "appos", "nmod")


@lru_cache(maxsize=1)
def firm_nouns() -> frozenset[str]:
    """Nouns of a firm (``lexicon/firm_nouns.tsv``, WordNet): kinds ``firm`` and ``trader``."""
    kinds = words_by_kind(FIRMS, FIRM_KINDS)
    return kinds["firm"] | kinds["trader"]


@lru_cache(maxsize=1)
def legal_act_nouns() -> frozenset[str]:
    """Nouns of a legal case (``legal_act_nouns.txt``, WordNet: suit, lawsuit, charge)."""
    return word_list(LEGAL)


def _legal_case(tok: Token) -> bool:
    """The act's own clause names a legal case ("agreed to pay to settle the suit")."""
    words = legal_act_nouns()
    return any(
        t.pos_ == "NOUN" and (t.lemma_.lower() in words or t.lower_ in words)
        for t in _own_clause(tok)
    )


def _firm_word(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.lemma_.lower() in firm_nouns() or tok.lower_ in firm_nouns()


def _named_firm(doc: Doc, start: int, end: int) -> bool:
    """The mention at [start, end) is, holds, or is named by a noun of a firm."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if any(_firm_word(t) for t in span):
        return True
    root = span.root
    near = [c for c in root.children if c.dep_ in NAMING_DEPS]
    if root.dep_ in NAMING_DEPS:
        near.append(root.head)
    return any(_firm_word(t) for t in near if t.i < span.start or t.i >= span.end)


def _unsectored_org(actor_id: str, ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    return (
        actor is not None
        and actor.type == "organization"
        and actor.sector is None
        and not actor.cameo
    )


def _body_named(doc: Doc, start: int, end: int) -> bool:
    """The mention holds a noun of an organised body or of an authority (WordNet: union,
    bureau, commission, court): no firm, whatever calls it back."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    bodies = organised_nouns()
    return any(t.lower_ in bodies or t.lemma_.lower() in bodies or authority_word(t) for t in span)


def _called_back(actor_id: str, doc: Doc, ctx: DocContext) -> bool:
    """A definite noun of a firm ("the airline", "the firm") whose nearest organisation
    named before it, among those with no sector, is the actor: the article calls it so."""
    for tok in doc:
        if not _firm_word(tok) or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        before = [
            m for m in ctx.actors.mentions if m.end <= tok.idx and _unsectored_org(m.actor_id, ctx)
        ]
        if before and before[-1].actor_id == actor_id:
            return True
    return False


def is_firm(actor_id: str, ctx: DocContext) -> bool:
    """An actor of a business sector, or an organisation with no sector the article names
    with a noun of a firm, or calls back with one ("the airline")."""
    actor = ctx.actors.actor(actor_id)
    if actor is None or actor.type == "country":
        return False
    if actor.sector in FIRM_SECTORS:
        return True
    if actor.sector is not None or actor.type not in NAMED_TYPES or actor.cameo:
        return False
    doc = ctx.actors.doc
    if doc is None:
        return False
    mentions = [m for m in ctx.actors.mentions if m.actor_id == actor_id]
    if any(_body_named(doc, m.start, m.end) for m in mentions):
        return False  # "the Steelworkers union", "the Transport Safety Bureau"
    if any(_named_firm(doc, m.start, m.end) for m in mentions):
        return True  # "Ford, the US car company" (a firm the actors stage read as a person)
    return actor.type == "organization" and _called_back(actor_id, doc, ctx)


def _ordinary(actor_id: str, ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    return actor is not None and actor.type != "country" and actor.sector in ORDINARY_SECTORS


def firms_only(
    kind: str,
    source: list[str],
    target: list[str],
    tok: Token,
    ctx: DocContext,
    firm: Callable[[str], bool],
) -> bool:
    """A source and every party of the reading a firm or ordinary, one at least a firm
    (an agreement with its partner too); no verbal type, no authority or legal case in its
    clause, no political actor in its sentence. ``firm`` is ``is_firm`` over the document,
    asked once per actor."""
    if kind in VERBAL_TYPES or not source:
        return False  # an act whose doer the text leaves unsaid may be anyone's
    if kind in PARTNER_TYPES and not target:
        return False  # "the company agreed to clean up the mines": with whom is unsaid
    parties = [*source, *target]
    if not any(firm(p) for p in parties):
        return False
    if not all(firm(p) or _ordinary(p, ctx) for p in parties):
        return False
    if authority_in_clause(tok, ctx) or _legal_case(tok):
        return False
    return not _political_sentence(tok.sent, tok, ctx)


def without_firm_acts(doc: Doc, ctx: DocContext, coded: list[Read]) -> list[Read]:
    """The stage's readings but the commercial acts of firms (rule ``FIRM_PARTIES``): read
    once the events' parties are final, after the merge and the learned reality. Whether an
    actor is a firm depends on the document only, so it is asked once per actor."""

    @cache
    def firm(actor_id: str) -> bool:
        return is_firm(actor_id, ctx)

    kept = []
    for pair in coded:
        item = pair[0]
        span = doc.char_span(*item.trigger, alignment_mode="expand")
        if (
            span is not None
            and len(span)
            and firms_only(item.type, item.source, item.target, span.root, ctx, firm)
        ):
            continue
        kept.append(pair)
    return kept
