"""HTML front end (needs the html extra; skipped cleanly without it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

pytest.importorskip("lxml")
pytest.importorskip("trafilatura")

import articlekit as ak
from articlekit.model import Article, ListBlock, ListItem, Paragraph, RelatedArticle, Section
from tests.test_roundtrip import articles, structure

FRAGMENT = """<article>
<h1>The Title</h1>
<p>Intro with <a href="https://x.org">a link</a> and <img src="p.png" alt="pic">.</p>
<h2>Part</h2>
<p>For Microsoft:</p>
<ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul>
<pre><code class="language-python">print(1)
print(2)</code></pre>
<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>
<blockquote><p>Quoted.</p></blockquote>
<h3>Deeper</h3>
<ol><li>first</li></ol>
<nav>Home About</nav>
<p>Tags: alpha, beta</p>
</article>"""


def test_fragment_structure() -> None:
    art = ak.parse(FRAGMENT)
    assert art.source_format == "html"
    assert art.title == "The Title"
    assert [(s.heading, s.level) for s in art.iter_sections()] == [
        (None, 1),
        ("Part", 1),
        ("Deeper", 2),
    ]
    kinds = [b.kind for b in art.sections[1].blocks]
    assert kinds == ["list", "code", "table", "quote"]
    lst = art.sections[1].blocks[0]
    assert lst.kind == "list" and lst.lead_in == "For Microsoft"
    assert lst.items[0].children[0].text == "nested"
    code = art.sections[1].blocks[1]
    assert code.kind == "code" and code.language == "python" and code.text == "print(1)\nprint(2)"
    assert art.links[0].url == "https://x.org"
    span = art.links[0].span
    assert span is not None and FRAGMENT[span.start : span.end] == "a link"
    assert art.tags == ["alpha", "beta"]
    reasons = {r.reason for r in art.removed}
    assert {"image", "boilerplate"} <= reasons
    assert "Home" not in art.text


PAGE = """<!DOCTYPE html><html><head><title>Page Title | Site</title>
<meta name="description" content="What it is about.">
<meta property="article:tag" content="news">
<meta name="author" content="Ann Author">
<link rel="canonical" href="https://site.example/a">
<script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["economy", "news"],
 "datePublished": "2024-05-03"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/x">World</a> <a href="/y">Sports</a></nav>
<div class="cookie">We use cookies. Accept all cookies to continue.</div>
<article><h1>Page Title</h1>
<p>First paragraph of the article body, long enough to be counted as real content by the
extractor, with several words and a clear sentence structure in it.</p>
<h2>Background</h2>
<p>Second paragraph of the article body, again long enough to count as content here, with
more words and more sentences. It goes on for a while to look like an article.</p>
<ul><li>A list item with enough words to matter.</li><li>Another list item here.</li></ul>
</article>
<footer>Copyright 2024 Site. Share this on Facebook.</footer>
</body></html>"""


def test_whole_page() -> None:
    art = ak.parse(PAGE)
    assert art.source_format == "html"
    assert art.title == "Page Title"
    assert art.meta_description == "What it is about."
    assert art.tags[:3] == ["news", "economy"] or set(art.tags) >= {"news", "economy"}
    assert art.byline == "Ann Author"
    assert art.published and art.published.startswith("2024-05-03")
    assert "Background" in art.headings
    assert "cookies" not in art.text and "Copyright" not in art.text and "Home" not in art.text
    assert art.canonical_url == "https://site.example/a"
    src = next(s for s in art.field_sources if s.field == "canonical_url").span
    assert PAGE[src.start : src.end] == "https://site.example/a"


@pytest.mark.parametrize("standalone", [False, True])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(cues=True))
def test_html_writer_round_trip(standalone: bool, article: ak.Article) -> None:
    """Fragment and whole page, with body text that reads like a cue (marked literal)."""
    back = ak.parse(article.to_html(standalone=standalone), format="html")
    assert structure(back) == structure(article)


NEWS_PAGE = """<!DOCTYPE html><html><head><title>Swim Results | Site</title>
<meta property="og:title" content="2018 Boys State Swim Results">
<link rel="canonical" href="https://site.example/news/swim">
</head><body>
<nav><a href="/">Home</a> <a href="/x">World</a> <a href="/y">Sports</a></nav>
<article><h1>2018 Boys State Swim Results</h1>
<p>BAAR, SWITZERLAND</p>
<p>Summary: Salina South diver Keetan Munsell won the state championship in the event with a
score of 409.30, the best of the season.</p>
<p>Trinity Academy junior Ben Patton added to his collection of state titles, winning the 200
yard individual medley in a time that beat the field by more than two seconds. See
<a href="/results/full">the full results</a>.</p>
<p>In the 100 yard backstroke, Patton was beaten out by Wichita Heights' Aidan Gantenbein for
first place in a close race that came down to the final touch at the wall.</p>
</article>
<footer>Copyright 2024 Site. Share this on Facebook.</footer>
</body></html>"""


def test_page_keeps_its_title_out_of_the_body_and_its_text_in() -> None:
    art = ak.parse(NEWS_PAGE)
    assert art.title == "2018 Boys State Swim Results"
    assert "Swim Results" not in art.text.split("\n\n")[0]
    # a short first paragraph is body text on a page that states its title
    assert art.text.startswith("BAAR, SWITZERLAND")
    # in an extracted page body only "Tags:" lines are fields
    assert art.summary is None and "Summary: Salina South" in art.text
    # relative links are resolved against the canonical URL
    assert art.links[0].url == "https://site.example/results/full"
    assert art.canonical_url == "https://site.example/news/swim"


def test_lead_in_needs_a_short_label_or_the_writer_mark() -> None:
    items = "<ul><li>one</li><li>two</li></ul>"
    short = ak.parse(f"<p>For riders:</p>{items}", format="html")
    assert short.sections[0].blocks[0].kind == "list"
    assert short.sections[0].blocks[0].lead_in == "For riders"
    long = "Note that metadata can live in several other places:"
    art = ak.parse(f"<p>{long}</p>{items}", format="html")
    assert [b.kind for b in art.sections[0].blocks] == ["paragraph", "list"]
    marked = ak.parse(f'<p data-articlekit="lead-in">{long}</p>{items}', format="html")
    assert marked.sections[0].blocks[0].kind == "list"
    plain = ak.parse(f'<p data-articlekit="paragraph">For riders:</p>{items}', format="html")
    assert [b.kind for b in plain.sections[0].blocks] == ["paragraph", "list"]


def test_fragment_first_paragraph_is_not_a_title() -> None:
    art = ak.parse("<p>Results at a glance</p><p>The body of the piece goes on.</p>")
    assert art.title is None
    assert art.sections[0].blocks[0].text == "Results at a glance"


def test_writer_marks_field_like_paragraphs() -> None:
    from articlekit.model import Article, Paragraph, Section

    art = Article(
        sections=[
            Section(
                blocks=[
                    Paragraph(text="Opening words of the piece go here."),
                    Paragraph(text="Summary: this line is body text, not the summary."),
                ]
            )
        ],
        summary="First part.\n\nSecond part.",
    )
    html = art.to_html()
    assert 'data-articlekit="paragraph">Summary: this line' in html
    back = ak.parse(html, format="html")
    assert back.summary == art.summary
    assert [b.text for b in back.iter_blocks()] == [b.text for b in art.iter_blocks()]


CUES = Article(
    title="Release notes",
    sections=[
        Section(blocks=[Paragraph(text="By the way, the body starts here.")]),
        Section(
            heading="TL;DR",
            blocks=[
                Paragraph(text="Share this blog post"),
                Paragraph(text="Links:"),
                ListBlock(lead_in="References", items=[ListItem(text="One item.")]),
                Paragraph(text="#rstats #python"),
            ],
        ),
        Section(heading="Meta Description", blocks=[Paragraph(text="Body text again.")]),
    ],
    related=[RelatedArticle(title="References", teaser="A teaser of the related post.")],
)


def test_writer_marks_cues_literal() -> None:
    html = CUES.to_html()
    assert '<p data-articlekit="literal">By the way, the body starts here.</p>' in html
    assert '<h2 data-articlekit="literal">TL;DR</h2>' in html
    assert '<p data-articlekit="literal">Share this blog post</p>' in html
    assert '<p data-articlekit="paragraph literal">Links:</p>' in html
    assert '<p data-articlekit="lead-in literal">References:</p>' in html
    assert '<h3 data-articlekit="literal">References</h3>' in html
    # what reads like nothing in particular is not marked
    assert "<p>Body text again.</p>" in html and "<h2>Related Articles</h2>" in html
    for standalone in (False, True):
        back = ak.parse(CUES.to_html(standalone=standalone), format="html")
        assert structure(back) == structure(CUES)
        assert back.byline is None and back.summary is None and back.meta_description is None


def test_literal_mark_by_hand() -> None:
    plain = ak.parse("<p>Body text of the post.</p><h2>TL;DR</h2><p>Short version.</p>")
    assert plain.summary == "Short version." and plain.headings == []
    marked = ak.parse(
        '<p>Body text of the post.</p><h2 data-articlekit="literal">TL;DR</h2>'
        "<p>Short version.</p><p data-articlekit='literal'>Tags: a, b</p>"
        '<ul><li data-articlekit="literal">Share this</li><li>Second item.</li></ul>'
    )
    assert marked.summary is None and marked.tags == []
    assert marked.headings == ["TL;DR"]
    assert marked.sections[1].blocks[1].text == "Tags: a, b"
    assert [i.text for i in marked.sections[1].blocks[2].items] == ["Share this", "Second item."]


def test_literal_mark_survives_extraction_from_a_page() -> None:
    """A page with navigation goes through trafilatura, which drops the mark of headings:
    the marked elements are matched by kind and text."""
    body = CUES.to_html()
    page = (
        "<!DOCTYPE html><html><head><title>Release notes</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav>"
        + body.replace(
            "<p>Body text again.</p>",
            "<p>Body text again, long enough for the extractor to take this part of the"
            " page for the article it is: several words, and a sentence or two more.</p>",
        )
        + "<footer>Copyright 2024</footer></body></html>"
    )
    art = ak.parse(page, format="html")
    assert art.headings[:2] == ["TL;DR", "Meta Description"]
    assert art.summary is None and art.meta_description is None
    assert "Share this blog post" in art.text


def test_page_round_trip_keeps_each_related_link_with_its_item() -> None:
    """Found by the round-trip property (session four): two related articles with the same
    title, only the first linked, on a whole page that goes through trafilatura; neither
    title could be placed in the page, and the second took the first one's link."""
    path = Path(__file__).parent / "articles" / "related-same-title.article.json"
    article = ak.Article.model_validate_json(path.read_text(encoding="utf-8"))
    back = ak.parse(article.to_html(standalone=True), format="html")
    assert [(r.title, r.url) for r in back.related] == [(r.title, r.url) for r in article.related]


def test_byline_and_date_marked_in_the_page_body() -> None:
    page = (
        "<html><head><title>Ferry returns</title></head><body><article>"
        "<h1>Harbour ferry returns after a winter of repairs</h1>"
        '<p class="byline">By Lena Park</p><time datetime="2025-03-03">March 3, 2025</time>'
        "<p>The harbour ferry carried its first passengers of the year on Monday after four "
        "months in dry dock for engine repairs, and riders said it was quieter.</p>"
        "<p>The service will run every twenty minutes at peak times from next week, the "
        "operator said on Monday.</p></article></body></html>"
    )
    art = ak.parse(page, "html")
    assert (art.byline, art.published) == ("Lena Park", "March 3, 2025")
    # an author box is no byline, and "3 min read" no date
    page = page.replace("By Lena Park", "Lena Park writes about transport and the city for us")
    page = page.replace(
        '<time datetime="2025-03-03">March 3, 2025</time>', "<time>3 min read</time>"
    )
    art = ak.parse(page, "html")
    assert (art.byline, art.published) == (None, None)


def test_a_quote_with_an_escaped_character_keeps_the_blocks_after_it_in_place() -> None:
    """Found by the round-trip property: a quote whose text the page escaped ("&amp;") was
    looked for twice, the second time from past itself; a word of it matched a teaser far
    below, and every block in between lost its place (the related box lost its teasers)."""
    page = (
        "<article><p>Opening words of the story.</p>"
        "<blockquote><p>Markets &amp; prices moved again today.</p></blockquote>"
        "<p>Between the quote and the box.</p>"
        "<h2>Related Articles</h2>"
        "<h3>Evening roundup</h3><p>Markets rallied late in the day after a slow start</p>"
        "<h3>Another story here</h3><p>A second teaser that is cut off mid</p>"
        "</article>"
    )
    article = ak.parse(page, format="html")
    assert [(r.title, r.teaser is not None) for r in article.related] == [
        ("Evening roundup", True),
        ("Another story here", True),
    ]
    between = next(
        b
        for s in article.sections
        for b in s.blocks
        if isinstance(b, Paragraph) and b.text == "Between the quote and the box."
    )
    assert between.span is not None
    assert page[between.span.start : between.span.end] == "Between the quote and the box."
