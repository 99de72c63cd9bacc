"""The WordNet cues: verbs and nouns that report a clause, read from
``data/quotes/wordnet_cues.tsv`` (written by ``quotes.cue_import``), and the parse gates
that let one of them find an attribution (rules ``quotes.cue.wordnet_judgment`` and
``quotes.cue.wordnet_phrasal``; the clause verbs and nouns of the list are read by no rule
since ``quotes.cue.wordnet_verb`` and ``wordnet_noun`` were removed in session 21). The hand-written reporting lexicon is asked first; these
words only answer for a verb or noun it does not list."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table, word_list
from ..errors import KnowledgeBaseError

_CLASSES = frozenset({"speech", "belief", "stance", "phrasal"})
_POS = frozenset({"verb", "noun"})
# a subject that can say or think: a pronoun other than "it"/"this", a name, a people noun
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which", "what"})
_PEOPLE = word_list("lexicon/people_nouns.txt") | word_list("quotes/group_nouns.txt")


@dataclass(frozen=True)
class WordnetCues:
    verbs: dict[str, str]  # one-word lemma -> class
    phrasal: dict[tuple[str, str], str]  # ("point", "out") -> class
    nouns: dict[str, str]
    judging: frozenset[str] = frozenset()  # "deride", "lash out": class stance, an object
    # two-word verbs of judging or of verb.communication: "lash" -> {"out"}, "take" -> {"issue"}
    multiword: dict[str, frozenset[str]] = field(default_factory=dict)
    # their second words that name words or a view ("issue", "exception"; not "hands")
    objects: frozenset[str] = frozenset()

    def judges(self, verb: Token, lemma: str) -> bool:
        """Is the verb token ("derided", "lashed out") a WordNet verb of judging?"""
        particle = _particle(verb)
        if particle is not None and f"{lemma} {particle}" in self.judging:
            return True
        return lemma in self.judging

    def target(self, verb: Token, lemma: str) -> Token | None:
        """The person after a two-word verb's preposition: "lashed out at Y", "bristled at
        Y", "took issue with Y" (the second word the preposition itself, a noun object, or
        a particle of a verb of judging), or None."""
        seconds = self.multiword.get(lemma)
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if not seconds or nxt is None or nxt.head.i != verb.i or nxt.lower_ not in seconds:
            return None
        if nxt.dep_ == "prep":
            prep: Token | None = nxt  # "bristled at Y": the second word is the preposition
        elif nxt.dep_ == "prt" and f"{lemma} {nxt.lower_}" not in self.judging:
            return None  # "passed along to Y", "looked up to Y": a recipient, a third word
        elif nxt.dep_ == "dobj" and not (
            f"{lemma} {nxt.lower_}" in self.judging or nxt.lower_ in self.objects
        ):
            return None  # "shook hands with Y": the object names no words or view
        elif nxt.dep_ in ("prt", "dobj"):
            after = nxt.i + 1
            prep = next(
                (c for c in (*verb.rights, *nxt.rights) if c.i == after and c.dep_ == "prep"),
                None,
            )
        else:
            return None
        if prep is None:
            return None
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or not could_speak(pobj):
            return None
        return pobj


def _particle(verb: Token) -> str | None:
    nxt = next((c for c in verb.rights if c.i == verb.i + 1), None)
    return nxt.lower_ if nxt is not None and nxt.dep_ in ("prt", "prep") else None


@lru_cache(maxsize=1)
def load_wordnet_cues() -> WordnetCues:
    verbs: dict[str, str] = {}
    phrasal: dict[tuple[str, str], str] = {}
    nouns: dict[str, str] = {}
    judging: set[str] = set()
    multiword: dict[str, set[str]] = {}
    objects: set[str] = set()
    relative = "quotes/wordnet_cues.tsv"
    for row in read_table(relative, required=("lemma", "pos", "class")):
        lemma, pos, cls = row["lemma"], row["pos"], row["class"]
        if cls not in _CLASSES or pos not in _POS or lemma != lemma.lower():
            raise KnowledgeBaseError(relative, int(row["_line"]), "class", f"bad row {lemma!r}")
        words = lemma.split()
        if cls in ("stance", "phrasal") and len(words) == 2:
            multiword.setdefault(words[0], set()).add(words[1])
        if cls == "phrasal" and pos == "noun":
            objects.add(lemma)
            continue
        if cls == "phrasal":
            continue
        if cls == "stance":
            judging.add(lemma)
        elif pos == "noun":
            nouns[lemma] = cls
        elif len(words) == 2:
            phrasal[(words[0], words[1])] = cls
        else:
            verbs[lemma] = cls
    return WordnetCues(
        verbs=verbs,
        phrasal=phrasal,
        nouns=nouns,
        judging=frozenset(judging),
        multiword={first: frozenset(seconds) for first, seconds in multiword.items()},
        objects=frozenset(objects),
    )


def could_speak(subject: Token) -> bool:
    """A pronoun for people, a name, or a WordNet noun of people or groups."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in _THING_PRONOUNS
    if subject.ent_type_ in _NAME_ENTITIES:
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _PEOPLE
