"""Tagging: learn a site's tags (KeywordTagger) and find keyphrases without training."""

__all__: list[str] = []
