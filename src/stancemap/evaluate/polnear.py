"""PolNeAR attribution scorer: stancemap and textacy's direct quotations, side by side.

Both systems are scored by the same code on the same parse of the same text.

Definitions (reported with the numbers):

* An attribution is a set of content fragments with a cue and a source. Predicted
  quotes sharing a cue span form one attribution (a quotation split by "he said"
  is one attribution in PolNeAR too).
* Spans are compared after trimming spaces, quote marks and edge punctuation.
* ``content_overlap``: gold and predicted attributions are paired one-to-one,
  greedily by shared characters; a pair counts when they share any character.
* ``content_overlap_half``: the same pairing, counting a pair only when the shared
  characters are at least half of the longer of the two contents.
* ``content_exact``: the trimmed content's first and last character are the same.
* ``source_match``: over ``content_overlap`` pairs whose gold has a source, the
  predicted source span shares a character with the gold source span.
* ``cue``: cue spans paired one-to-one on any shared character.
* ``speech`` subset: attributions whose cue holds a speech word (a reporting verb
  or noun of class ``speech`` in ``data/quotes``, or "according to"); a predicted
  quotation with no cue counts as speech (its quote marks say so), as does gold.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..config import Settings
from ..records import Actor, Quote
from .metrics import PRF, accuracy
from .polnear_gold import GoldAttribution, Offsets, load_split
from .polnear_person import PersonTally, gold_person_key, speaker_is
from .split import select

_TRIM = set(" \t\r\n,;:.!?—–-\"“”„«»‹›‘’'`()")

OVERLAP_DEFINITION = (
    "one-to-one greedy pairing by shared characters after trimming quote marks, "
    "spaces and edge punctuation; overlap = any shared character; overlap_half = "
    "shared >= 50% of the longer content; exact = same trimmed first/last character"
)
RESOLVED_DEFINITION = (
    "content_overlap pairs whose gold source span holds a mention the actors stage "
    "recorded: the speaker is right when it is the actor of one such mention"
)
PERSON_DEFINITION = (
    "content_overlap pairs whose gold source names someone in its own words (the span's "
    "head inside a named entity or proper-noun run, or a name in apposition to it), "
    "independent of the actors stage: the speaker is right when one written form of the "
    "speaker actor (name or mention) holds every word of that name, or, for a person "
    "actor, lies inside the name and holds its last word; pronoun, "
    "description and coordinated ones are counted apart as unresolvable (PolNeAR has no coreference links)"
)


@dataclass
class Predicted:
    content: list[Offsets] = field(default_factory=list)
    cue: Offsets | None = None
    source: Offsets | None = None
    speaker: str | None = None  # actor id of the first quote's speaker (stancemap only)


@dataclass
class _Tally:
    overlap: PRF = field(default_factory=PRF)
    overlap_half: PRF = field(default_factory=PRF)
    exact: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    source_correct: int = 0
    source_total: int = 0
    # speaker measures (session 44 SK), filled by ``score_speakers`` for stancemap only
    resolved_correct: int = 0
    resolved_total: int = 0
    person: PersonTally | None = None

    def as_dict(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.person is not None:
            extra = {
                "speaker_resolved": {
                    "accuracy": accuracy(self.resolved_correct, self.resolved_total),
                    "correct": self.resolved_correct,
                    "total": self.resolved_total,
                    "definition": RESOLVED_DEFINITION,
                },
                "speaker_person": {**self.person.as_dict(), "definition": PERSON_DEFINITION},
            }
        return {
            "content_overlap": self.overlap.as_dict(),
            "content_overlap_half": self.overlap_half.as_dict(),
            "content_exact": self.exact.as_dict(),
            "source_match": {
                "accuracy": accuracy(self.source_correct, self.source_total),
                "correct": self.source_correct,
                "total": self.source_total,
            },
            "cue": self.cue.as_dict(),
            **extra,
        }


def trim_span(text: str, span: Offsets) -> Offsets:
    """A span without spaces, quote marks and punctuation at its edges."""
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _trimmed(text: str, spans: Iterable[Offsets]) -> list[Offsets]:
    return [s for s in (trim_span(text, span) for span in spans) if s[1] > s[0]]


def _shared(a: list[Offsets], b: list[Offsets]) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def _length(spans: list[Offsets]) -> int:
    return sum(e - s for s, e in spans)


def _bounds(spans: list[Offsets]) -> Offsets | None:
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def pair_greedy(gold: list[list[Offsets]], pred: list[list[Offsets]]) -> list[tuple[int, int, int]]:
    """One-to-one pairs (gold index, predicted index, shared characters), largest first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = _shared(g, p)
            if shared > 0:
                candidates.append((shared, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for shared, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, shared))
    return pairs


def score_article(
    text: str, gold: list[GoldAttribution], pred: list[Predicted], tally: _Tally
) -> None:
    """Add one article's counts to ``tally``."""
    g_content = [_trimmed(text, g.content) for g in gold]
    p_content = [_trimmed(text, p.content) for p in pred]
    for prf in (tally.overlap, tally.overlap_half, tally.exact):
        prf.n_gold += len(gold)
        prf.n_pred += len(pred)
    for gi, pi, shared in pair_greedy(g_content, p_content):
        tally.overlap.tp += 1
        if shared * 2 >= max(_length(g_content[gi]), _length(p_content[pi])):
            tally.overlap_half.tp += 1
        g_source = _trimmed(text, gold[gi].source)
        if g_source:
            tally.source_total += 1
            p_source = pred[pi].source
            if p_source and _shared(g_source, [p_source]) > 0:
                tally.source_correct += 1
    exact_gold = [_bounds(c) for c in g_content]
    for p in p_content:
        bounds = _bounds(p)
        if bounds is not None and bounds in exact_gold:
            exact_gold.remove(bounds)
            tally.exact.tp += 1
    g_cues = [_trimmed(text, g.cue) for g in gold if g.cue]
    p_cues = [[p.cue] for p in pred if p.cue]
    tally.cue.n_gold += len(g_cues)
    tally.cue.n_pred += len(p_cues)
    tally.cue.tp += len(pair_greedy(g_cues, p_cues))


def score_speakers(
    text: str,
    doc: Doc,
    gold: list[GoldAttribution],
    pred: list[Predicted],
    actors: list[Actor],
    tally: _Tally,
) -> None:
    """Add one article's speaker counts (``speaker_resolved``, ``speaker_person``) to
    ``tally``, over the same one-to-one pairs as ``score_article``."""
    if tally.person is None:
        tally.person = PersonTally()
    person = tally.person
    by_id = {a.id: a for a in actors}
    mentions = [(m.start, m.end, a.id) for a in actors for m in a.mentions]
    g_content = [_trimmed(text, g.content) for g in gold]
    p_content = [_trimmed(text, p.content) for p in pred]
    for gi, pi, _ in pair_greedy(g_content, p_content):
        g_source = _trimmed(text, gold[gi].source)
        if not g_source:
            continue
        bounds = _bounds(g_source)
        assert bounds is not None
        speaker = pred[pi].speaker
        inside = {a for s, e, a in mentions if min(e, bounds[1]) > max(s, bounds[0])}
        if inside:
            tally.resolved_total += 1
            tally.resolved_correct += speaker in inside
        key = gold_person_key(doc, bounds)
        if isinstance(key, str):
            if key == "pronoun":
                person.pronoun += 1
            elif key == "description":
                person.description += 1
            elif key == "group":
                person.group += 1
            else:
                person.unaligned += 1
            continue
        person.keyed += 1
        if speaker is None:
            person.no_speaker += 1
        person.correct += speaker_is(key, by_id.get(speaker) if speaker else None)


def group_quotes(quotes: list[Quote]) -> list[Predicted]:
    """Quotes sharing a cue span are one attribution; others stand alone."""
    by_cue: dict[Offsets, Predicted] = {}
    out: list[Predicted] = []
    for quote in quotes:
        content = (quote.content.start, quote.content.end)
        source = (quote.source.start, quote.source.end) if quote.source else None
        if quote.cue is None:
            out.append(Predicted([content], None, source, quote.speaker))
            continue
        cue = (quote.cue.start, quote.cue.end)
        if cue not in by_cue:
            by_cue[cue] = Predicted([], cue, source, quote.speaker)
            out.append(by_cue[cue])
        by_cue[cue].content.append(content)
    return out


def textacy_attributions(doc: Doc) -> list[Predicted]:
    """textacy's direct quotations on the same parse, as attributions."""
    from textacy.extract.triples import direct_quotations

    out: list[Predicted] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # it refuses documents with an odd number of quote marks
        return out
    for triple in triples:
        cue = (
            (min(t.idx for t in triple.cue), max(t.idx + len(t) for t in triple.cue))
            if triple.cue
            else None
        )
        source = (
            (min(t.idx for t in triple.speaker), max(t.idx + len(t) for t in triple.speaker))
            if triple.speaker
            else None
        )
        content = (triple.content.start_char, triple.content.end_char)
        out.append(Predicted([content], cue, source))
    return out


def speech_filter(
    doc: Doc, is_speech_word: Callable[[str], bool]
) -> Callable[[Offsets | None], bool]:
    """A test on cue spans: does the cue hold a speech word? No cue counts as speech."""

    def test(cue: Offsets | None) -> bool:
        if cue is None:
            return True
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if span is None:
            return False
        return any(is_speech_word(t.lemma_) or is_speech_word(t.lower_) for t in span)

    return test


def _speech_gold(
    gold: list[GoldAttribution], test: Callable[[Offsets | None], bool]
) -> list[GoldAttribution]:
    return [g for g in gold if test(_bounds(g.cue))]


# Stages after the parse that the quotes scored here depend on.
QUOTE_STAGES = ("actors", "quotes")


@dataclass
class PreparedSplit:
    """A PolNeAR split parsed once: articles, their parses, the speech test, textacy's tally.

    ``score`` runs the stages on the kept parses under any settings, so that an
    ablation does not parse again per rule.
    """

    path: Path
    part: str
    articles: list[Any]
    parsed: list[Any]
    tests: list[Callable[[Offsets | None], bool]]
    textacy: dict[str, _Tally]
    pipeline: Any
    stages: tuple[str, ...]

    def score(self, settings: Settings | None = None) -> tuple[dict[str, _Tally], int]:
        """stancemap's tallies (all, speech) and the number of failed articles."""
        from ..pipeline import Failure

        tallies = {"all": _Tally(), "speech": _Tally()}
        failures = 0
        results = self.pipeline.run(self.parsed, settings, stages=self.stages)
        for article, parsed, result, test in zip(
            self.articles, self.parsed, results, self.tests, strict=True
        ):
            if isinstance(result, Failure):
                failures += 1
                ours: list[Predicted] = []
            else:
                ours = group_quotes(result.quotes)
            score_article(article.text, article.attributions, ours, tallies["all"])
            speech_pred = [p for p in ours if test(p.cue)]
            gold_speech = _speech_gold(article.attributions, test)
            score_article(article.text, gold_speech, speech_pred, tallies["speech"])
            doc = getattr(parsed, "doc", None)
            if doc is not None and doc.text == article.text:
                actors = [] if isinstance(result, Failure) else result.actors
                score_speakers(
                    article.text, doc, article.attributions, ours, actors, tallies["all"]
                )
                score_speakers(
                    article.text, doc, gold_speech, speech_pred, actors, tallies["speech"]
                )
        return tallies, failures


def prepare_polnear(
    path: Path,
    settings: Settings | None = None,
    limit: int | None = None,
    *,
    later_stages: bool = False,
    part: str = "all",
    pipeline: Any = None,
) -> PreparedSplit:
    """Read, select and parse a split once; score textacy on the same parses."""
    from ..ingest import make_document
    from ..pipeline import Failure, Pipeline
    from ..quotes.lexicon import load_lexicon

    articles = select(load_split(Path(path), limit), lambda a: a.name, part)
    stages = (
        ("actors", "quotes", "events", "stances", "alignment") if later_stages else QUOTE_STAGES
    )
    if pipeline is None:
        pipeline = Pipeline(settings, stages=stages)
    elif settings is not None and settings != pipeline.settings:
        pipeline = pipeline.derive(settings, stages=stages)
    strip = pipeline.settings.ingest.strip_boilerplate
    documents = [make_document(a.text, doc_id=a.name, strip_boilerplate=strip) for a in articles]
    parsed = pipeline.parse(documents)
    lexicon = load_lexicon()
    textacy = {"all": _Tally(), "speech": _Tally()}
    tests: list[Callable[[Offsets | None], bool]] = []
    for article, item in zip(articles, parsed, strict=True):
        if isinstance(item, Failure):  # unparseable: nothing to test its cues on
            tests.append(lambda cue: cue is None)
            continue
        test = speech_filter(item.doc, lexicon.is_speech)
        tests.append(test)
        theirs = textacy_attributions(item.doc)
        score_article(article.text, article.attributions, theirs, textacy["all"])
        score_article(
            article.text,
            _speech_gold(article.attributions, test),
            [p for p in theirs if test(p.cue)],
            textacy["speech"],
        )
    return PreparedSplit(Path(path), part, articles, parsed, tests, textacy, pipeline, stages)


def headline(tallies: dict[str, _Tally]) -> dict[str, float]:
    """The two figures an ablation compares: content overlap F1 and source match."""
    overlap = tallies["all"].overlap.f1
    source = accuracy(tallies["all"].source_correct, tallies["all"].source_total)
    return {"content_f1": round(overlap, 4), "source_match": source}


def evaluate_polnear(
    path: Path,
    settings: Settings | None = None,
    limit: int | None = None,
    *,
    later_stages: bool = False,
    part: str = "all",
    pipeline: Any = None,
) -> dict[str, Any]:
    """Score stancemap's quotes (through the Pipeline) and textacy on a PolNeAR split.

    The pipeline runs parse, actors and quotes, so speakers come through the
    actors stage; events and stances are switched off unless ``later_stages``.
    ``pipeline`` reuses an already loaded one (its parser; ``settings`` win).
    """
    started = time.perf_counter()
    prepared = prepare_polnear(
        path, settings, limit, later_stages=later_stages, part=part, pipeline=pipeline
    )
    tallies, failures = prepared.score()
    articles = prepared.articles
    return {
        "split": str(path),
        "part": part,
        "articles": len(articles),
        "gold_attributions": sum(len(a.attributions) for a in articles),
        "failures": failures,
        "matching": OVERLAP_DEFINITION,
        "stancemap": {k: t.as_dict() for k, t in tallies.items()},
        "textacy": {k: t.as_dict() for k, t in prepared.textacy.items()},
        "seconds": round(time.perf_counter() - started, 1),
    }
