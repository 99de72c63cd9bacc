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

Rule ``stances.claims.learned_same_key`` (session 51 OC): ``stances.claims.learned_polarity``
drops a learned claim that meets no opposite claim through ``two_claimants`` - also when the
other speaker's claim is on the very same key ("the agreement reached in Dubai was historic" /
"the agreement was a mistake", one issue frame or one head noun with the same marks), only
because a third speaker is quoted in the text or the passage. A key that one noun and its marks
(or an issue frame) settled is what the lexicon's predicate claims already meet on anywhere in
a text; a learned claim's sign is less sure, so it meets one only within ``[stances]
bridge_sentences`` sentences before or after it.

Rule ``stances.claims.weak_reply`` (session 51 OC): the model's sign counts only at its
threshold, so of two speakers who contradict each other ("sanctions were draining Russia's war
chest" / "the measures had damaged European industry far more") often only one is read, and the
pair is lost. A quote sentence whose most probable class is a sign below the threshold is a weak
claim; it is kept only where it answers another speaker's sure claim of the opposite sign - the
same key nearby (``learned_same_key``'s test), or, counting it, the text's only two claimants in
the same or adjacent sentences (``two_claimants``). It never meets another weak claim, and never
counts as a claimant for other claims: it can add a disagreement, nothing else.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

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

LEARNED_SAME_KEY = declare(
    "stances.claims.learned_same_key",
    "with learned_polarity: a learned claim meets another speaker's opposite claim on the "
    "same claim key (one issue frame, one head noun with the same marks) in its own "
    "sentence or up to [stances] bridge_sentences away, however many speakers the text "
    "quotes ('the agreement reached in Dubai was historic' / 'the agreement was a "
    "mistake'); two keys, or claims further apart, do not meet",
    order=71.4,
)

WEAK_REPLY = declare(
    "stances.claims.weak_reply",
    "with learned_polarity: a quote sentence the claim model signs below its threshold (a "
    "sign its most probable class) is a claim only where it answers another speaker's sure "
    "claim of the opposite sign - the same key nearby, or the text's only two claimants in "
    "the same or adjacent sentences ('sanctions were draining Russia's war chest' / 'the "
    "measures had damaged European industry'); never against another weak claim",
    order=71.6,
)
WEAK = "learned-weak"  # the note of a weak claim

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


def same_key_near(ctx: object, on: bool) -> Callable[[Finding, Finding], bool]:
    """Rule ``stances.claims.learned_same_key`` (and ``weak_reply``'s first test), when ``on``:
    whether two claims (of two speakers, opposite signs: the caller's test) share one settled
    key - not a key of its own ("deal@120") - within ``[stances] bridge_sentences`` sentences
    of each other."""
    if not on:
        return lambda mine, other: False
    reach = int(ctx.table["bridge_sentences"])  # type: ignore[attr-defined]
    starts = [sent.start_char for sent in ctx.doc.sents]  # type: ignore[attr-defined]

    def near(mine: Finding, other: Finding) -> bool:
        if mine.frame != other.frame or "@" in mine.frame:
            return False
        a, b = bisect_right(starts, mine.start), bisect_right(starts, other.start)
        return abs(a - b) <= reach

    return near


def reply_to(
    mine: Finding,
    claims: list[Finding],
    near: Callable[[Finding, Finding], bool],
    same_key: Callable[[Finding, Finding], bool],
    ctx: object,
) -> Finding | None:
    """Rule ``stances.claims.weak_reply``: the first sure claim of another speaker, of the
    opposite sign, that the weak claim ``mine`` answers - on the same key nearby
    (``same_key``), or near it as ``two_claimants`` counts the claimants with ``mine``
    among them (``near``).

    A reply lies in a sentence of its own: two speakers told in one sentence ("X said ...,
    and Y said ...", "X told reporters, while Y said ...") are mostly told side by side, and
    a weak sign there read a prime minister and his foreign minister, or two leaders signing
    one declaration, as opposed (W22 tune). Nor does a speaker answer his own side (his
    state, its bodies and office holders, his spokesperson: ``judged_subject.one_side``)."""
    from .judged_subject import one_side  # judged_subject imports claims, which imports this

    for other in claims:
        if other.holder == mine.holder or other.polarity != -mine.polarity:
            continue
        if not (same_key(mine, other) or near(mine, other)):
            continue
        if _one_sentence(mine, other, ctx) or one_side(mine.holder, other.holder, ctx.actors):  # type: ignore[attr-defined]
            continue
        return other
    return None


def _one_sentence(mine: Finding, other: Finding, ctx: object) -> bool:
    starts = [sent.start_char for sent in ctx.doc.sents]  # type: ignore[attr-defined]
    return bisect_right(starts, mine.start) == bisect_right(starts, other.start)


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
