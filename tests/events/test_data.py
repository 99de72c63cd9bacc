"""The events data files: ontology, CAMEO table, trigger lexicon, and their loaders."""

from __future__ import annotations

import pytest

from stancemap.errors import KnowledgeBaseError
from stancemap.events.lexicon import is_bare, load_lexicon, parse_lexicon, read_lexicon
from stancemap.events.ontology import load_ontology, parse_cameo_table, parse_ontology
from stancemap.events.phoenix import parse_phoenix_verbs

PLOVER_2021 = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_ontology_has_the_sixteen_types_and_old_names(ontology):
    assert set(ontology.types) == PLOVER_2021
    assert ontology.canonical_type("DEMAND") == "REQUEST"
    assert ontology.canonical_type("disapprove") == "ACCUSE"
    assert ontology.canonical_type("INVESTIGATE") == "ACCUSE"
    assert ontology.canonical_type("FIGHT") == "ASSAULT"
    assert ontology.canonical_mode("strike-hun") == "hunger"
    assert ontology.canonical_mode("") is None
    assert ontology.modality_order[0] == "negated"
    assert {"negated", "future", "hypothetical", "historical"} <= set(ontology.modality_order)


def test_cameo_families_map_to_their_plover_types(ontology):
    expectations = {
        "036": "AGREE",
        "042": "CONSULT",
        "054": "SUPPORT",
        "064": "COOPERATE",
        "072": "AID",
        "0841": "RETREAT",
        "094": "ACCUSE",
        "1043": "REQUEST",
        "112": "ACCUSE",
        "125": "REJECT",
        "138": "THREATEN",
        "142": "PROTEST",
        "154": "MOBILIZE",
        "161": "SANCTION",
        "173": "COERCE",
        "186": "ASSAULT",
        "194": "ASSAULT",
        "203": "ASSAULT",
    }
    for code, etype in expectations.items():
        assert ontology.lookup(code).type == etype, code
    assert ontology.lookup("041").mode == "phone"
    assert ontology.lookup("142").mode == "hunger"
    # an unlisted 4-digit code falls back to its parent
    assert ontology.lookup("1429").code == "142"
    assert ontology.lookup("99") is None


def test_every_cameo_row_is_consistent(ontology):
    for code, entry in ontology.cameo.items():
        assert entry.type in ontology.types
        assert entry.mode is None or entry.mode in ontology.types[entry.type].modes
        assert code.isdigit()


def test_bad_cameo_row_names_file_line_and_field(ontology):
    text = "code\ttype\tmode\tcontext\tdescription\n999\tNOPE\t-\t-\tbad\n"
    with pytest.raises(KnowledgeBaseError) as info:
        parse_cameo_table(text, ontology, "bad.tsv")
    assert "bad.tsv:2" in str(info.value) and "type" in str(info.value)
    wrong_mode = "042\tCONSULT\tnot-a-mode\t-\tx\n"
    with pytest.raises(KnowledgeBaseError, match="bad.tsv:1.*mode"):
        parse_cameo_table(wrong_mode, ontology, "bad.tsv")


def test_bad_ontology_is_refused():
    with pytest.raises(KnowledgeBaseError, match="quad"):
        parse_ontology(
            'version = "x"\n[types.X]\nquad = "odd"\nspeech = true\ndefinition = ""\nmodes = []\n'
            "[modality]\norder = ['negated']\n"
        )


def test_shipped_lexicon_covers_the_brief_and_is_valid(ontology):
    lexicon = load_lexicon(ontology)
    assert lexicon.version
    for word, etype in [
        ("protest", "PROTEST"),
        ("sanction", "SANCTION"),
        ("talk", "CONSULT"),
        ("war", "ASSAULT"),
        ("aid", "AID"),
    ]:
        rows = lexicon.candidates(word, "N")
        assert rows and rows[0].type == etype, word
    for word, etype in [
        ("accuse", "ACCUSE"),
        ("recognize", "SUPPORT"),
        ("arrest", "COERCE"),
        ("threaten", "THREATEN"),
        ("demand", "REQUEST"),
        ("reject", "REJECT"),
    ]:
        assert lexicon.candidates(word, "V")[0].type == etype, word
    for rows in lexicon.entries.values():
        for row in rows:
            assert row.role in ("light", "none") or row.type in ontology.types, row.source
            assert row.cameo is None or ontology.lookup(row.cameo) is not None, row.source


def test_narrow_rows_come_before_broad_ones(ontology):
    rows = load_lexicon(ontology, dictionary=False).candidates("withdraw", "V")
    assert rows[0].requires and not rows[-1].requires
    derived = read_lexicon("events/cameo_verbs.tsv", ontology)
    for rows in derived.entries.values():  # patterns first, the bare verb last
        bare = [i for i, row in enumerate(rows) if is_bare(row)]
        assert bare in ([], [len(rows) - 1]), rows[0].lemma


def test_bad_lexicon_row_names_file_line_and_field(ontology):
    header = "lemma\tpos\trole\tcameo\trequires\ttype\n"
    cases = {
        "boom\tX\tevent\t190\t-\t-": "pos",
        "boom\tV\twhatever\t190\t-\t-": "role",
        "boom\tV\tevent\t999\t-\t-": "cameo",
        "boom\tV\tevent\t190\tobj\t-": "requires",
        "Boom\tV\tevent\t190\t-\t-": "lemma",
        "boom\tV\tevent\t-\t-\t-": "cameo",
        "boom\tV\tevent\t190\t-": "columns",
    }
    for row, field in cases.items():
        with pytest.raises(KnowledgeBaseError) as info:
            parse_lexicon(header + row + "\n", ontology, "mine.tsv")
        assert "mine.tsv:2" in str(info.value) and field in str(info.value), row


def test_extra_tsv_lexicon_is_layered_after_the_shipped_one(ontology, tmp_path):
    extra = tmp_path / "extra.tsv"
    extra.write_text("lemma\tpos\trole\tcameo\trequires\ttype\nexcoriate\tV\tevent\t111\t-\t-\n")
    lexicon = load_lexicon(ontology, [str(extra)])
    assert lexicon.candidates("excoriate", "V")[0].type == "ACCUSE"
    assert lexicon.candidates("accuse", "V")[0].source.startswith("events/triggers.tsv")


def test_missing_extra_lexicon_is_a_clear_error(ontology, tmp_path):
    with pytest.raises(KnowledgeBaseError, match="nowhere.tsv"):
        load_lexicon(ontology, [str(tmp_path / "nowhere.tsv")])


PHOENIX_SAMPLE = """\
####### VERB PATTERNS #######

---  SCOLD   [111]  ---
SCOLD
BERATE {BERATES BERATED }
FINGER [112]
- * EMBASSY                                           [163]         # SCOLD
- SYMBOLICALLY *                                      [---]         # SCOLD

---  SAY   [---]  ---
SAY
+SPEAK_OUT [013]
"""


def test_phoenix_verb_dictionary_import(ontology, tmp_path):
    lexicon = parse_phoenix_verbs(PHOENIX_SAMPLE, ontology, "cameo.txt")
    assert lexicon.candidates("scold", "V")[-1].cameo == "111"
    assert lexicon.candidates("berate", "V")[-1].type == "ACCUSE"
    assert lexicon.candidates("finger", "V")[-1].cameo == "112"
    with_object = lexicon.candidates("scold", "V")[0]
    assert with_object.cameo == "163" and "embassy" in with_object.requires[0].words
    # public statements (01x) and uncoded blocks are not PLOVER events
    assert not lexicon.candidates("say", "V") and not lexicon.candidates("speak out", "V")
    assert all(row.weight < 1.0 for rows in lexicon.entries.values() for row in rows)
    path = tmp_path / "CAMEO.custom.txt"
    path.write_text(PHOENIX_SAMPLE)
    merged = load_lexicon(ontology, [str(path)])
    assert merged.candidates("berate", "V")


def test_the_real_phoenix_dictionary_imports(ontology):
    from shared_data import shared_path

    path = shared_path("reference", "phoenix-dictionaries", "CAMEO.2.0.txt")
    lexicon = load_lexicon(ontology, [str(path)], dictionary=False)
    shipped = load_lexicon(ontology, dictionary=False)
    assert len(lexicon) > 10 * len(shipped)
    imported = [r for r in lexicon.candidates("accuse", "V") if r.weight < 1.0]
    assert imported and all(r.type == "ACCUSE" for r in imported if not r.requires)


def test_derived_dictionary_is_what_the_importer_writes(ontology, tmp_path):
    """cameo_verbs.tsv is reproducible from the dictionary (nobody edited it by hand)."""
    from shared_data import shared_path
    from stancemap.events.cameo_import import write_cameo_verbs

    source = shared_path("reference", "phoenix-dictionaries", "CAMEO.2.0.txt")
    fresh = tmp_path / "cameo_verbs.tsv"
    write_cameo_verbs(source, fresh, version="x")
    shipped = read_lexicon("events/cameo_verbs.tsv", ontology)
    assert len(read_lexicon(fresh, ontology)) == len(shipped)
    # light-verb and noun events the coder gets from it
    for lemma, word, code in [
        ("hold", "talks", "031"),
        ("lodge", "protest", "110"),
        ("pay", "visit", "042"),
    ]:
        rows = [r for r in shipped.candidates(lemma, "V") if r.requires]
        assert any(word in r.requires[0].words and r.cameo == code for r in rows), lemma
    # the no-event patterns (session 36) are reproduced too
    name = "cameo_no_event_patterns.tsv"
    assert len(read_lexicon(fresh.with_name(name), ontology)) == len(
        read_lexicon(f"events/{name}", ontology)
    )
