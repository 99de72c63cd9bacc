"""A common word glued to a name by capital letters is no part of the name.

Title case and sentence starts capitalise words that are no names, and NER runs a
name on over them: "Beyond Trump, the party is split", "Without Bloomberg in the mix",
"Top Clinton aides", "Le Pen Backs Trump And Denounces Clinton", "Notice Trump sniffing",
"Bellwether County Says Trump Should Win". The span then becomes a new person
("Beyond Trump", "Denounces Clinton", "Trump Should") who is nobody, and the person it
holds loses the mention.

Rule ``actors.names.glued_common_word``: a PERSON/ORG name (or a proper-noun run NER
missed) of two or more words loses an edge word that, read in lower case, is a word of
another class - a function word of English (spaCy's closed list of stop words:
prepositions, modals, determiners, adverbs such as "without", "beyond", "top", "should")
or, in a title-case line, a form of a verb of the event or reporting lexicons
("denounces", "hints", "says"; in running text "Ready PAC" is a name) -
when that word is no given name (the SSA first-name table: "Will Hurd", "Hope Hicks",
"Mark Warner", "Theresa May" keep theirs), no KB surname, the whole span is no KB name,
and the words left are a name the KB knows (a name or a surname) or one the document
writes as (the end of) another name. A word at the end goes only when the tagger did
not read it as a proper noun ("Should" MD, "to" IN), and never a number word ("Air
Force One"). The cut words are no part of any
mention. By word class and the KB, never by a list of names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..rules import declare
from .first_names import first_name_genders
from .headline_cut import _in_title_line, verb_forms
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

GLUED_COMMON_WORD = declare(
    "actors.names.glued_common_word",
    "'Beyond Trump', 'Top Clinton aides', 'And Denounces Clinton', 'Trump Should Win': a name "
    "span's edge word that in lower case is a function word (spaCy's stop words) or a form of "
    "an event/reporting verb, no given name and no KB surname, is cut off when the words left "
    "are a KB name or surname or a name the document writes elsewhere",
)

GLUED_LABELS = frozenset({"PERSON", "ORG"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_MAX_CUT = 2  # edge words cut at most, each side


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(first_name_genders())


def _common_word(word: str, *, lead: bool) -> bool:
    """The word, read in lower case, is a function word or (leading) a lexicon verb form,
    and no given name."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    if lower in _given_names():
        return False
    return lower in STOP_WORDS or (lead and lower in verb_forms())


def _other_names(doc: Doc, span: Span) -> frozenset[str]:
    """Folded texts of the document's other name entities and their last words."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if ent.start < span.end and span.start < ent.end:
            continue
        out.add(fold(ent.text))
        if ent.label_ == "PERSON" and len(ent) > 1:
            out.add(fold(ent[-1].text))
    return frozenset(out)


def _known(resolver: DocumentResolver, rest: Span, others: frozenset[str] | None) -> bool:
    kb = resolver.linker.kb
    if kb.lookup(rest.text):
        return True
    if len(rest) == 1 and kb.surnames.get(fold(rest.text)):
        return True
    if others is None:
        others = _other_names(rest.doc, rest)
    return fold(rest.text) in others


def glued_cut(
    resolver: DocumentResolver, span: Span, title_lines: dict[int, bool]
) -> tuple[Span, list[int]] | None:
    """See ``GLUED_COMMON_WORD``: the name left and the indices of the words cut, or None.
    A leading verb form counts only in a title-case line (``title_lines`` caches that
    reading per line start): in running text "Ready PAC" is a name."""
    if len(span) < 2 or not resolver.switches.enabled(GLUED_COMMON_WORD):
        return None
    doc = span.doc
    kb = resolver.linker.kb
    verbs = _in_title_line(resolver.document.text, span.start_char, title_lines)
    start, end = span.start, span.end
    while start < end - 1 and start - span.start < _MAX_CUT:
        word = doc[start].text
        if doc[start].like_num or not _common_word(word, lead=verbs) or kb.surnames.get(fold(word)):
            break
        start += 1
    while end - 1 > start and span.end - end < _MAX_CUT:
        token = doc[end - 1]
        if token.tag_ in _PROPER_TAGS or token.like_num:
            break  # "Air Force One", "Uranium One": a number ends many names
        if not _common_word(token.text, lead=False):
            break
        if kb.surnames.get(fold(token.text)):
            break
        end -= 1
    if (start, end) == (span.start, span.end):
        return None
    if kb.lookup(span.text):
        return None  # the whole span is a name the KB knows
    rest = Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
    if not _known(resolver, rest, None):
        return None
    cut = list(range(span.start, start)) + list(range(end, span.end))
    return rest, cut
