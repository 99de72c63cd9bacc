"""A definite office description names the one person of the text the KB gives that office
(session 46, engineer DS, issue 14).

"Hillary Clinton ... the former secretary of state said", "Marco Rubio ... the Florida
senator": where the text never set the role beside the name (``role_descriptions`` reads
those), the actor KB's dated roles may still say who holds it. A definite singular
description ("the" + modifiers + a person noun + an "of" phrase) is a mention of a person
the document named before it when exactly one such person holds, on the article's date, a
KB role whose title holds the head noun and every word of the description; with "former"
("ex-"), a role that ended before that date (``actors.coref.office_description``).

A modifier is matched by the title's words ("Ohio" in "Governor of Ohio"), by the initials
of its capitalised words ("FBI": "Federal Bureau of Investigation"), or, for an adjective,
by the country it names ("German" for a role of Germany). Nothing is guessed: a description
with a word no title holds (a party, "nominee": the KB has no campaigns) names no one, and
so does one two people of the text could hold. The description's own clause subject is
never the one it names (binding condition C, as ``description_binding``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import is_agent_id
from ..rules import declare
from .description_binding import own_subject_actor
from .normalize import fold
from .role_descriptions import _description, _word
from .speaking_groups import people_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .kb import Role
    from .resolve import DocumentResolver

OFFICE_DESCRIPTION = declare(
    "actors.coref.office_description",
    "'Hillary Clinton ... the former secretary of state said': a definite singular office "
    "description is the one person the text named before it whom the actor KB gives a role "
    "of those words on the article's date (ended before it, with 'former')",
)

_FORMER = frozenset({"former", "ex"})
# words a title's phrase carries that say nothing of the office
_GLUE = frozenset({"of", "the", "for", "and", "from", "on", "in", "to", "a"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def title_words(title: str) -> frozenset[str]:
    """The folded words of a KB title, and the initials of each run of capitalised words
    ("Federal Bureau of Investigation": "fbi", glue words inside a run kept out)."""
    words = _WORD.findall(title)
    found = {fold(w.lower().rstrip(".")) for w in words}
    runs: list[str] = []
    initials = ""
    for word in words:
        if word.lower() in _GLUE:
            continue  # "of" inside "Bureau of Investigation": the run goes on
        if word[0].isupper():
            initials += word[0].lower()
        else:
            runs.append(initials)
            initials = ""
    runs.append(initials)
    for run in runs:  # every stretch of a run: "fbi" of "dfbi", "us" of "ussv"
        found.update(run[i:j] for i in range(len(run)) for j in range(i + 2, len(run) + 1))
    return frozenset(found)


def _of_phrase(token: Token) -> list[Token]:
    """The words of an "of" phrase after the head ("secretary of state"), glue left out."""
    words: list[Token] = []
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words += [t for t in child.subtree if t.lower_ not in _GLUE and not t.is_punct]
    return words


def _fits(
    resolver: DocumentResolver, role: Role, head: str, words: list[Token], former: bool
) -> bool:
    """``role`` is the office the description's head and words name, held as it says."""
    date = resolver.date
    if date is None:
        return False
    if former:
        if role.end is None or role.end > date:
            return False
    elif not role.active_on(date):
        return False
    held = title_words(role.title)
    if head not in held:
        return False
    for token in words:
        if _word(token) in held:
            continue
        if token.pos_ == "ADJ" or token.ent_type_ == "NORP":  # "German": the role's country
            country, _ = resolver.linker.where([token.text], countries_only=True)
            if country is not None and country == role.country:
                continue
        return False
    return True


def _holders(
    resolver: DocumentResolver, token: Token, head: str, words: list[Token], former: bool
) -> set[str]:
    """The people named before ``token`` whom the KB gives the office described."""
    kb = resolver.linker.kb
    found: set[str] = set()
    for seen in resolver.memory:
        if seen.start >= token.idx or seen.actor_id in found:
            continue
        if not resolver.is_person(seen.actor_id) or is_agent_id(seen.actor_id):
            continue
        record = kb.get(seen.actor_id) if kb is not None else None
        if record is None:
            continue
        roles = record.effective_roles()
        if any(_fits(resolver, r, head, words, former) for r in roles):
            found.add(seen.actor_id)
    return found


def settle_office_descriptions(resolver: DocumentResolver) -> None:
    """Each definite office description the KB gives one named person becomes its mention."""
    if not resolver.switches.enabled(OFFICE_DESCRIPTION) or resolver.date is None:
        return
    nouns = people_nouns()
    for token in resolver.doc:
        head = _word(token)
        if head not in nouns:
            continue
        modifiers = _description(resolver, token, read=True)
        if modifiers is None:
            continue
        former = any(_word(t) in _FORMER for t in modifiers)
        tail = _of_phrase(token)
        words = [t for t in modifiers if _word(t) not in _FORMER] + tail
        people = _holders(resolver, token, head, words, former)
        if len(people) != 1:
            continue
        actor_id = next(iter(people))
        if own_subject_actor(resolver, token) == actor_id:
            continue  # "Clinton thanked the former secretary of state": someone else
        first = min([token.i, *(t.i for t in modifiers)])
        last = max([token.i, *(t.i for t in tail)])
        while first < token.i and _named(resolver, first):
            first += 1  # "FBI" stays the body's own mention
        if not _free(resolver, first, last):
            continue
        found = resolver.again(actor_id, "role", "role_holder")
        resolver.add_phrase(first, resolver.doc[last], found)


def _named(resolver: DocumentResolver, i: int) -> bool:
    """Token ``i`` is read as a mention of something other than a generic agent."""
    if i not in resolver.taken:
        return False
    token = resolver.doc[i]
    return any(
        m.start <= token.idx < m.end and not is_agent_id(m.actor_id) for m in resolver.mentions
    )


def _free(resolver: DocumentResolver, first: int, last: int) -> bool:
    """Tokens [first, last] are unread, or read only as a generic agent ("the Ohio
    governor": some US governor, no one), whose mention then gives way to the person."""
    if not any(i in resolver.taken for i in range(first, last + 1)):
        return True
    doc = resolver.doc
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    over = [m for m in resolver.mentions if m.start < end and start < m.end]
    if not over or any(
        m.how != "agent" or not is_agent_id(m.actor_id) or m.start < start or m.end > end
        for m in over
    ):
        return False  # a name, a body, or a phrase reaching past the description: kept
    for mention in over:
        resolver.mentions.remove(mention)
    gone = {m.actor_id for m in over} - {m.actor_id for m in resolver.mentions}
    for actor_id in gone:
        del resolver.actors[actor_id]  # no mention left: no actor of the text
    return True
