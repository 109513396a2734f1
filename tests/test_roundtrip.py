"""Round trips, proven by Hypothesis: Article → Markdown / HTML / text → Article.

Markdown (and the HTML fragment writer) express every structure the strategies build:
parse(a.to_markdown(), format="markdown") has the same title, section tree, blocks,
references, tags, summary, meta description, highlights, related articles and canonical
URL as ``a`` — also for body paragraphs that read like a field line ("Summary: …", escaped
by the writers), end in ":" without being a lead-in, or are short enough to pass for a
title (Markdown and HTML never take the title from a paragraph); for reference titles that
show URLs of their own ("Notes (https://…)") beside the reference's URL, descriptions with
"—" in them, and ragged tables (rows of different lengths, a header shorter than a row).

Markdown also carries what reads like a cue to the assembler (``articles(cues=True)``):
headings, paragraphs, lead-ins and related titles named like a special section
("References", "TL;DR", "Meta Description"), like a UI remnant ("Share this …", "Off On"),
lines of hashtags, a first paragraph that reads like a byline or a date. The writer puts
the literal mark ``<!-- articlekit: literal -->`` above them, and the reader keeps them as
body text. The HTML writer marks the same elements ``data-articlekit="literal"`` (one
predicate decides for both), and the HTML front end reads them back as body text too
(``tests/test_html.py``: the HTML round trip, fragment and whole page, with cues).

Where the formats cannot express structure (the boundary, tested below):

- list markers are presentation: "-", "*", "+" bullets come back as written by the writer;
- two bulleted lists directly after each other in one section come back as ONE list (the
  shared assembler groups consecutive bullet items: scraped text mixes "-" and "•" in one
  list), and so does a body list right after highlights; a numbered list after a bulleted
  one, or after a numbered one (the Markdown writer alternates "1." and "1)"), stays apart;
- section levels come back ranked: a child is always one level below its parent;
- plain text (``to_text``) has no heading syntax: heading levels, code, tables and
  multi-paragraph list items are guessed by the text front end; only the flat layout
  (one level of headings over paragraphs) is promised, and a reference with a URL and a
  source reads back with the source folded into its title.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import articlekit as ak
from articlekit.model import (
    Article,
    CodeBlock,
    ListBlock,
    ListItem,
    Paragraph,
    QuoteBlock,
    ReferenceLink,
    RelatedArticle,
    Section,
    TableBlock,
)
from articlekit.parse.assemble.front import repeats_title
from articlekit.parse.special import is_truncated

_OPTIONS = ak.ParseOptions()

_SYLLABLES = ["ka", "lo", "mi", "ner", "tu", "va", "zor", "pel", "qui", "dax", "ben", "ros"]
_PUNCT = ["*", "_", "`", "[", "]", "<", ">", "&", "#", "!", "|", "\\", "1.", "+", "-", "="]

word = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3).map("".join)
cap_word = word.map(str.capitalize)
odd = st.one_of(word, word, word, st.sampled_from(_PUNCT).map(lambda p: "x" + p + "y"))


def _words(n_min: int, n_max: int, first: Any = cap_word, rest: Any = odd) -> Any:
    return st.tuples(first, st.lists(rest, min_size=n_min - 1, max_size=n_max - 1)).map(
        lambda t: " ".join([t[0], *t[1]])
    )


sentence = _words(7, 14).map(lambda s: s + ".")
short = _words(2, 5, rest=word)
url = word.map(lambda w: f"https://{w}.example.org/{w}")

#: texts the assembler takes for a cue when they stand alone: special-section names (as
#: written in the vocabulary, Title Case or upper case), UI remnants, hashtag lines
_NAMES = sorted({n for names in _OPTIONS.section_names.values() for n in names})
section_name = st.tuples(
    st.sampled_from(_NAMES), st.sampled_from([str, str.title, str.upper, str.capitalize])
).map(lambda t: t[1](t[0]))
remnant = st.one_of(
    st.sampled_from(sorted(_OPTIONS.ui_remnants)).map(str.capitalize),
    st.tuples(st.sampled_from(sorted(_OPTIONS.ui_remnant_prefixes)), word).map(
        lambda t: (t[0].strip() + " " + t[1]).capitalize()
    ),
)
hashtags = st.lists(word, min_size=1, max_size=3).map(lambda ws: " ".join("#" + w for w in ws))
#: a closing credit ("Reporting by …"), which ends an article without a byline
credit = st.sampled_from(
    [
        "Written by Ada Lovelace",
        "Reporting by Ann Lee; editing by Bo Kim",
        # the readers' comments under a post open so
        "12 Comments",
        "Leave a Reply",
        "142 Likes",
        "Image caption, Waves crashed over the wall",
    ]
)
#: "More from Local News": a prefix that opens a special section whatever follows
prefixed_name = st.tuples(
    st.sampled_from(sorted({p for ps in _OPTIONS.section_prefixes.values() for p in ps})),
    _words(1, 2, rest=cap_word),
).map(lambda t: f"{t[0].capitalize()} {t[1]}")
cue = st.one_of(section_name, section_name, prefixed_name, remnant, hashtags, credit)
#: what reads like a byline or a date right below the title
front_line = st.sampled_from(
    [
        "By Jane Doe",
        "Written by Ada Lovelace",
        "Published 3 May 2024",
        "Updated 2024-05-03",
        "Mar 12, 2024",
        "12",
        "Posted by jdoe on 12 Jan 2024",
        "March 2, 2025 by Tom Berg",
        "Veröffentlicht am 4. März 2025",
        "Ana Costa, Ben Okafor and Chen Wei",
        "Maya Lindqvist",
        "Live reporting by Tom Hale",
    ]
)


@st.composite
def items(draw: Any, depth: int = 0) -> list[ListItem]:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        text = draw(sentence)
        if draw(st.integers(0, 5)) == 0:
            text += "\n\n" + draw(sentence)
        children: list[ListItem] = []
        ordered = False
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            children = draw(items(depth + 1))
            ordered = draw(st.booleans())
        out.append(ListItem(text=text, children=children, children_ordered=ordered))
    return out


#: a body paragraph that reads like a field line ("Summary: …"), but is text
field_line = st.tuples(
    st.sampled_from(["Summary", "Tags", "Description", "Meta Description", "TLDR"]), sentence
).map(lambda t: f"{t[0]}: {t[1]}")


@st.composite
def block(draw: Any, cues: bool = False) -> Any:
    kinds = ["p", "p", "p", "p-short", "p-field", "list", "code", "table", "quote"]
    kind = draw(st.sampled_from(kinds + (["p-cue", "p-cue"] if cues else [])))
    if kind == "p":
        return Paragraph(text=draw(sentence))
    if kind == "p-short":  # title-shaped, or ending in ":" like a list's lead-in
        return Paragraph(text=draw(short) + draw(st.sampled_from(["", ":"])))
    if kind == "p-field":  # reads like a field line, but is body text
        return Paragraph(text=draw(field_line))
    if kind == "p-cue":  # "Links:", "Key Takeaways", "Share this post", "#rstats"
        return Paragraph(text=draw(cue) + draw(st.sampled_from(["", ":"])))
    if kind == "list":
        lead = draw(st.one_of(st.none(), short, *([section_name] if cues else [])))
        return ListBlock(ordered=draw(st.booleans()), lead_in=lead, items=draw(items()))
    if kind == "code":
        lines = draw(st.lists(st.text("abc xyz=()[]{}#*`~_-<>&", max_size=20), min_size=1))
        lang = draw(st.one_of(st.none(), st.sampled_from(["python", "r", "js"])))
        text = "\n".join(lines).strip("\n")
        # a code block of blanks is no content: no front end makes one, no writer keeps one
        return CodeBlock(text=text if text.strip() else "x", language=lang)
    if kind == "table":
        width = draw(st.integers(1, 4))
        cell = st.one_of(_words(1, 3), _words(1, 3), st.just(""))
        # ragged: any row (the header too) may be shorter or longer than the others
        sizes = st.integers(1, width + 1) if draw(st.booleans()) else st.just(width)
        row = sizes.flatmap(lambda n: st.lists(cell, min_size=n, max_size=n))
        return TableBlock(rows=draw(st.lists(row, min_size=1)))
    paras = draw(st.lists(sentence, min_size=1, max_size=2))
    return QuoteBlock(blocks=[Paragraph(text="\n\n".join(paras))])


def _no_adjacent_lists(blocks: list[Any]) -> list[Any]:
    out: list[Any] = []
    for b in blocks:
        if b.kind == "list" and out and out[-1].kind == "list":
            continue
        out.append(b)
    return out


@st.composite
def section(draw: Any, level: int, heading: bool = True, cues: bool = False) -> Section:
    blocks = _no_adjacent_lists(draw(st.lists(block(cues), max_size=4)))
    subs: list[Section] = []
    if level < 4 and heading:
        subs = draw(st.lists(section(level + 1, cues=cues), max_size=2))
    if not heading and not blocks:
        blocks = [Paragraph(text=draw(sentence))]
    # a body section named "References", "TL;DR", "Share this" …: body all the same
    name = st.one_of(short, short, cue) if cues else short
    return Section(
        heading=draw(name) if heading else None,
        level=level,
        blocks=blocks,
        subsections=subs,
    )


@st.composite
def reference(draw: Any) -> ReferenceLink:
    link = draw(st.one_of(st.none(), url))
    title = draw(short)
    if link is not None and draw(st.booleans()):
        # a title that shows URLs of its own: the reference's URL is the link's
        title += f" ({draw(url)}) " + draw(st.sampled_from(["and notes", "- more", "(x)"]))
        if draw(st.booleans()):
            title += f" {draw(url)}"
    source = draw(st.one_of(st.none(), cap_word))
    description = None
    if source:
        description = draw(
            st.one_of(
                st.none(),
                sentence,
                st.tuples(sentence, sentence).map(" \u2014 ".join),  # "a — b" kept as written
                st.tuples(sentence, short).map(" - ".join),
            )
        )
    return ReferenceLink(title=title, source=source, description=description, url=link)


@st.composite
def related(draw: Any, cues: bool = False) -> RelatedArticle:
    title = draw(st.one_of(short, short, cue) if cues else short)
    teaser = draw(st.one_of(st.none(), sentence, _words(8, 12), field_line))
    return RelatedArticle(
        title=title,
        teaser=teaser,
        url=draw(st.one_of(st.none(), url)),
        truncated=is_truncated(teaser) if teaser else False,
    )


@st.composite
def articles(draw: Any, cues: bool = False) -> Article:
    """Articles; with ``cues``, body text that reads like a cue to the assembler (special
    section names, UI remnants, hashtag lines, a byline or date line below the title)."""
    title = draw(st.one_of(st.none(), _words(2, 8, rest=odd)))
    sections: list[Section] = []
    if draw(st.booleans()):
        sections.append(draw(section(1, heading=False, cues=cues)))
    sections += draw(st.lists(section(1, cues=cues), max_size=3))
    if cues and draw(st.integers(0, 3)) == 0:
        # the body opens with what reads like a byline or a date
        opener = Paragraph(text=draw(front_line))
        if sections and sections[0].heading is None:
            sections[0] = sections[0].model_copy(update={"blocks": [opener, *sections[0].blocks]})
        else:
            sections.insert(0, Section(blocks=[opener]))
    highlights = draw(st.lists(sentence, max_size=3))
    if highlights and sections and sections[0].heading is None:
        first = sections[0]
        if first.blocks and first.blocks[0].kind == "list":
            sections[0] = first.model_copy(
                update={"blocks": [Paragraph(text=draw(sentence)), *first.blocks]}
            )
    tags = sorted(set(draw(st.lists(word, max_size=4))), key=lambda t: t)
    text = st.one_of(sentence, sentence, field_line)
    return Article(
        title=title,
        byline=draw(st.one_of(st.none(), st.just("Jane Doe"))) if title else None,
        sections=sections,
        highlights=highlights,
        references=draw(st.lists(reference(), max_size=3)),
        tags=tags,
        summary=draw(st.one_of(st.none(), text, st.tuples(sentence, sentence).map("\n\n".join))),
        meta_description=draw(st.one_of(st.none(), text)),
        related=draw(st.lists(related(cues), max_size=2)),
        canonical_url=draw(st.one_of(st.none(), url)),
    )


_NOISE = {"span", "heading_span", "title_span", "marker"}


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items() if k not in _NOISE}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return value


FIELDS = {
    "title",
    "byline",
    "sections",
    "highlights",
    "references",
    "tags",
    "summary",
    "meta_description",
    "related",
    "canonical_url",
}


def structure(article: Article) -> Any:
    return _shape(article.model_dump(include=FIELDS))


_settings = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(articles(cues=True))
def test_markdown_round_trip(article: Article) -> None:
    back = ak.parse(article.to_markdown(), format="markdown")
    assert structure(back) == structure(article)


@_settings
@given(articles(cues=True))
def test_markdown_round_trip_is_stable(article: Article) -> None:
    once = article.to_markdown()
    assert ak.parse(once, format="markdown").to_markdown() == once


def test_adjacent_lists_merge_boundary() -> None:
    """Two bulleted lists in a row come back as one; a numbered list next to another list
    keeps apart, in Markdown and in HTML."""
    bullets = [ListBlock(items=[ListItem(text=f"{w} item here.")]) for w in ("One", "Two")]
    art = Article(sections=[Section(blocks=bullets)])
    back = ak.parse(art.to_markdown(), format="markdown")
    blocks = back.sections[0].blocks
    assert len(blocks) == 1 and blocks[0].kind == "list" and len(blocks[0].items) == 2

    first = ListBlock(items=[ListItem(text="One item here.")])
    second = ListBlock(ordered=True, items=[ListItem(text="Two item here.")])
    third = ListBlock(ordered=True, items=[ListItem(text="Three item here.")])
    art = Article(sections=[Section(blocks=[first, second, third])])
    for back in (
        ak.parse(art.to_markdown(), format="markdown"),
        ak.parse(art.to_html(), format="html"),
    ):
        lists = [(b.ordered, [i.text for i in b.items]) for b in back.sections[0].blocks]
        assert lists == [
            (False, ["One item here."]),
            (True, ["Two item here."]),
            (True, ["Three item here."]),
        ]


@st.composite
def flat_articles(draw: Any) -> Article:
    """What plain text can express: a title, one level of headings over paragraphs."""
    sections = [
        Section(
            heading=draw(short.map(lambda s: s.title())),
            blocks=[Paragraph(text=draw(_words(12, 20, rest=word)) + ".")],
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    title = draw(short.map(lambda s: s.title()))
    # a first heading holding every word of the title, and more, restates it: the parser
    # reads it as the title's deck ("Open Science with R" / "Upcoming Book on Open Science
    # with R"), which plain text cannot tell from a heading
    assume(not set(title.casefold().split()) <= set(sections[0].heading.casefold().split()))
    # nor does a first heading that is the title again give or take a word ("Kaka Kaka Kaka
    # Kaka Kalo" / "Kaka Kaka Kaka Kaka Kaka"): a page's headline repeated under its title
    # line heads the body (the news pages' shape), which plain text cannot tell apart either
    assume(not repeats_title(title, sections[0].heading))
    return Article(title=title, sections=sections)


@settings(max_examples=50, deadline=None)
@given(flat_articles())
def test_text_round_trip_flat(article: Article) -> None:
    back = ak.parse(article.to_text(), format="text")
    assert back.title == article.title
    assert structure(back)["sections"] == structure(article)["sections"]


def test_text_cannot_express_code_or_levels() -> None:
    art = Article(
        title="Title",
        sections=[
            Section(
                heading="Part",
                blocks=[CodeBlock(text="x = 1", language="python")],
                subsections=[Section(heading="Sub", level=2)],
            )
        ],
    )
    back = ak.parse(art.to_text(), format="text")
    # the language and the nesting level have no plain-text syntax
    assert all(getattr(b, "language", None) is None for b in back.iter_blocks())
    assert all(s.level == 1 for s in back.iter_sections())
    # Markdown keeps both
    md = ak.parse(art.to_markdown(), format="markdown")
    assert structure(md) == structure(art)
