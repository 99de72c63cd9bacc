"""Planned acts the parser hides from the prospective-complement rule.

Session 58 (engineer MO), issue 12. Rule ``events.mode.prospective_complement``
(``prospects.py``) gives an act in the "to" infinitive of a word of plan, promise or
readiness that word's mode ("plans to attack": hypothetical), reading the governor from the
parse. Three common parses hide the governor, and the planned act is read as done:

- the infinitive of a noun hung on the verb above it: "renewed his call to ban imports",
  "announced a plan to cut aid" - the small model makes "ban" an adverbial clause (advcl) of
  "renewed", which the rule reads as a purpose clause ("sat together to celebrate": done).
  Here the "to" follows the noun at once, and the noun (the verb's object or prepositional
  object) is a noun of plan, call or promise of ``data/events/prospects.tsv``: its mode;
- a hyphenated verb split in three: "is scheduled to co-host a fundraiser" parses as
  "co", "-", "host", each an open complement of "scheduled", the "to" on "co" only; the
  part after the hyphen shares the "to" of the part before it;
- a gerund of plan parsed as a noun compound on the act it plans: "confessed to planning
  attacks on X" ("planning" a compound of "attacks"): the act takes the mode of the verb
  the gerund is (a verb of ``prospects.tsv``: plan, prepare, ...).

Rule ``events.mode.hidden_prospective_complement`` (with ``prospective_complement`` on).
Read from the parse and the prospects table only.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .prospects import governor, prospect_words

HIDDEN_PROSPECTIVE_COMPLEMENT = declare(
    "events.mode.hidden_prospective_complement",
    "with events.mode.prospective_complement: a planned act whose governor the parse hides - "
    "'renewed his call to ban X' (an infinitive hung on the verb right after a noun of plan "
    "or call), 'scheduled to co-host' (a hyphen-split verb), 'confessed to planning attacks' "
    "(a gerund of plan parsed as a compound) - takes the governor's mode "
    "(data/events/prospects.tsv)",
    order=20.1,
)
HYPHENS = frozenset({"-", "‐", "–"})
NOUN_DEPS = frozenset({"dobj", "obj", "pobj", "attr", "appos"})


def _has_to(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "aux" and c.tag_ == "TO"), None)


def _mode_of(word: Token, kind: str) -> str | None:
    words = prospect_words()
    for form in (word.lower_, word.lemma_.lower()):
        mode = words.get((kind, form))
        if mode is not None:
            return mode
    return None


def _noun_before_to(act: Token) -> Token | None:
    """ "renewed his call to ban": the noun right before the "to" of an infinitive the
    parser hung on the verb that governs that noun."""
    if act.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    to = _has_to(act)
    if to is None or to.i == 0:
        return None
    noun = act.doc[to.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ not in NOUN_DEPS:
        return None
    above = noun.head
    while above.dep_ == "prep" and above.head.i != above.i:  # "pressed ahead with plans to"
        above = above.head
    return noun if above.i == act.head.i else None


def _hyphen_split(act: Token) -> Token | None:
    """ "co-host" split into "co", "-", "host": the part before the hyphen, with the "to"."""
    i = act.i
    if i < 2 or act.doc[i - 1].text not in HYPHENS or _has_to(act) is not None:
        return None
    first = act.doc[i - 2]
    if first.head.i != act.head.i or first.dep_ != act.dep_ or _has_to(first) is None:
        return None
    return first


def _verb_of_gerund(word: str) -> str | None:
    """The verb of prospect an -ing form is: "planning" -> "plan", "preparing" -> "prepare"."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    verbs = {w for (kind, w) in prospect_words() if kind == "verb"}
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base in verbs:
            return base
    return None


def _planning_compound(act: Token) -> str | None:
    """ "planning attacks": a gerund of plan parsed as the act noun's compound."""
    if act.pos_ != "NOUN":
        return None
    for child in act.children:
        if child.dep_ == "compound" and child.i < act.i and child.tag_ in ("NN", "VBG"):
            verb = _verb_of_gerund(child.lower_)
            if verb is not None:
                return prospect_words()[("verb", verb)]
    return None


def hidden_prospective_mode(act: Token, trigger: tuple[int, int] | None = None) -> str | None:
    """The mode a governor of prospect the parse hides gives ``act``, or None."""
    noun = _noun_before_to(act)
    if noun is not None and not (trigger and trigger[0] <= noun.idx < trigger[1]):
        mode = _mode_of(noun, "noun")
        if mode is not None:
            return mode
    first = _hyphen_split(act)
    if first is not None:
        word = governor(first)
        if word is not None and word.i != act.i:
            kind = "verb" if word.pos_ in ("VERB", "AUX") else "noun"
            mode = _mode_of(word, kind)
            if mode is None and word.tag_ == "VBN":  # "is scheduled to"
                mode = _mode_of(word, "adjective")
            if mode is not None:
                return mode
    return _planning_compound(act)
