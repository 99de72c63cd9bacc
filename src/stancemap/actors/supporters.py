"""A supporter hyphened to a participle is not the owner of the noun phrase.

``actors.agent.supporter_not_owner``: "the UN-backed government in Tripoli", "Iran-backed
Houthi rebels", "US-armed fighters": a name hyphened to the participle of a verb of
support names who backs the agent, not whose the agent is. The name stays a mention of
its own (the UN is an actor of the sentence: it backs the government, a relation the text
states), and the agent phrase is read from the words after the participle ("government in
Tripoli": Libya's; "Houthi rebels": the Houthis). "Saudi-led", "Russian-controlled" are
not support: the leader or controller stays the owner. Consistent with
``actors.names.word_prefix``: a lower-case "un-endorsed" is a prefix, no UN at all, and
"UN-endorsed" is the UN as a supporter.

The verbs of support come from the event lexicon's data, not a list here: a verb whose
own reading (no condition, any object or actor object, the dictionary's bare-verb row) in
``data/events/triggers.tsv`` or ``cameo_verbs.tsv`` codes a CAMEO event of the PLOVER type
SUPPORT or AID (``data/events/cameo_plover.tsv``): back, support, endorse, arm, ...
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..rules import declare
from .event_verbs import plover_type, verb_event_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUPPORTER_NOT_OWNER = declare(
    "actors.agent.supporter_not_owner",
    "'the UN-backed government', 'Iran-backed rebels': a name hyphened to a participle of a "
    "verb the event lexicon codes SUPPORT/AID backs the agent; the agent is read from the "
    "words after it (the name stays its own mention)",
)
_SUPPORT_TYPES = frozenset({"SUPPORT", "AID"})
_OWN_READING = ("-", "obj=*", "obj=@actor", "!inf")


@lru_cache(maxsize=1)
def support_verbs() -> frozenset[str]:
    """Verb lemmas whose own reading the event lexicon codes as SUPPORT or AID."""
    verbs: set[str] = set()
    for row in verb_event_rows():
        if row["requires"] in _OWN_READING and plover_type(row["cameo"]) in _SUPPORT_TYPES:
            verbs.add(row["lemma"])
    return frozenset(verbs)


def after_supporter(doc: Doc, start: int, end: int) -> int:
    """The first token after the last "<Name>-<support participle>" inside [start, end)
    (``start`` when there is none): "UN-backed government" -> "government"."""
    first = start
    for i in range(start + 2, end):
        word, dash, name = doc[i], doc[i - 1], doc[i - 2]
        if dash.text not in ("-", "\u2010", "\u2011") or name.whitespace_ or dash.whitespace_:
            continue
        if not name.text[:1].isupper() or word.tag_ not in ("VBN", "VBD", "JJ"):
            continue
        lemma = word.lemma_.lower()
        if lemma in support_verbs() or word.lower_.removesuffix("ed") in support_verbs():
            first = i + 1
    return first


SUPPORTER_NO_COUNTRY = declare(
    "actors.agent.supporter_names_no_sentence_country",
    "'Russian-backed separatists shelled the town': the name before a participle of support "
    "backs the agent; sentence_country takes no country from it",
)


# the last document's answer: ``sentence_country`` asks once per sentence it places, and
# a scan of the whole document each time doubled the actors stage (session 13)
_last_starts: tuple[Doc | None, frozenset[int]] = (None, frozenset())


def supporter_starts(doc: Doc) -> frozenset[int]:
    """Character offsets of the names hyphened to a participle of support in ``doc``
    ("Russian" in "Russian-backed separatists")."""
    global _last_starts
    last_doc, last_found = _last_starts  # one read: another thread may replace it
    if last_doc is doc:
        return last_found
    found: set[int] = set()
    for i in range(2, len(doc)):
        if after_supporter(doc, i - 2, i + 1) == i + 1:
            found.add(doc[i - 2].idx)
    answer = frozenset(found)
    _last_starts = (doc, answer)
    return answer
