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

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..actors.named_parties import BY_NAME_HOWS
from ..records import Quote, is_agent_id
from ..rules import declare

PARTY_VOICE = declare(
    "stances.claims.party_voice",
    "with stances.claims.judged_subject / judged_party / judged_deed: a quote whose speaker "
    "is a political party (a named organisation or group of the party sector, or whose "
    "name's head word is 'Party'), its source phrase headed by the party's own name, and "
    "reporting words, not a thought ('Republicans learned that ...'), holds "
    "the judged position, as a person or a state does ('The Tories said Mr Blair had "
    "lied'); 'the GOP front-runner', outlets, pollsters, firms and generic agents still do "
    "not (session 61 QS, issue 14)",
    order=75.05,
)

_PARTY_SECTOR = "PTY"
_PARTY_TYPES = frozenset({"organization", "group"})
_PARTY_HEAD = "party"  # the head noun of a party's own name ("the Green Party")
_SPEECH = "speech"  # a quote reporting words (Quote.reports), not a thought or an attitude


def is_party(speaker: str, actors: ActorLayer) -> bool:
    """Whether the actor is a named political party: an organisation or group, no generic
    agent, of the party sector or named '... Party'."""
    if is_agent_id(speaker):
        return False
    actor = actors.actor(speaker)
    if actor is None or actor.type not in _PARTY_TYPES:
        return False
    if actor.sector == _PARTY_SECTOR:
        return True
    words = (actor.name or "").split()
    return actor.type == "organization" and bool(words) and words[-1].lower() == _PARTY_HEAD


def named_as_itself(quote: Quote, doc: Doc, actors: ActorLayer) -> bool:
    """The quote's source phrase is headed by a mention of the speaker by its own name ("the
    Tories", "Labour"), not a person or group the party's name only modifies ("the GOP
    front-runner", "GOP insiders", which the actors stage may have resolved to the party)."""
    if quote.source is None or not quote.speaker:
        return False
    span = doc.char_span(quote.source.start, quote.source.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return any(
        m.actor_id == quote.speaker and m.how in BY_NAME_HOWS and m.start <= root.idx < m.end
        for m in actors.mentions_in(quote.source.start, quote.source.end)
    )


def party_voice(quote: Quote, doc: Doc, actors: ActorLayer) -> bool:
    """Rule ``stances.claims.party_voice``: the quote reports words (not an attitude or a
    thought) and its speaker is a named political party, named as itself in the quote's
    source phrase."""
    speaker = quote.speaker
    if not speaker or quote.reports != _SPEECH:
        return (
            False  # "Republicans learned that ...": the narrator's account, not the party's words
        )
    return is_party(speaker, actors) and named_as_itself(quote, doc, actors)
