"""A corpus of analyses, read from the contract's JSON Lines (``stancemap analyze --jsonl``).

Only the JSON is read - never spaCy Docs - so the same code can later sit on a
database. Issues are merged across documents (same frame, overlapping
argument actors) and then corrected by the user's issue registry.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import SCHEMA_ID
from ..rules import declare
from ..stances.issues import IssueKey, cluster_issues, parse_issue_id
from ..stances.lexicon import default_lexicon
from ..stances.registry import IssueRegistry
from ..stances.similarity import DEFAULT_THRESHOLD, Encoder, similar_issues
from .attempts import attempt_ids, attempt_rule
from .names import NameIndex, join_ids, join_issue
from .relations import (
    CONTEST_APART,
    CORPUS_DOCUMENT_RULES,
    MEMBERSHIP_ACT,
    direct_statement,
    is_contest,
    membership_bodies,
    quote_voices,
    reality_table,
    said_rule,
)
from .scoring import (
    HOSTILE_REQUEST,
    EventObs,
    StanceObs,
    acted_each,
    hostile_request,
    leaders_of,
)
from .sides import Sides
from .told_unreal import told_rule


@dataclass
class CorpusStatement:
    ref: str  # "doc#s1"
    doc: str
    date: date | None
    actor: str
    issue: str  # the merged issue id
    raw_issue: str  # the id the document gave
    polarity: int
    confidence: float
    text: str | None = None
    sources: tuple[str, ...] = ()  # document-qualified quote/event ids
    mode: str | None = None  # the statement's mode (session 28, stances/modes.py)
    direct: bool = True  # the holder's own words or act (relations.direct_statement)

    def obs(self) -> StanceObs:
        return StanceObs(
            self.actor,
            self.issue,
            self.polarity,
            self.confidence,
            self.ref,
            self.sources,
            mode=self.mode,
            direct=self.direct,
        )


@dataclass
class CorpusEvent:
    doc: str
    date: date | None
    obs: EventObs
    trigger: str = ""  # the trigger's words (declared turns read them: alignment/declared.py)
    evidence: str = ""  # the evidence sentence


@dataclass
class Corpus:
    documents: dict[str, date | None] = field(default_factory=dict)
    actor_names: dict[str, str] = field(default_factory=dict)
    statements: list[CorpusStatement] = field(default_factory=list)
    events: list[CorpusEvent] = field(default_factory=list)
    issue_labels: dict[str, str] = field(default_factory=dict)
    raw_issues: dict[str, list[str]] = field(default_factory=dict)  # merged id -> raw ids
    leaders: dict[str, list[str]] = field(default_factory=dict)  # country actor -> its leaders
    sides: Sides | None = None  # affiliation (one side: no relation) and states' leaders
    aliases: dict[str, str] = field(default_factory=dict)  # person id joined corpus-wide -> id
    # the rules.RuleSwitches it was built with: scoring it (timeseries.pair_series) obeys them
    switches: Any = None
    # evidence ref ("doc#s1") -> how real it is, for what is not (so) (session 28:
    # relations.reality_table; refs not listed are real)
    reality: dict[str, float] = field(default_factory=dict)
    _by_ref: dict[str, CorpusStatement] = field(default_factory=dict, repr=False)

    def name(self, actor: str) -> str:
        return self.actor_names.get(actor, actor)

    def find_actor(self, query: str) -> str | None:
        """An actor id from an id (a joined one gives its person's id) or a (case-insensitive) name."""
        query = self.aliases.get(query, query)
        if query in self.actor_names:
            return query
        low = query.lower()
        for actor_id, name in self.actor_names.items():
            if name.lower() == low:
                return actor_id
        for actor_id, name in self.actor_names.items():
            if low in name.lower():
                return actor_id
        return None

    def statement(self, ref: str) -> CorpusStatement | None:
        if len(self._by_ref) != len(self.statements):
            self._by_ref = {s.ref: s for s in self.statements}
        return self._by_ref.get(ref)


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(where, f"document.date is not YYYY-MM-DD: {value!r}") from None


REPORT_DATE = declare(
    "alignment.corpus.report_date",
    "an event dated after its article (a planned meeting, a predicted convention, an "
    "'if she is the nominee') is dated at the article: news of a relation is known on "
    "the day it is reported, not on the day a prediction names",
    order=10,
)


def _event_date(stated: date | None, published: date | None, switches: Any) -> date | None:
    """The date an event counts at in a corpus timeline (see ``REPORT_DATE``)."""
    if stated is None:
        return published
    future = published is not None and stated > published
    if future and (switches is None or switches.enabled(REPORT_DATE)):
        return published
    return stated


def _span_text(span: Any) -> str:
    """The text of a contract span object ({start, end, text}); "" when absent."""
    return str(span.get("text") or "") if isinstance(span, dict) else ""


def _event_type(etype: str, event: dict[str, Any], switches: Any) -> str:
    """The type the scorer reads: a request against the one it names is a DEMAND
    (``alignment.score.hostile_request``), as in a document's relations."""
    if switches is not None and not switches.enabled(HOSTILE_REQUEST):
        return etype
    cameo = event.get("cameo")
    return "DEMAND" if hostile_request(etype, cameo if isinstance(cameo, str) else None) else etype


def _acted_each(event: dict[str, Any]) -> bool:
    """``scoring.acted_each`` of a contract event object: "both"/"each" before its trigger."""
    evidence, trigger = event.get("evidence"), event.get("trigger")
    if not isinstance(evidence, dict) or not isinstance(trigger, dict):
        return False
    start, at = evidence.get("start"), trigger.get("start")
    return acted_each(
        _span_text(evidence),
        start if isinstance(start, int) else None,
        at if isinstance(at, int) else None,
    )


def _need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj or not isinstance(obj[key], kind):
        raise InputError(where, f"missing or malformed field '{key}'")
    return obj[key]


def read_analyses(path: str | Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-empty line of a JSON Lines file."""
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not UTF-8 text (byte {exc.start}); not analyze output"
        ) from None
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{no}", f"not valid JSON: {exc.msg}") from None
        except RecursionError:
            raise InputError(f"{path}:{no}", "JSON nested too deeply to read") from None
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{no}", "each line must be one analysis object")
        _check_schema(obj.get("schema"), f"{path}:{no}")
        yield no, obj


def _check_schema(value: Any, where: str) -> None:
    """Refuse analyses written under another major schema version (fields may differ)."""
    if value is None or value == SCHEMA_ID:
        return
    raise InputError(
        where,
        f"schema {value!r} is not {SCHEMA_ID!r}, the one this version of stancemap reads; "
        "analyse the documents again with this version, or upgrade stancemap",
    )


def build_corpus(
    analyses: Iterable[tuple[str, dict[str, Any]]],
    registry: IssueRegistry | None = None,
    encoder: Encoder | None = None,
    similarity_threshold: float = DEFAULT_THRESHOLD,
    switches: Any = None,
) -> Corpus:
    """A corpus from (where, analysis object) pairs; ``where`` names the input in errors.

    ``encoder`` (see ``stances.similarity``) also merges issues whose labels mean the same:
    those whose label cosine reaches ``similarity_threshold``. One person's ids are
    joined (``names``: a surname alone, a middle initial); ``switches``
    (``rules.RuleSwitches``) can turn those ``alignment.names.*`` rules off.
    """
    registry = registry or IssueRegistry()
    corpus = Corpus(switches=switches)
    labels: dict[str, Counter[str]] = {}
    actor_records: dict[str, dict[str, Any]] = {}
    names = NameIndex(switches.enabled if switches is not None else None)

    def rules(name: str) -> bool:
        """The document rule ``name`` applies to the corpus (``CORPUS_DOCUMENT_RULES``):
        only where the corpus is built with switches that turn both on."""
        return (
            switches is not None
            and switches.enabled(CORPUS_DOCUMENT_RULES)
            and switches.enabled(name)
        )

    for where, obj in analyses:
        document = _need(obj, "document", dict, where)
        doc_id = _need(document, "id", str, where)
        when = _date(document.get("date"), where)
        corpus.documents[doc_id] = when
        for actor in obj.get("actors") or []:
            actor_id = _need(actor, "id", str, where)
            corpus.actor_names.setdefault(actor_id, str(actor.get("name") or actor_id))
            actor_records.setdefault(actor_id, actor)
        local = names.add_document(doc_id, obj.get("actors") or [])
        first = len(corpus.statements), len(corpus.events)
        speakers = {
            str(q.get("id")): (q.get("speaker"), q.get("speaks_for"))
            for q in obj.get("quotes") or []
            if isinstance(q, dict)
        }
        doers = {
            str(e.get("id")): tuple(e.get("source") or ())
            for e in obj.get("events") or []
            if isinstance(e, dict)
        }
        for st in obj.get("statements") or []:
            issue = _need(st, "issue", dict, where)
            issue_id = _need(issue, "id", str, where)
            polarity = _need(st, "polarity", int, where)
            if polarity not in (-1, 0, 1):
                raise InputError(where, f"statement polarity must be -1, 0 or 1, not {polarity}")
            labels.setdefault(issue_id, Counter())[str(issue.get("label") or issue_id)] += 1
            text = st.get("text")
            corpus.statements.append(
                CorpusStatement(
                    ref=f"{doc_id}#{_need(st, 'id', str, where)}",
                    doc=doc_id,
                    date=when,
                    actor=_need(st, "actor", str, where),
                    issue=issue_id,
                    raw_issue=issue_id,
                    polarity=polarity,
                    confidence=float(st.get("confidence", 1.0)),
                    text=text.get("text") if isinstance(text, dict) else None,
                    sources=tuple(f"{doc_id}#{e}" for e in st.get("evidence") or ()),
                    mode=st.get("mode"),
                    direct=direct_statement(
                        str(st.get("actor")), st.get("evidence") or (), speakers, doers
                    ),
                )
            )
        kinds = {
            str(a.get("id")): str(a.get("type") or "").lower()
            for a in obj.get("actors") or []
            if isinstance(a, dict)
        }
        for ev in obj.get("events") or []:
            source, target = tuple(ev.get("source") or ()), tuple(ev.get("target") or ())
            trigger = _span_text(ev.get("trigger"))
            each = _acted_each(ev)
            if rules(CONTEST_APART) and is_contest(trigger, source, target):
                each = True  # "X, Y and Z are competing": each in the race, as in the document
            if rules(MEMBERSHIP_ACT):  # "Steyer founded NextGen": no relation between them
                joined = membership_bodies(trigger, source, target, kinds)
                target = tuple(t for t in target if t not in joined)
            corpus.events.append(
                CorpusEvent(
                    doc=doc_id,
                    date=_event_date(_date(ev.get("date"), where), when, switches),
                    obs=EventObs(
                        type=_event_type(_need(ev, "type", str, where), ev, switches),
                        source=source,
                        target=target,
                        confidence=float(ev.get("confidence", 1.0)),
                        ref=f"{doc_id}#{_need(ev, 'id', str, where)}",
                        mode=ev.get("mode"),
                        reported=ev.get("reported_by") is not None,
                        each=each,
                    ),
                    trigger=_span_text(ev.get("trigger")),
                    evidence=_span_text(ev.get("evidence")),
                )
            )
        _read_reality(corpus, obj, doc_id, *first)
        if local:
            _relabel(labels, _rename(corpus, local, *first))
    corpus.aliases = names.corpus_aliases()
    if corpus.aliases:
        _relabel(labels, _rename(corpus, corpus.aliases, 0, 0))
    used = {s.actor for s in corpus.statements}
    used.update(a for e in corpus.events for a in e.obs.source + e.obs.target)
    for table in [corpus.aliases, *names.local.values()]:
        for alias in table:
            if alias not in used:  # joined wherever it was named
                actor_records.pop(alias, None)
                corpus.actor_names.pop(alias, None)
    corpus.leaders = leaders_of(actor_records.values())
    corpus.sides = Sides(
        actor_records.values(), enabled=switches.enabled if switches is not None else None
    )
    _merge_issues(corpus, registry, labels, encoder, similarity_threshold)
    return corpus


def _read_reality(
    corpus: Corpus, obj: Mapping[str, Any], doc_id: str, statements: int, events: int
) -> None:
    """The document's evidence of what is not (so), as the per-document relations read it
    (``relations.reality_table``), under document-qualified refs."""
    speakers = {
        f"{doc_id}#{q['id']}": str(q["speaker"])
        for q in obj.get("quotes") or []
        if isinstance(q, dict) and q.get("id") and q.get("speaker")
    }
    acts = [
        (e.obs.ref, e.obs.type, e.obs.mode, reported, e.obs.source)
        for e, reported in zip(
            corpus.events[events:],
            [
                f"{doc_id}#{ev['reported_by']}" if ev.get("reported_by") else None
                for ev in obj.get("events") or []
            ],
            strict=False,
        )
    ]
    said = [(s.ref, s.actor, s.sources, s.mode) for s in corpus.statements[statements:]]
    on = corpus.switches.enabled if corpus.switches is not None else None
    said_mode, said_only = said_rule(on)
    voices = quote_voices(
        (
            (f"{doc_id}#{q['id']}", q.get("speaker"), q.get("speaks_for"))
            for q in obj.get("quotes") or []
            if isinstance(q, dict) and q.get("id")
        ),
        {
            str(a["id"]): (str(a.get("type") or ""), a.get("country"))
            for a in obj.get("actors") or []
            if isinstance(a, dict) and a.get("id")
        },
    )
    told = told_rule(on)
    attempts = (
        attempt_ids(
            (f"{doc_id}#{ev['id']}", ev.get("prospect"))
            for ev in obj.get("events") or []
            if isinstance(ev, dict) and ev.get("id")
        )
        if attempt_rule(on)
        else frozenset()
    )
    corpus.reality.update(
        reality_table(acts, said, speakers, said_mode, voices, said_only, told, attempts)
    )


def _rename(
    corpus: Corpus, aliases: Mapping[str, str], statements: int, events: int
) -> dict[str, str]:
    """Put the statements and events from the given indexes on the joined ids
    (actors, and the actors an issue id names); returns old -> new issue ids."""
    issues: dict[str, str] = {}

    def one(actor: str) -> str:
        return aliases.get(actor, actor)

    for st in corpus.statements[statements:]:
        st.actor = one(st.actor)
        new = join_issue(st.raw_issue, aliases)
        if new != st.raw_issue:
            issues[st.raw_issue] = new
            st.raw_issue = st.issue = new
    items = [e for e in corpus.events[events:] if set(e.obs.source + e.obs.target) & set(aliases)]
    _, joined = join_ids([], [e.obs for e in items], aliases)
    for item, obs in zip(items, joined, strict=True):
        item.obs = obs
    return issues


def _relabel(labels: dict[str, Counter[str]], issues: Mapping[str, str]) -> None:
    """Move the label votes of renamed issue ids to their new ids."""
    for old, new in issues.items():
        if old in labels and old != new:
            labels.setdefault(new, Counter()).update(labels[old])


def load_corpus(
    path: str | Path,
    registry: IssueRegistry | None = None,
    encoder: Encoder | None = None,
    similarity_threshold: float = DEFAULT_THRESHOLD,
    switches: Any = None,
) -> Corpus:
    """Read ``stancemap analyze --jsonl`` output into a corpus."""
    rows = ((f"{path}:{no}", obj) for no, obj in read_analyses(path))
    corpus = build_corpus(rows, registry, encoder, similarity_threshold, switches)
    if not corpus.documents:
        raise InputError(
            str(path), "holds no analyses (empty file); expected stancemap analyze --jsonl output"
        )
    return corpus


def _merge_issues(
    corpus: Corpus,
    registry: IssueRegistry,
    labels: dict[str, Counter[str]],
    encoder: Encoder | None = None,
    similarity_threshold: float = DEFAULT_THRESHOLD,
) -> None:
    """Splits, then the automatic frame merge, then embeddings (if any), then the user's merges."""
    counts: Counter[IssueKey] = Counter()
    key_of: dict[str, IssueKey] = {}
    for st in corpus.statements:
        if st.raw_issue in registry.splits:
            continue
        key = key_of.setdefault(st.raw_issue, parse_issue_id(st.raw_issue))
        counts[key] += 1
    clusters = cluster_issues(counts, default_lexicon().frames, scope="corpus")
    id_of_key = {key: raw for raw, key in key_of.items()}
    for st in corpus.statements:
        if st.raw_issue in registry.splits:
            st.issue = registry.splits[st.raw_issue]
        else:
            st.issue = id_of_key[clusters(key_of[st.raw_issue])]
    if encoder is not None:
        merged_counts = Counter(st.issue for st in corpus.statements)
        raws_of: dict[str, set[str]] = {}
        for st in corpus.statements:
            raws_of.setdefault(st.issue, set()).add(st.raw_issue)
        merged_labels = {issue: _vote(labels, sorted(raws)) for issue, raws in raws_of.items()}
        similar = similar_issues(merged_labels, merged_counts, encoder, similarity_threshold)
        for st in corpus.statements:
            st.issue = similar.get(st.issue, st.issue)
    for st in corpus.statements:
        st.issue = registry.resolve(st.issue)
        raws = corpus.raw_issues.setdefault(st.issue, [])
        if st.raw_issue not in raws:
            raws.append(st.raw_issue)
    for issue, raws in corpus.raw_issues.items():
        corpus.issue_labels[issue] = registry.labels.get(issue) or _vote(labels, raws) or issue


def _vote(labels: dict[str, Counter[str]], raws: list[str]) -> str:
    votes: Counter[str] = Counter()
    for raw in raws:
        votes.update(labels.get(raw, Counter()))
    return votes.most_common(1)[0][0] if votes else ""
