"""A speaker's demand told with a semi-modal of necessity: "X said Y needs to do Z".

Rule ``events.frame.necessity_demand``: rule ``events.frame.speech_modal_demand`` reads a
clause under "must", "should" or "ought" reported by a speech verb as the speaker's demand
on the clause's subject ("X said Y must resign": REQUEST of Y, PLOVER's DEMAND). English
says the same with the semi-modals of necessity, whose infinitive carries the act: "Trump
needs to do more work", "'You need to bomb the facilities,' B told Mr. Obama", "he has got
to clean this up", "Y has to go". With the rule on, such a clause counts as a modal clause
for that rule, its act the infinitive (so "need to bomb" demands the bombing); the rest -
the source the speech verb's subject, the target the clause's subject or, for a pronoun,
the one addressed - is that rule's. The verbs are a closed grammatical class
(``data/events/necessity_verbs.txt``, Quirk et al. 1985 3.40-3.47); "got" only with a
perfect "have" ("has got to"), and the "to" must follow the verb, as the semi-modal is one
unit ("have to", not "have a hill to climb"). A negated semi-modal ("doesn't need to")
demands nothing, nor one under a modal ("may need to", "would have to": a guess at what is
needed, not a demand).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare

NECESSITY_DEMAND = declare(
    "events.frame.necessity_demand",
    "with events.frame.speech_modal_demand: a reported clause whose verb is a semi-modal of "
    "necessity with its 'to' infinitive next to it ('X said Y needs to / has to / has got to "
    "do Z'; data/events/necessity_verbs.txt, a closed class), not negated and under no modal, "
    "is a modal clause, its act the infinitive: X's REQUEST (PLOVER DEMAND) of Y",
    order=10.05,
)

NECESSITY_VERBS = "events/necessity_verbs.txt"
PERFECT = frozenset({"have", "has", "had", "'ve", "’ve", "'s", "’s", "'d", "’d"})


@lru_cache(maxsize=1)
def necessity_verbs() -> frozenset[str]:
    return word_list(NECESSITY_VERBS)


def necessity_infinitive(clause: Token) -> Token | None:
    """The infinitive a semi-modal of necessity governs ("needs TO DO", "has got TO
    CLEAN"), or None where the clause's verb is none, is negated or has no "to"
    infinitive."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    word = clause.lower_
    lemma = clause.lemma_.lower()
    verbs = necessity_verbs()
    if word == "got" or lemma == "get":
        if "got" not in verbs or word != "got":
            return None
        if not any(c.dep_ == "aux" and c.lower_ in PERFECT for c in clause.children):
            return None  # "got to see him": reached, no necessity
    elif lemma not in verbs:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "doesn't need to": no demand
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None  # "may need to", "would have to": a guess about what is needed
    doc = clause.doc
    if clause.i + 1 >= len(doc) or doc[clause.i + 1].lower_ != "to":
        return None  # "have a steep hill to climb": "to" not joined to the verb
    for child in clause.children:
        if child.dep_ != "xcomp" or child.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.i == clause.i + 1 for c in child.children):
            return child
    return None
