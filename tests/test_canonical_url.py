"""Article.canonical_url (schema 1.1): read from HTML and front matter, written back."""

from __future__ import annotations

import pytest

import articlekit as ak
from articlekit.model import Article, Paragraph, Section

URL = "https://blog.example/posts/one?lang=en"


@pytest.mark.parametrize("key", ["canonical_url", "canonical", "url", "Canonical_URL"])
def test_front_matter_keys(key: str) -> None:
    md = f"---\ntitle: One\n{key}: {URL}\n---\nBody text.\n"
    art = ak.parse(md, format="markdown")
    assert art.canonical_url == URL
    src = next(s for s in art.field_sources if s.field == "canonical_url").span
    assert URL in md[src.start : src.end]
    assert not any("canonical" in r.text for r in art.removed)


def test_front_matter_url_with_spaces_is_not_a_url() -> None:
    art = ak.parse("---\nurl: not a url\n---\nBody text.\n", format="markdown")
    assert art.canonical_url is None
    assert any(r.text.startswith("url:") for r in art.removed)


def test_html_page_og_url_and_link() -> None:
    page = (
        '<!DOCTYPE html><html><head><meta property="og:url" content="https://a.example/x">'
        "</head><body><p>Text of the page, long enough to be the article.</p></body></html>"
    )
    assert ak.parse(page).canonical_url == "https://a.example/x"
    linked = page.replace("<head>", f'<head><link rel="canonical" href="{URL}">')
    assert ak.parse(linked).canonical_url == URL  # the link wins over og:url


@pytest.mark.parametrize("fmt", ["markdown", "html", "html-page"])
def test_writers_round_trip(fmt: str) -> None:
    art = Article(
        title="One", canonical_url=URL, sections=[Section(blocks=[Paragraph(text="Body.")])]
    )
    if fmt == "markdown":
        text, read_as = art.to_markdown(), "markdown"
        assert text.startswith('---\ncanonical_url: "')
    else:
        text, read_as = art.to_html(standalone=fmt == "html-page"), "html"
        assert '<link rel="canonical"' in text
    back = ak.parse(text, format=read_as)  # type: ignore[arg-type]
    assert back.canonical_url == URL
    assert back.title == "One" and back.text == "Body."


def test_old_json_still_validates() -> None:
    art = Article(title="T")
    data = art.model_dump(mode="json")
    data.pop("canonical_url")
    data["schema_version"] = "1.0"
    assert Article.model_validate(data).canonical_url is None
