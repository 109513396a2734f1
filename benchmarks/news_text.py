"""Article structure from the plain text a scraper makes of real news and blog pages.

The 181 pages of the article-extraction benchmark (``../shared/data/article-extraction-
benchmark``: news sites, magazines, company and personal blogs) are turned into the plain
text a scraping pipeline produces: trafilatura's own text output (``output_format="txt"``,
one line per paragraph, heading and "- " list item), with the page's title on the first
line when the text does not already open with it. That is the ``compact`` layout; the
``spaced`` layout is the same lines with a blank line between blocks (as newspaper-style
extractors write them; the items of one list and the rows of one table stay together).

The truth of each page comes from the page's own markup, through trafilatura's XML output
of the same extraction: every ``<head>`` (an ``<h1>``–``<h6>`` of the article) that is a
whole line of the text is a heading, except the title line itself; every ``<item>`` that is
a "- " line is a list item; the ``<p>`` elements give the paragraph count; the title is the
page's metadata title. This is the convention of ``../shared/corpora``: an ``<h1>`` that
repeats the headline under the title line ("Headline - Site", then "Headline") is a
heading of the body. Headings inside list items (a "related stories" list of headlines)
are not whole lines of the text and are not counted. The markup is the author's, not a
reader's: a standfirst set in ``<h2>`` under the headline counts as a heading, and a
subhead set in bold (``<p><strong>``) does not.

The rendered pages (``NAME.txt`` + ``NAME.truth.json``, as ``../shared/corpora`` holds them)
are scored with ``../shared/corpora/structure_eval.py`` for articlekit and, when it can be
imported (the benchmark environment, see README.md), for unstructured's ``partition_text``
on the same texts in the same run.

Usage::

    /work/bench-venv/bin/python benchmarks/news_text.py [--shared ../shared] [--out DIR]
        [--peer unstructured|none] [--show N]

Needs the ``html`` extra (trafilatura, lxml) to render the pages; ``--show N`` prints the
headings articlekit misses or adds on the N pages where it misses most.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, cast

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
DATA = Path("data") / "article-extraction-benchmark"
LAYOUTS = ("compact", "spaced")
#: trafilatura's options for both outputs: its defaults, with tables (an article's own)
EXTRACT_OPTIONS: dict[str, Any] = {"include_tables": True, "include_comments": False}


def _squash(text: str) -> str:
    return " ".join(text.split())


def render_page(html: str) -> tuple[list[str], dict[str, Any]] | None:
    """(the text's lines, the truth) of one page, or None when trafilatura finds no body."""
    import trafilatura
    from lxml import etree

    txt = trafilatura.extract(html, output_format="txt", **EXTRACT_OPTIONS)
    xml = trafilatura.extract(html, output_format="xml", with_metadata=True, **EXTRACT_OPTIONS)
    if not txt or not xml:
        return None
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        return None
    lines = [line.rstrip() for line in txt.split("\n")]
    title = _squash(root.get("title") or "") or None
    title_added = bool(title) and _squash(lines[0]) != title
    if title_added:
        lines.insert(0, cast(str, title))
    whole = Counter(_squash(line) for line in lines)
    whole_items = Counter(_squash(line[2:]) for line in lines if line.startswith("- "))

    headings: list[dict[str, Any]] = []
    title_line_seen = title_added
    for head in main.iter("head"):
        text = _squash("".join(head.itertext()))
        if not text or whole[text] == 0:
            continue  # inside a list item or a table cell: not a line of its own
        if not title_line_seen and text == title:
            title_line_seen = True  # the text's first line, the title
            continue
        whole[text] -= 1
        rend = head.get("rend") or "h2"
        level = int(rend[1]) if rend[:1] == "h" and rend[1:2].isdigit() else 2
        headings.append({"text": text, "level": level})
    items: list[str] = []
    for item in main.iter("item"):
        text = _squash("".join(item.itertext()))
        if text and whole_items[text] > 0:
            whole_items[text] -= 1
            items.append(text)
    truth = {
        "title": title,
        "headings": headings,
        "list_items": items,
        "paragraphs_count": sum(1 for _ in main.iter("p")),
        "tags": [],
        "summary": None,
        "code_blocks_count": sum(1 for _ in main.iter("code")),
        "url": root.get("url"),
        "sitename": root.get("sitename"),
    }
    return lines, truth


def spaced(lines: list[str]) -> list[str]:
    """The same lines with a blank line between blocks; a list's items and a table's rows
    stay together."""
    out: list[str] = []
    for line in lines:
        together = (
            any(line.startswith(m) and out[-1].startswith(m) for m in ("- ", "|")) if out else False
        )
        if out and not together:
            out.append("")
        out.append(line)
    return out


def render(shared: Path, out: Path) -> int:
    """Write both layouts of every page under ``out``; return how many pages had a body."""
    pages = sorted((shared / DATA / "html").glob("*.html.gz"))
    done = 0
    for page in pages:
        name = page.name.removesuffix(".html.gz")[:16]
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        rendered = render_page(html)
        if rendered is None:
            continue
        lines, truth = rendered
        done += 1
        for layout in LAYOUTS:
            text = "\n".join(lines if layout == "compact" else spaced(lines)) + "\n"
            stem = out / f"{name}-{layout}"
            stem.with_suffix(".txt").write_text(text, encoding="utf-8")
            record = {"name": stem.name, "style": layout, "chars": len(text), **truth}
            stem.with_suffix(".truth.json").write_text(
                json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    return done


def _peer_available(peer: str) -> bool:
    if peer == "none":
        return False
    try:
        importlib.import_module("unstructured.partition.text")
    except Exception as exc:  # unstructured is absent, or fails on import
        print(f"(unstructured not importable here: {exc}; articlekit alone)")
        return False
    return True


def show_misses(structure_eval: Any, corpus: Path, worst: int) -> None:
    """The headings articlekit misses (FN) or adds (FP) on the pages where it errs most."""
    import articlekit as ak

    rows = []
    for name, text, truth in structure_eval.load_corpus(str(corpus)):
        if truth["style"] != "compact":
            continue
        want = Counter(structure_eval.norm(h["text"]) for h in truth["headings"])
        art = ak.parse(text)
        got = Counter(structure_eval.norm(s.heading) for s in art.iter_sections() if s.heading)
        misses = [("FN", h) for h in (want - got).elements()]
        misses += [("FP", h) for h in (got - want).elements()]
        if misses:
            rows.append((len(misses), name, truth.get("sitename"), misses))
    for n, name, site, misses in sorted(rows, key=lambda r: -r[0])[:worst]:
        print(f"--- {name} ({site}): {n}")
        for kind, heading in misses:
            print(f"  {kind}: {heading[:110]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, help="keep the rendered pages here (default: a temp dir)")
    ap.add_argument("--peer", choices=("unstructured", "none"), default="unstructured")
    ap.add_argument("--show", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    if not (args.shared / DATA / "html").is_dir():
        print(f"{args.shared / DATA} not found: pass --shared PATH. Nothing measured.")
        return 0
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("rendering the pages needs trafilatura: pip install 'articlekit[html]'")
        return 0
    sys.path.insert(0, str(args.shared / "corpora"))
    structure_eval = importlib.import_module("structure_eval")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.out or Path(tmp)
        corpus.mkdir(parents=True, exist_ok=True)
        pages = render(args.shared, corpus)
        print(f"{pages} pages rendered in two layouts into {corpus}")
        adapters = ["articlekit"] + (["unstructured"] if _peer_available(args.peer) else [])
        for adapter in adapters:
            structure_eval.main(["--adapter", adapter, "--corpus", str(corpus), "--quiet"])
            print()
        if args.show:
            show_misses(structure_eval, corpus, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
