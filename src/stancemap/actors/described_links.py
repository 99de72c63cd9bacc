"""A name is not the KB person its own description rules out (session 65, engineer AC;
issues 12 and 14).

The linker reads a surname alone as the one KB person who has it; what the text says of
the name's bearer does not enter. On the blind pools, "Lord Ashcroft, the former Tory
treasurer" (a British peer) came out as John Ashcroft (US attorney general), and "May"
of a US department-store group's merger as Theresa May. Two passes of the document
resolver, once every name is linked (each rule off by default; a fourth, the Liberal
Democrats' subset, is in ``party_subsets``):

* ``actors.link.description_rules_out``: a KB person whom the document names only by a
  surname (courtesy titles aside: "Lord Ashcroft"), never with a given name, where the
  words right before a mention - the title words ``body_titles`` reads - place the
  bearer in countries the KB person is of in none of its country or roles: a courtesy
  title of rank ("Lord", "Baroness", "Sir", "Dame") by the countries of the KB's people
  named with it (at least ``_TITLE_PEOPLE`` of them), a party word by its KB party's
  country ("Tory" -> the Tory party), a capitalised run by the KB organisation of that
  name. The mentions go to the one person of the document (or the KB person of the
  described country, fitting the document's period) who has that surname, else to a
  new person, of the described country where it is one; a stray mention of the title
  words alone right before the name ("Lord" NER split off) joins the name.
* ``actors.names.firm_described_person``: a KB person whom the document names only by
  one word (never with a given name or a courtesy title) where at one of the word's
  places the text describes a firm - as ``actors.names.firm_apposition`` reads a new
  name ("store group May", "May, the retailer") - or the word opens an organisation's
  name the document tags whose last word is a WordNet firm noun or head - or any
  organisation's name it opens where the word owns a noun of what a firm has ("May
  Department Stores" ... "May's yearly sales", ``actors.names.firm_possession``'s
  nouns) - is that organisation (the document's, else a new one of the word): a firm is
  no person. Before this only new names were read so.
* ``actors.link.hyphened_surname``: a KB person linked by one half of a hyphen-joined
  name ("Silk" of "Mr Kilroy-Silk" -> John Silk of the Marshall Islands; "O'Connor" of
  "Cardinal Cormac Murphy-O'Connor", which ``actors.names.hyphen_pair`` split as two known
  surnames) that is none of the person's own names, where the document writes the whole
  name after a title, a WordNet noun of a person or a given name somewhere, is the
  document's person of the whole surname ("Robert Kilroy-Silk"), else a new person of it;
  the other halves' mentions inside the name are dropped.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..records import is_agent_id, is_new_id
from ..rules import declare
from .body_titles import _party_adjective, _runs, _title_tokens
from .firm_names import (
    PERSON_TITLES,
    _body_description,
    _described_beside,
    firm_heads,
    firm_nouns,
    owns_commercial_noun,
)
from .first_names import first_name_genders
from .link_context import (
    _SPELT,
    _contemporary_namesake,
    _document_namesake,
    _period,
    _relink_person,
)
from .merging import drop_if_unmentioned, merge_actor
from .namemodel import SOURCE as NAME_MODEL_SOURCE
from .new_organisations import NEW_CONFIDENCE, add_new_organisation
from .normalize import fold
from .titles import strip_titles

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..records import ActorMention
    from .kb import KbActor, KnowledgeBase
    from .resolve import DocumentResolver

DESCRIPTION_RULES_OUT = declare(
    "actors.link.description_rules_out",
    "'Lord Ashcroft, former Tory treasurer' is not John Ashcroft (US attorney general): a KB "
    "person named here only by a surname whose title words (a courtesy title of rank by "
    "the countries of the KB's people who bear it, a party or organisation by its KB "
    "country) place the bearer in countries none of the person's own or roles' is, is "
    "the document's person of that surname, else a new person of the described country",
)
FIRM_DESCRIBED_PERSON = declare(
    "actors.names.firm_described_person",
    "'store group May', 'May Department Stores ... May's sales': a KB person named here "
    "only by one word, never with a given name or courtesy title, that the text describes "
    "as a firm at one of its places (as actors.names.firm_apposition reads a new name) or "
    "that opens an organisation name ending in a WordNet firm noun or head, is that "
    "organisation, not the person",
)
# titles of rank whose bearers' countries the KB's own names tell ("Lord X", "Sir X")
RANK_TITLES = frozenset({"lord", "lady", "baroness", "baron", "sir", "dame", "viscount", "earl"})
# a title tells countries only where the KB names this many people with it
_TITLE_PEOPLE = 2


# ---------------------------------------------------------------- description


_RANKS: dict[int, dict[str, frozenset[str]]] = {}


def _rank_title_countries(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Title of rank -> the countries of the KB people named with it ("Lord X")."""
    if id(kb) not in _RANKS:
        _RANKS.clear()
        _RANKS[id(kb)] = _rank_titles(kb)
    return _RANKS[id(kb)]


def _rank_titles(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    found: dict[str, Counter[str]] = {}
    for actor in kb.actors.values():
        if actor.type != "person" or not actor.country:
            continue
        for name in actor.names():
            words = name.split()
            first = fold(words[0]).rstrip(".") if len(words) > 1 else ""
            if first in RANK_TITLES:
                found.setdefault(first, Counter())[actor.country] += 1
    return {t: frozenset(c) for t, c in found.items() if sum(c.values()) >= _TITLE_PEOPLE}


def _described_countries(
    resolver: DocumentResolver, span: Span, own_titles: list[str]
) -> frozenset[str] | None:
    """The countries the words describing the name's bearer allow (each piece of
    evidence narrows them), or None where they say nothing of a country."""
    kb = resolver.linker.kb
    ranks = _rank_title_countries(kb)
    doc = span.doc
    allowed: frozenset[str] | None = None

    def narrow(countries: frozenset[str]) -> None:
        nonlocal allowed
        allowed = countries if allowed is None else allowed & countries

    indices = _title_tokens(span)
    for word in [*own_titles, *(doc[i].text for i in indices)]:
        key = fold(word).rstrip(".")
        if key in ranks:
            narrow(ranks[key])
    for begin, end in _runs(span, indices):
        words = [t.text for t in doc[begin:end] if fold(t.text).rstrip(".") not in RANK_TITLES]
        if not words:
            continue
        found = resolver.linker.by_name(" ".join(words), resolver.date)
        if found is not None and found.type == "organization" and found.country:
            narrow(frozenset({found.country}))
            continue
        party = _party_adjective(resolver, words)
        if party is not None:
            narrow(frozenset({party}))
    return allowed


def _kb_countries(actor: KbActor) -> set[str]:
    return {c for c in [actor.country, *(r.country for r in actor.roles)] if c}


def _surname_mentions(
    resolver: DocumentResolver, actor_id: str
) -> list[tuple[ActorMention, str, list[str]]] | None:
    """(mention, surname, its own title words) for each spelt mention of the person,
    where every one is a surname alone, courtesy titles aside; else None."""
    found = []
    for mention in resolver.mentions:
        if mention.actor_id != actor_id or mention.how not in _SPELT:
            continue
        written = mention.text.replace("'s", "").replace("\u2019s", "").split()
        titles: list[str] = []
        stripped = strip_titles(resolver.linker, written)
        if stripped is not None:
            written, titles = stripped
        if len(written) != 1:
            return None  # "John Ashcroft": the text names him in full
        found.append((mention, written[0], titles))
    return found or None


def settle_described_people(resolver: DocumentResolver) -> None:
    """Unlink each surname-only KB person the text's description places elsewhere."""
    if not resolver.switches.enabled(DESCRIPTION_RULES_OUT):
        return
    kb = resolver.linker.kb
    for actor_id in list(resolver.actors):
        known = kb.actors.get(actor_id)
        if known is None or known.type != "person" or not _kb_countries(known):
            continue
        spelt = _surname_mentions(resolver, actor_id)
        if spelt is None:
            continue
        allowed: frozenset[str] | None = None
        for mention, _, titles in spelt:
            span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            here = _described_countries(resolver, span, titles)
            if here is not None:
                allowed = here if allowed is None else allowed & here
        if not allowed or allowed & _kb_countries(known):
            continue
        _unlink(resolver, actor_id, spelt, allowed)


def _unlink(resolver, actor_id: str, spelt, allowed: frozenset[str]) -> None:
    word = spelt[0][1]
    country = next(iter(allowed)) if len(allowed) == 1 else None
    namesake: KbActor | str | None = _document_namesake(resolver, word, actor_id)
    period = _period(resolver)
    if namesake is None and country is not None and period is not None:
        namesake = _contemporary_namesake(resolver, word, country, *period, actor_id)
    titles = _stray_titles(resolver, [m for m, _, _ in spelt])
    _relink_person(resolver, actor_id, namesake)
    target = next((m.actor_id for m, _, _ in spelt), None)
    if target is None or target == actor_id:
        return
    actor = resolver.actors.get(target)
    spelling_only = actor is not None and (
        actor.country is None or actor.country_source == NAME_MODEL_SOURCE
    )
    if actor is not None and is_new_id(target) and country is not None and spelling_only:
        actor.country, actor.country_source = country, None
    for mention in titles:  # "Lord" split off "Lord Ashcroft": the same person
        old = mention.actor_id
        mention.actor_id = target
        drop_if_unmentioned(resolver, old)


def _stray_titles(resolver: DocumentResolver, spelt: list) -> list:
    """New-person mentions that end right before a mention of the name with a title of
    rank or courtesy ("Tory Treasurer Lord" + "Ashcroft"): the title split off the name."""
    starts = set()
    for mention in spelt:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            starts.add(span.start)
    found = []
    for mention in resolver.mentions:
        if not is_new_id(mention.actor_id) or mention.how == "pronoun":
            continue
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end not in starts:
            continue
        if fold(span[-1].text).rstrip(".") in PERSON_TITLES:
            found.append(mention)
    return found


# ---------------------------------------------------------------- firms


def _firm_word(token) -> bool:
    """A firm noun or a head of a firm's description, in an organisation's name
    ("Stores", "Group", "Airways")."""
    lemma = token.lemma_.lower()
    heads = firm_heads()
    return lemma in firm_nouns() or lemma in heads["body"] or lemma in heads["described"]


def _firm_name_opened(resolver: DocumentResolver, word: str, owning: bool) -> str | None:
    """The document's organisation whose name the word opens and a firm word ends - or
    any organisation's name it opens where (``owning``) the word owns a noun of what a
    firm has ("May Department Stores" ... "May's sales"): its id, else None."""
    key = fold(word)
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.type != "organization" or is_agent_id(mention.actor_id):
            continue
        words = mention.text.split()
        if len(words) < 2 or fold(words[0]) != key:
            continue
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and (owning or _firm_word(span[-1])):
            return mention.actor_id
    return None


def _titled_or_given(doc, word: str) -> bool:
    """The document writes the word after a courtesy title or a given name."""
    key = fold(word)
    for token in doc:
        if token.i == 0 or fold(token.text) != key:
            continue
        before = fold(doc[token.i - 1].text.rstrip("."))
        if before in PERSON_TITLES or (
            doc[token.i - 1].text[:1].isupper() and before in first_name_genders()
        ):
            return True
    return False


def settle_firm_people(resolver: DocumentResolver) -> None:
    """Move each one-word KB person the text reads as a firm to that firm."""
    if not resolver.switches.enabled(FIRM_DESCRIBED_PERSON):
        return
    kb = resolver.linker.kb
    doc = resolver.doc
    for actor_id in list(resolver.actors):
        known = kb.actors.get(actor_id)
        if known is None or known.type != "person":
            continue
        mentions = [m for m in resolver.mentions if m.actor_id == actor_id and m.how in _SPELT]
        words = {m.text.replace("'s", "").replace("\u2019s", "").strip() for m in mentions}
        if not mentions or len(words) != 1:
            continue
        word = next(iter(words))
        if len(word.split()) != 1 or _titled_or_given(doc, word):
            continue
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
        owning = any(s is not None and owns_commercial_noun(s) for s in spans)
        target = _firm_name_opened(resolver, word, owning)
        if target is None:
            if not any(s is not None and _described_beside(s, _body_description) for s in spans):
                continue
            target = add_new_organisation(resolver, word)
        merge_actor(resolver, actor_id, target, how="new", cap=NEW_CONFIDENCE)


# ---------------------------------------------------------------- double-barrelled names


HYPHENED_SURNAME = declare(
    "actors.link.hyphened_surname",
    "'Mr Kilroy-Silk', 'Cardinal Cormac Murphy-O'Connor': a KB person linked by one half "
    "of a hyphen-joined name that is none of the person's names, where the document writes "
    "the whole after a title, a WordNet person noun or a given name, is the document's "
    "person of the whole surname, else a new person of it",
)
_HYPHENS = frozenset({"-", "\u2013", "\u2010"})


def _compound(doc, start: int, end: int) -> tuple[int, int]:
    """The token range of the hyphen-joined word holding tokens [start, end): capitalised
    parts glued by hyphens with no space ("Kilroy - Silk" -> the three)."""

    def part(token) -> bool:
        return token.text[:1].isupper() and token.text.replace("'", "").isalpha()

    while (
        start >= 2
        and doc[start - 1].text in _HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and part(doc[start - 2])
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and doc[end].text in _HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and part(doc[end + 1])
    ):
        end += 2
    return start, end


def _person_word(token) -> bool:
    """A title, a WordNet noun of a person or a given name, capitalised ("Mr", "Cardinal",
    "Robert")."""
    from .coref import _people_nouns
    from .titles import HONORIFICS

    key = fold(token.text).rstrip(".")
    if not token.text[:1].isupper():
        return False
    return (
        key in PERSON_TITLES
        or key in HONORIFICS
        or key in RANK_TITLES
        or key in _people_nouns()
        or key in first_name_genders()
    )


def _written_as_surname(doc, key: str) -> bool:
    """The document writes the hyphen-joined word ``key`` (folded) right after a person
    word somewhere."""
    for token in doc:
        if token.i == 0 or fold(token.text) == "" or token.text in _HYPHENS:
            continue
        start, end = _compound(doc, token.i, token.i + 1)
        if start != token.i or end == token.i + 1:
            continue
        if fold(doc[start:end].text) == key and start > 0 and _person_word(doc[start - 1]):
            return True
    return False


def settle_hyphened_surnames(resolver: DocumentResolver) -> None:
    """Move each KB person linked by half a double-barrelled name to that name's person."""
    if not resolver.switches.enabled(HYPHENED_SURNAME):
        return
    kb = resolver.linker.kb
    doc = resolver.doc
    for actor_id in list(resolver.actors):
        known = kb.actors.get(actor_id)
        if known is None or known.type != "person":
            continue
        names = {fold(w) for n in known.names() for w in n.split()}
        spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
        wholes = set()
        spans = []
        for mention in spelt:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                break
            start, end = _compound(doc, span.start, span.end)
            whole = doc[start:end]
            if end - start < 3 or fold(whole.text) in names:
                break  # not inside a double-barrelled name, or the KB's own
            wholes.add(fold(whole.text))
            spans.append((mention, whole))
        else:
            if len(wholes) != 1 or not spans:
                continue
            key = next(iter(wholes))
            if not _written_as_surname(doc, key):
                continue
            _relink_whole(resolver, actor_id, spans, key)


def _relink_whole(resolver: DocumentResolver, actor_id: str, spans, key: str) -> None:
    from .newactors import new_actor

    target: str | None = _document_namesake(resolver, key, actor_id)
    if target is None:
        found = new_actor(resolver, spans[0][1], "PERSON")
        if found is None or found.type != "person" or found.id == actor_id:
            return
        if found.id not in resolver.actors:
            resolver.actors[found.id] = found.record()
            resolver.gender[found.id] = found.gender
        target = found.id
    confidence = resolver.actors[target].confidence
    for mention, whole in spans:
        # the name's other halves, read as mentions of their own, are this name
        for other in [
            m
            for m in resolver.mentions
            if m is not mention
            and m.how != "pronoun"
            and whole.start_char <= m.start
            and m.end <= whole.end_char
        ]:
            old = other.actor_id
            resolver.mentions.remove(other)
            if is_new_id(old):
                drop_if_unmentioned(resolver, old)
        mention.start, mention.end, mention.text = whole.start_char, whole.end_char, whole.text
    merge_actor(
        resolver, actor_id, target, how="new" if is_new_id(target) else "short", cap=confidence
    )
