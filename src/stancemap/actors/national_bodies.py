"""A national body named without its country: "the Senate", "Congress", "the Justice
Department".

The agents lexicon reads such a name as a state sector (LEG, GOV, JUD, ...) with no
country, and the KB names the body only with its country ("United States Senate", "US
Congress"). Rule ``actors.names.national_body``: a new named body with no country of its
own (or only its sentence's guess) that the agents lexicon reads as a state body, and no
common noun compounded onto it says another kind ("state Senate races"), is the
body of the story's country - the one country the document's own mentions name far more
than every other (``[actors.national_body]`` in constants.toml: a share and a count; no
country where several are named alike) - and, when the KB has a body of that country
named "<a name of the country> <the name>" ("US Senate"), that KB body; else it keeps a
new organisation of that country with the agent's sector, marked ``country_source``
"story" (a guess: it names no country to later rules).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import declare
from .linker import Resolution
from .sentence_country import SENTENCE_SOURCE, _counted

if TYPE_CHECKING:
    from .resolve import DocumentResolver

NATIONAL_BODY = declare(
    "actors.names.national_body",
    "'the Senate', 'the Justice Department': a new named body the agents lexicon reads as "
    "a state body with no country is the body of the story's one country (the KB's "
    "'US Senate' when it has one), never where several countries are named alike",
)
STORY_SOURCE = "story"
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_LIMITS = constants("actors")["national_body"]
_CONFIDENCE = constants("actors")["confidence"]["new_actor"]
_SMALL = frozenset({"of", "for", "and", "on", "the"})


def story_country(resolver: DocumentResolver) -> str | None:
    """The country the document's own mentions name far more than any other, or None."""
    counts = Counter(country for _, country in _counted(resolver))
    if not counts:
        return None
    (top, n), *_ = counts.most_common(1)
    if n < _LIMITS["min_mentions"] or n < _LIMITS["min_share"] * sum(counts.values()):
        return None
    return top


def _is_name(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() or w.lower() in _SMALL for w in words)


def _common_noun_before(resolver: DocumentResolver, start: int, end: int) -> bool:
    """ "state Senate races", "a student Senate": a common noun compounded onto the name
    says which kind of body it is, not the nation's."""
    doc = resolver.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "compound"
        and before.text.islower()
        and before.head.i >= span.start  # onto the name or the noun it modifies
    )


def place_national_bodies(resolver: DocumentResolver) -> None:
    """Give each country-less new state body the story's country (rule switched on)."""
    if not resolver.switches.enabled(NATIONAL_BODY):
        return
    linker = resolver.linker
    bodies: dict[str, str] = {}  # actor id -> state sector
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if mention.how != "new" or actor is None or actor.id in bodies:
            continue
        if actor.type != "organization" or actor.cameo:
            continue
        if actor.country and actor.country_source != SENTENCE_SOURCE:
            continue
        words = linker._strip_determiners(mention.text)
        if not _is_name(words) or _common_noun_before(resolver, mention.start, mention.end):
            continue
        read = linker.agent(words, resolver.date, mention=mention.text)
        if read is None or read.country or read.sector not in STATE_SECTORS:
            continue
        bodies[actor.id] = str(read.sector)
    if not bodies:
        return
    country = story_country(resolver)
    if country is None:
        return
    home = linker.kb.get(f"country:{country}")
    prefixes = home.names() if home is not None else []
    for actor_id, sector in bodies.items():
        actor = resolver.actors[actor_id]
        if actor.country and actor.country != country:
            continue  # its sentence names another country
        name = " ".join(linker._strip_determiners(actor.name))
        known = None
        for prefix in prefixes:
            for fallback in (False, True):
                found = linker.by_name(f"{prefix} {name}", resolver.date, fallback=fallback)
                if found is not None and found.country == country and found.type == "organization":
                    known = found
                    break
            if known is not None:
                break
        other_kind = {
            m.start
            for m in resolver.mentions
            if m.actor_id == actor_id
            and m.how != "pronoun"
            and _common_noun_before(resolver, m.start, m.end)
        }
        if known is None and not other_kind:
            actor.country, actor.sector, actor.country_source = country, sector, STORY_SOURCE
            continue
        if known is None:  # "state Senate races" keeps the body of no country
            known = Resolution(
                id=f"{actor_id}:{country.lower()}",
                name=actor.name,
                type="organization",
                country=country,
                sector=sector,
                how="new",
                confidence=_CONFIDENCE,
                country_source=STORY_SOURCE,
            )
        if known.id not in resolver.actors:
            resolver.actors[known.id] = known.record()
            resolver.gender[known.id] = None
        moved = {m.start for m in resolver.mentions if m.actor_id == actor_id} - other_kind
        for mention in resolver.mentions:
            if mention.actor_id == actor_id and mention.start in moved:
                mention.actor_id = known.id
                if known.how != "new":
                    mention.how = "alias"
        for seen in resolver.memory:
            if seen.actor_id == actor_id and seen.start in moved:
                seen.actor_id = known.id
        if not other_kind:
            resolver.actors.pop(actor_id, None)
