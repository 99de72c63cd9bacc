"""Background nouns read as the story's events (session 61, engineer BG; issue 12).

On the BBC tune articles (events_tune_s60bbc: 70 of 117 readings no events) the nouns
of wars and battles are read as acts of force where the story names its setting or a
market: "lost voters' trust because of the Iraq war", "before the war with Iran", and
"Qwest may spark MCI bidding war", "Verizon has won a takeover battle for MCI", "Western
firms are mounting a more solid fight for market share in China" (ASSAULT, or ACCUSE
111 where the light verb "win" or "mount" carries the noun; ``events.sense.
conflict_noun_unarmed`` leaves "war" out and reads no light verb).

- ``events.sense.market_battle``: a hostile reading on a noun of war or two-sided
  conflict (``data/events/war_state_nouns.txt``: war - a WordNet sense of a state of
  hostility -; ``conflict_nouns.txt``: battle, fight, struggle) - the trigger noun itself,
  or the object of the verb that carries it ("won a takeover battle") - that a noun of a
  market act modifies or that is fought for or over one (``data/events/market_nouns.txt``
  from WordNet: bidding, price, takeover, sales, share; a common noun: "her fight for
  the Federal Reserve to keep rates low" names no market) is a commercial contest: no
  event. "Troops fought a battle near the border", "Russia declared war on Ukraine" and
  "the US invasion of Iraq" stay.

Tried and removed (session 61): ``events.sense.war_state_setting`` - any nominal event on
a war-state noun no verb wages or takes as object is the story's setting, no event. On
the tune files every such reading of "war" was judged no event (4 PolNeAR and Lee, 2 BBC,
8 of 8 past wars on 250 BBC tune articles by this engineer's reading), but the judged checks
lost 7 right readings against 5 not-right dropped (events_check_s25 3, s46 2, s51lee 1,
s51lee2 1), and the founding example lost "the war against Ukraine" (ASSAULT, listed in
its expected answer): a war the story is set in is an event of its time, one in the
story's past is background, and the noun alone does not tell them apart.

The lists are written by ``events.background_nouns_import`` from WordNet 3.0.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from .codes import HOSTILE_TYPES
from .conflict_nouns import conflict_nouns
from .parts import DocContext, Frame

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
