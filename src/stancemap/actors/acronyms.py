"""A word in capitals is an acronym, not a person's name folded to it.

"Yes, a FICO score is the gold standard ... FICO has encouraged other companies": the KB's
alias index folds case, so "FICO" reads as Robert Fico. Rule ``actors.names.acronym_not_person``
(run once every mention is resolved): a KB person every spelt mention of whom in the document
is one word written in capitals (two letters or more, none lower-case) that no name or alias
of the person is written as, is no link - the word is a new organisation of that spelling (an
acronym names a body). Capitals that say nothing of the word are left alone: a word in a run
of words in capitals (a headline, "SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE"), and a
transcript's speaker label at the start of a line ("CLINTON: Honestly, ..."). A person the document also names otherwise
("TRUMP ... Donald Trump") keeps every mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import is_agent_id, is_new_id
from ..rules import declare
from .merging import merge_actor
from .new_organisations import NEW_CONFIDENCE, add_new_organisation

if TYPE_CHECKING:
    from .resolve import DocumentResolver

ACRONYM = declare(
    "actors.names.acronym_not_person",
    "a KB person named in the document only by one word in capitals that none of their "
    "names is written as ('FICO' ~ Robert Fico) is no link: a new organisation of that "
    "spelling; not in a run of words in capitals nor a speaker label ('CLINTON:')",
)
_SPELLINGS = ("name", "alias", "fuzzy", "short")


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _case_says_nothing(text: str, start: int, end: int) -> bool:
    """The word is one of a run of words in capitals (the word before or after it on its
    line is one too: a headline, "SANDERS HAS ADVANTAGE"), or opens its line followed by a
    colon (a speaker label)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start].split()
    after = text[end:line_end].split()
    if (before and _capitals(before[-1])) or (after and _capitals(after[0])):
        return True
    return not before and text[end : end + 1] == ":"


def settle_acronyms(resolver: DocumentResolver) -> None:
    """Turn each KB person named only by an acronym-like word into a new organisation."""
    if not resolver.switches.enabled(ACRONYM):
        return
    kb = resolver.linker.kb
    text = resolver.document.text
    for actor_id in list(resolver.actors):
        actor = resolver.actors[actor_id]
        if actor.type != "person" or is_new_id(actor_id) or is_agent_id(actor_id):
            continue
        known = kb.actors.get(actor_id)
        if known is None:
            continue
        spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
        if not spelt or any(m.how not in _SPELLINGS for m in spelt):
            continue
        if not all(" " not in m.text and _capitals(m.text) for m in spelt):
            continue
        written = {known.name, *known.aliases}
        if any(m.text in written for m in spelt):
            continue  # the KB writes the name so ("JFK")
        if any(_case_says_nothing(text, m.start, m.end) for m in spelt):
            continue
        _as_new_organisation(resolver, actor_id, spelt[0].text)


def _as_new_organisation(resolver: DocumentResolver, actor_id: str, name: str) -> None:
    target = add_new_organisation(resolver, name)
    resolver.mentions = [  # "he" never refers to an acronym
        m for m in resolver.mentions if m.actor_id != actor_id or m.how != "pronoun"
    ]
    merge_actor(resolver, actor_id, target, people=True, how="new", cap=NEW_CONFIDENCE)
