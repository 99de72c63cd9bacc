"""A relative pronoun subject is its antecedent for the stances stage (session 60, engineer RR;
issue 14, relation recall on British news).

British political reports attach the reaction to the name in a relative clause: "His
claims were denied by Foreign Secretary Jack Straw, who accused the Tories of running
scared", "the plan was backed by the chancellor, who praised Mr Blair's lead", "the CBI,
which attacked the increase". The actors stage links names, titles and personal pronouns,
never the relative pronoun, so the verb's subject names nobody: the attitude verbs
(``extract``) and the relation readers (``relations``: accusations, praise, criticism)
find no holder and read no statement, and only the events stage's weaker act is left.
The quotes stage already reads "X, who said ..." as X speaking
(``quotes.verb.relative_source``); this gives the stances stage the same reading for every
other verb.

- ``stances.relations.relative_subject``: the relative pronoun "who", "which" or "that"
  that is the subject (active or passive) of a relative clause is a mention of the party
  the clause modifies, where a mention names that party at the antecedent word itself
  ("Jack Straw, who accused Y": Straw; "the Tories, who attacked Y": the Tories), or the
  one an apposition there describes ("X of Ohio, a Republican who backed Y": X); not a
  generic group or agent ("voters who backed Y", "officials who attacked Y"), nor a body
  "who" follows as one singular member's description ("the Wisconsin Republican, who
  pledged to back Y": a person, not the party; tune s29, session 60 RR). Only
  for the stances stage: the layer other stages and the output read is unchanged. None
  where the antecedent names no party ("a report that criticised Y", "people who backed
  Y"), is itself a pronoun, or where the pronoun is the clause's object ("whom X
  attacked") - the clause's own subject then holds the stance, as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..records import ActorMention, is_agent_id
from ..rules import declare
from .extract import PARTY_TYPES

RELATIVE_SUBJECT = declare(
    "stances.relations.relative_subject",
    "'Jack Straw, who accused the Tories of ...': a relative pronoun subject (who, which, "
    "that) of a relative clause is, for the stances stage, the party its antecedent word "
    "names, so the clause's verb of attitude, accusation or praise has a holder",
    order=20.9,
)
_RELATIVE = frozenset({"who", "which", "that"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def antecedent(tok: Token) -> Token | None:
    """The word a relative pronoun subject points back to ('Straw' in 'Jack Straw, who
    accused ...'), or None where ``tok`` is no such pronoun."""
    if tok.lower_ not in _RELATIVE or tok.dep_ not in _SUBJECT_DEPS:
        return None
    clause = tok.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    head: Token = clause.head
    if head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # "John Kasich of Ohio, a Republican who ...": the one described
    return head


def _member_description(tok: Token, word: Token) -> bool:
    """'the Wisconsin Republican, who', 'a Democrat who': a person told by the body he
    belongs to - "who" after a singular noun with an article names no body."""
    return (
        tok.lower_ == "who"
        and word.tag_ in ("NN", "NNP")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in word.children)
    )


def with_relative_subjects(doc: Doc, layer: ActorLayer) -> ActorLayer:
    """A copy of ``layer`` with a mention at each relative pronoun subject whose
    antecedent word a non-pronoun mention names as a party; ``layer`` is left as it is."""
    added: list[ActorMention] = []
    for tok in doc:
        word = antecedent(tok)
        if word is None:
            continue
        named = layer.mention_at(word.idx, word.idx + len(word))
        if named is None or named.how == "pronoun":
            continue
        actor = layer.actor(named.actor_id)
        if actor is None or actor.type not in PARTY_TYPES:
            continue
        if actor.generic or is_agent_id(actor.id):
            continue  # "people who backed Y": a generic group names no one
        if actor.type == "organization" and _member_description(tok, word):
            continue  # "the Wisconsin Republican, who backed Y" is no party's act
        if layer.mention_at(tok.idx, tok.idx + len(tok)) is not None:
            continue  # the actors stage read the word already
        added.append(
            ActorMention(
                start=tok.idx,
                end=tok.idx + len(tok),
                text=tok.text,
                actor_id=named.actor_id,
                how="pronoun",
                confidence=named.confidence,
            )
        )
    if not added:
        return layer
    return ActorLayer(
        actors=layer.actors,
        mentions=[*layer.mentions, *added],
        doc=layer.doc,
        before=layer.before,
        late_ids=layer.late_ids,
        late_target_ids=layer.late_target_ids,
    )
