"""Spokespeople and the one they speak for: one voice towards everyone else.

"A spokesman for President X, Y, said ..." (the quotes stage records X in the
quote's ``speaks_for``): Y and X are one side, never set against each other, and
what either of them says of a third actor holds for both ("Kalin said Sweden had
not done enough" is Erdogan's word on Sweden too; "Biden welcomed Kishida's
decision," his spokeswoman said, is hers). Only words are shared (statements, and
the events a spokesperson's quote tells), not deeds: "X will meet Z" makes no
relation of X's spokesman with Z. Only the link the text states is used:
a person who is merely of the same government is not pooled (two office holders
of one country can be opposed).

Session 14: only a voice's words *on the third actor* are lent - a position towards the
third or towards one of the voices - not agreement or disagreement with the third on a
shared issue (``voice_words_on_third``: "Clinton backs the tax, X opposes it" says nothing
of her spokesman and X); and a generic agent, a group the text names by a common noun
("voters", "law enforcement"), is lent nothing (``voice_named_third``): on PolNeAR's tune
articles those were most of the wrong pooled relations.

Observations taken over from the other voice name it in ``via`` ("voice:<id>"),
so they are counted once when two states follow their leaders (``sides.settle``
lifts only a pair's own observations).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..records import is_agent_id
from ..rules import declare

VOICES = declare(
    "alignment.sides.spokesperson_voice",
    "a spokesperson and the one the quotes name them speaking for ('a spokesman for X, Y') "
    "are one side, and each one's relation with a third actor holds for the other",
    order=15,
)

WORDS_ON_THIRD = declare(
    "alignment.sides.voice_words_on_third",
    "only a voice's position towards the third actor (or towards one of the voices) is lent "
    "to the other voice; agreeing or disagreeing with the third on a shared issue is not",
    order=17,
)

NAMED_THIRD = declare(
    "alignment.sides.voice_named_third",
    "a generic agent (a group the text names by a common noun: 'voters', 'law enforcement') "
    "is lent nothing across a spokesperson and their principal",
    order=18,
)

CUE_IS_WORDS = declare(
    "alignment.sides.voice_cue_words",
    "a spokesperson's verbal act that is her own quote's cue ('India's spokesperson lauded "
    "Y's pledge', 'spokesman X condemned Y') is her words, lent to the one she speaks for "
    "like the events her quotes tell",
    order=16,
)

COMPATRIOT_WORDS = declare(
    "alignment.sides.voice_compatriot_words",
    "a third actor's own words on a state that speaks through a spokesperson are not lent "
    "to the spokesperson (nor hers to the state) where the third is of that state: a "
    "compatriot's words on her own country ('Clinton said America must ...') are no "
    "relation with the White House's press secretary",
    order=19,
)

VOICE = "voice:"  # the prefix of ``Observation.via`` for evidence taken over


def principals_of(quotes: Iterable[Any]) -> dict[str, str]:
    """Speaker id -> the id they speak for, from the quotes that name one."""
    out: dict[str, str] = {}
    for q in quotes:
        speaker = getattr(q, "speaker", None)
        principal = getattr(q, "speaks_for", None)
        if speaker and principal and speaker != principal:
            out.setdefault(speaker, principal)
    return out


def told_by_spokespeople(
    quotes: Iterable[Any],
    events: Iterable[Any],
    principals: Mapping[str, str],
    cues: bool = False,
) -> frozenset[str]:
    """Ids of the events a spokesperson's quote tells ("X welcomed Y's decision," the
    spokesman said): the spokesperson's words, whoever the event's source is. With
    ``cues`` (``voice_cue_words``), also her own verbal act that is the cue of one of her
    quotes ("the spokesperson lauded Y's pledge"): an event of a verbal PLOVER type whose
    source is the spokesperson and whose trigger overlaps that quote's cue."""
    own = [q for q in quotes if getattr(q, "speaker", None) in principals]
    told = {getattr(q, "id", None) for q in own}
    out = {e.id for e in events if getattr(e, "reported_by", None) in told - {None}}
    if cues:
        from .sides import _is_word  # late: sides imports this module

        for e in events:
            trigger = getattr(e, "trigger", None)
            if e.id in out or trigger is None or not _is_word(e.type):
                continue
            for q in own:
                cue = getattr(q, "cue", None)
                if (
                    cue is not None
                    and q.speaker in (getattr(e, "source", None) or ())
                    and trigger.start < cue.end
                    and cue.start < trigger.end
                ):
                    out.add(e.id)
                    break
    return frozenset(out)


def pool_voices(
    pairs: Mapping[tuple[str, str], Any],
    principals: Mapping[str, str],
    told: frozenset[str] = frozenset(),
    enabled: Callable[[str], bool] | None = None,
    compatriot_words: Callable[[str, str, list[str]], bool] | None = None,
) -> dict[tuple[str, str], Any]:
    """Each (spokesperson, third) and (principal, third) pair holds both one's evidence.

    New ``PairScore`` objects replace the ones changed; the input is not edited.
    A pair is made only from evidence the other voice has with that same third actor:
    its words on that actor (``voice_words_on_third``: a position towards the third or
    towards one of the voices, not agreement on a shared issue), and never for a generic
    agent (``voice_named_third``). ``compatriot_words(third, voice, refs)`` (the sides'
    ``compatriot_words``, with ``voice_compatriot_words``) says the evidence ``refs`` are
    the third's own words and the third is of the state ``voice``: they are not lent.
    """
    from .scoring import Observation  # late: scoring imports nothing from here

    on = enabled or (lambda _name: True)
    words_on_third, named_third = on(WORDS_ON_THIRD), on(NAMED_THIRD)
    out = dict(pairs)
    for speaker, principal in principals.items():
        voices = (speaker, principal)
        thirds = {x for key in pairs for x in key if speaker in key or principal in key}
        for third in thirds - set(voices):
            if named_third and is_agent_id(third):
                continue  # "the voters", "law enforcement": no counterpart of one voice
            towards = {f"alignment:{x}" for x in (*voices, third)}
            own = {v: pairs.get((min(v, third), max(v, third))) for v in voices}
            for v, other in ((speaker, principal), (principal, speaker)):
                lent = own[other]
                if lent is None:
                    continue
                key = (min(v, third), max(v, third))
                mine = out.get(key)
                new = _copy_of(mine, key)
                new.observations += [
                    Observation(o.value, o.weight, o.kind, o.key, o.refs, via=f"{VOICE}{other}")
                    for o in lent.observations
                    # words (statements, and the events a spokesperson's quote tells),
                    # not the other's deeds
                    if not o.via
                    and (o.kind == "issue" or set(o.refs) <= told)
                    and not (words_on_third and o.kind == "issue" and o.key not in towards)
                    and not (
                        compatriot_words is not None
                        and any(compatriot_words(third, x, o.refs) for x in voices)
                    )
                ]
                if new.observations:
                    out[key] = new
    return out


def _copy_of(mine: Any, key: tuple[str, str]) -> Any:
    """A new ``PairScore`` for ``key`` holding what ``mine`` (or nothing) holds, so that
    lending evidence to it never edits the input's object."""
    from .scoring import PairScore  # late: scoring imports nothing from here

    new = PairScore(key[0], key[1])
    if mine is not None:
        new.agree, new.disagree = list(mine.agree), list(mine.disagree)
        new.cooperation, new.conflict = mine.cooperation, mine.conflict
        new.observations = list(mine.observations)
    return new
