"""A match is no political event: sport read from the sentence and the story.

Session 52 (engineer SP). Sports stories read as hostile acts between countries and
players: "Australia has beaten South Africa by 246 runs", "Hewitt teamed with Molik to
beat Switzerland 3-0", "Rafter overcame an arm injury to defeat Grosjean in three sets";
each makes an opposed pair of actors (and carries it onto a country's leaders). A careful
analyst reports no political relation there.

- ``events.sense.sport_contest``: in a sentence that holds a noun of sport
  (``data/events/sport_words.txt``, read from WordNet by ``events.sport_import``: a sport,
  an athlete, an athletic contest) a hostile reading ("beat", "fought", "contested") is
  the match, no event; so is any reading where the sentence also names a contest or its
  outcome (``stances/contest_nouns.txt``: final, tournament; ``outcome_nouns.txt``:
  victory, defeat): "celebrating victory over Australia in the tennis final"; or where
  the noun of sport names the act's own party ("the Australian cricket team has arrived
  in Adelaide"). A sport named in passing ("homes built on a golf course") leaves the
  sentence's other acts alone.
- ``events.sense.sport_story_rivalry``: a force reading of a verb whose most frequent
  WordNet sense is competing or defeating (``rivalry_verbs.txt``: beat, defeat, overcome),
  or any reading in a sentence naming a contest's outcome (``outcome_nouns.txt``), in a
  story whose lead (its first three sentences) holds a noun of sport is a
  result: no event ("I am delighted to beat him" in a tennis story, "Spain has begun its
  campaign with a 3-0 victory over Argentina").

Both keep the event when an actor of it is of a political or armed sector (a government,
a party, police, troops: "police beat football fans"), when an armed word or a weapon
stands around the verb ("the army defeated the rebels"), or when its sentence names an
electoral contest ("won the election": the contest rules read those).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..datafiles import word_list
from ..rules import rule
from .codes import HOSTILE_TYPES
from .contest import contest_words
from .electoral import rivalry_verbs
from .parts import DocContext, Frame
from .sense import (
    ARMED_SECTORS,
    FORCE_TYPES,
    POLITICAL_SECTORS,
    kinds_around,
)

SPORT_CONTEST = "events.sense.sport_contest"
SPORT_STORY = "events.sense.sport_story_rivalry"
# sectors whose acts stay acts even in a sports story ("police beat football fans")
KEEP_SECTORS = frozenset((*POLITICAL_SECTORS, *ARMED_SECTORS))
NOUN_TAGS = ("NOUN", "PROPN")
# where a gerund stands as a noun ("the swimming", "at the short course swimming")
NOMINAL_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos", "attr")
NAME_ENTITIES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
# a news story's lead: its first sentences tell what the story is about
LEAD_SENTENCES = 3
# the act's own parties: subjects, objects, a passive's agent (their heads)
PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "obj")


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    """Nouns of sport (WordNet: sport.n.01, athlete.n.01, athletic_contest.n.01)."""
    return word_list("events/sport_words.txt")


@lru_cache(maxsize=1)
def match_words() -> frozenset[str]:
    """Nouns of a contest (final, tournament, race) and of its outcome (victory, defeat)."""
    return word_list("stances/contest_nouns.txt") | word_list("events/outcome_nouns.txt")


def names_match(sent: Span) -> bool:
    """The sentence names a contest or its outcome ("victory over X in the final"); a
    verb is no sign ("play" golf, "campaign" at a stadium)."""
    words = match_words()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in sent)


def names_outcome(sent: Span) -> bool:
    """The sentence names a contest's outcome ("with a 3-0 victory over Argentina")."""
    words = word_list("events/outcome_nouns.txt")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in sent)


def _sport_noun(t: Token) -> bool:
    """A noun of sport written as a common noun: lower case, not a name ("Mr Hockey"), not
    the tail of a hyphenated word ("right-winger" is a rightist); a gerund the parser
    tags as a verb counts where it stands as a noun ("at the short course swimming")."""
    if t.pos_ not in NOUN_TAGS and not (t.tag_ == "VBG" and t.dep_ in NOMINAL_DEPS):
        return False
    if not t.text.islower() or t.ent_type_ in NAME_ENTITIES:
        return False
    if t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_:
        return False
    words = sport_words()
    return t.lower_ in words or t.lemma_.lower() in words


def sport_sentence(sent: Span) -> bool:
    return any(_sport_noun(t) for t in sent)


def sport_story(doc: Doc) -> bool:
    """The story's lead - its first ``LEAD_SENTENCES`` sentences - holds a noun of sport
    (a long political story that mentions a football tailgate further down is none)."""
    return any(sport_sentence(s) for s in islice(doc.sents, LEAD_SENTENCES))


def sport_party(tok: Token) -> bool:
    """A subject, object or passive agent of the verb is a noun of sport or is modified by
    one ("the cricket team", "swimmers"); one further down its phrase ("his heroes,
    including the baseball player X") names no party of the act."""
    heads = [c for c in tok.children if c.dep_ in PARTY_DEPS]
    heads += [o for c in tok.children if c.dep_ == "agent" for o in c.children]
    for head in heads:
        if _sport_noun(head):
            return True
        if any(_sport_noun(c) for c in head.children if c.dep_ in ("compound", "amod")):
            return True
    return False


def _kept(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """What keeps an event in sport: an actor of a political or armed sector, an armed
    word or a weapon around the verb, an electoral contest in the sentence."""
    for actor_id in (*frame.source, *frame.target):
        actor = ctx.actors.actor(actor_id)
        if actor is not None and actor.sector in KEEP_SECTORS:
            return True
    if kinds_around(frame, tok, ("armed", "weapon")):
        return True
    contest = contest_words()["contest"]
    return any(t.lemma_.lower() in contest for t in tok.sent)


@rule(
    SPORT_CONTEST,
    order=4.5,
    doc="'Hewitt teamed with Molik to beat Switzerland in the tennis final', 'she fought "
    "so well, a top junior player': in a sentence holding a WordNet noun of sport "
    "(sport_words.txt) a hostile reading, a reading where a contest or its outcome is "
    "named too, or one whose subject or object the sport names ('the cricket team') is a "
    "match, no event - unless an actor is of a political or armed sector, a weapon or "
    "armed word is around, or an election is named",
)
def sport_contest(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not sport_sentence(tok.sent) or _kept(frame, tok, ctx):
        return frame
    if frame.type in HOSTILE_TYPES or names_match(tok.sent):
        return None
    # the sport names the act's own party: "the Australian cricket team has arrived"
    return None if sport_party(tok) else frame


@rule(
    SPORT_STORY,
    order=4.6,
    doc="'I am delighted to beat him', 'began its campaign with a 3-0 victory over "
    "Argentina' in a tennis story: a force reading of a verb of competing or defeating "
    "(rivalry_verbs.txt), or any reading in a sentence naming an outcome (victory, "
    "defeat), in a story whose lead (first three sentences) holds a WordNet noun of sport "
    "is a result, no event - unless an actor is of a political or armed sector, a weapon "
    "or armed word is around, or an election is named",
)
def sport_story_rivalry(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    defeating = frame.type in FORCE_TYPES and tok.lemma_.lower() in rivalry_verbs()
    if not defeating and not names_outcome(tok.sent):
        return frame
    if _kept(frame, tok, ctx):
        return frame
    return None if sport_story(tok.doc) else frame
