"""The pipeline: the library API and the orchestrator that runs the stages in order.

    import stancemap
    analysis = stancemap.analyze("Lee said the talks failed.", date="2024-11-14")
    pipeline = stancemap.Pipeline(stancemap.load_settings("my.toml"))
    for result in pipeline.pipe(texts_or_documents, batch_size=32):
        ...  # an Analysis, or a Failure saying which document failed and why

Steps, for each document:
 1. nlp      - parse paragraph by paragraph (one spaCy Doc, exact offsets)
 2. actors   - link and resolve mentions -> ActorLayer
 3. quotes   - attributions with resolved speakers
 4. events   - PLOVER/CAMEO events with mode
 5. stances  - statements (actor, issue, polarity) from quotes and events
 6. alignment- relations between actor pairs in the document

Documents are parsed in batches (``nlp.pipe``). Everything that can fail on one
document - turning the input into a ``Document``, its date, every stage and the
building of its ``Analysis`` - runs inside one guard: a failing document becomes
a ``Failure`` in its place and the batch goes on.

Evaluation and ablation parse once (``parse``) and run the stages again under
other settings (``run``), e.g. with one rule switched off.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date as Date
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorStage
from .actors.affiliation import with_affiliations
from .actors.document_modifiers import (
    THING_HEAD_FREQUENT_GROUP,
    with_modifier_mentions,
    with_thing_modifier_mentions,
)
from .actors.generic_agents import GENERIC_GROUPS, with_generic
from .actors.owned_bodies import with_owners
from .alignment import relate_document
from .budget import document_budget
from .config import Settings, load_settings
from .errors import InputError, StageError
from .evaluate.calibrate import calibrate_records
from .events import EventStage
from .events.prospects import ATTEMPT, ATTEMPTED_ACT, attempted_events
from .events.prospects import PROSPECTIVE_COMPLEMENT as PROSPECTIVE
from .ingest import Document, make_document
from .ingest.dates import given_date
from .nlp import load_pipeline, parse_documents
from .nlp.headline_case import SENTENCE_CASE as HEADLINE_SENTENCE_CASE
from .nlp.pipeline import parse_rules_of, parse_rules_on
from .quotes import QuoteStage
from .quotes.late_speakers import fill_late_speakers
from .quotes.rulebook import LATE_GROUP as LATE_GROUP_SPEAKER
from .records import Actor, Analysis, DatePeriod, Event
from .rules import RuleSwitches
from .stances import (
    CO_SOURCES_TOGETHER,
    JOINT_APPEAL,
    JOINT_SUBJECT_ACT,
    StanceStage,
    joint_appeals,
    joint_subject_acts,
    together_acts,
)
from .windows import analyze_in_windows, needs_windows

log = logging.getLogger(__name__)

# Stages after the parse, in order; "actors" always runs (every later stage reads it).
STAGES: tuple[str, ...] = ("actors", "quotes", "events", "stances", "alignment")
DocumentInput = Document | str | Mapping[str, Any]


@dataclass
class Failure:
    """A document that could not be analysed, and why (reported, never raised by ``pipe``)."""

    source: str
    reason: str
    doc_id: str | None = None
    stage: str | None = None  # "input", a stage name, or "record" (building the Analysis)
    traceback: str | None = None  # the cause's traceback, as text


@dataclass
class Parsed:
    """A document and its parse, kept to run the stages again under other settings."""

    document: Document
    doc: Doc


def check_date(value: object, source: str = "date") -> str | None:
    """An ISO date (YYYY-MM-DD, a real day) or None; anything else is an ``InputError``."""
    if value is None:
        return None
    if isinstance(value, Date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError(source, f"date must be a YYYY-MM-DD string, not {type(value).__name__}")
    # Records from other coders carry "20090106" or "2009/01/06": one day each, so
    # they are read (and written out as YYYY-MM-DD, as the contract holds) rather
    # than failing the whole document; "06/07/2009" stays an error.
    day = given_date(value)
    if day is None:
        raise InputError(source, f"{value!r} is not a date; use YYYY-MM-DD (e.g. 2024-11-14)")
    return day


def check_period(value: object, source: str = "period") -> DatePeriod | None:
    """A known period (session 62 DT): a ``DatePeriod``, a mapping with ``start`` and
    ``end`` or a (start, end) pair of ISO dates, start not after end; or None."""
    if value is None or isinstance(value, DatePeriod):
        return value
    if isinstance(value, Mapping):
        ends: object = (value.get("start"), value.get("end"))
    else:
        ends = value
    if not isinstance(ends, tuple | list) or len(ends) != 2:
        raise InputError(source, "period must be (start, end), two YYYY-MM-DD dates")
    start, end = (check_date(v, source) for v in ends)
    if start is None or end is None or start > end:
        raise InputError(source, f"period {ends!r} needs a start on or before its end")
    return DatePeriod(start=start, end=end)


def _check_text(value: object, source: str) -> str:
    if isinstance(value, bytes | bytearray):
        raise InputError(source, "text is bytes; decode it first (e.g. data.decode('utf-8'))")
    if not isinstance(value, str):
        raise InputError(source, f"text must be a str, not {type(value).__name__}")
    return value


def _check_optional(value: object, field: str, source: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InputError(source, f"{field} must be a str, not {type(value).__name__}")
    return value


class _Stages:
    """The stage objects built for one settings tree (cheap: the KB is cached)."""

    def __init__(self, settings: Settings, enabled: Iterable[str]) -> None:
        self.enabled = frozenset(enabled) | {"actors"}
        unknown = self.enabled - set(STAGES)
        if unknown:
            raise ValueError(f"unknown stages {sorted(unknown)}; choose from {', '.join(STAGES)}")
        self.actors = ActorStage(settings)
        self.quotes = QuoteStage(settings)
        self.events = EventStage(settings)
        self.stances = StanceStage(settings)


_FROZEN = [False]  # gc.freeze() is process-wide: once per process


def _freeze_loaded_objects() -> None:
    """After the first analysed document, move what loading created out of the
    cyclic collector's sight: the parser, the knowledge base, WordNet and the
    lexicons (several of them load lazily, on first use, hence after a document
    rather than in ``__init__``) - some 500,000 objects that live as long as the
    process.

    Every full collection otherwise walks them all again while the stages make
    their short-lived records: on 20 PolNeAR articles the collector took 0.69 of
    4.6 CPU-s of stage time, 0.39 with the freeze (session 31, timed through
    ``gc.callbacks``). Collect first, so that no garbage is frozen; frozen
    objects are still freed by reference counting when they are dropped.
    """
    if _FROZEN[0]:
        return
    _FROZEN[0] = True
    gc.collect()
    gc.freeze()


class Pipeline:
    """Loads the parser and the stages once; analyses texts and documents.

    ``settings`` defaults to the shipped defaults; ``stages`` names the stages
    after the parse to run (default all; ``actors`` always runs, a stage left
    out yields no records). ``[rules] disable`` is checked here: a pattern that
    names no rule is a ``ConfigError``.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        stages: Iterable[str] = STAGES,
        nlp: Language | None = None,
    ) -> None:
        self.settings = settings if settings is not None else load_settings()
        self.switches = RuleSwitches.from_settings(self.settings)
        self.switches.validate()
        self._headlines = self.switches.enabled(HEADLINE_SENTENCE_CASE)
        built = _Stages(self.settings, stages)
        self.stages = built.enabled
        self.actors = built.actors
        self.quotes = built.quotes
        self.events = built.events
        self.stances = built.stances
        if nlp is not None and parse_rules_of(nlp) != parse_rules_on(self.switches):
            nlp = (
                None  # a parser tokenizing otherwise is not this pipeline's: never re-cut in place
            )
        self.nlp = (
            nlp
            if nlp is not None
            else load_pipeline(self.settings.nlp, self.actors.ruler_patterns, self.switches)
        )
        log.debug(
            "pipeline ready: stages %s, rules off %s", sorted(self.stages), self.switches.patterns
        )

    # ------------------------------------------------------------------ public API

    def analyze(
        self,
        text: str,
        *,
        date: str | Date | None = None,
        doc_id: str | None = None,
        title: str | None = None,
        period: DatePeriod | tuple[str, str] | None = None,
    ) -> Analysis:
        """Analyse one text. Bad input is an ``InputError`` before any stage runs;
        a stage that fails raises ``StageError`` (its ``__cause__`` keeps the traceback).
        ``period`` (start, end) is where an undated text is known to fall (session 62)."""
        source = doc_id or "text"
        document = self._document(
            {"text": text, "date": date, "id": doc_id, "title": title, "period": period}, source
        )
        try:
            doc = next(
                iter(
                    parse_documents(
                        self.nlp, [document.text], self.settings.nlp, headlines=self._headlines
                    )
                )
            )
        except Exception as exc:
            raise StageError("nlp", document.id, exc) from exc
        analysis = self._analyze_parsed(Parsed(document, doc))
        _freeze_loaded_objects()
        return analysis

    def pipe(
        self, documents: Iterable[DocumentInput], batch_size: int = 32
    ) -> Iterator[Analysis | Failure]:
        """One ``Analysis`` or ``Failure`` per input, in input order, streaming.

        An input is a ``Document``, a text, or a mapping with ``text`` and
        optional ``id``, ``date``, ``title``, ``source``. A failure is reported in
        the input's place and never raised through the batch.
        """
        for item in self._parse_stream(documents, batch_size):
            if isinstance(item, Failure):
                yield item
            else:
                yield self._guarded(item)

    def parse(
        self, documents: Iterable[DocumentInput], batch_size: int = 32
    ) -> list[Parsed | Failure]:
        """Parse once; ``run`` then runs the stages on the parses under any settings."""
        return list(self._parse_stream(documents, batch_size))

    def run(
        self,
        parsed: Iterable[Parsed | Failure],
        settings: Settings | None = None,
        *,
        stages: Iterable[str] | None = None,
    ) -> Iterator[Analysis | Failure]:
        """The stages (not the parse) again, under ``settings`` and ``stages`` if given."""
        pipeline = (
            self if settings is None and stages is None else self.derive(settings, stages=stages)
        )
        for item in parsed:
            yield item if isinstance(item, Failure) else pipeline._guarded(item)

    def derive(
        self, settings: Settings | None = None, *, stages: Iterable[str] | None = None
    ) -> Pipeline:
        """A pipeline with other settings or stages that shares this one's parser
        when the parse would be the same."""
        settings = settings if settings is not None else self.settings
        same_parse = (
            settings.nlp == self.settings.nlp
            and settings.actors.extra_kb == self.settings.actors.extra_kb
            and parse_rules_on(RuleSwitches.from_settings(settings))
            == parse_rules_on(self.switches)
        )
        return Pipeline(
            settings,
            stages=self.stages if stages is None else stages,
            nlp=self.nlp if same_parse else None,
        )

    # ------------------------------------------------------------------ inside

    def _document(self, item: DocumentInput, source: str) -> Document:
        """A ``Document`` from any accepted input; an ``InputError`` if it is not one."""
        if isinstance(item, Document):
            _check_text(item.text, item.source or item.id)
            day = check_date(item.date, f"{item.source or item.id}: date")
            return item if day == item.date else dataclasses.replace(item, date=day)
        if isinstance(item, str):
            return make_document(
                item,
                strip_boilerplate=self.settings.ingest.strip_boilerplate,
                switches=self.switches,  # [rules] disable reaches ingest.pages.*
                tagger=self.settings.nlp.model,  # and [nlp] model the page reader's tagger
            )
        if not isinstance(item, Mapping):
            raise InputError(
                source, f"expected a text, a Document or a mapping, not {type(item).__name__}"
            )
        unknown = set(item) - {"text", "id", "date", "title", "source", "author", "period"}
        if unknown:
            raise InputError(source, f"unknown keys {sorted(unknown)}")
        text = _check_text(item.get("text"), source)
        doc_id = _check_optional(item.get("id"), "id", source)
        return make_document(
            text,
            doc_id=doc_id,
            date=check_date(item.get("date"), f"{doc_id or source}: date"),
            title=_check_optional(item.get("title"), "title", source),
            source=_check_optional(item.get("source"), "source", source),
            author=_check_optional(item.get("author"), "author", source),
            strip_boilerplate=self.settings.ingest.strip_boilerplate,
            switches=self.switches,
            tagger=self.settings.nlp.model,
            period=check_period(item.get("period"), f"{doc_id or source}: period"),
        )

    def _parse_stream(
        self, documents: Iterable[DocumentInput], batch_size: int
    ) -> Iterator[Parsed | Failure]:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        numbered = enumerate(documents, start=1)
        while batch := list(islice(numbered, batch_size)):
            slots: list[Document | Failure] = []
            for number, item in batch:
                source = _name(item, number)
                try:
                    slots.append(self._document(item, source))
                except Exception as exc:  # a bad input is reported in its place
                    slots.append(_failure(source, None, "input", exc))
            good = [s for s in slots if isinstance(s, Document)]
            docs = iter(self._parse_batch(good))
            for slot in slots:
                if isinstance(slot, Failure):
                    log.warning("skipped %s: %s", slot.source, slot.reason)
                    yield slot
                    continue
                doc = next(docs)
                if isinstance(doc, Failure):
                    yield doc
                else:
                    yield Parsed(slot, doc)

    def _parse_batch(self, documents: list[Document]) -> list[Doc | Failure]:
        """Parses in one ``nlp.pipe`` run; if that fails, one by one so that only the
        document at fault fails."""
        try:
            return list(
                parse_documents(
                    self.nlp,
                    (d.text for d in documents),
                    self.settings.nlp,
                    headlines=self._headlines,
                )
            )
        except Exception as exc:
            log.debug("batch parse failed (%r); parsing one by one", exc)
        out: list[Doc | Failure] = []
        for document in documents:
            try:
                out.extend(
                    parse_documents(
                        self.nlp, [document.text], self.settings.nlp, headlines=self._headlines
                    )
                )
            except Exception as exc:
                out.append(_failure(document.source or document.id, document.id, "nlp", exc))
        return out

    def _guarded(self, parsed: Parsed) -> Analysis | Failure:
        document = parsed.document
        ingest = self.settings.ingest
        try:
            # a runaway document is stopped and reported; see budget.py for how
            with document_budget(ingest.max_seconds, ingest.max_memory_mb):
                analysis = self._analyze_parsed(parsed)
            _freeze_loaded_objects()
            return analysis
        except StageError as exc:
            failure = _failure(document.source or document.id, document.id, exc.stage, exc.cause)
        except Exception as exc:  # one bad document must not end a batch
            failure = _failure(document.source or document.id, document.id, "record", exc)
        log.warning("failed %s: %s", failure.source, failure.reason)
        return failure

    def _joint_acts(self, doc: Doc, events: Iterable[Event]) -> frozenset[str]:
        """The joint-subject acts ("X and Y lamented illegal immigration", read from the
        parse) the alignment stage takes as no rivalry, when their rule is on; with
        ``stances.relations.co_sources_together`` (session 67 RQ) also every hostile act of
        several sources and no target that is not mutual ("X and Y attacked the plan")."""
        events = list(events)
        out: frozenset[str] = frozenset()
        if self.switches.enabled(JOINT_SUBJECT_ACT):
            out = joint_subject_acts(doc, events)
        if self.switches.enabled(CO_SOURCES_TOGETHER):
            out = out | together_acts(doc, events)
        return out

    def _attempts(self, doc: Doc, events: list[Event]) -> frozenset[str]:
        """The events unreal only by a word of attempt ("tried to meet X"), where
        ``events.mode.attempted_act`` (and ``events.mode.prospective_complement``) made them
        so (session 70 RE): marked ``Event.prospect`` "attempt"."""
        if not (self.switches.enabled(ATTEMPTED_ACT) and self.switches.enabled(PROSPECTIVE)):
            return frozenset()
        return attempted_events(doc, events)

    def _appeals(
        self, doc: Doc, events: Iterable[Event], actors: Iterable[Actor]
    ) -> frozenset[str]:
        """The requests the parse addresses to two or more joined parties ("called on India
        and Pakistan to ..."), when ``stances.relations.joint_appeal_addressees`` is on
        (session 67 RQ)."""
        if not self.switches.enabled(JOINT_APPEAL):
            return frozenset()
        return joint_appeals(doc, events, actors)

    def _analyze_parsed(self, parsed: Parsed) -> Analysis:
        """Every stage, then the ``Analysis``; any error is a ``StageError`` naming where."""
        doc, document = parsed.doc, parsed.document
        stage = "actors"
        on = self.stages
        size = self.settings.ingest.window_chars
        if len(document.text) > size and needs_windows(doc, document.text, size):
            # very long: the stages run per window, merged with offsets shifted back
            return analyze_in_windows(
                doc,
                document,
                size,
                lambda d, w: self._analyze_parsed(Parsed(w, d)),
                lambda a: (
                    relate_document(
                        a.statements,
                        a.events,
                        actors=a.actors,
                        quotes=a.quotes + a.embedded_quotes,
                        # each window's events carry the parse's marks (marked_parties)
                        switches=self.switches,
                    )
                    if "alignment" in on
                    else []
                ),
            )
        try:
            layer = self.actors(doc, document)
            stage = "quotes"
            # a resolution read only as an event's source (``ActorLayer.before``) gives
            # no quote a speaker and no stance its holder of its own
            said = layer.before or layer
            quotes = self.quotes(doc, document, said) if "quotes" in on else []
            stage = "events"
            events = self.events(doc, document, layer, quotes) if "events" in on else []
            if layer.before is not None and self.switches.enabled(LATE_GROUP_SPEAKER):
                # after the events read the quotes as they were: a late group speaks only
                # where the quote had no speaker (``quotes.late_speakers``)
                quotes = fill_late_speakers(doc, quotes, layer)
            # confidences as the precision measured on dev gold (issue 14; data/calibration.toml)
            quotes, events = calibrate_records(quotes, events, self.switches)
            stage = "stances"
            statements = (
                self.stances(doc, document, said, quotes, events) if "stances" in on else []
            )
            stage = "alignment"
            actors = with_thing_modifier_mentions(
                layer,
                with_modifier_mentions(
                    layer,
                    with_owners(
                        layer,
                        with_generic(
                            layer,
                            with_affiliations(
                                layer,
                                layer.to_records(),
                                date=document.date,
                                switches=self.switches,
                                kb=self.actors.kb,
                            ),
                            groups=self.switches.enabled(GENERIC_GROUPS),
                        ),
                    ),
                ),
                frequent_group=self.switches.enabled(THING_HEAD_FREQUENT_GROUP),
            )
            if "alignment" in on:
                # "X and Y lamented illegal immigration": no rivals (read from the parse),
                # marked on the events so that re-resolving a stored analysis keeps it
                events = marked_parties(
                    events,
                    self._joint_acts(doc, events),
                    self._appeals(doc, events, actors),
                    self._attempts(doc, events),
                )
            relations = (
                relate_document(
                    statements, events, actors=actors, quotes=quotes, switches=self.switches
                )
                if "alignment" in on
                else []
            )
            stage = "record"
            analysis = Analysis(
                document=document.info(),
                text=document.text,
                actors=actors,
                quotes=[q for q in quotes if q.within is None],
                embedded_quotes=[q for q in quotes if q.within is not None],
                events=events,
                statements=statements,
                relations=relations,
            )
        except Exception as exc:
            raise StageError(stage, document.id, exc) from exc
        log.debug("analysed %s: %d quotes, %d events", document.id, len(quotes), len(events))
        return analysis


def marked_parties(
    events: list[Event],
    together: frozenset[str],
    appeals: frozenset[str],
    attempts: frozenset[str] = frozenset(),
) -> list[Event]:
    """``events`` with ``sources_together`` / ``joint_appeal`` set on those the parse read so
    (session 67 lead), and ``prospect`` "attempt" on those unreal only by a word of attempt
    (session 70 RE, ``events.prospects.attempted_events``): the relations stage reads the
    marks, with or without a parse."""
    if not together and not appeals and not attempts:
        return events
    return [
        e.model_copy(
            update={
                "sources_together": True if e.id in together else e.sources_together,
                "joint_appeal": True if e.id in appeals else e.joint_appeal,
                "prospect": ATTEMPT if e.id in attempts else e.prospect,
            }
        )
        if e.id in together or e.id in appeals or e.id in attempts
        else e
        for e in events
    ]


def _name(item: object, number: int) -> str:
    """How a failure names its input: its source or id, else its place in the batch."""
    if isinstance(item, Document):
        return item.source or item.id
    if isinstance(item, Mapping):
        for key in ("source", "id"):
            if isinstance(item.get(key), str):
                return str(item[key])
    return f"document {number}"


def _failure(source: str, doc_id: str | None, stage: str, exc: BaseException) -> Failure:
    reason = str(exc) if isinstance(exc, InputError) else f"{stage}: {exc!r}"
    return Failure(
        source=source,
        reason=reason,
        doc_id=doc_id,
        stage=stage,
        traceback="".join(traceback.format_exception(exc)),
    )


_default: Pipeline | None = None


def analyze(
    text: str,
    *,
    date: str | Date | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    period: DatePeriod | tuple[str, str] | None = None,
) -> Analysis:
    """Analyse one text with the default settings (the pipeline is loaded once per process);
    ``period`` (start, end): where an undated text is known to fall (session 62)."""
    global _default
    # refuse bad input before paying for loading the parser
    _check_text(text, doc_id or "text")
    check_date(date)
    check_period(period)
    if _default is None:
        _default = Pipeline()
    return _default.analyze(text, date=date, doc_id=doc_id, title=title, period=period)


class Analyzer(Pipeline):
    """The orchestrator's old name and methods, kept for existing callers."""

    def analyze_text(
        self, text: str, *, doc_id: str | None = None, date: str | None = None
    ) -> Analysis:
        return self.analyze(text, doc_id=doc_id, date=date)

    def analyze_documents(
        self, documents: Iterable[Document], batch_docs: int = 32
    ) -> Iterator[Analysis | Failure]:
        return self.pipe(documents, batch_size=batch_docs)
