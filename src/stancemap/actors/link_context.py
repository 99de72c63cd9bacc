"""Links the story's date or country rules out (session 64, engineer KP; issues 12, 14).

The linker reads a name with the document's date at most, never its country: on the BBC
politics articles (British news of 2004-2005) "Charles" (Prince Charles) was read as the
KB's Charles of Belgium, regent in 1944-1951, "Harris" as Kamala Harris (in office from
2017), and a lone "Democrat" of "Liberal Democrat peer Lord Carlile" as the US Democratic
Party; on the Lee stories (Australia, 2001) "the Labor Party" as the British Labour Party
by a near spelling. Two passes of the document resolver, once every name is linked:

* ``actors.link.period_plausible_person``: a KB person named here only by one word (a
  surname, a given name or a short form, courtesy titles aside; "President Obama" is the
  text's own word on who is meant) whose every recorded role ended
  more than ``stale_years`` before the document's date (else its known period,
  ``DocumentInfo.period``), or began more than that after it, could not be the one acting in the
  story where the story is of another country: the country the document's other
  mentions (none of such a doubtful person's) name most, at least ``min_mentions``
  times, while they name the person's country hardly at all (``party_country_mentions``)
  or the story's country holds ``min_share`` of them (``national_bodies``' thresholds);
  or, where they name the person's country not at all, any other country they name.
  The one person the document names who has the word as a name or a surname ("Prince
  Charles" for "Charles"), else the one KB namesake of the story's country whose roles
  fit the date, is linked instead; with none (or several), the name is a new person.
* ``actors.link.party_country_agrees``: a mention linked to a KB party (sector PTY) of
  another country than the story's (the country the document's other mentions name
  most, at least ``min_mentions`` times), where the name written is none of the KB's
  names of the party (a near spelling, "Labor Party", or a longer name cut by the
  tagger, "Liberal Democrat"), neither its own words ("US Democrats", "Scottish
  Conservative Party") nor another actor in its sentence ("Democrat John Kerry") places
  it in the party's country, and the document names that country hardly at all
  (``party_country_mentions``) or the name written goes on past the KB's alias, is not
  that party: it is the KB's party of the story's country with the name written, else a
  new organisation of that name, placed in the story's country (``country_source``
  "story").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..datafiles import constants
from ..records import is_agent_id, is_new_id
from ..rules import declare
from .foreign_bodies import _name_start, _unplace_described
from .linker import Resolution
from .merging import merge_actor
from .national_bodies import _LIMITS, STORY_SOURCE
from .new_organisations import NEW_CONFIDENCE, add_new_organisation
from .newactors import new_actor
from .normalize import fold
from .sentence_country import _counted
from .titles import HONORIFICS, strip_titles

if TYPE_CHECKING:
    from .kb import KbActor
    from .resolve import DocumentResolver

PERIOD_PLAUSIBLE_PERSON = declare(
    "actors.link.period_plausible_person",
    "'Charles' in a 2004-2005 British story is not Charles of Belgium (regent 1944-1951): a "
    "KB person named only by one word whose every role ended long before the document's "
    "date or period (or began long after it), of another country than the story's, is the one "
    "KB namesake of the story's country who fits the date, else a new person",
)
PARTY_COUNTRY_AGREES = declare(
    "actors.link.party_country_agrees",
    "'Liberal Democrat peer X' in a British story is not the US Democratic Party: a KB "
    "party of another country than the story's, its country named neither by the "
    "mention's words nor in its sentence, is the story's country's party of the name "
    "written (the capitalised words before it included), else a new organisation there",
)
_LIMITS_HERE = constants("actors")["link_context"]
STALE_YEARS = int(_LIMITS_HERE["stale_years"])
# the document names the party's country at most this often beyond the party itself
FEW_MENTIONS = int(_LIMITS_HERE["party_country_mentions"])
_SPELT = ("name", "alias", "short", "fuzzy", "new")
# courtesy titles, which date nobody (an office title, "President Obama", is the text's own
# word on who is meant, and keeps the link)
COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "madam"})
_PARTY_SECTOR = "PTY"


# ---------------------------------------------------------------- the story


def _period(resolver: DocumentResolver) -> tuple[str, str] | None:
    """(first, last) ISO day the document may be of: its date, else its known period."""
    document = resolver.document
    if document.date:
        return document.date[:10], document.date[:10]
    period = document.period
    if period is None:
        return None
    return str(period.start)[:10], str(period.end)[:10]


def _country_counts(resolver: DocumentResolver) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """How often the document names each country (its actors' mentions that name one,
    and its country names and demonyms NER tagged: ``formal_titles.story_country``), and
    per actor id the part its own mentions give."""
    owner = {m.start: m.actor_id for m in resolver.mentions}
    counts: Counter[str] = Counter()
    own: dict[str, Counter[str]] = {}
    seen = set()
    for start, country in _counted(resolver):
        seen.add(start)
        if is_new_id(owner.get(start, "")):
            continue  # "Liberal Democrat spokesman X": X's country may be the party's
        counts[country] += 1
        own.setdefault(owner.get(start, ""), Counter())[country] += 1
    for ent in resolver.doc.ents:
        if ent.label_ in ("GPE", "NORP") and ent.start_char not in seen:
            named, _ = resolver.linker.where([t.text for t in ent], countries_only=True)
            if named is not None:
                counts[named] += 1
    return counts, own


def _other_story(
    counts: Counter[str], own: dict[str, Counter[str]], actor_id: str, country: str
) -> tuple[str | None, bool]:
    """The story's country where it is another than ``country`` (the actor's): the
    country the document's other mentions name most, at least ``min_mentions`` times,
    else None; and whether they name ``country`` at most ``FEW_MENTIONS`` times."""
    rest = counts.copy()
    rest.subtract(own.get(actor_id, Counter()))
    rest = +rest
    little = rest[country] <= FEW_MENTIONS
    if not rest:
        return None, little
    (top, n), *_ = rest.most_common(1)
    if top == country or n < _LIMITS["min_mentions"] or rest[country] == n:
        return None, little
    return str(top), little


# ---------------------------------------------------------------- people


def _year(value: str | None) -> int | None:
    try:
        return int(value[:4]) if value else None
    except ValueError:
        return None


def fits_period(actor: KbActor, first: str, last: str, years: int = STALE_YEARS) -> bool | None:
    """Whether the person's recorded roles reach the period: False where every role
    ended more than ``years`` before its first year or began more than ``years`` after
    its last (a placeholder date, "2000-01-01", must not undo a leader first in office
    in 2003); None where the KB records no dated role."""
    begin, end = _year(first), _year(last)
    starts = [y for r in actor.roles if (y := _year(r.start)) is not None]
    ends = [_year(r.end or r.seen or r.start) for r in actor.roles]
    if not actor.roles or begin is None or end is None:
        return None
    if any(r.end is None and r.seen is None and r.start is None for r in actor.roles):
        return None  # an undated role: it may be any time
    latest = max((y for y in ends if y is not None), default=None)
    if latest is not None and latest < begin - years:
        return False
    return not (starts and min(starts) > end + years)


def _one_word_only(resolver: DocumentResolver, actor_id: str) -> list[str]:
    """The words the person is named by here, where every spelt mention is one word
    once courtesy titles are set aside ("Charles", "Mr Kennedy"); else empty (also where
    an office title names the person: "President Obama")."""
    words = []
    for mention in resolver.mentions:
        if mention.actor_id != actor_id or mention.how not in _SPELT:
            continue
        written = mention.text.replace("'s", "").replace("\u2019s", "").split()
        stripped = strip_titles(resolver.linker, written)
        if stripped is not None:
            if any(fold(w).rstrip(".") not in COURTESY for w in stripped[1]):
                return []  # "President Obama": the text dates him by his office
            written = stripped[0]
        if len(written) != 1 or _office_title_before(resolver, mention.start):
            return []
        words.append(written[0])
    return words


def _document_namesake(
    resolver: DocumentResolver, word: str, old: str, doubtful: frozenset[str] = frozenset()
) -> str | None:
    """The one other person of the document (KB or new) who has the word as a whole
    name or a surname, titles set aside ("Prince Charles" for "Charles", not "Charles
    Kennedy"), in the KB's names or the document's, or None."""
    key = fold(word)
    kb = resolver.linker.kb
    written: dict[str, list[str]] = {}
    for mention in resolver.mentions:
        if mention.how != "pronoun":
            written.setdefault(mention.actor_id, []).append(mention.text)
    found = []
    for actor_id, actor in resolver.actors.items():
        if actor_id == old or actor.type != "person":
            continue
        if actor_id in doubtful and not any(
            m.actor_id == actor_id and len(m.text.split()) > 1 for m in resolver.mentions
        ):
            continue  # another doubtful one-word link, unless the text names it in full
        known = kb.actors.get(actor_id)
        names = (known.names() if known is not None else [actor.name]) + written.get(actor_id, [])
        for name in names:
            words = name.split()
            stripped = strip_titles(resolver.linker, words)
            words = [fold(w) for w in (stripped[0] if stripped else words)]
            if len(words) > 1 and words[-1] == key:
                # "Charles Kennedy" for "Kennedy": a surname
                found.append(actor_id)
                break
            if words == [key] and known is not None and len(name.split()) > 1:
                found.append(actor_id)  # "Prince Charles": the KB's titled name of him
                break
    return found[0] if len(found) == 1 else None


def _office_title_before(resolver: DocumentResolver, start: int) -> bool:
    """The word right before the mention is a title other than a courtesy one
    ("President" of "President Obama" where the name alone is the mention)."""
    span = resolver.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return False
    before = resolver.doc[span[0].i - 1]
    key = fold(before.text).rstrip(".")
    return key in HONORIFICS and key not in COURTESY


def _contemporary_namesake(
    resolver: DocumentResolver, word: str, story: str, first: str, last: str, old: str
) -> KbActor | None:
    """The one KB person of the story's country named ``word`` (a name or a surname)
    whose roles fit the period, or None."""
    kb = resolver.linker.kb
    ids = [a.id for a in resolver.linker.lookup(word)] + kb.surnames.get(fold(word), [])
    found = []
    for actor_id in dict.fromkeys(ids):
        actor = kb.actors.get(actor_id)
        if actor is None or actor.id == old or actor.type != "person":
            continue
        if actor.country != story or not fits_period(actor, first, last):
            continue
        found.append(actor)
    return found[0] if len(found) == 1 else None


def settle_period_people(resolver: DocumentResolver) -> None:
    """Unlink each one-word KB person the story's period and country rule out."""
    if not resolver.switches.enabled(PERIOD_PLAUSIBLE_PERSON):
        return
    period = _period(resolver)
    if period is None:
        return
    first, last = period
    counts, own = _country_counts(resolver)
    kb = resolver.linker.kb
    doubtful: dict[str, tuple[str, str]] = {}  # actor id -> (its KB country, its word)
    for actor_id in list(resolver.actors):
        known = kb.actors.get(actor_id)
        if known is None or known.type != "person" or not known.country:
            continue
        if fits_period(known, first, last) is not False:
            continue
        words = _one_word_only(resolver, actor_id)
        if words:
            doubtful[actor_id] = (known.country, words[0])
    if not doubtful:
        return
    # the story's countries as its other mentions name them: none of the doubtful people's
    rest = counts.copy()
    for actor_id in doubtful:
        rest.subtract(own.get(actor_id, Counter()))
    rest = +rest
    for actor_id, (country, word) in doubtful.items():
        story, little = _other_story(rest, {}, actor_id, country)
        if story is None and rest and not rest[country]:
            story = rest.most_common(1)[0][0]  # its country named by nothing else here
        elif story is None or not (little or _strict(rest, story)):
            continue
        namesake: KbActor | str | None = _document_namesake(
            resolver, word, actor_id, frozenset(doubtful)
        )
        if namesake is None:
            namesake = _contemporary_namesake(resolver, word, story, first, last, actor_id)
        _relink_person(resolver, actor_id, namesake)


def _strict(counts: Counter[str], story: str) -> bool:
    """The story's country holds ``min_share`` of every naming of a country."""
    return counts[story] >= _LIMITS["min_share"] * sum(counts.values())


def _relink_person(
    resolver: DocumentResolver, actor_id: str, namesake: KbActor | str | None
) -> None:
    """Move the person's mentions to ``namesake`` (the document's person of that id, or a
    KB person), else to a new person of the first mention's words."""
    spelt = [m for m in resolver.mentions if m.actor_id == actor_id and m.how != "pronoun"]
    if not spelt:
        return
    if isinstance(namesake, str):
        merge_actor(
            resolver,
            actor_id,
            namesake,
            how="short",
            renamed=("name", "alias", "fuzzy", "new"),
            cap=resolver.actors[namesake].confidence,
        )
        return
    found: Resolution | None
    if namesake is not None:
        found = resolver.linker.from_kb(namesake, resolver.date, how="short")
        how = "short"
    else:
        span = resolver.doc.char_span(spelt[0].start, spelt[0].end, alignment_mode="expand")
        found = new_actor(resolver, span, "PERSON") if span is not None else None
        if found is None or found.id == actor_id or found.type != "person":
            return
        how = "new"
    if found.id not in resolver.actors:
        resolver.actors[found.id] = found.record()
        resolver.gender[found.id] = found.gender
    merge_actor(resolver, actor_id, found.id, how=how, cap=found.confidence)


# ---------------------------------------------------------------- parties


def _sentence_names(resolver: DocumentResolver, start: int, country: str, actor_id: str) -> bool:
    """Another actor of ``country`` is named in the sentence holding ``start`` (not a
    new one)."""
    token = resolver.doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or not len(token):
        return False
    sent = token[0].sent
    for mention in resolver.mentions:
        if mention.actor_id == actor_id or mention.how == "pronoun":
            continue
        if is_new_id(mention.actor_id):
            continue  # "Democrat spokesman X": X's country may be the party's own
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        other = resolver.actors.get(mention.actor_id)
        if other is not None and other.country == country:
            return True
    return False


def settle_party_countries(resolver: DocumentResolver) -> None:
    """Move each mention of a KB party the story's country rules out to that country's
    party of the name written, else to a new organisation of it."""
    if not resolver.switches.enabled(PARTY_COUNTRY_AGREES):
        return
    kb = resolver.linker.kb
    linker = resolver.linker
    counts, own = _country_counts(resolver)
    text = resolver.document.text
    for actor_id in list(resolver.actors):
        actor = resolver.actors.get(actor_id)
        known = kb.actors.get(actor_id)
        if actor is None or known is None or is_new_id(actor_id) or is_agent_id(actor_id):
            continue
        if known.sector != _PARTY_SECTOR or not known.country:
            continue
        story, named_little = _other_story(counts, own, actor_id, known.country)
        if story is None:
            continue
        names = {fold(n) for n in known.names()}
        moved = []
        for mention in resolver.mentions:
            if mention.actor_id != actor_id or mention.how not in _SPELT:
                continue
            begin = _name_start(resolver, mention.start)
            written = text[begin : mention.end]
            country, _ = linker.where(written.split())
            if country == known.country:
                continue  # "US Democrats", "Scottish Conservative Party"
            if _sentence_names(resolver, mention.start, known.country, actor_id):
                continue  # "Democrat John Kerry"
            if fold(written) in names:
                continue  # "Conservative Party": the KB's own name of it, spelt whole
            if not (named_little or begin < mention.start):
                continue  # a near spelling, in a story naming the party's country
            moved.append((mention, begin, written))
        if not moved:
            continue
        spans = [(m.start, m.end) for m, _, _ in moved]
        target = _story_party(resolver, moved[0][2], story)
        _unplace_described(resolver, spans, known.country)
        for mention, begin, written in moved:
            mention.start, mention.text = begin, written
            mention.actor_id = target
            mention.how = "new" if is_new_id(target) else "name"
            mention.confidence = min(mention.confidence, NEW_CONFIDENCE)
        if not any(m.actor_id == actor_id and m.how != "pronoun" for m in resolver.mentions):
            merge_actor(resolver, actor_id, target)  # its pronouns follow it


def _story_party(resolver: DocumentResolver, written: str, story: str) -> str:
    """The KB party of the story's country called ``written``, else a new organisation
    of that name placed in the story's country; its id."""
    linker = resolver.linker
    for name in dict.fromkeys([written, written.rstrip("s"), written + "s"]):
        for actor in linker.lookup(name):
            if actor.type == "organization" and actor.country == story:
                if actor.id not in resolver.actors:
                    found = linker.from_kb(actor, resolver.date)
                    resolver.actors[actor.id] = found.record()
                    resolver.gender[actor.id] = None
                return actor.id
    return add_new_organisation(resolver, written, story, _PARTY_SECTOR, STORY_SOURCE)
