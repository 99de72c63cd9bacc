"""'The Obama administration argues that the trade accord will open doors to growth':
the imported CAMEO dictionary gives 'argue', 'claim' and 'contend' a bare code of
disapproval (110) that it applies to any use of the verb. Arguing that something is so is
speech; it disapproves of someone only where what is argued judges badly ("argue the
system is rigged against women", "argued that the order harms residents"). Judges of the
tune files marked most bare readings of these verbs no event ("ordinary verb", "reported
speech as act"); the right ones argue something bad.

Rule ``events.sense.arguing_is_speech`` (session 72 CW, shipped off): a verb of arguing
(``data/events/arguing_verbs.txt``: WordNet's argue.v.01, claim.v.01, assert.v.01 and
their kinds, written by ``speech_sense_import``) coded only by a dictionary's bare row
with a disapproval code (CAMEO 11), whose argued content - its clause, infinitive, object
or 'for' phrase, or the clause a parenthetical "..., X argued" stands beside - holds no
content word the shared claim-word lexicon (AFINN-165, else VADER) signs negative at least
``[events] argued_judgement_min_weight`` (0.6: every signed word), no verb of criticism (``criticism_verbs.tsv``: "argued that X lashed out at the
generals") and no 'too' of excess ("argues government is too big"), is no event. A quarrel keeps its reading: a 'with' / 'against' / 'over' / 'about' / 'on' phrase,
or nothing argued at all ("the two men argued").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import constants, word_list
from ..rules import rule
from . import arguments as args
from .criticism_verbs import criticism_key
from .lexicon import is_bare
from .parts import DocContext, Frame
from .quoted_judgements import claim_signs, claim_weights

ARGUING_FILE = "events/arguing_verbs.txt"
DISAPPROVAL_CODES = "11"  # CAMEO 11x: disapprove, criticise, accuse
# phrases that make arguing a quarrel with someone or a stand against something
QUARREL_PREPS = frozenset({"with", "against", "over", "about", "on"})
# what is argued: a clause, an infinitive, an object, a 'for' phrase
ARGUED_DEPS = ("ccomp", "xcomp", "dobj", "obj")
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})


@lru_cache(maxsize=1)
def arguing_verbs() -> frozenset[str]:
    return word_list(ARGUING_FILE)


def _argued(tok: Token) -> list[Token]:
    """The heads of what the verb argues: its clause, infinitive, object and 'for' phrase,
    or, for a parenthetical verb ("..., some leaders argued"), the clause it stands by."""
    heads = args.children(tok, *ARGUED_DEPS) + args.prep_objects(tok, ["for"])
    # the clause before a parenthetical speech verb is what is argued
    if not heads and tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i:
        heads = [tok.head]
    return heads


def _excess(word: Token) -> bool:
    """ "too big", "too much power": 'too' before the adjective or adverb it grades says more
    than is fit - a judgement ("me too", 'too' after its head, means 'also')."""
    head = word.head
    return (
        word.lower_ == "too"
        and word.dep_ == "advmod"
        and head.pos_ in ("ADJ", "ADV")
        and head.i > word.i
    )


def _judges_badly(heads: list[Token], verb: Token) -> bool:
    """A verb of criticism (WordNet's, ``criticism_verbs.tsv``), a degree of excess ("too
    big") or a content word the claim-word lexicon signs negative in the argued stretch (the clause beside a
    parenthetical verb is read less the verb's own words)."""
    signs, weights = claim_signs(), claim_weights()
    least = float(constants("events")["argued_judgement_min_weight"])
    for head in heads:
        # beside a parenthetical verb the clause holds the verb's own words: leave them out
        own = {w.i for w in verb.subtree} if head.i == verb.head.i else {verb.i}
        for word in head.subtree:
            if word.i in own or word.pos_ not in CONTENT_POS:
                continue
            if word.pos_ == "VERB" and criticism_key(word) is not None:
                return True  # "argued that Trump lashed out at the generals"
            if _excess(word):
                return True  # "argues the government is too big": a degree past what is fit
            key = word.lower_ if word.lower_ in signs else word.lemma_.lower()
            if signs.get(key, 0) < 0 and weights.get(key, 0.0) >= least:
                return True
    return False


@rule(
    "events.sense.arguing_is_speech",
    order=33,
    doc="'the administration argues that the accord will open doors to growth': a verb of "
    "arguing (WordNet's argue, claim, assert and their kinds) coded only by the "
    "dictionary's bare disapproval row (CAMEO 11), with no with / against / over / about / "
    "on phrase, whose argued clause, object or 'for' phrase holds no verb of criticism, no 'too' of "
    "excess and no word AFINN/VADER sign negative ([events] argued_judgement_min_weight), is speech: no event ('argued the vote "
    "was corrupt' stays)",
)
def arguing_is_speech(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "ACCUSE" or frame.nominal or tok.pos_ != "VERB":
        return frame
    if not (frame.code or "").startswith(DISAPPROVAL_CODES):
        return frame
    if frame.row.weight >= 1 or not is_bare(frame.row):
        return frame
    if tok.lemma_.lower() not in arguing_verbs():
        return frame
    if any(c.dep_ == "prep" and c.lower_ in QUARREL_PREPS for c in tok.children):
        return frame
    argued = _argued(tok)
    if not argued:
        return frame  # "the two men argued": a quarrel
    return frame if _judges_badly(argued, tok) else None
