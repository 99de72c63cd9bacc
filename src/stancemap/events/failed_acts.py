"""Acts a negative-implicative verb says were not done (session 69 MD, issue 12).

"Japan forgot to invite South Korea", "China avoided condemning Russia", "the minister
neglected to consult the unions and inform parliament": the verb asserts that the act in
its complement did not happen, so the act is told negated, not done - the session-66 line
of docs/judging.md (an unreal act is marked, not dropped; marked asserted it is wrong).
``nlp.modality.is_negated`` reads the 'to' infinitive of "fail" and "neglect" already; the
other verbs of the kind, their gerunds and the conjuncts of their complement were read
asserted.

``events.mode.negative_implicative`` (read in ``stage.py`` once the parties are final, with
the other mode passes): a reading marked asserted whose verb is the complement of a verb in
``data/events/failure_verbs.tsv`` (imported from WordNet 3.0 by
``events.failure_import``: the words of fail.v.01 "fail to do something; leave something
undone", forget.v.03 "forget to do something" and avoid.v.03 "refrain from doing
something", each with the complement its WordNet verb frames take: a 'to' infinitive or a
gerund), or an untensed conjunct of such a complement, is negated. Only the mode changes:
type, code and parties stay, no reading is made or dropped. Left alone: a negated verb
("did not fail to condemn", "never forgot to thank": the act was done), a modal one ("should
avoid criticizing", "will not forget to"), and verbs of withholding, whose complement
``events/contest.py`` reads (a cooperative act held back is a refusal there).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..datafiles import read_table
from ..errors import KnowledgeBaseError
from ..nlp import modality as mod
from ..rules import declare
from .failure_import import COMPLEMENT_ORDER, FILE
from .parts import Coded

NEGATIVE_IMPLICATIVE = declare(
    "events.mode.negative_implicative",
    "'forgot to invite X', 'avoided condemning X', 'neglected to consult X and inform Y': a "
    "reading marked asserted whose verb is the 'to' infinitive or gerund complement (or an "
    "untensed conjunct of it) of a negative-implicative verb (WordNet fail.v.01, forget.v.03, "
    "avoid.v.03; data/events/failure_verbs.tsv) not itself negated or modal is negated; only "
    "the mode changes",
    order=99.8,
)

Read = tuple[Coded, float | None]

# the complement links of an infinitive or gerund under its verb
GERUND_LINKS = ("xcomp", "dobj", "ccomp")
# the tag of each complement form, as its conjuncts must carry it too
FORM_TAGS = {"to": "VB", "ing": "VBG"}
CONJUNCT_DEPTH = 4


@lru_cache(maxsize=1)
def failure_verbs() -> dict[str, frozenset[str]]:
    """verb -> the complements ("to", "ing") in which its act is not done, from
    ``data/events/failure_verbs.tsv``."""
    out: dict[str, frozenset[str]] = {}
    for row in read_table(FILE, required=("verb", "complements", "sense"), unique="verb"):
        forms = frozenset(c.strip() for c in row["complements"].split(",") if c.strip())
        if not forms or not forms <= set(COMPLEMENT_ORDER):
            raise KnowledgeBaseError(
                f"data/{FILE}", int(row["_line"]), "complements", f"{sorted(forms)}"
            )
        out[row["verb"].lower()] = forms
    return out


def _form(tok: Token) -> str | None:
    """ "to" for a 'to' infinitive complement, "ing" for a gerund one, else None."""
    if tok.head.i == tok.i:
        return None
    if tok.tag_ == "VBG" and tok.dep_ in GERUND_LINKS:
        return "ing"
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    return "to" if tok.dep_ == "xcomp" and tok.tag_ == "VB" and to else None


def _first_conjunct(verb: Token) -> Token:
    """The first of the untensed conjuncts the verb belongs to ("to consult X and inform
    Y": "consult"); a tensed conjunct ("failed to condemn X and praised Y") is its own
    clause and stays itself."""
    node = verb
    for _ in range(CONJUNCT_DEPTH):
        if node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            break
        if node.tag_ != node.head.tag_ or node.tag_ not in FORM_TAGS.values():
            break
        node = node.head
    return node


def failing_verb(verb: Token) -> Token | None:
    """The negative-implicative verb whose complement the verb (or the first conjunct of
    its complement) is, where that verb is neither negated nor modal; else None."""
    node = _first_conjunct(verb)
    form = _form(node)
    if form is None:
        return None
    head = node.head
    if form not in failure_verbs().get(head.lemma_.lower(), ()):
        return None
    if mod.is_negated([head]) or mod.negative_subject(head):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    return head


def with_failed_acts(doc: Doc, coded: list[Read]) -> list[Read]:
    """The stage's readings, each asserted one (no mode) whose verb a negative-implicative
    verb says was not done marked negated."""
    for item, _ in coded:
        if item.modality is not None:
            continue
        span = doc.char_span(*item.trigger, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        if tok.pos_ in ("VERB", "AUX") and failing_verb(tok) is not None:
            item.modality = "negated"
    return coded
