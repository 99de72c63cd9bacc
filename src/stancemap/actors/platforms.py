"""A platform the text names as a medium is no party at that place.

"Trump took to Twitter overnight to accuse ...", "Mr. Trump wrote on Twitter", "Mr. Trump's
Twitter attacks", "As one Twitter user @x pointed out": the company named is where or
through what someone speaks, not one who acts, yet its mention made it a source or a target
(a COERCE aimed at Twitter, an AGREE by Twitter) and a party to relations.

Rule ``actors.names.platform_medium`` (run once every mention is resolved): a mention of a
business or media organisation (sector BUS or MED, or a new organisation with no sector) is
dropped from the actor layer where its syntactic role makes it a medium:

* the object of on/onto/via/through/over on a verb, or of "to" on a verb with no object
  that makes a WordNet phrasal verb with it ("took to Twitter"; "cut funding to X",
  "turned to the police" keep theirs) - unless the verb has a particle ("cracked down on
  Google") or its direct object is a noun of an act or event ("imposed sanctions on
  Gazprom"); a new organisation the KB has no sector for only after on/via... of a
  verb of speech ("said on MSNBC"), and never after "to";
* a compound modifier of a noun of communication or of an act (WordNet's first sense;
  no joint thing such as "deal") that another owns ("Mr. Trump's Twitter attacks", "his
  Twitter account"; "a Washington Post analysis" is the paper's own and stays, and
  "Ukraine's Gazprom debt" names no act), or of a person noun of using (WordNet:
  derived from a verb of consumption, ``lexicon/user_nouns.txt``: "a Twitter user") when
  the KB has the organisation as a business.

A mention as subject, object or possessor ("Twitter suspended the accounts", "Twitter's
director") stays: the company acts there. By syntax, the KB's sector and WordNet classes,
never by a list of names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import data_path, word_list
from ..records import is_new_id
from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

PLATFORM_MEDIUM = declare(
    "actors.names.platform_medium",
    "'took to Twitter', 'wrote on Twitter', 'his Twitter attacks', 'a Twitter user': a "
    "business or media organisation's mention that is the object of on/via/through (or "
    "'to' of a phrasal or transitive verb), or a compound modifier of a thing noun or a "
    "WordNet noun of using, is a medium, no mention of a party",
)

MEDIUM_SECTORS = frozenset({"BUS", "MED"})
_ON_PREPS = frozenset({"on", "onto", "via", "through", "over"})
_TO_PREPS = frozenset({"to"})
_OBJECTS = frozenset({"dobj", "obj"})
_SAID_FILES = frozenset({"noun.communication", "noun.act"})  # "account", "post"; "attacks"


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    """Nouns that may name a person or a body (WordNet: first sense a person; a group sense)."""
    return frozenset(word_list("lexicon/people_nouns.txt")) | frozenset(
        word_list("lexicon/group_nouns.txt")
    )


@lru_cache(maxsize=1)
def _user_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/user_nouns.txt"))


@lru_cache(maxsize=1)
def _joint_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/joint_thing_nouns.txt"))


@lru_cache(maxsize=1)
def _abstract_nouns() -> dict[str, str]:
    """noun -> the abstract WordNet file of its first sense (``events/abstract_nouns.txt``)."""
    rows = (w.split("\t") for w in word_list("events/abstract_nouns.txt"))
    return {r[0]: r[1] for r in rows if len(r) == 2}


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/act_nouns.txt"))


@lru_cache(maxsize=1)
def _phrasal_to() -> frozenset[str]:
    """Verbs that make a WordNet phrasal verb with "to" ("take to", "turn to"):
    ``lexicon/phrasal_to_verbs.txt``, written by ``actors.idiom_import``."""
    return frozenset(word_list("lexicon/phrasal_to_verbs.txt"))


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Verbs whose most frequent WordNet sense is in verb.communication
    (``events/trigger_lexnames.tsv``)."""
    lines = data_path("events/trigger_lexnames.tsv").read_text("utf-8").splitlines()
    rows = (x.split("\t") for x in lines if x[:1] != "#")
    return frozenset(r[0] for r in rows if r[1:] == ["V", "verb.communication"])


def _verb_medium(token: Token, known: bool) -> bool:
    """``token`` (the name's head word) is the object of a preposition of a medium on a
    verb: on/onto/via/through/over, or "to" of a WordNet phrasal verb with no object ("took
    to Twitter") for a body the KB knows; a new body only after on/via... of a verb of
    speech ("said on MSNBC")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    word = prep.lower_
    if word not in _ON_PREPS and word not in _TO_PREPS:
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "cracked down on Google": the particle's object is aimed at
    if any(o.lemma_.lower() in _act_nouns() for o in objects):
        return False  # "imposed sanctions on Gazprom"
    if word in _TO_PREPS:  # "cut funding to X", "turned to the police": X is a party
        return known and not objects and verb.lemma_.lower() in _phrasal_to()
    return known or verb.lemma_.lower() in _speech_verbs()


def _modifier_medium(token: Token, business: bool) -> bool:
    """``token`` modifies, as a compound, a noun of communication or of an act (WordNet
    first sense; no joint thing, "deal") that another owns ("Mr. Trump's Twitter attacks",
    "his Twitter account"; "a Washington Post analysis" is the paper's own, "Ukraine's
    Gazprom debt" no act), or (a business) a noun of using ("a Twitter user")."""
    if token.dep_ != "compound" or token.head.pos_ != "NOUN":
        return False
    head = token.head
    lemma = head.lemma_.lower()
    if lemma in _user_nouns():
        return business
    if lemma in _party_nouns() or lemma in _joint_nouns():
        return False  # "Trump's Fox News hosts", "Russia's Gazprom deal": a party
    if _abstract_nouns().get(lemma) not in _SAID_FILES:
        return False  # "Ukraine's Gazprom debt": Gazprom is owed
    return any(c.dep_ == "poss" and c.i != token.i for c in head.children)


def drop_platform_mentions(resolver: DocumentResolver) -> None:
    """See ``PLATFORM_MEDIUM``: drop each medium mention of a business or media body (and
    the actor, where none of its mentions is left)."""
    if not resolver.switches.enabled(PLATFORM_MEDIUM):
        return
    doc = resolver.doc
    kept = []
    dropped: set[str] = set()
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if (
            actor is None
            or mention.how == "pronoun"
            or actor.type != "organization"
            or not (
                actor.sector in MEDIUM_SECTORS or (actor.sector is None and is_new_id(actor.id))
            )
        ):
            kept.append(mention)
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            kept.append(mention)
            continue
        root = span.root
        known = actor.sector in MEDIUM_SECTORS
        if _verb_medium(root, known) or _modifier_medium(root, actor.sector == "BUS"):
            dropped.add(mention.actor_id)
            continue
        kept.append(mention)
    if not dropped:
        return
    left = {m.actor_id for m in kept if m.how != "pronoun"}
    gone = dropped - left  # no name of theirs left: their pronouns go too
    resolver.mentions = [m for m in kept if m.actor_id not in gone]
    for actor_id in gone:
        del resolver.actors[actor_id]
        resolver.surface.pop(actor_id, None)
