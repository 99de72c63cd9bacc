"""Bytes to text: detection, refusal of non-text, repair only where allowed."""

from __future__ import annotations

import pytest

from stancemap.errors import InputError
from stancemap.ingest.decode import decode_bytes, looks_binary, repair_text


def test_valid_utf8_is_returned_exactly() -> None:
    text = "“Quoted,” he said – in Zürich.\r\nSecond line\n"
    assert decode_bytes(text.encode("utf-8"), "x").text == text


def test_bom_is_dropped_but_nothing_else() -> None:
    assert decode_bytes(b"\xef\xbb\xbfHello world", "x").text == "Hello world"


def test_utf16_with_bom() -> None:
    assert decode_bytes("Grüße aus Wien".encode("utf-16"), "x").text == "Grüße aus Wien"


def test_legacy_code_page_is_detected() -> None:
    text = (
        "Le président a déclaré que les négociations reprendraient à Genève la semaine prochaine."
    )
    decoded = decode_bytes(text.encode("cp1252"), "x")
    assert decoded.text == text
    assert decoded.repaired


def test_a_stray_bad_byte_in_utf8_is_replaced_not_reguessed() -> None:
    data = "Zürich and Genève are cities. ".encode() * 20 + b"\xff" + b" The end."
    decoded = decode_bytes(data, "x")
    assert decoded.encoding == "utf-8"
    assert "Zürich" in decoded.text and decoded.text.count("\ufffd") == 1


def test_utf8_cut_mid_character() -> None:
    data = ("Ein längerer Text über Außenpolitik. " * 10).encode() + "ü".encode()[:1]
    decoded = decode_bytes(data, "x")
    assert decoded.text.startswith("Ein längerer Text über Außenpolitik.")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty document"),
        (b"  \n\t \n", "empty document"),
        (b"PK\x03\x04\x00\x00binary", "binary file"),
        (bytes(range(0, 32)) * 50, "binary file"),
    ],
)
def test_non_text_is_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "inbox/file.txt")
    assert message in str(err.value)
    assert "inbox/file.txt" in str(err.value)


def test_looks_binary_accepts_ordinary_text_with_tabs_and_form_feeds() -> None:
    assert not looks_binary(b"col\tcol\r\npage\x0cbreak\n" * 10)
    assert looks_binary(b"abc\x00def")


def test_repair_fixes_mojibake_but_keeps_curly_quotes() -> None:
    broken = "The minister said: â€œWe wonâ€™t back down.â€\x9d"
    assert repair_text(broken) == "The minister said: “We won’t back down.”"


def test_repair_leaves_clean_text_alone() -> None:
    clean = "“Already fine” – ﬁne ligature, full-width Ａ, 'plain'."
    assert repair_text(clean) == clean


def test_declared_charset_is_used_and_a_wrong_one_ignored() -> None:
    text = "Ελληνικά νέα για την οικονομία"
    assert decode_bytes(text.encode("iso-8859-7"), "x", declared="iso-8859-7").text == text
    assert decode_bytes(b"plain ascii", "x", declared="no-such-charset").text == "plain ascii"


def test_cyrillic_code_page_is_not_mistaken_for_western() -> None:
    text = "Президент заявил, что переговоры продолжатся на следующей неделе в Женеве."
    assert decode_bytes(text.encode("cp1251"), "x").text == text
