"""Format detection: is this input HTML, Markdown or plain text?

Content sniffing weighs evidence rather than reacting to a single character, so a plain-text
article that mentions "#hashtags", "C#" or "a < b" stays plain text:

- **HTML** when the input starts (after a BOM, blanks and comments) with ``<!doctype html``,
  ``<html``, ``<head`` or ``<body``, or when HTML block tags (``<p>``, ``<div>``, ``<h2>``,
  ``<li>``…) with their closing tags cover a real share of the lines;
- **Markdown** when a front-matter header opens the file, or when Markdown-only constructs
  add up: ATX headings (``## Title``) that are not hashtags, fenced code, ``[text](url)``
  links, reference definitions, tables with a ``|---|`` row, setext underlines, emphasis.
  A single weak cue is not enough;
- **text** otherwise.

:func:`format_from_suffix` maps file suffixes for :func:`articlekit.parse_file`.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import PurePath
from typing import Final, Literal

import regex

from .codelike import code_score
from .lines import atx_text_is_paragraph

DetectedFormat = Literal["text", "markdown", "html"]

_HTML_START: Final = regex.compile(
    r"^(?:\ufeff)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    regex.I | regex.S,
)
_HTML_BLOCK: Final = regex.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|table|tr|td|th|blockquote|pre|article|section|"
    r"span|a|br|img|strong|em|main|header|footer|nav)(?:\s[^<>]*)?/?>",
    regex.I,
)
_FRAGMENT_START: Final = regex.compile(
    r"^(?:\ufeff)?\s*(?:<!--.*?-->\s*)*"
    r"<(?:article|main|section|div|p|h[1-6]|ul|ol|table|blockquote|header)(?:\s[^<>]*)?>",
    regex.I | regex.S,
)
_HTML_CLOSE: Final = regex.compile(
    r"</(?:p|div|h[1-6]|ul|ol|li|table|article|section|a|span)>", regex.I
)

_ATX: Final = regex.compile(r"^ {0,3}#{1,6}[ \t]+\S", regex.M)
# (a backtick fence's info string holds no backtick: "```GET /index```" is a code span)
_FENCE: Final = regex.compile(r"^ {0,3}(?:```[^`\n]*+$|~~~)", regex.M)
# (link text without nested brackets, so every "[" is scanned once: linear on "a[a[a[…")
_MD_LINK: Final = regex.compile(r"!?\[[^\[\]\n]++\]\([^)\s]++(?:\s+\"[^\"]*+\")?\)")
_REF_DEF: Final = regex.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+", regex.M)
_TABLE_SEP: Final = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", regex.M)
_EMPHASIS: Final = regex.compile(r"(?<![\w*])\*\*[^*\n]+\*\*(?!\w)|(?<![\w_])__[^_\n]+__(?!\w)")
_CODE_SPAN: Final = regex.compile(r"(?<!`)`[^`\n]+`(?!`)")
_AUTOLINK: Final = regex.compile(r"<https?://[^>\s]+>")
_FRONT: Final = regex.compile(
    r"^(?:\ufeff)?(?:---|\+\+\+)[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.|\+\+\+)", regex.M
)
_FRONT_KEY: Final = regex.compile(
    r"^(?:title|tags|date|author|description|layout)\s*[:=]", regex.M | regex.I
)

#: the first this many characters are enough to decide
SNIFF_CHARS: Final = 100_000

_SUFFIXES: dict[str, DetectedFormat] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mdx": "markdown",
    ".txt": "text",
    ".text": "text",
}


def format_from_suffix(path: str | PurePath) -> DetectedFormat | None:
    """The format a file name promises, or None when its suffix says nothing.

    Compressed-looking double suffixes are not unwrapped.

    Example:
        >>> format_from_suffix("post.md"), format_from_suffix("page.HTML"), format_from_suffix("x")
        ('markdown', 'html', None)
    """
    return _SUFFIXES.get(PurePath(path).suffix.casefold())


def _html_score(text: str) -> float:
    if _HTML_START.match(text) or _FRAGMENT_START.match(text):
        return 1.0
    # (a closing tag first: every one holds "</", which most texts lack, and without one
    # the tags need not be counted, a scan of the whole sample at every "<")
    if "</" not in text:
        return 0.0
    closes = len(_HTML_CLOSE.findall(text))
    if closes == 0:
        return 0.0
    tags = len(_HTML_BLOCK.findall(text))
    if tags < 2:
        return 0.0
    lines = [ln for ln in text.splitlines() if ln.strip()]
    # an article *about* HTML shows its tags on a few code lines among prose lines;
    # in HTML itself the tags run through most lines
    tagged = sum(1 for ln in lines if _HTML_BLOCK.search(ln))
    if tagged < HTML_TAGGED_LINE_SHARE * len(lines):
        return 0.0
    return min(1.0, tags / max(1, len(lines)))


def _markdown_score(text: str) -> float:
    head = text[:2000]
    if _FRONT.match(head) and _FRONT_KEY.search(head):
        return 10.0
    score = 0.0
    lines = text.splitlines()[:2000]
    # (the first blank line settles it: no need to count them all)
    has_blank = any(not ln.strip() for ln in lines)
    # compact scrapes (no blank lines) may use "# " headings too; there only
    # Markdown-only syntax counts, as Markdown would glue their lines together
    compact = not has_blank and len(lines) > 3
    fences = _count(_FENCE, text, ("```", "~~~"))
    links = _prose_links(text, limit=LINK_EVIDENCE_MAX)
    ref_defs = _count(_REF_DEF, text, ("]:",))
    table_seps = _count(_TABLE_SEP, text, ("---",))
    autolinks = _count(_AUTOLINK, text, ("<http",))
    strong = bool(fences or links or ref_defs or table_seps or autolinks)
    # "•" and dash bullets are lists only to the text reader; Markdown glues them into a line
    text_bullets = 0
    if any(bullet in text for bullet in _TEXT_BULLETS):
        text_bullets = sum(1 for ln in lines if _TEXT_BULLET.match(ln))
    headings = 0.0
    if not compact:
        atx = _spaced_atx_headings(text, limit=3)
        if atx and (strong or not _plain_title_over_marked_headings(lines)):
            headings += atx * 1.0
        headings += min(_setext_underlines(lines), 2) * 0.5
        headings += min(_count(_EMPHASIS, text, ("**", "__")), 3) * 0.5
    score += min(fences // 2, 2) * 1.5
    score += links * 1.0
    score += min(ref_defs, 2) * 1.0
    # a pipe table alone is no sign of Markdown: scrapers print tables so in plain text too,
    # and the text reader reads them ("Cookie Use" / "1. What are cookies?" / "| a | b |")
    if table_seps and (fences or links or ref_defs or autolinks or headings):
        score += 2.0
    score += min(_count(_CODE_SPAN, text, ("`",)), 3) * 0.5
    score += min(autolinks, 2) * 1.0
    best = score + headings - BARE_CODE_PENALTY * text_bullets
    if best < MARKDOWN_THRESHOLD:
        return best  # not Markdown whatever the code lines say: skip scoring them
    if compact:
        # one paragraph per line with no blank line between: Markdown would glue them all
        # into one paragraph, which no Markdown writer means
        best -= PARAGRAPH_LINE_PENALTY * _paragraph_lines(
            lines, limit=int(best / PARAGRAPH_LINE_PENALTY) + 1
        )
        if best < MARKDOWN_THRESHOLD:
            return best
    bare_code = _bare_code_lines(lines, limit=int(best / BARE_CODE_PENALTY) + 1)
    if strong or bare_code == 0:
        # "# comment" lines of scraped code look like headings: they count only beside
        # Markdown-only syntax, or when no bare code surrounds them
        score += headings
    return score - BARE_CODE_PENALTY * (bare_code + text_bullets)


def _plain_title_over_marked_headings(lines: list[str]) -> bool:
    """Does the text open with a title printed without marks ("Changelog", blank, then "##
    [1.4.0] - 2024-03-02" headings)? A Markdown writer marks the title ("# Changelog") or
    puts it in front matter; a scraper printed the page's title as a line and kept the "#"
    marks of the headings below it only, so those marks are no sign of Markdown."""
    first = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if first is None or first + 1 >= len(lines) or lines[first + 1].strip():
        return False
    title = lines[first].strip()
    return (
        title[:1].isalnum()
        and len(title.split()) <= PLAIN_TITLE_MAX_WORDS
        and not title.endswith((*_SENTENCE_ENDS, ":", ","))
        and not _MARKDOWN_LINE.search(title)
        and not _EMPHASIS.search(title)
    )


def _spaced_atx_headings(text: str, limit: int) -> int:
    """ "# Heading" lines with a blank line (or the text's start) above them, counted up to
    ``limit``. Markdown writers set a heading apart from what is above it; a "# One liner
    with Pixi" glued under a line is a comment of scraped code."""
    if "#" not in text:
        return 0
    count = 0
    for m in _ATX.finditer(text):
        start = m.start()
        if start > 0 and text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip():
            continue
        # "### What to expect As the blog grows, ... content. Overviews ...": a paragraph
        # behind a heading's unrendered "###" is no sign that the text is written in Markdown
        end = text.find("\n", start)
        if atx_text_is_paragraph(text[m.end() - 1 : end if end >= 0 else len(text)]):
            continue
        count += 1
        if count >= limit:
            break
    return count


def _count(pattern: regex.Pattern[str], text: str, needles: tuple[str, ...]) -> int:
    """Matches of ``pattern``; a text without any of the substrings the pattern needs is not
    scanned (a scan costs far more than a substring test)."""
    if not any(needle in text for needle in needles):
        return 0
    return len(pattern.findall(text))


def _prose_links(text: str, limit: int) -> int:
    """``[text](url)`` links outside code, counted up to ``limit``: in a scraped command
    ("kfctl apply -f [config.yaml](https://…)") the page's link survived inside the code,
    which says nothing of how the text around it is written."""
    if "](" not in text:
        return 0
    count = 0
    for seen, m in enumerate(_MD_LINK.finditer(text)):
        if seen >= LINKS_EXAMINED_MAX:
            break  # (a text of links in code, and links no more: no Markdown evidence)
        # what stands before the link on its line, a few words back at most: the command
        lo = max(0, m.start() - LINK_PREFIX_MAX_CHARS)
        newline = text.rfind("\n", lo, m.start())
        before = text[newline + 1 if newline >= 0 else lo : m.start()]
        if before.strip() and code_score(before) >= BARE_CODE_SCORE:
            continue
        count += 1
        if count >= limit:
            break
    return count


def _paragraph_lines(lines: list[str], limit: int) -> int:
    """Lines that follow a finished sentence on the line right above, neither of them a
    Markdown block (heading, list item, quote, table row, tag), counted up to ``limit``:
    without a blank line between, Markdown would glue them into one paragraph."""
    count = 0
    for above, line in pairwise(lines):
        if (
            above.rstrip().endswith(_SENTENCE_ENDS)
            and line[:1].isupper()
            and not _MARKDOWN_BLOCK.match(above)
            and not _MARKDOWN_BLOCK.match(line)
        ):
            count += 1
            if count >= limit:
                break
    return count


_SENTENCE_ENDS: Final = (".", "!", "?", ".)", '."', ".\u201d")


def _setext_underlines(lines: list[str]) -> int:
    """Setext underlines: lines of "===" or "---" right under a line of text (counted line
    by line: a multi-line pattern over the whole text is slow)."""
    count = 0
    for above, line in pairwise(lines):
        if (
            line[:4].lstrip(" ")[:1] in ("=", "-")
            and _SETEXT_UNDERLINE.fullmatch(line)
            and above.lstrip(" \t")[:1].strip()
        ):
            count += 1
    return count


_SETEXT_UNDERLINE: Final = regex.compile(r" {0,3}(?:=++|-{2,}+)[ \t]*+")
_MARKDOWN_LINE: Final = regex.compile(
    r"^\s*(?:\||#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|<)|\]\(|`", regex.V1
)


_MARKDOWN_BLOCK: Final = regex.compile(r"\s*(?:\||#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|<)")


_TEXT_BULLETS: Final = "•◦▪‣–—"
_TEXT_BULLET: Final = regex.compile(rf"^\s*[{_TEXT_BULLETS}]\s")


def _bare_code_lines(lines: list[str], limit: int) -> int:
    """Lines of code outside fences and indented blocks (lines with Markdown syntax excepted),
    counted up to ``limit``."""
    count = 0
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or not line.strip() or line.startswith(("    ", "\t")):
            continue
        if _MARKDOWN_LINE.search(line):
            continue
        if code_score(line) >= BARE_CODE_SCORE:
            count += 1
            if count >= limit:
                break
    return count


#: a title line printed without marks above "#" headings runs this many words at most
PLAIN_TITLE_MAX_WORDS: Final = 12
#: Markdown evidence needed; one heading line or one link alone is not enough
MARKDOWN_THRESHOLD: Final = 2.0
#: ``[text](url)`` links counted as evidence at most; links looked at at most, and how far
#: back on its line the code before a link is looked for (each link costs a bounded time)
LINK_EVIDENCE_MAX: Final = 3
LINKS_EXAMINED_MAX: Final = 200
LINK_PREFIX_MAX_CHARS: Final = 120
#: each line of a text without blank lines that starts a new paragraph right under a
#: finished sentence outweighs this much Markdown evidence (see _paragraph_lines)
PARAGRAPH_LINE_PENALTY: Final = 1.0
#: each unfenced, unindented line of code outweighs this much Markdown evidence: Markdown
#: keeps code in fences or indented blocks, while scraped text shows it bare (and an
#: article about Markdown shows Markdown syntax on those very code lines)
BARE_CODE_PENALTY: Final = 1.0
#: (plain-text bullet lines such as "• item" weigh the same against Markdown)
#: code_score from which a line counts as bare code
BARE_CODE_SCORE: Final = 2.0
HTML_THRESHOLD: Final = 0.2
#: Markdown evidence that outweighs any amount of HTML tags (the bodies of the 181 pages of
#: the article-extraction benchmark score 1.5 at most)
MARKDOWN_OVER_HTML: Final = 3.0
#: share of non-blank lines that must carry an HTML tag when the input does not open with one
HTML_TAGGED_LINE_SHARE: Final = 0.3


_READER_MARKDOWN: Final = regex.compile(r"^Markdown Content:[ \t]*$", regex.MULTILINE)


def detect_format(text: str) -> DetectedFormat:
    """Tell HTML, Markdown and plain text apart by their content.

    Example:
        >>> detect_format("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        'html'
        >>> detect_format("# Title\\n\\nSome *text* with a [link](https://x.org).\\n")
        'markdown'
        >>> detect_format("Price < 5 and #deals today.\\n\\nMore text.")
        'text'
    """
    sample = text[:SNIFF_CHARS]
    if sample.startswith("Title:") and _READER_MARKDOWN.search(sample):
        return "markdown"  # a reader service's "Title: …" header, then "Markdown Content:"
    if _HTML_START.match(sample):
        return "html"
    markdown = _markdown_score(sample)
    if markdown >= MARKDOWN_OVER_HTML:
        # Markdown may hold raw HTML (a post's "<div class='highlight'>" code, its
        # "<img>" tags) in any amount; a web page shows no "## " headings, fences or
        # "[text](url)" links outside its <pre> blocks
        return "markdown"
    if _html_score(sample) >= HTML_THRESHOLD:
        return "html"
    if markdown >= MARKDOWN_THRESHOLD:
        return "markdown"
    return "text"
