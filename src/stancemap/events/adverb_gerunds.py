"""A gerund under a phrase of degree on a verb is done by that verb's subject (session 56,
engineer PA).

The subject of a gerund with none of its own is found by climbing to the verb it hangs
on (``events.args.adjunct_participle``: "after meeting Putin, Erdogan said": Erdogan met
Putin). The parser hangs some gerunds one word lower: under a preposition whose head is an
adverb or adjective that modifies the verb - "Mitsotakis stopped short of blaming Turkey",
"the court came close to banning the party", "Paris went as far as accusing Rome", "the
minister fell short of endorsing him". The climb stops at the adverb and the act is left
with no doer.

* ``events.args.degree_phrase_gerund``: a gerund (VBG) that is the ``pcomp`` of a
  preposition whose head is an adverb or adjective attached to a verb as its adverbial
  modifier, adjectival complement or object predicate (``advmod``, ``acomp``,
  ``npadvmod``, ``oprd``) - or one more adverb up ("as far as") - climbs to that verb,
  whose subject is its doer. Only a gerund (an act) climbs; "short of cash" is no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

DEGREE_PHRASE_GERUND = declare(
    "events.args.degree_phrase_gerund",
    "'X stopped short of blaming Y', 'came close to banning Y': a gerund under a preposition "
    "on an adverb or adjective that modifies a verb (advmod, acomp, npadvmod, oprd) is that "
    "verb's act: its doer is the verb's subject",
    order=22.6,
)

# how an adverb or adjective hangs on the verb it modifies
MODIFIER_DEPS = frozenset(("advmod", "acomp", "npadvmod", "oprd"))
MODIFIER_POS = frozenset(("ADV", "ADJ"))


def degree_governor(clause: Token) -> Token | None:
    """The verb a gerund under a degree phrase ("stopped short of blaming": stopped) hangs
    on, else None."""
    if clause.tag_ != "VBG" or clause.dep_ != "pcomp":
        return None
    prep = clause.head
    if prep.dep_ != "prep":
        return None
    word = prep.head
    for _ in range(2):  # "short of", or "as far as": far <- as
        if word.pos_ not in MODIFIER_POS or word.dep_ not in MODIFIER_DEPS:
            return None
        if word.head.pos_ in ("VERB", "AUX"):
            return word.head
        word = word.head
    return None
