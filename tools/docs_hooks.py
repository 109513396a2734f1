"""MkDocs hooks for the articlekit site (``hooks:`` in mkdocs.yml).

* ``<!-- cli-reference -->`` in a page is replaced by the CLI reference, rendered from the
  argparse definitions in :func:`articlekit.cli.build_parser`: the reference cannot drift
  from the code because it is never written by hand.
* ``<!-- include: CHANGELOG.md -->`` is replaced by that file from the repository root,
  with its relative links rebased from the root to the page (so ``docs/x.md`` becomes
  ``x.md``).
* A relative link from a page to a file outside ``docs/`` (``../benchmarks/README.md``,
  ``../LICENSE``) works on GitHub but not on the site; it becomes a link into the
  repository (``repo_url``/blob/main/...).

The module imports nothing from mkdocs, so tests can call :func:`render_cli_reference`
without the ``docs`` extra.
"""

from __future__ import annotations

import argparse
import os
import posixpath
import re
from collections.abc import Iterator
from typing import Any

CLI_MARKER = "<!-- cli-reference -->"
_INCLUDE = re.compile(r"^<!-- include: (?P<path>[\w./-]+) -->$", re.MULTILINE)
#: help is rendered at a fixed width so the page does not depend on the build terminal
HELP_WIDTH = 88

_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")
_LINK = re.compile(r"(\]\()([^)\s]+)(\))")


# --------------------------------------------------------------------------- CLI reference


def _subcommands(
    parser: argparse.ArgumentParser,
) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each sub-command, in definition order."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def _argument_name(action: argparse.Action) -> str:
    if action.option_strings:
        names = ", ".join(f"`{s}`" for s in action.option_strings)
        if action.nargs == 0:
            return names
        metavar = action.metavar or action.dest.upper()
        if action.choices is not None and action.metavar is None:
            metavar = "{" + ",".join(str(c) for c in action.choices) + "}"
        return f"{names} `{metavar}`"
    return f"`{action.metavar or action.dest}`"


def _argument_row(action: argparse.Action) -> str | None:
    if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
        return None
    text = (action.help or "").replace("|", "\\|").replace("\n", " ")
    notes = []
    if action.option_strings and action.required:
        notes.append("required")
    if not action.option_strings and action.nargs in ("+", "*"):
        notes.append("one or more" if action.nargs == "+" else "any number")
    if action.choices is not None and action.metavar is not None:
        notes.append("one of " + ", ".join(f"`{c}`" for c in action.choices))
    default = action.default
    if (
        action.option_strings
        and action.nargs != 0
        and default not in (None, argparse.SUPPRESS)
        and "default" not in text
    ):
        notes.append(f"default `{default}`")
    if notes:
        text = f"{text} ({'; '.join(notes)})" if text else "; ".join(notes)
    return f"| {_argument_name(action)} | {text} |"


def _help_text(parser: argparse.ArgumentParser) -> str:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(HELP_WIDTH)
    try:
        return parser.format_help().rstrip()
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def _render_one(
    lines: list[str], path: str, help_line: str, parser: argparse.ArgumentParser, level: int
) -> None:
    """Heading, description, argument table and ``--help`` text of one command."""
    lines += [f"{'#' * level} `{path}`", ""]
    if parser.description or help_line:
        lines += [parser.description or help_line, ""]
    rows = [r for r in (_argument_row(a) for a in parser._actions) if r is not None]
    rows = [r for r in rows if not r.startswith("| `-h`, `--help`")]
    if rows:
        lines += ["| argument | meaning |", "| --- | --- |", *rows, ""]
    lines += ["```text", _help_text(parser), "```", ""]


def _render_tree(
    lines: list[str], path: str, help_line: str, parser: argparse.ArgumentParser, level: int
) -> None:
    _render_one(lines, path, help_line, parser, level)
    for name, sub_help, sub in _subcommands(parser):
        _render_tree(lines, f"{path} {name}", sub_help, sub, level + 1)


def render_cli_reference(parser: argparse.ArgumentParser | None = None, level: int = 2) -> str:
    """The Markdown reference of every command of ``parser`` (default: the articlekit CLI).

    The top-level command and each sub-command get a heading at ``level``, a table of their
    arguments and their ``--help`` text (at a fixed width); nested sub-commands go one
    level deeper.

    Example:
        >>> text = render_cli_reference()
        >>> "## `articlekit parse`" in text and "`--to`" in text
        True
    """
    if parser is None:
        from articlekit.cli import build_parser

        parser = build_parser()
    commands = list(_subcommands(parser))
    lines = ["Commands:", ""]
    lines += [f"- [`{parser.prog} {n}`](#{_anchor(parser.prog, n)}): {h}" for n, h, _ in commands]
    lines.append("")
    _render_one(lines, parser.prog, "", parser, level)
    for name, sub_help, sub in commands:
        _render_tree(lines, f"{parser.prog} {name}", sub_help, sub, level)
    return "\n".join(lines)


def _anchor(prog: str, name: str) -> str:
    """The id the toc extension gives the heading ``## `prog name` ``."""
    return re.sub(r"[^\w\s-]", "", f"{prog} {name}").strip().lower().replace(" ", "-")


# --------------------------------------------------------------------------- links


def _map_links(markdown: str, fix: Any) -> str:
    """Apply ``fix`` to every Markdown link target outside fenced code blocks."""
    out: list[str] = []
    fence: str | None = None
    for line in markdown.split("\n"):
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(2)[0] == fence[0] and len(m.group(2)) >= len(fence):
                fence = None
            out.append(line)
            continue
        if m:
            fence = m.group(2)
            out.append(line)
            continue
        out.append(_LINK.sub(fix, line))
    return "\n".join(out)


def _is_relative(target: str) -> bool:
    return not (re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith(("#", "/")))


def include_from_root(markdown: str, root: str, page_path: str) -> str:
    """Expand ``<!-- include: FILE -->`` markers with files from the repository root.

    Example:
        >>> import tempfile, pathlib
        >>> root = tempfile.mkdtemp()
        >>> _ = (pathlib.Path(root) / "NOTES.md").write_text("See [x](docs/x.md) and [l](LICENSE).")
        >>> include_from_root("<!-- include: NOTES.md -->", root, "notes.md")
        'See [x](x.md) and [l](../LICENSE).'
    """
    page_dir = posixpath.dirname(posixpath.join("docs", page_path))

    def rebase(match: re.Match[str]) -> str:
        target = match.group(2)
        if not _is_relative(target):
            return match.group(0)
        path, sep, anchor = target.partition("#")
        new = posixpath.relpath(posixpath.normpath(path), page_dir) if path else ""
        return f"{match.group(1)}{new}{sep}{anchor}{match.group(3)}"

    def expand(match: re.Match[str]) -> str:
        with open(os.path.join(root, match.group("path")), encoding="utf-8") as handle:
            return _map_links(handle.read(), rebase)

    return _INCLUDE.sub(expand, markdown)


def _outside_links(markdown: str, page_path: str, repo_url: str) -> str:
    """Rewrite relative links that leave docs/ into links to the repository."""
    page_dir = posixpath.dirname(page_path)

    def fix(match: re.Match[str]) -> str:
        target = match.group(2)
        if not _is_relative(target):
            return match.group(0)
        path, _, anchor = target.partition("#")
        resolved = posixpath.normpath(posixpath.join("docs", page_dir, path))
        if resolved == "docs" or resolved.startswith("docs/"):
            return match.group(0)
        kind = "tree" if path.endswith("/") or "." not in posixpath.basename(resolved) else "blob"
        if posixpath.basename(resolved) in ("LICENSE", "Makefile"):
            kind = "blob"
        url = f"{repo_url.rstrip('/')}/{kind}/main/{resolved}" + (f"#{anchor}" if anchor else "")
        return f"{match.group(1)}{url}{match.group(3)}"

    return _map_links(markdown, fix)


# --------------------------------------------------------------------------- mkdocs events


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """MkDocs event: expand the markers and fix links that leave ``docs/``."""
    if CLI_MARKER in markdown:
        markdown = markdown.replace(CLI_MARKER, render_cli_reference())
    root = os.path.dirname(os.path.abspath(config["config_file_path"]))
    markdown = include_from_root(markdown, root, page.file.src_uri)
    repo_url = config.get("repo_url") or ""
    if repo_url:
        markdown = _outside_links(markdown, page.file.src_uri, repo_url)
    return markdown
