"""The source defines each module-level name once. A second constant of the same name
silently overrides the first for every function of the module, including those written
above it (FIELD_VALUE_MAX_WORDS was once 12 for one rule and 6 for another, and both rules
read 6); linters miss it when the first is used in between."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import articlekit

SRC = Path(articlekit.__file__).parent


def _is_overload(node: ast.stmt) -> bool:
    return isinstance(node, ast.FunctionDef) and any(
        (isinstance(d, ast.Name) and d.id == "overload")
        or (isinstance(d, ast.Attribute) and d.attr == "overload")
        for d in node.decorator_list
    )


def _defined_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def test_no_module_level_name_is_defined_twice() -> None:
    twice: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        lines: dict[str, list[int]] = defaultdict(list)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if _is_overload(node):
                continue
            for name in _defined_names(node):
                lines[name].append(node.lineno)
        rel = path.relative_to(SRC)
        twice += [f"{rel}: {name} at lines {at}" for name, at in lines.items() if len(at) > 1]
    assert twice == []
