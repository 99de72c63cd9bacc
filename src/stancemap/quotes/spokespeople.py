"""Spokespeople: the person named beside a spokes-noun speaks; the one they speak for
is recorded as the quote's principal.

"A spokesman for President X, Y, said ..." and "X's spokesman, Y, said ..." have
the spokes-noun as their subject, so the source span reads "A spokesman for
President X" and the actors stage's mention there is X. The speaker is Y, the
person named in apposition. The parser hangs that appositive on the spokes-noun
or, after a "for" phrase, on the principal's name; an appositive that the actors
stage resolves to the principal itself ("a spokesman for the president, Joe
Biden") names the principal, not the speaker. "X's spokeswoman Y said" and "Y, a
spokesman for X, said" already name Y as the source: only the principal is added.

The principal (X) goes to ``Attribution.principal_at`` and, resolved, to
``Quote.speaks_for``: later stages may count the spokesperson's words for that
side, and never set the two against each other.

With no name and no "for" phrase, "the Kremlin spokesman said" speaks for the body
before the spokes-noun (``quotes.speaker.spokesperson_body``). A spokesperson of a
state who relays what one of its office holders did ("“President B welcomed Z's
decision,” the White House spokeswoman said") speaks for that office holder, the
quotation's subject, not for the state (``quotes.speaker.relayed_principal``).

A spokesperson named as one anywhere in the document speaks for the same principal
in every quote, also where the frame is no quote's source
(``quotes.speaker.spokesperson_named_before``): "Anna Berg is the spokeswoman of the
Dutch foreign ministry. She said ...", "The ministry appointed Anna Berg as its
spokeswoman. Berg said ...", "Anna Berg, a spokeswoman for the ministry, declined to
comment. Later Berg said ...".
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.coref import Phrase, _candidates, _noun_of, described_referent
from ..datafiles import constants
from ..nlp.view import doc_view
from ..records import Actor, ActorMention
from .reported import Attribution, Offsets, source_span

# the same words that make a person a spokesperson for the sides (constants [alignment])
_SPOKES_WORDS = frozenset(
    w.lower() for w in constants("alignment")["spokesperson_words"] if " " not in w
)
_PERSON_ENTITIES = frozenset({"PERSON"})


# the spokes titles of more than one word ("press secretary"), as word tuples
_SPOKES_TITLES = frozenset(
    tuple(w.lower().split()) for w in constants("alignment")["spokesperson_words"] if " " in w
)


_FORMER = frozenset({"former", "onetime", "one-time", "erstwhile"})


def _is_spokes_noun(token: Token, titled: bool = False) -> bool:
    if token.lower_ in _SPOKES_WORDS or token.lemma_.lower() in _SPOKES_WORDS:
        return True
    return titled and _title_words(token) is not None


def _title_words(token: Token) -> set[int] | None:
    """The token indices of a spokes title of several words that ``token`` heads ("press
    secretary": the compound "press" before "secretary"), or None."""
    for title in _SPOKES_TITLES:
        if token.lower_ != title[-1] and token.lemma_.lower() != title[-1]:
            continue
        if any(c.dep_ == "amod" and c.lower_ in _FORMER for c in token.lefts):
            return None  # "former White House press secretary to X": no longer his voice
        before = [c for c in token.lefts if c.dep_ == "compound"]
        words = before[-(len(title) - 1) :] if len(title) > 1 else []
        if len(words) == len(title) - 1 and tuple(w.lower_ for w in words) == title[:-1]:
            return {w.i for w in words}
    return None


def _head_of(doc: Doc, span: Offsets) -> Token | None:
    """The token of ``span`` whose head lies outside it (the subject's head word)."""
    # the tokens starting inside the span, found by bisecting the document view's
    # offsets (a scan of every token per attribution was 9% of the stages' time)
    view = doc_view(doc)
    first = bisect_left(view.idx, span[0])
    end = bisect_left(view.idx, span[1])
    head = view.head
    for i in range(first, end):
        if not first <= head[i] < end or head[i] == i:
            return doc[i]
    return None


def _principal_of(noun: Token, titled: bool = False) -> Token | None:
    """ "a spokesman for X", "X's spokesman": the token naming X (with ``titled``, also
    "press secretary to X")."""
    preps = ("for", "to") if titled and _title_words(noun) is not None else ("for",)
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _of_object(name: Token) -> Token | None:
    """The object of an 'of'/'for' phrase hung on a name ("Y of India's ministry")."""
    for child in name.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _appositive_person(token: Token) -> Token | None:
    return next(
        (c for c in token.rights if c.dep_ == "appos" and c.ent_type_ in _PERSON_ENTITIES), None
    )


def _name_span(token: Token) -> Offsets:
    """A name with its compounds ("Ibrahim Kalin"), without its own appositives."""
    return source_span(token)


def named_spokesperson(
    doc: Doc,
    actors: ActorLayer,
    a: Attribution,
    body: bool = False,
    described: bool = False,
    unnamed: bool = False,
    of_after_name: bool = False,
    titled: bool = False,
) -> Attribution:
    """The attribution with the named spokesperson as speaker and the principal set
    (with ``body``, also the body before an unnamed spokes-noun: "the Kremlin spokesman";
    with ``described``, also a principal that is a common noun the actors stage read as
    part of the spokesperson's role: "the ministry's spokeswoman, Y"; with ``unnamed``,
    "a spokesman for the president, Joe Biden": the spokes-noun speaks, for Biden; with
    ``of_after_name``, "Spokesperson Y of X said": the name's own 'of'/'for' phrase; with
    ``titled``, a spokes title of two words beside the name, "Y, press secretary to X")."""
    if a.source is None or a.first_person:
        return a
    head = _head_of(doc, a.source)
    if head is None:
        return a
    if _is_spokes_noun(head, titled):
        principal = _principal_of(head, titled)
        if principal is None and body and _appositive_person(head) is None:
            principal = _compound_principal(head)
        speaker = _appositive_person(head)
        if speaker is None and principal is not None:
            speaker = _appositive_person(principal)
        if principal is None:
            return a
        principal_at = _name_span(principal)
        if speaker is None:
            return replace(a, principal_at=principal_at)
        speaker_at = _name_span(speaker)
        named = actors.actor_at(*speaker_at)
        if unnamed and _names_principal(actors, named, principal, principal_at):
            # "a spokesman for the president, Joe Biden": the name is the principal's
            # (a title its bearer holds, no spokesperson); the spokes-noun speaks, unnamed
            return replace(a, principal_at=speaker_at, unnamed=True)
        if named == actors.actor_at(*principal_at) and not (described and principal.pos_ == "NOUN"):
            return a  # "a spokesman for the president, Joe Biden": the principal's name
        return replace(a, speaker_at=speaker_at, principal_at=principal_at)
    # "Y, a spokesman for X, said" / "X's spokeswoman Y said": Y speaks, for X
    for child in head.children:
        if child.dep_ == "appos" and _is_spokes_noun(child, titled):
            principal = _principal_of(child, titled)
            if principal is not None:
                return replace(a, principal_at=_name_span(principal))
        if child.dep_ == "compound" and _is_spokes_noun(child, titled):
            principal = _principal_of(child, titled) or _compound_principal(child)
            if principal is None and of_after_name:
                principal = _of_object(head)  # "Spokesperson Y of India's ministry"
            if principal is None:
                return a
            # "Vladimir Putin's spokesman Dmitry Peskov": the name after the noun speaks
            # (the longest mention in the source span would be the principal's)
            name = [t for t in head.lefts if t.dep_ == "compound" and t.i > child.i]
            start = name[0].idx if name else head.idx
            return replace(
                a,
                speaker_at=(start, head.idx + len(head)),
                principal_at=_name_span(principal),
            )
    return a


def _names_principal(
    actors: ActorLayer, named: str | None, principal: Token, principal_at: Offsets
) -> bool:
    """Whether the person named beside "a spokesman for the TITLE" is the title's bearer:
    the principal's own mention, or a common-noun title in the person's role, and the
    person is no spokesperson."""
    person = actors.actor(named) if named is not None else None
    if person is None or person.type != "person" or _is_spokesperson(person):
        return False
    if actors.actor_at(*principal_at) == named:
        return True
    title = principal.lemma_.lower()
    return principal.pos_ == "NOUN" and title in (person.role or "").lower().split()


def compound_referent(
    actors: ActorLayer, doc: Doc, principal_at: Offsets, rules: list[Any]
) -> ActorMention | None:
    """ "a ministry spokeswoman said": the common noun before the spokes-noun, with no
    determiner of its own, read as the definite "the ministry" (the referring rules)."""
    span = doc.char_span(*principal_at, alignment_mode="expand")
    if span is None or len(span) != 1 or not rules:
        return None
    head = span.root
    if head.dep_ != "compound" or head.pos_ != "NOUN" or head.ent_type_:
        return None
    noun = _noun_of(head)
    if noun is None:
        return None
    phrase = Phrase(actors, doc, head, noun, False)
    phrase.candidates = _candidates(actors, doc, head, principal_at[0])
    for item in rules:
        found = item.func(phrase)
        if found is not None:
            return found  # type: ignore[no-any-return]
    return None


def _compound_principal(noun: Token) -> Token | None:
    """ "Kremlin spokesman", "foreign ministry spokesman": the body before the noun (not
    a word of the title itself: "White House press secretary" is the White House's)."""
    own = _title_words(noun) or set()
    before = [c for c in noun.lefts if c.dep_ == "compound" and c.i not in own]
    return before[-1] if before else None


_STATE_SECTORS = frozenset(constants("alignment")["state_sectors"])


def _is_spokesperson(actor: Actor) -> bool:
    said = f"{actor.role or ''} {actor.name}".lower()
    return any(w in said for w in _SPOKES_WORDS_ALL)


_SPOKES_WORDS_ALL = tuple(w.lower() for w in constants("alignment")["spokesperson_words"])


def relayed_principal(
    doc: Doc, actors: ActorLayer, content: Offsets, speaker: str | None, principal: str | None
) -> str | None:
    """The office holder a spokesperson relays: the subject of the content's main verb,
    a person in office (a state sector) of the state the spokesperson speaks for."""
    if speaker is None:
        return None
    spoke = actors.actor(speaker)
    if spoke is None:
        return None
    if principal is None and not _is_spokesperson(spoke):
        return None  # not a spokesperson: a speaker's own words
    state_actor = actors.actor(principal) if principal is not None else spoke
    if principal is not None and (state_actor is None or state_actor.type == "person"):
        return None  # "a spokesman for President X": X already, a person
    state = state_actor.country if state_actor is not None else None
    if not state:
        return None
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    verb = next((t for t in roots if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    who = actors.actor_at(*source_span(subject))
    holder = actors.actor(who) if who else None
    if (
        holder is None
        or who in (speaker, principal)
        or holder.type != "person"
        or holder.country != state
        or (holder.sector or "") not in _STATE_SECTORS
        or _is_spokesperson(holder)
    ):
        return None
    return who


def _named_frame(noun: Token, reduced: bool = False) -> tuple[Token, Token] | None:
    """(the person, the principal) a spokes-noun names outside any source: an
    appositive ("Y, a spokeswoman for X"; "the spokeswoman for X, Y"), a copula
    ("Y is the spokeswoman of X"), a title before the name ("X spokesman Y"), an office
    given ("X appointed Y as its spokeswoman", "named Y its spokesman")."""
    principal = _principal_of(noun)
    if principal is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        principal = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    head = noun.head
    if noun.dep_ == "appos" and head.ent_type_ in _PERSON_ENTITIES:
        person: Token | None = head
    elif noun.dep_ == "compound" and head.ent_type_ in _PERSON_ENTITIES:
        person = head
        principal = principal or _compound_principal(noun)
    elif noun.dep_ == "attr" and head.lemma_ == "be":
        person = next((c for c in head.children if c.dep_ == "nsubj"), None)
    else:
        person = _appositive_person(noun)
        if person is None:
            verb = head.head if noun.dep_ == "pobj" and head.lower_ == "as" else head
            if noun.dep_ in ("oprd", "pobj") and verb.pos_ == "VERB":
                person = next((c for c in verb.children if c.dep_ == "dobj"), None)
                # "The party named Y its spokeswoman": the parser may read "named" as a
                # reduced relative of the subject ("acl") and Y as a second predicate
                acl = reduced and verb.dep_ == "acl" and noun.dep_ == "oprd"
                if person is None and acl:
                    person = next(
                        (c for c in verb.children if c.dep_ == "oprd" and c.ent_type_), None
                    )
                if principal is None:
                    # "appointed Y as its spokeswoman": "its" is the appointing body
                    own = next((c for c in noun.children if c.dep_ == "poss"), None)
                    if own is not None and own.pos_ == "PRON":
                        principal = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                        if principal is None and acl:
                            principal = verb.head
    if person is None or principal is None or person.ent_type_ not in _PERSON_ENTITIES:
        return None
    return person, principal


def named_spokespeople(
    doc: Doc, actors: ActorLayer, described: list[Any] | None = None, reduced: bool = False
) -> dict[str, str]:
    """Each person the document names as a spokesperson, with the actor they speak for
    (``described``: the actors stage's referring rules, for a principal named by a
    description, "Y is the ministry's spokeswoman"; ``reduced``: "X named Y its
    spokeswoman" parsed as a reduced relative)."""
    found: dict[str, str] = {}
    view = doc_view(doc)
    for i, lower in enumerate(view.lower):
        if lower not in _SPOKES_WORDS and view.lemma[i].lower() not in _SPOKES_WORDS:
            continue
        frame = _named_frame(doc[i], reduced)
        if frame is None:
            continue
        person, principal = frame
        who = actors.actor_at(*source_span(person))
        whom = actors.actor_at(*_name_span(principal))
        if described and whom in (None, who) and principal.pos_ == "NOUN":
            body = described_referent(actors, doc, *_name_span(principal), described)
            whom = body.actor_id if body is not None else whom
        if who and whom and who != whom and who not in found:
            found[who] = whom
    return found
