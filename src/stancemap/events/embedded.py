"""Clauses inside a subject: relative clauses and participles carry events of their own.

"Sudanese troops who attacked border posts withdrew" asserts two events: the
withdrawal, and the attack by the troops. "The militia, backed by Russia,
attacked" asserts Russia's support of the militia as well as the attack. A
predicate that takes its arguments along (``coder``) leaves these clauses of
its subject free so that they are coded with their own source and target:

* a relative clause's subject pronoun stands for the clause's head noun
  ("troops who attacked": the troops), so does a relative pronoun object or
  passive subject ("the village, which was attacked by X": the village);
* a passive participle on a noun ("the militia, backed by Russia") has its
  ``by`` agent as source and the modified noun as target, never the noun as
  source.

Rules (group ``events.args.*``): ``embedded_clauses``, ``participle_patient``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

# marks of a clause that only sets the time or cause of its governing verb
TEMPORAL_MARKS = {
    "when",
    "after",
    "before",
    "while",
    "as",
    "because",
    "although",
    "though",
    "since",
    "if",
    "unless",
    "until",
    "whereas",
    "once",
}

EMBEDDED_CLAUSES = declare(
    "events.args.embedded_clauses",
    "relative clauses and participles inside a subject ('troops who attacked X', 'the "
    "army, backed by Russia,') are coded as events of their own, not taken by the verb",
    order=25,
)
PARTICIPLE_PATIENT = declare(
    "events.args.participle_patient",
    "'the militia, backed by Russia': a passive participle's noun is its target, its 'by' "
    "agent the source (the noun is never the source)",
    order=26,
)

MEANS_GERUND = declare(
    "events.args.means_gerund_free",
    "'X violated the law by calling on Y to ...': a 'by' gerund, the means of the verb it "
    "hangs on, is an act of its own (its doer the verb's subject), not taken by that verb",
    order=27,
)
TIME_GERUND = declare(
    "events.args.time_gerund_free",
    "'X resigned after attacking Y': a gerund under a preposition of time (after, before, "
    "since, until, while, ...) stays free like a temporal clause, an act of its own",
    order=28,
)

_FREE_TOP = ("conj", "cc", "relcl", "parataxis")


def is_passive_participle(tok: Token) -> bool:
    """A past participle with its agent, modifying a noun ("the army, backed by Russia").
    Without a "by" agent it is too often a misread finite verb ("a newspaper called on
    X to ...": the noun is then the sentence's root) to be read as a passive."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if tok.head.dep_ == "ROOT":
        return False
    return any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in tok.children)


def is_embedded_clause(tok: Token) -> bool:
    """A clause that says something of its own about a noun: a relative clause, or a
    participle ("troops attacking the town", "the army, backed by Russia"); not an
    infinitive that completes the noun ("a decision to withdraw")."""
    dep = tok.dep_
    if dep not in ("relcl", "acl") or (dep == "acl" and tok.tag_ not in ("VBN", "VBG")):
        return False  # the cheap tests first: this runs on every token of an argument
    if tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    # "a rally to protest X": the noun's purpose, the sentence's doer
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def clause_tokens(
    tok: Token, free_embedded: bool, means: bool = False, time: bool = False
) -> set[int]:
    """The predicate and its arguments, which no other predicate may code again.

    Coordinated, paratactic and temporal clauses stay free; so do (with
    ``free_embedded``) relative clauses and participles inside the subject. An
    object's clause stays with the verb: it mostly says which object is meant
    ("a plan that will not allow X", "the strike they had planned"); freeing it
    raised events per gold event on the dev check part (1.04 -> 1.13) for no gain.
    With ``means`` a "by" gerund stays free, with ``time`` a gerund under a preposition
    of time (``free_gerund``)."""
    out = {tok.i}
    for child in tok.children:
        if child.dep_ in _FREE_TOP:
            continue
        if (means or time) and free_gerund(child, means, time):
            continue
        if child.dep_ == "advcl" and any(
            c.lower_ in TEMPORAL_MARKS for c in child.children if c.dep_ in ("mark", "advmod")
        ):
            continue
        if free_embedded and child.dep_ in ("nsubj", "nsubjpass"):
            out |= _without_embedded(child)
        else:
            out |= {t.i for t in child.subtree}
    return out


def free_gerund(prep: Token, means: bool, time: bool) -> bool:
    """A preposition of a verb whose object is a gerund with no subject of its own, the
    verb's means ("by calling on X", ``events.args.means_gerund_free``) or a time around
    it ("after attacking X", ``events.args.time_gerund_free``): an act of its own."""
    if prep.dep_ != "prep" or prep.pos_ != "ADP":
        return False
    word = prep.lower_
    if not ((means and word == "by") or (time and word != "by" and word in TEMPORAL_MARKS)):
        return False
    return any(
        c.dep_ == "pcomp"
        and c.tag_ == "VBG"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in prep.children
    )


def _without_embedded(top: Token) -> set[int]:
    out: set[int] = set()
    stack = [top]
    while stack:
        token = stack.pop()
        if token.i != top.i and is_embedded_clause(token):
            continue
        out.add(token.i)
        stack.extend(token.children)
    return out


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the village, which was attacked")."""
    if token.tag_ not in ("WP", "WDT", "WP$"):
        return None
    clause = token.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return clause.head
    return None
