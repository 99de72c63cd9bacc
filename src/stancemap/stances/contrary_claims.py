"""Opposing claims when one side is unsigned (issue 14; session 57, engineer CP).

Two speakers who say opposite things about one matter disagree, though neither names the
other: "X said the census had been unfair" / "Y said there was nothing irregular about the
census". ``stances.claims.predicate`` meets two such claims through their common key (the
judged thing: "claim-census") only when it can sign both, and AFINN, VADER and the stance
cues sign judging words, not plain or factual ones ("irregular", "regular", "rose", "fell").
So one side of the pair is read and the other is not, and the disagreement is lost.

This module reads a predicate claim no lexicon signs (``predicate`` hands it over as an
*unsigned* finding: its key, its predicate words and whether it asserts or denies them,
polarity 0) and keeps it only where it meets another speaker's claim on the same key:

- rule ``stances.claims.contrary_predicate``: the two predicates stand at the two ends of
  one WordNet antonym scale (``data/stances/contrary_words.tsv``, by ``contrary_import``:
  "regular"/"irregular", "rise"/"fall", "succeed"/"fail", a head adjective's satellites on
  its side), or are one word that one of the two denies ("had withdrawn" / "had not
  withdrawn"), counting each claim's own negation ("nothing irregular about" denies
  "irregular"). The two speakers then take opposite positions on the proposition "the
  thing is at this end of the scale" (frame ``claim-<key>~<scale>``), signed or not, and
  disagree; two claims at one end are left alone (a disagreement is what the rule reads);
- rule ``stances.claims.met_wordnet_sign``: the unsigned predicate takes its WordNet sign
  (``data/stances/wordnet_signs.tsv``, the table ``stances.claims.wordnet_predicate_sign``
  reads everywhere) only here, where another speaker's signed claim judges the same key
  ("the agreement was historic" beside "the agreement was a mistake"): the table's signs
  lost on blind real news read alone (session 34), and a claim met on its key is what the
  relation needs.

An unsigned finding neither rule keeps is dropped before the stage reads the findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare
from .extract import Finding
from .topics import lemma

CONTRARY = declare(
    "stances.claims.contrary_predicate",
    "two speakers' predicate claims about one thing whose predicates stand at the two ends "
    "of one WordNet antonym scale, or are one word one of them denies, counting each "
    "claim's negation ('the census was irregular' / 'there was nothing irregular about "
    "the census', 'turnout rose' / 'turnout fell'), disagree, signed or not "
    "(data/stances/contrary_words.tsv)",
    order=45.6,
)

MET_WORDNET = declare(
    "stances.claims.met_wordnet_sign",
    "a predicate claim the cues, AFINN and VADER leave unsigned takes its WordNet sign "
    "(wordnet_signs.tsv) only where another speaker's signed claim judges the same thing "
    "('the agreement was historic' beside 'the agreement was a mistake')",
    order=45.7,
)

UNSIGNED = "unsigned-claim"  # the note of a claim handed over with polarity 0
CONTRARY_NOTE = "contrary-claim"
_ASSERTS = "asserts="
_WORDS = "words="
_WORDNET = "wordnet="
_POS = {"ADJ": "a", "NOUN": "n", "PROPN": "n", "VERB": "v"}


def reads_unsigned(on: Iterable[str]) -> bool:
    """Whether ``predicate`` hands over the claims it cannot sign (either rule on)."""
    names = set(on)
    return CONTRARY in names or MET_WORDNET in names


@lru_cache(maxsize=1)
def contrary_words() -> dict[tuple[str, str], dict[str, str]]:
    """(word, part of speech) -> {scale: side}, from ``data/stances/contrary_words.tsv``."""
    rows = read_table("stances/contrary_words.tsv", required=("word", "pos", "scale", "side"))
    out: dict[tuple[str, str], dict[str, str]] = {}
    for r in rows:
        out.setdefault((r["word"], r["pos"]), {})[r["scale"]] = r["side"]
    return out


def predicate_words(word: Token) -> list[Token]:
    """The words a predicate says of its subject: the head, its conjuncts, and the
    adjectives on a predicate noun ("a dangerous provocation")."""
    out = [word, *word.conjuncts]
    if word.pos_ in ("NOUN", "PROPN"):
        out += [c for c in word.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    return out


def claim_notes(
    word: Token, asserts: int, wordnet: tuple[int, float] | None = None
) -> tuple[str, ...]:
    """The notes a predicate claim carries for this module: whether it asserts (+1) or
    denies (-1) its predicate, the predicate's words as lemma|pos, and (an unsigned
    claim's) the WordNet sign and weight of its first word the table signs."""
    words = ",".join(f"{lemma(t)}|{_POS[t.pos_]}" for t in predicate_words(word) if t.pos_ in _POS)
    notes = [f"{_ASSERTS}{asserts}", f"{_WORDS}{words}"]
    if wordnet is not None:
        notes.append(f"{_WORDNET}{wordnet[0]}:{wordnet[1]}")
    return tuple(notes)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECTS = frozenset({"dobj", "obj", "attr", "acomp", "oprd", "ccomp", "xcomp"})
_FREE = frozenset({"amod", "acl", "relcl", "xcomp", "advcl", "pcomp", "conj"})


def scale_verb(tok: Token) -> tuple[Token, Token] | None:
    """(subject, verb) where ``tok`` is a finite verb with no object or complement that
    stands on a WordNet antonym scale and whose subject is a noun: "turnout rose", "the
    truce was holding" - a claim told by its verb, which ``predicate`` hands over unsigned
    (rule ``stances.claims.contrary_predicate``); None otherwise."""
    if tok.pos_ != "VERB" or tok.dep_ in _FREE or (lemma(tok), "v") not in contrary_words():
        return None
    if tok.tag_ not in _FINITE and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in tok.children
    ):
        return None
    if any(c.dep_ in _OBJECTS for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (subj, tok) if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _note(finding: Finding, prefix: str) -> str | None:
    return next((n.removeprefix(prefix) for n in finding.notes if n.startswith(prefix)), None)


def _asserts(finding: Finding) -> int:
    return int(_note(finding, _ASSERTS) or 1)


def _words(finding: Finding) -> list[tuple[str, str]]:
    raw = _note(finding, _WORDS) or ""
    return [tuple(w.split("|", 1)) for w in raw.split(",") if "|" in w]  # type: ignore[misc]


def _ends(finding: Finding) -> dict[str, int]:
    """scale -> +1 / -1: where the claim puts its thing on each scale its words stand on
    (a word the claim denies puts it at the other end); a bare word is its own scale."""
    table = contrary_words()
    out: dict[str, int] = {}
    asserts = _asserts(finding)
    for word, pos in _words(finding):
        out[f"{word}"] = asserts
        for scale, side in table.get((word, pos), {}).items():
            out[scale] = asserts * (1 if side == "+" else -1)
    return out


def _contrary(mine: Finding, other: Finding) -> str | None:
    """The first scale (in name order) the two claims stand at opposite ends of, or None
    when they stand at one end of any scale (no disagreement to read)."""
    a, b = _ends(mine), _ends(other)
    shared = sorted(set(a) & set(b))
    if any(a[s] == b[s] for s in shared):
        return None
    return next((s for s in shared if a[s] == -b[s]), None)


def meet_unsigned(findings: list[Finding], on: Iterable[str]) -> None:
    """In place: resolve the unsigned claims ``predicate`` handed over (see the module's
    doc); the unsigned ones are then dropped."""
    names = set(on)
    unsigned = [f for f in findings if UNSIGNED in f.notes]
    if not unsigned:
        return
    claims = [f for f in findings if UNSIGNED not in f.notes and _note(f, _WORDS) is not None]
    signed = [f for f in findings if UNSIGNED not in f.notes and f.polarity]
    signed_quotes = {q for f in signed for q in f.evidence}
    added: list[Finding] = []
    seen: set[tuple[str, str, int]] = set()

    def add(f: Finding, frame: str, polarity: int) -> None:
        if (f.holder, frame, polarity) in seen:
            return
        seen.add((f.holder, frame, polarity))
        added.append(
            replace(
                f,
                frame=frame,
                polarity=polarity,
                notes=tuple(n for n in f.notes if n != UNSIGNED) + (CONTRARY_NOTE,),
            )
        )

    if CONTRARY in names:
        pool = [*claims, *unsigned]
        for i, mine in enumerate(unsigned):
            if "@" in mine.frame:
                continue  # a key of its own: met by none
            for j, other in enumerate(pool):
                if j == len(claims) + i or other.holder == mine.holder or other.frame != mine.frame:
                    continue
                scale = _contrary(mine, other)
                if scale is None:
                    continue
                frame = f"{mine.frame}~{scale}"
                if not frame.startswith("claim-"):
                    frame = f"claim-{frame}"
                side = _ends(mine)[scale]
                add(mine, frame, side)
                add(other, frame, -side)
                break
    if MET_WORDNET in names:
        for mine in unsigned:
            if any(q in signed_quotes for q in mine.evidence) or "@" in mine.frame:
                continue
            if not any(o.frame == mine.frame and o.holder != mine.holder for o in signed):
                continue
            hit = _note(mine, _WORDNET)
            if hit is None:
                continue
            sign, weight = int(hit.split(":")[0]), float(hit.split(":")[1])
            kept = replace(
                mine,
                polarity=sign * _asserts(mine),
                confidence=round(mine.confidence * weight, 3),
                notes=tuple(n for n in mine.notes if n != UNSIGNED) + ("predicate-claim",),
            )
            added.append(kept)
    findings[:] = [f for f in findings if UNSIGNED not in f.notes] + added
