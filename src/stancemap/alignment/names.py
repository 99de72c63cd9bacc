"""One person, one id across a corpus: "Paul D. Ryan", "Paul Ryan" and "Ryan".

The actors stage gives a person the KB's id, or for a name the KB lacks an id
made from the name, so one person can reach the corpus under several ids: with
and without a middle initial, with a suffix ("Jr."), or by surname alone in a
story that never gave the full name (or where the actor layer did not join it).
Corpus work reads JSON only, so the joining is done here, from names:

1. within a document, a surname-only person joins the one full-named person of
   that document with that surname (none or several: left alone);
2. across the corpus, full names that differ only by middle initials, suffixes,
   accents, case or punctuation are one person (the id seen in most documents wins);
3. across the corpus, a surname-only person joins a full-named person when that
   person holds at least ``surname_share`` of the documents that give a full name
   with that surname, in at least ``surname_min_documents`` documents - where the
   surname is unambiguous in the corpus, not merely in one story.

Only persons are joined; KB ids are never merged with each other (the KB has
already decided they are different people).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..actors.normalize import fold
from ..datafiles import constants
from ..rules import declare
from ..stances.issues import issue_id, parse_issue_id
from .honorific_names import HONORIFIC_SURNAME, gender_clash, titled_surname
from .scoring import EventObs, StanceObs

WITHIN_DOCUMENT = declare(
    "alignment.names.surname_in_document",
    "a surname-only person joins the one full-named person of that surname in its document",
    order=10,
)
FULL_NAME = declare(
    "alignment.names.full_name",
    "full names differing only by middle initials, suffixes, accents or case are one person",
    order=20,
)
SURNAME_IN_CORPUS = declare(
    "alignment.names.surname_in_corpus",
    "a surname-only person joins the full name that holds that surname across the corpus",
    order=30,
)

_TABLE = constants("alignment")
_SUFFIXES = frozenset(_TABLE["name_suffixes"])
_KB_PREFIXES = tuple(_TABLE["kb_id_prefixes"])
_DIGITS = re.compile(r"\d")


def name_key(name: str) -> tuple[str, ...]:
    """The words of a person's name that identify it: folded, without initials or suffixes.

    "Paul D. Ryan" -> ("paul", "ryan"); "Martin Luther King Jr." -> ("martin", "luther", "king").
    """
    words = [w for w in fold(name).split() if not _DIGITS.search(w)]
    return tuple(w for w in words if len(w) > 1 and w not in _SUFFIXES)


def _from_kb(actor_id: str) -> bool:
    return actor_id.startswith(_KB_PREFIXES)


@dataclass
class NameIndex:
    """Person names seen in a corpus, document by document, and the aliases they give."""

    enabled: Any = None  # rules.RuleSwitches.enabled, or None for every rule on
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # person id -> key
    documents: Counter[str] = field(default_factory=Counter)  # person id -> documents
    local: dict[str, dict[str, str]] = field(default_factory=dict)  # doc -> surname id -> id

    def _on(self, name: str) -> bool:
        return self.enabled is None or bool(self.enabled(name))

    def add_document(self, doc_id: str, actors: Iterable[Mapping[str, Any]]) -> dict[str, str]:
        """Record a document's persons; returns its own aliases (surname-only -> full name)."""
        persons: dict[str, tuple[str, ...]] = {}
        full_names: dict[str, str] = {}
        titles: dict[str, str] = {}  # a titled surname's id -> its title ("Mr Straw": "mr")
        # shipped off (session 60 RR): only where the switches name it on
        titled = self.enabled is not None and bool(self.enabled(HONORIFIC_SURNAME))
        for actor in actors:
            if actor.get("type") != "person" or not isinstance(actor.get("id"), str):
                continue
            name = str(actor.get("name") or "")
            key = name_key(name)
            found = titled_surname(name) if titled else None
            if found is not None:  # "Mr Straw": the surname alone
                titles[actor["id"]], key = found[0], (found[1],)
            if key:
                persons[actor["id"]] = key
                full_names[actor["id"]] = name
        for pid, key in persons.items():
            self.names.setdefault(pid, key)
            self.documents[pid] += 1
        aliases: dict[str, str] = {}
        if self._on(WITHIN_DOCUMENT):
            for pid, key in persons.items():
                if len(key) != 1 or _from_kb(pid):
                    continue
                full = {p for p, k in persons.items() if len(k) > 1 and k[-1] == key[0]}
                if len(full) == 1:
                    only = full.pop()
                    if pid in titles and gender_clash(titles[pid], full_names[only]):
                        continue  # "Mrs Brown" is not Gordon Brown
                    aliases[pid] = only
        if aliases:
            self.local[doc_id] = aliases
        return aliases

    def corpus_aliases(self) -> dict[str, str]:
        """id -> the id it joins, for the whole corpus (never chained: values are final)."""
        table = constants("alignment")
        share = float(table["surname_share"])
        least = int(table["surname_min_documents"])
        canonical: dict[str, str] = {}
        by_key: dict[tuple[str, ...], list[str]] = {}
        for pid, key in self.names.items():
            if len(key) > 1:
                by_key.setdefault(key, []).append(pid)
        for ids in by_key.values():
            kb = [p for p in ids if _from_kb(p)]
            if len(kb) > 1 or not self._on(FULL_NAME):
                continue  # the KB tells two people of one name apart; so do we
            best = kb[0] if kb else max(ids, key=lambda p: (self.documents[p], p))
            for pid in ids:
                canonical[pid] = best
        if self._on(SURNAME_IN_CORPUS):
            holders: dict[str, Counter[str]] = {}  # surname -> full-name id -> documents
            for pid, key in self.names.items():
                if len(key) > 1:
                    root = canonical.get(pid, pid)
                    holders.setdefault(key[-1], Counter())[root] += self.documents[pid]
            for pid, key in self.names.items():
                if len(key) != 1 or _from_kb(pid) or key[0] not in holders:
                    continue
                ranked = holders[key[0]].most_common()
                top, count = ranked[0]
                total = sum(n for _, n in ranked)
                if count >= least and count >= share * total:
                    canonical[pid] = top
        return {pid: root for pid, root in canonical.items() if pid != root}


def join_issue(issue: str, aliases: Mapping[str, str]) -> str:
    """An issue id with its argument actors joined ("alignment:ryan" -> "alignment:paul-ryan")."""
    frame, args = parse_issue_id(issue)
    if not any(a in aliases for a in args):
        return issue
    return issue_id(frame, (aliases.get(a, a) for a in args))


def join_ids(
    stances: list[StanceObs], events: list[EventObs], aliases: Mapping[str, str]
) -> tuple[list[StanceObs], list[EventObs]]:
    """Scorer observations with joined person ids (new objects; the input is not edited)."""

    def one(actor: str) -> str:
        return aliases.get(actor, actor)

    joined_stances = [
        replace(s, actor=one(s.actor), issue=join_issue(s.issue, aliases)) for s in stances
    ]
    joined_events = [
        EventObs(
            e.type,
            tuple(dict.fromkeys(one(a) for a in e.source)),
            tuple(dict.fromkeys(one(a) for a in e.target)),
            e.confidence,
            e.ref,
            e.mode,
            e.reported,
            e.each,
        )
        for e in events
    ]
    return joined_stances, joined_events
