"""One settings tree: shipped defaults (default_config.toml) + a user file + flags.

Stages receive the ``Settings`` object; none reads environment variables.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NlpSettings(_Section):
    model: str = "auto"
    batch_size: int = 64
    n_process: int = 1
    max_chunk_chars: int = 100_000
    entity_ruler: bool = True
    # spaCy's attribute_ruler replaced by a compiled one with the same output (nlp/attribute_ruler.py)
    compiled_attribute_ruler: bool = True
    # spaCy's lemmatizer asked once per (word, POS, morphology) (nlp/memo_lemmatizer.py)
    memo_lemmatizer: bool = True


class IngestSettings(_Section):
    min_chars: int = 1
    max_bytes: int = 60_000_000
    languages: list[str] = ["en"]
    strip_boilerplate: bool = True
    # per-document budget after the parse (0 = no limit); see stancemap/budget.py
    max_seconds: float = Field(default=1800.0, ge=0)
    max_memory_mb: float = Field(default=4000.0, ge=0)
    # longer texts run through the stages in windows of about this size (windows.py)
    window_chars: int = Field(default=50_000, ge=1000)


class ActorSettings(_Section):
    extra_kb: list[str] = []
    fuzzy_threshold: int = 88


class QuoteSettings(_Section):
    min_content_tokens: int = 3


class EventSettings(_Section):
    extra_lexicons: list[str] = []


class StanceSettings(_Section):
    embeddings: bool = False
    # cosine of two issue labels at which they merge; 1.0 = only identical labels.
    # Keep in step with stances.similarity.DEFAULT_THRESHOLD (a test checks it).
    similarity_threshold: float = Field(default=0.75, gt=0.0, le=1.0)


class AlignmentSettings(_Section):
    window: str = "month"


class RuleSettings(_Section):
    # rule names or fnmatch patterns (see `stancemap rules`) switched off; the default
    # list holds rules kept for users but off because their gain does not show on check
    disable: list[str] = [
        "events.trigger.infinitive_carries_the_act",
        "actors.link.city_country",
        "events.args.misread_subject",
        "actors.link.institution_list",
        "actors.agent.sentence_country_named",
        "actors.names.unknown_people",
        "actors.agent.sentence_country_person",
        "events.args.aimed_threat_condition",
        "events.args.aimed_opposed_in_phrase",
        "events.args.aimed_doer_of_object_act",
        "events.args.aimed_place_small_town",
    ]


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    # writes (analyze-and-store) need this token; empty = writes are refused
    write_token: str = ""
    # when set, reading needs this token (or the write token) too
    read_token: str = ""
    # largest text, HTML or fetched page the analyze endpoint accepts
    max_analyze_chars: int = Field(default=300_000, ge=1)
    page_size: int = Field(default=50, ge=1)
    max_page_size: int = Field(default=500, ge=1)
    # let the analyze endpoint fetch URLs on private, loopback or reserved addresses
    allow_private_urls: bool = False
    # the user KB layer the web's KB edits write (JSON Lines, read over the shipped KB
    # like [actors] extra_kb); empty = KB edits are refused
    user_kb: str = ""


class Settings(_Section):
    nlp: NlpSettings = NlpSettings()
    ingest: IngestSettings = IngestSettings()
    actors: ActorSettings = ActorSettings()
    quotes: QuoteSettings = QuoteSettings()
    events: EventSettings = EventSettings()
    stances: StanceSettings = StanceSettings()
    alignment: AlignmentSettings = AlignmentSettings()
    rules: RuleSettings = RuleSettings()
    web: WebSettings = WebSettings()


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def default_dict() -> dict[str, Any]:
    text = resources.files("stancemap").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_settings(
    path: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> Settings:
    """Defaults, then the user's TOML file, then ``overrides`` (from CLI flags)."""
    data = default_dict()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        data = _merge(data, user)
    if overrides:
        data = _merge(data, overrides)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        where = f" in {path}" if path else ""
        raise ConfigError(f"invalid settings{where}:\n{exc}") from None
