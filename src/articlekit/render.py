"""Writers: Article -> plain text / Markdown. They know nothing about parsing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from articlekit.model import Article, Block, ListItem, Section


def _item_lines(items: list[ListItem], ordered: bool, depth: int, indent: int) -> Iterator[str]:
    for n, item in enumerate(items, start=1):
        marker = f"{n}." if ordered else "-"
        yield " " * (indent * depth) + f"{marker} {item.text}"
        if item.children:
            yield from _item_lines(item.children, item.children_ordered, depth + 1, indent)


def _block_lines(block: Block, markdown: bool) -> list[str]:
    if block.kind == "paragraph":
        return [block.text]
    if block.kind == "list":
        lines = [f"{block.lead_in}:"] if block.lead_in else []
        lines += list(_item_lines(block.items, block.ordered, 0, 3 if markdown else 2))
        return lines
    if block.kind == "code":
        if markdown:
            fence = "```" if "```" not in block.text else "~~~~"
            return [fence + (block.language or ""), *block.text.split("\n"), fence]
        return block.text.split("\n")
    if block.kind == "table":
        if markdown and block.rows:
            width = max(len(r) for r in block.rows)
            rows = [r + [""] * (width - len(r)) for r in block.rows]
            out = [
                "| " + " | ".join(c.replace("|", "\\|") for c in rows[0]) + " |",
                "|" + "|".join(["---"] * width) + "|",
            ]
            out += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows[1:]]
            return out
        return ["\t".join(r) for r in block.rows]
    inner: list[str] = []
    for sub in block.blocks:
        inner += _block_lines(sub, markdown)
    return ["> " + ln if ln else ">" for ln in inner]


def _section_chunks(section: Section, markdown: bool, depth_offset: int) -> Iterator[list[str]]:
    if section.heading is not None:
        if markdown:
            yield ["#" * min(section.level + depth_offset, 6) + " " + section.heading]
        else:
            yield [section.heading]
    for block in section.blocks:
        yield _block_lines(block, markdown)
    for sub in section.subsections:
        yield from _section_chunks(sub, markdown, depth_offset)


def body_text(article: Article) -> str:
    """Headings and blocks of the body, blank-line separated."""
    chunks = [c for s in article.sections for c in _section_chunks(s, False, 0)]
    return "\n\n".join("\n".join(c) for c in chunks)


def _special_chunks(article: Article, markdown: bool) -> Iterator[list[str]]:
    def head(name: str) -> list[str]:
        return [("## " if markdown else "") + name]

    if article.references:
        yield head("Reference Links")
        lines = []
        for ref in article.references:
            parts = [ref.title] + [p for p in (ref.source, ref.description) if p]
            text = " - ".join(parts)
            if ref.url and ref.url != ref.title:
                text += f" ({ref.url})"
            lines.append(f"- {text}")
        yield lines
    if article.tags:
        yield ["Tags: " + ", ".join(article.tags)]
    if article.summary:
        yield head("Summary")
        yield [article.summary]
    if article.meta_description:
        yield head("Meta Description")
        yield [article.meta_description]
    if article.related:
        yield head("Related Articles")
        for rel in article.related:
            yield [("### " if markdown else "") + rel.title]
            if rel.teaser:
                yield [rel.teaser]


def _document(article: Article, markdown: bool) -> list[list[str]]:
    chunks: list[list[str]] = []
    if article.title:
        chunks.append([("# " if markdown else "") + article.title])
    if article.byline:
        chunks.append([f"By {article.byline}"])
    if article.published:
        chunks.append([f"Published {article.published}"])
    if article.highlights:
        chunks.append([("## " if markdown else "") + "Highlights"])
        chunks.append([f"- {h}" for h in article.highlights])
    offset = 1 if markdown else 0
    for section in article.sections:
        chunks.extend(_section_chunks(section, markdown, offset))
    chunks.extend(_special_chunks(article, markdown))
    return [c for c in chunks if c]


def to_markdown(article: Article) -> str:
    """CommonMark: ``#`` title, body headings one level below, special fields as sections."""
    return "\n\n".join("\n".join(c) for c in _document(article, True)) + "\n"


def to_text(article: Article, layout: Literal["spaced", "compact"] = "spaced") -> str:
    """Plain text in the spaced (blank-line separated) or compact (no blank line) layout."""
    sep = "\n\n" if layout == "spaced" else "\n"
    chunks = _document(article, False)
    if layout == "compact":
        chunks = [[ln for ln in c if ln.strip()] for c in chunks]
    return sep.join("\n".join(c) for c in chunks if c) + "\n"
