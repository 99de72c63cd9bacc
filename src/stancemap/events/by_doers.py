"""A "by" phrase the parse marks as the doer, where no passive auxiliary says so (session
70, engineer EA; issue 12, arguments on world news).

``events.args.by_phrase_doer``: two shapes whose doer is in a "by" phrase, which the
argument finder read only on a verb with a passive subject or auxiliary:

* a past participle whose "by" phrase the parser labelled ``agent`` (spaCy gives that label
  only to the agent of a passive) though it hung no auxiliary on it - a split or misread
  verb group ("four of his friends were immediately re-arrested by Israeli forces"): the
  agent is the doer, not whoever the clause above names;
* a gerund with no subject of its own that reports an act ("reported fresh violence,
  including shelling by government forces of areas in Sahl al-Ghab", "condemned the
  killing by soldiers of three men"): its "by" phrase, when the object there is a noun that
  names a party by its kind (``reason_phrases.party_kind``: a name, a WordNet person or
  group noun - not a means such as "by shelling" or "by a landslide"), is the doer; the
  subject of the verb above (the monitor that reported it) is not. Where that phrase names
  no actor the source stays empty.

Reads the parse and WordNet's first senses only; no word of any article is listed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args
from .reason_phrases import party_kind

BY_PHRASE_DOER = declare(
    "events.args.by_phrase_doer",
    "'were re-arrested by Israeli forces' (no auxiliary parsed on the participle), "
    "'reported shelling by government forces': a 'by' agent on a participle, and a 'by' "
    "phrase naming a party on a subjectless gerund, are the doer, not the subject above",
    order=22.7,
)


def misparsed_passive(verb: Token) -> bool:
    """A past participle with a ``agent`` child and no passive subject or auxiliary."""
    if verb.tag_ != "VBN":
        return False
    if args.children(verb, "nsubjpass", "auxpass"):
        return False
    return bool(args.children(verb, "agent"))


def gerund_doers(verb: Token, actors: ActorLayer) -> list[Token] | None:
    """The "by" objects naming a party of a subjectless gerund ``verb``; None where
    ``verb`` is no such gerund or its "by" phrase is a means."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB":
        return None
    if args.children(verb, "nsubj", "nsubjpass", "poss", "aux", "auxpass"):
        return None
    if verb.dep_ in ("ROOT", "advcl", "xcomp", "ccomp", "acl", "relcl", "amod"):
        return None  # a clause's verb ("protesters marched, led by X"): its own subject
    objects = args.prep_objects(verb, ["by"])
    if not objects or not all(o.pos_ in ("NOUN", "PROPN") for o in objects):
        return None
    if not all(party_kind(o, actors) for o in objects):
        return None
    return objects
