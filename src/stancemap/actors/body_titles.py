"""A person named with the title of a party or body is that person, of that body's country
(session 61, engineer EN; issues 12 and 14).

On BBC News (2004-2005) the names an analyst reads as British politicians came out as
other actors. "Labour MP Edward Leigh", "Conservative frontbencher Andrew Tyrie": NER
tags the person's name, the KB has no such person, and the name linked with the title
words before it (``actors.names.titled``) is read by the agents lexicon as a member of
the party - so the person's mention becomes the party itself, and the person is lost.
"Tory leader Michael Howard" is a new person, but his title's party gives him no country
(the party word is a modifier, no mention of its own), and the spelling model
(``actors.link.name_model``, trained on the KB's office holders, most of them American)
guesses the USA for an English name. Three rules, each off by default:

* ``actors.names.body_title_person`` (in the chain of ``actors.names``, before
  ``titled``): a PERSON entity of two to four capitalised words that no earlier rule
  read, whose name with its title words links to an organisation or a group and not to
  a person, is a new person (``newactors.new_actor``) - the title says what body the
  person speaks for, not who the person is.
* ``actors.country.title_body`` (a pass once every name is read, after the bodies of
  the story's country): a new person with no country, or only the spelling model's
  guess, whose title words (those ``newactors.title_actor`` reads: a few nouns,
  adjectives and proper nouns right before the name) name one KB organisation of one
  country - the document's own reading of those words where it has a mention there
  (so a party ``actors.names.foreign_body_word`` made a new body of no country gives
  none), else the KB's reading of the capitalised run - takes that body's country.
* ``actors.country.story_over_spelling``: a new person whose country is still only the
  spelling model's guess, in a document whose own mentions never name that country and
  name another far more than any other (``national_bodies.story_country``, the same
  share and count as ``actors.names.national_body``), takes the story's country, marked
  ``country_source`` "story": a name's letters say less than the story it is in.

Left alone: a KB person, a person whose country the text or the nationality list gives,
a title of a demonym or a country (``as_described`` reads those), a US story's new
person (the model's USA is the story's country), and a story naming several countries
alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import is_new_id
from ..rules import declare, rule
from .namemodel import SOURCE as NAME_MODEL_SOURCE
from .national_bodies import STORY_SOURCE, story_country
from .newactors import new_actor
from .sentence_country import _counted
from .spans import with_titles

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .linker import Resolution
    from .names import Name
    from .resolve import DocumentResolver

TITLE_BODY = declare(
    "actors.country.title_body",
    "'Tory leader Michael Howard': a new person with no country (or only the spelling "
    "model's guess) whose title words name one KB body of one country (the document's "
    "reading of them first) takes that body's country",
)
STORY_OVER_SPELLING = declare(
    "actors.country.story_over_spelling",
    "'Edward Leigh' in a British story: a new person whose country is only the spelling "
    "model's guess, a country the document never names, takes the story's country (the one "
    "its mentions name far more than any other), marked country_source 'story'",
)
# the kinds of actor a title's words may name for the person to take its country
_BODY_TYPES = ("organization",)
# how many words before a name the title may reach (as newactors.title_actor)
_TITLE_WORDS = 6
_TITLE_POS = ("PROPN", "NOUN", "ADJ")


@rule(
    "actors.names.body_title_person",
    order=58,
    doc="'Labour MP Edward Leigh': a PERSON name of two to four capitalised words no "
    "earlier rule read, which linked with its title words reads as a body or group and "
    "not as a person, is a new person (the title says whose side, not who)",
)
def body_title_person(resolver: DocumentResolver, name: Name) -> Resolution | None:
    span = name.span
    if name.label != "PERSON" or not 2 <= len(span) <= 4:
        return None
    if not all(t.text[:1].isupper() for t in span):
        return None
    titled = with_titles(span)
    if titled == span.text:
        return None  # no title words: ``titled`` reads the name as it is
    found = resolver.linker.link(titled, resolver.date, known_only=True)
    if found is None or found.type == "person" or found.type not in ("organization", "group"):
        return None
    return new_actor(resolver, span, "PERSON")


def _title_tokens(span: Span) -> list[int]:
    """The token indices of the title words right before a name: nouns, adjectives and
    proper nouns of its sentence, at most a few, with no comma or verb in between."""
    doc = span.doc
    start = span.start
    first = span.sent.start
    while start > first and span.start - start < _TITLE_WORDS and doc[start - 1].pos_ in _TITLE_POS:
        start -= 1
    return list(range(start, span.start))


def _runs(span: Span, indices: list[int]) -> list[tuple[int, int]]:
    """Capitalised runs (token start, end) among the title words."""
    doc = span.doc
    runs: list[tuple[int, int]] = []
    begin: int | None = None
    for i in [*indices, None]:
        capital = i is not None and doc[i].text[:1].isupper() and doc[i].is_alpha
        if capital and begin is None:
            begin = i
        elif not capital and begin is not None:
            end = i if i is not None else indices[-1] + 1
            runs.append((begin, end))
            begin = None
    return runs


def _title_country(resolver: DocumentResolver, span: Span) -> str | None:
    """The one country the bodies named in a person's title words are of, or None."""
    doc = span.doc
    linker = resolver.linker
    countries: set[str | None] = set()
    for begin, end in _runs(span, _title_tokens(span)):
        start, stop = doc[begin].idx, doc[end - 1].idx + len(doc[end - 1])
        here = [m for m in resolver.mentions if m.start < stop and start < m.end]
        if here:  # the document's own reading of those words decides
            for mention in here:
                actor = resolver.actors.get(mention.actor_id)
                if actor is not None and actor.type in _BODY_TYPES:
                    countries.add(actor.country)
            continue
        found = linker.by_name(doc[begin:end].text, resolver.date)
        if found is not None and found.type in _BODY_TYPES and found.kb is not None:
            countries.add(found.country)
            continue
        party = _party_adjective(resolver, [t.text for t in doc[begin:end]])
        if party is not None:
            countries.add(party)
    if len(countries) != 1:
        return None
    return next(iter(countries))


def _party_adjective(resolver: DocumentResolver, words: list[str]) -> str | None:
    """The country of the KB party a capitalised title word names as "<word> Party"
    ("Tory" -> the Tory party): the one such party, else the one of the story's country
    among several ("Conservative")."""
    kb = resolver.linker.kb
    for word in words:
        if not word.isalpha():
            continue
        parties = {
            a.country
            for a in kb.lookup(f"{word} Party")
            if a.type == "organization" and a.sector == "PTY" and a.country
        }
        if len(parties) == 1:
            return next(iter(parties))
        if len(parties) > 1:
            story = story_country(resolver)
            return story if story in parties else None
    return None


def _spelling_only(actor_country: str | None, source: str | None) -> bool:
    return actor_country is None or source == NAME_MODEL_SOURCE


def place_titled_people(resolver: DocumentResolver) -> None:
    """Give new people the country of the body their title names, then the story's
    country over the spelling model's guess (each rule switched on)."""
    by_title = resolver.switches.enabled(TITLE_BODY)
    by_story = resolver.switches.enabled(STORY_OVER_SPELLING)
    if not by_title and not by_story:
        return
    people = {
        actor_id: actor
        for actor_id, actor in resolver.actors.items()
        if actor.type == "person" and is_new_id(actor_id) and not actor.cameo
    }
    if by_title:
        done: set[str] = set()
        for mention in resolver.mentions:
            actor = people.get(mention.actor_id)
            if actor is None or mention.actor_id in done or mention.how == "pronoun":
                continue
            if not _spelling_only(actor.country, actor.country_source):
                continue
            span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            country = _title_country(resolver, span)
            if country is not None:
                actor.country, actor.country_source = country, None
                done.add(mention.actor_id)
    if not by_story:
        return
    guessed = [a for a in people.values() if a.country and a.country_source == NAME_MODEL_SOURCE]
    if not guessed:
        return
    story = story_country(resolver)
    if story is None:
        return
    named = {country for _, country in _counted(resolver)}
    for actor in guessed:
        if actor.country != story and actor.country not in named:
            actor.country, actor.country_source = story, STORY_SOURCE
