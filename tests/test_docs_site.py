"""The pieces of the docs site that are generated (tools/docs_hooks.py) and the
distribution checks (tools/check_dist.py); neither needs mkdocs or a build to test."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from tools.check_dist import check_sdist_names, check_wheel_names
from tools.docs_hooks import (
    CLI_MARKER,
    _outside_links,
    include_from_root,
    render_cli_reference,
)

from articlekit.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    out = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            out.update(action.choices)
    return out


def test_cli_reference_covers_every_command_and_option() -> None:
    parser = build_parser()
    text = render_cli_reference(parser)
    commands = _commands(parser)
    assert {"parse", "schema", "train", "tag", "evaluate"} <= set(commands)
    for name, sub in commands.items():
        assert f"## `articlekit {name}`" in text, name
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}`" in text, f"articlekit {name} {option}"
    assert "`--version`" in text


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    narrow = render_cli_reference()
    monkeypatch.setenv("COLUMNS", "300")
    assert render_cli_reference() == narrow


def test_cli_reference_links_point_at_its_headings() -> None:
    text = render_cli_reference()
    anchors = re.findall(r"\]\(#([\w-]+)\)", text)
    headings = re.findall(r"^## `([^`]+)`", text, re.MULTILINE)
    ids = {h.lower().replace(" ", "-") for h in headings}
    assert anchors and set(anchors) <= ids


def test_cli_page_has_the_marker() -> None:
    assert CLI_MARKER in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_links_that_leave_docs_point_at_the_repository() -> None:
    md = (
        "[b](../benchmarks/README.md) [l](../LICENSE) [d](formats.md) [x](https://a.org)"
        " [s](#top)\n```\n[not](../a.md)\n```\n"
    )
    out = _outside_links(md, "benchmarks.md", "https://github.com/o/r")
    assert "(https://github.com/o/r/blob/main/benchmarks/README.md)" in out
    assert "(https://github.com/o/r/blob/main/LICENSE)" in out
    assert "(formats.md)" in out and "(https://a.org)" in out and "(#top)" in out
    assert "[not](../a.md)" in out  # code blocks are left alone


def test_changelog_include_rebases_links(tmp_path: Path) -> None:
    (tmp_path / "CHANGES.md").write_text("[p](docs/api-policy.md#x) [r](README.md)\n")
    out = include_from_root("# Log\n<!-- include: CHANGES.md -->\n", str(tmp_path), "log.md")
    assert out == "# Log\n[p](api-policy.md#x) [r](../README.md)\n\n"


def test_changelog_page_includes_the_changelog() -> None:
    page = (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")
    assert "<!-- include: CHANGELOG.md -->" in page


def test_nav_lists_every_page() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").rglob("*.md"):
        rel = page.relative_to(ROOT / "docs").as_posix()
        assert f": {rel}" in nav, f"{rel} is not in the nav of mkdocs.yml"


def test_site_config_stays_offline() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+font: false", config, re.MULTILINE)
    for plugin in ("social", "privacy", "optimize", "git-revision-date", "rss"):
        assert not re.search(rf"^\s+- {plugin}\b", config, re.MULTILINE), plugin


def test_wheel_check() -> None:
    good = [
        "articlekit/__init__.py",
        "articlekit/_version.py",
        "articlekit/py.typed",
        "articlekit/tagging/data/stopwords_en.txt",
        "articlekit-0.1.0.dist-info/METADATA",
        "articlekit-0.1.0.dist-info/licenses/LICENSE",
    ]
    assert check_wheel_names(good, "0.1.0") == []
    bad = [n for n in good if not n.endswith("py.typed")] + ["tests/test_x.py", "benchmarks/a.py"]
    problems = check_wheel_names(bad, "0.1.0")
    assert "wheel: no articlekit/py.typed" in problems
    assert "wheel: should not contain tests/test_x.py" in problems
    assert "wheel: should not contain benchmarks/a.py" in problems
    assert check_wheel_names(good, "0.2.0")  # the version is checked too
    no_licence = [n for n in good if not n.endswith("LICENSE")]
    assert any("licence" in p for p in check_wheel_names(no_licence, "0.1.0"))


def test_sdist_check() -> None:
    problems = check_sdist_names(["articlekit-0.1.0/pyproject.toml"], "0.1.0")
    assert "sdist: no articlekit-0.1.0/LICENSE" in problems
    assert "sdist: no articlekit-0.1.0/examples/forum-article.txt" in problems
