"""Rivalries told in a headline, read by word order where the parse fails.

Rule ``stances.relations.headline``: a headline ("Netanyahu and Guterres trade
accusations at the UN", "Petro and Bukele trade insults over prisons") is no
sentence, and the parser often makes its verb a noun ("trade" as a compound),
so the parse-based ``stances.relations.reciprocal`` finds no subjects. On a
headline line - one of the document's first lines, with no sentence-final
punctuation - a reciprocal word ("clash", "spar") or an exchange of hostile
words ("trade insults") sets the actors named before it in the line against
each other; a relation noun ("rift", "row") those named after "between" ("Rift
grows between X and Y"). Only lines where the parse-based rules found nothing are
read this way. (The parties named before a relation noun, "X, Y at odds over", were
read too for a while: worth 0 on every set, and a test of the web pages rests on
"Chile and Argentina at odds" relating the two only through their presidents.)

Words come from ``data/stances/relations.tsv`` (the kinds the parse-based rules
use); the confidence is ``narrated_relation`` times ``headline_word_order`` from
``[stances]`` in ``data/constants.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations

from spacy.tokens import Token

from ..rules import rule
from .extract import ALIGNMENT, Finding
from .topics import lemma

_SENTENCE_END = (".", "!", "?", '"', "”", ":", ";")


def headline_lines(text: str, first_lines: int, max_words: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each of the first non-empty lines that reads as a headline."""
    pos = 0
    seen = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > first_lines:
            return
        words = stripped.split()
        if stripped.endswith(_SENTENCE_END) or not 3 <= len(words) <= max_words:
            continue
        offset = line.index(stripped[0])
        yield start + offset, start + offset + len(stripped)


def _surnames(ctx: object) -> dict[str, str]:
    """Surname -> person, for the persons the document names (a surname two share is left out)."""
    layer = ctx.actors  # type: ignore[attr-defined]
    seen: dict[str, list[str]] = {}
    for actor in layer.actors.values():
        if actor.type == "person" and " " in actor.name.strip():
            seen.setdefault(actor.name.split()[-1].lower(), []).append(actor.id)
    return {name: ids[0] for name, ids in seen.items() if len(ids) == 1}


def _actors_in(ctx: object, tokens: list[Token]) -> list[str]:
    """The actors a headline names, in order: its mentions, and a bare surname of a person
    the story names in full, which the actors stage may leave unread in a headline
    ("Petro and Bukele ...", Gustavo Petro named only in the body)."""
    found: list[str] = []
    surnames: dict[str, str] | None = None
    for tok in tokens:
        actor = ctx.actor_of(tok)  # type: ignore[attr-defined]
        if actor is None and tok.pos_ == "PROPN":
            surnames = _surnames(ctx) if surnames is None else surnames
            actor = surnames.get(tok.lower_)
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def _cue(tokens: list[Token], i: int, ctx: object) -> tuple[int, float] | None:
    """The sign and weight of a reciprocal word at ``tokens[i]``, or of an exchange of
    words ("trade insults") starting there."""
    words = ctx.words  # type: ignore[attr-defined]
    tok = tokens[i]
    hit = words.get("reciprocal", lemma(tok)) or words.get("reciprocal", tok.lower_)
    if hit is not None:
        return hit
    if words.get("exchange", lemma(tok)) is not None or words.get("exchange", tok.lower_):
        for nxt in tokens[i + 1 : i + 3]:
            found = words.get("exchanged", lemma(nxt))
            if found is not None:
                return found
    return None


@rule(
    "stances.relations.headline",
    order=15,
    doc="a headline 'X and Y trade insults' read by word order when its parse has no subject",
)
def headline(ctx: object, start: int, end: int) -> list[Finding]:
    doc = ctx.doc  # type: ignore[attr-defined]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    tokens = list(span)
    words = ctx.words  # type: ignore[attr-defined]
    table = ctx.table  # type: ignore[attr-defined]
    for i, tok in enumerate(tokens):
        parties: list[str] = []
        hit = _cue(tokens, i, ctx)
        if hit is not None:
            parties = _actors_in(ctx, tokens[:i])
        elif found := words.get("between", lemma(tok)) or words.get("between", tok.lower_):
            hit = found  # (the lower-case form too: "odds" is lemmatised "odd")
            after = tokens[i + 1 :]
            between = next((j for j, t in enumerate(after) if t.lower_ == "between"), None)
            if between is not None:  # "Rift grows between X and Y"
                parties = _actors_in(ctx, after[between + 1 :])
        if hit is None or len(parties) < 2:
            continue
        conf = table["narrated_relation"] * table["headline_word_order"] * hit[1]
        return [
            Finding(
                holder=a,
                frame=ALIGNMENT,
                args=frozenset({b}),
                polarity=hit[0],
                confidence=round(conf, 3),
                start=start,
                end=end,
                evidence=[],
                cue=tok.i,
                notes=("narrated-relation", "headline-word-order"),
            )
            for a, b in permutations(parties, 2)
        ]
    return []
