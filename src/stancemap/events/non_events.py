"""Constructions in which a word the lexicons code as an act reports no event.

The CAMEO dictionary codes words, not constructions: "according to X" is ACCORD
(cooperate), "I mean" an intent, "do you think" a consultation, "claimed 41 percent of
the vote" an accusation, "exit polls conducted for the AP" a visit. Each construction is
one rule of the ``events.trigger.no_event_*`` group, asked by the trigger matcher before
it reads any lexicon row; the words live in ``data/events/non_events.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..datafiles import words_by_kind
from ..nlp.view import doc_view
from ..rules import declare
from . import arguments as args
from .parts import Tuning

KINDS = (
    "attribution",
    "discourse",
    "opinion",
    "speaker",
    "result_verb",
    "share",
    "counted",
    "conduct_verb",
    "inquiry",
    "contrast",
)

ATTRIBUTION = declare(
    "events.trigger.no_event_attribution",
    "a multi-word preposition of attribution or cause ('according to X', 'thanks to X', "
    "'in line with X') is never a trigger (data/events/non_events.tsv: attribution)",
    order=19,
)
# session 70 ES: "physical shopping, as opposed to online shopping" - no REJECT
CONTRAST = declare(
    "events.trigger.no_event_contrast",
    "a multi-word preposition of contrast ('as opposed to X', 'as compared with X', 'in "
    "contrast to X') is never a trigger: 'opposed' there opposes nothing "
    "(data/events/non_events.tsv: contrast)",
    order=19,
)
DISCOURSE = declare(
    "events.trigger.no_event_discourse",
    "a verb of the speaker's own talk or opinion with 'I'/'you' as subject ('I mean', "
    "'you know', 'do you think', 'I guess') reports no event",
    order=19,
)
OPINION = declare(
    "events.trigger.no_event_opinion",
    "a verb of opinion ('think', 'believe', 'mean') with a clause or no object is no event "
    "whoever holds the opinion; with an object the dictionary's patterns stay ('believed "
    "responsible for')",
    order=19,
)
RESULT = declare(
    "events.trigger.no_event_result",
    "a verb whose object is a share or a count of votes ('claimed 41 percent of the vote', "
    "'won 60 seats') reports a result, not a claim or seizure",
    order=19,
)
INQUIRY = declare(
    "events.trigger.no_event_inquiry",
    "a verb of carrying out with an object that is no act towards anyone ('conducted a "
    "poll', 'exit polls conducted for the AP', 'carried out a survey') is no event",
    order=19,
)


@lru_cache(maxsize=1)
def non_event_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/non_events.tsv``."""
    return words_by_kind("events/non_events.tsv", KINDS)


@lru_cache(maxsize=1)
def _attribution_phrases(kind: str = "attribution") -> dict[str, list[list[str]]]:
    """The attribution phrases (or another kind's) as word lists, by their first word."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in non_event_words()[kind]:
        words = phrase.split()
        if words:
            by_first.setdefault(words[0], []).append(words)
    return by_first


def attribution_tokens(doc: Doc, kind: str = "attribution") -> frozenset[int]:
    """Indexes of the tokens of every attribution phrase (or phrase of ``kind``: contrast)
    in the document."""
    # only the phrases that start with a token's word are tried there (every phrase at
    # every token was 2% of the stages' time)
    by_first = _attribution_phrases(kind)
    lower = doc_view(doc).lower
    found: set[int] = set()
    for start, word in enumerate(lower):
        for words in by_first.get(word, ()):
            if lower[start : start + len(words)] == words:
                found.update(range(start, start + len(words)))
    return frozenset(found)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def is_discourse(tok: Token) -> bool:
    """'I mean', 'you know', 'do you think': the speaker's talk, not an act."""
    words = non_event_words()
    if _lemma(tok) not in words["discourse"]:
        return False
    subjects = args.children(tok, "nsubj")
    return bool(subjects) and all(s.lower_ in words["speaker"] for s in subjects)


def is_opinion(tok: Token) -> bool:
    """'Tanner thinks he has not thought it out', 'the deal means prices rise'."""
    if _lemma(tok) not in non_event_words()["opinion"]:
        return False
    return not args.children(tok, "dobj", "obj") or bool(args.children(tok, "ccomp"))


def _objects(tok: Token) -> list[Token]:
    """The verb's objects; for a participle modifying a noun ('polls conducted for the
    AP') the noun it modifies."""
    found = list(args.children(tok, "dobj", "obj", "nsubjpass"))
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.append(tok.head)
    return found


def is_result(tok: Token) -> bool:
    """'claimed 41 percent of the vote', 'won 60 seats': a share or count of votes."""
    words = non_event_words()
    if _lemma(tok) not in words["result_verb"]:
        return False
    for obj in _objects(tok):
        head = _lemma(obj)
        if head in words["counted"] and any(c.dep_ == "nummod" for c in obj.children):
            return True
        if head in words["share"] or obj.lower_ in words["share"]:
            inner = args.prep_objects(obj, ["of"])
            if not inner or any(_lemma(i) in words["counted"] for i in inner):
                return True
    return False


def is_inquiry(tok: Token) -> bool:
    """'conducted a poll', 'exit polls conducted for the AP': no act towards anyone."""
    words = non_event_words()
    if _lemma(tok) not in words["conduct_verb"]:
        return False
    objects = _objects(tok)
    return bool(objects) and all(_noun_keys(o) & words["inquiry"] for o in objects)


def _noun_keys(noun: Token) -> set[str]:
    """A noun's lemma and, with a compound before it, both words ("focus group")."""
    keys = {_lemma(noun)}
    keys.update(f"{_lemma(c)} {_lemma(noun)}" for c in noun.children if c.dep_ == "compound")
    return keys


class NonEvents:
    """Asks the ``events.trigger.no_event_*`` rules about a token; the attribution
    phrases of a document are found once."""

    def __init__(self, tuning: Tuning) -> None:
        self.tuning = tuning
        self._doc: Doc | None = None
        self._attribution: frozenset[int] = frozenset()
        self._contrast_doc: Doc | None = None
        self._contrast: frozenset[int] = frozenset()

    def in_attribution(self, tok: Token) -> bool:
        if not self.tuning.on(ATTRIBUTION):
            return False
        if self._doc is not tok.doc:
            self._doc = tok.doc
            self._attribution = attribution_tokens(tok.doc)
        return tok.i in self._attribution

    def in_contrast(self, tok: Token) -> bool:
        """The token is a word of a phrase of contrast ('as opposed to'; session 70 ES)."""
        if not self.tuning.on(CONTRAST):
            return False
        if self._contrast_doc is not tok.doc:
            self._contrast_doc = tok.doc
            self._contrast = attribution_tokens(tok.doc, "contrast")
        return tok.i in self._contrast

    def verb_is_no_event(self, tok: Token) -> bool:
        """Whether a verb stands in a construction that reports no event."""
        if self.in_attribution(tok) or self.in_contrast(tok):
            return True
        if self.tuning.on(DISCOURSE) and is_discourse(tok):
            return True
        if self.tuning.on(OPINION) and is_opinion(tok):
            return True
        if self.tuning.on(RESULT) and is_result(tok):
            return True
        return self.tuning.on(INQUIRY) and is_inquiry(tok)
