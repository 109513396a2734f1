"""The plain-text front end and the assembler, one rule at a time, on articles written
for these tests (the two seed shapes in our own words, and the rest of the family)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, assert_spans_valid, block_texts


def parse_text(source: str | bytes, **kwargs: object) -> ak.Article:
    """The plain-text front end, whatever format sniffing would say."""
    kwargs.setdefault("format", "text")
    return ak.parse(source, **kwargs)  # type: ignore[arg-type]


FORUM = """\
Overview
Solar panels on farmland have become a quiet revolution in rural energy. This piece looks at why farmers sign up, what they gain and what they give up.
Why Farmers Say Yes
Leasing a field to a solar developer brings a steady income that does not depend on the weather or on grain prices.
Many farms also keep grazing sheep between the rows, which keeps the grass short without mowing.
What Changes on the Ground
The panels change the microclimate below them. Early trials suggest that:
- Soil under the panels stays moister during dry summers.
- Some crops tolerate partial shade better than expected.
Impacts for Each Group
For Farmers:
- A fixed rent for twenty years or more.
- Less land available for rotation.
For Developers:
- Cheaper land than near cities.
- Longer grid connections.
Outlook
Agrivoltaics is still young, but the economics already favour it in sunny regions.
Reference Links
- Sheep Between the Rows - FarmWeekly - How grazing and panels share the same field.
- The Shade Question - AgriScience Today - Trial results on crops grown under panels.
- Grid Queues Explained - EnergyWire - Why connections take years.
Tags: solar, farming, agrivoltaics, rural energy, solar
Summary
Farmers increasingly lease land for solar parks, combining rent income with grazing.
Meta Description
How solar parks on farmland work, who benefits, and what farmers give up.
"""

NEWS = """\
Can Small Museums Survive the Streaming Age?

Article Highlights
Off On

Small museums across the country report falling visitor numbers even as interest in history content online is at an all-time high. Directors describe a struggle to compete with polished documentaries and short videos that reach millions of viewers every week, while their own galleries stay quiet on weekdays.

Going Digital on a Shoestring

Several museums have started recording short tours with a phone and a borrowed microphone. The results are rough, but audiences seem to value the honesty of a curator talking about an object she knows well.

Share this article

Partnerships With Schools

Teachers are looking for local material that fits the curriculum, and museums hold exactly that. Joint programmes bring classes in during the quiet weekday hours.

What Comes Next

Small museums across the country report falling numbers of visitors even though interest in online history content is at an all-time high. Directors describe the struggle to compete with polished documentaries and short videos reaching millions of viewers each week while their galleries stay quiet on weekdays.

Explore more

The Lighthouse Keepers Who Never Left

For generations the same families tended the coastal lights, and some of their descendants still live in the cottages beside the towers, telling visitors about storms and

Why Village Bakeries Are Coming Back

A new generation of bakers is reviving village shops with sourdough, long queues and opening hours that suit commuters.
"""


def test_forum_shape() -> None:
    art = parse_text(FORUM)
    assert art.title is None
    headings = [s.heading for s in art.sections]
    assert headings == [
        "Overview",
        "Why Farmers Say Yes",
        "What Changes on the Ground",
        "Impacts for Each Group",
        "Outlook",
    ]
    impacts = art.sections[3]
    assert [b.kind for b in impacts.blocks] == ["list", "list"]
    assert [b.lead_in for b in impacts.blocks if b.kind == "list"] == [
        "For Farmers",
        "For Developers",
    ]
    ground = art.sections[2]
    assert ground.blocks[0].kind == "paragraph"
    assert ground.blocks[0].text.endswith("suggest that:")
    assert [(r.title, r.source) for r in art.references] == [
        ("Sheep Between the Rows", "FarmWeekly"),
        ("The Shade Question", "AgriScience Today"),
        ("Grid Queues Explained", "EnergyWire"),
    ]
    assert art.references[0].description == "How grazing and panels share the same field."
    assert art.tags == ["solar", "farming", "agrivoltaics", "rural energy"]
    assert art.summary is not None and art.summary.startswith("Farmers increasingly")
    assert art.meta_description is not None and art.meta_description.startswith("How solar")
    assert "Summary" not in art.text and "Tags" not in art.text and "FarmWeekly" not in art.text
    assert_accounted(FORUM, art)
    assert_spans_valid(FORUM, art)


def test_news_shape() -> None:
    art = parse_text(NEWS)
    assert art.title == "Can Small Museums Survive the Streaming Age?"
    assert art.highlights == []
    assert [(r.text, r.reason) for r in art.removed] == [
        ("Off On", "ui_remnant"),
        ("Share this article", "ui_remnant"),
    ]
    assert [s.heading for s in art.sections] == [
        None,
        "Going Digital on a Shoestring",
        "Partnerships With Schools",
        "What Comes Next",
    ]
    assert [w.code for w in art.warnings] == ["near_duplicate"]
    assert [(r.title, r.truncated) for r in art.related] == [
        ("The Lighthouse Keepers Who Never Left", True),
        ("Why Village Bakeries Are Coming Back", False),
    ]
    assert art.related[1].teaser is not None and art.related[1].teaser.startswith("A new")
    assert_accounted(NEWS, art)
    assert_spans_valid(NEWS, art)


def test_duplicates_dropped_only_when_asked() -> None:
    kept = parse_text(NEWS)
    dropped = parse_text(NEWS, options=ak.ParseOptions(drop_duplicates=True))
    assert len(list(kept.iter_blocks())) == len(list(dropped.iter_blocks())) + 1
    assert [r.reason for r in dropped.removed].count("duplicate") == 1
    assert_accounted(NEWS, dropped)


def test_highlight_items() -> None:
    text = (
        "Rivers Are Getting Warmer\n\nKey Takeaways\n\n"
        "- Summer water temperatures rose in most rivers studied.\n"
        "- Fish move upstream to find cooler water.\n\n"
        "Researchers measured temperatures at two hundred sites over twenty years.\n"
    )
    art = parse_text(text)
    assert art.highlights == [
        "Summer water temperatures rose in most rivers studied.",
        "Fish move upstream to find cooler water.",
    ]
    assert [b.kind for b in art.iter_blocks()] == ["paragraph"]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    ("line", "title", "source", "url"),
    [
        ("- A Field Guide - Birders Weekly", "A Field Guide", "Birders Weekly", None),
        ("- A Field Guide — Birders Weekly", "A Field Guide", "Birders Weekly", None),
        (
            "- A Field Guide (https://example.org/guide)",
            "A Field Guide",
            None,
            "https://example.org/guide",
        ),
        (
            "- A Field Guide: https://example.org/guide",
            "A Field Guide",
            None,
            "https://example.org/guide",
        ),
        (
            "- https://example.org/guide",
            "https://example.org/guide",
            None,
            "https://example.org/guide",
        ),
    ],
)
def test_reference_shapes(line: str, title: str, source: str | None, url: str | None) -> None:
    text = f"Birds\n\nWe watched birds all morning in the park.\n\nSources:\n\n{line}\n"
    art = parse_text(text)
    assert len(art.references) == 1
    ref = art.references[0]
    assert (ref.title, ref.source, ref.url) == (title, source, url)
    assert_accounted(text, art)


@pytest.mark.parametrize("label", ["Tags", "Keywords", "Topics", "Categories", "Filed under"])
def test_tag_labels(label: str) -> None:
    art = parse_text(f"Title\n\nBody text of the article.\n\n{label}: one, Two; three | one\n")
    assert art.tags == ["one", "Two", "three"]


def test_hashtag_line() -> None:
    text = "Title\n\nBody text of the article.\n\n#climate #energy #Climate\n"
    art = parse_text(text)
    assert art.tags == ["climate", "energy"]
    assert_accounted(text, art)


def test_headings_family() -> None:
    text = (
        "Guide to Composting\n"
        "===================\n\n"
        "Composting turns kitchen waste into soil.\n\n"
        "1. Choosing a Bin\n\n"
        "A bin with a lid keeps animals out.\n\n"
        "1.1 Size Matters\n\n"
        "Bigger heaps get hotter and work faster.\n\n"
        "2. What to Add\n\n"
        "Mix greens and browns in roughly equal amounts.\n\n"
        "WHAT TO AVOID\n\n"
        "Meat and dairy attract pests.\n\n"
        "## Troubleshooting\n\n"
        "A smelly heap needs more browns.\n"
    )
    art = parse_text(text)
    assert art.title == "Guide to Composting"
    levels = {s.heading: s.level for s in art.iter_sections() if s.heading}
    assert levels["1.1 Size Matters"] > levels["1. Choosing a Bin"]
    assert {"1. Choosing a Bin", "2. What to Add", "WHAT TO AVOID", "Troubleshooting"} <= set(
        levels
    )
    assert_accounted(text, art)


def test_underlined_heading_levels() -> None:
    text = (
        "Title line\n\nIntro text here.\n\nPart One\n========\n\nText.\n\nDetail\n------\n\nMore.\n"
    )
    art = parse_text(text)
    levels = [(s.heading, s.level) for s in art.iter_sections() if s.heading]
    assert levels == [("Part One", 1), ("Detail", 2)]


def test_lists_markers_nesting_and_continuations() -> None:
    text = (
        "Packing List\n\n"
        "Bring these:\n\n"
        "• Tent\n"
        "  • Poles\n"
        "  • Pegs\n"
        "• Stove\n"
        "* Matches\n"
        "– Water filter\n\n"
        "Steps to follow\n\n"
        "1) Pitch the tent before dark so you can see what\n"
        "   you are doing.\n"
        "2) Cook.\n"
        "a) Optional: wash up.\n"
    )
    art = parse_text(text)
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    first = lists[0]
    assert first.lead_in == "Bring these"
    assert [i.text for i in first.items][:2] == ["Tent", "Stove"]
    assert [c.text for c in first.items[0].children] == ["Poles", "Pegs"]
    numbered = lists[-1]
    assert numbered.ordered
    assert numbered.items[0].text == "Pitch the tent before dark so you can see what you are doing."
    assert_accounted(text, art)
    assert_spans_valid(text, art)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "A Wrapped Article\n\n"
        "This paragraph was wrapped by an email client at a fixed width so that\n"
        "every line is about the same length and the sentence continues on the\n"
        "next line without any blank line in between.\n\n"
        "Second paragraph.\n"
    )
    art = parse_text(text)
    paragraphs = [b for b in art.iter_blocks() if b.kind == "paragraph"]
    assert len(paragraphs) == 2
    assert paragraphs[0].text.endswith("without any blank line in between.")


def test_code_is_not_headings() -> None:
    text = (
        "Fetching Data\n\n"
        "Install the package first.\n\n"
        "install.packages('rwild')\n"
        "library(rwild)\n"
        "# Add the API key\n"
        "wild_auth(key = 'abc')\n"
        "out <- wild_search(species = 'fox', limit = 10)\n\n"
        "Results\n\n"
        "The call returns a data frame with one row per sighting.\n"
    )
    art = parse_text(text)
    assert [s.heading for s in art.iter_sections()] == [None, "Results"]
    code = [b for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and "# Add the API key" in code[0].text


def test_an_indented_line_under_indented_code_goes_on_with_it() -> None:
    """The last, indented line of a workflow file is code, not a heading before the prose."""
    text = (
        "Deploying the site\n"
        "The workflow installs the command-line tool before it deploys the pages.\n"
        "      - name: Install the CLI\n"
        "        if: env.fork == 'false'\n"
        "        run: npm install site-cli -g\n"
        "After that step, every pull request gets a preview link in its checks.\n"
    )
    art = parse_text(text)
    assert art.title == "Deploying the site"
    assert [s.heading for s in art.iter_sections()] == [None]
    code = [b for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and code[0].text.endswith("run: npm install site-cli -g")
    assert_accounted(text, art)


@pytest.mark.parametrize(
    "heading",
    ["Open Library of Maps (OLM)", "Sam (first-timer)", "Harbour Survey (2019)"],
)
def test_a_note_in_brackets_does_not_make_a_heading_code(heading: str) -> None:
    """A ")" ending a line counts as code only after a call's name ("f(x)"); after a space
    and words it closes a note, and the line may be a heading even right below code."""
    text = (
        "Counting the records\n\n"
        "Each source grew in its own way.\n\n"
        "maps %>%\n"
        "  arrange(date) %>%\n"
        "  plot_growth\n\n"
        f"{heading}\n\n"
        "This archive has been digitising maps since the nineties, and the count shows it.\n"
    )
    art = parse_text(text)
    assert art.title == "Counting the records"
    assert [s.heading for s in art.iter_sections()] == [None, heading]
    code = [b for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and code[0].text.endswith("plot_growth")


@pytest.mark.parametrize(
    ("line", "code_like"),
    [
        ("require (ggplot2)", True),  # a call, R's spacing
        ('store_rides (city = "oslo")', True),
        ("Worst fit: 0.42 (beta_x_lag1)", True),  # printed output naming a variable
        ("Open Library of Maps (OLM)", False),
        ("Sam (first-timer)", False),
    ],
)
def test_a_call_with_a_space_before_its_bracket_is_still_code(line: str, code_like: bool) -> None:
    from articlekit.parse.codelike import code_score

    assert (code_score(line) > 0) is code_like


COMPACT_TOOLING_POST = """\
Shipping a small web service
Our service is a single binary, and this post shows how we package it, how we find the code nobody calls any more, and how we check it before every release.
Install the tool
The first command installs it, the second runs it on the current module:
$ go install example.com/tools/cmd/reachable@latest
$ reachable .
server.go:41: unreachable func: legacyHandler
server.go:12: unreachable func: Cache.Flush
hello
With this list, we removed both functions and their tests, and the binary shrank by a few hundred kilobytes as a bonus.
Write a Dockerfile
Put a file named Dockerfile next to main.go with these contents:
# Start from the official image with the toolchain installed
# and a workspace configured at /src.
FROM golang
ADD . /src/service
RUN go install ./...
ENTRYPOINT /go/bin/service
EXPOSE 8080
This Dockerfile builds the service inside the image, installs the binary in the image's path and starts it on port 8080 whenever a container runs.
The module file
The module needs nothing outside the standard library, so its file is short:
module example.com/service
go 1.22
type Store interface{ Get(key string) string }
Each handler takes a Store, so tests can pass a map instead of the database.
{{image "service-diagram.png" 800}}
Where to go next
Read the deployment guide before you put the service in front of users.
"""


def test_compact_tooling_post_keeps_commands_output_and_config_as_code() -> None:
    """Shell sessions with their output, a Dockerfile with its comments, go.mod lines and a
    template tag are code; the short lines between them that name a step are headings."""
    art = parse_text(COMPACT_TOOLING_POST)
    headings = [s.heading for s in art.iter_sections() if s.heading]
    assert headings == [
        "Install the tool",
        "Write a Dockerfile",
        "The module file",
        "Where to go next",
    ]
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    joined = "\n".join(code)
    for line in (
        "$ reachable .",
        "server.go:41: unreachable func: legacyHandler",
        "hello",
        "# and a workspace configured at /src.",
        "EXPOSE 8080",
        "go 1.22",
        "type Store interface{ Get(key string) string }",
        '{{image "service-diagram.png" 800}}',
    ):
        assert line in joined, line
    paragraphs = [b.text for b in art.iter_blocks() if b.kind == "paragraph"]
    assert any(p.startswith("With this list, we removed") for p in paragraphs)
    assert_accounted(COMPACT_TOOLING_POST, art)
    assert_spans_valid(COMPACT_TOOLING_POST, art)


@pytest.mark.parametrize(
    ("line", "code_like"),
    [
        ("app.py:4:1: E302 expected 2 blank lines", True),
        ("FROM python:3.12-slim", True),
        ("ENV PATH=/opt/bin:$PATH", True),
        ("FROM THE EDITOR", False),  # an ALL-CAPS heading
        ("kubectl apply -f deploy.yaml", True),
        ("$ ./configure --prefix=/usr", True),
        ("{% include footer.html %}", True),
        ('{{code "race/blackhole.go" /var blackHole/ /^}/}}', True),  # a "}" inside the tag
        ("(pprof) top -cum", True),
        ("(a) the first option", False),
        ("type Point struct{ X, Y int }", True),
        ("type of soil matters", False),
    ],
)
def test_lines_of_tools_and_configuration_score_as_code(line: str, code_like: bool) -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert (code_score(line) >= CODE_THRESHOLD) is code_like


def test_r_str_output_is_no_shell_prompt() -> None:
    """ "$ name : chr …" is what R's str() prints; the sentence under it is the article."""
    text = (
        "Package data\n"
        "str(pkgs)\n"
        ' $ package : chr  "arsenal" "ascii"\n'
        " $ stars   : int  12 40\n"
        "this table can be formatted with the formattable package, as shown below:\n"
        "formattable(pkgs)\n"
    )
    art = parse_text(text)
    paragraphs = [b.text for b in art.iter_blocks() if b.kind == "paragraph"]
    assert any(p.startswith("this table can be formatted") for p in paragraphs)


COMPACT_MANIFEST_POST = """\
Private DNS zones in the cluster
Cluster administrators can now point a domain at their own name servers, with a small config map that the DNS service reads every few seconds without a restart.
The configuration below sends one domain to a Consul server and every other query to public resolvers:
apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-dns
  namespace: kube-system
  labels:
    - dns
    - core
data:
  stubDomains: |
    {"acme.local": ["1.2.3.4"]}
  upstreamNameservers: |
    ["8.8.8.8", "8.8.4.4"]
Apply it with the usual command, and the change reaches every node within a minute or so, as the agents poll for it.
$> kubectl apply -f dns.yaml
configmap/kube-dns configured
Notes on the fields
- stubDomains: a map of domain to name servers
- upstreamNameservers: at most three servers
Reviewed by
- Author: Dana Smith
- Reviewers:
  - Lee Chan
  - Ada Jones
"""


def test_a_manifest_inside_a_compact_article_is_code() -> None:
    """With no blank line anywhere, the YAML lines between two paragraphs are found as a
    configuration file: code, with none of its lines a heading or a list item. A Markdown
    list of labelled people ("- Author: Dana Smith") is no configuration."""
    art = parse_text(COMPACT_MANIFEST_POST)
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert code[0].splitlines()[0] == "apiVersion: v1"
    assert code[0].splitlines()[-1].strip() == '["8.8.8.8", "8.8.4.4"]'
    assert code[1] == "$> kubectl apply -f dns.yaml\nconfigmap/kube-dns configured"
    items = [i.text for b in art.iter_blocks() if b.kind == "list" for i in b.items]
    assert "dns" not in items and "core" not in items
    assert "Author: Dana Smith" in items
    assert "Notes on the fields" in [s.heading for s in art.iter_sections()]
    assert_accounted(COMPACT_MANIFEST_POST, art)


def test_a_manifest_with_a_cut_and_a_sentence_comment_stays_one_block() -> None:
    """ "..." where the writer cut the file, and a comment that reads as a sentence after a
    key, do not end the configuration: its "- item" lines are no list items."""
    text = (
        "Affinity by revision\n\n"
        "The keys are copied into the pod like this:\n\n"
        "kind: Pod\n"
        "metadata:\n"
        "  name: web\n"
        "...\n"
        "  affinity:\n"
        "    matchExpressions:\n"
        "    - key: hash # Added by the controller; only pods of one revision match.\n"
        "      operator: In\n"
        "      values:\n"
        "      - abc\n"
        "    topologyKey: zone\n\n"
        "Pods of the old revision are left alone by this rule, which is what we want here.\n"
    )
    art = parse_text(text)
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and code[0].startswith("kind: Pod") and code[0].endswith("zone")
    assert not [b for b in art.iter_blocks() if b.kind == "list"]


def test_comments_inside_a_workflow_file_keep_it_one_block() -> None:
    text = (
        "Checks on every push\n"
        "The workflow below runs the tests on every push to the main branch, on Linux only.\n"
        "on:\n"
        "  push:\n"
        "    branches: [main]\n"
        "jobs:\n"
        "  test:\n"
        "    steps:\n"
        "      # Check out the repository\n"
        "      - uses: actions/checkout@v4\n"
        "      # Then run the suite\n"
        "      - run: make test\n"
        "Each push now shows a green or red mark next to its commit within a few minutes.\n"
    )
    art = parse_text(text)
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and code[0].startswith("on:") and code[0].endswith("make test")
    assert [s.heading for s in art.iter_sections()] == [None]


@pytest.mark.parametrize("line", ["end", "fi", "done"])
def test_a_closing_word_alone_is_code_not_a_heading(line: str) -> None:
    text = f"Flow of a pod\n\nThe diagram shows the loop.\n\nflowchart TD\n  a --> b\n{line}\n\nThe loop ends there, and the pod waits for its turn again.\n"
    art = parse_text(text)
    assert all(s.heading != line for s in art.iter_sections())


def test_table_rows() -> None:
    text = "Prices\n\nA table follows.\n\nItem\tPrice\nApple\t1.20\nPear\t0.90\n"
    art = parse_text(text)
    tables = [b for b in art.iter_blocks() if b.kind == "table"]
    assert tables and tables[0].rows == [["Item", "Price"], ["Apple", "1.20"], ["Pear", "0.90"]]


def test_links_inline_and_bare() -> None:
    text = "Useful Pointers\n\nRead the docs (https://docs.example.org/start) or visit www.example.com today.\n"
    art = parse_text(text)
    assert [(link.text, link.url) for link in art.links] == [
        ("Read the docs", "https://docs.example.org/start"),
        ("www.example.com", "http://www.example.com"),
    ]
    assert_spans_valid(text, art)


def test_markdown_links_left_in_text_keep_their_text() -> None:
    # html2text-style scrapes keep "[text](URL)"; the text in brackets is the link text
    text = (
        "Getting Started\n\nInstall it from [the package index](https://pypi.org/p/x) and read "
        "[**the guide**](https://x.org/guide). An empty [](https://x.org/e) keeps its URL.\n"
    )
    art = parse_text(text)
    assert [(link.text, link.url) for link in art.links] == [
        ("the package index", "https://pypi.org/p/x"),
        ("**the guide**", "https://x.org/guide"),
        ("https://x.org/e", "https://x.org/e"),
    ]
    first = art.links[0].span
    assert text[first.start : first.end] == "[the package index](https://pypi.org/p/x)"
    assert_spans_valid(text, art)


def test_byline_and_date() -> None:
    text = (
        "The Quiet Comeback of Trams\n\nBy Maria Lopez\n\nPublished 12 March 2025\n\n"
        "Cities are laying new tram lines for the first time in decades.\n"
    )
    art = parse_text(text)
    assert art.byline == "Maria Lopez"
    assert art.published == "12 March 2025"
    assert_accounted(text, art)


def test_custom_vocabulary() -> None:
    # Swedish is not in the defaults (German "Quellen" is)
    text = "Titel\n\nEn text.\n\nKällor\n\n- En bok - Förlag\n"
    assert parse_text(text).references == []
    opts = ak.ParseOptions().with_aliases("references", ["Källor"])
    assert [r.title for r in parse_text(text, options=opts).references] == ["En bok"]


def test_custom_remnants() -> None:
    text = "Title\n\nText of the article.\n\nRate this story\n"
    opts = ak.ParseOptions().with_remnants(["Rate this story"])
    art = parse_text(text, options=opts)
    assert [r.text for r in art.removed] == ["Rate this story"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t\n",
        "Lonely Heading",
        "Title\r\n\r\nWindows line endings here.\r\n\r\nNext\r\n\r\nMore text.\r\n",
        "Tabs\there\n\n\tindented\ttext\n",
        "Non\u00a0breaking\u00a0spaces\n\nand\u200b zero\u200bwidth.\n",
        "x" * 50_000,
        "مرحبا بالعالم\n\nهذا نص عربي.\n",
        "日本語のタイトル\n\nこれは本文です。\n",
        "Emoji 🎉 and combining e\u0301\n\nText 👍.\n",
    ],
)
def test_odd_inputs_give_sensible_articles(text: str) -> None:
    art = parse_text(text)
    assert_accounted(text, art)
    assert_spans_valid(text, art)
    assert ak.Article.model_validate_json(art.model_dump_json()) == art


def test_empty_input_is_empty_article() -> None:
    art = parse_text("")
    assert art.title is None and art.sections == [] and art.tags == []


def test_bytes_decoding() -> None:
    assert parse_text("Caf\u00e9\n\nText.\n".encode()).title == "Caf\u00e9"
    assert parse_text(b"\xef\xbb\xbfTitle\n\nText.\n").title == "Title"
    assert parse_text("Title\n\nText.\n".encode("utf-16")).title == "Title"
    art = parse_text(b"Caf\xe9 \x93quoted\x94\n\nText.\n")
    assert art.title == "Caf\u00e9 \u201cquoted\u201d"
    assert [w.code for w in art.warnings] == ["decode_fallback"]
    with pytest.raises(ak.InputError, match="UTF-8"):
        parse_text(b"Caf\xe9", options=ak.ParseOptions(strict_decoding=True))


def test_bad_input_errors() -> None:
    with pytest.raises(ak.InputError, match="binary"):
        parse_text(b"\x00\x01\x02\x03binary")
    with pytest.raises(ak.InputError, match="limit of 10"):
        parse_text("x" * 11, options=ak.ParseOptions(max_chars=10))
    with pytest.raises(ak.InputError, match="unknown format"):
        ak.parse("x", format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ak.InputError):
        parse_text(12)  # type: ignore[arg-type]
    assert issubclass(ak.InputError, ValueError)


def test_parse_file(tmp_path: object) -> None:
    import pathlib

    p = pathlib.Path(str(tmp_path)) / "a.txt"
    p.write_text("Heading Here\n\nText.\n", encoding="utf-8")
    assert ak.parse_file(p).title == "Heading Here"
    with pytest.raises(ak.InputError, match="no such file"):
        ak.parse_file(p.with_name("missing.txt"))
    with pytest.raises(ak.InputError, match="not a regular file"):
        ak.parse_file(p.parent)


def test_render_round_trip_of_structure() -> None:
    art = parse_text(FORUM)
    again = parse_text(art.to_text(layout="spaced"))
    assert [s.heading for s in again.iter_sections()] == [s.heading for s in art.iter_sections()]
    assert again.tags == art.tags
    assert again.summary == art.summary
    assert again.meta_description == art.meta_description
    assert [r.title for r in again.references] == [r.title for r in art.references]


# --------------------------------------------------------------------------- code beside "#" lines


def test_knitr_output_lines_are_code_not_headings() -> None:
    text = (
        "Loading the layers\n\n"
        "We download the shapefiles and read them in one call.\n\n"
        "layers <- read_layers(key)\n\n"
        "## Reading layer: tracks\n"
        "## with 4 features\n"
        "## It has 7 fields\n\n"
        "Each layer is now a data frame.\n"
    )
    art = parse_text(text)
    assert art.headings == []
    code = [b for s in art.sections for b in s.blocks if b.kind == "code"]
    assert any("with 4 features" in b.text for b in code)
    assert_accounted(text, art)


def test_hash_line_glued_to_code_is_a_comment_even_in_a_chain() -> None:
    text = (
        "Setup\n\nFirst install the helpers.\n\n"
        "# one comment\n# and another\ninstall_helpers()\n\n"
        "# Results\n\nThe helpers are ready.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Results"]
    assert_accounted(text, art)


# --------------------------------------------------------------------------- heading stacks


def test_stacked_short_lines_are_paragraphs_not_headings() -> None:
    text = (
        "Meet the Team\n\nFour people built the first release over two days.\n\n"
        "Ada Example\n\nRole: Maintainer at Example Labs\n\nContribution: Parser\n\n"
        "Ben Sample\n\nRole: Analyst at Sample Inc\n\nContribution: Tests\n\n"
        "What Comes Next\n\nThe second release adds a command line.\n"
    )
    art = parse_text(text)
    assert art.headings == ["What Comes Next"]
    paragraphs = block_texts(art, "paragraph")
    assert "Ada Example" in paragraphs and "Contribution: Tests" in paragraphs
    assert_accounted(text, art)


@pytest.mark.parametrize("spaced", [True, False])
def test_numbered_lines_taking_turns_with_text_are_section_headings(spaced: bool) -> None:
    lines = [
        "Three habits of welcoming projects",
        "A maintainer shared what made newcomers stay, and what drove them away again after their first pull request was left without an answer for weeks.",
        "1. Write down how decisions are made",
        "Newcomers should not have to guess who decides, how long a review takes or which branch a fix should target before they open their first pull request.",
        "2. Answer the first issue quickly",
        "3. thank people by name",
        "A short note in the changelog goes a long way: people who see their name in a release tend to come back with a second contribution.",
    ]
    text = ("\n\n" if spaced else "\n").join(lines) + "\n"
    art = parse_text(text)
    assert art.headings == [
        "1. Write down how decisions are made",
        "2. Answer the first issue quickly",
        "3. thank people by name",
    ]
    assert_accounted(text, art)


def test_numbered_sections_whose_first_number_was_lost_are_still_headings() -> None:
    # the scraper turned "1." into a bullet: the run from 2 still takes turns with text
    text = (
        "Key moments from the hearing\n"
        "Two former officials testified on Tuesday for more than six hours in a row.\n"
        "- What the first witness feared\n"
        "He said he had feared, at the time of the call, how its disclosure would play out.\n"
        "2. No push for an investigation\n"
        "He said he had never been aware of an effort to urge one, at any time, by anyone.\n"
        "3. Questioning a colleague's judgment\n"
        "Counsel asked about concerns that others had raised with him over the summer.\n"
        "4. Aid and mixed messages\n"
        "He said he had opposed the hold on the assistance as soon as he learned about it.\n"
    )
    art = parse_text(text)
    assert art.headings == [
        "2. No push for an investigation",
        "3. Questioning a colleague's judgment",
        "4. Aid and mixed messages",
    ]
    assert_accounted(text, art)


def test_two_numbered_items_from_the_middle_of_a_list_stay_items() -> None:
    # a run from 1 takes two lines to be sections; one from past 1 takes three
    text = (
        "Steps\nDo these in order, after the first one above, and do not skip any of them.\n"
        "2. install the package with pip\n"
        "It takes a minute on a fast connection, longer on a slow one.\n"
        "3. run the tests with pytest\n"
        "That is all there is to it, and you are ready to work on it.\n"
    )
    art = parse_text(text)
    assert art.headings == []
    items = [i.text for s in art.sections for b in s.blocks if b.kind == "list" for i in b.items]
    assert items == ["install the package with pip", "run the tests with pytest"]
    assert parse_text(text.replace("2. ", "1. ").replace("3. ", "2. ")).headings == [
        "1. install the package with pip",
        "2. run the tests with pytest",
    ]


def test_consecutive_numbered_items_stay_a_list() -> None:
    text = (
        "Steps\n\nDo these in order.\n\n"
        "1. Clone the repository\n\n2. Install the package\n\n3. Run the tests\n\n"
        "That is all.\n"
    )
    art = parse_text(text)
    items = [i.text for s in art.sections for b in s.blocks if b.kind == "list" for i in b.items]
    assert items == ["Clone the repository", "Install the package", "Run the tests"]


def test_line_ending_on_a_function_word_runs_into_the_list_below() -> None:
    text = (
        "Community sessions\n\nWe meet once a month to work side by side.\n\n"
        "Our next sessions are\n\n- Monday 6 May\n- Tuesday 4 June\n\n"
        "Getting Help\n\nAsk in the forum any time, and someone will answer within a day.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Getting Help"]
    assert_accounted(text, art)


def test_emoji_shortcode_ending_is_not_a_label_colon() -> None:
    text = (
        "Monthly digest\n"
        "Here is what happened in the community this month, from new packages to events and the people behind them.\n"
        "Software :package:\n"
        "New packages\n"
        "Two packages joined the suite after review, and three more are waiting for a second reviewer to sign off.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Software :package:", "New packages"]


def test_sentence_case_exclamation_closing_a_passage_is_not_a_heading() -> None:
    text = (
        "Coworking\n\nJoin us every first Tuesday for an hour of quiet work and questions.\n\n"
        "Come join us!\n\nRecent Releases\n\nThe parser now reads numbered sections as headings.\n"
    )
    art = parse_text(text)
    assert art.title == "Coworking"
    assert art.headings == ["Recent Releases"]


# --------------------------------------------------------------------------- titles


def test_compact_opening_sentence_is_not_a_title() -> None:
    text = (
        "Dear readers, it is time again for our monthly look at what happened in the project, who joined it and what shipped!\n"
        "Team News\n"
        "Two maintainers joined the team this month and took over the release process from the founders.\n"
    )
    art = parse_text(text)
    assert art.title is None
    assert art.headings == ["Team News"]


def test_first_line_running_into_the_next_is_not_a_title() -> None:
    art = parse_text("At our lab, our mission is to\nbuild open tools for field researchers.\n")
    assert art.title is None


def test_long_title_case_title_in_compact_text() -> None:
    title = (
        "Editorial Automation: Why and How to Set Up Chat-Ops for Your Own Review System on GitHub"
    )
    text = (
        f"{title}\n"
        "Anyone can contribute a package to the suite as long as it fits the scope, and reviews happen in the open on GitHub.\n"
        "What a Bot Does\n"
        "It assigns editors, checks the package and posts the results as a comment on the review thread.\n"
    )
    art = parse_text(text)
    assert art.title == title
    assert art.headings == ["What a Bot Does"]


def test_spaced_first_line_question_is_the_title() -> None:
    text = (
        "Where is the value in package peer review for a small team like ours?\n\n"
        "We asked reviewers and authors what they took away from the process.\n"
    )
    assert (
        parse_text(text).title
        == "Where is the value in package peer review for a small team like ours?"
    )


def test_interview_turns_of_two_speakers_are_paragraphs() -> None:
    text = (
        "A Conversation with a Maintainer\n\nWe spoke with the maintainer of a popular package.\n\n"
        "KO: How did you start?\n\nJS: I needed a tool for my thesis and nobody had written it.\n\n"
        "KO: What keeps you going?\n\nJS: People write to say the package saved them a week.\n\n"
        "KO: Any advice?\n\nJS: Write the documentation before the code, and keep it short.\n"
    )
    art = parse_text(text)
    assert art.headings == []
    assert_accounted(text, art)


def test_questions_above_unprefixed_answers_stay_headings() -> None:
    text = (
        "Meet our new engineer\n\nShe joined the team in May.\n\n"
        "Q: What will you work on?\n\nThe build system and the documentation site, mostly.\n\n"
        "Q: How did you hear about us?\n\nThrough a conference talk, years ago now.\n\n"
        "Q: What do you do for fun?\n\nRock climbing, and far too much baking on weekends.\n"
    )
    art = parse_text(text)
    assert art.headings == [
        "Q: What will you work on?",
        "Q: How did you hear about us?",
        "Q: What do you do for fun?",
    ]


def test_captions_are_not_headings() -> None:
    text = (
        "Field Day\n\nThe whole team spent a day counting birds along the river.\n\n"
        "Figure 2. Counts per hour\n\nMost birds were seen before nine in the morning.\n\n"
        "The team at the river (photo: Ada Example)\n\nNext year we will add a second site.\n"
    )
    assert parse_text(text).headings == []


def test_command_line_status_lines_join_the_code_that_printed_them() -> None:
    text = (
        "Creating a Package\n\nOne call sets up the skeleton of a new package.\n\n"
        'usethis::create_package("~/pkg")\n'
        "ℹ Creating '~/pkg/'\n"
        "✖ Could not set the active project to '/home/me/pkg'\n"
        "ℹ 2 files were skipped\n\n"
        "The package is ready for its first function.\n"
    )
    art = parse_text(text)
    code = [b for s in art.sections for b in s.blocks if b.kind == "code"]
    assert len(code) == 1 and code[0].text.endswith("ℹ 2 files were skipped")
    assert art.headings == []


def test_heading_above_a_paragraph_opening_with_a_lowercase_name() -> None:
    text = (
        "Reading Tables from PDF Files\n"
        "Tables locked in PDF reports are a common obstacle, and copying them by hand is slow and error prone for anyone.\n"
        "Conclusion\n"
        "tabreader cannot solve every PDF problem, but it turns most tables into data frames with a single call.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Conclusion"]


def test_short_line_running_on_into_lowercase_text_is_not_a_heading() -> None:
    text = (
        "Notes\n\nThe survey ran for three weeks and the answers\n"
        "and the comments were collected in a shared spreadsheet.\n"
    )
    assert parse_text(text).headings == []


def test_one_word_key_with_figures_is_a_detail_line_not_a_heading() -> None:
    text = (
        "Spring Workshop\n\nThe workshop returns this spring with a new format.\n\n"
        "When: May 21-22, 2026\n\nThe first day is for talks, the second for hacking together.\n\n"
        "Status: 40 seats, 12 left\n\nRegistration closes a week before the event.\n"
    )
    assert parse_text(text).headings == []


def test_sentence_comments_between_code_blocks_are_code() -> None:
    text = (
        "A Messy Script\n\nThis is how analysis scripts grow when nobody tidies them.\n\n"
        "x <- read_data()\n\n## Now I need to subset x.\n\nx2 <- x[1:10, ]\n\n"
        "## Looks good!\n\nsummary(x2)\n\n"
        "## Tidying Up\n\nA tool can find which lines each result depends on.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Tidying Up"]
    assert_accounted(text, art)


def test_hash_lines_beside_code_are_comments_when_headings_are_unmarked() -> None:
    # the article's headings are plain lines; its "#" lines all sit beside code, one
    # above the call it explains, two below the call that printed them
    text = (
        "Running Your Own Server\n\n"
        "Setting up takes a few minutes and a package manager you already have.\n\n"
        "Installing\n\nInstall the server and start it in the background.\n\n"
        "# Install the server\n\ninstall_server(version = 2)\n\n"
        "Loading Data\n\nThe loader reports what it read as it goes along the way.\n\n"
        "load_rows(con, 'rows.csv')\n\n## Loading required package: dbi\n\n"
        "## Read 120 rows\n\nThe rows are now in the table and ready to query.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Installing", "Loading Data"]
    assert_accounted(text, art)


def test_hash_line_above_a_shell_command_is_its_comment() -> None:
    text = (
        "Running Your Own Server\n\n"
        "Setting up takes a few minutes and a package manager you already have.\n\n"
        "Installing\n\nInstall the server and start it in the background.\n\n"
        "# Install the server\nbrew install mongodb\n\n"
        "# Start the server\nmongod\n\n"
        "Loading Data\n\nThe loader reports what it read as it goes along the way.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Installing", "Loading Data"]
    code = block_texts(art, "code")
    assert code == ["# Install the server\nbrew install mongodb\n\n# Start the server\nmongod"]
    assert_accounted(text, art)


def test_hash_lines_around_a_bare_hash_are_a_comment_block() -> None:
    text = (
        "Ignoring Formatting Commits\n\nList the commits that only changed the layout.\n\n"
        "An example file:\n"
        "# This file lists commits that only reformatted the code\n"
        "#\n"
        "# To use it, run the command below once\n"
        "13d17788e5d3a54fa83beed25e325703608f8b9f\n\n"
        "The blame view then skips those commits and shows who wrote each line.\n"
    )
    art = parse_text(text)
    assert art.headings == []
    assert_accounted(text, art)


def test_hash_headings_stay_when_the_article_marks_its_headings() -> None:
    # one "#" heading stands between prose: the article marks its headings with "#"
    text = (
        "A Small Tool\n\n## Installing\n\nInstall it with the package manager you use.\n\n"
        "pip install smalltool\n\n## Using It\n\nsmalltool.run()\n\n"
        "## License\n\nThe tool is free to use and to change under the MIT license.\n"
    )
    assert parse_text(text).headings == ["Installing", "Using It", "License"]


def test_line_under_a_label_is_what_the_label_introduces() -> None:
    text = (
        "Hack Week Results\n\nThree teams built tools over the week and showed them on Friday.\n\n"
        "The Weather Tool\n\nThe first team built a tool that reads public forecasts.\n\n"
        "Team:\n\nAda Lovelace, Ben Sample, Carla Diaz, Dev Patel and Eve Moss\n\n"
        "Code: https://github.com/example/weather\n\n"
        "The Map Tool\n\nThe second team drew the forecasts on a map of the region.\n"
    )
    assert parse_text(text).headings == ["The Weather Tool", "The Map Tool"]


def test_heading_above_a_one_word_subheading_is_a_heading() -> None:
    # "Scope" opens prose, so it is a subheading, not one of a column of single words
    text = (
        "What Changed This Month\n\nThe guide for authors had its largest revision so far.\n\n"
        "Updates to our policies\n\nScope\n\n"
        "We now accept packages that wrap web services as long as they are tested.\n\n"
        "Review\n\nReviewers now get a checklist to fill in when they start a review.\n"
    )
    assert parse_text(text).headings == ["Updates to our policies", "Scope", "Review"]


def test_line_glued_to_the_paragraph_above_and_apart_from_the_next_is_no_heading() -> None:
    # blank lines separate the chunks; "That was the easy part" has none above it: it closes
    # the paragraph it hangs from rather than opening the next one
    text = (
        "Counting Birds in the Park\n\n"
        "We count the birds seen at each of the twelve sites with one call.\n\n"
        "Cleaning the Counts\n\n"
        "The volunteers who walk the same route every month write their counts on paper "
        "forms, and we type them in the following week.\n"
        "That was the easy part\n\n"
        "Matching the names of the species to one list took most of the time we had.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Cleaning the Counts"]
    assert_accounted(text, art)


def test_marked_interview_questions_are_headings_however_long() -> None:
    text = (
        "Meet Our New Editor\n\nWe asked our new editor a few questions about the work ahead.\n\n"
        "Q: How did you first come across the project and decide to take part in its reviews?\n\n"
        "A colleague sent me a review thread, and I liked how open the discussion was.\n\n"
        "Q: What will you be working on during your first few months as one of the editors?\n\n"
        "Mostly on the backlog of submissions, and on a guide for first-time reviewers.\n"
    )
    assert parse_text(text).headings == [
        "Q: How did you first come across the project and decide to take part in its reviews?",
        "Q: What will you be working on during your first few months as one of the editors?",
    ]


def test_transcript_with_q_and_a_turns_has_no_question_headings() -> None:
    text = (
        "A Conversation\n\nWe talked about maps, data and coffee over one long afternoon.\n\n"
        "Q: How did you first come across the project and decide to take part in its reviews?\n\n"
        "A: A colleague sent me a review thread, and I liked how open the discussion was.\n\n"
        "Q: What will you be working on during your first few months as one of the editors?\n\n"
        "A: Mostly on the backlog of submissions, and on a guide for first-time reviewers.\n\n"
        "Q: And what do you do when you are not reviewing the packages people send in?\n\n"
        "A: I walk in the hills with a camera and try to photograph birds that hide well.\n"
    )
    assert parse_text(text).headings == []


def test_installation_heading_above_install_code_is_a_heading() -> None:
    # after a finished paragraph "Installation" names the section; under a heading, "Install
    # from the registry" only introduces the code
    text = (
        "A Small Tool for Maps\n\nThe tool draws maps from tables of coordinates.\n\n"
        'Installation\n\ninstall.packages("maptool")\n\n'
        'Usage\n\nInstall from the registry\n\ninstall.packages("maptool")\n\n'
        "Call the one function with your table and the map appears in the viewer.\n"
    )
    assert parse_text(text).headings == ["Installation", "Usage"]


def test_line_restating_the_heading_above_is_its_opening_line() -> None:
    # "Read all about the book club!" repeats its heading and exclaims: the section's first
    # line; "Static maps" narrows "Maps": a subheading
    text = (
        "Monthly News\n\nHere is what happened in the community this month.\n\n"
        "Book Club\n\nRead all about the book club!\n\n"
        "We meet on the first Tuesday of every month to talk about one chapter.\n\n"
        "Maps\n\nStatic maps\n\nThe package now draws maps as images for reports and papers.\n"
    )
    assert parse_text(text).headings == ["Book Club", "Maps", "Static maps"]


def test_heading_naming_a_function_is_not_code() -> None:
    text = (
        "Translating Documents\n\nThe package sends your documents to a translation service.\n\n"
        "How mypkg::translate_file() works under the hood\n\n"
        "The function splits the document into chunks and sends them one after the other.\n\n"
        "result <- mypkg::translate(path)\n\n"
        "The result is a new document next to the old one, with the same name and a suffix.\n"
    )
    art = parse_text(text)
    assert art.headings == ["How mypkg::translate_file() works under the hood"]
    code = block_texts(art, "code")
    assert code == ["result <- mypkg::translate(path)"]
    assert_accounted(text, art)


def test_value_with_its_unit_is_printed_output_not_a_heading() -> None:
    text = (
        "Smaller Plots\n\nWe compared the size of the two plot objects on disk.\n\n"
        "object_size(simple_plot)\n\n880.76 kB\n\n"
        "The simple plot is much smaller than the complex one that we saved before it.\n"
    )
    assert parse_text(text).headings == []


def test_heading_above_a_table_is_a_heading() -> None:
    text = (
        "Where to Find Us\n\nThe team travels to several meetings this spring.\n\n"
        "Upcoming meetings\n\n"
        "When | Who | Where\nMay 1 | Ada | Portland\nMay 9 | Ben | Berlin\n\n"
        "Come and say hello if you are there too.\n"
    )
    assert parse_text(text).headings == ["Upcoming meetings"]


def test_key_and_phrase_heading_is_not_a_line_of_details() -> None:
    # "When: May 21-22, 2018" is a detail; "Anniversary: celebrating 15 years together"
    # reads as a phrase after its key and heads the section
    text = (
        "Running a Project\n\nWe talked about how open source projects are run.\n\n"
        "When: May 21-22, 2018\n\n"
        "Anniversary: celebrating 15 years together\n\n"
        "In June we held two community events to mark the fifteenth year of the project.\n"
    )
    assert parse_text(text).headings == ["Anniversary: celebrating 15 years together"]


def test_photo_credit_is_not_a_heading() -> None:
    text = (
        "A Week at the Lake\n\nTwenty of us met at the field station for a week of work.\n\n"
        "Photos taken by Ajay Example\n\n"
        "Each morning started with a walk along the shore before the first session.\n\n"
        "The big picture by region\n\nEvery region sent two people to report on its lakes.\n"
    )
    assert parse_text(text).headings == ["The big picture by region"]


def test_line_of_profile_links_is_not_a_heading() -> None:
    # the speakers' links lost their addresses in the scrape; "Collaborating on GitHub" names
    # one site only and stays a heading
    text = (
        "Our Next Community Call\n\nTwo maintainers talk about reviewing code in the open.\n\n"
        "Speakers\n\nJenny Example teaches statistics and maintains several packages.\n\n"
        "Jenny on GitHub, Twitter, Website\n\n"
        "Sam Sample works on tools for reproducible research in ecology.\n\n"
        "Twitter, GitHub, Web page\n\n"
        "Collaborating on GitHub\n\nWe will show how a review runs in issues and pull requests.\n"
    )
    assert parse_text(text).headings == ["Speakers", "Collaborating on GitHub"]


def test_lone_numbered_line_is_a_footnote_not_a_heading() -> None:
    text = (
        "A Year of Weather Data\n\nThe station network grew again this year.\n\n"
        "New Stations\n\nTwelve stations joined the network run by the weather service.\n\n"
        "1. Formerly the National Climatic Data Center\n\n"
        "Tags: climate, data\n"
    )
    art = parse_text(text)
    assert art.headings == ["New Stations"]
    items = [b for s in art.sections for b in s.blocks if b.kind == "list"]
    assert [i.text for i in items[0].items] == ["Formerly the National Climatic Data Center"]
    assert_accounted(text, art)


def test_related_title_read_as_heading_keeps_its_short_teaser() -> None:
    text = (
        "Night Trains Return\n\nSleeper services are back on three routes this winter.\n\n"
        "Related Articles\n\n"
        "Timetables That Work\n\nA look at planning.\n\n"
        "The Engines Behind the Comeback of Rail\n\nNew locomotives run on batteries where wires end...\n"
    )
    art = parse_text(text)
    assert [(r.title, r.teaser) for r in art.related] == [
        ("Timetables That Work", "A look at planning."),
        (
            "The Engines Behind the Comeback of Rail",
            "New locomotives run on batteries where wires end...",
        ),
    ]
    assert art.headings == []


def test_related_title_ending_in_a_period_above_its_teaser_is_still_a_title() -> None:
    text = (
        "Night Trains Return\n\nSleeper services are back on three routes this winter.\n\n"
        "You may also like\n\n"
        "Meeting the Drivers: Life on the Night Shift.\n\n"
        "We spent a week with the crews who run the trains while the passengers sleep...\n\n"
        "Timetables That Work\n\nA look at how planners fit the night trains between freight...\n"
    )
    art = parse_text(text)
    assert [r.title for r in art.related] == [
        "Meeting the Drivers: Life on the Night Shift.",
        "Timetables That Work",
    ]
    assert art.headings == []


def test_sentence_ending_before_an_emoji_shortcode_is_not_a_heading() -> None:
    text = (
        "Monthly News\n"
        "Here is what happened this month in the project, from the two releases to the events we ran and the people behind them, with links to every recording and to the notes we took along the way.\n"
        "Package development corner\n"
        "Some useful tips for package developers. :eyes:\n"
        "Keep examples short, run them in continuous integration and show their output in the docs.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Package development corner"]


def test_heading_above_a_name_followed_by_a_comma() -> None:
    text = (
        "Coworking Report\n"
        "Three packages were submitted for review during the session, which is a record for a single afternoon!\n"
        "Package submissions\n"
        "riem, to get weather data from airport stations, was the first one to be submitted and reviewed.\n"
    )
    assert parse_text(text).headings == ["Package submissions"]


def test_status_lines_and_bare_figures_are_never_headings() -> None:
    # output pasted apart from the code that printed it: "ℹ" status lines, rows of numbers
    text = (
        "Cleaning the Survey\n\n"
        "The filters report what they removed as they go.\n\n"
        "ℹ 9 out of 92 duplicate rows were excluded, leaving 83 rows.\n\n"
        "## ℹ 2 out of 83 rows were too short, leaving 81 rows.\n\n"
        "## ℹ 3 out of 81 rows had no location, leaving 78 rows.\n\n"
        "The next step checks the screen resolution of every response.\n\n"
        "0.4338752 0.4972452\n\n"
        "These two values are the shares of the responses kept in each wave.\n"
    )
    art = parse_text(text)
    assert art.title == "Cleaning the Survey"
    assert art.headings == []
    texts = block_texts(art)
    assert "0.4338752 0.4972452" in texts and any(t.startswith("ℹ 9 out of 92") for t in texts)
    code = block_texts(art, "code")
    assert any("## ℹ 2 out of 83" in t for t in code)


def test_package_manager_command_is_not_a_heading() -> None:
    text = (
        "Installing the Library\n\n"
        "On a Mac the system library comes from Homebrew.\n\n"
        "brew install imagemagick --with-fontconfig\n\n"
        "Then the R package finds it when it is installed from source.\n"
    )
    assert parse_text(text).headings == []


def test_sentence_quoting_code_inline_is_prose() -> None:
    # a capitalised sentence that quotes code stays a paragraph, even between code lines
    text = (
        "Opening the Socket\n\n"
        "library(websocket)\n"
        'The call to open the connection is: con <- ws_connect(url = "ws://host:8080").\n'
        "con$send(payload)\n"
    )
    art = parse_text(text)
    paragraphs = block_texts(art, "paragraph")
    assert any(p.startswith("The call to open the connection is") for p in paragraphs)


def test_sentence_case_heading_opening_a_full_paragraph_in_compact_text() -> None:
    text = (
        "Captioning Our Community Calls\n"
        "When the calls are recorded, anyone can rewatch them, and captions make that possible "
        "for many more people.\n"
        "Some things were easier than we expected at first\n"
        "Writing the transcript took less time than we feared, because the automatic draft was "
        "good enough to start from and only needed a careful read and a few corrections.\n"
    )
    art = parse_text(text)
    assert art.headings == ["Some things were easier than we expected at first"]


def test_short_line_between_one_word_lines_is_not_a_heading() -> None:
    text = (
        "Package Index\n\n"
        "These packages were reviewed this year and are listed by name.\n\n"
        "rotl\n\n"
        "Tree of life data access\n\n"
        "taxize\n\n"
        "They all joined the suite after their reviews were complete.\n"
    )
    art = parse_text(text)
    assert "Tree of life data access" not in art.headings


def test_urls_do_not_make_a_line_look_like_code() -> None:
    text = (
        "Rust Iterators\n\n"
        "Iterators are lazy and composable, and adapters transform them.\n\n"
        "References\n"
        "- The Rust Book: https://doc.rust-lang.org/book/\n"
        "- std::iter documentation (https://doc.rust-lang.org/std/iter/)\n"
    )
    art = parse_text(text)
    assert [(r.title, r.url) for r in art.references] == [
        ("The Rust Book", "https://doc.rust-lang.org/book/"),
        ("std::iter documentation", "https://doc.rust-lang.org/std/iter/"),
    ]
    assert all(b.kind != "code" for s in art.sections for b in s.blocks)


def test_lines_that_each_end_a_sentence_are_not_one_wrapped_paragraph() -> None:
    text = (
        "Banana Bread\n\n"
        "Instructions\n\n"
        "Step 1: Preheat the oven to 350°F (175°C) and butter a loaf pan.\n"
        "Step 2: Mash the bananas in a bowl. Stir in the melted butter.\n"
        "Step 3: Mix in the sugar, egg and vanilla, then the flour.\n"
        "Step 4: Pour into the pan and bake for 60 minutes.\n"
    )
    art = parse_text(text)
    paragraphs = block_texts(art, "paragraph")
    assert [p[:6] for p in paragraphs] == ["Step 1", "Step 2", "Step 3", "Step 4"]


def test_hard_wrapped_paragraph_still_joins() -> None:
    text = (
        "Notes\n\n"
        "The first line of this paragraph was wrapped by the editor at a\n"
        "fixed width. The next line carries on the same sentence and the\n"
        "last one ends it.\n"
    )
    art = parse_text(text)
    paragraphs = block_texts(art, "paragraph")
    assert len(paragraphs) == 1 and paragraphs[0].endswith("the last one ends it.")


def test_related_articles_one_per_line_as_title_dash_teaser() -> None:
    text = (
        "Banana Bread\n\n"
        "The loaf my grandmother made every Sunday, moist and forgiving.\n\n"
        "You may also like\n"
        "Chocolate Chip Cookies - The chewiest cookies you will ever bake, with a secret that\n"
        "Lemon Drizzle Cake \u2013 Bright, tangy and perfect for spring afternoons.\n"
    )
    art = parse_text(text)
    assert [(r.title, r.truncated) for r in art.related] == [
        ("Chocolate Chip Cookies", True),
        ("Lemon Drizzle Cake", False),
    ]
    assert art.related[1].teaser == "Bright, tangy and perfect for spring afternoons."
    assert art.headings == []
    for r in art.related:
        assert r.span is not None and text[r.span.start : r.span.end].startswith(r.title)


def test_one_line_related_teaser_cut_short_may_be_shorter_than_its_title() -> None:
    text = (
        "Scaling Flask\n"
        "Background jobs keep requests fast, and this post shows how to hand them to a queue.\n"
        "Related Posts\n"
        "How to Set Up HTTPS with Let's Encrypt \u2013 A free certificate in ten minutes...\n"
        "Scaling Flask with Celery \u2013 Background jobs without the headache...\n"
    )
    art = parse_text(text)
    assert [(r.title, r.teaser, r.truncated) for r in art.related[:2]] == [
        ("How to Set Up HTTPS with Let's Encrypt", "A free certificate in ten minutes...", True),
        ("Scaling Flask with Celery", "Background jobs without the headache...", True),
    ]
    assert_accounted(text, art)
    for r in art.related:
        assert r.span is not None and text[r.span.start : r.span.end].startswith(r.title)


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("Posted by jdoe on 12 Jan 2024, 09:14", "jdoe", "12 Jan 2024, 09:14"),
        ("By Maria Lopez | March 3, 2025", "Maria Lopez", "March 3, 2025"),
        ("Written by A. B. Smith \u2014 2024-01-02", "A. B. Smith", "2024-01-02"),
        ("Posted on June 12, 2024 by Priya Natarajan", "Priya Natarajan", "June 12, 2024"),
        ("Published: 3 May 2024 by Tom Berg", "Tom Berg", "3 May 2024"),
    ],
)
def test_byline_and_date_on_one_line(line: str, byline: str, published: str) -> None:
    text = f"Backing Up a Home Server\n\n{line}\n\nRestic does encrypted, deduplicated backups.\n"
    art = parse_text(text)
    assert (art.title, art.byline, art.published) == ("Backing Up a Home Server", byline, published)
    assert block_texts(art) == ["Restic does encrypted, deduplicated backups."]


def test_sentence_opening_with_by_is_not_a_byline() -> None:
    art = parse_text("Field Notes\n\nBy the way, on 3 May we met the team.\n\nMore text here.\n")
    assert art.byline is None and art.published is None


def test_shell_commands_without_a_prompt_are_code() -> None:
    text = (
        "Backups with Restic\n\n"
        "Initialise the repository once, then back up every night.\n\n"
        "restic -r b2:bucket:/server init\n"
        "restic -r b2:bucket:/server backup /srv/photos\n\n"
        "Check the snapshots once a month.\n"
    )
    art = parse_text(text)
    code = block_texts(art, "code")
    assert code == [
        "restic -r b2:bucket:/server init\nrestic -r b2:bucket:/server backup /srv/photos"
    ]


def test_page_furniture_above_the_title_is_removed() -> None:
    text = (
        "PRESS RELEASE\n\n"
        "Acme Corp Announces Record Third-Quarter Results\n\n"
        "Acme Corp today reported revenue of $1.2 billion for the third quarter.\n\n"
        "Was this helpful? Yes No\n\n"
        "###\n"
    )
    art = parse_text(text)
    assert art.title == "Acme Corp Announces Record Third-Quarter Results"
    assert [r.text for r in art.removed] == ["PRESS RELEASE", "Was this helpful? Yes No", "###"]
    assert block_texts(art) == [
        "Acme Corp today reported revenue of $1.2 billion for the third quarter."
    ]


def test_scraped_page_furniture_around_a_compact_article() -> None:
    text = (
        "Skip to content\n"
        "Home > Technology > AI\n"
        "The Quiet Rise of Small Language Models\n"
        "Updated 14:32 GMT, 2 April 2025\n"
        "TL;DR: Smaller models are good enough for many tasks, and they run on a laptop.\n"
        "Table of Contents\n"
        "Why size mattered\n"
        "What changed\n"
        "Why size mattered\n"
        "For years, bigger meant better. Each new generation of models added parameters and "
        "data, and benchmark scores rose with them.\n"
        "What changed\n"
        "Better training data and distillation let small models learn from large ones, and a "
        "small model can now match last year's large one on many tests.\n"
        "\u00a9 2025 Example Media. All rights reserved.\n"
        "Privacy Policy | Terms of Use | Contact\n"
    )
    art = parse_text(text)
    assert art.title == "The Quiet Rise of Small Language Models"
    assert art.published == "14:32 GMT, 2 April 2025"
    assert art.summary == "Smaller models are good enough for many tasks, and they run on a laptop."
    assert art.headings == ["Why size mattered", "What changed"]
    removed = [r.text for r in art.removed]
    assert removed == [
        "Skip to content",
        "Home > Technology > AI",
        "Table of Contents",
        "Why size mattered",
        "What changed",
        "\u00a9 2025 Example Media. All rights reserved.",
        "Privacy Policy | Terms of Use | Contact",
    ]
    assert [r.detail for r in art.removed][2:5] == ["table of contents"] * 3


def test_contents_line_without_matching_headings_is_kept() -> None:
    text = "Kitchen Notes\n\nContents\n\nFlour, sugar and eggs are all you need to start.\n"
    art = parse_text(text)
    assert not any(r.detail == "table of contents" for r in art.removed)


def test_table_row_with_pipes_is_not_a_navigation_bar() -> None:
    text = "Results\n\nThe scores were close.\n\nName | Score | Rank\n\nThat is all.\n"
    art = parse_text(text)
    assert "Name | Score | Rank" not in [r.text for r in art.removed]


def test_check_mark_status_lines_under_code_are_code_and_checklists_stay_lists() -> None:
    text = (
        "Creating a Package\n\nOne call sets up the skeleton.\n\n"
        'usethis::create_package("~/pkg")\n'
        "\u2714 Creating '~/pkg/'\n"
        "\u2714 Setting active project to '/home/me/pkg'\n\n"
        "The package is ready.\n\nChecklist\n\n\u2714 Tests pass\n\u2714 Docs built\n"
    )
    art = parse_text(text)
    blocks = list(art.iter_blocks())
    code = [b.text for b in blocks if b.kind == "code"]
    assert len(code) == 1 and code[0].endswith("Setting active project to '/home/me/pkg'")
    lists = [b for b in blocks if isinstance(b, ak.ListBlock)]
    assert [i.text for i in lists[0].items] == ["Tests pass", "Docs built"]


def test_paper_with_numbered_sections_and_numbered_citations() -> None:
    text = (
        "Deep Learning for Tabular Data: A Survey\n\n"
        "1 Introduction\n\n"
        "Gradient-boosted trees dominate tabular benchmarks [1], and new networks try to "
        "close the gap [2].\n\n"
        "2 Related Work\n\n"
        "2.1 Tree Ensembles\n\n"
        "XGBoost [1] is the most used library for boosted trees on tables.\n\n"
        "2.2 Neural Networks\n\n"
        "TabNet [2] uses sequential attention to choose the features of each step.\n\n"
        "References\n\n"
        "[1] T. Chen and C. Guestrin. XGBoost: A scalable tree boosting system. KDD, 2016.\n"
        "[2] S. Arik and T. Pfister. TabNet: Attentive interpretable tabular learning. AAAI, "
        "2021. https://arxiv.org/abs/1908.07442\n"
    )
    art = parse_text(text)
    assert [(s.heading, s.level) for s in art.iter_sections()] == [
        ("1 Introduction", 1),
        ("2 Related Work", 1),
        ("2.1 Tree Ensembles", 2),
        ("2.2 Neural Networks", 2),
    ]
    first, second = art.references
    assert first.title == (
        "T. Chen and C. Guestrin. XGBoost: A scalable tree boosting system. KDD, 2016."
    )
    assert second.title.startswith("S. Arik and T. Pfister. TabNet")
    assert second.url == "https://arxiv.org/abs/1908.07442"


def test_blog_platform_furniture_around_the_title() -> None:
    text = (
        "Member-only story\n"
        "Why Your Data Pipeline Keeps Breaking\n"
        "Priya Natarajan\n"
        "Follow\n"
        "7 min read\n"
        "\u00b7\n"
        "Mar 12, 2024\n"
        "--\n"
        "12\n"
        "Listen\n"
        "Most pipeline failures are not caused by bad code. They are caused by assumptions "
        "nobody wrote down.\n"
    )
    art = parse_text(text)
    assert (art.title, art.byline, art.published) == (
        "Why Your Data Pipeline Keeps Breaking",
        "Priya Natarajan",
        "Mar 12, 2024",
    )
    assert [r.text for r in art.removed] == [
        "Member-only story",
        "Follow",
        "7 min read",
        "\u00b7",
        "--",
        "12",
        "Listen",
    ]
    assert art.headings == []


def test_two_dashes_are_not_an_underline_and_a_sentence_is_not_underlined() -> None:
    art = parse_text("Notes\n\nShort line\n--\n\nThe end of it.\n---\n\nMore.\n")
    assert art.headings == []


def test_news_page_credits_read_more_line_and_highlights_after_the_title() -> None:
    text = (
        "Heatwave Grips Southern Europe\n\n"
        "Article Highlights\nOff On\n\n"
        "Firefighters battled blazes in Greece and Spain as temperatures passed 44C.\n\n"
        "(Photo: Getty Images)\n\n"
        "Continue reading below\n\n"
        "Read more: How cities can adapt to extreme heat\n\n"
        "Meteorologists expect the heat to ease by the weekend.\n"
    )
    art = parse_text(text)
    assert art.byline is None and art.highlights == []
    assert [(r.text, r.detail) for r in art.removed] == [
        ("Off On", "highlights placeholder"),
        ("(Photo: Getty Images)", None),
        ("Continue reading below", None),
    ]
    assert [r.title for r in art.related] == ["How cities can adapt to extreme heat"]
    assert [b.text[:14] for b in art.iter_blocks()] == ["Firefighters b", "Meteorologists"]


@pytest.mark.parametrize("bullet", ["\u2705", "\u27a1\ufe0f", "\U0001f449", "\u2605", "\U0001f539"])
def test_emoji_bullets_make_a_list_with_its_lead_in(bullet: str) -> None:
    text = (
        "Weather Station\n\nWhat you'll need:\n"
        f"{bullet} A Raspberry Pi 4\n{bullet} A BME280 sensor\n{bullet} Four jumper wires\n\n"
        "Wire the sensor to the first header pins.\n"
    )
    (block, _paragraph) = parse_text(text).iter_blocks()
    assert isinstance(block, ak.ListBlock)
    assert block.lead_in == "What you'll need"
    assert [i.text for i in block.items] == [
        "A Raspberry Pi 4",
        "A BME280 sensor",
        "Four jumper wires",
    ]


def test_newsletter_furniture() -> None:
    text = (
        "View this email in your browser\n\n"
        "The Weekly Byte\n\n"
        "Hi friends, this week brings a new database release and a tiny CSS trick.\n\n"
        "Forward to a friend | Unsubscribe | Update your preferences\n\n"
        "You are receiving this email because you signed up at example.com.\n"
    )
    art = parse_text(text)
    assert art.title == "The Weekly Byte"
    assert [b.text[:10] for b in art.iter_blocks()] == ["Hi friends"]
    assert len(art.removed) == 3


def test_closing_credit_gives_the_byline() -> None:
    text = (
        "Heatwave Grips Southern Europe\n\n"
        "Firefighters battled blazes in Greece and Spain as temperatures passed 44C.\n\n"
        "Meteorologists expect the heat to ease by the weekend.\n\n"
        "Reporting by Elena Rossi; editing by Mark Hill\n"
    )
    art = parse_text(text)
    assert art.byline == "Elena Rossi"
    assert [b.text[:14] for b in art.iter_blocks()] == ["Firefighters b", "Meteorologists"]
    sources = [text[f.span.start : f.span.end] for f in art.field_sources if f.field == "byline"]
    assert sources == ["Reporting by Elena Rossi; editing by Mark Hill"]


def test_closing_credit_does_not_replace_a_byline_from_the_top() -> None:
    text = "Title Here\n\nBy Ann Lee\n\nBody text of the story.\n\nWritten by Someone Else\n"
    art = parse_text(text)
    assert art.byline == "Ann Lee"
    assert "Written by Someone Else" in [h for h in art.headings] + [
        b.text for b in art.iter_blocks()
    ]


def test_a_line_with_an_email_address_is_no_heading() -> None:
    text = (
        "Summer Fellowships\n\n"
        "We are funding four fellows this summer to work on open tools for field ecology.\n\n"
        "Questions are welcome at fellows@example.org\n\n"
        "Applications close at the end of March, and we answer every one within a month.\n"
    )
    art = parse_text(text)
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


def test_a_heading_naming_a_snake_case_function_is_a_heading() -> None:
    text = (
        "Forecasting Disk Usage\n\n"
        "Disks fill up slowly and then all at once, so we forecast when each one is full.\n\n"
        "Examples of using predict_linear\n\n"
        "The examples below show how far ahead the function can look before it goes wrong.\n"
    )
    assert parse_text(text).headings == ["Examples of using predict_linear"]


def test_a_note_in_brackets_or_a_quote_credit_stays_text() -> None:
    # a name from code makes a line of words a heading; a bracket or initials do not
    text = (
        "Clean Code\n\n"
        "Functions should do one thing, and they should do it well, and only that thing.\n\n"
        "-- R.C. Martin in Clean Code\n\n"
        "We took that advice to heart when we split the package into smaller functions.\n\n"
        "(Press Esc to quit)\n\n"
        "The viewer closes and the console is free again for the next few commands.\n"
    )
    assert parse_text(text).headings == []


def test_template_expressions_in_lines_are_code() -> None:
    text = (
        "Alerting on Slow Uplinks\n"
        "We wrote one alert for every switch in the hall, and this is what one looks like.\n"
        "alert: SlowUplink\n"
        '  summary: "Interface linking at {{$value}} Mbps"\n'
        '  description: "Interface {{ $labels.interface }} on {{ .Labels.device }}"\n'
        "Now we get an alert when an uplink links at a lower speed than it should.\n"
    )
    art = parse_text(text)
    assert art.headings == []
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and "{{$value}}" in code[0]


def test_a_commit_as_git_log_prints_it_is_code() -> None:
    text = (
        "Ten Years of the Project\n\n"
        "It all started with one commit on a Monday evening in October:\n\n"
        "commit 0f3a9c1e5d7b2468ace0f3a9c1e5d7b2468ace01\n"
        "Author: Jane Doe <jane@example.org>\n"
        "Date:   Mon Oct 19 17:43:26 2015 -0600\n\n"
        "    initial add\n\n"
        "Signed-off-by: Jane Doe <jane@example.org>\n\n"
        "From there the project grew into what thousands of teams use every day.\n"
    )
    art = parse_text(text)
    assert art.headings == []
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert any(c.startswith("commit 0f3a9c1") for c in code)
    assert any("Signed-off-by" in c for c in code)
    assert_accounted(text, art)


@pytest.mark.parametrize("selector", ["", "\ufe0e", "\ufe0f"])
def test_a_status_line_with_a_presentation_selector_is_code(selector: str) -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score(f"\u2716{selector} stable/mariadb") >= CODE_THRESHOLD


def test_an_indirect_question_ending_on_its_verb_is_a_heading() -> None:
    text = (
        "Council Approves the Bike Lane Network\n\n"
        "The council voted on Tuesday to approve a network of protected bike lanes.\n\n"
        "What the plan includes\n\n"
        "The first phase adds lanes on three streets, paid for by a federal grant.\n\n"
        "Who we are\n\n"
        "We are a newsroom of four reporters covering the city since 2009.\n\n"
        "The second phase includes\n\n"
        "- Oak Boulevard\n- The Harbor Loop\n"
    )
    art = parse_text(text)
    assert art.headings == ["What the plan includes", "Who we are"]
    assert_accounted(text, art)


def test_a_title_that_is_an_indirect_question_is_the_title() -> None:
    text = "What the New Release Includes\n\nThe release brings faster parsing and a new CLI.\n"
    assert parse_text(text).title == "What the New Release Includes"


def test_short_lines_glued_under_a_label_are_a_list_without_bullets() -> None:
    text = (
        "Northwind Raises a Series B\n\n"
        "The company will use the funds to double its engineering team next year.\n\n"
        "Highlights of the round:\n"
        "Led by Harbor Ventures, with Pine Capital\n"
        "Brings total funding to $62 million\n"
        "Supports expansion into Europe\n\n"
        "Media Contact:\n"
        "Jamie Chen\n"
        "press@example.org\n"
    )
    art = parse_text(text)
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert len(lists) == 1 and lists[0].lead_in == "Highlights of the round"
    assert [i.text for i in lists[0].items] == [
        "Led by Harbor Ventures, with Pine Capital",
        "Brings total funding to $62 million",
        "Supports expansion into Europe",
    ]
    assert art.headings == []
    assert_accounted(text, art)


def test_a_label_then_one_short_line_and_a_paragraph_is_no_list() -> None:
    text = (
        "Release Notes\n\n"
        "What changed:\n"
        "Faster parsing\n"
        "The parser now reads a megabyte of text in a fraction of a second, on one core.\n"
    )
    assert not [b for b in parse_text(text).iter_blocks() if b.kind == "list"]


@pytest.mark.parametrize(
    "line",
    [
        "In [1]: import pandas as pd",
        "Out[6]: 245566747",
        "ZeroDivisionError: division by zero",
        "requests.exceptions.ConnectionError: Max retries exceeded",
        "b'BSD 3-Clause License'",
        "jupyter labextension install dask-labextension",
    ],
)
def test_python_session_lines_and_tool_commands_are_code(line: str) -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score(line) >= CODE_THRESHOLD


@pytest.mark.parametrize(
    "line",
    [
        "dask/distributed #952",
        "pandas-dev/pandas#41",
        "3min 58.8s",
        "This work is supported by Anaconda Inc.",
    ],
)
def test_issue_references_timings_and_notes_are_no_headings(line: str) -> None:
    from articlekit.parse.text import heading_like

    text = (
        "Parallel Pandas\n\nWe sped up the groupby by a factor of four on a laptop.\n\n"
        f"{line}\n\n"
        "The next release will bring the same speed to the distributed scheduler.\n"
    )
    assert parse_text(text).headings == []
    assert not heading_like(line) or line == "3min 58.8s"


def test_a_funding_note_above_an_untitled_compact_post_is_no_title() -> None:
    text = (
        "This work is supported by Anaconda Inc and the Data Driven Discovery Initiative from the Moore Foundation\n"
        "I'm pleased to announce the release of version 0.19.0. This is a minor release with bug fixes and new features.\n"
        "You can install it with pip:\n"
        "pip install dask\n"
    )
    assert parse_text(text).title is None


def test_list_items_that_name_functions_are_items_not_code() -> None:
    text = (
        "Release 1.1.1\n\n"
        "Some vector functions became slower in the last release, namely these:\n\n"
        "- case_when() and if_else()\n"
        "- nth(), first(), and last()\n"
        "- use_github() (https://example.org/reference/use_github.html)\n\n"
        "They are back to their old speed now.\n"
    )
    art = parse_text(text)
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert [i.text for i in lists[0].items] == [
        "case_when() and if_else()",
        "nth(), first(), and last()",
        "use_github() (https://example.org/reference/use_github.html)",
    ]
    assert not [b for b in art.iter_blocks() if b.kind == "code"]


def test_removed_lines_of_a_diff_stay_code() -> None:
    text = (
        "Pickling Tensors\n\n"
        "The change to the class was small:\n\n"
        "     def __reduce__(self):\n"
        "-        return type(self), (self.tolist(),)\n"
        "+        b = io.BytesIO()\n"
        "+        torch.save(self, b)\n\n"
        "That is all it took.\n"
    )
    art = parse_text(text)
    assert not [b for b in art.iter_blocks() if b.kind == "list"]
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert any("return type(self)" in c for c in code)


def test_what_r_cmd_check_prints_is_code_not_a_list() -> None:
    text = (
        "A New Note on R-devel\n"
        "Many package authors might have noticed a new NOTE on R-devel when submitting a package with C++ code:\n"
        "* checking C++ specification ...\n"
        "  NOTE Specified C++11: please drop specification unless essential\n"
        "* checking package dependencies ... OK\n"
        "This NOTE now appears during R CMD check for packages whose DESCRIPTION file asks for C++11 explicitly.\n"
    )
    art = parse_text(text)
    assert not [b for b in art.iter_blocks() if b.kind == "list"]
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 1 and "NOTE Specified C++11" in code[0]
    assert art.headings == []


@pytest.mark.parametrize(
    ("section", "removed"),
    [
        ("Share this:\nFacebook\nTwitter\nEmail", ["Share this:", "Facebook", "Twitter", "Email"]),
        ("Follow us:\nFacebook\nInstagram", ["Follow us:", "Facebook"]),
    ],
)
def test_furniture_under_a_label_is_removed_not_listed(section: str, removed: list[str]) -> None:
    text = (
        "A Title For The Post\n\n"
        "A first paragraph that is long enough to be a paragraph of the article body here.\n\n"
        f"{section}\n\n"
        "Another closing paragraph of the article that is long enough to count as prose.\n"
    )
    art = parse_text(text)
    assert [r.text for r in art.removed] == removed
    assert not [b for b in art.iter_blocks() if b.kind == "list"]
    assert_accounted(text, art)


def test_short_lines_under_a_summary_label_are_the_summary_not_a_list() -> None:
    text = (
        "A Title For The Post\n\n"
        "Summary:\nParsing is fast\nLists stay lists\n\n"
        "A first paragraph that is long enough to be a paragraph of the article body here.\n"
    )
    art = parse_text(text)
    assert art.summary == "Parsing is fast Lists stay lists"
    assert not [b for b in art.iter_blocks() if b.kind == "list"]


@pytest.mark.parametrize(
    "line",
    [
        "#include <TH/THGenerateHalfType.h>",
        "#endif",
        "#define MAX_DIM 25",
        "[dependencies]",
        "[[bin]]",
    ],
)
def test_preprocessor_lines_and_toml_tables_are_code(line: str) -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score(line) >= CODE_THRESHOLD


def test_a_hash_comment_starting_with_if_is_not_a_preprocessor_line() -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score("# If you want the whole story") < CODE_THRESHOLD


def test_sign_off_and_signature_are_no_headings() -> None:
    text = (
        "PyTorch Hub Is Here\n\n"
        "We are happy to share the hub with you, and we look forward to your models.\n\n"
        "Cheers!\n\n"
        "Team PyTorch\n\n"
        "FAQ\n\n"
        "Anyone can publish a model to the hub by adding a single file to a GitHub repository.\n"
    )
    assert parse_text(text).headings == ["FAQ"]


def test_thanks_above_a_paragraph_of_thanks_stays_a_heading() -> None:
    text = (
        "Release 2.0\n\n"
        "This release brings a new parser and a faster command line, among other things.\n\n"
        "Thanks\n\n"
        "We are grateful to the forty people who sent patches and reports for this release.\n"
    )
    assert parse_text(text).headings == ["Thanks"]


def test_a_status_label_does_not_count_against_a_heading() -> None:
    text = (
        "Release 1.7\n\n"
        "This release brings new features to the core library and to the vision package.\n\n"
        "[Beta] Deterministic algorithms\n\n"
        "Reproducibility may help identify errors when debugging or testing a program, so we added a switch.\n"
    )
    assert parse_text(text).headings == ["[Beta] Deterministic algorithms"]


def test_a_title_case_label_above_a_full_paragraph_heads_a_section() -> None:
    text = (
        "PyTorch Hub Is Here\n\n"
        "We are happy to share the hub with you, and we look forward to your models.\n\n"
        "Known Issues:\n\n"
        "Loading a model from a private repository needs a token, which the hub does not ask for yet; we are working on it.\n\n"
        "Note:\n\n"
        "The hub caches every model it downloads in your home directory, so the second load is much faster than the first.\n\n"
        "For Readers:\n\n"
        "- one\n- two\n"
    )
    art = parse_text(text)
    assert art.headings == ["Known Issues:"]
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert lists[0].lead_in == "For Readers"


def test_a_long_sentence_above_a_rule_is_no_underlined_heading() -> None:
    text = (
        "Adding front matter\n"
        "The next step is to add what's called front matter, the metadata Jekyll uses to build parts of the website, by pasting in these fields:\n"
        "---\n"
        "title: A new post\n"
        "layout: post\n"
        "---\n"
        "Installation\n"
        "------------\n"
        "Install the package from the registry before you start writing.\n"
    )
    art = parse_text(text)
    assert "Installation" in art.headings
    assert not any(h.startswith("The next step") for h in art.headings)


def test_what_git_prints_for_a_commits_files_is_code() -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score("create mode 100644 _posts/2015-02-23-new-post.md") >= CODE_THRESHOLD
    assert code_score("Create mode for beginners") < CODE_THRESHOLD


def test_byline_link_is_kept_in_links_not_in_the_name() -> None:
    text = (
        "Why we moved\n\nBy Jane Doe (https://jane.example.org)\n\n"
        "We moved our servers last week. It took two days.\n"
    )
    art = ak.parse(text)
    assert art.byline == "Jane Doe"
    assert [link.url for link in art.links] == ["https://jane.example.org"]


def test_links_of_field_lines_are_collected() -> None:
    # "Summary: … https://…" under each project of a roundup is a field line of the item,
    # and the address inside it is a link of the article
    text = (
        "Projects of the week\n\n"
        "skimr\n\nSummary: Compact summaries of data frames.\n\n"
        "Team: Ann Lee, Bo Chen\n\nGithub: https://github.com/x/skimr\n\n"
        "webrockets\n\nSummary: A websocket listener, built on the wrapper in "
        "https://github.com/x/decapitated.\n\nTeam: Cy Dunn\n\n"
        "Github: https://github.com/x/webrockets\n\n"
        "Both projects welcome contributors.\n"
    )
    art = ak.parse(text)
    urls = [link.url for link in art.links]
    assert "https://github.com/x/decapitated" in urls
    assert "https://github.com/x/webrockets" in urls


def _levels(text: str) -> list[tuple[str | None, int]]:
    return [(s.heading, s.level) for s in parse_text(text).iter_sections()]


def test_an_acronym_heading_is_no_level_above_the_others() -> None:
    text = (
        "Kestrel 2.4 Released\n\nKestrel 2.4 is out today with retries and signed builds.\n\n"
        "API\n\nThe client API gained async methods for every call we support.\n\n"
        "Upgrading\n\nRun pip install to get the new version of the package today.\n"
    )
    assert _levels(text) == [(None, 1), ("API", 1), ("Upgrading", 1)]


def test_capitals_after_a_title_case_heading_are_a_sibling_not_a_parent() -> None:
    text = (
        "City Win Cup Tie\n\nCity came from two goals down to beat Town 3-2 on Saturday.\n\n"
        "Key Moments\n\nTown took the lead after 14 minutes with a header from a corner.\n\n"
        "LOOKING AHEAD\n\nCity face Westbrook in the semi-final on 3 May.\n"
    )
    assert _levels(text) == [(None, 1), ("Key Moments", 1), ("LOOKING AHEAD", 1)]


def test_a_part_opened_in_capitals_holds_its_title_case_sections() -> None:
    text = (
        "Field Notes\n\nA season of counting birds along the coast.\n\n"
        "SPRING COUNTS\n\nThe first counts began in March.\n\n"
        "Early Arrivals\n\nSwallows came a week before the usual date.\n\n"
        "AUTUMN COUNTS\n\nThe second counts began in September.\n\n"
        "Late Leavers\n\nSome warblers stayed until November.\n"
    )
    assert _levels(text) == [
        (None, 1),
        ("SPRING COUNTS", 1),
        ("Early Arrivals", 2),
        ("AUTUMN COUNTS", 1),
        ("Late Leavers", 2),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Council Approves New Footbridge",
            "The council approved the new Canal Street footbridge on Tuesday by nine votes to two.",
            "Work is expected to begin in the spring and take around fourteen months to complete.",
            "The old crossing was demolished in 2021 after inspectors found serious corrosion.",
        ],
        [
            "Election Night Live",
            "11:58 p.m.",
            "With 92% of precincts reporting, Irene Vasquez leads the mayoral race by 4 points.",
            "11:30 p.m.",
            "Turnout has passed 51%, the highest for a municipal election since 1993, they said.",
        ],
    ],
)
def test_short_one_line_paragraphs_under_a_title_are_not_one_wrapped_paragraph(
    lines: list[str],
) -> None:
    text = "\n".join(lines) + "\n"
    art = parse_text(text)
    assert art.title == lines[0]
    assert block_texts(art, "paragraph") == lines[1:]
    assert_accounted(text, art)


def test_a_hard_wrapped_paragraph_under_a_title_still_joins() -> None:
    text = (
        "Council Approves New Footbridge\n"
        "The council approved the new Canal Street footbridge on Tuesday\n"
        "night by nine votes to two. Work is expected to begin in the\n"
        "spring and take around fourteen months. The old crossing was\n"
        "demolished in 2021 after inspectors found serious corrosion.\n"
    )
    art = parse_text(text)
    assert art.title == "Council Approves New Footbridge"
    assert len(block_texts(art, "paragraph")) == 1
