"""Session 56 (SP, issue 14): the story's relation is today's; its background stays behind.

A story of a reconciliation tells the old quarrel as its background: "The foreign
ministers of Saudi Arabia and Iran held their first formal meeting ... Riyadh cut ties
with Tehran in 2016". The events stage marks the old act historical, and its weight shrinks
(``alignment.score.mode_weight``, ``stances.events.mode_weight``: 0.3 of an act of the
story's own time), but a statement read from it still weighs more than the story's own
joint acts, which the scorer reads as weak co-source events: the pair came out opposed on
relation sets W21 (Saudi Arabia ~ Iran). Weighing less is not enough where the story
tells the pair's relation now: what it tells of the past is why it is news, not the
relation it reports.

- ``alignment.time.background_behind_story``: in a pair with evidence of the story's own
  time, an observation resting only on dated background - a historical event the text
  dates a year or more (constants [alignment] background_min_days) before the story's own
  time (its latest dated act told as done, ``story_date``: "in 2016", "in 1986"), or a
  statement read only from such
  events (no quote: a speaker's words now are no background, whatever they tell of) - is
  left out. A pair whose only evidence is background keeps it, weighed as before (one
  document's pairs only; corpus windows pool documents of other dates). An undated
  background act, or one of the same season, is left alone: a first form that took every
  historical act turned a judged-right "Howard ... endorsed Ted Cruz in November" (a story
  of April) into a misread act's sign on the s24 tune file.
- ``alignment.carry.background_stays``: the carries from a leader's relation to his
  state's (``sides``: states_follow_leaders, holders_answer_for_state;
  ``leader_carry``: leader_to_country, state_to_spokesperson) take no observation of
  dated background. A leader's act of years ago may predate his office (the KB reads roles for
  the document's date: "In 2019, Lula criticised Milei" is no act of Brazil's on Argentina)
  and is his state's relation then, not in the story. Session 55 SP saw "Mr. Reagan also
  freed a Soviet spy in 1986" carried as a United States ~ Soviet spy relation of 2016.

The background refs are read once per document (``background_refs``) and handed to
``sides.Sides`` (``background``) for the carries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..datafiles import constants
from ..rules import declare

BACKGROUND_BEHIND = declare(
    "alignment.time.background_behind_story",
    "in a pair with evidence of the story's own time, evidence resting only on background - "
    "a historical act, or a statement read only from one ('Riyadh cut ties with Tehran in "
    "2016' beside the ministers' meeting today) - is left out: the story's relation is "
    "today's; a pair with background alone keeps it (one document's pairs only)",
    order=16,
)
BACKGROUND_STAYS = declare(
    "alignment.carry.background_stays",
    "a leader's (or a state's) background - evidence resting only on historical acts - is "
    "not carried to his state, its office holders or spokespeople ('In 2019, Lula "
    "criticised Milei' is no relation of Brazil's in the story): the carries of sides and "
    "leader_carry take only evidence of the story's own time",
    order=20.5,
)

# the event modes of what happened before the story (``events.finish``: dated background,
# pluperfect, 'previously'); constants [alignment] mode_weight weighs both 0.3
BACKGROUND_MODES = frozenset({"historical", "background"})
# the modes of an act told as to come: its date (a deadline, a plan) is no time of the story
_LATER_MODES = frozenset({"future", "hypothetical", "conditional"})
# how long before the story's own time an act is another year's relation (constants.toml)
MIN_DAYS = int(constants("alignment")["background_min_days"])


def story_date(events: Iterable[Any]) -> date | None:
    """The story's own time: the latest date of its acts told as done or doing - not
    background, and not future, hypothetical or conditional (a deadline or a plan dates
    later); None when it tells no such act with a date (then nothing is left behind)."""
    own = [e for e in events if (e.mode or "").lower() not in _LATER_MODES | BACKGROUND_MODES]
    dates = [_day(e.date) for e in own if e.date]
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def dated_background(event: Any, story: date | None) -> bool:
    """An act the events stage reads as background (``BACKGROUND_MODES``) and the text
    dates ``background_min_days`` or more before the story's own time ("in 2016", "in
    1986": ``events.finish``'s dated_background): the relation of another year. An undated
    background act - a pluperfect, a relative clause describing a party ("an actor who
    endorsed Y") - or one of the same season ("endorsed Y in November", in April) is left
    as it is: it often tells how the two stand still."""
    if (event.mode or "").lower() not in BACKGROUND_MODES or not event.date or story is None:
        return False
    when = _day(event.date)
    return when is not None and (story - when).days >= MIN_DAYS


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def background_refs(statements: Iterable[Any], events: Iterable[Any]) -> frozenset[str]:
    """The evidence ids (of ``records.Statement`` and ``records.Event``) that rest only on
    dated background (``dated_background``): such events, and statements whose evidence
    is all such events (one with a quote among it is its speaker's words now), or - read
    from the text with no evidence cited - whose passage holds such an act of the holder
    on the statement's target and no other act of the two ("Riyadh cut ties with Tehran in
    2016": Saudi Arabia against Iran, read from the verb, as the event coded there)."""
    events = list(events)
    story = story_date(events)
    old = {e.id for e in events if dated_background(e, story)}
    out = set(old)
    known = {e.id for e in events}
    for st in statements:
        if st.evidence:
            if all(r in known for r in st.evidence) and all(r in old for r in st.evidence):
                out.add(st.id)
        elif st.target and st.text is not None:
            acts = [
                e
                for e in events
                if st.text.start <= e.trigger.start < st.text.end
                and st.actor in e.source
                and st.target in e.target
            ]
            if acts and all(e.id in old for e in acts):
                out.add(st.id)
    return frozenset(out)


def is_background(obs: Any, background: frozenset[str]) -> bool:
    """Whether every piece of evidence the observation rests on is background."""
    return bool(obs.refs) and all(r in background for r in obs.refs)


def behind_story(
    pairs: Mapping[tuple[str, str], Any], background: frozenset[str]
) -> dict[tuple[str, str], Any]:
    """The pairs with their background observations left out where they have evidence of
    the story's own time (``BACKGROUND_BEHIND``); a pair of background alone unchanged.
    ``pairs`` untouched: a changed pair is a copy."""
    from .scoring import PairScore  # late: scoring imports nothing from here

    if not background:
        return dict(pairs)
    out: dict[tuple[str, str], Any] = {}
    for key, pair in pairs.items():
        now = [o for o in pair.observations if not is_background(o, background)]
        if not now or len(now) == len(pair.observations):
            out[key] = pair
            continue
        new = PairScore(pair.a, pair.b)
        new.observations = now
        kept = {r for o in now for r in o.refs}
        new.agree = [i for i in pair.agree if any(o.key == i for o in now)]
        new.disagree = [i for i in pair.disagree if any(o.key == i for o in now)]
        # the counts of acts: one per background event left out
        gone = [o for o in pair.observations if o.kind == "event" and not set(o.refs) & kept]
        new.cooperation, new.conflict = pair.cooperation, pair.conflict
        for obs in gone:
            if obs.value > 0 and new.cooperation:
                new.cooperation -= 1
            elif obs.value < 0 and new.conflict:
                new.conflict -= 1
        out[key] = new
    return out


def story_time(observations: Iterable[Any], background: frozenset[str]) -> list[Any]:
    """The observations a carry takes under ``BACKGROUND_STAYS``: those not background."""
    return [o for o in observations if not is_background(o, background)]
