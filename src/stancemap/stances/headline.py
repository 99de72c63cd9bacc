"""Rivalries told in a headline, read by word order where the parse fails.

Rule ``stances.relations.headline``: a headline ("Netanyahu and Guterres trade
accusations at the UN", "Petro and Bukele trade insults over prisons") is no
sentence, and the parser often makes its verb a noun ("trade" as a compound),
so the parse-based ``stances.relations.reciprocal`` finds no subjects. On a
headline line - one of the document's first lines, with no sentence-final
punctuation - a reciprocal word ("clash", "spar") or an exchange of hostile
words ("trade insults") sets the actors named before it in the line against
each other; a relation noun ("rift", "row") those named after "between" ("Rift
grows between X and Y"). Only lines where the parse-based rules found nothing are
read this way. (The parties named before a relation noun, "X, Y at odds over", were
read too for a while: worth 0 on every set, and a test of the web pages rests on
"Chile and Argentina at odds" relating the two only through their presidents.)

Rule ``stances.relations.headline_directed``: a headline that says what one actor does
to another with a verb and its preposition ("Fico breaks with Fiala over arms", "Lula hits
back at Milei", "X distances himself from Y") is often parsed with the verb as a noun, so
the parse-based cues find no subject. Read by word order: the phrase's verb (any
inflection), its remaining words in order (a reflexive pronoun between them allowed), the
actors named before the verb hold the stance and the first actor named right after the
phrase is its target. The phrases are the stance lexicon's ``relational`` cues
(``data/stances/cues.tsv``) and the ``phrase`` rows of ``data/stances/campaign.tsv``.
Words come from ``data/stances/relations.tsv`` (the kinds the parse-based rules
use); the confidence is ``narrated_relation`` times ``headline_word_order`` from
``[stances]`` in ``data/constants.toml``.

Rule ``stances.relations.headline_leaders`` (session 13): a headline relation between two
countries ("Azerbaijan and Armenia clash over Z") is carried to the heads of state or
government the story names for each below the headline (by the office's title, as the KB
builder reads it): the headline sums up what those leaders say in the body. A minister or
spokesperson is no party to it ("Greece and Bulgaria clash": the foreign minister quoted
below stays out, ``tests/alignment/test_cooccurrence.py``).
Weaker than the headline's own finding (``headline_leaders`` in ``[stances]``).

Rule ``stances.relations.headline_transitive`` (session 13): "Milei mocks Sanchez at
rally", "Zelensky thanks Rutte for jets" - a headline verb of judging or backing a person
(the stance lexicon's one-word attitude cues and ``judgment_verbs.tsv``, in any inflection)
that the parser took for a noun: the actors named before it hold the stance towards the
actor named right after it; one named as an owner ("slams Y's plan") weighs
``campaign_possessed``.

Rule ``stances.relations.headline_second_parse`` (session 15): a title-case headline none of
the word-order rules reads ("Erdogan Berates Netanyahu Over Gaza Strikes": the tagger makes
every capitalised word a name) is parsed a second time with its common words in lower case,
the names kept (the actors stage's mentions, and a story's surnames as mentions of that
parse only), the text before it blanked so offsets stay the document's; the parse-based
rules of ``SECOND_RULES`` read that parse, and what they find is the headline's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import permutations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..datafiles import word_list
from ..nlp.pipeline import _LOADED
from ..records import ActorMention
from ..rules import declare, rule
from .extract import ALIGNMENT, Finding
from .topics import lemma

_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "ourselves"})
_SENTENCE_END = (".", "!", "?", '"', "”", ":", ";")


def headline_lines(text: str, first_lines: int, max_words: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each of the first non-empty lines that reads as a headline."""
    pos = 0
    seen = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > first_lines:
            return
        words = stripped.split()
        if stripped.endswith(_SENTENCE_END) or not 3 <= len(words) <= max_words:
            continue
        offset = line.index(stripped[0])
        yield start + offset, start + offset + len(stripped)


def _surnames(ctx: object, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Surname -> person, for the persons the document names (a surname two share is left
    out), but those in ``skip``."""
    layer = ctx.actors  # type: ignore[attr-defined]
    seen: dict[str, list[str]] = {}
    inner = NAME_WORDS in ctx.on  # type: ignore[attr-defined]
    for actor in layer.actors.values():
        if actor.type == "person" and " " in actor.name.strip() and actor.id not in skip:
            words = actor.name.split()
            # a name's later capitalised words too: the surname of a compound name that
            # a headline uses ("Lula" of "Luiz Inácio Lula da Silva", "López" of "Andrés
            # Manuel López Obrador"); never the first, a given name
            keys = {w.lower() for w in words[1:] if w[:1].isupper()} if inner else set()
            for key in keys | {words[-1].lower()}:
                seen.setdefault(key, []).append(actor.id)
    return {name: ids[0] for name, ids in seen.items() if len(set(ids)) == 1}


NAME_WORDS = declare(
    "stances.relations.headline_name_words",
    "a headline's bare name is a person's any later name word, not only the last "
    "('Lula' of 'Luiz Inácio Lula da Silva'), when no other person the story names has it",
    order=17,
)


SURNAME_ANY_TAG = declare(
    "stances.relations.headline_surname_any_tag",
    "a headline's capitalised word tagged ADJ or VERB ('Lula feuds with Milei', 'Lula' an "
    "ADJ) is still the surname of a person the story names in full",
    order=17.5,
)
_SURNAME_TAGS = frozenset({"ADJ", "VERB"})


def _actors_in(
    ctx: object, tokens: list[Token], any_tag: bool = False, skip: frozenset[str] = frozenset()
) -> list[str]:
    """The actors a headline names, in order: its mentions, and a bare surname of a person
    the story names in full, which the actors stage may leave unread in a headline
    ("Petro and Bukele ...", Gustavo Petro named only in the body)."""
    found: list[str] = []
    surnames: dict[str, str] | None = None
    for tok in tokens:
        actor = ctx.actor_of(tok)  # type: ignore[attr-defined]
        actor = None if actor in skip else actor
        # a capitalised word the parser took for a common noun ("Lula hits back") too
        named = tok.pos_ == "PROPN" or (
            NAME_WORDS in ctx.on and tok.pos_ == "NOUN" and tok.text[:1].isupper()  # type: ignore[attr-defined]
        )
        # ``any_tag``: the word order vouches for a name whatever its tag ("Petro vs
        # Bukele", with "Petro" parsed a verb)
        named = named or (any_tag and tok.text[:1].isupper())
        # a headline's first word is tagged by its place as much as by itself ("Lula
        # feuds with Milei": "Lula" an ADJ): a capitalised word of that tag still names
        # the person the story names in full with that surname
        named = (
            named
            or (
                SURNAME_ANY_TAG in ctx.on  # type: ignore[attr-defined]
                and tok.pos_ in _SURNAME_TAGS
                and tok.text[:1].isupper()
            )
        )
        if actor is None and named:
            surnames = _surnames(ctx, skip) if surnames is None else surnames
            actor = surnames.get(tok.lower_)
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def _cue(tokens: list[Token], i: int, ctx: object) -> tuple[int, float] | None:
    """The sign and weight of a reciprocal word at ``tokens[i]``, or of an exchange of
    words ("trade insults") starting there."""
    words = ctx.words  # type: ignore[attr-defined]
    tok = tokens[i]
    hit = words.get("reciprocal", lemma(tok)) or words.get("reciprocal", tok.lower_)
    if hit is not None:
        return hit
    if words.get("exchange", lemma(tok)) is not None or words.get("exchange", tok.lower_):
        for nxt in tokens[i + 1 : i + 3]:
            found = words.get("exchanged", lemma(nxt))
            if found is not None:
                return found
    return None


@rule(
    "stances.relations.headline",
    order=15,
    doc="a headline 'X and Y trade insults' read by word order when its parse has no subject",
)
def headline(ctx: object, start: int, end: int) -> list[Finding]:
    doc = ctx.doc  # type: ignore[attr-defined]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    tokens = list(span)
    words = ctx.words  # type: ignore[attr-defined]
    for i, tok in enumerate(tokens):
        parties: list[str] = []
        hit = _cue(tokens, i, ctx)
        if hit is not None:
            parties = _actors_in(ctx, tokens[:i])
            if len(parties) == 1 and RECIPROCAL_WITH in ctx.on:  # type: ignore[attr-defined]
                parties += _with_party(ctx, tokens, i, parties)
        if len(parties) < 2 and (
            found := words.get("between", lemma(tok))
            or words.get("between", tok.lower_)
            or conflict_noun(tok, ctx, any_pos=True)
            or rivalry_noun(tok, ctx)
        ):  # a word of both kinds ("feud", "clash") with no parties before it: "Feud between"
            hit = found  # (the lower-case form too: "odds" is lemmatised "odd")
            after = tokens[i + 1 :]
            between = next((j for j, t in enumerate(after) if t.lower_ == "between"), None)
            if between is not None:  # "Rift grows between X and Y"
                parties = _actors_in(ctx, after[between + 1 :])
        if hit is None or len(parties) < 2:
            continue
        return _findings(ctx, parties, hit, start, end, tok)
    if VERSUS in ctx.on and (found := versus(ctx, tokens, start, end)):  # type: ignore[attr-defined]
        return found
    if RIVALRY_NOUN in ctx.on and (found := rivals_before(ctx, tokens, start, end)):  # type: ignore[attr-defined]
        return found
    if DIRECTED in ctx.on and (found := directed(ctx, tokens, start, end)):  # type: ignore[attr-defined]
        return found
    if TRANSITIVE in ctx.on:  # type: ignore[attr-defined]
        return transitive(ctx, tokens, start, end)
    return []


RECIPROCAL_WITH = declare(
    "stances.relations.headline_reciprocal_with",
    "a headline 'X feuds with Y', 'X clashes with Y over Z' read by word order: a "
    "reciprocal word with one actor before it and 'with' and an actor right after it",
    order=15.5,
)


def _with_party(ctx: object, tokens: list[Token], i: int, before: list[str]) -> list[str]:
    """The actor named right after 'with' that follows the reciprocal word ``tokens[i]``."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower_ != "with":
        return []
    window = int(ctx.table["headline_target_window"])  # type: ignore[attr-defined]
    after = _actors_in(ctx, tokens[i + 2 : i + 2 + window])
    return [a for a in after[:1] if a not in before]


VERSUS = declare(
    "stances.relations.headline_versus",
    "a headline 'X vs Y', 'X v. Y', 'X versus Y' sets the actor named right before the "
    "word against the one named right after it",
    order=18,
)
# the words of a contest between two sides, as headlines write them
_VERSUS = frozenset({"vs", "vs.", "v", "v.", "versus"})


def versus(ctx: object, tokens: list[Token], start: int, end: int) -> list[Finding]:
    """'Petro vs Bukele: ...': the last actor of the few tokens before the word and the
    first of the few after it (``headline_target_window``) are opposed."""
    window = int(ctx.table["headline_target_window"])  # type: ignore[attr-defined]
    for i, tok in enumerate(tokens):
        if tok.lower_ not in _VERSUS or i == 0:
            continue
        # a name the tagger ran across the word ("Lula v. Milei" as one person) is none
        across = ctx.actor_of(tok)  # type: ignore[attr-defined]
        skip = frozenset({across}) if across else frozenset()
        before = _actors_in(ctx, tokens[max(0, i - window) : i], True, skip)[-1:]
        after = _actors_in(ctx, tokens[i + 1 : i + 1 + window], True, skip)[:1]
        after = [a for a in after if a not in before]
        if before and after:
            return _findings(ctx, before + after, (-1, 1.0), start, end, tok)
    return []


BETWEEN_WORDNET = declare(
    "stances.relations.between_wordnet",
    "'a showdown between X and Y': a noun whose first WordNet sense is a conflict or a "
    "disagreement (data/stances/conflict_nouns.txt) with 'between X and Y' opposes X and Y",
    order=22,
)


@lru_cache(maxsize=1)
def conflict_nouns() -> frozenset[str]:
    """Nouns of conflict from WordNet 3.0 (``between_import``)."""
    return word_list("stances/conflict_nouns.txt")


def conflict_noun(tok: Token, ctx: object, any_pos: bool = False) -> tuple[int, float] | None:
    """(-1, weight) for a WordNet noun of conflict when ``between_wordnet`` is on.
    ``any_pos``: a headline's word, whatever its tag ("Showdown between X and Y looms" is
    parsed with "Showdown" a verb); the word order ("between" after it) vouches for it."""
    if BETWEEN_WORDNET not in ctx.on:  # type: ignore[attr-defined]
        return None
    if not any_pos and tok.pos_ != "NOUN":
        return None
    if lemma(tok) in conflict_nouns() or tok.lower_ in conflict_nouns():
        return -1, float(ctx.table["between_wordnet_weight"])  # type: ignore[attr-defined]
    return None


RIVALRY_NOUN = declare(
    "stances.relations.headline_rivalry_noun",
    "a headline 'X and Y in new row over Z', 'War of words between X and Y': a noun with a "
    "WordNet sense under conflict or disagreement (data/stances/rivalry_nouns.txt, any sense) "
    "sets the parties named right before it (no verb between) or after its 'between' "
    "against each other",
    order=22.5,
)
# what may stand between the parties and the noun ("in a new", "at", ", a bitter")
_BEFORE_RIVALRY = frozenset({"DET", "ADJ", "ADP", "PUNCT", "CCONJ", "PART"})


@lru_cache(maxsize=1)
def rivalry_nouns() -> frozenset[str]:
    """Nouns of conflict in any WordNet 3.0 sense (``speech_import``)."""
    return word_list("stances/rivalry_nouns.txt")


def rivalry_noun(tok: Token, ctx: object) -> tuple[int, float] | None:
    """(-1, weight) for a headline word of ``rivalry_nouns`` when the rule is on."""
    if RIVALRY_NOUN not in ctx.on or not tok.is_alpha:  # type: ignore[attr-defined]
        return None
    if tok.lower_ in rivalry_nouns() or lemma(tok) in rivalry_nouns():
        return -1, float(ctx.table["between_wordnet_weight"])  # type: ignore[attr-defined]
    return None


def rivals_before(ctx: object, tokens: list[Token], start: int, end: int) -> list[Finding]:
    """'Algeria and Morocco in new spat over Z': two or more actors, then only function words
    and adjectives, then a rivalry noun; the actors so named are opposed."""
    for i, tok in enumerate(tokens):
        if i == 0 or ctx.actor_of(tok) is not None:  # type: ignore[attr-defined]
            continue
        hit = rivalry_noun(tok, ctx)
        if hit is None:
            continue
        j = i
        while j > 0 and tokens[j - 1].pos_ in _BEFORE_RIVALRY:
            if ctx.actor_of(tokens[j - 1]) is not None:  # type: ignore[attr-defined]
                break
            j -= 1
        # the stretch of names (and the words joining them) that ends right there
        k = j
        while k > 0 and (
            tokens[k - 1].pos_ in ("PROPN", "CCONJ", "PUNCT")
            or ctx.actor_of(tokens[k - 1]) is not None  # type: ignore[attr-defined]
        ):
            k -= 1
        parties = _actors_in(ctx, tokens[k:j], any_tag=True)
        if len(parties) >= 2:
            return _findings(ctx, parties, hit, start, end, tok)
    return []


DIRECTED = declare(
    "stances.relations.headline_directed",
    "a headline 'X breaks with Y', 'X hits back at Y', 'X distances himself from Y' read "
    "by word order (the lexicon's verb + preposition phrases) when its parse has no subject",
    order=16,
)


def _verb_forms(tok: Token) -> set[str]:
    """The forms a headline verb may stand in: its lemma, and the word less a present
    tense -s/-es ("breaks", "distances"), since a headline's verb is often parsed a noun."""
    word = tok.lower_
    forms = {lemma(tok), word}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    return forms


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], tuple[int, float]]]]:
    """verb -> [(the words after it, (sign, weight))], from the relational cues and the
    campaign phrases."""
    from .campaign import campaign_words
    from .lexicon import default_lexicon

    out: dict[str, list[tuple[tuple[str, ...], tuple[int, float]]]] = {}
    for head, cues in default_lexicon().cues.get("relational", {}).items():
        for cue in cues:
            out.setdefault(head, []).append((cue.words[1:], (cue.sign, cue.weight)))
    for words, value in campaign_words().phrase.items():
        out.setdefault(words[0], []).append((words[1:], value))
    return out


def _phrase_end(tokens: list[Token], i: int, rest: tuple[str, ...]) -> int | None:
    """The index after the phrase's last word when ``rest`` follows ``tokens[i]``."""
    j = i + 1
    for word in rest:
        while j < len(tokens) and tokens[j].lower_ in _REFLEXIVE:
            j += 1
        if j >= len(tokens) or tokens[j].lower_ != word:
            return None
        j += 1
    return j


def directed(ctx: object, tokens: list[Token], start: int, end: int) -> list[Finding]:
    phrases = _phrases()
    for i, tok in enumerate(tokens):
        for form in _verb_forms(tok) & phrases.keys():
            for rest, hit in phrases[form]:
                after = _phrase_end(tokens, i, rest)
                if after is None:
                    continue
                holders = _actors_in(ctx, tokens[:i])
                # the target is named right after the preposition: "breaks with Fiala over
                # Kyiv", not an actor further on ("... over Clinton's emails")
                window = int(ctx.table["headline_target_window"])  # type: ignore[attr-defined]
                targets = [a for a in _actors_in(ctx, tokens[after : after + window])]
                targets = [a for a in targets[:1] if a not in holders]
                if holders and targets:
                    return _findings(ctx, holders + targets, hit, start, end, tok, directed=True)
    return []


def _findings(
    ctx: object,
    parties: list[str],
    hit: tuple[int, float],
    start: int,
    end: int,
    tok: Token,
    directed: bool = False,
) -> list[Finding]:
    table = ctx.table  # type: ignore[attr-defined]
    conf = table["narrated_relation"] * table["headline_word_order"] * hit[1]
    pairs = [(a, parties[-1]) for a in parties[:-1]] if directed else permutations(parties, 2)
    return [
        Finding(
            holder=a,
            frame=ALIGNMENT,
            args=frozenset({b}),
            polarity=hit[0],
            confidence=round(conf, 3),
            start=start,
            end=end,
            evidence=[],
            cue=tok.i,
            notes=("narrated-relation", "headline-word-order"),
        )
        for a, b in pairs
    ]


TRANSITIVE = declare(
    "stances.relations.headline_transitive",
    "a headline 'X mocks Y', 'X thanks Y for Z' read by word order when the parse has no "
    "verb: a one-word attitude cue or judgment verb between the holders and the target",
    order=16.5,
)
# the words that may stand between a headline verb and its target ("mocks Spanish PM X")
_BEFORE_TARGET = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PUNCT"})


def _transitive_sign(tok: Token, ctx: object) -> tuple[int, float] | None:
    """(sign, weight) of a one-word attitude cue or judgment verb the word stands in."""
    from .campaign import campaign_words

    lexicon = ctx.lexicon  # type: ignore[attr-defined]
    for form in sorted(_verb_forms(tok)):
        cue = lexicon.cue("attitude", form)
        if cue is not None and len(cue.words) == 1:
            return cue.sign, cue.weight
        hit = campaign_words().judgment.get(form)
        if hit is not None:
            return hit
    return None


def transitive(ctx: object, tokens: list[Token], start: int, end: int) -> list[Finding]:
    window = int(ctx.table["headline_target_window"])  # type: ignore[attr-defined]
    for i, tok in enumerate(tokens):
        if i == 0 or not tok.is_alpha:
            continue
        if ctx.actor_of(tok) is not None:  # type: ignore[attr-defined]
            continue  # a word of a name
        hit = _transitive_sign(tok, ctx)
        if hit is None:
            continue
        holders = _actors_in(ctx, tokens[:i])
        if not holders:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + window)):
            target = _actors_in(ctx, [tokens[j]])
            if target:
                break
            if tokens[j].pos_ not in _BEFORE_TARGET:
                return []  # "X attacks on Y", "X praises plan by Y": not the object
        else:
            return []
        if target[0] in holders:
            return []
        sign, weight = hit
        # the owner of what is judged ("slams Y's plan"): against Y, weaker; but where the
        # owned phrase names an actor ("praises Y's editor Z"), that actor is the one judged
        owner = next(
            (k for k in range(j + 1, min(len(tokens), j + 3)) if tokens[k].lower_ in ("'s", "’s")),
            None,
        )
        if owner is not None:
            owned: list[str] = []
            for t in tokens[owner + 1 :]:
                if t.pos_ not in ("PROPN", "NOUN", "ADJ"):
                    break
                owned = [a for a in _actors_in(ctx, [t]) if a not in target] or owned
            if owned:
                target = owned[-1:]
            else:
                weight *= float(ctx.table["campaign_possessed"])  # type: ignore[attr-defined]
        return _findings(ctx, holders + target, (sign, weight), start, end, tok, directed=True)
    return []


LEADERS = declare(
    "stances.relations.headline_leaders",
    "a headline relation between two countries ('Azerbaijan and Armenia clash') holds, "
    "weaker, between the heads of state or government the story names for each",
    order=24,
)


def _heads(role: str) -> bool:
    """A head of state or government by the office's title ("President of Azerbaijan",
    "Prime Minister of Armenia"; not "President of the Senate"): the position words the
    KB builder files as HOS and HOG (``actors.leaders``)."""
    from ..actors.leaders import _HOG, _HOS, _NOT_STATE

    return bool(_HOS.match(role) or _HOG.match(role)) and not _NOT_STATE.search(role)


def _leaders(ctx: object, code: str, after: int) -> list[str]:
    """The heads of state or government of country ``code`` named after ``after``: a
    state's minister or spokesperson is no party to what the headline says of it."""
    layer = ctx.actors  # type: ignore[attr-defined]
    named = {m.actor_id for m in layer.mentions if m.start >= after}
    out = []
    for actor in layer.actors.values():
        if actor.type != "person" or actor.country != code or actor.sector != "GOV":
            continue
        if actor.id in named and _heads(actor.role or ""):
            out.append(actor.id)
    return sorted(out)


def headline_leaders(ctx: object, found: list[Finding]) -> list[Finding]:
    """The findings between two countries in a headline line, carried to their leaders."""
    if LEADERS not in ctx.on:  # type: ignore[attr-defined]
        return []
    table = ctx.table  # type: ignore[attr-defined]
    lines = list(
        headline_lines(
            ctx.document.text,  # type: ignore[attr-defined]
            int(table["headline_first_lines"]),
            int(table["headline_max_words"]),
        )
    )
    layer = ctx.actors  # type: ignore[attr-defined]
    out: list[Finding] = []
    made: set[tuple[str, str]] = set()
    for f in found:
        if f.frame != ALIGNMENT or len(f.args) != 1:
            continue
        line = next(((s, e) for s, e in lines if s <= f.start and f.end <= e), None)
        if line is None:
            continue
        a, b = layer.actor(f.holder), layer.actor(next(iter(f.args)))
        if a is None or b is None or a.type != "country" or b.type != "country":
            continue
        if not a.country or not b.country or a.country == b.country or a.sector or b.sector:
            continue  # (a breakaway republic, filed under its state with a sector, is no state here)
        for x in _leaders(ctx, a.country, line[1]):
            for y in _leaders(ctx, b.country, line[1]):
                if (x, y) in made:
                    continue
                made.add((x, y))
                out.append(
                    Finding(
                        holder=x,
                        frame=ALIGNMENT,
                        args=frozenset({y}),
                        polarity=f.polarity,
                        confidence=round(f.confidence * float(table["headline_leaders"]), 3),
                        start=f.start,
                        end=f.end,
                        evidence=list(f.evidence),
                        cue=f.cue,
                        notes=(*f.notes, "headline-leaders"),
                    )
                )
    return out


SECOND_PARSE = declare(
    "stances.relations.headline_second_parse",
    "a title-case headline ('Erdogan Slams Netanyahu Over Gaza Strikes') read by none of "
    "the word-order rules is parsed again with its common words in lower case, the names "
    "kept, and the parse-based relation and campaign rules read that parse",
    order=15.7,
)
# the parse-based rules asked of the second parse: those that read a verb and its
# arguments, or a relation noun and its "between" phrase
SECOND_RULES = frozenset(
    {
        "stances.relations.reciprocal",
        "stances.relations.between",
        "stances.relations.response",
        "stances.campaign.judgment",
        "stances.campaign.disapproval",
        "stances.campaign.phrase",
    }
)
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?")


def _language(doc: Doc) -> Language | None:
    """The loaded spaCy pipeline that made ``doc`` (the stages hold the Doc, not it)."""
    return next((nlp for nlp in _LOADED.values() if nlp.vocab is doc.vocab), None)


def lower_cased(ctx: object, start: int, end: int) -> tuple[Doc, list[ActorMention]] | None:
    """The headline [start, end) parsed again, its title-case words that name no actor in
    lower case (the text before it blanked, so offsets stay the document's), and mentions
    for the bare surnames in it of persons the story names in full; None for a line that
    is not in title case (most of its words after the first capitalised)."""
    doc = ctx.doc  # type: ignore[attr-defined]
    layer = ctx.actors  # type: ignore[attr-defined]
    text = ctx.document.text  # type: ignore[attr-defined]
    nlp = _language(doc)
    if nlp is None:
        return None
    surnames = _surnames(ctx)
    chars = [" "] * start + list(text[start:end])
    words = list(re.finditer(r"\S+", text[start:end]))
    titled = 0
    extra: list[ActorMention] = []
    for n, word in enumerate(words):
        a, b = start + word.start(), start + word.end()
        bare = word.group().strip(".,:;!?'\"‘’“”")
        if not _TITLE_WORD.fullmatch(bare):
            continue
        titled += n > 0
        if layer.mention_at(a, b) is not None:
            continue
        if bare[-2:] in ("'s", "’s"):  # "Petro's Claims": the name before the mark
            bare = bare[:-2]
        actor = surnames.get(bare.lower())
        if actor is not None:
            at = a + word.group().index(bare)
            extra.append(ActorMention(start=at, end=at + len(bare), text=bare, actor_id=actor))
            continue
        chars[a:b] = list(text[a:b].lower())
    if titled * 2 < len(words) - 1:
        return None
    return nlp("".join(chars)), extra
