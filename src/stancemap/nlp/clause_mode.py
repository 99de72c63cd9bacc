"""The mode of a clause: asserted, negated, hypothetical, conditional, question or future
(issue 14; session 28 in ``stances/modes.py``, moved here in session 29 so that the quotes
stage, which runs before events and stances, reads it too).

Read with the shared clause tests of ``nlp.modality`` (the ones the events stage reads an
event's mode with): "X would probably encourage people to back Y" is hypothetical (an
unreported "would", could, might, may, or a modal above the clause: ``is_hypothetical``,
``in_unreal_clause``, ``modal_above_preposition``), "if he wins, we will oppose him" is
conditional (the clause has, or sits in, an if/unless clause: ``conditional_consequent``),
"Does Iran back Hamas?" is a question (``yes_no_question``; also when the question is
quoted inside a longer sentence), "will back", "going to", a reported "would" is future
(``is_future``, ``future_above``), "did not back" is negated (``is_negated``,
``counterfactual``, ``unwished``). Words of obligation, wish or plan ("Y should resign",
"I hope to work with Y", "plans to vote for Y") are positions taken now: they stay
asserted here.

Public: ``clause_mode`` (the mode of the clause a word heads or sits in; statements read it
from their cue), ``span_mode`` (the mode of what a stretch of text says, read from the
clause heading it; a quote's ``mode`` field), ``MODES``, ``RANK``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..rules import declare
from . import modality as mod
from .view import doc_view

# session 30 (engineer MD): the mode marks read by syntax; the events stage reads the
# first three too (events/finish.py)
OPINION_CLAIM = declare(
    "nlp.mode.opinion_claim",
    "'I think Fox News helped Trump': a clause of its own tense and no modal under a verb "
    "of opinion (think, believe, expect: WordNet verb.cognition) is the holder's claim, "
    "not hypothetical",
    order=20,
)
HABITUAL_WOULD = declare(
    "nlp.mode.habitual_would",
    "'at times Axelrod would meet Ailes', 'he would often visit', 'would warn voters but "
    "did not name any': a habitual past 'would' (a frequency adverb, an every-phrase, a "
    "past when-clause or a coordinated simple past) is no hypothetical",
    order=20,
)
INDIRECT_QUESTION = declare(
    "nlp.mode.indirect_question",
    "'did not care whether they supported Cruz', 'whether or not they support Trump': a "
    "clause a 'whether' (or a complement 'if') opens is asked, not asserted nor negated: "
    "a question (events: hypothetical)",
    order=20,
)
NEGATIVE_SUBJECT = declare(
    "nlp.mode.negative_subject",
    "'no country has recognised Kosovo', 'nobody asked him to': a clause with a negative "
    "subject is negated in a quote's or a statement's mode (as the events read it under "
    "events.mode.negative_subject)",
    order=20,
)

# session 31 (engineer MD): read by the events too (events/finish.py)
INVERTED_CONDITION = declare(
    "nlp.mode.inverted_condition",
    "'it would have been cool had Clinton congratulated him', 'Were Russia to attack, ...': "
    "a clause (not the main one) opened by had / were / should before its subject, with no "
    "mark and no question mark, is an inverted 'if': conditional (events: hypothetical)",
    order=20,
)
AGENT_GERUND = declare(
    "nlp.mode.agent_gerund",
    "'How many can be added by threatening to slap tariffs': a modal above a gerund reaches "
    "it through a passive's 'by' agent as through a preposition ('might win by "
    "coordinating'): hypothetical",
    order=20,
)


@dataclass(frozen=True)
class ModeRules:
    """Which of the session 30 mode rules are on (``from_switches``); all on by default."""

    opinion_claim: bool = True
    habitual_would: bool = True
    indirect_question: bool = True
    negative_subject: bool = True
    inverted_condition: bool = True
    agent_gerund: bool = True

    @classmethod
    def from_switches(cls, enabled: Callable[[str], bool]) -> ModeRules:
        return cls(
            opinion_claim=enabled(OPINION_CLAIM),
            habitual_would=enabled(HABITUAL_WOULD),
            indirect_question=enabled(INDIRECT_QUESTION),
            negative_subject=enabled(NEGATIVE_SUBJECT),
            inverted_condition=enabled(INVERTED_CONDITION),
            agent_gerund=enabled(AGENT_GERUND),
        )


ALL_ON = ModeRules()

ASSERTED = "asserted"
MODES = (ASSERTED, "negated", "hypothetical", "conditional", "question", "future")
# how real each mode is, most real first: a statement takes its most real finding's mode
RANK = {ASSERTED: 0, "negated": 0, "future": 1, "hypothetical": 2, "conditional": 3, "question": 3}


def _clause(tok: Token) -> Token:
    """The verb heading the cue's clause, climbing infinitives and coordination."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "conj", "acomp"):
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


# marks of an adverbial clause told as given, whatever the mode above it ("could lose
# because he supports Trump": he does)
GIVEN_MARKS = frozenset({"because", "since", "although", "though", "while", "whereas"})


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _given(tok: Token, head: Token, opinion: bool = False) -> bool:
    """The cue's clause is told as given under the clause it hangs on, so a modal above
    does not reach it: a reason or concession ("could lose because he supports Trump"), a
    relative clause ("X, who backs Y, might run"), or a clause with a tense of its own
    ("X attacked Y, so it may come as a surprise": only infinitives and participles
    inherit a mode from above, as ``events.modality.future_above`` reads the future)
    unless a verb of fearing or supposing governs it ("fears Russia backs Assad")."""
    node = tok
    for _ in range(6):
        if node.dep_ == "relcl":
            return True
        if node.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in GIVEN_MARKS for c in node.children):
                return True
            break
        if node.head.i == node.i:
            break
        node = node.head
    tensed = head.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in head.children
    )
    if not tensed or head.head.i == head.i:
        return False
    if opinion and mod.opinion_claim(head):  # "I think Fox helped Trump": a claim
        return True
    return head.head.lemma_.lower() not in mod.UNREAL_VERBS


def _question(head: Token) -> bool:
    """A yes/no question: the events' test (``yes_no_question``, a sentence ending in
    "?"), or, for a question quoted inside a longer sentence ("'Does X back Y?' she
    asked"), a "?" right after the clause with an auxiliary before its subject and no
    wh-word opening it."""
    if mod.yes_no_question(head):
        return True
    doc = head.doc
    last = head.right_edge.i  # the clause's last word, its closing quote marks aside
    while last > head.i and doc[last].is_quote:
        last -= 1
    after = head.right_edge.i + 1  # or the mark right after it
    while after < len(doc) and doc[after].is_quote:
        after += 1
    if doc[last].text != "?" and (after >= len(doc) or doc[after].text != "?"):
        return False
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    auxes = [c.i for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.pos_ == "AUX":
        auxes.append(head.i)
    if not subjects or not any(a < subjects[0] for a in auxes):
        return False
    start = head.left_edge.i
    return not any(t.tag_ in mod.WH_TAGS for t in doc[start : subjects[0]])


def clause_mode(tok: Token, direct: bool = False, rules: ModeRules = ALL_ON) -> str:
    """The mode of the clause of a word (a stance cue) (one of ``MODES``). ``direct``: the cue is in
    a direct quotation, where "would" is the speaker's own conditional, never the tense
    of reported speech the events read it as ("said it would"). ``rules``: which of the
    session 30 rules are on."""
    head = _clause(tok)
    words = [tok] if tok.i == head.i else [tok, head]
    if rules.indirect_question and mod.indirect_question(head):
        return "question"  # "whether or not they support X": its "not" negates nothing
    if mod.is_negated(words) or mod.counterfactual(head) or mod.unwished(tok):
        return "negated"
    if rules.negative_subject and mod.negative_subject(head):
        return "negated"
    if _question(head):
        return "question"
    if mod.conditional_consequent(tok):
        return "conditional"
    if rules.inverted_condition and mod.inverted_condition(head):
        return "conditional"  # "had Clinton congratulated him"
    habitual = rules.habitual_would
    if direct and any(
        c.dep_ == "aux" and c.lower_ == "would" and not (habitual and mod.habitual_would(w))
        for w in words
        for c in w.children
    ):
        return "hypothetical"
    # no mode above a clause told as given reaches it
    given = _given(tok, head, opinion=rules.opinion_claim)
    if mod.is_hypothetical(words, habitual=habitual) or (
        not given
        and (
            mod.in_unreal_clause(tok, opinion=rules.opinion_claim, habitual=habitual)
            or mod.modal_above_preposition(tok, habitual=habitual, agent=rules.agent_gerund)
        )
    ):
        return "hypothetical"
    if mod.is_future(words) or (not given and mod.future_above(tok)):
        return "future"
    return ASSERTED


def _tokens_within(doc: Doc, start: int, end: int) -> list[Token]:
    """The words lying wholly inside the characters ``start``-``end``, in order: found by
    bisecting on the words' offsets in the document's view (they rise through the doc and
    do not overlap, so the words inside are one run), not by walking the whole doc for
    each quote (session 30: that walk was most of session 29's extra time)."""
    view = doc_view(doc)
    idx, text = view.idx, view.text
    first = last = bisect_left(idx, start)
    while last < len(idx) and idx[last] + len(text[last]) <= end:
        last += 1  # a word ending past ``end``: every later word ends later still
    return [doc[i] for i in range(first, last)]


def content_head(doc: Doc, start: int, end: int) -> Token | None:
    """The word heading what the characters ``start``-``end`` say: the first verb (or
    auxiliary) of the stretch whose head lies outside it or is a sentence's root; failing
    a verb, the first such word of any kind. None for a stretch holding no word."""
    toks = [t for t in _tokens_within(doc, start, end) if not t.is_punct]
    if not toks:
        return None
    inside = {t.i for t in toks}
    tops = [t for t in toks if t.head.i == t.i or t.head.i not in inside]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    return (verbs or tops or toks)[0]


def span_mode(
    doc: Doc, start: int, end: int, direct: bool = False, rules: ModeRules = ALL_ON
) -> str | None:
    """The mode (one of ``MODES``) of what the characters ``start``-``end`` say, read by
    ``clause_mode`` from the word heading them (``content_head``); None when the stretch
    holds no word. ``direct``: the words are a direct quotation."""
    head = content_head(doc, start, end)
    return clause_mode(head, direct=direct, rules=rules) if head is not None else None
