"""The public contract: names, signatures, model fields, deprecated names and the JSON
Schema are compared with committed snapshots. A deliberate change updates the snapshot
(``ARTICLEKIT_UPDATE_SNAPSHOTS=1 pytest tests/test_api_contract.py``), bumps
``SCHEMA_VERSION`` when the JSON shape changes, and gets a CHANGELOG entry (the rules are in
docs/api-policy.md)."""

from __future__ import annotations

import importlib
import inspect
import json
import os
from pathlib import Path
from typing import Any

import pydantic

import articlekit as ak
from articlekit.cli import article_schema

ROOT = Path(__file__).resolve().parent.parent
API_SNAPSHOT = ROOT / "tests" / "snapshots" / "public_api.json"
SCHEMA_SNAPSHOT = ROOT / "schema" / "article.schema.json"
UPDATE = os.environ.get("ARTICLEKIT_UPDATE_SNAPSHOTS") == "1"


def _describe(obj: Any) -> Any:
    if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):
        return {"model": {n: str(f.annotation) for n, f in obj.model_fields.items()}}
    if inspect.isclass(obj):
        methods = {
            n: str(inspect.signature(m))
            for n, m in inspect.getmembers(obj, inspect.isfunction)
            if not n.startswith("_") or n == "__init__"
        }
        return {"class": methods}
    if callable(obj):
        try:
            return {"function": str(inspect.signature(obj))}
        except (TypeError, ValueError):
            return {"callable": type(obj).__name__}
    return {"value": type(obj).__name__}


def public_api() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for module_name in ("articlekit", "articlekit.tagging", "articlekit.dask"):
        module = importlib.import_module(module_name)
        out[module_name] = {n: _describe(getattr(module, n)) for n in sorted(module.__all__)}
        deprecated = getattr(getattr(module, "__getattr__", None), "deprecated", None)
        if deprecated:  # names served by articlekit._deprecation.deprecated_names
            out[module_name]["<deprecated>"] = {
                n: {"replacement": d.replacement, "since": d.since, "remove_in": d.remove_in}
                for n, d in sorted(deprecated.items())
            }
    return out


def _compare(path: Path, current: Any) -> None:
    text = json.dumps(current, indent=2, sort_keys=True) + "\n"
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == current, (
        f"{path.name} changed: update the snapshot deliberately and note it in CHANGELOG.md"
    )


def test_public_api_matches_snapshot() -> None:
    _compare(API_SNAPSHOT, public_api())


def test_schema_matches_snapshot() -> None:
    _compare(SCHEMA_SNAPSHOT, article_schema())


def test_everything_in_all_is_importable() -> None:
    for name in ak.__all__:
        assert hasattr(ak, name), name


def test_schema_version_is_in_schema() -> None:
    schema = article_schema()
    assert schema["properties"]["schema_version"]["default"] == ak.SCHEMA_VERSION
