"""Declared turns: news that itself states a turn between two actors.

"X endorsed Y", "X broke with Y", "X withdrew his support for Y": one such
report, told as the story's own news (not historical, background, hypothetical,
future or negated), is evidence of a turn in its own right, dated to the day it
is reported, with its sentence as evidence. The change points (``turns``) need
many readings on both sides of a turn; a declared turn needs one, so it finds
the endorsements that the statistics cannot see on a few articles a month
(docs/benchmarks.md "Session 8 - shifts").

A declared turn stands between two people (``declared_actor_types``): a party's
or a chamber's endorsement is a first stance, not a turn. It is reported only
where it is a turn: the pair must have earlier evidence (at least
``declared_min_baseline_articles``, two, articles before the day), and that evidence
must not already lean the way the declaration goes (its
weighted mean is not above 0 for an endorsement, not below 0 for a break). An
endorsement between partners who were aligned all along is no turn, and one with
no earlier evidence has nothing to turn from. Later reports of the same
declaration (the same pair, the same direction, before any declaration the other
way) are the same turn.

Declared DOWN turns mirror the endorsements: an endorsement or support that the
news itself says is refused ("X is not ready to support Y", "X will not vote for Y",
"X refused/declined to endorse Y"). The events stage reads that from the parse: a
negated intent of a support verb ("will not vote for") and a support held back ("not
ready to", "refrained from") become a refusal (REJECT) whose trigger is the support
word; "refused to endorse" is a REJECT on the refusal verb. Rows of kind ``refusal``
name the support words whose refusal declares a turn down, rows of kind ``refusing``
the refusal verbs whose infinitive complement is one of those words. A negated act
that stays SUPPORT ("X has not endorsed Y") says only that it has not happened yet: a
standing fact, no declaration (on the controls it gave a false turn).

A support taken back ("X withdrew his endorsement of Y", "pulled her support for Y",
which the events stage codes as a REJECT aimed at Y on the verb of taking back,
``events.sense.withdrawn_support``) is a declared turn down too: rows of kind
``taken_back`` name the verbs, followed within three words by a support word.

Whether the earlier evidence "already leans" that way is decided by
``declared_lean`` in ``[alignment]`` (``already_leaning``): chosen on synthetic pairs
with re-declarations between partners (bench/shifts_simulation.py ``--declared``),
not on the facts.

The words come from ``data/stances/declared_turns.tsv``; the event must also
have one of the row's event types, so a word read in another sense does not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from math import comb

from ..datafiles import constants, read_table
from ..rules import declare
from .corpus import Corpus, CorpusEvent
from .declared_reversal import reversal_on, reverses
from .scoring import MODE_WEIGHT, NEGATED_MODES, weighted_mean
from .timeseries import Shift, count_articles
from .turns import Dated, dated_evidence, per_article

DECLARED = declare(
    "alignment.turns.declared",
    "an event that states a turn between two actors ('X endorsed Y', 'X broke with Y') in "
    "the story's own present is a turn, where the pair's earlier evidence does not lean "
    "that way already",
    order=30,
)

_TABLE = constants("alignment")
# the least articles of earlier evidence: two, as a change point needs on each side of
# its cut (``turns.Search.min_obs``); a single earlier article is no course to turn from
# (it was 1 with the rule ``alignment.turns.declared_needs_course``, retired in session 28)
MIN_BASELINE_ARTICLES = int(_TABLE["declared_min_baseline_articles"])
ACTOR_TYPES = frozenset(_TABLE["declared_actor_types"])
# how "the earlier evidence already leans this way" is read (``already_leaning``)
LEAN_RULE = str(_TABLE["declared_lean"])
LEAN_LEVEL = float(_TABLE["declared_lean_level"])
LEAN_ALPHA = float(_TABLE["declared_lean_alpha"])


@dataclass(frozen=True)
class TurnWords:
    kind: str  # "trigger", "evidence", "refusal" or "refusing"
    words: tuple[str, ...]
    up: bool
    types: frozenset[str]


KINDS = ("trigger", "evidence", "refusal", "refusing", "taken_back")


@lru_cache(maxsize=1)
def turn_words() -> tuple[TurnWords, ...]:
    rows = read_table(
        "stances/declared_turns.tsv", required=("kind", "words", "direction", "types")
    )
    out = []
    for r in rows:
        if r["kind"] not in KINDS or r["direction"] not in ("up", "down"):
            raise ValueError(
                f"stances/declared_turns.tsv:{r['_line']}: kind must be one of "
                f"{', '.join(KINDS)}, direction up or down"
            )
        words = tuple(r["words"].lower().split())
        types = frozenset(t.strip().upper() for t in r["types"].split(",") if t.strip())
        out.append(TurnWords(r["kind"], words, r["direction"] == "up", types))
    return tuple(out)


def _present(mode: str | None) -> bool:
    """The story's own news: no mode that weighs an event down, not negated."""
    low = (mode or "").lower()
    return low not in NEGATED_MODES and MODE_WEIGHT.get(low, 1.0) >= 1.0


def _words(text: str) -> list[str]:
    return [w.strip(".,;:'\"()").lower() for w in text.split()]


def _refused(row: TurnWords, trigger: set[str], sentence: list[str]) -> bool:
    """'refused to endorse', 'declined to back': a refusal verb of the row in the trigger,
    followed in its sentence by 'to' and a support word of a ``refusal`` row."""
    support = {w for r in turn_words() if r.kind == "refusal" for w in r.words}
    return any(
        word in trigger and word in row.words and sentence[i + 1 : i + 3] == ["to", nxt]
        for i, word in enumerate(sentence[:-2])
        if (nxt := sentence[i + 2]) in support
    )


def _taken_back(row: TurnWords, trigger: set[str], sentence: list[str]) -> bool:
    """'withdrew his endorsement of Y', 'pulled her support for Y': a verb of taking back
    of the row in the trigger, with a support word of a ``refusal`` row among the next
    three words of its sentence (the support it takes back)."""
    support = {w for r in turn_words() if r.kind == "refusal" for w in r.words}
    return any(
        word in trigger and word in row.words and support & set(sentence[i + 1 : i + 4])
        for i, word in enumerate(sentence)
    )


def declaration(event: CorpusEvent) -> bool | None:
    """True (towards alignment) or False (towards disagreement) where the event states a
    turn; None where it does not."""
    mode = (event.obs.mode or "").lower()
    negated = mode in NEGATED_MODES
    if not negated and not _present(mode):
        return None
    kind = event.obs.type.upper()
    trigger = set(_words(event.trigger))
    sentence_words = _words(event.evidence)
    sentence = " ".join(sentence_words)
    for row in turn_words():
        if kind not in row.types:
            continue
        own = trigger & set(row.words)  # the word or phrase is the event's own, not a mention
        if row.kind == "refusal" and own and (negated or kind == "REJECT"):
            # support refused: the parse made it a refusal, negated ("will not vote for")
            # or not ("not ready to support"); a SUPPORT row type never reaches here
            return row.up
        if negated:
            continue
        if row.kind == "refusing" and own and _refused(row, trigger, sentence_words):
            return row.up
        if row.kind == "taken_back" and own and _taken_back(row, trigger, sentence_words):
            return row.up
        if row.kind == "trigger" and own:
            return row.up
        if row.kind == "evidence" and own and " ".join(row.words) in sentence:
            return row.up
    return None


def _sign_test(prior: list[Dated], up: bool) -> float:
    """One-sided p of a sign test over the earlier articles: how likely so many of the
    articles that lean at all lean the declared way, were the pair leaning neither way."""
    units = per_article(prior, sign_only=True)
    n = sum(1 for d in units if d.obs.value != 0)
    k = sum(1 for d in units if (d.obs.value > 0) == up and d.obs.value != 0)
    return sum(comb(n, i) for i in range(k, n + 1)) / 2**n if n else 1.0


def already_leaning(
    prior: list[Dated],
    up: bool,
    rule: str = "",
    level: float | None = None,
    alpha: float | None = None,
) -> bool:
    """Whether the pair's earlier evidence already leans the declared way, so that the
    declaration is no turn.

    ``rule`` (default ``declared_lean``): ``mean``: the observations' weighted mean is
    past 0 that way (session 8); ``level``: it is at least ``level`` that way (above 0:
    an endorsement after a mildly aligned course is still a turn; below 0: only a course
    that leaned clearly the other way is turned from); ``never``: a declaration is always
    a turn (an endorsement as its own kind of turn); ``sign``: the mean is past 0 that way
    *and* a sign test over the earlier articles (one report each) gives p <= ``alpha``
    (``declared_lean_alpha``): a thin or mixed course ("two articles leaning a little
    against, then a declared refusal") has no lean to speak of, so the declaration, a new
    kind of evidence, is the turn.
    """
    rule = rule or LEAN_RULE
    level = LEAN_LEVEL if level is None else level
    alpha = LEAN_ALPHA if alpha is None else alpha
    if rule == "never":
        return False
    before = weighted_mean(d.obs for d in prior)
    lean = before if up else -before
    if rule == "mean":
        return lean > 0
    if rule == "level":
        return lean >= level
    if rule == "sign":
        return lean > 0 and _sign_test(prior, up) <= alpha
    raise ValueError(f"[alignment] declared_lean must be mean, level, sign or never, not {rule!r}")


def declared_sentence(corpus: Corpus, ref: str) -> str:
    """The evidence sentence of the event ``ref`` ("doc#e3"); "" when unknown."""
    return next((e.evidence for e in corpus.events if e.obs.ref == ref), "")


def declared_turns(
    corpus: Corpus,
    evidence: dict[tuple[str, str], list[Dated]] | None = None,
    *,
    on: bool | None = None,
) -> list[Shift]:
    """Every declared turn (``Shift`` with ``method="declared"``), pairs in id order.

    None where ``alignment.turns.declared`` is off in the switches the corpus was read
    with (``[rules] disable``); ``on`` (True or False) overrides the switches
    (`stancemap shifts --declared/--no-declared`).
    """
    if on is None:
        on = corpus.switches is None or corpus.switches.enabled(DECLARED)
    if not on:
        return []
    table = evidence if evidence is not None else dated_evidence(corpus)
    found: dict[tuple[str, str], list[tuple[date, bool, CorpusEvent]]] = {}
    sides = corpus.sides.actors if corpus.sides is not None else {}

    def may_turn(actor: str) -> bool:
        side = sides.get(actor)
        return side is not None and side.type in ACTOR_TYPES

    for event in corpus.events:
        if event.date is None or not event.obs.source or not event.obs.target:
            continue
        up = declaration(event)
        if up is None:
            continue
        for src in dict.fromkeys(event.obs.source):
            for tgt in dict.fromkeys(event.obs.target):
                if src != tgt and may_turn(src) and may_turn(tgt):
                    key = (min(src, tgt), max(src, tgt))
                    found.setdefault(key, []).append((event.date, up, event))
    out: list[Shift] = []
    reversal = reversal_on(corpus)  # ``declared_reversal.DECLARED_REVERSAL``
    for key, items in sorted(found.items()):
        items.sort(key=lambda x: (x[0], x[2].obs.ref))
        last: bool | None = None
        earlier: CorpusEvent | None = None  # the last declaration, the other way
        for when, up, event in items:
            if up == last:
                continue  # another report of the same declaration
            last = up
            reverses_earlier = reversal and reverses(earlier, event, when)
            earlier = event
            shift = _declared(corpus, key, when, up, event, table.get(key, []), reverses_earlier)
            if shift is not None:
                out.append(shift)
    return out


def _declared(
    corpus: Corpus,
    key: tuple[str, str],
    when: date,
    up: bool,
    event: CorpusEvent,
    seq: list[Dated],
    reversal: bool = False,
) -> Shift | None:
    prior = [d for d in seq if d.when < when]
    later = [d for d in seq if d.when >= when]
    # a reversal of an earlier declaration (``declared_reversal``) turns from it alone
    least = 1 if reversal else MIN_BASELINE_ARTICLES
    if count_articles(d.obs for d in prior) < least:
        return None  # nothing to turn from
    before = weighted_mean(d.obs for d in prior)
    if already_leaning(prior, up):
        return None  # the pair already leaned this way: a declaration, not a turn
    after = weighted_mean(d.obs for d in later) if later else (1.0 if up else -1.0)
    return Shift(
        a=key[0],
        b=key[1],
        start=when,
        end=when,
        before=round(before, 4),
        # the direction is the declaration's, whatever the later readings' mean
        after=round(max(after, before + 1e-4) if up else min(after, before - 1e-4), 4),
        p_value=0.0,  # not a test: the news states the turn
        evidence=[event.obs.ref],
        statements=[],
        method="declared",
        last_before=prior[-1].when,
        evidence_before=[r for d in prior[-10:] for r in d.obs.refs][-10:],
        n_before=len(prior),
        n_after=len(later),
        articles_before=count_articles(d.obs for d in prior),
        articles_after=count_articles(d.obs for d in later),
    )
