"""Is an event asserted as fact, denied, announced, hypothetical or background?

Read from the dependency parse around the trigger (and the verb that governs
it, for "did not agree to meet"): negation, modal auxiliaries, conditional
clauses, perfect tenses. The event's date and position decide "historical".
"""

from __future__ import annotations

from spacy.tokens import Token

NEGATORS = {"not", "n't", "never", "no", "nor", "neither"}
# verbs whose infinitive complement did not happen ("failed to agree")
FAILURE_VERBS = {"fail", "neglect"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "can"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
SPEECH_LEMMAS = {
    "say",
    "tell",
    "announce",
    "declare",
    "state",
    "add",
    "claim",
    "insist",
    "conclude",
    "stress",
    "reiterate",
    "note",
    "report",
    "confirm",
    "write",
    "assert",
    "explain",
    "argue",
    "warn",
    "believe",
    "think",
    "predict",
}
BACKGROUND_ADVERBS = {"previously", "formerly", "earlier", "once", "already"}


def _aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def is_negated(tokens: list[Token]) -> bool:
    """Any of the predicate's tokens carries a negation ("not", "never", "no talks"),
    or is the complement of a failure verb ("failed to agree")."""
    for token in tokens:
        if token.dep_ == "xcomp" and token.head.lemma_ in FAILURE_VERBS:
            return True
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
                return True
            if token.pos_ in ("NOUN", "PROPN") and child.dep_ == "det" and child.lower_ == "no":
                return True
    return False


def reported_by_speech(token: Token) -> bool:
    """The clause is the complement of a speech verb ("said it would ...")."""
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_ in SPEECH_LEMMAS


def is_future(tokens: list[Token]) -> bool:
    """will / shall / going to, or "would" in reported speech ("said it would")."""
    for token in tokens:
        aux = _aux_words(token)
        if aux & FUTURE_AUX:
            return True
        if "would" in aux and reported_by_speech(token):
            return True
        if token.lower_ == "going" and any(c.dep_ == "xcomp" for c in token.children):
            return True
    return False


def is_hypothetical(tokens: list[Token]) -> bool:
    """could / might / may, unreported "would", or inside an if/unless clause."""
    for token in tokens:
        aux = _aux_words(token)
        if aux & HYPOTHETICAL_AUX:
            return True
        if "would" in aux and not reported_by_speech(token):
            return True
        clause = token
        while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children
        ):
            return True
    return False


def tense_of(token: Token) -> str:
    """ "pluperfect", "perfect" or "simple" for a verb token."""
    aux = [c for c in token.children if c.dep_ == "aux"]
    if token.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in token.children):
        lowered = {c.lower_ for c in aux}
        if "had" in lowered:
            return "pluperfect"
        if lowered & {"has", "have", "'s", "'ve"}:
            return "perfect"
    return "simple"


def has_background_adverb(tokens: list[Token]) -> bool:
    return any(
        c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for t in tokens for c in t.children
    )
