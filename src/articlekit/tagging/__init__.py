"""Tagging: learn a site's tags (KeywordTagger) and find keyphrases without training.

Example:
    >>> from articlekit.tagging import KeywordTagger, evaluate
    >>> tagger = KeywordTagger(threshold_cv=0).fit(["oil crude", "gold ounce"], [["oil"], ["gold"]])
    >>> evaluate(tagger, ["crude oil"], [["oil"]]).micro.f1
    1.0
"""

from articlekit.tagging.features import FIELDS, article_fields
from articlekit.tagging.metrics import (
    CrossValidationResult,
    Scores,
    TaggingReport,
    cross_validate_tagger,
    evaluate,
)
from articlekit.tagging.persist import load_model, read_model_info, save_model
from articlekit.tagging.tagger import KeywordTagger

__all__: list[str] = [
    "FIELDS",
    "CrossValidationResult",
    "KeywordTagger",
    "Scores",
    "TaggingReport",
    "article_fields",
    "cross_validate_tagger",
    "evaluate",
    "load_model",
    "read_model_info",
    "save_model",
]

# --- keyphrases (issue 5) ---------------------------------------------------------------
from articlekit.tagging.keyphrases import (
    KeyphraseModel,
    Keyword,
    KeywordExtractor,
    extract_keywords,
)

__all__ += ["KeyphraseModel", "Keyword", "KeywordExtractor", "extract_keywords"]
