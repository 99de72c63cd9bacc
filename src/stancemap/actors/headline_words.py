"""Common words a title-case headline capitalised, read as a name: "Buy Mines, Sell Coal."
tagged "Coal", a new person the story's "he" then stood for (session 42 AP, rule
``actors.names.headline_common_words``).

In a line set in title case (the one definition, ``headline_cut.is_title_line``) every word
is capitalised, so NER reads common words as names. A name there that no KB entry knows is
no actor when the story writes each of its words in lower case outside title-case lines
("sell", "coal") and NER tags the name nowhere outside title-case lines: the headline only
capitalised them. A name the story writes again as a name ("Tom Clarke"), or one with a
word the story never writes in lower case ("Clarke"), stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..records import is_new_id
from ..rules import declare
from .headline_cut import in_title_line

if TYPE_CHECKING:
    from .linker import Resolution
    from .resolve import DocumentResolver

HEADLINE_COMMON_WORDS = declare(
    "actors.names.headline_common_words",
    "'Buy Mines, Sell Coal.': a name no KB entry knows in a title-case line each of whose "
    "words the story writes in lower case outside title-case lines, and that NER tags "
    "nowhere outside them, is common words the headline capitalised, no actor",
)


def headline_common_words(resolver: DocumentResolver, span: Span, found: Resolution) -> bool:
    """The name is common words capitalised by a headline (rule ``HEADLINE_COMMON_WORDS``)."""
    if not is_new_id(found.id) or not resolver.switches.enabled(HEADLINE_COMMON_WORDS):
        return False
    text = resolver.document.text
    cache: dict[int, bool] = {}
    if not in_title_line(text, span.start_char, cache):
        return False
    words = span.text
    if not words[:1].isupper():
        return False
    for word in re.findall(r"[^\W\d_]+", words):
        lower = re.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])")
        if not any(not in_title_line(text, m.start(), cache) for m in lower.finditer(text)):
            return False  # the story never writes this word in lower case: a name
    return not any(
        ent.text == words and not in_title_line(text, ent.start_char, cache)
        for ent in span.doc.ents
    )
