"""Generic agents whose own phrase names no country ("Islamic fundamentalists",
"militants", "soldiers"): the CAMEO/PLOVER coders give such an agent the country
of its sentence when the sentence names one country and one only ("Islamic
fundamentalists ... the resignation of Algerian President Ben Bella" -> DZA).
Two or more countries in the sentence leave the agent out (whose it is is then a
guess). Read after every other mention of the document is resolved, so the
sentence's countries are those of its linked actors, whatever rule found them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..nlp.view import doc_view
from ..records import ActorMention
from ..rules import declare
from .attribution_sides import same_side_countries
from .linker import Resolution, agent_id
from .not_actors import generic_no_actor
from .supporters import SUPPORTER_NO_COUNTRY, supporter_starts
from .venues import VENUE_NOT_COUNTRY, is_venue_mention, venue_starts

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SENTENCE_COUNTRY = declare(
    "actors.agent.sentence_country",
    "a generic agent whose phrase names no country ('militants', 'Islamic fundamentalists') "
    "takes the one country its sentence names; none where the sentence names two or more",
)
OTHER_SIDE = declare(
    "actors.agent.sentence_country_other_side",
    "'The foreign ministry rejected the remarks of the Canadian prime minister': a "
    "countryless state body (GOV) takes no country named only by a state actor after the "
    "verb it is the subject of (the other side of its act)",
)
OBJECT_MODIFIER = declare(
    "actors.agent.sentence_country_object_modifier",
    "'The ministry condemned the Israeli strike': under sentence_country_other_side, a "
    "people's demonym (no sector) modifying the object of the state body's verb names the "
    "other side too",
)
SENTENCE_SOURCE = "sentence"
_CONFIDENCE = constants("actors")["confidence"]


@dataclass
class Countryless:
    """A generic agent noun phrase set aside until its sentence is resolved."""

    start_tok: int
    token: Token
    sector: str


def set_aside(
    resolver: DocumentResolver,
    start_tok: int,
    token: Token,
    sector: str | None,
) -> None:
    """Keep a countryless agent phrase for ``place_countryless`` (rule switched on only)."""
    if sector in (None, "UNK") or not resolver.switches.enabled(SENTENCE_COUNTRY):
        return
    if generic_no_actor(resolver, token):
        return  # "a media breakfast", "won enough delegates": no actor
    resolver.countryless.append(Countryless(start_tok, token, str(sector)))


def _refers_back(resolver: DocumentResolver, item: Countryless) -> bool:
    """A singular noun under a definite determiner ("The company said ...") after an
    actor of its sector was named takes that actor back: coreference, not a generic
    agent of the sentence's country. "the opposition" with none before stays an agent."""
    token = item.token
    if token.tag_ not in ("NN", "NNP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return False
    start = resolver.doc[item.start_tok].idx
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if mention.start < start and actor is not None and actor.sector == item.sector:
            return True
    return False


def sentence_countries(resolver: DocumentResolver) -> dict[int, set[str]]:
    """Sentence index -> the countries of the actors named in it. A pronoun or a bare
    role word that refers back names no one anew ("he" may carry a country from sentences before), and a country guessed
    (``country_source``: a name model, a Wikipedia nationality) is no country the
    text names."""
    sentence_at = {t.idx: resolver.sent_index.get(t.i, 0) for t in resolver.doc}
    found: dict[int, set[str]] = {}
    for start, country in _counted(resolver):
        sentence = sentence_at.get(start)
        if sentence is not None:
            found.setdefault(sentence, set()).add(country)
    return found


def _counted(resolver: DocumentResolver) -> Iterator[tuple[int, str]]:
    """(start offset, country) of each mention that names its actor's country anew."""
    first_named: dict[str, int] = {}
    for mention in resolver.mentions:
        first_named[mention.actor_id] = min(
            mention.start, first_named.get(mention.actor_id, mention.start)
        )
    venues = venue_starts(resolver)  # "talks in Oslo", "mediated by Qatar": not theirs
    backers = (
        supporter_starts(resolver.doc)  # "Russian-backed separatists": not theirs either
        if resolver.switches.enabled(SUPPORTER_NO_COUNTRY)
        else set()
    )
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if mention.how == "pronoun" or actor is None or not actor.country:
            continue
        if mention.start in venues or mention.start in backers:
            continue
        # a bare role word taken back to someone named earlier ("the foreign minister")
        # names no country anew either; it also depends on how much of the document is
        # in view, so a windowed analysis would place the agent differently
        if mention.how == "role" and first_named[mention.actor_id] < mention.start:
            continue
        if actor.country_source is not None:
            continue
        yield mention.start, actor.country


def counted_mentions(resolver: DocumentResolver, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(token index, country) of the counted mentions starting in tokens [start, end)."""
    token_at = {t.idx: t.i for t in resolver.doc[start:end]}
    for offset, country in _counted(resolver):
        if offset in token_at:
            yield token_at[offset], country


class CountedIndex:
    """``counted_mentions`` kept up to date as ``place_countryless`` adds mentions.

    ``_counted`` walks every mention of the document (and reads each one's phrase for a
    venue); asking it once per agent placed was most of the actors stage's extra time.
    The index reads each mention once, when it is first seen, and keeps what does not
    change (its token, whether its phrase is a venue); what may change as mentions are
    added (which mention names an actor first, the venue offsets, the actor's country)
    is read when asked, so the answer is ``counted_mentions``'s at that moment."""

    def __init__(self, resolver: DocumentResolver) -> None:
        self.resolver = resolver
        doc = resolver.doc
        self.token_at = dict(zip(doc_view(doc).idx, range(len(doc)), strict=True))
        self.venues_on = resolver.switches.enabled(VENUE_NOT_COUNTRY)
        self.backers = (
            supporter_starts(doc)
            if resolver.switches.enabled(SUPPORTER_NO_COUNTRY)
            else frozenset()
        )
        self._start()

    def _start(self) -> None:
        self.seen = self.resolver.mentions
        self.read = 0
        self.first_named: dict[str, int] = {}
        self.venues: set[int] = set()
        self.at_token: dict[int, list[ActorMention]] = {}

    def _catch_up(self) -> None:
        mentions = self.resolver.mentions
        if mentions is not self.seen or len(mentions) < self.read:
            self._start()  # the list was replaced: read it again from the start
        doc = self.resolver.doc
        for mention in mentions[self.read :]:
            known = self.first_named.get(mention.actor_id, mention.start)
            self.first_named[mention.actor_id] = min(mention.start, known)
            if self.venues_on and is_venue_mention(doc, mention):
                self.venues.add(mention.start)
            token = self.token_at.get(mention.start)
            if token is not None and mention.how != "pronoun":
                self.at_token.setdefault(token, []).append(mention)
        self.read = len(mentions)

    def between(self, start: int, end: int) -> Iterator[tuple[int, str]]:
        """(token index, country) of the counted mentions starting in tokens [start, end),
        as ``counted_mentions`` gives them now."""
        self._catch_up()
        actors = self.resolver.actors
        for token in range(start, end):
            for mention in self.at_token.get(token, ()):
                actor = actors.get(mention.actor_id)
                if actor is None or not actor.country or actor.country_source is not None:
                    continue
                if mention.start in self.venues or mention.start in self.backers:
                    continue
                if mention.how == "role" and self.first_named[mention.actor_id] < mention.start:
                    continue
                yield token, actor.country


def place_countryless(resolver: DocumentResolver) -> None:
    """Give each set-aside agent the single country of its sentence, if there is one."""
    if not resolver.countryless:
        return
    by_sentence = sentence_countries(resolver)
    counted = CountedIndex(resolver)
    # the longest phrase first: "Rebel leaders", not the "Rebel" inside it
    for item in sorted(resolver.countryless, key=lambda c: c.start_tok - c.token.i):
        token = item.token
        span = range(item.start_tok, token.i + 1)
        if any(i in resolver.taken for i in span):
            continue
        countries = by_sentence.get(resolver.sent_index.get(token.i, 0), set())
        if len(countries) == 1:  # "a Nigerian official said the embassy ...": not across
            same_side = same_side_countries(resolver, token.i, counted.between)
            countries = countries if same_side is None else same_side
        if len(countries) == 1 and item.sector == "GOV" and _other_side_only(resolver, token):
            countries = set()
        if len(countries) != 1 or _refers_back(resolver, item):
            continue
        country = next(iter(countries))
        text = resolver.phrase_text(item.start_tok, token)
        found = Resolution(
            id=agent_id(country, item.sector),
            name=text,
            type="group",
            country=country,
            sector=item.sector,
            how="agent",
            confidence=_CONFIDENCE["sentence_country_agent"],
        )
        resolver.add_phrase(item.start_tok, token, found)


def _subject_verb(token: Token) -> Token | None:
    """The verb whose subject phrase holds ``token`` (through compounds, modifiers,
    appositions and possessors), else None."""
    while token.dep_ in ("compound", "amod", "nmod", "poss", "appos", "case", "flat"):
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def _other_side_only(resolver: DocumentResolver, token: Token) -> bool:
    """Every counted country of ``token``'s sentence is named by a state actor (a country,
    or an actor of sector GOV) right of the verb ``token``'s phrase is the subject of
    (rule ``OTHER_SIDE``)."""
    if not resolver.switches.enabled(OTHER_SIDE):
        return False
    verb = _subject_verb(token)
    if verb is None:
        return False
    object_modifier = resolver.switches.enabled(OBJECT_MODIFIER)
    # a clause the verb reports ("said Belarus was behind it") is no act's other side:
    # rule actors.agent.sentence_country_same_side reads speech
    told = {t.i for c in verb.children if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
    after = {t.i for t in verb.subtree if t.i > verb.i and t.i not in told}
    sent = token.sent
    token_at = {t.idx: t.i for t in sent}
    seen = False
    for mention in resolver.mentions:
        i = token_at.get(mention.start)
        if i is None or mention.how == "pronoun":
            continue
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or not actor.country or actor.country_source is not None:
            continue
        if i not in after:
            return False
        if not (actor.type == "country" or actor.sector == "GOV") and not (
            object_modifier
            and actor.sector is None
            and _modifies_object(resolver, mention.start, mention.end, verb)
        ):
            return False
        seen = True
    return seen


_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_MODIFIER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})


def _modifies_object(resolver: DocumentResolver, start: int, end: int, verb: Token) -> bool:
    """The text ``start``..``end`` is a modifier (demonym, possessor, noun) of the direct
    object of ``verb`` ("condemned [the Israeli strike]"; rule ``OBJECT_MODIFIER``)."""
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ not in _MODIFIER_DEPS:
        return False
    head = root.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head  # "the Israeli air strike": air -> strike
    return head.dep_ in ("dobj", "obj") and head.head.i == verb.i
