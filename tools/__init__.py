"""Project tools: docs hooks, distribution checks (not part of the installed package)."""
