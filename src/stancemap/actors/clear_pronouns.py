"""A he/she/him/her whose antecedent is clear, as the judged rules may take it (session 39).

The rules that read a speaker's judgement of another party (``stances.claims.judged_party``,
``stances.claims.judged_deed``, ``events.quotes.content_judgement``) read a named party
only: the salient antecedent of a pronoun was another person in 8 of 11 real-news tries
(session 23). Rules ``stances.claims.judged_pronoun`` and ``events.quotes.judged_pronoun``
(declared where they act) let them take a third-person
person pronoun ("He has been a disaster", "calling her 'the champion working families
need'") as the person the actors stage resolved it to, only where that antecedent is
clear by agreement alone:

- the pronoun is a personal one (he, she, him, her; not a possessive), and the actors
  stage gave it to a person;
- that person is named (a name, alias, title or short form, never a pronoun) in the
  pronoun's sentence before it or in the sentence before that;
- no other person named there agrees with the pronoun, other than those it cannot be -
  the quote's speaker or whom he speaks for, the naming verb's subject. A person agrees
  unless the text gives them the other gender: an honorific before one of their names
  ("Mr.", "Mrs.", "Ms."; ``linker.HONORIFIC_GENDER``) or the actors stage's he/she links
  to them, all one gender.

Nothing here knows a name or a sentence; the test is the agreement and the distance
the actors stage's own coreference uses, read strictly (one candidate, near).
"""

from __future__ import annotations

from spacy.tokens import Token

from .coref import PERSON_PRONOUNS
from .layer import ActorLayer
from .linker import HONORIFIC_GENDER
from .named_parties import UNNAMED_HOWS

_POSSESSIVE_TAGS = frozenset({"PRP$", "WP$"})


def _genders(actors: ActorLayer, actor_id: str) -> set[str]:
    """The genders the text gives a person: an honorific before a name of theirs, else the
    actors stage's he/she links to them."""
    doc = actors.doc
    honorific: set[str] = set()
    linked: set[str] = set()
    for m in actors.mentions:
        if m.actor_id != actor_id:
            continue
        if m.how == "pronoun":
            if (g := PERSON_PRONOUNS.get(m.text.lower())) is not None:
                linked.add(g)
            continue
        if doc is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        before = doc[span.start - 1].lower_.rstrip(".")
        if before in HONORIFIC_GENDER:
            honorific.add(HONORIFIC_GENDER[before])
    return honorific or linked


def _agrees(actors: ActorLayer, actor_id: str, gender: str) -> bool:
    genders = _genders(actors, actor_id)
    return len(genders) != 1 or gender in genders


def pronoun_party(tok: Token, actors: ActorLayer, exclude: frozenset[str]) -> str | None:
    """The person a he/she/him/her stands for when its antecedent is clear (see the
    module's doc), else None; ``exclude``: the persons it cannot be (speaker, namer)."""
    gender = PERSON_PRONOUNS.get(tok.lower_)
    if gender is None or tok.tag_ in _POSSESSIVE_TAGS or tok.lower_ in ("his", "hers"):
        return None
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is None or mention.how != "pronoun" or mention.start != tok.idx:
        return None
    chosen = mention.actor_id
    actor = actors.actor(chosen)
    if actor is None or actor.type != "person" or chosen in exclude:
        return None
    sent = tok.sent
    start = sent.start_char
    if sent.start > 0:
        start = tok.doc[sent.start - 1].sent.start_char
    named: set[str] = set()
    for m in actors.mentions_in(start, tok.idx):
        if m.how in UNNAMED_HOWS:
            continue
        other = actors.actor(m.actor_id)
        if other is not None and other.type == "person":
            named.add(m.actor_id)
    if chosen not in named:
        return None  # its antecedent is not named near it
    rivals = {a for a in named - {chosen} - exclude if _agrees(actors, a, gender)}
    return None if rivals else chosen
