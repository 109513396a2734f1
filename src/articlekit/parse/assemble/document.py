"""What the assembler gathers as it walks the blocks (the document in progress), and its
thresholds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import cast

import regex

from articlekit.model import (
    FieldName,
    FieldSource,
    Paragraph,
    ParseWarning,
    ReferenceLink,
    RelatedArticle,
    Removed,
    RemovedReason,
    Section,
    Span,
)
from articlekit.options import ParseOptions
from articlekit.parse.blocks import RawBlock

#: a first line this long, in sentence case and ending in "!" or "?", is the article's
#: opening sentence ("Dear friends, it's time for our monthly roundup!"), not its title
TITLE_SENTENCE_MIN_WORDS = 8


#: "Community Call v12 - How do I…?", "Release 2: What's new?": a title with a subtitle
TITLE_SEPARATOR = regex.compile(r"\s[-\u2013\u2014|]\s|:\s")


#: a sentence's end inside a line, then the next sentence or an attribution
SENTENCE_INSIDE = regex.compile(
    r"\p{Ll}[.!?][\"'\u201d\u2019]?\s+(?:[-\u2013\u2014]\s+)?[\p{Lu}\"'\u201c\u2018]"
)


BYLINE_MAX_WORDS = 8


#: a line giving both byline and date ("Posted by jdoe on 12 Jan 2024") is this short
BYLINE_AND_DATE_MAX_WORDS = 16


#: a line under a tags heading with no comma is one tag of at most this many words
TAG_LINE_MAX_WORDS = 4


#: a related article given by its title alone, one per line, has at most this many words
RELATED_BARE_TITLE_MAX_WORDS = 14


#: a first line standing alone is a title up to this long
TITLE_MAX_WORDS = 30


#: a first line standing alone that ends in "." is still the title when this share of its
#: words is capitalised (a sentence has few capitals)
TITLE_CASE_SENTENCE_MIN_RATIO = 0.8


TITLE_MAX_CHARS = 220


#: how many blocks after the title may still be a byline or date line
FRONT_MATTER_WINDOW = 4


#: a table of contents lists at least this many of the article's headings
TOC_MIN_ENTRIES = 2


#: how many blocks at the end of the body may hold a closing credit ("Reporting by …")
CREDIT_WINDOW = 3


#: how many lines of page furniture ("Advertisement", "Press release") may stand above the title
TITLE_FURNITURE_MAX = 3


@dataclass
class Doc:
    """What the assembler has gathered so far."""

    source: str
    options: ParseOptions
    title: str | None = None
    title_span: Span | None = None
    byline: str | None = None
    published: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    references: list[ReferenceLink] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    sources: list[FieldSource] = field(default_factory=list)
    body: list[RawBlock] = field(default_factory=list)
    #: tags stand between the blocks of this source (HTML); elsewhere a line of markup
    #: between two blocks (a Markdown comment) is set aside on its own
    markup_between: bool = False
    #: one-value fields whose "Key: value" line recurs: fields of the items an article lists
    #: (each project of a roundup with its "Summary: …"), not of the article
    per_item: frozenset[str] = frozenset()
    #: how many lines hold the title beside a number (counted once, when first asked)
    numbered_titles: int | None = None
    #: how many times each short line's name stands alone (counted once, when first asked)
    story_buttons: Counter[str] | None = None
    #: field lines whose links go into ``links`` with the body's (a byline's home page)
    field_links: list[RawBlock] = field(default_factory=list)

    def note(self, name: FieldName, block: RawBlock) -> None:
        self.sources.append(FieldSource(field=name, span=block_span(block)))
        if name == "byline" and block.links:
            self.field_links.append(block)  # "Jane Doe (https://…)": the link is kept

    def remove(self, block: RawBlock, reason: RemovedReason, detail: str | None = None) -> None:
        self.removed.append(
            Removed(text=block.text, reason=reason, detail=detail, span=block_span(block))
        )


# The models an article makes one of for every short line (a Span, a Paragraph, a Section)
# are validated as Model(...) validates them, by a direct call of their validator:
# BaseModel.__init__ was a third of their cost.
validate_span = Span.__pydantic_validator__.validate_python


validate_paragraph = Paragraph.__pydantic_validator__.validate_python


validate_section = Section.__pydantic_validator__.validate_python


def block_span(block: RawBlock) -> Span:
    return cast(Span, validate_span({"start": block.start, "end": block.end}))
