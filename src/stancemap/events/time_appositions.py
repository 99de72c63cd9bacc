"""A name the parser hung on a fronted time phrase is the clause's subject.

Session 65 (engineer EV, issue 12: arguments from the parse). A sentence opening with a
time phrase and a subject set off by commas - "On Monday, Russia, which has long opposed
the plan, condemned the strike", "On June 4, 2008, Sanders, who had not endorsed, decided
to back Obama", "On Friday, Texas, leading a coalition of states, asked a judge" - is often
parsed with the subject as an apposition of the time word ("Russia" appos of "Monday"):
the main verb then has no subject, the relative clause's antecedent is the date, and both
events lose their source (judged PolNeAR tune: "decided to back Obama" read with no
source).

Rule ``events.args.time_apposition_subject``: where a clause has no subject of its own
(no nsubj, no nsubjpass, not passive), and a time word (a DATE or TIME entity) that the
clause governs before it - through a preposition ("On Monday") or directly ("Last week")
- has an apposition that is no time itself (a proper name or a determined noun: "Russia",
"the Senate"), that apposition is the clause's subject; and a relative clause whose
antecedent the parser made the time word ("Monday, Russia, which has opposed") has that
apposition as antecedent. The parse alone decides; no word list.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

TIME_APPOSITION_SUBJECT = declare(
    "events.args.time_apposition_subject",
    "'On Monday, Russia, which has long opposed the plan, condemned the strike': a name the "
    "parser hung as an apposition on a fronted time phrase (a DATE/TIME word) is the "
    "subject of the subjectless clause governing it, and the antecedent of a relative "
    "clause hung on the time word",
    order=24.87,
)
TIMES = frozenset(("DATE", "TIME"))
# what a misread apposition is never: a time ("Monday, June 4"), a number
NOT_NAMES = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"))
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"))


def _time_word(tok: Token) -> bool:
    return tok.ent_type_ in TIMES and tok.pos_ in ("NOUN", "PROPN")


def _named_apposition(time: Token, before: int) -> Token | None:
    """The apposition of ``time`` before token index ``before`` that names someone."""
    for child in time.children:
        if child.dep_ != "appos" or child.i >= before or child.i < time.i:
            continue
        if child.ent_type_ in NOT_NAMES:
            continue
        if child.pos_ == "PROPN" or (
            child.pos_ == "NOUN" and any(c.dep_ == "det" for c in child.children)
        ):
            return child
    return None


def _fronted_times(clause: Token) -> list[Token]:
    """Time words the clause governs before itself: "On Monday" (a preposition's object),
    "Last week" (a noun phrase of time)."""
    found = []
    for child in clause.children:
        if child.i >= clause.i:
            continue
        if child.dep_ == "prep":
            found += [c for c in child.children if c.dep_ == "pobj" and _time_word(c)]
        elif child.dep_ in ("npadvmod", "obl", "nmod") and _time_word(child):
            found.append(child)
    return found


def time_apposition_subject(clause: Token) -> Token | None:
    """For a clause with no subject of its own, not passive: the name hung as apposition on
    a time phrase it governs before itself ("On Monday, Russia, ... condemned"), else None."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in clause.children):
        return None
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    for time in _fronted_times(clause):
        name = _named_apposition(time, clause.i)
        if name is not None:
            return name
    return None


def time_apposition_antecedent(relative: Token) -> Token | None:
    """For a relative clause the parser hung on a time word ("Monday, Russia, which has
    opposed"): the time word's apposition right before the clause, else None."""
    head = relative.head
    if relative.dep_ != "relcl" or not _time_word(head):
        return None
    name = _named_apposition(head, relative.left_edge.i)
    if name is None or name.i < head.i:
        return None
    return name
