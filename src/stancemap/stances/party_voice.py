"""A political party speaking holds the judged position (``stances.claims.party_voice``).

Session 61, engineer QS (issue 14: a quote that holds both parties but gives no sign).
Of the quotes of the BBC politics tune articles whose speaker and another party named in
the quote are both found but given no sign, the most frequent single gate was the
speaker: "The Tories said Mr Blair had lied when he took the country to war", "the Tories
say the executive is shirking its responsibility". The three judged rules
(``stances.claims.judged_subject``, ``judged_party``, ``judged_deed``) let only a person, a
state or a state body speak for a position (``judged_subject._voice``, session 21): a news
outlet, a pollster's firm or a party committee was thought to report, not to side. A
party, though, sides by what it is: in British news "the Tories said", "Labour said" is
the party's own line, told as a person's would be.

With this rule a quote's speaker that is a political party - a named organisation or
group of the party sector (the KB's parties, ``PTY``), or a new organisation whose name's
head word is "Party" ("the Scottish National Party") - is a voice for the three judged
rules, with all their other gates (asserted, not prescribed, not one side, the judged
gates: not an observer, not a forecast, the holder named in the sentence). A generic
agent ("the party", "Republicans" read as the party's people) is not, nor a news outlet,
a pollster, a company, a union or a campaign group: their words stay reports.
"""

from __future__ import annotations

from ..actors import ActorLayer
from ..records import is_agent_id
from ..rules import declare

PARTY_VOICE = declare(
    "stances.claims.party_voice",
    "with stances.claims.judged_subject / judged_party / judged_deed: a quote whose speaker "
    "is a political party (a named organisation or group of the party sector, or whose "
    "name's head word is 'Party') holds the judged position, as a person or a state does "
    "('The Tories said Mr Blair had lied'); outlets, pollsters, firms and generic agents "
    "still do not (session 61 QS, issue 14)",
    order=75.05,
)

_PARTY_SECTOR = "PTY"
_PARTY_TYPES = frozenset({"organization", "group"})
_PARTY_HEAD = "party"  # the head noun of a party's own name ("the Green Party")


def party_voice(speaker: str, actors: ActorLayer) -> bool:
    """Whether the speaker is a named political party (rule ``stances.claims.party_voice``):
    an organisation or group, no generic agent, of the party sector or named '... Party'."""
    if is_agent_id(speaker):
        return False
    actor = actors.actor(speaker)
    if actor is None or actor.type not in _PARTY_TYPES:
        return False
    if actor.sector == _PARTY_SECTOR:
        return True
    words = (actor.name or "").split()
    return actor.type == "organization" and bool(words) and words[-1].lower() == _PARTY_HEAD
