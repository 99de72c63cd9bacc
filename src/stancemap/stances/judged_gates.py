"""Gates on the relations read from what speakers say of other parties (session 37, RG).

Three rules make a speaker's position towards another party out of the speaker's own
words about it: ``stances.claims.judged_subject`` (a learned model signs a quoted clause
whose subject is the party), ``stances.claims.judged_party`` (an open lexicon signs a
copular predicate or a verb of naming) and ``stances.claims.wordnet_predicate_sign`` (a
claim's predicate word signed by WordNet when the smaller lexicons are silent). Read on
the judged tune files (session 36, RS) most of their wrong readings were of three kinds,
one gate each; a gate acts only on the findings of those three rules (and, since session
38, of ``stances.claims.judged_deed``, a charge told with a verb of action), so no other
relation path changes:

- ``stances.claims.judged_observer``: the holder is an observer, not a party - an actor
  of a sector that comments rather than sides (``[stances] observer_sectors``: academics
  and analysts EDU, the media MED and JRN, business BUS; the sectors of
  ``data/kb/agents.tsv``), or, where the actor has no sector, a title word of that sector
  in its role or its quotes' source phrases ("analyst John Smith") and none of a state's;
- ``stances.claims.judged_forecast``: the clause says what will or would be, or asks -
  its mode (``stances.modes``, the clause tests events read their modes with) is one of
  ``[stances] judged_unreal_modes`` ("X will do well", "X would win");
- ``stances.claims.judged_both_named``: the holder is not named in the sentence the
  finding was read from (a pronoun or a quote's later sentence does not name him): the
  pair is not both in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.lexicon import one_word_agent_sectors
from ..datafiles import constants
from ..records import Quote
from ..rules import declare
from .claim_signs import WORDNET_PREDICATE, wordnet_sign
from .extract import Finding
from .hedged import NOTE as HEDGED_NOTE
from .lexicon import claim_words
from .topics import lemma

OBSERVER = declare(
    "stances.claims.judged_observer",
    "with stances.claims.judged_subject / judged_party / judged_deed / wordnet_predicate_sign: "
    "no finding held by an observer - an actor of an observer sector ([stances] "
    "observer_sectors: EDU, MED, JRN, BUS), or with no sector but such a title word "
    "('analyst X', agents.tsv)",
    order=76.2,
)
FORECAST = declare(
    "stances.claims.judged_forecast",
    "with stances.claims.judged_subject / judged_party / judged_deed / wordnet_predicate_sign: "
    "no finding from a clause whose mode is future, hypothetical, conditional or a question "
    "('Y said X will do well': a forecast, no judgement)",
    order=76.3,
)
BOTH_NAMED = declare(
    "stances.claims.judged_both_named",
    "with stances.claims.judged_subject / judged_party / judged_deed: no finding unless the "
    "holder is named (not a pronoun) in the sentence it was read from, as the judged party is",
    order=76.4,
)

GATES = (OBSERVER, FORECAST, BOTH_NAMED)

JUDGED_NOTES = frozenset({"judged-subject", "judged-party", "judged-deed", "owned-fault"})
_PREDICATE_NOTE = "predicate-claim"
_UNNAMED = frozenset({"pronoun", "agent"})


def _title_sector_words(phrases: list[str]) -> set[str]:
    """The sectors the words of title phrases name ("analyst" EDU, "president" GOV)."""
    table = one_word_agent_sectors()
    out: set[str] = set()
    for phrase in phrases:
        for word in phrase.lower().replace(",", " ").split():
            sector = table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
            if sector:
                out.add(sector)
    return out


def observer(holder: str, actors: ActorLayer, titles: list[str]) -> bool:
    """Whether the holder comments rather than sides: its sector is an observer's, or it
    has none and its title words name an observer's sector and no state's."""
    table = constants("stances")
    observers = frozenset(table["observer_sectors"])
    actor = actors.actor(holder)
    if actor is None:
        return False
    if actor.sector:
        return actor.sector in observers
    named = _title_sector_words([p for p in (actor.role, *titles) if p])
    state = frozenset(constants("alignment")["state_sectors"])
    return bool(named & observers) and not named & state


def holder_named(finding: Finding, actors: ActorLayer) -> bool:
    """Whether the holder has a named mention (not a pronoun nor a generic agent) in the
    finding's sentence."""
    return any(
        m.actor_id == finding.holder and m.how not in _UNNAMED
        for m in actors.mentions_in(finding.start, finding.end)
    )


def wordnet_signed(word: Token, lexicon: object) -> bool:
    """Whether a predicate claim's sign can only have come from WordNet: no word of the
    judging phrase (the word, its conjuncts, an adjective on it) has a stance-lexicon cue or
    an AFINN/VADER sign, and one has a WordNet sign."""
    from .claims import wordnet_signs

    tokens = [word, *word.conjuncts]
    tokens += [m for t in list(tokens) for m in t.children if m.dep_ == "amod"]
    words = claim_words(True)
    for tok in tokens:
        if lexicon.cue("evaluative", lemma(tok)) is not None:  # type: ignore[attr-defined]
            return False
        if words.get(tok.lower_) or words.get(lemma(tok)):
            return False
    return any(wordnet_sign(t, wordnet_signs()) is not None for t in tokens)


def _hedged(finding: Finding) -> bool:
    """A charge under a weak modal over a perfect kept by ``stances.claims.hedged_charge``:
    its hypothetical mode weighs it (``stances.mode.unreal_said``), it is no forecast."""
    return HEDGED_NOTE in finding.notes and (finding.mode or "") == "hypothetical"


def gate(
    findings: list[Finding],
    doc: Doc,
    actors: ActorLayer,
    quotes: list[Quote],
    lexicon: object,
    enabled: Callable[[str], bool],
) -> list[Finding]:
    """The findings less those of the three judged-party rules that an enabled gate stops."""
    on = {g for g in GATES if enabled(g)}
    if not on:
        return findings
    wordnet = enabled(WORDNET_PREDICATE)
    unreal_modes = frozenset(constants("stances")["judged_unreal_modes"])
    titles: dict[str, list[str]] = {}
    for q in quotes:
        if q.speaker and q.source is not None and q.source.text:
            titles.setdefault(q.speaker, []).append(q.source.text)
    out: list[Finding] = []
    for f in findings:
        judged = bool(JUDGED_NOTES & set(f.notes))
        by_wordnet = (
            not judged
            and wordnet
            and _PREDICATE_NOTE in f.notes
            and f.cue is not None
            and 0 <= f.cue < len(doc)
            and wordnet_signed(doc[f.cue], lexicon)
        )
        if not (judged or by_wordnet):
            out.append(f)
            continue
        if OBSERVER in on and observer(f.holder, actors, titles.get(f.holder, [])):
            continue
        if FORECAST in on and (f.mode or "") in unreal_modes and not _hedged(f):
            continue
        if BOTH_NAMED in on and judged and not holder_named(f, actors):
            continue
        out.append(f)
    return out
