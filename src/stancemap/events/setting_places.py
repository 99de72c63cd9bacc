"""A place given as the setting of an act is not a party to it (issues 12 and 14, session 72).

* ``events.args.event_noun_setting_no_party``: "condemns Wednesday's terrorist act in
  London", "rejected calls for accountability for war crimes in Sri Lanka", "criticized
  the elections in Gambia": a locative phrase ('in', 'at', ...) whose object is a place,
  hung on a noun of an act, event or message (the first WordNet 3.0 sense of the noun in
  noun.act, noun.event or noun.communication, or a noun of the trigger lexicon), tells
  where that act happened, not who did it or had it done to them. The phrase reader
  (``arguments._actor_of_phrase``) took such a place as the noun phrase's party when the
  phrase named no other, which made the country a party of whatever act was about the
  noun: Saudi Arabia condemning the United Kingdom. The phrase then names no party from
  the place. What names a party is left alone: the noun's own possessor or modifier
  ("Israel's attack in Gaza"), an 'on'/'against' object ("sanctions on Iran", "the attack
  on Iran"), and the place of a material act or a threat, which ``finish._place`` still
  makes the act's target ("bombed positions in Syria", "lifted the curfew in X"). A noun
  of the trigger lexicon whose PLOVER type makes the place a party keeps it: a measure of
  coercion or sanction is the place's own state's ("the arrests in Moscow"), talks and
  visits are hosted by it ("the summit in Jordan"), aid and cooperation go to it, forces
  are sent to it or withdrawn from it.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import data_path
from ..rules import declare

EVENT_NOUN_SETTING = declare(
    "events.args.event_noun_setting_no_party",
    "'condemns the terrorist act in London', 'calls for accountability for war crimes in "
    "Sri Lanka': a place under 'in'/'at' (or near, inside, outside) on a noun of an act, "
    "event or message (first WordNet sense noun.act, noun.event, noun.communication, or a "
    "trigger noun) is where that act happened, not a party of the phrase: the phrase reader "
    "takes no actor from it (the noun's own possessor or modifier, 'on'/'against' objects, "
    "the place a material act or threat is done in, made its target later, and the place of "
    "a trigger noun of coercion, sanction, talks, aid, cooperation, deployment or withdrawal "
    "are kept)",
    order=59.7,
)
# set per document by the events stage from its switches (like arguments.abstract_place_on)
setting_place_on: ContextVar[bool] = ContextVar("event_noun_setting_no_party", default=False)

# the WordNet lexicographer files of a noun that names something done or said, which
# happens somewhere: "the attack in Kabul", "the vote in Gambia", "his remarks in London"
SETTING_FILES = frozenset({"noun.act", "noun.event", "noun.communication"})
# acts whose place is one of their parties, by the PLOVER type of the trigger lexicon's
# noun: a measure of coercion or sanction is taken by the state of the place ("condemned
# the arrests in Moscow": Russia's), talks and visits are hosted by it ("the summit in
# Jordan"), aid and cooperation go to it, forces are sent to it and withdrawn from it
PLACE_PARTY_TYPES = frozenset(
    {"COERCE", "SANCTION", "CONSULT", "AID", "COOPERATE", "MOBILIZE", "RETREAT"}
)


def event_noun(token: Token) -> bool:
    """A common noun naming an act, event or message (``EVENT_NOUN_SETTING``)."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    from .lexnames import noun_lexnames  # lexnames reads WordNet tables on first use

    lemma = token.lemma_.lower()
    nouns = _trigger_noun_types()
    if nouns.get(lemma) in PLACE_PARTY_TYPES:
        return False  # "the arrests in Moscow", "the summit in Jordan": the place is a party
    return noun_lexnames().get(lemma) in SETTING_FILES or lemma in nouns


@lru_cache(maxsize=1)
def _trigger_noun_types() -> dict[str, str]:
    """Single-word noun of the trigger lexicon -> the PLOVER type its first coded row gives."""
    from .ontology import load_ontology

    ontology = load_ontology()
    out: dict[str, str] = {}
    for row in read_table_rows("events/triggers.tsv"):
        if len(row) < 4 or row[1] != "N" or " " in row[0] or row[0] in out:
            continue
        entry = ontology.lookup(row[3]) if row[3] != "-" else None
        out[row[0]] = entry.type if entry is not None else ""
    return out


def read_table_rows(relative: str) -> list[list[str]]:
    """The tab-separated rows of a data file, comments and blank lines left out."""
    text = data_path(relative).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
