"""``python -m munigraph``: the same command as ``munigraph``."""

from munigraph.cli import main

raise SystemExit(main())
