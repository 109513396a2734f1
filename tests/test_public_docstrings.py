"""Docstrings are documentation users read (and the API reference is built from them):
every public name has one with a runnable example, every docstring example in the package
passes, and every public name is on an API reference page."""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import articlekit

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_MODULES = ("articlekit", "articlekit.tagging")
PUBLIC = [(m, n) for m in PUBLIC_MODULES for n in importlib.import_module(m).__all__]


def _attribute_docstring(module_name: str, name: str, depth: int = 0) -> str | None:
    """The string literal right after ``name = ...`` where ``name`` is defined, following
    ``from x import name`` re-exports (constants and type aliases cannot carry ``__doc__``)."""
    module = importlib.import_module(module_name)
    tree = ast.parse(inspect.getsource(module))
    body = tree.body
    for i, node in enumerate(body):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            after = body[i + 1] if i + 1 < len(body) else None
            if (
                isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                return after.value.value
            return None
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and depth < 5
            and any((a.asname or a.name) == name for a in node.names)
        ):
            return _attribute_docstring(node.module, name, depth + 1)
    return None


def _docstring(module_name: str, name: str) -> str | None:
    obj = getattr(importlib.import_module(module_name), name)
    if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.ismethod(obj):
        return obj.__doc__
    return _attribute_docstring(module_name, name)


@pytest.mark.parametrize(("module", "name"), PUBLIC, ids=[f"{m}.{n}" for m, n in PUBLIC])
def test_public_name_has_a_docstring_with_an_example(module: str, name: str) -> None:
    doc = _docstring(module, name)
    assert doc and doc.strip(), f"{module}.{name} has no docstring"
    assert ">>>" in doc, f"{module}.{name}: the docstring has no runnable example (>>>)"
    assert re.search(r"^\s*Examples?:\s*$", doc, re.MULTILINE), (
        f"{module}.{name}: put the example under an 'Example:' section (Google style)"
    )


def _package_modules() -> list[str]:
    names = [articlekit.__name__]
    for info in pkgutil.walk_packages(articlekit.__path__, prefix="articlekit."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return sorted(names)


def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:  # an optional extra (html, dask) is not installed
        pytest.skip(f"{name}: {exc}")


@pytest.mark.parametrize("module_name", _package_modules())
def test_docstring_examples_pass(module_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _import(module_name)
    monkeypatch.chdir(ROOT)  # examples may name examples/forum-article.txt
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for test in finder.find(module, module_name):
        if test.examples and test.name.startswith(module_name):
            runner.run(test, out=report.append)
    assert not runner.failures, "".join(report)


def test_every_public_name_is_on_an_api_page() -> None:
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "api").glob("*.md"))
    documented = {m.group(1).rsplit(".", 1)[-1] for m in re.finditer(r"^::: ([\w.]+)", pages, re.M)}
    missing = sorted(f"{m}.{n}" for m, n in PUBLIC if n not in documented)
    assert not missing, f"add '::: NAME' lines for these to docs/api/*.md: {missing}"
