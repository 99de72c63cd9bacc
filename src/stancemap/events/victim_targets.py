"""No target from inside the object's noun phrase where it names a victim or a claim's
content (session 64, engineer EH; issue 12, "arguments from the parse").

Two rules, read after the frame's parties are found (``finish.py``):

``events.args.harm_noun_victim_not_target``: "The US deplores the violation of Georgia's
sovereignty", "France condemned the killing of Iraqi civilians": the object (or the
complement of a nominal trigger: "condemnation of the bombing of Gaza") is a noun of an act
that harms or wrongs the one it is done to (``data/events/harm_nouns.txt``, from WordNet by
``harm_noun_import.py``). What its "of", "on", "against" or "upon" complement names - a
possessor inside it included - is the victim of the harm, not the one criticised, accused,
protested at or rejected: such a target is dropped, and the one who did the harm, if
the phrase names him (a possessor beside a named victim, a nationality modifier, a "by"
phrase: "Russia's violation of Georgia's airspace", "the killing of civilians by American
troops"), is the target instead; none where it names none.

``events.args.content_clause_subject_not_target``: "rejected the allegation that Brown had
been sidelined", "dismissed claims that Iran was building a bomb": the object is a noun of a
message, a thought or a feeling (WordNet's first sense in noun.communication,
noun.cognition or noun.feeling, ``data/events/noun_lexnames.tsv``; where the trigger
lexicon reads it as a request, only a past clause or one with an auxiliary: not "demands
that Israel withdraws")
with a clause that states its content (a finite indicative clause, ``claim_subjects
.claim_clause``: not "demands that X withdraw"), and no modal in it: "rejected rumors that
Obama might try to lay out conditions" rejects a prospect of Obama's act, and Obama is its
target. Who that clause names is what the claim is
about, not the one rejected, denied or accused: such a target is dropped, and the one who
made the claim, if the phrase names him ("Washington's claims that", "British allegations
that", "reports by the BBC that"), is the target instead; none where it names none.

The first acts on ACCUSE, DISAPPROVE, PROTEST and REJECT (not on a demand or a threat,
whose harm is the act asked for or threatened: "called for attacks against Israel"), the
second on those and REQUEST; both only where every target actor is named in the sentence
only inside the victim's phrase or the content clause.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .claim_subjects import claim_clause
from .lexnames import noun_lexnames

HARM_NOUN_VICTIM = declare(
    "events.args.harm_noun_victim_not_target",
    "'deplores the violation of Georgia's sovereignty', 'condemned the killing of "
    "civilians': the one an object noun of harm (WordNet) is done to is no target of a "
    "criticism, accusation, protest or rejection; the harm's doer named in the "
    "phrase is",
)
CONTENT_CLAUSE_SUBJECT = declare(
    "events.args.content_clause_subject_not_target",
    "'rejected the allegation that Brown had been sidelined', 'dismissed claims that Iran "
    "was building a bomb': who the content clause of an object noun of a message, thought or "
    "feeling names is no target; the claim's maker named in the phrase is",
)

# the event types a criticism, a protest or a rejection of a harm is read as; not a demand
# or a threat, whose harm is the act asked for or threatened ("called for attacks against
# Israel", "will resume its attacks on Palestinian targets"): its victim is their target
HARM_TYPES = frozenset({"ACCUSE", "DISAPPROVE", "PROTEST", "REJECT"})
# the event types a criticism, a rejection or a demand about a claim is read as
CONTENT_TYPES = frozenset({"ACCUSE", "DISAPPROVE", "PROTEST", "REJECT", "REQUEST", "DEMAND"})
# the types of a noun of request, whose clause is what is asked of its subject
REQUEST_TYPES = frozenset({"REQUEST", "DEMAND"})
# the complements that name whom the harm is done to
VICTIM_PREPS = ("of", "on", "against", "upon")
# the complements of a nominal trigger that name what it is about ("condemnation of X")
NOMINAL_PREPS = ("of", *args.TARGET_PREPS)
# where a phrase names who did the harm or made the claim
DOER_PREPS = ("by", "from")
# the first-sense WordNet files of a noun whose clause states a content
CONTENT_FILES = frozenset({"noun.communication", "noun.cognition", "noun.feeling"})


@lru_cache(maxsize=1)
def harm_nouns() -> frozenset[str]:
    """ "violation", "killing", "invasion" (data/events/harm_nouns.txt)."""
    return frozenset(word_list("events/harm_nouns.txt"))


def argument_nouns(head: Token, objects: list[Token], nominal: bool) -> list[Token]:
    """The nouns the event's target may be read from: the objects and prepositional
    objects of a verb, the complements of a nominal trigger; with their conjuncts."""
    found = list(objects) + args.prep_objects(head, NOMINAL_PREPS if nominal else args.TARGET_PREPS)
    return [c for n in found for c in args.conjuncts(n)]


def _span(tokens: list[Token]) -> tuple[int, int]:
    return args.char_span(tokens)


def _doers(noun: Token, victims: bool) -> list[Token]:
    """The tokens of ``noun``'s phrase that name its doer: nationality modifiers and
    compounds before it, a "by" / "from" phrase, and its possessor where a victim is
    named beside it ("Russia's violation of Georgia's airspace")."""
    deps = ("amod", "compound", "nmod", "poss") if victims else ("amod", "compound", "nmod")
    found = [c for c in noun.children if c.dep_ in deps and c.i < noun.i]
    return found + args.prep_objects(noun, DOER_PREPS)


def harm_victims(noun: Token) -> list[Token]:
    """The complements of a noun of harm that name whom it is done to."""
    if noun.lemma_.lower() not in harm_nouns() and noun.lower_ not in harm_nouns():
        return []
    return args.prep_objects(noun, VICTIM_PREPS)


def prospect(clause: Token) -> bool:
    """The clause tells an act that may come, under a modal ("rumors that Obama might try
    to lay out conditions"): rejecting it is rejecting its doer's act, who is the target."""
    return any(a.tag_ == "MD" for a in args.children(clause, "aux"))


def content_clauses(noun: Token, asking: Callable[[Token], bool]) -> list[Token]:
    """The finite indicative clauses stating the content of a noun of a message, a thought
    or a feeling ("the allegation that Brown had been sidelined"); none for a noun the
    trigger lexicon reads as a request (``asking``: "demands that Israel withdraws") unless
    the clause is past or has an auxiliary ("claims that Iran was building")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun_lexnames().get(lemma) not in CONTENT_FILES:
        return []
    clauses = [
        c for c in args.children(noun, "acl", "ccomp") if claim_clause(c) and not prospect(c)
    ]
    if clauses and asking(noun):
        return [c for c in clauses if c.tag_ == "VBD" or args.children(c, "aux", "auxpass")]
    return clauses


def kept_target(
    head: Token,
    objects: list[Token],
    nominal: bool,
    etype: str,
    source: list[str],
    target: list[str],
    actors: ActorLayer,
    named: Callable[[Token], list[str]],
    asking: Callable[[Token], bool],
    harm: bool,
    content: bool,
) -> list[str]:
    """``target`` unless every one of its actors is named in the sentence only inside a
    victim's phrase (``harm``) or a content clause (``content``); then the doer or
    the claim's maker the phrase names (not a source), else none.

    ``named(token)``: the actors a noun phrase names; ``asking(noun)``: the trigger
    lexicon reads the noun as a request."""
    harm = harm and etype in HARM_TYPES
    content = content and etype in CONTENT_TYPES
    if not target or not (harm or content):
        return target
    shut: list[tuple[int, int]] = []  # the victims' phrases and content clauses
    doers: list[Token] = []
    nouns = argument_nouns(head, objects, nominal)
    for noun in nouns:
        victims = harm_victims(noun) if harm else []
        clauses = content_clauses(noun, asking) if content else []
        if not victims and not clauses:
            continue
        shut += [_span(list(v.subtree)) for v in victims]
        shut += [_span(list(c.subtree)) for c in clauses]
        doers += _doers(noun, bool(victims))
    if not shut:
        return target
    inside = {m.actor_id for a, b in shut for m in actors.mentions_in(a, b)}
    if not set(target) <= inside:
        return target
    # an actor also named in the sentence outside those phrases stays a target ("Trump has
    # faced criticism that his campaign ...": the one who faces it)
    sent = head.sent
    outside = {
        m.actor_id
        for m in actors.mentions_in(sent.start_char, sent.end_char)
        if not any(a <= m.start and m.end <= b for a, b in shut)
    }
    if set(target) & outside:
        return target
    for doer in doers:
        found = [a for a in named(doer) if a not in source and a not in inside]
        if found:
            return found
    return []
