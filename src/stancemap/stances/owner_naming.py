"""A verb of naming that judges a party's act, words or quality
(``stances.claims.judged_owner_naming``).

"Bolton called Obama's ignorance of advice 'disrespectful'", "X called Y's remarks
disgusting", "X described the decision by Y as reckless": ``stances.claims.judged_party``
reads a verb of naming whose object is the party ("called Y a liar"); an object that names
the party's own act or message (``data/stances/act_nouns.txt``: WordNet noun.act /
noun.communication less the acts of force, ``act_import``) or quality or mind's work
(``data/stances/quality_nouns.txt``: noun.attribute / noun.cognition, ``quality_import``),
owned by the party - its possessor or its "by"/"of" phrase (``claims._owner``), a name the
actors stage resolved - judges the party, as ``stances.claims.judged_act`` reads "Y's
decision was a provocation" in a quote. The finding is judged_party's, with all its gates
(the naming subject holds it; not the party on itself; asserted, not conceded; the judged
gates). An act done to the owner ("Navalny's arrest") is no act of his: the acts of force
are not in the act list.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .claims import _owner, act_nouns
from .topics import lemma

JUDGED_OWNER_NAMING = declare(
    "stances.claims.judged_owner_naming",
    "with stances.claims.judged_party: a verb of naming whose object is a party's own act, "
    "message (act_nouns.txt) or quality (quality_nouns.txt: WordNet noun.attribute / "
    "noun.cognition) - its possessor or by/of phrase - judges that party ('X called Y's "
    "ignorance disrespectful', 'X called Y's remarks disgusting')",
    order=76.05,
)


@lru_cache(maxsize=1)
def quality_nouns() -> frozenset[str]:
    """Nouns whose first WordNet sense is an attribute or a cognition
    (``data/stances/quality_nouns.txt``, built by ``quality_import``)."""
    return word_list("stances/quality_nouns.txt")


def owned_party(obj: Token, ctx: object) -> str | None:
    """The party whose act, words or quality the naming verb's object names, or None."""
    if obj.pos_ not in ("NOUN", "PROPN"):
        return None
    word = lemma(obj)
    if word not in act_nouns() and word not in quality_nouns() and obj.lower_ not in act_nouns():
        return None
    return _owner(obj, ctx)  # type: ignore[arg-type]
