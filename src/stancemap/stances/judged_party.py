"""A party judged by an evaluative predicate (``stances.claims.judged_party``).

"Canada had become a safe haven for extremists", "Australia has been a true friend to
Tuvalu", "he is corrupt", said by Y; "Y, who called Maduro a 'dictator'": the judged party
is found by syntax and the sign by an open lexicon, never by a model:

- the party is the SUBJECT of a copular predicate (a predicate noun or adjective:
  ``claims._predicate``'s copula shape, "became", "has been", "remains"), or the OBJECT of
  a verb of naming ("called X a liar", "described X as reckless"; a quoted name the parser
  hung elsewhere, 'called X "a danger to peace"', is the quote opening right after the
  object); a name, a capital or a third-person pronoun the actors stage resolved to a
  party;
- the sign is the predicate word's own: the stance lexicon's evaluative cues, else
  AFINN-165 / VADER (``claim_words.tsv``), else the WordNet signs built from them
  (``wordnet_signs.tsv``), a conjunct's or an adjective's on the predicate noun ("a true
  friend"); "for"/"to" a bad thing turns it ("a safe haven for extremists",
  ``claims._for_whom``); negation through ``cue_polarity``. A predicate no list signs
  ("X is the president", "X had no mandate") is a description and gives nothing;
- a predicate word that names what the party suffers or feels rather than what it is
  worth ("X was a victim", "X is afraid"; WordNet: ``data/stances/experiencer_words.txt``
  by ``experiencer_import``) judges no one.

Who holds it: the speaker of the quote the predicate is in (a person, a state or a state
body, ``judged_subject._voice``; not a cue of evidence, "the poll showed"); for a verb of
naming, its subject, or the noun a relative clause of naming hangs on ("Milei, who called
Maduro a dictator"). Never the speaker or his principal on himself; not under a weak modal
or "if" (``claims.unasserted``), not conceded or asked (``claims.conceded``), not
prescribed ("X should be ..."). A sentence where another finding already relates the
holder to the party adds nothing. Unlike ``stances.claims.judged_subject`` (a learned
model's sign on any clause with a party as subject) a clause whose predicate is a verb of
action ("X sent troops", "X kept every promise") is not read here.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.clear_pronouns import pronoun_party
from ..datafiles import constants, word_list
from ..ingest import Document
from ..nlp.judgement_grammar import FIRST_PERSON, relating_complements, someone_elses_clause
from ..records import Quote, is_agent_id
from ..rules import declare
from .claims import (
    ASSERTED,
    CONCEDED,
    DERIVED_NOUN_SIGN,
    MODIFIER_CLAUSE,
    _judgement,
    _predicate,
    _sign_of,
    conceded,
    unasserted,
)
from .controlled import FOR_GERUND, controller_object
from .extract import ALIGNMENT, PARTY_TYPES, Finding, QuoteIndex
from .hedged import HEDGED_CHARGE, hedged_clause
from .hedged import NOTE as HEDGED_NOTE
from .judged_subject import _prescribed, _reports_position, own_state, voiced
from .lexicon import Lexicon
from .naming_signs import NAMING_HYPERNYM_SIGN, name_hypernym_sign
from .owner_naming import JUDGED_OWNER_NAMING, owned_party
from .party_voice import PARTY_VOICE
from .polarity import cue_polarity
from .relations import Context, relation_words
from .said_of import SAID_OF, said_of_party
from .topics import lemma

JUDGED_PARTY = declare(
    "stances.claims.judged_party",
    "a quoted copular predicate judging another named party ('Y said Canada had become a "
    "safe haven for extremists', 'X has been a true friend') or a verb of naming ('Y called X "
    "a liar') is Y's position towards X, signed only by an open lexicon (AFINN/VADER, WordNet "
    "signs); a predicate no lexicon signs, or one of suffering or feeling, gives nothing",
    order=76,
)

JUDGED_PRONOUN = declare(
    "stances.claims.judged_pronoun",
    "with stances.claims.judged_party / judged_deed: a he/she/him/her is the judged party the "
    "actors stage resolved it to when that person is named in its sentence or the one before "
    "and no other person named there agrees in gender (an honorific, the stage's he/she "
    "links), the quote's speaker and the naming subject excepted (actors/clear_pronouns.py)",
    order=76.1,
)

# the claims switches this rule honours, as the stage passes them in ``on``
JUDGED_PARTY_SWITCHES = (
    ASSERTED,
    CONCEDED,
    DERIVED_NOUN_SIGN,
    MODIFIER_CLAUSE,
    JUDGED_PRONOUN,
    SAID_OF,
    NAMING_HYPERNYM_SIGN,
    FOR_GERUND,
    HEDGED_CHARGE,
    JUDGED_OWNER_NAMING,
    PARTY_VOICE,
)

_UNNAMED = ("agent",)  # a generic agent ("some people") names no party
_COPULAR = frozenset({"acomp", "attr"})
_NAMING_OBJ = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def experiencer_words() -> frozenset[str]:
    """Words that name what one suffers or feels, not what one is worth (WordNet,
    ``data/stances/experiencer_words.txt`` built by ``experiencer_import``)."""
    return word_list("stances/experiencer_words.txt")


def _party(tok: Token, actors: ActorLayer) -> str | None:
    """The party a subject or object token names: a name, alias, title or capital; never a
    generic agent ("some people", "U.S. companies") nor a pronoun (real news: the salient
    antecedent was another person in 8 of 11 judged)."""
    if tok.pos_ == "PRON":
        return None
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is None or mention.how in _UNNAMED:
        return None
    if is_agent_id(mention.actor_id):
        return None
    actor = actors.actor(mention.actor_id)
    if actor is None or actor.type not in PARTY_TYPES:
        return None
    return mention.actor_id


def clear_pronoun(subj: Token, at: int, naming_verb: Token | None, ctx: Context) -> str | None:
    """``stances.claims.judged_pronoun``: the person a pronoun subject or object stands
    for when its antecedent is clear, the persons it cannot be set aside - the speaker of
    the quote at ``at`` and whom he speaks for, or the naming verb's subject."""
    if JUDGED_PRONOUN not in ctx.on or subj.pos_ != "PRON":
        return None
    exclude: set[str] = set()
    quote = ctx.quotes.at(at)
    if quote is not None:
        exclude |= {a for a in (quote.speaker, quote.speaks_for) if a}
    if naming_verb is not None and (namer := _naming_holder(naming_verb, ctx)) is not None:
        exclude.add(namer)
    if SAID_OF in ctx.on and quote is not None:
        # "'He is a liar,' X said of Y": the report names whom "he" is
        person = said_of_party(subj, quote, ctx.actors, frozenset(exclude))
        if person is not None:
            return person
    return pronoun_party(subj, ctx.actors, frozenset(exclude))


def _with_speaker(subj: Token) -> bool:
    """ "Anthony and I remain devoted": a subject joined with the speaker's own pronoun."""
    return any(c.lower_ in FIRST_PERSON for c in subj.conjuncts)


def _open_complement(word: Token, ctx: Context) -> bool:
    """A praising word whose complement is neither a party nor signed ("responsible for
    what happens", "a supporter of legalizing", "ready to do it"): its worth is the
    complement's, which no list gives, so it is no judgement of the party."""
    for comp in relating_complements(word):
        if comp.dep_ == "xcomp":
            return True
        pobj = next((c for c in comp.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None:
            return True
        if ctx.actor_of(pobj) is not None:
            continue
        if _sign_of(pobj, ctx) is None:
            return True
    return False


def _naming_holder(verb: Token, ctx: Context) -> str | None:
    """Who names: the naming verb's subject ("X called Y a liar"), or, for a relative
    clause ("X, who called Y a liar"), the noun it hangs on; with
    ``stances.campaign.for_gerund``, the one a verb of judging judges for the naming ("Z
    rebuked X for calling Y a liar")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WP" and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None and FOR_GERUND in ctx.on:
        found = controller_object(verb, ctx)
        subj = found[1][0] if found is not None else None
    if subj is None:
        return None
    return _party(subj, ctx.actors)


def _quoted_name(verb: Token, ctx: Context) -> tuple[Token, Token] | None:
    """(object, name) of 'called X "a danger to peace"' where the parser hung the quoted name
    elsewhere (an apposition of the sentence's subject): the attribution whose content
    opens right after the object is the name; its root noun or adjective names it."""
    obj = next((c for c in verb.children if c.dep_ in _NAMING_OBJ), None)
    if obj is None:
        return None
    after = obj.right_edge.idx + len(obj.right_edge)
    for quote in ctx.all_quotes:
        if not 0 <= quote.content.start - after <= 3:
            continue
        span = ctx.doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is not None and span.root.pos_ in ("NOUN", "ADJ"):
            return obj, span.root
    return None


def judged_parties(
    doc: Doc,
    document: Document,
    actors: ActorLayer,
    quotes: list[Quote],
    found: list[Finding],
    lexicon: Lexicon,
    on: frozenset[str],
) -> list[Finding]:
    """Rule ``stances.claims.judged_party`` over a document."""
    table = constants("stances")
    ctx = Context(
        doc,
        document,
        actors,
        QuoteIndex(quotes),
        quotes,
        [],
        lexicon,
        relation_words(),
        table,
        on=on & frozenset(JUDGED_PARTY_SWITCHES),
    )
    related = {(f.holder, a, f.start) for f in found if f.frame == ALIGNMENT for a in f.args}
    related |= {(a, f.holder, f.start) for f in found if f.frame == ALIGNMENT for a in f.args}
    experiencer = experiencer_words()
    out: list[Finding] = []
    seen: set[tuple[str, str, int]] = set()
    for tok in doc:
        if tok.dep_ == "conj" or document.is_excluded(tok.idx, tok.idx + len(tok)):
            continue
        naming = tok.pos_ == "VERB" and ctx.words.get("naming", lemma(tok)) is not None
        if not naming and not (tok.dep_ in _COPULAR and tok.pos_ in ("ADJ", "NOUN")):
            continue
        hit = _predicate(tok, ctx)
        if hit is None and naming:
            hit = _quoted_name(tok, ctx)
        if hit is None:
            continue
        subj, word = hit
        if naming and subj.dep_ not in _NAMING_OBJ:
            continue
        party = _party(subj, actors)
        if party is None:
            party = clear_pronoun(
                subj, tok.idx if not naming else word.idx, tok if naming else None, ctx
            )
        if party is None and naming and JUDGED_OWNER_NAMING in ctx.on:
            party = owned_party(subj, ctx)  # "called Y's ignorance disrespectful"
        if party is None or _with_speaker(subj):
            continue
        judged = _judgement(word, ctx)
        if judged is None and naming and NAMING_HYPERNYM_SIGN in ctx.on:
            judged = name_hypernym_sign(word)  # "called Y a bigot": WordNet's kind of person
        if judged is None:
            continue  # a description no open lexicon signs: "X is the president"
        judge_tok, (sign, weight) = judged
        if lemma(judge_tok) in experiencer or judge_tok.lower_ in experiencer:
            continue  # "X was a victim", "X is afraid": suffered or felt, not judged
        if sign > 0 and (_open_complement(judge_tok, ctx) or _open_complement(word, ctx)):
            continue  # "responsible for what happens": the complement's worth decides
        party_actor = actors.actor(party)
        if (
            party_actor is not None
            and party_actor.type == "country"
            and not relating_complements(word)
        ):
            continue  # "Libya is a mess": a state's condition; "a haven for X" relates it
        quote = ctx.quotes.at(tok.idx if not naming else word.idx)
        holder: str | None = None
        conf = 1.0
        evidence: list[str] = []
        if naming and (quote is None or quote.content.start > tok.idx):
            holder = _naming_holder(tok, ctx)
            if quote is not None and quote.speaker == holder:
                evidence = [quote.id]
                conf = quote.confidence
        elif quote is not None and quote.speaker:
            if not voiced(quote, doc, actors, PARTY_VOICE in ctx.on):
                continue
            if not _reports_position(doc, quote):
                continue
            if party == quote.speaks_for or someone_elses_clause(
                tok.head if tok.dep_ in _COPULAR else tok, quote
            ):
                continue
            holder, evidence, conf = quote.speaker, [quote.id], quote.confidence
        if holder is None or holder == party or own_state(holder, party, actors):
            continue
        hedged = hedged_clause(tok, word, ctx, ctx.on)  # "may have been a violation"
        if ASSERTED in ctx.on and not hedged and unasserted(tok, word, ctx):
            continue
        if CONCEDED in ctx.on and conceded(tok, word, ctx):
            continue
        if _prescribed(tok.head if tok.dep_ in _COPULAR else tok):
            continue
        start, end = ctx.sentence(tok)
        key = (holder, party, start)
        if key in related or key in seen:
            continue
        seen.add(key)
        pol = cue_polarity(judge_tok, sign, lexicon, towards_actor=True)
        if pol.sign == 0 or (hedged and pol.sign > 0):
            continue  # a hedged praise ("may have been a hero"): no claim
        score = float(table["judged_act"]) * weight * conf * pol.factor
        out.append(
            Finding(
                holder=holder,
                frame=ALIGNMENT,
                args=frozenset({party}),
                polarity=pol.sign,
                confidence=round(min(1.0, score), 3),
                start=start,
                end=end,
                evidence=evidence,
                cue=word.i,
                notes=("judged-party", HEDGED_NOTE) if hedged else ("judged-party",),
            )
        )
    return out
