"""An acronym the document spells out is the body it spells, not the KB's other body of
those letters (session 60, engineer AK).

A blind judge of BBC News business relations found "the LSE" of a story on Deutsche
Boerse's bid for the London Stock Exchange read as the KB's London School of Economics:
the alias index knows one LSE. Where the article writes the name the letters stand for,
the article decides: rule ``actors.names.acronym_expansion`` (run once every name is
resolved) - a KB organisation every spelt mention of which is one word in capitals (an
acronym: "LSE") that is none of the KB's names written out, in a document that writes a
run of capitalised words (joined by "of", "and", "for", "the", "de" at most) whose
initials spell that acronym and that is neither the KB name nor an alias of it ("London
Stock Exchange"), is a new organisation of that name; the run becomes one mention of it
(the mentions the parse made of its words - "London" read as the country - are dropped),
and every acronym mention moves to it. Left alone: an acronym whose KB name is written in
the document ("the London School of Economics (LSE)"), a document that spells out no name
of its letters, two different runs of the same letters (the document does not decide),
and people (``acronyms.acronym_not_person``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import ActorMention, is_agent_id, is_new_id
from ..rules import declare
from .merging import drop_if_unmentioned, merge_actor
from .new_organisations import NEW_CONFIDENCE, add_new_organisation
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

ACRONYM_EXPANSION = declare(
    "actors.names.acronym_expansion",
    "'Deutsche Boerse's bid for the London Stock Exchange ... the LSE': a KB organisation "
    "named here only by an acronym that the document spells out as another name (capitalised "
    "words whose initials are its letters) is a new organisation of that name, not the KB's",
)
_SPELLINGS = ("name", "alias", "fuzzy", "short")
_JOINERS = ("of", "and", "for", "the", "de", "&")
# a run of capitalised words, with the joiners written between them
_JOINED = "|".join(re.escape(j) for j in _JOINERS)
_RUN = re.compile(rf"[A-Z][\w'-]*(?:\s+(?:(?:{_JOINED})\s+)*[A-Z][\w'-]*)+")


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and word.isalpha()


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _JOINERS)


def spelt_out(text: str, acronym: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` (start, end) that are a run of capitalised words whose
    initials are ``acronym`` (the shortest from each word of a run on), none of them a
    word in capitals (another acronym: "ASIO and Federal Police" spells no AFP)."""
    found: list[tuple[int, int]] = []
    size = len(acronym)
    for run in _RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        for i in range(len(words)):
            if words[i].group() in _JOINERS or _capitals(words[i].group()):
                continue
            for j in range(i, len(words)):
                part = [w.group() for w in words[i : j + 1]]
                initials = _initials(part)
                if len(initials) > size:
                    break
                if _capitals(part[-1]):
                    break  # "ASIO and Federal Police": an acronym is a name of its own
                if initials == acronym and part[-1] not in _JOINERS:
                    found.append((run.start() + words[i].start(), run.start() + words[j].end()))
                    break
    return found


def settle_acronym_expansions(resolver: DocumentResolver) -> None:
    """Move each KB organisation's acronym to the name the document spells it out as."""
    if not resolver.switches.enabled(ACRONYM_EXPANSION):
        return
    text = resolver.document.text
    for actor_id in list(resolver.actors):
        # an earlier move in this loop drops the actors whose every mention lay inside the
        # spelt-out name ("Walker" in "Walker Food Products"): skip them, they are gone
        actor = resolver.actors.get(actor_id)
        if actor is None:
            continue
        if actor.type != "organization" or is_new_id(actor_id) or is_agent_id(actor_id):
            continue
        known = resolver.linker.kb.actors.get(actor_id)
        if known is None:
            continue
        spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
        if not spelt or any(m.how not in _SPELLINGS or not _capitals(m.text) for m in spelt):
            continue
        acronyms = {m.text for m in spelt}
        if len(acronyms) != 1:
            continue
        written = {fold(n) for n in (known.name, *known.aliases)}
        acronym = next(iter(acronyms))
        runs = [r for r in spelt_out(text, acronym) if not resolver.document.is_excluded(*r)]
        names = {fold(text[s:e]) for s, e in runs}
        if not names or names & written or len(names) != 1:
            continue
        _as_spelt_body(resolver, actor_id, runs)


def _as_spelt_body(resolver: DocumentResolver, actor_id: str, runs: list[tuple[int, int]]) -> None:
    text = resolver.document.text
    name = text[runs[0][0] : runs[0][1]]
    target = add_new_organisation(resolver, name)
    # the spelt mentions re-read as the new body's; its pronouns keep their confidence
    merge_actor(resolver, actor_id, target, how="new", cap=NEW_CONFIDENCE, cap_pronouns=False)
    inside = [m for m in resolver.mentions if any(s <= m.start and m.end <= e for s, e in runs)]
    emptied = {m.actor_id for m in inside}
    resolver.mentions = [m for m in resolver.mentions if m not in inside]
    for start, end in runs:
        resolver.mentions.append(
            ActorMention(
                start=start,
                end=end,
                text=text[start:end],
                actor_id=target,
                how="new",
                confidence=NEW_CONFIDENCE,
            )
        )
    resolver.mentions.sort(key=lambda m: (m.start, m.end))
    for gone in emptied - {target}:
        drop_if_unmentioned(resolver, gone, people=True)
