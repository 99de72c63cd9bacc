"""A name the parser hung on a fronted phrase is the clause's subject.

Session 65 (engineer EV, issue 12: arguments from the parse). A sentence opening with a
time or place phrase and a subject set off by commas - "On Monday, Russia, which has long
opposed the plan, condemned the strike", "On June 4, 2008, Sanders, who had not endorsed,
decided to back Obama", "In Washington, Obama, who spoke after the meeting, praised
Merkel" - is often parsed with the subject as an apposition of the fronted phrase's noun
("Russia" appos of "Monday"): the main verb then has no subject, the relative clause's
antecedent is the date, and both events lose their source (judged PolNeAR tune: "decided
to back Obama" read with no source).

Rule ``events.args.fronted_apposition_subject``: where a finite clause (a verb or
auxiliary with a tense) has no subject of its own (no nsubj, nsubjpass, csubj, expl) and
is not passive, and a noun it governs before itself - a preposition's object ("On
Monday", "In Washington") or a noun phrase of time ("Last week") - has an apposition after
it that names someone (a proper name not tagged as a time or number; on a time word also
a determined noun: "In March, the Senate, ..."), that apposition is the clause's subject;
and a relative clause the parser hung on such a fronted noun ("Monday, Russia, which has
opposed") has that apposition as antecedent. The parse alone decides; no word list.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

FRONTED_APPOSITION_SUBJECT = declare(
    "events.args.fronted_apposition_subject",
    "'On Monday, Russia, which has long opposed the plan, condemned the strike', 'In "
    "Washington, Obama, who spoke, praised X': a name the parser hung as an apposition on a "
    "fronted phrase's noun is the subject of the finite subjectless clause governing it, "
    "and the antecedent of a relative clause hung on that noun",
    order=24.87,
)
TIMES = frozenset(("DATE", "TIME"))
# what a misread apposition is never: a time ("Monday, June 4"), a number
NOT_NAMES = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"))
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"))
NOUNS = frozenset(("NOUN", "PROPN"))
# the Penn tags of a verb or auxiliary with a tense: past, present, modal
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _time_word(tok: Token) -> bool:
    return tok.ent_type_ in TIMES and tok.pos_ in ("NOUN", "PROPN")


def _named_apposition(head: Token, before: int) -> Token | None:
    """The apposition of ``head`` (after it, before token index ``before``) that names
    someone: a proper name, or (on a time word: "In March, the Senate, ...") a determined
    noun; never a time or a number itself ("Monday, June 4")."""
    for child in head.children:
        if child.dep_ != "appos" or child.i >= before or child.i < head.i:
            continue
        if child.ent_type_ in NOT_NAMES:
            continue
        if child.pos_ == "PROPN":
            return child
        determined = any(c.dep_ == "det" for c in child.children)
        if child.pos_ == "NOUN" and determined and _time_word(head):
            return child
    return None


def _fronted_objects(clause: Token) -> list[Token]:
    """What the clause governs before itself: a preposition's object ("On Monday", "In
    Washington"), a noun phrase of time ("Last week")."""
    found = []
    for child in clause.children:
        if child.i >= clause.i:
            continue
        if child.dep_ == "prep":
            found += [c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
        elif child.dep_ in ("npadvmod", "obl", "nmod") and _time_word(child):
            found.append(child)
    return found


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own (a finite verb or auxiliary), not a participle or
    an infinitive."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("xcomp", "acl", "amod", "pcomp"):
        return False
    if clause.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in clause.children)


def _subjectless(clause: Token) -> bool:
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in clause.children)


def fronted_apposition_subject(clause: Token) -> Token | None:
    """For a finite clause with no subject of its own, not passive: the name hung as
    apposition on a phrase it governs before itself ("On Monday, Russia, ... condemned",
    "In Washington, Obama, ... praised"), else None."""
    if not _finite(clause) or not _subjectless(clause):
        return None
    for head in _fronted_objects(clause):
        name = _named_apposition(head, clause.i)
        if name is not None:
            return name
    return None


def fronted_apposition_antecedent(relative: Token) -> Token | None:
    """For a relative clause the parser hung on a fronted phrase's word ("On Monday,
    Russia, which has opposed ... condemned"): that word's apposition right before the
    clause, else None."""
    head = relative.head
    if relative.dep_ != "relcl":
        return None
    prep = head.head
    clause = prep.head
    fronted = (
        head.dep_ == "pobj" and prep.dep_ == "prep" and prep.i < clause.i and _subjectless(clause)
    )
    if not (fronted or (_time_word(head) and head.i < clause.i and _subjectless(clause))):
        return None
    name = _named_apposition(head, relative.left_edge.i)
    if name is None or name.i < head.i:
        return None
    return name
