__version__ = "0.1.0"
"""The installed articlekit's version (semantic versioning; the one place it is set).

Example:
    >>> import articlekit as ak
    >>> ak.__version__.count(".") >= 2
    True
"""
