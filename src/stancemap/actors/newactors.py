"""Names the KB does not settle: new actors, and what the text around a name says.

* ``new_actor``: a name nobody knows becomes an actor with a stable id; a
  person takes the country of the title written before the name ("Russian
  Foreign Minister X"), a body the country in its name or of its possessor
  ("the Nigerian Union of Teachers", "Israel's Cabinet"); a demonym used as a
  noun ("the Palestinians") is that country's people; an unknown place is no
  actor.
* ``as_described``: a person takes the role, country and sector the words
  around the name give (``actors.descriptor.*``); where the KB says otherwise
  on the document date the text wins and ``kb_conflict`` keeps the KB's view.
* ``owned_elsewhere``: "Ivory Coast's Supreme Court" is Ivory Coast's, not the
  KB's same-named institution of another country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from ..datafiles import constants, read_table
from ..records import Actor
from ..rules import declare
from .demonym_people import demonym_people
from .descriptors import STAFF_SECTOR, Description, describe, shadow_post, staff_role
from .firm_names import place_reads_as_firm, reads_as_firm
from .linker import Resolution, agent_id, new_id
from .normalize import fold
from .spans import NAME_LABELS, ethnic, with_titles
from .titles import with_listed_country

if TYPE_CHECKING:
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]


def as_described(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution:
    """What the text says about the person comes first.

    * an unknown person (or one already met here) takes the role, country and
      sector the words around the name give;
    * a KB person reached only by a guess (a near spelling, a surname alone) whom
      the text describes otherwise on the document date is someone else: a new
      person with the text's description ("Pierre Dupont, the French foreign
      minister" is not Luxembourg's Pierre Dupong);
    * a KB person read by name whose record says otherwise on the document date
      takes the text's role, country and sector, and the disagreement is kept
      (``kb_conflict``).
    """
    said = describe(resolver.linker, span, resolver.switches)
    if said is None:
        return found
    if found.kb is None:  # fill what the name's own reading left open
        if found.country is None and found.cameo is None:
            found.country, found.cameo = said.country, said.cameo
        elif (
            found.country_source is not None
            and (said.country or said.cameo)
            and (said.country, said.cameo) != (found.country, found.cameo)
        ):
            # the text places the person: that beats a list's or a model's guess (and
            # the guessed article was someone else's)
            found.country, found.cameo, found.wiki = said.country, said.cameo, None
            found.country_source = None
        found.sector = found.sector or said.sector
        found.role = found.role or said.role
        return found
    if resolver.switches.enabled(TITLE_NEVER_HELD) and _title_never_held(span, found, said):
        return _described_new_person(span, said)
    if found.how in GUESSES:
        if resolver.switches.enabled(GUESS_YIELDS) and _disagrees(
            resolver, found, said, guessed=True
        ):
            return _described_new_person(span, said)
        return found
    if not said.says_role or said.sector == "ELI":
        return found
    if not _disagrees(resolver, found, said):
        found.role = found.role or said.role  # no post on the date in the KB: the text's
        if found.country is None and found.cameo is None:
            found.cameo = said.cameo  # "U.N. Secretary-General X": the KB's IGO post, coded
        return found
    found.kb_conflict = (
        f"the KB has {found.role or 'no role'} ({found.country or found.cameo or '-'}, "
        f"{found.sector or '-'}) on {resolver.date or 'the latest date'}; "
        f"the text says {said.role} ({said.country or said.cameo or '-'}, {said.sector})"
    )
    if said.country is not None or said.cameo is not None:
        found.country, found.cameo = said.country, said.cameo
    found.sector, found.role = said.sector, said.role
    return found


# how a KB person is reached when the spelling is not one of their names
GUESSES = frozenset({"fuzzy", "short"})
GUESS_YIELDS = declare(
    "actors.descriptor.guess_yields",
    "a KB person reached by a near spelling or a surname alone, whom the text describes "
    "otherwise (country, sector or office), is a new person described by the text",
)


TITLE_NEVER_HELD = declare(
    "actors.descriptor.title_never_held",
    "'Senator Novak': a KB person reached by one word (a surname) under a bare title "
    "(no country) of a sector that neither their record nor any of their KB roles has (LEG "
    "against Katalin Novák's GOV) is someone else: a new person described by the title (unless "
    "the document names a person of that surname in full: its own rules decide)",
)


def _title_never_held(span: Span, found: Resolution, said: Description) -> bool:
    """See ``TITLE_NEVER_HELD``: a one-word name, a title written before it that names
    no country, and a KB person whose record and roles, at any date, never held a post
    of the title's sector (nor one whose title holds the title's word)."""
    kb = found.kb
    if kb is None or kb.type != "person" or len(span) != 1 or not said.says_role:
        return False
    if said.rule != "actors.descriptor.premodifier" or said.sector in (None, "ELI"):
        return False
    if said.country is not None or said.cameo is not None:
        return False
    word = fold(span.text)
    if any(e.label_ == "PERSON" and len(e) > 1 and fold(e[-1].text) == word for e in span.doc.ents):
        return False  # the document names a person of that surname in full: its rules decide
    if kb.sector == said.sector or any(r.sector == said.sector for r in kb.roles):
        return False
    title = fold(str(said.role).split()[-1])
    return not any(title in fold(r.title).split() for r in kb.roles)


def _disagrees(
    resolver: DocumentResolver, found: Resolution, said: Description, *, guessed: bool = False
) -> bool:
    """The text's description and the KB's record on the document date differ: another
    country (or bloc), another sector, or another office ("Chancellor" against the KB's
    "Vice-Chancellor"). A ``guessed`` person (near spelling, surname) yields only to a
    post the text places in a country or bloc: then they must hold a post of that
    sector on the document date."""
    if said.country is not None and said.country != found.country:
        return True
    placed = found.country is not None or found.cameo is not None
    if said.country is None and said.cameo is not None and placed and said.cameo != found.cameo:
        return True
    if said.sector is None or said.sector == "ELI" or not said.says_role or found.kb is None:
        return False
    if resolver.switches.enabled(STAFF_SECTOR) and staff_role(said.role):
        return False  # a staffer's title is no office a KB record holds: no post to disagree
    if guessed:
        # against a name's own spelling a bare title ("President X") says too little: the
        # text must place the post ("Nigeria's Information Minister X"), on a known date
        if (said.country is None and said.cameo is None) or resolver.date is None:
            return False
    elif said.sector != found.sector:
        return True
    held = found.kb.role_on(resolver.date)
    if held is None:
        return guessed
    if guessed and held.sector != said.sector:
        return True
    said_office = role_office(resolver.linker, said.role)
    return said_office is not None and (held.office or None) != said_office


def role_office(linker: Any, role: str | None) -> str | None:
    """The office a role names (HOS, HOG, FM, DEF), from the agents lexicon."""
    if not role:
        return None
    found = linker.find_agent(role.split())
    office = found[0].office if found is not None else None
    return office if office in NAMED_OFFICES else None


NAMED_OFFICES = frozenset({"HOS", "HOG", "FM", "DEF"})


def _described_new_person(span: Span, said: Description) -> Resolution:
    return Resolution(
        id=new_id(span.text, "person"),
        name=span.text,
        type="person",
        country=said.country,
        cameo=said.cameo,
        sector=said.sector,
        role=said.role,
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )


def owned_elsewhere(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution:
    """A national body named after another country's ("Ivory Coast's Supreme Court",
    "the Nigerian Supreme Court"): the possessor or country adjective wins over the
    KB's same-named institution, which keeps only its sector."""
    words = span.text.split()
    generic = resolver.linker.find_agent(words)
    if generic is None or (generic[1], generic[2]) != (0, len(words)):
        return found  # a proper name ("Gazprom") stays whoever it is
    owner = owner_country(resolver, span)
    if owner is None or owner == found.country:
        return found
    return Resolution(
        id=new_id(f"{owner} {span.text}", "organization"),
        name=span.text,
        type="organization",
        country=owner,
        sector=found.sector,
        how="new",
        confidence=_CONFIDENCE["owned_elsewhere"],
    )


OWNER_OF_PHRASE = declare(
    "actors.names.owner_of_phrase",
    "a body named as the modifier of a following noun ('Chinese foreign ministry "
    "spokesman', 'Pakistan's Foreign Office spokesperson') takes the country written as "
    "possessor or adjective of that noun phrase, before the body's name",
)
_OWNER_DEPS = ("poss", "amod", "compound", "nmod")


def owner_country(resolver: DocumentResolver, span: Span) -> str | None:
    """The country written as possessor or adjective right before a name
    ("Israel's Cabinet", "the Kenyan Supreme Court"); with ``owner_of_phrase``, also
    before the noun phrase the name modifies ("the Chinese [foreign ministry] spokesman")."""
    owner = _owner_among(resolver, span, span.root)
    head = span.root
    # "Pakistan's [Foreign Office] spokesperson Baloch": the name is a compound of the
    # nouns after it, whose possessor or adjective (written before the name) owns it too
    while (
        owner is None
        and head.dep_ == "compound"
        and head.head.i > head.i
        and resolver.switches.enabled(OWNER_OF_PHRASE)
    ):
        head = head.head
        if _place_words(span, head):
            owner = _owner_among(resolver, span, head)
    return owner


def _place_words(span: Span, head: Any) -> bool:
    """The modifiers before the name hold a place or nationality the tagger saw (GPE,
    NORP): not "USA TODAY's super PAC", a newspaper's."""
    owners = _owners(span, head)
    words = [w for t in owners for w in t.subtree]
    return bool(words) and all(w.ent_type_ in _PLACE_TAGS for w in words if w.is_alpha)


_PLACE_TAGS = frozenset({"GPE", "NORP"})


def _owners(span: Span, head: Any) -> list[Any]:
    return [t for t in head.children if t.i < span.start and t.dep_ in _OWNER_DEPS]


def _owner_among(resolver: DocumentResolver, span: Span, head: Any) -> str | None:
    words = [w.text for t in _owners(span, head) for w in t.subtree if w.lower_ not in _OWNER_SKIP]
    owner, _ = resolver.linker.where(words, countries_only=True) if words else (None, None)
    return owner


_OWNER_SKIP = ("'s", "’s", "the")


def phrase_owner_start(resolver: DocumentResolver, span: Span, country: str) -> int | None:
    """The first character of the country word that owns a body named inside a longer
    noun phrase ("[Russian] foreign ministry spokeswoman"), where only that word (and its
    "'s") stands between them: the body's mention then starts there, so that it names
    its state ("Russian foreign ministry") as a name written whole would. None where the
    body owns its own modifiers, or the words between are not the owner's."""
    head = span.root
    if not resolver.switches.enabled(OWNER_OF_PHRASE) or _owner_among(resolver, span, head):
        return None
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
        owners = _owners(span, head)
        if not owners:
            continue
        if not _place_words(span, head) or _owner_among(resolver, span, head) != country:
            return None
        tokens = sorted({w.i for t in owners for w in t.subtree})
        first = tokens[0]
        between = set(range(first, span.start))
        if between - set(tokens):
            return None  # a word between that is not the owner's: no one phrase
        if span.doc[first].lower_ in _OWNER_SKIP:
            return None
        return int(span.doc[first].idx)
    return None


DEMONYM_PLURAL = declare(
    "actors.names.demonym_plural",
    "'Thais', 'Luxembourgers', 'Frenchmen': a plural the country table lacks, read back by "
    "English inflection (lexicon/demonym_plurals.tsv) to one country's demonym, is that "
    "country's people",
)
# (plural ending, singular ending), longest first
_PLURAL_ENDINGS = sorted(
    (
        (row["plural"].strip(), row.get("singular", "").strip())
        for row in read_table("lexicon/demonym_plurals.tsv", required=("plural",))
    ),
    key=lambda pair: -len(pair[0]),
)


def singular_demonym(resolver: DocumentResolver, folded: str) -> list[str]:
    """Country codes of the singular demonym a plural people noun inflects ([] if none):
    "thais" -> "thai" -> THA; "swiss" and words the table has already stay as they are."""
    if not resolver.switches.enabled(DEMONYM_PLURAL) or folded.endswith("ss"):
        return []
    for plural, singular in _PLURAL_ENDINGS:
        if folded.endswith(plural) and len(folded) > len(plural) + 2:
            codes = resolver.linker.demonyms.get(folded[: -len(plural)] + singular)
            if codes:
                return codes
    return []


def people_of(resolver: DocumentResolver, span: Span) -> Resolution | None:
    """A demonym used as a noun ("the Palestinians", "Nigerians", "Thais"): that country's
    people."""
    folded = fold(span.text)
    codes = resolver.linker.demonyms.get(folded) or singular_demonym(resolver, folded)
    if not codes or len(codes) != 1 or ethnic(span.doc, span.start):
        return None  # "ethnic Albanians" in Macedonia: not Albania's people
    return Resolution(
        id=agent_id(codes[0], None, ":people"),
        name=span.text,
        type="group",
        country=codes[0],
        sector=None,
        how="agent",
        confidence=_CONFIDENCE["country_group"],
    )


TITLED_PERSON_NAME = declare(
    "actors.names.titled_person_name",
    "'Elysee spokeswoman Maud Bregeon' (NER: an organisation): a name of two to five "
    "capitalised words, no agent or place word among them, written right after a person's "
    "role noun that titles it is a new person, not a body",
)


def titled_person_name(resolver: DocumentResolver, span: Span) -> bool:
    """The name follows a person's role noun that the parse hangs on it as its title, and
    reads as a personal name (rule ``TITLED_PERSON_NAME``)."""
    if span.start == 0 or not resolver.switches.enabled(TITLED_PERSON_NAME):
        return False
    before = span.doc[span.start - 1]
    if before.dep_ != "compound" or not (span.start <= before.head.i < span.end):
        return False
    words = span.text.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    linker = resolver.linker
    if linker.find_agent(words) is not None or linker.where(words) != (None, None):
        return False  # "Foreign Ministry", "Paris Council": a body's words
    role = linker.find_agent([before.text])
    return role is not None and role[0].kind == "person"


def new_actor(resolver: DocumentResolver, span: Span, label: str) -> Resolution | None:
    kind = NAME_LABELS.get(label, "other")
    linker = resolver.linker
    if kind == "organization" and titled_person_name(resolver, span):
        kind = "person"  # "spokeswoman Maud Bregeon", whatever the tagger said
    elif kind == "person" and reads_as_firm(resolver, span):
        kind = "organization"  # "budget airline Ryanair", whatever the tagger said
    elif kind in ("country", "location") and place_reads_as_firm(resolver, span):
        kind = "organization"  # "Spanish airline Iberia" (NER: a place)
    if label == "NORP":
        return people_of(resolver, span) or demonym_people(resolver, span)
    if kind in ("country", "location", "group"):
        return None  # an unknown place is not an actor
    if kind == "person" and fold(span.text) in linker.demonyms:
        return people_of(resolver, span)  # "Ugandan" tagged as a person: its people
    if kind in ("person", "organization", "other") and singular_demonym(resolver, fold(span.text)):
        return people_of(resolver, span)  # "Thais protested": a people the tagger missed
    prefix = with_titles(span).split()[: -len(span.text.split())] if span else []
    country, cameo = linker.where(prefix) if prefix else (None, None)
    agent = linker.find_agent(prefix) if prefix else None
    sector = shadow_post(linker, prefix, agent[0].sector) if agent else None
    if kind == "person":
        titled = title_actor(resolver, span)
        if titled is not None:  # "U.S. Secretary of State X", "Arab League Secretary-General X"
            if titled.sector == "IGO" and titled.country is None:
                country, cameo, sector = None, None, "IGO"
            elif titled.country is not None:
                country = titled.country
                sector = titled.sector or sector
    elif kind == "organization" and country is None and cameo is None:
        # "the Nigerian Union of Teachers", "Israel's Cabinet": a country adjective in
        # the name, or a country as its possessor, gives the body its country
        country, cameo = linker.where(span.text.split(), countries_only=True)
        country = country or owner_country(resolver, span)
        if country is not None and sector is None:
            named = linker.find_agent(span.text.split())
            sector = named[0].sector if named else None
    key = span.text
    if (
        kind == "organization"
        and country is not None
        and phrase_owner_start(resolver, span, country) is not None
    ):
        key = f"{country} {span.text}"  # "[Russian] foreign ministry": not China's
    found = Resolution(
        id=new_id(key, kind),
        name=span.text,
        type=kind,
        country=country,
        sector=sector,
        cameo=cameo,
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )
    if kind == "person" and country is None and cameo is None:
        # a full name nobody knows and no title placing it: the nationality list, marked
        found = with_listed_country(linker, found)
    return found


def title_actor(resolver: DocumentResolver, span: Span) -> Actor | None:
    """The actor named by the title written right before a new person's name
    ("Russian Foreign Minister", "U.S. Secretary of State", "Arab League
    Secretary-General"): a role, a country or an IGO whose mention ends at most a
    few title words before the name, with no comma or verb in between."""
    doc = span.doc
    start = span.start
    first_of_sentence = span.sent.start
    while (
        start > first_of_sentence
        and span.start - start < 6
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "PUNCT")
        and (doc[start - 1].pos_ != "ADP" or doc[start - 1].lower_ == "of")
        and (doc[start - 1].pos_ != "PUNCT" or doc[start - 1].text == "-")
    ):
        start -= 1
    if start == span.start:
        return None
    best: Actor | None = None
    window = doc[start].idx
    if resolver.switches.enabled(OWNER_OF_PHRASE):
        # "[Pakistan's Foreign Office] spokesperson X": a body's mention that starts
        # with its owner, before the title words, and ends inside them
        window = min(
            [window]
            + [m.start for m in resolver.mentions if m.start < window < m.end <= span.start_char]
        )
    for mention in resolver.mentions_between(window, span.start_char):
        actor = resolver.actors.get(mention.actor_id)
        if actor is not None and (actor.country or actor.sector == "IGO"):
            best = actor  # the nearest one before the name wins
    return best
