"""Rivals in a match are no political sides (``stances.relations.sport_rivals``, session 52 SP).

The events rules ``events.sense.sport_contest`` and ``events.sense.sport_story_rivalry``
drop a match read as force; the stance cues read the same match again as positions:
"Hewitt teamed with Molik to beat Switzerland" (an effect the purpose clause aims at),
"South Africa will go into the first Test against Australia with most of its batsmen in
form" ("against"), "she had expected her clash with Razzano to be tough" (a rivalry
noun). A careful analyst reports no political relation there.

A position of one actor towards another is left out when its span's sentence holds a
noun of sport (``data/events/sport_words.txt``), or when the story is a sports story (its
lead, the first three sentences, holds one) and the span names a contest, its outcome, a
rivalry ("clash", "fight") or holds a verb of defeating. A holder or party of a political
or armed sector (a government, a party, police, troops) keeps the position: "the minister
attacked the football federation" stays.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..actors import ActorLayer
from ..datafiles import word_list
from ..events.electoral import rivalry_verbs
from ..events.sport import KEEP_SECTORS, match_words, sport_sentence, sport_story
from ..rules import declare
from .extract import ALIGNMENT, Finding

SPORT_RIVALS = declare(
    "stances.relations.sport_rivals",
    "'Hewitt teamed with Molik to beat Switzerland', 'the first Test against Australia with "
    "its batsmen in form': a position towards another actor read in a sentence holding a "
    "WordNet noun of sport, or in a sports story where the span names a contest, its "
    "outcome, a rivalry or a verb of defeating, is a match, no position - unless an actor "
    "is of a political or armed sector",
    order=58.5,
)


@lru_cache(maxsize=1)
def _rivalry_words() -> frozenset[str]:
    """Contest and outcome nouns, and rivalry nouns ("clash", "fight")."""
    return match_words() | word_list("stances/rivalry_nouns.txt")


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _names_rivalry(span: Span) -> bool:
    """A contest, outcome or rivalry noun (the parser makes some a verb: "her clash with
    Razzano"), or a verb of defeating."""
    words, verbs = _rivalry_words(), rivalry_verbs()
    for t in span:
        lemma = t.lemma_.lower()
        if t.pos_ in ("NOUN", "VERB") and lemma in words:
            return True
        if t.pos_ == "VERB" and lemma in verbs:
            return True
    return False


def _political(finding: Finding, actors: ActorLayer) -> bool:
    for actor_id in (finding.holder, *finding.args):
        actor = actors.actor(actor_id)
        if actor is not None and actor.sector in KEEP_SECTORS:
            return True
    return False


def sport_rival(finding: Finding, doc: Doc, actors: ActorLayer, story: bool) -> bool:
    """Whether the finding is a position between rivals in a match."""
    if finding.frame != ALIGNMENT or not finding.args or _political(finding, actors):
        return False
    span = _span(doc, finding.start, finding.end)
    if span is None:
        return False
    if any(sport_sentence(s) for s in {t.sent for t in span}):
        return True
    return story and _names_rivalry(span)


def sport_rivals_dropped(findings: list[Finding], doc: Doc, actors: ActorLayer) -> list[Finding]:
    """The findings less the positions between rivals in a match."""
    story = sport_story(doc)
    return [f for f in findings if not sport_rival(f, doc, actors, story)]
