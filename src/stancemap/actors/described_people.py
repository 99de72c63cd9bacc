"""A person named by a definite description: "The presumptive nominee will ...", "the New
York billionaire has boasted ...", "The actress said ..." (session 38, engineer AC; issue 12,
event arguments).

An event whose party the text gives only as a description of a person named in an earlier
sentence had no party: the actors stage gave such a phrase no actor (``coref.descriptive``
and ``actors.referring.*`` read nouns of the agents lexicon or of
``lexicon/referring_nouns.tsv``, the latter only for the quotes stage and the events stage's
``described_party``). Rule ``actors.coref.described_person``, read after every name, title and
party member of the document is settled and before the he/she chains (so that "she" after
"The actress said" may take the actress up):

* the phrase: "the" + a singular common noun whose most frequent WordNet sense is a person
  (``lexicon/people_nouns.txt``, or a person noun of ``lexicon/referring_nouns.tsv``), no kin
  noun ("the wife": someone's) and no noun of the agents lexicon ("the president", "the
  senator": the nominal and title rules read those), heading a phrase of its own - no
  possessor, relative clause, participle, "of" phrase or apposition, no name inside (a
  modifier may be a place or a member word: "the New York billionaire") - that is the
  subject of its clause or the agent of a passive, not of a copula ("The villain is carbon
  dioxide"); no mention of the actors stage over its head;
* the person: one named (not by a pronoun) within ``[coref] title_reach_sentences`` before
  the phrase's sentence and nowhere in that sentence ("Trump said the billionaire would
  lose" is not Trump): the nearest one described with the noun ("billionaire Tom Steyer",
  ``coref.described_as``), else the document's salient person - named before the phrase at
  least twice as often as any other - where the noun's sector and gender fit ("the
  congresswoman") and a member word in the phrase ("the Democratic candidate") is one the
  person's own phrases carry ("Democratic front-runner Hillary Clinton"). No one where an
  unnamed person was introduced shortly before ("Police arrested a man ... The suspect"),
  and never the nearest person by recency alone.

The mention spans the phrase; a mention inside it (the party of "Republican") stays.
Parse, entity tags, WordNet lists and the KB's sector only: no name list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..datafiles import constants, word_list
from ..rules import declare
from .coref import _noun_gender, described_as, referring_nouns
from .lexicon import agent_words
from .normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import ActorMention
    from .resolve import DocumentResolver

DESCRIBED_PERSON = declare(
    "actors.coref.described_person",
    "'The presumptive nominee will ...', 'the New York billionaire has boasted': a definite "
    "singular description of a kind of person (WordNet) as a subject, naming no one, is the "
    "person of an earlier sentence it describes, else the document's salient person (named "
    "twice as often as any other) where sector, gender and a member word fit; else no one",
)
_REACH = int(constants("coref")["title_reach_sentences"])
_UNNAMED_REACH = int(constants("coref")["reach_sentences"])
_INDEFINITE = frozenset({"a", "an", "another", "one"})
_OWN_PHRASE = ("poss", "relcl", "acl", "appos")
_SUBJECTS = ("nsubj", "nsubjpass")
_SALIENT_FACTOR = 2  # the salient person is named at least twice as often as any other
_MODIFIER_ENTS = ("NORP", "GPE", "LOC", "")


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/people_nouns.txt"))


@cache
def _kin_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/kin_nouns.txt"))


def person_noun(token: Token) -> bool:
    """``token`` is a singular common noun of a kind of person, no kin noun."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    lemma = token.lemma_.lower()
    if lemma in _kin_nouns():
        return False
    if lemma in agent_words():
        return False  # "the president", "the senator": the nominal and title rules read it
    listed = referring_nouns().get(lemma)
    if listed is not None:
        return listed.refers == "person"
    return lemma in _people_nouns()


def description_head(token: Token) -> bool:
    """``token`` heads "the (modifiers) <person noun>" of its own (see the module)."""
    if not person_noun(token) or token.ent_type_ in ("PERSON", "ORG", "GPE", "FAC"):
        return False
    agent = token.dep_ == "pobj" and token.head.dep_ == "agent"
    if token.dep_ not in _SUBJECTS and not agent:
        return False  # an object or adjunct is more often someone new, or no one in particular
    if token.dep_ == "nsubj" and any(c.dep_ in ("attr", "acomp") for c in token.head.children):
        return False  # "The villain is carbon dioxide": the phrase is being defined
    children = list(token.children)
    det = [c for c in children if c.dep_ == "det" and c.i < token.i]
    if not det or det[0].lower_ != "the":
        return False
    if any(c.dep_ in _OWN_PHRASE for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return False  # "the leader of the group": someone the phrase itself says
    for left in token.doc[det[0].i + 1 : token.i]:
        if left.pos_ == "PROPN" and left.ent_type_ not in _MODIFIER_ENTS:
            return False  # a name inside ("the Not1More activist")
        if left.ent_type_ == "PERSON":
            return False
    return True


def _unnamed_before(resolver: DocumentResolver, head: Token, here: int) -> bool:
    """An unnamed person introduced shortly before the phrase ("Police arrested a man ...
    the suspect"): an indefinite singular person noun naming no actor, in the phrase's
    sentence or the ``[coref] reach_sentences`` before it."""
    doc = resolver.doc
    for token in doc[: head.i]:
        if not 0 <= here - resolver.sent_index.get(token.i, 0) <= _UNNAMED_REACH:
            continue
        if token.tag_ != "NN" or token.lemma_.lower() not in _people_nouns():
            continue
        det = [c for c in token.children if c.dep_ == "det" and c.i < token.i]
        if not det or det[0].lower_ not in _INDEFINITE:
            continue
        if token.dep_ in ("attr", "appos") or any(c.dep_ == "appos" for c in token.children):
            continue  # "X is a lawyer", "a lawyer, X": a description of someone named
        if not any(m.start <= token.idx < m.end for m in resolver.mentions):
            return True
    return False


def _member_words(tokens: Iterable[Token]) -> set[str]:
    """The member words of a group (spaCy NORP: "Republican", "Democratic") among ``tokens``."""
    return {fold(t.lemma_) for t in tokens if t.ent_type_ == "NORP"}


def _own_phrase_parties(resolver: DocumentResolver, mention: ActorMention) -> set[str]:
    """The member words a person's named mention carries in its own phrase or apposition ("Democratic front-runner Hillary Clinton", "X, a Texas Republican")."""
    doc = resolver.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    root = span.root
    heads = [root, *[c for c in root.children if c.dep_ == "appos"]]
    if root.dep_ == "appos":
        heads.append(root.head)
    out: set[str] = set()
    for head in heads:
        out |= _member_words(head.subtree)
    return out


def _sector_fits(noun: str, sector: str | None) -> bool:
    listed = referring_nouns().get(noun)
    sectors = set(listed.sectors) if listed is not None else set()
    if not sectors:
        entry = agent_words().get(noun)
        if entry is not None and entry.sector not in (None, "UNK"):
            sectors = {entry.sector}
    return not sectors or sector in sectors


def described_person(resolver: DocumentResolver, head: Token) -> str | None:
    """The person the description headed by ``head`` names (see the module), or None."""
    doc = resolver.doc
    here = resolver.sent_index.get(head.i, 0)
    noun = head.lemma_.lower()
    own_parties = _member_words(doc[head.left_edge.i : head.i])
    named: list[tuple[int, ActorMention]] = []
    counts: Counter[str] = Counter()
    in_sentence: set[str] = set()
    for m in resolver.mentions:
        if m.how == "pronoun" or not resolver.is_person(m.actor_id):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        distance = here - resolver.sent_index.get(span.root.i, 0)
        if distance == 0:
            in_sentence.add(m.actor_id)  # before or after the phrase
        if m.start >= head.idx:
            continue
        counts[m.actor_id] += 1
        if 0 < distance <= _REACH:
            named.append((distance, m))
    near = {m.actor_id for _, m in named} - in_sentence
    if not near or _unnamed_before(resolver, head, here):
        return None
    described = [
        m
        for _, m in sorted(named, key=lambda x: (x[0], -x[1].start))
        if m.actor_id in near
        and described_as(resolver.actors[m.actor_id], doc, m.start, m.end, noun)
    ]
    if described:
        return described[0].actor_id
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if top not in near or (len(ranked) > 1 and ranked[1][1] * _SALIENT_FACTOR > n):
        return None
    actor = resolver.actors[top]
    if not _sector_fits(noun, actor.sector):
        return None
    gender = _noun_gender(noun)
    if gender is not None and resolver.gender.get(top) not in (None, gender):
        return None
    if own_parties:
        theirs: set[str] = set()
        for m in resolver.mentions:
            if m.actor_id == top and m.start < head.idx and m.how != "pronoun":
                theirs |= _own_phrase_parties(resolver, m)
        if not theirs & own_parties:
            return None  # a party word needs the person's own phrases to carry it
    return top


def place_described_people(resolver: DocumentResolver) -> None:
    """See ``DESCRIBED_PERSON``: a mention for each definite person description."""
    if not resolver.switches.enabled(DESCRIBED_PERSON):
        return
    doc = resolver.doc
    covered = [(m.start, m.end) for m in resolver.mentions]
    for head in doc:
        if not description_head(head):
            continue
        if any(s <= head.idx < e for s, e in covered):
            continue
        person = described_person(resolver, head)
        if person is None:
            continue
        det = next(c for c in head.children if c.dep_ == "det")
        found = resolver.again(person, "role", "descriptive")
        start, end = det.idx, head.idx + len(head)
        resolver.add(start, end, resolver.document.text[start:end], found, head)
        covered.append((start, end))
