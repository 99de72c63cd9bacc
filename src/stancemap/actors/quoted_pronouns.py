"""A third-person pronoun inside a quotation is not its speaker.

'"I believed in him, and he betrayed that trust," Ruto said': a speaker names themselves
"I"; a "he", "him" or "his" inside their own quotation means someone else. The one-pass
resolver reads the quotation before its attribution, so it may have given such a pronoun
to the speaker (the salient subject of the sentence before). Run after every mention is
resolved: a quotation (by its marks, ``nlp.quote_marks``) whose speaker is the subject of a
reporting verb outside it that the parse ties to it (the verb governs a quoted word, or a
quoted word governs it: '"...," Ruto said', 'Ruto said: "..."'), has its third-person
person pronouns that went to that speaker given to the most salient other person of
their gender before them, or, when there is none, left unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.quote_marks import QuotedSpan, find_quoted
from ..nlp.reporting import load_lexicon
from ..nlp.view import DocView, doc_view, positions_from
from ..rules import declare
from .coref import PERSON_PRONOUNS, person_candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import ActorMention
    from .resolve import DocumentResolver, Seen

QUOTED_PRONOUN_NOT_SPEAKER = declare(
    "actors.coref.quoted_pronoun_not_speaker",
    "'\"I believed in him, and he betrayed that trust,\" Ruto said': a he/him/his inside a "
    "quotation is not the quotation's speaker (the subject of the reporting verb the parse "
    "ties to it) but the most salient other person of that gender before it, or no one",
)
_SUBJECTS = ("nsubj", "nsubjpass")
_HOPS = 12  # head-chain steps walked from a word to a verb


def _speaker_tokens(doc: Doc, span: QuotedSpan) -> list[Token]:
    """Subjects of reporting verbs outside ``span`` that the parse ties to its words: the
    verb is within ``_HOPS`` head steps above a quoted word, or a quoted word is above the
    verb. Read on the document's view (``nlp.view``), the quoted words found by bisection:
    the walk over the whole document for each quotation, and a Token for every word, were
    most of the late pronoun passes' cost (session 48)."""
    quoted = positions_from(doc, span.inner_start, span.inner_end)
    if not quoted:
        return []
    view = doc_view(doc)
    idx, head = view.idx, view.head
    reached: set[int] = set()  # every word within _HOPS head steps above a quoted word
    for i in quoted:
        j = i
        for _ in range(_HOPS):
            if head[j] == j:
                break
            j = head[j]
            reached.add(j)
    lexicon = load_lexicon()
    first, last = doc[quoted[0]].sent.start, doc[quoted[-1]].sent.end
    subjects: list[Token] = []
    for v in range(first, last):
        if view.pos[v] not in ("VERB", "AUX") or span.start <= idx[v] < span.end:
            continue
        if lexicon.verb_lemma(view.lemma[v], view.text[v]) is None:
            continue
        if v not in reached and not _quoted_above(view, v, span):
            continue
        subjects += [
            doc[c]
            for c in view.children[v]
            if view.dep[c] in _SUBJECTS and not (span.start <= idx[c] < span.end)
        ]
    return subjects


def _quoted_above(view: DocView, v: int, span: QuotedSpan) -> bool:
    """A word inside ``span`` is among ``v``'s ancestors (``Token.ancestors``: at most the
    document's length of steps)."""
    head, idx = view.head, view.idx
    j = v
    for _ in range(view.length):
        if head[j] == j:
            return False
        j = head[j]
        if span.inner_start <= idx[j] < span.inner_end:
            return True
    return False


def rebind(
    resolver: DocumentResolver,
    mention: ActorMention,
    seen: Seen | None,
    key: str | None,
    dropped: set[int],
) -> None:
    """Give a pronoun's mention (and its entry ``seen`` in the resolver's memory) the
    entity ``key``; with none, mark it for ``drop_marked`` and forget it."""
    if key is None:
        dropped.add(id(mention))
        if seen is not None:
            resolver.memory.remove(seen)
        return
    mention.actor_id = key
    if seen is not None:
        seen.actor_id = key


def drop_marked(resolver: DocumentResolver, dropped: set[int]) -> None:
    """Remove the mentions ``rebind`` marked."""
    if dropped:
        resolver.mentions[:] = [m for m in resolver.mentions if id(m) not in dropped]


def _covering(resolver: DocumentResolver, token: Token) -> ActorMention | None:
    return next(
        (m for m in resolver.mentions if m.start <= token.idx < m.end),
        None,
    )


def _other_person(
    resolver: DocumentResolver, mention: ActorMention, speakers: set[str]
) -> str | None:
    """The most salient person of the pronoun's gender before it, other than ``speakers``:
    the latest subject of the nearest sentence that has one, else the latest mention."""
    gender = PERSON_PRONOUNS[mention.text.lower()]
    token = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if token is None:
        return None
    sentence = resolver.sent_index.get(token.start, 0)
    candidates = person_candidates(resolver, gender, mention.start, sentence, frozenset(speakers))
    for back in range(resolver.reach + 1):
        here = [s for s in candidates if s.sentence == sentence - back]
        subjects = [s for s in here if s.subject]
        if subjects:
            return subjects[-1].actor_id
        if here:
            return here[-1].actor_id
    return None


def settle_quoted_pronouns(resolver: DocumentResolver) -> None:
    """Give each third-person pronoun that went to its own quotation's speaker to another
    person, or drop it (see the module's doc)."""
    if not resolver.switches.enabled(QUOTED_PRONOUN_NOT_SPEAKER):
        return
    pronouns = [
        m for m in resolver.mentions if m.how == "pronoun" and m.text.lower() in PERSON_PRONOUNS
    ]
    if not pronouns:
        return
    dropped: set[int] = set()
    for span in find_quoted(resolver.document.text):
        inside = [m for m in pronouns if span.inner_start <= m.start and m.end <= span.inner_end]
        if not inside:
            continue
        speakers = {
            mention.actor_id
            for subject in _speaker_tokens(resolver.doc, span)
            if (mention := _covering(resolver, subject)) is not None
            and resolver.is_person(mention.actor_id)
        }
        for mention in inside:
            if mention.actor_id not in speakers:
                continue
            other = _other_person(resolver, mention, speakers)
            seen = next((s for s in resolver.memory if s.start == mention.start), None)
            rebind(resolver, mention, seen, other, dropped)
    drop_marked(resolver, dropped)
