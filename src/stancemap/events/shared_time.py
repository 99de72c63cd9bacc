"""An act told in a gerund adjunct happens when the verb it hangs from happens (session
42, issue 12).

"The administration threw a scare into the industry two years ago by proposing to scale
back the requirement", "Sanders attacked Clinton in 2008, calling her ...": the proposing
and the calling are the throwing and the attacking, told by their means or manner; the
date on the governing verb dates them too, so a dated-back governor makes them background
(``events.mode.dated_background``). Only a gerund (VBG) under a preposition of that verb
("by proposing", "in persuading") or a participial adjunct of it (", calling her") -
never an infinitive of purpose ("met in 2008 to discuss" may plan a later act) nor a
clause with a subject of its own. Rule ``events.mode.adjunct_shares_time``.

Session 42 HB: ``events.mode.untensed_act_dated`` widens it to every act with no tense of
its own - a gerund or a past-participle adjunct (", supported by the media" under "sent out
in 2013"), through a chain of them, and a noun under a preposition of the verb ("opened in
1971 as host to X") - and ``events.mode.since_open_period`` keeps a date under "since" from
dating the act: "since May, she has tacked left" is a period that reaches the story.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare

ADJUNCT_SHARES_TIME = declare(
    "events.mode.adjunct_shares_time",
    "'threw a scare two years ago by proposing X', 'attacked Y in 2008, calling her ...': an "
    "act in a gerund adjunct (a preposition's gerund or a participial adjunct) of a verb is "
    "dated by that verb's date (and so background when the date is well before the story)",
    order=20,
)
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def time_governor(token: Token) -> Token | None:
    """The verb whose time a gerund adjunct shares: "threw" of "threw ... by proposing",
    "attacked" of "attacked Y, calling her"; None for anything else."""
    if token.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in token.children):
        return None
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head if head.head.i != head.i else None
    if token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i != token.i:
        return head
    return None


UNTENSED_ACT_DATED = declare(
    "events.mode.untensed_act_dated",
    "an act with no tense of its own takes the date of the verb it hangs from: a gerund or "
    "past-participle adjunct ('sent tweets in 2013 denouncing X', 'sent in 2013, supported "
    "by Y') or a noun under that verb's preposition ('opened in 1971 as host to X'); so a "
    "dated-back governor makes it background (includes adjunct_shares_time's gerunds)",
    order=21,
)
# prepositions' relations to the verb they hang from
PREP_DEPS = ("prep", "agent", "dative")


def untensed_governor(token: Token, nominal: bool) -> Token | None:
    """The verb whose time an untensed act shares: the verb of a gerund adjunct (as
    ``time_governor``), of a past-participle adjunct with no subject or auxiliary of its own
    ("..., supported by the entire media" under "sent out in 2013"), or the verb whose
    preposition governs a nominal act ("opened in 1971 as host"); None for a tensed clause,
    an infinitive, a noun that is a verb's subject or object (its governor is already an
    anchor) and anything else."""
    if nominal:
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ not in PREP_DEPS or prep.i == token.i:
            return None
        verb = prep.head
        return verb if verb.pos_ in ("VERB", "AUX") and verb.i != prep.i else None
    if token.tag_ == "VBN" and token.dep_ == "advcl":
        if any(c.dep_ in (*SUBJECTS, "aux", "auxpass", "mark") for c in token.children):
            return None
        head = token.head
        return head if head.pos_ in ("VERB", "AUX") and head.i != token.i else None
    return time_governor(token)


def untensed_governors(token: Token, nominal: bool) -> list[Token]:
    """The chain of verbs an untensed act shares its time with, up to the first tensed one:
    "sent a letter in 2019, signed by X, praising Y" gives "signed" and "sent"."""
    chain: list[Token] = []
    governor = untensed_governor(token, nominal)
    while governor is not None and governor not in chain and len(chain) < 4:
        chain.append(governor)
        governor = untensed_governor(governor, nominal=False)
    return chain


SINCE_OPEN_PERIOD = declare(
    "events.mode.since_open_period",
    "'since May, she has tacked left, criticizing X', 'has attacked Putin since 2014': a date "
    "under 'since' starts a period that reaches the story; it does not date the act, so it "
    "makes nothing background (data/events/open_period_preps.txt)",
    order=22,
)


@lru_cache(maxsize=1)
def open_period_preps() -> frozenset[str]:
    return word_list("events/open_period_preps.txt")


def opens_period(path: list[Token]) -> bool:
    """The climb from a date to the act passes a preposition of an open period ("since")."""
    preps = open_period_preps()
    return any(t.dep_ == "prep" and t.lower_ in preps for t in path)
