import subprocess
import sys

import pytest

import articlekit as ak


def test_parse_returns_article() -> None:
    art = ak.parse("Title\n\nSome text here.\n")
    assert isinstance(art, ak.Article)
    assert art.title == "Title"


def test_import_does_not_load_scikit_learn_until_tagging_is_used() -> None:
    # a script that only parses must not pay a second of scikit-learn import time
    code = (
        "import sys, articlekit as ak\n"
        "ak.parse('Title\\n\\nText.\\n')\n"
        "assert 'sklearn' not in sys.modules, 'sklearn loaded by import articlekit'\n"
        "assert ak.KeywordTagger.__name__ == 'KeywordTagger'\n"
        "assert ak.extract_keywords and ak.Keyword\n"
        "assert 'sklearn' in sys.modules\n"
        "assert {'KeywordTagger', 'extract_keywords', 'Keyword'} <= set(dir(ak))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = ak.nope  # type: ignore[attr-defined]
