"""The ``articlekit`` command line (also ``python -m articlekit``).

Each command is a pair of functions: ``_add_<name>(subparsers)`` declares its arguments,
``_run_<name>(args)`` does the work and returns the exit code. Commands of optional parts
(tagging) register themselves through :data:`COMMAND_MODULES`.

Exit codes: 0 success, 1 some inputs failed (the others were still processed), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from articlekit._version import __version__
from articlekit.corpus import expand_paths
from articlekit.errors import ArticleKitError, InputError
from articlekit.model import Article
from articlekit.parse import parse, parse_file

#: modules that add sub-commands: each has ``add_commands(subparsers) -> None``
COMMAND_MODULES = ("articlekit.tagging.cli", "articlekit.tagging.keyphrases_cli")

OUTPUT_FORMATS = ("json", "jsonl", "markdown", "text", "html")
INPUT_FORMATS = ("auto", "text", "markdown", "html")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the whole CLI (also used to generate its reference docs)."""
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Parse semi-structured articles into typed documents and tag them.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _add_parse(sub)
    _add_schema(sub)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        module.add_commands(sub)
    return parser


# --------------------------------------------------------------------------- parse


def _add_parse(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "parse",
        help="parse articles into typed documents",
        description="Parse article files (or folders, globs, '-' for stdin) and write them "
        "as JSON (default), JSON Lines, Markdown or text.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article file, folder, glob pattern, or '-' for stdin",
    )
    p.add_argument(
        "--to",
        choices=OUTPUT_FORMATS,
        default=None,
        help="output format (default: json for one input, jsonl for several)",
    )
    p.add_argument(
        "--from",
        dest="from_format",
        choices=INPUT_FORMATS,
        default="auto",
        help="input format (default: auto)",
    )
    p.add_argument("--out", metavar="PATH", help="write here instead of stdout")
    p.add_argument("--jobs", type=int, default=1, help="parallel worker processes")
    p.set_defaults(func=_run_parse)


def _iter_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str | Path]]:
    for arg in inputs:
        if arg == "-":
            yield "<stdin>", "-"
            continue
        found = False
        for path in expand_paths([arg]):
            found = True
            yield str(path), path
        if not found:
            yield arg, Path(arg)


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.model_dump_json(indent=2) + "\n"
    if fmt == "jsonl":
        return article.model_dump_json() + "\n"
    if fmt == "markdown":
        return article.to_markdown()
    if fmt == "html":
        return article.to_html()
    return article.to_text()


def _run_parse(args: argparse.Namespace) -> int:
    items = list(_iter_inputs(args.inputs))
    fmt = args.to or ("json" if len(items) == 1 else "jsonl")
    failed = 0
    with _output(args.out) as out:
        first = True
        for name, source in items:
            try:
                if source == "-":
                    article = parse(sys.stdin.buffer.read(), args.from_format)
                else:
                    article = parse_file(source, args.from_format)
            except ArticleKitError as exc:
                failed += 1
                msg = str(exc)
                print(
                    f"articlekit: {msg if msg.startswith(name) else f'{name}: {msg}'}",
                    file=sys.stderr,
                )
                continue
            if fmt in ("markdown", "text", "html") and not first:
                out.write("\n")
            out.write(_render(article, fmt))
            out.flush()
            first = False
    return 1 if failed else 0


class _output:
    """stdout, or a file written atomically (a temporary file renamed into place)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.handle: IO[str] | None = None
        self.tmp: str | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return sys.stdout
        target = Path(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self.handle

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.handle is None or self.tmp is None or self.path is None:
            return
        self.handle.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


# --------------------------------------------------------------------------- schema


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of an Article",
        description="Print the JSON Schema that every parsed Article follows.",
    )
    p.set_defaults(func=_run_schema)


def article_schema() -> dict[str, object]:
    """The published JSON Schema of :class:`~articlekit.Article`."""
    return Article.model_json_schema()


def _run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(article_schema(), indent=2, sort_keys=True) + "\n")
    return 0


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 some inputs failed, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except InputError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `articlekit parse … | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
