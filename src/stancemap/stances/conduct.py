"""A speaker's judgment of how an actor acted: "Canada had treated the United States
unfairly", "they dealt with us dishonestly" (``stances.campaign.judged_conduct``).

A claim about an actor's conduct towards someone, with an evaluative manner adverb,
is the speaker's judgment of that actor: the adverb's sign (AFINN-165 through
``data/stances/epithet_words.tsv``: the adverb itself, else the adjective it is formed
from, "unfairly" from "unfair") is the speaker's stance towards the clause's subject.

Read only inside a quote whose speaker is known and is not the subject (the
narrator's own words judge no one here), and only where the verb acts on someone: an
actor or a personal pronoun as its object ("treated us unfairly"), so an intensifier
("badly needs money") is no judgment; nor is an infinitive ("to successfully attack Y":
no act is claimed) or an adverb not formed with -ly ("hit Y hard"). Negation and modals act through ``cue_polarity``.
The stance is weaker than a judgment of the actor by name (``judged_conduct`` in
``[stances]`` of ``data/constants.toml`` is not needed: it takes the possessed act's
weight, ``campaign_possessed``, as a judgment through a deed).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import rule
from .extract import ALIGNMENT, Finding
from .polarity import cue_polarity

if TYPE_CHECKING:
    from .relations import Context

Holders = Callable[[Token], list[tuple[str, float, list[str]]]]

# personal pronouns that name people as the object of the conduct ("treated us unfairly")
_PERSON_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})


@lru_cache(maxsize=1)
def epithet_words() -> dict[str, tuple[int, float]]:
    """word -> (sign, weight): AFINN-165's single words (``judgment_import``)."""
    rows = read_table("stances/epithet_words.tsv", required=("word", "sign", "weight"))
    return {r["word"]: (int(r["sign"]), float(r["weight"])) for r in rows}


def adverb_sign(word: str) -> tuple[int, float] | None:
    """(sign, weight) of a manner adverb formed with -ly: its own AFINN entry, else that of
    the adjective it is formed from (unfair-ly, happ-ily, terr-ibly). An adverb not
    formed with -ly ("hit him hard", "fought back") tells how much, not how well."""
    words = epithet_words()
    word = word.lower()
    if not word.endswith("ly") or len(word) < 5:
        return None
    if word in words:
        return words[word]
    stem = word[:-2]
    for base in (stem, stem[:-1] + "y" if stem.endswith("i") else "", stem + "e"):
        if base and base in words:
            return words[base]
    if word.endswith("bly") and word[:-1] + "e" in words:  # terribly -> terrible
        return words[word[:-1] + "e"]
    return None


def _named(ctx: Context, tok: Token) -> str | None:
    """The actor a non-pronoun mention at ``tok`` names."""
    actor = ctx.actor_of(tok)
    mention = ctx.actors.mention_at(tok.idx, tok.idx + len(tok))
    if actor is None or mention is None or mention.how == "pronoun":
        return None
    return actor


@rule("stances.campaign.judged_conduct", order=58)
def judged_conduct(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'"Canada has treated us very unfairly," X said': X's stance towards Canada."""
    if tok.pos_ != "VERB" or any(c.tag_ == "TO" for c in tok.children):
        return []  # an infinitive ("for them to successfully attack Y") claims no act
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    doers = [a for s in subjects if (a := _named(ctx, s)) is not None]
    if not doers:
        return []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not any(_named(ctx, o) or o.lower_ in _PERSON_PRONOUNS for o in objects):
        return []
    adverbs = [(c, hit) for c in tok.children if c.dep_ == "advmod" if (hit := adverb_sign(c.text))]
    if len(adverbs) != 1:
        return []
    adverb, (sign, weight) = adverbs[0]
    quote = ctx.quotes.at(tok.idx)
    if quote is None or not quote.speaker:
        return []
    pol = cue_polarity(tok, sign, ctx.lexicon, towards_actor=True)
    conf = ctx.table["campaign_possessed"] * weight * quote.confidence * pol.factor
    return _speaker_judges(
        ctx,
        tok,
        quote.speaker,
        quote.id,
        doers,
        pol.sign,
        conf,
        adverb.i,
        "campaign-judged-conduct",
    )


def _speaker_judges(
    ctx: Context,
    tok: Token,
    speaker: str,
    evidence: str,
    doers: list[str],
    sign: int,
    conf: float,
    cue: int,
    note: str,
) -> list[Finding]:
    """The speaker's stance towards each doer but the speaker, on ``tok``'s sentence, with
    the quote ``evidence`` as its evidence."""
    start, end = ctx.sentence(tok)
    return [
        Finding(
            holder=speaker,
            frame=ALIGNMENT,
            args=frozenset({doer}),
            polarity=sign,
            confidence=round(min(1.0, conf), 3),
            start=start,
            end=end,
            evidence=[evidence],
            cue=cue,
            notes=(note,),
        )
        for doer in doers
        if doer != speaker
    ]


def done_not_enough(tok: Token) -> bool:
    """ "has NOT done ENOUGH": a negated "do" with "enough" as its object or adverb."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "do":
        return False
    children = list(tok.children)
    if not any(c.dep_ == "neg" for c in children):
        return False
    return any(c.lower_ == "enough" and c.dep_ in ("dobj", "obj", "advmod") for c in children)


def acts_on_party(tok: Token, named: Callable[[Token], bool]) -> bool:
    """The verb acts on another party: a direct object that ``named`` names, or a person
    pronoun ("treated US unfairly", "hit Mexico hard") - the scope of
    ``stances.campaign.judged_conduct``, which reads a judgement of how only from a signed
    manner adverb."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return any(named(o) or o.lower_ in _PERSON_PRONOUNS for o in objects)


def manner_signed(tok: Token) -> bool:
    """An adverb on the verb with a sign of its own (``adverb_sign``: "badly", "unfairly")."""
    return any(c.dep_ == "advmod" and adverb_sign(c.text) for c in tok.children)


@rule(
    "stances.campaign.not_done_enough",
    order=59,
    doc="'\"Y has not done enough to stop the smuggling,\" X said': X's criticism of Y "
    "(a negated 'do enough' whose subject names an actor, in X's quote)",
)
def not_done_enough(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """A speaker saying an actor has not done enough (to reach some end) blames that actor."""
    if not done_not_enough(tok):
        return []
    children = list(tok.children)
    doers = [a for c in children if c.dep_ == "nsubj" if (a := _named(ctx, c)) is not None]
    quote = ctx.quotes.at(tok.idx)
    if not doers or quote is None or not quote.speaker:
        return []
    conf = ctx.table["campaign_possessed"] * quote.confidence
    return _speaker_judges(
        ctx, tok, quote.speaker, quote.id, doers, -1, conf, tok.i, "campaign-not-done-enough"
    )
