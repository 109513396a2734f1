"""Long-running fuzzing of the parser with Hypothesis (the CI property tests run the same
invariants with few examples: tests/test_properties.py, tests/test_fuzz_regressions.py).

    python fuzz/fuzz_parse.py [--minutes 5] [--batch 500] [--formats text,auto,markdown]
    nice -n 10 .venv/bin/python fuzz/fuzz_parse.py --minutes 10

Each round runs every target for ``--batch`` fresh random examples, until the time is up.
A failure is shrunk by Hypothesis to a small input and printed (and saved in
``fuzz/.hypothesis``, so a re-run tries it first); the run goes on with the other targets
and stops that target after ``--max-failures`` distinct failures. Exit code 1 when anything
failed. Invariants (DESIGN.md):

* no exception but ``InputError``, and ``InputError`` only for NUL characters (str) or
  binary-looking / over-limit data (bytes);
* every non-blank line is accounted for exactly once, and every span lies inside the input
  and covers its element's text (the text and the auto-detected front ends);
* the JSON round trip is exact; parsing twice gives the same Article;
* bytes in UTF-8 parse like the str they encode (unless refused as binary).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.helpers

from tests.helpers import (  # noqa: E402
    SHAPES_ELEVENTH_SESSION,
    SHAPES_FOURTEENTH_SESSION,
    SHAPES_NINTH_SESSION,
    SHAPES_TENTH_SESSION,
    SHAPES_THIRTEENTH_SESSION,
    assert_accounted,
    assert_spans_valid,
)

import articlekit as ak  # noqa: E402

# --------------------------------------------------------------------------- the inputs

#: line shapes of scraped articles (the parser's vocabulary) ...
PIECES = [
    "Introduction",
    "Background: From Experiment to Infrastructure",
    "Key Takeaways",
    "Key takeaways:",
    "Reference Links",
    "References",
    "Sources:",
    "Further reading",
    "Explore more",
    "Related Articles",
    "Most read",
    "\u25a0 \u306f\u3058\u3081\u306b",
    "\u30bf\u30b0\uff1aPython\u3001\u7d71\u8a08",
    "2025\u5e743\u67083\u65e5\u3000\u5c71\u7530\u592a\u90ce",
    '{{< figure src="a.png" >}}',
    "{% include toc.html %}",
    "[1] Smith, A. Reusable data. 2022.",
    "More from Local News",
    "Why small ovens are winning back the high street",
    "Maya Lindqvist",
    "Apr 14, 2025",
    "142 Likes",
    "Thanks for reading The Ledger! Subscribe for free.",
    "Ana Costa, Ben Okafor and Chen Wei",
    "Live reporting by Tom Hale",
    "Image caption, Waves crashed over the wall",
    "(AP Photo/Jose Ruiz)",
    "+1 (555) 010-2334",
    "**Relevance is a product decision**",
    "Framework    Requests/s    Latency (ms)",
    "Flask        2,400         41",
    "\u00a9 2025 The Harbour Daily. All rights reserved.",
    "Overview[edit]",
    "History [edit source]",
    "Contents",
    "1 Overview",
    "^ Smith J (2001). Title.",
    "12 Comments",
    "2 thoughts on \u201cA post\u201d",
    "Leave a Reply",
    "Anna K. says:",
    "Facebook X LinkedIn Email",
    "Prep time: 10 min | Cook time: 1 h",
    "Acme \u00b7 Berlin \u00b7 Full-time",
    "March 2, 2025 by Tom Berg",
    "June 12, 2025 at 6:45 p.m. EDT",
    "Further reading: Guide (https://example.org/g)",
    "Von Anna Schmidt",
    "Veröffentlicht am 4. März 2025",
    "Schlagwörter: a, b",
    "Use drop_duplicates:",
    "Summary",
    "Summary:",
    "Meta Description",
    "Article Highlights",
    "Tags: a, b, a",
    "Tags:",
    "Keywords: x; y",
    "#one #two #three",
    "Off On",
    "Share this article",
    "Click here to subscribe",
    "For Readers:",
    "For City Budgets",
    "The scheme works because:",
    "- item one",
    "- ",
    "  - nested item",
    "    * deeper",
    "\t- tab item",
    "1. first",
    "2) second",
    "(3) third",
    "a) letter",
    "iv. roman",
    "• bullet",
    "● other bullet",
    "— dash item",
    "A sentence that ends properly.",
    "A question?",
    "A Short Heading Line",
    "ALL CAPS HEADING",
    "1.2 Numbered Heading",
    "Step 3: Do It",
    "=====",
    "-----",
    "* * *",
    "___",
    "# Atx",
    "## Atx two ##",
    "###### six",
    "####### seven",
    "> quoted text",
    ">",
    ">> nested quote",
    "> head(df)",
    "== Wiki Heading ==",
    "=== Sub ===",
    "= x =",
    "==",
    "12     Rotation Grazing",
    "Page 3 of 40",
    "Copyright 2025 Acme. All rights reserved.",
    "Jump to Recipe Print Recipe",
    "$ go run .",
    "hello",
    "greet.go:23: unreachable func: f",
    "FROM golang",
    "      run: npm install x -g",
    "Sam (first-timer)",
    '{{image "x.png" 8}}',
    "Cook Time: 30 minutes",
    "Received: 1 May 2024 / Published online: 3 June 2024",
    "Department of Soils, Northern University",
    "Acme · Berlin (Hybrid)",
    "Viewed 14k times",
    "(541) 555-0142",
    "```",
    "```python",
    "~~~",
    "    indented code()",
    "x <- f(1, 2)",
    "def f(x): return x",
    "if (a) { b; }",
    "SELECT * FROM t;",
    "Title - Source - Description",
    "Title – Source – Description",
    "Text (https://example.org/x)",
    "see (http://a.b/c_(d)) and (www.x.org)",
    "[link](http://example.com) ![img](a.png)",
    "<div>html</div>",
    "<p>para <b>bold</b></p>",
    "<!-- comment -->",
    "By Jane Doe",
    "Published 1 May 2024",
    "Updated: 2024-05-01",
    "a | b | c",
    "|---|---|",
    "c\td\te",
    "key: value",
    "---",
    "title: Front Matter",
    "+++",
    "Read more…",
    "The teaser stops mid-sen",
    "",
    "   ",
    "\t",
    "\u00a0",
    "\u200b",
    *SHAPES_NINTH_SESSION,
    *SHAPES_TENTH_SESSION,
    *SHAPES_ELEVENTH_SESSION,
    *SHAPES_THIRTEENTH_SESSION,
    *SHAPES_FOURTEENTH_SESSION,
]
#: ... and what the web adds to them
NOISE = [
    "\u00a0",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\u202e",  # right-to-left override
    "\u0301",  # combining acute
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1eb\U0001f1f7",
    "\u4e2d\u6587",
    "\u0645\u0642\u0627\u0644",
    "\u05e2\u05d1\u05e8\u05d9\u05ea",
    "\x01",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x0b",
    "\x0c",
    "\x1c",
    "\u2028",
    "\u2029",
    "\r",
    "\ud800",  # a lone surrogate (str only: not encodable)
    ":",
    "\uff1a",
    "*",
    "#",
    "(",
    ")",
    "[",
    "]",
    "http://",
    "www.",
    "  ",
    "\t",
]

SEPARATORS = st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\u2028", "\n \n", "\n\t\n"])


@st.composite
def lines(draw: Any) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 4:
        line = draw(st.sampled_from(PIECES))
    elif kind <= 6:
        line = draw(st.text(max_size=60))
    elif kind == 7:  # a piece with noise spliced in
        piece = draw(st.sampled_from(PIECES))
        at = draw(st.integers(0, len(piece)))
        line = piece[:at] + draw(st.sampled_from(NOISE)) + piece[at:]
    elif kind == 8:  # a run of something (backtracking bait)
        unit = draw(st.sampled_from(["* ", " - ", ":", "1.", "a[", "(http://a", "# ", "a)  "]))
        line = unit * draw(st.integers(1, 300)) + draw(st.sampled_from(["", "x", ".", ":"]))
    else:  # indentation
        line = " " * draw(st.integers(0, 40)) + draw(st.sampled_from(PIECES))
    return str(line)


@st.composite
def documents(draw: Any) -> str:
    body = draw(st.lists(lines(), max_size=40))
    sep = draw(SEPARATORS)
    text = sep.join(body)
    if draw(st.booleans()):
        text += draw(st.sampled_from(["", "\n", "\r\n", "\n\n\n"]))
    return str(text)


INPUTS = st.one_of(documents(), st.text(max_size=200))
SURROGATE = re.compile("[\ud800-\udfff]")

# --------------------------------------------------------------------------- the checks


def parse_or_refuse(text: str, fmt: str) -> ak.Article | None:
    try:
        return ak.parse(text, format=fmt)  # type: ignore[arg-type]
    except ak.InputError:
        assert "\x00" in text, "InputError on a str without NUL characters"
        return None


def check_all(text: str, fmt: str) -> None:
    art = parse_or_refuse(text, fmt)
    if art is None:
        return
    if art.source_format != "html":
        # spans are offsets into the decoded input: surrogates become U+FFFD one for one
        decoded = SURROGATE.sub("\ufffd", text)
        assert_accounted(decoded, art)
        assert_spans_valid(decoded, art)
    assert ak.Article.model_validate_json(art.model_dump_json()) == art, "JSON round trip"
    again = ak.parse(text, format=fmt)  # type: ignore[arg-type]
    assert again.model_dump_json() == art.model_dump_json(), "not deterministic"


def check_bytes(text: str) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return  # lone surrogates: not bytes anyone can have
    try:
        from_bytes = ak.parse(data, format="text")
    except ak.InputError as exc:
        assert "binary" in str(exc) or "NUL" in str(exc), str(exc)
        return
    if text.startswith("\ufeff"):
        return  # the BOM is consumed by decoding: offsets differ by one
    assert from_bytes == ak.parse(text, format="text"), "bytes and str disagree"


def make_targets(formats: list[str]) -> dict[str, Callable[[str], None]]:
    targets: dict[str, Callable[[str], None]] = {}
    for fmt in formats:
        targets[f"invariants[{fmt}]"] = lambda text, fmt=fmt: check_all(text, fmt)
    targets["bytes_like_str"] = check_bytes
    return targets


# --------------------------------------------------------------------------- the runner


def signature(exc: BaseException) -> str:
    """What kind of failure this is, without the input in it: the exception type, where it
    was raised (innermost frame) and, for the line-accounting check, who claimed the line."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    msg = str(exc)
    if "claimed by" in msg:
        detail = "claimed by " + msg.rsplit("claimed by", 1)[1]
    else:
        detail = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "…", msg)[:120]
    detail = re.sub(r"\d+", "N", detail)
    return f"{type(exc).__name__} at {where}: {detail}"


def run_target(
    name: str,
    check: Callable[[str], None],
    batch: int,
    db: Any,
    known: dict[str, str],
    replay: bool = False,
) -> tuple[str, str] | None:
    """One round of ``batch`` examples. Failures whose signature is in ``known`` count as
    passes (so the search goes on past a bug it has already reported). Returns the new
    failure's (signature, report), shrunk by Hypothesis, or None."""
    found: list[str] = []

    @settings(
        max_examples=batch,
        deadline=None,
        database=db,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.reuse, Phase.generate, Phase.shrink]
        if replay
        else [Phase.generate, Phase.shrink],
        verbosity=Verbosity.quiet,
        report_multiple_bugs=False,
    )
    @given(INPUTS)
    def prop(text: str) -> None:
        try:
            check(text)
        except Exception as exc:
            sig = signature(exc)
            if sig in known:
                return
            found[:] = [sig, repr(text), traceback.format_exc(limit=-4)]
            raise

    try:
        prop()
    except Exception:
        if not found:
            return "harness error", traceback.format_exc()
        sig, text, tb = found
        return sig, f"{name}: {sig}\n  input: {text}\n{tb}"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--batch", type=int, default=500, help="examples per target per round")
    ap.add_argument("--formats", default="text,auto,markdown")
    ap.add_argument("--max-failures", type=int, default=3, help="per target")
    args = ap.parse_args(argv)

    db = DirectoryBasedExampleDatabase(str(Path(__file__).resolve().parent / ".hypothesis"))
    targets = make_targets(args.formats.split(","))
    failures: dict[str, dict[str, str]] = {name: {} for name in targets}
    examples = dict.fromkeys(targets, 0)
    end = time.monotonic() + 60 * args.minutes
    t0 = time.process_time()
    rounds = 0
    while time.monotonic() < end:
        active = [n for n in targets if len(failures[n]) < args.max_failures]
        if not active:
            break
        rounds += 1
        for name in active:
            found = run_target(name, targets[name], args.batch, db, failures[name], rounds == 1)
            examples[name] += args.batch
            if found:
                sig, report = found
                failures[name][sig] = report
                print(f"\n=== FAILURE {report}", flush=True)
            if time.monotonic() >= end:
                break
        print(
            f"round {rounds}: "
            + ", ".join(f"{n} {examples[n]:,} ex / {len(failures[n])} fail" for n in targets),
            flush=True,
        )
    cpu = time.process_time() - t0
    total = sum(examples.values())
    print(f"\n{total:,} examples (up to), {cpu:.0f} CPU s, {rounds} rounds")
    for name, reports in failures.items():
        print(f"{name}: {len(reports)} distinct failure(s)")
        for sig in reports:
            print(f"    {sig}")
    return 1 if any(failures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
