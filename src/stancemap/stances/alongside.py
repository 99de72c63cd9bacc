"""Parties acting alongside one another are aligned (session 70 RE; issue 14).

"X fought alongside the Taliban", "Emanuel worked alongside Clinton in the administration",
"US troops, patrolling alongside Afghan militias", "X campaigned together with Y": the
narrator tells that two named parties did one act side by side - in a war, a campaign, an
office. The judges sign such pairs aligned (session 70 RE's census of the judged-missed
pairs of the nine relations tune files: 5 pairs of this construction, none read). Nothing
read them: the event coder codes the act of the subject (or none), and the companion in the
"alongside" phrase is no party of it.

``stances.relations.acting_alongside``: a preposition of company ("alongside", "together
with") whose object names a party Y, attached to a verb whose most frequent WordNet 3.0
sense is one of struggle or of social doing (lexicographer files verb.competition: fight,
battle, campaign; verb.social: work, operate, patrol, serve in an office;
``data/events/trigger_lexnames.tsv``), and not a verb of contest (``events/rivalry_verbs.txt``:
"X competed alongside Y" are rivals), whose subject (or, for a participle, the noun it
modifies) names another party X: X and Y are aligned (+1), told by the narrator. A negated
verb gives nothing. Parties are named (a person, a country, an organisation; a pronoun
linked to one counts); a generic agent names no one. "Appeared alongside Y" (perception),
"stood alongside" (contact) and "debated alongside" (cognition) are no joint act.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import data_path, word_list
from ..rules import declare
from .contests import narrated_finding
from .extract import _subject

if TYPE_CHECKING:
    from .extract import Finding
    from .relations import Context

ACTING_ALONGSIDE = declare(
    "stances.relations.acting_alongside",
    "'X fought alongside Y', 'X worked alongside Y', 'X campaigned together with Y': a verb "
    "whose most frequent WordNet sense is of struggle or social doing (verb.competition, "
    "verb.social; no contest verb: rivalry_verbs) with 'alongside' / 'together with' a "
    "named party Y, its subject (or a participle's noun) party X: X and Y are aligned, "
    "told by the narrator (session 70 RE)",
    order=20.36,
)
NOTE = "acting-alongside"
LEXNAMES = frozenset({"verb.competition", "verb.social"})
# a preposition of company, and the adverbs that make "with" one ("together with")
_COMPANY = "alongside"
_WITH_ADVERBS = frozenset({"together", "jointly"})


@lru_cache(maxsize=1)
def joint_act_verbs() -> frozenset[str]:
    """The verbs whose most frequent WordNet sense is of struggle or social doing, less the
    verbs of contest."""
    rows = (
        x.split("\t")
        for x in data_path("events/trigger_lexnames.tsv").read_text("utf-8").splitlines()
        if x[:1] != "#"
    )
    contest = frozenset(word_list("events/rivalry_verbs.txt"))
    return frozenset(r[0] for r in rows if r[1:3] and r[1] == "V" and r[2] in LEXNAMES) - contest


def _party(ctx: Context, tok: Token) -> str | None:
    actor_id = ctx.actor_of(tok)
    if actor_id is None or actor_id.startswith("agent:"):
        return None
    return actor_id


def _company(prep: Token) -> bool:
    """ "alongside", or "with" after "together" / "jointly"."""
    if prep.lower_ == _COMPANY:
        return True
    if prep.lower_ != "with" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.lower_ in _WITH_ADVERBS and before.head.i in (prep.i, prep.head.i)


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or the noun a participle modifies ("X, fighting alongside Y")."""
    subj, _ = _subject(verb)
    if subj is not None:
        return subj
    if verb.dep_ in ("acl", "advcl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def acting_alongside(tok: Token, ctx: Context) -> list[Finding]:
    """'X fought alongside Y': X and Y aligned."""
    if tok.dep_ != "prep" or not _company(tok):
        return []
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in joint_act_verbs():
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "did not fight alongside Y"
    doer = _doer(verb)
    if doer is None:
        return []
    holder = _party(ctx, doer)
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    companions = [p for o in objects if (p := _party(ctx, o)) is not None]
    if holder is None or not companions:
        return []
    weight = float(ctx.table["between_wordnet_weight"])
    conf = round(float(ctx.table["narrated_relation"]) * weight, 3)
    out: list[Finding] = []
    for other in dict.fromkeys(companions):
        if other == holder:
            continue
        out += [
            narrated_finding(ctx, tok, a, b, 1, conf, NOTE)
            for a, b in permutations([holder, other], 2)
        ]
    return out
