"""Planned, conditional and carried acts the mode stage reads asserted (session 68 MD, issue 12).

Three shapes from the parse, each read once the parties are final (``stage.py``); only the
mode of a reading marked asserted changes - its type, code and parties stay, no reading is
made or dropped:

- ``events.mode.headline_infinitive``: news English tells a planned act by a bare "to"
  infinitive: a headline with no finite verb ("Blair to meet Bush over Iraq", "EU to impose
  sanctions on Iran": the parse hangs the infinitive on the subject noun, or makes it the
  root) or the present "be to" ("The UN is to send troops to Sudan"). The act is arranged,
  not done: future. A past "was to" (destiny told after the fact) and the idiom "is to
  blame" are left alone.
- ``events.mode.participle_of_unreal``: an active participle that tells what a supposed,
  planned or future act does ("intends to move a motion condemning the Government", "will
  sign a bill imposing sanctions", "fears supporters may switch, allowing the Tories to win")
  is as unreal as that act: the mode climbs from an adverbial participle to its verb, and
  from a participle on an indefinite noun ("a motion", "a bill": a thing the act would make)
  to the verb whose argument the noun is. A definite noun ("the troops guarding the
  border") names something that exists: its participle keeps its own mode.
- ``events.mode.own_condition``: an act whose own clause has an if/unless clause ("If the
  talks fail, Israel attacks Iran", "the US sanctions Russia unless it withdraws") is the
  consequent of a condition, not a fact: hypothetical. A modal consequent ("will", "could")
  is marked already; this reads the plain present one, and the event noun of a clause with
  its own condition ("if there is no change, sanctions are possible"). A concessive "even
  if" asserts its consequent; a past consequent ("if he was angry, he attacked") is left
  alone, as is a condition above a verb of saying ("he said that if ..."), one of the
  generic "you" ("if you talk to them, they reject X") and an if-clause of asking ("was
  asked if X had ..."); an act inside an if/unless clause is hypothetical too, one named by
  a noun there ("if Tory support had given ...") is presupposed and left alone.

- ``events.mode.hyphened_no_one``: "No-one has condemned the attack" - the tokenizer
  splits "no-one" into "no", "-", "one", so ``nlp.modality.negative_subject`` (which reads
  "nobody", "no one") misses it: negated.

No word list beyond English's closed classes (marks, determiners, auxiliaries).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import modality as mod
from ..rules import declare
from .adjunct_futures import ADJUNCT_PREPOSITIONS
from .lexnames import noun_lexnames
from .parts import Coded
from .prospects import prospective_mode

HEADLINE_INFINITIVE = declare(
    "events.mode.headline_infinitive",
    "'Blair to meet Bush over Iraq', 'EU to impose sanctions', 'The UN is to send troops': a "
    "reading marked asserted whose verb is a headline's bare 'to' infinitive (no finite verb "
    "in its sentence) or the infinitive of a present 'is/are to' is future; only the mode "
    "changes",
    order=99.8,
)
PARTICIPLE_OF_UNREAL = declare(
    "events.mode.participle_of_unreal",
    "'intends to move a motion condemning X', 'will sign a bill imposing sanctions on Y': a "
    "reading marked asserted whose verb is an active participle of an adverbial of a verb "
    "read hypothetical or future, or on an indefinite noun argument of such a verb, takes "
    "that verb's mode; only the mode changes",
    order=99.8,
)
OWN_CONDITION = declare(
    "events.mode.own_condition",
    "'If the talks fail, Israel attacks Iran', 'the US sanctions Russia unless it withdraws': "
    "a reading marked asserted whose own clause (not past, not under a verb of saying) has an "
    "if/unless clause, not 'even if', is hypothetical; only the mode changes",
    order=99.8,
)

HYPHENED_NO_ONE = declare(
    "events.mode.hyphened_no_one",
    "'No-one has condemned the attack', 'no-one has yet nominated to contest X': a reading "
    "marked asserted whose clause has the subject 'no-one' (split by the tokenizer into "
    "'no', '-', 'one') is negated, as 'nobody' makes it; only the mode changes",
    order=99.8,
)

Read = tuple[Coded, float | None]

FINITE = ("VBD", "VBZ", "VBP", "MD")
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
# the personal pronouns and the WordNet noun files of a subject that can do an act
PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})
DOER_FILES = frozenset({"noun.person", "noun.group", "noun.Tops", "noun.location"})
# "X is to blame": an idiom of judgement, no planned act (a closed phrase of English)
BE_TO_IDIOMS = frozenset({"blame"})
# the determiners of a noun naming something not (yet) there: "a motion", "any bill"
INDEFINITE = frozenset({"a", "an", "any", "another", "some", "new"})
# the argument links from a noun up to its verb: "move [a motion] condemning", "switch to
# [the Lib Dems] allowing" (through a preposition)
NOUN_ARGS = ("dobj", "pobj", "attr", "nsubjpass", "oprd")
EVEN = "even"
# the generic subjects of a condition that only frames a fact: "if you talk to them"
GENERIC_SUBJECTS = frozenset({"you", "one"})


def _tokens(doc: Doc, item: Coded) -> Token | None:
    span = doc.char_span(*item.trigger, alignment_mode="expand")
    return span.root if span is not None else None


def _verb(doc: Doc, item: Coded) -> Token | None:
    root = _tokens(doc, item)
    return root if root is not None and root.pos_ in ("VERB", "AUX") else None


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


# ---------------------------------------------------------------- headline infinitive


def _doer(subject: Token) -> bool:
    """The subject of "is to" can do the act: a name, a personal pronoun, or a noun of
    people, groups or places by its WordNet file ("a campaign group is to target X"); not
    an abstract noun ("the only mistake is to apologize", "the plan is to ask": the
    infinitive names what the subject is) nor a relative pronoun ("which is to ask")."""
    if subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSONAL
    return subject.pos_ == "NOUN" and noun_lexnames().get(subject.lemma_.lower()) in DOER_FILES


def _first_infinitive(verb: Token) -> Token:
    """A conjunct's first conjunct ("to meet X and discuss Y": "meet")."""
    node = verb
    for _ in range(4):
        if node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
    return node


def headline_infinitive(verb: Token) -> bool:
    """The act is told by a headline's bare "to" infinitive ("Blair to meet Bush": no
    finite verb in its sentence, the infinitive the root or hung on its subject noun) or by
    the infinitive of a present "is/are to" ("The UN is to send troops")."""
    first = _first_infinitive(verb)
    if first.tag_ != "VB" or not _has_to(first) or first.lemma_.lower() in BE_TO_IDIOMS:
        return False
    head = first.head
    if first.dep_ == "xcomp" and head.lemma_ == "be" and head.lower_ in PRESENT_BE:
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and _doer(c) for c in head.children
        ) and not any(c.dep_ in ("acomp", "attr") for c in head.children)
    if first.dep_ == "ROOT" or (
        first.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
    ):
        return not any(t.tag_ in FINITE for t in first.sent)
    return False


# ---------------------------------------------------------------- participle of unreal


def verb_mode(verb: Token) -> str | None:
    """Whether a verb (no event of its own needed) is read as supposed or ahead:
    "hypothetical" (its could/might/would, a verb of fearing or a modal above it, a word of
    plan or likelihood governing it), "future" (will / going to on it or above its
    infinitive), else None; a negated verb gives None."""
    if mod.is_negated([verb]):
        return None
    if (
        mod.is_hypothetical([verb])
        or mod.in_unreal_clause(verb, opinion=True, habitual=True)
        or prospective_mode(verb) == "hypothetical"
    ):
        return "hypothetical"
    if mod.is_future([verb]) or mod.future_above(verb) or prospective_mode(verb) == "future":
        return "future"
    return None


def _indefinite(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN",) or any(c.dep_ == "poss" for c in noun.children):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in INDEFINITE  # a bare plural ("marchers") exists


def participle_governor(verb: Token) -> Token | None:
    """The verb whose act an active participle tells more of: its head where the participle
    is an adverbial clause with no subject of its own (no mark, or one of time or means),
    or the verb whose indefinite noun argument it modifies ("move a motion condemning")."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        if marks and marks[0] not in ADJUNCT_PREPOSITIONS:
            return None
        head = verb.head
        return head if head.pos_ in ("VERB", "AUX") and head.i != verb.i else None
    if verb.dep_ != "acl" or not _indefinite(verb.head):
        return None
    node = verb.head
    for _ in range(3):
        if node.dep_ not in NOUN_ARGS or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and node.head.i != node.i:
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def carried_mode(verb: Token) -> str | None:
    governor = participle_governor(verb)
    return verb_mode(governor) if governor is not None else None


# ---------------------------------------------------------------- own condition


def _condition(verb: Token) -> bool:
    """``verb`` has an if/unless clause of its own (``_marked_condition``)."""
    return any(c.i != verb.i and _marked_condition(c) for c in verb.children)


def _marked_condition(clause: Token) -> bool:
    """``clause`` is itself an if/unless clause, not past: not "even if" (concessive), not
    one under a verb of saying or asking ("was asked if X had given": a question), not one of the
    generic "you" ("if you talk to them, they reject X": the consequent is told as true)."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in mod.CONSEQUENT_MARKS]
    if not marks or any(c.lower_ == EVEN for c in clause.children):
        return False
    if any(m.i > 0 and clause.doc[m.i - 1].lower_ == EVEN for m in marks):
        return False
    if mod.is_speech(clause.head.lemma_.lower()) or _told_done(clause):
        return False  # asked if; "if his goal was X, he succeeded": a past condition is a fact
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in GENERIC_SUBJECTS for c in clause.children
    )


def own_condition(tok: Token) -> bool:
    """The act's clause is an if/unless clause ("if Russia attacks Ukraine, ...", or a
    conjunct of one), or the consequent of its own if/unless clause: climbing its
    infinitive, conjunct and (not reported) complement chain; an event noun reads its
    clause verb. A past consequent, and a condition over a verb of saying, do not count."""
    node = tok
    noun = node.pos_ in ("NOUN", "PROPN")
    if noun:
        if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr") or node.head.i == node.i:
            return False
        node = node.head
    if not noun and _inside_condition(node):
        return True  # an act named by a noun in an if-clause is presupposed: "if X's support"
    for _ in range(4):
        if _told_done(node):
            return False  # "if he was angry, he attacked", "have been inspecting X if": done
        if _condition(node):
            return not mod.is_speech(node.lemma_.lower())
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and _own_subject(node):
            return False  # "if X, she's Y, and she vows Z": a clause of its own
        if node.dep_ == "ccomp" and mod.is_speech(node.head.lemma_.lower()):
            return False  # "he said that if ...": the saying is no consequent
        node = node.head
    return False


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _told_done(verb: Token) -> bool:
    """A past or perfect verb ("attacked", "has been inspecting"): told as done."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
        for c in verb.children
    )


def _inside_condition(verb: Token) -> bool:
    """The act's verb is in an if/unless clause ("if Russia attacks Ukraine", "if they
    agree to meet X", a conjunct of one) that is not past ("if Pence's goal was to make
    Kaine defend X": told as a fact)."""
    node = verb
    for _ in range(4):
        if _told_done(node):
            return False
        if _marked_condition(node):
            return True
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


# ---------------------------------------------------------------- the pass


def with_unmarked_unreal(
    doc: Doc,
    coded: list[Read],
    headline: bool,
    participle: bool,
    condition: bool,
    no_one: bool = False,
) -> list[Read]:
    """The stage's readings, each asserted one (no mode) of the shapes marked: negated
    (``no_one``), future (``headline``), its governor's mode (``participle``),
    hypothetical (``condition``)."""
    for item, _ in coded:
        if item.modality is not None:
            continue
        tok = _tokens(doc, item)
        if tok is None:
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else None
        if no_one and verb is not None and mod.hyphened_negative_subject(verb):
            item.modality = "negated"
        elif headline and verb is not None and headline_infinitive(verb):
            item.modality = "future"
        elif participle and verb is not None and (mode := carried_mode(verb)) is not None:
            item.modality = mode
        elif condition and own_condition(tok):
            item.modality = "hypothetical"
    return coded
