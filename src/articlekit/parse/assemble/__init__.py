"""The assembler: a list of RawBlocks in, one Article out, for every front end.

It walks the blocks once. Each block lands in exactly one place: the title, a section
heading, a body block, a special field (references, tags, summary, meta description,
highlights, related articles, byline, date) or ``removed``; that is what makes the
"nothing is lost" invariant hold by construction.

``front.py`` takes the title, the furniture above it, the byline and the date;
``specials.py`` routes the rest (special sections, fields, remnants) and leaves the body;
``sections.py`` builds the body's sections; ``document.py`` holds what the walk gathers.
"""

from __future__ import annotations

from articlekit.model import Article, ParseWarning, SourceFormat
from articlekit.options import ParseOptions
from articlekit.parse.assemble.document import Doc
from articlekit.parse.assemble.front import (
    dek_as_heading,
    leading_menu,
    opens_comments,
    reads_as_closing_credit,
    reads_as_front_matter,
    subtitle,
    take_closing_credit,
    take_dateline_date,
    take_front_matter,
    take_title,
    without_link,
)
from articlekit.parse.assemble.sections import build_sections, collect_links
from articlekit.parse.assemble.specials import per_item_fields, route
from articlekit.parse.blocks import RawBlock
from articlekit.parse.special import dedupe_tags

#: what the front ends and the renderer use
__all__ = [
    "assemble",
    "leading_menu",
    "opens_comments",
    "reads_as_closing_credit",
    "reads_as_front_matter",
]


def assemble(
    source: str,
    blocks: list[RawBlock],
    options: ParseOptions,
    source_format: SourceFormat = "text",
    warnings: list[ParseWarning] | None = None,
) -> Article:
    """Build the Article from the blocks a front end produced for ``source``."""
    doc = Doc(source=source, options=options, warnings=list(warnings or []))
    doc.markup_between = source_format == "html"
    for position, block in enumerate(blocks):
        block.position = position
    doc.per_item = per_item_fields(blocks, options)
    start = take_title(doc, blocks)
    if doc.title is not None and subtitle(doc, blocks, start):
        doc.body.append(blocks[start])  # the dek stays the article's first line of text
        start += 1
    elif doc.title is not None and dek_as_heading(doc.title, blocks, start):
        block = blocks[start]
        block.kind, block.cue, block.level = "paragraph", None, None
        doc.body.append(block)
        start += 1
    start = take_front_matter(doc, blocks, start)
    route(doc, blocks, start)
    if doc.published is None:
        take_dateline_date(doc)
    take_closing_credit(doc)
    sections = build_sections(doc)
    links = collect_links(doc.field_links + doc.body)
    return Article(
        source_format=source_format,
        title=doc.title,
        title_span=doc.title_span,
        byline=without_link(doc.byline),
        published=doc.published,
        sections=sections,
        highlights=doc.highlights,
        references=doc.references,
        links=links,
        tags=dedupe_tags(doc.tags),
        summary="\n\n".join(doc.summary) or None,
        meta_description=" ".join(doc.meta) or None,
        related=doc.related,
        removed=doc.removed,
        warnings=doc.warnings,
        field_sources=doc.sources,
    )
