"""An unreal reading nobody owns is no event: the clause's mode, read against its parties.

Session 66 (engineer EP, issue 12: readings that are no event at all). On the judged tune
files (PolNeAR s24-s41, Lee s51/s52, BBC s60) the tree keeps 1,162 judged readings, 427 of
them judged no event; the largest classes a general mechanism reaches are not words but
modes: the coder already marks a reading ``hypothetical`` or ``negated``
(``nlp/clause_mode.py``), and the judges call most of those no event ("if the company
rejects an offer", "could threaten air services", "he did not support Mr Trump", "we are
not attacking Arafat personally"). A marked reading stays in the output all the same, and
the later stages and the judged files count it. Two shapes of them are nearly never an
event to a judge:

- ``events.mode.sourceless_hypothetical``: a reading marked hypothetical with no source -
  an act nobody in the sentence is said to do, in a clause of condition, wish, purpose or
  possibility ("if convicted", "a dispute which could threaten air services", "the theory
  was that workers would be 'released'", "hope Abbas will use the opportunity for talks").
  A finite verb with no auxiliary and no subordinating word of its own is kept: its clause
  asserts it, and the mode leaked from a clause beside it ("Putin forecast that the economy
  would soon rebound and praised efforts by Kerry", read on PolNeAR tune firings).
  Tune: 10 no-event and 2 wrong readings dropped, 1 right lost (a quoted "maybe we should
  start killing them").
- ``events.mode.quoted_negation``: a reading marked negated that a speaker's quote carries
  (``reported_by``), of a type other than REJECT: what someone says was not done or will
  not be done ("said he did not support Mr Trump", "we don't have a quarrel with Arafat",
  "says he has not requested financial assistance"). A negated REJECT is kept: a stated
  unwillingness ("he wouldn't want X's endorsement") is the judges' REJECT
  (docs/judging.md). Tune: 9 no-event readings dropped, 1 right lost ("Washington did not
  complain when ...", a Chinese official said).

A merged reading (an event told again at a later word) is kept by both: its other mentions
may tell it as done. Read once the parties are final (``stage.py``, after the merge, the
learned reality and the late sources): a source filled late owns the act.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..rules import declare
from .parts import Coded

Read = tuple[Coded, float | None]  # a reading and its learned reality

SOURCELESS_HYPOTHETICAL = declare(
    "events.mode.sourceless_hypothetical",
    "'if convicted', 'a dispute which could threaten air services' - a reading marked "
    "hypothetical with no source, told once, is no event (dropped)",
)
QUOTED_NEGATION = declare(
    "events.mode.quoted_negation",
    "'said he did not support Mr Trump', 'we don't have a quarrel with Arafat' - a reading "
    "marked negated that a speaker's quote carries, told once, of a type other than REJECT "
    "(a stated unwillingness stays), is no event (dropped)",
)

KEPT_NEGATED_TYPES = frozenset({"REJECT"})  # a stated unwillingness (docs/judging.md)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def own_assertion(doc: Doc | None, item: Coded) -> bool:
    """A finite verb with no auxiliary and no subordinating word of its own ("Putin
    forecast that the economy would rebound and praised Kerry's efforts", "members
    support Clinton"): its clause asserts it, a hypothetical mode is another clause's."""
    if doc is None:
        return False
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    if verb.tag_ not in FINITE_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def unreal_unowned(item: Coded, sourceless: bool, quoted: bool, doc: Doc | None = None) -> bool:
    """Whether a reading is dropped by the rules switched on (``sourceless``:
    ``SOURCELESS_HYPOTHETICAL``, ``quoted``: ``QUOTED_NEGATION``); ``doc``, where given,
    keeps a hypothetical reading whose verb asserts itself (``own_assertion``)."""
    if item.mentions:  # told again elsewhere: another mention may tell it as done
        return False
    if sourceless and item.modality == "hypothetical" and not item.source:
        return not own_assertion(doc, item)
    return (
        quoted
        and item.modality == "negated"
        and item.reported_by is not None
        and item.type not in KEPT_NEGATED_TYPES
    )


def without_unreal_unowned(
    doc: Doc, coded: list[Read], sourceless: bool, quoted: bool
) -> list[Read]:
    """The stage's readings but those ``unreal_unowned`` drops."""
    if not (sourceless or quoted):
        return coded
    return [pair for pair in coded if not unreal_unowned(pair[0], sourceless, quoted, doc)]
