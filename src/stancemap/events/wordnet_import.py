"""Import two tables from Princeton WordNet 3.0 (the Debian package ``wordnet-base``,
``/usr/share/wordnet``) into the project's own data files:

- ``data/events/particle_verbs.tsv``: every two-word WordNet verb whose second word is a
  particle ("turn down", "back off", "walk away"), with the one-word verbs of its most
  frequent sense ("turn down": refuse, reject, decline). The events stage reads a verb
  with that particle as the particle verb (through its synonyms), never as the bare verb.
- ``data/events/sense_nouns.tsv``: nouns whose most frequent sense is a weapon, an armed
  body, a building or vehicle, or (WordNet's lexicographer files noun.cognition and
  noun.communication) an idea, a plan or words: the sense rules read the arguments of a
  force verb through them beside the hand-written ``sense.tsv``
  (``events.sense.wordnet_nouns``).

    python -m stancemap.events.wordnet_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import LEXNAMES, WORDNET, first_senses, lexfiles, senses, synsets, under

# the adverb particles of English phrasal verbs (prepositions alone are not read)
PARTICLES = ("up", "down", "out", "off", "away", "back", "over", "in", "on", "aside", "around")
# roots of the sense kinds (WordNet 3.0 noun offsets): a noun whose most frequent sense
# lies under one of them is of that kind
SENSE_ROOTS = {
    "weapon": ("04565375", "04566257", "03305522"),  # weapon, weaponry, explosive device
    # military unit, military personnel, soldier, military vehicle (warship, warplane, tank)
    "armed": ("08198398", "08397255", "10622053", "03764276"),
    "physical": ("02913152", "04524313"),  # building, vehicle
}
# increase.v.01 ("become bigger or greater in amount") and decrease.v.01 ("decrease in
# size, extent, or range"): verbs of a change in amount ("support fell", "support grew")
AMOUNT_ROOTS = ("00156601", "00151689")
# military action, violence (an act of aggression), military operation, attack: a noun whose
# most frequent sense lies below one of these and that is also a verb ("raid", "ambush")
FORCE_NOUN_ROOTS = ("00952963", "00965404", "00955060", "00773814")
# delay.v.01 ("act later than planned": postpone, defer, shelve) and discard.v.01 ("throw
# or cast away": scrap, junk, abandon, dump): a verb whose most frequent sense is below one
# puts off or drops what it takes as object (events.sense.cooperation_put_off)
PUT_OFF_ROOTS = ("02641957", "02222336")
# decide.v.01 ("reach, make, or come to a decision about something": vote, choose, elect):
# a verb whose most frequent sense is below it decides its "to" infinitive's act
# (events.trigger.deciding_verb_infinitive)
DECIDE = "00697607"
# want.v.01 ("feel or have a desire for"), hope.v.01 ("expect and wish"), wish.v.01 ("hope
# for; have a wish"): what is wished for is not done (events.mode.wish_is_unreal)
WISH_ROOTS = ("01825255", "01826741", "01824357")
# follow.v.03 ("come after in time"), postdate.v.01 ("be later in time") and predate.v.01
# ("be earlier in time": precede, antedate): verbs of order in time (events.sense.sequence_verb)
SEQUENCE_ROOTS = ("02720354", "02712772", "02712443")
# compete.v.01 ("compete for something; engage in a contest": vie, contend, campaign) and
# get_the_better_of.v.01 ("defeat", "beat", "overcome"): standing among rivals, no force
# between them when they are politicians (events.sense.rival_standing)
RIVALRY_ROOTS = ("01072280", "01108166")
# worsen.v.01 ("get worse": slip, decline, deteriorate) and improve.v.02 ("get better":
# recover, rebound), with their direct hyponyms: a standing that changes
# (events.sense.support_measure_verb)
STANDING_ROOTS = ("00203866", "00205046")
# reject.v.01 ("refuse to accept or acknowledge": dismiss, repudiate, refute), spurn.v.01
# ("reject with contempt": scorn, turn down, rebuff) and deny.v.01 ("declare untrue;
# contradict": disavow): a verb whose most frequent sense is below one rejects the charge
# it takes as object (events.frame.rejected_charge)
REJECT_ROOTS = ("00685701", "00796994", "00816574")
# participate.v.01 ("take part"), join.v.01 ("become part of"), attend.v.01 ("go to"): a
# verb whose most frequent sense is one of these takes part in the event it takes as object
# (events.trigger.joined_event_noun)
JOINING = ("02450256", "02434976", "02612762")
# questioning.n.01 ("a request for information": question, query, interview): what one asks
# when asking for words, not for an act (events.sense.question_is_no_request)
QUESTIONING = "07193184"
# request.n.01 ("a formal message requesting something": petition, demand, call, ultimatum),
# entreaty.n.01 ("earnest or urgent request": appeal, plea, supplication) and urging.n.01
# (importunity): nouns of asking (events.trigger.request_nouns)
REQUEST_ROOTS = ("06513366", "07186828", "07188385")
# verb lexicographer files of no act between parties: change, cognition, consumption,
# emotion, motion, perception, possession, stative ("come", "want", "expect", "use")
# (events.sense.light_verb_needs_party)
LIGHT_LEXFILES = ("30", "31", "34", "37", "38", "39", "40", "42")
# lexicographer files whose nouns are ideas and words: noun.cognition, noun.communication
VERBAL_LEXFILES = ("09", "10")
# noun.group, noun.person: nouns that may name a party (events.sense.visit_needs_traveller)
PARTY_LEXFILES = ("14", "18")
# noun.communication: a statement, a letter, a ruling acts for its authors
# (events.sense.thing_subject_no_act)
VOICE_LEXFILE = "10"
# noun.location: "several states rejected the bills" (events.sense.thing_subject_no_act)
PLACE_LEXFILE = "15"
# yield.v.? ("consent reluctantly": give in, succumb; below it submit/bow/accede),
# assent.v.01 (accede, acquiesce), meet.v.04 ("fill or meet a want or need": satisfy,
# fulfil) and comply.v.01 (abide by): a verb with a sense at or below one of these, whose
# object is a demand, yields to it (events.sense.yielded_to_demand)
YIELD_ROOTS = ("00804494", "00804157", "01183591", "02542280")
# send.v.02 ("cause or order to be taken ... to another place"), transport.v.04 ("transport
# commercially": ship, dispatch) and fly.v.04 ("transport by aeroplane": airlift) with the
# verbs below them, and the words of deliver.v.02 ("bring to a destination") and send.v.06
# ("transfer"): verbs of sending things somewhere (events.trigger.sent_goods)
SENDING_TREES = ("01437272", "01950816", "01451860")
SENDING_SYNSETS = ("01438322", "01062573")
SENDING_SENSES = 4  # the sense must be among the verb's first four
# noun lexicographer files of goods: artifact, food, substance, plant, possession
GOODS_LEXFILES = ("06", "13", "27", "20", "21")
# ... and those of a most frequent sense that is no goods: person, group, communication,
# act, event, feeling, motive, phenomenon, attribute, time, location, relation, process
NOT_GOODS_FIRST = ("18", "14", "10", "04", "11", "12", "16", "19", "07", "28", "15", "24", "22")
GOODS_SENSES = 3  # the goods sense must be among the noun's first three
PARTY_TOPS = ("00031264", "00007846")  # group.n.01, person.n.01 (in noun.Tops)
# criticize.v.01 ("find fault with": knock, pan, lambaste, rebuke), denounce.v.01,
# condemn.v.01 (decry, excoriate) and attack.v.02 ("attack in speech or writing": assail,
# lash out, rip), with everything below them: verbs of criticism
# (events.trigger.criticism_verbs)
CRITICISM_ROOTS = ("00826527", "00841598", "00864177", "00862701")
# a verb whose criticism sense is not its most frequent one counts only when that most
# frequent sense is bodily force (verb.contact, verb.competition: "rip", "knock",
# "savage"): the figurative-force pattern; never "pick" (a running mate) or "correct"
CRITICISM_FORCE_LEXFILES = ("33", "35")
# ... and has no sense of getting the better of someone (get_the_better_of.v.01: "trounce",
# "whip" a rival in a vote) and none in verb.social ("assault": rape): between two people
# those readings are no criticism
CRITICISM_NOT_SENSES = ("01108166",)
CRITICISM_NOT_LEXFILE = "41"
# chase.v.01 ("go after with the intent to catch": go after, chase after), quest_for.v.01
# (go after, quest after), aim.v.01 ("point or cause to go towards": take aim) and
# lam_into.v.01 ("attack vigorously": tear into, lay into, lace into, pitch into): their
# words of two words, whose second is a preposition or the aimed noun, are going at
# someone (events.trigger.pursuit_criticism)
PURSUIT_SYNSETS = ("02001876", "01317551", "01151128", "01242555")
PURSUIT_PREPS = ("after", "into", "for", "at")
# support verbs by their subject's role (events/support_verbs.py): agent - aim.v.01, level
# ("level criticism at"), aim ("aim a remark"), hurl/throw ("hurl insults"), heap ("heap
# scorn upon"), lavish; patient - confront.v.02 ("faced the consequences"), suffer/endure,
# suffer/sustain, undergo, incur, receive ("receive a treatment"), attract/draw; not
# experience.v.01 ("get an idea": a state of mind, no treatment by another)
SUPPORT_SYNSETS = {
    "agent": ("01151128", "01152914", "00955490", "01067682", "02263806", "02264619"),
    "patient": (
        "00812316",
        "02109208",
        "00065639",
        "02108395",
        "02721031",
        "00522751",
        "01505272",
    ),
}
SUPPORT_RANK = 10  # a word is kept where the seed is among its ten most frequent senses
VERSION = "2026.11.1"


def particle_verbs(root: Path) -> list[tuple[str, list[str]]]:
    graph = synsets(root / "data.verb")
    rows = []
    for lemma, offset in sorted(first_senses(root / "index.verb").items()):
        parts = lemma.split("_")
        if len(parts) != 2 or parts[1] not in PARTICLES:
            continue
        words = [w.split("(")[0] for w in graph[offset][0]]
        synonyms = [w for w in dict.fromkeys(words) if "_" not in w]
        rows.append((" ".join(parts), synonyms))
    return rows


# WordNet's verb lexicographer files by number (lexnames)
VERB_LEXNAMES = {
    "29": "body",
    "30": "change",
    "31": "cognition",
    "32": "communication",
    "33": "competition",
    "34": "consumption",
    "35": "contact",
    "36": "creation",
    "37": "emotion",
    "38": "motion",
    "39": "perception",
    "40": "possession",
    "41": "social",
    "42": "stative",
    "43": "weather",
}


def multiword_verbs(root: Path) -> list[tuple[str, list[str], list[str]]]:
    """(phrase, lexnames of its senses most frequent first, one-word verbs of its most
    frequent sense) for every WordNet verb lemma of two words or more ("make up",
    "come of age", "make up one's mind", "take place"): events.trigger.multiword_*."""
    graph = synsets(root / "data.verb")
    lexfile = lexfiles(root / "data.verb")
    rows = []
    for lemma, offsets in sorted(senses(root / "index.verb").items()):
        parts = lemma.split("_")
        if len(parts) < 2 or not all(parts):
            continue
        names = [VERB_LEXNAMES.get(lexfile[o], "other") for o in offsets]
        words = [w.split("(")[0] for w in graph[offsets[0]][0]]
        synonyms = [w for w in dict.fromkeys(words) if "_" not in w and "-" not in w]
        rows.append((" ".join(parts), names, synonyms))
    return rows


def sense_nouns(root: Path) -> list[tuple[str, str]]:
    """(noun, kind) for one-word nouns whose most frequent sense is of a sense kind."""
    graph = synsets(root / "data.noun")
    lexfile = lexfiles(root / "data.noun")
    kinds = {kind: under(graph, roots) for kind, roots in SENSE_ROOTS.items()}
    rows = []
    for lemma, offset in sorted(first_senses(root / "index.noun").items()):
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        kind = next((k for k, offsets in kinds.items() if offset in offsets), None)
        if kind is None and lexfile.get(offset) in VERBAL_LEXFILES:
            kind = "verbal"
        if kind is not None:
            rows.append((lemma, kind))
    return rows


def amount_verbs(root: Path) -> list[str]:
    """One-word verbs with any sense under increase.v.01 or decrease.v.01 ("fell", "rose",
    "dipped", "grew"): with a support noun as an intransitive subject, a measure."""
    graph = synsets(root / "data.verb")
    below = under(graph, AMOUNT_ROOTS)
    return sorted(
        lemma
        for lemma, offsets in senses(root / "index.verb").items()
        if lemma.isalpha() and set(offsets) & below
    )


def force_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is a military action, an act of violence,
    a military operation or an attack, and that are verbs as well ("raid", "ambush",
    "foray"): the noun names the act of the verb (``events.trigger.force_nouns``)."""
    graph = synsets(root / "data.noun")
    below = under(graph, FORCE_NOUN_ROOTS)
    verbs = senses(root / "index.verb")
    return sorted(
        lemma
        for lemma, offset in first_senses(root / "index.noun").items()
        if lemma.isalpha() and offset in below and lemma in verbs
    )


def _first_sense_below(
    root: Path, pos: str, roots: tuple[str, ...], keep: Callable[[str], bool]
) -> list[str]:
    """The lemmas of ``pos`` ("verb", "noun") whose most frequent sense is one of ``roots``
    or below it, those ``keep`` accepts, sorted; "_" read as a space."""
    below = under(synsets(root / f"data.{pos}"), roots)
    return sorted(
        lemma.replace("_", " ")
        for lemma, offset in first_senses(root / f"index.{pos}").items()
        if offset in below and keep(lemma)
    )


def _hyphened_word(lemma: str) -> bool:
    return lemma.replace("-", "").isalpha()


# propose.v.01 ("make a proposal, declare a plan": suggest, recommend), present.v.03 /
# argue.v.01 ("present reasons and arguments"), affirm.v.01 ("to declare or affirm
# solemnly": claim, contend), assert.v.01 ("state categorically": allege), insist.v.01
# ("be emphatic or resolute and refuse to budge"), hint.v.01 ("drop a hint"): verbs whose
# most frequent sense puts words forward as true or as a proposal
ASSERTION_ROOTS = ("00875412", "00772985", "01011743", "01016796", "00818992", "00927448")


def assertion_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is at or below a verb of asserting or
    proposing (ASSERTION_ROOTS): over an indicative clause they state, and neither ask nor
    accuse (events.sense.asserted_clause_no_act)."""
    return _first_sense_below(root, "verb", ASSERTION_ROOTS, _hyphened_word)


# speech_act.n.01 ("the use of language to perform some act": request, denunciation,
# rejection) and message.n.02 ("what a communication that is about something is about":
# approval, commendation, criticism): acts done in words, as support verbs carry them
VERBAL_ACT_ROOTS = ("07160883", "06598915")
HYPERNYM_DEPTH = 3


def event_noun_hypernyms(root: Path) -> list[tuple[str, list[str]]]:
    """(noun, [hypernym words]) for single-word nouns whose most frequent sense is an act
    done in words (below speech_act.n.01 or message.n.02) and that the trigger lexicon
    lacks: the one-word words of the hypernyms of that sense that are themselves below
    those roots, nearest first, up to three levels, kept where
    the trigger lexicon has the word as a noun or verb or the word is formed from such a
    verb ("tribute" -> approval, commendation; "tirade" -> denunciation; "ultimatum" ->
    demand). The events stage reads the first that names a coded act when the noun is
    the object of a support verb (events.trigger.support_noun_hypernyms)."""
    from .lexicon import verbs_of_noun

    graph = synsets(root / "data.noun")
    verbal = under(graph, VERBAL_ACT_ROOTS) - set(VERBAL_ACT_ROOTS)
    rows = [
        x.split("\t")
        for x in data_path("events/triggers.tsv").read_text("utf-8").splitlines()
        if x and x[0] != "#"
    ]
    nouns = {r[0] for r in rows if len(r) > 1 and r[1] == "N"}
    verbs = {r[0] for r in rows if len(r) > 1 and r[1] == "V"}

    def coded(word: str) -> bool:
        return word in nouns or word in verbs or any(v in verbs for v in verbs_of_noun(word, False))

    out: list[tuple[str, list[str]]] = []
    for lemma, offset in sorted(first_senses(root / "index.noun").items()):
        if "_" in lemma or not lemma.isalpha() or lemma in nouns:
            continue
        if offset not in verbal:
            continue
        found: list[str] = []
        level = [offset]
        for _ in range(HYPERNYM_DEPTH):
            level = [t for o in level for sym, t in graph[o][1] if sym == "@" and t in verbal]
            for o in level:
                found += [w for w in graph[o][0] if w.isalpha() and w != lemma and coded(w)]
        if found:
            out.append((lemma, list(dict.fromkeys(found))))
    return out


def put_off_verbs(root: Path) -> list[str]:
    """Verbs whose most frequent sense is below delay.v.01 or discard.v.01 ("postpone",
    "shelve", "scrap", "abandon"; two-word verbs with a space)."""
    return _first_sense_below(
        root, "verb", PUT_OFF_ROOTS, lambda lemma: _hyphened_word(lemma.replace("_", ""))
    )


def rejecting_verbs(root: Path) -> list[str]:
    """Verbs whose most frequent sense is below reject.v.01 or deny.v.01 ("dismiss",
    "rebuff", "refute", "deny"; two-word verbs with a space: "brush off", "shrug off")."""
    return _first_sense_below(
        root, "verb", REJECT_ROOTS, lambda lemma: _hyphened_word(lemma.replace("_", ""))
    )


def criticism_verbs(root: Path) -> list[tuple[str, str]]:
    """Verbs with a sense at or below criticize.v.01, denounce.v.01, condemn.v.01 or
    attack.v.02, with ``first`` where that sense is the most frequent one ("criticize",
    "lambaste", "excoriate") and ``force`` where the most frequent sense is bodily force
    ("rip", "knock", "savage", "assail") and no sense of defeating someone or in verb.social
    ("trounce", "whip", "assault"); others ("pick", "correct", "answer") are left out.
    Two-word verbs with a space ("lash out", "tear apart")."""
    graph = synsets(root / "data.verb")
    below = under(graph, CRITICISM_ROOTS)
    beaten = under(graph, CRITICISM_NOT_SENSES)
    lexfile = lexfiles(root / "data.verb")
    out: list[tuple[str, str]] = []
    for lemma, offsets in senses(root / "index.verb").items():
        if not any(o in below for o in offsets) or not _hyphened_word(lemma.replace("_", "")):
            continue
        if offsets[0] in below:
            out.append((lemma.replace("_", " "), "first"))
        elif lexfile[offsets[0]] in CRITICISM_FORCE_LEXFILES and not any(
            o in beaten or lexfile[o] == CRITICISM_NOT_LEXFILE for o in offsets
        ):
            out.append((lemma.replace("_", " "), "force"))
    return sorted(out)


def pursuit_verbs(root: Path) -> list[tuple[str, str]]:
    """(verb, preposition) of the two-word words of chase.v.01, quest_for.v.01, aim.v.01 and
    lam_into.v.01: "go after" -> ("go", "after"), "tear into" -> ("tear", "into"); a second
    word that is no preposition is the verb's object, aimed "at" ("take aim" -> ("take
    aim", "at"))."""
    graph = synsets(root / "data.verb")
    out: set[tuple[str, str]] = set()
    for offset in PURSUIT_SYNSETS:
        for word in graph[offset][0]:
            parts = word.split("(")[0].lower().split("_")
            if len(parts) != 2:
                continue
            if parts[1] in PURSUIT_PREPS:
                out.add((parts[0], parts[1]))
            else:
                out.add((" ".join(parts), "at"))
    return sorted(out)


def support_verbs(root: Path) -> list[tuple[str, str]]:
    """(verb, agent|patient): the one-word verbs of ``SUPPORT_SYNSETS`` for which the seed is
    among their ``SUPPORT_RANK`` most frequent senses ("direct" in aim.v.01, not "take")."""
    graph = synsets(root / "data.verb")
    ranks = senses(root / "index.verb")
    out: set[tuple[str, str]] = set()
    for kind, offsets in SUPPORT_SYNSETS.items():
        for offset in offsets:
            for word in graph[offset][0]:
                lemma = word.split("(")[0].lower()
                if "_" in lemma or offset not in ranks.get(lemma, [])[:SUPPORT_RANK]:
                    continue
                out.add((lemma, kind))
    return sorted(out)


def medium_nouns(root: Path) -> list[str]:
    """One-word nouns with a sense under medium.n.01 (television, radio, newspaper, press):
    a channel of communication ("on television"), no party (events.args.medium_no_target)."""
    graph = synsets(root / "data.noun")
    return sorted(
        {w.split("(")[0] for o in under(graph, ("06254669",)) for w in graph[o][0] if "_" not in w}
    )


def deciding_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is decide.v.01 or below (vote, choose)."""
    return _first_sense_below(root, "verb", (DECIDE,), _hyphened_word)


def party_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is in noun.person or noun.group."""
    lexfile = lexfiles(root / "data.noun")
    return sorted(
        lemma
        for lemma, offset in first_senses(root / "index.noun").items()
        if lemma.replace("-", "").isalpha()
        and (lexfile.get(offset) in PARTY_LEXFILES or offset in PARTY_TOPS)
    )


def _nouns_in_lexfile(root: Path, lexfile_name: str) -> list[str]:
    """One-word nouns whose most frequent sense is in one WordNet lexicographer file."""
    lexfile = lexfiles(root / "data.noun")
    return sorted(
        lemma
        for lemma, offset in first_senses(root / "index.noun").items()
        if lemma.replace("-", "").isalpha() and lexfile.get(offset) == lexfile_name
    )


def voice_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is in noun.communication (statement,
    letter, report, editorial, order): things that speak or act for their authors."""
    return _nouns_in_lexfile(root, VOICE_LEXFILE)


def place_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is in noun.location (state, country,
    city, district): places that act as their governments and people do."""
    return _nouns_in_lexfile(root, PLACE_LEXFILE)


# the noun files of abstract things (no person, group, place, artefact or living thing)
ABSTRACT_LEXNAMES = (
    "noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.motive", "noun.phenomenon", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.time",
)  # fmt: skip


def abstract_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is abstract (an idea, an act, words, a
    feeling, a state, ...: ``ABSTRACT_LEXNAMES``), tab, that lexname: issue, conclusion,
    plan, question, enthusiasm."""
    lexfile = lexfiles(root / "data.noun")
    return sorted(
        f"{lemma}\t{LEXNAMES[lexfile[offset]]}"
        for lemma, offset in first_senses(root / "index.noun").items()
        if lemma.replace("-", "").isalpha()
        and LEXNAMES.get(lexfile.get(offset, "")) in ABSTRACT_LEXNAMES
    )


def rivalry_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is below compete.v.01 or
    get_the_better_of.v.01 (compete, vie, campaign, beat, defeat, overcome, outpace)."""
    return _first_sense_below(root, "verb", RIVALRY_ROOTS, _hyphened_word)


def wish_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is below want.v.01, hope.v.01 or wish.v.01."""
    return _first_sense_below(root, "verb", WISH_ROOTS, str.isalpha)


def after_verbs(root: Path) -> list[str]:
    """Two-word verbs "X after" ("go after", "chase after", "run after": pursue, chase)."""
    return sorted(
        lemma.replace("_", " ")
        for lemma in senses(root / "index.verb")
        if lemma.count("_") == 1 and lemma.endswith("_after") and lemma.split("_")[0].isalpha()
    )


def sequence_verbs(root: Path) -> list[str]:
    """Verbs of any sense of order in time ("precede", "follow", "come after")."""
    graph = synsets(root / "data.verb")
    below = under(graph, SEQUENCE_ROOTS)
    return sorted(
        lemma.replace("_", " ")
        for lemma, offsets in senses(root / "index.verb").items()
        if set(offsets) & below
    )


def standing_verbs(root: Path) -> list[str]:
    """One-word verbs of worsen.v.01 / improve.v.02 and of their direct hyponyms."""
    graph = synsets(root / "data.verb")
    offsets = set(STANDING_ROOTS)
    for root_offset in STANDING_ROOTS:
        offsets |= {t for symbol, t in graph[root_offset][1] if symbol == "~"}
    words = {w.split("(")[0] for offset in offsets for w in graph[offset][0]}
    return sorted(w for w in words if w.isalpha())


def yielding_verbs(root: Path) -> list[str]:
    """Verbs with any sense at or below yield.v (give in), assent.v.01 (accede), meet.v.04
    (satisfy) or comply.v.01 ("bow", "give in", "accede", "meet", "abide by")."""
    below = under(synsets(root / "data.verb"), YIELD_ROOTS)
    return sorted(
        lemma.replace("_", " ")
        for lemma, offsets in senses(root / "index.verb").items()
        if set(offsets) & below and _hyphened_word(lemma.replace("_", ""))
    )


def joining_verbs(root: Path) -> list[str]:
    """Verbs whose most frequent sense is to take part in, join or attend."""
    return sorted(
        lemma.replace("_", " ")
        for lemma, offset in first_senses(root / "index.verb").items()
        if offset in JOINING
    )


def question_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is below questioning.n.01."""
    return _first_sense_below(root, "noun", (QUESTIONING,), _hyphened_word)


def request_nouns(root: Path) -> list[str]:
    """One-word nouns with any sense at or below ``REQUEST_ROOTS`` ("plea", "call",
    "appeal": the reader asks the clause to show the asking, so later senses count)."""
    below = under(synsets(root / "data.noun"), REQUEST_ROOTS)
    return sorted(
        lemma
        for lemma, offsets in senses(root / "index.noun").items()
        if _hyphened_word(lemma) and any(offset in below for offset in offsets)
    )


# gathering.n.01 ("a group of persons together in one place": rally, mass meeting) and the
# senses of protest: protest.n.01 / .n.02 (words of objection), dissent (protest.n.03) and
# demonstration.n.03 ("a public display of group feelings")
GATHERING = "07975026"
PROTEST_SENSES = ("07210553", "07210225", "01177033", "01177703")


def gathering_nouns(root: Path) -> list[str]:
    """One-word nouns with a sense under gathering.n.01 and none under the senses of
    protest or demonstration ("rally", "meeting", "convention"; not "demonstration"): a
    protest code on one needs its cause (events.sense.gathering_needs_cause)."""
    graph = synsets(root / "data.noun")
    gathering, protest = under(graph, (GATHERING,)), under(graph, PROTEST_SENSES)
    return sorted(
        lemma
        for lemma, offsets in senses(root / "index.noun").items()
        if _hyphened_word(lemma)
        and any(o in gathering for o in offsets)
        and not any(o in protest for o in offsets)
    )


def sending_verbs(root: Path) -> list[str]:
    """One-word verbs with a sense of sending things somewhere among their first four
    ("send", "ship", "deliver", "fly", "airlift", "dispatch")."""
    graph = synsets(root / "data.verb")
    below = under(graph, SENDING_TREES) | set(SENDING_SYNSETS)
    return sorted(
        lemma
        for lemma, offsets in senses(root / "index.verb").items()
        if lemma.isalpha() and set(offsets[:SENDING_SENSES]) & below
    )


def goods_nouns(root: Path) -> list[str]:
    """One-word nouns with an artifact, food, substance, plant or possession sense among
    their first three, whose most frequent sense is no person, group, words, act or event
    ("rice", "medicine", "tent"; not "letter", "troops", "envoy")."""
    lexfile = lexfiles(root / "data.noun")
    return sorted(
        lemma
        for lemma, offsets in senses(root / "index.noun").items()
        if lemma.isalpha()
        and lexfile.get(offsets[0]) not in NOT_GOODS_FIRST
        and any(lexfile.get(o) in GOODS_LEXFILES for o in offsets[:GOODS_SENSES])
    )


def light_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is in a light lexicographer file."""
    lexfile = lexfiles(root / "data.verb")
    return sorted(
        lemma
        for lemma, offset in first_senses(root / "index.verb").items()
        if lemma.isalpha() and lexfile.get(offset) in LIGHT_LEXFILES
    )


HEADER = (
    "# {what}\n# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by\n"
    "# `python -m stancemap.events.wordnet_import`: do not edit by hand. WordNet 3.0\n"
    "# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).\n"
    "# version: {version}\n"
)


def _write(name: str, what: str, rows: list[str]) -> None:
    """One data file: the import header, then ``rows`` (each ending in a newline)."""
    data_path(name).write_text("".join([HEADER.format(what=what, version=VERSION), *rows]), "utf-8")


# the one-word-per-line lists: (data file, what it holds, the function that reads WordNet)
WORD_LISTS: tuple[tuple[str, str, Callable[[Path], list[str]]], ...] = (
    (
        "events/amount_verbs.txt",
        "Verbs with a sense under increase.v.01 / decrease.v.01 (a change in amount): a\n"
        "# support noun as their intransitive subject is measured (events.sense.poll_share_change).",
        amount_verbs,
    ),
    (
        "events/force_nouns.txt",
        "Nouns whose most frequent sense is a military action, violence, a military\n"
        "# operation or an attack, and that are verbs too: events.trigger.force_nouns.",
        force_nouns,
    ),
    (
        "events/put_off_verbs.txt",
        "Verbs whose most frequent sense is below delay.v.01 or discard.v.01 (postpone,\n"
        "# shelve, scrap, abandon): events.sense.cooperation_put_off.",
        put_off_verbs,
    ),
    (
        "events/assertion_verbs.txt",
        "Verbs whose most frequent sense is at or below propose.v.01, argue.v.01, affirm.v.01,\n"
        "# assert.v.01, insist.v.01 or hint.v.01 (suggest, argue, claim, contend, insist):\n"
        "# over an indicative clause they state: events.sense.asserted_clause_no_act.",
        assertion_verbs,
    ),
    (
        "events/deciding_verbs.txt",
        "Verbs whose most frequent sense is decide.v.01 or below (vote, choose, elect):\n"
        "# events.trigger.deciding_verb_infinitive.",
        deciding_verbs,
    ),
    (
        "events/party_nouns.txt",
        "Nouns whose most frequent sense is in noun.person or noun.group (parent, group,\n"
        "# organization): events.sense.visit_needs_traveller.",
        party_nouns,
    ),
    (
        "events/voice_nouns.txt",
        "Nouns whose most frequent sense is in noun.communication (statement, letter,\n"
        "# report, order): a subject that acts for its authors: events.sense.thing_subject_no_act.",
        voice_nouns,
    ),
    (
        "events/place_nouns.txt",
        "Nouns whose most frequent sense is in noun.location (state, country, city): a\n"
        "# subject that acts as its people do: events.sense.thing_subject_no_act.",
        place_nouns,
    ),
    (
        "events/abstract_nouns.txt",
        "Nouns whose most frequent sense is abstract (noun.act, cognition, communication,\n"
        "# feeling, state, ...: issue, conclusion, plan, question), tab, that lexname: an object\n"
        "# that is no party (events.sense.abstract_object_no_act reads the cognition, act and\n"
        "# communication rows) and the object's kind in the learned reality (events/lexnames.py).",
        abstract_nouns,
    ),
    (
        "events/rivalry_verbs.txt",
        "Verbs whose most frequent sense is below compete.v.01 or get_the_better_of.v.01\n"
        "# (compete, vie, campaign, beat, defeat, outpace): a standing among rivals, no force\n"
        "# between politicians (events.sense.rival_standing).",
        rivalry_verbs,
    ),
    (
        "events/wish_verbs.txt",
        "Verbs whose most frequent sense is below want.v.01, hope.v.01 or wish.v.01 (want,\n"
        "# hope, wish, crave): events.mode.wish_is_unreal.",
        wish_verbs,
    ),
    (
        "events/after_verbs.txt",
        "Two-word verbs ending in 'after' (go after, chase after, run after: pursue):\n"
        "# events.sense.pursuit_is_no_visit.",
        after_verbs,
    ),
    (
        "events/sequence_verbs.txt",
        "Verbs with a sense of order in time (follow.v.03, postdate.v.01, predate.v.01:\n"
        "# precede, come after): events.sense.sequence_verb.",
        sequence_verbs,
    ),
    (
        "events/joining_verbs.txt",
        "Verbs whose most frequent sense is participate.v.01, join.v.01 or attend.v.01:\n"
        "# events.trigger.joined_event_noun.",
        joining_verbs,
    ),
    (
        "events/question_nouns.txt",
        "Nouns whose most frequent sense is below questioning.n.01 (question, query,\n"
        "# interview): events.sense.question_is_no_request.",
        question_nouns,
    ),
    (
        "events/rejecting_verbs.txt",
        "Verbs whose most frequent sense is below reject.v.01 or deny.v.01 (dismiss, rebuff,\n"
        "# refute, deny, shrug off): events.frame.rejected_charge.",
        rejecting_verbs,
    ),
    (
        "events/yielding_verbs.txt",
        "Verbs with a sense at or below yield.v (give in), assent.v.01 (accede), meet.v.04\n"
        "# (satisfy) or comply.v.01: with a demand as object, a concession\n"
        "# (events.sense.yielded_to_demand).",
        yielding_verbs,
    ),
    (
        "events/request_nouns.txt",
        "Nouns with a sense at or below request.n.01, entreaty.n.01 or urging.n.01 (plea,\n"
        "# call, appeal, petition): events.trigger.request_nouns.",
        request_nouns,
    ),
    (
        "events/sending_verbs.txt",
        "Verbs with a sense of sending things somewhere among their first four (send.v.02,\n"
        "# transport.v.04, fly.v.04 and below; deliver.v.02, send.v.06): events.trigger.sent_goods.",
        sending_verbs,
    ),
    (
        "events/goods_nouns.txt",
        "Nouns with an artifact, food, substance, plant or possession sense among their first\n"
        "# three, most frequent sense no person, group, words, act or event: events.trigger.sent_goods.",
        goods_nouns,
    ),
    (
        "events/light_verbs.txt",
        "Verbs whose most frequent sense is of change, cognition, consumption, emotion,\n"
        "# motion, perception, possession or state: events.sense.light_verb_needs_party.",
        light_verbs,
    ),
    (
        "events/medium_nouns.txt",
        "Nouns with a sense under medium.n.01 (television, radio, newspaper): a channel of\n"
        "# communication after on/via/through is no target (events.args.medium_no_target).",
        medium_nouns,
    ),
    (
        "events/gathering_nouns.txt",
        "Nouns with a sense under gathering.n.01 and none under protest or demonstration\n"
        "# (rally, meeting): events.sense.gathering_needs_cause.",
        gathering_nouns,
    ),
    (
        "events/standing_verbs.txt",
        "Verbs of worsen.v.01 / improve.v.02 and their direct hyponyms (slip, decline,\n"
        "# recover): events.sense.support_measure_verb.",
        standing_verbs,
    ),
)


def write(root: Path = WORDNET) -> None:
    what = (
        "Particle verbs and the one-word verbs of their most frequent sense: a verb with\n"
        "# the particle is read as the particle verb (events.trigger.particle_verbs)."
    )
    rows = [f"{phrase}\t{' '.join(synonyms) or '-'}\n" for phrase, synonyms in particle_verbs(root)]
    _write("events/particle_verbs.tsv", what, ["phrase\tsynonyms\n", *rows])
    what = (
        "Nouns whose most frequent sense is a weapon, an armed body, a building or vehicle\n"
        "# (physical), or an idea or words (verbal): events.sense.wordnet_nouns."
    )
    rows = [f"{noun}\t{kind}\n" for noun, kind in sense_nouns(root)]
    _write("events/sense_nouns.tsv", what, ["word\tkind\n", *rows])
    what = (
        "WordNet verbs of two words or more, the lexnames of their senses (most frequent\n"
        "# first) and the one-word verbs of the most frequent sense: events.trigger.multiword_*."
    )
    rows = [
        f"{phrase}\t{','.join(names)}\t{' '.join(synonyms) or '-'}\n"
        for phrase, names, synonyms in multiword_verbs(root)
    ]
    _write("events/multiword_verbs.tsv", what, ["phrase\tlexnames\tsynonyms\n", *rows])
    what = (
        "Verbs of criticism (criticize.v.01, denounce.v.01, condemn.v.01, attack.v.02 and\n"
        "# below): 'first' where that is the most frequent sense, 'force' where the most\n"
        "# frequent sense is bodily force: events.trigger.criticism_verbs."
    )
    rows = [f"{verb}\t{kind}\n" for verb, kind in criticism_verbs(root)]
    _write("events/criticism_verbs.tsv", what, ["word\tkind\n", *rows])
    what = (
        "Two-word verbs of going at someone (chase.v.01, quest_for.v.01, aim.v.01,\n"
        "# lam_into.v.01) and the preposition that names who: events.trigger.pursuit_criticism."
    )
    rows = [f"{verb}\t{prep}\n" for verb, prep in pursuit_verbs(root)]
    _write("events/pursuit_verbs.tsv", what, ["word\tkind\n", *rows])
    what = (
        "Support verbs by the role of their subject in their object noun's event: agent\n"
        "# (aim.v.01, level, hurl, heap: 'leveled accusations at X') or patient (confront,\n"
        "# suffer, undergo, incur, attract: 'attracted criticism from X'): events/support_verbs.py."
    )
    rows = [f"{verb}\t{kind}\n" for verb, kind in support_verbs(root)]
    _write("events/support_verbs.tsv", what, ["word\tkind\n", *rows])
    what = (
        "Nouns of acts done in words (speech_act.n.01, message.n.02) the trigger lexicon\n"
        "# lacks, with their hypernym words (nearest first, three levels) the lexicon codes:\n"
        "# events.trigger.support_noun_hypernyms ('paid tribute to X': approval, commendation)."
    )
    rows = [f"{noun}\t{' '.join(words)}\n" for noun, words in event_noun_hypernyms(root)]
    _write("events/event_noun_hypernyms.tsv", what, ["word\thypernyms\n", *rows])
    for name, what, read in WORD_LISTS:
        _write(name, what, [f"{word}\n" for word in read(root)])


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
