"""A conjunct with a tense of its own keeps its own mode (session 67 MD, issue 12).

"France could impose sanctions on Iran and has condemned its programme", "China would not
condemn Russia but urged restraint", "Putin warned that sanctions could hurt Russia and
then criticised the US": the mode stage climbs from a verb to the verbs whose clause it is
(``nlp.modality``: ``in_unreal_clause``, ``modal_above_preposition`` climb ``conj`` links
too), so a conjunct takes the modal of its first conjunct. That is right for a bare
infinitive under the modal ("could impose sanctions and freeze assets": both supposed), but
a verb with a tense of its own ("has condemned", "urged") cannot be under the first
conjunct's could / would: the modal is not its own, and the act is told as done.

Rule ``events.mode.tensed_conjunct``: a reading marked hypothetical whose trigger verb is
such a conjunct (``finite_conjuncts.modal_conjunct``) takes the mode of where it really
coordinates: the verb reporting the first conjunct's clause where it has no subject of its
own ("warned that ... could hurt Russia and criticised": "warned"), else the first
conjunct's clause without its modal. It stays hypothetical where that place is itself
supposed (a verb of fearing or a modal above, an if-clause, a question); else it is
negated where its own words negate it, or asserted. Only the mode changes: the reading, its
type and parties stay; read once the parties are final (``stage.py``), after the learned
reality, so no reading is dropped or kept by it. Read from the parse only; no word list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import modality as mod
from ..rules import declare
from .finite_conjuncts import modal_conjunct
from .parts import Coded

TENSED_CONJUNCT = declare(
    "events.mode.tensed_conjunct",
    "'France could impose sanctions and has condemned Iran', 'China would not condemn "
    "Russia but urged restraint': a reading marked hypothetical only because its verb, with "
    "a tense of its own, is a conjunct of a modal verb takes the mode of the clause it "
    "coordinates with (asserted, or negated by its own words); the reading stays",
    order=99.5,
)

Read = tuple[Coded, float | None]


def _conditional_above(tok: Token) -> bool:
    """The clause of ``tok`` sits in an if/unless/whether clause."""
    clause = tok
    for _ in range(8):
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in mod.CONDITIONAL_MARKS for c in clause.children
        ):
            return True
        if clause.dep_ == "ROOT" or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _supposed_above(tok: Token) -> bool:
    """Something above ``tok``'s own words makes its clause unreal: a verb of fearing or a
    modal over it, an if-clause, a yes/no question."""
    return (
        mod.in_unreal_clause(tok, opinion=True, habitual=True)
        or mod.modal_above_preposition(tok, habitual=True)
        or _conditional_above(tok)
        or mod.yes_no_question(tok)
    )


def _verb(doc: Doc, item: Coded) -> Token | None:
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return root if root.pos_ in ("VERB", "AUX") else None


# what ``own_mode`` answers where the rule leaves a reading as it is
UNCHANGED = "unchanged"


def own_mode(doc: Doc, item: Coded) -> str | None:
    """The mode a hypothetical reading's verb has by its own clause (None: asserted), or
    ``UNCHANGED`` where the rule leaves the reading as it is."""
    if item.modality != "hypothetical":
        return UNCHANGED
    verb = _verb(doc, item)
    if verb is None:
        return UNCHANGED
    found = modal_conjunct(verb)
    if found is None:
        return UNCHANGED
    first, reporting = found
    place = reporting if reporting is not None else first
    if reporting is not None and (
        mod.is_hypothetical([reporting], habitual=True) or _supposed_above(reporting)
    ):
        return UNCHANGED
    if reporting is None and _supposed_above(first):
        return UNCHANGED
    if mod.indirect_question(verb) or mod.yes_no_question(place):
        return UNCHANGED  # "whether X could Y and did Z": asked
    return "negated" if mod.is_negated([verb]) else None


def with_tensed_conjunct_modes(doc: Doc, coded: list[Read]) -> list[Read]:
    """The stage's readings, each hypothetical one whose verb is a tensed conjunct of a
    modal verb marked with its own clause's mode (``own_mode``)."""
    for item, _ in coded:
        mode = own_mode(doc, item)
        if mode != UNCHANGED:
            item.modality = mode
    return coded


# session 67 MD: a bare infinitive the parse hangs on a tensed verb
BARE_CONJUNCT_PROSPECT = declare(
    "events.mode.bare_conjunct_prospect",
    "'touted her proposals to invest X, expand Y and enable Z': a bare infinitive the parse "
    "conjoins to a tensed verb cannot coordinate with it; it is a conjunct of the "
    "to-infinitive between them and takes that one's mode of prospect (plan, proposal, "
    "call: data/events/prospects.tsv) where the reading is marked asserted",
    order=99.6,
)


def _bare(verb: Token) -> bool:
    """A bare infinitive with no subject, no auxiliary, no 'to' of its own."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children
    )


def _tensed(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children
    )


def stranded_infinitive(verb: Token) -> Token | None:
    """The to-infinitive a bare infinitive really coordinates with when the parse hangs it
    on a tensed verb ("touted proposals to invest X, expand Y": "invest"): the nearest
    to-infinitive before it, after the tensed verb, in that verb's phrase; else None."""
    if verb.dep_ != "conj" or not _bare(verb):
        return None
    node = verb
    for _ in range(8):  # up the chain of bare conjuncts to the tensed verb
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
        if not _bare(node):
            break
    if not _tensed(node) or node.i > verb.i:
        return None
    for i in range(verb.i - 1, node.i, -1):
        tok = verb.doc[i]
        if tok.dep_ == "conj" and _bare(tok):
            continue
        if (
            tok.pos_ == "VERB"
            and tok.tag_ == "VB"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        ):
            return tok
    return None


def prospect_mode(doc: Doc, item: Coded) -> str | None:
    """The mode of prospect a bare infinitive's stranded head gives an asserted reading
    (``stranded_infinitive``), or None."""
    from .prospects import prospective_mode

    if item.modality is not None:
        return None
    verb = _verb(doc, item)
    if verb is None:
        return None
    head = stranded_infinitive(verb)
    if head is None:
        return None
    mode = prospective_mode(head)
    return mode if mode in ("hypothetical", "future", "negated") else None


def with_bare_conjunct_prospects(doc: Doc, coded: list[Read]) -> list[Read]:
    """The stage's readings, each asserted one whose verb is a bare infinitive stranded on a
    tensed verb marked with its to-infinitive's mode of prospect (``prospect_mode``)."""
    for item, _ in coded:
        mode = prospect_mode(doc, item)
        if mode is not None:
            item.modality = mode
    return coded
