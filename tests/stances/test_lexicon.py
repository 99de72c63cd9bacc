"""The stance data files load, hold what the rules need, and reject malformed lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.alignment.intensity import load_intensity
from stancemap.errors import KnowledgeBaseError
from stancemap.stances.lexicon import default_lexicon, load_cues, load_frames


def test_shipped_lexicon() -> None:
    lex = default_lexicon()
    assert lex.cue("attitude", "support").sign == 1  # type: ignore[union-attr]
    assert lex.cue("attitude", "oppose").sign == -1  # type: ignore[union-attr]
    assert lex.cue("attitude", "believe", {"in"}).words == ("believe", "in")  # type: ignore[union-attr]
    assert lex.cue("attitude", "believe") is None  # "believe" alone is no stance
    assert (
        lex.has("negator", "not")
        and lex.has("downtoner", "fully")
        and lex.has("concessive", "although")
    )
    assert lex.weight("modal", "might") < lex.weight("modal", "will")
    triggers = lex.frames_by_trigger()
    assert triggers[("military", "operation")].id == "war"
    assert triggers[("recognize",)].id == "recognition"
    assert "recognize" in lex.frames["recognition"].predicates
    assert lex.frames_by_event_type()["ASSAULT"].id == "war"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("attitude\tsupport\t1\t1.0\nattitude\tback\t2\t1.0\n", 2, "sign"),
        ("attitude\tsupport\t1\t1.0\nblah\tx\t0\t1.0\n", 2, "kind"),
        ("evaluative\tgood\t0\t0.5\n", 1, "sign"),
        ("hedge\tpartly\t0\t1.5\n", 1, "weight"),
        ("attitude\tsupport\t1\t1.0\nattitude\tsupport\t1\t0.9\n", 2, "lemma"),
    ],
)
def test_bad_cue_lines(tmp_path: Path, text: str, line: int, field: str) -> None:
    path = _write(tmp_path, "cues.tsv", text)
    with pytest.raises(KnowledgeBaseError) as info:
        load_cues(path)
    assert info.value.line == line and info.value.field == field
    assert str(path) in str(info.value)


def test_bad_cue_line_shape(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="4 tab-separated"):
        load_cues(_write(tmp_path, "cues.tsv", "# comment\nattitude support 1 1.0\n"))


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('{"id": "war", "label": "w", "triggers": []}', "triggers"),
        ('{"id": "war", "label": "w", "triggers": ["war"], "merge": "always"}', "merge"),
        ('{"id": "war", "label": "w", "triggers": ["war"], "arg_types": ["planet"]}', "arg_types"),
        ('{"id": "war", "label": "w", "triggers": ["war"], "colour": "red"}', "colour"),
        ('{"id": "war", "label": "w", "label_args": "the war", "triggers": ["war"]}', "label_args"),
        ('{"id": "bad id", "label": "w", "triggers": ["war"]}', "id"),
        ('{"id": "commerce", "label": "c", "triggers": ["Trade"]}', "triggers"),
    ],
)
def test_bad_frame_lines(tmp_path: Path, line: str, field: str) -> None:
    good = '{"id": "trade", "label": "t", "triggers": ["trade"]}'
    with pytest.raises(KnowledgeBaseError) as info:
        load_frames(_write(tmp_path, "frames.jsonl", good + "\n" + line + "\n"))
    assert info.value.line == 2 and info.value.field == field


def test_frame_json_errors_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match=r"frames\.jsonl:1"):
        load_frames(_write(tmp_path, "frames.jsonl", "{oops\n"))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("AID\t7\tconflict\n", "intensity"),
        ("AID\t70\tcooperation\n", "intensity"),
        ("aid\t7\tcooperation\n", "type"),
        ("AID\t7\tfriendly\n", "relation"),
    ],
)
def test_bad_intensity_lines(tmp_path: Path, text: str, field: str) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        load_intensity(_write(tmp_path, "intensity.tsv", text))
    assert info.value.field == field and info.value.line == 1
