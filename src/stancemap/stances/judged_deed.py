"""A party charged with a bad deed in another's words (``stances.claims.judged_deed``).

"Trump said Hillary Clinton 'caused death'", "the senator said Cuba violated the accord",
"'X hid the email for years,' said Y": a quoted clause whose verb, in the active voice, has
another named party as its subject and whose verb or direct object an open lexicon signs
negative is a charge the speaker lays on that party - the speaker's position against it.
``stances.claims.judged_party`` reads the same quotes where the judging word is a copula's
complement ("X is a liar") or a naming verb's ("called X a liar"); this rule reads the
clauses it leaves out, where the charge is a verb of action. Only charges are read: a good
deed told of another ("X kept his promise") is as often a report as a judgement.

- the party is the verb's subject (not a passive subject: "X was attacked" tells what was
  done to X): a name, alias or title the actors stage resolved to a party, never a pronoun
  or a generic agent (``judged_party._party``);
- the sign is the verb's own (the stance lexicon's evaluative cues, else AFINN-165 / VADER,
  ``claim_words.tsv``: "violated", "lied", "cheated"), else its direct object's own word
  ("caused death", "exercised carelessness"), never an adjective's on it ("hid this
  compelling email" is not signed by "compelling"); only a negative sign counts, and a
  negative verb on a negative object ("battled staunch opposition", "fought corruption")
  is a fight against a bad thing, no charge;
- a verb that tells what the party undergoes rather than does (its most frequent WordNet
  3.0 sense a verb of the body, of change, of emotion, of perception or of possession:
  "X lost", "X died", "X suffered", "X received threats") or a contest it is in
  (verb.competition: "X battled staunch opposition"; contending with a party is read by
  the events and the campaign rules) judges no one, nor does a word of suffering or
  feeling (``judged_party.experiencer_words``); a stative verb ("X has problems") is
  signed by its own word only (``data/stances/undergone_verbs.tsv``, built by
  ``stances.undergone_import``);
- who holds it: the speaker of the quote the verb is in (a person, a state or a state body,
  ``judged_subject._voice``; not a cue of evidence, "the poll showed", nor a source phrase
  with no verb of saying, "according to X", ``quotes/source_phrases.tsv``); not the party itself
  nor its own state; not negated ("did not betray"), not under a weak modal or "if"
  (``claims.unasserted``), not conceded or asked, not prescribed ("X should stop"), not
  another's thought inside the quote (``nlp.judgement_grammar.someone_elses_clause``). The three judged
  gates (``judged_gates``: observer, forecast, both named) apply to it as to judged_party.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..datafiles import constants, read_table
from ..ingest import Document
from ..nlp.judgement_grammar import someone_elses_clause
from ..records import Quote
from ..rules import declare
from .claims import ASSERTED, CONCEDED, conceded, unasserted
from .extract import ALIGNMENT, Finding, QuoteIndex
from .hedged import NOTE as HEDGED_NOTE
from .hedged import hedged_clause
from .judged_party import JUDGED_PRONOUN, _party, _with_speaker, clear_pronoun, experiencer_words
from .judged_subject import _negated, _prescribed, _reports_position, own_state, voiced
from .lexicon import Lexicon, claim_words
from .party_voice import PARTY_VOICE
from .polarity import cue_polarity
from .relations import Context, relation_words
from .said_of import SAID_OF
from .topics import lemma

JUDGED_DEED = declare(
    "stances.claims.judged_deed",
    "'Y said X caused death', 'Y said X violated the accord': a quoted clause whose active "
    "verb has another named party as subject and whose verb or direct object an open lexicon "
    "(AFINN/VADER) signs negative is Y's charge against X; a verb of what one undergoes "
    "(WordNet: undergone_verbs.tsv) or a word of suffering judges no one",
    order=76.1,
)

DEED_MAIN_CLAUSE = declare(
    "stances.claims.judged_deed_main_clause",
    "with judged_deed: the charged verb heads a clause the speaker asserts - not an infinitive "
    "('it is hard for X to pressure Y': no deed told), nor a relative or participial clause on "
    "a noun ('criticised the deal that X rejected': the criticism is of the deal)",
    order=76.2,
)

NOTE = "judged-deed"
_SUBJECT = frozenset({"nsubj"})
_OBJECT = frozenset({"dobj", "obj"})


@lru_cache(maxsize=1)
def undergone_verbs() -> dict[str, str]:
    """verb -> "undergone" (what befalls or is held by its subject) or "stative" (a state
    it is in), from the lexicographer file of its most frequent WordNet sense
    (``data/stances/undergone_verbs.tsv``, ``stances.undergone_import``)."""
    rows = read_table("stances/undergone_verbs.tsv", required=("verb", "class"), unique="verb")
    return {r["verb"]: r["class"] for r in rows}


@lru_cache(maxsize=1)
def _attributing() -> frozenset[str]:
    """Source phrases that attribute what is so to a source that is their object, with no
    verb of saying ("according to X", "in the words of X": ``quotes/source_phrases.tsv``,
    class speech, how object): a report of what is so, not the source's charge."""
    rows = read_table("quotes/source_phrases.tsv", required=("phrase", "class", "how"))
    return frozenset(r["phrase"] for r in rows if r["class"] == "speech" and r["how"] == "object")


@lru_cache(maxsize=1)
def _signs() -> dict[str, tuple[int, float]]:
    return claim_words(False)


def _negative(tok: Token, lexicon: Lexicon) -> float | None:
    """The weight of a word's negative sign (evaluative cue, else AFINN/VADER), or None."""
    cue = lexicon.cue("evaluative", lemma(tok))
    if cue is not None:
        return cue.weight if cue.sign < 0 else None
    words = _signs()
    hit = words.get(tok.lower_) or words.get(lemma(tok))
    if hit is None or hit[0] >= 0:
        return None
    return float(hit[1])


def _told_deed(verb: Token) -> bool:
    """Rule ``judged_deed_main_clause``: the verb tells a deed - not an infinitive ("for X to
    pressure Y"), nor a clause modifying a noun ("the deal that X rejected")."""
    if verb.dep_ in ("relcl", "acl"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _charge(verb: Token, lexicon: Lexicon) -> tuple[Token, float] | None:
    """(the charging word, its weight): the verb's own negative sign, else its direct
    object's (the object word itself, not an adjective on it)."""
    experiencer = experiencer_words()
    kind = undergone_verbs().get(lemma(verb))
    if kind in ("undergone", "contest") or lemma(verb) in experiencer:
        return None  # "X lost", "X battled the opposition": undergone, or a contest
    weight = _negative(verb, lexicon)
    objects = [c for c in verb.children if c.dep_ in _OBJECT]
    if weight is not None:
        if any(_negative(o, lexicon) is not None for o in objects):
            return None  # "battled staunch opposition": fighting a bad thing is no charge
        return verb, weight
    if kind == "stative":
        return None  # "X has problems": a state, not a deed
    for obj in objects:
        if lemma(obj) in experiencer or obj.lower_ in experiencer:
            continue
        weight = _negative(obj, lexicon)
        if weight is not None:
            return obj, weight
    return None


def judged_deeds(
    doc: Doc,
    document: Document,
    actors: ActorLayer,
    quotes: list[Quote],
    found: list[Finding],
    lexicon: Lexicon,
    on: frozenset[str],
) -> list[Finding]:
    """Rule ``stances.claims.judged_deed`` over a document."""
    table = constants("stances")
    index = QuoteIndex(quotes)
    ctx = Context(
        doc,
        document,
        actors,
        index,
        quotes,
        [],
        lexicon,
        relation_words(),
        table,
        on=on & frozenset({ASSERTED, CONCEDED, JUDGED_PRONOUN, SAID_OF}),
    )
    related = {(f.holder, a, f.start) for f in found if f.frame == ALIGNMENT for a in f.args}
    related |= {(a, f.holder, f.start) for f in found if f.frame == ALIGNMENT for a in f.args}
    out: list[Finding] = []
    seen: set[tuple[str, str, int]] = set()
    for verb in doc:
        if verb.pos_ != "VERB" or document.is_excluded(verb.idx, verb.idx + len(verb)):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # "X was attacked": done to X
        if DEED_MAIN_CLAUSE in on and not _told_deed(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT), None)
        if subj is None or _with_speaker(subj):
            continue
        party = _party(subj, actors)
        if party is None:
            party = clear_pronoun(subj, verb.idx, None, ctx)
        if party is None:
            continue
        quote = index.at(verb.idx)
        if quote is None or not quote.speaker or not quote.content.start <= subj.idx:
            continue  # the subject inside the quote: the speaker's own words on it
        if not voiced(quote, doc, actors, PARTY_VOICE in on) or not _reports_position(doc, quote):
            continue
        if quote.cue is not None and quote.cue.text.lower() in _attributing():
            continue  # "X struck a deal, according to the Labor Department": a report
        holder = quote.speaker
        if holder == party or party == quote.speaks_for or own_state(holder, party, actors):
            continue
        hit = _charge(verb, lexicon)
        if hit is None:
            continue
        word, weight = hit
        if _negated(word, verb) or someone_elses_clause(verb, quote) or _prescribed(verb):
            continue
        hedged = hedged_clause(verb, word, ctx, on)  # "may have violated the law"
        if ASSERTED in ctx.on and not hedged and unasserted(verb, word, ctx):
            continue
        if CONCEDED in ctx.on and conceded(verb, word, ctx):
            continue
        start, end = ctx.sentence(verb)
        key = (holder, party, start)
        if key in related or key in seen:
            continue
        seen.add(key)
        pol = cue_polarity(word, -1, lexicon, towards_actor=True)
        if pol.sign >= 0:
            continue
        score = float(table["judged_act"]) * weight * quote.confidence * pol.factor
        out.append(
            Finding(
                holder=holder,
                frame=ALIGNMENT,
                args=frozenset({party}),
                polarity=-1,
                confidence=round(min(1.0, score), 3),
                start=start,
                end=end,
                evidence=[quote.id],
                cue=word.i,
                notes=(NOTE, HEDGED_NOTE) if hedged else (NOTE,),
            )
        )
    return out
