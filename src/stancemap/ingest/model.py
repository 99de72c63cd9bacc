"""The small records readers hand around: what was read, what was skipped, and options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..config import IngestSettings, Settings
from ..records import DatePeriod
from ..rules import RuleSwitches

SkipKind = Literal["error", "duplicate", "language", "resumed"]

# Metadata a record (JSON object, CSV row) can carry, and the column names
# tried when the user names none. The first present, non-empty one wins.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext"),
    "id": ("id", "doc_id", "document_id", "uid"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "pubdate", "date_publish", "datetime"),
    "source": ("url", "source", "link"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang"),
}


@dataclass
class RawDocument:
    """A text as a reader found it, before cleaning, language and identity checks.

    ``plain`` marks text read as-is from a text file or stdin: it is never
    repaired, so offsets line up with the file.
    """

    text: str
    source: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    language: str | None = None
    plain: bool = False
    encoding: str | None = None


@dataclass
class Skip:
    """An input (or record) that was not turned into a document, and why.

    ``kind`` tells a real problem ("error") from an intended skip (a duplicate,
    an unsupported language, a document done in an earlier run).
    """

    source: str
    reason: str
    kind: SkipKind = "error"

    def to_dict(self) -> dict[str, str]:
        """The row written to the ``--errors`` report."""
        return {"source": self.source, "reason": self.reason, "kind": self.kind}


@dataclass
class IngestOptions:
    """Everything ingest can be told; built from ``[ingest]`` settings plus CLI flags."""

    format: str = "auto"
    fields: dict[str, str] = field(default_factory=dict)  # key -> column, overrides defaults
    max_bytes: int = 60_000_000
    min_chars: int = 1
    languages: tuple[str, ...] = ("en",)  # empty: every language goes on
    strip_boilerplate: bool = True
    date: str | None = None  # --date: every document's date, whatever it says
    default_date: str | None = None  # --default-date: only for documents without one
    # --period (session 62 DT): where every undated document is known to fall
    period: DatePeriod | None = None
    dedup: bool = True
    near_duplicate_threshold: float = 0.7
    allow_private: bool = False
    timeout_s: float = 20.0
    repair: bool = True
    # Files a directory walk passes over: the run's own state and error files.
    ignore: frozenset[str] = frozenset()
    # [rules] disable: names or patterns of rules switched off (ingest.pages.* here)
    disabled_rules: tuple[str, ...] = ()
    # [nlp] model: the spaCy pipeline whose tagger the page reader uses ("auto": installed)
    nlp_model: str = "auto"

    def switches(self) -> RuleSwitches:
        """The rule switches of ``disabled_rules`` (the page reader's rules)."""
        return RuleSwitches(self.disabled_rules)

    def columns(self, key: str) -> tuple[str, ...]:
        """The column names tried for metadata ``key`` (the user's choice alone, if any)."""
        if key in self.fields:
            return (self.fields[key],)
        return DEFAULT_FIELDS[key]

    @classmethod
    def from_settings(cls, settings: Settings | IngestSettings, **overrides: Any) -> IngestOptions:
        """Options from the settings, with CLI flags (``overrides``) on top.

        Given the whole ``Settings``, ``[rules] disable`` and ``[nlp] model`` reach
        the page reader too; given only the ``[ingest]`` section, every rule is on
        and the tagger is the installed English pipeline.
        """
        disabled: tuple[str, ...] = ()
        model = "auto"
        if isinstance(settings, Settings):
            disabled = tuple(settings.rules.disable)
            model = settings.nlp.model
            settings = settings.ingest
        base: dict[str, Any] = {
            "disabled_rules": disabled,
            "nlp_model": model,
            "max_bytes": settings.max_bytes,
            "min_chars": settings.min_chars,
            "languages": tuple(settings.languages),
            "strip_boilerplate": settings.strip_boilerplate,
        }
        base.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**base)
