"""The corpus commands, run through the CLI on hand-built JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from stancemap.cli.main import app

runner = CliRunner()


def _json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_relations_overall_and_per_window(drifting_corpus: Path, tmp_path: Path) -> None:
    reg = str(tmp_path / "issues.json")
    res = runner.invoke(app, ["relations", str(drifting_corpus), "--json", "--registry", reg])
    assert res.exit_code == 0, res.output
    rows = {(r["a"], r["b"]): r for r in _json_lines(res.stdout)}
    assert rows[("ann", "cy")]["score"] == 1.0
    assert -1.0 < rows[("ann", "bob")]["score"] < 1.0  # 3 months agreeing, 2 opposed
    res = runner.invoke(
        app,
        [
            "relations",
            str(drifting_corpus),
            "--json",
            "--window",
            "month",
            "--actor",
            "Bob",
            "--registry",
            reg,
        ],
    )
    rows = _json_lines(res.stdout)
    assert {r["window"]["start"] for r in rows} == {f"2026-0{m}-01" for m in range(1, 6)}
    assert all("bob" in (r["a"], r["b"]) for r in rows)


def test_shifts_command(drifting_corpus: Path, tmp_path: Path) -> None:
    res = runner.invoke(
        app, ["shifts", str(drifting_corpus), "--json", "--registry", str(tmp_path / "r.json")]
    )
    assert res.exit_code == 0, res.output
    found = {(s["a"], s["b"]): s for s in _json_lines(res.stdout)}
    # the default dates the turn to its first evidence (change points)
    assert found[("ann", "bob")]["window"]["start"] == "2026-04-05"
    assert found[("ann", "bob")]["method"] == "change-point"
    assert found[("ann", "bob")]["last_before"] == "2026-03-20"
    assert found[("ann", "bob")]["evidence_before"]
    assert ("ann", "cy") not in found
    assert found[("ann", "bob")]["statements"]
    # the monthly view stays: --method windows (or any --window) reports the window
    for extra in (["--method", "windows"], ["--window", "month"]):
        res = runner.invoke(
            app,
            ["shifts", str(drifting_corpus), "--json", "--registry", str(tmp_path / "r.json")]
            + extra,
        )
        found = {(s["a"], s["b"]): s for s in _json_lines(res.stdout)}
        assert found[("ann", "bob")]["window"]["start"] == "2026-04-01"
        assert found[("ann", "bob")]["method"] == "window"


def test_issue_commands_edit_the_registry(drifting_corpus: Path, tmp_path: Path) -> None:
    reg = tmp_path / "issues.json"
    assert (
        runner.invoke(
            app, ["issues", "name", "tax", "Carbon tax", "--registry", str(reg)]
        ).exit_code
        == 0
    )
    assert (
        runner.invoke(
            app, ["issues", "merge", "trade", "--into", "tax", "--registry", str(reg)]
        ).exit_code
        == 0
    )
    res = runner.invoke(
        app, ["issues", "list", str(drifting_corpus), "--json", "--registry", str(reg)]
    )
    (row,) = _json_lines(res.stdout)
    assert row["id"] == "tax" and row["label"] == "Carbon tax" and row["raw"] == ["tax", "trade"]
    assert (
        runner.invoke(
            app, ["issues", "split", "trade", "--as", "trade2", "--registry", str(reg)]
        ).exit_code
        == 0
    )
    res = runner.invoke(
        app, ["issues", "list", str(drifting_corpus), "--json", "--registry", str(reg)]
    )
    assert {r["id"] for r in _json_lines(res.stdout)} == {"tax", "trade2"}


def test_network_and_plot_commands_write_files(drifting_corpus: Path, tmp_path: Path) -> None:
    reg = str(tmp_path / "r.json")
    out = tmp_path / "net.graphml"
    res = runner.invoke(
        app,
        [
            "network",
            str(drifting_corpus),
            "--kind",
            "conflict",
            "--out",
            str(out),
            "--out",
            str(tmp_path / "net.svg"),
            "--registry",
            reg,
        ],
    )
    assert res.exit_code == 0, res.output
    assert out.exists() and (tmp_path / "net.svg").exists()
    res = runner.invoke(
        app,
        [
            "plot",
            "pair",
            str(drifting_corpus),
            "ann",
            "bob",
            "--out",
            str(tmp_path / "p.png"),
            "--registry",
            reg,
        ],
    )
    assert res.exit_code == 0, res.output
    res = runner.invoke(
        app,
        [
            "plot",
            "stances",
            str(drifting_corpus),
            "cy",
            "--out",
            str(tmp_path / "s.png"),
            "--registry",
            reg,
        ],
    )
    assert res.exit_code == 0, res.output


def test_errors_are_one_line_and_exit_2(drifting_corpus: Path, tmp_path: Path) -> None:
    res = runner.invoke(
        app,
        [
            "shifts",
            str(drifting_corpus),
            "--window",
            "fortnight",
            "--registry",
            str(tmp_path / "r.json"),
        ],
    )
    assert res.exit_code == 2
    assert "unknown window" in res.output
    res = runner.invoke(
        app,
        [
            "plot",
            "pair",
            str(drifting_corpus),
            "ann",
            "nobody",
            "--out",
            str(tmp_path / "p.png"),
            "--registry",
            str(tmp_path / "r.json"),
        ],
    )
    assert res.exit_code == 2 and "no actor" in res.output


def test_embeddings_flag_says_what_to_install_when_the_extra_is_missing(
    drifting_corpus: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from stancemap.stances import similarity

    monkeypatch.setattr(similarity, "load_encoder", lambda: None)
    res = runner.invoke(
        app,
        ["relations", str(drifting_corpus), "--embeddings", "--registry", str(tmp_path / "r.json")],
    )
    assert res.exit_code == 2 and "stancemap[embeddings]" in res.output


def test_network_per_window(drifting_corpus: Path, tmp_path: Path) -> None:
    import networkx as nx

    out = tmp_path / "net.graphml"
    res = runner.invoke(
        app,
        [
            "network",
            str(drifting_corpus),
            "--kind",
            "conflict",
            "--window",
            "month",
            "--out",
            str(out),
            "--registry",
            str(tmp_path / "r.json"),
        ],
    )
    assert res.exit_code == 0, res.output
    files = sorted(p.name for p in tmp_path.glob("net.*.graphml"))
    assert files == [f"net.2026-0{m}-01.graphml" for m in range(1, 6)]
    # Bob conflicts with Ann only from April on
    march = nx.read_graphml(tmp_path / "net.2026-03-01.graphml")
    april = nx.read_graphml(tmp_path / "net.2026-04-01.graphml")
    assert not march.has_edge("actor:ann", "actor:bob")
    assert april.edges["actor:ann", "actor:bob"]["weight"] == 2
