"""The trigger lexicon: which words announce which event, loaded from data.

The shipped lexicon is ``data/events/triggers.tsv`` (see its header for the
columns). Users may add lexicons through ``[events] extra_lexicons``: files in
the same TSV format, or a Phoenix/PETRARCH CAMEO verb dictionary (recognised by
its ``.txt`` verb-block format, see ``phoenix.py``). Shipped entries come
first, so a user file can add words but not silently change shipped ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..datafiles import constants, data_path, read_table
from ..rules import declare
from .light_nouns import DERIVED_VERB_MARK, derived_verbs
from .ontology import DataFileError, Ontology

ROLES = ("event", "light", "intent", "threat", "refuse", "demand", "none")
POS = ("V", "N")
COLUMNS = ("lemma", "pos", "role", "cameo", "requires", "type")
# slots a "!slot" condition may ask to be empty ("inf": an infinitive complement)
EMPTY_SLOTS = ("obj", "subj", "comp", "inf")


@dataclass(frozen=True)
class Requirement:
    """One condition a trigger needs in its parse neighbourhood.

    ``!slot`` (``!obj``, ``!prep:with``, ``!comp``, ``!inf``) asks for the slot to be
    empty: a dictionary verb's bare code when the parse leaves nothing to test, and
    never on "is expected to meet" (``!inf``: no infinitive complement)."""

    slot: str  # "obj", "subj", "comp", "prep:<word>", or one of those after "!" (empty)
    words: frozenset[str]  # empty = anything

    @property
    def negative(self) -> bool:
        return self.slot.startswith("!")

    def accepts(self, lemmas: set[str]) -> bool:
        if not lemmas:
            return False
        return not self.words or bool(self.words & lemmas)


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon row."""

    lemma: str
    pos: str
    role: str
    cameo: str | None
    requires: tuple[Requirement, ...]
    type: str | None  # PLOVER type (from the CAMEO code unless given)
    source: str  # file:line, for explaining a coding decision
    weight: float = 1.0  # lower for imported dictionaries


# the types a force noun takes from its verb ("raid": 190)
FORCE_NOUN_TYPES = ("ASSAULT", "COERCE")


@dataclass
class Lexicon:
    entries: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    version: str = ""
    _derived: dict[str, TriggerEntry | None] = field(default_factory=dict, repr=False)

    def add(self, entry: TriggerEntry) -> None:
        self.entries.setdefault((entry.lemma, entry.pos), []).append(entry)

    def candidates(self, key: str, pos: str) -> list[TriggerEntry]:
        """Rows for a lemma key ("call off", "hunger strike", "protest")."""
        return self.entries.get((key, pos), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def deverbal(self, noun: str) -> TriggerEntry | None:
        """The event a noun names through the verb it is formed from ("condemnation" ->
        "condemn", "refusal" -> "refuse", "threat" -> "threaten"): that verb's first
        row that asks nothing of the verb's words (a named object cannot be checked on a
        noun), as a noun "event" row with the verb's code. Memoised per lexicon."""
        if noun not in self._derived:
            self._derived[noun] = self._derive(noun)
        return self._derived[noun]

    def light_noun(self, noun: str, dictionary: bool = False) -> TriggerEntry | None:
        """The event a support verb's object names through the verb WordNet derives it
        from ("conversation" -> "converse", ``data/events/light_verb_nouns.tsv``): that
        verb's first row of the project's own that asks nothing of the verb's words, or
        (``dictionary``) else the imported dictionary's bare row, as a noun "event" row
        (``events.trigger.light_verb_nouns``). Memoised per lexicon."""
        key = f"light:{dictionary}:{noun}"
        if key not in self._derived:
            self._derived[key] = self._light_noun_row(noun, dictionary)
        return self._derived[key]

    def _light_noun_row(self, noun: str, dictionary: bool) -> TriggerEntry | None:
        for own in (True, False) if dictionary else (True,):
            for verb in derived_verbs(noun):
                for row in self.entries.get((verb, "V"), []):
                    if row.role == "none" and not row.requires:
                        break  # the verb is no event (a conditioned "none" row names a phrase)
                    if row.cameo is None or row.role != "event" or (row.weight >= 1) != own:
                        continue
                    if not all(
                        r.negative or (r.slot == "obj" and not r.words) for r in row.requires
                    ):
                        continue  # "send" + arms: the condition names the act
                    source = f"{row.source} {DERIVED_VERB_MARK}'{verb}' of '{noun}', WordNet)"
                    return replace(
                        row, lemma=noun, pos="N", role="event", requires=(), source=source
                    )
        return None

    def hypernym_row(self, noun: str) -> TriggerEntry | None:
        """The event a noun of an act in words names through its nearest WordNet hypernym
        the lexicon codes ("tribute" -> commendation -> "commend", "tirade" ->
        denouncement, "appeal" -> request; ``data/events/event_noun_hypernyms.tsv``): that
        word's noun row, or the row of the verb it is formed from, as a noun "event" row
        (``events.trigger.support_noun_hypernyms``). Memoised per lexicon."""
        key = f"hypernym:{noun}"
        if key not in self._derived:
            self._derived[key] = self._hypernym_row(noun)
        return self._derived[key]

    def _hypernym_row(self, noun: str) -> TriggerEntry | None:
        for word in event_noun_hypernyms().get(noun, ()):
            rows = self.entries.get((word, "N"), [])
            if rows and rows[0].role == "none":
                continue
            row = next(
                (r for r in rows if r.cameo is not None and r.role == "event" and not r.requires),
                None,
            ) or self.deverbal(word)
            if row is not None:
                source = f"{row.source} (hypernym '{word}' of '{noun}', WordNet)"
                return replace(row, lemma=noun, pos="N", role="event", requires=(), source=source)
        return None

    def force_noun(self, noun: str) -> TriggerEntry | None:
        """ "the raid on the camp": a noun of force that is its own verb takes the verb's
        bare code from the imported dictionary when that code is an attack or coercion
        (``events.trigger.force_nouns``; the nouns come from WordNet). Memoised."""
        key = f"force:{noun}"
        if key not in self._derived:
            self._derived[key] = self._force_row(noun)
        return self._derived[key]

    def _force_row(self, noun: str) -> TriggerEntry | None:
        for row in self.entries.get((noun, "V"), []):
            if row.role == "none":
                return None
            if row.cameo is None or row.role != "event" or row.type not in FORCE_NOUN_TYPES:
                continue
            if all(r.negative for r in row.requires):
                source = f"{row.source} (noun of '{noun}', WordNet)"
                return replace(row, pos="N", requires=(), source=source)
        return None

    def _derive(self, noun: str) -> TriggerEntry | None:
        for verb in verbs_of_noun(noun, speech=False):
            for row in self.entries.get((verb, "V"), []):
                if row.role == "none":
                    break
                if row.cameo is None or row.role == "light" or row.weight < 1:
                    continue  # only the project's own rows: the dictionary's are too loose
                if not all(r.negative or (r.slot == "obj" and not r.words) for r in row.requires):
                    continue  # "send" + arms, "plan" + a clause: the condition names the act
                return replace(
                    row,
                    lemma=noun,
                    pos="N",
                    role="event",
                    requires=(),
                    source=f"{row.source} (noun of '{verb}')",
                )
        return None


@lru_cache(maxsize=1)
def event_noun_hypernyms() -> dict[str, tuple[str, ...]]:
    """noun -> its coded WordNet hypernym words, nearest first
    (``data/events/event_noun_hypernyms.tsv``, written by ``events.wordnet_import``)."""
    rows = read_table("events/event_noun_hypernyms.tsv", required=("word", "hypernyms"))
    return {r["word"]: tuple(r["hypernyms"].split()) for r in rows}


@lru_cache(maxsize=1)
def _noun_endings() -> tuple[tuple[str, str, bool], ...]:
    rows = read_table("events/nominalizations.tsv", required=("ending", "verb"))
    for r in rows:
        if (r.get("use") or "act").strip() not in ("act", "speech"):
            raise DataFileError(
                "events/nominalizations.tsv", int(r["_line"]), "use", "not 'act' or 'speech'"
            )
    return tuple(
        (
            "" if r["ending"] == "-" else r["ending"],
            "" if r["verb"] == "-" else r["verb"],
            (r.get("use") or "act").strip() == "speech",
        )
        for r in rows
    )


def verbs_of_noun(noun: str, speech: bool = True) -> list[str]:
    """The verbs a noun may be formed from, by ``data/events/nominalizations.tsv``.

    ``speech``: also the endings that form a noun of a speech act only ("reminder" ->
    "remind"); an agent noun has the same ending ("leader", "attacker"), so these never
    make an event trigger of a noun."""
    out = []
    for ending, verb, speech_only in _noun_endings():
        if speech_only and not speech:
            continue
        if ending and (not noun.endswith(ending) or len(noun) - len(ending) < 3):
            continue
        stem = noun[: len(noun) - len(ending)] if ending else noun
        out.append(stem + verb)
    return list(dict.fromkeys(out))


def parse_requires(text: str, file: str, line: int) -> tuple[Requirement, ...]:
    """``obj=a|b;prep:with=*;comp`` -> requirements."""
    text = text.strip()
    if text in ("", "-"):
        return ()
    out = []
    for part in text.split(";"):
        part = part.strip()
        slot, _, words = part.partition("=")
        slot = slot.strip()
        if slot.startswith("!"):  # the slot must be empty
            inner = slot[1:]
            valid = inner in EMPTY_SLOTS or (inner.startswith("prep:") and len(inner) > 5)
            if not valid or words:
                raise DataFileError(file, line, "requires", f"bad empty-slot condition {part!r}")
            out.append(Requirement(slot, frozenset()))
            continue
        valid = slot in ("obj", "subj", "comp", "inf") or (
            slot.startswith("prep:") and len(slot) > 5
        )
        if not valid:
            raise DataFileError(file, line, "requires", f"unknown condition {part!r}")
        if slot in ("comp", "inf") and words:
            raise DataFileError(file, line, "requires", f"'{slot}' takes no word list")
        if slot not in ("comp", "inf") and not words:
            raise DataFileError(file, line, "requires", f"{slot} needs '=word|word' or '=*'")
        wordset = (
            frozenset()
            if words.strip() in ("", "*")
            else frozenset(w.strip().lower() for w in words.split("|") if w.strip())
        )
        out.append(Requirement(slot, wordset))
    return tuple(out)


def _conditions(
    known: dict[str, tuple[Requirement, ...]], text: str, file: str, line: int
) -> tuple[Requirement, ...]:
    """``parse_requires`` once per distinct text (requirements are immutable)."""
    found = known.get(text)
    if found is None:
        found = known[text] = parse_requires(text, file, line)
    return found


def parse_rows(
    rows: list[dict[str, str]], ontology: Ontology, file: str, weight: float = 1.0
) -> Lexicon:
    """Validate lexicon rows (``triggers.tsv`` columns) into a lexicon."""
    lexicon = Lexicon()
    # the imported CAMEO dictionary has 42,000 rows but only about 2,200 distinct
    # conditions: parsing each text once halves the lexicon's load (every worker loads it)
    conditions: dict[str, tuple[Requirement, ...]] = {}
    for cols in rows:
        number = int(cols.get("_line", "0") or 0)
        lemma, pos, role = cols["lemma"], cols["pos"], cols["role"]
        cameo, requires, etype = cols["cameo"], cols["requires"], cols["type"]
        if not lemma or lemma != lemma.lower():
            raise DataFileError(file, number, "lemma", f"{lemma!r} must be a lower-case lemma")
        if pos not in POS:
            raise DataFileError(file, number, "pos", f"{pos!r} is not one of {POS}")
        if role not in ROLES:
            raise DataFileError(file, number, "role", f"{role!r} is not one of {ROLES}")
        code = None if cameo in ("-", "") else cameo
        if code is not None and (not code.isdigit() or ontology.lookup(code) is None):
            raise DataFileError(file, number, "cameo", f"{cameo!r} is not a known CAMEO code")
        type_name = None if etype in ("-", "") else ontology.canonical_type(etype)
        if type_name is not None and type_name not in ontology.types:
            raise DataFileError(file, number, "type", f"{etype!r} is not a PLOVER type")
        if (
            code is None
            and type_name is None
            and role in ("event", "intent", "threat", "refuse", "demand")
        ):
            raise DataFileError(
                file, number, "cameo", "an 'event' row needs a CAMEO code or a type"
            )
        if type_name is None and code is not None:
            entry_code = ontology.lookup(code)
            type_name = entry_code.type if entry_code else None
        lexicon.add(
            TriggerEntry(
                lemma=lemma,
                pos=pos,
                role=role,
                cameo=code,
                requires=_conditions(conditions, requires, file, number),
                type=type_name,
                source=f"{file}:{number}",
                weight=weight,
            )
        )
    return lexicon


def read_lexicon(relative: str | Path, ontology: Ontology, weight: float = 1.0) -> Lexicon:
    """A lexicon file in the ``triggers.tsv`` format (under data/, or a user's path)."""
    rows = read_table(relative, required=COLUMNS)
    lexicon = parse_rows(rows, ontology, str(relative), weight)
    lexicon.version = _version(relative)
    return lexicon


def _version(relative: str | Path) -> str:
    path = Path(relative) if Path(relative).is_absolute() else data_path(str(relative))
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            if "version:" in line:
                return line.split("version:", 1)[1].strip()
    return ""


def parse_lexicon(text: str, ontology: Ontology, file: str, weight: float = 1.0) -> Lexicon:
    """Parse a lexicon given as text (tests, user strings) in the ``triggers.tsv`` format."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if header is None:
            header = list(COLUMNS)
            if cols[0] == "lemma":
                header = cols
                continue
        if len(cols) != len(COLUMNS):
            raise DataFileError(
                file, number, "columns", f"expected {len(COLUMNS)} tab-separated, got {len(cols)}"
            )
        rows.append({**dict(zip(header, cols, strict=False)), "_line": str(number)})
    return parse_rows(rows, ontology, file, weight)


def is_bare(row: TriggerEntry) -> bool:
    """No condition a slot's words must meet (empty-slot conditions aside)."""
    return all(r.negative for r in row.requires)


def conditioned_slots(rows: list[TriggerEntry]) -> list[str]:
    """The slots some row's conditions read ("meet": obj, prep:with)."""
    return sorted({r.slot for row in rows for r in row.requires if not r.negative})


def merge_into(
    base: Lexicon, extra: Lexicon, *, guarded: bool = False, fallback: bool = False
) -> None:
    """Append ``extra``'s rows after ``base``'s (``base`` rows keep priority).

    ``guarded``: where ``base`` already has rows for a word, ``extra``'s rows without
    conditions are left out: the base lexicon's conditions on that word are deliberate
    ("meet" needs someone to meet), and a bare fallback would undo them.
    ``fallback`` (with ``guarded``): such a bare row is kept for the uses where the
    slots ``base`` conditions are all empty, so there was nothing to test ("the two
    leaders met in Paris", "thousands demonstrated"); a filled slot that fails the
    conditions ("met the deadline") still gets nothing."""
    for key, rows in extra.entries.items():
        known = base.entries.get(key)
        kept = []
        for row in rows:
            if guarded and known and is_bare(row):
                slots = conditioned_slots(known)
                if not fallback or not slots or any(is_bare(r) for r in known):
                    continue
                empty = tuple(Requirement(f"!{slot}", frozenset()) for slot in slots)
                row = replace(row, requires=row.requires + empty)
            kept.append(row)
        if kept:
            base.entries.setdefault(key, []).extend(kept)


def merge_before_bare(base: Lexicon, extra: Lexicon) -> None:
    """Put ``extra``'s rows (patterns with conditions) before the first bare row of their
    word in ``base``, else last: a pattern is tried before the word's bare code."""
    for key, rows in extra.entries.items():
        known = base.entries.setdefault(key, [])
        at = next((n for n, row in enumerate(known) if is_bare(row)), len(known))
        known[at:at] = rows


EMPTY_SLOT_FALLBACK = declare(
    "events.trigger.empty_slot_fallback",
    "a word our lexicon conditions keeps the dictionary's bare code where the slots our "
    "conditions read are all empty ('the two leaders met in Paris', 'thousands demonstrated')",
    order=12,
)

DICTIONARY_CONSULT_PATTERNS = declare(
    "events.trigger.dictionary_consult_patterns",
    "the CAMEO dictionary's consultation patterns (CAMEO 04) in its blocks of "
    "public-statement verbs are read ('spoke with X': 046, 'talked by telephone': 041; "
    "data/events/cameo_consult_patterns.tsv): whom one talks with is no part of what is said",
    order=12.5,
)
CONSULT_PATTERNS_FILE = "events/cameo_consult_patterns.tsv"
DICTIONARY_WHOLE_SETS = declare(
    "events.trigger.dictionary_whole_sets",
    "the CAMEO dictionary's patterns over synonym sets whose members follow a comment line "
    "are read ('GIVE * &CURRENCY': 'gave him money' is aid; data/events/cameo_set_patterns.tsv)",
    order=12.6,
)
SET_PATTERNS_FILE = "events/cameo_set_patterns.tsv"
DICTIONARY_NO_EVENT_PATTERNS = declare(
    "events.trigger.dictionary_no_event_patterns",
    "the CAMEO dictionary's no-event patterns ([---]: 'avoid an attack', 'deliver a defeat') "
    "stop its rows for that verb; the project's own rows are tried first "
    "(data/events/cameo_no_event_patterns.tsv)",
    order=12.7,
)
NO_EVENT_PATTERNS_FILE = "events/cameo_no_event_patterns.tsv"
NO_EVENT_UNCONTESTED = declare(
    "events.trigger.dictionary_no_event_uncontested",
    "a CAMEO no-event pattern is not read where the dictionary also codes the same verb and "
    "phrase as an event ('BACK * (BY &MILITARY)' is both [---] and 062): it stops only "
    "what the dictionary does not contest",
    order=12.71,
)
DISPLEASURE_CRIES = declare(
    "events.trigger.displeasure_cries",
    "an audience's cry of displeasure is a protest: 'the crowd booed X', 'was booed', "
    "'received scattered boos' (PROTEST 140; WordNet's boo.v.01 and the nouns of "
    "communication derived from it, data/events/displeasure_cries.tsv)",
    order=12.8,
)
DISPLEASURE_FILE = "events/displeasure_cries.tsv"


def merge_before_dictionary(
    base: Lexicon,
    extra: Lexicon,
    dictionary_weight: float,
    contested: Lexicon | None = None,
) -> None:
    """Put ``extra``'s rows (no-event patterns) before the first row of their word that
    came from the dictionary (``dictionary_weight``); a word without dictionary rows is left
    alone: the project's own rows keep their place and are tried first. ``contested``: the
    dictionary; a row whose word it codes with the same conditions is left out."""
    for key, given in extra.entries.items():
        known = base.entries.get(key)
        if not known:
            continue
        coded = {row.requires for row in contested.candidates(*key)} if contested else set()
        rows = [row for row in given if row.requires not in coded]
        at = next((n for n, row in enumerate(known) if row.weight == dictionary_weight), None)
        if at is not None:
            known[at:at] = rows


_DICTIONARY_CACHE: dict[tuple[int, float, str], Lexicon] = {}


def _shipped_dictionary(
    ontology: Ontology, weight: float, name: str = "events/cameo_verbs.tsv"
) -> Lexicon:
    """``cameo_verbs.tsv`` read once per process (42,000 rows take seconds to validate);
    ``merge_into`` only reads it, so every stage may share it."""
    key = (id(ontology), weight, name)
    if key not in _DICTIONARY_CACHE:
        _DICTIONARY_CACHE[key] = read_lexicon(name, ontology, weight)
    return _DICTIONARY_CACHE[key]


def load_lexicon(
    ontology: Ontology,
    extra_paths: list[str] | None = None,
    *,
    dictionary: bool = True,
    guarded: bool = True,
    fallback: bool = True,
    consult_patterns: bool = False,
    whole_sets: bool = False,
    no_event_patterns: bool = False,
    no_event_uncontested: bool = False,
    displeasure: bool = False,
    dictionary_file: str = "events/cameo_verbs.tsv",
) -> Lexicon:
    """The shipped lexicon, then the derived CAMEO verb dictionary (``cameo_verbs.tsv``,
    unless ``dictionary`` is off), then any user lexicons (TSV or Phoenix dictionaries).
    Earlier rows win: a user file adds words but does not change shipped ones;
    ``guarded``, ``fallback``: see ``merge_into``; ``consult_patterns``: the dictionary's
    consultation patterns of its statement blocks (``DICTIONARY_CONSULT_PATTERNS``) too;
    ``whole_sets``: its patterns over whole synonym sets (``DICTIONARY_WHOLE_SETS``), each
    before the bare verb as the dictionary orders them; ``no_event_patterns``: its [---]
    patterns before each verb's dictionary rows (``DICTIONARY_NO_EVENT_PATTERNS``), but
    not those the dictionary also codes (``no_event_uncontested``); ``displeasure``: the cries
    of displeasure (``DISPLEASURE_CRIES``), as the project's own rows; ``dictionary_file``:
    the dictionary's table read (``own_verb_rows.TABLE``: patterns only for their own verb)."""
    lexicon = read_lexicon("events/triggers.tsv", ontology)
    if displeasure:  # "the crowd booed X"
        merge_into(lexicon, read_lexicon(DISPLEASURE_FILE, ontology))
    if dictionary:
        weight = float(constants("events")["dictionary_weight"])
        shipped = _shipped_dictionary(ontology, weight, dictionary_file)
        merge_into(lexicon, shipped, guarded=guarded, fallback=fallback)
        if consult_patterns:  # "spoke with X"
            merge_into(lexicon, _shipped_dictionary(ontology, weight, CONSULT_PATTERNS_FILE))
        if whole_sets:  # "gave him a lot of money"
            merge_before_bare(lexicon, _shipped_dictionary(ontology, weight, SET_PATTERNS_FILE))
        if no_event_patterns:  # "avoided an attack"
            contested = shipped if no_event_uncontested else None
            none = _shipped_dictionary(ontology, weight, NO_EVENT_PATTERNS_FILE)
            merge_before_dictionary(lexicon, none, weight, contested)
    for raw in extra_paths or []:
        path = Path(raw).expanduser().resolve()
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise DataFileError(
                str(path), None, "-", f"cannot read events lexicon: {exc}"
            ) from None
        if looks_like_phoenix(text):
            from .phoenix import parse_phoenix_verbs

            merge_into(lexicon, parse_phoenix_verbs(text, ontology, str(path)))
        else:
            weight = float(constants("events")["user_lexicon_weight"])
            merge_into(lexicon, read_lexicon(path, ontology, weight))
    return lexicon


def looks_like_phoenix(text: str) -> bool:
    """Phoenix/PETRARCH verb dictionaries are made of ``--- NAME [code] ---`` blocks."""
    return "####### VERB PATTERNS #######" in text or "\n---  " in text
