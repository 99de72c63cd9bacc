"""A speaker's charge that another named party did harm, read from what a quote says.

Rule ``events.quotes.charged_deed`` (session 41): "Donald Trump said Hillary Clinton
'caused death'", "'Trump stirs ugliness,' the Khans said", "'X spread lies about our
country,' Y said". Rule ``events.quotes.content_judgement`` reads what a quote says a party
*is* (its predicate: "X is a fraud", "had a crazy policy") and by design not the verb nor
its object noun, which mostly tell what a party did or got ("beat Clinton", "won the
state", "got a huge roar"). One shape of the verb and its object is a charge all the same:
the party, the clause's agent, *did* something whose object the claim words sign negative
- the harm it did - with a verb that is itself no judgement (unsigned: "caused", "stirs",
"spread", "exercised"). The judge of real news reads it as the speaker's ACCUSE of the
party (PLOVER disapprove, CAMEO 111). The same grammar as content_judgement otherwise
(``quoted_judgements.py``, its helpers): the quote asserted with a resolved party for a
speaker; the clause's subject another named party (or, with
``events.quotes.judged_pronoun``, a he/she whose antecedent is clear), not the speaker nor
whom it speaks for nor the speaker's own country; the clause not negated, with no modal,
not another's thought inside the quote, not a goal under an infinitive.

What keeps it to deeds (no word list): a finite clause (a gerund or participle with no
auxiliary asserts nothing: "nothing wrong with X's raising the problem"), the subject an
agent (an active clause, ``nsubj``), no phrasal verb (the head's WordNet sense is not the
phrasal verb's: "let out a sigh"),
the object's head noun signed negative by the shared claim words
(``data/stances/claim_words.tsv``, AFINN-165 / VADER) and no word of suffering or feeling
(``data/stances/experiencer_words.txt``), and the verb's most frequent WordNet sense in no
lexicographer file of having, getting, perceiving, being or feeling
(``UNDERGOING_LEXNAMES``: "X has problems", "received threats", "sees danger", "needs
help", "feels pain" tell what the party has or undergoes, not what it did). None is made
where an event already coded in the sentence has the party for its source or its target
(the act is coded, or the judgement is) or where content_judgement judged the party in
that quote. Source the speaker, target the party, trigger the object noun, evidence the
quote's content, ``reported_by`` the quote, at content_judgement's confidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.named_parties import clause_subject_party
from ..datafiles import constants
from ..nlp.judgement_grammar import goal_clause, someone_elses_clause
from ..records import Quote
from ..rules import declare
from .lexnames import lexnames
from .parts import Coded
from .quoted_judgements import (
    INFINITIVE_GOAL,
    _own_state,
    _pronoun_subject,
    _unreal,
    asserted_party_quotes,
    claim_signs,
    experiencer_words,
    quote_event,
)

CHARGED_DEED = declare(
    "events.quotes.charged_deed",
    "an asserted quote whose clause says another named party (its active subject) did "
    "something whose object noun the AFINN/VADER claim words sign negative, with a verb "
    "that is no judgement itself and no verb of having, perceiving, being or feeling "
    "('X caused death', 'X stirs ugliness'), is the speaker's ACCUSE (111) of it, reported by "
    "the quote, at content_judgement's confidence",
    order=90.6,
)

# WordNet 3.0 lexicographer files (a closed set of 15 verb files) whose verbs say what
# the subject has, gets, perceives, is or feels, not what it does to anything
UNDERGOING_LEXNAMES = frozenset(
    {"verb.possession", "verb.stative", "verb.perception", "verb.emotion", "verb.body"}
)


# Penn tags of a finite verb: a gerund or participle with no auxiliary asserts nothing
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _signed(word: Token) -> int:
    table = claim_signs()
    return table.get(word.lower_, table.get(word.lemma_.lower(), 0))


def _harm(head: Token) -> Token | None:
    """The object noun of the clause that names the harm done, or None."""
    if head.pos_ != "VERB" or _signed(head):
        return None  # a signed verb is a judgement or an outcome of its own
    if head.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in head.children):
        return None  # "nothing wrong with X's raising the problem": no clause asserted
    if lexnames().get((head.lemma_.lower(), "V")) in UNDERGOING_LEXNAMES:
        return None
    if any(c.dep_ == "prt" for c in head.children):
        return None  # a phrasal verb ("let out a sigh"): its head's sense is not its own
    if not any(c.dep_ == "nsubj" for c in head.children):
        return None  # passive or subjectless: the party is no agent
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or _signed(obj) >= 0:
        return None
    experiencer = experiencer_words()
    if obj.lower_ in experiencer or obj.lemma_.lower() in experiencer:
        return None
    return obj


def _coded_about(coded: list[Coded], party: str, sentence: tuple[int, int]) -> bool:
    """An event coded in the sentence has the party for its source or target."""
    for item in coded:
        if party not in item.source and party not in item.target:
            continue
        if any(sentence[0] <= start < sentence[1] for start, _ in [item.trigger, *item.mentions]):
            return True
    return False


def quoted_deeds(
    doc: Doc,
    actors: ActorLayer,
    quotes: list[Quote],
    coded: list[Coded],
    pronouns: bool = False,
    grammar: frozenset[str] = frozenset(),
) -> list[Coded]:
    """The events of charging another party with a harm done, read from the quotes'
    content (``pronouns``: rule ``events.quotes.judged_pronoun``; ``grammar``: the
    clause-shape rules that are on)."""
    confidence = float(constants("events")["quoted_judgement_confidence"])
    out: list[Coded] = []
    for quote, speaker, content, exclude in asserted_party_quotes(doc, actors, quotes):
        charged: set[str] = set()
        for head in content:
            obj = _harm(head)
            if obj is None or not content.start <= obj.i < content.end:
                continue
            party = clause_subject_party(head, actors)
            if party is None and pronouns:
                party = _pronoun_subject(head, actors, exclude)
            if party is None or party in charged or party in exclude:
                continue
            if _own_state(speaker, party, actors) or _unreal(head, [obj]):
                continue
            if someone_elses_clause(head, quote):
                continue
            if INFINITIVE_GOAL in grammar and goal_clause(head):
                continue
            sent = (head.sent.start_char, head.sent.end_char)
            if _coded_about([*coded, *out], party, sent):
                continue
            charged.add(party)
            out.append(quote_event(quote, party, obj, True, confidence, "rule:quoted_deed"))
    return out
