"""Tagging: learn a site's tags (KeywordTagger) and find keyphrases without training."""

__all__: list[str] = []

# --- keyphrases (issue 5) ---------------------------------------------------------------
from articlekit.tagging.keyphrases import (
    KeyphraseModel,
    Keyword,
    KeywordExtractor,
    extract_keywords,
)

__all__ += ["KeyphraseModel", "Keyword", "KeywordExtractor", "extract_keywords"]
