"""``stancemap serve``: starts on loopback over a store, refuses bad settings cleanly."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from browser import free_port
from typer.testing import CliRunner

from stancemap.cli import app

STANCEMAP = Path(sys.executable).with_name("stancemap")


def test_serve_help_has_an_example():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example: stancemap serve --db" in result.output


def test_serve_refuses_a_bad_config(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[web]\nport = 'eighty'\n")
    result = CliRunner().invoke(app, ["serve", "--config", str(config), "--no-store"])
    assert result.exit_code == 2
    assert "web.port" in result.output


def test_serve_answers_on_loopback(store_path, tmp_path):
    port = free_port()
    config = tmp_path / "server.toml"
    config.write_text('[web]\nwrite_token = "t0k3n-for-serve-test"\n')
    command = [str(STANCEMAP), "serve", "--db", str(store_path), "--port", str(port),
               "--config", str(config)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/actors", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "serve did not answer"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["items"][0]["name"] == "Ann Lee"
        assert "content-security-policy" in response.headers
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert "t0k3n-for-serve-test" not in err  # the token is never logged
