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

Rule ``actors.names.glued_word_class`` (session 31) widens the classes of a leading word
cut, under the same guards: a clitic right after a cut word goes with it ("That's Jeb
Bush": "That" and "'s"); in a title-case line any WordNet verb ("Hail Trump", "Sell
Coal", "Absent Trump"); anywhere the plural of a WordNet person noun ("Floridians Jeb
Bush": a demonym or a kind of people before a name is no part of it).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..datafiles import data_path, word_list
from ..rules import declare
from .first_names import first_name_genders
from .headline_cut import in_title_line, verb_forms
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

GLUED_WORD_CLASS = declare(
    "actors.names.glued_word_class",
    "'That's Jeb Bush', 'Hail Trump', 'Sell Coal', 'Floridians Jeb Bush': with "
    "glued_common_word, a clitic after a cut word, in a title-case line a WordNet verb, and "
    "anywhere a WordNet person noun's plural are leading words cut off a name",
)

GLUED_LABELS = frozenset({"PERSON", "ORG"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_MAX_CUT = 2  # edge words cut at most, each side


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The SSA table's given names, folded."""
    return frozenset(first_name_genders())


def _common_word(word: str, *, lead: bool) -> bool:
    """The word, read in lower case, is a function word or (leading) a lexicon verb form,
    and no given name."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    if lower in given_names():
        return False
    return lower in STOP_WORDS or (lead and lower in verb_forms())


@lru_cache(maxsize=1)
def _wordnet_verbs() -> frozenset[str]:
    """Every one-word WordNet verb (``events/trigger_lexnames.tsv``'s verb rows)."""
    lines = data_path("events/trigger_lexnames.tsv").read_text("utf-8").splitlines()
    return frozenset(
        r[0] for r in (x.split("\t") for x in lines if x[:1] != "#") if r[1:2] == ["V"]
    )


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/people_nouns.txt"))


def _verb_form(lower: str) -> bool:
    verbs = _wordnet_verbs()
    if lower in verbs:
        return True
    for ending, back in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        stem = lower[: -len(ending)] + back
        if lower.endswith(ending) and len(lower) > len(ending) + 2 and stem in verbs:
            return True
    return False


def _class_word(word: str, *, line_verbs: bool) -> bool:
    """``glued_word_class``: a leading word that read in lower case is, in a title-case
    line, a WordNet verb form, or anywhere a person noun's plural; no given name."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    if lower in given_names():
        return False
    if line_verbs and _verb_form(lower):
        return True
    return lower.endswith("s") and (lower[:-1] in _people_nouns() or lower[:-2] in _people_nouns())


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
    verbs = in_title_line(resolver.document.text, span.start_char, title_lines)
    start, end = span.start, span.end
    classes = resolver.switches.enabled(GLUED_WORD_CLASS)
    while start < end - 1 and start - span.start < _MAX_CUT:
        word = doc[start].text
        if classes and start > span.start and word[:1] in ("'", "\u2019") and len(word) <= 3:
            start += 1  # "That's Jeb Bush": the clitic of a cut word goes with it
            continue
        common = _common_word(word, lead=verbs) or (classes and _class_word(word, line_verbs=verbs))
        if doc[start].like_num or not common or kb.surnames.get(fold(word)):
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
