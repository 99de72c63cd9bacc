"""Surname-only mentions and a person's followers, settled once the whole document is read.

* ``actors.names.full_name_elsewhere``: a full name that shares only the surname of the
  person it was linked to ("Chris Christie" joined to an earlier "Christie" read as Perry
  Christie) is somebody else: a new person;
* ``actors.names.surname_antecedent``: a bare surname the KB gave to a namesake whom the
  document never names in full is the one person the document does name in full with that
  surname ("Christie" -> "New Jersey Gov. Chris Christie"), known to the KB or not;
* ``actors.names.foreign_namesake``: a bare surname the KB gave to an imported (not hand-
  written) office holder of a country nothing else in the document belongs to, in a
  document whose other people do have a country, is an unknown person, not that office
  holder ("Christie" in a story on Trump and Cruz is not the Bahamas' prime minister);
* ``actors.names.followers``: a person's name modifying a group noun (data file
  ``lexicon/follower_nouns.txt``: "Sanders supporters", "Clinton's voters") names a group
  affiliated with that person, with the person's country, not the person. Those who speak
  for the person ("Clinton's aides", "the Trump campaign") stay the person: issue 14 counts
  spokespeople as the person's own side, and a separate group would lose their statements.
* ``actors.names.opponents``: a person's name modifying a noun of people against someone
  (data file ``lexicon/opponent_nouns.txt``, imported from WordNet by
  ``opponents_import.py``: "Obama opponents", "Putin's critics", "a Trump rival") names a
  group of people against that person, never the person; a noun that is itself the title
  of a name ("Putin critic Alexei Navalny") is left to that name;
* ``actors.names.opponents_of_bodies``: the same for a country or an organisation ("Kremlin
  critics", "Beijing's critics", "Russia's enemies"): a group against it, of no country (a
  country's critics may be its own people or foreign).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..datafiles import word_list
from ..records import Actor, is_new_id
from ..rules import declare
from .agents import PARTY_FOLLOWERS
from .linker import new_id
from .merging import EVERY, drop_if_unmentioned, merge_actor
from .newactors import new_actor
from .normalize import fold
from .party_subsets import party_subsets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .resolve import DocumentResolver

FULL_NAME_ELSEWHERE = declare(
    "actors.names.full_name_elsewhere",
    "a full name sharing only the surname of the person it was joined to ('Chris "
    "Christie' after 'Christie' read as Perry Christie) is a new person",
)
SURNAME_ANTECEDENT = declare(
    "actors.names.surname_antecedent",
    "a bare surname the KB gave to a namesake never named in full here is the one person "
    "the document names in full with that surname",
)
FOREIGN_NAMESAKE = declare(
    "actors.names.foreign_namesake",
    "a bare surname read as an imported office holder of a country nothing else in the "
    "document belongs to, among people who have a country, is an unknown person",
)
FOLLOWERS = declare(
    "actors.names.followers",
    "'Sanders supporters', 'Clinton's voters': a name modifying a follower noun is a group "
    "affiliated with that person, not the person",
)
OPPONENTS = declare(
    "actors.names.opponents",
    "'Obama opponents', 'Putin's critics': a name modifying a WordNet noun of people "
    "against someone is a group against that person, not the person",
)
OPPONENTS_OF_BODIES = declare(
    "actors.names.opponents_of_bodies",
    "'Kremlin critics', 'Russia's enemies': a country or organisation modifying a WordNet noun of "
    "people against someone is a group against it (of no country), not the body",
)
_BODY_TYPES = ("country", "organization")
_NAMING_HOWS = ("name", "alias", "short", "fuzzy", "new")  # a mention that spells a name
FOLLOWER_NOUNS = word_list("lexicon/follower_nouns.txt")
OPPONENT_NOUNS = word_list("lexicon/opponent_nouns.txt")


def settle_namesakes(resolver: DocumentResolver) -> None:
    """Run the four rules, in this order (each needs the one before)."""
    if resolver.switches.enabled(FULL_NAME_ELSEWHERE):
        _split_full_names(resolver)
    if resolver.switches.enabled(SURNAME_ANTECEDENT):
        _surnames_to_antecedents(resolver)
    if resolver.switches.enabled(FOREIGN_NAMESAKE):
        _drop_foreign_namesakes(resolver)
    if any(resolver.switches.enabled(r) for r in (FOLLOWERS, OPPONENTS, OPPONENTS_OF_BODIES)):
        _followers(resolver)
    party_subsets(resolver)  # "false or squishy Republicans": some of the party


def _words(text: str) -> list[str]:
    return [fold(w) for w in text.replace("'s", "").split() if fold(w)]


def _is_kb_person(resolver: DocumentResolver, actor_id: str) -> bool:
    return resolver.is_person(actor_id) and not is_new_id(actor_id)


def _forget_unmentioned(resolver: DocumentResolver, actor_id: str) -> None:
    drop_if_unmentioned(resolver, actor_id)


def _split_full_names(resolver: DocumentResolver) -> None:
    for mention in resolver.mentions:
        if mention.how not in ("fuzzy", "short") or not resolver.is_person(mention.actor_id):
            continue
        written, known = _words(mention.text), _words(resolver.actors[mention.actor_id].name)
        if len(written) < 2 or len(known) < 2 or written[-1] != known[-1]:
            continue
        if written[0] == known[0]:
            continue
        trailing = len(known) > len(written) and known[-len(written) :] == written
        if trailing and resolver.switches.enabled("actors.names.trailing_name"):
            continue  # "López Aliaga" of "Rafael López Aliaga": the full name's last words
        if known[0].startswith(written[0]) or written[0].startswith(known[0]):
            continue  # "Bill" / "William"-like shortenings are left alone
        span = resolver.doc.char_span(mention.start, mention.end)
        found = new_actor(resolver, span, "PERSON") if span is not None else None
        if found is None:
            continue
        old = mention.actor_id
        if found.id not in resolver.actors:
            resolver.actors[found.id] = found.record()
        mention.actor_id, mention.how, mention.confidence = found.id, "new", found.confidence
        _forget_unmentioned(resolver, old)


def _named_in_full(resolver: DocumentResolver) -> dict[str, set[str]]:
    """Folded surname -> the people this document names with more than one word."""
    people: dict[str, set[str]] = {}
    for mention in resolver.mentions:
        if len(mention.text.split()) > 1 and resolver.is_person(mention.actor_id):
            surname = resolver.folded_surname(mention.actor_id)
            if surname and mention.how != "pronoun":
                people.setdefault(surname, set()).add(mention.actor_id)
    return people


def _bare_surname_only(resolver: DocumentResolver, actor_id: str) -> bool:
    """The actor is a KB person whose name is written here only as a bare surname (its
    role nouns and pronouns aside)."""
    surname = resolver.folded_surname(actor_id)
    named = [m for m in resolver.mentions if m.actor_id == actor_id and m.how in _NAMING_HOWS]
    return any(fold(m.text) == surname for m in named) and all(
        len(m.text.split()) == 1 for m in named
    )


def _office_before(resolver: DocumentResolver, actor_id: str) -> bool:
    """A mention of the KB person ``actor_id`` follows an office word its recorded roles
    hold ("Secretary Clinton"; rule ``actors.names.title_namesake``)."""
    kb = resolver.linker.kb.actors.get(actor_id)
    if kb is None:
        return False
    held = {w for r in kb.roles for w in fold(r.title).split()}
    text = resolver.document.text
    for mention in resolver.mentions:
        if mention.actor_id != actor_id or mention.how == "pronoun":
            continue
        before = text[max(0, mention.start - 20) : mention.start].split()
        if before and before[-1][:1].isupper() and fold(before[-1].rstrip(".")) in held:
            found = resolver.linker.find_agent([before[-1].rstrip(".")])
            if found is not None and found[0].kind == "person":
                return True
    return False


def _surnames_to_antecedents(resolver: DocumentResolver) -> None:
    in_full = _named_in_full(resolver)
    for actor_id in [a for a in resolver.actors if _is_kb_person(resolver, a)]:
        if not _bare_surname_only(resolver, actor_id):
            continue
        others = in_full.get(resolver.folded_surname(actor_id) or "", set()) - {actor_id}
        if len(others) != 1:
            continue
        if resolver.switches.enabled("actors.names.title_namesake") and _office_before(
            resolver, actor_id
        ):
            continue  # "Secretary Clinton" stays Hillary beside a "Bill Clinton"
        target = next(iter(others))
        merge_actor(resolver, actor_id, target, surface=False, how="short", renamed=EVERY)


def _drop_foreign_namesakes(resolver: DocumentResolver) -> None:
    for actor_id in [a for a in resolver.actors if _is_kb_person(resolver, a)]:
        actor = resolver.actors[actor_id]
        kb = resolver.linker.kb.actors.get(actor_id)
        if actor.country is None or kb is None or kb.curated:
            continue
        if not _bare_surname_only(resolver, actor_id):
            continue
        others = [a for a in resolver.actors.values() if a.id != actor_id]
        if any(a.country == actor.country for a in others):
            continue  # the document has something of that country: the namesake may fit
        if not any(a.type == "person" and a.country for a in others):
            continue  # nothing to say the namesake does not fit
        first = next(m for m in resolver.mentions if m.actor_id == actor_id)
        span = resolver.doc.char_span(first.start, first.end)
        found = new_actor(resolver, span, "PERSON") if span is not None else None
        if found is None:
            continue
        resolver.actors[found.id] = found.record()
        merge_actor(
            resolver,
            actor_id,
            found.id,
            surface=False,
            how="new",
            renamed=EVERY,
            confidence=found.confidence,
        )


def _follower_noun(
    resolver: DocumentResolver, token: Token, person: bool = True, party: bool = False
) -> Token | None:
    """The follower or opponent noun a name token modifies ("Sanders" in "Sanders
    supporters", "Clinton" in "Clinton's aides", "Obama" in "Obama opponents"), or None.
    For a body (``person`` False) only opponent nouns count ("Kremlin critics")."""
    head = token.head
    if token.dep_ not in ("compound", "poss") or head.i <= token.i or head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if person and lemma in FOLLOWER_NOUNS and resolver.switches.enabled(FOLLOWERS):
        return head
    if party and lemma in FOLLOWER_NOUNS and resolver.switches.enabled(PARTY_FOLLOWERS):
        return head  # "GOP voters": the party's followers
    rule = OPPONENTS if person else OPPONENTS_OF_BODIES
    if lemma in OPPONENT_NOUNS and resolver.switches.enabled(rule):
        return None if _titles_a_name(head) else head
    return None


def _titles_a_name(noun: Token) -> bool:
    """The noun is the title of a proper name ("Putin critic Alexei Navalny", "Trump's rival,
    Ted Cruz"): it modifies one, or one stands in apposition to it."""
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return True
    return any(child.dep_ == "appos" and child.pos_ == "PROPN" for child in noun.children)


def _followers(resolver: DocumentResolver) -> None:
    doc = resolver.doc
    grouped: set[str] = set()
    twice: list[Any] = []
    for mention in resolver.mentions:
        if mention.how == "pronoun":
            continue
        is_person = resolver.is_person(mention.actor_id)
        if not is_person and resolver.actors[mention.actor_id].type not in _BODY_TYPES:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        person = resolver.actors[mention.actor_id]
        party = not is_person and person.sector == "PTY"
        noun = _follower_noun(resolver, span[-1], is_person, party)
        if noun is None:
            continue
        group_name = f"{person.name} {noun.lemma_.lower()}"
        group_id = new_id(group_name, "group")
        if group_id not in resolver.actors:
            resolver.actors[group_id] = Actor(
                id=group_id,
                name=group_name,
                type="group",
                country=person.country if is_person or party else None,
                role=f"{noun.text.lower()} of {person.name}",
                confidence=mention.confidence,
            )
        end = noun.idx + len(noun.text)
        grouped.add(mention.actor_id)
        if party and any(
            (m.start, m.end, m.actor_id) == (mention.start, end, group_id)
            for m in resolver.mentions
        ):
            twice.append(mention)  # "GOP voters": the noun phrase pass read the group already
            continue
        mention.end, mention.text = end, resolver.document.text[mention.start : end]
        mention.actor_id, mention.how = group_id, "agent"
    for mention in twice:
        resolver.mentions.remove(mention)
    for actor_id in grouped:  # the person stays an actor only if mentioned otherwise
        _forget_unmentioned(resolver, actor_id)
