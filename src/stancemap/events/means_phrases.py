"""A 'by' phrase of means, time or measure is no passive agent (session 56, engineer PA).

``events.args.headline_passive`` reads a verb with a 'by' agent, no auxiliary and no
object as a headline passive ("Iran condemned by UN": the UN the source, Iran the
target). The parser also labels 'by' an agent on an active intransitive verb whose 'by'
phrase says how or when the act was done: "Lula and Petro conferred by phone", "X spoke
by telephone with Y", "the bill passed by a wide margin", "talks ended by nightfall". Read
as a passive, the doers become the act's target and its source stays empty.

* ``events.args.by_means_not_agent``: a 'by' phrase is no passive agent for that reading
  when every object of it is a means, a time or a measure - a call medium
  (``data/events/call_media.txt``: phone, telephone, video) or a noun compounded with one
  ("video link", "phone call"), an entity the NER reads as a date, time or amount, or a
  common noun whose most frequent WordNet sense is of time, quantity or shape
  (``data/events/noun_lexnames.tsv``: nightfall, margin, percent). A name, a pronoun or a
  noun of any other WordNet class (people, groups, weapons, acts, storms) may still be an
  agent, so "Five killed by bomb" and "Protesters dispersed by force" stay passives.

Only the headline-passive reading asks: a passive with an auxiliary is a passive whatever
its 'by' phrase holds, and its agent then names no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .calls import call_media
from .lexnames import noun_lexnames

BY_MEANS_NOT_AGENT = declare(
    "events.args.by_means_not_agent",
    "'Lula and Petro conferred by phone', 'passed by a wide margin': a 'by' phrase whose "
    "every object is a means, a time or a measure (a call medium, a date or amount entity, "
    "a noun whose first WordNet sense is of time, quantity or shape) is no agent of a "
    "headline passive: the verb stays active, its subject the source",
    order=10.25,
)

# the WordNet lexicographer files of a 'by' object that says when or how much, never who
NON_AGENT_FILES = frozenset(("noun.time", "noun.quantity", "noun.shape"))
# entity labels of a 'by' object that is a time or an amount
NON_AGENT_ENTITIES = frozenset(
    ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
)


def means_object(noun: Token) -> bool:
    """``noun`` (a 'by' object) is a means, a time or a measure, never a doer."""
    if noun.ent_type_ in NON_AGENT_ENTITIES:
        return True
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False  # a name or a pronoun may act
    media = call_media()
    lemma = noun.lemma_.lower()
    if lemma in media or noun.lower_ in media:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in media for c in noun.children):
        return True  # "by video link", "by phone call"
    return noun_lexnames().get(lemma) in NON_AGENT_FILES


def means_only(verb: Token) -> bool:
    """Every object of ``verb``'s 'by' phrases is a means, a time or a measure (and it has
    at least one): the phrase names no agent, so the verb is no headline passive."""
    objects = args.prep_objects(verb, ["by"])
    return bool(objects) and all(means_object(o) for o in objects)
