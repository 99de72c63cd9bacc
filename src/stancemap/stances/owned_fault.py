"""A fault owned by another party in a speaker's words (``stances.claims.owned_fault``).

Session 61, engineer QS (issue 14: a quote that holds both parties but gives no sign).
"Mr Collins said the report highlighted Labour's failure to raise standards", "Bolton
called Obama's ignorance of advice disrespectful": the party the quote judges is neither
the subject of the quoted clause (``stances.claims.judged_subject``, ``judged_deed``) nor
the subject a predicate judges (``judged_party``, ``judged_act``): it owns a noun that is
itself the charge. The census of session 61 (docs/benchmarks.md) found such owned faults
among the judged missed pairs of the BBC and PolNeAR tune files.

A noun in a quote's content that names an act or message (``data/stances/act_nouns.txt``,
WordNet noun.act / noun.communication) or a quality or mind's work
(``data/stances/quality_nouns.txt``, noun.attribute / noun.cognition), that the open
lexicon signs negative (the stance lexicon's evaluative cues, else AFINN-165 / VADER, as
``judged_deed`` reads a verb: "failure", "ignorance", "deceit", "betrayal") and whose
possessor is another named party, is the speaker's charge against that party. Never an
"of" phrase ("the murder of X" is done to X), nor a "by" phrase (on the BBC politics tune
articles the parse hung a verb's agent on the noun: "a move branded a 'humiliating
retreat' by the Tories" - Tessa Jowell's move, the Tories' words), nor a noun naming words or criticism (``claim_nouns_wordnet.txt``,
``criticism_nouns.txt``: "Syria's denials", "X's attacks on Y" - the response and campaign
rules read those), nor a word of suffering or feeling (``judged_party.experiencer_words``).
Only a charge is read: a good quality owned ("Labour's success") is as often a report.
The speaker is a voice of the judged rules (with ``stances.claims.party_voice``, a
party too), not the owner nor one side with it; the noun's clause is asserted (no weak
modal, no "if"), not negated, not conceded or asked, not prescribed, not another's thought
inside the quote; the judged gates apply as to the judged rules.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.named_parties import named_party
from ..datafiles import word_list
from ..ingest import Document
from ..records import Quote
from ..rules import declare
from .extract import Finding
from .judged_deed import _negative
from .judged_party import experiencer_words
from .judged_subject import _negated, _prescribed, voiced_sentences
from .lexicon import Lexicon
from .quoted_charges import QuotedCharges
from .topics import lemma

OWNED_FAULT = declare(
    "stances.claims.owned_fault",
    "a noun naming an act or quality (WordNet noun.act/communication/attribute/cognition) "
    "that the open lexicon signs negative, whose possessor is another named party, in a quote "
    "('X said the report showed Labour's failure') is the speaker's charge against that "
    "party; no 'of' or 'by' owner, no noun of words or criticism, asserted, not negated "
    "(session 61 QS, issue 14)",
    order=76.5,
)

NOTE = "owned-fault"
_CLAUSE_POS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def fault_nouns() -> frozenset[str]:
    """The nouns that may name an owned fault: WordNet acts, messages, qualities and mind's
    work, less the nouns of another's words or of criticism."""
    acts = word_list("stances/act_nouns.txt") | word_list("stances/quality_nouns.txt")
    words = word_list("stances/claim_nouns_wordnet.txt") | word_list("stances/criticism_nouns.txt")
    return frozenset(acts - words - experiencer_words())


def owner_token(noun: Token) -> Token | None:
    """The noun's possessor ("Labour's failure"); never an "of" phrase (what is done to
    its object) nor a "by" phrase (the parse hangs a verb's agent on the noun: "a move
    branded a 'retreat' by the Tories")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def clause_verb(tok: Token) -> Token | None:
    """The verb (or auxiliary) heading the clause the token is in."""
    node = tok
    while node.pos_ not in _CLAUSE_POS:
        if node.head.i == node.i:
            return None
        node = node.head
    return node


def owned_faults(
    doc: Doc,
    document: Document,
    actors: ActorLayer,
    quotes: list[Quote],
    found: list[Finding],
    lexicon: Lexicon,
    parties: bool = False,
) -> list[Finding]:
    """Rule ``stances.claims.owned_fault`` over a document's quotes; ``parties``: rule
    ``stances.claims.party_voice`` on (a political party speaking is a voice)."""
    nouns = fault_nouns()
    charges = QuotedCharges(document, actors, found, lexicon)
    for quote, speaker, piece in voiced_sentences(doc, actors, quotes, parties):
        for tok in piece:
            if tok.pos_ != "NOUN" or lemma(tok) not in nouns:
                continue
            if document.is_excluded(tok.idx, tok.idx + len(tok)):
                continue
            owner_tok = owner_token(tok)
            party = named_party(owner_tok, actors) if owner_tok is not None else None
            if party is None or party in (speaker, quote.speaks_for):
                continue
            weight = _negative(tok, lexicon)
            if weight is None:
                continue
            verb = clause_verb(tok)
            if verb is None or _negated(tok, verb) or _prescribed(verb):
                continue
            charges.add(quote, party, verb, tok, tok.sent, -1, weight, NOTE)
    return charges.out
