"""A tie ended, a lead refused: how a leader breaks with a former ally (``stances.ties.*``).

The founding kind of story (a leader distancing himself from an ally) says the break
mostly in the leader's own words, without a verb of attacking or backing the ally:

- ended: a noun of a standing tie with a named partner ("alliance with X", "ties with
  X", "the pact between X and Y") that its holder ends ("we are ending our alliance with
  X", "the decision to cut ties with X", "withdrew from the pact with X") or declares
  over ("the pact with X has outlived its purpose", "that alliance is finished") sets the
  holder against the partner. The holder is the ending verb's subject, a first-person
  subject's speaker, the possessor of the noun the verb hangs on ("his cabinet's
  decision to end ..."), or the speaker of the quote that declares the tie over. A tie
  named without its partner ("that alliance") takes the partner of the nearest earlier
  tie noun that names one, a few sentences back. With ``stances.ties.partners_around`` a
  tie noun whose own children name no partner takes the one the syntax around it names:
  a coordinated or appositive tie noun's ("ended the accord and the alliance with X"), a
  "with"/"to"/"between" phrase the parser hangs on the verb whose object the tie is
  ("scrapped the deal with X", "denounced its treaty with X"), or, where none is named, a
  possessor of a known country other than every holder's ("X tore up Greece's treaty");
  A body of members left ("quit NATO", "Britain's decision to leave the European Union",
  an organization of sector IGO or PTY as the object of a ``leave`` verb) is such a tie too;
- made: a tie its holder makes, mends or deepens ("X and Y signed a pact", "pledged to
  deepen cooperation", "we will restore ties with Y") sets its parties (the verb's
  conjoined subjects, or the speaker, and the partners it names) beside each other; refused
  or negated, against (``cue_polarity``);
Words are in ``data/stances/ties.tsv`` (by hand), or with ``stances.ties.wordnet_words``
in ``data/stances/ties_wordnet.tsv`` (from WordNet by ``stances.ties_import``, session 23); the confidence is ``narrated_relation`` (data/
constants.toml) times the word's weight, the polarity factor and the holder's confidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare, rule
from .campaign import holder_findings
from .extract import Finding, _subject
from .polarity import cue_polarity
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

Holders = Callable[[Token], list[tuple[str, float, list[str]]]]

_FIRST_PERSON = {"we", "i", "our", "my", "us", "me"}
_PARTNER_PREPS = ("with", "between")
_ANTECEDENT_SENTENCES = 3  # how far back "that alliance" looks for the tie it names


@dataclass(frozen=True)
class TieWords:
    table: dict[str, dict[str, tuple[int, float]]]  # kind -> words -> (sign, weight)

    def get(self, kind: str, words: str) -> tuple[int, float] | None:
        return self.table.get(kind, {}).get(words)


WORDNET_WORDS = declare(
    "stances.ties.wordnet_words",
    "the tie words of stances.ties.* from WordNet (data/stances/ties_wordnet.tsv, built by "
    "stances.ties_import with a small hand part) instead of the hand list data/stances/ties.tsv",
    order=57.9,
)


@lru_cache(maxsize=2)
def tie_words(wordnet: bool = False) -> TieWords:
    """The tie words: the hand list (``ties.tsv``), or with ``wordnet`` the list
    ``stances.ties_import`` derives from WordNet (``ties_wordnet.tsv``)."""
    path = "stances/ties_wordnet.tsv" if wordnet else "stances/ties.tsv"
    table: dict[str, dict[str, tuple[int, float]]] = {}
    for row in read_table(path, required=("kind", "words", "sign", "weight")):
        words = " ".join(row["words"].lower().split())
        table.setdefault(row["kind"], {})[words] = (int(row["sign"]), float(row["weight"]))
    return TieWords(table)


def _words(ctx: Context | None) -> TieWords:
    """The tie words ``ctx``'s switches choose (the hand list without a context)."""
    on: frozenset[str] = getattr(ctx, "on", frozenset())
    return tie_words(WORDNET_WORDS in on)


def _group(ctx: Context, head: Token) -> list[str]:
    """The actors a phrase and its conjuncts name ("X and Y")."""
    out = [a for t in [head, *head.conjuncts] if (a := ctx.actor_of(t)) is not None]
    return list(dict.fromkeys(out))


def _own_partners(ctx: Context, noun: Token) -> list[str]:
    """The parties a noun's own children name: "with X", "between X and Y", "the X-Y pact"."""
    out: list[str] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out += _group(ctx, obj)
    for comp in (c for c in noun.children if c.dep_ == "compound"):
        out += _group(ctx, comp)
    return list(dict.fromkeys(out))


PARTNERS_AROUND = declare(
    "stances.ties.partners_around",
    "the partner of a tie noun that names none itself, read from the syntax around it: a "
    "coordinated or appositive noun's ('the accord and the pact with X', 'the deal, a pact "
    "with X'), or a 'with'/'to'/'between' phrase the parser hangs on the verb whose object "
    "the tie is ('scrapped the deal with X', 'denounced its treaty with X', 'withdrew from "
    "the pact with X'); and, where the tie names no partner at all, a possessor that is not "
    "its holder ('X tore up Y's treaty')",
    order=57.95,
)

_VERB_PARTNER_PREPS = ("with", "to", "between")
_TIE_SLOTS = ("dobj", "obj", "nsubjpass")


def _linked_nouns(tie: Token) -> list[Token]:
    """The nouns coordinated or in apposition with ``tie`` ("the accord and the pact",
    "the deal, a pact"), and the one it is coordinated or in apposition with."""
    out = [*tie.conjuncts, *(c for c in tie.children if c.dep_ == "appos")]
    if tie.dep_ == "appos" and tie.head.pos_ in ("NOUN", "PROPN"):
        out.append(tie.head)
    if tie.dep_ == "dobj" and tie.head.pos_ == "VERB":  # "ended the accord, a pact with X"
        out += [c for c in tie.head.children if c.dep_ == "dobj" and c.i != tie.i]
    return [t for t in dict.fromkeys(out) if t.pos_ == "NOUN"]


def _governing_verb(tie: Token) -> Token | None:
    """The verb whose object ``tie`` is ("scrapped the deal", "the deal was scrapped"), or
    whose preposition's object ("withdrew from the pact")."""
    if tie.dep_ in _TIE_SLOTS and tie.head.pos_ == "VERB":
        return tie.head
    if tie.dep_ == "pobj" and tie.head.dep_ in ("prep", "prt", "advmod"):
        found = _verb_of_prep(tie.head)
        return found[0] if found is not None else None
    return None


def _partners_around(ctx: Context, tie: Token) -> list[str]:
    """The partners the syntax around a tie noun names when its own children name none."""
    out: list[str] = []
    for noun in _linked_nouns(tie):
        out += _own_partners(ctx, noun)
    if out:
        return list(dict.fromkeys(out))
    verb = _governing_verb(tie)
    if verb is None:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _VERB_PARTNER_PREPS or prep == tie.head:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out += _group(ctx, obj)
    return list(dict.fromkeys(out))


def _partners(ctx: Context, tie: Token) -> list[str]:
    """The parties a tie noun names: "with X", "between X and Y", "the X-Y pact"; with
    ``stances.ties.partners_around``, also those the syntax around it names."""
    out = _own_partners(ctx, tie)
    if out or PARTNERS_AROUND not in getattr(ctx, "on", frozenset()):
        return out
    return _partners_around(ctx, tie)


def _owner_partners(ctx: Context, tie: Token, held: list[str]) -> list[str]:
    """ "X tore up Y's treaty": a named possessor of a tie that names no partner is its other
    party (``stances.ties.partners_around``) only where it is of a known country other than
    every holder's; the possessor is mostly the holder's side ("Trump tore up America's
    deal"), so an actor of unknown or the same country is no partner."""
    if PARTNERS_AROUND not in getattr(ctx, "on", frozenset()) or not held:
        return []
    countries = {_country(ctx, h) for h in held}
    if None in countries:
        return []
    out: list[str] = []
    for owner in (c for c in tie.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        for actor in _group(ctx, owner):
            country = _country(ctx, actor)
            if actor not in held and country is not None and country not in countries:
                out.append(actor)
    return list(dict.fromkeys(out))


def _country(ctx: Context, actor_id: str) -> str | None:
    actor = ctx.actors.actor(actor_id)
    return actor.country if actor is not None else None


def _is_tie(tok: Token, ctx: Context | None = None) -> tuple[int, float] | None:
    """A common noun of a tie; never a word of a name ("the European Union")."""
    if tok.pos_ != "NOUN":
        return None
    if ctx is not None and ctx.actors.mention_at(tok.idx, tok.idx + len(tok)) is not None:
        return None
    return _words(ctx).get("tie", lemma(tok))


_BODY_SECTORS = {"IGO", "PTY"}  # bodies of members one leaves: alliances, unions, parties


def _left_body(ctx: Context, tok: Token) -> tuple[Token, tuple[int, float], str] | None:
    """ "quit NATO", "leave the European Union": a body of members left by the verb's subject."""
    actor_id = ctx.actor_of(tok)
    actor = ctx.actors.actor(actor_id) if actor_id is not None else None
    if actor is None or actor.type != "organization" or actor.sector not in _BODY_SECTORS:
        return None
    words = _words(ctx)
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        hit = words.get("leave", lemma(tok.head))
        return (tok.head, hit, actor.id) if hit is not None else None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        found = _verb_of_prep(tok.head)
        if found is None:
            return None
        verb, key = found
        hit = words.get("leave", key)
        return (verb, hit, actor.id) if hit is not None else None
    return None


def _verb_of_prep(prep: Token) -> tuple[Token, str] | None:
    """The verb a preposition belongs to and their words: "withdraw from", "pull out of" (the
    parser hangs "of" on the particle, or the particle and "of" both on the verb)."""
    verb = prep.head
    if verb.dep_ in ("prt", "advmod") and verb.head.pos_ == "VERB":
        return verb.head, f"{lemma(verb.head)} {verb.lower_} {prep.lower_}"
    if verb.pos_ != "VERB":
        return None
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    middle = f" {particle.lower_}" if particle is not None else ""
    return verb, f"{lemma(verb)}{middle} {prep.lower_}"


def _earlier_partners(ctx: Context, tie: Token) -> list[str]:
    """The partners of the nearest earlier tie noun that names them, a few sentences back
    ("partnership with Eritrea ... That alliance is finished")."""
    sent = tie.sent
    first = sent.start
    for _ in range(_ANTECEDENT_SENTENCES):
        if first == 0:
            break
        first = ctx.doc[first - 1].sent.start
    for i in range(tie.i - 1, first - 1, -1):
        tok = ctx.doc[i]
        if _is_tie(tok, ctx) is not None:
            found = _partners(ctx, tok)
            if found:
                return found
    return []


def _tie_partners(ctx: Context, tie: Token) -> list[str]:
    found = _partners(ctx, tie)
    if found:
        return found
    owners = [c for c in tie.children if c.dep_ == "poss"]
    if any(ctx.actor_of(o) is not None and o.lower_ not in _FIRST_PERSON for o in owners):
        return []  # "Russia's alliance" with nobody named: whose partner is not said
    return _earlier_partners(ctx, tie)


def _possessor_holders(ctx: Context, noun: Token) -> list[tuple[str, float, list[str]]]:
    """ "his cabinet's decision to end ...": the possessor of the noun a verb hangs on."""
    out: list[tuple[str, float, list[str]]] = []
    quote = ctx.quotes.at(noun.idx)
    evidence = [quote.id] if quote is not None else []
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        actor = ctx.actor_of(owner)
        if actor is not None:
            out.append((actor, quote.confidence if quote else 1.0, evidence))
        elif owner.lower_ in _FIRST_PERSON and quote is not None and quote.speaker:
            out.append((quote.speaker, quote.confidence, evidence))
    return out


def _speaker_holders(ctx: Context, tok: Token) -> list[tuple[str, float, list[str]]]:
    quote = ctx.quotes.at(tok.idx)
    if quote is None or not quote.speaker:
        return []
    return [(quote.speaker, quote.confidence, [quote.id])]


def _ending_verb(tie: Token, ctx: Context) -> tuple[Token, tuple[int, float]] | None:
    """The verb that ends ``tie``: its object ("ended the alliance", "the pact was
    scrapped") or the object of its preposition ("withdrew from the pact")."""
    words = _words(ctx)
    slot = tie
    if tie.dep_ == "pobj" and tie.head.lower_ == "of" and tie.head.head.pos_ == "NOUN":
        slot = tie.head.head  # "to end 36 years of relations with X": the span of the tie
    if slot.dep_ in ("dobj", "obj", "nsubjpass"):
        verb = slot.head
        if verb.pos_ != "VERB":
            return None
        particles = [lemma(c) for c in verb.children if c.dep_ == "prt"]
        for key in [f"{lemma(verb)} {p}" for p in particles] + [lemma(verb)]:
            hit = words.get("end", key)
            if hit is not None:
                return verb, hit
        return None
    if tie.dep_ == "pobj" and tie.head.dep_ in ("prep", "prt", "advmod"):
        found = _verb_of_prep(tie.head)
        if found is None:
            return None
        verb, key = found
        hit = words.get("end_from", key)
        if hit is not None:
            return verb, hit
    return None


def _declared_over(tie: Token, ctx: Context) -> tuple[Token, tuple[int, float]] | None:
    """The predicate that says ``tie`` has ended: "has expired", "had outlived its purpose",
    "is finished/over"."""
    if tie.dep_ not in ("nsubj", "nsubjpass"):
        return None
    words = _words(ctx)
    verb = tie.head
    if verb.pos_ == "VERB":
        if tie.dep_ == "nsubj":
            hit = words.get("ended", lemma(verb))
        else:  # "that alliance is finished", parsed as a passive
            hit = words.get("over", verb.lower_)
        if hit is not None:
            return verb, hit
    for comp in (c for c in verb.children if c.dep_ in ("acomp", "attr", "advmod", "oprd")):
        hit = words.get("over", comp.lower_) or words.get("over", lemma(comp))
        if hit is not None:
            return verb, hit
    return None


@rule(
    "stances.ties.ended",
    order=58,
    doc="'we are ending our alliance with X', 'the pact with X has outlived its purpose', "
    "'that alliance is finished': whoever ends or declares over a tie with X is against X",
)
def ended(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    if tok.dep_ not in ("dobj", "obj", "nsubjpass", "pobj", "nsubj"):
        return []
    tie = _is_tie(tok, ctx)
    if tie is None:
        left = _left_body(ctx, tok) if tok.pos_ in ("PROPN", "NOUN") else None
        if left is None:
            return []
        verb, hit, body = left
        held = holders(verb)
        if not held and verb.dep_ in ("acl", "xcomp", "relcl") and verb.head.pos_ == "NOUN":
            held = _possessor_holders(ctx, verb.head)  # "Britain's decision to leave the EU"
        if not held:
            return []
        pol = cue_polarity(verb, hit[0], ctx.lexicon, towards_actor=True)
        conf = ctx.table["narrated_relation"] * hit[1] * pol.factor
        return holder_findings(ctx, verb, held, [body], pol.sign, conf, "tie-ended")
    ending = _ending_verb(tok, ctx)
    declared = ending is None
    if declared:
        ending = _declared_over(tok, ctx)
    if ending is None:
        return []
    verb, hit = ending
    partners = _tie_partners(ctx, tok)
    if not partners and not declared:  # "X tore up Y's treaty" (stances.ties.partners_around)
        partners = _owner_partners(ctx, tok, [h[0] for h in holders(verb)])
    if not partners:
        return []
    if declared:
        held = _speaker_holders(ctx, verb) or _possessor_holders(ctx, tok)
        if not held and len(partners) >= 2:  # "the alliance between X and Y is over"
            held = [(partners[0], 1.0, [])]
    else:
        held = holders(verb)
        if not held and verb.dep_ in ("acl", "xcomp", "relcl") and verb.head.pos_ == "NOUN":
            held = _possessor_holders(ctx, verb.head) + _speaker_holders(ctx, verb)
        if not held:
            held = _speaker_holders(ctx, verb) if verb.dep_ != "ROOT" else []
    if not held:
        return []
    pol = cue_polarity(verb, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["narrated_relation"] * tie[1] * hit[1] * pol.factor
    held = list({h[0]: h for h in held}.values())
    return holder_findings(ctx, verb, held, partners, pol.sign, conf, "tie-ended")


@rule(
    "stances.ties.made",
    order=58.5,
    doc="'X and Y signed a pact', 'pledged to deepen cooperation', 'we will restore ties with "
    "Y': the parties of a tie its holders make, mend or deepen are aligned",
)
def made(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    if tok.dep_ not in ("dobj", "obj") or tok.head.pos_ != "VERB":
        return []
    tie = _is_tie(tok, ctx)
    if tie is None:
        return []
    verb = tok.head
    hit = _words(ctx).get("make", lemma(verb))
    if hit is None:
        return []
    held = holders(verb)
    subj, _passive = _subject(verb)
    if not held:
        return []
    if subj is not None and subj.conjuncts:  # "X and Y pledged to deepen cooperation"
        conf, evidence = held[0][1], held[0][2]
        have = {h[0] for h in held}
        held += [(a, conf, list(evidence)) for a in _group(ctx, subj) if a not in have]
    named = _partners(ctx, tok) or _owner_partners(ctx, tok, [h[0] for h in held])
    parties = list(dict.fromkeys([h[0] for h in held] + named))
    if len(parties) < 2:
        return []
    pol = cue_polarity(verb, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["narrated_relation"] * tie[1] * hit[1] * pol.factor
    return holder_findings(ctx, verb, held, parties, pol.sign, conf, "tie-made")


TIE_RULES: list[tuple[str, Callable[[Token, Context, Holders], list[Finding]]]] = [
    ("stances.ties.ended", ended),
    ("stances.ties.made", made),
]
