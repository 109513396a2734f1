"""Whole HTML pages of the shapes scrapers meet (a documentation page, a blog post, a
newsletter post, a Medium-like post, a page with footnotes), each written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("lxml")
pytest.importorskip("trafilatura")

import articlekit as ak

DOCS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Retries &mdash; fetchwell 2.3 documentation</title>
<link rel="canonical" href="https://fetchwell.example/en/stable/retries.html"></head>
<body><nav class="side"><ul><li><a href="install.html">Installation</a></li>
<li><a href="#">Retries</a></li><li><a href="timeouts.html">Timeouts</a></li></ul></nav>
<div role="main" class="document"><div itemprop="articleBody">
<section id="retries"><h1>Configuring retries<a class="headerlink" href="#retries"
 title="Permalink to this heading">¶</a></h1>
<p>fetchwell retries failed requests with an exponential back-off. The defaults suit most
services, but a client talking to a rate-limited API usually wants to tune them.</p>
<section id="policy"><h2>The retry policy<a class="headerlink" href="#policy">¶</a></h2>
<p>A policy is built from the number of attempts, the first delay and the factor by which
the delay grows between one attempt and the next.</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span class="kn">from</span> fetchwell <span class="kn">import</span> RetryPolicy

policy = RetryPolicy(attempts=5, first_delay=0.5)
</pre></div></div>
<div class="admonition note"><p class="admonition-title">Note</p>
<p>Only idempotent methods are retried by default, so a POST is never sent twice.</p></div>
</section>
<section id="options"><h2>Options<a class="anchor" href="#options">#</a></h2>
<p>Every option can also be set from the environment, which suits containers where the
code cannot be changed.</p></section></section>
</div></div>
<footer><p>&copy; Copyright 2025, the fetchwell authors.</p></footer></body></html>"""


def test_permalink_marks_after_headings_are_dropped() -> None:
    art = ak.parse(DOCS_PAGE, "html")
    assert art.title == "Configuring retries"
    assert [s.heading for s in art.iter_sections()][1:] == ["The retry policy", "Options"]
    assert not any(link.url.endswith(("#retries", "#policy", "#options")) for link in art.links)


MEDIUM_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Five habits that made my code reviews shorter | by Kenji Arai | Medium</title>
<meta property="og:title" content="Five habits that made my code reviews shorter">
<meta name="description" content="Small pull requests are only the start.">
<meta name="author" content="Kenji Arai"></head>
<body><nav><a href="/">Home</a> <a href="/signin">Sign in</a></nav>
<article><section>
<h1 class="pw-post-title">Five habits that made my code reviews shorter</h1>
<h2 class="pw-subtitle-paragraph">Small pull requests are only the start.</h2>
<p>For a year our team argued about review turnaround. We tried rotating reviewers, review
days and a bot that nagged people in chat. None of it stuck until the authors changed.</p>
<h1 class="pw-post-body-heading">1. Write the description first</h1>
<p>Before touching the code, I write two sentences about what the change will do and why.
If I cannot, the change is not ready, and the reviewer would have had to ask anyway.</p>
<h2>Even for one-line fixes</h2>
<p>A one-line fix still deserves a sentence saying which bug it fixes and how it was found,
because the reviewer has not spent the afternoon reading that code.</p>
<h1 class="pw-post-body-heading">2. Split refactors from behaviour changes</h1>
<p>A rename across forty files is easy to review on its own and impossible to review when it
is mixed with a logic change, so the refactor goes first in a pull request of its own.</p>
</section></article>
<footer><a href="/about">About</a></footer></body></html>"""


def test_title_h1_with_more_h1s_for_sections_and_a_dek_heading() -> None:
    art = ak.parse(MEDIUM_PAGE, "html")
    assert art.title == "Five habits that made my code reviews shorter"
    # the subtitle (the page's description) opens the body; the other <h1>s are sections
    assert art.sections[0].heading is None
    assert art.sections[0].blocks[0].text == "Small pull requests are only the start."
    assert [(s.heading, s.level) for s in art.iter_sections()][1:] == [
        ("1. Write the description first", 1),
        ("Even for one-line fixes", 2),
        ("2. Split refactors from behaviour changes", 1),
    ]


NEWSLETTER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>The quiet economics of library fines</title>
<meta property="og:title" content="The quiet economics of library fines">
<meta property="og:description" content="Abolishing late fees cost less than anyone expected.">
<meta name="author" content="Dana Whitfield"></head>
<body><div class="navbar"><a href="/">Stacks</a><button>Subscribe</button></div>
<article class="newsletter-post post"><div class="post-header">
<h1 class="post-title">The quiet economics of library fines</h1>
<h3 class="subtitle">Abolishing late fees cost less than anyone expected.</h3></div>
<div class="body markup">
<p>When a mid-sized library system stopped charging late fees, the finance office braced for
a hole in the budget. The hole turned out smaller than the cost of collecting the fines.</p>
<h2>Where the money went</h2>
<p>About two thirds of the fine revenue was eaten by the cost of handling it. The rest came
from a small number of cardholders, many of them children whose cards had been blocked.</p>
</div></article><div class="footer">&copy; 2025 Dana Whitfield</div></body></html>"""


def test_subtitle_heading_saying_the_description_is_the_first_paragraph() -> None:
    art = ak.parse(NEWSLETTER_PAGE, "html")
    assert art.title == "The quiet economics of library fines"
    assert art.sections[0].heading is None
    first = art.sections[0].blocks[0]
    assert first.kind == "paragraph"
    assert first.text == "Abolishing late fees cost less than anyone expected."
    assert [s.heading for s in art.iter_sections()][1:] == ["Where the money went"]


BLOG_POST = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Why My Sourdough Starter Finally Rose &#8211; Crumb &amp; Crust</title></head>
<body class="single single-post"><header class="site-header"><nav><ul>
<li><a href="/">Home</a></li><li><a href="/recipes/">Recipes</a></li></ul></nav></header>
<main id="main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Why My Sourdough Starter Finally Rose</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2024-05-14">May 14, 2024</time>
<span class="byline"> by <span class="author vcard"><a href="/author/maren/">Maren Holt</a></span></span></div></header>
<div class="entry-content">
<p>For three weeks my jar of flour and water did almost nothing. It bubbled a little on the
first day, then sat there smelling faintly of nail varnish while I fed it every morning.</p>
<p>What changed was not the flour, and it was not the water. It was the temperature of the
shelf I kept it on, which I had never thought to measure until a friend asked.</p>
<h2>The cold shelf problem</h2>
<p>The kitchen shelf sat right above the back door. In the mornings it was barely fifteen
degrees, and yeast in a young starter wakes up very slowly at that temperature.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/baking/"
 rel="category tag">Baking</a></span> <span class="tags-links">Tagged <a href="/tag/fermentation/"
 rel="tag">fermentation</a>, <a href="/tag/sourdough/" rel="tag">sourdough</a></span></footer>
</article></main>
<aside class="widget_tag_cloud"><a href="/tag/rye/" rel="tag">rye</a> <a href="/tag/pans/"
 rel="tag">pans</a></aside>
<footer class="site-footer"><a href="https://wordpress.org/">Proudly powered by WordPress</a></footer>
</body></html>"""


def test_links_marked_rel_tag_in_the_post_are_its_tags() -> None:
    art = ak.parse(BLOG_POST, "html")
    assert art.title == "Why My Sourdough Starter Finally Rose"
    assert art.byline == "Maren Holt"
    # the post's category and tags; not the sidebar's tag cloud
    assert art.tags == ["Baking", "fermentation", "sourdough"]
    source = next(s.span for s in art.field_sources if s.field == "tags")
    assert BLOG_POST[source.start : source.end] == "Baking"
    # metadata tags win over the links
    page = BLOG_POST.replace("</title>", '</title><meta name="keywords" content="bread, yeast">')
    assert ak.parse(page, "html").tags == ["bread", "yeast"]


FOOTNOTED_FRAGMENT = """<article><h1>A short history of the shipping container</h1>
<p>Until the middle of the last century, cargo moved as break-bulk: sacks, barrels and crates
loaded one at a time.<sup id="fnref1"><a href="#fn1" class="footnote-ref">1</a></sup></p>
<p>Agreeing on the corner fittings took longer than designing the box itself.<sup><a
 href="#fn:2">2</a></sup></p>
<section class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn1"><p>Estimates of the time spent loading vary between studies.
<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn:2"><p>See <a href="https://standards.example/iso-668">the ISO 668 summary</a>.&#160;<a
 href="#fnref:2" class="reversefootnote">&#8617;</a></p></li></ol></section>
</article>"""


def test_footnote_back_links_are_no_text() -> None:
    art = ak.parse(FOOTNOTED_FRAGMENT, "html")
    notes = next(b for s in art.sections for b in s.blocks if b.kind == "list")
    assert [i.text for i in notes.items] == [
        "Estimates of the time spent loading vary between studies.",
        "See the ISO 668 summary.",
    ]
    assert [link.url for link in art.links if "fnref" in link.url] == []
    assert "https://standards.example/iso-668" in [link.url for link in art.links]
    # the same as a whole page, through the extractor, with a canonical URL to resolve against
    page = (
        '<!DOCTYPE html><html><head><title>Containers</title><link rel="canonical" '
        'href="https://longreads.example/containers"></head><body><nav><a href="/">Home</a>'
        f"</nav>{FOOTNOTED_FRAGMENT}<footer>Long Reads</footer></body></html>"
    )
    text = ak.parse(page, "html").text
    assert "\u21a9" not in text and "Estimates of the time spent loading" in text


def test_admonition_title_heads_its_paragraph() -> None:
    art = ak.parse(DOCS_PAGE, "html")
    texts = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]
    note = "Note: Only idempotent methods are retried by default, so a POST is never sent twice."
    assert note in texts and "Note" not in texts
    fragment = (
        '<div class="admonition warning"><p class="admonition-title">Warning</p>'
        "<p>Retrying a POST the server already handled can create duplicates.</p></div>"
        "<p>Note</p><ul><li>a list after a lone word is left alone</li></ul>"
    )
    blocks = ak.parse(fragment, "html").sections[0].blocks
    assert blocks[0].kind == "paragraph"
    assert (
        blocks[0].text
        == "Warning: Retrying a POST the server already handled can create duplicates."
    )
    span = blocks[0].span
    assert span is not None and fragment[span.start : span.end].startswith("Warning</p>")
    assert blocks[1].text == "Note"


def test_code_language_named_on_the_wrapper_of_the_pre() -> None:
    art = ak.parse(DOCS_PAGE, "html")
    code = next(b for s in art.iter_sections() for b in s.blocks if b.kind == "code")
    assert code.language == "python"
    assert code.text.startswith("from fetchwell import RetryPolicy")
    fragment = (
        '<div class="highlight highlight-source-shell"><pre>pip install fetchwell\n'
        'fetchwell --help</pre></div><div class="highlight-default"><pre>x = 1\ny = 2</pre></div>'
    )
    fragment += (
        '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre '
        'class="highlight"><code>puts 1\nputs 2</code></pre></div></div>'
    )
    blocks = ak.parse(fragment, "html").sections[0].blocks
    assert [(b.kind, b.language) for b in blocks] == [
        ("code", "shell"),
        ("code", None),
        ("code", "ruby"),
    ]


TIDES = """<article><h1>How tide tables are computed</h1>
<p>Tide tables look like observations, but they are predictions made years in advance from a
small set of repeating components, each tied to the moon or the sun.</p>
<h2>Harmonic constituents</h2>
<p>Each constituent is a sine wave with a fixed period tied to the motion of the moon or the
sun; a port's tide is their sum, with an amplitude and a phase for each one.</p>
<table><caption>Main constituents</caption><thead><tr><th>Name</th><th>Period (h)</th></tr>
</thead><tbody><tr><td>M2</td><td>12.42</td></tr><tr><td>S2</td><td>12.00</td></tr></tbody></table>
<dl><dt>Amplitude</dt><dd>How high the wave of one constituent rises.</dd>
<div><dt>Phase</dt><dd>When it peaks relative to a reference time.</dd></div>
<dt>Why not just measure?</dt><dd>Measurements are used, but only to fit the constituents.</dd></dl>
<details><summary>Where do the periods come from?</summary><p>From the orbits of the moon
and the earth, worked out long before computers were used to predict tides.</p></details>
</article>"""


@pytest.mark.parametrize("whole_page", [False, True])
def test_description_list_table_caption_and_details_summary(whole_page: bool) -> None:
    html = TIDES
    if whole_page:  # through the extractor, which rewrites all three
        html = (
            "<!DOCTYPE html><html><head><title>Tides</title></head><body><nav><a href='/'>"
            f"Home</a></nav>{TIDES}<footer>Tides weekly</footer></body></html>"
        )
    art = ak.parse(html, "html")
    blocks = art.sections[-1].blocks
    caption, table, terms = blocks[1], blocks[2], blocks[3]
    assert caption.kind == "paragraph" and caption.text == "Main constituents"
    assert table.kind == "table" and table.rows[0] == ["Name", "Period (h)"]
    assert terms.kind == "list"
    assert [i.text for i in terms.items] == [
        "Amplitude: How high the wave of one constituent rises.",
        "Phase: When it peaks relative to a reference time.",
        "Why not just measure? Measurements are used, but only to fit the constituents.",
    ]
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert "Where do the periods come from?" in texts


def test_description_list_term_naming_a_field() -> None:
    art = ak.parse("<p>Some text.</p><dl><dt>Tags</dt><dd>tides, moon</dd></dl>", "html")
    assert art.tags == ["tides", "moon"]


LINE_NUMBERED = """<article><h1>Reading a file line by line in Go</h1>
<p>Go has no readline function, but the bufio package gives you a scanner that splits its
input into lines by default, which is all most programs need.</p>
<div class="highlight"><div class="chroma"><table class="lntable"><tr><td class="lntd">
<pre class="chroma"><code><span class="lnt">1
</span><span class="lnt">2
</span></code></pre></td><td class="lntd"><pre class="chroma"><code class="language-go"
 data-lang="go"><span class="line">scanner := bufio.NewScanner(f)
</span><span class="line">for scanner.Scan() { fmt.Println(scanner.Text()) }
</span></code></pre></td></tr></table></div></div>
<p>The scanner has a maximum line length of 64 KiB; a longer line needs a bigger buffer,
given to the scanner before the first call to Scan.</p>
<table><tr><th>Method</th><th>Notes</th></tr><tr><td>Scan</td><td>Returns false:<ul>
<li>at the end of the input</li><li>on an error</li></ul></td></tr>
<tr><td>Buffer</td><td><pre>scanner.Buffer(buf, 1024*1024)</pre></td></tr></table>
</article>"""


@pytest.mark.parametrize("whole_page", [False, True])
def test_code_laid_out_in_a_table_with_line_numbers_and_lists_inside_cells(
    whole_page: bool,
) -> None:
    html = LINE_NUMBERED
    if whole_page:
        html = (
            "<!DOCTYPE html><html><head><title>Go lines</title></head><body><nav><a href='/'>"
            f"Home</a></nav>{LINE_NUMBERED}<footer>Ferns</footer></body></html>"
        )
    blocks = ak.parse(html, "html").sections[0].blocks
    code = next(b for b in blocks if b.kind == "code")
    assert code.language == "go"
    assert code.text.splitlines() == [
        "scanner := bufio.NewScanner(f)",
        "for scanner.Scan() { fmt.Println(scanner.Text()) }",
    ]
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[2] == ["Buffer", "scanner.Buffer(buf, 1024*1024)"]
    if not whole_page:  # (the extractor drops a list inside a cell)
        assert table.rows[1] == ["Scan", "Returns false: at the end of the input on an error"]


def test_ordered_list_start_attribute_numbers_its_items() -> None:
    html = (
        "<p>Steps:</p><ol><li>Download it.</li><li>Unpack it.</li></ol><pre>tar xf a.tgz</pre>"
        '<ol start="3"><li>Build it.</li><li>Install it.<ol><li>as root</li></ol></li></ol>'
    )
    lists = [b for b in ak.parse(html, "html").sections[0].blocks if b.kind == "list"]
    assert [i.marker for i in lists[1].items] == ["3.", "4."]
    assert lists[1].items[1].children[0].marker == "1."


NEWS_ARTICLE = """<article><header><p class="kicker"><a href="/local">Local</a></p>
<h1>Harbour city approves tidal barrier after decade of debate</h1>
<p class="dek">The vote ends years of studies, but the cost is still an open question.</p>
<div class="byline">By <a href="/by/priya">Priya Venkataraman</a></div>
<time datetime="2025-02-11T17:05:00Z">Feb. 11, 2025</time></header>
<p>City councillors voted 31 to 9 on Tuesday night to fund a movable barrier across the
mouth of the river, ending more than ten years of argument over the old town.</p>
<aside class="related"><h2>Related coverage</h2><ul><li><a href="/flood-map">New flood
maps</a></li></ul></aside>
<p>Engineering tenders will open in the spring, and the first gates could be in place by
2029 if the regional fund releases the money on schedule.</p></article>"""


def test_kicker_above_the_headline_does_not_hide_the_front_matter() -> None:
    art = ak.parse(NEWS_ARTICLE, "html")
    assert art.title == "Harbour city approves tidal barrier after decade of debate"
    assert art.byline == "Priya Venkataraman"
    assert art.published == "Feb. 11, 2025"
    kicker = next(r for r in art.removed if r.text == "Local")
    assert kicker.reason == "ui_remnant" and kicker.span is not None
    assert NEWS_ARTICLE[kicker.span.start : kicker.span.end] == "Local"
    assert art.sections[0].blocks[0].text.startswith("The vote ends years of studies")
    # a date above the headline is no kicker
    dated = NEWS_ARTICLE.replace('<a href="/local">Local</a>', "March 3, 2025")
    assert "March 3, 2025" not in [r.text for r in ak.parse(dated, "html").removed]


WIKI_FRAGMENT = """<h1>Photosynthesis</h1>
<p>Plants turn light into chemical energy stored in sugars.<sup class="reference"><a
 href="#cite_note-1">[1]</a></sup></p>
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span
 class="mw-editsection-bracket">[</span><a href="/w/index.php?section=1" title="Edit section:
 History">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>The first experiments on how plants gain mass were done in the seventeenth century.</p>
<h2><span class="mw-headline" id="References">References</span><span class="mw-editsection">
<span>[</span><a href="/w/index.php?section=2">edit source</a><span>]</span></span></h2>
<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a
 href="#cite_ref-1">^</a></b></span> <span class="reference-text">Smith J (2001).
 <a href="https://journal.example/leaves">How leaves work</a>. Plant Journal.</span></li></ol>"""


def test_wiki_edit_links_leave_the_headings_and_references_are_read() -> None:
    art = ak.parse(WIKI_FRAGMENT, "html")
    assert [s.heading for s in art.sections] == [None, "History"]
    assert [(r.title, r.url) for r in art.references] == [
        ("Smith J (2001). How leaves work. Plant Journal.", "https://journal.example/leaves")
    ]
    assert not any("index.php" in link.url for link in art.links)


def test_aside_of_related_stories_gives_the_related_articles() -> None:
    html = NEWS_ARTICLE.replace("Related coverage", "Related stories")
    art = ak.parse(html, "html")
    assert [(r.title, r.url) for r in art.related] == [("New flood maps", "/flood-map")]
    texts = [b.text for b in art.sections[0].blocks]
    assert texts[-1].startswith("Engineering tenders will open")
    # an aside headed by anything else is still boilerplate
    art = ak.parse(NEWS_ARTICLE.replace("Related coverage", "Newsletter"), "html")
    assert art.related == []
    assert any(r.reason == "boilerplate" and r.detail == "<aside>" for r in art.removed)
