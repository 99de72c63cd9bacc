"""A speaker's judgement of another named party, read from what the quote says (session 38).

Rule ``events.quotes.content_judgement``: "Donald Trump said Hillary Clinton 'caused
death'", "'Culberson is now part of the problem in Washington,' Espinoza said", "Trump told
Newsmax that Mitt Romney 'had a crazy policy of self-deportation'": the judge of real news
reads such a sentence as the speaker's ACCUSE of the party the words judge (PLOVER's
disapprove mode, CAMEO 111 criticise or denounce), and words of praise as SUPPORT (CAMEO
051 praise or endorse), though no verb of the sentence is an event. The events stage reads
the quotes stage's typed ``Quote`` records (it runs after it) and makes one event:

- the quote has a resolved speaker, a party (a person, country, organisation or group),
  and its content is asserted (``Quote.mode``: not negated, a question, hypothetical,
  conditional or future);
- a clause of its content has for subject another named party (a name, alias, title or
  short form, never a pronoun or a generic agent) or a noun that party owns ("Trump's
  comments", "Ms. Brainard's donations"), not the speaker, nor whom the speaker speaks
  for, nor the speaker's own country;
- the clause is not negated and has no modal (a judgement of what may be is not made),
  and is not the complement of another's verb inside the quote ("everybody thought X was
  guilty");
- the signed word is no word of suffering or feeling (``data/stances/experiencer_words.txt``,
  WordNet-derived: "X is the victim of a smear"), praise is not praise where its worth is an
  unsigned complement ("X is responsible for what happens"), and a country's condition
  judges no one unless a complement relates it ("Libya is a mess"; "a haven for X") - the
  same grammar the stances stage's judged-party reading uses, read here on the records;
- what the clause says the party is - its predicate noun or adjective (attr, acomp, oprd),
  their modifiers and prepositional objects, and the adjectives of its object ("had a
  crazy policy") - holds words that the shared claim-word lexicon
  (``data/stances/claim_words.tsv``: AFINN-165, else VADER, not grown from any error)
  signs, all the one way: negative is ACCUSE, positive SUPPORT. The verb and an object
  noun are not read: they tell what the party did or got ("beat Clinton", "won the
  state", "got a huge roar"), not what the speaker thinks of it (a first version that read
  them made 58 new tune readings, about a third of them judgements).

The event: source the speaker, target the party, trigger the first signed word, evidence
the quote's content, ``reported_by`` the quote (the quote stands for it, as for an act told
inside a quote: the stances stage makes no statement of its own from it, the relation
scorer weighs it as a reported event), and a confidence below a narrated event's
(``[events] quoted_judgement_confidence``). None is made where an event already coded in
that sentence, or on the quote's cue ("called him a fraud", "denounced Trump's rhetoric"),
has the party for target: that sentence's judgement is coded already.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors import ActorLayer
from ..actors.clear_pronouns import pronoun_party
from ..actors.named_parties import (
    PARTY_TYPES,
    clause_subject_party,
    named_party,
)
from ..datafiles import constants, read_table, word_list
from ..nlp.judgement_grammar import (
    goal_clause,
    relating_complements,
    someone_elses_clause,
)
from ..records import Quote
from ..rules import declare
from .parts import Coded

CONTENT_JUDGEMENT = declare(
    "events.quotes.content_judgement",
    "an asserted quote whose content judges another named party (its subject, or a noun it "
    "owns, with a predicate the AFINN/VADER claim words sign all one way) is the speaker's "
    "ACCUSE (111) or SUPPORT (051) of it, reported by the quote, at a lower confidence",
    order=90,
)
JUDGED_PRONOUN = declare(
    "events.quotes.judged_pronoun",
    "with events.quotes.content_judgement: a he/she subject of the judged clause is the "
    "person the actors stage resolved it to when that person is named in its sentence or the "
    "one before and no other person named there agrees in gender (an honorific, the stage's "
    "he/she links), the quote's speaker excepted (actors/clear_pronouns.py)",
    order=90.1,
)

INFINITIVE_GOAL = declare(
    "events.quotes.infinitive_goal",
    "with events.quotes.content_judgement: a clause under an infinitive ('needs to show that X "
    "is worthy') is a goal, not the speaker's judgement, unless the infinitive's subject is the "
    "speaker (nlp/judgement_grammar.goal_clause)",
    order=90.3,
)
WEAK_OBJECT_ADJECTIVE = declare(
    "events.quotes.weak_object_adjective",
    "with events.quotes.content_judgement: an adjective of the clause's object judges the "
    "subject only when the claim words sign it at least [events] object_adjective_min_weight "
    "(AFINN 2: 'a crazy policy'); AFINN's 1 grades a thing ('a big sigh'), judges no one",
    order=90.4,
)

NAME_WORDS = declare(
    "events.quotes.name_words_unsigned",
    "with events.quotes.content_judgement: a predicate word that is a named party's mention "
    "('a disaster for the Republican Party') says who, not what the subject is worth: the claim "
    "words do not sign it (AFINN's 'party' no longer cancels 'disaster')",
    order=90.5,
)

CLAIM_WORDS = "stances/claim_words.tsv"
PREDICATE_DEPS = ("attr", "acomp", "oprd")
OBJECT_DEPS = ("dobj",)
MODIFIER_DEPS = ("amod", "compound", "advmod", "conj")
# a quote's content as said outright: None is a content with no word, read as asserted
ASSERTED = frozenset({"asserted"})
ACCUSE_CODE, SUPPORT_CODE = "111", "051"
# WordNet-derived words of what someone suffers or feels, not what they are worth
EXPERIENCER_WORDS = "stances/experiencer_words.txt"
# the prepositions that relate a judging word to something else ("responsible FOR what
# happens", "a haven FOR extremists"): the same grammar the stances stage's judged-party
# reading uses


@lru_cache(maxsize=1)
def claim_signs() -> dict[str, int]:
    """word -> sign of the shared claim-word lexicon (AFINN-165, else VADER)."""
    rows = read_table(CLAIM_WORDS, required=("word", "sign", "weight"))
    return {r["word"]: int(r["sign"]) for r in rows}


@lru_cache(maxsize=1)
def claim_weights() -> dict[str, float]:
    """word -> weight of the shared claim-word lexicon (AFINN 1 is 0.68, 2 is 0.76)."""
    rows = read_table(CLAIM_WORDS, required=("word", "sign", "weight"))
    return {r["word"]: float(r["weight"]) for r in rows}


def _weak(word: Token) -> bool:
    """``events.quotes.weak_object_adjective``: an object's adjective signed below the
    threshold ("a big sigh", "a huge smile")."""
    if not (word.dep_ == "amod" and word.head.dep_ in OBJECT_DEPS):
        return False
    table = claim_weights()
    weight = table.get(word.lower_, table.get(word.lemma_.lower(), 0.0))
    return weight < float(constants("events")["object_adjective_min_weight"])


@lru_cache(maxsize=1)
def experiencer_words() -> frozenset[str]:
    """Words of suffering or feeling ("a victim", "afraid"): they judge no one."""
    return word_list(EXPERIENCER_WORDS)


def _open_complement(word: Token, actors: ActorLayer) -> bool:
    """A praising word whose complement is neither a party nor signed: its worth is the
    complement's ("responsible for what happens", "ready to do it"), no judgement of the
    party."""
    table = claim_signs()
    for comp in relating_complements(word):
        if comp.dep_ == "xcomp":
            return True
        pobj = next((c for c in comp.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None:
            return True
        if named_party(pobj, actors) is None and not table.get(pobj.lower_):
            return True
    return False


def _predicate_words(head: Token) -> list[Token]:
    """The words that say what the subject is: its predicate noun or adjective, their
    modifiers and prepositional objects, and the adjectives of its object ("had a crazy
    policy"). Not the verb, nor an object noun: a verb or a noun of what someone did or
    got ("beat Clinton", "won the state", "caused a stir") reports an act, not a judgement."""
    out: list[Token] = []
    for part in head.children:
        if part.dep_ in PREDICATE_DEPS:
            out.append(part)
            for c in part.children:
                if c.dep_ in MODIFIER_DEPS:
                    out.append(c)
                elif c.dep_ == "prep":
                    out += [p for p in c.children if p.dep_ == "pobj"]
        elif part.dep_ in OBJECT_DEPS:
            out += [c for c in part.children if c.dep_ == "amod"]
    return out


def _unreal(head: Token, words: Iterable[Token]) -> bool:
    """A negated clause or predicate word, or a modal on the clause."""

    def neg(c: Token) -> bool:
        return c.dep_ == "neg"

    if any(neg(c) for c in head.children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True
    return any(neg(c) for w in words for c in w.children)


def _sign(words: list[Token]) -> tuple[int, Token | None]:
    """The one sign of the signed words (0 where none, or both ways) and the first."""
    table = claim_signs()
    signed = [(w, table.get(w.lower_, table.get(w.lemma_.lower(), 0))) for w in words]
    signed = [(w, s) for w, s in signed if s]
    signs = {s for _, s in signed}
    if len(signs) != 1:
        return 0, None
    return signs.pop(), min((w for w, _ in signed), key=lambda t: t.i)


def _own_state(speaker: str, party: str, actors: ActorLayer) -> bool:
    actor, own = actors.actor(party), actors.actor(speaker)
    if actor is None or own is None or actor.type != "country":
        return False
    return own.country is not None and own.country == actor.country


def _coded_already(
    coded: Iterable[Coded], party: str, sentence: tuple[int, int], cue: tuple[int, int] | None
) -> bool:
    """An event coded in the sentence or on the quote's cue has the party for target."""
    for item in coded:
        if party not in item.target:
            continue
        for start, end in [item.trigger, *item.mentions]:
            if sentence[0] <= start < sentence[1]:
                return True
            if cue is not None and start < cue[1] and cue[0] < end:
                return True
    return False


def _pronoun_subject(head: Token, actors: ActorLayer, exclude: frozenset[str]) -> str | None:
    """``events.quotes.judged_pronoun``: the person a he/she subject of the clause
    stands for when its antecedent is clear (never the speaker)."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PRON":
        return None
    return pronoun_party(subj, actors, exclude)


def quote_event(
    quote: Quote,
    party: str,
    word: Token,
    negative: bool,
    confidence: float,
    origin: str,
) -> Coded:
    """The speaker's ACCUSE (``negative``) or SUPPORT of ``party`` at ``word``, reported by
    the quote, its content the evidence."""
    return Coded(
        trigger=(word.idx, word.idx + len(word)),
        type="ACCUSE" if negative else "SUPPORT",
        cameo=ACCUSE_CODE if negative else SUPPORT_CODE,
        source=[quote.speaker] if quote.speaker else [],
        target=[party],
        modality=None,
        subtype="disapprove" if negative else None,
        context=[],
        date=None,
        location=None,
        evidence=(quote.content.start, quote.content.end),
        reported_by=quote.id,
        confidence=confidence,
        origin=origin,
        role="event",
    )


def asserted_party_quotes(
    doc: Doc, actors: ActorLayer, quotes: list[Quote]
) -> Iterator[tuple[Quote, str, Span, frozenset[str]]]:
    """Each quote a party asserts, as (quote, speaker, content span, the parties it is not
    about: the speaker and whom the speaker speaks for) - the quotes both
    content_judgement and charged_deed read."""
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or quote.mode not in ASSERTED:
            continue
        own = actors.actor(speaker)
        if own is None or own.type not in PARTY_TYPES:
            continue
        content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if content is None:
            continue
        yield quote, speaker, content, frozenset(a for a in (speaker, quote.speaks_for) if a)


def quoted_judgements(
    doc: Doc,
    actors: ActorLayer,
    quotes: list[Quote],
    coded: list[Coded],
    pronouns: bool = False,
    grammar: frozenset[str] = frozenset(),
) -> list[Coded]:
    """The events of judging another party read from the quotes' content (``pronouns``:
    rule ``events.quotes.judged_pronoun``; ``grammar``: the names of the clause-shape
    rules that are on, ``events.quotes.infinitive_goal`` and its siblings)."""
    confidence = float(constants("events")["quoted_judgement_confidence"])
    out: list[Coded] = []
    for quote, speaker, content, exclude in asserted_party_quotes(doc, actors, quotes):
        cue = (quote.cue.start, quote.cue.end) if quote.cue else None
        judged: set[str] = set()
        for head in content:
            party = clause_subject_party(head, actors)
            if party is None and pronouns:
                party = _pronoun_subject(head, actors, exclude)
            if party is None or party in judged or party in (speaker, quote.speaks_for):
                continue
            if _own_state(speaker, party, actors):
                continue
            words = [w for w in _predicate_words(head) if content.start <= w.i < content.end]
            if WEAK_OBJECT_ADJECTIVE in grammar:
                words = [w for w in words if not _weak(w)]
            if NAME_WORDS in grammar:
                words = [w for w in words if named_party(w, actors) is None]
            if not words or _unreal(head, words):
                continue
            sign, word = _sign(words)
            if word is None or someone_elses_clause(head, quote):
                continue
            if INFINITIVE_GOAL in grammar and goal_clause(head):
                continue  # "needs to show that X is worthy": a goal, not a judgement
            experiencer = experiencer_words()
            # an adjective of the party's object describes a thing, which feels nothing
            # ("had a crazy policy"); the party's own predicate may say what it suffers
            of_object = word.dep_ == "amod" and word.head.dep_ in OBJECT_DEPS
            if not of_object and (word.lower_ in experiencer or word.lemma_.lower() in experiencer):
                continue  # "X was a victim", "X is afraid": suffered or felt, not judged
            if sign > 0 and any(_open_complement(w, actors) for w in words):
                continue  # "X is responsible for what happens": the complement decides
            party_actor = actors.actor(party)
            country = party_actor is not None and party_actor.type == "country"
            if country and not any(relating_complements(w) for w in words):
                continue  # "Libya is a mess": a state's condition, no one judged
            sent = (head.sent.start_char, head.sent.end_char)
            if _coded_already([*coded, *out], party, sent, cue):
                continue
            judged.add(party)
            out.append(
                quote_event(quote, party, word, sign < 0, confidence, "rule:quoted_judgement")
            )
    return out
