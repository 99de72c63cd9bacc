"""HTML pages (trafilatura) and RSS/Atom feeds."""

from __future__ import annotations

from .conftest import ARTICLE_A, ARTICLE_B, docs, run, skips


def _page(body_paragraphs: str, *, head: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article>{body_paragraphs}</article>"
        "<footer><p>Subscribe to our newsletter</p><p>© 2023 Example Media</p></footer>"
        "</body></html>"
    )


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n"))


def test_main_text_title_date_and_author_come_out(write) -> None:  # type: ignore[no-untyped-def]
    head = (
        "<title>Fuel tax cut | Example News</title>"
        '<meta property="og:title" content="Government to cut fuel taxes">'
        '<meta property="article:published_time" content="2023-03-04T08:00:00Z">'
        '<meta name="author" content="Jane Reporter">'
    )
    path = write(
        "story.html",
        _page("<h1>Government to cut fuel taxes</h1>" + _paragraphs(ARTICLE_A), head=head),
    )
    [doc] = docs(run([path]))
    assert doc.id == "story"
    assert doc.title == "Government to cut fuel taxes"
    assert doc.date == "2023-03-04"
    assert doc.author == "Jane Reporter"
    assert "cut fuel taxes for six months" in doc.text
    assert "Home" not in doc.text.split("\n")  # navigation is not article text
    assert doc.info().author == "Jane Reporter"


def test_latin1_page_declared_in_meta(write) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a démissionné après le vote. " * 8
    html = f'<html><head><meta charset="iso-8859-1"></head><body><article><p>{text}</p></article></body></html>'
    [doc] = docs(run([write("fr.htm", html.encode("latin-1"))], languages=()))
    assert "démissionné" in doc.text and doc.language == "fr"


def test_malformed_html_still_yields_its_text(write) -> None:  # type: ignore[no-untyped-def]
    html = "<html><body><div><p>" + ARTICLE_B.replace("\n\n", "<p>") + "<b><i></div></span>"
    [doc] = docs(run([write("broken.html", html)]))
    assert "farmers drove their tractors" in doc.text


def test_html_without_text_is_a_clear_skip(write) -> None:  # type: ignore[no-untyped-def]
    [skip] = run(
        [write("empty.html", "<html><head><script>var a=1;</script></head><body> </body></html>")]
    )
    assert "no readable text" in skip.reason


def test_mojibake_in_html_is_repaired(write) -> None:  # type: ignore[no-untyped-def]
    broken = ARTICLE_A.replace(
        "The finance minister said", "The finance minister said: â€œWe wonâ€™t wait,â€™ she said"
    )
    [doc] = docs(run([write("m.html", _page(_paragraphs(broken)))]))
    assert "“We won’t wait,’ she said" in doc.text


def test_no_date_is_invented_from_a_copyright_footer(write) -> None:  # type: ignore[no-untyped-def]
    [doc] = docs(run([write("nodate.html", _page(_paragraphs(ARTICLE_A)))]))
    assert doc.date is None


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example feed</title><language>en-gb</language>
<item><title>Fuel taxes cut</title><link>https://news.example/fuel</link>
  <pubDate>Sat, 04 Mar 2023 08:00:00 GMT</pubDate><dc:creator>Jane Reporter</dc:creator>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[{_paragraphs(ARTICLE_A)}]]></content:encoded></item>
<item><title>Farmers protest</title><link>https://news.example/farm</link>
  <description>{ARTICLE_B.replace(chr(10), " ")}</description></item>
<item><title>Empty</title><link>https://news.example/empty</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom example</title>
<entry><title>Farmers protest</title><link href="https://atom.example/farm"/>
  <published>2023-05-06T10:00:00Z</published><author><name>Sam Writer</name></author>
  <content type="html">{_paragraphs(ARTICLE_B).replace("<", "&lt;")}</content></entry>
</feed>"""


def test_rss_items_become_documents_with_their_metadata(write) -> None:  # type: ignore[no-untyped-def]
    items = run([write("news.rss", RSS)])
    first, second = docs(items)
    assert first.title == "Fuel taxes cut" and first.source == "https://news.example/fuel"
    assert first.date == "2023-03-04" and first.author == "Jane Reporter"
    assert "cut fuel taxes for six months" in first.text  # full content beats the teaser
    assert "Opposition leaders" in first.text.split("\n")[1]  # paragraphs kept apart
    assert second.title == "Farmers protest" and "tractors" in second.text
    [skip] = skips(items)
    assert skip.source.endswith("#item3") and "no text" in skip.reason


def test_atom_feed_sniffed_from_an_xml_file(write) -> None:  # type: ignore[no-untyped-def]
    [doc] = docs(run([write("atom.xml", ATOM)]))
    assert doc.title == "Farmers protest" and doc.date == "2023-05-06"
    assert doc.author == "Sam Writer" and doc.source == "https://atom.example/farm"
    assert doc.text.startswith("Hundreds of farmers")


def test_broken_feed_is_a_skip(write) -> None:  # type: ignore[no-untyped-def]
    [skip] = run(
        [write("bad.rss", "<?xml version='1.0'?><rss><channel><title>x</title></channel></rss>")]
    )
    assert "no <item> or <entry>" in skip.reason


def test_feed_entities_are_not_resolved(write) -> None:  # type: ignore[no-untyped-def]
    secret = write("secret.txt", "TOP SECRET VALUE")
    evil = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        f"<rss><channel><item><title>t</title><description>{ARTICLE_A} &x;</description></item>"
        "</channel></rss>"
    )
    [doc] = [d for d in docs(run([write("evil.rss", evil)])) if d.title == "t"]
    assert "TOP SECRET" not in doc.text
