"""A hostile act done for a party is no act against it (session 71 CS, issue 14).

"Russia has conducted air strikes in support of the Syrian government", "fighting on the
side of President Bashar al-Assad", "raids carried out on behalf of the Kurdish militia":
the events stage may take the party named after the phrase of siding as the act's target
(the phrase's object is the nearest party), and the scorer then sets the act's source
against it (ASSAULT, -0.9) - and carries that up to both states and their leaders. The
party is the one the act is done for: the source is on its side.

Where a mention of the target of an act of force, coercion or protest (ASSAULT, FIGHT,
COERCE, MOBILIZE, SANCTION, PROTEST; a verbal act's phrase belongs to what it says:
"accused Iran of fighting on the side of the Houthis") stands in the act's evidence right after a phrase of
siding (``data/stances/siding_phrases.txt``: in support of, on behalf of, on the side of,
alongside, with the help of ...), with at most a few words between that are a
determiner, a possessive pronoun or capitalised (a title, a name, a demonym: "in support of
the Syrian government", "on the side of President X"), the act relates its source to that
party as SUPPORT, not as its own type; its other targets keep the act's type. A position
the stances stage read from the act towards that party ("X -1 alignment:Y" resting on the
act alone) is no evidence against it either.

Rule ``alignment.relations.siding_phrase_ally`` (off). One document's relations only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from ..datafiles import word_list
from ..records import Actor, Event, Statement
from ..rules import declare
from .scoring import EventObs

SIDING_PHRASE = declare(
    "alignment.relations.siding_phrase_ally",
    "the target of an act of force, coercion or protest named right after a phrase of siding in its evidence ('air "
    "strikes in support of the Syrian government', 'fighting on the side of President X', "
    "'on behalf of', 'alongside', 'with the help of': data/stances/siding_phrases.txt; "
    "between them only a determiner, possessive or capitalised words) is the party the act "
    "is done for: the act relates its source to it as SUPPORT, and a position read from the "
    "act alone against it is no evidence (session 71 CS, issue 14)",
)
DATA = "stances/siding_phrases.txt"
ALLY_TYPE = "SUPPORT"
# acts of force, coercion and protest (PLOVER's material conflict, FIGHT its 0.5 name): a
# verbal act's phrase of siding belongs to what it says ("accused Iran of fighting on the
# side of the Houthis": the Houthis are no side of the accuser)
MATERIAL_ACTS = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
# words that may stand between the phrase and the party's mention: determiners, possessive
# pronouns, and capitalised words (titles, names, demonyms: "the Syrian government");
# case-sensitive, while the phrase itself is read in any case ("In support of")
_FILLER = r"(?:(?:the|a|an|its|their|his|her|our|[A-Z][\w'.\-]*)\s+){0,4}"
_MAX_BEFORE = 80  # characters of evidence read before a mention


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    phrases = sorted(word_list(DATA), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?i:\b(?:{alts}))\s+{_FILLER}$")


def sided_before(text: str) -> bool:
    """Whether ``text`` (the words before a party's mention) ends with a phrase of siding
    and at most a few determiners, possessives or capitalised words after it."""
    tail = text[-_MAX_BEFORE:]
    if not tail[-1:].isspace():
        return False  # the mention starts inside a word
    return _pattern().search(tail) is not None


def sided_targets(events: Iterable[Event], actors: Iterable[Actor]) -> dict[str, frozenset[str]]:
    """Event id -> the targets of an act of force, coercion or protest that a mention in its evidence names right
    after a phrase of siding."""
    mentions = {a.id: a.mentions for a in actors}
    out: dict[str, frozenset[str]] = {}
    for e in events:
        if e.type.upper() not in MATERIAL_ACTS or e.evidence is None or not e.target:
            continue
        ev = e.evidence
        found = set()
        for target in e.target:
            for m in mentions.get(target, []):
                if not (ev.start <= m.start and m.end <= ev.end):
                    continue
                if sided_before(ev.text[: m.start - ev.start]):
                    found.add(target)
                    break
        if found:
            out[e.id] = frozenset(found)
    return out


def sided_acts(acts: list[EventObs], sided: Mapping[str, frozenset[str]]) -> list[EventObs]:
    """The acts with each sided target taken out of its act and related to the act's source
    as SUPPORT (same reference, confidence and mode)."""
    out: list[EventObs] = []
    for a in acts:
        allies = sided.get(a.ref)
        if not allies:
            out.append(a)
            continue
        rest = tuple(t for t in a.target if t not in allies)
        kept = tuple(t for t in a.target if t in allies)
        if rest or not kept:
            out.append(replace(a, target=rest))
        if kept:
            out.append(replace(a, type=ALLY_TYPE, target=kept, each=True))
    return out


def without_sided_positions(
    statements: list[Statement], sided: Mapping[str, frozenset[str]]
) -> list[Statement]:
    """The statements less the positions against a sided party that rest on the sided act
    alone (the stances stage's "X -1 alignment:Y" read from "X struck in support of Y")."""
    return [
        s
        for s in statements
        if not (
            s.polarity < 0
            and s.target is not None
            and s.evidence
            and all(s.target in sided.get(ref, frozenset()) for ref in s.evidence)
        )
    ]
