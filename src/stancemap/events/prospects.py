"""An act that is planned, attempted, promised or likely has not happened (yet).

"She plans to vote for Sanders", "the military was prepared to launch assistance",
"delegates are unlikely to favor Trump", "Trump's call to ban all Muslims", "his
commitment to making peace", "we're going to get out the message", "Trump's unwillingness
to affirm his support": the act sits in the "to" infinitive (or the preposition + gerund,
or the gerund object: "considering revising") of a verb, adjective or noun of plan,
attempt, promise, readiness or likelihood. Its mode is the governor's
(``data/events/prospects.tsv``): hypothetical, future ("going to") or negated
("reluctance to"); a governing verb that is itself negated ("does not plan to attack")
negates it. Implicative governors ("managed to", "began to", "decided to") are not words
of prospect: their act is read as it stands.

Rule ``events.mode.prospective_complement``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..datafiles import read_table
from ..errors import KnowledgeBaseError
from ..nlp import modality as mod
from ..rules import declare

if TYPE_CHECKING:
    from ..records import Event

PROSPECTIVE_COMPLEMENT = declare(
    "events.mode.prospective_complement",
    "'plans to vote for X', 'was prepared to launch', 'is unlikely to favor X', 'his call to "
    "ban', 'commitment to making peace', 'going to get', 'unwillingness to affirm': the act "
    "in the 'to' infinitive (or preposition + gerund) of a verb, adjective or noun of plan, "
    "attempt, promise, readiness or likelihood (data/events/prospects.tsv) is not done: "
    "hypothetical / future / negated as the word says",
    order=20,
)
ATTEMPTED_ACT = declare(
    "events.mode.attempted_act",
    "'tried to meet X', 'an effort to enact', 'a bid to oust': the act in the complement of a "
    "word of attempt (mode 'attempt' in data/events/prospects.tsv) is hypothetical (with "
    "events.mode.prospective_complement on); PLOVER codes attempted acts as the act itself, "
    "the project's judging line (session 66) marks them; on since session 69 (blind A/B 12/2)",
    order=20,
)
KINDS = ("verb", "adjective", "noun")
MODES = ("hypothetical", "attempt", "future", "negated")
# the prepositions that carry a gerund complement: "intention of attacking", "commitment
# to making", "ideas for attacking", "interest in joining"
GERUND_PREPS = {"of", "to", "for", "in"}
NEGATIONS = {"not", "n't", "never"}


@lru_cache(maxsize=1)
def prospect_words() -> dict[tuple[str, str], str]:
    """(kind, word) -> mode, from ``data/events/prospects.tsv``."""
    out: dict[tuple[str, str], str] = {}
    for row in read_table("events/prospects.tsv", required=("word", "kind", "mode")):
        if row["kind"] not in KINDS or row["mode"] not in MODES:
            raise KnowledgeBaseError(
                "data/events/prospects.tsv", int(row["_line"]), "kind", "unknown kind or mode"
            )
        out[(row["kind"], row["word"].lower())] = row["mode"]
    return out


def _has_to(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def governor(token: Token) -> Token | None:
    """The word whose complement the act is: "plans" of "plans to vote", "prepared" of
    "prepared to launch", "call" of "call to ban", "commitment" of "commitment to making",
    "considering" of "considering revising"."""
    node = token
    # "let us praise and affirm him": a conjunct shares its first conjunct's governor
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "VERB":
        node = node.head
    if node.dep_ in ("xcomp", "acl", "ccomp", "advcl") and _has_to(node):
        if node.dep_ == "advcl":  # a purpose clause: "sat together to celebrate" is done
            return None
        return node.head
    if node.dep_ in ("xcomp", "dobj") and node.tag_ == "VBG" and node.head.pos_ == "VERB":
        return node.head  # "considering revising", "held off supporting"
    prep = node.head
    if node.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in GERUND_PREPS:
        return prep.head
    return None


def _kind(word: Token) -> str:
    if word.pos_ == "NOUN":
        return "noun"
    if word.pos_ == "ADJ" or word.dep_ == "acomp":
        return "adjective"
    return "verb" if word.pos_ in ("VERB", "AUX") else ""


def prospective_mode(token: Token, trigger: tuple[int, int] | None = None) -> str | None:
    """The mode the act's governor of prospect gives it, or None. A governor inside the
    event's own trigger ("vowed to punish" coded THREATEN on "vowed") is the event itself,
    not a prospect of it."""
    word = governor(token)
    if word is None or word.i == token.i:
        return None
    if trigger is not None and trigger[0] <= word.idx < trigger[1]:
        return None
    kind = _kind(word)
    words = prospect_words()
    mode = None
    for form in (word.lower_, word.lemma_.lower()):
        mode = words.get((kind, form))
        if mode is None and kind == "adjective":  # "is set to", "was scheduled to" (VBN)
            mode = words.get(("verb", form))
        if mode is not None:
            break
    if mode is None:
        return None
    negated = any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in word.children)
    if kind == "verb" and mode != "negated" and negated:
        return "negated"  # "does not plan to attack", "never tried to meet"
    return mode


# the mark ``Event.prospect`` carries on an event unreal only by a word of attempt
ATTEMPT = "attempt"


def attempt_governed(token: Token, trigger: tuple[int, int] | None = None) -> bool:
    """Whether the act ``token`` is in the complement of a word of attempt that is itself
    told as done: "tried to meet X", "a bid to oust Y", "led the effort to defeat Y" - not
    "would try to meet" nor "will try to" (a modal, a future or a negation over the word of
    attempt: the attempt itself is unreal)."""
    if prospective_mode(token, trigger) != ATTEMPT:
        return False
    word = governor(token)
    if word is None:
        return False
    return not (mod.is_hypothetical([word]) or mod.is_future([word]) or mod.is_negated([word]))


def attempted_events(doc: Doc, events: list[Event]) -> frozenset[str]:
    """The ids of ``events`` the events stage marked hypothetical because a word of attempt
    governs their trigger (``events.mode.attempted_act``, with
    ``events.mode.prospective_complement``): read again from the parse ``doc`` (a spaCy
    ``Doc``) at each event's trigger, so the relations stage can tell the attempt - which
    happened - from a guess or a wish (session 70 RE)."""
    out: set[str] = set()
    for event in events:
        if (event.mode or "").lower() != "hypothetical":
            continue
        start, end = event.trigger.start, event.trigger.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if any(attempt_governed(t, (start, end)) for t in span):
            out.add(event.id)
    return frozenset(out)
