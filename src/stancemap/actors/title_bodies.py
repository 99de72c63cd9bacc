"""A spokesperson's title that names a body without its country: the story's body.

"Uruguay's foreign ministry summoned the ambassador ... Foreign ministry spokeswoman
Ana Perez said ...": the title "Foreign ministry spokeswoman" names a body the story
has already named with its country, so she is Uruguay's. Rule
``actors.agent.title_body_country``: a person of a state sector whose title (the role
the text gave them) is a spokes-noun after the words of a body ("foreign ministry",
"government", "interior ministry"), who has no country of their own or only a guess
(the name model, a Wikipedia nationality, their sentence), takes the country of the
state body of the same document whose name ends with those words ("Uruguay's foreign
ministry", "Senegal's government"), where all such bodies are of one country. A title
naming another body ("defence ministry spokesman" beside "the foreign ministry") or
two countries' bodies alike leaves the person as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import declare
from .namemodel import SOURCE as NAME_MODEL_SOURCE
from .national_bodies import STATE_SECTORS
from .nationality import SOURCE as NATIONALITY_SOURCE
from .normalize import fold
from .sentence_country import SENTENCE_SOURCE

if TYPE_CHECKING:
    from .resolve import DocumentResolver

TITLE_BODY = declare(
    "actors.agent.title_body_country",
    "'Foreign ministry spokeswoman Ana Perez' after 'Uruguay's foreign ministry': a "
    "spokesperson whose title names a body without its country (and who has no country, or "
    "only a guessed one) takes the country of the story's state body of that name",
)
# countries that are only guesses: the text's own body replaces them
_GUESSES = frozenset({NAME_MODEL_SOURCE, NATIONALITY_SOURCE, SENTENCE_SOURCE})
_SPOKES = tuple(w.lower() for w in constants("alignment")["spokesperson_words"])


def _body_words(role: str) -> str | None:
    """ "Foreign ministry spokeswoman" -> "foreign ministry": the words before a final
    spokes-noun (None: no spokes-noun ends the title, or nothing is before it)."""
    low = fold(role).strip()
    for word in _SPOKES:
        if low.endswith(" " + word):
            before = low[: -len(word)].strip()
            return before or None
    return None


def _name_words(name: str) -> str:
    """A body's folded name without a possessive: "uruguay's foreign ministry"."""
    return " ".join(w.removesuffix("'s").removesuffix("\u2019s") for w in fold(name).split())


def place_titled_by_body(resolver: DocumentResolver) -> None:
    """Give each countryless spokesperson the country of the body their title names."""
    if not resolver.switches.enabled(TITLE_BODY):
        return
    bodies = [
        a
        for a in resolver.actors.values()
        if a.type in ("group", "organization")
        and a.country
        and a.country_source is None
        and (a.sector or "") in STATE_SECTORS
    ]
    if not bodies:
        return
    for actor in list(resolver.actors.values()):
        if actor.type != "person" or not actor.role or (actor.sector or "") not in STATE_SECTORS:
            continue
        if actor.country and actor.country_source not in _GUESSES:
            continue
        words = _body_words(actor.role)
        if words is None:
            continue
        countries = {
            b.country
            for b in bodies
            if (name := _name_words(b.name)) == words or name.endswith(" " + words)
        }
        if len(countries) == 1:
            actor.country, actor.country_source = countries.pop(), None
