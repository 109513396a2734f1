"""Round trips on the real articles of ``../shared/corpora``: Article → Markdown / HTML → Article.

For every article of the two corpora (``ropensci_blog``, ``ropensci_seo``: 1,282 real blog
posts rendered to scraped text, each with a ``NAME.truth.json``), a reference Article is
built in one of two ways:

- ``truth``: from the truth file alone — its title (``original_title``), its body blocks in
  order (headings with their Markdown levels nested into a section tree, paragraphs, lists
  with nested items, code, tables) and its special fields (tags, summary, and for the seo
  corpus meta description, references, highlights, related articles); body sections named
  like a special section ("References", "TL;DR") or a UI remnant, and short "Links:" lines
  with the block they open, are set aside as no front end reads them as body — unless
  ``--keep-cues`` keeps them (the Markdown writer marks them literal; the HTML reader does
  not read that mark yet);
- ``parsed``: ``ak.parse(NAME.txt, format="text")``, the Article the text front end reads.

Each reference Article is written with articlekit's own writers and read back:

- ``markdown``: ``ak.parse(a.to_markdown(), format="markdown")``;
- ``html``: ``ak.parse(a.to_html(), format="html")`` (an ``<article>`` fragment);
- ``html-page``: ``ak.parse(a.to_html(standalone=True), format="html")`` (a whole page).

and compared with the reference: heading P/R/F1 (multiset of heading texts, micro-averaged
over the corpus), heading-level accuracy (matched headings in document order must have the
same section level), list-item P/R/F1 (multiset of the texts of every item, nested ones
included), title accuracy (exact), and the share of articles that come back with exactly
the same structure (title, byline, section tree, blocks, references, tags, summary, meta
description, highlights, related — spans and list markers aside, as in
``tests/test_roundtrip.py``). Texts are compared with white space collapsed.

Usage::

    .venv/bin/python benchmarks/roundtrip.py [--shared ../shared] [--source truth|parsed|both]
        [--limit N] [--show N] [--json] [--keep-cues]

``--show N`` prints the first N differences of each kind. The corpus missing is said
plainly and the script exits 0 (benchmarks are not tests).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import CORPORA, DEFAULT_SHARED, machine  # noqa: E402

import articlekit as ak  # noqa: E402
from articlekit.model import (  # noqa: E402
    Article,
    Block,
    CodeBlock,
    ListBlock,
    ListItem,
    Paragraph,
    ReferenceLink,
    RelatedArticle,
    Section,
    TableBlock,
)
from articlekit.parse.special import is_ui_remnant, special_kind  # noqa: E402

OPTIONS = ak.ParseOptions()
#: special-named sections, and headings read as UI remnants, of the truth that the
#: reference Articles leave out
SET_ASIDE = [0, 0]

WRITERS: dict[str, tuple[Callable[[Article], str], str]] = {
    "markdown": (lambda a: a.to_markdown(), "markdown"),
    "html": (lambda a: a.to_html(), "html"),
    "html-page": (lambda a: a.to_html(standalone=True), "html"),
}


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


# --------------------------------------------------------------------------- truth → Article


def _item(raw: dict[str, Any]) -> ListItem:
    children: list[ListItem] = []
    ordered = False
    for child in raw.get("children") or []:
        if child.get("type") == "list":  # a nested list: its items are the children
            ordered = ordered or bool(child.get("ordered"))
            children.extend(_item(c) for c in child.get("items") or [])
        else:
            children.append(_item(child))
    return ListItem(text=raw["text"], children=children, children_ordered=ordered)


def _block(raw: dict[str, Any]) -> Block | None:
    kind = raw["type"]
    if kind == "paragraph":
        return Paragraph(text=raw["text"])
    if kind == "list":
        items = [_item(i) for i in raw["items"]]
        return ListBlock(ordered=bool(raw.get("ordered")), items=items) if items else None
    if kind == "code":
        text = "\n".join(raw["lines"]).strip("\n")
        return CodeBlock(text=text) if text.strip() else None
    if kind == "table":
        return TableBlock(rows=raw["rows"]) if raw["rows"] else None
    return None


def _opener(text: str) -> bool:
    return len(text.split()) <= 5 and special_kind(text, OPTIONS) is not None


class _Open:
    def __init__(self, heading: str | None, md_level: int, depth: int) -> None:
        self.heading = heading
        self.md_level = md_level
        self.depth = depth
        self.blocks: list[Block] = []
        self.subs: list[_Open] = []

    def freeze(self) -> Section:
        return Section(
            heading=self.heading,
            level=self.depth,
            blocks=self.blocks,
            subsections=[s.freeze() for s in self.subs],
        )


def truth_article(truth: dict[str, Any], keep_cues: bool = False) -> Article:
    """The Article the truth file describes (see the module docstring). With ``keep_cues``
    the sections named like a special section or a UI remnant, and the short "Links:"
    lines, stay in the body (only the Markdown writer can say that they are body text)."""
    top: list[_Open] = []
    stack: list[_Open] = []
    lead = _Open(None, 0, 1)
    skip_below: int | None = None  # inside a special-named section: its level
    skip_next = False
    for raw in truth["blocks"]:
        if raw["type"] == "heading":
            level = int(raw["level"])
            if skip_below is not None and level > skip_below:
                continue
            skip_below = None
            if not keep_cues and special_kind(raw["text"], OPTIONS) is not None:
                # "References", "Resources", "Summary"...: articlekit reads such a section
                # as a field, not as body (structure_eval.py sets them aside too)
                skip_below = level
                SET_ASIDE[0] += 1
                continue
            if not keep_cues and is_ui_remnant(raw["text"], OPTIONS):
                # "Related: …" and other interface leftovers of the vocabulary are never
                # headings: the section's text belongs to the section before it
                SET_ASIDE[1] += 1
                continue
            while stack and stack[-1].md_level >= level:
                stack.pop()
            sec = _Open(raw["text"], level, len(stack) + 1)
            (stack[-1].subs if stack else top).append(sec)
            stack.append(sec)
            continue
        if skip_below is not None:
            continue
        if skip_next and raw["type"] in ("list", "paragraph"):
            skip_next = False
            continue
        skip_next = False
        if raw["type"] == "paragraph" and not keep_cues and _opener(raw["text"]):
            # a short "Links:" / "Key Takeaways" line opens a special section (as in
            # plain text): set it and the block it introduces aside
            skip_next = True
            SET_ASIDE[0] += 1
            continue
        block = _block(raw)
        if block is None:
            continue
        target = stack[-1] if stack else lead
        if block.kind == "list" and target.blocks and target.blocks[-1].kind == "list":
            # two lists in a row are one list for every reader of articlekit (the
            # assembler groups consecutive items): the reference says so too
            prev = target.blocks[-1]
            assert isinstance(prev, ListBlock) and isinstance(block, ListBlock)
            target.blocks[-1] = prev.model_copy(update={"items": [*prev.items, *block.items]})
            continue
        target.blocks.append(block)
    sections = ([lead.freeze()] if lead.blocks else []) + [s.freeze() for s in top]
    refs = [
        ReferenceLink(
            title=r["title"],
            source=r.get("source"),
            description=r.get("description"),
            url=r.get("url"),
        )
        for r in truth.get("references") or []
    ]
    related = [
        RelatedArticle(title=r["title"], teaser=r.get("teaser"), truncated=bool(r.get("truncated")))
        for r in truth.get("related") or []
    ]
    return Article(
        title=truth.get("original_title") or truth.get("title"),
        sections=sections,
        tags=list(truth.get("tags") or []),
        summary=truth.get("summary"),
        meta_description=truth.get("meta_description"),
        highlights=list(truth.get("highlights") or []),
        references=refs,
        related=related,
    )


# --------------------------------------------------------------------------- comparison

_NOISE = {"span", "heading_span", "title_span", "marker"}
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
}


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items() if k not in _NOISE}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return value


def structure(article: Article) -> Any:
    """What a round trip must keep (as in tests/test_roundtrip.py)."""
    return _shape(article.model_dump(include=FIELDS))


def _items(items: list[ListItem]) -> Iterator[str]:
    for item in items:
        yield norm(item.text)
        yield from _items(item.children)


def list_items(article: Article) -> list[str]:
    out: list[str] = []

    def visit(blocks: list[Block]) -> None:
        for b in blocks:
            if isinstance(b, ListBlock):
                out.extend(_items(b.items))
            elif b.kind == "quote":
                visit(b.blocks)

    for section in article.iter_sections():
        visit(section.blocks)
    return out


def headings(article: Article) -> list[tuple[str, int]]:
    return [(norm(s.heading), s.level) for s in article.iter_sections() if s.heading is not None]


class Score:
    """Micro-averaged multiset P/R/F1."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, truth: list[Any], pred: list[Any]) -> tuple[Counter[Any], Counter[Any]]:
        t, p = Counter(truth), Counter(pred)
        hit = sum((t & p).values())
        self.tp += hit
        self.fp += sum(p.values()) - hit
        self.fn += sum(t.values()) - hit
        return t - p, p - t

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


class Tally:
    def __init__(self) -> None:
        self.docs = 0
        self.heading = Score()
        self.items = Score()
        self.level_hits = self.level_total = 0
        self.title_hits = 0
        self.identical = 0
        self.failures = 0
        self.examples: dict[str, list[str]] = {}
        self.seconds = 0.0

    def note(self, kind: str, name: str, detail: str, limit: int) -> None:
        bucket = self.examples.setdefault(kind, [])
        if len(bucket) < limit:
            bucket.append(f"{name}: {detail}")

    def add(self, name: str, ref: Article, back: Article | None, show: int) -> None:
        self.docs += 1
        if back is None:
            self.failures += 1
            back = Article()
        missing, extra = self.heading.add(
            [h for h, _ in headings(ref)], [h for h, _ in headings(back)]
        )
        if missing or extra:
            self.note("heading", name, f"lost {list(missing)[:3]} got {list(extra)[:3]}", show)
        # levels of the headings matched in document order
        ours, theirs = headings(ref), headings(back)
        matcher = SequenceMatcher(a=[h for h, _ in ours], b=[h for h, _ in theirs], autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                self.level_total += 1
                self.level_hits += ours[block.a + k][1] == theirs[block.b + k][1]
        missing, extra = self.items.add(list_items(ref), list_items(back))
        if missing or extra:
            self.note("list item", name, f"lost {list(missing)[:2]} got {list(extra)[:2]}", show)
        if norm(ref.title) == norm(back.title):
            self.title_hits += 1
        else:
            self.note("title", name, f"{ref.title!r} -> {back.title!r}", show)
        if structure(ref) == structure(back):
            self.identical += 1
        else:
            self.note("structure", name, _first_difference(structure(ref), structure(back)), show)

    def result(self) -> dict[str, Any]:
        hp, hr, hf = self.heading.prf()
        lp, lr, lf = self.items.prf()
        n = max(1, self.docs)
        return {
            "docs": self.docs,
            "heading_precision": hp,
            "heading_recall": hr,
            "heading_f1": hf,
            "heading_level_accuracy": self.level_hits / self.level_total
            if self.level_total
            else 1.0,
            "list_item_precision": lp,
            "list_item_recall": lr,
            "list_item_f1": lf,
            "title_accuracy": self.title_hits / n,
            "identical_structure": self.identical / n,
            "failures": self.failures,
            "cpu_seconds": self.seconds,
        }


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path or '/'}: {_short(a)} != {_short(b)}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}/{key}")
        return path
    if isinstance(a, list):
        for k, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{path}/{k}")
        return f"{path}: {len(a)} items != {len(b)} items"
    return f"{path}: {_short(a)} != {_short(b)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "..."


# --------------------------------------------------------------------------- main


def load(shared: Path, limit: int) -> list[tuple[str, Path, Path]] | None:
    docs: list[tuple[str, Path, Path]] = []
    for corpus in CORPORA:
        folder = shared / "corpora" / corpus
        if not folder.is_dir():
            return None
        for truth in sorted(folder.glob("*.truth.json")):
            stem = truth.name[: -len(".truth.json")]
            docs.append((f"{corpus}/{stem}", truth, folder / f"{stem}.txt"))
    if limit:
        docs = docs[:limit]
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--source", choices=["truth", "parsed", "both"], default="both")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--show", type=int, default=0, help="print N differences of each kind")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument(
        "--keep-cues",
        action="store_true",
        help="truth references keep their special-named sections and remnant headings in "
        "the body (a test of the Markdown writer's literal mark)",
    )
    args = ap.parse_args(argv)
    docs = load(Path(args.shared), args.limit)
    if not docs:
        print(
            f"corpus not found under {args.shared}/corpora ({', '.join(CORPORA)}: NAME.txt "
            "and NAME.truth.json); pass --shared PATH to the shared folder. Nothing measured."
        )
        return 0
    try:
        import lxml  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError:
        formats = ["markdown"]
        print("the html extra is not installed: only the Markdown round trip is measured")
    else:
        formats = list(WRITERS)
    sources = ["truth", "parsed"] if args.source == "both" else [args.source]
    tallies = {(s, f): Tally() for s in sources for f in formats}
    for name, truth_path, text_path in docs:
        for source in sources:
            if source == "truth":
                truth = json.loads(truth_path.read_text(encoding="utf-8"))
                ref = truth_article(truth, keep_cues=args.keep_cues)
            else:
                ref = ak.parse(text_path.read_text(encoding="utf-8"), format="text")
            for fmt in formats:
                write, read_as = WRITERS[fmt]
                tally = tallies[(source, fmt)]
                start = time.process_time()
                try:
                    back: Article | None = ak.parse(write(ref), format=read_as)  # type: ignore[arg-type]
                except ak.ArticleKitError:
                    back = None
                tally.seconds += time.process_time() - start
                tally.add(name, ref, back, args.show)
    results = {f"{s}/{f}": t.result() for (s, f), t in tallies.items()}
    if args.json:
        extra = {
            "articles": len(docs),
            "machine": machine(),
            "set_aside_special_sections": SET_ASIDE[0],
            "set_aside_remnant_headings": SET_ASIDE[1],
        }
        print(json.dumps({**extra, **results}, indent=2))
        return 0
    print(f"{len(docs)} articles from {', '.join(CORPORA)}; {machine()}")
    if "truth" in sources:
        print(
            f"truth references: {SET_ASIDE[0]} special-named sections and {SET_ASIDE[1]} "
            "headings that read as UI remnants set aside"
        )
    cols = ("heading F1", "level acc", "item F1", "title acc", "identical", "CPU s")
    print(f"{'reference -> format':<24}" + "".join(f"{c:>12}" for c in cols))
    for key, r in results.items():
        cells = [
            r["heading_f1"],
            r["heading_level_accuracy"],
            r["list_item_f1"],
            r["title_accuracy"],
            r["identical_structure"],
        ]
        line = "".join(f"{v:>12.4f}" for v in cells) + f"{r['cpu_seconds']:>12.1f}"
        fail = f"  ({r['failures']} failed)" if r["failures"] else ""
        print(f"{key:<24}{line}{fail}")
    if args.show:
        for (source, fmt), tally in tallies.items():
            for kind, lines in tally.examples.items():
                print(f"\n{source}/{fmt}: {kind} differences (first {len(lines)})")
                for line in lines:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
