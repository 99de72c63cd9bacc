"""Support measured is a poll share, not an act: "Obama's 34 percent support among black
voters", "support among Republicans", "Trump's support fell to 20 percent" report how many
back someone, and code no SUPPORT (nor a REJECT for "opposition" measured the same way).

Rule ``events.sense.poll_share``: an event noun of support or rejection is no event when
the words before it or an "at" phrase hold a quantity (a percent, a number: spaCy's PERCENT / CARDINAL /
QUANTITY entities, or a share word of ``data/events/non_events.tsv``: "percent",
"majority", "point"), or an "among" phrase (the group polled), or
when it is the subject of a verb whose phrases hold a quantity ("fell to 20 percent",
"rose five points"). Read from the parse and the named-entity tags, no word list of polls.

Rule ``events.sense.poll_share_change``: "his support fell", "support for the plan has
grown": a support or opposition noun that is the subject of a verb of a change in amount
(a sense under WordNet's increase.v.01 / decrease.v.01, ``data/events/amount_verbs.txt``)
with no object and no complement is measured even with no number given.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare, rule
from . import arguments as args
from .non_events import non_event_words
from .parts import DocContext, Frame

STANCE_TYPES = ("SUPPORT", "REJECT")
QUANTITY_ENTITIES = ("PERCENT", "CARDINAL", "QUANTITY")
SUBJECTS = ("nsubj", "nsubjpass")


def _quantity(tokens) -> bool:
    shares = non_event_words()["share"]  # "percent", "majority", "point"
    return any(
        t.ent_type_ in QUANTITY_ENTITIES or t.lemma_.lower() in shares or t.lower_ in shares
        for t in tokens
    )


def measured(noun: Token) -> bool:
    """``noun`` ("support") is measured: a quantity in its phrase or its verb's, or a
    group polled ("among voters")."""
    own = [t for c in noun.lefts for t in c.subtree]  # "Obama's 34 percent support"
    own += [t for p in args.prep_objects(noun, ["at"]) for t in p.subtree]  # "at 40 percent"
    holders = [noun, *args.prep_objects(noun, ["for", "of"])]  # "support for X among voters"
    if _quantity(own) or any(args.prep_objects(h, ["among"]) for h in holders):
        return True
    if noun.dep_ in SUBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
        rest = [
            t
            for c in verb.children
            if c.i != noun.i
            and c.dep_ not in SUBJECTS
            and c.dep_ not in ("ccomp", "advcl", "conj", "parataxis")
            for t in c.subtree
        ]
        return _quantity(rest)
    return False


@rule(
    "events.sense.poll_share",
    order=9,
    doc="'Obama's 34 percent support among black voters', 'his support fell to 20 "
    "percent': a support or opposition noun measured by a quantity or a polled group is a "
    "poll share, no event",
)
def poll_share(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not frame.nominal or frame.type not in STANCE_TYPES:
        return frame
    return None if measured(frame.head) else frame


@lru_cache(maxsize=1)
def amount_verbs() -> frozenset[str]:
    """Verbs of a change in amount, from WordNet (``events.wordnet_import``)."""
    return word_list("events/amount_verbs.txt")


# what makes the verb more than a change in amount: an object, a predicate, a clause
NOT_INTRANSITIVE = ("dobj", "obj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative")


def _intransitive_subject(noun: Token, verbs: frozenset[str]) -> bool:
    """``noun`` is the subject of an intransitive verb of ``verbs``."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return False
    return not any(c.dep_ in NOT_INTRANSITIVE for c in verb.children)


def changes_in_amount(noun: Token) -> bool:
    """``noun`` is the subject of an intransitive verb of a change in amount."""
    return _intransitive_subject(noun, amount_verbs())


@rule(
    "events.sense.poll_share_change",
    order=9,
    doc="'his support fell', 'support for the plan has grown': a support or opposition noun "
    "that is the subject of an intransitive verb of a change in amount (WordNet) is a "
    "measure, no event, even with no number",
)
def poll_share_change(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not frame.nominal or frame.type not in STANCE_TYPES:
        return frame
    return None if changes_in_amount(frame.head) else frame


@lru_cache(maxsize=1)
def standing_verbs() -> frozenset[str]:
    """Verbs of getting worse or better ("slip", "decline", "recover"), from WordNet."""
    return word_list("events/standing_verbs.txt")


MEASURE_VERB = declare(
    "events.sense.support_measure_verb",
    "'support for X declined sharply': an intransitive verb of a change in amount or standing "
    "(WordNet, amount_verbs / standing_verbs) whose subject is a support or opposition noun "
    "predicates a measure, not its own act (not the dictionary's REJECT on 'declined'); so "
    "does one whose from/to/by phrase holds a quantity ('it declined from 58 to 55 percent')",
    order=9,
)


def support_measure_verb(verb: Token, matcher, tuning) -> bool:
    """The verb only measures its support-noun subject ("support declined", "opposition
    grew"); the coder skips its own code and the noun is read by the poll-share rules."""
    if not tuning.on(MEASURE_VERB) or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma not in amount_verbs() and lemma not in standing_verbs():
        return False
    if any(c.dep_ in NOT_INTRANSITIVE for c in verb.children):
        return False  # "declined to comment", "dropped the charges"
    for subject in args.children(verb, "nsubj"):
        row = matcher.match_noun(subject)
        if row is not None and row.type in STANCE_TYPES:
            return True
    # "it has declined slightly from 58 percent to 55 percent": a quantity changed (the
    # objects themselves are amounts; a passive's "by four officers" is its doer)
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return False
    moved = args.prep_objects(verb, ["from", "to", "by"])
    return any(_quantity([o]) for o in moved)
