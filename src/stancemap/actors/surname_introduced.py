"""A lone surname whose KB bearer the document has not introduced.

"Jeb Bush criticized Marco Rubio ... 'rape, incest and when the life of the mother is in
danger,' Bush said": the KB reads "Bush" as George W. Bush, and the namesake rules give way
to a person of the document only while the KB's bearer is not yet in it. Rule
``actors.names.surname_introduced`` (run once every name is settled, after the namesake
rules): a mention that is a KB person's bare surname (alone or after a courtesy word,
"Mr. Bush"), where the document has so far named that person only so - never in full
(given name and surname) nor after an office word of their own recorded roles ("President
Bush") - and has named another person in full with that surname before it, is that other
person (the latest so named; not one of the other gender than a courtesy word before it
says). Once the document introduces the KB's bearer, the namesake rules decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..records import is_agent_id, is_new_id
from ..rules import declare
from .merging import drop_if_unmentioned
from .normalize import fold
from .titles import HONORIFICS

if TYPE_CHECKING:
    from ..records import ActorMention
    from .resolve import DocumentResolver

INTRODUCED = declare(
    "actors.names.surname_introduced",
    "'Jeb Bush criticized Rubio ... Bush said': a KB person's bare surname, where the "
    "document has not yet named that person in full nor by an office of their roles, is the "
    "person named here in full with that surname before it",
)
_SHORT = float(constants("actors")["confidence"]["short_name"])
_NAMING = ("name", "alias", "short", "fuzzy", "new")  # a mention that spells a name
_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m"}
# words of courtesy, no office: "Mr. Bush" names no more than "Bush"
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "prof", "rev"})
OFFICE_WORDS = HONORIFICS - _COURTESY
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president"}


def _titled(text: str, start: int, offices: set[str]) -> bool:
    """An office word of the person's roles stands right before ``start`` ("President
    Bush"; "Sen. John McCain" is no title of a Liberian minister of information)."""
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    word = fold(before[-1].rstrip("."))
    return word in OFFICE_WORDS and _ABBREVIATED.get(word, word) in offices


def _in_full(text: str) -> bool:
    """A name of two words or more that is not a courtesy word and a surname."""
    words = text.split()
    return len(words) > 1 and fold(words[0].rstrip(".")) not in _COURTESY


def _courtesy_gender(text: str, start: int) -> str | None:
    before = text[max(0, start - 6) : start].split()
    return _GENDER.get(fold(before[-1].rstrip("."))) if before else None


def settle_introduced_surnames(resolver: DocumentResolver) -> None:
    """Give each bare surname of a KB person not yet introduced to the person named in
    full with it before."""
    if not resolver.switches.enabled(INTRODUCED):
        return
    kb = resolver.linker.kb
    text = resolver.document.text
    people = {
        actor_id
        for actor_id, actor in resolver.actors.items()
        if actor.type == "person" and not is_agent_id(actor_id)
    }
    named = sorted(
        (m for m in resolver.mentions if m.actor_id in people and m.how in _NAMING),
        key=lambda m: m.start,
    )
    introduced: set[str] = set()
    full: dict[str, list[ActorMention]] = {}  # folded surname -> full-name mentions so far
    for mention in named:
        actor_id = mention.actor_id
        words = mention.text.split()
        if _in_full(mention.text):
            introduced.add(actor_id)
            full.setdefault(fold(words[-1]), []).append(mention)
            continue
        if is_new_id(actor_id) or actor_id in introduced:
            continue
        known = kb.actors.get(actor_id)
        if known is None:
            continue
        offices = {w for role in known.roles for w in fold(role.title).split()}
        if _titled(text, mention.start, offices):
            introduced.add(actor_id)
            continue
        key = fold(words[-1])
        if resolver.folded_surname(actor_id) != key:
            continue
        gender = _courtesy_gender(text, mention.start)
        others = [
            m
            for m in full.get(key, [])
            if m.actor_id != actor_id
            and m.actor_id in resolver.actors
            and resolver.folded_surname(m.actor_id) == key
            and (gender is None or resolver.gender.get(m.actor_id) in (None, gender))
        ]
        if not others:
            continue
        mention.actor_id = others[-1].actor_id
        mention.how = "short"
        mention.confidence = min(mention.confidence, _SHORT)
    for actor_id in list(resolver.actors):
        if actor_id in people:
            drop_if_unmentioned(resolver, actor_id, people=True)
