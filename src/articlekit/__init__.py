"""articlekit: semi-structured articles into typed documents, and taggers that learn.

Example:
    >>> import articlekit as ak
    >>> art = ak.parse("A title\\n\\nSome text.\\n\\nTags: news, tech\\n")
    >>> art.title, art.tags
    ('A title', ['news', 'tech'])
"""

import importlib
from typing import TYPE_CHECKING, Any

from articlekit._version import __version__
from articlekit.corpus import (
    ParseFailure,
    expand_paths,
    parse_many,
    parse_partition,
    parse_record,
    read_jsonl,
)
from articlekit.errors import ArticleKitError, InputError, ModelFileError, NotFittedError
from articlekit.model import (
    SCHEMA_VERSION,
    Article,
    Block,
    CodeBlock,
    FieldSource,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    ParseWarning,
    QuoteBlock,
    ReferenceLink,
    RelatedArticle,
    Removed,
    Section,
    Span,
    TableBlock,
)
from articlekit.options import ParseOptions
from articlekit.parse import parse, parse_file

if TYPE_CHECKING:
    from articlekit.tagging.keyphrases import Keyword, extract_keywords
    from articlekit.tagging.tagger import KeywordTagger

# The tagging names bring scikit-learn, a second to import: a script that only parses
# should not pay for it, so they load on first use (PEP 562).
_LAZY = {
    "Keyword": "articlekit.tagging.keyphrases",
    "extract_keywords": "articlekit.tagging.keyphrases",
    "KeywordTagger": "articlekit.tagging.tagger",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'articlekit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleKitError",
    "Block",
    "CodeBlock",
    "FieldSource",
    "InputError",
    "Keyword",
    "KeywordTagger",
    "Link",
    "ListBlock",
    "ListItem",
    "ModelFileError",
    "NotFittedError",
    "Paragraph",
    "ParseFailure",
    "ParseOptions",
    "ParseWarning",
    "QuoteBlock",
    "ReferenceLink",
    "RelatedArticle",
    "Removed",
    "Section",
    "Span",
    "TableBlock",
    "__version__",
    "expand_paths",
    "extract_keywords",
    "parse",
    "parse_file",
    "parse_many",
    "parse_partition",
    "parse_record",
    "read_jsonl",
]
