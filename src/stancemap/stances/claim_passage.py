"""Two claimants of one passage on one matter (issue 14).

``stances.claims.two_claimants`` meets two speakers' opposite claims in the same or the
next sentence only when exactly two speakers make signed claims in the whole text, so a
story that quotes residents or aid groups further down loses the pair. Counting the
claimants over the passage only (session 49 TC's ``two_claimants_passage``, session 39's
``two_claimants_local``) brought such pairs back but also paired two speakers who spoke of
two different things (a fence, then a clinic). Rule
``stances.claims.two_claimants_same_matter`` counts over the passage too, and asks the two
claims to show that they are about one matter: one key for both (an issue frame, "the truce"
and "the ceasefire"; one head noun), or the matter's head noun of one named among the other
claim's own words, outside any actor's mention ("the truce in Khartoum was holding" /
"the truce had collapsed").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from ..rules import declare
from .extract import Finding
from .topics import lemma

TWO_CLAIMANTS_SAME_MATTER = declare(
    "stances.claims.two_claimants_same_matter",
    "with two_claimants: where more than two speakers make signed claims in the text, two "
    "opposite claims of the same or the next sentence still meet when the passage they span "
    "holds only their two claimants and the claims show one matter: one claim key (an issue "
    "frame, one head noun), or one claim's matter noun among the other claim's own words "
    "('the truce was holding' / 'the truce had collapsed'); a third claimant inside the "
    "passage, or two matters, and they do not",
    order=71.2,
)

_MATTER = "matter="
_NOUNS = ("NOUN", "PROPN")


def claimants_in(claims: list[Finding], starts: list[int], first: int, last: int) -> set[str]:
    """The holders of the claims that lie in sentences ``first``..``last`` (indexes as
    ``bisect_right`` on the sentence starts gives them): a claim lies there when any of its
    span does (after session 49 TC)."""
    out: set[str] = set()
    for f in claims:
        lo = bisect_right(starts, f.start)
        hi = bisect_right(starts, max(f.start, f.end - 1))
        if lo <= last and hi >= first:
            out.add(f.holder)
    return out


def same_matter(
    mine: Finding, other: Finding, ctx: object, heads: dict[str, tuple[str, frozenset[str]]]
) -> bool:
    """Whether two claims show that they judge one matter: one key, or the matter noun of
    either among the other's own words. ``heads`` is the document's claim keys -> (head
    word, marks) (``Context.claim_targets``)."""
    if mine.frame == other.frame:
        return True
    return bool(
        _matters(mine, heads) & _own_words(other, ctx)
        or _matters(other, heads) & _own_words(mine, ctx)
    )


def _matters(f: Finding, heads: dict[str, tuple[str, frozenset[str]]]) -> set[str]:
    """The head nouns a claim judges: the learned claim's matter, the head word of its key
    (a key of its own, "deal@120", keeps its head word)."""
    out = {n.removeprefix(_MATTER) for n in f.notes if n.startswith(_MATTER)}
    key = f.frame.removeprefix("claim-").split("@", 1)[0]
    if f.frame.startswith("claim-") and key in heads:
        out.add(heads[key][0])
    elif f.frame.startswith("claim-") and not key.startswith("state."):
        out.add(key)
    return out


def _own_words(f: Finding, ctx: object) -> set[str]:
    """The lemmas of the nouns a claim says: the quote's words inside the claim's sentence
    (the sentence itself when no quote holds its cue), leaving out every actor's mention -
    a speaker or a party named in both is no shared matter."""
    doc = ctx.doc  # type: ignore[attr-defined]
    start, end = f.start, f.end
    if f.cue is not None and f.cue < len(doc):
        quote = ctx.quotes.at(doc[f.cue].idx)  # type: ignore[attr-defined]
        if quote is not None:
            start, end = max(start, quote.content.start), min(end, quote.content.end)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {lemma(t) for t in span if _plain_noun(t, ctx)}


def _plain_noun(tok: Token, ctx: object) -> bool:
    return tok.pos_ in _NOUNS and not tok.is_stop and ctx.actor_of(tok) is None  # type: ignore[attr-defined]
