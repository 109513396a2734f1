"""Markdown front end, front matter, detection and the Markdown writer."""

from __future__ import annotations

import articlekit as ak
from articlekit.parse.detect import detect_format, format_from_suffix
from tests.helpers import block_texts

DOC = """---
title: Front Title
tags: [x, y]
author: Jane Doe
layout: post
---
# Front Title

Intro with [a link](https://a.com), <https://auto.org> and ![img](i.png).

Setext part
-----------

- item one
  continued

  second para
  - child [r][ref]

For Microsoft:
1. a
2. b

```python
print(1)
```

| h1 | h2 |
|----|----|
| c | d |

> quote one
>
> quote two

### Deep

Text.

## Reference Links

- [Title A](https://ta.com) - Source

Tags: y, z

[ref]: https://ref.com
"""


def test_structure() -> None:
    art = ak.parse(DOC, format="markdown")
    assert art.source_format == "markdown"
    assert art.title == "Front Title"
    assert [(s.heading, s.level) for s in art.iter_sections()] == [
        (None, 1),
        ("Setext part", 1),
        ("Deep", 2),
    ]
    blocks = art.sections[1].blocks
    assert [b.kind for b in blocks] == ["list", "list", "code", "table", "quote"]
    first = blocks[0]
    assert first.kind == "list"
    assert first.items[0].text == "item one continued\n\nsecond para"
    assert first.items[0].children[0].text == "child r"
    second = blocks[1]
    assert second.kind == "list" and second.ordered and second.lead_in == "For Microsoft"
    code = blocks[2]
    assert code.kind == "code" and code.language == "python" and code.text == "print(1)"
    table = blocks[3]
    assert table.kind == "table" and table.rows == [["h1", "h2"], ["c", "d"]]


def test_links_spans_and_removed() -> None:
    art = ak.parse(DOC, format="markdown")
    urls = [link.url for link in art.links]
    assert urls[:3] == ["https://a.com", "https://auto.org", "https://ref.com"]
    for link in art.links:
        assert link.span is not None
        assert DOC[link.span.start : link.span.end] == link.text
    reasons = {(r.reason, r.detail) for r in art.removed}
    assert ("image", "i.png") in reasons
    assert ("markup", "link reference definition") in reasons
    assert any(r.detail and "layout" in r.detail for r in art.removed)
    for section in art.iter_sections():
        for block in section.blocks:
            assert block.span is not None and 0 <= block.span.start < block.span.end <= len(DOC)


def test_front_matter_merge() -> None:
    art = ak.parse(DOC, format="markdown")
    assert art.tags == ["x", "y", "z"]
    assert art.byline == "Jane Doe"
    assert art.references[0].url == "https://ta.com"
    assert art.references[0].source == "Source"
    fm = "---\ntitle: Other\nsummary: Short.\ndate: 2024-05-03\n---\n# Shown\n\nBody text.\n"
    art = ak.parse(fm)
    assert art.title == "Other" and art.summary == "Short." and art.published == "2024-05-03"
    assert any(r.text == "Shown" for r in art.removed)  # superseded, not lost


def test_block_lists_in_front_matter() -> None:
    art = ak.parse("---\ntags:\n  - a\n  - b\ncategories: c\n---\nText here.\n")
    assert art.source_format == "markdown"
    assert art.tags == ["a", "b", "c"]


def test_special_sections_by_vocabulary() -> None:
    md = (
        "# T\n\nBody paragraph here.\n\n## Key Takeaways\n\n- one\n- two\n\n"
        "## Summary\n\nIt is short.\n\n## Meta Description\n\nA page.\n"
    )
    art = ak.parse(md, format="markdown")
    assert art.summary == "It is short."
    assert art.meta_description == "A page."
    assert art.headings == []


def test_detection() -> None:
    assert detect_format("<!doctype html><html><body><p>x</p></body></html>") == "html"
    assert detect_format("<div><p>One</p><p>Two</p></div>") == "html"
    assert detect_format("# Title\n\nSome **bold** and [a](https://x.org).\n") == "markdown"
    assert detect_format("---\ntitle: A\n---\nText\n") == "markdown"
    assert detect_format("Deals < 5 dollars\n\nUse #python and C# today.\n") == "text"
    assert detect_format("Title\n# Heading\nline\n# Other\nmore lines\n") == "text"
    assert detect_format("Plain text.\n\nMore.") == "text"
    assert format_from_suffix("a.md") == "markdown"
    assert format_from_suffix("a.htm") == "html"
    assert format_from_suffix("a.txt") == "text"
    assert format_from_suffix("a.json") is None


# A scraped blog post about writing Markdown: the syntax sits on bare code lines, which
# real Markdown would keep in fences.
SCRAPED_POST_ABOUT_MARKDOWN = """Writing reports with R Markdown

Reports mix prose and code. A chunk header names the engine and its options.

# Load the data
library(readr)
results <- read_csv("results.csv")
summary(results$score)

A link in the source is written as [text](https://example.org) and a heading as
"## Heading". Fenced blocks start with three backticks:

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = TRUE)
```

# Plot the scores
plot(results$score, type = "l")
abline(h = mean(results$score), col = "red")

Knit the file and the report appears beside it.
"""

SCRAPED_POST_ABOUT_HTML = """How the highlighter marks code

The highlighter wraps each token in a span element with a class name.

<pre><code class="r"><span class="kw">library</span>(<span class="pkg">x</span>)</code></pre>

Styles for the classes live in one stylesheet, so themes only change colours.
Nothing else in the page changes, and the text stays searchable.
Older pages used a table per block, which broke copying code.
"""


def test_a_pipe_table_alone_does_not_make_a_text_markdown() -> None:
    text = (
        "Cookie Use\n\n1. What are cookies?\n\n"
        "Cookies are small text files that a website stores on your device.\n\n"
        "2. Cookies we use\n\n| Cookie | Purpose |\n|---|---|\n| fl_session | Keeps you logged in |\n"
    )
    assert detect_format(text) == "text"
    art = ak.parse(text)
    assert art.title == "Cookie Use"
    assert [s.heading for s in art.sections] == ["1. What are cookies?", "2. Cookies we use"]
    assert art.sections[1].blocks[0].kind == "table"
    # with Markdown's own headings beside it, the table is Markdown's
    assert detect_format("# Cookie Use\n\nText.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n") == "markdown"


def test_detection_keeps_scraped_posts_about_markup_as_text() -> None:
    assert detect_format(SCRAPED_POST_ABOUT_MARKDOWN) == "text"
    assert detect_format(SCRAPED_POST_ABOUT_HTML) == "text"


def test_detection_reads_heading_only_markdown_as_markdown() -> None:
    md = "# Notes\n\nFirst paragraph of prose.\n\n## Details\n\nMore prose here.\n"
    assert detect_format(md) == "markdown"
    # the same headings beside plain-text bullets are the text reader's business
    text = "# Notes\n\nFirst paragraph of prose.\n\n## Details\n\n• one\n• two\n• three\n"
    assert detect_format(text) == "text"


SCRAPED_RECIPE_POST = """\
Packaging with the new recipe format

The new format has a number of benefits:

* It always parses as valid YAML.
* Builds are faster, as no template has to be rendered twice.

A simple recipe looks like this:

context:
  # named variables live in the context
  version: "2.1.0"

package:
  name: "tinytools"
  version: ${{ version }}

How to switch a feedstock

Run the converter on your feedstock, then open a pull request and see the `ci` build it:

# One liner with a tool runner
runner exec converter my-feedstock my_user
# With a package manager
$MANAGER create -n converter converter

Where to learn more

The documentation explains the differences between the formats.
"""


def test_detection_reads_comments_glued_to_scraped_code_as_text() -> None:
    # "# One liner …" under a line of code is a shell comment, not a Markdown heading: a
    # Markdown writer leaves a blank line above a heading
    assert detect_format(SCRAPED_RECIPE_POST) == "text"
    art = ak.parse(SCRAPED_RECIPE_POST)
    headings = [s.heading for s in art.iter_sections() if s.heading]
    assert "How to switch a feedstock" in headings
    assert "One liner with a tool runner" not in headings


def test_detection_still_reads_spaced_atx_headings_as_markdown() -> None:
    text = "Intro line.\n\n## Install\n\nRun it.\n\n## Use\n\nCall `run()`.\n"
    assert detect_format(text) == "markdown"


def test_detection_reads_html_fragments_opening_with_a_block_tag() -> None:
    assert detect_format("<article>\n<h1>T</h1>\nSome text\nmore text\n</article>") == "html"


# One paragraph per line and no blank line (seed 000's layout), with a few links the
# scraper left in Markdown's form: Markdown would glue every line into one paragraph.
COMPACT_RELEASE_NOTES = """Release 4.2 is out
The team is pleased to announce the 4.2 release. It covers three months of work.
The notes below list the main changes. See [the full changelog](https://ex.org/changes).
Storage
Readers now stream large files. Memory stays flat on any input size.
- Fixed the reader on empty files [#1204](https://ex.org/pull/1204)
- Added a writer for partitioned folders
Query engine
Joins run in parallel. The planner reorders filters before joins.
"""

# A scraped post whose commands kept the page's links: the links sit inside code.
SCRAPED_COMMANDS_WITH_LINKS = """Installing the operator

Pick the configuration for your cloud and apply it.

kubectl apply -f [operator-gcp.yaml](https://ex.org/manifests/operator-gcp.yaml)

kubectl apply -f [operator-aws.yaml](https://ex.org/manifests/operator-aws.yaml)

kubectl apply -f [operator-azure.yaml](https://ex.org/manifests/operator-azure.yaml)

Checking the install

The pods come up within a minute. Watch them with the usual tools.
"""

# Markdown as static-site generators keep it: code rendered to raw HTML blocks in between.
MARKDOWN_WITH_RAW_HTML = """Version 2.0 of [tidyframe](https://ex.org/tidyframe) is on CRAN.

<div class="highlight">
<pre class='chroma'><code class='language-r'><span class='nf'>install.packages</span>(<span class='s'>"tidyframe"</span>)</code></pre>
</div>

## Faster joins

Joins now use a hash table. See the [benchmarks](https://ex.org/bench) for details.

<div class="highlight">
<pre class='chroma'><code class='language-r'><span class='nf'>join</span>(<span class='nv'>a</span>, <span class='nv'>b</span>)</code></pre>
</div>

## Acknowledgements

Thanks to [everyone](https://ex.org/people) who reported issues.
"""


def test_detection_keeps_one_paragraph_per_line_text_as_text() -> None:
    assert detect_format(COMPACT_RELEASE_NOTES) == "text"
    art = ak.parse(COMPACT_RELEASE_NOTES)
    assert art.source_format == "text"
    assert [s.heading for s in art.sections if s.heading] == ["Storage", "Query engine"]
    # the text reader still takes the link text from the brackets
    assert ("the full changelog", "https://ex.org/changes") in [(k.text, k.url) for k in art.links]
    # a compact Markdown outline (headings and items, no run of sentences) stays Markdown
    outline = "# Plan\n- [Read the guide](https://ex.org/guide)\n- [File an issue](https://ex.org/issues)\n## Later\n- ship it\n"
    assert detect_format(outline) == "markdown"


def test_detection_ignores_links_left_inside_commands() -> None:
    assert detect_format(SCRAPED_COMMANDS_WITH_LINKS) == "text"
    art = ak.parse(SCRAPED_COMMANDS_WITH_LINKS)
    assert [s.heading for s in art.sections if s.heading] == ["Checking the install"]


def test_detection_reads_markdown_with_raw_html_blocks_as_markdown() -> None:
    assert detect_format(MARKDOWN_WITH_RAW_HTML) == "markdown"
    art = ak.parse(MARKDOWN_WITH_RAW_HTML)
    assert [s.heading for s in art.sections if s.heading] == ["Faster joins", "Acknowledgements"]
    # the highlighted code in the raw HTML is code, its text without the tags
    code = [(b.text, b.language) for b in art.iter_blocks() if b.kind == "code"]
    assert code == [('install.packages("tidyframe")', "r"), ("join(a, b)", "r")]
    assert ("benchmarks", "https://ex.org/bench") in [(k.text, k.url) for k in art.links]
    # a web page is still a web page, whatever Markdown its text quotes
    page = "<!doctype html><html><body><h2>Syntax</h2><p>## Heading</p><p>[a](https://x.org) [b](https://y.org) [c](https://z.org)</p></body></html>"
    assert detect_format(page) == "html"


def test_triple_backtick_code_span_is_no_fence() -> None:
    # "```GET /index```" on its own line is a code span: counting it as a fence turned
    # every following fence inside out, and the code in them counted as bare code
    md = (
        "Query the index first.\n\n```GET /index/_mapping```\n\n"
        '## Result\n\n```\n{\n  "mappings": {\n    "x": 1\n  }\n}\n```\n\n'
        "## Next\n\nSee [the guide](https://ex.org/g).\n"
    )
    assert detect_format(md) == "markdown"


def test_parse_file_uses_suffix(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    p = tmp_path / "post.md"
    p.write_text("Title\n=====\n\nText.\n", encoding="utf-8")
    art = ak.parse_file(p)
    assert art.source_format == "markdown" and art.title == "Title"


def test_writer_escapes() -> None:
    from articlekit.model import Article, Paragraph, Section

    tricky = "1. not a list *nor* [a link](x) <b> & #tag_x \\ end #"
    art = Article(title="T #1", sections=[Section(blocks=[Paragraph(text=tricky)])])
    back = ak.parse(art.to_markdown(), format="markdown")
    assert back.title == "T #1"
    block = back.sections[0].blocks[0]
    assert block.kind == "paragraph" and block.text == tricky


def test_empty_and_html_blocks() -> None:
    assert ak.parse("", format="markdown").sections == []
    art = ak.parse("Para.\n\n<!-- note -->\n\n<div>Inside</div>\n", format="markdown")
    assert [b.kind for b in art.iter_blocks()] == ["paragraph", "paragraph"]
    assert any(r.detail == "raw HTML" for r in art.removed)


def test_first_paragraph_is_body_not_a_title() -> None:
    art = ak.parse("Results at a glance\n\nThe body of the piece goes on.\n", format="markdown")
    assert art.title is None
    assert next(b.text for b in art.iter_blocks()) == "Results at a glance"
    # with a front-matter title the paragraph stays body too (it used to be dropped)
    md = "---\ntitle: Real Title\n---\nResults at a glance\n\nThe body goes on.\n"
    art = ak.parse(md, format="markdown")
    assert art.title == "Real Title"
    assert art.text.startswith("Results at a glance")


def test_escaped_field_line_is_text() -> None:
    art = ak.parse("Intro.\n\nSummary\\: body text.\n\nSummary: the summary\n", format="markdown")
    assert art.summary == "the summary"
    assert [b.text for b in art.iter_blocks()] == ["Intro.", "Summary: body text."]
    from articlekit.model import Article, Paragraph, Section

    body = Article(sections=[Section(blocks=[Paragraph(text="Tags: body, not tags.")])])
    assert "Tags\\: body" in body.to_markdown()
    assert ak.parse(body.to_markdown(), format="markdown").tags == []


def test_literal_mark_keeps_a_cue_in_the_body() -> None:
    body = "# T\n\nIntro text here.\n\n## TL;DR\n\nShort version of it.\n"
    # unmarked, a "TL;DR" section at the end is the summary
    plain = ak.parse(body, format="markdown")
    assert plain.summary == "Short version of it." and plain.headings == []
    marked = body.replace("## TL;DR", "<!-- articlekit: literal -->\n## TL;DR")
    art = ak.parse(marked, format="markdown")
    assert art.summary is None and art.headings == ["TL;DR"]
    # the mark's line is accounted for, and renders as nothing
    mark = next(r for r in art.removed if r.detail == "literal mark")
    assert marked[mark.span.start : mark.span.end] == "<!-- articlekit: literal -->"
    # paragraphs: a remnant, a hashtag line, a field line, an opener stay text
    for text in ("Share this post", "#rstats #python", "Tags: a, b", "Links:"):
        md = f"Intro text here.\n\n<!-- articlekit: literal -->\n{text}\n"
        art = ak.parse(md, format="markdown")
        assert [b.text for b in art.iter_blocks()] == ["Intro text here.", text]
        assert art.tags == [] and art.references == []


def test_writer_marks_what_reads_like_a_cue() -> None:
    from articlekit.model import Article, ListBlock, ListItem, Paragraph, RelatedArticle, Section

    art = Article(
        title="T",
        sections=[
            Section(blocks=[Paragraph(text="By the way, this opens the body.")]),
            Section(heading="Meta Description", blocks=[Paragraph(text="tl;dr: three calls.")]),
            Section(
                heading="Part",
                blocks=[
                    Paragraph(text="Share this post with your friends"),
                    ListBlock(lead_in="Key Takeaways", items=[ListItem(text="One point.")]),
                ],
            ),
        ],
        related=[RelatedArticle(title="Summary", teaser="TLDR: As of today, all of it.")],
    )
    md = art.to_markdown()
    assert md.count("<!-- articlekit: literal -->\n") == 5
    assert "TLDR\\: As of today" in md  # a field-like teaser: its colon escaped
    back = ak.parse(md, format="markdown")
    assert back.headings == ["Meta Description", "Part"] and back.meta_description is None
    assert back.related[0].title == "Summary" and back.related[0].teaser == art.related[0].teaser
    lead = back.sections[2].blocks[1]
    assert isinstance(lead, ListBlock) and lead.lead_in == "Key Takeaways"
    assert back.byline is None and back.to_markdown() == md


def test_reference_link_url_wins_over_urls_in_its_title() -> None:
    md = (
        "Body text.\n\n## Reference Links\n\n"
        "- [Code of Conduct (https://a.org/coc) and notes (https://a.org/n)](<https://b.org/x>)"
        " - Blog - How it began \u2014 and why\n"
    )
    ref = ak.parse(md, format="markdown").references[0]
    assert ref.title == "Code of Conduct (https://a.org/coc) and notes (https://a.org/n)"
    assert ref.url == "https://b.org/x"
    assert (ref.source, ref.description) == ("Blog", "How it began \u2014 and why")
    # in plain text the first URL of the item is still its URL, and leaves no "()" behind
    text = "Body text.\n\nReferences\n\n- Notes (https://a.org/n), and more - Blog\n"
    ref = ak.parse(text, format="text").references[0]
    assert (ref.title, ref.source, ref.url) == ("Notes, and more", "Blog", "https://a.org/n")


def test_ragged_table_rows_keep_their_cells() -> None:
    from articlekit.model import Article, Section, TableBlock

    rows = [["a", "b"], ["c"], ["d", "e", "f"], ["g", ""]]
    md = Article(sections=[Section(blocks=[TableBlock(rows=rows)])]).to_markdown()
    assert "| a | b | <!-- articlekit: no cell --> |" in md and "\n| c |\n" in md
    table = ak.parse(md, format="markdown").sections[0].blocks[0]
    assert isinstance(table, TableBlock) and table.rows == rows
    # a hand-written short row keeps the cells it has
    hand = "| h1 | h2 |\n|---|---|\n| x |\n"
    table = ak.parse(hand, format="markdown").sections[0].blocks[0]
    assert isinstance(table, TableBlock) and table.rows == [["h1", "h2"], ["x"]]


def test_site_generator_template_tags_are_markup() -> None:
    text = (
        "# Faster CSV Parsing\n\nReading large CSV files is slow.\n\n"
        '{{< figure src="bench.png" caption="Read times" >}}\n\n'
        "{% include toc.html %}\n\nArrow was thirteen times faster.\n"
    )
    art = ak.parse(text, "markdown")
    assert block_texts(art) == [
        "Reading large CSV files is slow.",
        "Arrow was thirteen times faster.",
    ]
    assert [(r.reason, r.detail) for r in art.removed] == [("markup", "template tag")] * 2
    # the Markdown writer escapes a body paragraph that reads so: it comes back as text
    body = [ak.Paragraph(text="Intro text."), ak.Paragraph(text="{% raw %}")]
    written = ak.Article(title="T", sections=[ak.Section(blocks=body)]).to_markdown()
    back = ak.parse(written, "markdown")
    assert [b.text for s in back.sections for b in s.blocks] == ["Intro text.", "{% raw %}"]


def test_full_width_colon_field_written_as_text_reads_back_as_text() -> None:
    body = [ak.Paragraph(text="Intro text."), ak.Paragraph(text="タグ：Python、統計")]
    written = ak.Article(title="T", sections=[ak.Section(blocks=body)]).to_markdown()
    back = ak.parse(written, "markdown")
    assert back.tags == []
    assert [b.text for s in back.sections for b in s.blocks] == [
        "Intro text.",
        "タグ：Python、統計",
    ]


def test_same_title_in_front_matter_and_heading_accounts_for_both_lines() -> None:
    from tests.helpers import assert_accounted

    text = '---\ntitle: "Deploying with Compose"\n---\n\n# Deploying with Compose\n\nText.\n'
    art = ak.parse(text, "markdown")
    assert art.title == "Deploying with Compose"
    assert art.title_span is not None
    # the heading's line is the title's span; the front matter's line a field source
    assert art.title_span.start >= text.index("# Deploying")
    assert text[art.title_span.start : art.title_span.end].endswith("Deploying with Compose")
    assert [s.field for s in art.field_sources].count("title") == 1
    assert_accounted(text, art)


def test_detection_looks_at_a_bounded_stretch_before_each_link() -> None:
    # a long line of links inside code: each link's command is read a few words back, not
    # back to the line's start (that made sniffing this line take 19 s)
    line = "x = f(1) [a](http://a.org/x) " * 4000
    assert detect_format(line) == "text"
    # a command's link is still told from a link in prose
    assert detect_format(SCRAPED_COMMANDS_WITH_LINKS) == "text"
