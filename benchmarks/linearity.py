"""Is articlekit's parse time linear in the input size, on prose and on hostile inputs?

For every case and size (10 KB, 100 KB, 1 MB, 10 MB by default) it builds the input,
parses it in a fresh child process, timing the CPU seconds of the parse (process_time:
other load on the machine does not inflate it), (so a pathological case cannot hang the run: it is
stopped at ``--timeout`` seconds) and prints seconds per MB, and the ratio to ordinary
prose of the same size. Target: every ratio within 2x of prose, at every size.

    python benchmarks/linearity.py                 # all cases, all sizes
    python benchmarks/linearity.py --sizes 10K,1M --cases prose,parens

Nothing here needs ../shared: the prose is generated (see ``_common.ProseGenerator``).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ProseGenerator, machine

MB = 1_000_000
SIZES = {"10K": 10_000, "100K": 100_000, "1M": MB, "10M": 10 * MB}


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _lines(make: Callable[[int], str], size: int) -> str:
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        line = make(i)
        out.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(out) + "\n"


def _run_line(unit: str, size: int, tail: str = "x") -> str:
    """One line: ``unit`` repeated to ``size``, then ``tail`` so a greedy match must fail."""
    return _fill(unit, size - len(tail)) + tail


def _ramp(prefix: str, levels: int) -> Callable[[int], str]:
    return lambda i: " " * (i % levels) + f"{prefix} level {i % levels} of the ramp"


CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "prose": ("generated article prose (headings, paragraphs, lists)", ProseGenerator(1).text),
    "single_line": (
        "all the prose on ONE line",
        lambda n: ProseGenerator(2).text(n).replace("\n", " ").rstrip() + "\n",
    ),
    "list_items": (
        "'- item' lines of 100 chars (10 MB = 100,000 items)",
        lambda n: _lines(lambda i: f"- Item {i:07d} " + _fill("with some plain words ", 89), n),
    ),
    "headings": (
        "short Title Case lines in a row (1 MB = ~35,000 headings)",
        lambda n: _lines(lambda i: f"Section Heading Number {i}", n),
    ),
    "atx_headings": (
        "'## Heading' lines in a row",
        lambda n: _lines(lambda i: f"## Heading {i}", n),
    ),
    "deep_indent_list": (
        "'- item' lines indented 0..999 spaces, repeated (1,000 levels)",
        lambda n: _lines(_ramp("-", 1000), n),
    ),
    "deep_indent_50": (
        "'- item' lines indented 0..49 spaces, repeated (50 levels)",
        lambda n: _lines(_ramp("-", 50), n),
    ),
    "deep_indent_text": (
        "text lines indented 0..999 spaces, repeated",
        lambda n: _lines(_ramp("Text", 1000), n),
    ),
    "spaces": ("one line: a, a run of spaces, (", lambda n: "a" + _run_line(" ", n - 1, "(")),
    "spaces_lines": (
        "lines of 'a' + 1,000 spaces + ')' + 1,000 spaces + 'x'",
        lambda n: _lines(lambda i: "a" + " " * 1000 + ")" + " " * 1000 + "x", n),
    ),
    "paren_spaces": (
        "one line: 'a)', a run of spaces, 'x'",
        lambda n: "a)" + _run_line(" ", n - 2),
    ),
    "links_line": (
        "one line of 'see this (http://a.b) and '",
        lambda n: _run_line("see this (http://a.b) and ", n, ""),
    ),
    "tabs": ("one line of tabs and a word", lambda n: _run_line("\t", n, "a(")),
    "parens": ("one line of '('", lambda n: _run_line("(", n)),
    "call_parens": ("one line of 'f('", lambda n: _run_line("f(", n)),
    "urls": ("one line of 'http://a'", lambda n: _run_line("http://a", n, " x")),
    "url_parens": ("one line of '(http://a'", lambda n: _run_line("(http://a", n, " x")),
    "dash_words": ("one line of 'a-'", lambda n: _run_line("a-", n)),
    "spaced_dashes": ("one line of ' - '", lambda n: _run_line(" - ", n)),
    "hashes": ("one line of '#'", lambda n: _run_line("#", n)),
    "hash_spaces": ("one line of '# '", lambda n: _run_line("# ", n)),
    "hashtags": ("one line of '#a'", lambda n: _run_line("#a", n, "!")),
    "pipes": ("one line of '|'", lambda n: _run_line("|", n)),
    "table_rows": ("lines of ' | a | b | ' cells", lambda n: _lines(lambda i: "a | b | " * 20, n)),
    "colons": ("one line of ':'", lambda n: _run_line(":", n)),
    "key_colons": ("one line of 'a: '", lambda n: _run_line("a: ", n, "")),
    "equals": ("one line of '='", lambda n: _run_line("=", n)),
    "dashes": ("one line of '-'", lambda n: _run_line("-", n)),
    "stars": ("one line of '* '", lambda n: _run_line("* ", n)),
    "brackets": ("one line of 'a['", lambda n: _run_line("a[", n)),
    "angles": ("one line of '<a '", lambda n: _run_line("<a ", n)),
    "snake": ("one line of lowercase letters, no '_'", lambda n: _run_line("a", n, "(")),
    "camel": ("one line of 'aB'", lambda n: _run_line("aB", n)),
    "digits_dots": ("one line of '1.'", lambda n: _run_line("1.", n)),
    "quotes": ("one line of '\"a'", lambda n: _run_line('"a', n)),
    "assign": ("one line of 'a ='", lambda n: _run_line("a =", n)),
    "dash_lines": ("lines of '- - - - ... x'", lambda n: _lines(lambda i: "- " * 500 + "x", n)),
    "hash_lines": ("lines of '# # # ... x'", lambda n: _lines(lambda i: "# " * 500 + "x", n)),
    "cjk": ("CJK prose, no spaces", lambda n: _lines(lambda i: "数据科学的研究方法。" * 20, n)),
    "host_paths": (
        "one line of dotted words ending in '/' (the address-without-scheme signal)",
        lambda n: _run_line("ab.", n, tail="/x"),
    ),
    "console_prompts": (
        "'julia> …' and '(@v1) pkg> …' lines with long inputs",
        lambda n: _lines(lambda i: f"(@v{i}) pkg> add " + "Pkg." * 20, n),
    ),
    "code_links": (
        "one line of 'x = f(1) [a](http://a.org/x) ' (links in code, which detection reads)",
        lambda n: _run_line("x = f(1) [a](http://a.org/x) ", n),
    ),
    "triple_quotes": (
        "lines opening a triple-quoted string in code, closed 300 lines later (docstrings)",
        lambda n: _lines(
            lambda i: 's = f("""' if i % 301 == 0 else "    " + _fill("docstring text, ", 76), n
        ),
    ),
    "printed_rows": (
        "one line of code, then rows of one shape (what it printed)",
        lambda n: _lines(
            lambda i: (
                "print(x)" if i == 0 else f"row:{i}, value:{i * 7}, name:item{i}, score:{i % 97}.5"
            ),
            n,
        ),
    ),
    "echoed_names": (
        "names alone under code that uses them without assigning them (echoes looked for)",
        lambda n: _lines(
            lambda i: f"value_{i}" if i % 60 == 59 else f"f(value_{i - i % 60 + 59}, x) + g(y) * 2",
            n,
        ),
    ),
    "rst_directives": (
        "reStructuredText image directives, each with an option line",
        lambda n: _lines(
            lambda i: f".. image:: /img/{i}.png" if i % 2 == 0 else "   :alt: a chart of it", n
        ),
    ),
    "hash_over_commands": (
        "'# comment' lines glued above plain commands (the fourteenth session's code rule)",
        lambda n: _lines(
            lambda i: "# run it" if i % 2 == 0 else f"runner exec tool-{i} my_user", n
        ),
    ),
    "hex_and_notes": (
        "short lines with a hexadecimal literal, and update notes, between paragraphs",
        lambda n: _lines(
            lambda i: (
                f"Flash params set to 0x{i:04x}"
                if i % 3 == 0
                else f"Updated 2026-03-{i % 28 + 1:02d}"
                if i % 3 == 1
                else "The board restarts on its own once the firmware is written."
            ),
            n,
        ),
    ),
    "bracket_links": (
        "one line of '](http://a.org/x) ' with no '[' (a Markdown link's text looked for)",
        lambda n: _run_line("](http://a.org/x) ", n),
    ),
}


def _child(case: str, size: int, conn: object) -> None:
    import articlekit as ak

    text = CASES[case][1](size)
    nbytes = len(text.encode("utf-8"))
    try:
        ak.parse(text[:1000])  # warm up imports and compiled patterns
        runs = 0
        best = float("inf")
        spent = 0.0
        while runs < 5 and (runs == 0 or spent < 0.5):
            t0 = time.process_time()
            ak.parse(text)
            dt = time.process_time() - t0
            best = min(best, dt)
            spent += dt
            runs += 1
        conn.send(("ok", best, nbytes))  # type: ignore[attr-defined]
    except BaseException as exc:  # report, do not hide, what the parser raised
        conn.send(("error", f"{type(exc).__name__}: {str(exc)[:80]}", nbytes))  # type: ignore[attr-defined]


def _cpu_seconds(pid: int | None) -> float:
    """CPU seconds used by ``pid`` so far (Linux /proc; wall-clock-free)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def measure(case: str, size: int, timeout: float) -> tuple[str, float | str, int]:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(case, size, child))
    proc.start()
    child.close()
    # the limit is on the child's CPU seconds, so a loaded machine does not trip it
    while not parent.poll(0.25):
        if not proc.is_alive() or _cpu_seconds(proc.pid) > timeout:
            break
    if parent.poll(0):
        result = parent.recv()
        proc.join()
        return result  # type: ignore[no-any-return]
    proc.kill()
    proc.join()
    return ("timeout", f"> {timeout:.0f} CPU s", size)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default=",".join(SIZES), help="comma list of 10K,100K,1M,10M")
    ap.add_argument("--cases", default="all", help="comma list of case names, or 'all'")
    ap.add_argument("--timeout", type=float, default=120.0, help="CPU seconds per measurement")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    args = ap.parse_args(argv)
    if args.list:
        for name, (desc, _) in CASES.items():
            print(f"{name:18} {desc}")
        return 0
    sizes = [s.strip().upper() for s in args.sizes.split(",")]
    cases = list(CASES) if args.cases == "all" else [c.strip() for c in args.cases.split(",")]
    if "prose" not in cases:
        cases.insert(0, "prose")
    print(f"# articlekit parse time per MB ({machine()})")
    print(f"# load average at start: {os.getloadavg()[0]:.1f}")
    print("# s/MB = CPU seconds of the parse (process_time, best of up to 5 runs) per MB of")
    print("# UTF-8 input; ratio = s/MB / prose s/MB at the same size")
    print(f"{'case':18}" + "".join(f"{s + ' s/MB':>14}{'x':>7}" for s in sizes) + "  worst")
    prose: dict[str, float] = {}
    failures = 0
    for case in cases:
        cells = []
        worst = 0.0
        stop = False
        for s in sizes:
            if stop:
                cells.append(f"{'skipped':>14}{'':>7}")
                continue
            status, value, nbytes = measure(case, SIZES[s], args.timeout)
            if status != "ok":
                cells.append(f"{status.upper():>14}{'':>7}")
                print(f"  ! {case} at {s}: {value}", file=sys.stderr)
                worst = float("inf")
                stop = True  # a larger input only takes longer
                continue
            assert isinstance(value, float)
            per_mb = value / (nbytes / MB)
            if case == "prose":
                prose[s] = per_mb
            ratio = per_mb / prose[s]
            worst = max(worst, ratio)
            cells.append(f"{per_mb:14.3f}{ratio:7.2f}")
        flag = "" if worst <= 2.0 else "  <-- over 2x"
        failures += worst > 2.0
        print(f"{case:18}" + "".join(cells) + f"  {worst:5.2f}{flag}", flush=True)
    mbps = {s: 1 / v for s, v in prose.items()}
    print("# prose throughput: " + ", ".join(f"{s}: {v:.2f} MB/s" for s, v in mbps.items()))
    print(f"# {failures} case(s) over 2x prose" if failures else "# every case within 2x of prose")
    return 0


if __name__ == "__main__":
    sys.exit(main())
