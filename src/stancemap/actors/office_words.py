"""A role word names a person's office only as the whole office, and a bare office word
never falls to an unrelated person (session 62, engineer DT2; issues 12 and 14).

With ``actors.link.document_period`` on, the census of role words in the 265 BBC politics
tune articles (/tmp/t62/DT2/census2.py) still read 28 of 250 "the prime minister / the
chancellor / the home secretary / the foreign secretary" as the wrong person. Two causes:

* ``actors.link.whole_office_role``: "the chancellor" matched "Chancellor of the Duchy of
  Lancaster" because that title starts with the noun (6 links to the duchy's chancellor
  where the text meant the Exchequer's). A title names the role word's office only where
  its first part (up to a comma or "and") is the noun itself or the noun "of" one body
  ("Chancellor of the Exchequer", "Prime minister of United Kingdom"); a title whose body
  is itself "X of Y" ("of the Duchy of Lancaster") is the post of a sub-body.
* ``actors.coref.office_word_described``: a bare office word ("the prime minister",
  "the home secretary": an office code, or a modifier before the noun) with no holder in
  the text fell to ``actors.coref.descriptive``'s last fallback, the last person of the
  government sector (Straw, Milburn, Fox, Howard as "the prime minister"/"the home
  secretary": 14 links). Such a word is now only a person the text itself described with
  the whole phrase ("Home Secretary Charles Clarke"), and never one described as its
  shadow ("Shadow Foreign Secretary") when the word has no "shadow"; else nobody. Only in
  a document read over a period (``actors.link.document_period``): on its own in dated
  PolNeAR news it dropped 2 judged right relations of the check files (s25, s43) and
  changed nothing judged on tune, so a dated story keeps the sector fallback.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from ..rules import RuleSwitches, declare
from .formal_titles import FORMAL_TITLE, names_title
from .normalize import fold

WHOLE_OFFICE = declare(
    "actors.link.whole_office_role",
    "'the chancellor' names a person's role only as the whole office: the title (up to a "
    "comma or 'and') is the noun or 'noun of <one body>' ('Chancellor of the Exchequer'), "
    "not a sub-body's post ('Chancellor of the Duchy of Lancaster') (session 62 DT2)",
)
OFFICE_WORD_DESCRIBED = declare(
    "actors.coref.office_word_described",
    "in a document read over a period (actors.link.document_period), a bare office word "
    "('the prime minister', 'the home secretary') with no holder found is only a person "
    "the text described with that whole phrase (not as its shadow), never the last person "
    "of the government sector (session 62 DT2)",
)

_FIRST_PART = re.compile(r",|\band\b", re.IGNORECASE)
_SHADOW = "shadow"


def role_names(switches: RuleSwitches, role: str | None, noun: str) -> bool:
    """Whether a person's ``role`` title is what the role word ``noun`` names: it starts
    with the noun, and (rule ``WHOLE_OFFICE``) is that whole office."""
    if not role:
        return False
    if switches.enabled(FORMAL_TITLE) and names_title(noun, role):
        return True  # "home secretary" ~ "Secretary of State for the Home Department"
    if not fold(role).startswith(noun):
        return False
    if not switches.enabled(WHOLE_OFFICE):
        return True
    first = fold(_FIRST_PART.split(role, maxsplit=1)[0]).strip()
    rest = first[len(noun) :].strip()
    if not rest:
        return True
    if not rest.startswith("of "):
        return rest[:1] in ("", "(")  # "Prime Minister (acting)"
    return " of " not in rest[3:]


def office_word(entry: Any, token: Token, start_tok: int) -> bool:
    """The mention names one office: the lexicon entry has an office code, or a word
    stands before the noun ("home secretary", "foreign secretary")."""
    if entry.office is not None and entry.office != "LEADER":
        return True
    return any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in token.doc[start_tok : token.i])


def described_holder(resolver: Any, token: Token, start_tok: int) -> Any:
    """The latest person the text described with the whole office phrase (rule
    ``OFFICE_WORD_DESCRIBED``), not as its shadow unless the phrase says so; else None."""
    from .coref import _latest, described_as, is_agent_id, own_subject_actor

    doc = token.doc
    phrase = " ".join(fold(t.lemma_) for t in doc[start_tok : token.i + 1])
    shadow = _SHADOW in phrase.split()
    bound = own_subject_actor(resolver, token)

    def fits(actor: Any, seen: Any) -> bool:
        if actor.type != "person" or is_agent_id(actor.id) or actor.id == bound:
            return False
        mention = next((m for m in resolver.mentions if m.start == seen.start), None)
        if mention is None:
            return False
        if not described_as(actor, doc, mention.start, mention.end, phrase):
            return False
        if fold(actor.role or "").startswith(phrase) and not role_names(
            resolver.switches, actor.role, phrase
        ):
            return False  # described by a title of another office (``WHOLE_OFFICE``)
        return shadow or not described_as(actor, doc, mention.start, mention.end, _SHADOW)

    seen = _latest(resolver, token, fits)
    return resolver.again(seen.actor_id, "role", "descriptive") if seen else None
