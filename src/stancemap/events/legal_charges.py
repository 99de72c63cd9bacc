"""A formal charge is legal action, not an accusation (session 52 RC, issue 12).

CAMEO 173 (PLOVER COERCE, mode arrest) is "arrest, detain or charge with legal action";
CAMEO 112 (ACCUSE) is an accusation of a crime made in words. The imported CAMEO
dictionary reads nearly every "charge" as 112: "the man has been charged with fraud",
"police charged two men over the bombing". On the judged
Lee tune stories (ABC news, many court reports) the judges code each such charge COERCE
(CAMEO 173) and list the ACCUSE readings wrong or the charges missed.

- ``events.sense.formal_charge_is_legal_action``: an accusation (ACCUSE) on the verb
  "charge" that is a formal charge - passive ("was charged with murder", "two men charged
  over the attack", "who are charged with manslaughter") or with a police or judicial
  subject ("police charged him", ``data/events/charging_bodies.txt``) - is COERCE, CAMEO 173. A politician's
  charge stays an accusation ("Labor charged that the Government misled Parliament",
  "Trump charged Clinton with lying": active, not police or courts), and so does a task
  ("was charged with leading the inquiry", "charged with responsibility for"): a gerund
  the dictionary gave no crime code, or a noun of duty (``data/events/tasking_nouns.txt``).
  ("will face court on 32 charges" is left as read: "will" would make a COERCE a threat.)
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

FORMAL_CHARGE = "events.sense.formal_charge_is_legal_action"
LEGAL_ACTION_CODE = "173"  # CAMEO: arrest, detain or charge with legal action
# the dictionary's codes of an accusation of a named crime (murder 1121 ... war 1125): a
# "charged with waging war" gerund names a crime, "charged with leading" a task
CRIME_CODES = ("1121", "1122", "1123", "1124", "1125")


@lru_cache(maxsize=1)
def tasking_nouns() -> frozenset[str]:
    """Nouns of a duty given ("charged with responsibility for"): no crime charged."""
    return frozenset(word_list("events/tasking_nouns.txt"))


def _passive(tok: Token) -> bool:
    """'was charged', 'who are charged', 'two men charged over ...' (a participle on its noun)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")


@lru_cache(maxsize=1)
def charging_bodies() -> frozenset[str]:
    """Words of police, prosecutors and courts (``data/events/charging_bodies.txt``)."""
    return frozenset(word_list("events/charging_bodies.txt"))


def _charged_by_body(tok: Token) -> bool:
    """The subject's words name police, a prosecutor or a court. Words, not the actor
    layer's sectors: a read of the layer here would change which sentences are coded again
    on the late layer (``layer_reads``)."""
    bodies = charging_bodies()
    for subject in args.children(tok, "nsubj"):
        words = [t.lemma_.lower() for t in subject.subtree] + [t.lower_ for t in subject.subtree]
        phrase = " ".join(t.lower_ for t in subject.subtree)
        if any(w in bodies for w in words) or any(b in phrase for b in bodies if " " in b):
            return True
    return False


def _a_task(frame: Frame, tok: Token) -> bool:
    """'charged with leading the inquiry', 'charged with responsibility for X': a duty."""
    for obj in args.prep_objects(tok, ["with"]):
        if obj.lemma_.lower() in tasking_nouns():
            return True
        if obj.tag_ == "VBG" and not (frame.code or "").startswith(CRIME_CODES):
            return True
    return False


def _formal_charge(frame: Frame, tok: Token) -> bool:
    if tok.lemma_.lower() != "charge" or tok.pos_ != "VERB":
        return False
    if args.children(tok, "ccomp"):  # "charged that ...": words
        return False
    if _a_task(frame, tok):
        return False
    return _passive(tok) or _charged_by_body(tok)


@rule(
    FORMAL_CHARGE,
    order=33.2,
    doc="'was charged with murder', 'police charged two men over the bombing': an accusation on 'charge' that is passive or has a police, prosecutor or court "
    "subject (data/events/charging_bodies.txt) is a formal charge: "
    "COERCE, CAMEO 173 (arrest, detain or charge); 'charged that ...', an active charge by "
    "others and a task ('charged with leading the inquiry') stay as read",
)
def formal_charge_is_legal_action(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type != "ACCUSE":
        return frame
    if not _formal_charge(frame, tok):
        return frame
    frame.type = "COERCE"
    frame.code = LEGAL_ACTION_CODE
    return frame
