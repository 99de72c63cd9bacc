"""Punctuation a text glued to its neighbours split into tokens of its own, the text unchanged.

Some news texts lost the spaces around their dashes when they were made (session 70: about a
fifth of the News Articles set's articles): 'said Mistura,-Jaafari', 'to be
investigated.-I would', 'Source:-Al Jazeera', 'the Social Democrats (SPD)-and', 'a
spokesperson,-said', and an agency tag glued to the next word: '(CNN)Iran's Supreme
Leader', 'Washington (CNN)President Trump'. spaCy's tokenizer splits a hyphen between two
letters but not one after a comma, a full stop, a colon or a closing bracket, so
'Mistura,-Jaafari' and 'CNN)President' are one token each: a name is glued to its
neighbour, NER and the parser read one odd word, and a clause loses its subject or object.

With rule ``nlp.tokens.glued_punctuation`` on, the loaded pipeline's tokenizer gets a few
more affix patterns, each a shape of typography, never a word:

- infix: a comma, full stop, colon, semicolon, ? or ! glued between a word and a dash
  ('Mistura,-Jaafari', 'investigated.-I', 'Source:-Al', 'spokesperson,-said'), with a
  closing quote or bracket between them ('it,"-Gabor', 'SPD)-and'); the dashes after
  such punctuation before a word or an opening quote; a dash glued between a word and an
  opening quote or bracket ('than-"unreported'); an opening quote after a dash; a closing
  bracket glued between a word and a capitalised word ('CNN)Iran', 'CNN)President');
- prefix: dashes glued before a word ('--the', '-just');
- suffix: dashes glued after such punctuation at a word's end ('added.-', 'Germany.-'),
  and a double dash after a word ('Germany--').

Left alone: a hyphen inside a word ('al-Assad', 'Vice-President': spaCy splits those as
before), a word's own trailing hyphen ('first- and second-tier'), a number's ('3,-4',
'EUR 5,-'), an initial ('J.-P. Sartre'), URLs and e-mail addresses (no such shape), '(r)ather'.
Only where tokens are cut changes: tokenization never edits characters, so every offset
still indexes ``Document.text``. The patterns are put before the pipeline's own
(``install``), whatever pipeline the settings name; ``nlp.pipeline.load_pipeline`` keys
its loaded pipelines by the rule's state, so a pipeline with the rule on and one with it
off never share a tokenizer in one process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language

from ..rules import declare

GLUED_PUNCTUATION = declare(
    "nlp.tokens.glued_punctuation",
    "'Mistura,-Jaafari', 'investigated.-I', '(CNN)Iran': punctuation and dashes glued to "
    "the words around them (a text that lost its spaces) are tokens of their own, the text "
    "unchanged",
)

_LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_DASH = "[-\u2013\u2014]"
_PUNCT = "[,.:;?!]"
_CLOSER = '["\u201d)\\]]'
_OPENER = '["\u201c\u2018(]'
# a full stop closing an initial ('J.-P. Sartre', 'U.S.-led'): a lone capital at the start
# or after a full stop or a hyphen
_NOT_INITIAL = r"(?<!^[A-Z])(?<![.\-][A-Z])"
_NOT_INITIAL_STOP = r"(?<!^[A-Z]\.)(?<![.\-][A-Z]\.)"
# what may follow dashes glued after punctuation: a word or an opening quote or bracket
_NEXT = rf"(?:{_LETTER}|{_OPENER})"

INFIXES = (
    # 'Mistura,-Jaafari', 'it,"-Gabor', 'investigated.-I', '1939,-where', '(DRC).-And',
    # '/TASS/.-Kremlin': the punctuation; a full stop not closing an initial ('J.-P.')
    rf"(?<={_ALNUM})[,:;?!](?={_CLOSER}?{_DASH}+{_NEXT})",
    rf"(?:(?<={_ALNUM})|(?<=[/\"\u201d)])){_NOT_INITIAL}\.(?={_CLOSER}?{_DASH}+{_NEXT})",
    # '"' or ')' between a word or that punctuation and a dash: 'SPD)-and', 'bad"-and',
    # 'DRC).-And'
    rf"(?:(?<={_ALNUM})|(?<={_PUNCT})){_CLOSER}(?={_PUNCT}?{_DASH}+{_NEXT})",
    # the dashes after such punctuation, quote or bracket: ',-Jaafari', ')-and'
    rf"(?:(?<={_ALNUM}[,:;?!])|(?<={_ALNUM}\.)|(?<=[/\"\u201d)]\.)|(?<={_CLOSER})){_NOT_INITIAL_STOP}{_DASH}+(?={_NEXT})",
    # dashes between a word and an opening quote or bracket: 'than-"unreported', 'rt-(AFP'
    rf"(?<={_ALNUM}){_DASH}+(?={_OPENER})",
    # an opening quote or bracket after a dash: '-"unreported', '.-"We', 'tj-(AFP'
    rf"(?<={_DASH}){_OPENER}(?={_LETTER})",
    # a closing bracket glued between a word and a capitalised word: 'CNN)Iran'
    rf"(?<={_ALNUM})\)(?=[A-Z])",
)
PREFIXES = (
    # '--the', '-just', '-"Star': dashes glued before a word or an opening quote
    rf"{_DASH}+(?=[^\W\d_]|[\"\u201c])",
)
SUFFIXES = (
    # 'added.-', 'it.-', 'said:-', 'them?-', 'SPD)-', 'security\'-': dashes after punctuation;
    # not a number's ('5,-')
    rf"(?<=[,.:;?!\"\u201d\u2019')])(?<!\d,){_DASH}+",
    # 'Germany--', 'decade--': two dashes or more after a word
    rf"(?<={_LETTER})--+",
)


def _join(mine: tuple[str, ...], anchor: str, old: Any) -> Callable[..., Any]:
    """A compiled regex method of ``mine`` (each anchored: ``^`` before, ``$`` after)
    tried before the tokenizer's own ``old`` one, or a function doing so where ``old``
    is no compiled pattern's method."""
    ours = [f"^(?:{p})" if anchor == "^" else f"(?:{p})$" for p in mine]
    method = getattr(old, "__name__", "search")
    pattern = getattr(getattr(old, "__self__", None), "pattern", None)
    if old is None or isinstance(pattern, str):
        flags = old.__self__.flags if old is not None else 0
        joined = "|".join([*ours, pattern] if isinstance(pattern, str) else ours)
        return getattr(re.compile(joined, flags), method)  # type: ignore[no-any-return]
    return _Either(re.compile("|".join(ours)), old)


class _Either:
    """Our affix search first, then the tokenizer's own callable (a custom tokenizer)."""

    def __init__(self, ours: re.Pattern[str], old: Callable[[str], Any]) -> None:
        self.ours = ours
        self.old = old

    def __call__(self, text: str) -> Any:
        return self.ours.search(text) or self.old(text)


def _finditer(mine: tuple[str, ...], old: Any) -> Callable[[str], Iterator[Any]]:
    """The tokenizer's infix finder with ``mine`` tried first at each position."""
    pattern = getattr(getattr(old, "__self__", None), "pattern", None)
    if old is None or isinstance(pattern, str):
        flags = old.__self__.flags if old is not None else 0
        joined = "|".join([*mine, pattern] if isinstance(pattern, str) else list(mine))
        return re.compile(joined, flags).finditer
    ours = re.compile("|".join(mine))
    return _Merged(ours, old)


class _Merged:
    """Our infixes and a custom tokenizer's own, ours kept where the two overlap."""

    def __init__(self, ours: re.Pattern[str], old: Callable[[str], Any]) -> None:
        self.ours = ours
        self.old = old

    def __call__(self, text: str) -> Iterator[Any]:
        found = list(self.ours.finditer(text))
        taken = [(m.start(), m.end()) for m in found]
        for match in self.old(text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.append(match)
        return iter(sorted(found, key=lambda m: m.start()))


def install(nlp: Language) -> bool:
    """Add the glued-punctuation affixes to ``nlp``'s tokenizer; False (nothing done)
    where the tokenizer has no spaCy affix hooks."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer or a user's own
    hooks = ("prefix_search", "suffix_search", "infix_finditer")
    if not all(hasattr(tokenizer, hook) for hook in hooks):
        return False
    tokenizer.prefix_search = _join(PREFIXES, "^", tokenizer.prefix_search)
    tokenizer.suffix_search = _join(SUFFIXES, "$", tokenizer.suffix_search)
    tokenizer.infix_finditer = _finditer(INFIXES, tokenizer.infix_finditer)
    return True
