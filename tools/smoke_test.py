"""Smoke test of an installed articlekit: ``python tools/smoke_test.py EXAMPLE_ARTICLE``.

Run by .ci/run with the interpreter of a clean virtualenv that has only the built wheel
installed, from a directory outside the checkout, so it tests what a user gets.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path


def main(example: str) -> int:
    import articlekit as ak

    where = Path(ak.__file__).resolve().parent
    assert "site-packages" in where.parts, f"articlekit imported from {where}, not the wheel"
    assert (where / "py.typed").is_file(), "py.typed is missing from the installed package"
    art = ak.parse_file(example)
    assert [s.heading for s in art.sections][:1] == ["Introduction"], art.sections[:1]
    assert art.tags and art.references and art.summary, "special sections were not found"
    assert ak.Article.model_validate_json(art.model_dump_json()) == art
    assert ak.extract_keywords(art, top_k=3), "no keyphrases (tagging data files missing?)"

    exe = shutil.which("articlekit", path=str(Path(sys.executable).parent))
    assert exe, "the articlekit command was not installed"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"articlekit {ak.__version__}", out.stdout
    parsed = subprocess.run([exe, "parse", example], capture_output=True, text=True, check=True)
    assert json.loads(parsed.stdout)["tags"] == art.tags
    print(f"smoke test ok: articlekit {ak.__version__} from {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
