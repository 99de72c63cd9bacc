"""One settings tree: shipped defaults (default_config.toml) + a user file + flags.

Stages receive the ``Settings`` object; none reads environment variables.

Every table of a user file replaces the keys it names, except ``[rules]``: its
``disable`` list adds to the shipped off-list (a user who switches one rule off
keeps the rules the project ships off, off) and its ``enable`` list switches
shipped-off rules back on. ``Settings.rules.disable`` is the result: the complete
list of what is off.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .rules import load_all


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


def default_dict() -> dict[str, Any]:
    text = resources.files("stancemap").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def shipped_off_list() -> list[str]:
    """The rules the project ships off: ``[rules] disable`` of default_config.toml."""
    return list(default_dict().get("rules", {}).get("disable", []))


class RuleSettings(_Section):
    # the user's enable list (rules the project ships off, switched on), as given:
    # load_settings has already applied it to ``disable``; kept to say why a rule is on
    enable: list[str] = []
    # rule names or fnmatch patterns (see `stancemap rules`) switched off: the whole
    # off-list (load_settings: the shipped one + the user's disable - what enable names).
    # The default is default_config.toml's list, read from it (a copy here drifted from
    # it twice in session 9): rules kept for users but off because their gain does not
    # show on check, each with its reason beside it there
    disable: list[str] = Field(default_factory=shipped_off_list)


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


RULE_LISTS = ("disable", "enable")
_PATTERN_CHARS = frozenset("*?[")


@dataclass
class RuleSources:
    """Where the off-list comes from: the shipped list and each user layer's lists."""

    shipped: list[str]
    disable: list[str] = field(default_factory=list)  # every user layer's, in order
    enable: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)  # the layers that had a [rules] table


def _rules_table(layer: dict[str, Any], where: str) -> dict[str, list[str]]:
    """Take a layer's ``[rules]`` table out of it (it is layered apart), its lists checked."""
    table = layer.pop("rules", None)
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [rules] must be a table (disable = [...], enable = [...])")
    out: dict[str, list[str]] = {}
    for key, value in table.items():
        if key not in RULE_LISTS:
            raise ConfigError(
                f"{where}: [rules] {key}: unknown key; use disable = [...] or enable = [...]"
            )
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: [rules] {key} must be a list of rule names or patterns")
        out[key] = list(value)
    both = sorted(set(out.get("disable", [])) & set(out.get("enable", [])))
    if both:
        raise ConfigError(f"{where}: [rules] {both[0]!r} is in both disable and enable")
    return out


def _check_rule_names(layers: list[tuple[str, dict[str, list[str]]]]) -> list[str]:
    """Every entry must name (or match) a registered rule: a misspelt name would
    otherwise switch nothing, silently. Returns the registered names."""
    names = load_all().names()
    for where, table in layers:
        for key in RULE_LISTS:
            for pattern in table.get(key, []):
                if not any(fnmatchcase(n, pattern) for n in names):
                    raise ConfigError(
                        f"{where}: [rules] {key}: {pattern!r} matches no rule "
                        "(see `stancemap rules`)"
                    )
    return names


def layer_rules(
    shipped: list[str],
    layers: list[tuple[str, dict[str, list[str]]]],
    names: list[str] | None = None,
) -> dict[str, list[str]]:
    """The off-list from the shipped one and the user layers, in order: a layer's
    ``enable`` takes the entries it matches off the list so far, its ``disable`` adds.

    A shipped pattern ("events.sense.*") that an enable covers only in part is
    replaced by the registered ``names`` it still switches off.
    """
    disable = list(shipped)
    enable: list[str] = []
    for _where, table in layers:
        on = table.get("enable", [])
        kept: list[str] = []
        for entry in disable:
            if any(fnmatchcase(entry, e) for e in on):
                continue
            if names is not None and _PATTERN_CHARS & set(entry):
                covered = [n for n in names if fnmatchcase(n, entry)]
                still = [n for n in covered if not any(fnmatchcase(n, e) for e in on)]
                if len(still) < len(covered):
                    kept += [n for n in still if n not in kept]
                    continue
            if entry not in kept:
                kept.append(entry)
        disable = kept + [d for d in table.get("disable", []) if d not in kept]
        enable += [e for e in on if e not in enable]
    return {"disable": disable, "enable": enable}


def _read_user_file(path: str | Path) -> dict[str, Any]:
    try:
        return tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def rule_sources(path: str | Path | None = None) -> RuleSources:
    """The shipped off-list and the user file's ``[rules]`` lists (``stancemap rules``
    says with them why each rule is on or off)."""
    sources = RuleSources(shipped=shipped_off_list())
    if path is not None:
        table = _rules_table(_read_user_file(path), str(path))
        if table:
            sources.where.append(str(path))
        sources.disable += table.get("disable", [])
        sources.enable += table.get("enable", [])
    return sources


def load_settings(
    path: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> Settings:
    """Defaults, then the user's TOML file, then ``overrides`` (from CLI flags).

    ``[rules]`` is layered apart (``layer_rules``): a layer's ``disable`` adds to the
    off-list, its ``enable`` switches shipped-off rules on; an entry that matches no
    rule is a ``ConfigError`` naming the file and the entry.
    """
    data = default_dict()
    shipped = list(data.get("rules", {}).get("disable", []))
    layers: list[tuple[str, dict[str, list[str]]]] = []
    if path is not None:
        user = _read_user_file(path)
        layers.append((str(path), _rules_table(user, str(path))))
        data = _merge(data, user)
    if overrides:
        over = dict(overrides)  # the caller's dict keeps its [rules]
        layers.append(("the command's options", _rules_table(over, "the command's options")))
        data = _merge(data, over)
    if any(table for _where, table in layers):
        data["rules"] = layer_rules(shipped, layers, _check_rule_names(layers))
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        where = f" in {path}" if path else ""
        raise ConfigError(f"invalid settings{where}:\n{exc}") from None
