"""Background nouns read as the story's events (session 61, engineer BG; issue 12).

On the BBC tune articles (events_tune_s60bbc, 70 of 117 readings no events) a nominal
event the free-noun path reads (``events.trigger.free_nouns``: an event noun no coded
verb governs, anchored by a place, a party or a date) is often no act of the story but its
setting: "lost voters' trust because of the Iraq war", "on the war on Iraq, there was
nothing to choose between the two parties", "before the war with Iran", "the anger over
the Iraq war", "since the war in Afghanistan". Its place or its modifier becomes a party
("Iraq war": source Iraq), so each such mention is an ASSAULT of no one on no one in
particular. On the nine events_tune_* files every free nominal reading of "war" (5) was
judged no event; on 250 BBC tune articles of politics and business all 13 were settings.
"War" differs from "attack" or "invasion" in WordNet itself: beside its act sense it
names a state of hostility (state_of_war.n.01), the lasting condition two sides are in;
an attack is only an act. Figurative commercial wars and battles are the second group:
"Qwest may spark MCI bidding war", "Verizon has won a takeover battle for MCI", "firms
are mounting a more solid fight for market share" are firms competing, read as ASSAULT
or ACCUSE (``events.sense.conflict_noun_unarmed`` leaves war out and reads no light verb).

- ``events.sense.war_state_setting``: a nominal event on a noun one of whose WordNet
  senses is a state of hostility (``data/events/war_state_nouns.txt``: war) that no verb
  wages ("waged war on", "launched into a war": ``rival_battles.WAGING``) or takes as its
  object ("vowed to continue its holy war" is a threat told with the war) is the story's
  setting: no event.
- ``events.sense.market_battle``: a hostile reading on a noun of war or two-sided
  conflict (``war_state_nouns.txt``, ``conflict_nouns.txt``: battle, fight, struggle) -
  the trigger noun itself, or the object of the verb that carries it ("won a takeover
  battle") - that a noun of a market act modifies or that is fought for or over one
  (``data/events/market_nouns.txt`` from WordNet: bidding, price, takeover, sales, share;
  a common noun: "her fight for the Federal Reserve to keep rates low" names no market)
  is a commercial contest: no event.

Both lists are written by ``events.background_nouns_import`` from WordNet 3.0. What
must stay: "Rebels attacked the town", "the invasion began at dawn", "troops fought a
battle near the border" (no war-state noun, no market modifier), and "X declared war on
Y" (a verb's reading).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from .codes import HOSTILE_TYPES
from .conflict_nouns import conflict_nouns
from .parts import DocContext, Frame
from .rival_battles import WAGING

WAR_STATE_SETTING = "events.sense.war_state_setting"
MARKET_BATTLE = "events.sense.market_battle"
WAR_STATES = "events/war_state_nouns.txt"
MARKET = "events/market_nouns.txt"
NOUNS = ("NOUN", "PROPN")
# modifiers of a noun that say what kind of war or battle it is
MODIFIERS = ("compound", "amod", "nmod")
# prepositions of the stakes a battle is fought for ("a fight for market share")
STAKES = ("for", "over")
# the objects of a verb that carries a battle ("won a takeover battle", "fight a price war")
OBJECTS = ("dobj", "obj", "attr")


@lru_cache(maxsize=1)
def war_state_nouns() -> frozenset[str]:
    """Nouns with a WordNet sense of a state of hostility (``war_state_nouns.txt``)."""
    return word_list(WAR_STATES)


@lru_cache(maxsize=1)
def market_nouns() -> frozenset[str]:
    """Nouns of a market act or a market's stakes (``market_nouns.txt``)."""
    return word_list(MARKET)


def _in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _waged(noun: Token) -> bool:
    """The noun is the object of a verb that wages it ("waged war", "launched a war"); the
    verb's form is read too, where the lemmatizer missed it ("waged" lemmatized "wag")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "obj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in WAGING or any(verb.lower_.startswith(w) for w in WAGING)


def _war_state(tok: Token) -> bool:
    return tok.pos_ in NOUNS and _in(tok, war_state_nouns())


@rule(
    WAR_STATE_SETTING,
    order=33.12,
    doc="'lost trust because of the Iraq war', 'before the war with Iran': a nominal event "
    "on a noun with a WordNet sense of a state of hostility (war_state_nouns.txt: war) that "
    "no verb wages is the story's setting, no event",
)
def war_state_setting(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not frame.nominal or not _war_state(tok) or _waged(tok):
        return frame
    if tok.dep_ in OBJECTS and tok.head.pos_ in ("VERB", "AUX"):
        return frame  # "vowing to continue its holy war": the verb's act on the war
    return None


def _battle_nouns(frame: Frame, tok: Token) -> list[Token]:
    """The war or battle noun a reading is told with: the trigger noun, or the objects of
    the trigger verb ("won a takeover battle", "mounting a fight for market share")."""
    nouns = [tok] if frame.nominal or tok.pos_ in NOUNS else list(tok.children)
    if not frame.nominal and tok.pos_ not in NOUNS:
        nouns = [c for c in nouns if c.dep_ in OBJECTS]
    battles = war_state_nouns() | conflict_nouns()
    return [n for n in nouns if n.pos_ in NOUNS and _in(n, battles)]


def _market_kind(noun: Token) -> bool:
    """A modifier of ``noun``, or the head or a modifier of its for/over object, is a
    noun of a market act ("bidding war", "battle for market share")."""
    market = market_nouns()
    words = [c for c in noun.children if c.dep_ in MODIFIERS]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in STAKES:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    words += [obj, *(c for c in obj.children if c.dep_ in MODIFIERS)]
    return any(w.pos_ == "NOUN" and _in(w, market) for w in words)  # no name ("Reserve")


@rule(
    MARKET_BATTLE,
    order=33.13,
    doc="'sparked an MCI bidding war', 'won a takeover battle', 'a fight for market share': "
    "a hostile reading on a war or conflict noun that a noun of a market act modifies or "
    "that is fought for one (market_nouns.txt, WordNet) is a commercial contest, no event",
)
def market_battle(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in HOSTILE_TYPES:
        return frame
    if any(_market_kind(noun) for noun in _battle_nouns(frame, tok)):
        return None
    return frame
