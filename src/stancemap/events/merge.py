"""Document-level merging: the same event mentioned twice is one event.

"The war against Ukraine" in the third paragraph and "the war against Ukraine"
in the seventh are one war. Two coded predications merge when they have the
same type and mode and do not contradict each other: their sources agree (or
one has none), their targets agree (or one has none), at least one of the two
roles is named on both sides, and their dates agree (or one has none). The first mention stays the event; later ones become
``mentions`` and fill in what the first lacked.

``events.merge.no_role_from_other_mention`` (session 33, off): a later mention that names a
party the first mention lacks is not merged into it. "The radical change offered by
Trump" and "he offers both sexes a change from Obama's policies", "Sanders argues the
system gives too much power" and "Sanders argued that Clinton might not", "Romney
tweeted ... this attack" and "he condemned ISIS": one doer's two acts, where the first
took the second's target (or source) with its own sentence as the evidence. Each stays
an event of its own; a later mention naming no more than the first still merges.

``events.merge.party_named_in_own_sentence`` (session 34) draws that line where the
evidence is: a later mention fills a role the first lacks only with a party the first
mention's own sentence names (a mention of that actor lies in it: "Netanyahu ... will
meet with him" takes Trump from "Netanyahu will meet with Donald Trump"; "Clinton attacks
rival's inexperience" takes Trump from "Clinton went on offense against Trump"). Where
the first sentence does not name the party, the two are two acts of one doer ("Sanders
argues the system gives too much power" and "Sanders argued that Clinton might not"):
the event would carry a party its evidence never names, so each stays an event of its own.

(Session 40 CU removed ``events.merge.lent_role_has_a_word``, session 38's looser line - a
party lent where a word of the first's sentence stands in the role: off, it lost right
items on the blind checks.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..rules import declare
from .coder import Coded

NO_ROLE_FROM_OTHER_MENTION = declare(
    "events.merge.no_role_from_other_mention",
    "'the change offered by Trump' ... 'he offers a change from Obama's policies': a later "
    "mention naming a source or target the first mention lacks is an event of its own, not "
    "merged into the first (which would take a party its own sentence does not name)",
    order=10,
)
PARTY_NAMED_IN_OWN_SENTENCE = declare(
    "events.merge.party_named_in_own_sentence",
    "'Sanders argues the system gives too much power' ... 'Sanders argued that Clinton might "
    "not': a later mention fills a role the first lacks only with a party the first's own "
    "sentence names; else the two are two acts, each its own event",
    order=11,
)

# the actors named inside a span (an event's evidence sentence): actor ids
NamedIn = Callable[[tuple[int, int]], set[str]]


def _compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or set(a) == set(b)


def _lent(home: Coded, item: Coded) -> set[str]:
    """The parties ``home`` would take from ``item`` if merged: a role it lacks, filled."""
    lent: set[str] = set()
    if item.source and not home.source:
        lent |= set(item.source)
    if item.target and not home.target:
        lent |= set(item.target)
    return lent


def _same_event(a: Coded, b: Coded, own_roles: bool = False) -> bool:
    if a.type != b.type or a.modality != b.modality:
        return False
    if own_roles and ((b.source and not a.source) or (b.target and not a.target)):
        return False  # b names a party a lacks: merged, a would take it
    if a.cameo and b.cameo and a.cameo[:2] != b.cameo[:2]:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if not (a.source or a.target) and not (b.source or b.target):
        return a.location == b.location or a.location is None or b.location is None
    if not (_compatible(a.source, b.source) and _compatible(a.target, b.target)):
        return False
    # at least one role must be filled on both sides and agree: "Macron sent aid" and
    # "the EU armed Ukraine" share no actor and are two events
    same_source = bool(a.source) and set(a.source) == set(b.source)
    same_target = bool(a.target) and set(a.target) == set(b.target)
    return same_source or same_target


def _joins(
    home: Coded,
    item: Coded,
    own_roles: bool,
    named_in: NamedIn | None,
) -> bool:
    """Whether ``item`` is a later mention of ``home``; with ``named_in``
    (``PARTY_NAMED_IN_OWN_SENTENCE``) a party lent to ``home`` must be named in its
    sentence."""
    if not _same_event(home, item, own_roles):
        return False
    if named_in is None:
        return True
    lent_all = _lent(home, item)
    return not lent_all or lent_all <= named_in(home.evidence)


def merge_events(
    coded: list[Coded],
    own_roles: bool = False,
    named_in: NamedIn | None = None,
) -> list[Coded]:
    """Merge repeated mentions, keeping first-mention order; ``own_roles``: see
    ``NO_ROLE_FROM_OTHER_MENTION``; ``named_in``: see ``PARTY_NAMED_IN_OWN_SENTENCE``."""
    merged: list[Coded] = []
    for item in coded:
        home = next((m for m in merged if _joins(m, item, own_roles, named_in)), None)
        if home is None:
            merged.append(item)
            continue
        if not home.own:  # the first mention as its own sentence read it
            home.own.append(_reading(home))
        home.own.append(_reading(item))
        home.mentions.append(item.trigger)
        home.source = home.source or item.source
        home.target = home.target or item.target
        home.date = home.date or item.date
        home.location = home.location or item.location
        home.cameo = (
            home.cameo if home.cameo and len(home.cameo) >= len(item.cameo or "") else item.cameo
        )
        home.context = list(dict.fromkeys(home.context + item.context))
        home.confidence = round(min(0.95, max(home.confidence, item.confidence) + 0.05), 3)
    return merged


def _reading(item: Coded) -> Coded:
    """A copy of one mention's own reading, before a merge fills its roles."""
    return replace(
        item,
        source=list(item.source),
        target=list(item.target),
        context=list(item.context),
        mentions=[],
        own=[],
        own_reality=[],
    )
