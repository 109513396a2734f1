"""``python -m articlekit`` runs the CLI."""

import sys

from articlekit.cli import main

sys.exit(main())
