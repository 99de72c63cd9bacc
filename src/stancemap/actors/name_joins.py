"""Organisation names the parse split, joined again.

The entity ruler writes every unambiguous curated KB name (countries first) into
the Doc before spaCy's NER, so a longer name that holds a country ("the
Agricultural Bank of China", "the Democratic Front for the Liberation of Rwanda")
reaches NER with the country already taken: NER tags what is left ("Agricultural
Bank of") and the arguments read a truncated organisation and a country. The
generated lists (Phoenix's organisations) are kept out of the ruler on purpose (one
entry each, many of them ordinary words), so the ruler cannot join them either.
Here the resolver reads, around each ORG/GPE/NORP entity, the longest run of name
words in its sentence that the KB knows as one name, as one mention
(``KB_NAME_JOIN``); and an ORG entity that ends in "of"/"for" right before the
entity the ruler took ("The Bank of" + "Japan") as one organisation, whatever the
KB knows (``TRUNCATED_ORG_JOIN``): no name ends in a preposition.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..rules import declare

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .linker import Linker

KB_NAME_JOIN = declare(
    "actors.names.kb_name_join",
    "'the Agricultural Bank of China', 'the Democratic Front for the Liberation of Rwanda': "
    "an ORG, GPE or NORP entity inside a longer run of name words (capitalised words, 'of', "
    "'for', 'the', 'and' between them) of its sentence that the actor KB knows as one name "
    "is read as that name (the longest such run, up to 6 words either side), not as a "
    "truncated organisation and a country; the entities the run covers go with it",
)

TRUNCATED_ORG_JOIN = declare(
    "actors.names.truncated_org_join",
    "'The Bank of Japan', 'The Communications Workers of America': an ORG entity whose last "
    "word is 'of' or 'for' (NER stopped where the entity ruler had taken a country) and the "
    "GPE, LOC, ORG or NORP entity right after it are one organisation, not a truncated name "
    "and a country",
)
_TRUNCATING = frozenset({"of", "for"})
_TRUNCATED_TAIL_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})

COUNTRY_INSIDE_NAME = declare(
    "actors.names.country_inside_name",
    "'..., Democracy for America, said', 'Priorities USA Action': capitalised words outside any "
    "entity, not opening their sentence (or opening it where the document writes the same name "
    "elsewhere), written right before a country the entity ruler took "
    "(with 'for'/'of' between) or around it (capitalised words on both sides), are one "
    "organisation with the country - unless the words before it end in an agents-lexicon "
    "noun ('President of France', 'Embassy of Russia': read as before) or a person's name "
    "follows",
)

JOIN_LABELS = frozenset({"ORG", "GPE", "NORP"})
# lower-case words a multi-word organisation name holds between its capitalised words
_JOINERS = frozenset({"of", "for", "the", "and", "&", "on", "in", "to", "de", "del", "la"})
_REACH = 6
_TYPE_LABELS = {"organization": "ORG", "country": "GPE", "group": "NORP", "location": "LOC"}


def _name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _inner_word(token: Token) -> bool:
    """A word that may stand inside a name: a name word, a joiner, or a hyphen or
    apostrophe written without spaces ("Al-Qaeda", "People's")."""
    if _name_word(token) or token.lower_ in _JOINERS:
        return True
    return token.text in ("-", "'s", "'") and not token.whitespace_


def _widest(kb: KnowledgeBase, ent: Span) -> tuple[int, int, str] | None:
    """(start, end, label) of the longest run around ``ent`` the KB knows, or None."""
    doc = ent.doc
    sent = ent.sent
    lo = max(sent.start, ent.start - _REACH)
    hi = min(sent.end, ent.end + _REACH)
    # how far the name words run either side of the entity
    left = ent.start
    while left > lo and _inner_word(doc[left - 1]):
        left -= 1
    right = ent.end
    while right < hi and _inner_word(doc[right]):
        right += 1
    best: tuple[int, int, str] | None = None
    for start in range(left, ent.start + 1):
        if not _name_word(doc[start]):
            continue
        for end in range(right, ent.end - 1, -1):
            if end - start <= len(ent) or not _name_word(doc[end - 1]):
                continue
            if best is not None and end - start <= best[1] - best[0]:
                break
            found = kb.lookup(doc[start:end].text)
            if found:
                kinds = {a.type for a in found}
                label = _TYPE_LABELS.get(kinds.pop(), ent.label_) if len(kinds) == 1 else "ORG"
                best = (start, end, label)
                break
    return best


def _capital_run(doc: Doc, start: int, stop: int, step: int) -> int:
    """How far (exclusive) capitalised words outside any entity run from ``start``
    towards ``stop``; ``start`` itself when none."""
    i = start
    while i != stop and doc[i].ent_iob_ == "O" and doc[i].pos_ in ("PROPN", "NOUN"):
        if not (doc[i].text[:1].isupper() and doc[i].is_alpha):
            break
        i += step
    return i


def _country_inside(
    linker: Linker, ent: Span, named: frozenset[str] = frozenset()
) -> tuple[int, int, str] | None:
    """See ``COUNTRY_INSIDE_NAME``: (start, end, "ORG") of the name, or None. Words that
    open their sentence are a name only where the document writes the same name (in
    ``named``) elsewhere, not first in a sentence."""
    if ent.label_ != "GPE" or not ent.ent_id_.startswith("country:"):
        return None
    doc, sent = ent.doc, ent.sent
    joiner = (
        ent.start - 1
        if ent.start > sent.start and doc[ent.start - 1].lower_ in _TRUNCATING
        else None
    )
    left_end = joiner if joiner is not None else ent.start
    left = _capital_run(doc, left_end - 1, sent.start - 1, -1) + 1
    if left >= left_end:
        return None  # no name words before it
    if joiner is None:
        right = _capital_run(doc, ent.end, sent.end, 1)
        if right == ent.end:
            return None  # "Priorities USA Action": words on both sides when nothing joins them
    else:
        right = ent.end
    words = [t.text for t in doc[left:left_end]]
    found = linker.find_agent(words)
    if found is not None and found[2] == len(words):
        return None  # "the President of France", "the Embassy of Russia": the agents read it
    if (doc[left].is_sent_start or left == sent.start) and doc[left:right].text not in named:
        return None  # words opening the sentence, capitalised by their place
    return (left, right, "ORG")


def _names_inside(linker: Linker, ents: list[Span]) -> frozenset[str]:
    """The names ``_country_inside`` reads where they do not open a sentence."""
    found = (_country_inside(linker, ent) for ent in ents)
    return frozenset(ents[0].doc[s:e].text for s, e, _ in (f for f in found if f))


def _truncated(ent: Span, after: Span | None) -> tuple[int, int, str] | None:
    """See ``TRUNCATED_ORG_JOIN``: (start, end, "ORG") of the joined name, or None."""
    if ent.label_ != "ORG" or after is None or after.label_ not in _TRUNCATED_TAIL_LABELS:
        return None
    if len(ent) < 2 or ent[-1].lower_ not in _TRUNCATING or after.start != ent.end:
        return None
    return (ent.start, after.end, "ORG")


def _title(linker: Linker, span: Span) -> bool:
    """The joined words are a role of the agents lexicon as a whole ("Secretary of State",
    a KB alias too) or stand right before a person's name: a title, no organisation."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].ent_type_ == "PERSON":
        return True
    words = [t.text for t in span]
    found = linker.find_agent(words)
    return found is not None and found[1] == 0 and found[2] == len(words)


def joined_ents(
    linker: Linker,
    ents: Iterable[Span],
    *,
    kb_join: bool = True,
    truncated: bool = False,
    inside: bool = False,
) -> list[Span]:
    """``ents`` (in order) with split names joined: with ``kb_join``, each ORG/GPE/NORP entity
    widened to the longest run of name words the KB knows as one name
    (``KB_NAME_JOIN``); with ``truncated``, a truncated ORG joined to the entity after it
    (``TRUNCATED_ORG_JOIN``, where the KB knows no longer name); with ``inside``, name
    words around a ruler country (``COUNTRY_INSIDE_NAME``). An entity the joined
    span overlaps is dropped (it is part of the name); a span that would cut another
    entity in two, or that is a title (``_title``), is not taken."""
    kb = linker.kb if kb_join else None
    ents = list(ents)
    named = _names_inside(linker, ents) if inside and ents else frozenset()
    out: list[Span] = []
    for i, ent in enumerate(ents):
        if out and ent.start < out[-1].end:
            continue  # inside the name joined before it
        tries = [
            _widest(kb, ent) if kb is not None and ent.label_ in JOIN_LABELS else None,
            _truncated(ent, ents[i + 1] if i + 1 < len(ents) else None) if truncated else None,
            _country_inside(linker, ent, named) if inside else None,
        ]
        span = next((s for s in (_acceptable(linker, ents, ent, t, out) for t in tries) if s), None)
        out.append(span if span is not None else ent)
    return out


def _acceptable(
    linker: Linker,
    ents: list[Span],
    ent: Span,
    joined: tuple[int, int, str] | None,
    out: list[Span],
) -> Span | None:
    """The joined span, unless it cuts another entity in two, reaches back into a name
    already read, or is a title."""
    if joined is None:
        return None
    start, end, label = joined
    if any(
        (e.start < start < e.end) or (e.start < end < e.end)
        for e in ents
        if (e.start, e.end) != (ent.start, ent.end)
    ):
        return None
    if out and start < out[-1].end:
        return None
    if start < ent.start and any(start <= e.start < ent.start for e in out):
        return None  # reaches back over a name already read
    span = Span(ent.doc, start, end, label=label)
    return None if _title(linker, span) else span
