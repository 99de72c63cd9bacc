"""A surname (or given name) of a person the document already named in full, met where NER
read no person: inside a quoted title ("Romney blasts Trump as a 'fraud'" tagged a work of
art), or a word the parse took for a noun or verb. Issue 14: such a word is often the one
link an evidence span has to its second actor, and nothing linked it. The word is that
person when exactly one person of the document is named in full with it (anywhere: a
headline comes before the story) - a person no KB knows only when the word is no common
WordNet noun or verb ("Correction" of a "Correction Appended" read as a name) - and
nothing around it says it is part of another name ("Trump Tower", "Colony West
Golf"), a compound word ("anti-Trump") or a handle ("@Trump"). Run after every mention is
resolved, so the words other rules took stay theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..events.lexnames import noun_lexnames
from ..nlp.view import doc_view
from ..records import is_new_id
from ..rules import declare
from .candidates import Excluded
from .family_names import FAMILY_NAMES
from .headline_cut import verb_forms
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

STRAY_NAME = declare(
    "actors.names.stray_surname",
    "'(\"Romney blasts Trump as a fraud\")' after 'Mitt Romney', 'Donald Trump': a lone "
    "capitalised word NER read as no actor (a title, a noun) that is the surname or given "
    "name of exactly one person the document names in full is that person (one no KB knows: "
    "only if the word is no WordNet noun or verb); not beside another capitalised word, not "
    "in a hyphenated compound (session 46 AL)",
)

# entity labels that never name an actor: a word inside one may still be a person's name
_NO_ACTOR_LABELS = frozenset({"", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
_JOINERS = "-–—@#/"  # "anti-Trump", "@Trump", "Trump/Pence": part of another word
_MIN_CHARS = 3


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _lone_word(token: Token, text: str) -> bool:
    """A capitalised word standing alone: no capitalised word beside it (a sentence's
    first word before it aside) and no joining character touching it."""
    doc = token.doc
    if not _capitalised(token) or len(token.text) < _MIN_CHARS or token.text.isupper():
        return False
    start, end = token.idx, token.idx + len(token)
    if (start > 0 and text[start - 1] in _JOINERS) or (end < len(text) and text[end] in _JOINERS):
        return False
    if token.i + 1 < len(doc) and _capitalised(doc[token.i + 1]):
        return False  # "Trump Tower", "Bush Administration"
    if token.i > 0:
        before = doc[token.i - 1]
        if _capitalised(before) and not (before.is_sent_start and before.pos_ != "PROPN"):
            return False  # "Mitt Romney", "Crooked Hillary"
    # a sentence's first word is capitalised anyway: there a proper noun, or a word that is
    # no common noun or verb ("Young voters said" is no Todd Young)
    return not token.is_sent_start or token.pos_ == "PROPN" or not _common_word(token.lower_)


def _common_word(lower: str) -> bool:
    return lower in noun_lexnames() or lower in verb_forms()


def _named_in_full(resolver: DocumentResolver) -> dict[str, list[tuple[int, str]]]:
    """Folded surname or given name -> (first full-name offset, actor id) of each person
    of the document named in full (two words or more) with it."""
    first_full: dict[str, int] = {}
    for mention in resolver.mentions:
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.type != "person" or mention.how == "pronoun":
            continue
        if len(mention.text.split()) >= 2:
            at = first_full.get(actor.id)
            first_full[actor.id] = mention.start if at is None else min(at, mention.start)
    out: dict[str, list[tuple[int, str]]] = {}
    for actor_id, at in first_full.items():
        words = fold(resolver.actors[actor_id].name).split()
        if len(words) < 2:
            continue
        keys = {words[-1]} | ({words[0]} if words[0] not in FAMILY_NAMES else set())
        for key in keys:
            out.setdefault(key, []).append((at, actor_id))
    return out


def link_stray_surnames(resolver: DocumentResolver) -> None:
    """Add a mention of the one KB person named in full before it for each lone
    capitalised word outside every mention and actor entity that is their name's word."""
    if not resolver.switches.enabled(STRAY_NAME):
        return
    names = _named_in_full(resolver)
    if not names:
        return
    text = resolver.document.text
    covered: set[int] = set()
    for mention in resolver.mentions:
        covered.update(range(mention.start, mention.end))
    boilerplate = Excluded(resolver.document)  # page chrome names nobody
    doc, view = resolver.doc, doc_view(resolver.doc)
    # the cheap tests on the view's columns first: a Token only for a word they pass (the
    # tests have no side effects, so their order changes nothing; session 48)
    for i, (start, word) in enumerate(zip(view.idx, view.text, strict=True)):
        if i in resolver.taken or start in covered or view.ent_type[i] not in _NO_ACTOR_LABELS:
            continue
        if not word[:1].isupper() or len(word) < _MIN_CHARS or word.isupper():
            continue  # what ``_lone_word`` asks first: no name lookup for every word
        owners = names.get(fold(word), [])
        # every person named with the word counts, even one named only later: two is none
        if len({actor_id for _, actor_id in owners}) != 1:
            continue
        token = doc[i]
        if boilerplate(start, start + len(word)) or not _lone_word(token, text):
            continue
        actor_id = owners[0][1]
        if is_new_id(actor_id) and _common_word(token.lower_):
            continue  # "Correction" of "Correction Appended": a word, not a known person
        found = resolver.again(actor_id, "short", "short_name")
        resolver.add(token.idx, token.idx + len(token), token.text, found, token)
        resolver.taken.add(token.i)
