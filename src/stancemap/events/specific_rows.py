"""The dictionary's pattern for the object's whole phrase before its pattern for the head noun
(session 59, engineer EV, issue 12: type precision).

The CAMEO verb dictionary (``data/events/cameo_verbs.tsv``, from PETRARCH2) often lists for
one verb a pattern on a bare noun and, further down, one on a phrase ending in that noun with
another code: "launch" + "strike" is 141 (a labour strike, PROTEST) and "launch" + "air
strike" 195 (ASSAULT); "issue" + "warrant" is a REQUEST and "issue" + "arrest warrant" 173
(COERCE); "receive" + "support" 051 and "receive" + "financial support" 071. PETRARCH reads
the longest pattern that matches; the lexicon takes the first row whose conditions fit, so
the general row always won and "launched air strikes on rebel positions" was a PROTEST 141,
"issued arrest warrants for X" a REQUEST (events tune: both judged wrong). Of the
dictionary's verb rows, 506 such phrase rows sit behind a head-noun row of the same verb
with another code family (counted on the file, not on errors).

Rule ``events.trigger.phrase_object_row``: where the first fitting row of a verb that names
object words is met only by single words, a later fitting row of the same verb met by the
object's phrase (modifier + that head, as ``arguments.key_lemmas`` reads it) takes its place
(a support verb's light row before it stays first).
Nothing is listed here: the phrases are the dictionary's own. A row met by its phrase
already, a row that asks nothing of the object, and a phrase whose head is not the word the
first row matched ("launched a strike on the air base") are left as they are.
"""

from __future__ import annotations

from ..rules import declare
from .lexicon import Requirement, TriggerEntry

PHRASE_OBJECT_ROW = declare(
    "events.trigger.phrase_object_row",
    "'launched air strikes on X' (195, not 'launch strike' 141), 'issued arrest warrants' "
    "(173, not 'issue warrant'): of a verb's fitting dictionary rows, one whose object "
    "pattern matches the object's modifier + head phrase goes before one matched by the "
    "head noun alone (PETRARCH's longest pattern)",
    order=50,
)

ACTOR_WORD = "@actor"  # the lexicon's condition that a slot names an actor (matching.py)


def _object_requirement(row: TriggerEntry) -> Requirement | None:
    """The row's condition on its object's words, if it names words."""
    for req in row.requires:
        if req.slot == "obj" and not req.negative and req.words and ACTOR_WORD not in req.words:
            return req
    return None


def meets_phrase(row: TriggerEntry, words: set[str]) -> bool:
    """The row's object pattern is met by a phrase of the object ("air strike"), not a
    single word: the row the support verb's object names most closely."""
    req = _object_requirement(row)
    return req is not None and any(" " in p for p in req.words & words)


def phrase_rows_first(rows: list[TriggerEntry], words: set[str]) -> list[TriggerEntry]:
    """``rows`` (fitting, best first) with a phrase row put in the place of the first row
    that names object words: the first later row of that row's verb whose object pattern
    is met by a phrase ending in the head the first matched; ``words`` are the object's key
    lemmas ("strike", "air strike"). Rows before it (a support verb's light row) stay."""
    at = next((i for i, r in enumerate(rows) if _object_requirement(r) is not None), None)
    if at is None:
        return rows
    first = rows[at]
    req = _object_requirement(first)
    matched = req.words & words if req is not None else set()
    if not matched or any(" " in m for m in matched):
        return rows
    for row in rows[at + 1 :]:
        if row.lemma != first.lemma or row.pos != first.pos:
            continue
        other = _object_requirement(row)
        if other is None:
            continue
        phrases = {p for p in other.words & words if " " in p and p.rsplit(" ", 1)[1] in matched}
        if phrases:
            rest = [r for r in rows if r is not row]
            return [*rest[:at], row, *rest[at:]]
    return rows
