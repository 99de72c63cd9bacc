"""Pictures are written in the asked format."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.network import one_mode
from stancemap.alignment.plots import plot_network, plot_pair, plot_stances
from stancemap.alignment.timeseries import Window, detect_shifts, pair_series

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_pair_stances_and_network_pictures(drifting_corpus: Path, tmp_path: Path) -> None:
    corpus = load_corpus(drifting_corpus)
    series = pair_series(corpus, Window.parse("month"))
    shifts = detect_shifts(corpus, series)
    png = plot_pair(series[("ann", "bob")], "Ann ~ Bob", tmp_path / "pair.png", shifts)
    assert png.read_bytes().startswith(PNG_MAGIC)
    svg = plot_stances(corpus, "bob", tmp_path / "bob.svg")
    text = svg.read_text("utf-8")
    assert "<svg" in text
    net = plot_network(one_mode(corpus, "subtract"), tmp_path / "net.png")
    assert net.stat().st_size > 1000
    with pytest.raises(ValueError, match="format"):
        plot_network(one_mode(corpus), tmp_path / "net.jpg")
