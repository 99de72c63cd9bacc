"""A quote that judges another party named off the clause subject (session 71, JS, issue 14).

``stances.claims.judged_subject`` and ``judged_deed`` read a quoted clause whose SUBJECT is
another named party; ``owned_fault`` a fault noun that party possesses. The census of
session 71 (docs/benchmarks.md, the judged-missed pairs of the relations tune files whose
evidence is a quote by one of the pair naming the other) found the other party named off
the subject in shapes no rule reads. Two of them are general and read by syntax here, the
sign from the open lexicon (the stance lexicon's evaluative cues, else AFINN-165 / VADER,
``judged_deed._negative``) and WordNet's feeling words (``feeling_words``, ``stances.feeling_import``):

- ``stances.claims.charged_agent``: the party is the DOER of a charge told off the subject -
  the "by" agent of a passive verb the lexicon signs negative ("X said he had been betrayed
  by Y"), or of a participle on a noun the lexicon signs negative ("a hoax perpetrated by
  Y"), or the "of" owner of a noun that names no act and that a negative adjective qualifies
  ("the criminal networks of Y"). Only a charge, as ``judged_deed``: a good word tells as
  often a report. Never an "of" on a noun of an act ("the murder of Y" is done to Y), nor on
  a noun the lexicon signs itself ("the bitter enemies of Y" are against Y), nor a verb of
  what one undergoes or a contest (``judged_deed.undergone_verbs``), nor a word of suffering
  or feeling.
- ``stances.claims.felt_clause``: the speaker tells her own feeling (a word of feeling
  WordNet and AFINN/VADER give: ``feeling_words``, "glad", "angry", "disappointed",
  "appalled") about a that-clause whose subject is another named party: "I am appalled that
  Y would endorse him", "she said she was pleased that Y had agreed". The feeling's sign is
  the speaker's position towards the doer of an active clause; for a passive clause ("I am
  pleased that Y was punished") the feeling's sign times the verb's (a verb no list signs
  gives nothing); a verb of what one undergoes ("disappointed that Y lost") judges no one,
  nor a good feeling about an active clause whose own verb, object or predicate word the
  lexicon signs negative (``judged_subject.lexicon_sign``: "confident that Y would cheat"; a
  bad feeling about a good word is the usual reproach: "angry that Y would endorse him").
  The feeling's subject is the speaker: I / we, or in reported words a he / she / they the
  actors stage gives the speaker or no one.

Both: the speaker a voice of the judged rules (``judged_subject.voiced``), a quote of a
position (not a cue of evidence), the party a named party (no pronoun, no generic agent),
never the speaker, whom she speaks for, nor one side with her (``judged_subject.one_side``);
the clause asserted (no weak modal, no "if"), not negated, not conceded or asked, not
another's thought inside the quote. A sentence another finding already relates the two in
adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..ingest import Document
from ..nlp.judgement_grammar import FIRST_PERSON
from ..records import Quote
from ..rules import declare
from .claims import act_nouns
from .extract import Finding
from .judged_deed import _negative, _signs, undergone_verbs
from .judged_party import _party, experiencer_words
from .judged_subject import _negated, lexicon_sign, voiced_sentences
from .lexicon import Lexicon
from .owned_fault import clause_verb
from .quoted_charges import QuotedCharges
from .topics import lemma

CHARGED_AGENT = declare(
    "stances.claims.charged_agent",
    "a quoted charge whose doer is another named party off the clause subject - the 'by' "
    "agent of a passive verb the open lexicon signs negative ('X said he was betrayed by Y'), "
    "of a participle on a negative noun ('a hoax perpetrated by Y'), or the 'of' owner of a "
    "noun naming no act that a negative adjective qualifies ('the criminal networks of Y') - "
    "is the speaker's position against that party (session 71 JS, issue 14)",
    order=76.55,
)
FELT_CLAUSE = declare(
    "stances.claims.felt_clause",
    "the speaker's own feeling (a WordNet feeling word AFINN/VADER sign: disappointed, "
    "pleased, appalled) about a that-clause whose subject is another named party ('I am "
    "appalled that Y would endorse him') is her position towards that party: the feeling's "
    "sign for an active deed, times the verb's sign for a passive one; not a verb of what one "
    "undergoes ('disappointed that Y lost') (session 71 JS, issue 14)",
    order=76.56,
)

AGENT_NOTE = "charged-agent"
FELT_NOTE = "felt-clause"
_THIRD = frozenset({"he", "she", "they"})


@lru_cache(maxsize=1)
def feeling_words() -> frozenset[str]:
    """Words of a feeling one has about something: WordNet adjectives of feeling and
    participles of emotion AFINN/VADER sign (``data/stances/feeling_words.txt``, built by
    ``stances.feeling_import``), and the feeling words of ``experiencer_words``."""
    return word_list("stances/feeling_words.txt") | experiencer_words()


def _lexicon_sign(tok: Token, lexicon: Lexicon) -> tuple[int, float] | None:
    """(sign, weight) of a word: the stance lexicon's evaluative cue, else AFINN/VADER."""
    cue = lexicon.cue("evaluative", lemma(tok))
    if cue is not None:
        return (1 if cue.sign > 0 else -1), float(cue.weight)
    words = _signs()
    hit = words.get(tok.lower_) or words.get(lemma(tok))
    if hit is None or hit[0] == 0:
        return None
    return (1 if hit[0] > 0 else -1), float(hit[1])


def _undergone(verb: Token) -> bool:
    """A verb of what one undergoes, or a contest (WordNet, ``undergone_verbs.tsv``), or a
    word of suffering or feeling: no deed."""
    if undergone_verbs().get(lemma(verb)) in ("undergone", "contest"):
        return True
    return lemma(verb) in experiencer_words()


def _parties(tok: Token, actors: ActorLayer) -> Iterator[tuple[Token, str]]:
    """The named parties a noun and its conjuncts name ("Hamas and Islamic Jihad")."""
    for t in (tok, *tok.conjuncts):
        party = _party(t, actors)
        if party is not None:
            yield t, party


def _agent_charge(pobj: Token, lexicon: Lexicon) -> tuple[Token, float] | None:
    """(the charging word, its weight) where ``pobj`` is the object of a verb's "by" agent:
    for a participle on a noun, the noun's negative sign ("a hoax perpetrated by Y"); for a
    passive verb that tells a deed (not a relative clause on a noun, "the man who was
    arrested by Y", nor an infinitive), the verb's own ("he was betrayed by Y")."""
    by = pobj.head
    if pobj.dep_ != "pobj" or by.dep_ != "agent" or by.lower_ != "by":
        return None
    verb = by.head
    if verb.pos_ != "VERB" or _undergone(verb):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # the noun's charge, not the deed's
        noun = verb.head
        if lemma(noun) in experiencer_words():
            return None
        weight = _negative(noun, lexicon)
        return (noun, weight) if weight is not None else None
    if verb.dep_ == "relcl" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "the man who was arrested by Y": a report on the man, not a charge
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None  # "to be punished by Y": no deed told
    weight = _negative(verb, lexicon)
    return (verb, weight) if weight is not None else None


def _owner_charge(pobj: Token, lexicon: Lexicon) -> tuple[Token, float] | None:
    """(the charging adjective, its weight) where ``pobj`` is the "of" owner of a noun that
    names no act, that no list signs itself, and that a negative adjective qualifies ("the
    criminal networks of Y")."""
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or lemma(noun) in act_nouns() or lemma(noun) in experiencer_words():
        return None
    if _lexicon_sign(noun, lexicon) is not None:
        return None  # "the bitter enemies of Y": the noun's own word says who is against whom
    for mod in noun.children:
        if mod.dep_ != "amod" or lemma(mod) in experiencer_words():
            continue
        weight = _negative(mod, lexicon)
        if weight is not None:
            return mod, weight
    return None


def _speaker_subject(subj: Token, quote: Quote, actors: ActorLayer) -> bool:
    """The feeling's subject is the speaker: I / we, or in reported words a he / she / they
    the actors stage gives the speaker or nobody."""
    if subj.lower_ in FIRST_PERSON:
        return True
    if subj.lower_ not in _THIRD or quote.kind == "direct":
        return False
    mention = actors.mention_at(subj.idx, subj.idx + len(subj))
    return mention is None or mention.actor_id in (quote.speaker, quote.speaks_for)


def _felt(clause: Token, quote: Quote, actors: ActorLayer) -> Token | None:
    """The word of feeling a that-clause is the complement of, where its subject is the
    speaker ("I am appalled that ...", "she was pleased that ..."), else None."""
    word = clause.head
    if clause.dep_ != "ccomp" or word.i == clause.i:
        return None
    if lemma(word) not in feeling_words() and word.lower_ not in feeling_words():
        return None
    if word.dep_ == "acomp":  # "I am appalled that ..."
        subj = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    elif word.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in word.children):
        subj = next((c for c in word.children if c.dep_ == "nsubjpass"), None)  # "was dismayed"
    else:
        return None
    if subj is None or not _speaker_subject(subj, quote, actors):
        return None
    return word


def _felt_sign(clause: Token, word: Token, lexicon: Lexicon) -> tuple[int, float] | None:
    """The speaker's sign towards the clause's subject: the feeling's for an active deed,
    times the verb's for a passive one; None for a verb of what one undergoes."""
    feeling = _lexicon_sign(word, lexicon)
    if feeling is None or clause.pos_ != "VERB" or _undergone(clause):
        return None
    sign, weight = feeling
    if any(c.dep_ == "auxpass" for c in clause.children):
        verb = _lexicon_sign(clause, lexicon)
        if verb is None:
            return None
        return sign * verb[0], min(weight, verb[1])
    if sign > 0 and lexicon_sign(clause, lexicon) < 0:
        return None  # "confident that Y would cheat": a good feeling about a bad deed
    return sign, weight


def _readings(
    tok: Token, quote: Quote, actors: ActorLayer, lexicon: Lexicon, agent: bool, felt: bool
) -> Iterator[tuple[Token, Token, str, int, float, str]]:
    """(judged token, charging or feeling word, party, sign, weight, note) at ``tok``."""
    if agent and tok.dep_ == "pobj":
        hit = _agent_charge(tok, lexicon) or _owner_charge(tok, lexicon)
        if hit is not None:
            for t, party in _parties(tok, actors):
                yield t, hit[0], party, -1, hit[1], AGENT_NOTE
    if felt and tok.dep_ == "ccomp" and tok.pos_ == "VERB":
        word = _felt(tok, quote, actors)
        if word is None:
            return
        signed = _felt_sign(tok, word, lexicon)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if signed is None or subj is None:
            return
        for t, party in _parties(subj, actors):
            yield t, word, party, signed[0], signed[1], FELT_NOTE


def off_subject_findings(
    doc: Doc,
    document: Document,
    actors: ActorLayer,
    quotes: list[Quote],
    found: list[Finding],
    lexicon: Lexicon,
    agent: bool = False,
    felt: bool = False,
    parties: bool = False,
) -> list[Finding]:
    """Rules ``stances.claims.charged_agent`` (``agent``) and ``stances.claims.felt_clause``
    (``felt``) over a document's quotes; ``parties``: rule ``stances.claims.party_voice``
    on (a political party speaking is a voice)."""
    if not agent and not felt:
        return []
    charges = QuotedCharges(document, actors, found, lexicon)
    for quote, speaker, piece in voiced_sentences(doc, actors, quotes, parties):
        for tok in piece:
            for judged, word, party, sign, weight, note in _readings(
                tok, quote, actors, lexicon, agent, felt
            ):
                if party in (speaker, quote.speaks_for):
                    continue
                if document.is_excluded(judged.idx, judged.idx + len(judged)):
                    continue
                if note == AGENT_NOTE:
                    verb = clause_verb(word)
                else:  # the feeling's copula, or the feeling's own passive verb
                    verb = word.head if word.dep_ == "acomp" else word
                if verb is None or _negated(word, verb):
                    continue
                charges.add(quote, party, verb, word, judged.sent, sign, weight, note)
    return charges.out
