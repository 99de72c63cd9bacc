"""An appeal to make peace takes no side (session 52 AR, issue 14).

"The United States, the European Union and the G8 called on India and Pakistan to exercise
restraint and resolve the stand-off through dialogue": the events stage reads a REQUEST from
the three to the two, and a request's intensity (-1, neutral) signed each appealer against
each party - and, carried by the leaders, against Vajpayee and Musharraf. An analyst reads no
relation there (the judged Lee tune stories: 9 of the 32 no-relation readings): the one who
appeals for talks, a truce or mediation works for peace between others, and is neither for
nor against them. What the appeal is for is its content: the words after its trigger in its
own clause; it is an appeal to make peace where they name a word of CAMEO's appeals to
de-escalate, negotiate, settle or accept mediation (``data/stances/peace_appeal_words.txt``,
from the CAMEO verb dictionary by ``peace_import``). Such a request then gives its pairs no
sign and no evidence (``PEACE_APPEAL``), or only where it is addressed to two parties or more
(``JOINT_PEACE_APPEAL``, the narrow form: a third party between two). A demand (DEMAND, or a request coded as one against its target: a
resignation, a prosecution) keeps its sign: "demanded that Pakistan hand over the
militants" is opposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..datafiles import constants, word_list
from ..records import Event
from ..rules import declare

PEACE_APPEAL = declare(
    "alignment.relations.peace_appeal_no_sign",
    "a request (not a demand, not a hostile request code) whose content - the words after "
    "its trigger in its clause - names a word of CAMEO's appeals to de-escalate, negotiate, "
    "settle or accept mediation (data/stances/peace_appeal_words.txt, from the CAMEO verb "
    "dictionary's 0256/026-028/1056/106-108 patterns: ceasefire, talks, dialogue, "
    "mediation) gives a document's relation no sign and no evidence: 'X called on India and "
    "Pakistan to resolve the stand-off through dialogue' sets X against neither; 'demanded "
    "that Pakistan hand over the militants' stays opposition (session 52 AR, issue 14)",
)
JOINT_PEACE_APPEAL = declare(
    "alignment.relations.joint_peace_appeal_no_sign",
    "the narrow form of alignment.relations.peace_appeal_no_sign: only a request addressed "
    "jointly to two or more parties ('called on India and Pakistan to resolve the stand-off "
    "through dialogue': its targets, less its sources) - a third party mediating between "
    "them; an appeal to one party ('urged Y to hold talks') keeps its sign (session 52 AR, "
    "issue 14)",
)
DATA = "stances/peace_appeal_words.txt"
_HOSTILE = frozenset(
    code for pair in constants("events")["hostile_request_codes"].values() for code in pair
)
# the clause the content is read in ends at a sentence or clause break
_BREAK = re.compile(r"[.;:!?]|\s[-\u2013\u2014]\s")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@lru_cache(maxsize=1)
def peace_words() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The data's one-word entries, and its phrases as word tuples."""
    words = word_list(DATA)
    return (
        frozenset(w for w in words if " " not in w),
        frozenset(tuple(w.split()) for w in words if " " in w),
    )


def _names_peace(words: list[str]) -> bool:
    single, phrases = peace_words()
    for i, word in enumerate(words):
        # a plural is its singular's word ("talks", "negotiations")
        if word in single or (word.endswith("s") and word[:-1] in single):
            return True
        if any(tuple(words[i : i + len(p)]) == p for p in phrases):
            return True
    return False


def content_words(event: Event) -> list[str]:
    """The lower-cased words after the event's trigger, to the end of its clause."""
    if event.evidence is None:
        return []
    start = event.trigger.end - event.evidence.start
    if start < 0 or start > len(event.evidence.text):
        return []
    after = event.evidence.text[start:]
    stop = _BREAK.search(after)
    return _WORD.findall((after[: stop.start()] if stop else after).lower())


def peace_appeals(events: Iterable[Event], joint: bool = False) -> set[str]:
    """Ids of the requests whose content is an appeal to make peace; with ``joint``, only
    those addressed to two or more parties (targets that are none of its sources)."""
    return {
        e.id
        for e in events
        if e.type.upper() == "REQUEST"
        and (e.cameo or "") not in _HOSTILE
        and (not joint or len(set(e.target) - set(e.source)) > 1)
        and _names_peace(content_words(e))
    }
